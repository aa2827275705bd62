"""The generator's result types (re-exported by ``app.services.demo_data``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class DemoFile:
    case_number: str
    person_index: int | None  # index into the case's "persons" list; None for a case-level document
    kind: str  # "photo" | "scan"
    document_type: str | None  # scans: passport, unhcr_registration, birth_certificate, ...
    language: str | None  # scans: ISO 639-1 (or 639-3) code of the document's language
    filename: str  # "photo_1.jpg", "passport_p1.png", ...
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class DemoData:
    manifest: dict[str, Any]  # JSON-serialisable manifest, format "circuitride-manifest" version 1
    files: list[DemoFile]
