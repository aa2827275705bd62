"""`circuitride check`: everything that can be verified about a workspace, without trusting it.

Database: SQLCipher's page HMACs (cipher_integrity_check), SQLite's integrity_check and foreign
keys, the FTS indexes' own checks and the search keys against the persons they index. Audit chain: every hash and the pinned head. Vault: every blob an attachment references is
decrypted and re-hashed; blobs no row references and partial files left by a crash are listed
(and removed with `repair=True`). Offline maps: each installed map file is opened with its key and
its pages checked (SQLCipher's HMACs and SQLite's quick_check). Problems are described by record id
or case number, never by a person's name.

A file that is absent is not always damage. Attachment rows pulled from HQ arrive before their
files, which sync downloads afterwards (resumably: finished chunks are kept as blobs listed in a
`sync_part:<sha>` setting). A missing file counts as *not downloaded yet* when its attachment came
from another device (`origin_device` is not this workspace's device id) and this laptop never held
it (no finished TransferState row, which sync writes once a file is here or uploaded), or when a
partial download of it is recorded. That is a notice pointing at `circuitride sync`, not a problem:
"restore from a backup" would be the wrong advice and could cost newer data. A file this laptop
created or once held, and any file present that fails decryption or its hash, is still damage.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from app.errors import IntegrityProblem
from app.models import Attachment, Case, FormSubmission, Setting, TransferState
from app.store import audit
from app.store.workspace import Workspace
from app.util.words import count

log = logging.getLogger(__name__)


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    audit_events: int = 0
    blobs_checked: int = 0
    maps_checked: int = 0
    pending_downloads: int = 0  # files HQ sent the rows of but this laptop has not downloaded yet

    @property
    def ok(self) -> bool:
        return not self.problems


def check_workspace(ws: Workspace, *, repair: bool = False) -> CheckReport:
    report = CheckReport()
    try:
        _check_database(ws, report)
    except DatabaseError as exc:
        log.warning("database check failed: %s", type(exc.orig).__name__ if exc.orig else type(exc).__name__)
        report.problems.append("database: the file is damaged or was altered (its pages fail authentication)")
        return report
    try:
        with ws.session() as session:
            chain = audit.verify_chain(session)
            report.audit_events = chain.events
            report.problems.extend(chain.problems)
            _check_blobs(ws, session, report, repair)
            _check_unique_keys(session, report)
            _check_dates(session, report)
    except DatabaseError:
        report.problems.append("database: the file is damaged or was altered (its pages fail authentication)")
    _check_maps(ws, report)
    return report


def _check_maps(ws: Workspace, report: CheckReport) -> None:
    """Every installed map opens with its key and its pages are sound; one that does not is named by
    its id (and its name, when that much can still be read)."""
    import sqlcipher3

    from app.store import maps

    files = ws.map_files()
    if not files:
        return
    for path in files:
        map_id, name = path.stem, ""
        conn = None
        try:
            conn = maps.open_map_db(path, maps.map_key(ws.subkey, map_id))
            with contextlib.suppress(sqlcipher3.DatabaseError):
                row = conn.execute("SELECT value FROM metadata WHERE name = 'name'").fetchone()
                name = maps.clean_text(str(row[0])) if row else ""
            bad = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            if bad or quick != ["ok"]:
                raise sqlcipher3.DatabaseError("damaged pages")
            conn.execute("SELECT count(*) FROM tiles").fetchone()
            report.maps_checked += 1
        except (sqlcipher3.DatabaseError, OSError):
            log.warning("installed map %s cannot be read", map_id)
            label = f"map {map_id} ({name})" if name else f"map {map_id}"
            report.problems.append(
                f"{label}: the file is damaged or was altered (it cannot be read); remove it with "
                f"`circuitride maps remove {map_id}` and install it again"
            )
        finally:
            if conn is not None:
                conn.close()


def _check_database(ws: Workspace, report: CheckReport) -> None:
    with ws.engine.connect() as conn:
        bad_pages = conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()
        for row in bad_pages[:20]:
            report.problems.append(f"database: {row[0]}")
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
        if integrity != ["ok"]:
            report.problems.extend(f"database: {line}" for line in integrity[:20])
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        for row in fk[:20]:
            report.problems.append(f"database: row {row[1]} of table {row[0]} points to a missing {row[2]} record")
        try:
            for table in ("person_search", "person_words"):
                conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('integrity-check')"))
        except DatabaseError:
            report.problems.append("database: the name search index is damaged; restore the workspace from a backup")
        stale = conn.execute(
            text(
                "SELECT count(*) FROM persons p LEFT JOIN person_search_keys k ON k.person_id = p.id "
                "WHERE CASE WHEN p.deleted THEN k.person_id IS NOT NULL ELSE k.person_id IS NULL OR k.dob IS NOT p.dob END"
            )
        ).scalar()
        if stale:
            report.problems.append(
                f"database: the search index is out of step with {count(stale, 'person record')}, so search can miss them; "
                "restore the workspace from a backup or contact HQ support"
            )


# What must be unique across the whole system (app/models/natural_keys.py says the same for HQ): two
# live records holding one of these are a problem until a team lead gives one another value.
# (table, column, what a person calls it, whether the value may be shown: not an interpreter's name)
UNIQUE_KEYS = (
    ("cases", "case_number", "case number", True),
    ("cases", "unhcr_id", "UNHCR id", True),
    ("sites", "name", "site name", True),
    ("circuit_rides", "name", "circuit ride name", True),
    ("interpreters", "name", "interpreter name", False),
)


def _check_unique_keys(session: Session, report: CheckReport) -> None:
    for table, column, label, shown in UNIQUE_KEYS:
        # names compare as HQ compares them: case and surrounding spaces do not make another name
        key = column if table == "cases" else f"lower(trim({column}))"
        clashes = session.execute(
            text(
                f"SELECT {key} AS k, min({column}), count(*) FROM {table} "  # noqa: S608 - fixed names
                f"WHERE deleted = 0 AND {column} IS NOT NULL AND {column} != '' GROUP BY k HAVING count(*) > 1"
            )
        ).all()
        for value, original, holders in clashes[:20]:
            what = f"{label} {original}" if shown else f"one {label}"
            if table == "cases" and column == "unhcr_id":
                numbers = session.scalars(
                    select(Case.case_number).where(Case.unhcr_id == value, Case.deleted.is_(False))
                ).all()
                what += f" (cases {', '.join(sorted(numbers))})"
            report.problems.append(
                f"{holders} records hold {what}, which must be unique: a team lead gives one of them another "
                "value (`circuitride conflicts` lists HQ's conflict about it once synced)"
            )


# The form a date of birth has for each precision (app/models/fields.py parse_dob says the same).
DOB_SHAPES = {
    "year": "[0-9][0-9][0-9][0-9]",
    "month": "[0-9][0-9][0-9][0-9]-[0-9][0-9]",
    "exact": "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",
    "estimated": "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",
}


def _check_dates(session: Session, report: CheckReport) -> None:
    """A date of birth whose form contradicts its precision ("1981" stored as exact): the record
    claims a certainty it does not have, or hides one it has. Named by case number, never by date."""
    shape_ok = " OR ".join(f"(p.dob_precision = '{k}' AND p.dob GLOB '{v}')" for k, v in DOB_SHAPES.items())
    rows = (
        session.execute(
            text(
                "SELECT c.case_number FROM persons p JOIN cases c ON c.id = p.case_id "  # noqa: S608 - fixed text
                f"WHERE p.deleted = 0 AND p.dob IS NOT NULL AND p.dob != '' AND NOT ({shape_ok}) ORDER BY c.case_number"
            )
        )
        .scalars()
        .all()
    )
    if rows:
        shown = ", ".join(sorted(set(rows))[:10]) + (", …" if len(set(rows)) > 10 else "")
        report.problems.append(
            f"{count(len(rows), 'person has', 'persons have')} a date of birth whose form contradicts its precision (cases {shown}): "
            "`circuitride check --repair` lowers the precision where the date is shorter than it claims; "
            "the others need the date checked against a document"
        )


PART_PREFIX = "sync_part:"  # app/sync/engine.py's record of a download in progress
FORM_DRAFT_PREFIX = "draft:form:"  # app/services/forms.py's autosaved forms


def _check_blobs(ws: Workspace, session: Session, report: CheckReport, repair: bool) -> None:
    vault = ws.vault
    own_device = ws.meta.device_id
    referenced: dict[str, str] = {}
    partial = _partial_downloads(session)
    # Chunks already received for an interrupted download are kept for its resumption, not orphans.
    for parts in partial.values():
        for part in parts:
            referenced[vault.address(part)] = part
    # A media answer's file is in the vault from the moment it is chosen, referenced only by the
    # form's draft until the form is submitted (then by its attachment rows, and by the submission).
    for answer_sha in _form_file_hashes(session):
        referenced[vault.address(answer_sha)] = answer_sha
    held = set(session.scalars(select(TransferState.content_hash).where(TransferState.offset < 0)))
    pending: set[str] = set()
    rows = session.execute(
        select(
            Attachment.id,
            Attachment.content_hash,
            Attachment.thumbnail_hash,
            Attachment.deleted,
            Attachment.origin_device,
            Case.case_number,
        ).join(Case, Case.id == Attachment.case_id)
    ).all()
    for att_id, content, thumb, deleted, origin, number in rows:
        for sha, what in ((content, "file"), (thumb, "thumbnail")):
            if not sha:
                continue
            # A removed attachment's blob stays until sync has delivered the removal (HQ may still
            # need the file): it counts as referenced, but its absence is not a problem.
            referenced[vault.address(sha)] = sha
            if deleted:
                continue
            if not vault.exists(sha):
                if sha in partial or (origin != own_device and sha not in held):
                    pending.add(sha)
                else:
                    report.problems.append(
                        f"attachment {att_id} of case {number}: its stored {what} is missing although "
                        "this laptop had it (deleted or damaged)"
                    )
                continue
            try:
                vault.verify(sha)
                report.blobs_checked += 1
            except IntegrityProblem:
                report.problems.append(
                    f"attachment {att_id} of case {number}: its stored {what} is damaged "
                    "(it fails decryption or does not match its fingerprint)"
                )
    if pending:
        report.pending_downloads = len(pending)
        report.notices.append(f"{count(len(pending), 'file')} not downloaded yet from HQ; run `circuitride sync`")
    orphans = [a for a in vault.all_addresses() if a not in referenced]
    if orphans:
        report.notices.append(
            f"vault: {count(len(orphans), 'stored blob')} no record refers to (left by an interrupted attach)"
        )
        if repair:
            for address in orphans:
                vault.delete_address(address)
            report.notices.append(f"vault: removed {count(len(orphans), 'unreferenced blob')}")
    partials = vault.cleanup_partials() if repair else 0
    if partials:
        report.notices.append(f"vault: removed {count(partials, 'partial file')} left by a crash")


def _partial_downloads(session: Session) -> dict[str, list[str]]:
    """{content hash: hashes of the chunks received so far} for every download in progress."""
    out: dict[str, list[str]] = {}
    query = select(Setting.key, Setting.value).where(Setting.key.startswith(PART_PREFIX, autoescape=True))
    for key, value in session.execute(query):
        try:
            parts = [str(entry[0]).lower() for entry in json.loads(value)]
        except (ValueError, TypeError, IndexError, KeyError):
            log.warning("unreadable partial-download record ignored")
            continue
        parts = [part for part in parts if _is_sha(part)]
        if parts:
            out[key[len(PART_PREFIX) :].lower()] = parts
    return out


def _form_file_hashes(session: Session) -> set[str]:
    """The vault hashes named by form drafts' and submissions' media answers (their `files` maps)."""
    maps: list[object] = []
    query = select(Setting.value).where(Setting.key.startswith(FORM_DRAFT_PREFIX, autoescape=True))
    for value in session.scalars(query):
        try:
            maps.append(json.loads(value)["values"]["snapshot"].get("files"))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # an unreadable draft references nothing; the forms service replaces it
    for answers in session.scalars(select(FormSubmission.answers)):
        maps.append(answers.get("files") if isinstance(answers, dict) else None)
    out: set[str] = set()
    for files in maps:
        if not isinstance(files, dict):
            continue
        for meta in files.values():
            sha = meta.get("hash") if isinstance(meta, dict) else None
            if isinstance(sha, str) and _is_sha(sha.lower()):
                out.add(sha.lower())
    return out


def _is_sha(value: str) -> bool:
    return len(value) == 64 and all(ch in "0123456789abcdef" for ch in value)
