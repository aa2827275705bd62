"""Staff accounts inside the workspace (the key slots live in app/store; roles live here).

Every change names its editor, and the sync protocol carries at most `limits.MAX_USERNAME_CHARS`
characters of that name: a longer user name would make each of that user's changes unsendable.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, Message, NotFound, message_of
from app.models import User, limits, vocab
from app.models import fields as F
from app.services.uow import reading, require_permission, unit_of_work
from app.store.workspace import Workspace


def check_user_values(username: str, display_name: str = "") -> str:
    """The display name as stored; refuses a user name or display name that could not travel."""
    if not username or len(username) > limits.MAX_USERNAME_CHARS:
        raise InvalidInput(
            "A user name must have 1 to {max} characters (this one has {n}); choose a shorter one.",
            max=limits.MAX_USERNAME_CHARS,
            n=len(username or ""),
        )
    try:
        return F.DISPLAY_NAME(display_name) or ""
    except ValueError as exc:
        raise InvalidInput("The display name {problem}; shorten it.", problem=message_of(exc)) from None


def check_role(role: str) -> None:
    if role not in vocab.ROLES:
        raise InvalidInput("Unknown role '{role}'. Roles: {roles}.", role=role, roles=", ".join(vocab.ROLES))


def ensure_user(ws: Workspace, username: str, *, role: str, display_name: str = "") -> None:
    check_role(role)
    display_name = check_user_values(username, display_name)
    with ws.session() as session:
        existing = session.scalar(select(User).where(User.username == username, User.deleted.is_(False)))
        first_user = session.scalar(select(User.id).limit(1)) is None
    if existing is not None:
        if not existing.active:  # a deactivated user given a password again: active, in the role given now
            with unit_of_work(ws, "manage_users") as uow:
                user = _user(uow.session, username)
                uow.update(user, {"active": True, "role": role}, case_id=None)
        return
    # The workspace's first user is created by the workspace itself, before anyone has a role.
    with unit_of_work(ws, None if first_user else "manage_users") as uow:
        uow.create(User(username=username, display_name=display_name, role=role), case_id=None)


def add_user(ws: Workspace, username: str, password: str, *, role: str, display_name: str = "") -> None:
    """A new staff member with their own password slot opening the same workspace."""
    from app.store.workspace import check_username

    check_user_values(username, display_name)
    check_username(username)
    check_role(role)
    require_permission(ws, "manage_users")  # refused before a key slot is written
    if username in ws.users():
        raise InvalidInput("User {user} already exists. Use `circuitride passwd --user {user}` instead.", user=username)
    ensure_user(ws, username, role=role, display_name=display_name)
    ws.set_password(username, password)


@dataclass(frozen=True, slots=True)
class UserInfo:
    username: str
    display_name: str
    role: str
    active: bool
    can_unlock: bool  # has a password on this laptop


def list_users(ws: Workspace) -> list[UserInfo]:
    """Every user of the workspace with their role; anyone may see who works on the laptop."""
    slots = set(ws.users())
    with reading(ws) as session:
        rows = session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username))
        return [UserInfo(u.username, u.display_name, u.role, u.active, u.username in slots) for u in rows]


def set_role(ws: Workspace, username: str, role: str) -> bool:
    """Give a user another role (an administrator's act, audited). False when it was already theirs."""
    check_role(role)
    with unit_of_work(ws, "manage_users") as uow:
        user = _user(uow.session, username)
        if user.role == role:
            return False
        if user.role == "admin" and user.active:
            _keep_an_admin(uow.session, username, Message("change the role of"))
        uow.update(user, {"role": role}, case_id=None)
        return True


def deactivate_user(ws: Workspace, username: str) -> bool:
    """Take a user's access away: their account is marked inactive (their past work keeps their
    name) and their key slot is erased, so their password no longer opens the workspace. False when
    they were inactive already."""
    if username == ws.username:
        raise InvalidInput("You cannot deactivate yourself; ask another administrator.")
    with unit_of_work(ws, "manage_users") as uow:
        user = _user(uow.session, username)
        if not user.active:
            return False
        if user.role == "admin":
            _keep_an_admin(uow.session, username, Message("deactivate"))
        uow.update(user, {"active": False}, case_id=None)
        uow.after_commit(lambda: ws.remove_password(username))
        return True


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username, User.deleted.is_(False)))
    if user is None:
        raise NotFound("No user {user} in this workspace. `circuitride user list` shows who there is.", user=username)
    return user


def _keep_an_admin(session: Session, username: str, verb: Message) -> None:
    others = session.scalar(
        select(User.id)
        .where(User.role == "admin", User.active.is_(True), User.deleted.is_(False), User.username != username)
        .limit(1)
    )
    if others is None:
        raise InvalidInput(
            "{user} is the workspace's only administrator: add another administrator first "
            "(`circuitride user add NAME --role admin`), then {verb} them.",
            user=username,
            verb=verb,
        )


@dataclass(frozen=True, slots=True)
class HQRoleOutcome:
    role: str | None  # the user's role on this laptop afterwards (None: no such user here)
    changed: bool
    note: str = ""  # why HQ's role was not taken, when it was not


def adopt_hq_role(ws: Workspace, username: str, hq_role: str) -> HQRoleOutcome:
    """HQ's role for a user is authoritative: once the user has enrolled their key at HQ, this
    laptop gives them the role HQ does (audited). It is the workspace's own act, on HQ's word, not
    an administrator's (the user enrolling may be anyone), so the role rules do not apply to it;
    but the laptop's only administrator keeps that role (the laptop would have none), and a role
    laptops do not have (hq_staff) changes nothing here."""
    with unit_of_work(ws) as uow:
        user = uow.session.scalar(select(User).where(User.username == username, User.deleted.is_(False)))
        if user is None:
            return HQRoleOutcome(None, False)
        if hq_role not in vocab.ROLES:
            return HQRoleOutcome(user.role, False, f"HQ's role for {username} ({hq_role}) is not a laptop role")
        if user.role == hq_role:
            return HQRoleOutcome(user.role, False)
        if user.role == "admin" and user.active:
            try:
                _keep_an_admin(uow.session, username, Message("change the role of"))
            except InvalidInput:
                return HQRoleOutcome(
                    user.role,
                    False,
                    f"{username} stays this laptop's administrator (it has no other); add another administrator, "
                    "then enroll again to take HQ's role",
                )
        uow.update(user, {"role": hq_role}, case_id=None)
        uow.note("role_from_hq", "users", user.id, None, {"role": hq_role})
        return HQRoleOutcome(hq_role, True)
