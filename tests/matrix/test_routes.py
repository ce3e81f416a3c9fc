"""Issue 20's human routes on a real Synapse: what people and staff type reaches only the
people it is for, in private rooms, and nothing of it reaches the workshop room."""

from __future__ import annotations

from tests.matrix.helpers import OK, START, Person, Scene, command, notice_from


def _name(person: Person) -> str:
    """The name the bot knows them by: Synapse's default display name, the localpart."""
    return person.user_id[1:].split(":")[0]


async def test_complaint_route_and_concern_go_privately(scene: Scene):
    bot, room = scene.bot.user_id, scene.room
    assert await command(scene, scene.host, START) == OK
    await scene.alice.say(room, "hello")
    await scene.bob.say(room, "hello")

    assert await command(scene, scene.alice, "!complaint") == OK
    await scene.alice.wait(
        lambda r, e: r != room and notice_from(bot, "how to raise a complaint")(r, e),
        "the complaints route, privately",
    )
    assert await command(scene, scene.host, f"!route {_name(scene.bob)}") == OK
    await scene.bob.wait(
        lambda r, e: r != room and notice_from(bot, "how to raise a complaint")(r, e),
        "the route sent by staff, privately",
    )
    note = "seemed frightened of her brother"
    assert await command(scene, scene.host, f"!concern {_name(scene.alice)}: {note}") == OK
    await scene.host.wait(
        lambda r, e: r != room and notice_from(bot, "recorded your concern")(r, e),
        "the concern confirmed privately",
    )
    # A participant may not record a concern, and the bot said nothing of it in the room.
    # (What the host typed is seen by the room: see the limit in docs/commands.md.)
    assert await command(scene, scene.bob, f"!concern {_name(scene.alice)}: x") != OK
    await scene.bob.pump()
    from_bot = [
        e["content"].get("body", "") for r, e in scene.bob.seen if r == room and e["sender"] == bot
    ]
    assert from_bot and not any(note in body or "concern" in body for body in from_bot)
