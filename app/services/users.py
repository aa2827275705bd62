"""Staff accounts inside the workspace (the key slots live in app/store; roles live here).

Every change names its editor, and the sync protocol carries at most `limits.MAX_USERNAME_CHARS`
characters of that name: a longer user name would make each of that user's changes unsendable.
"""

from __future__ import annotations

from sqlalchemy import select

from app.errors import InvalidInput
from app.models import User, limits, vocab
from app.services import fields as F
from app.services.uow import unit_of_work
from app.store.workspace import Workspace


def check_user_values(username: str, display_name: str = "") -> str:
    """The display name as stored; refuses a user name or display name that could not travel."""
    if not username or len(username) > limits.MAX_USERNAME_CHARS:
        raise InvalidInput(
            f"A user name must have 1 to {limits.MAX_USERNAME_CHARS} characters (this one has {len(username or '')}); "
            "choose a shorter one."
        )
    try:
        return F.DISPLAY_NAME(display_name) or ""
    except ValueError as exc:
        raise InvalidInput(f"The display name {exc}; shorten it.") from None


def ensure_user(ws: Workspace, username: str, *, role: str, display_name: str = "") -> None:
    if role not in vocab.ROLES:
        raise InvalidInput(f"Unknown role '{role}'. Roles: {', '.join(vocab.ROLES)}.")
    display_name = check_user_values(username, display_name)
    with ws.session() as session:
        existing = session.scalar(select(User).where(User.username == username))
        first_user = session.scalar(select(User.id).limit(1)) is None
    if existing is not None:
        return
    # The workspace's first user is created by the workspace itself, before anyone has a role.
    with unit_of_work(ws, None if first_user else "manage_users") as uow:
        uow.create(User(username=username, display_name=display_name, role=role), case_id=None)


def add_user(ws: Workspace, username: str, password: str, *, role: str, display_name: str = "") -> None:
    """A new staff member with their own password slot opening the same workspace."""
    from app.store.workspace import check_username

    check_user_values(username, display_name)
    check_username(username)
    if username in ws.users():
        raise InvalidInput(f"User {username} already exists. Use `circuitride passwd --user {username}` instead.")
    ensure_user(ws, username, role=role, display_name=display_name)
    ws.set_password(username, password)
