"""Sharding (issue 10): two bot processes, each running one of two shards, on a
Discord on 127.0.0.1 (loopback.py). discord.py's AutoShardedClient identifies
each shard; the gateway sends each connection only the events of its servers;
each process handles only its servers' workshops."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from discord.gateway import DiscordWebSocket
from discord.http import Route
from yarl import URL

from adapters.discord.adapter import DiscordAdapter, permissions
from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from tests.discord.conftest import settings_for
from tests.discord.fake_discord import FakeDiscord
from tests.discord.loopback import LoopbackDiscord
from tests.discord.test_loopback_gateway import TIMEOUT, eventually

START = "!start Carers' breaks | scope: short breaks | complaints: call 0123"


def shard_of(guild_id: int, count: int = 2) -> int:
    return (guild_id >> 22) % count


def identify_without_pause(adapter: DiscordAdapter) -> list[tuple[int | None, bool]]:
    """discord.py sleeps 5 real seconds before every IDENTIFY but a client's first
    (Client.before_identify_hook, pacing for Discord's max_concurrency). The loopback
    Discord sets no such limit, so the sleep tested nothing and made the waits of
    these tests race real time under load (a shard's second IDENTIFY came 5 s plus
    start-up later). The hook is still called; it records each call instead."""
    asked: list[tuple[int | None, bool]] = []

    async def record(shard_id: int | None, *, initial: bool = False) -> None:
        asked.append((shard_id, initial))

    adapter.client.before_identify_hook = record  # type: ignore[method-assign]
    return asked


def two_servers() -> tuple[FakeDiscord, int, int, dict[int, int], dict[int, int]]:
    """South and north, on different shards of two: the fake Discord, both servers'
    ids, and each one's facilitator role and workshop channel."""
    fake = FakeDiscord(bot_permissions=permissions().value)
    south = fake.add_guild("South")
    north = fake.add_guild("North", guild_id=south + (1 << 22))
    role = {g: fake.add_role(g, "Facilitators") for g in (south, north)}
    channel = {g: fake.add_text_channel(g, "workshop") for g in (south, north)}
    return fake, south, north, role, channel


async def one_process_for_both(
    fake: FakeDiscord, role: dict[int, int], monkeypatch, tmp_path
) -> tuple[LoopbackDiscord, Any, DiscordAdapter, list[tuple[int | None, bool]]]:
    """The loopback Discord with two shards, started; one process's settings and its
    adapter running both shards (its IDENTIFYs recorded, not paced)."""
    server = LoopbackDiscord(fake, shard_count=2)
    await server.start()
    monkeypatch.setattr(Route, "BASE", server.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", URL(server.gateway_url))
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=list(role),
        facilitator_role_ids=list(role.values()),
        shard_count=2,
    )
    adapter = DiscordAdapter(settings.discord, client_options={"guild_ready_timeout": 0.05})
    return server, settings, adapter, identify_without_pause(adapter)


async def test_each_process_runs_only_its_shards_servers(monkeypatch, tmp_path):
    fake = FakeDiscord()
    south = fake.add_guild("South")
    north = fake.add_guild("North", guild_id=south + (1 << 22))  # the other shard of two
    assert shard_of(south) != shard_of(north)
    role = {g: fake.add_role(g, "Facilitators") for g in (south, north)}
    channel = {g: fake.add_text_channel(g, "workshop") for g in (south, north)}
    host = {
        g: fake.add_person(g, f"host-{n}", roles=(role[g],)) for n, g in enumerate((south, north))
    }

    server = LoopbackDiscord(fake, shard_count=2)
    await server.start()
    monkeypatch.setattr(Route, "BASE", server.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", URL(server.gateway_url))
    processes = {}
    try:
        for guild in (south, north):
            settings = settings_for(
                tmp_path / "shared.db",  # one database for both processes
                guild_ids=[south, north],
                facilitator_role_ids=list(role.values()),
                shard_count=2,
                shard_ids=[shard_of(guild)],
            )
            adapter = DiscordAdapter(settings.discord, client_options={"guild_ready_timeout": 0.05})
            clock = ManualClock()
            bot = await bootstrap(settings, adapter, clock=clock, timers=ManualTimers(clock))
            runner = asyncio.create_task(bot.run())
            processes[guild] = (bot, adapter, runner)
            ready = asyncio.create_task(adapter.ready.wait())
            done, _ = await asyncio.wait(
                {ready, runner}, timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED
            )
            if runner in done:
                runner.result()
            assert ready in done, "on_ready never came"

        # Each process identified as its own shard of two, and has only its server.
        shards = sorted(tuple(s.identify["shard"]) for s in server.sessions)
        assert shards == [(0, 2), (1, 2)]
        for guild, (_, adapter, _) in processes.items():
            assert [g.id for g in adapter.client.guilds] == [guild]
            assert adapter.client.shard_count == 2
            other = north if guild == south else south
            assert adapter.handles_room(f"discord:{channel[guild]}")
            assert not adapter.handles_room(f"discord:{channel[other]}")
            # Commands synced only to its own server.
            assert fake.calls_to("PUT", rf"/applications/\d+/guilds/{guild}/commands")
        assert len(fake.calls_to("PUT", r"/applications/\d+/guilds/\d+/commands")) == 2

        # A workshop started in each server is run by that server's process only.
        for guild in (south, north):
            fake.say(channel[guild], host[guild], START)
        for guild, (bot, _, _) in processes.items():
            other = north if guild == south else south
            room = f"discord:{channel[guild]}"
            await eventually(
                lambda b=bot, r=room: b.dispatcher.state_in(r) is not None, f"a workshop in {guild}"
            )
            assert bot.dispatcher.state_in(f"discord:{channel[other]}") is None
        # The queue message is pinned once the start's posts are through (they may
        # wait for Discord's rate-limit bucket).
        for _, adapter, _ in processes.values():
            await eventually(lambda a=adapter: bool(a.queue_messages), "the queue pinned")
        # Each keeps its adapter memory under its own key in the shared database.
        keys = {adapter.state.key for _, adapter, _ in processes.values()}
        assert keys == {"discord.state.shards-0-of-2", "discord.state.shards-1-of-2"}
        for _, adapter, _ in processes.values():
            await adapter.state.save()
        store = processes[south][0].store
        saved = {key: await store.get_adapter_state(key) for key in keys}
        assert all(saved.values())
        south_queue = saved[processes[south][1].state.key]["queue"]
        north_queue = saved[processes[north][1].state.key]["queue"]
        assert list(south_queue) == [str(channel[south])]  # not overwritten by the other
        assert list(north_queue) == [str(channel[north])]
    finally:
        for _, adapter, runner in processes.values():
            await asyncio.wait_for(adapter.close(), TIMEOUT)
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(runner, TIMEOUT)
        await asyncio.wait_for(server.close(), TIMEOUT)


def test_shard_settings_are_checked():
    import pytest
    from pydantic import ValidationError

    from bot.config import DiscordSettings

    assert DiscordSettings(shard_count=4, shard_ids=[0, 3]).shard_ids == [0, 3]
    with pytest.raises(ValidationError, match="below shard_count"):
        DiscordSettings(shard_count=2, shard_ids=[2])
    with pytest.raises(ValidationError, match="needs shard_count"):
        DiscordSettings(shard_ids=[0])


async def test_a_shard_that_identifies_afresh_catches_up(monkeypatch, tmp_path):
    """One process runs both shards. Discord ends one shard's session; what is said
    in its server before it identifies again is fetched when it is back."""
    fake, south, north, role, channel = two_servers()
    host = fake.add_person(north, "host", roles=(role[north],))
    alice = fake.add_person(north, "alice")
    server, settings, adapter, identifies = await one_process_for_both(
        fake, role, monkeypatch, tmp_path
    )
    clock = ManualClock()
    bot = await bootstrap(settings, adapter, clock=clock, timers=ManualTimers(clock))
    runner = asyncio.create_task(bot.run())
    room = f"discord:{channel[north]}"
    try:
        await eventually(adapter.ready.is_set, "ready")
        fake.say(channel[north], host, START)
        await eventually(lambda: bot.dispatcher.state_in(room) is not None, "a workshop")
        identified = len(server.sessions)
        await server.invalidate(shard_of(north))
        fake.say(channel[north], alice, "!hand")  # nobody is connected for north
        await eventually(lambda: len(server.sessions) > identified, "a fresh IDENTIFY")
        # Both shards' first IDENTIFYs, then north's afresh, each asked of the hook.
        assert sorted(identifies[:2]) == [(0, True), (1, False)]
        assert identifies[2:] == [(shard_of(north), False)]
        await eventually(
            lambda: (
                [h.person_id for h in bot.dispatcher.state_in(room).ordered_hands()]
                == [f"discord:{alice}"]
            ),
            "alice's hand, caught up",
        )
    finally:
        await asyncio.wait_for(adapter.close(), TIMEOUT)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(runner, TIMEOUT)
        await asyncio.wait_for(server.close(), TIMEOUT)


async def test_two_shards_lost_at_once_each_catch_up_their_own_channels(monkeypatch, tmp_path):
    """One process runs both shards; Discord ends both sessions, one just after the
    other, before either is back. South's shard is back first and catches up; north's
    IDENTIFY waits (discord.py's `before_identify_hook`, which the test holds). A ✋
    typed in north meanwhile reaches nobody; when north is back, a message seen live
    before its catch-up must not make the catch-up start after the ✋. Before, south's
    catch-up cleared north's mark."""
    fake, south, north, role, channel = two_servers()
    host = {g: fake.add_person(g, f"host-{g}", roles=(role[g],)) for g in (south, north)}
    alice = fake.add_person(north, "alice")
    bob = fake.add_person(north, "bob")
    server, settings, adapter, identifies = await one_process_for_both(
        fake, role, monkeypatch, tmp_path
    )
    recorded = adapter.client.before_identify_hook
    north_may_return = asyncio.Event()
    holding = False  # from north's second session on

    async def hold_north(shard_id: int | None, *, initial: bool = False) -> None:
        await recorded(shard_id, initial=initial)
        if shard_id == shard_of(north) and holding:
            await north_may_return.wait()

    adapter.client.before_identify_hook = hold_north  # type: ignore[method-assign]
    clock = ManualClock()
    bot = await bootstrap(settings, adapter, clock=clock, timers=ManualTimers(clock))
    runner = asyncio.create_task(bot.run())
    rooms = {g: f"discord:{channel[g]}" for g in (south, north)}
    north_room = rooms[north]

    def history_reads(guild: int) -> int:
        return len(fake.calls_to("GET", rf"/channels/{channel[guild]}/messages"))

    try:
        await eventually(adapter.ready.is_set, "ready")
        for guild in (south, north):
            fake.say(channel[guild], host[guild], START)
        for room in rooms.values():
            await eventually(lambda r=room: bot.dispatcher.state_in(r) is not None, "a workshop")
        for guild in (south, north):
            await eventually(
                lambda g=guild: str(channel[g]) in adapter.state.memory.last_seen, "seen"
            )
        sessions = len(server.sessions)
        south_reads = history_reads(south)
        # discord.py identifies lost shards again one after the other
        # (AutoShardedClient.connect's queue, which also dispatches each one's
        # on_shard_disconnect), so south is lost first and north once south's new
        # IDENTIFY is under way: both are away before south's catch-up runs.
        holding = True
        await server.invalidate(shard_of(south))
        await eventually(lambda: identifies[2:] == [(shard_of(south), False)], "south again")
        await server.invalidate(shard_of(north))
        # South is back and has caught up its channel (its history read) ...
        await eventually(lambda: history_reads(south) > south_reads, "south's catch-up")
        await eventually(lambda: adapter.client.get_shard(shard_of(south)) is not None, "south")
        assert len(identifies) == 4  # both shards' first IDENTIFYs, then both afresh
        # ... while north still waits to IDENTIFY: alice's ✋ reaches no connection.
        fake.say(channel[north], alice, "!hand")
        seen_before = adapter.state.memory.last_seen[str(channel[north])]
        north_may_return.set()

        def north_again() -> list:
            return [
                s
                for s in server.sessions[sessions:]
                if s.identify and s.identify["shard"][0] == shard_of(north)
            ]

        await eventually(lambda: bool(north_again()), "north's IDENTIFY")
        # Said live on north's new connection, right after its server's GUILD_CREATE
        # and before discord.py sends on_shard_ready: it moves north's last seen.
        said_live = fake.say(channel[north], bob, "hello again")
        await eventually(
            lambda: adapter.state.memory.last_seen[str(channel[north])] >= said_live,
            "bob's message, seen live",
        )
        assert seen_before < said_live
        await eventually(
            lambda: (
                [h.person_id for h in bot.dispatcher.state_in(north_room).ordered_hands()]
                == [f"discord:{alice}"]
            ),
            "alice's hand, caught up",
        )
        assert len(server.sessions) == sessions + 2
    finally:
        north_may_return.set()
        await asyncio.wait_for(adapter.close(), TIMEOUT)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(runner, TIMEOUT)
        await asyncio.wait_for(server.close(), TIMEOUT)
