"""Shared pieces of the benchmarks: the real bot over a fake platform, machine
information, percentiles, and a realistic workshop log that can be cloned.

Not a test: nothing here asserts on time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.bootstrap import Bot, bootstrap  # noqa: E402
from bot.config import BotSettings, Settings  # noqa: E402
from bot.simulation import ManualClock, ManualTimers  # noqa: E402
from facilitation.commands import Actor, PlatformRole  # noqa: E402
from tests.fakes import FakePlatform  # noqa: E402

START = (
    "!start Carers' breaks {n} | scope: booking a short break for carers, respite, "
    "costs and the booking form | complaints: call 0123"
)

# Ordinary things people say in a workshop about short breaks: mostly on scope,
# some chatter, a little off scope. The classifier runs on each in `decide`.
SAYINGS = (
    "I tried to book a short break last month and the form kept timing out",
    "The respite centre only takes bookings on weekdays, which is hard for working carers",
    "Could the council send a reminder a week before the break starts?",
    "How much does a weekend of respite cost if you are not eligible for funding?",
    "Thanks, that makes sense",
    "I agree with Alice about the form",
    "My mum needs someone who knows her medication, that is the main worry",
    "Is there a waiting list for the overnight breaks?",
    "Sorry, my connection dropped for a minute",
    "We could have a phone line as well as the online booking",
    "The bins in our street have not been collected for two weeks",
    "Good point",
    "Carers need to know how many days they are entitled to each year",
    "Could the booking form save a draft so we can finish it later?",
)


@dataclass
class Running:
    bot: Bot
    platform: FakePlatform
    clock: ManualClock
    timers: ManualTimers


async def open_bot(database: Path, synchronous: str = "NORMAL") -> Running:
    """The real bot (bootstrap, dispatcher, store on a real SQLite file) over FakePlatform."""
    platform_ = FakePlatform()
    clock = ManualClock()
    timers = ManualTimers(clock)
    settings = Settings(bot=BotSettings(database=str(database), sqlite_synchronous=synchronous))
    bot = await bootstrap(settings, platform_, clock=clock, timers=timers)
    return Running(bot, platform_, clock, timers)


def room(n: int) -> str:
    return f"bench:room-{n}"


def facilitator(n: int) -> Actor:
    return Actor(f"bench:fac-{n}", f"Fran {n}", PlatformRole.FACILITATOR)


def participant(n: int, p: int) -> Actor:
    return Actor(f"bench:w{n}-p{p}", f"Person {p} of {n}")


async def start_workshop(run: Running, n: int, participants: int) -> None:
    """A facilitator starts workshop `n`; each participant says hello (joins)."""
    d = run.bot.dispatcher
    await d.handle_text(
        START.format(n=n), actor=facilitator(n), room=room(n), source_id=f"start-{n}"
    )
    for p in range(participants):
        await d.handle_text(
            "hello everyone",
            actor=participant(n, p),
            room=room(n),
            source_id=f"hello-{n}-{p}",
        )


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest-rank."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def machine() -> dict:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        mem_kb = 0
    import sqlalchemy

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "os": f"{platform.system()} {platform.release()}",
    }


# --- a realistic workshop log, built once through the real bot, then cloned ----------


async def build_template(
    database: Path, participants: int, events: int, seed: int = 7
) -> tuple[str, str]:
    """One workshop with `participants` people and at least `events` events, made
    through the full dispatch path: chat, hands raised, next speaker. Returns the
    workshop id and room key. The log is a realistic mix to clone for replay and
    memory; a prefix of it is itself a valid log."""
    rng = random.Random(seed)
    run = await open_bot(database)
    try:
        await start_workshop(run, 0, participants)
        d = run.bot.dispatcher
        state = d.state_in(room(0))
        n = 0
        while True:
            count = await _event_count(run, state.workshop_id)
            if count >= events:
                break
            for _ in range(50):
                n += 1
                run.clock.now += 3
                roll = rng.random()
                if roll < 0.08:
                    who, text = participant(0, rng.randrange(participants)), "!hand"
                elif roll < 0.12:
                    who, text = facilitator(0), "!next"
                else:
                    who, text = participant(0, rng.randrange(participants)), rng.choice(SAYINGS)
                await d.handle_text(text, actor=who, room=room(0), source_id=f"t-{n}")
            run.platform.sent.clear()
        return state.workshop_id, room(0)
    finally:
        await run.bot.close()
        with sqlite3.connect(database) as conn:  # everything in the main file, for copying
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


async def _event_count(run: Running, workshop_id: str) -> int:
    import sqlalchemy as sa

    from storage.schema import events

    async with run.bot.store.engine.connect() as conn:
        return await conn.scalar(
            sa.select(sa.func.count())
            .select_from(events)
            .where(events.c.workshop_id == workshop_id)
        )


def clone_workshops(
    template_db: Path,
    workshop_id: str,
    room_key: str,
    target_db: Path,
    copies: int,
    events_each: int,
    skip: int = 0,
) -> int:
    """Copy the template workshop's first `events_each` event rows (as the store
    wrote them: `to_record` payloads) `copies` times into `target_db`, which must
    already have the schema, with fresh workshop ids, rooms and source ids, in
    one bulk `executemany` per table. Returns the number of event rows written.
    With `skip`, the copies already hold the template's first `skip` events (an
    earlier call made them) and get the next `events_each` after those."""
    src = sqlite3.connect(template_db)
    wrow = src.execute(
        "SELECT id, room, title, status, started_at, ended_at FROM workshops WHERE id = ?",
        (workshop_id,),
    ).fetchone()
    prows = src.execute(
        "SELECT person_id, display_name, recorded, joined_at FROM participants "
        "WHERE workshop_id = ?",
        (workshop_id,),
    ).fetchall()
    erows = src.execute(
        "SELECT seq, type, payload, actor_id, source_id, recorded_at FROM events "
        "WHERE workshop_id = ? ORDER BY seq LIMIT ? OFFSET ?",
        (workshop_id, events_each, skip),
    ).fetchall()
    src.close()
    # The room key appears (JSON-quoted) in WorkshopStarted and in a few effects'
    # payloads; rewrite it and the workshop id so each copy is its own workshop.
    quoted_room = json.dumps(room_key)
    quoted_id = json.dumps(workshop_id)
    dst = sqlite3.connect(target_db, isolation_level=None)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=NORMAL")
    dst.execute("BEGIN")
    written = 0
    for c in range(copies):
        wid = f"{workshop_id}-c{c}"
        rkey = f"{room_key}-c{c}"
        if not skip:
            dst.execute(
                "INSERT INTO workshops (id, room, title, status, started_at, ended_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (wid, rkey, wrow[2], wrow[3], wrow[4], wrow[5]),
            )
            dst.executemany(
                "INSERT INTO participants (workshop_id, person_id, display_name, recorded, "
                "joined_at) VALUES (?, ?, ?, ?, ?)",
                [(wid, *p) for p in prows],
            )
        new_room, new_id = json.dumps(rkey), json.dumps(wid)
        dst.executemany(
            "INSERT INTO events (workshop_id, seq, type, payload, actor_id, source_id, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    wid,
                    seq,
                    type_,
                    payload.replace(quoted_room, new_room).replace(quoted_id, new_id),
                    actor,
                    f"c{c}:{source}",
                    at,
                )
                for seq, type_, payload, actor, source, at in erows
            ],
        )
        written += len(erows)
    dst.execute("COMMIT")
    dst.close()
    return written


async def empty_database(database: Path) -> None:
    """A new database with the schema (the bot's own start-up creates it)."""
    run = await open_bot(database)
    await run.bot.close()


class FailureCounter:
    """Counts commands the dispatcher could not handle (it logs them with
    `log.exception`) instead of printing each traceback; keeps one example."""

    def __init__(self) -> None:
        import logging

        self.count = 0
        self.reasons: dict[str, int] = {}
        self.failed_tasks: set = set()  # asyncio tasks in which a command failed
        counter = self

        class _Handler(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                if record.levelno < logging.ERROR:
                    return
                counter.count += 1
                with contextlib.suppress(RuntimeError):  # no running loop: no task
                    counter.failed_tasks.add(asyncio.current_task())
                error = record.exc_info[1] if record.exc_info else None
                reason = str(getattr(error, "orig", None) or error or record.getMessage())
                reason = reason.splitlines()[0][:80]
                counter.reasons[reason] = counter.reasons.get(reason, 0) + 1

        logger = logging.getLogger("bot.bus")
        logger.addHandler(_Handler())
        logger.propagate = False

    def reset(self) -> None:
        self.count = 0
        self.reasons = {}
        self.failed_tasks = set()

    def failed_here(self) -> bool:
        """Whether a command failed in the current task since the last call."""
        task = asyncio.current_task()
        failed = task in self.failed_tasks
        self.failed_tasks.discard(task)
        return failed


async def hand_or_next(
    d, n: int, counters: dict[int, int], people: int, failures: FailureCounter
) -> tuple[float, float] | None:
    """One command in workshop `n` (a ✋, then a next, by turns), as the latency and
    burst benchmarks send them: its (arrival, answered) `perf_counter` times, or None
    if it was lost. `counters` carries on across a restart, so source ids stay unique."""
    counters[n] += 1
    c = counters[n]
    if c % 2:
        who, text = participant(n, c % people), "!hand"
    else:
        who, text = facilitator(n), "!next"
    failures.failed_here()
    arrived = time.perf_counter()
    await d.handle_text(text, actor=who, room=room(n), source_id=f"cmd-{n}-{c}")
    if failures.failed_here():
        return None
    return arrived, time.perf_counter()
