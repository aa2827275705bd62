"""Who may do what. Checked in the services, so the CLI, the UI and sync obey the same rules; the
rules themselves live in app/models/roles.py, which HQ applies to pushed changes as well."""

from __future__ import annotations

from app.models.roles import ALL_STAFF, LEADS, PERMISSIONS, allowed, may_read_note, refusal_text

__all__ = ["ALL_STAFF", "LEADS", "PERMISSIONS", "allowed", "may_read_note", "refusal_text"]
