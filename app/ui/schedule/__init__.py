"""The Schedule page (issue 21): appointments on a day/week grid by interpreter or room, booking,
moving, a ride's proposal, and the interpreters list. Every read and write runs on the window's
task runner through app.services.schedule and app.services.interpreters."""

from __future__ import annotations

from app.services.users import list_users
from app.services.workspaces import Workspace


def signed_in_role(ws: Workspace) -> str:
    """The role of whoever unlocked the workspace ("none" when unknown). Runs on the worker; used to
    offer only what the role allows (the services refuse the rest anyway)."""
    if ws.username == "@recovery":
        return "admin"
    return next((u.role for u in list_users(ws) if u.username == ws.username and u.active), "none")
