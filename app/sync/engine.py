"""One sync: upload missing attachment files, push the outbox, pull HQ's changes, fetch files.

Order matters: files go up before the rows that reference them, so another laptop never receives an
attachment row whose file HQ lacks. Every step is resumable:
- push: batches are idempotent on HQ; the local "acknowledged" cursor moves only after HQ answers;
- pull: each page is applied and the cursor advanced in one local transaction;
- files: chunked, resuming at the offset the other side holds (downloads keep finished chunks as
  encrypted blobs until the whole file is verified and stored).
The enrollment (HQ's address, its pinned CA, this device's keys) lives in the encrypted workspace.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, cast

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pydantic import ValidationError
from sqlalchemy import String, TextClause, func, select, text, type_coerce

from app import app_version
from app.errors import CircuitRideError, IntegrityProblem, InvalidInput, UsageError
from app.models import (
    MODEL_BY_TABLE,
    Attachment,
    CircuitRide,
    Conflict,
    OutboxEntry,
    SyncCursor,
    SyncRow,
    TransferState,
    limits,
)
from app.models import fields as F
from app.models.base import utcnow
from app.models.bookkeeping import OutboxChange, seq_of
from app.services.authorship import Groups
from app.services.schedule import double_bookings
from app.services.status import CURRENT_VERSION_SETTING, DOWNLOAD_URL_SETTING, LAST_SYNC_SETTING
from app.services.uow import reading, require_permission, unit_of_work
from app.store.settings import read_setting, write_setting
from app.store.workspace import Workspace
from app.sync import problems
from app.sync.apply import apply_page, held_count
from app.sync.client import ReleaseNotice, SyncFailed, Transport, check, update_message, version_headers
from app.sync.problems import SyncProblem
from app.util import jsoncodec
from app.util.gcpause import no_gc_pauses
from app.wire import protocol as p
from app.wire.codes import parse_code, parse_user_code

log = logging.getLogger(__name__)

PUSH_CURSOR = "push_acked"
PULL_CURSOR = "pull"
S_URL, S_CA, S_KEY, S_BOX = "sync.server_url", "sync.ca_pem", "sync.device_key", "sync.box_key"
S_HQ_BOX, S_HQ_SIGN, S_RIDE, S_NAME = "sync.hq_box_key", "sync.hq_sign_key", "sync.ride_id", "sync.device_name"
S_LAST_OK, S_LAST_ERROR, S_LAST_TRY = LAST_SYNC_SETTING, "sync.last_error", "sync.last_attempt"
S_HQ_ACCEPTED = "sync.hq_accepted"
S_HQ_BODY_ENCODINGS = "sync.hq_body_encodings"  # what HQ's last answer said it reads in a push body
# The release HQ last said is current, and where to get it (response headers of every sync).
S_CURRENT_VERSION, S_DOWNLOAD_URL = CURRENT_VERSION_SETTING, DOWNLOAD_URL_SETTING
PART_PREFIX = "sync_part:"

Progress = Callable[[str, int, int], None]


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


# ----- enrollment codes --------------------------------------------------------------------------
@dataclass
class Enrollment:
    url: str
    ca_pem: bytes
    device_key: Ed25519PrivateKey
    box_key: X25519PrivateKey
    hq_box_key: str
    hq_sign_key: str
    ride_id: str | None
    device_name: str


def enrollment(ws: Workspace) -> Enrollment | None:
    with ws.session() as session:
        return _enrollment_in(session)


def _enrollment_in(session: Any) -> Enrollment | None:
    url = read_setting(session, S_URL)
    if not url:
        return None
    return Enrollment(
        url=url,
        ca_pem=(read_setting(session, S_CA) or "").encode(),
        device_key=Ed25519PrivateKey.from_private_bytes(base64.b64decode(read_setting(session, S_KEY) or "")),
        box_key=X25519PrivateKey.from_private_bytes(base64.b64decode(read_setting(session, S_BOX) or "")),
        hq_box_key=read_setting(session, S_HQ_BOX) or "",
        hq_sign_key=read_setting(session, S_HQ_SIGN) or "",
        ride_id=read_setting(session, S_RIDE) or None,
        device_name=read_setting(session, S_NAME) or "",
    )


def fetch_ca(url: str, fingerprint: str) -> bytes:
    """Download HQ's CA certificate over an unverified connection and accept it only if its
    fingerprint is the one in the enrollment code (which came to the laptop out of band)."""
    from app.wire.tls import ca_fingerprint

    try:
        with httpx.Client(verify=False, timeout=20.0, trust_env=False) as client:  # noqa: S501 - checked by fingerprint below
            response = client.get(url.rstrip("/") + "/v1/ca")
    except httpx.TransportError as exc:
        raise SyncFailed("Could not reach HQ at the address in the code. Check the network and try again.") from exc
    if response.status_code != 200:
        raise SyncFailed("HQ did not hand out its certificate; is the address in the code right?")
    try:
        actual = ca_fingerprint(response.content)
    except Exception:  # noqa: BLE001 - anything unparsable is the same refusal
        actual = ""
    if actual != fingerprint:
        raise SyncFailed(
            "The server's certificate does not match the enrollment code: this is not your HQ, or the code is "
            "wrong. Nothing was sent."
        )
    return response.content


S_PENDING = "sync.pending_enrollment"


def enroll(ws: Workspace, code: str) -> Enrollment:
    """Enroll this workspace with HQ using a one-time code; safe to run again after a kill or a cut.

    The device keys are made and kept in the workspace *before* HQ is asked, and HQ accepts the same
    code again from the same workspace with the same keys until the laptop has used its enrollment
    (app/hq/api.py), so a laptop killed after HQ said yes but before it saved the answer finishes
    by running the same command again; the code is never burned with nothing saved."""
    info = parse_code(code)
    require_permission(ws, "enroll_device")
    if enrollment(ws) is not None:
        raise UsageError("This workspace is enrolled already. Ask HQ to revoke it first if it must change.")
    pending = _pending_enrollment(ws, info)
    if pending is None:
        ca_pem = fetch_ca(info["url"], info["fingerprint"])
        pending = {
            "url": info["url"],
            "token_sha": hashlib.sha256(info["token"].encode()).hexdigest(),
            "ca_pem": ca_pem.decode(),
            "device_key": _b64(Ed25519PrivateKey.generate().private_bytes_raw()),
            "box_key": _b64(X25519PrivateKey.generate().private_bytes_raw()),
        }
        with ws.session() as session:
            write_setting(session, S_PENDING, json.dumps(pending))
    ca_pem = pending["ca_pem"].encode()
    device_key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(pending["device_key"]))
    box_key = X25519PrivateKey.from_private_bytes(base64.b64decode(pending["box_key"]))
    request = p.EnrollRequest(
        device_id=ws.meta.device_id,
        token=info["token"],
        public_key=_b64(device_key.public_key().public_bytes_raw()),
        box_key=_b64(box_key.public_key().public_bytes_raw()),
        name="",
    )
    from app.wire.tls import client_ssl_context

    try:
        with httpx.Client(verify=client_ssl_context(ca_pem), timeout=30.0, trust_env=False) as client:
            response = client.post(
                info["url"].rstrip("/") + "/v1/enroll", content=request.model_dump_json(), headers=version_headers()
            )
    except httpx.TransportError as exc:
        raise SyncFailed(
            "The connection to HQ failed during enrollment; run the same enrollment again (the code stays valid)."
        ) from exc
    check(response)
    answer = p.EnrollResponse.model_validate_json(response.content)
    with ws.session() as session:  # one transaction: enrolled with everything, or still pending
        write_setting(session, S_URL, info["url"])
        write_setting(session, S_CA, ca_pem.decode())
        write_setting(session, S_KEY, pending["device_key"])
        write_setting(session, S_BOX, pending["box_key"])
        write_setting(session, S_HQ_BOX, answer.hq_box_key)
        write_setting(session, S_HQ_SIGN, answer.hq_sign_key)
        write_setting(session, S_RIDE, answer.ride_id or "")
        write_setting(session, S_NAME, answer.device_name)
        write_setting(session, S_PENDING, "")
    log.info("device enrolled with HQ")
    result = enrollment(ws)
    assert result is not None
    return result


def _pending_enrollment(ws: Workspace, info: dict[str, str]) -> dict[str, str] | None:
    """The keys of an enrollment with this very code that did not finish (killed, cut), if any."""
    with ws.session() as session:
        raw = read_setting(session, S_PENDING)
    if not raw:
        return None
    try:
        pending = json.loads(raw)
    except ValueError:
        return None
    same = (
        pending.get("url") == info["url"]
        and pending.get("token_sha") == hashlib.sha256(info["token"].encode()).hexdigest()
    )
    return pending if same else None


# ----- users: their signing keys at HQ ------------------------------------------------------------
S_USER_KEY = "sync.user_key:"  # + user name: the public key HQ bound for that user from this laptop


@dataclass
class UserEnrolled:
    username: str
    role: str  # the user's role at HQ
    local_role: str | None  # the role this laptop gives them now (None: the workspace has no such user)
    role_changed: bool
    note: str = ""  # why the laptop did not take HQ's role, when it did not


def enroll_user(ws: Workspace, code: str, *, transport: Transport | None = None) -> UserEnrolled:
    """Bind the unlocked user's signing key at HQ with the one-time code HQ gave them; from then on
    HQ judges the changes they sign by their role at HQ, which this laptop takes too (HQ's role is
    authoritative). Safe to run again with the same code (HQ answers the same laptop and key again)."""
    from app.services.users import adopt_hq_role
    from app.wire.signing import public_key_text

    info = parse_user_code(code)
    require_permission(ws, "sync")
    if ws.user_key is None or not ws.username or ws.username.startswith("@"):
        raise UsageError(
            "Only a user unlocked with their own password has a signing key to enroll: open the workspace as "
            "that user (not with HQ's recovery key), then run this again."
        )
    if info["user"] != ws.username:
        raise UsageError(
            f"This code is for user {info['user']}, and the workspace is open as {ws.username}: each user enrolls "
            "with their own code, unlocked as themselves."
        )
    enrolled = enrollment(ws)
    if enrolled is None:
        raise UsageError(
            "This laptop is not enrolled with HQ yet: its administrator enrolls it first "
            "(`circuitride sync enroll --code CODE`), then each user enrolls."
        )
    public = public_key_text(ws.user_key.public_key())
    proof = ws.user_key.sign(p.user_proof_message(ws.username, ws.meta.device_id, info["token"], public))
    request = p.UserEnrollRequest(
        username=ws.username, token=info["token"], public_key=public, proof=base64.b64encode(proof).decode()
    )
    own = transport is None
    transport = transport or Transport(enrolled.url, enrolled.ca_pem, ws.meta.device_id, enrolled.device_key)
    try:
        answer = transport.call(
            "POST", "/v1/users/enroll", p.UserEnrollResponse, body=request.model_dump_json().encode()
        )
    finally:
        if own:
            transport.close()
    with ws.session() as session:
        write_setting(session, S_USER_KEY + ws.username, public)
    outcome = adopt_hq_role(ws, ws.username, answer.role)
    log.info("a user's signing key was enrolled with HQ")
    return UserEnrolled(
        username=answer.username,
        role=answer.role,
        local_role=outcome.role,
        role_changed=outcome.changed,
        note=outcome.note,
    )


def user_enrolled(ws: Workspace) -> bool | None:
    """Whether HQ bound the unlocked user's present key (None: no user key to sign with)."""
    if ws.user_key is None or not ws.username:
        return None
    from app.wire.signing import public_key_text

    with ws.session() as session:
        bound = read_setting(session, S_USER_KEY + ws.username)
    return bound == public_key_text(ws.user_key.public_key())


# ----- state for the UI and the CLI -------------------------------------------------------------
@dataclass
class SyncState:
    enrolled: bool
    server: str | None
    device_name: str
    ride_id: str | None
    ride_name: str | None
    pending_changes: int
    open_conflicts: int
    last_success: str | None
    last_error: str | None
    pulled_through: int
    refused: int = 0  # changes HQ refused (kept here, never sent on)
    unsent: int = 0  # changes set aside until their record is corrected
    unappliable: int = 0  # records from HQ this laptop could not store
    held: int = 0  # records from HQ waiting for the record they belong to
    problems: list[str] = field(default_factory=list)  # all of the above, a line per kind
    details: list[SyncProblem] = field(default_factory=list)  # the newest items, for the app
    # Whether HQ knows the unlocked user's signing key (None: nothing to sign with, e.g. recovery):
    # until it does, HQ gives their changes an interviewer's rights.
    user_enrolled: bool | None = None
    # The release HQ last said is current and where to get it, and the sentence to show when it is
    # newer than this app (None: up to date, or HQ has not said).
    current_version: str | None = None
    download_url: str | None = None
    update_available: str | None = None


def update_line(current: str | None, url: str | None) -> str | None:
    """ "Circuit Ride X is available (you have Y): URL" when HQ's current release is newer than this app."""
    return update_message(current or "", app_version(), url or "")


def sync_state(ws: Workspace) -> SyncState:
    signer_enrolled = user_enrolled(ws)
    with ws.session() as session:
        acked = cursor(session, PUSH_CURSOR)
        pending = session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.device_seq > acked))
        conflicts = session.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved.is_(False)))
        url = read_setting(session, S_URL)
        ride_id = read_setting(session, S_RIDE) or None
        ride_name = session.scalar(select(CircuitRide.name).where(CircuitRide.id == ride_id)) if ride_id else None
        found = problems.problems(session)
        held = held_count(session)
        lines = problems.summary_lines(found)
        if held:
            lines.append(held_line(held))
        return SyncState(
            user_enrolled=signer_enrolled,
            refused=sum(1 for x in found if x.kind == "refused"),
            unsent=sum(1 for x in found if x.kind == "unsent"),
            unappliable=sum(1 for x in found if x.kind == "unappliable"),
            held=held,
            problems=lines,
            details=found[-50:],
            enrolled=bool(url),
            server=url,
            device_name=read_setting(session, S_NAME) or "",
            ride_id=ride_id,
            ride_name=ride_name,
            pending_changes=int(pending or 0),
            open_conflicts=int(conflicts or 0),
            last_success=read_setting(session, S_LAST_OK),
            last_error=read_setting(session, S_LAST_ERROR),
            pulled_through=cursor(session, PULL_CURSOR),
            current_version=read_setting(session, S_CURRENT_VERSION) or None,
            download_url=read_setting(session, S_DOWNLOAD_URL) or None,
            update_available=update_line(
                read_setting(session, S_CURRENT_VERSION), read_setting(session, S_DOWNLOAD_URL)
            ),
        )


def held_line(count: int) -> str:
    return (
        f"{count} record(s) from HQ wait for the record they belong to; they are kept and applied when it "
        "arrives (if this lasts, tell HQ support)"
    )


def cursor(session: Any, name: str) -> int:
    row = session.get(SyncCursor, name)
    return int(row.value) if row else 0


def _set_cursor(session: Any, name: str, value: int) -> None:
    session.merge(SyncCursor(name=name, value=str(value)))


# ----- the sync itself ---------------------------------------------------------------------------
@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    changed: int = 0
    conflicts: int = 0
    rejected: list[str] = field(default_factory=list)  # HQ's reasons for the changes it refused in this sync
    refused: list[str] = field(default_factory=list)  # the same, one line per kind: record, case and reason
    unsent: list[str] = field(default_factory=list)  # changes set aside because they cannot travel
    unappliable: list[str] = field(default_factory=list)  # records from HQ this laptop could not store
    requeued: int = 0  # set-aside changes sent after their record was corrected
    uploaded_files: int = 0
    files_waiting: int = 0  # files HQ had no room for this time: sent with a later sync
    downloaded_files: int = 0
    erased_cases: int = 0
    held: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    # Appointments to come that book one interpreter, officer, room or family twice (two laptops
    # booked offline, each checking only its own schedule): a team lead settles them.
    double_bookings: int = 0
    update_available: str | None = None  # "Circuit Ride X is available (you have Y): URL", when it is


def _note_release(ws: Workspace, notice: ReleaseNotice | None) -> None:
    """Keep what HQ said about releases, for the Sync page and `sync status` between syncs."""
    if notice is None or not notice.current:
        return
    with ws.session() as session:
        write_setting(session, S_CURRENT_VERSION, notice.current)
        write_setting(session, S_DOWNLOAD_URL, notice.download_url)


def sync(ws: Workspace, progress: Progress | None = None, *, transport: Transport | None = None) -> SyncReport:
    with reading(ws, "sync") as session:  # one session: the role check, the enrollment, what was set aside
        info = _enrollment_in(session)
        pending = info is None and bool(read_setting(session, S_PENDING))
        before = _problem_keys(session)
    if info is None:
        if pending:
            raise UsageError(
                "Enrollment with HQ did not finish: run `circuitride sync enroll --code CODE` again with the same code."
            )
        from app.services.workspaces import restore_note

        if restore_note(ws) is not None:  # restored from a backup as a new device: HQ must enroll it
            raise UsageError(
                "This workspace was restored from a backup as a new device: ask HQ for a new enrollment code "
                "(`circuitride hq enroll-device`) and run `circuitride sync enroll --code CODE` as the "
                "laptop's administrator."
            )
        raise UsageError("This workspace is not enrolled with HQ yet: run `circuitride sync enroll --code CODE`.")
    report = SyncReport()
    own = transport is None
    transport = transport or Transport(info.url, info.ca_pem, ws.meta.device_id, info.device_key)
    _note(ws, S_LAST_TRY, utcnow().isoformat())
    if any(kind == "unsent" for kind, *_ in before):
        report.requeued = requeue_corrected(ws)
        with ws.session() as session:
            before = _problem_keys(session)
    try:
        with ws.session() as session:  # as HQ said last time (a push may be this sync's first request)
            said = read_setting(session, S_HQ_BODY_ENCODINGS) or ""
        transport.body_encodings = transport.body_encodings or frozenset(filter(None, said.split(",")))
        upload_files(ws, transport, report, progress)
        push(ws, transport, report, progress)
        pull(ws, transport, report, progress)
        download_files(ws, transport, report, progress)
        if ",".join(sorted(transport.body_encodings)) != said:
            with ws.session() as session:
                write_setting(session, S_HQ_BODY_ENCODINGS, ",".join(sorted(transport.body_encodings)))
    except CircuitRideError as exc:
        _note(ws, S_LAST_ERROR, exc.message)
        raise
    finally:
        report.bytes_sent, report.bytes_received = transport.bytes_sent, transport.bytes_received
        _note_release(ws, transport.release)  # a refusal (426) names the release too
        if own:
            transport.close()
    if transport.release is not None:
        report.update_available = update_line(transport.release.current, transport.release.download_url)
    with ws.session() as session:  # one session: what this sync newly set aside, and its success noted
        new = [x for x in problems.problems(session) if (x.kind, x.device_seq, x.table, x.row_id) not in before]
        write_setting(session, S_LAST_OK, utcnow().isoformat())
        write_setting(session, S_LAST_ERROR, "")
    report.refused = problems.summary_lines([x for x in new if x.kind == "refused"])
    report.unsent = problems.summary_lines([x for x in new if x.kind == "unsent"])
    report.unappliable = problems.summary_lines([x for x in new if x.kind == "unappliable"])
    report.double_bookings = len(double_bookings(ws))
    return report


def requeue_corrected(ws: Workspace) -> int:
    """Send again the set-aside changes whose record has been corrected since (see problems.py)."""
    with ws.session() as session:
        if not problems.problems(session, ("unsent",)):
            return 0
    with unit_of_work(ws) as uow:
        return problems.retry_unsent(uow)


def _problem_keys(session: Any) -> set[tuple[str, int, str, str]]:
    return {(x.kind, x.device_seq, x.table, x.row_id) for x in problems.problems(session)}


def _note(ws: Workspace, key: str, value: str) -> None:
    with ws.session() as session:
        write_setting(session, key, value)


def build_push(
    ws: Workspace, limit: int = p.MAX_BATCH, *, after: int | None = None
) -> tuple[p.PushRequest | None, int, int]:
    """The next batch: (request or None if only local-only entries were found, last device_seq, head).

    `after`: build the batch that follows the one ending there, before that one is acknowledged."""
    with ws.session() as session:
        acked = cursor(session, PUSH_CURSOR) if after is None else after
        head = int(session.scalar(select(func.max(OutboxEntry.device_seq))) or 0)
        changes, last, groups = outbox_changes(session, acked, limit, device_id=ws.meta.device_id)
        if last is None:
            return None, acked, head
        if not changes:
            return None, last, head
        hq_has = int(read_setting(session, S_HQ_ACCEPTED) or 0)  # what HQ last said it holds
        # Each change and group was validated as it was made (outbox_changes); building the request
        # with validation would check every change a second time. What the request's own validator
        # checks holds by construction: increasing device_seq after `after`, each group once.
        request = p.PushRequest.model_construct(
            after=min(hq_has, acked), changes=changes, device_head=head, groups=groups
        )
        return request, last, head


def outbox_changes(
    session: Any, after_seq: int, limit: int = p.MAX_BATCH, *, device_id: str
) -> tuple[list[p.Change], int | None, list[p.SignedGroup]]:
    """The outbox entries after `after_seq` (at most `limit`) as wire changes, with each changed field's
    base and its signed group; returns (changes, last device_seq read, or None when there was nothing,
    the groups the changes name). Entries of local-only tables (users, devices) are read but not sent."""
    # The stored JSON text of each entry's fields, parsed here: its length is the change's size
    # when every field travels (encoding each change again only to measure it cost a tenth of a batch).
    raw = session.execute(
        select(
            OutboxEntry.device_seq,
            OutboxEntry.table_name,
            OutboxEntry.row_id,
            OutboxEntry.hlc,
            type_coerce(OutboxEntry.fields, String),
        )
        .where(OutboxEntry.device_seq > after_seq)
        .order_by(OutboxEntry.device_seq)
        .limit(limit)
    ).all()
    if not raw:
        return [], None, []
    entries = [_PlainEntry(seq, table, row_id, hlc, text) for seq, table, row_id, hlc, text in raw]
    syncable = [e for e in entries if e.table_name in p.SYNC_TABLES or e.table_name == p.CONFLICTS_TABLE]
    seqs = _seqs_for(session, syncable)
    editors = _editors_for(session, syncable)
    signed = Groups(session, syncable, device_id)
    groups: dict[int, p.SignedGroup] = {}
    changes: list[p.Change] = []
    # A batch also ends before it would pass the body size HQ reads (413 otherwise): a thousand
    # notes of 20,000 characters each would make a 40 MB push.
    budget, done = p.MAX_PUSH_BYTES - PUSH_ENVELOPE_BYTES, after_seq
    for e in entries:
        if e.table_name not in p.SYNC_TABLES and e.table_name != p.CONFLICTS_TABLE:
            done = e.device_seq
            continue
        known = seqs.get((e.table_name, e.row_id), {})
        seen = max(known.values(), default=0)
        allowed = p.table_fields(e.table_name)
        fields = e.fields
        if allowed.issuperset(fields):
            size = len(e.text.encode()) if e.text else 2
        else:
            fields = {k: v for k, v in fields.items() if k in allowed}
            size = len(jsoncodec.dumps(fields).encode())
        size += CHANGE_OVERHEAD_BYTES + FIELD_BASE_BYTES * len(fields)
        group = signed.group_of(e, fields) if fields else None
        if group is not None and group.id not in groups:
            size += GROUP_BYTES
        if changes and size > budget:
            return changes, done, list(groups.values())
        budget -= size
        done = e.device_seq
        if not fields:
            continue
        # One change that cannot travel (stored by an older version that did not check values at
        # entry) is set aside and shown with its case; the changes after it still go.
        problem = _unsendable(e, fields)
        if problem is None:
            try:
                changes.append(
                    p.Change(
                        device_seq=e.device_seq,
                        table=cast(p.TableName, e.table_name),  # checked by the model itself
                        row_id=e.row_id,
                        hlc=e.hlc,
                        fields=fields,
                        base=p.brief_base({k: seq_of(known, k, seen) for k in fields}),
                        by=editors.get((e.table_name, e.row_id), "")[:64],
                        group=group.id if group is not None else None,
                    )
                )
                if group is not None:
                    groups.setdefault(group.id, group)
                continue
            except ValidationError as exc:
                problem = _format_problem(exc)
        problems.set_aside(session, e, f"cannot be sent: {problem}; correct the record, then sync again")
    return changes, done, list(groups.values())


PUSH_ENVELOPE_BYTES = 4096  # the request's own fields around its changes
CHANGE_OVERHEAD_BYTES = 400  # one change's keys, ids, clock stamp, editor and group id
GROUP_BYTES = 5000  # one signed group: user, reason (at most 2,000 characters), 100 digests, signature
FIELD_BASE_BYTES = 64  # and per field, its base (`"name": 123456789,`)


def _unsendable(entry: OutboxChange, fields: dict[str, Any]) -> str | None:
    if not limits.is_row_id(entry.row_id):
        return "its id is not a valid identifier (it came from an old import); delete the record and enter it again"
    problems = F.record_problems(entry.table_name, fields)  # HQ would refuse the whole push for it
    if problems:
        return F.describe_problems(entry.table_name, problems)
    return None  # the size and kind of each value: checked by p.Change itself (_format_problem)


def _format_problem(exc: ValidationError) -> str:
    """Why a change does not fit the sync format, in words: a value too long, too large or of a
    kind that cannot travel is named as `p.fields_problem` names it; anything else as pydantic says."""
    error = exc.errors()[0]
    cause = (error.get("ctx") or {}).get("error")
    if error.get("type") == "value_error" and isinstance(cause, ValueError) and str(cause).startswith("field "):
        return str(cause).removeprefix("field ")
    return f"it does not fit the sync format ({error.get('msg', 'invalid')})"


@dataclass(slots=True)
class _PlainEntry:
    """An outbox entry as a push reads it (OutboxChange), with its fields' stored JSON text."""

    device_seq: int
    table_name: str
    row_id: str
    hlc: str
    text: str | None
    fields: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.fields = (jsoncodec.loads(self.text) if self.text else None) or {}


def _among(ids: Iterable[str]) -> TextClause:
    """Row ids for `column.in_(...)` as one JSON array bound to one parameter, read by json_each:
    a batch of 5,000 changes was hundreds of 500-id IN queries, each compiled and bound anew."""
    return text("SELECT value FROM json_each(:ids)").bindparams(ids=jsoncodec.dumps(sorted(set(ids))))


def _seqs_for(session: Any, entries: Sequence[OutboxChange]) -> dict[tuple[str, str], dict[str, int]]:
    # A query per table: the key of sync_rows is (table, row id), so the row id alone was a scan of
    # every row this laptop ever received, for each batch.
    by_table: dict[str, list[str]] = {}
    for e in entries:
        by_table.setdefault(e.table_name, []).append(e.row_id)
    out: dict[tuple[str, str], dict[str, int]] = {}
    for table, ids in by_table.items():
        rows = session.execute(
            select(SyncRow.row_id, SyncRow.seqs).where(SyncRow.table_name == table, SyncRow.row_id.in_(_among(ids)))
        )
        out.update({(table, row_id): dict(seqs or {}) for row_id, seqs in rows})
    return out


def _editors_for(session: Any, entries: Sequence[OutboxChange]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    by_table: dict[str, list[str]] = {}
    for e in entries:
        if e.table_name in MODEL_BY_TABLE:
            by_table.setdefault(e.table_name, []).append(e.row_id)
    for table, ids in by_table.items():
        model = MODEL_BY_TABLE[table]
        for row_id, by in session.execute(select(model.id, model.updated_by).where(model.id.in_(_among(ids)))):
            out[(table, row_id)] = by or ""
    return out


def acknowledge(
    ws: Workspace, through: int, rejected: list[p.Rejected] | None = None, hq_accepted: int | None = None
) -> None:
    with ws.session() as session:
        if hq_accepted is not None:
            write_setting(session, S_HQ_ACCEPTED, str(hq_accepted))
        if through <= cursor(session, PUSH_CURSOR):
            return
        _set_cursor(session, PUSH_CURSOR, through)
        session.execute(
            OutboxEntry.__table__.update()
            .where(OutboxEntry.device_seq <= through, OutboxEntry.acked.is_(False))
            .values(acked=True)
        )
        problems.record_refused(session, rejected or [])


def push(ws: Workspace, transport: Transport, report: SyncReport, progress: Progress | None = None) -> None:
    """Batches in device order, each sent once the previous one is answered. While HQ merges one,
    a helper thread records HQ's answer to the one before in the outbox, then reads the next batch
    and encodes (and compresses) it for the wire: the laptop's share of a batch is ready when HQ's
    answer comes, and HQ is kept waiting only for the wire. (The next batch's `after` may be older
    than HQ's answer, which HQ accepts.) One thread for both keeps the outbox's writes out of a
    batch's read. Answers are recorded in order and before push returns or fails; one lost with a
    crash only sends its batch again, which HQ recognises by the changes' device sequence numbers."""
    ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push")
    recorded: Future[None] | None = None  # the last answer being written to the outbox
    try:
        # As many changes a batch as HQ's latest answer said it takes (an HQ that says nothing: p.MAX_BATCH).
        pending = ahead.submit(_ready_push, ws, transport)
        while True:
            batch = pending.result()
            if batch.request is None:
                _wait(recorded)
                recorded = None
                if batch.last > cursor_of(ws, PUSH_CURSOR):
                    acknowledge(ws, batch.last)  # only local-only entries (users, devices): nothing to send
                    pending = ahead.submit(_ready_push, ws, transport)
                    continue
                return  # every answer recorded
            # The helper records the last answer, then reads the batch after this one, while this one is sent.
            pending = ahead.submit(_ready_push, ws, transport, after=batch.last)
            response = _send_push(transport, batch)
            if response.accepted_through < batch.request.changes[-1].device_seq:
                raise SyncFailed("HQ did not take the whole batch; sync again.")
            _wait(recorded)  # (long done: it had a whole round to HQ)
            recorded = ahead.submit(acknowledge, ws, batch.last, response.rejected, response.accepted_through)
            report.pushed += len(batch.request.changes)
            report.conflicts += response.conflicts
            report.rejected += [r.reason for r in response.rejected]
            if progress:
                progress("push", batch.last, batch.head)
    finally:
        if recorded is not None:
            wait([recorded])  # an answer HQ gave is recorded, even when the sync fails after it
        ahead.shutdown(wait=True, cancel_futures=True)


def _wait(recorded: Future[None] | None) -> None:
    if recorded is not None:
        recorded.result()  # an answer that could not be recorded fails the sync here, as it did inline


@dataclass(slots=True)
class _ReadyPush:
    """A batch as it goes on the wire: its request, the request's JSON and, for an HQ that reads
    compressed bodies, that JSON compressed (or None)."""

    request: p.PushRequest | None
    last: int
    head: int
    body: bytes = b""
    packed: bytes | None = None


def _ready_push(ws: Workspace, transport: Transport, *, after: int | None = None) -> _ReadyPush:
    # (thousands of changes made: cyclic collections found nothing, at up to a third of the work)
    with no_gc_pauses():
        request, last, head = build_push(ws, transport.push_limit, after=after)
    batch = _ReadyPush(request, last, head)
    if request is not None:
        batch.body = request.model_dump_json().encode()
        batch.packed = _compressed(transport, batch.body)
    return batch


PUSH_COMPRESS_OVER = 4096  # bytes of push body worth compressing


def _compressed(transport: Transport, body: bytes) -> bytes | None:
    """A push body zstd-compressed, for an HQ that reads it so (a first push of 90,000 records is
    83 MB of JSON, about a tenth of that compressed: minutes on a hotel connection); else None."""
    if "zstd" not in transport.body_encodings or len(body) <= PUSH_COMPRESS_OVER:
        return None
    import zstandard

    return zstandard.ZstdCompressor(level=3).compress(body)


def _send_push(transport: Transport, batch: _ReadyPush) -> p.PushResponse:
    """Send a push; to an HQ that does not speak version 2 pushes yet (HQ upgraded after its
    laptops), the same changes again as a version 1 push, without their signed groups: such an HQ
    does not judge who made a change anyway."""
    request = batch.request
    assert request is not None
    try:
        return _post_push(transport, batch.body, batch.packed)
    except SyncFailed as exc:
        if not (exc.status == 422 and request.version != 1 and "PushRequest: version" in exc.message):
            raise
    log.info("HQ takes version 1 pushes only: this push goes without its users' signatures")
    older = p.PushRequest(
        version=1,
        after=request.after,
        changes=[c.model_copy(update={"group": None}) for c in request.changes],
        device_head=request.device_head,
    )
    body = older.model_dump_json().encode()
    return _post_push(transport, body, _compressed(transport, body))


def _post_push(transport: Transport, body: bytes, packed: bytes | None) -> p.PushResponse:
    """A push body, compressed (`packed`, made while HQ read the batch before) when HQ still reads
    it so."""
    if packed is not None and "zstd" in transport.body_encodings:
        try:
            return transport.call("POST", "/v1/push", p.PushResponse, body=packed, encoding="zstd")
        except SyncFailed as exc:
            if exc.status not in (400, 415, 422):
                raise
            # HQ did not read it (one process of several not upgraded yet, behind a load balancer):
            # the same push, plain, and plain from now on until HQ says otherwise.
            log.info("HQ did not read a compressed push (%s): sent plain", exc.status)
            transport.body_encodings = frozenset()
    return transport.call("POST", "/v1/push", p.PushResponse, body=body)


def cursor_of(ws: Workspace, name: str) -> int:
    with ws.session() as session:
        return cursor(session, name)


PULL_PAGE = p.MAX_PAGE  # rows asked for per pull page (tests ask for fewer, to get many pages)
# ... but fewer for the first page, which nothing overlaps: the next page is fetched while it is applied.
FIRST_PULL_PAGE = 5000


def pull(ws: Workspace, transport: Transport, report: SyncReport, progress: Progress | None = None) -> None:
    """Pages in order, each applied and its cursor committed in one local transaction.

    The next page is fetched while this one is applied (HQ reading it and the laptop writing this
    one overlap). Pulling changes nothing at HQ, and the cursor
    stored here only moves when a page is committed, so a page fetched ahead and lost with a cut or
    a crash is simply asked for again."""
    since = cursor_of(ws, PULL_CURSOR)

    def fetch(cursor: int, limit: int = PULL_PAGE) -> p.PullResponse:
        # A page parses into ~10,000 row objects at once: the cyclic collector held off meanwhile
        # (it would walk every object of the process several times and free nothing).
        with no_gc_pauses():
            return transport.call("GET", "/v1/pull", p.PullResponse, params={"since": cursor, "limit": limit})

    ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull")
    try:
        pending = ahead.submit(fetch, since, min(PULL_PAGE, FIRST_PULL_PAGE))
        while True:
            page = pending.result()
            if page.more:
                pending = ahead.submit(fetch, page.next)
            stats = apply_pull_page(ws, page)
            report.pulled += stats["received"]
            report.changed += stats["changed"]
            report.erased_cases += stats["erased"]
            report.held = stats["held"]
            since = page.next
            if progress:
                progress("pull", since, page.server_seq)
            if not page.more:
                break
    finally:
        ahead.shutdown(wait=True, cancel_futures=True)  # one request at a time on the transport, always
    response = transport.request("POST", "/v1/pull/done", params={"through": since})
    check(response)


def apply_pull_page(ws: Workspace, page: p.PullResponse) -> dict[str, int]:
    with no_gc_pauses(), unit_of_work(ws, "sync") as uow:
        stats = apply_page(uow, page)
        _set_cursor(uow.session, PULL_CURSOR, page.next)
    return stats


# ----- attachment files --------------------------------------------------------------------------
def local_hashes(ws: Workspace) -> set[str]:
    with ws.session() as session:
        hashes: set[str] = set()
        for content, thumb in session.execute(
            select(Attachment.content_hash, Attachment.thumbnail_hash).where(Attachment.deleted.is_(False))
        ):
            hashes.update(h for h in (content, thumb) if h)
        return hashes


def files_done(ws: Workspace, direction: str) -> set[str]:
    with ws.session() as session:
        return set(
            session.scalars(
                select(TransferState.content_hash).where(TransferState.direction == direction, TransferState.offset < 0)
            )
        )


def mark_files_done(ws: Workspace, hashes: list[str], direction: str) -> None:
    if not hashes:
        return
    with ws.session() as session:
        for sha in hashes:
            session.merge(TransferState(content_hash=sha, direction=direction, offset=-1, updated_at=utcnow()))


def upload_files(ws: Workspace, transport: Transport, report: SyncReport, progress: Progress | None = None) -> None:
    todo = sorted(h for h in local_hashes(ws) - files_done(ws, "up") if ws.vault.exists(h))
    for start in range(0, len(todo), 5000):
        query = p.BlobQuery(hashes=todo[start : start + 5000])
        answer = transport.call("POST", "/v1/blobs/missing", p.BlobMissing, body=query.model_dump_json().encode())
        missing = set(answer.missing)
        confirmed: list[str] = []
        for index, sha in enumerate(query.hashes):
            if sha in missing:
                try:
                    _upload_one(ws, transport, sha, answer.partial.get(sha, 0))
                except SyncFailed as exc:
                    if exc.status != 507:
                        raise
                    # HQ has no room for more unfinished uploads just now: this file goes next
                    # time; the rest of the sync (the records, other files) goes on.
                    report.files_waiting += 1
                    continue
                report.uploaded_files += 1
            confirmed.append(sha)
            if len(confirmed) >= 100:
                mark_files_done(ws, confirmed, "up")
                confirmed = []
            if progress:
                progress("files up", start + index + 1, len(todo))
        mark_files_done(ws, confirmed, "up")


def _rechunk(chunks: Iterator[bytes], size: int) -> Iterator[bytes]:
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    yield bytes(buffer)


def _upload_one(ws: Workspace, transport: Transport, sha: str, held: int) -> None:
    """Send the file from `held` (what HQ already has) in CHUNK_BYTES pieces; on a 409 (HQ holds a
    different amount, e.g. after a cut) ask HQ for its offset and continue from there."""
    for _attempt in range(3):
        try:
            _send_from(ws, transport, sha, held)
            return
        except SyncFailed as exc:
            if exc.status != 409:
                raise
            status = transport.call("GET", f"/v1/blobs/{sha}/status", p.BlobStatus)
            if status.complete:
                return
            held = status.offset
    raise SyncFailed("HQ and this laptop disagree about a file upload; sync again.")


def _send_from(ws: Workspace, transport: Transport, sha: str, held: int) -> None:
    offset = 0
    pieces = _rechunk(ws.vault.iter_chunks(sha), p.CHUNK_BYTES)
    piece = next(pieces)
    while True:
        nxt = next(pieces, None)
        final = nxt is None
        end = offset + len(piece)
        if end > held or final:
            skip = max(0, held - offset)
            response = transport.call(
                "PUT",
                f"/v1/blobs/{sha}",
                p.BlobStatus,
                params={"offset": offset + skip, "final": int(final)},
                body=piece[skip:],
            )
            if final and not response.complete:
                raise SyncFailed("HQ did not confirm a file upload; sync again.")
        offset = end
        if nxt is None:  # final
            return
        piece = nxt


def download_files(ws: Workspace, transport: Transport, report: SyncReport, progress: Progress | None = None) -> None:
    todo = sorted(h for h in local_hashes(ws) if not ws.vault.exists(h))
    fetched: list[str] = []  # HQ has these, by definition: no need to offer them back on the next sync
    try:
        for index, sha in enumerate(todo):
            try:
                _download_one(ws, transport, sha)
            except SyncFailed as exc:
                if exc.status == 404:
                    continue  # HQ does not have it yet (the sender has not synced its files): next time
                raise
            report.downloaded_files += 1
            fetched.append(sha)
            if len(fetched) >= 100:
                mark_files_done(ws, fetched, "up")
                fetched = []
            if progress:
                progress("files down", index + 1, len(todo))
    finally:
        mark_files_done(ws, fetched, "up")


def _download_one(ws: Workspace, transport: Transport, sha: str) -> None:
    """Fetch chunk by chunk; each finished chunk is kept as an encrypted blob so a cut resumes.
    A kept chunk that is gone or damaged (a disk error, a repair) restarts this file from its
    first byte once, instead of failing this and every later sync."""
    try:
        _download_from_parts(ws, transport, sha)
    except IntegrityProblem:
        _forget_parts(ws, sha)
        _download_from_parts(ws, transport, sha)


def _forget_parts(ws: Workspace, sha: str) -> None:
    key = f"{PART_PREFIX}{sha}"
    with ws.session() as session:
        parts = json.loads(read_setting(session, key) or "[]")
        write_setting(session, key, "[]")
    for part, _ in parts:
        if part != sha:
            with contextlib.suppress(OSError, ValueError):
                ws.vault.delete(part)
    log.warning("a partly downloaded file was damaged; downloading it again from the start")


def _download_from_parts(ws: Workspace, transport: Transport, sha: str) -> None:
    key = f"{PART_PREFIX}{sha}"
    with ws.session() as session:
        parts: list[list[Any]] = json.loads(read_setting(session, key) or "[]")  # [[chunk sha, length], ...]
    if any(not ws.vault.exists(part) for part, _ in parts):
        raise IntegrityProblem("a kept chunk of a partial download is missing")
    offset = sum(length for _, length in parts)
    while True:
        response = transport.request("GET", f"/v1/blobs/{sha}", params={"offset": offset, "length": p.CHUNK_BYTES})
        check(response)
        size = int(response.headers.get("X-CR-Size", "-1"))
        data = response.content
        if offset == 0 and len(data) == size:  # the whole file in one answer: no need for resumable parts
            if hashlib.sha256(data).hexdigest() != sha:
                raise InvalidInput("A file from HQ did not match its fingerprint and was discarded; sync again.")
            ws.vault.put(data)
            return
        if data:
            info = ws.vault.put(data)
            parts.append([info.sha256_hex, len(data)])
            offset += len(data)
            with ws.session() as session:
                write_setting(session, key, json.dumps(parts))
        if offset >= size or not data:
            break

    def stream() -> Iterator[bytes]:
        for part, _ in parts:
            yield ws.vault.get(part)

    stored = ws.vault.put_stream(stream())
    for part, _ in parts:
        if part != sha:
            ws.vault.delete(part)
    with ws.session() as session:
        write_setting(session, key, "[]")
    if stored.sha256_hex != sha:
        ws.vault.delete(stored.sha256_hex)
        raise InvalidInput("A file from HQ did not match its fingerprint and was discarded; sync again.")
