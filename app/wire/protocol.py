"""The sync wire format, defined once and validated on both sides (pydantic v2).

Every message carries `version`; a server refuses a version it does not speak with 400 and a reason,
and a malformed message (wrong type, unknown field, unknown table or column, oversized batch) is
refused with 422 before anything is touched.

Vocabulary:
- a **change** is one outbox entry of a device: the fields of one row it changed, the HLC stamp of
  the change, and for each field the server sequence at which the device last saw that field
  (`base`). The server uses `base` to tell a sequential edit (the device had seen the latest value)
  from a concurrent one (someone else changed the field after the device last looked): only the
  latter can be a conflict. A field `base` does not name was seen at the highest sequence it names
  (0 when it names none), so a laptop sends only what differs from that (`brief_base`): a new row's
  base is empty.
- a **row state** is what the server holds for one row: its values, and per field the server
  sequence of the field's last change. Pulls send row states, not change logs, so a device that
  was away for weeks downloads each row once, not every intermediate edit.
- **scope**: a device enrolled for a ride receives the rows of that ride's cases plus reference
  data (sites, rides, interpreters); `exits` lists cases that left its scope, to be erased.
- **who made a change** (version 2 of a push): each change names its `group`, and the push carries
  each group once: the user who made its changes, the reason they gave, the digest of each change
  and the user's Ed25519 signature over them (app/wire/signing.py). HQ judges a change by the role
  it gives that user, when the user enrolled the key at HQ; a change without a group (a version 1
  push from an older laptop, a change the laptop made for itself, or one from before the laptop
  signed) has an interviewer's rights. A version 1 push is still accepted, with those rights.
  The digest covers the fields as they travel: a field a later version stops sending (protocol
  `LOCAL_FIELDS`) must be left out of the digest by the laptop that signs, as it is here.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Annotated, Any, Final, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import Date, DateTime, inspect

from app.models import MODEL_BY_TABLE, Synced, limits
from app.wire.signing import DIGEST_BYTES, GROUP_MAX

PROTOCOL_VERSION: Final = 1
PUSH_VERSION: Final = 2  # a push whose changes carry signed groups (version 1 pushes are still accepted)
MAX_GROUP_REASON = 2000  # characters of a unit of work's reason a signed group carries
MAX_BATCH = 1000  # changes per push request to an HQ that does not say how many it takes
MAX_PUSH_CHANGES = 5000  # changes per push request this HQ takes (it says so: HEADER_PUSH_LIMIT)
MAX_PAGE = 10_000  # rows per pull page (each page is one local transaction: fewer commits on a first pull)
# ... and at most this much of stored values per page, past its first row (a page of long notes
# would otherwise be hundreds of MB at both ends); an HQ older than this served 5,000 rows, no cap.
MAX_PAGE_BYTES = 16 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024  # attachment transfer chunk
MAX_FIELDS_BYTES = limits.MAX_CHANGE_BYTES  # one change's values, serialized
MAX_PUSH_BYTES = 32 * MAX_FIELDS_BYTES  # one push request's body: HQ refuses more with 413 unread

REFERENCE_TABLES = ("sites", "circuit_rides", "interpreters", "forms")
CASE_TABLES = (
    "cases",
    "persons",
    "interviews",
    "form_submissions",
    "attachments",
    "appointments",
    "adjudication_results",
    "notices",
    "stage_changes",
    "qc_findings",
    "file_movements",
    "notes",
)
CONFLICTS_TABLE = "conflicts"  # server-authored records of concurrent edits; devices push resolutions
SYNC_TABLES = REFERENCE_TABLES + CASE_TABLES
# What a device may change on a conflict record: marking it resolved (the value itself travels as
# an ordinary change of the row's field).
CONFLICT_DEVICE_FIELDS = frozenset({"resolved", "resolution", "resolved_by", "resolved_at"})

ID_RE = re.compile(limits.WIRE_ID_PATTERN)
HLC_RE = re.compile(r"^\d{16}-\d{4}-[0-9a-fA-F-]{1,36}$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")

SEQ_MAX = 2**63 - 1  # sequence numbers are BIGINT at HQ (SQLite and PostgreSQL)
Seq = Annotated[int, Field(ge=0, le=SEQ_MAX)]
RowId = Annotated[str, Field(min_length=32, max_length=36, pattern=ID_RE.pattern)]
Hlc = Annotated[str, Field(max_length=64, pattern=HLC_RE.pattern)]
Sha256 = Annotated[str, Field(pattern=SHA_RE.pattern)]
TableName = Literal[
    "sites",
    "circuit_rides",
    "interpreters",
    "forms",
    "cases",
    "persons",
    "interviews",
    "form_submissions",
    "attachments",
    "appointments",
    "adjudication_results",
    "notices",
    "stage_changes",
    "qc_findings",
    "file_movements",
    "notes",
    "conflicts",
]


# Columns each device derives for itself and that never travel: the search forms of a person's
# names (app/services/search_index.py writes them when the names change). They used to travel,
# with the value they had when the row was created (empty: the index is written just after), so a
# pulled change to any field of a person blanked them on the receiving laptop and wrote two extra
# columns per person. A change from an older laptop that still carries them is accepted without them.
LOCAL_FIELDS: dict[str, frozenset[str]] = {"persons": frozenset({"search_latin", "search_native"})}


@functools.cache
def table_fields(table: str) -> frozenset[str]:
    """The columns of a synced table that travel: user data plus the tombstone, not bookkeeping."""
    if table == CONFLICTS_TABLE:
        return CONFLICT_DEVICE_FIELDS
    model = MODEL_BY_TABLE[table]
    local = LOCAL_FIELDS.get(table, frozenset())
    return frozenset(
        c.key
        for c in inspect(model).column_attrs
        if c.key not in Synced.SYNC_META and c.key != "id" and c.key not in local
    )


@functools.cache
def references(table: str) -> dict[str, str]:
    """The fields of a synced table that hold the id of another synced row: {field: table}."""
    if table not in MODEL_BY_TABLE:
        return {}
    out: dict[str, str] = {}
    for column in inspect(MODEL_BY_TABLE[table]).columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target in SYNC_TABLES:
                out[column.key] = target
    return out


@functools.cache
def required_fields(table: str) -> frozenset[str]:
    """Fields a stored row of `table` must hold a value for (NOT NULL and no default): a new row
    without them can be stored neither at HQ nor on a laptop."""
    if table not in MODEL_BY_TABLE:
        return frozenset()
    return frozenset(
        c.key
        for c in inspect(MODEL_BY_TABLE[table]).columns
        if not c.nullable and not c.primary_key and c.default is None and c.server_default is None
    ) & table_fields(table)


# How a refusal names a table to a person.
TABLE_LABELS = {
    "sites": "site",
    "circuit_rides": "circuit ride",
    "interpreters": "interpreter",
    "forms": "form",
    "cases": "case",
    "persons": "person",
    "interviews": "interview",
    "form_submissions": "form submission",
    "attachments": "attachment",
    "appointments": "appointment",
    "adjudication_results": "adjudication result",
    "notices": "notice",
    "stage_changes": "stage change",
    "qc_findings": "quality finding",
    "file_movements": "file movement",
    "notes": "note",
    "conflicts": "conflict",
}


def case_id_of(table: str, row_id: str, values: dict[str, Any]) -> str | None:
    """Which case a row belongs to (scoping); None for reference data."""
    if table == "cases":
        return row_id
    if table in CASE_TABLES or table == CONFLICTS_TABLE:
        value = values.get("case_id")
        return value if isinstance(value, str) else None
    return None


def brief_base(base: dict[str, int]) -> dict[str, int]:
    """`base` as it travels: the fields seen before its highest sequence, and one field naming that
    sequence, which stands for every field not named (`Change`: a field missing from `base` was seen
    at the highest sequence `base` names, 0 when it names none). The server reads the same answer
    for every field; a new row's base, all zeros, is empty (a quarter of a first push's bytes)."""
    top = max(base.values(), default=0)
    if top == 0:
        return {}
    brief: dict[str, int] = {}
    named = False
    for field, seq in base.items():
        if seq != top:
            brief[field] = seq
        elif not named:
            brief[field], named = seq, True
    return brief


def _base_without(base: dict[str, Any], kept: dict[str, Any], fields: Any) -> dict[str, Any]:
    """`kept` (`base` without some of its fields), naming each of `fields` it leaves out at the
    sequence `base` gave it."""
    seqs = [v for v in base.values() if type(v) is int]
    top = max(seqs, default=0)
    if not isinstance(fields, dict) or top == max((v for v in kept.values() if type(v) is int), default=0):
        return kept
    return {**{f: top for f in fields if isinstance(f, str)}, **kept}


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Change(Message):
    device_seq: int = Field(ge=1, le=SEQ_MAX)
    table: TableName
    row_id: RowId
    hlc: Hlc
    fields: dict[str, Any] = Field(min_length=1)
    base: dict[str, Seq] = Field(default_factory=dict)
    by: str = Field(default="", max_length=64, description="username of the last editor (for conflict display)")
    group: int | None = Field(default=None, ge=1, le=SEQ_MAX, description="the signed group naming who made it")

    @model_validator(mode="before")
    @classmethod
    def _without_local_fields(cls, data: Any) -> Any:
        # Copied only when a local field is there (laptops leave them out: a push of 10,000 persons
        # was copying 10,000 dicts for nothing).
        if isinstance(data, dict) and data.get("table") in LOCAL_FIELDS:
            local = LOCAL_FIELDS[data["table"]]
            for key in ("fields", "base"):
                value = data.get(key)
                if isinstance(value, dict) and not local.isdisjoint(value):
                    data = dict(data)
                    data[key] = {k: v for k, v in value.items() if k not in local}
                    if key == "base":  # the base means what it meant (`brief_base`: a field it
                        # leaves out was seen at its highest sequence, which a local field may have named)
                        data[key] = _base_without(value, data[key], data.get("fields"))
        return data

    @model_validator(mode="after")
    def _known_fields(self) -> Change:
        allowed = table_fields(self.table)
        if not allowed.issuperset(self.fields):
            unknown = sorted(set(self.fields) - allowed)
            raise ValueError(f"unknown field(s) for {self.table}: {', '.join(unknown[:5])}")
        if self.base and not allowed.issuperset(self.base):
            bad_base = sorted(set(self.base) - allowed)
            raise ValueError(f"base names unknown field(s) for {self.table}: {', '.join(bad_base[:5])}")
        problem = fields_problem(self.fields)
        if problem:
            raise ValueError(f"field {problem}")
        return self


_PLAIN_KINDS = frozenset({str, int, bool, type(None)})
assert 2 * limits.MAX_TEXT_CHARS <= limits.MAX_CHANGE_BYTES  # fields_problem's first test relies on it


def _plain(fields: dict[str, Any]) -> bool:
    """True when every value is text, a whole number, a boolean or None, or a list or mapping of
    at most MAX_LIST_ITEMS of those (a person's languages, aliases, verified marks): nothing
    nested deeper, no float that could be NaN."""
    for value in fields.values():
        kind = type(value)
        if kind in _PLAIN_KINDS:
            continue
        if kind is list:
            items = value
        elif kind is dict:
            items = value.values()
        else:
            return False
        if len(value) > limits.MAX_LIST_ITEMS or not _PLAIN_KINDS.issuperset(map(type, items)):
            return False
    return True


def fields_problem(fields: dict[str, Any]) -> str | None:
    """`limits.fields_problem`, the same answer with less work on the usual small change.

    Every change is checked on both sides of a push; the limit's own size measure (the standard
    library's spaced JSON) was most of that work. orjson's compact encoding is at least half as
    long as the spaced one (each added space follows a separator character), so a change whose
    compact form fits in half the limit fits; only a larger one (or one orjson cannot encode) is
    measured exactly."""
    # Most changes hold only text, whole numbers, booleans and None, or short lists and mappings
    # of them (no float that could be NaN, nothing nested too deep or too long): their compact JSON,
    # made in one C call, decides. A value longer than MAX_TEXT_CHARS characters takes at least as many bytes, so a
    # change whose JSON is shorter holds none; and it is far below the change limit.
    if _plain(fields):
        try:
            if len(orjson.dumps(fields)) <= limits.MAX_TEXT_CHARS:
                return None
        except (TypeError, orjson.JSONEncodeError):  # a key that is not text, a whole number past 64 bits
            return limits.fields_problem(fields)
    # Otherwise, with only None, booleans, small numbers and short text their compact JSON (at most
    # 6 bytes a character, escapes included, and a few bytes of quotes and separators each) is
    # bounded without encoding it.
    bound = 2
    for key, value in fields.items():
        kind = type(value)
        if kind is str:
            if len(value) > limits.MAX_TEXT_CHARS:
                return limits.fields_problem(fields)
            bound += 6 * len(value) + 2
        elif value is None or kind is bool or (kind is int and -(10**18) < value < 10**18):
            bound += 20
        elif isinstance(value, bool | int):
            bound = limits.MAX_CHANGE_BYTES  # a big number: measured below
        elif limits.value_problem(value) is not None:
            return limits.fields_problem(fields)
        else:
            bound = limits.MAX_CHANGE_BYTES  # a list or an object: measured below
        bound += 6 * len(key) + 6
    if 2 * bound <= limits.MAX_CHANGE_BYTES:
        return None
    try:
        compact = len(orjson.dumps(fields))
    except (TypeError, orjson.JSONEncodeError):
        return limits.fields_problem(fields)
    if 2 * compact <= limits.MAX_CHANGE_BYTES:
        return None
    return limits.fields_problem(fields)


class SignedGroup(Message):
    """Who made a group of a push's changes: signed by that user's own key (see the module docstring)."""

    id: int = Field(ge=1, le=SEQ_MAX)
    user: str = Field(min_length=1, max_length=64)
    reason: str = Field(default="", max_length=MAX_GROUP_REASON)
    key: str = Field(min_length=40, max_length=64, description="base64 raw Ed25519 public key of the user")
    digests: str = Field(min_length=1, max_length=4 * (GROUP_MAX * DIGEST_BYTES // 3 + 1), description="base64")
    signature: str = Field(min_length=80, max_length=100, description="base64 Ed25519 signature")

    @model_validator(mode="after")
    def _well_formed(self) -> SignedGroup:
        try:
            digests = base64.b64decode(self.digests, validate=True)
            signature = base64.b64decode(self.signature, validate=True)
            key = base64.b64decode(self.key, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("a signed group must hold base64") from None
        if not digests or len(digests) % DIGEST_BYTES or len(digests) > GROUP_MAX * DIGEST_BYTES:
            raise ValueError(f"a signed group holds 1 to {GROUP_MAX} digests of {DIGEST_BYTES} bytes")
        if len(signature) != 64 or len(key) != 32:
            raise ValueError("a signed group needs a 32-byte key and a 64-byte signature")
        return self

    def digest_list(self) -> list[bytes]:
        raw = base64.b64decode(self.digests)
        return [raw[i : i + DIGEST_BYTES] for i in range(0, len(raw), DIGEST_BYTES)]


class PushRequest(Message):
    """A batch of outbox changes in device order. `after` is the device_seq up to which the device
    believes HQ has everything; entries of local-only tables leave gaps, so numbers only increase.
    Version 2 adds `groups` (who made the changes, signed); version 1 pushes have none."""

    version: Literal[1, 2] = PUSH_VERSION
    after: Seq
    changes: list[Change] = Field(min_length=1, max_length=MAX_PUSH_CHANGES)
    device_head: int = Field(ge=0, le=SEQ_MAX, description="the device's newest device_seq (for reconciliation)")
    groups: list[SignedGroup] = Field(default_factory=list, max_length=MAX_BATCH)

    @model_validator(mode="after")
    def _increasing(self) -> PushRequest:
        if self.version == 1 and (self.groups or any(c.group is not None for c in self.changes)):
            raise ValueError("signed groups need a version 2 push")
        if len({g.id for g in self.groups}) != len(self.groups):
            raise ValueError("a push names each signed group once")
        previous = self.after
        for change in self.changes:
            if change.device_seq <= previous:
                raise ValueError("changes must follow `after` with increasing device_seq numbers")
            previous = change.device_seq
        return self


class Rejected(Message):
    device_seq: int
    reason: str


class PushResponse(Message):
    version: Literal[1] = PROTOCOL_VERSION
    accepted_through: int = Field(description="every change up to this device_seq is durable at HQ")
    conflicts: int = 0
    rejected: list[Rejected] = Field(default_factory=list)
    server_seq: int


class RowState(Message):
    table: TableName
    row_id: RowId
    case_id: str | None
    values: dict[str, Any]
    seqs: dict[str, int]
    hlc: str
    seq: int
    deleted: bool = False


class PullResponse(Message):
    version: Literal[1] = PROTOCOL_VERSION
    rows: list[RowState]
    exits: list[str] = Field(default_factory=list, description="case ids that left this device's scope")
    next: int = Field(description="cursor to send with the next pull")
    more: bool
    server_seq: int


class BlobQuery(Message):
    version: Literal[1] = PROTOCOL_VERSION
    hashes: list[Sha256] = Field(max_length=10_000)


class BlobMissing(Message):
    version: Literal[1] = PROTOCOL_VERSION
    missing: list[str]
    partial: dict[str, int] = Field(default_factory=dict, description="bytes HQ already holds of missing files")


class BlobStatus(Message):
    hash: str
    offset: int = Field(description="bytes HQ already holds of an upload in progress")
    complete: bool


class EnrollRequest(Message):
    version: Literal[1] = PROTOCOL_VERSION
    device_id: RowId
    token: str = Field(min_length=16, max_length=128)
    public_key: str = Field(min_length=40, max_length=64, description="base64 raw Ed25519 public key")
    box_key: str = Field(min_length=40, max_length=64, description="base64 raw X25519 key for reply bundles")
    name: str = Field(default="", max_length=120)


class EnrollResponse(Message):
    version: Literal[1] = PROTOCOL_VERSION
    device_name: str
    ride_id: str | None
    hq_box_key: str = Field(description="HQ's X25519 key (push bundles are sealed to it)")
    hq_sign_key: str = Field(description="HQ's Ed25519 key (reply bundles are signed with it)")


class UserEnrollRequest(Message):
    """A user binding their signing key at HQ with the one-time code HQ gave them (signed by the
    laptop's device key like every request, and by the user's key over `user_proof_message`)."""

    version: Literal[1] = PROTOCOL_VERSION
    username: str = Field(min_length=1, max_length=64)
    token: str = Field(min_length=16, max_length=128)
    public_key: str = Field(min_length=40, max_length=64, description="base64 raw Ed25519 public key of the user")
    proof: str = Field(min_length=80, max_length=100, description="the user's signature: they hold the key")


class UserEnrollResponse(Message):
    version: Literal[1] = PROTOCOL_VERSION
    username: str
    role: str
    display_name: str = ""


def user_proof_message(username: str, device_id: str, token: str, public_key: str) -> bytes:
    """What a user signs to show HQ they hold the key they enroll (never the token in the clear)."""
    import hashlib

    token_sha = hashlib.sha256(token.encode()).hexdigest()
    return "\n".join(("CRU1", username, device_id, token_sha, public_key)).encode()


class DeviceSummary(Message):
    device_id: str
    name: str
    ride_id: str | None
    revoked: bool
    last_push_at: str | None
    last_pull_at: str | None
    accepted_through: int
    device_head: int
    pulled_through: int
    fully_synced: bool


class RideStatus(Message):
    version: Literal[1] = PROTOCOL_VERSION
    server_seq: int
    devices: list[DeviceSummary]


class ErrorBody(Message):
    detail: str


# ----- values as they travel -> column values ---------------------------------------------------
@functools.cache
def _converter(model: type[Synced], field: str) -> Callable[[Any], Any] | None:
    column = inspect(model).columns.get(field)
    if column is None:
        return None
    if isinstance(column.type, DateTime) or getattr(column.type, "impl", None).__class__ is DateTime:
        return _to_datetime
    if isinstance(column.type, Date):
        return _to_date
    return None


def _to_datetime(value: Any) -> Any:
    if isinstance(value, str):
        parsed = dt.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return value


def _to_date(value: Any) -> Any:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


@functools.cache
def _converters(model: type[Synced]) -> dict[str, Callable[[Any], Any]]:
    """The model's columns whose travelling value is converted (dates and times), with their converter."""
    out: dict[str, Callable[[Any], Any]] = {}
    cls: type = model  # (as in convert: mypy reads __hash__ of the class unbound)
    for column in inspect(model).columns:
        conv = _converter(cls, column.key)
        if conv is not None:
            out[column.key] = conv
    return out


def convert(model: type[Synced], values: dict[str, Any], allowed: frozenset[str], skip: set[str]) -> dict[str, Any]:
    """Values as they travel (JSON) -> the model's column values: ISO text becomes dates and times;
    fields outside `allowed` or in `skip` are left out. (One pass that keeps the wanted fields, then
    only the few date and time columns converted: a first pull converts 90,000 rows.)"""
    cls: type = model  # (mypy takes a plain class object for unhashable: it reads __hash__ unbound)
    if skip:
        out = {k: v for k, v in values.items() if k in allowed and k not in skip}
    elif allowed.issuperset(values):
        out = dict(values)
    else:
        out = {k: v for k, v in values.items() if k in allowed}
    converters = _converters(cls)
    for key in converters.keys() & out.keys():
        value = out[key]
        if value is not None:
            out[key] = converters[key](value)
    return out


# ----- releases: which version is current, and which laptops HQ still serves -----------------------
# HQ answers every request with these headers, so a laptop learns of a new release whenever it syncs,
# and an older laptop (which ignores headers it does not know) is not disturbed by them. A laptop
# names its own version and protocol in the request headers of the same names.
HEADER_APP_VERSION: Final = "X-CircuitRide-Version"  # the laptop's app version (request)
HEADER_PROTOCOL: Final = "X-CircuitRide-Protocol"  # the sender's protocol version (both ways)
HEADER_CURRENT_VERSION: Final = "X-CircuitRide-Current-Version"  # the release HQ says is current
HEADER_DOWNLOAD: Final = "X-CircuitRide-Download"  # where to get it (may be absent)
HEADER_MINIMUM_VERSION: Final = "X-CircuitRide-Minimum-Version"  # the oldest app version HQ serves
HEADER_MINIMUM_PROTOCOL: Final = "X-CircuitRide-Minimum-Protocol"  # the oldest protocol HQ speaks
TOO_OLD_STATUS: Final = 426  # "Upgrade Required": HQ no longer serves this laptop's version
HEADER_PUSH_LIMIT: Final = "X-CircuitRide-Push-Limit"  # how many changes one push may carry (answers)
# The content codings HQ reads in a push body (answers): a laptop compresses its pushes only for an
# HQ that names one (an older HQ reads plain JSON only). Signatures cover the body as sent.
HEADER_BODY_ENCODINGS: Final = "X-CircuitRide-Body-Encodings"
MAX_VERSION_CHARS = 40  # a version or protocol header longer than this is ignored
MAX_URL_CHARS = 500


def version_key(text: str | None) -> tuple[int, ...] | None:
    """A comparable key for a release number ("1.2.10" > "1.2.9"), or None when `text` is not one
    (a development copy, a damaged header): such a version is never called newer or older. Uses
    packaging's rules when it is installed (pre-releases sort before their release), else numbers."""
    if not text or len(text) > MAX_VERSION_CHARS:
        return None
    try:
        from packaging.version import InvalidVersion, Version
    except ImportError:  # pragma: no cover - packaging comes with pip and every bundle we build
        found = re.fullmatch(r"v?(\d+(?:\.\d+)*)", text.strip())
        return tuple(int(x) for x in found.group(1).split(".")) if found else None
    try:
        parsed = Version(text.strip())
    except InvalidVersion:
        return None
    release = list(parsed.release)
    while len(release) > 1 and release[-1] == 0:  # "1.2" is "1.2.0"
        release.pop()
    # A pre-release (1.3.0rc1) sorts before its release: one more element, -1 before, 0 after.
    tail = (-1, parsed.pre[1]) if parsed.pre is not None else (0, 0)
    return (*release, -1 if parsed.is_devrelease and parsed.pre is None else 0, *tail)


def is_newer(candidate: str | None, than: str | None) -> bool:
    """Whether release `candidate` is newer than `than`; False when either is not a release number."""
    a, b = version_key(candidate), version_key(than)
    if a is None or b is None:
        return False
    return _padded(a, b) > _padded(b, a)


def _padded(key: tuple[int, ...], other: tuple[int, ...]) -> tuple[int, ...]:
    return key + (0,) * max(0, len(other) - len(key))
