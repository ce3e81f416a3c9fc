"""What the shell adds to a command before the core decides it.

The core fetches nothing and draws no random numbers, so before `decide` the bus
hands a command here to be given: the settings' defaults for what a command built
from a slash command's options left out (`unsaid`), a named plan read from the plans folder (as the
`StartWorkshop` it describes), the earlier sessions' actions for a session of a
series, a seed for breakout groups, and a groups file's contents (only where the
person typing is at this machine). Whatever goes wrong is a `Refused` in plain words.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bot.plans import PlanError, load_named_plan, start_command
from facilitation import commands as cmd
from facilitation import words
from facilitation.engine import Refused
from facilitation.parser import CommandDefaults, with_defaults
from facilitation.series import carried_actions, may_join_series, series_of
from facilitation.text import clean_fields, clean_text
from storage.series import series_logs
from storage.store import EventStore

# The commands `Preparation.prepared` may change; any other is given back as it is.
PREPARED = (cmd.StartWorkshop, cmd.StartFromPlan, cmd.NextAgendaItem, cmd.OpenBreakout)


class Preparation:
    def __init__(
        self,
        store: EventStore,
        *,
        prefix: str = "!",
        local_files: bool = False,
        start_defaults: CommandDefaults | None = None,
        shared_series_rooms: Sequence[Sequence[str]] = (),
        plans_folder: Path | None = None,
    ) -> None:
        self.store = store
        self.prefix = prefix
        # Only where the person typing is at this machine (the console) may a
        # command name a file to read; from chat that would expose the server.
        self.local_files = local_files
        self.start_defaults = start_defaults or CommandDefaults()
        # Groups of rooms whose workshops may join each other's series (settings).
        self.shared_series_rooms = shared_series_rooms
        # Where `!start plan: NAME` finds NAME.toml (bot/plans.py); None: no plans.
        self.plans_folder = plans_folder

    async def prepared(self, command: cmd.Command) -> cmd.Command:
        """Give the core what it may not fetch itself: randomness, file contents, the
        settings' defaults for what a command built from options left out (typed text
        has them from the parser, by the same `with_defaults`), and what a new session
        of a series carries from the earlier ones. Only a command of `PREPARED` changes."""
        command = with_defaults(command, self.start_defaults)
        if isinstance(command, cmd.StartFromPlan):
            command = await self._from_plan(command)
        if isinstance(command, cmd.StartWorkshop):
            return await self._with_series(command)
        if isinstance(command, cmd.NextAgendaItem) and command.seed is None:
            return replace(command, seed=random.randrange(2**31))  # for a planned breakout
        if isinstance(command, cmd.OpenBreakout):
            return await self._breakout(command)
        return command

    async def _with_series(self, command: cmd.StartWorkshop) -> cmd.StartWorkshop:
        if not command.series.strip() or command.earlier_actions:
            return command
        logs = await series_logs(self.store, command.series)
        sessions = [(row.room, events) for row, events in logs]
        if not may_join_series(sessions, command.room, command.actor.id, self.shared_series_rooms):
            raise Refused(words.series_not_yours(command.series), denied=True)
        earlier = [events for _, events in logs]
        records = tuple(action.as_record() for action in carried_actions(earlier))
        # The series keeps the name its first session gave it, however it is typed.
        name = series_of(earlier[0]) if earlier else command.series
        return replace(command, series=name, earlier_actions=records)

    async def _breakout(self, command: cmd.OpenBreakout) -> cmd.OpenBreakout:
        if command.seed is None:
            command = replace(command, seed=random.randrange(2**31))
        if command.csv_source and not command.csv_text:
            if not self.local_files:
                raise Refused(words.no_local_files())
            csv_text = clean_text(await _read_text(command.csv_source))  # as a plan's
            command = replace(command, csv_text=csv_text)
        return command

    async def _from_plan(self, command: cmd.StartFromPlan) -> cmd.Command:
        """The `StartWorkshop` the named plan describes. Without a plans folder, or for
        someone who may not start a workshop, the core gives the refusal (and reads no
        plan, so a participant learns nothing of it)."""
        if self.plans_folder is None:
            return command
        if command.actor.platform_role is not cmd.PlatformRole.FACILITATOR:
            return command
        try:
            plan = await asyncio.to_thread(
                load_named_plan, self.plans_folder, command.plan, self.prefix
            )
            # Read after the dispatcher cleaned what was typed, so cleaned here the
            # same way: TOML's escapes let a plan hold any character (a NUL, a bidi
            # override), which no message or export may (tests/test_fuzz_fields.py).
            return clean_fields(start_command(plan, command, self.start_defaults))
        except PlanError as error:
            raise Refused("\n".join(error.problems)) from None


async def _read_text(path: str) -> str:
    try:
        return await asyncio.to_thread(Path(path).expanduser().read_text, encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise Refused(
            words.csv_unreadable(
                path,
                # strerror is None for an OSError raised without an errno.
                (error.strerror or str(error))
                if isinstance(error, OSError)
                else "it is not plain text",
            )
        ) from None
