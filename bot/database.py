"""Opening the database, and what to say when it cannot be opened.

Apart from bootstrap so that the export command can open the store without
importing the bot's wiring: bootstrap imports the export (for notes asked for in
chat), and the export must not import bootstrap back.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError

from bot.config import Settings
from facilitation import words
from storage.migrate import SchemaStatus, schema_status, upgrade
from storage.store import EventStore, make_engine


class StartupError(Exception):
    """The bot cannot start; the message says what to do."""


def database_problem(settings: Settings, error: DBAPIError) -> StartupError:
    """A database the driver refused (a missing folder, a file that is not a database,
    a damaged one), in plain words with its path, instead of a traceback."""
    shown = settings.bot.database_shown
    reason = str(error.orig) if error.orig is not None else str(error)
    folder = _missing_folder(settings)
    if folder:
        return StartupError(words.database_folder_missing(shown, folder))
    return StartupError(words.database_unusable(shown, reason))


def _missing_folder(settings: Settings) -> str:
    """The folder a SQLite database file should be in, if it does not exist ("" if it
    does, or the database is not a file)."""
    if "://" in settings.bot.database:
        return ""
    folder = Path(settings.bot.database).expanduser().parent
    return "" if folder.is_dir() else str(folder)


async def open_store(settings: Settings) -> EventStore:
    """Open the database: a new one gets the schema; an old one must be upgraded first."""
    folder = _missing_folder(settings)
    if folder:  # said before connecting: a failed connect leaves the driver's thread behind
        raise StartupError(words.database_folder_missing(settings.bot.database_shown, folder))
    engine = make_engine(settings.database_url, settings.bot.sqlite_synchronous)
    try:
        status = await schema_status(engine)
        if status is SchemaStatus.EMPTY:
            await upgrade(engine)
    except DBAPIError as error:
        await engine.dispose()
        raise database_problem(settings, error) from None
    if status not in (SchemaStatus.EMPTY, SchemaStatus.CURRENT):
        await engine.dispose()
        message = {
            SchemaStatus.BEHIND: words.database_behind,
            SchemaStatus.AHEAD: words.database_ahead,
            SchemaStatus.UNKNOWN: words.database_unknown,
        }[status]
        raise StartupError(message(settings.bot.database_shown))
    return EventStore(engine)
