"""Keeps a scheduler in step with the timers that workshop state implies.

`sync(workshop_id, timers)` is called after every change: missing timers are
added, stale ones removed, moved ones rescheduled. Timer ids are
deterministic, so re-arming after a restart is idempotent.

APScheduler 3 `AsyncIOScheduler` with its in-memory job store: state, not the
scheduler, is the record of what is pending. (Its SQLAlchemy job store would
do blocking I/O on the event loop against the same SQLite file.)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Protocol

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from facilitation.timers import Timer

log = logging.getLogger(__name__)

RETRY_SECONDS = 5.0

FireHandler = Callable[[Timer], Awaitable[None]]


class TimerPort(Protocol):
    on_fire: FireHandler | None

    def sync(self, workshop_id: str, timers: Iterable[Timer]) -> None: ...

    def start(self) -> None: ...

    def shutdown(self) -> None: ...


def _at(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


class SchedulerTimers:
    def __init__(self, scheduler: AsyncIOScheduler | None = None) -> None:
        self.scheduler = scheduler or AsyncIOScheduler(timezone=dt.UTC)
        self.on_fire: FireHandler | None = None
        # What is armed in the scheduler, by workshop: `sync` runs after every command,
        # and asking the scheduler instead (`get_jobs`, every job of every workshop)
        # cost 0.4-0.75 ms a command with 500 workshops of two timers each. A timer
        # leaves it when it fires (the scheduler drops a date job once it has run).
        self._armed: dict[str, dict[str, Timer]] = {}

    def start(self) -> None:
        if not self.scheduler.running:
            self.scheduler.start()

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def sync(self, workshop_id: str, timers: Iterable[Timer]) -> None:
        wanted = {timer.id: timer for timer in timers}
        armed = self._armed.get(workshop_id, {})
        for timer_id in armed.keys() - wanted.keys():
            self._disarm(workshop_id, timer_id)
        for timer in wanted.values():
            if armed.get(timer.id) != timer:  # new, or moved (a retry keeps its timer)
                self._arm(timer)

    def _disarm(self, workshop_id: str, timer_id: str) -> None:
        self._forget(workshop_id, timer_id)
        with contextlib.suppress(JobLookupError):  # it has just fired: `_fire` is under way
            self.scheduler.remove_job(timer_id)

    def _forget(self, workshop_id: str, timer_id: str) -> None:
        armed = self._armed.get(workshop_id)
        if armed is not None:
            armed.pop(timer_id, None)
            if not armed:
                del self._armed[workshop_id]

    def _arm(self, timer: Timer, at: float | None = None) -> None:
        self._armed.setdefault(timer.workshop_id, {})[timer.id] = timer
        # misfire_grace_time=None: a timer that came due while we were busy or
        # down still fires (late) rather than being dropped.
        self.scheduler.add_job(
            self._fire,
            "date",
            run_date=_at(timer.due if at is None else at),
            args=[timer],
            id=timer.id,
            replace_existing=True,
            misfire_grace_time=None,
        )

    async def _fire(self, timer: Timer) -> None:
        # The scheduler has dropped this job; unless a sync armed it again meanwhile.
        if self.scheduler.get_job(timer.id) is None:
            self._forget(timer.workshop_id, timer.id)
        if self.on_fire is None:
            log.error("timer %s fired with nobody to tell", timer.id)
            return
        try:
            await self.on_fire(timer)
        except Exception:
            # Never drop a timer: try again shortly; its event is not in the log yet.
            log.exception("timer %s failed; trying again in %s s", timer.id, RETRY_SECONDS)
            self._arm(timer, at=time.time() + RETRY_SECONDS)
