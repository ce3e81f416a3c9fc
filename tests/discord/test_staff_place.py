"""The staff place on Discord: a private thread under the workshop channel with
only the staff in it, where safety alerts reach a facilitator whose DMs are
closed (50007); the room hears only "A facilitator is needed in the staff room."
when nothing reached anyone; a restart finds the same place."""

from __future__ import annotations

from pathlib import Path

import discord

from bot.simulation import ManualClock
from facilitation import words
from facilitation.timers import ALERT_RETRY_SECONDS
from tests.discord.conftest import START_OPTIONS, Scene, settings_for, start_bot, stop_bot, world
from tests.discord.test_restart import Restarts, settle

RISK = "My dad hits me when he has been drinking and I am scared to go home"
THREADS = r"/channels/\d+/threads"
VIEW_CHANNEL = discord.Permissions(view_channel=True).value


def staff_thread(scene: Scene) -> int:
    staff_room = scene.state.staff_room
    assert staff_room.startswith("discord:"), staff_room
    return int(staff_room.split(":")[1])


async def test_a_safety_alert_reaches_a_facilitator_whose_dms_are_closed(scene: Scene):
    scene.fake.refusing_dms.add(scene.host)
    await scene.start()
    thread = staff_thread(scene)
    data = scene.fake.channels[thread]
    # A private thread (type 12) under the workshop channel that only the bot adds
    # people to, with the facilitator in it and no participant.
    assert data["type"] == 12 and data["parent_id"] == str(scene.channel)
    assert data["thread_metadata"]["invitable"] is False
    assert scene.fake.thread_members[thread] == {int(scene.fake.bot["id"]), scene.host}
    assert any("for the staff of the workshop" in t for t in scene.bot_texts(thread))

    await scene.say(scene.bob, "hello everyone")  # bob's first message: he is welcomed
    before = list(scene.bot_texts())
    risk = await scene.say(scene.bob, RISK)

    alerts = [t for t in scene.bot_texts(thread) if "Safety alert" in t]
    assert len(alerts) == 1, scene.bot_texts(thread)
    assert "Bob" in alerts[0] and RISK in alerts[0] and "999" in alerts[0]
    # A link that opens bob's message (Discord's message link form).
    assert f"https://discord.com/channels/{scene.guild}/{scene.channel}/{risk}" in alerts[0]
    assert scene.fake.dm_texts(scene.host) == []  # the DM was refused (50007)
    # Nothing about it in the workshop channel, not even a call for a facilitator.
    said = scene.bot_texts()[len(before) :]
    assert not any(RISK in t or "Safety alert" in t for t in said), said
    assert words.facilitator_needed() not in said
    assert scene.state.held_alerts == ()


async def test_when_no_one_is_reached_the_room_hears_only_that_a_facilitator_is_needed(
    scene: Scene,
):
    scene.fake.refusing_dms.add(scene.host)
    await scene.start()
    thread = staff_thread(scene)
    await scene.say(scene.bob, "hello everyone")
    scene.fake.remove_member(scene.guild, scene.host)  # the only facilitator leaves
    await scene.settle()
    before = list(scene.bot_texts())
    await scene.say(scene.bob, RISK)

    said = scene.bot_texts()[len(before) :]
    assert words.facilitator_needed() in said, said
    assert not any(RISK in t or "Safety alert" in t for t in said), said
    # Posted in the staff thread (nobody is there to see it), so kept to try again.
    assert len(scene.state.held_alerts) == 1
    assert scene.fake.thread_members[thread] == {int(scene.fake.bot["id"])}

    # The facilitator comes back (docs, gateway events: Guild Member Add carries the
    # member and guild_id); the next try adds them to the thread and the alert is theirs.
    host = scene.fake.users[scene.host]
    scene.fake.add_member(scene.guild, host, roles=(scene.facilitator_role,))
    member = scene.fake.member(scene.guild, scene.host)
    scene.fake.emit("GUILD_MEMBER_ADD", {**member, "guild_id": str(scene.guild)})
    await scene.settle()
    await scene.advance(ALERT_RETRY_SECONDS)
    assert scene.host in scene.fake.thread_members[thread]
    assert scene.state.held_alerts == ()
    assert len([t for t in scene.bot_texts(thread) if "Safety alert" in t]) == 2
    assert scene.bot_texts().count(words.facilitator_needed()) == 1  # said once only


async def test_a_co_facilitator_named_later_joins_the_staff_place(scene: Scene):
    await scene.start()
    thread = staff_thread(scene)
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    assert scene.carol not in scene.fake.thread_members[thread]
    await scene.slash(scene.host, "cofac", name="carol")
    assert scene.state.co_facilitator_ids == (f"discord:{scene.carol}",)
    assert scene.carol in scene.fake.thread_members[thread]
    assert scene.alice not in scene.fake.thread_members[thread]
    # Once: the next messages in the room add her to nothing again.
    adds = len(scene.fake.calls_to("PUT", rf"/channels/{thread}/thread-members/{scene.carol}"))
    await scene.say(scene.alice, "hello again")
    after = scene.fake.calls_to("PUT", rf"/channels/{thread}/thread-members/{scene.carol}")
    assert len(after) == adds == 1


async def test_a_restart_keeps_the_staff_place(tmp_path: Path):
    r = Restarts(tmp_path)
    r.fake.refusing_dms.add(r.ids["host"])
    await r.start()
    r.fake.slash(r.ids["host"], r.ids["channel"], "start", **START_OPTIONS)
    await settle(r.runner)
    thread = int(r.state.staff_room.split(":")[1])
    r.fake.say(r.ids["channel"], r.ids["bob"], "hello everyone")
    await settle(r.runner)
    await r.stop()

    made = len(r.fake.calls_to("POST", THREADS))
    await r.start()
    try:
        assert r.adapter.state.memory.staff_places[str(r.ids["channel"])]["thread"] == thread
        r.fake.say(r.ids["channel"], r.ids["bob"], RISK)
        await settle(r.runner)
        alerts = [
            m["content"]
            for m in r.fake.channel_messages(thread)
            if m["author"]["id"] == r.fake.bot["id"] and "Safety alert" in m["content"]
        ]
        assert len(alerts) == 1
        assert len(r.fake.calls_to("POST", THREADS)) == made  # no new place
        assert r.state.held_alerts == ()
    finally:
        await stop_bot(r.bot, r.runner)


async def test_the_next_workshop_in_the_channel_uses_the_same_staff_place(scene: Scene):
    await scene.start()
    thread = staff_thread(scene)
    await scene.slash(scene.host, "end")
    assert scene.state is None
    await scene.start()
    assert staff_thread(scene) == thread
    welcomes = [t for t in scene.bot_texts(thread) if "for the staff of the workshop" in t]
    assert len(welcomes) == 2


async def test_a_staff_place_deleted_by_hand_is_made_again(scene: Scene):
    await scene.start()
    thread = staff_thread(scene)
    await scene.slash(scene.host, "end")
    # Someone deleted the thread (docs, gateway events: Thread Delete carries
    # id, guild_id, parent_id and type).
    gone = scene.fake.channels.pop(thread)
    scene.fake.emit("THREAD_DELETE", {k: gone[k] for k in ("id", "guild_id", "parent_id", "type")})
    await scene.settle()
    await scene.start()
    assert staff_thread(scene) != thread
    assert scene.host in scene.fake.thread_members[staff_thread(scene)]


async def test_in_a_voice_channels_chat_the_staff_place_is_a_private_channel(tmp_path: Path):
    """Discord makes no threads in a voice channel's text chat (50024): the staff
    place is a text channel beside it that @everyone cannot see, and the
    facilitator role, the staff and the bot can."""
    fake, ids = world()
    voice = fake.add_voice_channel(ids["guild"], "workshop voice")
    fake.refusing_dms.add(ids["host"])
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
        await scene.start()
        place = staff_thread(scene)
        data = fake.channels[place]
        assert data["type"] == 0 and not fake.calls_to("POST", THREADS)
        allowed = {
            int(o["id"]) for o in data["permission_overwrites"] if int(o["allow"]) & VIEW_CHANNEL
        }
        hidden = {
            int(o["id"]) for o in data["permission_overwrites"] if int(o["deny"]) & VIEW_CHANNEL
        }
        assert hidden == {ids["guild"]}  # @everyone's role has the server's id
        assert allowed >= {ids["facilitator_role"], ids["host"], int(fake.bot["id"])}
        assert not allowed & {ids["alice"], ids["bob"], ids["carol"]}

        for person in (ids["alice"], ids["bob"], ids["carol"]):
            await scene.say(person, "hello")
        await scene.say(ids["bob"], RISK)
        assert len([t for t in scene.bot_texts(place) if "Safety alert" in t]) == 1
        assert words.facilitator_needed() not in scene.bot_texts()
        assert scene.state.held_alerts == ()

        # A co-facilitator named later may see it: one edit of its overwrites.
        await scene.slash(ids["host"], "cofac", name="carol")
        data = fake.channels[place]
        carol = [o for o in data["permission_overwrites"] if int(o["id"]) == ids["carol"]]
        assert carol and int(carol[0]["allow"]) & VIEW_CHANNEL
    finally:
        await stop_bot(bot, runner)


async def test_a_staff_member_discord_will_not_add_does_not_lose_the_staff_place(scene: Scene):
    """fran, a second facilitator, has left the server but the bot has not heard yet
    (her Guild Member Remove is still on its way): Discord answers 10013 to adding
    her. The staff place is still made and recorded, and reaches the host."""
    fran = scene.fake.add_person(scene.guild, "fran", roles=(scene.facilitator_role,))
    member = scene.fake.member(scene.guild, fran)
    scene.fake.emit("GUILD_MEMBER_ADD", {**member, "guild_id": str(scene.guild)})
    await scene.settle()
    del scene.fake.members[scene.guild][fran]  # gone on Discord, not yet in the cache
    scene.fake.refusing_dms.add(scene.host)
    await scene.start()
    thread = staff_thread(scene)
    assert scene.fake.thread_members[thread] == {int(scene.fake.bot["id"]), scene.host}
    await scene.say(scene.bob, "hello everyone")
    await scene.say(scene.bob, RISK)
    assert len([t for t in scene.bot_texts(thread) if "Safety alert" in t]) == 1
    assert scene.state.held_alerts == ()


async def test_a_staff_place_deleted_during_the_workshop_is_made_again_for_the_alert(
    scene: Scene,
):
    scene.fake.refusing_dms.add(scene.host)
    await scene.start()
    thread = staff_thread(scene)
    await scene.say(scene.bob, "hello everyone")
    gone = scene.fake.channels.pop(thread)  # a moderator deletes it (Thread Delete)
    scene.fake.emit("THREAD_DELETE", {k: gone[k] for k in ("id", "guild_id", "parent_id", "type")})
    await scene.settle()
    await scene.say(scene.bob, RISK)

    [new] = [t for t in scene.fake.thread_members if t != thread and t in scene.fake.channels]
    assert scene.fake.channels[new]["type"] == 12
    assert scene.fake.channels[new]["parent_id"] == str(scene.channel)
    assert scene.fake.thread_members[new] == {int(scene.fake.bot["id"]), scene.host}
    assert len([t for t in scene.bot_texts(new) if "Safety alert" in t]) == 1
    assert scene.state.held_alerts == ()
    assert words.facilitator_needed() not in scene.bot_texts()
    # The workshop still names the old one; the next alert goes to the new one too.
    await scene.say(scene.alice, "hello")
    await scene.say(scene.alice, RISK)
    assert len([t for t in scene.bot_texts(new) if "Safety alert" in t]) == 2
    assert len(scene.fake.calls_to("POST", THREADS)) == 2  # the first and this one
