"""`workshop-bot export` and `workshop-bot list`: argument set-up and the runs.

bot/cli.py adds the subcommands with `add_export_arguments` / `add_list_arguments`
and calls `run_export(args)` / `run_list(args)`, which return the exit code:
0 when done, 2 (with one plain sentence on stderr) for bad input or settings.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
import time
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from bot.config import ConfigError, Settings, load_config
from bot.database import StartupError, database_problem, open_store
from bot.export.service import (
    ALL,
    LEDGER,
    ExportError,
    SomeFormatsFailed,
    find_workshop,
    format_named,
    write_all,
    write_export,
    write_ledger,
)
from facilitation import words as t
from facilitation.events import WorkshopStarted
from storage.store import EventStore


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workshop", metavar="WORKSHOP", help=t.WORKSHOP_ARG_HELP)
    # Checked by run_export, not argparse `choices`, so a wrong one is one plain sentence.
    parser.add_argument("--format", default="md", metavar="FORMAT", help=t.FORMAT_ARG_HELP)
    parser.add_argument("--out", type=Path, metavar="PATH", help=t.OUT_ARG_HELP)
    parser.add_argument("--names", action="store_true", help=t.NAMES_ARG_HELP)
    parser.add_argument("--transcript", action="store_true", help=t.TRANSCRIPT_ARG_HELP)
    parser.add_argument("--config", type=Path, help=t.CONFIG_ARG_HELP)


def add_list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help=t.CONFIG_ARG_HELP)


def run_export(args: argparse.Namespace) -> int:
    return _run(_export, args)


def run_list(args: argparse.Namespace) -> int:
    return _run(_list, args)


def _run(job, args: argparse.Namespace) -> int:
    try:
        settings = load_config(args.config)
        try:
            asyncio.run(job(settings, args))
        except DBAPIError as error:  # say, a damaged file found while reading it
            raise database_problem(settings, error) from None
    except SomeFormatsFailed as partly:
        print(partly, file=sys.stderr)
        return 1
    except (ConfigError, StartupError, ExportError) as error:
        print(error, file=sys.stderr)
        return 2
    return 0


async def _open(settings: Settings) -> EventStore:
    """The existing database; a mistyped path is an error, not a new empty database."""
    database = settings.bot.database
    if "://" not in database and not Path(database).expanduser().is_file():
        raise ExportError(t.no_database(database))
    return await open_store(settings)


async def _export(settings: Settings, args: argparse.Namespace) -> None:
    fmt = format_named(args.format)
    store = await _open(settings)
    actor = _actor()
    try:
        if fmt == LEDGER:
            await _ledger(store, args, actor)
            return
        try:
            row = await find_workshop(store, args.workshop)
        except ExportError as error:
            await store.audit(
                workshop_id=None,
                actor_id=actor,
                action="export",
                outcome="refused",
                detail=str(error),
                now=time.time(),
            )
            raise
        options = {
            "names": args.names,
            "transcript": args.transcript,
            "actor_id": actor,
            "options": settings.notes.options(),
        }
        if fmt == ALL:
            folder = args.out or Path.cwd()
            try:
                paths = await write_all(store, row.id, folder, **options)
            except SomeFormatsFailed as partly:
                if partly.written:
                    print(t.written_all([str(p) for p in partly.written]))
                raise
            print(t.written_all([str(p) for p in paths]))
        else:
            path = await write_export(store, row.id, fmt, args.out, **options)
            print(t.written(str(path)))
    finally:
        await store.close()


async def _ledger(store: EventStore, args: argparse.Namespace, actor: str) -> None:
    try:
        path, ledger = await write_ledger(
            store, args.workshop, args.out, names=args.names, actor_id=actor
        )
    except ExportError as error:
        await store.audit(
            workshop_id=None,
            actor_id=actor,
            action="export",
            outcome="refused",
            detail=f"format=ledger; {error}",
            now=time.time(),
        )
        raise
    print(t.ledger_written(str(path), len(ledger.rows), len(ledger.sessions)))


async def _list(settings: Settings, args: argparse.Namespace) -> None:
    store = await _open(settings)
    try:
        rows = await store.all_workshops()
        if not rows:
            print(t.no_workshops(settings.bot.database))
            return
        for row in rows:
            events = await store.load_events(row.id)
            started = next((e for e in events if isinstance(e, WorkshopStarted)), None)
            day = t.date(started.at, settings.notes.options().tz) if started else "?"
            series = started.series if started else ""
            print(t.workshop_row(row.id, day, row.status, row.title, series))
        print(t.LIST_HINT)
    finally:
        await store.close()


def _actor() -> str:
    """Who ran the export, for the audit log: the operating-system user."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in some containers
        return "cli"
