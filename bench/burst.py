"""500 commands at the same instant, and what one command costs (issue 21 part 3).

    python bench/burst.py [--workshops N] [--bursts K] [--profile FILE] [--restart]

Prints one JSON object. Four kinds of figure, from the same bot:

- `burst`: K times, every one of N workshops sends a command (a ✋ or a `/next`,
  by turns; half of each in every burst) at the same instant (`asyncio.gather`).
  Each command is timed two ways: from its own arrival (when its task first ran
  and called `handle_text`, as bench/core.py's latency benchmark does) and from
  the burst's instant (when the gather began). Each burst's p50 and p99 of both; the best of the K.
- `cpu_us_per_command`: process CPU time (every thread, so the writer's too) over
  commands sent one after another in one workshop, divided by their number.
- `calls_per_command`: Python function calls over the same (cProfile's count: a
  measure of work that the machine's load does not change).
- `loop_turns_per_command`: event-loop iterations (`_run_once`) over the same: each
  `await` on something not yet done is at least one turn.
- in each burst: its CPU per command (every thread), loop turns, the garbage
  collector's passes and CPU time (on the loop's thread), and the store writer's
  batches (sizes, CPU time of the thread that wrote each).
- with `--restart`, `burst_restarted`: the same bursts after the bot is stopped and
  started again (the workshops restored from the log and snapshots), as
  bench/core.py's latency benchmark does.

On one core the last command of a burst waits at least N x (CPU per command in a
burst) from the instant: the floor, printed beside the figures. From its own arrival
the first command waits for every command's work up to its append (asyncio runs each
ready task once per turn) and then for the commit of the batch that holds them all:
`cpu_ms_up_to_appends` (the CPU of that turn) plus `writer_cpu_ms_appends_batch` (the
writer's CPU for that batch) is the floor of the first answers, `floor_ms_first_answers`;
`cpu_ms_after_commits` (everyone's effects, in the turns after the commit) comes on top
for the last.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import (  # noqa: E402
    FailureCounter,
    hand_or_next,
    median,
    open_bot,
    percentile,
    start_workshop,
)
from storage.store import ANSWER_FIRST  # noqa: E402

PEOPLE = 5


class GarbageCollections:
    """Counts the collector's passes and their CPU time while installed (gc.callbacks):
    a full pass over 500 live workshops is tens of ms, so it shows in a burst."""

    def __init__(self) -> None:
        self.count = 0
        self.cpu = 0.0
        self._started = 0.0
        self.generations: list[int] = []  # the oldest generation each pass collected

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.thread_time()
        else:
            self.count += 1
            self.cpu += time.thread_time() - self._started
            self.generations.append(info["generation"])

    def __enter__(self) -> GarbageCollections:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._callback)


class LoopTurns:
    """Counts the event loop's iterations while installed (BaseEventLoop._run_once is
    asyncio's one iteration: run every ready callback once, then poll), and keeps each
    turn's ready callbacks (`loop._ready`, asyncio's own queue: a bench may look), CPU
    time on the loop's thread, and the collector's CPU time within it."""

    def __init__(self, collections: GarbageCollections) -> None:
        self.count = 0
        self.collections = collections
        # (callbacks ready, CPU seconds, of which the garbage collector's)
        self.turns: list[tuple[int, float, float]] = []
        self._original = None

    def __enter__(self) -> LoopTurns:
        import asyncio.base_events as base

        self._original = original = base.BaseEventLoop._run_once
        counter = self

        def counted(loop):
            counter.count += 1
            ready = len(loop._ready)
            cpu = time.thread_time()
            collected = counter.collections.cpu
            try:
                return original(loop)
            finally:
                counter.turns.append(
                    (ready, time.thread_time() - cpu, counter.collections.cpu - collected)
                )

        base.BaseEventLoop._run_once = counted
        return self

    def __exit__(self, *_: object) -> None:
        import asyncio.base_events as base

        base.BaseEventLoop._run_once = self._original


class WriterBatches:
    """The store writer's batches while installed (storage/store.py `Writer._run_batch`,
    the one function that writes every batch, on whichever thread): how many writes
    each held and the CPU time of its thread in it. A burst's first commands are
    answered once every command has reached its append (the loop's turn) AND their
    batch has committed: the two CPU times together are the floor of the p99."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.appends: list[int] = []  # how many of each batch's writes were appends
        self.cpu: list[float] = []
        self._original = None

    def appends_batch_cpu(self) -> float:
        """CPU time of the batch with the most appends (a burst's commands)."""
        if not self.appends:
            return float("nan")
        return self.cpu[self.appends.index(max(self.appends))]

    def __enter__(self) -> WriterBatches:
        from storage.store import Writer, _Append

        self._original = original = Writer._run_batch
        batches = self

        def timed(writer, conn, batch):
            cpu = time.thread_time()
            try:
                return original(writer, conn, batch)
            finally:
                batches.cpu.append(time.thread_time() - cpu)
                batches.sizes.append(len(batch))
                batches.appends.append(sum(isinstance(w.op, _Append) for w in batch))

        Writer._run_batch = timed
        return self

    def __exit__(self, *_: object) -> None:
        from storage.store import Writer

        Writer._run_batch = self._original


def _command(d, counters: dict[int, int], failures: FailureCounter):
    """One command in workshop `n` (a ✋, then a next, by turns). Returns its times
    (arrival, answered) or None if it was lost."""

    async def one(n: int) -> tuple[float, float] | None:
        return await hand_or_next(d, n, counters, PEOPLE, failures)

    return one


async def measure(
    workshops: int,
    bursts: int,
    sequential: int,
    folder: Path,
    profile: Path | None = None,
    restart: bool = False,
) -> dict:
    run = await open_bot(folder / "burst.db")
    for n in range(workshops):
        await start_workshop(run, n, PEOPLE)
    run.platform.sent.clear()
    failures = FailureCounter()
    counters = {n: 0 for n in range(workshops)}
    one = _command(run.bot.dispatcher, counters, failures)
    out: dict = {"workshops": workshops, "bursts": bursts}
    # Every burst half ✋ and half `/next`, as 500 people pressing at once would be and
    # as bench/core.py's bursts are after its open traffic: a hand goes up first in
    # every odd workshop, so it is one command ahead (its first burst command is a
    # `/next` with someone waiting). With every workshop in step, each burst was all ✋
    # or all `/next`, and the best of 5 was nearly always an all-✋ burst (the cheaper
    # kind): this benchmark then read better than bench/run.py's (docs/performance.md,
    # "Fifth pass").
    await asyncio.gather(*(one(n) for n in range(1, workshops, 2)))

    # One command after another in one workshop: the cost of a command.
    for _ in range(50):  # warm caches first
        await one(0)
    with LoopTurns(GarbageCollections()) as turns:
        cpu0 = time.process_time()
        for _ in range(sequential):
            await one(0)
        cpu = time.process_time() - cpu0
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(sequential):
        await one(0)
    profiler.disable()
    calls = pstats.Stats(profiler).total_calls
    out["sequential_commands"] = sequential
    out["cpu_us_per_command"] = cpu / sequential * 1e6
    out["calls_per_command"] = calls / sequential
    out["loop_turns_per_command"] = turns.count / sequential
    run.platform.sent.clear()
    out["burst"] = await _bursts(run, one, workshops, bursts, failures, profile)
    if restart:
        # The same workshops after the bot is stopped and started again: restored from
        # the log and snapshots, and frozen at start-up (bot/bootstrap.py).
        await run.bot.close()
        run = await open_bot(folder / "burst.db")
        one = _command(run.bot.dispatcher, counters, failures)
        out["burst_restarted"] = await _bursts(run, one, workshops, bursts, failures, None)
    await run.bot.close()
    return out


async def _bursts(run, one, workshops: int, bursts: int, failures, profile: Path | None) -> dict:
    """`bursts` times, every workshop sends a command at the same instant: each burst's
    figures (see the module's docstring) and the best of them."""
    failures.reset()
    each: list[dict] = []
    lost = 0
    burst_profiler = cProfile.Profile() if profile else None
    for _ in range(bursts):
        if burst_profiler:
            burst_profiler.enable()
        with (
            GarbageCollections() as collections,
            LoopTurns(collections) as turns,
            WriterBatches() as batches,
        ):
            cpu0 = time.process_time()
            instant = time.perf_counter()
            times = await asyncio.gather(*(one(n) for n in range(workshops)))
            whole = time.perf_counter() - instant
            cpu = time.process_time() - cpu0
        if burst_profiler:
            burst_profiler.disable()
        run.platform.sent.clear()
        # The turn in which every command ran up to its append (the first with every
        # command ready): the first command waits for all of it, so its CPU is the floor
        # of the first answers. After it, the turns in which the callers resumed after
        # their commit and carried out their effects: the writer gives a batch's results
        # in two turns (storage/store.py `_give_results`: the first ANSWER_FIRST, then
        # the rest), so every turn after it with at least that many callbacks counts
        # (the outbox marks' callbacks too, which cost next to nothing).
        wide = [(cpu, gc_cpu) for ready, cpu, gc_cpu in turns.turns if ready >= workshops]
        first_wide = next(
            (n for n, (ready, _, _) in enumerate(turns.turns) if ready >= workshops), None
        )
        after = (
            [
                cpu
                for ready, cpu, _ in turns.turns[first_wide + 1 :]
                if ready >= min(ANSWER_FIRST, workshops)
            ]
            if first_wide is not None
            else []
        )
        done = [t for t in times if t is not None]
        lost += len(times) - len(done)
        own = [(end - arrived) * 1000 for arrived, end in done]
        from_instant = [(end - instant) * 1000 for _, end in done]
        each.append(
            {
                "p50_ms": median(own),
                "p99_ms": percentile(own, 99),
                "p50_ms_from_instant": median(from_instant),
                "p99_ms_from_instant": percentile(from_instant, 99),
                "whole_ms": whole * 1000,
                "cpu_us_per_command": cpu / workshops * 1e6,
                "loop_turns": turns.count,
                "cpu_ms_up_to_appends": wide[0][0] * 1000 if wide else float("nan"),
                "gc_cpu_ms_up_to_appends": wide[0][1] * 1000 if wide else float("nan"),
                "cpu_ms_after_commits": sum(after) * 1000 if after else float("nan"),
                "gc_passes": collections.count,
                "gc_cpu_ms": collections.cpu * 1000,
                "gc_passes_by_generation": [collections.generations.count(g) for g in range(3)],
                # The batch holding the appends, and all the writer did.
                "writer_cpu_ms_appends_batch": batches.appends_batch_cpu() * 1000,
                "writer_cpu_ms": sum(batches.cpu) * 1000,
                "writer_batch_sizes": batches.sizes,
                "writer_batch_appends": batches.appends,
            }
        )
    if burst_profiler and profile:
        burst_profiler.dump_stats(str(profile))
    best = min(each, key=lambda b: b["p99_ms"])
    return {
        "best_p50_ms": best["p50_ms"],
        "best_p99_ms": best["p99_ms"],
        "best_p99_ms_from_instant": min(b["p99_ms_from_instant"] for b in each),
        "best_whole_ms": min(b["whole_ms"] for b in each),
        "best_cpu_us_per_command": min(b["cpu_us_per_command"] for b in each),
        # What the first commands' p99 cannot beat: everyone's work up to the append.
        "best_cpu_ms_up_to_appends": min(b["cpu_ms_up_to_appends"] for b in each),
        "best_cpu_ms_after_commits": min(b["cpu_ms_after_commits"] for b in each),
        "gc_cpu_ms_up_to_appends_each": [b["gc_cpu_ms_up_to_appends"] for b in each],
        "best_writer_cpu_ms_appends_batch": min(b["writer_cpu_ms_appends_batch"] for b in each),
        # The p99 from own arrival cannot beat the loop's turn up to every append plus
        # the commit of their batch (same burst; the best burst's pair).
        "floor_ms_first_answers": min(
            b["cpu_ms_up_to_appends"] + b["writer_cpu_ms_appends_batch"] for b in each
        ),
        "floor_ms_one_core": workshops * min(b["cpu_us_per_command"] for b in each) / 1000,
        "lost": lost,
        "failures": failures.count,
        "failure_reasons": dict(failures.reasons),
        "each": each,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workshops", type=int, default=500)
    parser.add_argument("--bursts", type=int, default=5)
    parser.add_argument("--sequential", type=int, default=2000)
    parser.add_argument("--profile", type=Path, help="cProfile stats of the bursts only")
    parser.add_argument(
        "--restart", action="store_true", help="also the bursts after a restart (burst_restarted)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-burst-") as tmp:
        result = asyncio.run(
            measure(
                args.workshops,
                args.bursts,
                args.sequential,
                Path(tmp),
                args.profile,
                args.restart,
            )
        )
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
