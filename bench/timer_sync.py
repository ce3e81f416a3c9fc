"""What keeping the real scheduler in step costs a command (bot/timers.py).

    python bench/timer_sync.py [--workshops N]

The bus calls `SchedulerTimers.sync(workshop, pending timers)` after every command.
bench/burst.py and bench/core.py run the bot over `ManualTimers` (bot/simulation.py),
so they do not see APScheduler's cost; this does. N workshops each have a speaker's
two timers (a timebox's warning and end) armed in a started AsyncIOScheduler; then
every workshop syncs once with the same timers (a `!hand`: nothing changes) and once
with the next turn's (a `!next`: two removed, two added). Prints µs per sync, each
the best of 3 rounds. Not a test: nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.timers import SchedulerTimers  # noqa: E402
from facilitation.timers import TIMEBOX_END, TIMEBOX_WARNING, Timer  # noqa: E402

AHEAD = 3600.0  # far enough that nothing fires during the run


def _turn(workshop_id: str, turn: int, now: float) -> list[Timer]:
    prefix = f"{workshop_id}/turn-{turn}"
    return [
        Timer(f"{prefix}/warning", workshop_id, TIMEBOX_WARNING, now + AHEAD, turn),
        Timer(f"{prefix}/end", workshop_id, TIMEBOX_END, now + AHEAD + 60, turn),
    ]


async def measure(workshops: int) -> dict:
    timers = SchedulerTimers()
    timers.start()
    now = time.time()
    ids = [f"w{n}" for n in range(workshops)]
    turn = 1
    for wid in ids:
        timers.sync(wid, _turn(wid, turn, now))
    unchanged: list[float] = []
    moved: list[float] = []
    for _ in range(3):
        started = time.perf_counter()
        for wid in ids:
            timers.sync(wid, _turn(wid, turn, now))
        unchanged.append((time.perf_counter() - started) / workshops * 1e6)
        turn += 1
        started = time.perf_counter()
        for wid in ids:
            timers.sync(wid, _turn(wid, turn, now))
        moved.append((time.perf_counter() - started) / workshops * 1e6)
        await asyncio.sleep(0)  # let the scheduler take in what was added
    jobs = len(timers.scheduler.get_jobs())
    timers.shutdown()
    return {
        "workshops": workshops,
        "jobs": jobs,
        "us_per_sync_unchanged": min(unchanged),
        "us_per_sync_moved": min(moved),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workshops", type=int, default=500)
    args = parser.parse_args()
    json.dump(asyncio.run(measure(args.workshops)), sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
