"""A clock and timers that move only when told: for the demo and for tests.

They implement the same ports as the real clock and `SchedulerTimers`, so the
real core, dispatcher and store run unchanged; only time is simulated.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.timers import FireHandler
from facilitation.timers import Timer


class ManualClock:
    def __init__(self, start: float = 1_790_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class ManualTimers:
    """Records what is armed; `advance` moves the clock and fires what came due, in order."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock
        self.armed: dict[str, Timer] = {}
        self.fired: list[str] = []
        self.on_fire: FireHandler | None = None

    def start(self) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def sync(self, workshop_id: str, timers: Iterable[Timer]) -> None:
        for timer_id in [t for t in self.armed if t.startswith(f"{workshop_id}/")]:
            del self.armed[timer_id]
        self.armed.update({timer.id: timer for timer in timers})

    async def advance(self, seconds: float) -> None:
        target = self.clock.now + seconds
        while due := [t for t in self.armed.values() if t.due <= target]:
            timer = min(due, key=lambda t: t.due)
            del self.armed[timer.id]
            self.clock.now = max(self.clock.now, timer.due)
            self.fired.append(timer.id)
            if self.on_fire is not None:
                try:
                    await self.on_fire(timer)
                except Exception:
                    self.armed[timer.id] = timer  # not lost: it stays armed, and the test sees why
                    raise
        self.clock.now = target
