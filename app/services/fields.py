"""Field rules for cases and persons: one place that turns user input (CLI `case set`, manifests,
the UI's forms) into stored values, or explains in plain words what is wrong with it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput
from app.models import vocab

Parser = Callable[[Any], Any]

_CASE_NUMBER = re.compile(r"^[A-Z0-9][A-Z0-9/_.-]{1,31}$")
_UNHCR_ID = re.compile(r"^[A-Z0-9][A-Z0-9/-]{2,39}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_DOB_FORMS = {
    re.compile(r"^\d{4}$"): "year",
    re.compile(r"^\d{4}-\d{2}$"): "month",
    re.compile(r"^\d{4}-\d{2}-\d{2}$"): "exact",
}
EARLIEST_BIRTH_YEAR = 1900


@dataclass(frozen=True, slots=True)
class FieldSpec:
    parse: Parser
    required: bool = False
    label: str = ""


def text(max_len: int = 200) -> Parser:
    def parse(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise ValueError("expected text")
        out = str(value).strip()
        if len(out) > max_len:
            raise ValueError(f"is longer than {max_len} characters")
        return out or None

    return parse


def required_text(max_len: int = 200) -> Parser:
    inner = text(max_len)

    def parse(value: Any) -> str:
        out = inner(value)
        if not out:
            raise ValueError("must not be empty")
        return str(out)

    return parse


def name_text(value: Any) -> str:
    out = text(200)(value)
    return out or ""


def choice(options: tuple[str, ...], *, upper: bool = False, allow_none: bool = False) -> Parser:
    def parse(value: Any) -> str | None:
        if value is None or value == "":
            if allow_none:
                return None
            raise ValueError(f"is required; one of: {', '.join(options)}")
        if not isinstance(value, str):
            raise ValueError(f"must be one of: {', '.join(options)}")
        norm = value.strip()
        norm = norm.upper() if upper else norm.lower().replace(" ", "_")
        # Stages are written with dashes, the other vocabularies with underscores: accept both.
        for option in options:
            if norm == option or norm.replace("_", "-") == option or norm.replace("-", "_") == option:
                return option
        raise ValueError(f"'{value}' is not one of: {', '.join(options)}")

    return parse


def boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "yes", "1", "y", "on"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("false", "no", "0", "n", "off", ""):
        return False
    if value is None:
        return False
    raise ValueError("must be true or false")


def pattern(regex: re.Pattern[str], hint: str, *, upper: bool = True, allow_none: bool = True) -> Parser:
    def parse(value: Any) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if allow_none:
                return None
            raise ValueError("must not be empty")
        if not isinstance(value, str):
            raise ValueError(f"must be text like {hint}")
        out = value.strip().upper() if upper else value.strip()
        if not regex.match(out):
            raise ValueError(f"'{value}' does not look like {hint}")
        return out

    return parse


def text_list(item: Parser) -> Parser:
    def parse(value: Any) -> list[Any]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [v for v in re.split(r"[;,]", value) if v.strip()]
        if not isinstance(value, list):
            raise ValueError("must be a list")
        out = []
        for i, v in enumerate(value):
            try:
                parsed = item(v)
            except ValueError as exc:
                raise ValueError(f"item {i + 1}: {exc}") from None
            if parsed is not None and parsed not in out:
                out.append(parsed)
        return out

    return parse


def language(value: Any) -> str:
    if not isinstance(value, str) or not _LANGUAGE.match(value.strip().lower()):
        raise ValueError(f"'{value}' is not an ISO 639 language code (for example es, uk, ps, ti)")
    return value.strip().lower()


def parse_dob(value: Any, precision: Any, today: dt.date | None = None) -> tuple[str | None, str]:
    """(canonical partial ISO date, precision). Missing precision is read from the format."""
    today = today or dt.date.today()
    prec = choice(vocab.DOB_PRECISIONS, allow_none=True)(precision)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, prec or "exact"
    if not isinstance(value, str):
        raise ValueError("date of birth must be text: YYYY-MM-DD, YYYY-MM or YYYY")
    raw = value.strip()
    shape = next((p for rx, p in _DOB_FORMS.items() if rx.match(raw)), None)
    if shape is None:
        raise ValueError(f"'{value}' is not a date of birth: use YYYY-MM-DD, YYYY-MM or YYYY")
    prec = prec or shape
    parts = [int(p) for p in raw.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{value}' is not a real calendar date") from None
    if year < EARLIEST_BIRTH_YEAR:
        raise ValueError(f"'{value}' is before {EARLIEST_BIRTH_YEAR}")
    if date > today:
        raise ValueError(f"'{value}' is in the future")
    needed = {"exact": 3, "estimated": 3, "month": 2, "year": 1}[prec]
    if len(parts) < needed:
        raise ValueError(
            f"a date with precision '{prec}' needs the form {('YYYY', 'YYYY-MM', 'YYYY-MM-DD')[needed - 1]}"
        )
    canonical = "-".join((f"{year:04d}", f"{month:02d}", f"{day:02d}")[:needed])
    return canonical, prec


CASE_FIELDS: dict[str, FieldSpec] = {
    "case_number": FieldSpec(pattern(_CASE_NUMBER, "a case number such as LIM-000123", allow_none=False), True),
    "unhcr_id": FieldSpec(pattern(_UNHCR_ID, "a UNHCR registration id such as 123-45C67890")),
    "priority": FieldSpec(choice(vocab.PRIORITIES, upper=True)),
    "stage": FieldSpec(choice(vocab.STAGES)),
    "site": FieldSpec(required_text(120), True),
    "expedited": FieldSpec(boolean),
    "expedite_reason": FieldSpec(text(2000)),
    "us_ties": FieldSpec(text(4000)),
    "resettlement_preferences": FieldSpec(text_list(text(200))),
    "security_check_status": FieldSpec(choice(vocab.SECURITY_CHECK_STATUSES)),
    "medical_status": FieldSpec(choice(vocab.MEDICAL_STATUSES)),
    "file_location": FieldSpec(text(200)),
    "flags": FieldSpec(text(4000)),
}

PERSON_FIELDS: dict[str, FieldSpec] = {
    "role": FieldSpec(choice(vocab.PERSON_ROLES), True),
    "family_name": FieldSpec(name_text),
    "given_names": FieldSpec(name_text),
    "native_family_name": FieldSpec(text(200)),
    "native_given_names": FieldSpec(text(200)),
    "aliases": FieldSpec(text_list(text(200))),
    "sex": FieldSpec(choice(vocab.SEXES, upper=True, allow_none=True)),
    "nationality": FieldSpec(pattern(_COUNTRY, "a two-letter country code such as VE")),
    "country_of_birth": FieldSpec(pattern(_COUNTRY, "a two-letter country code such as AF")),
    "place_of_birth": FieldSpec(text(200)),
    "languages": FieldSpec(text_list(language)),
    "marital_status": FieldSpec(choice(vocab.MARITAL_STATUSES, allow_none=True)),
    "relationship_to_pa": FieldSpec(choice(vocab.RELATIONSHIPS, allow_none=True)),
}
# dob and dob_precision are validated together by parse_dob.
PERSON_DATE_FIELDS = ("dob", "dob_precision")


def parse_fields(specs: dict[str, FieldSpec], values: dict[str, Any], where: str, *, partial: bool) -> dict[str, Any]:
    """Validate a dict of field values. `where` prefixes messages (e.g. "cases[3].persons[1]")."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        spec = specs.get(key)
        if spec is None:
            raise InvalidInput(f"{where}.{key}: unknown field. Known fields: {', '.join(sorted(specs))}")
        try:
            out[key] = spec.parse(value)
        except ValueError as exc:
            raise InvalidInput(f"{where}.{key}: {exc}") from None
    if not partial:
        for key, spec in specs.items():
            if spec.required and out.get(key) in (None, ""):
                raise InvalidInput(f"{where}.{key}: is required")
    return out
