"""One place that wires the bot together, from real or fake parts."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from adapters.base import Abilities, Adapter, Capability, Clock, RoomLookup, abilities_of
from bot.config import Settings

# Re-exported: tests and tools open the store the way the bot does, from here.
from bot.database import StartupError as StartupError
from bot.database import database_problem as database_problem
from bot.database import open_store as open_store
from bot.dispatcher import Dispatcher
from bot.drift_data import load_lexicon, load_word_model
from bot.executor import Executor
from bot.export.service import render_workshop
from bot.ownership import Ownership
from bot.timers import SchedulerTimers, TimerPort
from facilitation import drift
from facilitation.parser import CommandDefaults
from storage.leases import Leases, owner_id
from storage.snapshot_version import snapshot_version
from storage.store import EventStore


@dataclass
class Bot:
    settings: Settings
    adapter: Adapter
    store: EventStore
    dispatcher: Dispatcher
    timers: TimerPort
    # Which rooms this process owns, when processes may share the database (None: this
    # process runs every workshop in it, as tests with simulated time do).
    ownership: Ownership | None = None

    async def run(self) -> None:
        """Receive until stopped. Catching up on what a stop interrupted, and starting
        the timers, wait until the adapter can send: a reminder that came due while
        the bot was down must not fire before the bot can post it."""
        if self.ownership is not None:
            # Every running workshop's rooms are known before the first caught-up event.
            await self.ownership.prepare()
        catch_up = asyncio.create_task(self._once_ready(), name="catch up once ready")
        receiver = self.ownership or self.dispatcher
        try:
            await self.adapter.run(receiver.handle_text)
        finally:
            catch_up.cancel()
            await self.close()

    async def _once_ready(self) -> None:
        await self.adapter.ready.wait()
        if self.ownership is not None:
            # Take the rooms nobody else owns now; their workshops are rebuilt from the log.
            await self.ownership.start()
        await self.dispatcher.redeliver()
        self.timers.start()

    async def close(self) -> None:
        self.timers.shutdown()
        if self.ownership is not None:
            await self.ownership.stop()
        await self.store.close()


async def bootstrap(
    settings: Settings,
    adapter: Adapter,
    *,
    clock: Clock = time.time,
    timers: TimerPort | None = None,
    leases: bool | None = None,
) -> Bot:
    """The bot, from settings and an adapter. With `leases` (the default when the timers
    are the real scheduler, as in `workshop-bot run`), rooms are owned through the
    leases table, so several processes can share one database (bot/ownership.py); the
    workshops are then rebuilt by `Bot.run`, for the rooms this process takes."""
    store = await open_store(settings)
    # The word model and the lexicon from their data files, and the classifier's
    # patterns compiled, before any message waits for them.
    drift.prepare(load_word_model(), load_lexicon())
    if leases is None:
        leases = timers is None
    timers = timers or SchedulerTimers()

    async def notes(workshop_id: str, fmt: str, names: bool) -> tuple[str, bytes]:
        return await render_workshop(store, workshop_id, fmt, names=names, options=notes_options)

    notes_options = settings.notes.options()

    # What the adapter can do beyond the port, asked once (adapters/base.py).
    abilities = abilities_of(adapter)
    dispatcher = Dispatcher(
        store,
        Executor(adapter, notes, abilities),
        timers,
        clock,
        prefix=settings.bot.command_prefix,
        timebox_warning_seconds=settings.workshop.timebox_warning_seconds,
        reactions=Capability.REACTIONS in adapter.capabilities,
        local_files=Capability.LOCAL_FILES in adapter.capabilities,
        start_defaults=CommandDefaults(
            ground_rules=tuple(settings.workshop.ground_rules),
            complaints_route=settings.workshop.complaints_route,
            queue_order=settings.workshop.queue_order,
            breakout_notice=settings.breakout.notice_seconds,
            breakout_reminders=tuple(m * 60 for m in settings.breakout.reminder_minutes),
            breakout_grace=settings.breakout.grace_seconds,
            drift_sensitivity=settings.drift.sensitivity,
            drift_cooldown=settings.drift.cooldown_seconds,
            safeguarding_contact=settings.workshop.safeguarding_contact,
        ),
        retention_days=settings.privacy.retention_days,
        shared_series_rooms=tuple(tuple(g) for g in settings.series.shared_rooms),
        plans_folder=_plans_folder(settings.workshop.plans_folder),
        snapshot_version=snapshot_version(),
        classifier_worker=settings.bot.classifier_worker,
    )
    ownership = None
    if leases:
        me = owner_id(settings.bot.instance_name)
        ownership = Ownership(
            Leases(store.engine, me, settings.bot.lease_seconds),
            dispatcher,
            store,
            prefix=settings.bot.command_prefix,
            # A sharded Discord process hears only its shards' servers: it must never
            # take over a workshop whose messages it cannot receive.
            serves=_room_test(abilities),
        )
    receiver = ownership or dispatcher
    if ownership is not None and isinstance(adapter, CatchesUpAfter):
        adapter.catch_up_after(ownership.tick)
    if isinstance(adapter, KnowsRoomsRunHere):
        # Only this process's workshops are in its dispatcher (one another process owns
        # is dropped from it, `Dispatcher.forget`).
        adapter.rooms_run_here_from(lambda room: dispatcher.state_in(room) is not None)
    timers.on_fire = receiver.fire
    # Chat adapters also hand typed commands (✋, edits, deletions ...); keep what must
    # survive a restart (sync token, device, ...) in the app database; and may learn
    # which rooms have a running workshop (Discord leaves other channels alone).
    if abilities.reports_commands is not None:
        abilities.reports_commands.deliver_commands_to(receiver.dispatch)
    if abilities.keeps_state is not None:
        abilities.keeps_state.keep_state_in(store)
    if abilities.knows_workshop_rooms is not None:
        abilities.knows_workshop_rooms.workshop_rooms_from(_main_room_lookup(dispatcher, ownership))
    if ownership is None:
        await dispatcher.restore()
    _freeze_what_lives_on()
    dispatcher.directory.on_new_workshop = FreezeNewWorkshops()
    return Bot(
        settings=settings,
        adapter=adapter,
        store=store,
        dispatcher=dispatcher,
        timers=timers,
        ownership=ownership,
    )


@runtime_checkable
class CatchesUpAfter(Protocol):
    """An adapter that catches up once connected and can run a step first (Discord)."""

    def catch_up_after(self, step: Callable[[], Awaitable[None]]) -> None: ...


@runtime_checkable
class KnowsRoomsRunHere(Protocol):
    """An adapter that must tell the workshops this process runs from those another
    process owns, though it reads both (Discord: a floor after a restart)."""

    def rooms_run_here_from(self, test: Callable[[str], bool]) -> None: ...


def _main_room_lookup(dispatcher: Dispatcher, ownership: Ownership | None) -> RoomLookup:
    """A room -> the main room of its running workshop (None: none runs there). A
    workshop whose lease another process still holds (after a kill -9, the dead
    process's, until it expires) runs there too: its messages are read, caught up
    and kept by `Ownership`, and handled when the room is taken over. Without it, the
    Discord adapter ignored them and forgot where its catch-up starts, so what was typed
    while the bot was down, and until the lease expired, was lost."""

    def main_room_of(room: str) -> str | None:
        state = dispatcher.state_in(room)
        if state is not None:
            return state.room
        return ownership.waiting.get(room) if ownership is not None else None

    return main_room_of


def _room_test(abilities: Abilities) -> Callable[[str], bool] | None:
    """Which rooms this process hears, if it hears only some."""
    serves = abilities.serves_some_rooms
    return serves.handles_room if serves is not None else None


def _plans_folder(setting: str) -> Path | None:
    """The plans folder, resolved now (a later change of directory does not move it)."""
    return Path(setting).expanduser().resolve() if setting.strip() else None


# The garbage collector's first threshold: container objects made (less those freed)
# before a young pass. Python's 700 means about 25 passes in a burst of 500 commands,
# each of which holds its new state, events and effects until its commit (about 20,000
# objects alive at once, docs/performance.md): every pass walks objects that are all
# still alive, 3-7 ms of each burst, and promotes them so older passes walk them again.
# With 50,000 a burst ends, and reference counting frees what it made, before a pass is
# due: a pass every few thousand commands instead. Nearly all the bot makes is freed by
# reference counting (frozen dataclasses and tuples, no cycles); a pass only finds the
# rare cycle, so letting more objects pile up first costs a few MB at most. The older
# generations keep Python's thresholds (10, 10).
YOUNG_THRESHOLD = 50_000


class FreezeNewWorkshops:
    """Workshops started after start-up (or restored, or taken over from another
    process) live as long as start-up's, but start-up's freeze did not see them: with
    the young threshold at YOUNG_THRESHOLD they stay in the young generation, and the
    first young pass after 500 were started walked them all, 6-29 ms in the middle of
    a burst (docs/performance.md, "Sixth pass"). So once a workshop has been placed,
    at the end of that turn of the event loop (one for every workshop placed in the
    turn), what lives is frozen as at start-up: one full collection first, which walks
    only what was made since the last freeze, so no garbage is frozen."""

    def __init__(self) -> None:
        self._due = False

    def __call__(self) -> None:
        if self._due:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a tool placing workshops): nothing to keep fast
            return
        self._due = True
        loop.call_soon(self._freeze)

    def _freeze(self) -> None:
        self._due = False
        _freeze_what_lives_on()


def _freeze_what_lives_on() -> None:
    """Everything made so far (modules, lexicons, the restored workshops) lives as
    long as the bot: kept out of the garbage collector's full passes, which otherwise
    walk it all (with 500 workshops, tens of ms) in the middle of a burst of commands.
    One full collection first, so no garbage is frozen. Reference counting still
    frees any of it that is dropped later. Young passes come less often
    (YOUNG_THRESHOLD)."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:  # 0: the collector is off; higher: someone chose so
        gc.set_threshold(YOUNG_THRESHOLD, middle, old)
