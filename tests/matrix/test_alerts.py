"""Staff alerts on a real Synapse: the staff room, and alerts that always reach a
facilitator, even one who never accepts the bot's private-message invitations."""

from __future__ import annotations

from nio import JoinResponse, RoomGetStateEventResponse, RoomSendError

from facilitation import words
from tests.matrix.helpers import (
    OK,
    START,
    Scene,
    command,
    notice_from,
    start_bot,
    wait_until,
)

RISK = "My dad hits me when he has been drinking and I am scared to go home"


def _staff_room(scene: Scene) -> str:
    state = scene.bot.state_in(scene.room)
    return state.staff_room.removeprefix("matrix:") if state and state.staff_room else ""


async def test_a_safety_alert_reaches_a_facilitator_who_never_accepted_a_private_chat(
    scene: Scene,
):
    bot, room = scene.bot.user_id, scene.room
    scene.host.declines_private_chats = True
    assert await command(scene, scene.host, START) == OK
    await wait_until(lambda: _staff_room(scene) != "", "the staff room is made")
    staff_room = _staff_room(scene)
    await scene.host.wait(
        notice_from(bot, "for the staff of the workshop", staff_room), "the staff room's welcome"
    )
    # Only staff: alice was not invited, and cannot join (invite-only).
    member = await scene.bot.adapter.client.room_get_state_event(
        staff_room, "m.room.member", scene.alice.user_id
    )
    assert not isinstance(member, RoomGetStateEventResponse)
    joined = await scene.alice.client.join(staff_room)
    assert getattr(joined, "status_code", "") == "M_FORBIDDEN", joined

    await scene.bob.say(room, "hello everyone")  # bob's first message: he is welcomed
    risk_id = await scene.bob.say(room, RISK)
    _, alert = await scene.host.wait(notice_from(bot, "Safety alert", staff_room), "the alert")
    body = alert["content"]["body"]
    assert "bob" in body and RISK in body and "call 999" in body
    # A link to the message itself (the event id of bob's message, in the main room).
    assert f"https://matrix.to/#/{room}/{risk_id}?via=localhost" in body
    for _ in range(10):  # the private chat's invitation arrives, and stays unanswered
        if scene.host.declined:
            break
        await scene.host.pump()
    assert scene.host.declined, "the bot never invited the host to a private chat"
    assert not any(r in scene.host.declined for r, _ in scene.host.seen)
    # The room heard nothing: the alert reached a facilitator.
    for _ in range(2):
        await scene.alice.pump()
    assert not any(
        notice_from(bot, words.facilitator_needed(), room)(r, e) for r, e in scene.alice.seen
    )
    assert not any(notice_from(bot, "Safety alert")(r, e) for r, e in scene.alice.seen)


async def test_an_alert_that_reaches_nobody_asks_for_a_facilitator_and_is_sent_again(
    scene: Scene,
):
    bot, room = scene.bot.user_id, scene.room
    scene.host.declines_everything = True  # neither the staff room nor private chats
    assert await command(scene, scene.host, START) == OK
    await wait_until(lambda: _staff_room(scene) != "", "the staff room is made")
    staff_room = _staff_room(scene)
    await scene.bob.say(room, "hello everyone")
    await scene.bob.say(room, RISK)
    _, asked = await scene.alice.wait(
        notice_from(bot, words.facilitator_needed(), room), "the call for a facilitator"
    )
    assert "bob" not in asked["content"]["body"]  # reveals nothing
    await wait_until(lambda: scene.bot.state_in(room).held_alerts, "the alert is kept")
    # Ending now would drop it: the workshop goes on, and the host is asked to look.
    assert await command(scene, scene.host, "!end") == OK
    await scene.host.wait(notice_from(bot, "has not ended yet", room), "why it goes on")
    assert scene.bot.state_in(room) is not None

    # The host accepts the staff room at last; the next try reaches her there.
    assert staff_room in scene.host.declined
    assert isinstance(await scene.host.client.join(staff_room), JoinResponse)
    await scene.host.wait(notice_from(bot, "for the staff", staff_room), "the staff room")
    await wait_until(
        lambda: scene.host.user_id in scene.bot.adapter.out.joined(staff_room),
        "the bot sees the host in the staff room",
    )
    await scene.bot.timers.advance(120)  # the next try (the one at `!end` was the first)
    await scene.host.wait(notice_from(bot, "Safety alert", staff_room), "the alert, sent again")
    await wait_until(lambda: not scene.bot.state_in(room).held_alerts, "the alert is done")
    assert await command(scene, scene.host, "!end") == OK
    assert scene.bot.state_in(room) is None  # ended, now that the alert reached her
    # A participant still cannot write there.
    refused = await scene.alice.client.room_send(
        staff_room, "m.room.message", {"msgtype": "m.text", "body": "hi"}
    )
    assert isinstance(refused, RoomSendError)


async def test_a_staff_room_named_in_the_config_is_used_for_every_alert(scene: Scene, tmp_path):
    bot, room = scene.bot.user_id, scene.room
    created = await scene.host.client.room_create(name="Our staff room", invite=[bot])
    named = created.room_id
    await wait_until(
        lambda: bot in scene.bot.adapter.out.joined(named),
        "the bot joins the staff room it was invited to",
    )
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    matrix = settings.matrix.model_copy(update={"staff_room": named})
    await scene.bot.stop()
    scene.bot = await start_bot(
        settings.model_copy(update={"matrix": matrix}), tmp_path / "workshop.db", clock
    )
    assert await command(scene, scene.host, START) == OK
    await scene.host.wait(notice_from(bot, "for the staff of the workshop", named), "the welcome")
    await wait_until(lambda: _staff_room(scene) == named, "the named room is the staff room")
    assert scene.bot.adapter.state.data.staff_rooms == {}  # none was made
    await scene.bob.say(room, "hello everyone")
    await scene.bob.say(room, RISK)
    await scene.host.wait(notice_from(bot, "Safety alert", named), "the alert in the named room")
