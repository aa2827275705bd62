"""Cryptographic conventions both sides of sync share: key sizes, base64 text of keys, the nonce of
a chunked AES-GCM stream, the normal form of a password, and HQ's recovery key pair.

The laptop's vault (app/store/vault.py) and the sealed bundle (app/wire/envelope.py) both number
their AES-GCM chunks with `chunk_nonce`; key slots (app/store/keyslots.py) are sealed to the
recovery public key HQ writes with `generate_recovery_keypair`.
"""

from __future__ import annotations

import base64
import struct
import unicodedata
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.errors import InvalidInput, WrongPassword

KEY_BYTES = 32  # AES-256 keys
TAG_BYTES = 16  # AES-GCM tag
SALT_BYTES = 16
MAX_CHUNK_BYTES = 64 * 1024 * 1024  # refuse absurd header values before allocating anything


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def raw_public(pub: X25519PublicKey) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def chunk_nonce(index: int, final: bool) -> bytes:
    """The nonce of chunk `index` of a stream: the last chunk is marked, so a cut stream is detected."""
    return struct.pack(">QI", index, 1 if final else 0)


def normalise_password(password: str) -> str:
    """The form every password takes before key derivation (see the module docstring)."""
    return unicodedata.normalize("NFC", password)


def password_forms(password: str) -> list[str]:
    """The forms to try when opening a slot: NFC (every slot made now), then, for slots made
    before passwords were normalised, the text as typed and its NFD form. An ASCII password has
    one form, so only a password with accents can cost a second derivation."""
    forms: list[str] = []
    for form in (normalise_password(password), password, unicodedata.normalize("NFD", password)):
        if form not in forms:
            forms.append(form)
    return forms


def generate_recovery_keypair(passphrase: str | None = None) -> tuple[bytes, bytes]:
    """HQ's recovery key pair as (private PEM, public PEM); the private one encrypted if asked."""
    private = X25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(normalise_password(passphrase).encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    private_pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def load_recovery_public_key(pem: bytes) -> X25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise InvalidInput("The recovery public key file is not a PEM public key.") from exc
    if not isinstance(key, X25519PublicKey):
        raise InvalidInput("The recovery public key is not an X25519 key made by `circuitride hq keygen`.")
    return key


def load_recovery_private_key(pem: bytes, passphrase: str | None = None) -> X25519PrivateKey:
    # The passphrase is normalised like a password; keys written before that open as typed.
    forms: list[bytes | None] = [form.encode("utf-8") for form in password_forms(passphrase)] if passphrase else [None]
    key: Any = None
    for index, form in enumerate(forms):
        try:
            key = serialization.load_pem_private_key(pem, form)
            break
        except (ValueError, TypeError) as exc:
            if index == len(forms) - 1:
                raise WrongPassword(
                    "The recovery private key could not be read: wrong file or wrong passphrase."
                ) from exc
    if not isinstance(key, X25519PrivateKey):
        raise InvalidInput("The recovery private key is not an X25519 key made by `circuitride hq keygen`.")
    return key
