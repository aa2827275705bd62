"""Key slots: the only place where passwords and recovery keys turn into the data key.

The workspace has one random 32-byte data-encryption key (DEK). It never touches disk in the clear.
Each user has a *password slot*: Argon2id(password, salt, params) -> key-encryption key ->
AES-256-GCM over the DEK. The associated data binds the slot version, kind, user, KDF parameters,
salt, device id and workspace id, so a slot cannot be moved to another user, workspace or device,
nor its parameters weakened, without failing authentication. An optional *recovery slot* wraps
the DEK to HQ's X25519 public key (ephemeral ECDH + HKDF-SHA256 + AES-256-GCM), so HQ can reopen a
workspace whose every password is lost. Changing a password rewrites only that user's slot file.

Passwords are normalised to Unicode NFC before Argon2id: "é" arrives as one code point from one
keyboard and as "e" + a combining accent from another, and both must open the same slot. Slots
made before that rule hold the password as it was typed, so opening also tries the typed form
and the decomposed one (NFD, what some systems type); a slot that opens only that way is
rewrapped under the NFC form at once, atomically like every slot write.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import InvalidInput, WeakPassword, WrongPassword
from app.util.files import atomic_write
from app.wire.crypto import (
    SALT_BYTES,
    b64,
    normalise_password,
    password_forms,
    raw_public,
    unb64,
)

log = logging.getLogger(__name__)

SLOT_VERSION = 1
DEK_BYTES = 32
MIN_PASSWORD_CHARS = 12
# Argon2id time budget for one unlock on this laptop, measured at workspace creation.
UNLOCK_BUDGET_SECONDS = 0.5
RECOVERY_INFO = b"circuitride recovery slot v1"
SUBKEY_INFO_VAULT = b"circuitride blob vault v1"

# Passwords that pass the length rule but are guessed first by any cracker.
_BLOCKLIST = frozenset(
    {
        "passwordpassword",
        "password1234",
        "123456789012",
        "qwertyuiopas",
        "circuitride123",
        "circuitride2026",
        "changemechangeme",
        "letmeinletmein",
        "administrator",
        "iloveyou1234",
    }
)


@dataclass(frozen=True, slots=True)
class KdfParams:
    iterations: int
    memory_kib: int
    lanes: int

    def derive(self, password: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(password.encode("utf-8"))


# Architecture §4: default t=3, m=256 MiB, p=4; floor t=3, m=64 MiB on small laptops.
DEFAULT_KDF = KdfParams(iterations=3, memory_kib=256 * 1024, lanes=4)
FLOOR_KDF = KdfParams(iterations=3, memory_kib=64 * 1024, lanes=4)
# For the test suite only: tests pass this explicitly to Workspace.create(). No environment
# variable or option selects it, so no user can end up with it by accident.
TEST_KDF = KdfParams(iterations=1, memory_kib=64, lanes=1)


def calibrate_kdf(budget_seconds: float = UNLOCK_BUDGET_SECONDS) -> KdfParams:
    """The strongest of 256 / 128 / 64 MiB whose derivation fits the unlock budget here.

    Argon2id time grows about linearly with memory, so one measurement at the floor predicts the
    rest; the floor itself is used however slow the machine is.
    """
    start = time.perf_counter()
    FLOOR_KDF.derive("calibration-only", os.urandom(SALT_BYTES))
    floor_seconds = time.perf_counter() - start
    for factor in (4, 2):
        if floor_seconds * factor <= budget_seconds:
            return KdfParams(FLOOR_KDF.iterations, FLOOR_KDF.memory_kib * factor, FLOOR_KDF.lanes)
    return FLOOR_KDF


def check_password_strength(password: str) -> None:
    password = normalise_password(password)
    if len(password) < MIN_PASSWORD_CHARS:
        raise WeakPassword(
            "The password is too short: use at least {min_chars} characters. "
            "A passphrase of three or four unrelated words is easy to remember and strong.",
            min_chars=MIN_PASSWORD_CHARS,
        )
    if password.casefold() in _BLOCKLIST or len(set(password)) < 4:
        raise WeakPassword("That password is too easy to guess. Choose a passphrase of unrelated words.")


def _aad(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True, slots=True)
class SlotBinding:
    """What a slot is bound to: the workspace and device it belongs to."""

    workspace_id: str
    device_id: str


def new_dek() -> bytes:
    return os.urandom(DEK_BYTES)


def subkey(dek: bytes, info: bytes) -> bytes:
    """Independent keys for each use of the DEK (vault, MACs), so no key serves two purposes."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(dek)


def make_password_slot(
    dek: bytes,
    username: str,
    password: str,
    binding: SlotBinding,
    params: KdfParams,
    user_key: bytes | None = None,
) -> dict[str, Any]:
    salt = os.urandom(SALT_BYTES)
    header = {
        "version": SLOT_VERSION,
        "kind": "password",
        "user": username,
        "kdf": {"alg": "argon2id", **asdict(params)},
        "salt": b64(salt),
        "workspace_id": binding.workspace_id,
        "device_id": binding.device_id,
    }
    kek = params.derive(normalise_password(password), salt)
    return _seal(header, kek, dek, user_key)


def _seal(header: dict[str, Any], kek: bytes, dek: bytes, user_key: bytes | None) -> dict[str, Any]:
    """The slot: the DEK wrapped under `kek`, and the user's signing key with it if given. The
    wrapped user key is part of the header, so the DEK's associated data binds it to the slot."""
    header = {k: v for k, v in header.items() if k not in ("nonce", "wrapped", USER_KEY_FIELD)}
    if user_key is not None:
        header[USER_KEY_FIELD] = _wrap_user_key(kek, header, user_key)
    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, dek, _aad(header))
    return {**header, "nonce": b64(nonce), "wrapped": b64(wrapped)}


# ----- the user's signing key ------------------------------------------------------------------
# Every password slot also holds its user's Ed25519 signing key (app/services/authorship.py signs the
# user's changes with it; HQ knows the public half once the user has enrolled). It is wrapped with
# the same password-derived key as the DEK, so another user of the laptop, who can read the whole
# database, cannot sign as this user. Its associated data binds it to the slot's user, workspace,
# device and salt; slots made before it existed get one at the next unlock with the password.
USER_KEY_FIELD = "user_key"
USER_KEY_PURPOSE = "circuitride user signing key v1"


def _user_key_aad(header: dict[str, Any], public: str) -> bytes:
    base = {k: v for k, v in header.items() if k not in ("nonce", "wrapped", USER_KEY_FIELD)}
    return _aad({**base, "purpose": USER_KEY_PURPOSE, "public": public})


def _wrap_user_key(kek: bytes, header: dict[str, Any], user_key: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public = b64(Ed25519PrivateKey.from_private_bytes(user_key).public_key().public_bytes_raw())
    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, user_key, _user_key_aad(header, public))
    return {"public": public, "nonce": b64(nonce), "wrapped": b64(wrapped)}


def _unwrap_user_key(kek: bytes, header: dict[str, Any]) -> bytes | None:
    found = header.get(USER_KEY_FIELD)
    if found is None:
        return None
    try:
        public = str(found["public"])
        return AESGCM(kek).decrypt(unb64(found["nonce"]), unb64(found["wrapped"]), _user_key_aad(header, public))
    except (KeyError, ValueError, TypeError, InvalidTag) as exc:
        raise InvalidInput("A key slot file is damaged. Restore the workspace from a backup.") from exc


def new_user_key() -> bytes:
    """A fresh Ed25519 signing key for a user (raw 32 bytes)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate().private_bytes_raw()


@dataclass(frozen=True)
class OpenedSlot:
    """What a password opened: the DEK, the user's signing key (None in a slot made before user
    keys), and what `with_user_key` needs to give such a slot a key without deriving again."""

    dek: bytes
    user_key: bytes | None
    header: dict[str, Any]
    kek: bytes | None  # None when the slot was just rewritten under the normalised password


def with_user_key(opened: OpenedSlot, user_key: bytes, password: str, binding: SlotBinding) -> dict[str, Any]:
    """The opened slot again, same password and KDF, now holding `user_key` (write it with write_slot).
    No second key derivation unless the slot was just rewritten under the normalised password."""
    if opened.kek is not None:
        return _seal(opened.header, opened.kek, opened.dek, user_key)
    kdf = opened.header["kdf"]
    params = KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
    return make_password_slot(opened.dek, str(opened.header["user"]), password, binding, params, user_key)


def rebind(opened: OpenedSlot, binding: SlotBinding, password: str, user_key: bytes | None) -> dict[str, Any]:
    """The opened slot sealed again for another workspace binding (a set-aside slot of a restored
    workspace, app/store/workspace.py): same password, same KDF parameters and salt, so it is as
    strong as it was, and no second key derivation unless the slot was just rewritten under the
    normalised password."""
    header = {**opened.header, "workspace_id": binding.workspace_id, "device_id": binding.device_id}
    if opened.kek is not None:
        return _seal(header, opened.kek, opened.dek, user_key)
    kdf = opened.header["kdf"]
    params = KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
    return make_password_slot(opened.dek, str(opened.header["user"]), password, binding, params, user_key)


def _split(slot: dict[str, Any]) -> tuple[dict[str, Any], bytes, bytes]:
    try:
        header = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped")}
        return header, unb64(slot["nonce"]), unb64(slot["wrapped"])
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidInput("A key slot file is damaged. Restore the workspace from a backup.") from exc


def open_password_slot(slot: dict[str, Any], password: str, binding: SlotBinding) -> bytes:
    """The data key, if `password` opens `slot`. A slot read by `read_slot` that opens only with
    the password's pre-normalisation form is rewritten under the NFC form (see the docstring)."""
    return open_password_slot_keys(slot, password, binding).dek


def open_password_slot_keys(slot: dict[str, Any], password: str, binding: SlotBinding) -> OpenedSlot:
    """`open_password_slot`, also giving the user's signing key the slot holds (if any)."""
    header, nonce, wrapped = _split(slot)
    if header.get("workspace_id") != binding.workspace_id or header.get("device_id") != binding.device_id:
        raise WrongPassword("This key slot belongs to another workspace or device.")
    try:
        kdf = header["kdf"]
        params = KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
        salt = unb64(header["salt"])
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidInput("A key slot file is damaged. Restore the workspace from a backup.") from exc
    for attempt, form in enumerate(password_forms(password)):
        try:
            kek = params.derive(form, salt)
        except (ValueError, TypeError) as exc:
            raise InvalidInput("A key slot file is damaged. Restore the workspace from a backup.") from exc
        try:
            dek = AESGCM(kek).decrypt(nonce, wrapped, _aad(header))
        except InvalidTag:
            continue
        user_key = _unwrap_user_key(kek, header)
        if attempt > 0:
            _rewrap_legacy(slot, header, dek, password, binding, params, user_key)
        return OpenedSlot(dek, user_key, header, kek if attempt == 0 else None)
    raise WrongPassword("Wrong password. Check the keyboard layout and Caps Lock, then try again.")


def _rewrap_legacy(
    slot: dict[str, Any],
    header: dict[str, Any],
    dek: bytes,
    password: str,
    binding: SlotBinding,
    params: KdfParams,
    user_key: bytes | None = None,
) -> None:
    """Rewrite a slot that opened with an unnormalised password under the NFC form, so that the
    password opens it however it is typed from now on. Failing to write (a full disk, a read-only
    copy) does not stop this unlock: the old slot still opens the way it did."""
    path = getattr(slot, "path", None)
    if path is None:
        return
    try:
        write_slot(path, make_password_slot(dek, str(header["user"]), password, binding, params, user_key))
    except OSError as exc:
        log.warning("a key slot could not be rewritten under the normalised password: %s", type(exc).__name__)
    else:
        log.info("a key slot made before passwords were normalised was rewritten under the NFC form")


def _recovery_kek(shared: bytes, eph_pub: bytes, hq_pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + hq_pub, info=RECOVERY_INFO).derive(shared)


def make_recovery_slot(dek: bytes, hq_public: X25519PublicKey, binding: SlotBinding) -> dict[str, Any]:
    ephemeral = X25519PrivateKey.generate()
    eph_pub = raw_public(ephemeral.public_key())
    hq_pub = raw_public(hq_public)
    header = {
        "version": SLOT_VERSION,
        "kind": "recovery",
        "user": "@recovery",
        "ephemeral_public": b64(eph_pub),
        "hq_public": b64(hq_pub),
        "workspace_id": binding.workspace_id,
        "device_id": binding.device_id,
    }
    kek = _recovery_kek(ephemeral.exchange(hq_public), eph_pub, hq_pub)
    nonce = os.urandom(12)
    return {**header, "nonce": b64(nonce), "wrapped": b64(AESGCM(kek).encrypt(nonce, dek, _aad(header)))}


def open_recovery_slot(slot: dict[str, Any], hq_private: X25519PrivateKey, binding: SlotBinding) -> bytes:
    header, nonce, wrapped = _split(slot)
    try:
        eph_pub = unb64(header["ephemeral_public"])
        hq_pub = unb64(header["hq_public"])
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidInput("The recovery slot is damaged. Restore the workspace from a backup.") from exc
    if raw_public(hq_private.public_key()) != hq_pub:
        raise WrongPassword("This recovery key is not the one this workspace was created with.")
    if header.get("workspace_id") != binding.workspace_id or header.get("device_id") != binding.device_id:
        raise WrongPassword("This recovery slot belongs to another workspace or device.")
    try:
        # A wrong-length or low-order ephemeral key makes the exchange itself fail.
        shared = hq_private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    except ValueError as exc:
        raise InvalidInput("The recovery slot is damaged. Restore the workspace from a backup.") from exc
    try:
        return AESGCM(_recovery_kek(shared, eph_pub, hq_pub)).decrypt(nonce, wrapped, _aad(header))
    except InvalidTag:
        raise WrongPassword("The recovery slot does not open with this key.") from None


def write_slot(path: Path, slot: dict[str, Any]) -> None:
    atomic_write(path, json.dumps(slot, indent=2, sort_keys=True).encode("utf-8"))


class SlotFile(dict[str, Any]):
    """A slot as read from its file, which it remembers so that opening it can upgrade it there."""

    path: Path


def read_slot(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInput("The key slot {name} cannot be read. Restore it from a backup.", name=path.name) from exc
    if not isinstance(data, dict) or data.get("version") != SLOT_VERSION:
        raise InvalidInput("The key slot {name} has an unknown format.", name=path.name)
    slot = SlotFile(data)
    slot.path = Path(path)
    return slot
