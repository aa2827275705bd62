"""A workspace restored from a backup is a new device (issue 25), with a real HQ on 127.0.0.1.

A backup is a copy of a laptop at one moment: its device id, its keys, its outbox and its push
counters. The laptop it came from went on (and pushed more) after the backup was made. Restored as
the same device, the copy numbers its next change with a device sequence number HQ has already
taken from the original, and HQ skips it as a duplicate while acknowledging it: the change is lost
without a word. So a restored workspace gets a fresh device identity, keeps its data, is not
enrolled, and offers HQ again every change HQ had not acknowledged when the backup was made.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import UsageError
from app.models import Case
from app.services.cases import set_case_fields
from app.services.conflicts import list_conflicts
from app.services.manifest import import_manifest
from app.services.workspaces import RestoredAsNewDevice, restore_backup, restore_note
from app.store.workspace import Workspace
from app.sync.engine import PULL_CURSOR, PUSH_CURSOR, cursor, enroll, enrollment, sync, sync_state
from tests.integration.conftest import scalar
from tests.support.hq import PASSWORD, HQServer, enroll_user_at_hq, enrolled, running_hq
from tests.support.staff import ADMIN, STAFF_PASSWORD, as_admin

from .test_sync import manifest


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def priorities(ws: Workspace) -> dict[str, str]:
    with ws.session() as s:
        return {c.case_number: c.priority for c in s.scalars(select(Case))}


def restore_and_enroll(hq: HQServer, backup: Path, dest: Path, name: str) -> Workspace:
    """What field IT does with a replacement laptop: restore (as the laptop's administrator), enroll
    with a new code from HQ; the team lead opens it with their own password as before and enrolls
    their key at HQ again."""
    ws = restore_backup(backup, dest, ADMIN, STAFF_PASSWORD)
    assert enrollment(ws) is None
    with pytest.raises(UsageError, match="new enrollment code"):
        sync(ws)
    enroll(ws, hq.code(name))
    ws.lock()
    ws.unlock(PASSWORD, "lead")  # the lead's slot, set aside by the restore, opens and is sealed for this device
    enroll_user_at_hq(hq, ws, "team_lead")
    return ws


def test_a_restored_laptop_is_a_new_device_and_its_changes_reach_hq(hq: HQServer, tmp_path: Path) -> None:
    lost = enrolled(hq, tmp_path / "lost", "lost-laptop")
    import_manifest(lost, manifest())
    sync(lost)
    set_case_fields(lost, "LIM-000100", {"priority": "P-1"})  # in the backup, not yet at HQ
    backup = lost.backup(tmp_path / "backup")
    old_device = lost.meta.device_id
    set_case_fields(lost, "LIM-000101", {"priority": "P-3"})  # after the backup
    sync(lost)  # HQ now holds more of this device's changes than the backup knows of
    lost.lock()
    hq.hub.revoke_device("lost-laptop")  # the laptop was lost

    restored = restore_and_enroll(hq, backup, tmp_path / "restored", "replacement")
    assert restored.meta.device_id != old_device
    # the data came back, up to the moment of the backup
    assert priorities(restored) == {"LIM-000100": "P-1", "LIM-000101": "P-2", "LIM-000102": "P-2"}
    first = sync(restored)  # the first sync after enrolling: the re-offered change, and HQ's whole scope
    assert first.pushed == 1 and first.conflicts == 0 and first.rejected == []
    assert priorities(restored) == {"LIM-000100": "P-1", "LIM-000101": "P-3", "LIM-000102": "P-2"}
    set_case_fields(restored, "LIM-000102", {"priority": "P-1"})  # work on the new laptop
    report = sync(restored)
    assert report.pushed == 1 and report.conflicts == 0 and report.rejected == []
    assert sync_state(restored).pending_changes == 0

    observer = enrolled(hq, tmp_path / "observer", "observer-laptop")
    sync(observer)
    # the new change arrived (restored as the old device, HQ took it for one it had and dropped it),
    # the lost laptop's change after the backup was not undone, the re-offered one changed nothing
    assert priorities(observer) == {"LIM-000100": "P-1", "LIM-000101": "P-3", "LIM-000102": "P-1"}
    assert list_conflicts(observer) == [] and list_conflicts(restored) == []
    assert priorities(restored) == priorities(observer)


def test_a_re_offered_change_the_lost_laptop_changed_again_does_not_undo_it(hq: HQServer, tmp_path: Path) -> None:
    """The backup's unacknowledged P-1, changed again to P-3 by the laptop after the backup: the
    re-offered P-1 comes from another device now, so HQ sees two edits of one field, keeps the newer
    (P-3) everywhere and asks a team lead to confirm; the older value never wins."""
    lost = enrolled(hq, tmp_path / "lost", "lost-laptop")
    import_manifest(lost, manifest())
    sync(lost)
    set_case_fields(lost, "LIM-000100", {"priority": "P-1"})
    backup = lost.backup(tmp_path / "backup")
    set_case_fields(lost, "LIM-000100", {"priority": "P-3"})
    sync(lost)
    lost.lock()

    restored = restore_and_enroll(hq, backup, tmp_path / "restored", "replacement")
    sync(restored)
    observer = enrolled(hq, tmp_path / "observer", "observer-laptop")
    sync(observer)
    assert priorities(observer)["LIM-000100"] == "P-3" and priorities(restored)["LIM-000100"] == "P-3"
    (conflict,) = list_conflicts(observer)
    assert conflict.current == "P-3" and sorted(c["value"] for c in conflict.candidates) == ["P-1", "P-3"]


def test_changes_only_the_backup_holds_reach_hq_from_the_restored_laptop(hq: HQServer, tmp_path: Path) -> None:
    lost = enrolled(hq, tmp_path / "lost", "lost-laptop")
    import_manifest(lost, manifest())
    sync(lost)
    set_case_fields(lost, "LIM-000102", {"priority": "P-3"})  # never synced: the laptop was lost first
    backup = lost.backup(tmp_path / "backup")
    lost.lock()

    restored = restore_and_enroll(hq, backup, tmp_path / "restored", "replacement")
    with restored.session() as s:
        assert cursor(s, PULL_CURSOR) == 0  # a new device pulls its whole scope
        assert cursor(s, PUSH_CURSOR) > 0  # what HQ acknowledged before the backup is not sent again
    assert sync_state(restored).pending_changes == 1
    sync(restored)
    observer = enrolled(hq, tmp_path / "observer", "observer-laptop")
    sync(observer)
    assert priorities(observer)["LIM-000102"] == "P-3"


def test_restore_says_what_to_do_and_who_else_uses_the_laptop(tmp_path: Path) -> None:
    from app.services.workspaces import create_workspace
    from app.store.keyslots import TEST_KDF
    from app.wire.crypto import generate_recovery_keypair
    from tests.support.staff import add_staff

    private_pem, public_pem = generate_recovery_keypair(None)
    ws = create_workspace(
        tmp_path / "ws", "lead", PASSWORD, kdf=TEST_KDF, role="team_lead", recovery_public_key=public_pem
    )
    with as_admin(ws, PASSWORD):
        pass
    add_staff(ws, "ana.rojas", "interviewer")
    ws.backup(tmp_path / "backup")
    ws.lock()
    restored = restore_backup(tmp_path / "backup", tmp_path / "restored", "lead", PASSWORD)
    note = restore_note(restored)
    assert isinstance(note, RestoredAsNewDevice)
    assert note.others == ["ana.rojas", ADMIN]
    text = note.sentence()
    assert "enrollment code" in text and "circuitride sync enroll" in text
    assert ADMIN in text and "ana.rojas" in text
    assert scalar(restored, "SELECT count(*) FROM audit_events WHERE action = 'restored_as_new_device'") == 1
    # the restorer's own password opens the new device; the others' slots wait aside, bound to the old one
    restored.lock()
    restored.unlock(PASSWORD, "lead")
    assert restored.users() == sorted(["ana.rojas", ADMIN, "lead"])
    restored.lock()
    restored.unlock_with_recovery(private_pem)  # HQ's recovery slot was sealed again for the new device
    assert restored.is_unlocked
    restored.lock()
    assert sorted(p.name for p in (tmp_path / "restored" / "keyslots" / "before-restore").iterdir()) == [
        "user-ana.rojas.json",
        f"user-{ADMIN}.json",
    ]
