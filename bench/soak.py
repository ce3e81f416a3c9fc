"""Crash-recovery soak: a scripted workshop on a real Synapse while the real bot
process is killed with SIGKILL at random (seeded) points and restarted on the
same database.

    python bench/soak.py                 # 2 trials
    python bench/soak.py --trials 20     # the full run (docs/reliability.md)

Each trial registers a bot, a facilitator and three participants on a local
Synapse (127.0.0.1 only), makes a workshop room, writes a TOML config for the
Matrix adapter with its own SQLite database, and runs `python -m bot.cli run`
as a subprocess. The nio clients then run a workshop: !start, hands, !next,
topics, ideas and actions, a one-minute breakout with a 30-second reminder,
reports from the group rooms, the regroup. Afterwards it checks, from the
SQLite log and what the clients received:

- losses: a command the bot acknowledged with ✅ whose events are not in the
  log (for !topic/!idea/!action/!report: the item's text is not there), or a
  speaker queue in the log that is not the one the script built;
- duplicates: the same notice text posted twice in one room, or the same
  reaction put twice under one message, by the bot;
- late reminders: in every other trial the bot is down when the breakout
  reminder comes due; each group room must then get exactly one reminder that
  says it is late, within 5 s of the restart.

It prints one line: `trials=N losses=L duplicates=D late_within_5s=K/M`
(a broken queue counts as a loss). `--verbose` prints each trial's details to
stderr. Exit status 0 when losses and duplicates are both 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from nio import AsyncClient, LoginResponse, RoomCreateResponse  # noqa: E402

from facilitation import events as ev  # noqa: E402
from tests.matrix.conftest import Synapse, running_synapse  # noqa: E402
from tests.matrix.helpers import START, Person, client_config, notice_from  # noqa: E402

OK = "\u2705"
BREAKOUT = "!breakout 1m | groups: 2 | notice: 0 | reminders: 30s | grace: 20s"
REMINDER_BEFORE_END = 30  # seconds, as in BREAKOUT
LATE_WITHIN = 5.0  # seconds after the restart
ACK_TIMEOUT = 30.0  # a command sent while the bot is down is answered after its restart
LATE_TEXT = "Sorry, this reminder is late"

# (who, text) before the breakout; "host" is the facilitator, p1..p3 participants.
SCRIPT = [
    ("host", START),
    ("p1", "!hand"),
    ("p2", "!hand"),
    ("p3", "!hand"),
    ("host", "!next"),
    ("host", "!topic Short breaks near home"),
    ("p1", "!idea A shared calendar of respite slots"),
    ("host", "!action Housing team: call the respite service due 2026-12-31"),
    ("p2", "!idea A buddy for the first visit"),
    ("host", "!topic Getting there"),
    ("p3", "!idea Taxi vouchers for carers"),
    ("host", "!action Sam: write to the council"),
    ("host", BREAKOUT),
]
AFTER = [("host", "!regroup"), ("host", "!action Priya: share the group reports")]
# Commands whose text must be found in the log, by event type.
NOTED = {"!topic": ev.MinutesItemAdded, "!idea": ev.MinutesItemAdded}
NOTED |= {"!action": ev.MinutesItemAdded, "!report": ev.ReportRecorded}


# --- the bot process -------------------------------------------------------------


class BotProcess:
    """The real bot (`python -m bot.cli run --config FILE`) as a subprocess."""

    def __init__(self, config: Path, log: Path) -> None:
        self.config, self.log_path = config, log
        self.process: subprocess.Popen | None = None
        self.kills = 0
        self.started_at = 0.0

    def start(self) -> None:
        with self.log_path.open("a") as log:
            log.write(f"--- start at {time.time():.3f}\n")
            log.flush()
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run", "--config", str(self.config)],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.config.parent,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        self.started_at = time.time()

    def kill(self) -> None:
        assert self.process is not None
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.kills += 1
        with self.log_path.open("a") as log:
            log.write(f"--- SIGKILL at {time.time():.3f}\n")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def write_config(path: Path, url: str, bot: tuple[str, str], host: str, database: Path) -> None:
    user_id, password = bot
    path.write_text(
        "[bot]\n"
        'adapter = "matrix"\n'
        f'database = "{database}"\n'
        'log_level = "INFO"\n\n'
        "[breakout]\n"
        "notice_seconds = 0\nreminder_minutes = [1]\ngrace_seconds = 20\n\n"
        "[matrix]\n"
        f'homeserver = "{url}"\n'
        f'user_id = "{user_id}"\n'
        f'password = "{password}"\n'
        f'allowed_inviters = ["{host}"]\n'
    )


# --- one trial -------------------------------------------------------------------


@dataclass
class Sent:
    who: str
    room: str
    text: str
    event_id: str
    ack: str | None = None


@dataclass
class TrialResult:
    index: int
    losses: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    late_due: int = 0  # group rooms whose reminder came due while the bot was down
    late_ok: int = 0  # ... that got it once, marked late, within 5 s of the restart
    late_notes: list[str] = field(default_factory=list)
    unacked: int = 0
    kills: int = 0
    error: str = ""


class Trial:
    def __init__(self, server: Synapse, index: int, seed: int, folder: Path) -> None:
        self.server, self.index, self.folder = server, index, folder
        self.rng = random.Random(seed * 1000 + index)
        self.result = TrialResult(index)
        self.sent: list[Sent] = []
        self.people: dict[str, Person] = {}
        self.clients: list[AsyncClient] = []
        self.straddle = index % 2 == 0  # down when the breakout reminder comes due
        self.bot_id = ""

    async def person(self, role: str) -> Person:
        localpart, password = f"soak{self.index}-{role}-{uuid.uuid4().hex[:6]}", uuid.uuid4().hex
        user_id = self.server.register(localpart, password)
        client = AsyncClient(self.server.url, user_id, config=client_config())
        response = await client.login(password, device_name="soak")
        assert isinstance(response, LoginResponse), response
        self.clients.append(client)
        return Person(client)

    async def run(self) -> TrialResult:
        try:
            await self._run()
        except Exception as error:  # noqa: BLE001 - reported, and counted as a failed trial
            self.result.error = f"{type(error).__name__}: {error}"
        finally:
            if hasattr(self, "bot"):
                self.bot.stop()
                self.result.kills = self.bot.kills
            for client in self.clients:
                await client.close()
        return self.result

    async def _run(self) -> None:
        bot_password = uuid.uuid4().hex
        self.bot_id = self.server.register(
            f"soak{self.index}-bot-{uuid.uuid4().hex[:6]}", bot_password
        )
        for role in ("host", "p1", "p2", "p3"):
            self.people[role] = await self.person(role)
        host = self.people["host"]
        created = await host.client.room_create(
            name=f"Soak {self.index}",
            invite=[self.bot_id] + [self.people[p].user_id for p in ("p1", "p2", "p3")],
            power_level_override={"users": {self.bot_id: 100}},  # the creator outranks all
        )
        assert isinstance(created, RoomCreateResponse), created
        self.room = created.room_id
        for role in ("p1", "p2", "p3"):
            await self.people[role].pump()
        self.database = self.folder / "workshop.db"
        config = self.folder / "workshop-bot.toml"
        write_config(
            config, self.server.url, (self.bot_id, bot_password), host.user_id, self.database
        )
        self.bot = BotProcess(config, self.folder / "bot.log")
        self.bot.start()
        await host.wait(
            lambda r, e: (
                r == self.room
                and e.get("type") == "m.room.member"
                and e.get("state_key") == self.bot_id
                and e["content"].get("membership") == "join"
            ),
            "the bot joining the workshop room",
            timeout=60,
        )

        steps = len(SCRIPT) + 2 + len(AFTER)  # + one !report per group room
        kill_at = set(self.rng.sample(range(steps), 2))
        step = 0
        for who, text in SCRIPT:
            await self.command(who, self.room, text, kill=step in kill_at)
            step += 1

        groups = await self.find_group_rooms()
        for n, (room, members) in enumerate(sorted(groups.items())):
            await self.command(members[0], room, f"!report Group {n + 1} wants a shared calendar")
            step += 1
        await self.reminders(groups)
        for who, text in AFTER:
            await self.command(who, self.room, text, kill=step in kill_at)
            step += 1
        await host.wait(notice_from(self.bot_id, "Welcome back, everyone.", self.room), "regroup")
        for person in self.people.values():
            for _ in range(3):
                await person.pump()
        self.bot.stop()
        self.check()

    async def command(self, who: str, room: str, text: str, kill: bool = False) -> None:
        person = self.people[who]
        event_id = await person.say(room, text)
        sent = Sent(who, room, text, event_id)
        self.sent.append(sent)
        if kill:  # somewhere while the command is being handled (or just before)
            await asyncio.sleep(self.rng.uniform(0.0, 0.6))
            self.bot.kill()
            await asyncio.sleep(self.rng.uniform(0.5, 3.0))
            self.bot.start()
        try:
            _, answer = await person.wait(
                lambda _r, e: (
                    e.get("sender") == self.bot_id
                    and e.get("type") == "m.reaction"
                    and e["content"]["m.relates_to"].get("event_id") == event_id
                ),
                f"the answer to {text!r}",
                timeout=ACK_TIMEOUT,
            )
            sent.ack = answer["content"]["m.relates_to"]["key"]
        except AssertionError:
            self.result.unacked += 1

    async def find_group_rooms(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for role in ("p1", "p2", "p3"):
            room, _ = await self.people[role].wait(
                lambda r, e: r != self.room and notice_from(self.bot_id, "Welcome to")(r, e),
                "the group room's welcome",
                timeout=ACK_TIMEOUT,
            )
            groups.setdefault(room, []).append(role)
        return groups

    def log_events(self) -> list[tuple[str, str, ev.Event]]:
        """(source id, type name, event) for every row of the log, in order."""
        with contextlib.closing(sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)) as db:
            rows = db.execute(
                "SELECT source_id, type, payload FROM events ORDER BY workshop_id, seq"
            )
            return [(s, t, ev.from_record(t, json.loads(p))) for s, t, p in rows]

    async def reminders(self, groups: dict[str, list[str]]) -> None:
        """Wait for the reminder in each group room; in a straddling trial, be down
        when it comes due and check that it is sent late, once, within 5 s."""
        opened = [e for _, _, e in self.log_events() if isinstance(e, ev.BreakoutOpened)]
        due = opened[-1].ends_at - REMINDER_BEFORE_END
        restarted_at = None
        if self.straddle and due - time.time() > 2.5:
            await asyncio.sleep(due - time.time() - self.rng.uniform(1.0, 2.0))
            self.bot.kill()
            # Down past the engine's 5-second threshold (LATE_AFTER_SECONDS), so the
            # reminder must say it is late.
            await asyncio.sleep(max(0.0, due - time.time()) + self.rng.uniform(6.0, 9.0))
            restarted_at = time.time()
            self.bot.start()
        for room, members in groups.items():
            person = self.people[members[0]]
            if restarted_at is not None:
                self.result.late_due += 1
            try:
                _, reminder = await person.wait(
                    notice_from(self.bot_id, "left in this room", room),
                    "the breakout reminder",
                    timeout=max(0.0, due - time.time()) + LATE_WITHIN + 5,
                )
            except AssertionError:
                self.result.late_notes.append(f"the reminder never reached {members}")
                continue
            if restarted_at is None:
                continue
            body = reminder["content"]["body"]
            delay = reminder["origin_server_ts"] / 1000 - restarted_at
            if body.startswith(LATE_TEXT) and delay <= LATE_WITHIN:
                self.result.late_ok += 1
            self.result.late_notes.append(f"{delay:.2f}s late={body.startswith(LATE_TEXT)}")

    def check(self) -> None:
        logged = self.log_events()
        by_source: dict[str, list[ev.Event]] = {}
        for source, _, event in logged:
            by_source.setdefault(source.split("#")[0], []).append(event)
        for sent in self.sent:
            if sent.ack != OK:
                continue
            recorded = by_source.get(sent.event_id, [])
            if not recorded:
                self.result.losses.append(f"{sent.text!r}: acknowledged, not in the log")
                continue
            kind = NOTED.get(sent.text.split()[0])
            if kind is not None:
                wanted = sent.text.split(" ", 1)[1].split(":")[-1].split(" due ")[0].strip()
                if not any(isinstance(e, kind) and wanted in e.text for e in recorded):
                    self.result.losses.append(f"{sent.text!r}: its text is not in the log")
        self.check_queue(logged)
        self.check_duplicates()

    def check_queue(self, logged: list[tuple[str, str, ev.Event]]) -> None:
        """The queue the log gives: p2 then p3 (p1 was called by !next)."""
        ids = {f"matrix:{p.user_id}": role for role, p in self.people.items()}
        queue: list[str] = []
        for _, _, event in logged:
            if isinstance(event, ev.HandRaised) and event.person_id not in queue:
                queue.append(event.person_id)
            elif isinstance(event, ev.HandLowered | ev.SpeakerCalled):
                with contextlib.suppress(ValueError):
                    queue.remove(event.person_id)
            elif isinstance(event, ev.AllHandsLowered):
                queue.clear()
        acked = {s.text for s in self.sent if s.ack == OK and s.who in ("p1", "p2", "p3", "host")}
        if {"!hand", "!next"} <= acked:
            got = [ids.get(p, p) for p in queue]
            if got != ["p2", "p3"]:
                self.result.losses.append(f"the queue in the log is {got}, not ['p2', 'p3']")

    def check_duplicates(self) -> None:
        seen: dict[str, tuple[str, dict]] = {}
        for person in self.people.values():
            for room, event in person.seen:
                seen.setdefault(event.get("event_id", ""), (room, event))
        notices: Counter = Counter()
        reactions: Counter = Counter()
        for room, event in seen.values():
            if event.get("sender") != self.bot_id:
                continue
            content = event.get("content", {})
            if notice_from(self.bot_id, "")(room, event):
                notices[(room, content.get("body", ""))] += 1
            elif event.get("type") == "m.reaction":
                relates = content.get("m.relates_to", {})
                reactions[(relates.get("event_id"), relates.get("key"))] += 1
        for (room, body), n in notices.items():
            if n > 1:
                self.result.duplicates.append(f"{n}x notice in {room}: {body[:60]!r}")
        for (target, key), n in reactions.items():
            if n > 1:
                self.result.duplicates.append(f"{n}x {key} under {target}")


# --- the run ---------------------------------------------------------------------


async def run_trials(
    server: Synapse, trials: int, seed: int, folder: Path, parallel: int = 4
) -> list[TrialResult]:
    results: list[TrialResult] = []
    for first in range(0, trials, parallel):
        batch = []
        for index in range(first, min(trials, first + parallel)):
            trial_folder = folder / f"trial-{index}"
            trial_folder.mkdir(parents=True, exist_ok=True)
            batch.append(Trial(server, index, seed, trial_folder).run())
        results += await asyncio.gather(*batch)
    return results


def summary(results: list[TrialResult]) -> str:
    losses = sum(len(r.losses) + bool(r.error) for r in results)
    duplicates = sum(len(r.duplicates) for r in results)
    late_ok = sum(r.late_ok for r in results)
    late_due = sum(r.late_due for r in results)
    return (
        f"trials={len(results)} losses={losses} duplicates={duplicates} "
        f"late_within_5s={late_ok}/{late_due}"
    )


def details(result: TrialResult) -> str:
    parts = [f"trial {result.index}: kills={result.kills} unacked={result.unacked}"]
    parts += [f"  error: {result.error}"] if result.error else []
    parts += [f"  loss: {x}" for x in result.losses]
    parts += [f"  duplicate: {x}" for x in result.duplicates]
    parts += [f"  late reminder: {x}" for x in result.late_notes]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--parallel", type=int, default=4, help="trials run side by side")
    parser.add_argument("--keep", type=Path, help="keep databases and logs in this folder")
    parser.add_argument("--verbose", action="store_true", help="each trial's details on stderr")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        folder = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "synapse").mkdir(exist_ok=True)
        server = stack.enter_context(running_synapse(folder / "synapse"))
        results = asyncio.run(run_trials(server, args.trials, args.seed, folder, args.parallel))
    if args.verbose:
        for result in results:
            print(details(result), file=sys.stderr)
    line = summary(results)
    print(line)
    failed = any(r.losses or r.duplicates or r.error for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
