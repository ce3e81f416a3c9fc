"""Schema migrations with Alembic, run on the application's own connection."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaStatus(StrEnum):
    EMPTY = "empty"  # a new database: safe to create the schema
    BEHIND = "behind"  # needs `workshop-bot db upgrade`
    UNKNOWN = "unknown"  # tables, but not made by us (or damaged)
    CURRENT = "current"
    AHEAD = "ahead"  # written by a newer version of the bot


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Alembic's config is a ConfigParser: a "%" (a URL-quoted character in a password,
    # say) must be doubled or it is read as interpolation.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("")).get_current_head()
    if head is None:  # only if the migrations folder had no revisions
        raise RuntimeError("no database migrations found")
    return head


async def upgrade(engine: AsyncEngine) -> None:
    """Bring the schema up to the newest migration."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))

    def run(connection: sa.Connection) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    async with engine.begin() as connection:
        await connection.run_sync(run)


async def schema_status(engine: AsyncEngine) -> SchemaStatus:
    def read(connection: sa.Connection) -> tuple[str | None, bool]:
        current = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(sa.inspect(connection).get_table_names())
        return current, has_tables

    async with engine.connect() as connection:
        current, has_tables = await connection.run_sync(read)
    if current is None:
        return SchemaStatus.UNKNOWN if has_tables else SchemaStatus.EMPTY
    if current == head_revision():
        return SchemaStatus.CURRENT
    script = ScriptDirectory.from_config(alembic_config(""))
    known = {rev.revision for rev in script.walk_revisions()}
    return SchemaStatus.BEHIND if current in known else SchemaStatus.AHEAD
