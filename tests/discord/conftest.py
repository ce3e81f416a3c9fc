"""The real bot with its Discord adapter, on a fake Discord (see fake_discord.py).

`scene` builds two guilds: "Community" (a Facilitators role held by host, and
the participants alice, bob and carol) and "Elsewhere" (its own Organisers
role, held by dana, which is *not* configured). The bot runs with a real
SQLite database, a manual clock and manual timers.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from adapters.discord.adapter import DiscordAdapter, permissions
from bot.bootstrap import Bot, bootstrap
from bot.config import BotSettings, DiscordSettings, Settings
from bot.simulation import ManualClock, ManualTimers
from tests.discord.fake_discord import Exchange, FakeDiscord

START_OPTIONS = {
    "title": "Carers' breaks",
    "scope": "booking a short break",
    "complaints": "call 0123",
}
HAND = "\u270b"


@dataclass
class Scene:
    fake: FakeDiscord
    bot: Bot
    adapter: DiscordAdapter
    clock: ManualClock
    timers: ManualTimers
    runner: asyncio.Task
    guild: int
    channel: int
    facilitator_role: int
    host: int
    alice: int
    bob: int
    carol: int
    other_guild: int
    other_channel: int
    other_role: int
    dana: int

    async def settle(self, timeout: float = 5.0) -> None:
        """Wait until everything the last event started has finished."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for _ in range(3):
                await asyncio.sleep(0)
            busy = [
                t
                for t in asyncio.all_tasks()
                if t is not asyncio.current_task() and t is not self.runner and not t.done()
            ]
            if not busy:
                return
            left = deadline - loop.time()
            if left <= 0:
                raise AssertionError(f"still busy after {timeout}s: {busy}")
            await asyncio.wait(busy, timeout=left)

    async def slash(self, user: int, name: str, /, channel: int | None = -1, **options: Any):
        """`user` uses /name (in the workshop channel unless told; None: a DM)."""
        where = self.channel if channel == -1 else channel
        exchange = self.fake.slash(user, where, name, **options)
        await self.settle()
        return exchange

    async def start(self) -> Exchange:
        exchange = await self.slash(self.host, "start", **START_OPTIONS)
        assert self.state is not None, exchange.texts
        return exchange

    async def say(self, user: int, text: str, channel: int | None = None) -> int:
        message = self.fake.say(channel or self.channel, user, text)
        await self.settle()
        return message

    async def edit(self, message: int, content: str | None = None, **changes: Any) -> None:
        self.fake.edit(message, content, **changes)
        await self.settle()

    async def delete(self, message: int) -> None:
        self.fake.delete(message)
        await self.settle()

    async def react(self, user: int, message: int, emoji: str = HAND) -> None:
        self.fake.react(self.channel, message, user, emoji)
        await self.settle()

    async def unreact(self, user: int, message: int, emoji: str = HAND) -> None:
        self.fake.unreact(self.channel, message, user, emoji)
        await self.settle()

    async def advance(self, seconds: float) -> None:
        await self.timers.advance(seconds)
        await self.settle()

    @property
    def room(self) -> str:
        return f"discord:{self.channel}"

    @property
    def state(self):
        return self.bot.dispatcher.state_in(self.room)

    def queue_message(self) -> int:
        ref = self.state.queue_message_ref
        assert ref, "there is no queue message yet"
        return int(ref)

    def bot_texts(self, channel: int | None = None) -> list[str]:
        return [
            m["content"]
            for m in self.fake.channel_messages(channel or self.channel)
            if m["author"]["id"] == self.fake.bot["id"]
            and not m.get("webhook_id")
            and m["type"] == 0
        ]


# How long (real seconds, under any load) a DM wait lets the bot acknowledge an
# interaction it was handed before Discord's time moves on without it.
ANSWER_PATIENCE = 5.0


async def until_answered(fake: FakeDiscord) -> None:
    """Until no interaction waits for its first answer (see dm_sleep in start_bot)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + ANSWER_PATIENCE
    while fake.awaiting_first_answer() and loop.time() < deadline:
        await asyncio.sleep(0.001)


def settings_for(database: Path, **discord: Any) -> Settings:
    return Settings(
        bot=BotSettings(adapter="discord", database=str(database)),
        discord=DiscordSettings(token="fake-token", **discord),
    )


async def start_bot(
    fake: FakeDiscord,
    settings: Settings,
    clock: ManualClock,
    sync_globally: bool = True,
    leases: bool = False,
    **adapter_options: Any,
):
    """The bot, started and ready. Commands are synced to the guilds and (so that
    they exist in DMs) globally. The adapter keeps its state in the app database.
    `leases`: rooms owned through the leases table, as `workshop-bot run` does."""
    timers = ManualTimers(clock)

    async def dm_sleep(seconds: float) -> None:
        # Discord's time passes (its pace of new DMs), not the test's. A real wait of
        # seconds lets the rest of the bot run meanwhile: an interaction it was handed
        # is acknowledged (the adapter defers first thing) inside the wait, not after
        # it. Moving the clock at once would age that interaction past Discord's 3 s
        # (10062) whenever the DM retries happened to run first. So the clock moves
        # once no interaction waits for its first answer; a bot that never answers one
        # still meets 10062, after ANSWER_PATIENCE real seconds at most.
        await until_answered(fake)
        clock.now += seconds

    adapter_options.setdefault("dm_sleep", dm_sleep)
    adapter = DiscordAdapter(
        settings.discord,
        sync_globally=sync_globally,
        client_options={"guild_ready_timeout": 0.01, **adapter_options.pop("client_options", {})},
        network=fake.attach,
        **adapter_options,
    )
    fake.clock = clock  # messages and interactions age with the bot's clock
    bot = await bootstrap(settings, adapter, clock=clock, timers=timers, leases=leases)
    runner = asyncio.create_task(bot.run(), name="the bot")
    ready = asyncio.create_task(adapter.ready.wait())
    done, _ = await asyncio.wait({ready, runner}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
    if runner in done:
        runner.result()  # raises what stopped the bot
    assert ready in done, "the bot never became ready"
    return bot, adapter, timers, runner


async def stop_bot(bot: Bot, runner: asyncio.Task) -> None:
    await bot.adapter.close()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(runner, timeout=5)


def world(bot_permissions: int | None = None) -> tuple[FakeDiscord, dict[str, int]]:
    """The bot is invited with the permissions docs/discord.md gives (the adapter's
    `permissions()`), not as an administrator."""
    fake = FakeDiscord(
        bot_permissions=permissions().value if bot_permissions is None else bot_permissions
    )
    ids: dict[str, int] = {}
    ids["guild"] = fake.add_guild("Community")
    ids["facilitator_role"] = fake.add_role(ids["guild"], "Facilitators")
    ids["channel"] = fake.add_text_channel(ids["guild"], "workshop")
    ids["host"] = fake.add_person(ids["guild"], "host", roles=(ids["facilitator_role"],))
    for name in ("alice", "bob", "carol"):
        ids[name] = fake.add_person(ids["guild"], name)
    ids["other_guild"] = fake.add_guild("Elsewhere")
    ids["other_role"] = fake.add_role(ids["other_guild"], "Organisers")
    ids["other_channel"] = fake.add_text_channel(ids["other_guild"], "general")
    ids["dana"] = fake.add_person(ids["other_guild"], "dana", roles=(ids["other_role"],))
    # host is in both guilds, without any role in the other one.
    fake.add_member(ids["other_guild"], fake.users[ids["host"]])
    return fake, ids


@pytest.fixture
async def scene(tmp_path: Path):
    fake, ids = world()
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"], ids["other_guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    await scene.settle()
    yield scene
    await stop_bot(bot, runner)
