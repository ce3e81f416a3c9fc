"""A server admin takes a permission from the bot in the middle of a workshop (its
role edited: GUILD_ROLE_UPDATE, as Discord sends it), and a facilitator's slash
command then needs it. Through discord.py's real client against the strict fake
(fake_discord.py: 403 / 50013 "Missing Permissions" where the docs say the
permission is needed), the facilitator gets plain words, and what the words say is
what is true of the channel."""

from __future__ import annotations

import discord

from facilitation import words
from tests.discord.conftest import Scene

SEND = discord.Permissions(send_messages=True).value
TAKEN = discord.Permissions(manage_channels=True, manage_roles=True).value
LOCKED_WORDS = "I could not change who can speak. " + words.REFUSED["no-permission"]


async def take_from_the_bot(scene: Scene, permissions: int) -> None:
    """The bot's own (managed) role loses `permissions` in the server settings."""
    role = next(r for r in scene.fake.guilds[scene.guild]["roles"] if r["managed"])
    role["permissions"] = str(int(role["permissions"]) & ~permissions)
    scene.fake.emit("GUILD_ROLE_UPDATE", {"guild_id": str(scene.guild), "role": role})
    await scene.settle()


def everyone_denied_send(scene: Scene) -> bool:
    found = scene.fake.channels[scene.channel]["permission_overwrites"]
    everyone = [o for o in found if int(o["id"]) == scene.guild and o["type"] == 0]
    return bool(everyone) and bool(int(everyone[0]["deny"]) & SEND)


async def test_a_channel_left_locked_at_the_end_is_told_to_whoever_ended_it(scene: Scene):
    """The floor is held (the channel locked for all but the speaker) when the bot
    loses Manage Channels and Manage Roles; then /end. Discord refuses to unlock the
    channel; once the workshop has ended nothing would try again, so the facilitator
    who ended it is told, with what to do, and not to "try again"."""
    await scene.start()
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    await scene.slash(scene.host, "next")  # alice speaks: the channel is locked
    assert everyone_denied_send(scene)
    await take_from_the_bot(scene, TAKEN)

    exchange = await scene.slash(scene.host, "end")
    assert scene.state is None  # the workshop ended
    told = [
        t for t in exchange.texts + scene.fake.dm_texts(scene.host) if t.startswith(LOCKED_WORDS)
    ]
    assert told, exchange.texts + scene.fake.dm_texts(scene.host)
    assert all(words.DONE_AGAIN["after-end"] in t for t in told)
    assert not any(words.TRY_AGAIN in t for t in told)
    assert everyone_denied_send(scene)  # still locked, as the words say
    # Nobody else was told (the main room hears no permission problem).
    assert not any(words.REFUSED["no-permission"] in t for t in scene.bot_texts())


async def give_back_to_the_bot(scene: Scene, permissions: int) -> None:
    role = next(r for r in scene.fake.guilds[scene.guild]["roles"] if r["managed"])
    role["permissions"] = str(int(role["permissions"]) | permissions)
    scene.fake.emit("GUILD_ROLE_UPDATE", {"guild_id": str(scene.guild), "role": role})
    await scene.settle()


async def test_a_channel_left_locked_at_floor_off_is_unlocked_as_the_words_say(scene: Scene):
    """/floor off refused: "try again" alone would meet "Floor control is already
    off". The words say to turn it on first; done once the bot has its permissions
    back, the channel is unlocked."""
    await scene.start()
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    await scene.slash(scene.host, "next")  # alice speaks: the channel is locked
    await take_from_the_bot(scene, TAKEN)
    exchange = await scene.slash(scene.host, "floor", state="off")
    texts = exchange.texts + scene.fake.dm_texts(scene.host)
    told = [t for t in texts if t.startswith(LOCKED_WORDS)]
    assert told, texts
    assert all(words.DONE_AGAIN["floor-again"].format(p="!") in t for t in told), told
    assert everyone_denied_send(scene)

    await give_back_to_the_bot(scene, TAKEN)
    again = await scene.slash(scene.host, "floor", state="off")
    assert any(words.floor_unchanged(False) in t for t in again.texts), again.texts
    await scene.slash(scene.host, "floor", state="on")
    await scene.slash(scene.host, "floor", state="off")
    assert not everyone_denied_send(scene)


async def test_groups_that_could_not_be_made_are_made_as_the_words_say(scene: Scene):
    """The bot may not make private threads (Create Private Threads taken away): the
    groups' rooms are refused (50013). The facilitator is told to type !regroup and
    start the groups again; once the bot has the permission back, that works, and
    nobody was sent to look for a room that was never made."""
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    private_threads = discord.Permissions(create_private_threads=True).value
    await take_from_the_bot(scene, private_threads)
    calls = len(scene.fake.calls)
    exchange = await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0")
    texts = exchange.texts + scene.fake.dm_texts(scene.host)
    told = [t for t in texts if t.startswith("I could not make the breakout rooms.")]
    assert told, texts
    assert all(words.DONE_AGAIN["groups-again"].format(p="!") in t for t in told), told
    assert words.rooms_open(10 * 60) not in scene.bot_texts()
    made = scene.fake.calls[calls:]
    assert not [c for c in made if c.method == "PUT" and "/thread-members/" in c.path]

    await give_back_to_the_bot(scene, private_threads)
    await scene.slash(scene.host, "regroup")
    assert scene.state.breakout is None
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0")
    rooms = scene.state.breakout.rooms
    assert len(rooms) == 2 and all(r.key for r in rooms)
    assert words.rooms_open(10 * 60) in scene.bot_texts()


async def test_a_floor_refused_once_keeps_no_old_overwrites_to_put_back(scene: Scene):
    """The bot lacks Manage Roles, so its first floor is refused and the channel is
    unchanged. An admin then gives the bot Manage Roles and Manage Channels in the
    channel (an overwrite for its role, CHANNEL_UPDATE), as the words asked. The
    next floor must start from the channel as it is now: started from the overwrites
    seen before the refusal, it wrote away the admin's new overwrite, so the bot lost
    the permission again and could not unlock the channel when the floor opened."""
    await scene.start()
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.bob, "hand")
    await take_from_the_bot(scene, TAKEN)
    await scene.slash(scene.host, "floor", state="on")
    exchange = await scene.slash(scene.host, "next")  # alice's turn: refused
    texts = exchange.texts + scene.fake.dm_texts(scene.host)
    assert any(t.startswith(LOCKED_WORDS) for t in texts), texts
    assert not everyone_denied_send(scene)

    role = next(r for r in scene.fake.guilds[scene.guild]["roles"] if r["managed"])
    granted = {"id": role["id"], "type": 0, "allow": str(TAKEN), "deny": "0"}
    channel = scene.fake.channels[scene.channel]
    channel["permission_overwrites"].append(granted)
    scene.fake.emit("CHANNEL_UPDATE", channel)
    await scene.settle()

    await scene.slash(scene.host, "next")  # bob's turn: the channel is locked
    assert everyone_denied_send(scene)
    assert granted in scene.fake.channels[scene.channel]["permission_overwrites"]
    await scene.slash(scene.host, "floor", state="off")
    assert not everyone_denied_send(scene)
    assert scene.fake.channels[scene.channel]["permission_overwrites"] == [granted]


def messages_saying(scene: Scene, text: str) -> list[int]:
    """The bot's messages in the workshop channel that hold `text`."""
    return [
        int(m)
        for m, found in scene.fake.messages.items()
        if found["channel_id"] == str(scene.channel)
        and found["author"]["id"] == scene.fake.bot["id"]
        and text in found.get("content", "")
    ]


async def test_a_poll_whose_numbers_were_refused_is_told_with_what_still_works(scene: Scene):
    """Add Reactions taken from the bot (and from @everyone, which holds it by
    default): /poll posts the poll but not the numbers under it (50013). "Then try
    again." would send the facilitator to /poll again, refused while this poll is
    open. The words say the poll is open and /vote works; it does."""
    await scene.start()
    add_reactions = discord.Permissions(add_reactions=True).value
    everyone = next(
        r for r in scene.fake.guilds[scene.guild]["roles"] if r["id"] == str(scene.guild)
    )
    everyone["permissions"] = str(int(everyone["permissions"]) & ~add_reactions)
    await take_from_the_bot(scene, add_reactions)
    exchange = await scene.slash(
        scene.host, "poll", question="Which day?", answers="Monday; Tuesday; Friday"
    )
    texts = exchange.texts + scene.fake.dm_texts(scene.host)
    told = [t for t in texts if t.startswith("I could not add the numbers under the poll")]
    assert told, texts
    assert all(words.DONE_AGAIN["poll-numbers"].format(p="!") in t for t in told), told
    assert not any(words.TRY_AGAIN in t for t in told), told
    (poll,) = messages_saying(scene, "Which day?")
    assert scene.fake.reactions[poll] == {}

    await scene.slash(scene.alice, "vote", number="2")  # as the words say
    await scene.slash(scene.host, "poll", close=True)
    assert scene.state.open_poll is None
    assert words.poll_results("Which day?", ("Monday", "Tuesday", "Friday"), (0, 1, 0), 1) in (
        scene.bot_texts()
    )


async def test_a_shared_item_whose_pin_was_refused_is_told_as_shared(scene: Scene):
    """Pin Messages taken from the bot: /share posts and lists the item, the pin is
    refused (50013). The words say it is shared and who can pin it, not "try again"
    (a second /share posts it twice and lists it twice)."""
    await scene.start()
    await take_from_the_bot(scene, discord.Permissions(pin_messages=True).value)
    link = "https://example.org/leaflet.pdf"
    exchange = await scene.slash(scene.host, "share", title="Leaflet", link=link)
    texts = exchange.texts + scene.fake.dm_texts(scene.host)
    told = [t for t in texts if t.startswith("I could not pin the shared item")]
    assert told, texts
    assert all(words.DONE_AGAIN["share-pin"] in t for t in told), told
    assert not any(words.TRY_AGAIN in t for t in told), told
    (item,) = messages_saying(scene, words.material_shared("Leaflet", link))
    assert item not in scene.fake.pins[scene.channel]
    assert scene.state.materials == (("Leaflet", link),)


def told_starting(exchange, scene: Scene, start: str) -> list[str]:
    """What the host was told, in the command's answer or by DM, that starts so."""
    return [t for t in exchange.texts + scene.fake.dm_texts(scene.host) if t.startswith(start)]


async def test_rooms_left_open_at_regroup_are_told_as_they_are(scene: Scene):
    """Manage Threads taken from the bot while the groups are out: /regroup brings
    everyone back, but the threads cannot be locked (50013). "Then try again." would
    send the facilitator to /regroup again, which finds no groups: the words say the
    room is still open and someone allowed to can close it, which is true."""
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    threads = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
    await take_from_the_bot(scene, discord.Permissions(manage_threads=True).value)
    exchange = await scene.slash(scene.host, "regroup")
    await scene.advance(120)  # the grace period, if any
    told = told_starting(exchange, scene, "I could not close a breakout room. ")
    assert told, exchange.texts + scene.fake.dm_texts(scene.host)
    assert all(words.DONE_AGAIN["close-by-hand"] in t for t in told), told
    assert not any(words.TRY_AGAIN in t for t in told), told
    assert scene.state.breakout is None
    for thread in threads:  # as the words say: still open
        assert not scene.fake.channels[thread]["thread_metadata"]["locked"]
    again = await scene.slash(scene.host, "regroup")  # what "try again" would have met
    assert words.no_breakout("!") in again.texts, again.texts


RISK = "My dad hits me when he has been drinking and I am scared to go home"


async def test_a_staff_room_not_made_at_start_is_told_and_alerts_come_privately(scene: Scene):
    """Create Private Threads taken from the bot before /start: the staff room is
    refused (50013). A second /start is refused while the workshop runs, so "Then try
    again." could not be done; the words say alerts will come privately, and a
    safety alert then does."""
    await take_from_the_bot(scene, discord.Permissions(create_private_threads=True).value)
    exchange = await scene.start()
    told = told_starting(exchange, scene, "I could not make the staff room. ")
    assert told, exchange.texts + scene.fake.dm_texts(scene.host)
    assert all(words.DONE_AGAIN["no-staff-room"] in t for t in told), told
    assert not any(words.TRY_AGAIN in t for t in told), told
    assert scene.state.staff_room == ""

    await scene.say(scene.bob, "hello everyone")
    await scene.say(scene.bob, RISK)
    alerts = [t for t in scene.fake.dm_texts(scene.host) if RISK in t]
    assert alerts and "999" in alerts[0]  # as the words say: privately


async def test_a_co_facilitator_not_taken_out_is_told_what_can_be_done(scene: Scene):
    """The groups' threads archived by hand (Discord answers 50083 "Thread is
    archived" to removing a member): /cofac remove takes carol's role, not her place
    in the threads. A second /cofac remove finds no co-facilitator called carol, so
    the words do not say "try again"."""
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    await scene.slash(scene.host, "cofac", name="carol")
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    threads = [int(r.key.split(":")[1]) for r in scene.state.breakout.rooms]
    for thread in threads:
        scene.fake.channels[thread]["thread_metadata"]["archived"] = True
    exchange = await scene.slash(scene.host, "cofac", name="carol", remove=True)
    # 50083 is no refusal of a known kind: "Something went wrong: I could not ...".
    what = "I could not take a former co-facilitator out"
    staff = int(scene.state.staff_room.split(":")[1])
    heard = exchange.texts + scene.fake.dm_texts(scene.host) + scene.bot_texts(staff)
    told = [t for t in heard if what in t]
    assert told, scene.bot_texts(staff)
    assert all(words.DONE_AGAIN["remove-by-hand"] in t for t in told), told
    assert not any(words.TRY_AGAIN in t for t in told), told
    assert all(scene.carol in scene.fake.thread_members[t] for t in threads)  # as told
    again = await scene.slash(scene.host, "cofac", name="carol", remove=True)
    assert scene.state.co_facilitator_ids == (), again.texts


async def test_a_turn_called_but_not_announced_is_told_as_done_not_to_be_asked_again(
    scene: Scene,
):
    """Send Messages taken from the bot (and from @everyone) in the workshop's server:
    slash commands still reach it (an interaction's answer needs no permission), so
    /next calls alice, but "Alice, it is your turn" is refused (50013). "Then try
    again." would send the facilitator to /next again, which ends alice's turn before
    it began and calls bob. The words say the turn was given and to tell the room."""
    await scene.start()
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.bob, "hand")
    send = discord.Permissions(send_messages=True).value
    everyone = next(
        r for r in scene.fake.guilds[scene.guild]["roles"] if r["id"] == str(scene.guild)
    )
    everyone["permissions"] = str(int(everyone["permissions"]) & ~send)
    await take_from_the_bot(scene, send)

    exchange = await scene.slash(scene.host, "next")
    told = told_starting(exchange, scene, "I could not post a message in the main room. ")
    assert told, exchange.texts + scene.fake.dm_texts(scene.host)
    assert all(words.DONE_AGAIN["not-shown"] in t for t in told), told
    assert not any(words.TRY_AGAIN in t for t in told), told
    assert scene.state.speaker.person_id == f"discord:{scene.alice}"  # done, as told
    assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.bob}"]


async def test_voices_left_server_muted_at_the_end_are_told_to_the_facilitators(tmp_path):
    """Floor control in voice: the bot server-mutes all but the speaker (Mute Members).
    The permission is taken from the bot while the floor is held; then /end. The
    unmutes are refused (50013), in the background, after the workshop has ended: that
    report names nobody, and it was dropped (logged only), leaving four people
    server-muted, in every voice channel of the server, with nobody told. The
    facilitators now hear it privately, with "will not try again ... do it yourself"."""
    from tests.discord.conftest import stop_bot
    from tests.discord.test_voice import muted, voice_scene

    v = await voice_scene(tmp_path, people=5, in_voice=5)
    scene = v.scene
    alice, bob = v.people[0], v.people[1]
    try:
        await scene.start()
        for person in (alice, bob):
            await scene.slash(person, "hand")
        await scene.slash(scene.host, "floor", state="on")
        await scene.slash(scene.host, "next")  # alice speaks: the others are muted
        await scene.settle()
        assert muted(v, bob)
        await take_from_the_bot(scene, discord.Permissions(mute_members=True).value)

        before = len(scene.fake.dm_texts(scene.host))
        await scene.slash(scene.host, "end")
        await scene.settle()
        assert scene.state is None
        assert muted(v, bob)  # as the words say: still to be done
        refused = words.REFUSED["no-permission"]
        told = [t for t in scene.fake.dm_texts(scene.host)[before:] if refused in t]
        assert told, scene.fake.dm_texts(scene.host)[before:]
        assert all(words.DONE_AGAIN["after-end"] in t for t in told), told
        assert not any(words.TRY_AGAIN in t for t in told), told
        assert not any(refused in t for t in scene.bot_texts())  # not said in the room
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_participants_command_whose_room_message_failed_is_told_to_them(scene: Scene):
    """docs/discord.md: a participant's own command whose message in the room Discord
    refused (Send Messages taken from the bot: 50013) still counts; the staff are told,
    and the participant is told privately, once (words.not_shown_to_you)."""
    await scene.start()
    await scene.slash(scene.alice, "hand")  # she is in the workshop: welcomed
    everyone = next(
        r for r in scene.fake.guilds[scene.guild]["roles"] if r["id"] == str(scene.guild)
    )
    everyone["permissions"] = str(int(everyone["permissions"]) & ~SEND)
    await take_from_the_bot(scene, SEND)

    exchange = await scene.slash(scene.alice, "idea", text="longer breaks")
    sorry = words.not_shown_to_you(words.MAIN_ROOM_NAME)
    assert exchange.texts == [sorry]  # after a slash command: only she sees it
    assert scene.state.items_noted == 1  # it still counts
    staff = "".join(scene.fake.dm_texts(scene.host))
    assert words.DONE_AGAIN["not-shown-theirs"] in staff

    # Typed, the same comes as a DM (bob may still write here: his own allow).
    scene.fake.channels[scene.channel]["permission_overwrites"].append(
        {"id": str(scene.bob), "type": 1, "allow": str(SEND), "deny": "0"}
    )
    scene.fake.emit("CHANNEL_UPDATE", scene.fake.channels[scene.channel])
    await scene.say(scene.bob, "!hand")
    await scene.say(scene.bob, "!idea a shorter form")
    assert scene.state.items_noted == 2
    assert scene.fake.dm_texts(scene.bob).count(sorry) == 1
