"""Everything HQ holds, in one object the API, the admin commands and bundle import share:
the database, the attachment store, HQ's own keys and its TLS material.

Layout of HQ's home directory (default: the platform's data directory, or CIRCUITRIDE_HQ_HOME):
    hq.sqlite        embedded database (unless --db names PostgreSQL)
    blobs/           attachments, content-addressed
    tls/             HQ's certificate authority and server certificate (created on first start)
    keys/            HQ's bundle keys: X25519 (devices seal bundles to it), Ed25519 (HQ signs replies)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import secrets
from pathlib import Path
from typing import Any

import platformdirs
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import CircuitRideError, UsageError
from app.hq.blobs import BlobStore
from app.hq.models import Device, HQUser, UserCode, UserKey
from app.hq.store import HQStore
from app.models import vocab
from app.models.base import utcnow
from app.util.files import atomic_write
from app.util.ids import uuid7

ENROLL_TOKEN_DAYS = 7
# A laptop user's role at HQ is one of the laptop's roles (app/models/roles.py judges their changes
# by it); hq_staff works at HQ only and has none of the case rights.
ROLES = (*vocab.ROLES, "hq_staff")


def hq_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get("CIRCUITRIDE_HQ_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("circuitride-hq", appauthor=False))


def _b64(raw: bytes) -> str:
    import base64

    return base64.b64encode(raw).decode()


class Hub:
    def __init__(self, home: Path, db_url: str | None = None, blobs: Path | None = None) -> None:
        self.home = home
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.store = HQStore(db_url or f"sqlite:///{home / 'hq.sqlite'}")
        self.store.migrate()
        self.blobs = BlobStore(blobs or home / "blobs")
        self.tls_dir = home / "tls"
        self.box_key, self.sign_key = self._keys(home / "keys")

    @staticmethod
    def _keys(directory: Path) -> tuple[X25519PrivateKey, Ed25519PrivateKey]:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        box_path, sign_path = directory / "hq-box.key", directory / "hq-sign.key"
        if not box_path.exists():
            atomic_write(box_path, X25519PrivateKey.generate().private_bytes_raw(), 0o600)
        if not sign_path.exists():
            atomic_write(sign_path, Ed25519PrivateKey.generate().private_bytes_raw(), 0o600)
        try:
            return (
                X25519PrivateKey.from_private_bytes(box_path.read_bytes()),
                Ed25519PrivateKey.from_private_bytes(sign_path.read_bytes()),
            )
        except ValueError as exc:
            raise CircuitRideError(f"HQ's key files in {directory} are damaged; restore them from backup.") from exc

    @property
    def box_public(self) -> str:
        return _b64(self.box_key.public_key().public_bytes_raw())

    @property
    def sign_public(self) -> str:
        return _b64(self.sign_key.public_key().public_bytes_raw())

    # ----- administration ------------------------------------------------------------------------
    def enroll_device(self, name: str, ride_id: str | None, reference_data: bool | None = None) -> tuple[str, str]:
        """Create a pending device; returns (enrollment id, one-time token). `reference_data`: whether
        it may add and change sites, rides, interpreters and forms (default: only a device that
        receives every case, i.e. enrolled without a ride)."""
        name = name.strip()
        if not name:
            raise UsageError("Give the device a name (--name), e.g. the laptop's label.")
        token = secrets.token_urlsafe(24)
        enrollment_id = uuid7()
        with self.store.session() as session:
            session.add(
                Device(
                    id=enrollment_id,
                    name=name[:120],
                    ride_id=ride_id,
                    reference_data=ride_id is None if reference_data is None else reference_data,
                    token_hash=hashlib.sha256(token.encode()).hexdigest(),
                    token_expires=utcnow() + dt.timedelta(days=ENROLL_TOKEN_DAYS),
                )
            )
        return enrollment_id, token

    @staticmethod
    def device_named(session: Session, name_or_id: str) -> Device:
        """The one device with this name, enrollment id or device id (admin commands name devices so)."""
        matches = session.scalars(
            select(Device).where(
                (Device.name == name_or_id) | (Device.id == name_or_id) | (Device.device_id == name_or_id)
            )
        ).all()
        if not matches:
            raise UsageError(f"No device called {name_or_id!r}. List them with: circuitride hq devices")
        if len(matches) > 1:
            raise UsageError(f"Several devices are called {name_or_id!r}; give the device id instead.")
        return matches[0]

    def revoke_device(self, name_or_id: str) -> str:
        with self.store.session() as session:
            device = self.device_named(session, name_or_id)
            device.revoked_at = device.revoked_at or utcnow()
            device.token_hash = None
            return device.name

    # ----- users ---------------------------------------------------------------------------------
    def add_user(self, username: str, role: str, display_name: str = "") -> str | None:
        """Add a user with `role` and return a one-time code for them to bind their laptop's key
        (`circuitride user enroll --code CODE`). A user who exists already is left as they are:
        None when in that role (nothing to do), UsageError when asked for another role."""
        _check_role(role)
        username = _check_username(username)
        with self.store.session() as session:
            existing = session.get(HQUser, username)
            if existing is not None:
                if existing.role != role:
                    raise UsageError(
                        f"HQ user {username} exists already, as {existing.role}; change the role with "
                        f"`circuitride hq user set-role {username} {role}`."
                    )
                return None
            session.add(HQUser(username=username, role=role, display_name=display_name))
            return self._new_user_code(session, username)

    def user_code(self, username: str) -> str:
        """Another one-time code for an existing user (another laptop, a key made anew)."""
        with self.store.session() as session:
            self._user(session, username)
            return self._new_user_code(session, username)

    @staticmethod
    def _new_user_code(session: Session, username: str) -> str:
        token = secrets.token_urlsafe(24)
        session.add(
            UserCode(
                code_hash=hashlib.sha256(token.encode()).hexdigest(),
                username=username,
                expires_at=utcnow() + dt.timedelta(days=ENROLL_TOKEN_DAYS),
            )
        )
        return token

    @staticmethod
    def _user(session: Session, username: str) -> HQUser:
        user = session.get(HQUser, username)
        if user is None:
            raise UsageError(f"No HQ user {username!r}. List them with: circuitride hq user list")
        return user

    def set_user_role(self, username: str, role: str) -> bool:
        """False when the user had that role already. Takes effect for the next change HQ judges."""
        _check_role(role)
        with self.store.session() as session:
            user = self._user(session, username)
            if user.role == role:
                return False
            user.role = role
            return True

    def revoke_user_keys(self, username: str, device: str | None = None) -> int:
        """Unbind the user's keys (all, or the one bound from `device`, a name or id): their changes
        then have an interviewer's rights until they enroll again. Returns how many were unbound."""
        with self.store.session() as session:
            self._user(session, username)
            query = select(UserKey).where(UserKey.username == username)
            if device is not None:
                query = query.where(UserKey.device_id == (self.device_named(session, device).device_id or ""))
            keys = session.scalars(query).all()
            for key in keys:
                session.delete(key)
            return len(keys)

    def users(self) -> list[dict[str, Any]]:
        """Every HQ user with their role and the laptops their keys are bound from."""
        with self.store.session() as session:
            names = dict(
                session.execute(select(Device.device_id, Device.name).where(Device.device_id.is_not(None))).all()
            )
            keys: dict[str, list[dict[str, Any]]] = {}
            for key in session.scalars(select(UserKey).order_by(UserKey.bound_at)):
                keys.setdefault(key.username, []).append(
                    {"device": names.get(key.device_id, key.device_id), "bound_at": key.bound_at.isoformat()}
                )
            return [
                {
                    "username": u.username,
                    "role": u.role,
                    "display_name": u.display_name,
                    "keys": keys.get(u.username, []),
                }
                for u in session.scalars(select(HQUser).order_by(HQUser.username))
            ]


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UsageError(f"Unknown role {role!r}; use one of: {', '.join(ROLES)}.")


_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")  # as on the laptop (app/store/workspace.py)


def _check_username(username: str) -> str:
    if not _USERNAME.match(username or ""):
        raise UsageError(
            f"{username!r} is not a user name a laptop can have: lower-case letters, digits, dots, dashes "
            "or underscores, as the user's name on their laptop."
        )
    return username
