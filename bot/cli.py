"""The `workshop-bot` command line: run, demo, db upgrade."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from adapters.base import Adapter
from adapters.console.adapter import ConsoleAdapter
from bot import classify, corrections, export, forget, plans
from bot.bootstrap import bootstrap
from bot.config import ConfigError, Settings, load_config
from bot.database import StartupError, database_problem
from facilitation import words
from storage.migrate import head_revision, upgrade
from storage.store import make_engine


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop-bot",
        description="Run co-production workshops in chat: speaker queue, notes and timers.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run", help="run the bot (the console adapter unless configured otherwise)"
    )
    run.add_argument(
        "--config", type=Path, help="settings file (default: ./workshop-bot.toml if present)"
    )

    demo = commands.add_parser("demo", help="show a short scripted workshop with five participants")
    demo.add_argument(
        "--database",
        type=Path,
        help="where to keep the demo's database (default: a new temporary file)",
    )

    classify_cmd = commands.add_parser(
        "classify",
        help="label chat lines as on scope, off scope, complaint, safeguarding or chatter",
    )
    classify.add_arguments(classify_cmd)

    corrections_cmd = commands.add_parser(
        "corrections",
        help="write facilitators' !relabel corrections as labelled data for the classifier",
    )
    corrections.add_arguments(corrections_cmd)

    export_cmd = commands.add_parser("export", help=export.EXPORT_HELP)
    export.add_export_arguments(export_cmd)
    list_cmd = commands.add_parser("list", help=export.LIST_HELP)
    export.add_list_arguments(list_cmd)

    forget_cmd = commands.add_parser("forget", help=words.FORGET_HELP)
    forget.add_arguments(forget_cmd)

    plan_cmd = commands.add_parser("plan", help=words.PLAN_HELP)
    plans.add_arguments(plan_cmd)

    db = commands.add_parser("db", help="look after the database")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_upgrade = db_commands.add_parser(
        "upgrade", help="bring the database up to this version's schema"
    )
    db_upgrade.add_argument(
        "--config", type=Path, help="settings file (default: ./workshop-bot.toml if present)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "classify":
        return classify.run(args)
    if args.command == "corrections":
        return corrections.run(args)
    if args.command == "export":
        return export.run_export(args)
    if args.command == "list":
        return export.run_list(args)
    if args.command == "forget":
        return forget.run(args)
    if args.command == "plan":
        return plans.run(args)
    try:
        if args.command == "demo":
            asyncio.run(_demo(args.database))
            return 0
        settings = load_config(args.config)
        _configure_logging(settings.bot.log_level)
        try:
            if args.command == "db":
                asyncio.run(_db_upgrade(settings))
            else:
                asyncio.run(_run(settings))
        except DBAPIError as error:  # say, a damaged file found while reading it
            raise database_problem(settings, error) from None
    except (ConfigError, StartupError) as error:
        print(error, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


def _configure_logging(level: str) -> None:
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # Their routine start-up chatter would interleave with the console conversation.
    for noisy in ("alembic", "apscheduler"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))


def _adapter(settings: Settings) -> Adapter:
    """The adapter the settings name (the platform libraries load only when used)."""
    if settings.bot.adapter == "matrix":
        from adapters.matrix.adapter import MatrixAdapter
        from adapters.matrix.state import state_path_for

        return MatrixAdapter(
            settings.matrix,
            state_path_for(settings.bot.database),
            prefix=settings.bot.command_prefix,
        )
    if settings.bot.adapter == "discord":
        from adapters.discord.adapter import DiscordAdapter

        return DiscordAdapter(
            settings.discord,
            prefix=settings.bot.command_prefix,
            sync_globally=settings.discord.sync_globally,
        )
    return ConsoleAdapter(tuple(settings.console.facilitators))


async def _run(settings: Settings) -> None:
    import discord

    from adapters.matrix.adapter import LoginFailed

    bot = await bootstrap(settings, _adapter(settings))
    try:
        await bot.run()
    except LoginFailed as error:
        raise StartupError(str(error)) from None
    except discord.LoginFailure:
        raise StartupError(words.discord_login_refused()) from None
    except discord.PrivilegedIntentsRequired:
        raise StartupError(words.discord_intents_needed()) from None


async def _db_upgrade(settings: Settings) -> None:
    engine = make_engine(settings.database_url, settings.bot.sqlite_synchronous)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()
    print(words.database_upgraded(settings.bot.database_shown, head_revision()))


async def _demo(database: Path | None) -> None:
    from bot.demo import run_demo

    await run_demo(sys.stdout, database)


if __name__ == "__main__":
    sys.exit(main())
