"""Staff accounts for tests: the workspace fixtures open as a team lead, who may not add users (an
administrator's act); tests that need more people on a laptop add them here, as the workspace's own
bookkeeping, without going through the role check they are not testing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.models import User
from app.services.uow import unit_of_work
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace

STAFF_PASSWORD = "a long enough passphrase"


def add_staff(ws: Workspace, username: str, role: str, password: str = STAFF_PASSWORD) -> None:
    """A user `username` in `role` who can unlock `ws` with `password` (cheap key derivation)."""
    with unit_of_work(ws) as uow:
        uow.create(User(username=username, display_name="", role=role), case_id=None)
    ws.set_password(username, password, kdf=TEST_KDF)


def reopen_as(ws: Workspace, username: str, password: str = STAFF_PASSWORD) -> Workspace:
    """Lock `ws` and open the same workspace as `username`."""
    ws.lock()
    other = Workspace(ws.path)
    other.unlock(password, username)
    return other


ADMIN = "it.admin"


@contextmanager
def as_admin(ws: Workspace, password: str) -> Iterator[Workspace]:
    """The same Workspace object opened as the laptop's administrator for the block (enrollment,
    users), then as its user again (`password` is that user's)."""
    user = ws.username
    assert user is not None, "open the workspace first"
    if ADMIN not in ws.users():
        add_staff(ws, ADMIN, "admin")
    ws.lock()
    ws.unlock(STAFF_PASSWORD, ADMIN)
    try:
        yield ws
    finally:
        ws.lock()
        ws.unlock(password, user)
