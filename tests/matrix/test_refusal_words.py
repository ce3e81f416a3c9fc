"""What a facilitator sees when the bot lacks the power level for what they asked,
on a real Synapse: the room's creator (the host) lowers the bot's level with a real
client, as a room admin would in Element, and the facilitator's command meets
Synapse's own refusal (synapse/event_auth.py `_check_power_levels` and
`_can_send_event`: 403 M_FORBIDDEN). The words are facilitation/words.py REFUSED
and effect_failed; tests/test_matrix_refusals.py names each kind on a loopback
homeserver, this walks the whole path to what the facilitator reads."""

from __future__ import annotations

from nio import RoomPutStateResponse, RoomSendError, RoomSendResponse

from facilitation import words
from tests.matrix.helpers import (
    HAND,
    NOT_OK,
    OK,
    START,
    Person,
    Scene,
    command,
    edit_of,
    notice_from,
    reaction,
    wait_until,
)


def _staff_room(scene: Scene) -> str:
    state = scene.bot.state_in(scene.room)
    return state.staff_room.removeprefix("matrix:") if state and state.staff_room else ""


async def _set_bot_level(scene: Scene, level: int) -> None:
    """The host (the room's creator, who outranks every level from room version 12)
    writes the room's power levels with the bot at `level`."""
    levels = await scene.host.state(scene.room, "m.room.power_levels")
    users = {**levels.get("users", {}), scene.bot.user_id: level}
    put = await scene.host.client.room_put_state(
        scene.room, "m.room.power_levels", {**levels, "users": users}
    )
    assert isinstance(put, RoomPutStateResponse), put
    await wait_until(lambda: _bot_level(scene) == level, f"the bot sees its level is {level}")


def _bot_level(scene: Scene) -> int:
    """The bot's level in the workshop room as its client last synced it."""
    room = scene.bot.adapter.client.rooms[scene.room]
    return room.power_levels.get_user_level(scene.bot.user_id)


async def _staff_ready(scene: Scene) -> str:
    """The staff room, made at !start and joined by the host (who accepts it)."""
    await wait_until(lambda: _staff_room(scene) != "", "the staff room is made")
    staff = _staff_room(scene)
    await scene.host.wait(
        notice_from(scene.bot.user_id, "for the staff of the workshop", staff), "the staff room"
    )
    return staff


async def _speaks(person: Person, room: str) -> bool:
    return isinstance(await person.try_say(room, "may I say something?"), RoomSendResponse)


async def _levels_once_open(scene: Scene) -> dict:
    """The room's power levels once everyone may post again (or the last read)."""
    for _ in range(50):
        levels = await scene.host.state(scene.room, "m.room.power_levels")
        if levels.get("events_default", 0) == 0:
            break
        await scene.host.pump()
    return levels


FLOOR_REFUSED = "I could not change who can speak. " + words.REFUSED["no-permission"]


async def test_floor_control_refused_is_told_in_words_and_the_room_is_left_as_it_was(
    scene: Scene,
):
    room, bot = scene.room, scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    staff = await _staff_ready(scene)
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.bob, "!hand") == OK
    # 50 may post and pin (Synapse's defaults), not rewrite the power levels (100).
    await _set_bot_level(scene, 50)
    assert await command(scene, scene.host, "!floor on") == OK
    assert await command(scene, scene.host, "!next") == OK  # alice's turn

    _, told = await scene.host.wait(notice_from(bot, FLOOR_REFUSED, staff), "the refusal")
    body = told["content"]["body"]
    assert words.DONE_AGAIN["turn-ends"] in body
    # Nothing half-done: nobody was muted.
    assert await _speaks(scene.bob, room)
    levels = await scene.host.state(room, "m.room.power_levels")
    assert levels.get("events_default", 0) == 0


async def test_a_floor_refused_once_does_not_bring_back_old_levels_later(scene: Scene):
    """The bot keeps the room's levels to give back when the floor opens. A first
    write Synapse refused changed nothing, so there is nothing to give back: once the
    bot is given its level, the floor must be set from the room as it is now, and
    opened to exactly that, the bot keeping the level it was given."""
    room = scene.room
    assert await command(scene, scene.host, START) == OK
    await _staff_ready(scene)
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.bob, "!hand") == OK
    await _set_bot_level(scene, 50)
    assert await command(scene, scene.host, "!floor on") == OK
    assert await command(scene, scene.host, "!next") == OK  # refused: alice's turn, unmuted
    await scene.host.wait(notice_from(scene.bot.user_id, FLOOR_REFUSED), "the refusal")

    await _set_bot_level(scene, 100)  # the admin gives the bot its level, as asked
    assert await command(scene, scene.host, "!next") == OK  # bob's turn, now muted
    muted = await scene.alice.try_say(room, "and another thing")
    assert isinstance(muted, RoomSendError) and muted.status_code == "M_FORBIDDEN", muted
    assert await _speaks(scene.bob, room)
    during = await scene.host.state(room, "m.room.power_levels")
    assert during["users"][scene.bot.user_id] == 100

    assert await command(scene, scene.host, "!floor off") == OK  # the floor opens
    after = await _levels_once_open(scene)
    assert after["users"][scene.bot.user_id] == 100
    assert after.get("events_default", 0) == 0
    assert await _speaks(scene.alice, room)


async def test_a_room_fixed_after_a_settings_refusal_is_read_afresh(scene: Scene):
    """A room whose default level leaves no level between participants and
    facilitators is refused in the bot's own words (docs/matrix.md section 3). Once
    the room's admin changes it, the next turn reads the room as it is now: the old
    levels were never written, so they are not kept to refuse with again."""
    room, bot = scene.room, scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    staff = await _staff_ready(scene)
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.bob, "!hand") == OK
    levels = await scene.host.state(room, "m.room.power_levels")
    put = await scene.host.client.room_put_state(
        room, "m.room.power_levels", {**levels, "users_default": 49}
    )
    assert isinstance(put, RoomPutStateResponse), put
    assert await command(scene, scene.host, "!floor on") == OK
    assert await command(scene, scene.host, "!next") == OK  # alice's turn
    settings = words.REFUSED["room-settings"]
    await scene.host.wait(notice_from(bot, settings, staff), "the room-settings refusal")

    put = await scene.host.client.room_put_state(room, "m.room.power_levels", levels)
    assert isinstance(put, RoomPutStateResponse), put
    await wait_until(
        lambda: scene.bot.adapter.client.rooms[room].power_levels.defaults.users_default == 0,
        "the bot sees the room's default level is 0 again",
    )
    assert await command(scene, scene.host, "!next") == OK  # bob's turn: alice muted
    muted = await scene.alice.try_say(room, "and another thing")
    assert isinstance(muted, RoomSendError) and muted.status_code == "M_FORBIDDEN", muted
    assert await _speaks(scene.bob, room)


PIN_REFUSED = "I could not pin the speaker queue message. " + words.REFUSED["no-permission"]


async def test_a_queue_message_the_bot_could_not_pin_still_takes_hands(scene: Scene):
    """Pinning needs the level of m.room.pinned_events (50 by Synapse's defaults);
    posting needs 0. Unpinned, the queue message is still the queue message: a ✋
    under it raises a hand (docs/matrix.md), and the facilitators are told in words
    what they can do about the pin."""
    room, bot = scene.room, scene.bot.user_id
    await _set_bot_level(scene, 40)
    assert await command(scene, scene.host, START) == OK  # the queue message is posted
    staff = await _staff_ready(scene)
    # The refusal came before anyone was in the staff room: it is sent again.
    await wait_until(
        lambda: scene.host.user_id in scene.bot.adapter.out.joined(staff),
        "the bot sees the host in the staff room",
    )
    await scene.bot.timers.advance(60)
    _, told = await scene.host.wait(notice_from(bot, PIN_REFUSED, staff), "the pin refusal")
    assert words.DONE_AGAIN["pin-by-hand"] in told["content"]["body"]
    assert words.TRY_AGAIN not in told["content"]["body"]  # !start again would be refused
    queue_id = scene.bot.state_in(room).queue_message_ref
    assert queue_id
    pinned = await scene.host.client.room_get_state_event(room, "m.room.pinned_events")
    assert getattr(pinned, "status_code", "") == "M_NOT_FOUND", pinned  # Synapse refused
    await scene.alice.wait(reaction(bot, queue_id, HAND), "the bot's ✋ under the queue")

    await scene.alice.react(room, queue_id, HAND)
    await scene.host.wait(edit_of(bot, queue_id, "1. alice"), "the queue edited with alice")
    assert [h.person_id for h in scene.bot.state_in(room).ordered_hands()] == [
        f"matrix:{scene.alice.user_id}"
    ]


async def test_voices_the_bot_cannot_give_back_at_the_end_are_told_in_words(scene: Scene):
    """The floor is held (the bot muted the room) when an admin lowers the bot's
    level; then the workshop ends. Synapse refuses the bot's writing back of the
    saved levels, so people may stay muted: the facilitator must hear it, with what
    to do (not "try again": `!end` again finds no workshop)."""
    room, bot = scene.room, scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    staff = await _staff_ready(scene)
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.host, "!floor on") == OK
    assert await command(scene, scene.host, "!next") == OK  # alice speaks, bob is muted
    assert not await _speaks(scene.bob, room)
    await _set_bot_level(scene, 50)
    assert await command(scene, scene.host, "!end") == OK
    _, told = await scene.host.wait(
        lambda r, e: r not in (room, staff) and notice_from(bot, FLOOR_REFUSED)(r, e),
        "the refusal, privately",
    )
    body = told["content"]["body"]
    assert words.DONE_AGAIN["after-end"] in body
    assert words.TRY_AGAIN not in body
    assert not await _speaks(scene.bob, room)  # as the words say: still to be done


async def test_voices_not_given_back_at_floor_off_are_given_back_as_the_words_say(
    scene: Scene,
):
    """`!floor off` refused by Synapse: "try again" alone would be refused as "already
    off". The words say how, and doing just that, once the bot has its level, works."""
    room, bot = scene.room, scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    staff = await _staff_ready(scene)
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.host, "!floor on") == OK
    assert await command(scene, scene.host, "!next") == OK  # alice speaks, bob is muted
    await _set_bot_level(scene, 50)
    assert await command(scene, scene.host, "!floor off") == OK
    _, told = await scene.host.wait(notice_from(bot, FLOOR_REFUSED, staff), "the refusal")
    again = words.DONE_AGAIN["floor-again"].format(p="!")
    assert again in told["content"]["body"]
    assert not await _speaks(scene.bob, room)

    await _set_bot_level(scene, 100)
    assert await command(scene, scene.host, "!floor off") == NOT_OK  # already off
    assert await command(scene, scene.host, "!floor on") == OK
    assert await command(scene, scene.host, "!floor off") == OK
    levels = await _levels_once_open(scene)
    assert levels.get("events_default", 0) == 0
    assert levels["users"][bot] == 100
    assert await _speaks(scene.bob, room)


SHARE_PIN_REFUSED = (
    "I could not pin the shared item in the main room. " + words.REFUSED["no-permission"]
)
LEAFLET = "https://example.org/leaflet.pdf"


async def test_a_shared_item_the_bot_could_not_pin_is_shared_once_and_told_in_words(
    scene: Scene,
):
    """docs/commands.md, `!share`: if the bot may not pin, the facilitator is told
    privately and the item is still shared and listed. "Then try again." would have
    them type `!share` again: a second post, and the item twice in the notes. The
    words say it is shared and who can pin it."""
    room, bot = scene.room, scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    staff = await _staff_ready(scene)
    await _set_bot_level(scene, 40)  # may post (0), not pin (m.room.pinned_events: 50)
    assert await command(scene, scene.host, f"!share Leaflet | {LEAFLET}") == OK
    shared = words.material_shared("Leaflet", LEAFLET)
    _, posted = await scene.alice.wait(notice_from(bot, shared, room), "the shared item")
    _, told = await scene.host.wait(notice_from(bot, SHARE_PIN_REFUSED, staff), "the refusal")
    body = told["content"]["body"]
    assert words.DONE_AGAIN["share-pin"] in body, body
    assert words.TRY_AGAIN not in body
    assert scene.bot.state_in(room).materials == (("Leaflet", LEAFLET),)
    pinned = await scene.host.state(room, "m.room.pinned_events")
    assert posted["event_id"] not in pinned.get("pinned", [])  # Synapse refused

    # As the words say: someone allowed to pin (the host) pins it by hand, and the
    # next item the bot shares, once it has its level back, keeps that pin.
    put = await scene.host.client.room_put_state(
        room, "m.room.pinned_events", {"pinned": [*pinned.get("pinned", []), posted["event_id"]]}
    )
    assert isinstance(put, RoomPutStateResponse), put
    await _set_bot_level(scene, 100)
    assert await command(scene, scene.host, "!share Slides | https://example.org/s") == OK
    _, slides = await scene.alice.wait(
        notice_from(bot, words.material_shared("Slides", "https://example.org/s"), room), "slides"
    )
    for _ in range(50):
        now_pinned = (await scene.host.state(room, "m.room.pinned_events"))["pinned"]
        if slides["event_id"] in now_pinned:
            break
        await scene.host.pump()
    assert {posted["event_id"], slides["event_id"]} <= set(now_pinned), now_pinned


async def test_a_turn_called_in_a_room_the_bot_may_not_post_in_is_told_as_done(scene: Scene):
    """The room made announcement-only (Element's "Send messages": Moderator, so
    `events_default` 50) with the bot left at 0: `!next` calls alice, but Synapse
    refuses the bot's "it is your turn" (and its ✅). The staff room hears that the
    turn was given and to tell the room, not "try again": a second `!next` would end
    alice's turn before it began and call bob."""
    room, bot = scene.room, scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    staff = await _staff_ready(scene)
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.bob, "!hand") == OK
    levels = await scene.host.state(room, "m.room.power_levels")
    users = {**levels.get("users", {}), bot: 0}
    put = await scene.host.client.room_put_state(
        room, "m.room.power_levels", {**levels, "users": users, "events_default": 50}
    )
    assert isinstance(put, RoomPutStateResponse), put
    await wait_until(lambda: _bot_level(scene) == 0, "the bot sees its level is 0")

    await scene.host.say(room, "!next")
    refused = "I could not post a message in the main room. " + words.REFUSED["no-permission"]
    _, told = await scene.host.wait(notice_from(bot, refused, staff), "the refusal")
    body = told["content"]["body"]
    assert words.DONE_AGAIN["not-shown"] in body, body
    assert words.TRY_AGAIN not in body
    state = scene.bot.state_in(room)
    assert state.speaker.person_id == f"matrix:{scene.alice.user_id}"  # done, as told
