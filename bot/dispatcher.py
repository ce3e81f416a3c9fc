"""Runs commands through the core, one at a time per room, and records the result.

For each command: skip it if its source id is known to be stored; decide;
append the events (the store's writer commits them, with other rooms' in one
transaction, before the call returns); evolve; hand the effects to the
executor; keep the timers in step. Commands for different rooms run
concurrently; commands for one room never interleave, so the log order is
the order people see.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from adapters.base import Clock
from bot.executor import Executor
from bot.plans import PlanError, load_named_plan, start_command
from bot.timers import TimerPort
from facilitation import commands as cmd
from facilitation import privacy, words
from facilitation.effects import Effect, SendPrivate
from facilitation.engine import Refused, answer, decide, react
from facilitation.events import (
    ConcernRecorded,
    Event,
    LabelCorrected,
    NotesRequested,
    SafeguardingFlagged,
    WorkshopEnded,
    WorkshopStarted,
)
from facilitation.parser import CommandDefaults, ParseError, parse, with_defaults
from facilitation.series import carried_actions, may_join_series, series_of
from facilitation.state import (
    Status,
    WorkshopState,
    evolve,
    from_snapshot,
    to_snapshot,
)
from facilitation.text import clean_fields, clean_text
from facilitation.timers import Timer, pending_timers
from storage.series import series_logs
from storage.store import DuplicateCommand, EventStore, WorkshopRow, source_ids

log = logging.getLogger(__name__)

# Chat in a room with no workshop, and reports about a workshop that has ended,
# need no decision and no database round trip.
_NEEDS_A_WORKSHOP = (
    cmd.Say,
    cmd.EditMessage,
    cmd.DeleteMessage,
    cmd.TimerFired,
    cmd.QueueMessagePosted,
    cmd.PollMessagePosted,
    cmd.MaterialMessagePosted,
    cmd.ReactionVote,
    cmd.EffectFailed,
    cmd.StaffRoomMade,
    cmd.AlertUndelivered,
    cmd.AlertReached,
)


# The adapter_state key under which each workshop's count of events whose effects
# were carried out is kept (an outbox marker: see `restore` and `redeliver`).
OUTBOX = "outbox."

# What handling one command gave: follow-up commands, and whether it was accepted.
Handled = tuple[list[cmd.Command], bool]

# A running workshop's state is saved as a snapshot (storage: snapshots) after this
# many events since its last one, and at a clean stop, so a restart evolves only the
# events after it. Small enough that a crash costs little replay; large enough that
# the snapshot (a few KB) is a small share of what is written.
SNAPSHOT_EVERY = 1000


def _log_failed_mark(future: asyncio.Future) -> None:
    if not future.cancelled() and (error := future.exception()) is not None:
        log.warning("could not save an outbox mark (a restart may redo effects): %s", error)


def effects_of(
    state: WorkshopState, events: list[Event], event_source_ids: list[str]
) -> tuple[WorkshopState, list[Effect], list[str]]:
    """The state after `events`, their effects, and a key naming each effect for good:
    the source id of the event that caused it and its place among that event's
    effects. A restart that carries an effect out again gives it the same key, so a
    platform that can (Matrix) does it once."""
    effects: list[Effect] = []
    keys: list[str] = []
    for event, source in zip(events, event_source_ids, strict=True):
        state = evolve(state, event)
        produced = react(state, event)
        effects += produced
        keys += [f"{source}/{n}" for n in range(len(produced))]
    return state, effects, keys


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


def _audit_detail(state: WorkshopState, event: Event) -> str | None:
    """What the audit table keeps about an event; None for events it does not keep."""
    match event:
        case WorkshopStarted() | WorkshopEnded():
            return state.title
        case SafeguardingFlagged(person_id=person, message_id=message, reasons=reasons):
            return privacy.flag_audit_detail(message, person, reasons)
        case ConcernRecorded(person_id=person, by_id=by):
            # The note stays in the event (erasable), not in the audit table.
            return f"safeguarding concern about {person} recorded by {by}; staff told"
        case LabelCorrected(message_id=message, old=old, new=new):
            return f"message {message}: {old} corrected to {new}"
        case NotesRequested(format=fmt, names=names):
            return f"notes sent privately from chat; format={fmt}; names={'yes' if names else 'no'}"
    return None


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
    ) -> None:
        self.store = store
        self.executor = executor
        self.timers = timers
        self.clock = clock
        self.prefix = prefix
        self.timebox_warning_seconds = timebox_warning_seconds
        self.reactions = reactions
        # Only where the person typing is at this machine (the console) may a
        # command name a file to read; from chat that would expose the server.
        self.local_files = local_files
        self.start_defaults = start_defaults or CommandDefaults()
        self.make_workshop_id = make_workshop_id
        self.retention_days = retention_days  # 0: transcript text is kept
        # Groups of rooms whose workshops may join each other's series (settings).
        self.shared_series_rooms = shared_series_rooms
        # Where `!start plan: NAME` finds NAME.toml (bot/plans.py); None: no plans.
        self.plans_folder = plans_folder
        # The version of the code that builds state (storage/snapshot_version.py): only
        # snapshots stored with it are read back.
        self.snapshot_version = snapshot_version
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._by_room: dict[str, WorkshopState] = {}  # by main room
        self._main_room_of: dict[str, str] = {}  # breakout room -> its main room
        self._snapshot_seq: dict[str, int] = {}  # the seq of each workshop's last snapshot
        # The seq up to which each workshop's effects are known to have been carried out
        # here (a snapshot is only taken, and marked delivered, when it is the last).
        self._done: dict[str, int] = {}
        # Workshops whose live state may hold text the retention purge took from the log:
        # never snapshotted (they are replayed whole after the next start).
        self._no_snapshots: set[str] = set()
        self._purges = 0  # retention purges the database had when states were last built
        store.before_close.append(self.save_snapshots)
        self._logged: dict[str, int] = {}  # events in each workshop's log
        # room -> (effects, their keys) not done before a stop
        self._undelivered: dict[str, tuple[list[Effect], list[str]]] = {}

    def blank_state(self, workshop_id: str) -> WorkshopState:
        return WorkshopState(
            workshop_id=workshop_id,
            prefix=self.prefix,
            timebox_warning_seconds=self.timebox_warning_seconds,
            reactions=self.reactions,
        )

    # --- start-up -------------------------------------------------------

    async def restore(self, rows: list[WorkshopRow] | None = None, *, purge: bool = True) -> None:
        """Rebuild every running workshop (or those of `rows`: the ones this process
        owns, bot/ownership.py) and re-arm its timers. Each starts from its snapshot when
        there is a usable one (made by this code, still the log's event at its seq,
        everything up to it carried out) and evolves only the events after it; else
        from its whole log. Effects of events the bot stored but had not finished
        carrying out when it stopped (it was killed, say) are kept for `redeliver`,
        once the platform is connected."""
        rows = await self.store.running_workshops() if rows is None else rows
        ids = [row.id for row in rows]
        purges = await self.store.purge_count()
        if purges != self._purges:  # states already here were built before a purge
            self._no_snapshots.update(s.workshop_id for s in self._by_room.values())
            self._purges = purges
        marks = await self.store.adapter_states(OUTBOX)
        snapshots = await self.store.snapshots(self.snapshot_version, ids)
        starts = {w: snapshots[w].seq if w in snapshots else 0 for w in ids}
        rebuilt: set[str] = set()
        async for workshop_id, logged in self.store.logs_from(starts):
            marker = marks.get(OUTBOX + workshop_id)
            delivered = marker["delivered"] if marker else None
            snapshot = snapshots.get(workshop_id)
            state = self._from_snapshot(snapshot, logged, delivered) if snapshot else None
            if state is not None and snapshot is not None:
                self._rebuild(state, logged[1:], delivered, snapshot.seq)
                rebuilt.add(workshop_id)
            elif not starts[workshop_id]:
                self._rebuild(self.blank_state(workshop_id), logged, delivered, 0)
                rebuilt.add(workshop_id)
        # Workshops whose snapshot could not be used: their whole log.
        if retry := {w: 0 for w in ids if w not in rebuilt}:
            async for workshop_id, logged in self.store.logs_from(retry):
                marker = marks.get(OUTBOX + workshop_id)
                delivered = marker["delivered"] if marker else None
                self._rebuild(self.blank_state(workshop_id), logged, delivered, 0)
        # The first purge runs at start-up (the bot may have been down at purge time).
        if purge:
            self._arm_purge(self.clock())

    def _from_snapshot(self, snapshot, logged: list, delivered: int | None) -> WorkshopState | None:
        """The snapshot's state if it may be used: its event is still the log's first
        event from its seq on, the effects up to it were carried out, and it decodes."""
        if not logged or logged[0].seq != snapshot.seq:
            return None
        if logged[0].source_id != snapshot.source_id:
            log.warning("snapshot of %s does not match its log; replaying", snapshot.workshop_id)
            return None
        if delivered is not None and delivered < snapshot.seq:
            return None  # effects after `delivered` must be worked out event by event
        try:
            state = from_snapshot(snapshot.state)
        except (ValueError, TypeError, KeyError) as error:
            log.warning("snapshot of %s unreadable (%s); replaying", snapshot.workshop_id, error)
            return None
        return state if state.workshop_id == snapshot.workshop_id else None

    def _rebuild(
        self, state: WorkshopState, logged: list, delivered: int | None, snapshot_seq: int
    ) -> None:
        """Evolve `state` through `logged` (LoggedEvent), reacting to what comes after
        `delivered` (None: everything was delivered), and keep it as running."""
        workshop_id = state.workshop_id
        last = logged[-1].seq if logged else snapshot_seq
        if delivered is None:
            delivered = last
        for item in logged:
            if item.seq > delivered:
                break
            state = evolve(state, item.event)
        tail = [item for item in logged if item.seq > delivered]
        state, undelivered, keys = effects_of(
            state, [item.event for item in tail], [item.source_id for item in tail]
        )
        self._logged[workshop_id] = last
        if undelivered:
            self._undelivered[state.room] = (undelivered, keys)
        self._done[workshop_id] = delivered
        self._no_snapshots.discard(workshop_id)  # built from the log as it is now
        if snapshot_seq:
            self._snapshot_seq[workshop_id] = snapshot_seq
        self._remember(state)
        self.timers.sync(state.workshop_id, pending_timers(state))

    # --- snapshots --------------------------------------------------------

    def _snapshot_now(self, room: str, state: WorkshopState) -> tuple[str, int, dict] | None:
        """(workshop id, seq, state) to save, or None if this workshop is not to be
        snapshotted now: nothing new since its last one, effects not yet all carried
        out (a command under way or broken off, or work from before a restart), or
        text purged from its log."""
        workshop_id = state.workshop_id
        seq = self._logged.get(workshop_id, 0)
        if (
            not seq
            or self._snapshot_seq.get(workshop_id) == seq
            or self._done.get(workshop_id) != seq
            or room in self._undelivered
            or workshop_id in self._no_snapshots
        ):
            return None
        return workshop_id, seq, to_snapshot(state)

    async def _save(self, taken: list[tuple[str, int, dict]]) -> int:
        """Save snapshots, each with its outbox marker (everything up to it has been
        carried out), in one transaction. Returns how many the store kept."""
        marks = {OUTBOX + w: {"delivered": seq} for w, seq, _ in taken}
        saved, purges = await self.store.save_snapshots(
            taken,
            self.snapshot_version,
            adapter_states=marks,
            purges=self._purges,
            now=self.clock(),
        )
        if purges != self._purges:
            # A retention purge ran (another process's) after these states were built:
            # they may hold text it removed from the log, so they are never saved.
            self._no_snapshots.update(s.workshop_id for s in self._by_room.values())
            self._purges = purges
        seqs = {w: seq for w, seq, _ in taken}
        self._snapshot_seq.update((w, seqs[w]) for w in saved)
        return len(saved)

    async def save_snapshots(self) -> int:
        """Snapshot every running workshop that is not in the middle of a command (the
        store calls this when it closes: a clean stop). Returns how many were saved."""
        taken = []
        for room, state in list(self._by_room.items()):
            if self._locks[room].locked():
                continue  # a command is under way: its workshop is replayed next time
            if (one := self._snapshot_now(room, state)) is not None:
                taken.append(one)
        return await self._save(taken) if taken else 0

    async def redeliver(self) -> None:
        """Carry out what was stored but not done before the last stop (at least once:
        an effect done just before a kill is done again, under the same key, which a
        platform that can makes a no-op)."""
        for room, (effects, keys) in list(self._undelivered.items()):
            del self._undelivered[room]
            state = self._by_room.get(room)
            if state is None:
                continue
            async with self._locks[room]:
                pending = await self.executor.run(effects, keys=keys)
                while pending:
                    more, _ = await self._handle_safely(pending.pop(0))
                    pending += more
                await self._mark_delivered(state.workshop_id)

    async def _mark_delivered(self, workshop_id: str) -> None:
        """Everything logged so far for this workshop has had its effects carried out."""
        await self._mark_delivered_soon(workshop_id)

    def _mark_delivered_soon(self, workshop_id: str) -> asyncio.Future:
        """`_mark_delivered`, queued to the store's writer without waiting for its
        commit. The mark only spares a restart from carrying effects out again, so a
        command need not wait for it; writes are committed in the order they are
        queued, so a mark never overtakes an older one. A failure is logged."""
        delivered = {"delivered": self._logged.get(workshop_id, 0)}
        self._done[workshop_id] = delivered["delivered"]
        future = self.store.queue_adapter_state(OUTBOX + workshop_id, delivered)
        future.add_done_callback(_log_failed_mark)
        return future

    def _arm_purge(self, due: float) -> None:
        timer = privacy.purge_timer(due, self.retention_days)
        self.timers.sync(privacy.PRIVACY_TIMERS, [timer] if timer else [])

    async def purge(self) -> int:
        """Remove transcript text past its retention (audited); arm the next purge."""
        now = self.clock()
        cutoff = privacy.purge_cutoff(now, self.retention_days)
        removed = 0
        if cutoff is not None:
            removed = await self.store.purge_transcripts(
                cutoff, retention_days=self.retention_days, now=now
            )
            log.info("retention purge: text removed from %d events", removed)
            self._snapshot_seq.clear()  # the purge deleted every snapshot
            if removed:  # these states may hold text the purge removed: never saved
                self._no_snapshots.update(s.workshop_id for s in self._by_room.values())
                self._purges = await self.store.purge_count()
        self._arm_purge(privacy.next_purge(now))
        return removed

    async def replay(self, workshop_id: str) -> WorkshopState:
        state = self.blank_state(workshop_id)
        for event in await self.store.load_events(workshop_id):
            state = evolve(state, event)
        return state

    def state_in(self, room: str) -> WorkshopState | None:
        """The running workshop that `room` (a main or a breakout room) belongs to."""
        return self._by_room.get(self._main_room_of.get(room, room))

    def rooms(self) -> dict[str, str]:
        """Every room (main and breakout) with a running workshop here -> its main room."""
        return {**{room: room for room in self._by_room}, **self._main_room_of}

    async def forget(self, room: str) -> None:
        """Another process owns this main room now: drop its workshop and its timers here
        (bot/ownership.py; they are rebuilt from the log if this process owns it again)."""
        async with self._locks[room]:
            state = self._by_room.pop(room, None)
            for key in [k for k, main in self._main_room_of.items() if main == room]:
                del self._main_room_of[key]
            self._undelivered.pop(room, None)
            if state is not None:
                self._logged.pop(state.workshop_id, None)
                self.timers.sync(state.workshop_id, [])

    # --- inbound --------------------------------------------------------

    async def handle_text(
        self, text: str, *, actor: cmd.Actor, room: str, source_id: str, attachment: str = ""
    ) -> bool:
        """Text typed by a person: a command, or an ordinary message. False if it was
        refused or could not be understood (adapters may show that, say with a ❌).
        The text and the person's name are cleaned first (facilitation/text.py).
        `attachment`: a link to a file sent with it, which `!share TITLE` shares."""
        text, actor = clean_text(text), clean_fields(actor)
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
            await self.executor.run(
                [SendPrivate(actor.id, room, error.reason, actor.name)],
                keys=[f"{source_id}/unclear"],
                report_failures=False,
            )
            return False
        return await self.dispatch(command) if command is not None else True

    async def fire(self, timer: Timer) -> None:
        if timer.workshop_id == privacy.PRIVACY_TIMERS:
            await self.purge()  # a failure is retried by the timer service
            return
        room = next(
            (s.room for s in self._by_room.values() if s.workshop_id == timer.workshop_id), None
        )
        if room is None:
            return  # the workshop has ended; its timers went with it
        source_id = f"timer:{timer.id}"
        await self.dispatch(
            cmd.TimerFired(actor=cmd.SYSTEM, room=room, source_id=source_id, timer_id=timer.id)
        )

    async def dispatch(self, command: cmd.Command) -> bool:
        """Run a command and the follow-ups its effects bring; False if it was refused.
        Every string in it is cleaned here, the one door (edits and reactions come
        straight here; typed text through `handle_text`)."""
        command = clean_fields(command)
        # A breakout room's commands queue behind its main room's: one workshop, one line.
        async with self._locks[self._main_room_of.get(command.room, command.room)]:
            pending, accepted = await self._handle_safely(command, first=True)
            while pending:
                more, _ = await self._handle_safely(pending.pop(0))
                pending += more
            return accepted

    async def _handle_safely(self, command: cmd.Command, first: bool = False) -> Handled:
        """One broken command (say, the disk is full) must not stop the bot or lose
        the commands queued behind it; the person is told nothing was changed.
        A timer that fails is raised to the timer service, which tries it again."""
        try:
            return await self._handle(command)
        except Exception:
            if first and isinstance(command, cmd.TimerFired):
                raise
            log.exception("could not handle %r", command)
            if command.actor.platform_role is cmd.PlatformRole.BOT:
                return [], False
            sorry = SendPrivate(
                command.actor.id, command.room, words.something_went_wrong(), command.actor.name
            )
            await self.executor.run(
                [sorry], keys=[f"{command.source_id}/sorry"], report_failures=False
            )
            return [], False

    # --- one command ----------------------------------------------------

    async def _handle(self, command: cmd.Command) -> Handled:
        now = self.clock()
        state = self.state_in(command.room)
        if state is None and isinstance(command, cmd.ExportNotes):
            state = await self._last_workshop_in(command.room)
        if state is None and isinstance(command, _NEEDS_A_WORKSHOP):
            log.info("no running workshop in %s for %r; nothing to do", command.room, command)
            return [], True
        state = state or self.blank_state(self.make_workshop_id())
        try:
            if isinstance(command, cmd.Query):
                answers = answer(state, command, now)
                keys = [f"{command.source_id}/answer/{n}" for n in range(len(answers))]
                return await self.executor.run(answers, keys=keys, report_failures=False), True
            # Recent source ids are known without a query. An older repeat (delivered
            # again after a restart, say) is caught by the log's unique source id when
            # appended, or below if the core refuses it.
            if self.store.known_source(command.source_id):
                log.info("already handled %s; ignoring the repeat", command.source_id)
                return [], True
            command = await self._prepared(command)
            events = decide(state, command, now)
        except Refused as refusal:
            if await self.store.has_source(command.source_id):
                log.info("already handled %s; ignoring the repeat", command.source_id)
                return [], True
            return await self._refuse(state, command, refusal, now), False
        return await self._record(state, command, events, now), True

    async def _record(
        self, state: WorkshopState, command: cmd.Command, events: list[Event], now: float
    ) -> list[cmd.Command]:
        # Work out the new state and effects first: if that fails, nothing is stored.
        state, effects, keys = effects_of(state, events, source_ids(command.source_id, len(events)))
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
        # Stored: from here on nothing may stop the effects from going out.
        self._logged[state.workshop_id] = self._logged.get(state.workshop_id, 0) + len(events)
        self._remember(state)
        self.timers.sync(state.workshop_id, pending_timers(state))
        report = not isinstance(command, cmd.EffectFailed)  # never report a failed report
        follow_ups = await self.executor.run(effects, keys=keys, report_failures=report)
        if not follow_ups:  # every effect of every event logged so far is done
            self._done[state.workshop_id] = self._logged[state.workshop_id]
        # So a restart knows these were carried out. With follow-ups (the rooms just
        # made, say) the mark waits for them: their own record marks everything, so a
        # kill in between does these effects again (same keys) and loses nothing.
        if effects and not follow_ups:
            self._mark_delivered_soon(state.workshop_id)
        if not follow_ups and (
            self._logged[state.workshop_id] - self._snapshot_seq.get(state.workshop_id, 0)
            >= SNAPSHOT_EVERY
        ):
            await self._snapshot_after(state)
        await self._audit_lifecycle(state, command, events, now)
        return follow_ups

    async def _snapshot_after(self, state: WorkshopState) -> None:
        """A periodic snapshot; a failure is only logged (the log is the truth)."""
        if state.status is not Status.RUNNING:
            return
        try:
            if (one := self._snapshot_now(state.room, state)) is not None:
                await self._save([one])
        except Exception:
            log.exception("could not save a snapshot of %s", state.workshop_id)

    async def _last_workshop_in(self, room: str) -> WorkshopState | None:
        """The room's most recent workshop, ended or not (notes are wanted after the end)."""
        rows = [row for row in await self.store.all_workshops() if row.room == room]
        return await self.replay(rows[-1].id) if rows else None

    async def _prepared(self, command: cmd.Command) -> cmd.Command:
        """Give the core what it may not fetch itself: randomness, file contents, the
        settings' defaults for what a command built from options left out (typed text
        has them from the parser, by the same `with_defaults`), and what a new session
        of a series carries from the earlier ones."""
        command = with_defaults(command, self.start_defaults)
        if isinstance(command, cmd.StartFromPlan):
            command = await self._from_plan(command)
        if isinstance(command, cmd.StartWorkshop):
            if command.series.strip() and not command.earlier_actions:
                logs = await series_logs(self.store, command.series)
                sessions = [(row.room, events) for row, events in logs]
                if not may_join_series(
                    sessions, command.room, command.actor.id, self.shared_series_rooms
                ):
                    raise Refused(words.series_not_yours(command.series), denied=True)
                earlier = [events for _, events in logs]
                records = tuple(action.as_record() for action in carried_actions(earlier))
                # The series keeps the name its first session gave it, however it is typed.
                name = series_of(earlier[0]) if earlier else command.series
                command = replace(command, series=name, earlier_actions=records)
            return command
        if isinstance(command, cmd.NextAgendaItem) and command.seed is None:
            return replace(command, seed=random.randrange(2**31))  # for a planned breakout
        if not isinstance(command, cmd.OpenBreakout):
            return command
        if command.seed is None:
            command = replace(command, seed=random.randrange(2**31))
        if command.csv_source and not command.csv_text:
            if not self.local_files:
                raise Refused(words.no_local_files())
            command = replace(command, csv_text=await _read_text(command.csv_source))
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
            return start_command(plan, command, self.start_defaults)
        except PlanError as error:
            raise Refused("\n".join(error.problems)) from None

    def _remember(self, state: WorkshopState) -> None:
        for key in [k for k, main in self._main_room_of.items() if main == state.room]:
            del self._main_room_of[key]
        if state.status is not Status.RUNNING:
            if self._by_room.get(state.room, state).workshop_id == state.workshop_id:
                self._by_room.pop(state.room, None)
            return
        self._by_room[state.room] = state
        # The last breakout's rooms stay linked after regroup, so a late report or a
        # failure report from one of them still reaches the workshop.
        recent = state.breakout or (state.past_breakouts[-1] if state.past_breakouts else None)
        if recent:
            self._main_room_of.update({r.key: state.room for r in recent.rooms if r.key})

    async def _refuse(
        self, state: WorkshopState, command: cmd.Command, refusal: Refused, now: float
    ) -> list[cmd.Command]:
        if command.actor.platform_role is cmd.PlatformRole.BOT:
            log.warning("the bot's own %r was refused: %s", command, refusal.reason)
            return []
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
        return await self.executor.run(
            [reply], keys=[f"{command.source_id}/refused"], report_failures=False
        )

    async def _audit_lifecycle(
        self, state: WorkshopState, command: cmd.Command, events: list[Event], now: float
    ) -> None:
        try:
            await self._audit_events(state, command, events, now)
        except Exception:  # the workshop has moved on; a lost audit row is only logged
            log.exception("could not write the audit row for %r", command)

    async def _audit_events(
        self, state: WorkshopState, command: cmd.Command, events: list[Event], now: float
    ) -> None:
        for event in events:
            detail = _audit_detail(state, event)
            if detail is not None:
                await self.store.audit(
                    workshop_id=state.workshop_id,
                    actor_id=command.actor.id,
                    action=type(event).__name__,
                    outcome="ok",
                    detail=detail,
                    now=now,
                )
