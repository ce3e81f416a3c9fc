"""A restart over the same database rebuilds workshops and re-arms timers.

This uses the real APScheduler; a timer's end is reached by moving the bot's clock
and the scheduler's job, not by waiting for it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time

from bot.bootstrap import bootstrap
from bot.recovery import _keys as effect_keys
from bot.simulation import ManualClock, ManualTimers
from bot.timers import SchedulerTimers
from facilitation import words
from facilitation.timers import TIMEBOX_END, pending_timers
from tests.conftest import ALICE, BOB, HOST, ROOM, START, settings_for
from tests.fakes import FakePlatform


async def _say(bot, actor, text, n):
    await bot.dispatcher.handle_text(text, actor=actor, room=ROOM, source_id=f"run-{n}")


async def _wait_for(predicate, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)


async def test_restart_rearms_a_pending_timer_that_fires_exactly_once(database):
    settings = settings_for(database)
    # First run: the speaker was called 91 s "ago" with 2 minutes to speak (warning
    # 30 s before the end), and the bot stops before any timer fires. The warning is
    # then 1 s overdue and the end 29 s away: however long the restart takes under
    # load (1-2 s measured), it lands between the two.
    first = FakePlatform()
    ago = lambda: time.time() - 91  # noqa: E731
    bot = await bootstrap(settings, first, clock=ago, timers=ManualTimers(ManualClock()))
    await _say(bot, HOST, START, 1)
    await _say(bot, HOST, "!timebox 120s", 2)
    await _say(bot, ALICE, "!hand", 3)
    await _say(bot, BOB, "!hand", 4)
    await _say(bot, HOST, "!next", 5)
    await bot.close()
    warning, time_up = words.time_nearly_up("Alice", 30), words.time_up("Alice")
    assert warning not in first.texts("post")
    assert time_up not in first.texts("post")

    # Second run: the real scheduler re-arms both timers from state. The warning is
    # overdue and fires at once; the end is armed for when the turn ends.
    second = FakePlatform()
    skipped = [0.0]  # seconds the test moves the bot's clock ahead of the real one
    timers = SchedulerTimers()
    bot = await bootstrap(settings, second, clock=lambda: time.time() + skipped[0], timers=timers)
    timers.start()
    state = bot.dispatcher.state_in(ROOM)
    assert state.speaker.person_id == ALICE.id
    (end,) = [t for t in pending_timers(state) if t.kind == TIMEBOX_END]
    await _wait_for(lambda: warning in second.texts("post"))
    assert time_up not in second.texts("post")
    assert timers.scheduler.get_job(end.id).next_run_time == dt.datetime.fromtimestamp(
        end.due, dt.UTC
    )
    # Rather than wait 29 real seconds, time moves on to the end of the turn: for
    # the bot's clock and for the scheduler's job (modify_job, APScheduler's own way
    # to move a job's next run).
    skipped[0] = end.due - time.time()
    timers.scheduler.modify_job(end.id, next_run_time=dt.datetime.now(dt.UTC))
    await _wait_for(lambda: time_up in second.texts("post"))
    # Nothing is left to fire again: each timer fired once and left the scheduler.
    assert timers.scheduler.get_jobs() == []
    await bot.close()
    posts = second.texts("post")
    assert posts.count(warning) == 1
    assert posts.count(time_up) == 1

    # Third run: nothing is pending any more, so nothing is sent again.
    third = FakePlatform()
    timers = SchedulerTimers()
    bot = await bootstrap(settings, third, timers=timers)
    timers.start()
    assert timers.scheduler.get_jobs() == []
    await asyncio.sleep(0.3)
    await bot.close()
    assert third.sent == []


async def test_restart_keeps_the_queue_and_the_queue_message(database):
    settings = settings_for(database)
    platform = FakePlatform()
    bot = await bootstrap(settings, platform, timers=ManualTimers(ManualClock()))
    await _say(bot, HOST, START, 1)
    await _say(bot, ALICE, "!hand", 2)
    await _say(bot, BOB, "!hand", 3)
    before = bot.dispatcher.state_in(ROOM)
    await bot.close()

    platform = FakePlatform()
    bot = await bootstrap(settings, platform, timers=ManualTimers(ManualClock()))
    after = bot.dispatcher.state_in(ROOM)
    assert after == before
    await _say(bot, HOST, "!next", 4)
    assert [e.ref for e in platform.of_kind("edit")] == [before.queue_message_ref]
    await bot.close()


async def test_restored_workshops_are_kept_out_of_the_collectors_full_passes(database):
    """A full garbage collection walks every object it tracks; with hundreds of
    workshops that is tens of ms in the middle of a burst of commands. What start-up
    restored lives as long as the bot, so it is frozen (gc.freeze): tracked no more."""
    import gc

    settings = settings_for(database)
    bot = await bootstrap(settings, FakePlatform(), timers=ManualTimers(ManualClock()))
    await _say(bot, HOST, START, 1)
    await _say(bot, ALICE, "!hand", 2)
    await bot.close()
    bot = await bootstrap(settings, FakePlatform(), timers=ManualTimers(ManualClock()))
    try:
        restored = bot.dispatcher.state_in(ROOM)
        assert restored.hands, "the workshop was restored with alice's hand up"
        tracked = {id(o) for o in gc.get_objects()}
        assert id(restored) not in tracked
        assert id(restored.hands) not in tracked
        # Still a live, working workshop: a new command changes it as before.
        await _say(bot, BOB, "!hand", 3)
        assert len(bot.dispatcher.state_in(ROOM).hands) == 2
    finally:
        await bot.close()


async def test_workshops_started_after_start_up_are_kept_out_of_the_collectors_passes(database):
    """A workshop started after start-up lives as long as a restored one, but
    start-up's freeze never saw it: left in the young generation, the first young pass
    after hundreds were started walked them all in the middle of a burst. Once the
    turn that placed it has ended, it is frozen too (bot/bootstrap.py
    FreezeNewWorkshops); a command in it changes it as before."""
    import gc

    settings = settings_for(database)
    bot = await bootstrap(settings, FakePlatform(), timers=ManualTimers(ManualClock()))
    try:
        await _say(bot, HOST, START, 1)
        await asyncio.sleep(0)  # the end of the turn that placed it
        started = bot.dispatcher.state_in(ROOM)
        slot = bot.dispatcher.directory.slot_in(ROOM)
        assert gc.is_tracked(started) and gc.is_tracked(slot)
        tracked = {id(o) for o in gc.get_objects()}
        assert id(started) not in tracked
        assert id(slot) not in tracked
        await _say(bot, ALICE, "!hand", 2)
        await _say(bot, BOB, "!hand", 3)
        assert len(bot.dispatcher.state_in(ROOM).hands) == 2
    finally:
        await bot.close()


async def test_a_burst_of_commands_in_many_workshops_needs_no_garbage_collection(database):
    """Each command in flight holds its new state, events and effects until its commit,
    so with Python's first threshold (700 objects) a burst of 100 commands ran a few
    young passes of the garbage collector over objects all still alive. The bot raises
    it (bot/bootstrap.py YOUNG_THRESHOLD): reference counting frees a burst's objects
    before a pass is due. Counted with gc.callbacks, not timed."""
    import gc

    from bot.bootstrap import YOUNG_THRESHOLD
    from facilitation.commands import Actor, PlatformRole

    def room(n: int) -> str:
        return f"burst:room-{n}"

    def person(n: int) -> Actor:
        return Actor(f"burst:p{n}", f"Person {n}")

    settings = settings_for(database)
    bot = await bootstrap(settings, FakePlatform(), timers=ManualTimers(ManualClock()))
    passes: list[int] = []

    def counted(phase: str, info: dict) -> None:
        if phase == "stop":
            passes.append(info["generation"])

    try:
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        workshops = 100
        for n in range(workshops):
            host = Actor(f"burst:host{n}", f"Host {n}", PlatformRole.FACILITATOR)
            await bot.dispatcher.handle_text(
                START, actor=host, room=room(n), source_id=f"start-{n}"
            )
        gc.collect()  # the count starts from nothing, whatever ran before
        gc.callbacks.append(counted)
        try:
            await asyncio.gather(
                *(
                    bot.dispatcher.handle_text(
                        "!hand", actor=person(n), room=room(n), source_id=f"burst-{n}"
                    )
                    for n in range(workshops)
                )
            )
        finally:
            gc.callbacks.remove(counted)
        assert all(len(bot.dispatcher.state_in(room(n)).hands) == 1 for n in range(workshops))
        assert passes == []
    finally:
        await bot.close()


def test_effect_keys_are_the_source_and_the_place_for_any_number_of_effects() -> None:
    """A restart names the effects of a stored event as the command did:
    "<source id>/<place>". The places up to 16 are made once (bot/recovery.py
    `_PLACES`), more are formatted: both give the same strings."""
    for count in range(40):
        assert effect_keys("cmd-7-3#1", count) == [f"cmd-7-3#1/{n}" for n in range(count)]
