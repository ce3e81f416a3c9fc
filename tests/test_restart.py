"""A restart over the same database rebuilds workshops and re-arms timers.

This uses the real APScheduler, so it waits a couple of real seconds.
"""

from __future__ import annotations

import asyncio
import time

from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from bot.timers import SchedulerTimers
from facilitation import words
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
    # First run: the speaker was called 8 s "ago" with 10 s to speak (warning at 5 s),
    # and the bot stops before any timer fires.
    first = FakePlatform()
    ago = lambda: time.time() - 8  # noqa: E731
    bot = await bootstrap(settings, first, clock=ago, timers=ManualTimers(ManualClock()))
    await _say(bot, HOST, START, 1)
    await _say(bot, HOST, "!timebox 10s", 2)
    await _say(bot, ALICE, "!hand", 3)
    await _say(bot, BOB, "!hand", 4)
    await _say(bot, HOST, "!next", 5)
    await bot.close()
    assert words.time_nearly_up("Alice", 5) not in first.texts("post")
    assert words.time_up("Alice") not in first.texts("post")

    # Second run: the real scheduler re-arms both timers from state. The warning is
    # overdue and fires at once; the end comes about 2 s later.
    second = FakePlatform()
    bot = await bootstrap(settings, second, timers=SchedulerTimers())
    bot.timers.start()
    assert bot.dispatcher.state_in(ROOM).speaker.person_id == ALICE.id
    time_up = words.time_up("Alice")
    await _wait_for(lambda: time_up in second.texts("post"))
    await asyncio.sleep(0.5)
    await bot.close()
    posts = second.texts("post")
    assert posts.count(words.time_nearly_up("Alice", 5)) == 1
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
