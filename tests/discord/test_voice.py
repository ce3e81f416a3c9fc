"""Small groups as a category with a text and a voice channel per group, people
moved in voice, and floor control by server-mute: counted request by request.

The fake answers each request as Discord does and sends the gateway events
Discord would (CHANNEL_CREATE, VOICE_STATE_UPDATE, CHANNEL_UPDATE,
CHANNEL_DELETE), so discord.py's own cache says where everyone is."""

from __future__ import annotations

import asyncio
from pathlib import Path

import discord
import pytest

from bot.simulation import ManualClock
from facilitation import words
from facilitation.commands import Refusal
from tests.discord.conftest import Scene, settings_for, start_bot, stop_bot, world

CREATE = r"/guilds/\d+/channels"
MEMBER = r"/guilds/\d+/members/\d+"
PACE = 0.25


class Voice:
    """A scene with a workshop voice channel and many people."""

    def __init__(self, scene: Scene, voice: int, people: list[int], slept: list[float]):
        self.scene, self.voice, self.people, self.slept = scene, voice, people, slept

    def where(self, user: int) -> int | None:
        return self.scene.fake.voice_channel_of(self.scene.guild, user)

    def cached_where(self, user: int) -> int | None:
        member = self.scene.adapter.client.get_guild(self.scene.guild).get_member(user)
        return member.voice.channel.id if member.voice and member.voice.channel else None


async def voice_scene(
    tmp_path: Path, *, people: int, in_voice: int, after_breakout: str = "archive"
):
    fake, ids = world()
    names = [f"p{n:02}" for n in range(people - 3)]
    extra = [fake.add_person(ids["guild"], name) for name in names]
    voice = fake.add_voice_channel(ids["guild"], "workshop voice")
    everyone = [ids["alice"], ids["bob"], ids["carol"], *extra]
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
        breakout_rooms="channels",
        after_breakout=after_breakout,
        voice_channels={str(ids["channel"]): voice},
        voice_pace_seconds=PACE,
    )
    slept: list[float] = []

    async def sleep(seconds: float) -> None:  # paced, without waiting
        slept.append(seconds)

    # In voice before the bot connects: GUILD_CREATE carries their voice states.
    guild = ids["guild"]
    for user in [ids["host"], *everyone[:in_voice]]:
        fake.voice_states[guild][user] = {
            "user_id": str(user),
            "channel_id": str(voice),
            "guild_id": str(guild),
            "session_id": f"s{user}",
            "deaf": False,
            "mute": False,
            "self_deaf": False,
            "self_mute": False,
            "self_video": False,
            "self_stream": False,
            "suppress": False,
            "request_to_speak_timestamp": None,
        }
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock, sleep=sleep)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    await scene.settle()
    found = Voice(scene, voice, everyone, slept)
    found.settings, found.ids, found.sleep = settings, ids, sleep  # to start it again
    return found


@pytest.fixture
async def sixty(tmp_path):
    v = await voice_scene(tmp_path, people=60, in_voice=50)
    yield v
    await stop_bot(v.scene.bot, v.scene.runner)


async def open_ten_groups(v: Voice) -> list:
    scene = v.scene
    await scene.start()
    for user in v.people:
        await scene.say(user, "hello")
    # discord.py knows from GUILD_CREATE who is in voice.
    assert all(v.cached_where(u) == v.voice for u in v.people[:50])
    assert all(v.cached_where(u) is None for u in v.people[50:])
    v.slept.clear()
    calls = len(scene.fake.calls)
    exchange = await scene.slash(scene.host, "breakout", length="10m", groups=10, notice="0")
    assert exchange.all_ephemeral, exchange.texts
    return scene.fake.calls[calls:]


async def test_sixty_people_into_ten_rooms_is_the_fewest_requests(sixty: Voice):
    v, scene, fake = sixty, sixty.scene, sixty.scene.fake
    made = await open_ten_groups(v)
    creates = [
        c for c in made if c.method == "POST" and c.path == f"/guilds/{scene.guild}/channels"
    ]
    moves = [
        c
        for c in made
        if c.method == "PATCH" and c.path.startswith(f"/guilds/{scene.guild}/members/")
    ]
    # One category, then a text and a voice channel per group: 21 requests.
    assert [c.body["type"] for c in creates] == [4] + [0, 2] * 10
    # One move per person in voice (50), none for the 10 who are not, none for the host.
    assert len(moves) == 50
    assert {int(c.path.rsplit("/", 1)[1]) for c in moves} == set(v.people[:50])
    # Nothing else: no request per member for permissions, no channel edits.
    others = [
        c
        for c in made
        if c not in creates
        and c not in moves
        and not (c.method == "POST" and c.path.endswith("/messages"))
        and not (c.method == "POST" and c.path == "/users/@me/channels")
        and not c.path.startswith(("/interactions/", "/webhooks/"))
    ]
    assert others == []
    # Paced: one pause per move.
    assert v.slept == [PACE] * 50

    category = creates[0]
    hidden = discord.Permissions(view_channel=True).value
    everyone = {int(o["id"]): o for o in category.body["permission_overwrites"]}[scene.guild]
    assert int(everyone["deny"]) & hidden
    groups: dict[int, set[int]] = {}
    text_of: dict[int, int] = {}  # a group's voice channel -> its text channel
    made_text = sorted(
        int(c["id"]) for c in fake.channels.values() if c["type"] == 0 and c["parent_id"]
    )
    made_voice = sorted(
        int(c["id"]) for c in fake.channels.values() if c["type"] == 2 and c["parent_id"]
    )
    for text, voice, voice_id in zip(creates[1::2], creates[2::2], made_voice, strict=True):
        assert text.body["parent_id"] == voice.body["parent_id"]
        # The overwrites are inline: the group's members, the facilitator role, the bot.
        members = {int(o["id"]) for o in text.body["permission_overwrites"] if o["type"] == 1}
        roles = {int(o["id"]) for o in text.body["permission_overwrites"] if o["type"] == 0}
        assert roles == {scene.guild, scene.facilitator_role}
        assert int(fake.bot["id"]) in members
        assert voice.body["permission_overwrites"] == text.body["permission_overwrites"]
        assert fake.channels[voice_id]["name"] == voice.body["name"]
        groups[voice_id] = members - {int(fake.bot["id"])}
        text_of[voice_id] = made_text.pop(0)
    assert sorted(len(p) for p in groups.values()) == [6] * 10
    assert set().union(*groups.values()) == set(v.people)
    for voice_id, people in groups.items():
        for user in people:
            if user in v.people[:50]:
                assert v.where(user) == voice_id
                # discord.py saw the move through VOICE_STATE_UPDATE.
                assert v.cached_where(user) == voice_id
            else:
                # Not in voice: the link to their group's voice channel, privately,
                # or (Discord refuses a burst of new DMs: 40003) in their group's
                # own text channel, addressed to them.
                link = f"/{scene.guild}/{voice_id}"
                text_id = text_of[voice_id]
                name = fake.users[user]["global_name"]
                in_room = [t for t in scene.bot_texts(text_id) if t.startswith(f"For {name}:")]
                assert any(link in t for t in fake.dm_texts(user) + in_room), user
    # Discord refused some of the welcome DMs (60 new DM channels at once: 40003);
    # each was tried again later and arrived privately, none in the channel.
    assert len(fake.calls_to("POST", "/users/@me/channels")) > 60
    assert len(fake.dm_channels) == 60
    assert not [t for t in scene.bot_texts() if t.startswith("For ")]
    assert v.where(scene.host) == v.voice  # facilitators are not moved
    assert all(scene.adapter.client.get_channel(c) is not None for c in groups)


async def test_regroup_moves_everyone_back_and_locks_the_channels(sixty: Voice):
    v, scene, fake = sixty, sixty.scene, sixty.scene.fake
    await open_ten_groups(v)
    rooms = [int(k.removeprefix("discord:")) for k in (r.key for r in scene.state.breakout.rooms)]
    calls = len(fake.calls)
    await scene.slash(scene.host, "regroup")
    await scene.advance(120)
    made = fake.calls[calls:]
    moves = [
        c
        for c in made
        if c.method == "PATCH" and c.path.startswith(f"/guilds/{scene.guild}/members/")
    ]
    assert len(moves) == 50
    assert {int(c.body["channel_id"]) for c in moves} == {v.voice}
    assert all(v.where(u) == v.voice and v.cached_where(u) == v.voice for u in v.people[:50])
    locks = [c for c in made if c.method == "PATCH" and c.path.count("/") == 2]
    assert len(locks) == 20  # a text and a voice channel per group, one edit each
    send = discord.Permissions(send_messages=True, connect=True).value
    for text in rooms:
        found = fake.channels[text]
        for o in found["permission_overwrites"]:
            if int(o["id"]) != int(fake.bot["id"]):
                assert int(o["deny"]) & send == send and not int(o["allow"]) & send
        assert scene.bot_texts(text)  # the history stays
    assert not [c for c in made if c.method == "DELETE"]


async def test_delete_after_breakout_moves_people_out_first(tmp_path):
    v = await voice_scene(tmp_path, people=8, in_voice=6, after_breakout="delete")
    scene, fake = v.scene, v.scene.fake
    try:
        await scene.start()
        for user in v.people:
            await scene.say(user, "hello")
        await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0")
        made_channels = [c for c in fake.calls_to("POST", CREATE)]
        assert len(made_channels) == 5
        await scene.slash(scene.host, "regroup")
        await scene.advance(120)
        deletes = [c for c in fake.calls if c.method == "DELETE"]
        assert len(deletes) == 5  # 2 text, 2 voice, then the category
        # Nobody was disconnected by the deletion: all are back in the workshop's voice.
        assert all(v.where(u) == v.voice for u in v.people[:6])
        assert not [c for c in fake.channels.values() if c["type"] == 4]
    finally:
        await stop_bot(scene.bot, scene.runner)


@pytest.mark.parametrize("limit", ["category", "guild"])
async def test_channel_limits_are_checked_before_anything_is_made(tmp_path, monkeypatch, limit):
    import adapters.discord.voice as voice

    v = await voice_scene(tmp_path, people=6, in_voice=6)
    scene = v.scene
    try:
        if limit == "category":
            monkeypatch.setattr(voice, "CATEGORY_LIMIT", 5)  # 3 groups need 6
            said = "at most 5 channels in one category"
        else:
            existing = len(scene.adapter.client.get_guild(scene.guild).channels)
            monkeypatch.setattr(voice, "GUILD_LIMIT", existing + 6)  # 7 needed
            said = f"more than {existing + 6} channels"
        await scene.start()
        for user in v.people:
            await scene.say(user, "hello")
        calls = len(scene.fake.calls)
        exchange = await scene.slash(scene.host, "breakout", length="10m", groups=3, notice="0")
        made = scene.fake.calls[calls:]
        assert not [c for c in made if c.method == "POST" and c.path.endswith("/channels")]
        assert not [c for c in made if c.method == "PATCH"]
        assert any(said in t for t in exchange.texts), exchange.texts
    finally:
        await stop_bot(scene.bot, scene.runner)


def muted(v: Voice, user: int) -> bool:
    return v.scene.fake.voice_states[v.scene.guild][user]["mute"]


async def test_floor_control_in_voice_server_mutes_all_but_the_speaker(tmp_path):
    v = await voice_scene(tmp_path, people=7, in_voice=6)
    scene, fake = v.scene, v.scene.fake
    alice, bob, late = v.people[0], v.people[1], v.people[6]
    modded = v.people[5]
    try:
        # Muted by a moderator before the workshop: the bot must leave that alone.
        fake.voice_states[scene.guild][modded]["mute"] = True
        fake.join_voice(modded, v.voice)
        await scene.start()
        await scene.slash(alice, "hand")
        await scene.slash(scene.host, "floor", state="on")
        v.slept.clear()
        calls = len(fake.calls)
        await scene.slash(scene.host, "next")  # alice speaks
        mutes = [c for c in fake.calls[calls:] if c.method == "PATCH" and "mute" in (c.body or {})]
        # Everyone in voice but alice, the host (a facilitator) and the one already muted.
        assert {int(c.path.rsplit("/", 1)[1]) for c in mutes} == set(v.people[1:5])
        assert all(c.body == {"mute": True} for c in mutes)
        assert v.slept == [PACE] * 4
        assert not muted(v, alice) and not muted(v, scene.host)
        member = scene.adapter.client.get_guild(scene.guild).get_member(bob)
        assert member.voice.mute  # discord.py saw VOICE_STATE_UPDATE

        # Someone who joins while alice has the floor is muted too.
        fake.join_voice(late, v.voice)
        await scene.settle()
        assert muted(v, late)
        # Someone muted by the bot leaves voice before the floor opens.
        fake.leave_voice(scene.guild, bob)
        await scene.settle()

        calls = len(fake.calls)
        await scene.slash(alice, "done")  # the floor opens
        unmutes = [
            c for c in fake.calls[calls:] if c.method == "PATCH" and c.body == {"mute": False}
        ]
        assert {int(c.path.rsplit("/", 1)[1]) for c in unmutes} == {*v.people[2:5], late}
        assert muted(v, modded)  # still muted: the bot did not mute them
        assert not any(muted(v, u) for u in (*v.people[2:5], late))
        # bob comes back still server-muted, and is unmuted then.
        fake.voice_states[scene.guild][bob] = {
            **fake.voice_states[scene.guild].get(bob, {}),
            "user_id": str(bob),
            "mute": True,
            "deaf": False,
            "self_deaf": False,
            "self_mute": False,
            "self_video": False,
            "suppress": False,
            "session_id": "again",
            "request_to_speak_timestamp": None,
        }
        fake.join_voice(bob, v.voice)
        await scene.settle()
        assert not muted(v, bob)
        # The bot's memory of whom it muted is in the app database.
        stored = await scene.bot.store.get_adapter_state("discord.state")
        assert stored["muted"] == {} and stored["unmute_later"] == []
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_stage_request_to_speak_raises_a_hand_and_calling_invites_to_speak(tmp_path):
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
    try:
        await scene.start()
        for user in (scene.alice, scene.bob):
            fake.join_voice(user, stage)  # in the audience
        fake.join_voice(scene.host, stage, suppress=False)  # a speaker
        await scene.settle()
        fake.request_to_speak(scene.bob, stage)  # Discord's own raised hand
        await scene.settle()
        assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.bob}"]
        await scene.slash(scene.host, "floor", state="on")
        calls = len(fake.calls)
        await scene.slash(scene.host, "next")  # bob is called
        invites = fake.calls_to("PATCH", rf"/guilds/{scene.guild}/voice-states/\d+")
        assert [c.path.rsplit("/", 1)[1] for c in invites] == [str(scene.bob)]
        assert invites[0].body["suppress"] is False and fake.calls.index(invites[0]) >= calls
        assert fake.voice_states[scene.guild][scene.bob]["suppress"] is False
        assert fake.voice_states[scene.guild][scene.alice]["suppress"] is True
        assert fake.voice_states[scene.guild][scene.host]["suppress"] is False
    finally:
        await stop_bot(bot, runner)


async def test_moving_into_a_group_lifts_the_floors_server_mute(tmp_path):
    """Server mute is server-wide: someone the floor muted would be mute in their
    group's voice channel too. The move lifts it in the same request."""
    v = await voice_scene(tmp_path, people=7, in_voice=6)
    scene, fake = v.scene, v.scene.fake
    alice = v.people[0]
    try:
        await scene.start()
        for user in v.people:
            await scene.say(user, "hello")
        await scene.slash(alice, "hand")
        await scene.slash(scene.host, "floor", state="on")
        await scene.slash(scene.host, "next")  # alice speaks: the others are muted
        held = [u for u in v.people[:6] if muted(v, u)]
        assert held and alice not in held
        calls = len(fake.calls)
        await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
        moves = [
            c for c in fake.calls[calls:] if c.method == "PATCH" and "channel_id" in (c.body or {})
        ]
        assert {int(c.path.rsplit("/", 1)[1]) for c in moves} == set(v.people[:6])
        # Nobody sits muted in their group, and the bot forgot them as "muted by it".
        assert not [u for u in v.people[:6] if muted(v, u)]
        assert all(
            c.body.get("mute") is False for c in moves if int(c.path.rsplit("/", 1)[1]) in held
        )
        assert not any(
            set(held) & set(users) for users in scene.adapter.state.memory.muted.values()
        )
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_floor_mutes_never_hold_up_the_workshop(tmp_path):
    """50 people in voice: the mutes run in the background, so the next call is
    answered while they are still going on, and the newest floor wins."""
    v = await voice_scene(tmp_path, people=50, in_voice=50)
    scene, fake = v.scene, v.scene.fake
    alice, bob = v.people[0], v.people[1]
    try:
        await scene.start()
        for user in (alice, bob):
            await scene.slash(user, "hand")
        await scene.slash(scene.host, "floor", state="on")
        first_mute = fake.hold("PATCH", rf"/guilds/{scene.guild}/members/\d+")
        called = fake.slash(scene.host, scene.channel, "next")  # alice
        await until(lambda: bool(called.texts))  # answered, the first mute in flight
        again = fake.slash(scene.host, scene.channel, "next")  # bob, still in flight
        await until(lambda: bool(again.texts))
        assert scene.state.speaker.person_id == f"discord:{bob}"
        first_mute.set()
        await scene.settle(timeout=20)
        # The newest floor: everyone muted but bob and the host (alice's turn is over).
        assert not muted(v, bob) and not muted(v, scene.host)
        assert all(muted(v, u) for u in v.people if u != bob)
        await scene.slash(bob, "done")  # the floor opens: everyone the bot muted speaks
        assert not any(muted(v, u) for u in v.people)
    finally:
        await stop_bot(scene.bot, scene.runner)


async def until(condition, seconds: float = 10.0) -> None:
    import asyncio

    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("still not so")


def _no_muting(v: Voice) -> tuple[dict, str]:
    """Takes Discord's Mute Members from the bot's role; returns the role and what its
    permissions were, to give them back."""
    role = next(r for r in v.scene.fake.guilds[v.scene.guild]["roles"] if r["managed"])
    had = role["permissions"]
    role["permissions"] = str(int(had) & ~discord.Permissions(mute_members=True).value)
    return role, had


def _told(v: Voice) -> list[str]:
    return v.scene.fake.dm_texts(v.scene.host) + v.scene.bot_texts()


async def test_a_mute_discord_refuses_in_the_background_is_reported(tmp_path):
    """A refused mute is tried again with the next floor, when this turn ends, and the
    words say that (not "do it yourself"); given the permission back, it is."""
    v = await voice_scene(tmp_path, people=5, in_voice=5)
    scene = v.scene
    role, had = _no_muting(v)
    alice, bob = v.people[0], v.people[1]
    try:
        await scene.start()
        await scene.slash(alice, "hand")
        await scene.slash(scene.host, "floor", state="on")
        await scene.slash(scene.host, "next")
        assert not any(muted(v, u) for u in v.people)
        told = _told(v)
        assert any("lack permissions" in t for t in told), told
        # In the words for a permission the bot lacks (50013), as a failed effect is.
        refused = words.REFUSED[Refusal.NO_PERMISSION.value]
        (report,) = [t for t in told if refused in t and "lack permissions" in t]
        assert words.DONE_AGAIN["turn-ends"] in report
        assert words.DO_IT_YOURSELF not in report

        role["permissions"] = had
        await scene.slash(bob, "hand")
        await scene.slash(scene.host, "next")  # alice's turn ends: bob has the floor
        await scene.settle()
        assert all(muted(v, u) for u in v.people if u != bob) and not muted(v, bob)
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_an_unmute_discord_refuses_is_left_to_the_facilitator(tmp_path):
    """The bot does not try a refused unmute again (it no longer counts them as muted
    by it), so there the words still ask the facilitator to do it."""
    v = await voice_scene(tmp_path, people=5, in_voice=5)
    scene = v.scene
    alice, bob = v.people[0], v.people[1]
    try:
        await scene.start()
        for person in (alice, bob):
            await scene.slash(person, "hand")
        await scene.slash(scene.host, "floor", state="on")
        await scene.slash(scene.host, "next")  # alice speaks: bob is muted
        await scene.settle()
        assert muted(v, bob)
        _no_muting(v)
        await scene.slash(scene.host, "next")  # bob's turn: his unmute is refused
        await scene.settle()
        assert muted(v, bob)
        refused = words.REFUSED[Refusal.NO_PERMISSION.value]
        (report,) = [t for t in _told(v) if refused in t and "unmute" in t]
        assert words.DO_IT_YOURSELF in report
        assert words.DONE_AGAIN["turn-ends"] not in report
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_floor_cut_short_by_a_crash_is_carried_out_after_the_restart(tmp_path):
    from tests.discord.test_repeat_safe import nth

    v = await voice_scene(tmp_path, people=8, in_voice=8)
    scene, fake = v.scene, v.scene.fake
    alice = v.people[0]
    await scene.start()
    await scene.slash(alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    fake.kill_when = nth(3, "PATCH", MEMBER)  # killed at the third mute
    await scene.slash(scene.host, "next")
    assert fake.kill_when is None, "the kill did not happen"
    assert 0 < len([u for u in v.people if muted(v, u)]) < 7
    scene.adapter.state.backend = None  # a dead process writes nothing more
    fake.gateway = lambda event, data: None
    await scene.adapter.client.close()
    await asyncio.wait([scene.runner], timeout=5)

    fake.gateway = None
    bot, adapter, timers, runner = await start_bot(fake, v.settings, v.scene.clock, sleep=v.sleep)
    try:
        again = Scene(fake, bot, adapter, v.scene.clock, timers, runner, **v.ids)
        await again.settle()
        assert [u for u in v.people if not muted(v, u)] == [alice]
    finally:
        await stop_bot(bot, runner)
