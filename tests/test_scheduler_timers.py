"""bot/timers.py `SchedulerTimers`: the real APScheduler kept in step with state.

`sync` runs after every command; it knows what it armed per workshop instead of
asking the scheduler for every job of every workshop each time. These tests check
that the scheduler's jobs still follow state exactly: added, kept, moved, removed,
and armed again after one has fired. Nothing here waits for a timer to come due:
a firing is what APScheduler does with a date job (drops it, then runs it).
"""

from __future__ import annotations

import datetime as dt

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.timers import SchedulerTimers
from facilitation.timers import TIMEBOX_END, TIMEBOX_WARNING, Timer

DUE = 4_000_000_000.0  # far ahead: nothing fires during a test


def _turn(workshop_id: str, turn: int) -> list[Timer]:
    prefix = f"{workshop_id}/turn-{turn}"
    return [
        Timer(f"{prefix}/warning", workshop_id, TIMEBOX_WARNING, DUE, turn),
        Timer(f"{prefix}/end", workshop_id, TIMEBOX_END, DUE + 60, turn),
    ]


def _jobs(timers: SchedulerTimers) -> dict[str, Timer]:
    return {job.id: job.args[0] for job in timers.scheduler.get_jobs()}


async def test_jobs_follow_each_workshops_timers():
    timers = SchedulerTimers(AsyncIOScheduler(timezone=dt.UTC))
    timers.sync("w1", _turn("w1", 1))
    timers.sync("w2", _turn("w2", 1))
    assert _jobs(timers) == {t.id: t for t in _turn("w1", 1) + _turn("w2", 1)}

    # The same timers again (a command that did not change them): the jobs are kept.
    kept = timers.scheduler.get_job("w1/turn-1/end")
    timers.sync("w1", _turn("w1", 1))
    assert timers.scheduler.get_job("w1/turn-1/end") is kept

    # Moved (a new turn) and removed (no speaker): only that workshop's jobs change.
    timers.sync("w1", _turn("w1", 2))
    assert _jobs(timers) == {t.id: t for t in _turn("w1", 2) + _turn("w2", 1)}
    timers.sync("w2", [])
    assert _jobs(timers) == {t.id: t for t in _turn("w1", 2)}

    # A timer whose time moved under the same id is rescheduled.
    later = Timer("w1/turn-2/end", "w1", TIMEBOX_END, DUE + 120, 2)
    timers.sync("w1", [_turn("w1", 2)[0], later])
    assert _jobs(timers)["w1/turn-2/end"] == later


async def test_a_timer_that_fired_is_armed_again_if_state_still_wants_it():
    timers = SchedulerTimers(AsyncIOScheduler(timezone=dt.UTC))
    fired: list[str] = []

    async def on_fire(timer: Timer) -> None:
        fired.append(timer.id)

    timers.on_fire = on_fire
    warning, end = _turn("w1", 1)
    timers.sync("w1", [warning, end])
    # As APScheduler fires a date job: it drops the job, then runs it.
    timers.scheduler.remove_job(warning.id)
    await timers._fire(warning)
    assert fired == [warning.id]
    # The command the firing ran did not change state (say it failed to store, and
    # the core will be asked again): sync arms it again rather than trusting memory.
    timers.sync("w1", [warning, end])
    assert set(_jobs(timers)) == {warning.id, end.id}


async def test_a_timer_removed_just_as_it_fired_is_not_an_error():
    timers = SchedulerTimers(AsyncIOScheduler(timezone=dt.UTC))
    warning, end = _turn("w1", 1)
    timers.sync("w1", [warning, end])
    timers.scheduler.remove_job(end.id)  # fired; its `_fire` not run yet
    timers.sync("w1", [])
    assert _jobs(timers) == {}
