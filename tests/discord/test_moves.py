"""Moves into the small groups' voice channels run in the background: the workshop's
next command never waits for them, and a crash in the middle leaves the rest written
down in the adapter's saved memory, carried out after the restart."""

from __future__ import annotations

import asyncio

from tests.discord.conftest import Scene, start_bot, stop_bot
from tests.discord.fake_discord import Exchange
from tests.discord.test_repeat_safe import nth
from tests.discord.test_voice import MEMBER, Voice, voice_scene


async def answered(exchange: Exchange, timeout: float = 5.0) -> None:
    """Wait (without waiting for the background work) until the command is answered."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not exchange.texts:
        if loop.time() > deadline:
            raise AssertionError("the command was never answered")
        await asyncio.sleep(0.01)


async def groups_open(v: Voice) -> Scene:
    scene = v.scene
    await scene.start()
    for user in v.people:
        await scene.say(user, "hello")
    return scene


def in_their_groups(v: Voice, in_voice: int = 30) -> list[int]:
    """The people in voice (the first `in_voice`) who are in their group's voice channel."""
    scene = v.scene
    rooms = scene.adapter.state.memory.rooms
    voice_of = {
        member: rooms[r.key.removeprefix("discord:")]["voice"]
        for r in scene.state.breakout.rooms
        for member in (int(p.removeprefix("discord:")) for p in r.members)
    }
    return [u for u in v.people[:in_voice] if v.where(u) == voice_of[u]]


async def test_next_is_answered_while_thirty_moves_wait(tmp_path):
    v = await voice_scene(tmp_path, people=36, in_voice=30)
    scene, fake = v.scene, v.scene.fake
    try:
        await groups_open(v)
        first_move = fake.hold("PATCH", MEMBER)  # Discord is slow to answer the first move
        breakout = fake.slash(
            scene.host, scene.channel, "breakout", length="10m", groups=6, notice="0"
        )
        await answered(breakout)
        hand = fake.slash(v.people[0], scene.channel, "hand")
        await answered(hand)
        call = fake.slash(scene.host, scene.channel, "next")
        await answered(call)
        assert scene.state.speaker is not None
        assert scene.state.speaker.person_id == f"discord:{v.people[0]}"
        # All 30 moves were still waiting (the first in flight) when /next was answered.
        assert len(scene.adapter.state.memory.moves) == 30 + 6  # and 6 voice links
        assert in_their_groups(v) == []
        first_move.set()
        await scene.settle()
        assert in_their_groups(v) == v.people[:30]
        assert scene.adapter.state.memory.moves == []
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_moves_cut_short_by_a_crash_are_carried_out_after_the_restart(tmp_path):
    v = await voice_scene(tmp_path, people=36, in_voice=30)
    scene, fake = v.scene, v.scene.fake
    await groups_open(v)
    fake.kill_when = nth(10, "PATCH", MEMBER)  # killed at the tenth move
    await scene.slash(scene.host, "breakout", length="10m", groups=6, notice="0")
    assert fake.kill_when is None, "the kill did not happen"
    assert len(in_their_groups(v)) == 9
    scene.adapter.state.backend = None  # a dead process writes nothing more
    fake.gateway = lambda event, data: None
    await scene.adapter.client.close()
    await asyncio.wait([scene.runner], timeout=5)

    fake.gateway = None
    calls = len(fake.calls)
    bot, adapter, timers, runner = await start_bot(fake, v.settings, v.scene.clock, sleep=v.sleep)
    try:
        again = Scene(fake, bot, adapter, v.scene.clock, timers, runner, **v.ids)
        v.scene = again
        await again.settle()
        assert in_their_groups(v) == v.people[:30]
        # Only what was left: the 21 moves not done (the tenth never reached Discord).
        assert len(fake.calls_to("PATCH", MEMBER)[-21:]) == 21
        assert len([c for c in fake.calls[calls:] if c.method == "PATCH"]) == 21
        assert adapter.state.memory.moves == []
    finally:
        await stop_bot(bot, runner)


async def test_regroup_moves_people_back_in_the_background_then_deletes(tmp_path):
    """At the end the moves back are written down and done by the same worker: a
    command in the main room is answered while 30 people wait to go back, and the
    groups' channels are deleted only once everyone is out of them."""
    v = await voice_scene(tmp_path, people=36, in_voice=30, after_breakout="delete")
    scene, fake = v.scene, v.scene.fake
    try:
        await groups_open(v)
        await scene.slash(scene.host, "breakout", length="10m", groups=6, notice="0")
        assert in_their_groups(v) == v.people[:30]
        groups = [int(r.key.removeprefix("discord:")) for r in scene.state.breakout.rooms]
        first_back = fake.hold("PATCH", MEMBER)
        regroup = fake.slash(scene.host, scene.channel, "regroup")
        await answered(regroup)
        await scene.timers.advance(120)  # the groups close (the core's grace time)
        hand = fake.slash(v.people[0], scene.channel, "hand")
        await answered(hand)
        assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{v.people[0]}"]
        backs = [m for m in scene.adapter.state.memory.moves if m.get("kind") == "back"]
        assert len(backs) == 30
        assert all(g in fake.channels for g in groups)  # nobody is cut off
        first_back.set()
        await scene.settle()
        assert all(v.where(u) == v.voice for u in v.people[:30])
        assert not any(g in fake.channels for g in groups)
        assert scene.adapter.state.memory.moves == []
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_move_back_into_a_channel_the_bot_may_not_join_is_reported(tmp_path):
    """Discord moves someone only into a channel the bot may connect to (Modify Guild
    Member: "permissions to both connect to the channel and have the MOVE_MEMBERS
    permission"), counted in that channel. The workshop's voice channel denies the
    bot's role Connect (set by hand): the moves into the groups work (the bot allows
    itself Connect on the channels it makes), the moves back are refused, and the
    facilitator is told; the people stay in their groups' voice channels."""
    import discord

    v = await voice_scene(tmp_path, people=6, in_voice=6)
    scene, fake = v.scene, v.scene.fake
    try:
        role = next(r for r in fake.guilds[scene.guild]["roles"] if r["managed"])
        deny = str(discord.Permissions(connect=True).value)
        fake.channels[v.voice]["permission_overwrites"].append(
            {"id": role["id"], "type": 0, "allow": "0", "deny": deny}
        )
        fake.emit("CHANNEL_UPDATE", fake.channels[v.voice])
        await groups_open(v)
        await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0")
        assert in_their_groups(v, in_voice=6) == v.people[:6]
        await scene.slash(scene.host, "regroup")
        await scene.advance(120)  # the groups close (the core's grace time)
        told = fake.dm_texts(scene.host) + scene.bot_texts()
        assert any("move" in t and "lack permissions" in t for t in told), told
        assert not any(v.where(u) == v.voice for u in v.people[:6])
        assert scene.adapter.state.memory.moves == []  # reported, not kept forever
    finally:
        await stop_bot(scene.bot, scene.runner)
