"""Sends repeated after a crash are done once (Capability.REPEAT_SAFE).

A message or a DM carries a nonce made from its effect's key; discord.py sends
it with `enforce_nonce`, and the fake answers as Discord documents: the same
nonce from the same author again returns the message made the first time. Rooms
made for a key are remembered in the adapter's state as they are made, so a
breakout carried out again after a kill makes only the missing ones. The kills
here stop the bot in the middle of a request (`FakeDiscord.kill_when`); the
restart runs the dispatcher's own catch-up (`redeliver`), which carries the
interrupted effects out again under the same keys."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from adapters.base import Capability
from adapters.discord.outbound import nonce_of
from adapters.discord.state import KEY
from bot.simulation import ManualClock
from facilitation import words
from tests.discord.conftest import Scene, settings_for, start_bot, world
from tests.discord.fake_discord import Call, FakeDiscord

THREADS = r"/channels/\d+/threads"
ADD_MEMBER = r"/channels/\d+/thread-members/\d+"


def nth(wanted: int, method: str, pattern: str) -> Callable[[str, str, Any], bool]:
    """A kill at the `wanted`-th request to `method pattern` (1: the first)."""
    import re

    compiled = re.compile(pattern + "$")
    seen = 0

    def matches(m: str, path: str, body: Any) -> bool:
        nonlocal seen
        if m == method and compiled.match(path):
            seen += 1
        return seen == wanted

    return matches


class Crashes:
    """One Discord, one database, and a bot that can be killed and started again."""

    def __init__(self, tmp_path: Path, **discord: Any) -> None:
        self.fake, self.ids = world()
        self.settings = settings_for(
            tmp_path / "workshop.db",
            guild_ids=[self.ids["guild"]],
            facilitator_role_ids=[self.ids["facilitator_role"]],
            voice_pace_seconds=0,
            **discord,
        )
        self.clock = ManualClock()
        self.scene: Scene | None = None

    async def start(self) -> Scene:
        self.fake.gateway = None  # connected: events reach the client again
        bot, adapter, timers, runner = await start_bot(self.fake, self.settings, self.clock)
        self.scene = Scene(self.fake, bot, adapter, self.clock, timers, runner, **self.ids)
        await self.scene.settle()  # including the catch-up after a restart
        return self.scene

    async def killed(self) -> None:
        """After a kill: nothing more is saved, the connection is gone."""
        scene = self.scene
        assert scene is not None
        scene.adapter.state.backend = None  # a dead process writes nothing
        self.fake.gateway = lambda event, data: None
        await scene.adapter.client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(scene.runner, timeout=5)

    async def stop(self) -> None:
        if self.scene is not None:
            await self.scene.adapter.close()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(self.scene.runner, timeout=5)

    async def workshop_with_people(self, cofac: str = "") -> Scene:
        scene = await self.start()
        await scene.start()
        for person in (scene.alice, scene.bob, scene.carol):
            await scene.say(person, "hello")
        if cofac:
            exchange = await scene.slash(scene.host, "cofac", name=cofac)
            assert scene.state.co_facilitator_ids, exchange.texts
        return scene


def posted(fake: FakeDiscord, channel: int, text: str) -> list[dict]:
    return [m for m in fake.channel_messages(channel) if m["content"] == text]


def message_creates(fake: FakeDiscord, text: str) -> int:
    return sum(
        1
        for event, data in fake.events
        if event == "MESSAGE_CREATE" and data.get("content") == text
    )


def thread_of(call: Call) -> int:
    return int(call.path.split("/")[2])


async def test_the_discord_adapter_declares_repeat_safe_sends(scene: Scene):
    assert Capability.REPEAT_SAFE in scene.adapter.capabilities


async def test_a_message_posted_twice_with_the_same_key_is_posted_once(scene: Scene):
    await scene.start()
    first = await scene.adapter.post(scene.room, "Tea at eleven", key="s9/0/0")
    again = await scene.adapter.post(scene.room, "Tea at eleven", key="s9/0/0")
    assert again == first
    assert len(posted(scene.fake, scene.channel, "Tea at eleven")) == 1
    assert message_creates(scene.fake, "Tea at eleven") == 1
    sends = [c for c in scene.fake.calls_to("POST", rf"/channels/{scene.channel}/messages")]
    # discord.py's own serialisation: the nonce (25 characters) and enforce_nonce.
    bodies = [c.body for c in sends if c.body.get("content") == "Tea at eleven"]
    assert len(bodies) == 2
    assert all(b["nonce"] == nonce_of("s9/0/0") and b["enforce_nonce"] for b in bodies)
    assert len(nonce_of("s9/0/0")) == 25
    # Another key is another message, with the same words.
    other = await scene.adapter.post(scene.room, "Tea at eleven", key="s9/0/1")
    assert other != first
    assert len(posted(scene.fake, scene.channel, "Tea at eleven")) == 2


async def test_after_discords_few_minutes_a_repeat_is_posted_again(scene: Scene):
    """Discord only remembers a nonce for a few minutes: a repeat after that is a
    second message (docs/discord.md says so)."""
    await scene.start()
    first = await scene.adapter.post(scene.room, "Lunch is at one", key="s8/0/0")
    scene.fake.forget_nonces()
    again = await scene.adapter.post(scene.room, "Lunch is at one", key="s8/0/0")
    assert again != first
    assert len(posted(scene.fake, scene.channel, "Lunch is at one")) == 2


async def test_a_dm_or_a_file_sent_twice_with_the_same_key_arrives_once(scene: Scene):
    await scene.start()
    alice = f"discord:{scene.alice}"
    for _ in range(2):
        await scene.adapter.send_private(alice, "Your room is Kitchen.", key="s7/3")
        await scene.adapter.send_file(alice, "notes.md", b"# Notes", key="s7/4")
    assert scene.fake.dm_texts(scene.alice).count("Your room is Kitchen.") == 1
    dm = scene.fake.dm_channels[scene.alice]
    files = [m for m in scene.fake.channel_messages(dm) if m["attachments"]]
    assert [f["attachments"][0]["filename"] for f in files] == ["notes.md"]
    # Without a key each send is new (discord.py's random nonce).
    await scene.adapter.send_private(alice, "Your room is Kitchen.")
    assert scene.fake.dm_texts(scene.alice).count("Your room is Kitchen.") == 2


async def test_closing_a_closed_thread_again_changes_nothing(scene: Scene):
    await scene.start()
    rooms = await scene.adapter.create_rooms(
        scene.room, 1, ("Kitchen",), ((f"discord:{scene.alice}",),), key="s6/1"
    )
    room = rooms[0]
    await scene.adapter.close_room(room, scene.room, key="s6/2")
    calls = len(scene.fake.calls)
    await scene.adapter.close_room(room, scene.room, key="s6/2")
    again = scene.fake.calls[calls:]
    # The thread was looked up (archived threads leave discord.py's cache), not changed.
    assert [c.method for c in again] == ["GET"]
    meta = scene.fake.channels[int(room.split(":")[1])]["thread_metadata"]
    assert meta["archived"] and meta["locked"]


async def test_a_breakout_killed_after_one_room_makes_only_the_other_after_restart(tmp_path):
    crashes = Crashes(tmp_path)
    scene = await crashes.workshop_with_people()
    fake = crashes.fake
    before = len(fake.calls)
    fake.kill_when = nth(2, "POST", THREADS)  # the second room's thread is never made
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    assert fake.kill_when is None, "the kill did not happen"
    made_before = [
        c for c in fake.calls[before:] if c.method == "POST" and c.path.endswith("/threads")
    ]
    assert len(made_before) == 1
    staff_thread = int(scene.state.staff_room.split(":")[1])  # made at the start
    first_thread = next(t for t in fake.thread_members if t != staff_thread)
    first_members = set(fake.thread_members[first_thread])
    opened = words.rooms_open(600)
    # Not yet: the main room is told to go only once every room exists.
    assert posted(fake, scene.channel, opened) == []
    await crashes.killed()

    calls = len(fake.calls)
    scene = await crashes.start()
    try:
        after = fake.calls[calls:]
        creates = [c for c in after if c.method == "POST" and c.path.endswith("/threads")]
        assert len(creates) == 1  # only the missing room
        adds = [c for c in after if c.method == "PUT" and "/thread-members/" in c.path]
        # The first room's people were all added before the kill: none is added again.
        assert adds and all(thread_of(c) != first_thread for c in adds)
        threads = [int(k.split(":")[1]) for k in (r.key for r in scene.state.breakout.rooms)]
        assert threads[0] == first_thread and len(set(threads)) == 2
        assert set(fake.thread_members[threads[0]]) == first_members
        # Everyone is in exactly one room, with the facilitator in both.
        people = {scene.alice, scene.bob, scene.carol}
        homes = [people & fake.thread_members[t] for t in threads]
        assert homes[0] | homes[1] == people and not homes[0] & homes[1]
        assert all(scene.host in fake.thread_members[t] for t in threads)
        # The announcement went out once, after the restart, when the rooms existed:
        # one in the channel, one MESSAGE_CREATE.
        repeats = [
            c for c in after if c.method == "POST" and (c.body or {}).get("content") == opened
        ]
        assert len(repeats) == 1
        assert len(posted(fake, scene.channel, opened)) == 1
        assert message_creates(fake, opened) == 1
        # Nobody got their "your room is ..." twice.
        for person in people:
            texts = fake.dm_texts(person)
            assert len(texts) == len(set(texts)), texts
        # A further restart has nothing left to do.
        await crashes.stop()
        calls = len(fake.calls)
        scene = await crashes.start()
        assert not [
            c
            for c in fake.calls[calls:]
            if c.method in ("POST", "PUT", "PATCH") and not c.path.startswith("/applications/")
        ]
    finally:
        await crashes.stop()


def as_before_the_upgrade(database: Path) -> list[str]:
    """Rewrites the adapter's stored record of rooms made the way the bot before f9abf9a
    keyed it: "<source>/1" (`CreateRooms` was then its event's second effect), where
    this version says "<source>/0". Returns the keys rewritten."""
    with contextlib.closing(sqlite3.connect(database, timeout=10)) as db, db:
        (value,) = db.execute("SELECT value FROM adapter_state WHERE key = ?", (KEY,)).fetchone()
        memory = json.loads(value)
        old = {k.removesuffix("/0") + "/1": v for k, v in memory["made"].items()}
        memory["made"] = old
        db.execute("UPDATE adapter_state SET value = ? WHERE key = ?", (json.dumps(memory), KEY))
    return list(old)


async def test_rooms_made_before_an_upgrade_are_not_made_again(tmp_path):
    """Killed after the first room under the earlier version, restarted on this one:
    the restart finds the room made under the old key and makes only the other."""
    crashes = Crashes(tmp_path)
    scene = await crashes.workshop_with_people()
    fake = crashes.fake
    fake.kill_when = nth(2, "POST", THREADS)  # the second room's thread is never made
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    assert fake.kill_when is None, "the kill did not happen"
    staff_thread = int(scene.state.staff_room.split(":")[1])  # made at the start
    first_thread = next(t for t in fake.thread_members if t != staff_thread)
    await crashes.killed()
    rewritten = as_before_the_upgrade(tmp_path / "workshop.db")
    assert len(rewritten) == 1 and rewritten[0].endswith("/1")

    calls = len(fake.calls)
    scene = await crashes.start()
    try:
        after = fake.calls[calls:]
        creates = [c for c in after if c.method == "POST" and c.path.endswith("/threads")]
        assert len(creates) == 1  # only the missing room
        threads = [int(k.split(":")[1]) for k in (r.key for r in scene.state.breakout.rooms)]
        assert threads[0] == first_thread and len(set(threads)) == 2
        assert len(posted(fake, scene.channel, words.rooms_open(600))) == 1
    finally:
        await crashes.stop()


async def test_a_regroup_killed_half_way_closes_each_room_once(tmp_path):
    crashes = Crashes(tmp_path)
    scene = await crashes.workshop_with_people()
    fake = crashes.fake
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    threads = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
    fake.kill_when = nth(2, "PATCH", r"/channels/\d+")  # the second room is not closed
    await scene.slash(scene.host, "regroup")
    await scene.advance(120)
    assert fake.kill_when is None, "the kill did not happen"
    closed = [t for t in threads if fake.channels[t]["thread_metadata"]["locked"]]
    assert len(closed) == 1
    await crashes.killed()

    calls = len(fake.calls)
    scene = await crashes.start()
    try:
        closes = [c for c in fake.calls[calls:] if c.method == "PATCH" and c.path.count("/") == 2]
        # Only the room left open is changed; the closed one is looked at, not edited.
        assert [int(c.path.split("/")[2]) for c in closes] == [
            t for t in threads if t not in closed
        ]
        for thread in threads:
            meta = fake.channels[thread]["thread_metadata"]
            assert meta["archived"] and meta["locked"]
        welcome = [m for m in scene.bot_texts() if m.startswith("Welcome back")]
        assert len(welcome) == 1, welcome
    finally:
        await crashes.stop()


async def test_channels_killed_between_a_rooms_text_and_voice_make_only_the_voice(tmp_path):
    crashes = Crashes(tmp_path, breakout_rooms="channels")
    scene = await crashes.workshop_with_people()
    fake = crashes.fake
    create = rf"/guilds/{scene.guild}/channels"
    before = len(fake.calls)
    # Category, text 1, voice 1, text 2, then the kill instead of voice 2.
    fake.kill_when = nth(5, "POST", create)
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    assert fake.kill_when is None, "the kill did not happen"
    made = [c.body["type"] for c in fake.calls[before:] if c.method == "POST" and c.path == create]
    assert made == [4, 0, 2, 0]
    await crashes.killed()

    calls = len(fake.calls)
    scene = await crashes.start()
    try:
        again = [c for c in fake.calls[calls:] if c.method == "POST" and c.path == create]
        assert [c.body["type"] for c in again] == [2]  # only the missing voice channel
        categories = [c for c in fake.channels.values() if c["type"] == 4]
        assert len(categories) == 1
        in_category = [
            c for c in fake.channels.values() if c.get("parent_id") == categories[0]["id"]
        ]
        assert sorted(c["type"] for c in in_category) == [0, 0, 2, 2]
        texts = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
        assert all(fake.channels[t]["type"] == 0 for t in texts) and len(set(texts)) == 2
        # Both rooms are known to the adapter, so they can be closed at regroup.
        assert all(scene.adapter.voice.knows(r.key) for r in scene.state.breakout.rooms)
    finally:
        await crashes.stop()


async def test_a_deleted_group_closed_again_is_not_an_error(tmp_path):
    crashes = Crashes(tmp_path, breakout_rooms="channels", after_breakout="delete")
    scene = await crashes.workshop_with_people()
    try:
        await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
        room = scene.state.breakout.rooms[0].key
        await scene.adapter.close_room(room, scene.room, key="s5/0")
        await scene.settle()  # deleted in the background, once nobody is in it
        assert int(room.split(":")[1]) not in crashes.fake.channels
        await scene.adapter.close_room(room, scene.room, key="s5/0")  # does not raise
    finally:
        await crashes.stop()


async def test_the_voice_link_sent_again_by_a_repeated_move_arrives_once(tmp_path):
    crashes = Crashes(tmp_path, breakout_rooms="channels")
    scene = await crashes.workshop_with_people()
    try:
        await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
        room = next(r for r in scene.state.breakout.rooms if f"discord:{scene.carol}" in r.members)
        links = [t for t in crashes.fake.dm_texts(scene.carol) if "discord.com/channels/" in t]
        assert len(links) == 1  # carol is not in voice: she got the link
        await scene.adapter.move(room.key, (f"discord:{scene.carol}",))  # done again
        again = [t for t in crashes.fake.dm_texts(scene.carol) if "discord.com/channels/" in t]
        assert again == links
    finally:
        await crashes.stop()
