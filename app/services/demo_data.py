"""Deterministic synthetic demo data: a case manifest (the format ``import`` reads) and images.

    data = generate(cases=500, seed=7)
    data.manifest   # {"format": "circuitride-manifest", "version": 1, "sites": [...], ...}
    data.files      # [DemoFile(case_number, person_index, kind, document_type, language, filename, data)]

Everyone in it is invented: given and family names from common-name lists combined at random,
abstract portraits without faces, document scans marked SPECIMEN. The same ``(cases, seed,
today)`` always gives byte-identical output (the images: with the same Pillow build): every
random draw comes from ``random.Random`` instances seeded from ``seed`` (one per case, so the
first N cases of a larger demo are the same N cases), dates are computed from ``today``
(default 2026-11-01, never the clock). ``today`` only moves dates and ages; names and
households do not depend on it. ``photos`` does not change the manifest.

Pure Python and Pillow: no database, no Qt, no clock (generation times: docs/benchmarks.md).
Photos and scans are drawn only for the first
``PHOTO_CASES`` cases (about one person in ten, a scan for one case in fifteen); case 0 always
gets a sideways JPEG with EXIF orientation 6, a GPS IFD and a comment, and a scan.

Import caveat: ``import`` rejects a date of birth after the real clock's today. With the default
``today`` (2026-11-01) a machine whose clock is earlier would see the youngest babies rejected;
pass ``today=`` no later than the real date there.
"""

from __future__ import annotations

from app.services.demo.generator import DEFAULT_TODAY, MANIFEST_FORMAT, MANIFEST_VERSION, PHOTO_CASES, generate
from app.services.demo.types import DemoData, DemoFile

__all__ = [
    "DEFAULT_TODAY",
    "MANIFEST_FORMAT",
    "MANIFEST_VERSION",
    "PHOTO_CASES",
    "DemoData",
    "DemoFile",
    "generate",
]
