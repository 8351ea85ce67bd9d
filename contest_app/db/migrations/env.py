"""Alembic environment: always driven from contest_app.db.migrate with a live connection."""

from __future__ import annotations

from alembic import context

import contest_app.db.models  # noqa: F401  (registers every table on the metadata)
from contest_app.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
