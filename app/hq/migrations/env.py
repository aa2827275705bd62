"""Alembic environment for HQ's database (SQLite or PostgreSQL), run on a connection handed over
by app/hq/store.py."""

from __future__ import annotations

from alembic import context

from app.hq.models import HQBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=HQBase.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
