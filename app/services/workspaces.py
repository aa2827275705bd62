"""The workspace as its callers see it: create one with its first user, and the handful of store facts
the desktop needs before a workspace is open (where workspaces live, the password and user-name
rules, the recovery key check, what kind of file a scan is).

This is the one door from the UI to the store (`pyproject.toml` forbids `app.ui` importing `app.store`):
the desktop holds a `Workspace` (opened, unlocked and locked by its own methods) and hands it to the
services for everything else.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import InvalidInput
from app.models import limits
from app.services.users import check_role, ensure_user
from app.store.images import sniff_mime
from app.store.keyslots import MIN_PASSWORD_CHARS, KdfParams, check_password_strength
from app.store.migrate import HEAD_REVISION, NewerWorkspace, Upgraded
from app.store.workspace import Workspace, check_username, default_data_dir
from app.wire.crypto import load_recovery_public_key

__all__ = [
    "APP_FORMAT",
    "MIN_PASSWORD_CHARS",
    "KdfParams",
    "NewerWorkspace",
    "Upgraded",
    "Workspace",
    "app_format",
    "app_version",
    "check_password_strength",
    "check_username",
    "create_workspace",
    "default_data_dir",
    "load_recovery_public_key",
    "sniff_mime",
    "workspace_format",
]

# The workspace format this version writes, as the fast path knows it (app_format() reads the scripts).
APP_FORMAT = HEAD_REVISION


def app_format() -> str:
    """The newest schema revision among this version's migration scripts (imports Alembic: a worker)."""
    from app.store.migrate import head_revision

    return head_revision() or HEAD_REVISION


def app_version() -> str:
    """The installed package's version (the one a bundle or `pip install` recorded)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("circuitride")
    except PackageNotFoundError:  # a source tree never installed: say so rather than guess
        return "development copy"


def workspace_format(ws: Workspace) -> str | None:
    """The schema revision of an unlocked workspace (a database read: on a worker)."""
    from app.store.migrate import current_revision

    return current_revision(ws.engine)


def create_workspace(
    path: Path,
    username: str,
    password: str,
    *,
    role: str = "team_lead",
    display_name: str = "",
    name: str = "",
    kdf: KdfParams | None = None,
    recovery_public_key: bytes | None = None,
) -> Workspace:
    """Create and unlock a new workspace whose first user is `username` in `role`.

    The role and display name are checked before anything is written, so a refused one leaves no
    half-made workspace behind; `kdf=None` calibrates Argon2id on this machine.
    """
    check_role(role)
    if len(display_name.strip()) > limits.MAX_NAME_CHARS or any(ord(c) < 32 for c in display_name):
        raise InvalidInput(
            "The display name must fit on one line of at most {max_chars} characters; shorten it.",
            max_chars=limits.MAX_NAME_CHARS,
        )
    ws = Workspace.create(path, username, password, name=name, kdf=kdf, recovery_public_key=recovery_public_key)
    ensure_user(ws, username, role=role, display_name=display_name)
    return ws
