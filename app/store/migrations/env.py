"""Alembic environment for the workspace database: always run on an open, keyed connection
handed over by app/store/migrate.py (never a URL: the key must not appear in any config)."""

from __future__ import annotations

from alembic import context

from app.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
