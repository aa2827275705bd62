"""`circuitride check`: everything that can be verified about a workspace, without trusting it.

Database: SQLCipher's page HMACs (cipher_integrity_check), SQLite's integrity_check and foreign
keys, the FTS indexes' own checks and the search keys against the persons they index. Audit chain: every hash and the pinned head. Vault: every blob an attachment references is
decrypted and re-hashed; blobs no row references and partial files left by a crash are listed
(and removed with `repair=True`). Problems are described by record id or case number, never by a
person's name.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.errors import IntegrityProblem
from app.models import Attachment, Case
from app.store import audit
from app.store.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    audit_events: int = 0
    blobs_checked: int = 0

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
    except DatabaseError:
        report.problems.append("database: the file is damaged or was altered (its pages fail authentication)")
    return report


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
                f"database: the search index is out of step with {stale} person record(s), so search can miss them; "
                "restore the workspace from a backup or contact HQ support"
            )


def _check_blobs(ws: Workspace, session: object, report: CheckReport, repair: bool) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    vault = ws.vault
    referenced: dict[str, str] = {}
    rows = session.execute(
        select(
            Attachment.id, Attachment.content_hash, Attachment.thumbnail_hash, Attachment.deleted, Case.case_number
        ).join(Case, Case.id == Attachment.case_id)
    ).all()
    for att_id, content, thumb, deleted, number in rows:
        for sha, what in ((content, "file"), (thumb, "thumbnail")):
            if not sha:
                continue
            # A removed attachment's blob stays until sync has delivered the removal (HQ may still
            # need the file): it counts as referenced, but its absence is not a problem.
            referenced[vault.address(sha)] = sha
            if deleted:
                continue
            try:
                vault.verify(sha)
                report.blobs_checked += 1
            except IntegrityProblem:
                report.problems.append(f"attachment {att_id} of case {number}: its stored {what} is missing or damaged")
    orphans = [a for a in vault.all_addresses() if a not in referenced]
    if orphans:
        report.notices.append(
            f"vault: {len(orphans)} stored blob(s) no record refers to (left by an interrupted attach)"
        )
        if repair:
            for address in orphans:
                vault.delete_address(address)
            report.notices.append(f"vault: removed {len(orphans)} unreferenced blob(s)")
    partials = vault.cleanup_partials() if repair else 0
    if partials:
        report.notices.append(f"vault: removed {partials} partial file(s) left by a crash")
