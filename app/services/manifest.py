"""Case manifests: the JSON that `import` reads and `export` writes (format version 1).

Import validates the whole document before it writes anything, then applies it in one transaction:
all of it or none of it, whatever happens to the process. Cases are upserted by case number;
persons by id when the manifest carries one (exports do), otherwise by name within the case.
Export writes a superset of the import format that import reads back without loss; its
"attachments" list is an index only (bytes travel in backups and sync, not in manifests).

A record id a manifest gives is that record's identity, and a record never changes case (sync
refuses such a change). So an id that is already a record of another case in the workspace, or
that the manifest gives to two records, is refused naming the record and both cases: before, the
record was quietly imported again under a new id, a copy nobody asked for.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, InvalidManifest, Message, StorageFull, message_of
from app.models import (
    Appointment,
    Case,
    CircuitRide,
    FileMovement,
    Interpreter,
    Note,
    Person,
    Site,
    limits,
    utcnow,
    vocab,
)
from app.models import fields as F
from app.models.natural_keys import natural_id
from app.models.natural_keys import normalise as normalise_key
from app.services.case_view import FILE_CUSTODY_KEYS, case_dict
from app.services.cases import apply_person, note_likely_matches, parse_person
from app.services.likely_matches import likely_matches
from app.services.uow import UnitOfWork, reading, unit_of_work
from app.store.workspace import Workspace
from app.util.ids import uuid7
from app.util.text import normalise

log = logging.getLogger(__name__)

_Named = TypeVar("_Named", Site, CircuitRide, Interpreter)  # reference data, exported by name

FORMAT = "circuitride-manifest"
VERSION = 1
CASE_KEYS = set(F.CASE_FIELDS) | {
    "ride",
    "persons",
    "notes",
    "file_movements",
    "appointments",
    "attachments",
    "id",
    "rev",
    "updated_at",
    *FILE_CUSTODY_KEYS,
}
IMPORT_BATCH_CASES = 500
# Read whole and parsed in memory (about ten times its size as Python objects): 10,000 cases with
# their families are about 9 MB of JSON, so a larger file is a mistake or must be split.
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
ID_LOOKUP_BATCH = 500  # ids per IN (...) query when checking which case a manifest's ids belong to
PERSON_EXTRA = {"id", "verified", "profile_photo_id", "rev"}


@dataclass
class ImportReport:
    cases_created: int = 0
    cases_updated: int = 0
    cases_unchanged: int = 0
    persons_created: int = 0
    persons_updated: int = 0
    records_added: int = 0
    reference_records: int = 0
    warnings: list[str] = field(default_factory=list)
    # Persons created who are probably recorded already (a warning each, also audited with ids)
    likely_matches: list[str] = field(default_factory=list)
    likely_unchecked: int = 0  # new persons past LIKELY_CHECKS_PER_IMPORT, not compared


def parse_json(raw: bytes, source: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidManifest(
            "{source} is not UTF-8 text. Save it as UTF-8 JSON and try again.", source=source
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidManifest(
            "{source} is not valid JSON: {reason} at line {line}, column {column}. Nothing was imported.",
            source=source,
            reason=exc.msg,  # the json module's English ("Expecting value"): shown as it is
            line=exc.lineno,
            column=exc.colno,
        ) from None


# ----- validation (no writes) -------------------------------------------------------------------
@dataclass
class ParsedPerson:
    id: str | None
    values: dict[str, Any]
    verified: dict[str, Any]


@dataclass
class ParsedCase:
    values: dict[str, Any]
    ride: str | None
    persons: list[ParsedPerson]
    notes: list[dict[str, Any]]
    movements: list[dict[str, Any]]
    appointments: list[dict[str, Any]]
    id: str | None = None


def _bad(where: str, problem: Message) -> InvalidManifest:
    return InvalidManifest("{where}: {problem}. Nothing was imported.", where=where, problem=problem)


def _require_list(doc: dict[str, Any], key: str, where: str) -> list[Any]:
    value = doc.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad(f"{where}{key}", Message("must be a list"))
    return value


def _require_obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _bad(where, Message("must be an object ({...})"))
    return value


def _iso_time(value: Any, where: str) -> dt.datetime:
    if not isinstance(value, str):
        raise _bad(where, Message("must be a date and time such as 2026-11-03T09:15:00Z"))
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _bad(
            where, Message("'{value}' is not a date and time such as 2026-11-03T09:15:00Z", {"value": value})
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _local_time(value: Any, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _bad(where, Message("must be a local date and time such as 2026-11-05T09:00:00"))
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise _bad(
            where, Message("'{value}' is not a date and time such as 2026-11-05T09:00:00", {"value": value})
        ) from None
    return value


def _vocab(value: Any, options: tuple[str, ...], where: str, default: str | None = None) -> str:
    if value is None and default is not None:
        return default
    try:
        out = F.choice(options)(value)
    except ValueError as exc:
        raise _bad(where, message_of(exc)) from None
    return str(out)


def _field(parse: F.Parser, value: Any, where: str) -> Any:
    """`value` through one of the field rules of app/models/fields.py, refused naming `where`."""
    try:
        return parse(value)
    except ValueError as exc:
        raise _bad(where, message_of(exc)) from None


def _row_id(obj: dict[str, Any], key: str, where: str) -> str | None:
    # Ids become primary keys here and at HQ: only a canonical UUID can travel (app/models/limits.py).
    value = obj.get(key)
    if value is None or value == "":
        return None
    return str(_field(F.row_id, value, f"{where}.{key}"))


def _list(value: Any, where: str) -> list[Any]:
    # A list, not text that F.text_list would split at commas: a manifest says what it means.
    if value is not None and not isinstance(value, list):
        raise _bad(where, Message("must be a list"))
    return value or []


NAME_TEXT = F.text(limits.MAX_NAME_CHARS)
SITE_TEXT = F.text(F.MAX_SITE_CHARS)
SITE_LIST = F.text_list(SITE_TEXT)
USER_LIST = F.text_list(F.USER_NAME)


def _unknown(obj: dict[str, Any], known: set[str] | frozenset[str], where: str) -> None:
    unknown = set(obj) - known
    if unknown:
        raise _bad(f"{where}.{F.shown(sorted(unknown)[0])}", Message("unknown field"))


# What a verification records (app/services/cases.py, mark_verified), each with its rule.
VERIFICATION_ENTRY: dict[str, F.Parser] = {
    "by": F.USER_NAME,
    "at": F.text(40),
    "document": F.DOCUMENT_TEXT,
    "document_type": F.choice(vocab.DOCUMENT_TYPES, allow_none=True),
    "reference": F.DOCUMENT_TEXT,
}
VERIFIABLE = frozenset(F.PERSON_FIELDS) | {"dob"}


def _verified(raw: Any, where: str) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
        raise _bad(where, Message("must map field names to {by, at, document}"))
    _unknown(raw, VERIFIABLE, where)
    out: dict[str, Any] = {}
    for key, entry in raw.items():
        _unknown(entry, set(VERIFICATION_ENTRY), f"{where}.{key}")
        out[key] = {k: _field(VERIFICATION_ENTRY[k], v, f"{where}.{key}.{k}") for k, v in entry.items()}
    return out


def _person(raw: Any, where: str) -> ParsedPerson:
    obj = _require_obj(raw, where)
    _unknown(obj, set(F.PERSON_FIELDS) | set(F.PERSON_DATE_FIELDS) | PERSON_EXTRA, where)
    values = {k: v for k, v in obj.items() if k not in PERSON_EXTRA}
    try:
        parsed = parse_person(values, where, partial=False)
    except InvalidInput as exc:
        raise InvalidManifest("{problem}. Nothing was imported.", problem=message_of(exc)) from None
    verified = _verified(obj.get("verified"), f"{where}.verified")
    return ParsedPerson(_row_id(obj, "id", where), parsed, verified)


def _note(raw: Any, where: str) -> dict[str, Any]:
    n = _require_obj(raw, where)
    return {
        "id": _row_id(n, "id", where),
        "text": _field(F.NOTE_TEXT, n.get("text"), f"{where}.text"),
        "confidentiality": _vocab(
            n.get("confidentiality"), vocab.CONFIDENTIALITY, f"{where}.confidentiality", "normal"
        ),
        "author": _field(F.USER_NAME, n.get("author"), f"{where}.author"),
        "person_id": _row_id(n, "person_id", where),
        "at": _iso_time(n["at"], f"{where}.at") if n.get("at") is not None else None,
    }


def _movement(raw: Any, where: str) -> dict[str, Any]:
    m = _require_obj(raw, where)
    to = _field(F.FILE_LOCATION, m.get("to"), f"{where}.to")
    if not to:
        raise _bad(f"{where}.to", Message("must say where the file went"))
    return {
        "id": _row_id(m, "id", where),
        "from": _field(F.FILE_LOCATION, m.get("from"), f"{where}.from"),
        "to": to,
        "by": _field(F.USER_NAME, m.get("by"), f"{where}.by"),
        "at": _iso_time(m.get("at"), f"{where}.at"),
        "reason": _field(F.REASON_TEXT, m.get("reason"), f"{where}.reason"),
        "kind": _vocab(m.get("kind"), F.FILE_MOVEMENT_KINDS, f"{where}.kind", "move"),
        "holder": _field(F.FILE_HOLDER, m.get("holder"), f"{where}.holder"),
        "due": _field(F.iso_date, m.get("due"), f"{where}.due"),
    }


def _custody(obj: dict[str, Any], where: str) -> dict[str, Any]:
    """The paper file's custody as an export gives it (who holds it, since, due, its home); only the
    keys the manifest has, so a manifest that does not say leaves the custody as it is."""
    rules: dict[str, F.Parser] = {"file_holder": F.FILE_HOLDER, "file_due": F.iso_date, "file_home": F.FILE_LOCATION}
    out = {k: _field(rule, obj[k], f"{where}.{k}") for k, rule in rules.items() if k in obj}
    if "file_held_since" in obj:
        since = obj["file_held_since"]
        out["file_held_since"] = None if since is None else _iso_time(since, f"{where}.file_held_since")
    return out


def _appointment(raw: Any, where: str) -> dict[str, Any]:
    a = _require_obj(raw, where)
    language = a.get("language")
    return {
        "id": _row_id(a, "id", where),
        "type": _vocab(a.get("type"), vocab.APPOINTMENT_TYPES, f"{where}.type"),
        "start": _local_time(a.get("start"), f"{where}.start"),
        "end": _local_time(a.get("end"), f"{where}.end", optional=True),
        "site": _field(SITE_TEXT, a.get("site"), f"{where}.site"),
        "room": _field(F.ROOM, a.get("room"), f"{where}.room"),
        "staff": _field(F.USER_NAME, a.get("staff"), f"{where}.staff"),
        "interpreter": _field(NAME_TEXT, a.get("interpreter"), f"{where}.interpreter"),
        "language": None if language in (None, "") else _field(F.language, language, f"{where}.language"),
        "status": _vocab(a.get("status"), vocab.APPOINTMENT_STATUSES, f"{where}.status", "tentative"),
        "officer": _field(F.OFFICER, a.get("officer"), f"{where}.officer"),
        "cancel_reason": _field(F.REASON_TEXT, a.get("cancel_reason"), f"{where}.cancel_reason"),
        "override_reason": _field(F.REASON_TEXT, a.get("override_reason"), f"{where}.override_reason"),
    }


def _case(raw: Any, where: str) -> ParsedCase:
    obj = _require_obj(raw, where)
    number = obj.get("case_number")
    if isinstance(number, str) and number.strip():
        where = f"{where} ({F.shown(number.strip().upper(), 32)})"
    _unknown(obj, CASE_KEYS, where)
    # Cases are matched by number; a new case takes the manifest's id if it has one.
    case_id = _row_id(obj, "id", where)
    values = {k: v for k, v in obj.items() if k in F.CASE_FIELDS}
    try:
        parsed = F.parse_fields(F.CASE_FIELDS, values, where, partial=False)
    except InvalidInput as exc:
        raise InvalidManifest("{problem}. Nothing was imported.", problem=message_of(exc)) from None
    parsed |= _custody(obj, where)
    persons = [_person(p, f"{where}.persons[{i}]") for i, p in enumerate(_require_list(obj, "persons", f"{where}."))]
    if sum(1 for p in persons if p.values["role"] == "principal_applicant") > 1:
        raise _bad(f"{where}.persons", Message("more than one principal applicant"))
    notes = [_note(n, f"{where}.notes[{i}]") for i, n in enumerate(_require_list(obj, "notes", f"{where}."))]
    moves = [
        _movement(m, f"{where}.file_movements[{i}]")
        for i, m in enumerate(_require_list(obj, "file_movements", f"{where}."))
    ]
    appts = [
        _appointment(a, f"{where}.appointments[{i}]")
        for i, a in enumerate(_require_list(obj, "appointments", f"{where}."))
    ]
    ride = obj.get("ride")
    if ride is not None and not isinstance(ride, str):
        raise _bad(f"{where}.ride", Message("must be the name of a circuit ride"))
    ride = _field(NAME_TEXT, ride, f"{where}.ride")
    return ParsedCase(parsed, ride, persons, notes, moves, appts, case_id)


@dataclass
class ParsedManifest:
    sites: list[dict[str, Any]]
    rides: list[dict[str, Any]]
    interpreters: list[dict[str, Any]]
    cases: list[ParsedCase]


def _site(raw: Any, where: str) -> dict[str, Any]:
    s = _require_obj(raw, where)
    out = {
        "name": _field(F.SITE_NAME, s.get("name"), f"{where}.name"),
        "country": _field(F.COUNTRY, s.get("country"), f"{where}.country") or "",
        "prefix": _field(F.SITE_PREFIX, s.get("prefix"), f"{where}.prefix") or "",
    }
    if "hours" in s:  # working hours, "08:00-17:00"; left as they are when a manifest does not say
        out["hours"] = _field(F.site_hours, s.get("hours"), f"{where}.hours")
    return out


def _ride(raw: Any, where: str) -> dict[str, Any]:
    r = _require_obj(raw, where)
    return {
        "name": _field(F.REFERENCE_NAME, r.get("name"), f"{where}.name"),
        "sites": _field(SITE_LIST, _list(r.get("sites"), f"{where}.sites"), f"{where}.sites"),
        "start_date": _field(F.iso_date, r.get("start"), f"{where}.start"),
        "end_date": _field(F.iso_date, r.get("end"), f"{where}.end"),
        "team": _field(USER_LIST, _list(r.get("team"), f"{where}.team"), f"{where}.team"),
    }


def _interpreter(raw: Any, where: str) -> dict[str, Any]:
    it = _require_obj(raw, where)
    langs = it.get("languages") or []
    if not isinstance(langs, list) or not all(
        isinstance(lang, dict) and isinstance(lang.get("code"), str) for lang in langs
    ):
        raise _bad(f"{where}.languages", Message('must be a list of {"code": "es", "proficiency": "native"}'))
    if len(langs) > F.MAX_FIELD_ITEMS:
        raise _bad(
            f"{where}.languages",
            Message(
                "holds {count:,} items; at most {cap:,} are allowed", {"count": len(langs), "cap": F.MAX_FIELD_ITEMS}
            ),
        )
    languages = []
    for k, lang in enumerate(langs):
        w = f"{where}.languages[{k}]"
        _unknown(lang, {"code", "proficiency"}, w)
        entry = {"code": _field(F.language, lang["code"], f"{w}.code")}
        if "proficiency" in lang:
            entry["proficiency"] = _field(NAME_TEXT, lang["proficiency"], f"{w}.proficiency")
        languages.append(entry)
    active = _field(F.boolean, it.get("active", True), f"{where}.active")
    return {
        "name": _field(F.REFERENCE_NAME, it.get("name"), f"{where}.name"),
        "languages": languages,
        "sites": _field(SITE_LIST, _list(it.get("sites"), f"{where}.sites"), f"{where}.sites"),
        "contact": _field(F.CONTACT, it.get("contact"), f"{where}.contact"),
        "active": active,
        "availability": _field(F.LONG_TEXT, it.get("availability"), f"{where}.availability"),
    } | ({"away": _field(F.away_periods, it.get("away"), f"{where}.away")} if "away" in it else {})


def validate(doc: Any) -> ParsedManifest:
    """The whole manifest checked against the field rules and the limits of what can sync
    (app/models/limits.py), naming the first bad record and field; nothing is written."""
    if not isinstance(doc, dict):
        raise InvalidManifest('The manifest must be a JSON object with a "cases" list. Nothing was imported.')
    if doc.get("format", FORMAT) != FORMAT:
        raise _bad("format", Message("expected '{format}'", {"format": FORMAT}))
    if doc.get("version", VERSION) != VERSION:
        raise _bad("version", Message("this application reads version {version} manifests", {"version": VERSION}))
    if "cases" not in doc:
        raise InvalidManifest('The manifest has no "cases" list. Nothing was imported.')
    sites = [_site(s, f"sites[{i}]") for i, s in enumerate(_require_list(doc, "sites", ""))]
    rides = [_ride(r, f"rides[{i}]") for i, r in enumerate(_require_list(doc, "rides", ""))]
    interpreters = [
        _interpreter(it, f"interpreters[{i}]") for i, it in enumerate(_require_list(doc, "interpreters", ""))
    ]
    cases = [_case(c, f"cases[{i}]") for i, c in enumerate(_require_list(doc, "cases", ""))]
    _check_ids_unique(cases)
    seen: dict[str, int] = {}
    seen_unhcr: dict[str, int] = {}
    for i, c in enumerate(cases):
        number = c.values["case_number"]
        if number in seen:
            raise _bad(f"cases[{i}] ({number}).case_number", Message("repeats cases[{index}]", {"index": seen[number]}))
        seen[number] = i
        uid = c.values.get("unhcr_id")
        if uid:
            if uid in seen_unhcr:
                raise _bad(
                    f"cases[{i}] ({number}).unhcr_id", Message("repeats cases[{index}]", {"index": seen_unhcr[uid]})
                )
            seen_unhcr[uid] = i
    return ParsedManifest(sites, rides, interpreters, cases)


# ----- record ids ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _GivenId:
    id: str
    kind: Message  # for messages: "person", "note"
    model: Any
    where: str  # cases[3] (LIM-000123).persons[1]
    case_number: str


def _given_ids(cases: list[ParsedCase]) -> Iterator[_GivenId]:
    """Every record id the manifest gives, with where it is given."""
    for i, c in enumerate(cases):
        number = c.values["case_number"]
        where = f"cases[{i}] ({number})"
        if c.id:
            yield _GivenId(c.id, Message("case"), Case, where, number)
        for j, p in enumerate(c.persons):
            if p.id:
                yield _GivenId(p.id, Message("person"), Person, f"{where}.persons[{j}]", number)
        for key, kind, model, records in (
            ("notes", Message("note"), Note, c.notes),
            ("file_movements", Message("file movement"), FileMovement, c.movements),
            ("appointments", Message("appointment"), Appointment, c.appointments),
        ):
            for k, record in enumerate(records):
                if record["id"]:
                    yield _GivenId(record["id"], kind, model, f"{where}.{key}[{k}]", number)


def _check_ids_unique(cases: list[ParsedCase]) -> None:
    first: dict[str, _GivenId] = {}
    for given in _given_ids(cases):
        other = first.setdefault(given.id, given)
        if other is not given:
            raise _bad(
                f"{given.where}.id",
                Message(
                    "{id} is also the id of {other} ({kind} of case {case}); "
                    "two records cannot share an id: remove the id from the one that is new",
                    {"id": given.id, "other": other.where, "kind": other.kind, "case": other.case_number},
                ),
            )


def _check_ids_stay_in_their_case(session: Session, cases: list[ParsedCase]) -> None:
    """Refuse a manifest that gives a record of one case the id of a record of another case here.

    Cases are compared by number, not by id: a case deleted here and imported again is the same
    case, and its records' ids are still its own."""
    wanted: dict[Any, dict[str, _GivenId]] = {}
    for given in _given_ids(cases):
        wanted.setdefault(given.model, {})[given.id] = given
    for model, by_id in wanted.items():
        ids = list(by_id)
        for start in range(0, len(ids), ID_LOOKUP_BATCH):
            chunk = ids[start : start + ID_LOOKUP_BATCH]
            if model is Case:
                query = select(Case.id, Case.case_number).where(Case.id.in_(chunk))
            else:
                query = (
                    select(model.id, Case.case_number).join(Case, Case.id == model.case_id).where(model.id.in_(chunk))
                )
            for record_id, owner in session.execute(query):
                given = by_id[record_id]
                if owner != given.case_number:
                    raise _bad(
                        f"{given.where}.id",
                        Message(
                            "{kind} {id} is a record of case {owner} in this workspace, not of case {case}; a record "
                            "cannot move to another case: put it under case {owner}, or remove its id to import it "
                            "as a new {kind} of case {case}",
                            {"kind": given.kind, "id": record_id, "owner": owner, "case": given.case_number},
                        ),
                    )


# ----- import -----------------------------------------------------------------------------------
def import_manifest(ws: Workspace, doc: Any, *, progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Validate, then apply in one transaction. `progress(done, total)` is called between cases;
    an exception it raises (a user's Cancel) rolls the whole import back."""
    parsed = validate(doc)
    report = ImportReport()
    with unit_of_work(ws, "import_manifest") as uow:
        s = uow.session
        _check_ids_stay_in_their_case(s, parsed.cases)  # before anything is written
        for site in parsed.sites:
            _upsert_by_name(uow, Site, site, report)
        for ride in parsed.rides:
            _upsert_by_name(uow, CircuitRide, ride, report)
        for it in parsed.interpreters:
            _upsert_by_name(uow, Interpreter, it, report)
        s.flush()
        rides = {r.name: r.id for r in s.scalars(select(CircuitRide).where(CircuitRide.deleted.is_(False)))}
        interpreters = {i.name: i.id for i in s.scalars(select(Interpreter).where(Interpreter.deleted.is_(False)))}
        # No autoflush: thousands of pending rows are written in batches at commit instead of one
        # flush per query. Every read below either targets committed rows or an explicit flush.
        known = _KnownCases.load(s)
        if progress is not None:
            progress(0, len(parsed.cases))
        with s.no_autoflush:
            for index, pc in enumerate(parsed.cases):
                _import_case(uow, pc, index, rides, interpreters, report, known)
                if index % IMPORT_BATCH_CASES == IMPORT_BATCH_CASES - 1:
                    uow.checkpoint()
                    if progress is not None:
                        progress(index + 1, len(parsed.cases))
    return report


# Comparing a new person with everyone recorded costs a few milliseconds: an import into a
# workspace with people checks at most this many new persons (the rest are counted and reported;
# the team lead's duplicate check covers the whole workspace).
LIKELY_CHECKS_PER_IMPORT = 5000


@dataclass
class _KnownCases:
    """Case numbers and UNHCR ids already in the workspace, read once per import."""

    case_ids: dict[str, str]
    unhcr_owner: dict[str, str]
    # whether new persons are compared with those recorded (an empty workspace has nobody to match)
    compare: bool = False
    checks_left: int = LIKELY_CHECKS_PER_IMPORT

    @classmethod
    def load(cls, s: Session) -> _KnownCases:
        rows = s.execute(select(Case.id, Case.case_number, Case.unhcr_id).where(Case.deleted.is_(False))).all()
        anyone = s.scalar(select(Person.id).where(Person.deleted.is_(False)).limit(1)) is not None
        return cls(
            {r.case_number: r.id for r in rows},
            {r.unhcr_id: r.case_number for r in rows if r.unhcr_id},
            compare=anyone,
        )


def _natural_id(session: Session, model: Any, wanted: str | None, kind: str, *parts: str) -> str:
    """The id a new record takes: the manifest's, else one made from its natural key, so that the
    same manifest imported on two laptops gives the same records (sync then merges them instead
    of making two of everything); a fresh one if that id is taken here (a deleted record's)."""
    for candidate in (wanted, natural_id(kind, *parts)):
        if candidate and session.get(model, candidate) is None:
            return candidate
    return uuid7()


def _likely(uow: UnitOfWork, values: dict[str, Any], known: _KnownCases, report: ImportReport) -> list[Any]:
    if not known.compare:
        return []
    if known.checks_left <= 0:
        report.likely_unchecked += 1
        return []
    known.checks_left -= 1
    return likely_matches(uow.session, values)


def _upsert_by_name(uow: UnitOfWork, model: Any, values: dict[str, Any], report: ImportReport) -> None:
    row = uow.session.scalar(select(model).where(model.name == values["name"], model.deleted.is_(False)))
    if row is None:
        table = model.__tablename__
        uow.create(
            model(**values, id=_natural_id(uow.session, model, None, table, normalise_key(values["name"]))),
            case_id=None,
        )
        report.reference_records += 1
    elif uow.update(row, values, case_id=None):
        report.reference_records += 1


def _import_case(
    uow: UnitOfWork,
    pc: ParsedCase,
    index: int,
    rides: dict[str, str],
    interpreters: dict[str, str],
    report: ImportReport,
    known: _KnownCases,
) -> None:
    s = uow.session
    number = pc.values["case_number"]
    where = f"cases[{index}] ({number})"
    if pc.ride and pc.ride not in rides:
        raise _bad(
            f"{where}.ride",
            Message("no circuit ride named '{name}' in the manifest or the workspace", {"name": pc.ride}),
        )
    values = {**pc.values, "ride_id": rides.get(pc.ride) if pc.ride else None}
    case_id = known.case_ids.get(number)
    case = s.get(Case, case_id) if case_id else None
    unhcr = values.get("unhcr_id")
    owner = known.unhcr_owner.get(unhcr) if unhcr else None
    if owner is not None and owner != number:
        raise InvalidManifest(
            "{where}.unhcr_id: already recorded on case {case}. Nothing was imported.", where=where, case=owner
        )
    created = case is None
    changed = False
    if case is None:
        case = Case(**values, id=_natural_id(s, Case, pc.id, "cases", number))
        uow.create(case, case_id=case.id)
        report.cases_created += 1
        existing: list[Person] = []
    else:
        changed = bool(uow.update(case, values, case_id=case.id))
        existing = list(s.scalars(select(Person).where(Person.case_id == case.id, Person.deleted.is_(False))))
    by_id = {p.id: p for p in existing}
    # Without ids, persons are matched by name; two people may share one (a father and his son),
    # so each existing person is matched at most once, preferring the same date of birth.
    by_name: dict[str, list[Person]] = {}
    for p in existing:
        by_name.setdefault(normalise(f"{p.given_names} {p.family_name}"), []).append(p)
    matched: set[str] = set()
    id_map: dict[str, str] = {}
    has_pa = any(p.role == "principal_applicant" for p in existing)
    seen: dict[tuple[str, str], int] = {}  # two people of one name and birth date get different ids
    for j, pp in enumerate(pc.persons):
        key = normalise(f"{pp.values['given_names']} {pp.values['family_name']}")
        nth = seen[(key, str(pp.values.get("dob") or ""))] = seen.get((key, str(pp.values.get("dob") or "")), 0) + 1
        target = by_id.get(pp.id or "")
        if target is None or target.id in matched:
            candidates = [p for p in by_name.get(key, []) if p.id not in matched]
            same_dob = [p for p in candidates if p.dob == pp.values.get("dob")]
            target = next(iter(same_dob or candidates), None)
        if target is None:
            if pp.values["role"] == "principal_applicant" and has_pa:
                raise _bad(
                    f"{where}.persons[{j}].role", Message("the case already has a different principal applicant")
                )
            likely = _likely(uow, pp.values, known, report)
            free_id = _natural_id(s, Person, pp.id, "persons", case.id, key, str(pp.values.get("dob") or ""), str(nth))
            created_person = apply_person(uow, case, None, {**pp.values, "verified": pp.verified}, person_id=free_id)
            if likely:
                note_likely_matches(uow, case.id, created_person.id, likely)
                best = likely[0]
                report.likely_matches.append(
                    f"{where}.persons[{j}] may be recorded already: a {best.role.replace('_', ' ')} of case "
                    f"{best.case_number} ({best.reason})"
                )
            matched.add(created_person.id)
            if pp.id:
                id_map[pp.id] = created_person.id
            report.persons_created += 1
            changed = True
        else:
            matched.add(target.id)
            if pp.id:
                id_map[pp.id] = target.id
            before = target.rev
            apply_person(uow, case, target, {**pp.values, "verified": pp.verified or target.verified})
            if target.rev != before:
                report.persons_updated += 1
                changed = True
    changed |= _import_records(uow, case, pc, interpreters, report, is_new=created, person_ids=id_map, where=where)
    known.case_ids[number] = case.id
    if unhcr:
        known.unhcr_owner[unhcr] = number
    if not created:
        if changed:
            report.cases_updated += 1
        else:
            report.cases_unchanged += 1


def _import_records(
    uow: UnitOfWork,
    case: Case,
    pc: ParsedCase,
    interpreters: dict[str, str],
    report: ImportReport,
    *,
    is_new: bool,
    person_ids: dict[str, str],
    where: str,
) -> bool:
    if not (pc.notes or pc.movements or pc.appointments):
        return False
    s = uow.session
    added = False

    def existing(model: Any, *cols: Any) -> list[Any]:
        # A case created by this import has no records yet: skip the queries (most of a big import).
        return [] if is_new else list(s.execute(select(model.id, *cols).where(model.case_id == case.id)))

    notes = {(n.id, n.text) for n in existing(Note, Note.text)}
    note_ids = {i for i, _ in notes}
    note_texts = {t for _, t in notes}
    case_person_ids = set(person_ids.values()) | (
        set() if is_new else set(s.scalars(select(Person.id).where(Person.case_id == case.id)))
    )
    for k, n in enumerate(pc.notes):
        # Notes with ids are matched by id only (two notes may say the same thing); notes without
        # an id (hand-written manifests) are not added twice when their text is already there.
        if n["id"] and n["id"] in note_ids or not n["id"] and n["text"] in note_texts:
            continue
        person_id = person_ids.get(n["person_id"], n["person_id"]) if n["person_id"] else None
        if person_id is not None and person_id not in case_person_ids:
            raise _bad(f"{where}.notes[{k}].person_id", Message("is not a person of this case"))
        row = Note(
            case_id=case.id,
            person_id=person_id,
            author=n["author"] or uow.actor,
            text=n["text"],
            confidentiality=n["confidentiality"],
            written_at=n["at"] or utcnow(),
        )
        text_sha = hashlib.sha256(n["text"].encode()).hexdigest()
        row.id = _natural_id(s, Note, n["id"], "notes", case.id, text_sha)
        uow.create(row, case_id=case.id)
        note_texts.add(n["text"])
        report.records_added += 1
        added = True
    moves = {
        (m.id, m.to_location, m.moved_at)
        for m in existing(FileMovement, FileMovement.to_location, FileMovement.moved_at)
    }
    move_ids = {m[0] for m in moves}
    move_keys = {(m[1], m[2]) for m in moves}
    for m in pc.movements:
        if m["id"] and m["id"] in move_ids or not m["id"] and (m["to"], m["at"]) in move_keys:
            continue
        movement = FileMovement(
            case_id=case.id,
            from_location=m["from"],
            to_location=m["to"],
            moved_by=m["by"] or uow.actor,
            moved_at=m["at"],
            reason=m["reason"],
            kind=m["kind"],
            holder=m["holder"],
            due=m["due"],
        )
        movement.id = _natural_id(s, FileMovement, m["id"], "file_movements", case.id, m["to"], str(m["at"]))
        uow.create(movement, case_id=case.id)
        move_keys.add((m["to"], m["at"]))
        report.records_added += 1
        added = True
    appts = {(a.id, a.type, a.start) for a in existing(Appointment, Appointment.type, Appointment.start)}
    appt_ids = {a[0] for a in appts}
    appt_keys = {(a[1], a[2]) for a in appts}
    for a in pc.appointments:
        if a["id"] and a["id"] in appt_ids or not a["id"] and (a["type"], a["start"]) in appt_keys:
            continue
        interp = a["interpreter"]
        if interp and interp not in interpreters:
            raise _bad(
                f"case {case.case_number}.appointments.interpreter",
                Message("no interpreter named '{name}'", {"name": interp}),
            )
        appointment = Appointment(
            case_id=case.id,
            type=a["type"],
            start=a["start"],
            end=a["end"],
            site=a["site"],
            room=a["room"],
            staff=a["staff"],
            interpreter_id=interpreters.get(interp) if interp else None,
            language=a["language"],
            status=a["status"],
            officer=a["officer"],
            cancel_reason=a["cancel_reason"],
            override_reason=a["override_reason"],
        )
        appointment.id = _natural_id(s, Appointment, a["id"], "appointments", case.id, a["type"], str(a["start"]))
        uow.create(appointment, case_id=case.id)
        appt_keys.add((a["type"], a["start"]))
        report.records_added += 1
        added = True
    return added


# ----- export -----------------------------------------------------------------------------------
def export_manifest(ws: Workspace) -> dict[str, Any]:
    """Every live case as a manifest, audited. On a full disk the export still happens and the
    missing audit event is reported: being unable to take one's data off a laptop at the end of a
    ride (to another drive) is worse than one export the audit trail does not show."""
    with reading(ws, "export_data") as s:
        doc = build_export(s)
    try:
        with unit_of_work(ws, "export_data") as uow:
            uow.note("export", "manifest", None, None, {"cases": len(doc["cases"])})
    except StorageFull:
        log.warning("the export could not be recorded in the audit trail: the disk is full")
    return doc


def build_export(s: Session) -> dict[str, Any]:
    def live(model: type[_Named]) -> Select[_Named]:
        return select(model).where(model.deleted.is_(False)).order_by(model.name)

    cases = []
    for case in s.scalars(select(Case).where(Case.deleted.is_(False)).order_by(Case.case_number)):
        c = case_dict(s, case, history=False)
        # conflicts are sync's, not the manifest's; notes_withheld counts what the reader's role may not see
        # notices record what was handed over on a laptop; they travel by sync, not in a manifest; so
        # does the assignee (a user of a laptop, who may not exist where the manifest is imported)
        for key in ("id", "rev", "updated_at", "conflicts", "notes_withheld", "notices", "assignee"):
            c.pop(key, None)
        for a in c["appointments"]:
            a.pop("notified", None)
        for p in c["persons"]:
            for key in ("rev", "profile_photo_id", "conflicts"):
                p.pop(key, None)
        cases.append(c)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sites": [
            {"name": x.name, "country": x.country, "prefix": x.prefix} | ({"hours": x.hours} if x.hours else {})
            for x in s.scalars(live(Site))
        ],
        "rides": [
            {"name": r.name, "sites": r.sites, "start": r.start_date, "end": r.end_date, "team": r.team}
            for r in s.scalars(live(CircuitRide))
        ],
        "interpreters": [
            {
                "name": i.name,
                "languages": i.languages,
                "sites": i.sites,
                "contact": i.contact,
                "active": i.active,
                "availability": i.availability,
            }
            | ({"away": i.away} if i.away else {})
            for i in s.scalars(live(Interpreter))
        ],
        "cases": cases,
    }
