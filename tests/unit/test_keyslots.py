"""Key slots: a password or HQ's recovery key opens the data key; nothing else does.

A slot's header (user, KDF parameters, salt, workspace and device ids) is bound into the AES-GCM
associated data, so editing any of it — to move a slot to another user or workspace, or to weaken
its KDF — makes the slot fail to open instead of opening with weaker protection.
"""

from __future__ import annotations

import base64
import copy
import errno
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import CircuitRideError, InvalidInput, WeakPassword, WrongPassword
from app.store import keyslots
from app.store.keyslots import (
    TEST_KDF,
    KdfParams,
    SlotBinding,
    check_password_strength,
    make_password_slot,
    make_recovery_slot,
    new_dek,
    open_password_slot,
    open_recovery_slot,
    read_slot,
    subkey,
    write_slot,
)
from app.wire.crypto import generate_recovery_keypair, load_recovery_private_key, load_recovery_public_key

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
    if keyslots.normalise_password(password) == keyslots.normalise_password(other):
        return  # the same password typed another way (see the NFC tests below)
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


# ----- Unicode normalisation (issue 19, point 17) -------------------------------------------------
COMPOSED = "caf\u00e9 r\u00e9sum\u00e9 na\u00efve"  # "é" and "ï" as one code point each
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)  # "e" + U+0301, as other keyboards type it
# Neither NFC nor NFD: one accent composed, the others combining (a paste from a mixed source).
MIXED = "caf\u00e9 re\u0301sume\u0301 nai\u0308ve"


def _legacy_slot(dek: bytes, password: str, params: KdfParams = TEST_KDF) -> dict[str, Any]:
    """A slot as they were made before passwords were normalised: Argon2id over the text as typed."""
    salt = bytes(range(keyslots.SALT_BYTES))
    header = {
        "version": keyslots.SLOT_VERSION,
        "kind": "password",
        "user": "lead",
        "kdf": {"alg": "argon2id", "iterations": params.iterations, "memory_kib": params.memory_kib, "lanes": 1},
        "salt": base64.b64encode(salt).decode(),
        "workspace_id": BINDING.workspace_id,
        "device_id": BINDING.device_id,
    }
    nonce = bytes(12)
    wrapped = AESGCM(params.derive(password, salt)).encrypt(nonce, dek, keyslots._aad(header))
    return {**header, "nonce": base64.b64encode(nonce).decode(), "wrapped": base64.b64encode(wrapped).decode()}


def _opens_with_nfc_alone(slot: dict[str, Any], password: str, dek: bytes) -> bool:
    header = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped")}
    params = KdfParams(**{k: v for k, v in slot["kdf"].items() if k != "alg"})
    kek = params.derive(unicodedata.normalize("NFC", password), base64.b64decode(slot["salt"]))
    try:
        return (
            AESGCM(kek).decrypt(
                base64.b64decode(slot["nonce"]), base64.b64decode(slot["wrapped"]), keyslots._aad(header)
            )
            == dek
        )
    except InvalidTag:
        return False


@pytest.mark.parametrize(("set_as", "typed_as"), [(DECOMPOSED, COMPOSED), (COMPOSED, DECOMPOSED), (MIXED, COMPOSED)])
def test_password_opens_however_its_accents_are_typed(dek: bytes, set_as: str, typed_as: str) -> None:
    slot = make_password_slot(dek, "lead", set_as, BINDING, TEST_KDF)
    assert _opens_with_nfc_alone(slot, set_as, dek)
    assert open_password_slot(slot, typed_as, BINDING) == dek


def test_password_strength_counts_characters_not_combining_marks() -> None:
    eleven = "caf\u00e9 \u00e9t\u00e9 ok"  # 11 characters, 14 code points once decomposed
    assert len(unicodedata.normalize("NFD", eleven)) >= keyslots.MIN_PASSWORD_CHARS
    with pytest.raises(WeakPassword):
        check_password_strength(unicodedata.normalize("NFD", eleven))


@pytest.mark.parametrize(("made_with", "typed_as"), [(DECOMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED), (MIXED, MIXED)])
def test_slot_made_before_normalisation_opens_and_is_rewrapped_under_nfc(
    tmp_path: Path, dek: bytes, made_with: str, typed_as: str
) -> None:
    path = tmp_path / "keyslots" / "user-lead.json"
    write_slot(path, _legacy_slot(dek, made_with))
    assert not _opens_with_nfc_alone(read_slot(path), made_with, dek)

    assert open_password_slot(read_slot(path), typed_as, BINDING) == dek

    upgraded = read_slot(path)
    assert _opens_with_nfc_alone(upgraded, made_with, dek)
    assert upgraded["kdf"] == _legacy_slot(dek, made_with)["kdf"]  # same strength, same user and binding
    assert (upgraded["user"], upgraded["workspace_id"]) == ("lead", BINDING.workspace_id)
    for form in (COMPOSED, DECOMPOSED):
        assert open_password_slot(read_slot(path), form, BINDING) == dek


def test_legacy_slot_opens_on_a_full_disk_and_is_rewrapped_at_the_next_unlock(
    tmp_path: Path, dek: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keyslots" / "user-lead.json"
    write_slot(path, _legacy_slot(dek, DECOMPOSED))
    before = path.read_bytes()
    with pytest.raises(WrongPassword):  # a wrong password neither opens nor touches the slot
        open_password_slot(read_slot(path), "caf\u00e9 r\u00e9sum\u00e9 naive", BINDING)
    assert path.read_bytes() == before

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(keyslots, "atomic_write", disk_full)
        assert open_password_slot(read_slot(path), DECOMPOSED, BINDING) == dek
    assert path.read_bytes() == before

    assert open_password_slot(read_slot(path), DECOMPOSED, BINDING) == dek
    assert _opens_with_nfc_alone(read_slot(path), COMPOSED, dek)


def test_recovery_key_passphrase_opens_however_its_accents_are_typed() -> None:
    private_pem, _ = generate_recovery_keypair(DECOMPOSED)
    assert load_recovery_private_key(private_pem, COMPOSED) is not None
    legacy_pem = X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(MIXED.encode("utf-8")),
    )
    assert load_recovery_private_key(legacy_pem, MIXED) is not None


def test_a_rebound_slot_opens_only_under_its_new_binding_and_is_as_strong(dek: bytes) -> None:
    old, new = SlotBinding("ws-1", "device-old"), SlotBinding("ws-1", "device-new")
    user_key = keyslots.new_user_key()
    slot = make_password_slot(dek, "ana.rojas", PASSWORD, old, TEST_KDF, user_key)
    opened = keyslots.open_password_slot_keys(slot, PASSWORD, old)
    rebound = keyslots.rebind(opened, new, PASSWORD, opened.user_key)
    again = keyslots.open_password_slot_keys(rebound, PASSWORD, new)
    assert again.dek == dek and again.user_key == user_key
    assert (rebound["kdf"], rebound["salt"], rebound["user"]) == (slot["kdf"], slot["salt"], slot["user"])
    with pytest.raises(WrongPassword):
        keyslots.open_password_slot_keys(rebound, PASSWORD, old)
    with pytest.raises(WrongPassword):
        keyslots.open_password_slot_keys(rebound, "another long passphrase", new)
