"""Alembic environment. `storage.migrate` passes in a live connection; the
plain `alembic` command line falls back to opening the configured URL."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.ext.asyncio import create_async_engine

from storage.schema import metadata

config = context.config


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_own_engine() -> None:
    # storage/migrate.py's alembic_config always sets the URL.
    engine = create_async_engine(config.get_main_option("sqlalchemy.url", ""))
    async with engine.begin() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    asyncio.run(_run_with_own_engine())
