"""The shell's front door: what the adapters, the timers and ownership call.

It only wires the shell's parts and answers in the port's terms; each job is in a
module of its own:

- bot/bus.py: one command at a time per workshop, through prepare, `decide`, one
  unit of work (events, projections, audit rows), the effects and their follow-ups;
- bot/runtime.py: the running workshops (a `WorkshopSlot` each) and the rooms that
  lead to them (`RoomDirectory`);
- bot/recovery.py: restore, the outbox marks, redelivery, snapshots;
- bot/retention.py: the daily purge of old transcript text;
- bot/prepare.py: plans, series, seeds and files read before the core decides;
- bot/reader.py: chat messages classified in a worker process when many rooms talk.

Typed text is parsed here (facilitation/parser.py) into a command for the bus.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from adapters.base import Clock, Outcome, Reply
from bot.bus import Bus
from bot.executor import AnswerHere, Executor
from bot.prepare import Preparation
from bot.reader import Reader
from bot.recovery import Recovery
from bot.retention import Retention
from bot.runtime import BlankState, RoomDirectory
from bot.timers import TimerPort
from facilitation import commands as cmd
from facilitation import privacy
from facilitation.effects import SendPrivate
from facilitation.parser import CommandDefaults, ParseError, parse
from facilitation.state import WorkshopState
from facilitation.text import clean_fields, clean_text
from facilitation.timers import Timer
from storage.store import EventStore, WorkshopRow


def new_workshop_id() -> str:
    return f"w{uuid.uuid4().hex[:12]}"


class Dispatcher:
    def __init__(
        self,
        store: EventStore,
        executor: Executor,
        timers: TimerPort,
        clock: Clock,
        *,
        prefix: str = "!",
        timebox_warning_seconds: int = 30,
        reactions: bool = False,
        local_files: bool = False,
        start_defaults: CommandDefaults | None = None,
        make_workshop_id: Callable[[], str] = new_workshop_id,
        retention_days: int = 0,
        shared_series_rooms: Sequence[Sequence[str]] = (),
        plans_folder: Path | None = None,
        snapshot_version: str,
        classifier_worker: bool = False,
    ) -> None:
        self.store = store
        self.executor = executor
        self.timers = timers
        self.clock = clock
        self.prefix = prefix
        # Cleaned once: parsed commands take their values (bot/bus.py, `cleaned`).
        self.start_defaults = clean_fields(start_defaults or CommandDefaults())
        self.blank_state = BlankState(prefix, timebox_warning_seconds, reactions)
        self.directory = RoomDirectory()
        self.recovery = Recovery(
            store, self.directory, timers, self.blank_state, clock, snapshot_version
        )
        self.retention = Retention(store, self.recovery, timers, clock, retention_days)
        self.preparation = Preparation(
            store,
            prefix=prefix,
            local_files=local_files,
            start_defaults=self.start_defaults,
            shared_series_rooms=shared_series_rooms,
            plans_folder=plans_folder,
        )
        self.bus = Bus(
            store,
            executor,
            timers,
            clock,
            directory=self.directory,
            recovery=self.recovery,
            preparation=self.preparation,
            blank_state=self.blank_state,
            make_workshop_id=make_workshop_id,
            # Chat classified in a second process when many rooms talk (bot/reader.py).
            reader=Reader(enabled=classifier_worker and Reader.cores() >= 2),
        )
        # A chat message typed in a room takes the bus's shorter way (`Bus.chat`), with
        # the same stored events and effects as `Bus.dispatch` (off: tests compare them).
        self.chat_fast_path = True
        store.before_close.append(self.save_snapshots)
        store.before_close.append(self.bus.reader.close)

    # --- start-up and stop ------------------------------------------------------------

    async def restore(self, rows: list[WorkshopRow] | None = None, *, purge: bool = True) -> None:
        """Rebuild the running workshops (bot/recovery.py); the first purge is armed at
        start-up (the bot may have been down at purge time)."""
        await self.recovery.restore(rows)
        if purge:
            self.retention.arm(self.clock())

    async def redeliver(self) -> None:
        await self.recovery.redeliver(self.bus)

    async def save_snapshots(self) -> int:
        return await self.recovery.save_snapshots(self.bus.busy)

    async def purge(self) -> int:
        return await self.retention.purge()

    async def replay(self, workshop_id: str) -> WorkshopState:
        return await self.recovery.replay(workshop_id)

    # --- what runs here ------------------------------------------------------------

    def state_in(self, room: str) -> WorkshopState | None:
        """The running workshop that `room` (a main or a breakout room) belongs to."""
        slot = self.directory.slot_in(room)
        return slot.state if slot is not None else None

    def rooms(self) -> dict[str, str]:
        """Every room (main and breakout) with a running workshop here -> its main room."""
        return self.directory.rooms()

    async def forget(self, room: str) -> None:
        """Another process owns this main room now: drop its workshop and its timers here
        (bot/ownership.py; they are rebuilt from the log if this process owns it again)."""
        async with self.bus.lock_for(room):
            slot = self.directory.remove(room)
            if slot is not None:
                self.timers.sync(slot.workshop_id, [])

    # --- inbound ---------------------------------------------------------------------

    async def handle_text(
        self,
        text: str,
        *,
        actor: cmd.Actor,
        room: str,
        source_id: str,
        attachment: str = "",
        answer_here: bool = False,
    ) -> Outcome:
        """The port's text handler (adapters/base.py `TextHandler`): text typed by a
        person, a command or an ordinary message. The text and the person's name are
        cleaned first (facilitation/text.py). `attachment`: a link to a file sent with
        it, which `!share TITLE` shares. Not accepted if refused or not understood
        (adapters may show that, say with a ❌); `answer_here` as for `Bus.dispatch`.
        Every part the command is made of is cleaned here, so the bus need not clean
        the command again (a chat message is the commonest command of all)."""
        text, actor = clean_text(text), clean_fields(actor)
        room, source_id = clean_text(room), clean_text(source_id)
        try:
            command = parse(
                text,
                actor=actor,
                room=room,
                source_id=source_id,
                prefix=self.prefix,
                defaults=self.start_defaults,
                attachment=clean_text(attachment),
            )
        except ParseError as error:
            return await self._not_understood(error, actor, room, source_id, answer_here)
        if command is None:
            return Outcome(True)
        if type(command) is cmd.Say and self.chat_fast_path and not answer_here:
            return await self.bus.chat(command)  # the commonest command: bot/bus.py
        return await self.bus.dispatch(command, answer_here=answer_here, cleaned=True)

    async def _not_understood(
        self, error: ParseError, actor: cmd.Actor, room: str, source_id: str, answer_here: bool
    ) -> Outcome:
        unclear = SendPrivate(actor.id, room, error.reason, actor.name)
        keys = [f"{source_id}/unclear"]
        if answer_here:  # the adapter answers it where the person asked
            here = AnswerHere(actor.id)
            await self.executor.run([unclear], keys=keys, report_failures=False, here=here)
            return Outcome(False, tuple(here.replies))
        # After any private message to this person still on its way.
        await self.bus.private.send(self.bus.private.hold(room, None, [unclear], keys, False))
        return Outcome(False, (Reply(unclear.text, key=keys[0]),))

    async def dispatch(self, command: cmd.Command, *, answer_here: bool = False) -> Outcome:
        """The port's command handler (adapters/base.py `CommandHandler`: edits,
        deletions, reactions, typed slash commands): `Bus.dispatch`."""
        return await self.bus.dispatch(command, answer_here=answer_here)

    async def fire(self, timer: Timer) -> None:
        if timer.workshop_id == privacy.PRIVACY_TIMERS:
            await self.purge()  # a failure is retried by the timer service
            return
        slot = self.directory.slot_of_workshop(timer.workshop_id)
        if slot is None:
            return  # the workshop has ended; its timers went with it
        fired = cmd.TimerFired(
            actor=cmd.SYSTEM, room=slot.room, source_id=f"timer:{timer.id}", timer_id=timer.id
        )
        await self.bus.dispatch(fired)
