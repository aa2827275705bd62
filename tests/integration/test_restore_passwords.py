"""After a restore, the other users of the laptop keep their passwords (issue 25).

A restore makes a new device; the other users' key slots were bound to the old device, and only
the restorer's password was known, so their slots wait in keyslots/before-restore/. The first time
one of them unlocks with their own password, their slot is opened under the binding it was made
with and sealed again for this device, as strong as before (same key derivation), and the old
one removed. Real workspaces, real SQLCipher files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import WrongPassword
from app.services.workspaces import create_workspace, restore_backup, restore_note
from app.store import keyslots
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.support.staff import STAFF_PASSWORD, add_staff

LEAD_PASSWORD = "lead's own long passphrase"
ANA = "ana.rojas"
BEN = "ben.okafor"


def _slot(path: Path) -> dict[str, object]:
    return dict(json.loads(path.read_text("utf-8")))


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    """A workspace with three users (lead, ana, ben) and a backup of it."""
    ws = create_workspace(tmp_path / "ws", "lead", LEAD_PASSWORD, kdf=TEST_KDF, role="team_lead")
    add_staff(ws, ANA, "interviewer")
    add_staff(ws, BEN, "interviewer", password="ben's different passphrase")
    ws.backup(tmp_path / "backup")
    ws.lock()
    return tmp_path / "backup"


def test_another_user_opens_the_restored_workspace_with_their_old_password(backup: Path, tmp_path: Path) -> None:
    before = _slot(backup / "keyslots" / f"user-{ANA}.json")
    restored = restore_backup(backup, tmp_path / "restored", "lead", LEAD_PASSWORD)
    new_device = restored.meta.device_id
    restored.lock()
    aside = tmp_path / "restored" / "keyslots" / "before-restore"
    assert (aside / f"user-{ANA}.json").is_file()
    assert restored.users() == sorted([ANA, BEN, "lead"])  # all three can pick their name on the unlock screen

    with pytest.raises(WrongPassword):  # the set-aside slot still needs ana's own password
        restored.unlock(LEAD_PASSWORD, ANA)
    assert (aside / f"user-{ANA}.json").is_file()

    restored.unlock(STAFF_PASSWORD, ANA)
    assert restored.username == ANA
    with restored.session() as s:  # the data key is the same: the database opens
        assert s.connection().exec_driver_sql("SELECT count(*) FROM users").scalar() == 3
    restored.lock()

    after = _slot(tmp_path / "restored" / "keyslots" / f"user-{ANA}.json")
    assert not (aside / f"user-{ANA}.json").exists()  # moved back, sealed for this device
    assert (aside / f"user-{BEN}.json").is_file()  # ben has not opened it yet
    assert after["device_id"] == new_device != before["device_id"]
    assert after["kdf"] == before["kdf"] and after["salt"] == before["salt"]  # as strong as before
    assert after["user_key"]["public"] == before["user_key"]["public"]  # type: ignore[index]  # her signing key
    # from now on it opens the ordinary way, and HQ's note still names who else uses the laptop
    again = Workspace(tmp_path / "restored")
    again.unlock(STAFF_PASSWORD, ANA)
    again.lock()
    note = restore_note(again)
    assert note is not None and note.others == [ANA, BEN]
    assert "own passwords" in note.sentence() and "user enroll" in note.sentence()
    # and ben, with his own (different) password
    again.unlock("ben's different passphrase", BEN)
    again.lock()
    assert not any(aside.iterdir())


def test_a_deactivated_or_reset_user_does_not_open_with_the_set_aside_slot(backup: Path, tmp_path: Path) -> None:
    restored = restore_backup(backup, tmp_path / "restored", "lead", LEAD_PASSWORD)
    from tests.support.staff import as_admin

    with as_admin(restored, LEAD_PASSWORD):  # an administrator (added now) takes ben's access away
        restored.remove_password(BEN)
        restored.set_password(ANA, "a brand new passphrase for ana", kdf=TEST_KDF)
    restored.lock()
    assert BEN not in restored.users()
    with pytest.raises(WrongPassword):
        restored.unlock("ben's different passphrase", BEN)
    with pytest.raises(WrongPassword):  # her old password no longer opens: the new slot replaced the old
        restored.unlock(STAFF_PASSWORD, ANA)
    restored.unlock("a brand new passphrase for ana", ANA)
    restored.lock()


def test_a_slot_from_a_device_the_restore_did_not_record_is_refused(backup: Path, tmp_path: Path) -> None:
    restored = restore_backup(backup, tmp_path / "restored", "lead", LEAD_PASSWORD)
    dek = restored._require_dek()  # noqa: SLF001 - to forge a slot as another copy of the workspace would hold it
    restored.lock()
    stranger = keyslots.SlotBinding(restored.meta.workspace_id, "some-other-device")
    planted = tmp_path / "restored" / "keyslots" / "before-restore" / "user-carla.json"
    keyslots.write_slot(planted, keyslots.make_password_slot(dek, "carla", STAFF_PASSWORD, stranger, TEST_KDF))
    with pytest.raises(WrongPassword):
        restored.unlock(STAFF_PASSWORD, "carla")
    # nor does ana's slot renamed to another user's name open as that user
    aside = tmp_path / "restored" / "keyslots" / "before-restore"
    (aside / f"user-{ANA}.json").replace(aside / "user-dora.json")
    with pytest.raises(WrongPassword):
        restored.unlock(STAFF_PASSWORD, "dora")


def test_a_backup_of_a_restored_workspace_keeps_the_set_aside_passwords(backup: Path, tmp_path: Path) -> None:
    first = restore_backup(backup, tmp_path / "first", "lead", LEAD_PASSWORD)
    first.backup(tmp_path / "second-backup")  # ana and ben have not opened the first restore yet
    first.lock()
    # restored again, this time by ana, whose slot in that backup is still the one set aside
    second = restore_backup(tmp_path / "second-backup", tmp_path / "second", ANA, STAFF_PASSWORD)
    assert second.username == ANA
    second.lock()
    assert sorted(p.name for p in (tmp_path / "second" / "keyslots" / "before-restore").iterdir()) == [
        f"user-{BEN}.json",
        "user-lead.json",
    ]
    second.unlock("ben's different passphrase", BEN)  # bound to the device before the first restore
    second.lock()
    second.unlock(LEAD_PASSWORD, "lead")  # bound to the first restore's device
    second.lock()


def test_a_set_aside_user_changes_their_password_and_a_leftover_old_slot_is_cleared(
    backup: Path, tmp_path: Path
) -> None:
    restored = restore_backup(backup, tmp_path / "restored", "lead", LEAD_PASSWORD)
    restored.lock()
    aside = tmp_path / "restored" / "keyslots" / "before-restore"
    old_ben = (aside / f"user-{BEN}.json").read_bytes()
    # `circuitride passwd --user ben.okafor`: his old password, then a new one
    restored.change_password(BEN, "ben's different passphrase", "ben's brand new passphrase")
    assert not (aside / f"user-{BEN}.json").exists()
    with pytest.raises(WrongPassword):
        restored.unlock("ben's different passphrase", BEN)
    restored.unlock("ben's brand new passphrase", BEN)
    restored.lock()
    # a rebind cut short after the new slot was written leaves the old one: the next unlock clears it
    (aside / f"user-{BEN}.json").write_bytes(old_ben)
    restored.unlock("ben's brand new passphrase", BEN)
    restored.lock()
    assert not (aside / f"user-{BEN}.json").exists()
