"""Field rules for cases and persons: one place that turns user input (CLI `case set`, manifests,
the UI's forms) into stored values, or explains in plain words what is wrong with it.

Every limit here is at most the sync protocol's (app/models/limits.py): a value accepted at entry
must be a value the laptop can send, or one bad record would block its sync. The per-field caps are
tighter still, so that a whole record at its largest stays well inside one change's byte budget
(`limits.MAX_CHANGE_BYTES`): the largest case is about 20,000 characters, at most 4 bytes each.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from app.errors import FieldProblem, InvalidInput, Message, message_of
from app.models import limits, vocab

Parser = Callable[[Any], Any]

_CASE_NUMBER = re.compile(r"^[A-Z0-9][A-Z0-9/_.-]{1,31}$")
_UNHCR_ID = re.compile(r"^[A-Z0-9][A-Z0-9/-]{2,39}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DOB_FORMS = {
    re.compile(r"^\d{4}$"): "year",
    re.compile(r"^\d{4}-\d{2}$"): "month",
    re.compile(r"^\d{4}-\d{2}-\d{2}$"): "exact",
}
EARLIEST_BIRTH_YEAR = 1900
# How many parts (YYYY[-MM[-DD]]) a date of birth of each precision is written with
DOB_PARTS = {"exact": 3, "estimated": 3, "month": 2, "year": 1}

MAX_SITE_CHARS = 120  # a site's name, as the sites table and a case's site column hold it
MAX_ROOM_CHARS = 60
MAX_PREFIX_CHARS = 8  # a site's case-number prefix
MAX_LANGUAGE_CHARS = 35  # a BCP 47 tag at its longest in practice (RFC 5646, section 4.4.1)
MAX_REASON_CHARS = 2000  # why a case is expedited, why a file moved
MAX_LONG_TEXT_CHARS = 4000  # US ties, flags, an interpreter's availability
MAX_FIELD_ITEMS = 50  # aliases, languages, preferences of one person or case; a ride's sites and team
# A line break inside a value is kept only where people write paragraphs; anywhere else (a name, a
# place) it is a mistake, and in a CSV file it is the mark of a quote that was never closed.
_LINE_BREAK = frozenset("\r\n")
# Control characters (but tab and line breaks) and lone surrogates (JSON can spell them: "\ud800")
# are never typed by a person; a lone surrogate cannot even be written as UTF-8, so storing or
# sending it would fail far from here.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_NOT_ONE_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")  # the same, and line breaks


@dataclass(frozen=True, slots=True)
class FieldSpec:
    parse: Parser
    required: bool = False
    label: str = ""


def text_problem(value: str, max_len: int, *, multiline: bool = False) -> Message | None:
    """What is wrong with `value` as the text of a field (None: nothing)."""
    if len(value) > max_len:
        return Message("is longer than {max_chars:,} characters", {"max_chars": max_len})
    # One scan per value (an import checks hundreds of thousands); the reason is worked out after.
    found = (_NOT_TEXT if multiline else _NOT_ONE_LINE).search(value)
    if found is None:
        return None
    if found.group() in _LINE_BREAK and not _NOT_TEXT.search(value):
        return Message("holds a line break; it must be one line")
    return Message("holds a control character or invalid text; type or paste it again as plain text")


def text(max_len: int = limits.MAX_NAME_CHARS, *, multiline: bool = False) -> Parser:
    # Never looser than what the protocol carries, whatever a caller asks for.
    cap = min(max_len, limits.MAX_TEXT_CHARS)

    def parse(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise FieldProblem("expected text")
        out = str(value).strip()
        problem = text_problem(out, cap, multiline=multiline)
        if problem:
            raise FieldProblem(problem)
        return out or None

    return parse


def required_text(max_len: int = limits.MAX_NAME_CHARS, *, multiline: bool = False) -> Parser:
    inner = text(max_len, multiline=multiline)

    def parse(value: Any) -> str:
        out = inner(value)
        if not out:
            raise FieldProblem("must not be empty")
        return str(out)

    return parse


def name_text(value: Any) -> str:
    out = text(limits.MAX_NAME_CHARS)(value)
    return out or ""


def shown(value: Any, max_chars: int = 40) -> str:
    """A refused value as a message quotes it: cut short, so that a 100,000-character mistake does
    not become a 100,000-character error message."""
    out = str(value)
    return out if len(out) <= max_chars else out[:max_chars] + "…"


def row_id(value: Any) -> str:
    """A record id as a manifest may carry it: a UUID in canonical form; upper case is read as lower."""
    if isinstance(value, str) and limits.is_row_id(value.strip().lower()):
        return value.strip().lower()
    raise FieldProblem("'{value}' is not a UUID (such as 0190f5c2-7d3e-7a41-9c0e-5b2f1d4e8a77)", value=shown(value))


def choice(options: tuple[str, ...], *, upper: bool = False, allow_none: bool = False) -> Parser:
    def parse(value: Any) -> str | None:
        if value is None or value == "":
            if allow_none:
                return None
            raise FieldProblem("is required; one of: {options}", options=", ".join(options))
        if not isinstance(value, str):
            raise FieldProblem("must be one of: {options}", options=", ".join(options))
        norm = value.strip()
        norm = norm.upper() if upper else norm.lower().replace(" ", "_")
        # Stages are written with dashes, the other vocabularies with underscores: accept both.
        for option in options:
            if norm == option or norm.replace("_", "-") == option or norm.replace("-", "_") == option:
                return option
        raise FieldProblem("'{value}' is not one of: {options}", value=shown(value), options=", ".join(options))

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
    raise FieldProblem("must be true or false")


def pattern(regex: re.Pattern[str], hint: Message, *, upper: bool = True, allow_none: bool = True) -> Parser:
    def parse(value: Any) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if allow_none:
                return None
            raise FieldProblem("must not be empty")
        if not isinstance(value, str):
            raise FieldProblem("must be text like {hint}", hint=hint)
        out = value.strip().upper() if upper else value.strip()
        if not regex.match(out):
            raise FieldProblem("'{value}' does not look like {hint}", value=shown(value), hint=hint)
        return out

    return parse


def text_list(item: Parser, max_items: int = MAX_FIELD_ITEMS) -> Parser:
    cap = min(max_items, limits.MAX_LIST_ITEMS)

    def parse(value: Any) -> list[Any]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [v for v in re.split(r"[;,]", value) if v.strip()]
        if not isinstance(value, list):
            raise FieldProblem("must be a list")
        if len(value) > cap:
            raise FieldProblem("holds {count:,} items; at most {cap:,} are allowed", count=len(value), cap=cap)
        out = []
        for i, v in enumerate(value):
            try:
                parsed = item(v)
            except ValueError as exc:
                raise FieldProblem("item {number}: {problem}", number=i + 1, problem=message_of(exc)) from None
            if parsed is not None and parsed not in out:
                out.append(parsed)
        return out

    return parse


def language(value: Any) -> str:
    if isinstance(value, str) and len(value.strip()) > MAX_LANGUAGE_CHARS:
        raise FieldProblem(
            "is longer than {max_chars} characters; use an ISO 639 code (es, uk, ps, ti)", max_chars=MAX_LANGUAGE_CHARS
        )
    if not isinstance(value, str) or not _LANGUAGE.match(value.strip().lower()):
        raise FieldProblem("'{value}' is not an ISO 639 language code (for example es, uk, ps, ti)", value=shown(value))
    return value.strip().lower()


_DOB_PRECISION_OR_NONE = choice(vocab.DOB_PRECISIONS, allow_none=True)


def parse_dob(value: Any, precision: Any, today: dt.date | None = None) -> tuple[str | None, str]:
    """(canonical partial ISO date, precision). Missing precision is read from the format."""
    today = today or dt.date.today()
    prec = _DOB_PRECISION_OR_NONE(precision)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, prec or "exact"
    if not isinstance(value, str):
        raise FieldProblem("date of birth must be text: YYYY-MM-DD, YYYY-MM or YYYY")
    raw = value.strip()
    shape = next((p for rx, p in _DOB_FORMS.items() if rx.match(raw)), None)
    if shape is None:
        raise FieldProblem("'{value}' is not a date of birth: use YYYY-MM-DD, YYYY-MM or YYYY", value=shown(value))
    prec = prec or shape
    parts = [int(p) for p in raw.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise FieldProblem("'{value}' is not a real calendar date", value=shown(value)) from None
    if year < EARLIEST_BIRTH_YEAR:
        raise FieldProblem("'{value}' is before {year}", value=shown(value), year=EARLIEST_BIRTH_YEAR)
    if date > today:
        raise FieldProblem("'{value}' is in the future", value=shown(value))
    needed = DOB_PARTS[prec]
    if len(parts) < needed:
        raise FieldProblem(
            "a date with precision '{precision}' needs the form {form}",
            precision=prec,
            form=("YYYY", "YYYY-MM", "YYYY-MM-DD")[needed - 1],
        )
    canonical = "-".join((f"{year:04d}", f"{month:02d}", f"{day:02d}")[:needed])
    return canonical, prec


CASE_FIELDS: dict[str, FieldSpec] = {
    "case_number": FieldSpec(
        pattern(_CASE_NUMBER, Message("a case number such as LIM-000123"), allow_none=False), True
    ),
    "unhcr_id": FieldSpec(pattern(_UNHCR_ID, Message("a UNHCR registration id such as 123-45C67890"))),
    "priority": FieldSpec(choice(vocab.PRIORITIES, upper=True)),
    "stage": FieldSpec(choice(vocab.STAGES)),
    "site": FieldSpec(required_text(MAX_SITE_CHARS), True),
    "expedited": FieldSpec(boolean),
    "expedite_reason": FieldSpec(text(MAX_REASON_CHARS, multiline=True)),
    "us_ties": FieldSpec(text(MAX_LONG_TEXT_CHARS, multiline=True)),
    "resettlement_preferences": FieldSpec(text_list(text(limits.MAX_NAME_CHARS))),
    "security_check_status": FieldSpec(choice(vocab.SECURITY_CHECK_STATUSES)),
    "medical_status": FieldSpec(choice(vocab.MEDICAL_STATUSES)),
    "file_location": FieldSpec(text(limits.MAX_NAME_CHARS)),
    "flags": FieldSpec(text(MAX_LONG_TEXT_CHARS, multiline=True)),
}
# The case fields whose values may hold line breaks (paragraphs a person writes).
MULTILINE_CASE_FIELDS = frozenset({"expedite_reason", "us_ties", "flags"})

PERSON_FIELDS: dict[str, FieldSpec] = {
    "role": FieldSpec(choice(vocab.PERSON_ROLES), True),
    "family_name": FieldSpec(name_text),
    "given_names": FieldSpec(name_text),
    "native_family_name": FieldSpec(text(limits.MAX_NAME_CHARS)),
    "native_given_names": FieldSpec(text(limits.MAX_NAME_CHARS)),
    "aliases": FieldSpec(text_list(text(limits.MAX_NAME_CHARS))),
    "sex": FieldSpec(choice(vocab.SEXES, upper=True, allow_none=True)),
    "nationality": FieldSpec(pattern(_COUNTRY, Message("a two-letter country code such as VE"))),
    "country_of_birth": FieldSpec(pattern(_COUNTRY, Message("a two-letter country code such as AF"))),
    "place_of_birth": FieldSpec(text(limits.MAX_NAME_CHARS)),
    "languages": FieldSpec(text_list(language)),
    "marital_status": FieldSpec(choice(vocab.MARITAL_STATUSES, allow_none=True)),
    "relationship_to_pa": FieldSpec(choice(vocab.RELATIONSHIPS, allow_none=True)),
}
# dob and dob_precision are validated together by parse_dob.
PERSON_DATE_FIELDS = ("dob", "dob_precision")


def iso_date(value: Any) -> str | None:
    """A calendar date written YYYY-MM-DD (a ride's first and last day), or None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        raise FieldProblem("'{value}' is not a date such as 2026-11-03", value=shown(value))
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise FieldProblem("'{value}' is not a real calendar date", value=shown(value)) from None


# Texts outside cases and persons, with the same rules wherever they enter (import, CLI, app).
NOTE_TEXT = required_text(limits.MAX_NOTE_CHARS, multiline=True)
USER_NAME = text(limits.MAX_USERNAME_CHARS)  # who wrote, moved or staffs something
DISPLAY_NAME = text(limits.MAX_NAME_CHARS)
FILE_LOCATION = CASE_FIELDS["file_location"].parse  # where a physical file is (a movement sets it)
FILE_HOLDER = text(limits.MAX_NAME_CHARS)  # who holds a paper file (a person, not necessarily a user)
FILE_MOVEMENT_KINDS = ("move", "checkout", "checkin")  # a link of a paper file's chain of custody
REASON_TEXT = text(MAX_REASON_CHARS, multiline=True)
DOCUMENT_TEXT = text(limits.MAX_NAME_CHARS)  # which document a value was verified against
SITE_NAME = required_text(MAX_SITE_CHARS)  # the same rule as a case's site, so any site can be used
SITE_PREFIX = text(MAX_PREFIX_CHARS)
COUNTRY = pattern(_COUNTRY, Message("a two-letter country code such as PE"))
REFERENCE_NAME = required_text(limits.MAX_NAME_CHARS)  # a circuit ride's or an interpreter's name
CONTACT = text(limits.MAX_NAME_CHARS)
ROOM = text(MAX_ROOM_CHARS)
LONG_TEXT = text(MAX_LONG_TEXT_CHARS, multiline=True)


# ----- interpreters -------------------------------------------------------------------------------
MAX_INTERPRETER_LANGUAGES = 12
MAX_AWAY_PERIODS = 50  # periods an interpreter is away; older ones can be removed as they pass


def interpreter_languages(value: Any) -> list[dict[str, str]]:
    """The languages an interpreter speaks, each with its level: `[{"code": "ti", "proficiency":
    "native"}]`. Text is read as `ti:native, am:working, ar` (no level: fluent)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise FieldProblem("must name at least one language (ISO 639 codes such as ti, am, ar)")
    items: list[Any] = [v for v in re.split(r"[;,]", value) if v.strip()] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise FieldProblem("must be a list of languages")
    if len(items) > MAX_INTERPRETER_LANGUAGES:
        raise FieldProblem(
            "names {count} languages; at most {cap} are allowed", count=len(items), cap=MAX_INTERPRETER_LANGUAGES
        )
    out: list[dict[str, str]] = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            code, _, level = item.strip().partition(":")
            item = {"code": code, "proficiency": level or "fluent"}
        if not isinstance(item, dict) or set(item) - {"code", "proficiency"} or "code" not in item:
            raise FieldProblem("item {number}: must be a language code with an optional level", number=i + 1)
        try:
            entry = {
                "code": language(item["code"]),
                "proficiency": choice(vocab.PROFICIENCIES)(str(item.get("proficiency") or "fluent").strip().lower()),
            }
        except ValueError as exc:
            raise FieldProblem("item {number}: {problem}", number=i + 1, problem=message_of(exc)) from None
        if any(e["code"] == entry["code"] for e in out):
            raise FieldProblem("names {code} twice", code=entry["code"])
        out.append(entry)
    return out


def away_periods(value: Any) -> list[dict[str, str]]:
    """When an interpreter is away: `[{"from": "2026-12-01", "to": "2026-12-03", "reason": ""}]`,
    both days included, in date order."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise FieldProblem("must be a list of periods")
    if len(value) > MAX_AWAY_PERIODS:
        raise FieldProblem("holds {count} periods; at most {cap} are allowed", count=len(value), cap=MAX_AWAY_PERIODS)
    out: list[dict[str, str]] = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or set(item) - {"from", "to", "reason"}:
            raise FieldProblem("period {number}: must hold from, to and an optional reason", number=i + 1)
        try:
            start, end = iso_date(item.get("from")), iso_date(item.get("to"))
            reason = REASON_TEXT(item.get("reason")) or ""
        except ValueError as exc:
            raise FieldProblem("period {number}: {problem}", number=i + 1, problem=message_of(exc)) from None
        if start is None or end is None:
            raise FieldProblem("period {number}: needs its first and last day", number=i + 1)
        if end < start:
            raise FieldProblem(
                "period {number}: ends ({end}) before it starts ({start})", number=i + 1, end=end, start=start
            )
        out.append({"from": start, "to": end, "reason": reason})
    return sorted(out, key=lambda period: (period["from"], period["to"]))


# ----- the schedule ---------------------------------------------------------------------------------
MAX_OFFICER_CHARS = 120
_LOCAL_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
_HOURS = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")


def local_datetime(value: Any) -> str | None:
    """A time at a site, as its clock shows it: `2026-12-10T09:30` (seconds allowed, no time zone)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text_value = value.strip() if isinstance(value, str) else value
    if not isinstance(text_value, str) or not _LOCAL_TIME.match(text_value):
        raise FieldProblem("'{value}' is not a date and time such as 2026-12-10T09:30", value=shown(value))
    try:
        dt.datetime.fromisoformat(text_value)
    except ValueError:
        raise FieldProblem("'{value}' is not a real date and time", value=shown(value)) from None
    return text_value


def site_hours(value: Any) -> str | None:
    """A site's working hours, `08:00-17:00` (the day's first and last minute of work)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or not _HOURS.match(value.strip()):
        raise FieldProblem("'{value}' is not working hours such as 08:00-17:00", value=shown(value))
    opens, closes = value.strip().split("-")
    if closes <= opens:
        raise FieldProblem("working hours {value} end before they start", value=value.strip())
    return value.strip()


OFFICER = text(MAX_OFFICER_CHARS)

INTERPRETER_FIELDS: dict[str, FieldSpec] = {
    "name": FieldSpec(REFERENCE_NAME, True),
    "languages": FieldSpec(interpreter_languages, True),
    "sites": FieldSpec(text_list(SITE_NAME)),
    "contact": FieldSpec(CONTACT),
    "availability": FieldSpec(LONG_TEXT),
    "active": FieldSpec(boolean),
}  # and `away`, changed one period at a time (app/services/interpreters.py)

# The template of a refused field, "person.dob: '1988-13-01' is not a real calendar date": the
# desktop reads `field` to show `problem` under that field (app/ui/case/widgets.py).
FIELD_PROBLEM = "{where}.{field}: {problem}"


def parse_fields(
    specs: dict[str, FieldSpec], values: dict[str, Any], where: str | Message, *, partial: bool
) -> dict[str, Any]:
    """Validate a dict of field values. `where` prefixes messages (e.g. "cases[3].persons[1]")."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        spec = specs.get(key)
        if spec is None:
            raise InvalidInput(
                "{where}.{field}: unknown field. Known fields: {known}",
                where=where,
                field=shown(key),
                known=", ".join(sorted(specs)),
            )
        try:
            out[key] = spec.parse(value)
        except ValueError as exc:
            raise InvalidInput(FIELD_PROBLEM, where=where, field=key, problem=message_of(exc)) from None
    if not partial:
        for key, spec in specs.items():
            if spec.required and out.get(key) in (None, ""):
                raise InvalidInput(FIELD_PROBLEM, where=where, field=key, problem=Message("is required"))
    return out


def checked(parse: Parser, value: Any, what: str | Message) -> Any:
    """`parse(value)`, its problem refused as the input's, named by `what` ("room: ...")."""
    try:
        return parse(value)
    except ValueError as exc:
        raise InvalidInput("{field}: {problem}", field=what, problem=message_of(exc)) from None


def field_problems(
    parse: Callable[[dict[str, Any]], Any], values: dict[str, Any], together: tuple[str, ...], where: str
) -> dict[str, Message]:
    """Every field of `values` that `parse` refuses, each checked on its own (the fields of
    `together`, a date of birth and its precision, as one), with its problem as a translatable
    message: a form marks them all at once, in the interface language. `where` is the prefix the
    refusals name their field with ("person.dob: …"); a refusal naming no field goes to the first
    field of its group."""
    problems: dict[str, Message] = {}
    groups = [[k] for k in values if k not in together]
    if any(k in values for k in together):
        groups.append([k for k in together if k in values])
    for keys in groups:
        try:
            parse({k: values[k] for k in keys})
        except InvalidInput as exc:
            message = message_of(exc)
            params = message.params
            if message.template == FIELD_PROBLEM and {"field", "problem"} <= params.keys():
                problems[str(params["field"])] = message_of(params["problem"])
            elif message.template == "{where}: {problem}" and str(params.get("where", "")).startswith(f"{where}."):
                problems[str(params["where"]).removeprefix(f"{where}.")] = message_of(params["problem"])
            else:
                field, _sep, reason = exc.message.partition(": ")
                named = reason and field.startswith(f"{where}.")
                problems[field.removeprefix(f"{where}.") if named else keys[0]] = Message(
                    reason if named else exc.message
                )
    return problems


# ----- stored records ------------------------------------------------------------------------------
# The rules a value of a synced record obeys wherever it comes from: a service, an import, a
# conflict's resolution, a form's write-back, a change pushed to HQ, a row pulled from HQ, a bundle.
# Values are checked as they are stored (plain JSON: dates and times as ISO text). This module
# imports nothing but app.models and app.errors, so HQ uses it too.


def _optional_id(value: Any) -> str | None:
    if value is None:
        return None
    if not limits.is_row_id(value):
        raise FieldProblem("'{value}' is not a record id", value=shown(value))
    return str(value)


def _required_id(value: Any) -> str:
    out = _optional_id(value)
    if out is None:
        raise FieldProblem("must name a record")
    return out


def _iso_time(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldProblem("must be a date and time (ISO 8601)")
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise FieldProblem("'{value}' is not a date and time (ISO 8601)", value=shown(value)) from None
    return value


def _score(value: Any) -> int | None:
    """How alike two records are, 0 to 100."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise FieldProblem("must be a whole number from 0 to 100")
    return value


def _count(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise FieldProblem("must be a whole number, 0 or more")
    return value


def _sha256(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise FieldProblem("is not a file fingerprint (64 hexadecimal digits)")
    return value


_DOB_PRECISION = choice(vocab.DOB_PRECISIONS)


def _dob_precision(value: Any) -> str:
    out = _DOB_PRECISION(value)
    return str(out)


def _dob_alone(value: Any) -> str | None:
    # The shape of a date of birth alone (its precision is checked with it: see record_problems)
    return parse_dob(value, None)[0]


_COMMON: dict[str, Parser] = {"deleted": boolean}
RECORD_RULES: dict[str, dict[str, Parser]] = {
    "cases": {
        **{k: s.parse for k, s in CASE_FIELDS.items()},
        "ride_id": _optional_id,
        "profile_photo_id": _optional_id,
        "file_holder": FILE_HOLDER,
        "file_held_since": _iso_time,
        "assignee": USER_NAME,
        "stage_since": _iso_time,
        "file_due": iso_date,
        "file_home": FILE_LOCATION,
    },
    "persons": {
        **{k: s.parse for k, s in PERSON_FIELDS.items()},
        "case_id": _required_id,
        "dob": _dob_alone,
        "dob_precision": _dob_precision,
        "profile_photo_id": _optional_id,
    },
    "notes": {
        "case_id": _required_id,
        "person_id": _optional_id,
        "author": USER_NAME,
        "text": NOTE_TEXT,
        "confidentiality": choice(vocab.CONFIDENTIALITY),
        "written_at": _iso_time,
    },
    "file_movements": {
        "case_id": _required_id,
        "from_location": FILE_LOCATION,
        "to_location": FILE_LOCATION,
        "moved_by": USER_NAME,
        "moved_at": _iso_time,
        "reason": REASON_TEXT,
        "kind": choice(FILE_MOVEMENT_KINDS),
        "holder": FILE_HOLDER,
        "due": iso_date,
    },
    "appointments": {
        "case_id": _required_id,
        "type": choice(vocab.APPOINTMENT_TYPES),
        "status": choice(vocab.APPOINTMENT_STATUSES),
        "site": text(MAX_SITE_CHARS),
        "room": ROOM,
        "staff": USER_NAME,
        "interpreter_id": _optional_id,
        "language": lambda v: None if v in (None, "") else language(v),
        "officer": OFFICER,
        "cancel_reason": REASON_TEXT,
        "override_reason": REASON_TEXT,
        "assignee": USER_NAME,
    },
    "attachments": {
        "case_id": _required_id,
        "person_id": _optional_id,
        "kind": choice(vocab.ATTACHMENT_KINDS),
        "document_type": choice(vocab.DOCUMENT_TYPES, allow_none=True),
        "content_hash": _sha256,
        "thumbnail_hash": _sha256,
        "size": _count,
        "width": _count,
        "height": _count,
        "page_order": _count,
        "captured_at": _iso_time,
        "translation_of": _optional_id,
        "title": text(limits.MAX_NAME_CHARS),
        "submission_id": _optional_id,
    },
    "interviews": {
        "case_id": _required_id,
        "interpreter_id": _optional_id,
        "interviewer": USER_NAME,
        "language": lambda v: None if v in (None, "") else language(v),
        "location": text(limits.MAX_NAME_CHARS),
        "notes": LONG_TEXT,
    },
    "form_submissions": {
        "case_id": _required_id,
        "interview_id": _optional_id,
        "review_status": choice(vocab.REVIEW_STATUSES, allow_none=True),
        "review_note": REASON_TEXT,
        "reviewed_by": USER_NAME,
        "reviewed_at": _iso_time,
    },
    "stage_changes": {
        "case_id": _required_id,
        "from_stage": choice(vocab.STAGES, allow_none=True),
        "to_stage": choice(vocab.STAGES),
        "changed_at": _iso_time,
        "changed_by": USER_NAME,
    },
    "qc_findings": {
        "case_id": _required_id,
        "person_id": _optional_id,
        "rule": text(40),
        "severity": choice(vocab.QC_SEVERITIES),
        "status": choice(vocab.QC_STATUSES),
        "detail": LONG_TEXT,
        "other_case_id": _optional_id,
        "other_person_id": _optional_id,
        "score": _score,
        "assignee": USER_NAME,
        "note": REASON_TEXT,
        "found_at": _iso_time,
        "closed_at": _iso_time,
    },
    "notices": {
        "case_id": _required_id,
        "appointment_id": _optional_id,
        "result_id": _optional_id,
        "kind": choice(vocab.NOTICE_KINDS),
        "channel": choice(vocab.NOTICE_CHANNELS),
        "language": language,
        "issued_by": USER_NAME,
    },
    "adjudication_results": {
        "case_id": _required_id,
        "officer": USER_NAME,
        "kind": choice(tuple(vocab.RESULT_OUTCOMES)),
        "decision": choice(tuple(dict.fromkeys(o for outcomes in vocab.RESULT_OUTCOMES.values() for o in outcomes))),
        "reason": REASON_TEXT,
        "fingerprint_result": choice(vocab.FINGERPRINT_RESULTS, allow_none=True),
        "follow_up_needed": boolean,
    },
    "sites": {
        "name": SITE_NAME,
        "country": lambda v: None if v in (None, "") else COUNTRY(v),
        "prefix": SITE_PREFIX,
        "hours": site_hours,
    },
    "circuit_rides": {
        "name": REFERENCE_NAME,
        "start_date": iso_date,
        "end_date": iso_date,
        "sites": text_list(SITE_NAME),
        "team": text_list(USER_NAME),
    },
    "interpreters": {
        "name": REFERENCE_NAME,
        "contact": CONTACT,
        "availability": LONG_TEXT,
        "active": boolean,
        "away": away_periods,
    },
}


# The rules' verdicts on short values, remembered: a sync checks every field of tens of thousands
# of records, and most values repeat (a stage, a sex, a country, a date). A verdict is a function of
# the table, the field, the value's type and the value, and of the day (a date of birth may not be
# in the future), so the memory is emptied when the day changes, and when it is full.
#
# The memory is kept per table and field (`_Check`: the field's rule and its verdicts), one store
# per type of value, so that a value is its own key (no key to build) and values that compare equal
# across types (1, True, 1.0) are judged apart: short texts, whole numbers, flags, nothing, and
# short lists of short texts (as a tuple). Ids (fields ending in `_id`) are unique and not worth
# remembering; other values (long texts, floats, dicts) are judged by the rule every time.
_VERDICTS_MAX = 200_000
_VERDICT_TEXT_MAX = 64
_UNKNOWN: Any = object()


class _Check:
    __slots__ = ("field", "rule", "texts", "ints", "flags", "lists", "none")

    def __init__(self, field: str, rule: Parser) -> None:
        self.field = field
        self.rule = rule
        self.texts: dict[str, str | None] | None = None if field.endswith("_id") else {}
        self.ints: dict[int, str | None] = {}
        self.flags: dict[bool, str | None] = {}
        self.lists: dict[tuple[str, ...], str | None] = {}
        self.none: Any = _UNKNOWN


class _Memory:
    """The checks of each table for one day (local time, as `dt.date.today()` reads it), and the
    joint verdicts on a date of birth with its precision."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.starts = self.ends = 0.0  # (no day: the memory before the first check)
        if today != dt.date.min:
            midnight = dt.datetime.combine(today, dt.time())
            self.starts, self.ends = midnight.timestamp(), (midnight + dt.timedelta(days=1)).timestamp()
        self.tables: dict[str, dict[str, _Check]] = {}
        self.dobs: dict[tuple[str | None, str | None], str | None] = {}
        self.size = 0  # verdicts remembered

    def clear(self) -> None:
        self.tables.clear()
        self.dobs.clear()
        self.size = 0

    def __setitem__(self, key: tuple[str, str, type, Any], verdict: str | None) -> None:
        """Remember `verdict` on the value of (table, field, type of value, value)."""
        table, field, kind = key[:3]
        value: Any = key[3]
        check = self.checks(table).get(field)
        if check is None or type(key[3]) is not kind:
            return
        if value is None:
            check.none = verdict
        elif kind is str and check.texts is not None:
            check.texts[value] = verdict
        elif kind is bool:
            check.flags[value] = verdict
        elif kind is int:
            check.ints[value] = verdict
        elif kind is list:
            check.lists[tuple(value)] = verdict
        self.size += 1

    def checks(self, table: str) -> dict[str, _Check]:
        found = self.tables.get(table)
        if found is None:
            rules = {**_COMMON, **RECORD_RULES.get(table, {})}  # a table's own rule comes first
            found = self.tables[table] = {field: _Check(field, rule) for field, rule in rules.items()}
        return found


# (the day, its verdicts): tests look at and age it
_verdict_memory: tuple[dt.date, _Memory] = (dt.date.min, _Memory(dt.date.min))


def _memory() -> _Memory:
    global _verdict_memory
    day, memory = _verdict_memory
    if memory.today == day and memory.size < _VERDICTS_MAX and memory.starts <= time.time() < memory.ends:
        return memory  # (the same day: today's date is not asked for every record)
    today = dt.date.today()
    if day != today or memory.today != today or memory.size >= _VERDICTS_MAX:
        memory = _Memory(today)
    _verdict_memory = (today, memory)
    return memory


def _judge(rule: Parser, value: Any) -> str | None:
    """The rule's verdict on a value: None, or what is wrong with it."""
    try:
        rule(value)
    except ValueError as exc:
        return str(exc)
    except InvalidInput as exc:
        return exc.message
    return None


def _verdict(check: _Check, value: Any, memory: _Memory) -> str | None:
    kind = type(value)
    store: dict[Any, str | None] | None
    key: Any = value
    if kind is str:
        store = check.texts if len(value) <= _VERDICT_TEXT_MAX else None
    elif value is None:
        if check.none is _UNKNOWN:
            check.none = _judge(check.rule, None)
        return cast("str | None", check.none)
    elif kind is bool:
        store = check.flags
    elif kind is int:
        store = check.ints
    elif kind is list and len(value) <= 8 and all(type(v) is str and len(v) <= _VERDICT_TEXT_MAX for v in value):
        store, key = check.lists, tuple(value)
    else:
        store = None
    if store is None:
        return _judge(check.rule, value)
    known = store.get(key, _UNKNOWN)
    if known is _UNKNOWN:
        known = store[key] = _judge(check.rule, value)
        memory.size += 1
    return cast("str | None", known)


def record_problems(table: str, values: dict[str, Any]) -> dict[str, str]:
    """{field: what is wrong} for the values of a synced record (empty: all fine). Fields without a
    rule here only have the protocol's limits (app/models/limits.py). A date of birth and its
    precision are one value: given together, the date must have the shape its precision says."""
    memory = _memory()
    checks = memory.checks(table)
    out: dict[str, str] = {}
    for field, value in values.items():
        check = checks.get(field)
        if check is None:
            continue
        texts = check.texts
        if texts is not None and type(value) is str and len(value) <= _VERDICT_TEXT_MAX:
            verdict = texts.get(value, _UNKNOWN)  # (the common cases, inline)
            if verdict is _UNKNOWN:
                verdict = texts[value] = _judge(check.rule, value)
                memory.size += 1
        elif value is None and check.none is not _UNKNOWN:
            verdict = check.none
        else:
            verdict = _verdict(check, value, memory)
        if verdict is not None:
            out[field] = verdict
    if table == "persons" and "dob" in values and "dob_precision" in values and "dob" not in out:
        if "dob_precision" not in out:
            joint = _joint_dob_verdict(values["dob"], values["dob_precision"], memory)
            if joint is not None:
                out["dob"] = joint
    return out


def _joint_dob_verdict(dob: Any, precision: Any, memory: _Memory) -> str | None:
    """The verdict on a date of birth with its precision (each fine alone), remembered."""
    if (dob is None or type(dob) is str) and (precision is None or type(precision) is str):
        joint = memory.dobs.get((dob, precision), _UNKNOWN)
        if joint is _UNKNOWN:
            joint = memory.dobs[(dob, precision)] = _dob_with_precision(dob, precision)
            memory.size += 1
        return cast("str | None", joint)
    return _dob_with_precision(dob, precision)


# A column is judged a distinct value at a time when, beside None and the missing mark, it holds
# values of one hashable kind: values of two kinds may compare equal (1 == True == 1.0) and must not
# share a verdict; a list or a dict is not hashable.
_NOT_A_KIND = frozenset({type(None), object})
_UNHASHABLE = frozenset({list, dict, set})


def records_with_problems(table: str, records: Sequence[dict[str, Any]]) -> list[int]:
    """The positions, in order, of the records `record_problems` finds something wrong with (ask it
    what, of one of them): the same answer as asking it of each record, worked out a field at a
    time, each distinct value of a field judged once. A push or a pull page checks tens of thousands of
    records at once; per record, the walk over every field was most of the check's time."""
    if not records:
        return []
    memory = _memory()
    checks = memory.checks(table)
    flagged: set[int] = set()
    present: set[str] = set().union(*records)
    for field in present.intersection(checks):
        check = checks[field]
        column = [r.get(field, _UNKNOWN) for r in records]
        kinds = set(map(type, column)) - _NOT_A_KIND
        distinct: set[Any] | None = None
        if len(kinds) <= 1 and kinds.isdisjoint(_UNHASHABLE):
            try:
                distinct = set(column)
            except TypeError:  # (a tuple holding a list)
                distinct = None
        if distinct is not None:
            bad = {v for v in distinct if v is not _UNKNOWN and _verdict(check, v, memory) is not None}
            if bad:
                flagged.update(i for i, v in enumerate(column) if v is not _UNKNOWN and v in bad)
        else:  # values that compare equal across kinds, or that are not hashable: one at a time
            flagged.update(
                i for i, v in enumerate(column) if v is not _UNKNOWN and _verdict(check, v, memory) is not None
            )
    if table == "persons":  # a date of birth with its precision (see record_problems)
        for i, values in enumerate(records):
            if i not in flagged and "dob" in values and "dob_precision" in values:
                if _joint_dob_verdict(values["dob"], values["dob_precision"], memory) is not None:
                    flagged.add(i)
    return sorted(flagged)


def plain_record_problems(table: str, values: dict[str, Any]) -> dict[str, str]:
    """`record_problems` worked out by the rules alone, nothing remembered (what the memory must
    agree with: tests compare the two)."""
    rules = RECORD_RULES.get(table, {})
    out: dict[str, str] = {}
    for field, value in values.items():
        rule = rules.get(field) or _COMMON.get(field)
        if rule is None:
            continue
        verdict = _judge(rule, value)
        if verdict is not None:
            out[field] = verdict
    if (
        table == "persons"
        and "dob" in values
        and "dob_precision" in values
        and not out.keys() & {"dob", "dob_precision"}
    ):
        joint = _dob_with_precision(values["dob"], values["dob_precision"])
        if joint is not None:
            out["dob"] = joint
    return out


def _dob_with_precision(dob: Any, precision: Any) -> str | None:
    """What is wrong with a date of birth and its precision together, each fine alone."""
    try:
        canonical, exact = parse_dob(dob, precision)
        if dob not in (None, "") and canonical != dob:
            raise FieldProblem(
                "'{value}' is not written as a date with precision '{precision}'", value=shown(dob), precision=exact
            )
    except ValueError as exc:
        return str(exc)
    return None


def describe_problems(table: str, problems: dict[str, str]) -> str:
    return "; ".join(f"{field} {reason}" for field, reason in list(problems.items())[:3])
