"""The in-process benchmarks: transcript ingest, command latency, replay, memory.

    python bench/core.py ingest|latency|replay|memory [--quick] [--profile FILE]

Each prints one JSON object on stdout. `bench/run.py` runs each in its own
process, so one benchmark's memory and caches never colour the next.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import logging
import os
import random
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import (  # noqa: E402
    SAYINGS,
    FailureCounter,
    build_template,
    clone_workshops,
    empty_database,
    hand_or_next,
    median,
    open_bot,
    participant,
    percentile,
    room,
    rss_bytes,
    start_workshop,
)
from facilitation import events as ev  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.store import EventStore, make_engine  # noqa: E402

# --- 1. transcript ingest ------------------------------------------------------------


async def ingest(quick: bool, folder: Path, worker: bool = False) -> dict:
    """K workshops x M participants post ordinary messages through handle_text
    (parse, per-room lock, duplicate check, decide with the classifier, one
    transaction per message, evolve, effects to FakePlatform). Two arrivals:

    - `concurrent`: the K workshops' tasks run at once (as K busy rooms would);
    - `interleaved`: one task sends round-robin across the K rooms, so no two
      commands overlap (the bot's service rate without write contention).

    Wall seconds and CPU seconds (process time, the writer's thread included: on a
    shared machine the CPU figure moves less with other people's load).

    Then the rows the bot stored go into an empty copy of the schema with one
    raw sqlite3 executemany in one transaction: the floor, same run, same rows.
    Only messages that reached the log count as ingested.

    `worker` (`--worker`): the classifier's worker process (bot/reader.py) is on and
    started before the timed part, as on a bot that has been busy before; its CPU
    seconds are given apart and counted in `messages_per_cpu_s`."""
    k, m, rounds = (10, 30, 3) if quick else (20, 30, 6)
    out: dict = {"workshops": k, "participants": m}
    failures = FailureCounter()
    for mode in ("interleaved", "concurrent"):
        database = folder / f"ingest-{mode}.db"
        run = await open_bot(database)
        for n in range(k):
            await start_workshop(run, n, m)
        run.platform.sent.clear()
        d = run.bot.dispatcher
        if worker:
            d.bus.reader.enabled = True
            if not await d.bus.reader.started():
                raise RuntimeError("the classifier's worker did not start")
        worker_cpu_before = _worker_cpu(d)
        with sqlite3.connect(database) as conn:
            before = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
        rngs = {n: random.Random(n) for n in range(k)}

        async def say(n: int, r: int, p: int, d=d, rngs=rngs) -> None:
            await d.handle_text(
                rngs[n].choice(SAYINGS),
                actor=participant(n, p),
                room=room(n),
                source_id=f"m-{n}-{r}-{p}",
            )

        async def workshop(n: int, say=say) -> None:
            for r in range(rounds):
                for p in range(m):
                    await say(n, r, p)

        failures.reset()
        started, cpu_started = time.perf_counter(), time.process_time()
        if mode == "concurrent":
            await asyncio.gather(*(workshop(n) for n in range(k)))
        else:
            for r in range(rounds):
                for p in range(m):
                    for n in range(k):
                        await say(n, r, p)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started  # every thread: the writer's too
        answered, batches = d.bus.reader.answered, d.bus.reader.batches
        worker_cpu = _worker_cpu(d) - worker_cpu_before
        cpu += worker_cpu
        await run.bot.close()
        sent = k * m * rounds
        src = sqlite3.connect(database)
        rows = src.execute(
            "SELECT workshop_id, seq, type, payload, actor_id, source_id, recorded_at "
            "FROM events WHERE id > ? ORDER BY id",
            (before,),
        ).fetchall()
        stored = sum(1 for row in rows if row[2] == "MessagePosted")
        workshop_rows = src.execute("SELECT * FROM workshops").fetchall()
        src.close()
        raw_seconds = await _raw_insert(folder / f"raw-{mode}.db", workshop_rows, rows)
        rate = stored / elapsed
        raw_rate = stored / raw_seconds
        out[mode] = {
            "messages_sent": sent,
            "messages": stored,
            "lost": sent - stored,
            "failures": failures.count,
            "failure_reasons": dict(failures.reasons),
            "event_rows": len(rows),
            "seconds": elapsed,
            "messages_per_s": rate,
            "cpu_seconds": cpu,
            "worker_cpu_seconds": worker_cpu,
            "read_by_worker": answered,
            "worker_batches": batches,
            "messages_per_cpu_s": stored / cpu,
            "raw_seconds": raw_seconds,
            "raw_messages_per_s": raw_rate,
            "ratio_to_raw": rate / raw_rate,
        }
    return out


def _worker_cpu(d) -> float:
    """CPU seconds the classifier's worker has used so far (Linux: /proc), 0 if none."""
    process = d.bus.reader._process
    if process is None:
        return 0.0
    fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


async def _raw_insert(raw_db: Path, workshop_rows: list, rows: list) -> float:
    """Seconds to insert `rows` with one executemany in one transaction."""
    await empty_database(raw_db)
    raw = sqlite3.connect(raw_db, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        raw.execute(f"PRAGMA {pragma}")
    raw.executemany(f"INSERT INTO workshops VALUES ({','.join('?' * 6)})", workshop_rows)
    started = time.perf_counter()
    raw.execute("BEGIN")
    raw.executemany(
        "INSERT INTO events (workshop_id, seq, type, payload, actor_id, source_id, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    raw.execute("COMMIT")
    elapsed = time.perf_counter() - started
    raw.close()
    return elapsed


# --- 1b. the store alone: appends ------------------------------------------------------


async def appends(quick: bool, folder: Path) -> dict:
    """The event store alone (storage/store.py, no dispatcher, no classifier): one
    `MessagePosted` per `append`, as a chat message is stored, on a SQLite file with
    synchronous=NORMAL. Two arrivals, as in `ingest`:

    - `one_at_a_time`: each append awaited before the next (round-robin over W
      workshops): one transaction per append, the cost of the write path itself;
    - `at_once`: the appends of a round (one per workshop) gathered, so the writer
      commits them together (group commit).

    Wall and CPU seconds (process time: every thread of this process, the writer's
    included), each the best of 3 rounds on a fresh database; the floor is one raw
    sqlite3 executemany of the same rows in one transaction, same run."""
    w, n = (20, 1_000) if quick else (20, 4_000)
    out: dict = {"workshops": w, "appends": n}
    for mode in ("one_at_a_time", "at_once"):
        best: dict | None = None
        for attempt in range(3):
            database = folder / f"appends-{mode}-{attempt}.db"
            engine = make_engine(f"sqlite+aiosqlite:///{database}")
            await upgrade(engine)
            store = EventStore(engine)
            ids = [f"bench-w{k}" for k in range(w)]
            for k, wid in enumerate(ids):  # the workshops rows the events refer to
                await store.append(wid, [_started(wid, k)], actor_id="f", source_id=wid, now=1e9)

            def one(i: int, ids=ids, store=store):
                event = ev.MessagePosted(
                    person_id=f"p{i % 30}", text=SAYINGS[i % len(SAYINGS)], at=1e9 + i
                )
                return store.append(
                    ids[i % w], [event], actor_id=f"p{i % 30}", source_id=f"a-{i}", now=1e9 + i
                )

            wall0, cpu0 = time.perf_counter(), time.process_time()
            if mode == "one_at_a_time":
                for i in range(n):
                    await one(i)
            else:
                for start in range(0, n, w):
                    await asyncio.gather(*(one(i) for i in range(start, min(n, start + w))))
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            await store.close()
            with sqlite3.connect(database) as conn:
                rows = conn.execute(
                    "SELECT workshop_id, seq, type, payload, actor_id, source_id, recorded_at"
                    " FROM events WHERE type = 'MessagePosted' ORDER BY id"
                ).fetchall()
                workshop_rows = conn.execute("SELECT * FROM workshops").fetchall()
            raw_db = folder / f"appends-raw-{mode}-{attempt}.db"
            raw_seconds = await _raw_insert(raw_db, workshop_rows, rows)
            figures = {
                "stored": len(rows),
                "lost": n - len(rows),
                "wall_seconds": wall,
                "cpu_seconds": cpu,
                "appends_per_s": n / wall,
                "appends_per_cpu_s": n / cpu,
                "raw_rows_per_s": len(rows) / raw_seconds,
            }
            if best is None or figures["appends_per_cpu_s"] > best["appends_per_cpu_s"]:
                best = figures
        out[mode] = best
    return out


def _started(workshop_id: str, n: int):
    return ev.WorkshopStarted(
        workshop_id=workshop_id,
        room=room(n),
        title=f"Store bench {n}",
        scope="short breaks",
        agenda=(),
        cannot_change="",
        ground_rules=(),
        complaints_route="",
        out_of_scope=(),
        drift_sensitivity="normal",
        drift_cooldown=0,
        queue_order="fair",
        prefix="!",
        timebox_warning_seconds=30,
        reactions=True,
        facilitator_id="f",
        facilitator_name="Fran",
        at=1e9,
    )


# --- 2. facilitator command latency --------------------------------------------------


async def latency(quick: bool, folder: Path) -> dict:
    """!hand (a participant) and !next (the facilitator) through handle_text, each
    timed from the call to its return: the events committed (synchronous=NORMAL,
    the default, unless noted) and the effects handed to the platform.

    - `sequential`: one workshop, one command at a time: the service time.
    - `open`: N live workshops, each sending a command at random (exponential
      gaps, mean `gap` seconds), so commands from different rooms overlap as
      they would in real use; latency includes any wait for the database.
    - `burst`: all N workshops send a command at the same instant (worst case).
    """
    levels = (1, 100, 500)
    people = 5
    seconds = 5.0 if quick else 10.0
    failures = FailureCounter()
    gap = 5.0  # mean seconds between one workshop's commands (a hand or a next)
    result: dict = {"levels": {}, "gap_seconds": gap, "window_seconds": seconds}
    for level in levels:
        database = folder / f"latency-{level}.db"
        run = await open_bot(database)
        for n in range(level):
            await start_workshop(run, n, people)
        run.platform.sent.clear()
        counters = {n: 0 for n in range(level)}
        one = _timed_command(run.bot.dispatcher, counters, people, failures)

        entry: dict = {}
        failures.reset()
        if level == 1:
            samples: list[float] = []
            for _ in range(300 if quick else 1000):
                await one(0, samples)
            entry["sequential"] = _summary(samples)
        else:
            samples = []
            t0 = time.perf_counter()
            deadline = t0 + seconds

            async def workshop(
                n: int, rng: random.Random, samples=samples, deadline=deadline, run=run, one=one
            ) -> None:
                await asyncio.sleep(rng.uniform(0, gap))
                while time.perf_counter() < deadline:
                    await one(n, samples)
                    run.platform.sent.clear()
                    pause = rng.expovariate(1 / gap)
                    await asyncio.sleep(min(pause, max(0.0, deadline - time.perf_counter())))

            await asyncio.gather(*(workshop(n, random.Random(n)) for n in range(level)))
            entry["open"] = _summary(samples)
            entry["open"]["commands_per_s"] = len(samples) / (time.perf_counter() - t0)
            entry["open"]["offered_per_s"] = level / gap
            entry["open"]["failures"] = failures.count
            entry["open"]["failure_reasons"] = dict(failures.reasons)
            entry["burst"] = await _bursts(level, one, failures, run.platform.sent)
            # The same workshops after a restart: restored from the log and snapshots
            # at start-up, where the bot keeps what lives on out of the garbage
            # collector's full passes (bot/bootstrap.py).
            await run.bot.close()
            run = await open_bot(database)
            again = _timed_command(run.bot.dispatcher, counters, people, failures)
            entry["burst_restarted"] = await _bursts(level, again, failures, run.platform.sent)
        if level == 1:
            entry["sequential"]["failures"] = failures.count
        result["levels"][str(level)] = entry
        await run.bot.close()
    return result


def _timed_command(d, counters: dict[int, int], people: int, failures):
    """One command in workshop `n` (a hand, then a next, by turns), its latency in ms
    appended to `samples` unless it was lost. `counters` carries on across a restart,
    so source ids stay unique."""

    async def one(n: int, samples: list[float]) -> None:
        times = await hand_or_next(d, n, counters, people, failures)
        if times is not None:  # a lost command has no latency to report
            samples.append((times[1] - times[0]) * 1000)

    return one


BURSTS = 5  # bursts per measurement; the machine is shared, so the best is kept too


async def _bursts(level: int, one, failures, sent: list) -> dict:
    """BURSTS times: every workshop sends a command at the same instant. The summary
    of all samples, and each burst's own p99 (best and all: the machine is shared).

    A sample is timed from the command's own arrival (when its task first ran), so
    the first commands wait for every other command's work up to its append (asyncio
    runs each ready task once per turn) and the last ones for every other's effects.
    Also: each burst's p99 timed from the burst's instant, its CPU per command (process
    time, the writer's thread too), and the floor that gives: on one core the last
    answer comes no sooner than `level` x that CPU after the instant.

    `sent` (the fake platform's record of what the bot gave it) is emptied after each
    burst, as the open traffic above and bench/burst.py do: a real platform keeps
    nothing the bot sent, and 500 answers more alive after every burst brought the
    garbage collector's young pass (about 20 ms over everything alive since the last)
    into the later bursts (docs/performance.md, "Fifth pass")."""
    failures.reset()
    every: list[float] = []
    p99s: list[float] = []
    p99s_from_instant: list[float] = []
    cpu_us: list[float] = []  # CPU per command, each burst
    totals: list[float] = []  # ms from the burst's first command to its last answer
    t0 = time.perf_counter()
    for _ in range(BURSTS):
        burst: list[float] = []
        answered: list[float] = []  # ms from the burst's instant, each command not lost
        started = time.perf_counter()
        cpu0 = time.process_time()

        async def timed(n: int, burst=burst, answered=answered, started=started) -> None:
            before = len(burst)
            await one(n, burst)
            if len(burst) > before:
                answered.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(timed(n) for n in range(level)))
        cpu_us.append((time.process_time() - cpu0) / level * 1e6)
        totals.append((time.perf_counter() - started) * 1000)
        every += burst
        p99s.append(percentile(burst, 99))
        p99s_from_instant.append(percentile(answered, 99))
        sent.clear()
    result = _summary(every)
    result["commands_per_s"] = len(every) / (time.perf_counter() - t0)
    result["failures"] = failures.count
    result["failure_reasons"] = dict(failures.reasons)
    result["p99_ms_each_burst"] = p99s
    result["p99_ms_best_burst"] = min(p99s)
    result["p99_ms_from_instant_each_burst"] = p99s_from_instant
    result["cpu_us_per_command_each_burst"] = cpu_us
    result["floor_ms_one_core"] = level * min(cpu_us) / 1000
    result["ms_each_burst"] = totals
    return result


def _summary(samples: list[float]) -> dict:
    return {
        "n": len(samples),
        "p50_ms": median(samples),
        "p99_ms": percentile(samples, 99),
        "max_ms": max(samples) if samples else float("nan"),
    }


# --- 3. replay (start-up) -------------------------------------------------------------


async def replay(quick: bool, folder: Path) -> dict:
    """Start-up over W workshops of 1,000 events each (1,000 workshops, 1,000,000
    events in the full run; nothing is extrapolated). The log is made once through
    the real bot (one workshop, 30 people, chat, hands, next), then its event rows
    (the store's own to_record payloads) are bulk-copied W times with sqlite3
    executemany. What is timed is the bot's start (`bootstrap`: open the store,
    check the schema, `Dispatcher.restore()`), three ways:

    - `cold`: no snapshots (the first start on this code): every event replayed;
    - `warm`: after a clean stop, which saved a snapshot of each workshop: the
      snapshots are read and no event is replayed;
    - `tail`: the snapshots were made at event 900 (periodic ones, say) and the bot
      was then killed after 100 more events per workshop (their effects carried out):
      snapshot + 100-event tail.

    The clean stop (saving W snapshots) is timed too."""
    per_workshop = 1_000
    workshops = 100 if quick else 1_000
    tail_events = 100
    wid, rkey = await _template(folder, per_workshop)
    template = _template_path(folder)
    out: dict = {"workshops": workshops, "events_each": per_workshop}

    database = folder / "replay.db"
    await empty_database(database)
    t0 = time.perf_counter()
    written = clone_workshops(template, wid, rkey, database, workshops, per_workshop)
    out["generate_seconds"] = time.perf_counter() - t0
    out["events"] = written
    out["generated_with"] = (
        "bulk sqlite3 executemany of to_record rows cloned from a workshop made through "
        "the real dispatcher"
    )

    gc.collect()
    t0 = time.perf_counter()
    run = await open_bot(database)
    cold = time.perf_counter() - t0
    restored = len(run.bot.dispatcher.directory)
    t0 = time.perf_counter()
    await run.bot.close()  # a clean stop: one snapshot per workshop
    stop = time.perf_counter() - t0
    out["cold"] = _startup(cold, written, restored)
    out["clean_stop_seconds"] = stop
    out["snapshots"] = _count(database, "snapshots")

    gc.collect()
    t0 = time.perf_counter()
    run = await open_bot(database)
    warm = time.perf_counter() - t0
    out["warm"] = _startup(warm, written, len(run.bot.dispatcher.directory))
    run.bot.store.before_close.clear()
    await run.bot.close()

    # Snapshots at event 900, then 100 more events per workshop that no snapshot covers.
    database = folder / "replay-tail.db"
    await empty_database(database)
    head = per_workshop - tail_events
    clone_workshops(template, wid, rkey, database, workshops, head)
    run = await open_bot(database)
    await run.bot.close()
    tail_written = clone_workshops(template, wid, rkey, database, workshops, tail_events, skip=head)
    # The effects of those 100 were carried out before the kill (their outbox marks
    # say so), so the restart only evolves them; it has nothing to carry out again.
    with sqlite3.connect(database) as conn:
        conn.executemany(
            "UPDATE adapter_state SET value = ? WHERE key = ?",
            [
                (json.dumps({"delivered": per_workshop}), f"outbox.{wid}-c{c}")
                for c in range(workshops)
            ],
        )
    gc.collect()
    t0 = time.perf_counter()
    run = await open_bot(database)
    tail = time.perf_counter() - t0
    out["tail"] = _startup(tail, head * workshops + tail_written, len(run.bot.dispatcher.directory))
    out["tail"]["tail_events"] = tail_written
    run.bot.store.before_close.clear()
    await run.bot.close()
    return out


def _startup(seconds: float, events: int, restored: int) -> dict:
    return {
        "seconds": seconds,
        "events": events,
        "restored_workshops": restored,
        "events_per_s": events / seconds,
    }


def _count(database: Path, table: str) -> int:
    with sqlite3.connect(database) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# --- 4. memory ------------------------------------------------------------------------


def _hold(d, state) -> None:
    """Keep `state` as a running workshop, as restore does (bot/runtime.py)."""
    d.directory.place(d.directory.slot_for(state), state)


async def memory(quick: bool, folder: Path) -> dict:
    """Live workshops of 30 participants and 2,000 events each, held by the
    dispatcher: W copies restored from the log (the same state the live path
    builds). Two passes, so tracemalloc's own bookkeeping is not counted in RSS:
    the RSS growth over W workshops, then tracemalloc's growth over a few more."""
    per_workshop = 2_000
    workshops = 40 if quick else 120
    traced_count = 10
    wid, rkey = await _template(folder, per_workshop)
    database = folder / "memory.db"
    run = await open_bot(database)
    clone_workshops(
        _template_path(folder), wid, rkey, database, workshops + traced_count + 1, per_workshop
    )
    d = run.bot.dispatcher
    rows = await run.bot.store.running_workshops()
    # One workshop first, so one-off costs (imports, caches, the connection pool)
    # are not charged to the others.
    _hold(d, await d.replay(rows[0].id))
    gc.collect()
    rss0 = rss_bytes()
    for row in rows[1 : workshops + 1]:
        _hold(d, await d.replay(row.id))
    gc.collect()
    rss1 = rss_bytes()
    tracemalloc.start()
    snap0 = tracemalloc.take_snapshot()
    for row in rows[workshops + 1 :]:
        _hold(d, await d.replay(row.id))
    gc.collect()
    snap1 = tracemalloc.take_snapshot()
    traced = sum(s.size_diff for s in snap1.compare_to(snap0, "filename"))
    tracemalloc.stop()
    held = len(d.directory)
    await run.bot.close()
    return {
        "workshops_rss": workshops,
        "workshops_traced": traced_count,
        "workshops_held": held,
        "participants": 30,
        "events_each": per_workshop,
        "traced_bytes_per_workshop": traced / traced_count,
        "rss_bytes_per_workshop": (rss1 - rss0) / workshops,
    }


TEMPLATE_EVENTS = 2_000


def _template_path(folder: Path) -> Path:
    return folder / "template.db"


async def _template(folder: Path, events: int) -> tuple[str, str]:
    """The workshop log to clone (30 people, 2,000 events through the real bot),
    made once per work folder and shared by replay and memory."""
    path = _template_path(folder)
    ids = folder / "template.json"
    if not ids.exists():
        wid, rkey = await build_template(path, participants=30, events=TEMPLATE_EVENTS)
        ids.write_text(json.dumps([wid, rkey]))
    wid, rkey = json.loads(ids.read_text())
    return wid, rkey


BENCHES = {
    "ingest": ingest,
    "appends": appends,
    "latency": latency,
    "replay": replay,
    "memory": memory,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=sorted(BENCHES))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--worker", action="store_true", help="ingest: classify in a worker process too"
    )
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the run here")
    parser.add_argument("--workdir", type=Path, help="keep the shared template log here")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix=f"bench-{args.name}-") as tmp:
        folder = Path(tmp)
        if args.workdir:
            args.workdir.mkdir(parents=True, exist_ok=True)
            for name in ("template.db", "template.json"):
                shared = args.workdir / name
                if shared.exists():
                    (folder / name).write_bytes(shared.read_bytes())
        extra = {"worker": True} if args.worker and args.name == "ingest" else {}
        coro = BENCHES[args.name](args.quick, folder, **extra)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            result = asyncio.run(coro)
            profiler.disable()
            profiler.dump_stats(str(args.profile))
        else:
            result = asyncio.run(coro)
        if args.workdir:
            for name in ("template.db", "template.json"):
                made = folder / name
                if made.exists() and not (args.workdir / name).exists():
                    (args.workdir / name).write_bytes(made.read_bytes())
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
