"""Tampering and corruption are found: `circuitride check` exits 1 and says what is damaged.

Three layers are attacked on a real workspace: the SQLCipher file (one flipped byte), the blob
vault (flipped, cut, extended or missing files) and the audit chain (events edited, removed or
re-hashed through raw SQL with the right key — what someone holding the key could do).

Where a flipped database byte is reported depends on the page: a page the unlock itself reads
(the header page, the Alembic version table) makes the unlock fail with "the database file cannot
be read: it is damaged"; any other page unlocks and `check` reports "database: HMAC verification
failed for page N". Both are exit 1 with a message naming the database.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEvent
from app.store.audit import event_hash
from app.store.check import check_workspace
from app.store.vault import HEADER_BYTES
from app.store.workspace import Workspace
from tests.faults.conftest import Attached, flip_byte
from tests.integration.conftest import scalar

PAGE_BYTES = 4096


def _assert_clean_failure(r, *fragments: str) -> None:  # noqa: ANN001 - tests.conftest.Result
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    assert "unexpected problem" not in r.stderr
    for fragment in fragments:
        assert fragment in r.stderr


# ----- the database file ------------------------------------------------------------------------
def _page_of(ws: Workspace, table: str) -> int:
    """0-based page index of a table's root page."""
    return int(scalar(ws, "SELECT rootpage FROM sqlite_master WHERE name = :t", t=table)) - 1


@pytest.mark.parametrize(
    "where",
    ["middle of the file", "header page", "salt", "alembic version table", "audit table", "last page"],
)
def test_one_flipped_byte_in_the_database_is_reported_as_damage(
    ws: Workspace, ws_path: Path, attached: Attached, cli, where: str
) -> None:
    assert int(scalar(ws, "PRAGMA page_size")) == PAGE_BYTES
    pages = {
        "header page": 0,
        "alembic version table": _page_of(ws, "alembic_version"),
        "audit table": _page_of(ws, "audit_events"),
    }
    ws.lock()
    db = ws_path / "db.sqlite"
    size = db.stat().st_size
    offsets = {
        "middle of the file": size // 2,
        "salt": 5,
        "last page": size - PAGE_BYTES // 2,
        **{name: page * PAGE_BYTES + PAGE_BYTES // 2 for name, page in pages.items()},
    }
    flip_byte(db, offsets[where])
    r = cli("check")
    _assert_clean_failure(r, "database")
    assert "damaged" in r.stderr or "HMAC" in r.stderr


def test_damage_in_the_database_is_also_reported_by_check_json(
    ws: Workspace, ws_path: Path, attached: Attached, cli
) -> None:
    ws.lock()
    db = ws_path / "db.sqlite"
    flip_byte(db, db.stat().st_size // 2)
    r = cli("check", "--json")
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    assert doc["ok"] is False
    assert any(p.startswith("database:") for p in doc["problems"])


# ----- the blob vault ---------------------------------------------------------------------------
def _blob_path(ws: Workspace, sha: str) -> Path:
    address = ws.vault.address(sha)
    return ws.path / "blobs" / address[:2] / address[2:]


def _damage(path: Path, how: str) -> None:
    if how == "flip a byte in the content":
        flip_byte(path, HEADER_BYTES + (path.stat().st_size - HEADER_BYTES) // 2)
    elif how == "flip a byte in the wrapped key":
        flip_byte(path, 70)
    elif how == "flip a byte in the size":
        flip_byte(path, 28 + 7)
    elif how == "cut the last byte":
        data = path.read_bytes()
        path.write_bytes(data[:-1])
    elif how == "append a byte":
        with open(path, "ab") as fh:
            fh.write(b"\0")
    elif how == "delete the file":
        path.unlink()
    else:  # pragma: no cover
        raise AssertionError(how)


BLOB_DAMAGE = [
    "flip a byte in the content",
    "flip a byte in the wrapped key",
    "flip a byte in the size",
    "cut the last byte",
    "append a byte",
    "delete the file",
]


@pytest.mark.parametrize("how", BLOB_DAMAGE)
def test_damaged_attachment_blob_fails_check_naming_the_attachment_and_case(
    ws: Workspace, attached: Attached, cli, how: str
) -> None:
    path = _blob_path(ws, attached.content_hash)
    ws.lock()
    _damage(path, how)
    r = cli("check")
    _assert_clean_failure(r, attached.attachment_id, attached.case_number, "file", "damaged")
    assert "thumbnail" not in r.stderr


def test_damaged_thumbnail_fails_check_too(ws: Workspace, attached: Attached, cli) -> None:
    assert attached.thumbnail_hash
    path = _blob_path(ws, attached.thumbnail_hash)
    ws.lock()
    _damage(path, "flip a byte in the content")
    r = cli("check")
    _assert_clean_failure(r, attached.attachment_id, attached.case_number, "thumbnail", "damaged")


def test_swapping_two_blob_files_is_detected(ws: Workspace, attached: Attached, cli) -> None:
    assert attached.thumbnail_hash
    content, thumb = _blob_path(ws, attached.content_hash), _blob_path(ws, attached.thumbnail_hash)
    ws.lock()
    a, b = content.read_bytes(), thumb.read_bytes()
    content.write_bytes(b)
    thumb.write_bytes(a)
    r = cli("check")
    _assert_clean_failure(r, attached.attachment_id, "file", "thumbnail")
    assert r.stderr.count("PROBLEM") == 2


def test_sound_workspace_passes_check(ws: Workspace, attached: Attached, cli) -> None:
    ws.lock()
    r = cli("check", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["ok"] is True and doc["problems"] == []
    assert doc["blobs_checked"] == 2
    assert doc["audit_events"] >= 5


# ----- the audit chain --------------------------------------------------------------------------
def _sql(ws: Workspace, statement: str, *params: object) -> None:
    with ws.engine.begin() as conn:
        conn.exec_driver_sql(statement, params)


def _last_seq(ws: Workspace) -> int:
    return int(scalar(ws, "SELECT max(seq) FROM audit_events"))


def _problems(ws: Workspace) -> list[str]:
    report = check_workspace(ws)
    assert not report.ok
    return report.problems


def test_edited_audit_event_breaks_the_chain(ws: Workspace, attached: Attached, cli) -> None:
    _sql(ws, "UPDATE audit_events SET details = ? WHERE seq = 2", json.dumps({"fields": ["nothing to see"]}))
    assert any("event 2 was altered" in p for p in _problems(ws))
    r = cli("check")
    _assert_clean_failure(r, "audit chain", "event 2")


def test_edited_audit_actor_breaks_the_chain(ws: Workspace, attached: Attached, cli) -> None:
    _sql(ws, "UPDATE audit_events SET actor = 'somebody.else' WHERE seq = 3")
    assert any("event 3 was altered" in p for p in _problems(ws))
    _assert_clean_failure(cli("check"), "audit chain")


def test_audit_events_cut_off_the_end_are_detected(ws: Workspace, attached: Attached, cli) -> None:
    last = _last_seq(ws)
    assert last >= 5
    _sql(ws, "DELETE FROM audit_events WHERE seq > ?", last - 2)
    assert any("removed from the end" in p for p in _problems(ws))
    _assert_clean_failure(cli("check"), "audit chain", "removed from the end")


def test_audit_event_removed_from_the_middle_is_detected(ws: Workspace, attached: Attached, cli) -> None:
    _sql(ws, "DELETE FROM audit_events WHERE seq = 3")
    assert any("event 3 is missing" in p for p in _problems(ws))
    _assert_clean_failure(cli("check"), "audit chain", "event 3 is missing")


def test_edited_event_with_its_own_hash_recomputed_still_breaks_the_chain(
    ws: Workspace, attached: Attached, cli
) -> None:
    with ws.session() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.seq == 2))
        assert event is not None
        event.details = {"fields": ["rewritten"]}
        event.hash = event_hash(event)
    problems = _problems(ws)
    assert not any("event 2 was altered" in p for p in problems)  # its own hash is consistent now
    assert any("event 3 does not follow" in p for p in problems)
    _assert_clean_failure(cli("check"), "audit chain", "event 3")


def test_removed_chain_head_is_detected(ws: Workspace, attached: Attached, cli) -> None:
    _sql(ws, "DELETE FROM audit_head")
    assert any("head" in p for p in _problems(ws))
    _assert_clean_failure(cli("check"), "audit chain")


def test_reordered_audit_events_are_detected(ws: Workspace, attached: Attached, cli) -> None:
    _sql(ws, "UPDATE audit_events SET seq = -1 WHERE seq = 2")
    _sql(ws, "UPDATE audit_events SET seq = 2 WHERE seq = 3")
    _sql(ws, "UPDATE audit_events SET seq = 3 WHERE seq = -1")
    assert _problems(ws)
    _assert_clean_failure(cli("check"), "audit chain")
