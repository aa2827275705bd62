"""Key slots: a password or HQ's recovery key opens the data key; nothing else does.

A slot's header (user, KDF parameters, salt, workspace and device ids) is bound into the AES-GCM
associated data, so editing any of it — to move a slot to another user or workspace, or to weaken
its KDF — makes the slot fail to open instead of opening with weaker protection.
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import CircuitRideError, InvalidInput, WeakPassword, WrongPassword
from app.store import keyslots
from app.store.keyslots import (
    TEST_KDF,
    KdfParams,
    SlotBinding,
    check_password_strength,
    generate_recovery_keypair,
    load_recovery_private_key,
    load_recovery_public_key,
    make_password_slot,
    make_recovery_slot,
    new_dek,
    open_password_slot,
    open_recovery_slot,
    read_slot,
    subkey,
    write_slot,
)

BINDING = SlotBinding("01a21300-0000-7000-8000-000000000001", "01a21300-0000-7000-8000-000000000002")
OTHER_WORKSPACE = SlotBinding("01a21300-0000-7000-8000-00000000000f", BINDING.device_id)
OTHER_DEVICE = SlotBinding(BINDING.workspace_id, "01a21300-0000-7000-8000-00000000000e")
PASSWORD = "correct horse battery staple"
# Slightly stronger than TEST_KDF, so that "weakening" it to TEST_KDF is a real change.
SLOT_KDF = KdfParams(iterations=2, memory_kib=128, lanes=1)


@pytest.fixture
def dek() -> bytes:
    return new_dek()


@pytest.fixture
def slot(dek: bytes) -> dict[str, Any]:
    return make_password_slot(dek, "ana.rojas", PASSWORD, BINDING, SLOT_KDF)


# ----- password slots ---------------------------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(password=st.text(min_size=1, max_size=64), username=st.from_regex(r"\A[a-z0-9][a-z0-9._-]{0,20}\Z"))
def test_any_password_round_trips_the_data_key(password: str, username: str) -> None:
    dek = new_dek()
    slot = make_password_slot(dek, username, password, BINDING, TEST_KDF)
    assert open_password_slot(slot, password, BINDING) == dek


@settings(max_examples=25, deadline=None)
@given(password=st.text(min_size=1, max_size=40), other=st.text(min_size=1, max_size=40))
def test_any_other_password_is_refused(password: str, other: str) -> None:
    if password == other:
        return
    slot = make_password_slot(new_dek(), "lead", password, BINDING, TEST_KDF)
    with pytest.raises(WrongPassword):
        open_password_slot(slot, other, BINDING)


def test_slot_file_holds_neither_the_key_nor_the_password(tmp_path: Path, dek: bytes, slot: dict[str, Any]) -> None:
    path = tmp_path / "keyslots" / "user-ana.rojas.json"
    write_slot(path, slot)
    raw = path.read_bytes()
    assert dek not in raw and dek.hex().encode() not in raw and base64.b64encode(dek) not in raw
    assert PASSWORD.encode() not in raw
    assert path.stat().st_mode & 0o077 == 0
    assert read_slot(path) == slot
    assert open_password_slot(read_slot(path), PASSWORD, BINDING) == dek


def test_two_slots_for_the_same_key_and_password_differ(dek: bytes) -> None:
    a = make_password_slot(dek, "lead", PASSWORD, BINDING, TEST_KDF)
    b = make_password_slot(dek, "lead", PASSWORD, BINDING, TEST_KDF)
    assert a["salt"] != b["salt"] and a["nonce"] != b["nonce"] and a["wrapped"] != b["wrapped"]


def _tampered(slot: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(slot)
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return out


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (("user",), "somebody.else"),
        (("kind",), "recovery"),
        (("kdf", "iterations"), TEST_KDF.iterations),  # weakened
        (("kdf", "memory_kib"), TEST_KDF.memory_kib),  # weakened
        (("kdf", "lanes"), 2),
        (("kdf", "alg"), "argon2i"),
        (("salt",), base64.b64encode(b"\x00" * 16).decode()),
        (("version",), 1),  # unchanged value: control, must still open
    ],
    ids=["user", "kind", "iterations", "memory", "lanes", "alg", "salt", "control"],
)
def test_edited_slot_header_does_not_open(slot: dict[str, Any], dek: bytes, field: tuple[str, ...], value: Any) -> None:
    edited = _tampered(slot, field, value)
    if field == ("version",):
        assert open_password_slot(edited, PASSWORD, BINDING) == dek
        return
    with pytest.raises(WrongPassword):
        open_password_slot(edited, PASSWORD, BINDING)


def test_slot_moved_to_another_workspace_or_device_does_not_open(slot: dict[str, Any]) -> None:
    with pytest.raises(WrongPassword):
        open_password_slot(slot, PASSWORD, OTHER_WORKSPACE)
    with pytest.raises(WrongPassword):
        open_password_slot(slot, PASSWORD, OTHER_DEVICE)
    # Rewriting the ids in the slot to match the other workspace breaks the authentication.
    moved = _tampered(slot, ("workspace_id",), OTHER_WORKSPACE.workspace_id)
    with pytest.raises(WrongPassword):
        open_password_slot(moved, PASSWORD, OTHER_WORKSPACE)
    moved = _tampered(slot, ("device_id",), OTHER_DEVICE.device_id)
    with pytest.raises(WrongPassword):
        open_password_slot(moved, PASSWORD, OTHER_DEVICE)


@pytest.mark.parametrize("field", ["nonce", "wrapped"])
def test_flipped_bit_in_the_wrapped_key_does_not_open(slot: dict[str, Any], field: str) -> None:
    raw = bytearray(base64.b64decode(slot[field]))
    raw[len(raw) // 2] ^= 0x01
    with pytest.raises(WrongPassword):
        open_password_slot(_tampered(slot, (field,), base64.b64encode(bytes(raw)).decode()), PASSWORD, BINDING)


@pytest.mark.parametrize(
    ("field", "value"),
    [(("salt",), "not base64!"), (("kdf",), "argon2id"), (("kdf", "iterations"), "three"), (("nonce",), None)],
    ids=["salt", "kdf", "iterations", "nonce"],
)
def test_damaged_slot_is_reported_as_damaged_not_as_a_crash(
    slot: dict[str, Any], field: tuple[str, ...], value: Any
) -> None:
    with pytest.raises(InvalidInput, match="damaged"):
        open_password_slot(_tampered(slot, field, value), PASSWORD, BINDING)


def test_unreadable_or_unknown_slot_files_are_refused(tmp_path: Path, slot: dict[str, Any]) -> None:
    path = tmp_path / "user-x.json"
    path.write_text("{", "utf-8")
    with pytest.raises(InvalidInput):
        read_slot(path)
    path.write_text(json.dumps({**slot, "version": 2}), "utf-8")
    with pytest.raises(InvalidInput, match="unknown format"):
        read_slot(path)
    with pytest.raises(InvalidInput):
        read_slot(tmp_path / "missing.json")


# ----- recovery slots ---------------------------------------------------------------------------
@pytest.mark.parametrize("passphrase", [None, "hq vault passphrase 2026"])
def test_recovery_slot_round_trips_with_hq_private_key(dek: bytes, passphrase: str | None) -> None:
    private_pem, public_pem = generate_recovery_keypair(passphrase)
    if passphrase:
        assert b"ENCRYPTED" in private_pem
    slot = make_recovery_slot(dek, load_recovery_public_key(public_pem), BINDING)
    private = load_recovery_private_key(private_pem, passphrase)
    assert open_recovery_slot(slot, private, BINDING) == dek
    assert json.dumps(slot).find(dek.hex()) == -1


def test_recovery_slot_refuses_another_hq_key(dek: bytes) -> None:
    _, public_pem = generate_recovery_keypair()
    other_private, _ = generate_recovery_keypair()
    slot = make_recovery_slot(dek, load_recovery_public_key(public_pem), BINDING)
    with pytest.raises(WrongPassword):
        open_recovery_slot(slot, load_recovery_private_key(other_private), BINDING)


def test_recovery_slot_is_bound_to_its_workspace_and_device(dek: bytes) -> None:
    private_pem, public_pem = generate_recovery_keypair()
    private = load_recovery_private_key(private_pem)
    slot = make_recovery_slot(dek, load_recovery_public_key(public_pem), BINDING)
    for other in (OTHER_WORKSPACE, OTHER_DEVICE):
        with pytest.raises(WrongPassword):
            open_recovery_slot(slot, private, other)
    moved = _tampered(slot, ("workspace_id",), OTHER_WORKSPACE.workspace_id)
    with pytest.raises(WrongPassword):
        open_recovery_slot(moved, private, OTHER_WORKSPACE)


def test_recovery_private_key_with_wrong_passphrase_is_a_wrong_password() -> None:
    private_pem, _ = generate_recovery_keypair("the right passphrase")
    with pytest.raises(WrongPassword):
        load_recovery_private_key(private_pem, "the wrong passphrase")
    with pytest.raises(WrongPassword):
        load_recovery_private_key(private_pem, None)
    with pytest.raises(WrongPassword):
        load_recovery_private_key(b"-----BEGIN PRIVATE KEY-----\nnonsense\n-----END PRIVATE KEY-----\n")


def test_recovery_public_key_must_be_an_x25519_pem() -> None:
    with pytest.raises(InvalidInput):
        load_recovery_public_key(b"not a pem")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    ed_pub = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(InvalidInput, match="X25519"):
        load_recovery_public_key(ed_pub)


@pytest.mark.parametrize(
    "ephemeral",
    [
        base64.b64encode(b"\x01" * 31).decode(),  # wrong length
        base64.b64encode(b"\x00" * 32).decode(),  # the all-zero (low-order) point
        "%%%",  # not base64
    ],
    ids=["short", "low-order", "not-base64"],
)
def test_damaged_recovery_slot_is_reported_not_crashed_on(dek: bytes, ephemeral: str) -> None:
    private_pem, public_pem = generate_recovery_keypair()
    slot = make_recovery_slot(dek, load_recovery_public_key(public_pem), BINDING)
    with pytest.raises(CircuitRideError):
        open_recovery_slot(
            _tampered(slot, ("ephemeral_public",), ephemeral), load_recovery_private_key(private_pem), BINDING
        )


# ----- passwords and subkeys --------------------------------------------------------------------
@pytest.mark.parametrize(
    "weak", ["short", "elevenchars", "passwordpassword", "PasswordPassword", "aaaaaaaaaaaaaaaa", "abababababab"]
)
def test_weak_passwords_are_refused(weak: str) -> None:
    with pytest.raises(WeakPassword):
        check_password_strength(weak)


@pytest.mark.parametrize("good", [PASSWORD, "tres tristes tigres", "Ольга любит чай", "12 chars ok!"])
def test_passphrases_are_accepted(good: str) -> None:
    check_password_strength(good)


def test_subkeys_are_distinct_per_use_and_stable(dek: bytes) -> None:
    vault = subkey(dek, keyslots.SUBKEY_INFO_VAULT)
    assert vault == subkey(dek, keyslots.SUBKEY_INFO_VAULT)
    assert vault != subkey(dek, b"another use") and vault != dek
    assert len(vault) == 32
    assert subkey(new_dek(), keyslots.SUBKEY_INFO_VAULT) != vault


def test_calibrated_kdf_is_never_below_the_floor() -> None:
    params = keyslots.calibrate_kdf(budget_seconds=0.0)
    assert params == keyslots.FLOOR_KDF
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3
