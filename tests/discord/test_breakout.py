"""Small groups as private threads under the workshop channel: one request per
room, its members added, reminders, help and reports inside, and at regroup
every thread locked and archived."""

from __future__ import annotations

import asyncio

from facilitation import words
from tests.discord.conftest import Scene

THREADS = r"/channels/\d+/threads"
ADD_MEMBER = r"/channels/\d+/thread-members/\d+"


async def open_groups(scene: Scene) -> dict[str, int]:
    """Start, let alice, bob and carol be seen, and open two groups at once;
    each person's thread id."""
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    calls = len(scene.fake.calls)
    exchange = await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    assert exchange.all_ephemeral, exchange.texts
    made = scene.fake.calls[calls:]
    creates = [c for c in made if c.method == "POST" and c.path.endswith("/threads")]
    adds = [c for c in made if c.method == "PUT" and "/thread-members/" in c.path]
    assert len(creates) == 2  # one request per room
    assert all(c.path == f"/channels/{scene.channel}/threads" for c in creates)
    assert all(c.body["type"] == 12 and c.body["invitable"] is False for c in creates)
    # One per member, and the facilitator (host) in every group's thread.
    assert len(adds) == 3 + 2
    host_adds = [c for c in adds if c.path.endswith(f"/thread-members/{scene.host}")]
    assert {c.path.split("/")[2] for c in host_adds} == {c.path.split("/")[2] for c in adds}
    assert len(host_adds) == 2
    # Apart from messages and the answer to the command, nothing else was asked.
    others = [
        c
        for c in made
        if c not in creates
        and c not in adds
        and not (c.method == "POST" and c.path.endswith("/messages"))
        and not c.path.startswith(("/interactions/", "/webhooks/"))
    ]
    assert others == []
    where = {}
    for call in [c for c in adds if c not in host_adds]:
        thread, user = (int(part) for part in call.path.split("/")[2::2])
        where[user] = thread
    assert set(where) == {scene.alice, scene.bob, scene.carol}
    assert len(set(where.values())) == 2
    return where


async def test_a_breakout_makes_one_thread_per_room_and_adds_its_members(scene: Scene):
    where = await open_groups(scene)
    threads = set(where.values())
    for thread in threads:
        data = scene.fake.channels[thread]
        assert data["parent_id"] == str(scene.channel)
        assert scene.fake.thread_members[thread] >= {
            user for user, t in where.items() if t == thread
        } | {scene.host}
        # The core said where to go and what to do, inside the thread.
        assert scene.bot_texts(thread), thread
        # discord.py knows the thread from the gateway's THREAD_CREATE.
        assert scene.adapter.client.get_channel(thread) is not None


async def test_nobody_is_told_privately_which_room_they_are_in(scene: Scene):
    """Added to a private thread, a person sees it in their channel list (Discord
    shows a thread one is added to), and its welcome names the room and who is in
    it: the "your room" DM would be one more request per person (and a DM channel
    opened each, refused with 40003 past a few)."""
    await open_groups(scene)
    for person in (scene.alice, scene.bob, scene.carol):
        notes = [t for t in scene.fake.dm_texts(person) if t.startswith("You are in the room")]
        assert notes == [], notes
    assert words.your_room("Room 1", ["Bob"], 10 * 60).startswith("You are in the room")


async def test_the_rooms_are_filled_side_by_side_not_one_after_another(scene: Scene):
    """While alice's add is still in flight (held by the fake), the other room is
    made and filled to its last add (the host's): no room waits for another.
    (Within one thread discord.py itself sends one add at a time until Discord's
    rate-limit headers say more may go; the fake sends none for this route.)"""
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")

    def host_added_to() -> set[str]:
        adds = scene.fake.calls_to("PUT", ADD_MEMBER)
        return {c.path.split("/")[2] for c in adds if c.path.endswith(f"/{scene.host}")}

    staff_thread = host_added_to()  # made at /start; not a group room
    held = scene.fake.hold("PUT", rf"/channels/\d+/thread-members/{scene.alice}")
    scene.fake.slash(scene.host, scene.channel, "breakout", length="10m", groups=2, notice="0")

    def filled() -> set[str]:
        return host_added_to() - staff_thread

    for _ in range(5000):  # a bound on "it happened at all", never a timing claim
        if filled():
            break
        await asyncio.sleep(0.001)
    assert len(filled()) == 1  # the other room, while alice's still waits
    assert not scene.fake.calls_to("PUT", rf"/channels/\d+/thread-members/{scene.alice}")
    held.set()
    await scene.settle()
    assert len(filled()) == 2
    assert len(scene.fake.calls_to("PUT", ADD_MEMBER)) == len(staff_thread) + 3 + 2


async def test_help_reports_and_reminders_happen_inside_the_threads(scene: Scene):
    where = await open_groups(scene)
    alice_thread = where[scene.alice]
    help_ = await scene.slash(scene.alice, "helpme", channel=alice_thread)
    assert help_.all_ephemeral
    assert any("help" in t.casefold() for t in scene.bot_texts(alice_thread))
    assert any("help" in t.casefold() for t in scene.fake.dm_texts(scene.host))

    report = await scene.slash(
        scene.alice, "report", channel=alice_thread, text="We want longer breaks"
    )
    assert report.all_ephemeral
    # Typing in the thread is a message of that room.
    await scene.say(scene.bob, "I agree", channel=where[scene.bob])

    before = {t: len(scene.bot_texts(t)) for t in set(where.values())}
    await scene.advance(5 * 60)  # the 5-minute reminder
    for thread, count in before.items():
        assert len(scene.bot_texts(thread)) > count, thread


async def test_regroup_locks_and_archives_every_thread(scene: Scene):
    where = await open_groups(scene)
    calls = len(scene.fake.calls)
    exchange = await scene.slash(scene.host, "regroup")
    assert exchange.all_ephemeral
    await scene.advance(120)  # the grace period, if any
    closes = [c for c in scene.fake.calls[calls:] if c.method == "PATCH" and c.path.count("/") == 2]
    threads = set(where.values())
    assert {int(c.path.split("/")[2]) for c in closes} == threads
    assert all(c.body == {"archived": True, "locked": True} for c in closes)
    for thread in threads:
        meta = scene.fake.channels[thread]["thread_metadata"]
        assert meta["archived"] and meta["locked"]
        assert scene.bot_texts(thread)  # the history stays
    assert scene.state.breakout is None
    # Nobody was removed from any thread, and nothing was deleted.
    assert not [c for c in scene.fake.calls if c.method == "DELETE"]


async def test_too_many_threads_are_refused_before_anything_is_made(scene: Scene):
    import adapters.discord.outbound as outbound

    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    made = len(scene.fake.calls_to("POST", THREADS))  # the staff room's thread
    limit = outbound.ACTIVE_THREAD_LIMIT
    outbound.ACTIVE_THREAD_LIMIT = 1
    try:
        exchange = await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0")
    finally:
        outbound.ACTIVE_THREAD_LIMIT = limit
    assert len(scene.fake.calls_to("POST", THREADS)) == made
    # The facilitator is told in words (ephemerally: they asked for the breakout).
    assert any("active threads" in t for t in exchange.texts), exchange.texts
    assert exchange.all_ephemeral


async def test_groups_from_a_voice_channels_own_chat_are_channels(tmp_path):
    """Discord makes no threads in a voice (or Stage) channel's text chat (50024). A
    workshop run there gets its small groups as a text and a voice channel each,
    with the people in voice moved there and back, as with breakout_rooms="channels"."""
    from bot.simulation import ManualClock
    from tests.discord.conftest import Scene, settings_for, start_bot, stop_bot, world

    fake, ids = world()
    voice = fake.add_voice_channel(ids["guild"], "workshop voice")
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
        voice_pace_seconds=0,
    )
    bot, adapter, timers, runner = await start_bot(fake, settings, ManualClock())
    scene = Scene(
        fake, bot, adapter, bot.dispatcher.clock, timers, runner, **{**ids, "channel": voice}
    )
    try:
        for user in (ids["host"], ids["alice"], ids["bob"], ids["carol"]):
            fake.join_voice(user, voice)
        await scene.start()
        for user in (ids["alice"], ids["bob"], ids["carol"]):
            await scene.say(user, "hello")
        exchange = await scene.slash(ids["host"], "breakout", length="10m", groups=2, notice="0")
        assert scene.state.breakout is not None, exchange.texts
        rooms = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
        assert len(rooms) == 2 and all(fake.channels[r]["type"] == 0 for r in rooms)
        group_voice = {adapter.voice.memory.rooms[str(r)]["voice"] for r in rooms}
        for user in (ids["alice"], ids["bob"], ids["carol"]):
            assert fake.voice_channel_of(ids["guild"], user) in group_voice
        assert fake.voice_channel_of(ids["guild"], ids["host"]) == voice
        # The groups' own channels are workshop rooms: what is typed there is read.
        assert all(adapter.in_workshop(r) for r in rooms)
        member = next(iter(scene.state.breakout.rooms[0].members))
        await scene.say(int(member.split(":")[1]), "!report longer breaks", channel=rooms[0])
        assert scene.state.breakout.rooms[0].report == "longer breaks"
        await scene.slash(ids["host"], "regroup")
        await scene.advance(120)
        for user in (ids["alice"], ids["bob"], ids["carol"]):
            assert fake.voice_channel_of(ids["guild"], user) == voice
    finally:
        await stop_bot(bot, runner)
