"""Surviving a stop: rebuilding workshops, the outbox marks, snapshots, redelivery.

The log is the truth; everything here only makes a restart quick and complete.

- **Restore** rebuilds each running workshop from its snapshot plus the events after
  it (or its whole log) and re-arms its timers.
- **The outbox mark** (`outbox.<workshop>` in adapter_state) says how many of a
  workshop's events have had their effects carried out. Effects of events past it
  (stored, but the bot was killed before finishing them) are worked out again with
  `react` at restore and carried out once the platform is connected (`redeliver`):
  at least once, each under the key it had the first time (`effects_of`), which a
  platform that can (Matrix) turns into once.
- **Snapshots** of a running workshop are saved every SNAPSHOT_EVERY events and at a
  clean stop, each with its outbox mark in one transaction, and only when everything
  up to it was carried out and no purge may have touched the state it was made from.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from bot.runtime import BlankState, RoomDirectory, WorkshopSlot
from bot.timers import TimerPort
from facilitation.effects import Effect
from facilitation.engine import react
from facilitation.events import Event
from facilitation.state import Status, WorkshopState, evolve, from_snapshot, to_snapshot
from facilitation.timers import pending_timers
from storage.store import EventStore, LoggedEvent, Snapshot, StoreClosed, WorkshopRow

log = logging.getLogger(__name__)

# The adapter_state key under which each workshop's count of events whose effects
# were carried out is kept.
OUTBOX = "outbox."

# A running workshop's state is saved as a snapshot (storage: snapshots) after this
# many events since its last one, and at a clean stop, so a restart evolves only the
# events after it. Small enough that a crash costs little replay; large enough that
# the snapshot (a few KB) is a small share of what is written.
SNAPSHOT_EVERY = 1000


class Carrier(Protocol):
    """What redelivery needs of the bus: the room's lock, and a way to carry effects
    out with the follow-up commands they bring."""

    def lock_for(self, room: str) -> asyncio.Lock: ...

    async def carry_out(self, effects: list[Effect], keys: list[str]) -> None: ...


def effects_of(
    state: WorkshopState, events: Sequence[Event], event_source_ids: Sequence[str]
) -> tuple[WorkshopState, list[Effect], list[str]]:
    """The state after `events`, their effects, and a key naming each effect for good:
    the source id of the event that caused it and its place among that event's
    effects. A restart that carries an effect out again gives it the same key, so a
    platform that can (Matrix) does it once."""
    if len(events) == 1 and len(event_source_ids) == 1:  # most commands: no copying
        (event,), (source,) = events, event_source_ids
        state = evolve(state, event)
        produced = list(react(state, event))  # the caller's own list, as below
        return state, produced, _keys(source, len(produced))
    effects: list[Effect] = []
    keys: list[str] = []
    for event, source in zip(events, event_source_ids, strict=True):
        state = evolve(state, event)
        produced = react(state, event)
        effects += produced
        keys += _keys(source, len(produced))
    return state, effects, keys


# "/0", "/1", ...: an effect's place among its event's effects, made once. An event
# has a handful of effects (a breakout's moves may have more: made as they come).
_PLACES = tuple(f"/{n}" for n in range(16))


def _keys(source: str, count: int) -> list[str]:
    """The keys of an event's `count` effects: "<source>/0", "<source>/1", ... (the same
    strings a restart makes for the same stored event). One C-level pass over the
    places made once, not a formatted string per effect: this is on every command's
    way to its append."""
    if count <= len(_PLACES):
        return list(map(source.__add__, _PLACES[:count]))
    return [f"{source}/{n}" for n in range(count)]


def _log_failed_mark(future: asyncio.Future[Any]) -> None:
    if not future.cancelled() and (error := future.exception()) is not None:
        _mark_not_saved(error)


def _mark_not_saved(error: BaseException) -> None:
    log.warning("could not save an outbox mark (a restart may redo effects): %s", error)


class Recovery:
    def __init__(
        self,
        store: EventStore,
        directory: RoomDirectory,
        timers: TimerPort,
        blank_state: BlankState,
        clock: Callable[[], float],
        snapshot_version: str,
    ) -> None:
        self.store = store
        self.directory = directory
        self.timers = timers
        self.blank_state = blank_state
        self.clock = clock
        # The version of the code that builds state (storage/snapshot_version.py): only
        # snapshots stored with it are read back.
        self.snapshot_version = snapshot_version
        self.purges = 0  # retention purges the database had when states were last built

    # --- restore --------------------------------------------------------------------

    async def restore(self, rows: list[WorkshopRow] | None = None) -> None:
        """Rebuild every running workshop (or those of `rows`: the ones this process
        owns, bot/ownership.py) and re-arm its timers. Each starts from its snapshot when
        there is a usable one (made by this code, still the log's event at its seq,
        everything up to it carried out) and evolves only the events after it; else
        from its whole log. Effects of events the bot stored but had not finished
        carrying out when it stopped are kept for `redeliver`."""
        rows = await self.store.running_workshops() if rows is None else rows
        ids = [row.id for row in rows]
        purges = await self.store.purge_count()
        if purges != self.purges:  # states already here were built before a purge
            self.no_snapshots_of_states_held()
            self.purges = purges
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

    def _from_snapshot(
        self, snapshot: Snapshot, logged: list[LoggedEvent], delivered: int | None
    ) -> WorkshopState | None:
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
        self,
        state: WorkshopState,
        logged: list[LoggedEvent],
        delivered: int | None,
        snapshot_seq: int,
    ) -> None:
        """Evolve `state` through `logged`, reacting to what comes after `delivered`
        (None: everything was delivered), and keep it as running."""
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
        slot = WorkshopSlot(
            state,
            logged=last,
            delivered=delivered,
            snapshot_seq=snapshot_seq,
            undelivered=undelivered,
            undelivered_keys=keys,
        )
        self.directory.place(slot, state)
        self.timers.sync(state.workshop_id, pending_timers(state))

    async def catch_up(self, slot: WorkshopSlot) -> tuple[list[Effect], list[str]]:
        """Events the log holds past what `slot` has taken in (a command stored, then
        broken before the bus kept them: `store.append` failing after its commit),
        evolved into its state, with their effects and keys to carry out now. The
        outbox mark never counted them, so they are carried out once."""
        tail: list[LoggedEvent] = []
        async for _, logged in self.store.logs_from({slot.workshop_id: slot.logged + 1}):
            tail += logged
        if not tail:
            return [], []
        state, effects, keys = effects_of(
            slot.state, [item.event for item in tail], [item.source_id for item in tail]
        )
        slot.logged = tail[-1].seq
        self.directory.place(slot, state)
        self.timers.sync(state.workshop_id, pending_timers(state))
        return effects, keys

    async def take_in(self, room: str) -> WorkshopSlot | None:
        """The running workshop of `room` that the log holds but memory does not, and
        that never had an outbox mark (a `start` stored, then broken before the bus
        kept it), rebuilt from its whole log with every effect still to do (taken
        with `take_undelivered`). None if there is no such workshop: one with a mark
        had its effects done, here or by another process."""
        row = await self.store.running_workshop_in(room)
        if row is None or self.directory.slot_of_workshop(row.id) is not None:
            return None
        if OUTBOX + row.id in await self.store.adapter_states(OUTBOX + row.id):
            return None
        async for workshop_id, logged in self.store.logs_from({row.id: 0}):
            self._rebuild(self.blank_state(workshop_id), logged, 0, 0)
        return self.directory.slot_of_workshop(row.id)

    async def replay(self, workshop_id: str) -> WorkshopState:
        """A workshop (running or not) from its whole log."""
        state = self.blank_state(workshop_id)
        for event in await self.store.load_events(workshop_id):
            state = evolve(state, event)
        return state

    async def last_workshop_in(self, room: str) -> WorkshopState | None:
        """The room's most recent workshop, ended or not (notes are wanted after the end)."""
        rows = [row for row in await self.store.all_workshops() if row.room == room]
        return await self.replay(rows[-1].id) if rows else None

    # --- the outbox -------------------------------------------------------------------

    async def redeliver(self, carrier: Carrier) -> None:
        """Carry out what was stored but not done before the last stop (at least once:
        an effect done just before a kill is done again, under the same key, which a
        platform that can makes a no-op)."""
        for slot in self.directory.slots():
            if not slot.undelivered:
                continue
            effects, keys = slot.take_undelivered()
            async with carrier.lock_for(slot.room):
                await carrier.carry_out(effects, keys)
                if not slot.in_flight:  # else the last private message marks it
                    await self.mark_delivered_soon(slot)

    def mark_delivered_soon(self, slot: WorkshopSlot) -> asyncio.Future[Any]:
        """Everything logged so far for this workshop has had its effects carried out:
        queued to the store's writer without waiting for its commit. The mark only
        spares a restart from carrying effects out again, so a command need not wait
        for it; writes are committed in the order they are queued, so a mark never
        overtakes an older one. A failure is logged."""
        slot.delivered = slot.logged
        future = self.store.queue_adapter_state(
            OUTBOX + slot.workshop_id, {"delivered": slot.logged}
        )
        future.add_done_callback(_log_failed_mark)
        return future

    def mark_delivered(self, slot: WorkshopSlot) -> None:
        """`mark_delivered_soon` with nothing to wait for, after every command: queued
        without a future, a failure logged all the same."""
        slot.delivered = slot.logged
        try:
            self.store.queue_adapter_state_quietly(
                OUTBOX + slot.workshop_id, {"delivered": slot.logged}, _mark_not_saved
            )
        except StoreClosed as error:
            # The bot is stopping and the command's effects were carried out after the
            # store closed (a private message on its way, say): the command itself was
            # stored and done, so it must not fail now. Without the mark a restart only
            # carries these effects out again (at least once), so it is logged as any
            # mark not saved.
            _mark_not_saved(error)

    def mark_none_delivered(self, slot: WorkshopSlot) -> None:
        """A workshop with no mark yet whose first command's effects are still under
        way (follow-ups to run, private messages on their way): a mark of what is done
        so far (nothing of it), as a restart reads no mark at all as "all done" and a
        stop before the first mark would lose what was still under way."""
        try:
            self.store.queue_adapter_state_quietly(
                OUTBOX + slot.workshop_id, {"delivered": slot.delivered}, _mark_not_saved
            )
        except StoreClosed as error:
            _mark_not_saved(error)

    # --- snapshots --------------------------------------------------------------------

    def snapshot_due(self, slot: WorkshopSlot) -> bool:
        return slot.logged - slot.snapshot_seq >= SNAPSHOT_EVERY

    async def snapshot_after(self, slot: WorkshopSlot) -> None:
        """A periodic snapshot; a failure is only logged (the log is the truth)."""
        if slot.state.status is not Status.RUNNING:
            return
        try:
            if (one := self._snapshot_now(slot)) is not None:
                await self._save([one])
        except Exception:
            log.exception("could not save a snapshot of %s", slot.workshop_id)

    async def save_snapshots(self, busy: Callable[[str], bool]) -> int:
        """Snapshot every running workshop that is not in the middle of a command
        (`busy(main room)`); the store calls this when it closes: a clean stop. Returns
        how many were saved."""
        taken = [
            one
            for slot in self.directory.slots()
            if not busy(slot.room)  # a command under way: its workshop is replayed next time
            and (one := self._snapshot_now(slot)) is not None
        ]
        return await self._save(taken) if taken else 0

    def _snapshot_now(self, slot: WorkshopSlot) -> tuple[str, int, dict[str, Any]] | None:
        """(workshop id, seq, state) to save, or None if this workshop is not to be
        snapshotted now: nothing new since its last one, effects not yet all carried
        out (a command under way or broken off, or work from before a restart), or
        text purged from its log."""
        seq = slot.logged
        if (
            not seq
            or slot.snapshot_seq == seq
            or slot.delivered != seq
            or slot.undelivered
            or slot.in_flight
            or slot.no_snapshot
        ):
            return None
        return slot.workshop_id, seq, to_snapshot(slot.state)

    async def _save(self, taken: list[tuple[str, int, dict[str, Any]]]) -> int:
        """Save snapshots, each with its outbox marker (everything up to it has been
        carried out), in one transaction. Returns how many the store kept."""
        marks = {OUTBOX + w: {"delivered": seq} for w, seq, _ in taken}
        saved, purges = await self.store.save_snapshots(
            taken,
            self.snapshot_version,
            adapter_states=marks,
            purges=self.purges,
            now=self.clock(),
        )
        if purges != self.purges:
            # A retention purge ran (another process's) after these states were built:
            # they may hold text it removed from the log, so they are never saved.
            self.no_snapshots_of_states_held()
            self.purges = purges
        seqs = {w: seq for w, seq, _ in taken}
        for workshop_id in saved:
            if (slot := self.directory.slot_of_workshop(workshop_id)) is not None:
                slot.snapshot_seq = seqs[workshop_id]
        return len(saved)

    def no_snapshots_of_states_held(self) -> None:
        """The states held now may hold text a purge removed from the log."""
        for slot in self.directory.slots():
            slot.no_snapshot = True

    def snapshots_deleted(self) -> None:
        """The purge deleted every snapshot: the next is due from the start."""
        for slot in self.directory.slots():
            slot.snapshot_seq = 0
