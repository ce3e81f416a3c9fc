# ruff: noqa: E501  (the table of kill points is easier to read unwrapped)
"""kill -9 at the worst moments, on the strict Discord fake served on 127.0.0.1
(loopback.py: REST over HTTP, the gateway over a websocket), with the bot run as its
own process (`bot.cli.main`, `run --config FILE`, the file written as docs/discord.md
says; tests/discord/loopback_bot.py only points discord.py at 127.0.0.1). People act
through the fake (gateway MESSAGE_CREATE), as in the other Discord tests; while the
bot is down nobody receives the gateway's events, as on Discord, and the restarted
bot reads what it missed from the channels' history. Each kill point is chosen by
waiting for something Discord holds (a thread made, a reminder posted, a channel's
overwrites changed, an alert posted), never by sleeping.

| test | killed when | after the restart, people see |
|---|---|---|
| breakout | the first group thread is made | everyone added to exactly one group thread, welcomed once |
| reminder | one thread's reminder is posted | each thread's reminder exactly once (late or not) |
| regroup | (no kill) | "come back" once per thread, the threads locked, "Welcome back" in the main channel, which nobody is kept out of |
| floor | the channel's overwrites give alice the floor | `!next` moves it to bob; `!end` puts the channel's overwrites back exactly as they were |
| alert | right after the disclosure is sent, and again right after the alert is posted | each alert once in the staff thread and once in the host's DM |
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.bot_process import BotProcess as ProcessOfTheBot
from tests.discord.conftest import world
from tests.discord.fake_discord import FakeDiscord
from tests.discord.loopback import LoopbackDiscord

REPO = Path(__file__).resolve().parents[2]
SEND_MESSAGES = 1 << 11  # docs: permissions.mdx
START = "!start Carers' breaks | scope: booking a short break for carers | complaints: call 0123"
RISK = "My dad hits me when he has been drinking and I am scared to go home"
RISK_2 = "My neighbour hits her children and they are scared"
BREAKOUT = "!breakout 1m | groups: 2 | notice: 0 | reminders: 30s | grace: 20s | seed: 1"
SLOW = 90.0  # seconds: a restart plus catch-up on a busy 2-core machine


class BotProcess(ProcessOfTheBot):
    """The bot as its own process; `kill` is kill -9."""

    def __init__(self, config: Path, server: LoopbackDiscord, log: Path) -> None:
        super().__init__(config, log)
        self.server = server

    def command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "tests.discord.loopback_bot",
            "run",
            "--config",
            str(self.config),
        ]

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "WORKSHOP_BOT_DISCORD_TOKEN": "fake-token",
            "WORKSHOP_BOT_TEST_DISCORD_API": self.server.api_base,
            "WORKSHOP_BOT_TEST_DISCORD_GATEWAY": self.server.gateway_url,
            "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH")))),
        }

    def tail(self) -> str:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGUSR1)  # its threads' stacks, into the log
            time.sleep(0.5)
        return super().tail()


def write_config(folder: Path, ids: dict[str, int]) -> Path:
    """docs/discord.md, "Configure the bot"; the token comes from the environment.
    The small-group notice is 0 so the rooms open at once."""
    config = folder / "workshop-bot.toml"
    config.write_text(
        f"""
[bot]
adapter = "discord"
database = "{folder / "workshop.db"}"

[discord]
guild_ids = [{ids["guild"]}]
facilitator_role_ids = [{ids["facilitator_role"]}]
facilitator_user_ids = []
breakout_rooms = "threads"

[breakout]
notice_seconds = 0
""",
        encoding="utf-8",
    )
    return config


async def until(condition: Callable[[], Any], what: str, timeout: float = SLOW) -> Any:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not (found := condition()):
        if loop.time() > deadline:
            raise AssertionError(f"never happened: {what}")
        await asyncio.sleep(0.05)
    return found


@dataclass
class Workshop:
    fake: FakeDiscord
    server: LoopbackDiscord
    ids: dict[str, int]
    process: BotProcess

    @property
    def main(self) -> int:
        return self.ids["channel"]

    @property
    def bot_id(self) -> int:
        return int(self.fake.bot["id"])

    async def ask(self, who: str, text: str, expect: str, channel: int | None = None) -> None:
        """Type a command; wait for a new message of the bot's in the channel that says
        `expect` (typed commands get no reaction on Discord: their answer is what the
        bot posts). Typed while the bot is still connecting, it is read back from the
        history."""
        where = channel or self.main
        before = self.count(where, expect)
        self.fake.say(where, self.ids[who], text)
        await until(lambda: self.count(where, expect) > before, f"{expect!r} after {text!r}")

    async def hand(self, who: str) -> None:
        """`!hand`: the pinned queue message is edited to name them."""
        self.fake.say(self.main, self.ids[who], "!hand")
        await until(lambda: who in self.queue_text().casefold(), f"{who} in the queue")

    def queue_text(self) -> str:
        pinned = self.fake.pins.get(self.main) or []
        return self.fake.messages[pinned[-1]]["content"] if pinned else ""

    def bot_texts(self, channel: int) -> list[str]:
        return [
            m["content"]
            for m in self.fake.channel_messages(channel)
            if int(m["author"]["id"]) == self.bot_id and m["type"] == 0
        ]

    def count(self, channel: int, containing: str) -> int:
        return sum(containing in text for text in self.bot_texts(channel))

    def threads(self) -> list[int]:
        return [
            cid
            for cid, c in self.fake.channels.items()
            if "thread_metadata" in c and c.get("parent_id") == str(self.main)
        ]

    def overwrites(self) -> set[tuple[str, int, int, int]]:
        return {
            (o["id"], o["type"], int(o["allow"]), int(o["deny"]))
            for o in self.fake.channels[self.main]["permission_overwrites"]
        }

    def restart(self) -> None:
        self.process.start()


@pytest.fixture
async def workshop(tmp_path: Path):
    fake, ids = world()
    fake.clock = time.time  # the bot runs on real time: messages and interactions age with it
    server = LoopbackDiscord(fake)
    await server.start()
    process = BotProcess(write_config(tmp_path, ids), server, tmp_path / "bot.log")
    process.start()
    w = Workshop(fake, server, ids, process)
    try:
        # A message said before the bot first connects is never delivered, as on
        # Discord (no channel is known yet to read back): wait for its server to be sent.
        await until(
            lambda: server.sessions and "GUILD_CREATE" in server.sessions[-1].sent,
            "the bot connected and sent its server",
        )
        w.fake.say(w.main, ids["host"], START)
        await until(w.queue_text, "the queue message pinned")
        await until(w.threads, "the staff room's thread")
        for name in ("alice", "bob", "carol"):
            w.fake.say(w.main, ids[name], "hello everyone")
        yield w
    except BaseException as error:
        raise AssertionError(f"{error}\n--- the bot's log ---\n{process.tail()}") from error
    finally:
        process.stop()
        await asyncio.wait_for(server.close(), 10)


async def checked(w: Workshop, scenario) -> None:
    try:
        await scenario(w)
    except BaseException as error:
        said = "\n".join(w.bot_texts(w.main)[-8:])
        raise AssertionError(
            f"{error}\n--- the bot's last posts ---\n{said}\n--- its log ---\n{w.process.tail()}"
        ) from error


# --- breakout, reminder, regroup ---------------------------------------------------------


async def test_killed_while_the_threads_are_made_and_as_the_reminder_is_sent(workshop):
    await checked(workshop, _breakout)


def _group_threads(w: Workshop, staff: set[int]) -> list[int]:
    return [t for t in w.threads() if t not in staff]


async def _breakout(w: Workshop) -> None:
    staff = set(w.threads())  # the staff room's thread, made at !start
    w.fake.say(w.main, w.ids["host"], BREAKOUT)
    await until(lambda: _group_threads(w, staff), "a group thread made")
    w.process.kill()  # some threads made, maybe not all; people not all added
    w.restart()

    people = [w.ids[n] for n in ("alice", "bob", "carol")]

    def placed() -> dict[int, list[int]] | None:
        where = {
            p: [t for t in _group_threads(w, staff) if p in w.fake.thread_members[t]]
            for p in people
        }
        return where if all(where.values()) else None

    await until(placed, "everyone in a group thread")
    where = placed()
    assert where is not None and all(len(ts) == 1 for ts in where.values()), where
    groups = {ts[0] for ts in where.values()}
    assert len(groups) == 2 and set(_group_threads(w, staff)) == groups, (where, w.threads())
    for thread in groups:
        await until(lambda t=thread: w.count(t, "In this room:"), f"thread {thread}'s welcome")

    # The reminder (30 s before the end): kill as soon as one thread has it.
    await until(lambda: any(w.count(t, "left in this room") for t in groups), "a reminder")
    w.process.kill()
    w.restart()
    for thread in groups:
        await until(lambda t=thread: w.count(t, "left in this room"), "every thread's reminder")

    # Regroup at its set time.
    await until(lambda: w.count(w.main, "Welcome back, everyone."), "regroup")
    for thread in groups:
        await until(lambda t=thread: w.count(t, "Please come back"), "come back")
        await until(
            lambda t=thread: w.fake.channels[t]["thread_metadata"]["locked"], "the thread locked"
        )
    for thread in groups:
        seen = {
            "welcome": w.count(thread, "In this room:"),
            "reminder": w.count(thread, "left in this room"),
            "time up": w.count(thread, "Time is up."),
            "come back": w.count(thread, "Please come back"),
        }
        assert seen == dict.fromkeys(seen, 1), (thread, seen, w.bot_texts(thread))
    assert w.count(w.main, "Welcome back, everyone.") == 1
    # Nobody is kept out of the main channel: no overwrite there denies sending.
    assert not any(deny & SEND_MESSAGES for *_, deny in w.overwrites()), w.overwrites()


# --- the floor -------------------------------------------------------------------------------


async def test_killed_while_a_speaker_has_the_floor(workshop):
    await checked(workshop, _floor)


async def _floor(w: Workshop) -> None:
    before = w.overwrites()
    alice, bob = str(w.ids["alice"]), str(w.ids["bob"])
    await w.ask("host", "!floor on", "Floor control is on")
    await w.hand("alice")
    await w.hand("bob")
    w.fake.say(w.main, w.ids["host"], "!next")  # alice speaks; no wait for the ✅

    def allowed(user: str) -> bool:
        return any(o[0] == user and o[2] & SEND_MESSAGES for o in w.overwrites())

    await until(lambda: allowed(alice), "alice given the floor")
    w.process.kill()  # alice holds the floor; @everyone may not send
    w.restart()

    await w.ask("host", "!next", "Bob, it is your turn")
    assert allowed(bob) and not allowed(alice), w.overwrites()
    await w.ask("host", "!end", "has ended")
    assert w.overwrites() == before, (before, w.overwrites())


# --- a safety disclosure ---------------------------------------------------------------------


async def test_killed_right_after_a_safety_disclosure(workshop):
    await checked(workshop, _alert)


async def _alert(w: Workshop) -> None:
    staff = await until(lambda: w.threads(), "the staff room's thread")
    [staff_thread] = staff

    def host_dm(containing: str) -> int:
        return sum(containing in text for text in w.fake.dm_texts(w.ids["host"]))

    w.fake.say(w.main, w.ids["bob"], RISK)
    w.process.kill()  # before the bot answered, or while it did
    w.restart()
    await until(lambda: w.count(staff_thread, RISK), "bob's alert after the restart")

    w.fake.say(w.main, w.ids["carol"], RISK_2)
    await until(lambda: w.count(staff_thread, RISK_2), "carol's alert")
    w.process.kill()
    w.restart()
    await w.hand("alice")  # the bot is back and has caught up
    await until(lambda: host_dm(RISK) and host_dm(RISK_2), "both alerts in the host's DM")
    await w.hand("bob")
    counts = {
        "staff, bob's": w.count(staff_thread, RISK),
        "staff, carol's": w.count(staff_thread, RISK_2),
        "dm, bob's": host_dm(RISK),
        "dm, carol's": host_dm(RISK_2),
    }
    assert counts == dict.fromkeys(counts, 1), counts
    assert w.count(w.main, "Safety alert") == 0
