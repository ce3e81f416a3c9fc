"""discord.py's real connect path against a Discord on 127.0.0.1 (loopback.py):
login over HTTP, HELLO, a heartbeat and its ACK, IDENTIFY with our token and
intents, READY and GUILD_CREATE, then a typed command arriving as a gateway
MESSAGE_CREATE and the bot answering over REST. Only the address differs from
Discord's; nothing of discord.py is replaced."""

from __future__ import annotations

import asyncio
import contextlib

import discord
import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route
from yarl import URL

from adapters.discord.adapter import DiscordAdapter, intents
from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from tests.discord.conftest import settings_for, world
from tests.discord.loopback import LoopbackDiscord

TIMEOUT = 10  # seconds; a hang fails the test instead of blocking the run


async def eventually(condition, what: str) -> None:
    async def wait() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    try:
        await asyncio.wait_for(wait(), TIMEOUT)
    except TimeoutError:
        raise AssertionError(f"never happened: {what}") from None


@pytest.fixture
async def loopback(monkeypatch):
    fake, ids = world()
    server = LoopbackDiscord(fake)
    await server.start()
    monkeypatch.setattr(Route, "BASE", server.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", URL(server.gateway_url))
    try:
        yield server, fake, ids
    finally:
        await asyncio.wait_for(server.close(), TIMEOUT)


async def test_the_real_gateway_connect_path_reaches_the_bot(loopback, tmp_path):
    server, fake, ids = loopback
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    adapter = DiscordAdapter(settings.discord, client_options={"guild_ready_timeout": 0.05})
    clock = ManualClock()
    bot = await bootstrap(settings, adapter, clock=clock, timers=ManualTimers(clock))
    # bootstrap hands the adapter the dispatcher; its state goes to the app database.
    assert adapter.state.backend is bot.store
    runner = asyncio.create_task(bot.run())
    try:
        ready = asyncio.create_task(adapter.ready.wait())
        done, _ = await asyncio.wait(
            {ready, runner}, timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        if runner in done:
            runner.result()
        assert ready in done, "on_ready never came"

        [session] = server.sessions
        # IDENTIFY carried the token and exactly the intents the adapter asks for.
        assert session.identify["token"] == "fake-token"
        assert session.identify["intents"] == intents().value
        assert discord.Intents._from_value(session.identify["intents"]).message_content
        # discord.py beat at HELLO and handled the ACK: its latency is now a number.
        await eventually(lambda: session.acks >= 1, "a heartbeat ACK")
        await eventually(lambda: adapter.client.latency != float("inf"), "the ACK handled")
        assert session.sent[:2] == ["READY", "GUILD_CREATE"]
        # The guild and its channel came from GUILD_CREATE over the socket; of its
        # members only the bot (no presences intent: see fake_discord.guild_payload),
        # and the bot asked for no more at start-up (adapters/discord/members.py).
        guild = adapter.client.get_guild(ids["guild"])
        assert guild is not None and guild.member_count == len(fake.members[ids["guild"]])
        assert guild.get_member(ids["alice"]) is None and guild.me is not None
        assert fake.all_members_asked == {}
        # Commands were synced over HTTP to the configured guild, before READY.
        assert fake.commands.get(ids["guild"])
        assert fake.calls_to("PUT", rf"/applications/\d+/guilds/{ids['guild']}/commands")

        # A typed command: MESSAGE_CREATE over the websocket ...
        start = "!start Carers' breaks | scope: short breaks | complaints: call 0123"
        fake.say(ids["channel"], ids["host"], start)
        room = f"discord:{ids['channel']}"
        await eventually(
            lambda: (s := bot.dispatcher.state_in(room)) is not None and s.queue_message_ref,
            "the workshop started and its queue message was posted",
        )
        # ... and the bot's answer over REST: the scene posted, the queue pinned.
        posted = fake.calls_to("POST", rf"/channels/{ids['channel']}/messages")
        assert posted and all(c.allowed_mentions == {"parse": []} for c in posted)
        queue = int(bot.dispatcher.state_in(room).queue_message_ref)
        await eventually(lambda: queue in fake.pins[ids["channel"]], "the queue pinned")
        # The bot's own MESSAGE_CREATEs came back over the socket too, with sequence numbers.
        assert session.sent.count("MESSAGE_CREATE") >= len(posted) + 1

        # ✋ as MESSAGE_REACTION_ADD over the socket raises alice's hand.
        fake.react(ids["channel"], queue, ids["alice"], "\u270b")
        await eventually(
            lambda: (
                [h.person_id for h in bot.dispatcher.state_in(room).ordered_hands()]
                == [f"discord:{ids['alice']}"]
            ),
            "alice's hand raised by reaction",
        )
    finally:
        await asyncio.wait_for(adapter.close(), TIMEOUT)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(runner, TIMEOUT)


def test_docs_give_the_permissions_integer():
    from pathlib import Path

    from adapters.discord.adapter import permissions

    docs = (Path(__file__).resolve().parents[2] / "docs" / "discord.md").read_text()
    assert f"**{permissions().value}**" in docs
    assert f"permissions={permissions().value}" in docs


def test_docs_give_the_text_only_permissions_integer():
    from pathlib import Path

    from adapters.discord.adapter import permissions, text_permissions

    docs = (Path(__file__).resolve().parents[2] / "docs" / "discord.md").read_text()
    assert f"**{text_permissions().value}**" in docs
    # The text-only set is inside the full one, and neither is Administrator.
    assert text_permissions() <= permissions()
    assert not permissions().administrator
