"""Runs commands through the core, one at a time per room, and records the result.

For each command: skip it if its source id is already in the log; decide;
append the events in one transaction; evolve; hand the effects to the
executor; keep the timers in step. Commands for different rooms run
concurrently; commands for one room never interleave, so the log order is
the order people see.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable

from adapters.base import Clock
from bot.executor import Executor
from bot.timers import TimerPort
from facilitation import commands as cmd
from facilitation import words
from facilitation.effects import SendPrivate
from facilitation.engine import Refused, answer, decide, react
from facilitation.events import Event, WorkshopEnded, WorkshopStarted
from facilitation.parser import ParseError, StartDefaults, parse
from facilitation.state import Status, WorkshopState, evolve
from facilitation.timers import Timer, pending_timers
from storage.store import DuplicateCommand, EventStore

log = logging.getLogger(__name__)

# Chat in a room with no workshop, and reports about a workshop that has ended,
# need no decision and no database round trip.
_NEEDS_A_WORKSHOP = (cmd.Say, cmd.TimerFired, cmd.QueueMessagePosted, cmd.EffectFailed)


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
        start_defaults: StartDefaults | None = None,
        make_workshop_id: Callable[[], str] = new_workshop_id,
    ) -> None:
        self.store = store
        self.executor = executor
        self.timers = timers
        self.clock = clock
        self.prefix = prefix
        self.timebox_warning_seconds = timebox_warning_seconds
        self.reactions = reactions
        self.start_defaults = start_defaults or StartDefaults()
        self.make_workshop_id = make_workshop_id
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._by_room: dict[str, WorkshopState] = {}

    def blank_state(self, workshop_id: str) -> WorkshopState:
        return WorkshopState(
            workshop_id=workshop_id,
            prefix=self.prefix,
            timebox_warning_seconds=self.timebox_warning_seconds,
            reactions=self.reactions,
        )

    # --- start-up -------------------------------------------------------

    async def restore(self) -> None:
        """Rebuild every running workshop from its log and re-arm its timers."""
        for row in await self.store.running_workshops():
            state = await self.replay(row.id)
            self._by_room[state.room] = state
            self.timers.sync(state.workshop_id, pending_timers(state))

    async def replay(self, workshop_id: str) -> WorkshopState:
        state = self.blank_state(workshop_id)
        for event in await self.store.load_events(workshop_id):
            state = evolve(state, event)
        return state

    def state_in(self, room: str) -> WorkshopState | None:
        return self._by_room.get(room)

    # --- inbound --------------------------------------------------------

    async def handle_text(self, text: str, *, actor: cmd.Actor, room: str, source_id: str) -> None:
        """Text typed by a person: a command, or an ordinary message."""
        try:
            command = parse(
                text,
                actor=actor,
                room=room,
                source_id=source_id,
                prefix=self.prefix,
                defaults=self.start_defaults,
            )
        except ParseError as error:
            await self.executor.run(
                [SendPrivate(actor.id, room, error.reason, actor.name)], report_failures=False
            )
            return
        if command is not None:
            await self.dispatch(command)

    async def fire(self, timer: Timer) -> None:
        room = next(
            (s.room for s in self._by_room.values() if s.workshop_id == timer.workshop_id), None
        )
        if room is None:
            return  # the workshop has ended; its timers went with it
        source_id = f"timer:{timer.id}"
        await self.dispatch(
            cmd.TimerFired(actor=cmd.SYSTEM, room=room, source_id=source_id, timer_id=timer.id)
        )

    async def dispatch(self, command: cmd.Command) -> None:
        async with self._locks[command.room]:
            pending = [command]
            while pending:
                pending += await self._handle_safely(pending.pop(0))

    async def _handle_safely(self, command: cmd.Command) -> list[cmd.Command]:
        """One broken command (say, the disk is full) must not stop the bot or lose
        the commands queued behind it; the person is told nothing was changed."""
        try:
            return await self._handle(command)
        except Exception:
            log.exception("could not handle %r", command)
            if command.actor.platform_role is cmd.PlatformRole.BOT:
                return []
            sorry = SendPrivate(
                command.actor.id, command.room, words.something_went_wrong(), command.actor.name
            )
            await self.executor.run([sorry], report_failures=False)
            return []

    # --- one command ----------------------------------------------------

    async def _handle(self, command: cmd.Command) -> list[cmd.Command]:
        now = self.clock()
        state = self._by_room.get(command.room)
        if state is None and isinstance(command, _NEEDS_A_WORKSHOP):
            log.info("no running workshop in %s for %r; nothing to do", command.room, command)
            return []
        state = state or self.blank_state(self.make_workshop_id())
        try:
            if isinstance(command, cmd.Query):
                return await self.executor.run(answer(state, command), report_failures=False)
            if await self.store.has_source(command.source_id):
                log.info("already handled %s; ignoring the repeat", command.source_id)
                return []
            events = decide(state, command, now)
        except Refused as refusal:
            return await self._refuse(state, command, refusal, now)
        return await self._record(state, command, events, now)

    async def _record(
        self, state: WorkshopState, command: cmd.Command, events: list[Event], now: float
    ) -> list[cmd.Command]:
        try:
            await self.store.append(
                state.workshop_id,
                events,
                actor_id=command.actor.id,
                source_id=command.source_id,
                now=now,
            )
        except DuplicateCommand:
            return []
        effects = []
        for event in events:
            state = evolve(state, event)
            effects += react(state, event)
        self._remember(state)
        self.timers.sync(state.workshop_id, pending_timers(state))
        report = not isinstance(command, cmd.EffectFailed)  # never report a failed report
        follow_ups = await self.executor.run(effects, report_failures=report)
        await self._audit_lifecycle(state, command, events, now)
        return follow_ups

    def _remember(self, state: WorkshopState) -> None:
        if state.status is Status.RUNNING:
            self._by_room[state.room] = state
        elif self._by_room.get(state.room, state).workshop_id == state.workshop_id:
            self._by_room.pop(state.room, None)

    async def _refuse(
        self, state: WorkshopState, command: cmd.Command, refusal: Refused, now: float
    ) -> list[cmd.Command]:
        if refusal.denied:
            await self.store.audit(
                workshop_id=state.workshop_id if state.status is Status.RUNNING else None,
                actor_id=command.actor.id,
                action=type(command).__name__,
                outcome="denied",
                detail=refusal.reason,
                now=now,
            )
        reply = SendPrivate(command.actor.id, command.room, refusal.reason, command.actor.name)
        return await self.executor.run([reply], report_failures=False)

    async def _audit_lifecycle(
        self, state: WorkshopState, command: cmd.Command, events: list[Event], now: float
    ) -> None:
        for event in events:
            if isinstance(event, WorkshopStarted | WorkshopEnded):
                await self.store.audit(
                    workshop_id=state.workshop_id,
                    actor_id=command.actor.id,
                    action=type(event).__name__,
                    outcome="ok",
                    detail=state.title,
                    now=now,
                )
