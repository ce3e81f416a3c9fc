"""Small groups on a real Synapse: what reaches each room, and a restart while
the groups are out."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from nio import RoomCreateError, RoomCreateResponse, RoomInviteResponse, RoomPutStateResponse

from adapters.matrix.inbound import localpart, room_id_of, room_key
from adapters.matrix.outbound import INVITES_IN_CREATE, MatrixRequestFailed
from facilitation import words
from facilitation.commands import Refusal
from facilitation.events import MessagePosted
from tests.matrix.helpers import (
    OK,
    START,
    WAIT,
    Person,
    Scene,
    command,
    group_room_welcome,
    notice_from,
    reaction,
    start_bot,
    wait_until,
)

MINUTES = 10


async def open_breakout(scene: Scene) -> tuple[str, str]:
    """Start a workshop, send alice and bob into two rooms; their room ids."""
    bot, room = scene.bot.user_id, scene.room
    assert await command(scene, scene.host, START) == OK
    await scene.alice.say(room, "hello")
    await scene.bob.say(room, "hello")
    await wait_until(lambda: len(scene.bot.state_in(room).people) >= 3, "alice and bob are known")
    assert await command(scene, scene.host, f"!breakout {MINUTES}m | groups: 2 | seed: 1") == OK
    await scene.bot.timers.advance(1)  # the notice is over: the rooms open
    alice_room, _ = await scene.alice.wait(group_room_welcome(bot, room), "alice's breakout room")
    bob_room, _ = await scene.bob.wait(group_room_welcome(bot, room), "bob's breakout room")
    assert alice_room != bob_room
    return alice_room, bob_room


def count(person, sender: str, containing: str, room: str) -> int:
    match = notice_from(sender, containing, room)
    return sum(match(r, e) for r, e in person.seen)


async def test_broadcast_help_and_reminders_reach_every_room(scene: Scene):
    bot, room = scene.bot.user_id, scene.room
    alice_room, bob_room = await open_breakout(scene)
    # The main room is told to go once the rooms are made (both welcomes were seen).
    opened = words.rooms_open(MINUTES * 60)
    await scene.alice.wait(notice_from(bot, opened, room), "the main room told to go")

    assert await command(scene, scene.host, "!broadcast Bring one idea each") == OK
    for person, where in ((scene.alice, alice_room), (scene.bob, bob_room), (scene.host, room)):
        await person.wait(notice_from(bot, "Bring one idea each", where), "the broadcast")
    # Matrix shows each person the room they are invited to, and its first message
    # says who is there and for how long (Capability.SHOWS_NEW_ROOMS): no private
    # "You are in the room ..." note. Those would have been sent before the
    # broadcast, which both have now seen.
    for person, where in ((scene.alice, alice_room), (scene.bob, bob_room)):
        assert not any(notice_from(bot, "You are in the room")(r, e) for r, e in person.seen)
        assert count(person, bot, "In this room:", where) == 1
    assert count(scene.alice, bot, opened, room) == 1

    assert await command(scene, scene.alice, "!helpme", alice_room) == OK
    await scene.alice.wait(notice_from(bot, "asked to come and help", alice_room), "help is coming")
    await scene.host.wait(
        lambda r, e: (
            r not in (room, alice_room, bob_room) and notice_from(bot, "is asking for help")(r, e)
        ),
        "the host told privately which room needs help",
    )

    await scene.bot.timers.advance((MINUTES - 1) * 60)  # the 1-minute reminder
    for person, where in ((scene.alice, alice_room), (scene.bob, bob_room)):
        await person.wait(notice_from(bot, "1 minute left in this room", where), "the reminder")


async def test_a_restart_during_a_breakout_keeps_reminders_and_regroup_to_once(
    scene: Scene, tmp_path
):
    bot, room = scene.bot.user_id, scene.room
    alice_room, bob_room = await open_breakout(scene)
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    database = tmp_path / "workshop.db"  # the scene's
    await scene.bot.stop()

    # While the bot is down: alice writes in her room, and the reminder comes due.
    await scene.alice.say(alice_room, "our idea: a shared calendar")
    clock.now += (MINUTES - 1) * 60 + 30

    scene.bot = await start_bot(settings, database, clock)
    await scene.bot.timers.advance(0)  # what came due while it was down fires at start-up
    for person, where in ((scene.alice, alice_room), (scene.bob, bob_room)):
        await person.wait(notice_from(bot, "reminder is late", where), "the late reminder")
    state = scene.bot.state_in(room)
    said = [
        e.text
        for e in await scene.bot.bot.store.load_events(state.workshop_id)
        if isinstance(e, MessagePosted)
    ]
    assert said.count("our idea: a shared calendar") == 1

    # A second restart before the end changes nothing; then time runs out.
    await scene.bot.stop()
    scene.bot = await start_bot(settings, database, clock)
    await scene.bot.timers.advance(0)
    await scene.bot.timers.advance(60 + 20 + 5)  # the end, the grace period, regroup
    await scene.host.wait(notice_from(bot, "Welcome back, everyone.", room), "regroup")
    assert scene.bot.state_in(room).breakout is None
    for person, where in ((scene.alice, alice_room), (scene.bob, bob_room)):
        await person.wait(notice_from(bot, "come back", where), "come back")
        for _ in range(3):
            await person.pump()
        assert count(person, bot, "left in this room", where) == 1
        assert count(person, bot, "come back", where) == 1
        assert count(person, bot, "https://matrix.to/#/", where) == 1
    for _ in range(3):
        await scene.host.pump()
    assert count(scene.host, bot, "Welcome back, everyone.", room) == 1


async def test_commands_typed_in_a_group_room_while_the_bot_was_down_reach_the_workshop(
    scene: Scene, tmp_path
):
    """As `workshop-bot run` restarts (rooms owned through leases): the caught-up
    `!report`, `!helpme` and chat from a group room each reach the workshop once."""
    bot, room = scene.bot.user_id, scene.room
    alice_room, bob_room = await open_breakout(scene)
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    await scene.bot.stop()

    report = await scene.alice.say(alice_room, "!report a shared calendar for carers")
    helpme = await scene.alice.say(alice_room, "!helpme")
    await scene.bob.say(bob_room, "we would like more evening sessions")

    scene.bot = await start_bot(settings, tmp_path / "workshop.db", clock, leases=True)
    for event_id in (report, helpme):
        await scene.alice.wait(reaction(bot, event_id, OK), "the ✅ for a caught-up command")
    await scene.host.wait(
        lambda r, e: (
            r not in (room, alice_room, bob_room) and notice_from(bot, "is asking for help")(r, e)
        ),
        "the host told privately that alice's room needs help",
    )
    state = scene.bot.state_in(room)
    said = [
        e.text
        for e in await scene.bot.bot.store.load_events(state.workshop_id)
        if isinstance(e, MessagePosted)
    ]
    assert said.count("we would like more evening sessions") == 1
    assert await command(scene, scene.host, "!regroup") == OK
    await scene.bot.timers.advance(120)
    await scene.host.wait(notice_from(bot, "a shared calendar for carers", room), "the report")
    for _ in range(3):
        await scene.alice.pump()
    assert not any(
        notice_from(bot, "There is no workshop running here")(r, e) for r, e in scene.alice.seen
    ), "alice was told there is no workshop"


async def _joins(person: Person, room_ids: set[str]) -> None:
    """`person` accepts invitations (each sync) until they are in every room."""
    deadline = time.monotonic() + WAIT
    while not room_ids <= set(person.client.rooms):
        assert time.monotonic() < deadline, f"{person.user_id} was not invited to {room_ids}"
        await person.pump()


async def _level(person: Person, room_id: str, user_id: str) -> int:
    levels = await person.state(room_id, "m.room.power_levels")
    return int(levels.get("users", {}).get(user_id, levels.get("users_default", 0)))


async def test_co_facilitators_join_the_group_rooms_at_the_level_the_main_room_gives_them(
    scene: Scene, accounts, login
):
    """A co-facilitator named before the groups open is invited with each room
    (createRoom's invite list, `CreateRooms.also`); one named while they are open is
    invited to the open rooms and the staff room (`AddToRooms`). Each has in a group's
    room the level the workshop room gives them, never more: roles are read where a
    command is typed, so a higher one would make a co-facilitator a facilitator there."""
    bot, room, host = scene.bot.user_id, scene.room, scene.host
    carol = Person(await login(accounts("carol")))
    dana = Person(await login(accounts("dana")))
    for person in (carol, dana):
        assert isinstance(await host.client.room_invite(room, person.user_id), RoomInviteResponse)
        await _joins(person, {room})
    levels = await host.state(room, "m.room.power_levels")
    levels.setdefault("users", {})[carol.user_id] = 20  # more than people, not a facilitator
    put = await host.client.room_put_state(room, "m.room.power_levels", levels)
    assert isinstance(put, RoomPutStateResponse), put
    assert await command(scene, host, START) == OK
    for person in (scene.alice, scene.bob, carol, dana):
        await person.say(room, "hello")
    await wait_until(lambda: len(scene.bot.state_in(room).people) >= 5, "everyone is known")
    assert await command(scene, host, f"!cofac {localpart(carol.user_id)}") == OK
    assert await command(scene, dana, "!quiet") == OK  # dana stays in the main room

    assert await command(scene, host, f"!breakout {MINUTES}m | groups: 2 | seed: 1") == OK
    await scene.bot.timers.advance(1)  # the notice is over: the rooms open
    await scene.alice.wait(group_room_welcome(bot, room), "alice's breakout room")
    breakout = scene.bot.state_in(room).breakout
    groups = {room_id_of(r.key) for r in breakout.rooms}
    assert len(groups) == 2
    await _joins(carol, groups)
    for group in groups:
        assert await _level(carol, group, carol.user_id) == 20
        assert await _level(carol, group, host.user_id) == 100  # the facilitator, as before

    assert await command(scene, host, f"!cofac {localpart(dana.user_id)}") == OK
    staff_room = room_id_of(scene.bot.state_in(room).staff_room)
    await _joins(dana, {*groups, staff_room})
    for group in groups:
        assert await _level(dana, group, dana.user_id) == 0  # as in the workshop room
    assert await _level(dana, staff_room, dana.user_id) == 100  # like the staff it was made with

    # Removed (`RemoveFromRooms`), each leaves the groups' rooms and the staff room, with
    # no level left there. (The staff room gave them 100, the bot's level, but on room
    # version 12, this Synapse's default, the bot as creator outranks every level.)
    for person in (carol, dana):
        assert await command(scene, host, f"!cofac remove {localpart(person.user_id)}") == OK
    bot_client = scene.bot.adapter.out.client
    for left in (*groups, staff_room):
        for person in (carol, dana):
            member = await bot_client.room_get_state_event(left, "m.room.member", person.user_id)
            assert member.content["membership"] == "leave", (left, member)
        levels = await bot_client.room_get_state_event(left, "m.room.power_levels")
        assert carol.user_id not in levels.content.get("users", {})
        assert dana.user_id not in levels.content.get("users", {})
    for group in groups:
        levels = await bot_client.room_get_state_event(group, "m.room.power_levels")
        assert levels.content["users"][host.user_id] == 100  # the facilitator stays


async def test_someone_at_the_bots_own_level_cannot_be_removed_and_it_says_why(
    scene: Scene, accounts
):
    """Before room version 12 the bot is listed at 100 like the staff, and Synapse lets
    nobody kick or lower a user at their own level: the bot says so in plain words
    instead of passing on a refusal."""
    out = scene.bot.adapter.out
    peer = accounts("peer").user_id
    made = await out.client.room_create(
        room_version="10",
        invite=[peer],
        power_level_override={"users": {out.me: 100, peer: 100}},
    )
    assert isinstance(made, RoomCreateResponse), made
    with pytest.raises(MatrixRequestFailed) as refused:
        await out.remove_staff(made.room_id, [peer])
    assert str(refused.value) == words.matrix_cannot_remove_peer(peer)
    # What Synapse would answer if asked (403 M_FORBIDDEN): no permission.
    assert refused.value.refusal is Refusal.NO_PERMISSION


async def _invites(scene: Scene, room_id: str) -> dict[str, str]:
    """Who the room has an invitation for: user id -> the invite event's id."""
    state = await scene.bot.adapter.out.client.room_get_state(room_id)
    return {
        e["state_key"]: e["event_id"]
        for e in state.events
        if e.get("type") == "m.room.member" and e["content"].get("membership") == "invite"
    }


async def test_a_breakout_group_of_12_is_made_with_everyone_invited(scene: Scene, accounts):
    """Synapse refuses a createRoom carrying more invitations than rc_invites.per_room's
    burst (10 by default, kept by the test server); a group of 12 plus its facilitator
    is still made, the rest invited one by one after it. A repeat after a crash between
    the room and its last invitations sends only the invitations still missing."""
    people = [accounts(f"p{i}").user_id for i in range(12)]
    too_many = await scene.host.client.room_create(invite=people[: INVITES_IN_CREATE + 1])
    assert isinstance(too_many, RoomCreateError), too_many  # the server's rule, as on a default one
    assert "Cannot invite so many users at once" in too_many.message

    out, main = scene.bot.adapter.out, room_key(scene.room)
    key = f"{uuid.uuid4().hex}/1"
    (big,) = await out.create_rooms(
        main, 1, ("Big table",), (tuple(f"matrix:{u}" for u in people),), key
    )
    invited = await _invites(scene, room_id_of(big))
    assert set(invited) == {*people, scene.host.user_id}

    # As if the bot had been killed after making the room and before the last
    # invitation (members are invited in user id order): the room is remembered, the
    # last member has no membership in it yet. The repeat carries the same group.
    last = max(people)
    key = f"{uuid.uuid4().hex}/1"
    group = tuple(f"matrix:{u}" for u in people)
    (first,) = await out.create_rooms(
        main, 1, ("Garden",), (tuple(f"matrix:{u}" for u in people if u != last),), key
    )
    before = await _invites(scene, room_id_of(first))
    assert last not in before
    (again,) = await out.create_rooms(main, 1, ("Garden",), (group,), key)
    assert again == first
    after = await _invites(scene, room_id_of(again))
    assert set(after) == {*people, scene.host.user_id}
    assert {u: after[u] for u in before} == before  # nobody invited twice


async def test_a_staff_room_and_space_for_12_staff_invite_them_all(scene: Scene, accounts):
    """The staff room and the small groups' Space are made with the same limit of 10
    invitations in createRoom; the rest are invited just after."""
    staff = [accounts(f"s{i}").user_id for i in range(12)]
    out, main = scene.bot.adapter.out, room_key(scene.room)
    staff_room = await out.create_staff_room(
        main, "Carers", tuple(f"matrix:{u}" for u in staff), "Welcome, staff."
    )
    everyone = {*staff, scene.host.user_id}
    assert set(await _invites(scene, room_id_of(staff_room))) == everyone
    space = out.state.data.spaces[scene.room]  # the bot made it, with the staff room
    assert set(await _invites(scene, space)) == everyone


async def test_the_spaces_invitations_past_10_are_sent_after_a_crash(scene: Scene, accounts):
    """The bot is killed after making the Space (10 invitations with it) and before
    inviting the rest: those are saved with the Space, so the repeat (the staff room
    asked for again after the restart) invites them, once, and forgets them."""
    staff = [accounts(f"k{i}").user_id for i in range(12)]
    out, main = scene.bot.adapter.out, room_key(scene.room)
    invite_rest = out._invite_rest

    async def killed_at_the_spaces_invitations(room_id, user_ids, name, gate):
        if name == "the Space":
            raise asyncio.CancelledError  # stands for the kill
        await invite_rest(room_id, user_ids, name, gate)

    out._invite_rest = killed_at_the_spaces_invitations
    with pytest.raises(asyncio.CancelledError):
        await out.create_staff_room(main, "Carers", tuple(f"matrix:{u}" for u in staff), "Hi.")
    space = out.state.data.spaces[scene.room]
    everyone = {*staff, scene.host.user_id}
    before = await _invites(scene, space)
    assert len(before) == INVITES_IN_CREATE and set(before) < everyone
    saved = await scene.bot.bot.store.get_adapter_state("matrix.space_invites")
    assert set(saved["space_invites"][space]) == everyone - set(before)  # in the database

    out._invite_rest = invite_rest
    await out.create_staff_room(main, "Carers", tuple(f"matrix:{u}" for u in staff), "Hi.")
    after = await _invites(scene, space)
    assert set(after) == everyone
    assert {u: after[u] for u in before} == before  # nobody invited twice
    assert out.state.data.space_invites == {}
