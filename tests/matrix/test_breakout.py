"""Small groups on a real Synapse: what reaches each room, and a restart while
the groups are out."""

from __future__ import annotations

from facilitation.events import MessagePosted
from tests.matrix.helpers import (
    OK,
    START,
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
