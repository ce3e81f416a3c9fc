"""Several bot processes on one PostgreSQL database (bot/ownership.py).

The in-process tests of tests/test_ownership.py run again here on PostgreSQL. Then the
real thing: two `workshop-bot run` processes (console adapter) on one database. The
first gets a workshop with a timed speaker; it is killed with SIGKILL before the
speaker's warning is due; the second, which was never told anything about the
workshop, takes the room over when the dead one's lease runs out and gives the
warning: once, counted in the database's log and in both processes' output.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from storage.store import make_engine
from tests.test_ownership import (  # noqa: F401  (collected again, on PostgreSQL)
    test_a_process_that_lost_its_room_lets_it_go,
    test_a_restarted_process_on_the_same_machine_takes_its_rooms_at_once,
    test_a_workshop_another_process_owns_is_known_here_by_all_its_rooms,
    test_leases_claim_renew_release_and_expire,
    test_one_process_alone_owns_everything_and_releases_it_at_a_clean_stop,
    test_one_process_owns_the_room_and_another_takes_over_when_it_dies,
    test_the_owner_of_a_room_also_owns_its_breakout_rooms,
    test_two_processes_racing_for_a_lease_cannot_both_win,
)

REPO = Path(__file__).resolve().parents[2]
LEASE_SECONDS = 3
TIMEBOX = 10  # the warning is due 5 seconds after !next, the end 10 seconds after
GENEROUS = 60  # seconds: an upper bound on "it arrived at all", never a timing claim
WARNING = "seconds left. Please start to finish."
TIME_UP = "your time is up"


class BotProcess:
    """`python -m bot.cli run --config FILE`: the real command, in its own process."""

    def __init__(self, folder: Path, name: str, url: str) -> None:
        self.folder = folder / name
        self.folder.mkdir()
        self.config = self.folder / "workshop-bot.toml"
        self.config.write_text(
            "[bot]\n"
            f'database = "{url}"\n'
            f"lease_seconds = {LEASE_SECONDS}\n"
            f'instance_name = "{name}"\n'
            'log_level = "INFO"\n'
            "[workshop]\n"
            "timebox_warning_seconds = 5\n"
        )
        self.out = self.folder / "out.txt"
        self.err = self.folder / "err.txt"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run", "--config", str(self.config)],
                stdin=subprocess.PIPE, stdout=out, stderr=err, cwd=self.folder,
                env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO)},
            )  # fmt: skip

    def type(self, line: str) -> None:
        assert self.process is not None and self.process.stdin is not None
        self.process.stdin.write((line + "\n").encode())
        self.process.stdin.flush()

    def output(self) -> str:
        return self.out.read_text(errors="replace")

    def wait_for(self, text: str, timeout: float = GENEROUS) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output():
            if self.process.poll() is not None:
                raise AssertionError(f"the bot stopped:\n{self.err.read_text()}")
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"no {text!r} within {timeout}s:\n{self.output()}\n{self.err.read_text()}"
                )
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with_stdin = self.process.stdin
        if with_stdin is not None and not with_stdin.closed:
            with_stdin.close()  # end of input: the console adapter stops cleanly
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _rows(url: str, query: str) -> list[tuple]:
    async def run() -> list[tuple]:
        engine = make_engine(url)
        try:
            async with engine.connect() as conn:
                return [tuple(row) for row in (await conn.execute(sa.text(query))).all()]
        finally:
            await engine.dispose()

    return asyncio.run(run())


def test_the_reminder_arrives_once_after_the_owner_is_killed(postgres_url, tmp_path):
    url = postgres_url
    owner = BotProcess(tmp_path, "first", url)
    other = BotProcess(tmp_path, "second", url)
    owner.start()
    owner.wait_for("host")  # the console's greeting: connected, leases taken
    other.start()
    other.wait_for("host")
    try:
        owner.type("host> !start Breaks | scope: booking a short break | complaints: call 0123")
        owner.type(f"host> !timebox {TIMEBOX}s")
        owner.type("alice> !hand")
        owner.type("host> !next")
        owner.wait_for("alice, it is your turn to speak")
        [(room_owner, workshop)] = _rows(
            url,
            "SELECT l.owner, w.id FROM leases l JOIN workshops w ON l.name = 'room:' || w.room"
            " WHERE w.status = 'running'",
        )
        assert room_owner.startswith("first/")
        owner.process.send_signal(signal.SIGKILL)
        owner.process.wait()
        killed_at = time.time()
        owner_said = owner.output()

        other.wait_for(WARNING)
        other.wait_for(TIME_UP)
        [(new_owner, acquired_at)] = _rows(
            url, "SELECT owner, acquired_at FROM leases WHERE name = 'room:console:main'"
        )
        assert new_owner.startswith("second/")
        fired = _rows(
            url,
            "SELECT type, source_id, extract(epoch from recorded_at) FROM events"
            f" WHERE workshop_id = '{workshop}' AND source_id LIKE 'timer:%' ORDER BY seq",
        )
        # Once each, in the log and in what the two processes wrote.
        assert [kind for kind, _, _ in fired] == ["TimeboxWarned", "TimeboxExpired"]
        assert owner_said.count(WARNING) == 0 and other.output().count(WARNING) == 1
        assert other.output().count(TIME_UP) == 1
        # The second process handled none of the workshop before the kill.
        assert other.output().count("it is your turn") == 0
        takeover = acquired_at - killed_at
        warned_at = float(fired[0][2])
        print(
            f"lease {LEASE_SECONDS}s; taken over {takeover:.2f}s after the kill;"
            f" warning recorded {warned_at - killed_at:.2f}s after the kill"
            f" (due about {TIMEBOX - 5}s after !next)"
        )
        # Within the lease bound: its expiry, plus one renewal interval, plus slack for a
        # busy machine (a generous bound, not a timing claim).
        assert takeover <= LEASE_SECONDS + LEASE_SECONDS / 3 + 5
    finally:
        for bot in (owner, other):
            if bot.process is not None and bot.process.poll() is None:
                bot.stop()
