"""Co-facilitators named with /cofac join the small groups like the facilitators
(added to every private thread; a member overwrite on every group channel), and
on a Stage, calling someone invites them to speak with floor control off too."""

from __future__ import annotations

from pathlib import Path

import discord

from bot.simulation import ManualClock
from tests.discord.conftest import Scene, settings_for, start_bot, stop_bot, world

VOICE_STATES = r"/guilds/\d+/voice-states/\d+"


async def name_carol_co_facilitator(scene: Scene) -> None:
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    exchange = await scene.slash(scene.host, "cofac", name="carol")
    assert scene.state.co_facilitator_ids == (f"discord:{scene.carol}",), exchange.texts


async def test_a_co_facilitator_is_added_to_every_groups_thread(scene: Scene):
    await name_carol_co_facilitator(scene)
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    threads = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
    assert len(threads) == 2
    # carol is staff now, so the core puts her in no group; she is added to both.
    assert all(f"discord:{scene.carol}" not in r.members for r in scene.state.breakout.rooms)
    for thread in threads:
        assert scene.carol in scene.fake.thread_members[thread]
        assert scene.host in scene.fake.thread_members[thread]
    adds = scene.fake.calls_to("PUT", rf"/channels/\d+/thread-members/{scene.carol}")
    # Named co-facilitator, she joined the staff room's thread too (once).
    staff = int(scene.state.staff_room.split(":")[1])
    assert sorted(int(c.path.split("/")[2]) for c in adds) == sorted([*threads, staff])


async def test_a_co_facilitator_removed_is_taken_out_of_every_groups_thread(scene: Scene):
    await name_carol_co_facilitator(scene)
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    threads = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
    assert all(scene.carol in scene.fake.thread_members[t] for t in threads)
    staff = int(scene.state.staff_room.split(":")[1])
    assert scene.carol in scene.fake.thread_members[staff]
    exchange = await scene.slash(scene.host, "cofac", name="carol", remove=True)
    assert scene.state.co_facilitator_ids == (), exchange.texts
    for thread in [*threads, staff]:  # the staff room too, where staff alerts go
        assert scene.carol not in scene.fake.thread_members[thread]
        assert scene.host in scene.fake.thread_members[thread]  # the facilitator stays
    # Named again, she is added again (the adapter forgot she was in).
    await scene.slash(scene.host, "cofac", name="carol")
    assert all(scene.carol in scene.fake.thread_members[t] for t in [*threads, staff])


async def test_a_co_facilitator_the_bot_cannot_take_out_is_reported(scene: Scene):
    """The threads were archived by hand (Discord answers 50083 "Thread is archived"):
    the facilitators are told, not left to believe she is out."""
    await name_carol_co_facilitator(scene)
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    threads = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
    for thread in threads:
        scene.fake.channels[thread]["thread_metadata"]["archived"] = True
    await scene.slash(scene.host, "cofac", name="carol", remove=True)
    staff = int(scene.state.staff_room.split(":")[1])
    told = [t for t in scene.bot_texts(staff) if "take a former co-facilitator out" in t]
    assert len(told) == 1, scene.bot_texts(staff)


async def test_without_a_co_facilitator_nobody_else_is_added(scene: Scene):
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    await scene.slash(scene.host, "breakout", length="10m", groups=3, notice="0", seed=1)
    threads = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
    for thread, room in zip(threads, scene.state.breakout.rooms, strict=True):
        members = {int(p.split(":")[1]) for p in room.members}
        bot = int(scene.fake.bot["id"])  # the thread's maker
        assert scene.fake.thread_members[thread] - {bot} == members | {scene.host}


async def test_a_co_facilitator_may_see_every_groups_channels(tmp_path: Path):
    fake, ids = world()
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
        breakout_rooms="channels",
        voice_pace_seconds=0,
    )
    bot, adapter, timers, runner = await start_bot(fake, settings, ManualClock())
    scene = Scene(fake, bot, adapter, bot.dispatcher.clock, timers, runner, **ids)
    try:
        await name_carol_co_facilitator(scene)
        await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
        made = [c for c in fake.calls_to("POST", rf"/guilds/{scene.guild}/channels")]
        assert [c.body["type"] for c in made] == [4, 0, 2, 0, 2]
        view = discord.Permissions(view_channel=True).value
        for call in made:
            carol = [
                o
                for o in call.body["permission_overwrites"]
                if str(o["id"]) == str(scene.carol) and o["type"] == 1
            ]
            assert len(carol) == 1, call.body
            assert int(carol[0]["allow"]) & view
        # alice, in one group only, has an overwrite on that group's channels only.
        alice = [
            c
            for c in made[1:]
            if any(str(o["id"]) == str(scene.alice) for o in c.body["permission_overwrites"])
        ]
        assert len(alice) == 2
    finally:
        await stop_bot(bot, runner)


async def stage_scene(tmp_path: Path) -> tuple[Scene, int]:
    fake, ids = world()
    stage = fake.add_voice_channel(ids["guild"], "workshop stage", stage=True)
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
        voice_channels={str(ids["channel"]): stage},
        voice_pace_seconds=0,
    )
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    await scene.start()
    for user in (scene.alice, scene.bob):
        fake.join_voice(user, stage)  # in the audience
    fake.join_voice(scene.host, stage, suppress=False)  # a speaker
    await scene.settle()
    return scene, stage


def invites(scene: Scene, since: int) -> list[str]:
    return [
        c.path.rsplit("/", 1)[1]
        for c in scene.fake.calls[since:]
        if c.method == "PATCH" and "/voice-states/" in c.path and c.body.get("suppress") is False
    ]


async def test_on_a_stage_calling_someone_invites_them_without_floor_control(tmp_path: Path):
    scene, stage = await stage_scene(tmp_path)
    fake = scene.fake
    try:
        assert not scene.state.floor_control
        fake.request_to_speak(scene.bob, stage)  # Discord's own raised hand
        await scene.slash(scene.alice, "hand")
        await scene.settle()
        calls = len(fake.calls)
        await scene.slash(scene.host, "next")  # bob is called
        assert scene.state.speaker.person_id == f"discord:{scene.bob}"
        assert invites(scene, calls) == [str(scene.bob)]
        assert fake.voice_states[scene.guild][scene.bob]["suppress"] is False
        # Discord marks the invitation with a request_to_speak_timestamp: that is not
        # bob raising his hand again.
        assert fake.voice_states[scene.guild][scene.bob]["request_to_speak_timestamp"]
        hands = [h.person_id for h in scene.state.ordered_hands()]
        assert hands == [f"discord:{scene.alice}"]
        # Nobody is sent to the audience without floor control.
        assert fake.voice_states[scene.guild][scene.host]["suppress"] is False
        assert fake.voice_states[scene.guild][scene.alice]["suppress"] is True
        assert not [c for c in fake.calls[calls:] if c.body and c.body.get("suppress") is True]

        # bob steps back to the audience; more happens during his turn: not invited again.
        fake.join_voice(scene.bob, stage, suppress=True)
        calls = len(fake.calls)
        await scene.slash(scene.carol, "hand")
        await scene.say(scene.host, "Thank you bob")
        assert invites(scene, calls) == []

        # The next person called (alice, in the audience) is invited in turn.
        await scene.slash(scene.host, "next")
        assert scene.state.speaker.person_id == f"discord:{scene.alice}"
        assert invites(scene, calls) == [str(scene.alice)]
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_calling_someone_not_on_the_stage_asks_discord_nothing(tmp_path: Path):
    scene, _stage = await stage_scene(tmp_path)
    try:
        await scene.say(scene.carol, "hello")  # carol is not in voice at all
        await scene.slash(scene.carol, "hand")
        calls = len(scene.fake.calls)
        await scene.slash(scene.host, "next")
        assert scene.state.speaker.person_id == f"discord:{scene.carol}"
        assert not scene.fake.calls_to("PATCH", VOICE_STATES)
        assert scene.fake.calls[calls:]  # the call itself happened (messages, answer)
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_co_facilitator_named_while_groups_are_open_joins_each_thread_once(scene: Scene):
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    await scene.slash(scene.host, "breakout", length="10m", groups=3, notice="0", seed=1)
    threads = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
    assert sum(scene.carol in scene.fake.thread_members[t] for t in threads) == 1
    calls = len(scene.fake.calls)
    await scene.slash(scene.host, "cofac", name="carol")
    adds = [
        c
        for c in scene.fake.calls[calls:]
        if c.method == "PUT" and c.path.endswith(f"/thread-members/{scene.carol}")
    ]
    staff = int(scene.state.staff_room.split(":")[1])  # she joins the staff room too
    assert sorted(int(c.path.split("/")[2]) for c in adds) == sorted([*threads, staff])
    assert all(scene.carol in scene.fake.thread_members[t] for t in threads)
    # More words in the room add nobody again.
    calls = len(scene.fake.calls)
    await scene.slash(scene.alice, "hand")
    assert not [c for c in scene.fake.calls[calls:] if "/thread-members/" in c.path]


async def test_a_co_facilitator_named_while_group_channels_are_open_may_see_them(
    tmp_path: Path,
):
    fake, ids = world()
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
        breakout_rooms="channels",
        voice_pace_seconds=0,
    )
    bot, adapter, timers, runner = await start_bot(fake, settings, ManualClock())
    scene = Scene(fake, bot, adapter, bot.dispatcher.clock, timers, runner, **ids)
    try:
        await scene.start()
        for person in (scene.alice, scene.bob, scene.carol):
            await scene.say(person, "hello")
        await scene.slash(scene.host, "breakout", length="10m", groups=3, notice="0", seed=1)
        texts = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
        voices = [adapter.voice.memory.rooms[str(t)]["voice"] for t in texts]
        calls = len(fake.calls)
        await scene.slash(scene.host, "cofac", name="carol")
        edits = [c for c in fake.calls[calls:] if c.method == "PATCH" and c.path.count("/") == 2]
        # One edit of each group's text and voice channel (not per member).
        assert sorted(int(c.path.split("/")[2]) for c in edits) == sorted(texts + voices)
        view = discord.Permissions(view_channel=True).value
        for channel in texts + voices:
            carol = [
                o
                for o in fake.channels[channel]["permission_overwrites"]
                if str(o["id"]) == str(scene.carol)
            ]
            assert len(carol) == 1 and int(carol[0]["allow"]) & view
            # What was there stays: @everyone still may not see the channel.
            everyone = [
                o
                for o in fake.channels[channel]["permission_overwrites"]
                if str(o["id"]) == str(scene.guild)
            ]
            assert int(everyone[0]["deny"]) & view
        # discord.py's cache followed (CHANNEL_UPDATE): carol may see each channel.
        member = adapter.client.get_guild(scene.guild).get_member(scene.carol)
        for channel in texts + voices:
            assert adapter.client.get_channel(channel).permissions_for(member).view_channel

        # Removed, she may no longer see the groups' channels, except her own group's.
        own = next(
            int(r.key.split(":")[1])
            for r in scene.state.breakout.rooms
            if f"discord:{scene.carol}" in r.members
        )
        own_voice = adapter.voice.memory.rooms[str(own)]["voice"]
        await scene.slash(scene.host, "cofac", name="carol", remove=True)
        assert scene.state.co_facilitator_ids == ()
        for channel in texts + voices:
            seen = adapter.client.get_channel(channel).permissions_for(member).view_channel
            assert seen == (channel in (own, own_voice)), channel
    finally:
        await stop_bot(bot, runner)


async def test_someone_invited_to_speak_by_a_moderator_has_no_hand_raised(tmp_path: Path):
    """Discord gives an invitation to speak a request_to_speak_timestamp too; only a
    request from the audience is a raised hand."""
    scene, stage = await stage_scene(tmp_path)
    try:
        scene.fake.invite_to_speak(scene.alice, stage)  # the host invites alice in the app
        await scene.settle()
        assert scene.state.ordered_hands() == ()
        scene.fake.request_to_speak(scene.bob, stage)  # bob asks from the audience
        await scene.settle()
        assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.bob}"]
    finally:
        await stop_bot(scene.bot, scene.runner)
