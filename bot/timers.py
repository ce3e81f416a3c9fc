"""Keeps a scheduler in step with the timers that workshop state implies.

`sync(workshop_id, timers)` is called after every change: missing timers are
added, stale ones removed, moved ones rescheduled. Timer ids are
deterministic, so re-arming after a restart is idempotent.

APScheduler 3 `AsyncIOScheduler` with its in-memory job store: state, not the
scheduler, is the record of what is pending. (Its SQLAlchemy job store would
do blocking I/O on the event loop against the same SQLite file.)
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Protocol

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

    def start(self) -> None:
        if not self.scheduler.running:
            self.scheduler.start()

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def sync(self, workshop_id: str, timers: Iterable[Timer]) -> None:
        wanted = {timer.id: timer for timer in timers}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(f"{workshop_id}/") and job.id not in wanted:
                job.remove()
        for timer in wanted.values():
            job = self.scheduler.get_job(timer.id)
            if job is None or job.args[0] != timer:  # new, or moved (a retry keeps its timer)
                self._arm(timer)

    def _arm(self, timer: Timer, at: float | None = None) -> None:
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
        if self.on_fire is None:
            log.error("timer %s fired with nobody to tell", timer.id)
            return
        try:
            await self.on_fire(timer)
        except Exception:
            # Never drop a timer: try again shortly; its event is not in the log yet.
            log.exception("timer %s failed; trying again in %s s", timer.id, RETRY_SECONDS)
            self._arm(timer, at=time.time() + RETRY_SECONDS)
