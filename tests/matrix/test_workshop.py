"""A workshop run on a real Synapse, through the real bot and its Matrix adapter."""

from __future__ import annotations

import asyncio
import io

from nio import (
    RoomGetStateEventResponse,
    RoomPutAliasResponse,
    RoomSendError,
    RoomSendResponse,
    UploadResponse,
)

from adapters.matrix.inbound import event_link
from tests.matrix.helpers import (
    HAND,
    NOT_OK,
    OK,
    START,
    Scene,
    command,
    edit_of,
    group_room_welcome,
    notice_from,
    queue_message_id,
    reaction,
    wait_until,
)


async def test_start_scope_and_hands_by_reaction_edit_the_pinned_queue(scene: Scene):
    bot = scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    await scene.alice.wait(notice_from(bot, "booking a short break", scene.room), "the scope")

    assert await command(scene, scene.alice, "!hand") == OK
    queue_id = await queue_message_id(scene)
    await scene.host.wait(
        lambda r, e: (
            (e.get("event_id") == queue_id and "1. alice" in e["content"]["body"])
            or edit_of(bot, queue_id, "1. alice")(r, e)
        ),
        "the queue message naming alice",
    )
    # The bot put a ✋ under it to click.
    await scene.bob.wait(reaction(bot, queue_id, HAND), "the bot's ✋ under the queue")

    hand = await scene.bob.react(scene.room, queue_id, HAND)
    await scene.host.wait(edit_of(bot, queue_id, "2. bob"), "the queue edited with bob")
    assert await queue_message_id(scene) == queue_id  # edited in place, still the one pinned
    state = scene.bot.state_in(scene.room)
    assert [h.person_id for h in state.ordered_hands()] == [
        f"matrix:{scene.alice.user_id}",
        f"matrix:{scene.bob.user_id}",
    ]

    await scene.bob.redact(scene.room, hand)  # taking the ✋ back lowers the hand
    await wait_until(
        lambda: len(scene.bot.state_in(scene.room).ordered_hands()) == 1, "bob's hand is down"
    )
    await scene.host.wait(
        lambda r, e: (
            edit_of(bot, queue_id, "Waiting to speak (1)")(r, e)
            and "bob" not in e["content"]["m.new_content"]["body"]
        ),
        "the queue edited without bob",
    )


async def test_a_participant_cannot_use_facilitator_commands(scene: Scene):
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.alice, "!hand") == OK
    before = scene.bot.state_in(scene.room)
    for text in ("!next", "!floor on", "!end", "!breakout 5m | groups: 2", "!lowerall"):
        assert await command(scene, scene.bob, text) == NOT_OK, text
    after = scene.bot.state_in(scene.room)
    assert after == before
    # The reason reaches bob privately, in a direct room the bot made.
    dm, _ = await scene.bob.wait(
        lambda r, e: r != scene.room and notice_from(scene.bot.user_id, "Only a facilitator")(r, e),
        "a private refusal",
    )
    assert set(scene.bot.adapter.client.rooms[dm].users) == {scene.bot.user_id, scene.bob.user_id}
    for _ in range(3):
        await scene.bob.pump()
    private_rooms = {r for r, e in scene.bob.seen if r != scene.room}
    assert private_rooms == {dm}  # one private room, reused for every refusal


async def test_floor_control_really_mutes_and_is_lifted(scene: Scene):
    room = scene.room
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.bob, "!hand") == OK
    assert await command(scene, scene.host, "!floor on") == OK
    assert await command(scene, scene.host, "!next") == OK  # alice speaks

    muted = await scene.bob.try_say(room, "may I?")
    assert isinstance(muted, RoomSendError) and muted.status_code == "M_FORBIDDEN", muted
    assert isinstance(await scene.alice.try_say(room, "I think..."), RoomSendResponse)
    assert isinstance(await scene.host.try_say(room, "thank you"), RoomSendResponse)
    levels = await scene.host.state(room, "m.room.power_levels")
    assert levels["users"][scene.bot.user_id] == 100  # the whole content was written
    assert levels["events"]["m.reaction"] == 0
    # Bob can still raise (and lower) a hand by reaction while muted.
    queue_id = await queue_message_id(scene)
    await scene.bob.react(room, queue_id, "\u270b\ufe0f")

    assert await command(scene, scene.alice, "!done") == OK  # the floor opens
    assert isinstance(await scene.bob.try_say(room, "now me"), RoomSendResponse)
    restored = await scene.host.state(room, "m.room.power_levels")
    assert restored.get("events_default", 0) == 0
    assert scene.alice.user_id not in restored.get("users", {})


async def test_speaking_never_makes_a_facilitator_even_after_the_floor_opens(scene: Scene):
    """The speaker gets a level to post with, below the facilitators'; once the floor
    opens it is gone, as the server says (nio's own copy would still list it)."""
    room, alice = scene.room, scene.alice.user_id
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.bob, "!hand") == OK
    assert await command(scene, scene.host, "!floor on") == OK
    assert await command(scene, scene.host, "!next") == OK  # alice speaks
    levels = await scene.host.state(room, "m.room.power_levels")
    assert 0 < levels["users"][alice] < 50  # enough to post, far below a facilitator
    assert isinstance(await scene.alice.try_say(room, "I think..."), RoomSendResponse)
    assert await command(scene, scene.alice, "!order fair") == NOT_OK  # speaking is no right

    assert await command(scene, scene.host, "!floor off") == OK  # the floor opens
    assert alice not in (await scene.host.state(room, "m.room.power_levels")).get("users", {})
    assert await command(scene, scene.alice, "!order fair") == NOT_OK
    assert scene.bot.state_in(room).queue_order == "arrival"

    # The next breakout: alice is invited to her own group's room only, as a participant.
    assert await command(scene, scene.host, "!breakout 10m | groups: 2 | seed: 1") == OK
    await scene.bot.timers.advance(1)
    await wait_until(
        lambda: all(r.key for r in scene.bot.state_in(room).breakout.rooms), "the rooms open"
    )
    client = scene.bot.adapter.client  # the bot is in every group room
    for group in scene.bot.state_in(room).breakout.rooms:
        room_id = group.key.removeprefix("matrix:")
        member = await client.room_get_state_event(room_id, "m.room.member", alice)
        invited = isinstance(member, RoomGetStateEventResponse)
        assert invited == (f"matrix:{alice}" in group.members), group.name
        levels = await client.room_get_state_event(room_id, "m.room.power_levels")
        assert alice not in levels.content.get("users", {})
        assert levels.content["users"][scene.host.user_id] == 100


async def test_a_facilitator_taken_out_of_the_levels_loses_the_role_at_once(scene: Scene):
    """nio merges each new `users` map into its old one; the bot reads the whole
    content the server sent, so a level taken away is gone."""
    room, bob = scene.room, scene.bob.user_id
    assert await command(scene, scene.host, START) == OK
    levels = await scene.host.state(room, "m.room.power_levels")
    raised = {**levels, "users": {**levels.get("users", {}), bob: 50}}
    await scene.host.client.room_put_state(room, "m.room.power_levels", raised)
    assert await command(scene, scene.bob, "!order fair") == OK  # bob facilitates
    await scene.host.client.room_put_state(room, "m.room.power_levels", levels)
    assert await command(scene, scene.bob, "!order arrival") == NOT_OK
    assert scene.bot.state_in(room).queue_order == "fair"


async def test_the_same_event_delivered_twice_has_one_effect(scene: Scene):
    assert await command(scene, scene.host, START) == OK
    hand = await scene.alice.say(scene.room, "!hand")
    await wait_until(
        lambda: len(scene.bot.state_in(scene.room).ordered_hands()) == 1, "alice's hand is up"
    )
    fetched = await scene.alice.client.room_get_event(scene.room, hand)
    before = scene.bot.state_in(scene.room)
    # The same event again, as a sync after a crash would bring it.
    await scene.bot.adapter._handle_event(
        scene.room, fetched.event.source, scene.bot.bot.dispatcher.handle_text
    )
    assert scene.bot.state_in(scene.room) == before
    assert len(scene.bot.state_in(scene.room).ordered_hands()) == 1


async def test_a_breakout_makes_space_rooms_and_reports_come_back(scene: Scene):
    bot, room = scene.bot.user_id, scene.room
    assert await command(scene, scene.host, START) == OK
    await scene.alice.say(room, "hello")
    await scene.bob.say(room, "hello")
    await wait_until(lambda: len(scene.bot.state_in(room).people) >= 3, "alice and bob are known")
    assert await command(scene, scene.host, "!breakout 10m | groups: 2 | seed: 1") == OK
    await scene.bot.timers.advance(1)  # the notice is over: the rooms open

    # Each participant is invited (the test client accepts) and welcomed there.
    alice_room, _ = await scene.alice.wait(group_room_welcome(bot, room), "alice's breakout room")
    bob_room, _ = await scene.bob.wait(group_room_welcome(bot, room), "bob's breakout room")
    assert alice_room != bob_room
    keys = [r.key for r in scene.bot.state_in(room).breakout.rooms]
    assert sorted(keys) == sorted(f"matrix:{r}" for r in (alice_room, bob_room))

    # Children of a Space made for the workshop, restricted to it, facilitators at 100.
    space_id = scene.bot.adapter.state.data.spaces[room]
    for breakout_room in (alice_room, bob_room):
        await scene.host.pump()
        assert (await scene.alice.state(alice_room, "m.space.parent", space_id))["canonical"]
        child = await scene.host.state(space_id, "m.space.child", breakout_room)
        assert child["via"] == ["localhost"]
    join_rules = await scene.alice.state(alice_room, "m.room.join_rules")
    assert join_rules["join_rule"] == "restricted"
    assert join_rules["allow"] == [{"type": "m.room_membership", "room_id": space_id}]
    levels = await scene.alice.state(alice_room, "m.room.power_levels")
    assert levels["users"][scene.host.user_id] == 100

    # A report from inside a room, then regroup: it comes back to the main room.
    assert await command(scene, scene.alice, "!report more buses on Sundays", alice_room) == OK
    # Without an alias the link names the room id and a server to join through.
    link = await scene.bot.adapter.out.link_to(room)
    assert link == f"https://matrix.to/#/{room}?via=localhost"
    alias = f"#carers-{room[1:7].lower()}:localhost"
    assert isinstance(await scene.host.client.room_put_alias(alias, room), RoomPutAliasResponse)
    await scene.host.client.room_put_state(room, "m.room.canonical_alias", {"alias": alias})
    assert await command(scene, scene.host, "!regroup") == OK
    await scene.bot.timers.advance(120)
    await scene.host.wait(notice_from(bot, "more buses on Sundays", room), "the report")
    # Each room is told to come back, with a link to the main room, then closed.
    for person, breakout_room in ((scene.alice, alice_room), (scene.bob, bob_room)):
        await person.wait(notice_from(bot, "come back", breakout_room), "come back")
        await person.wait(
            notice_from(bot, "https://matrix.to/#/%23carers-", breakout_room), "the link"
        )
    closed = await scene.alice.try_say(alice_room, "one more thing")
    assert isinstance(closed, RoomSendError) and closed.status_code == "M_FORBIDDEN", closed
    assert (await scene.alice.state(alice_room, "m.room.name"))["name"].endswith("(closed)")
    joined = await scene.alice.client.joined_members(alice_room)
    assert scene.alice.user_id in {m.user_id for m in joined.members}  # nobody was removed


async def test_a_private_chat_never_acts_on_a_workshop_with_facilitator_rights(scene: Scene):
    bot, room = scene.bot.user_id, scene.room
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.alice, "!hand") == OK
    # A refusal in the workshop room opens a private chat with bob, and another
    # (a second !start while one runs) opens one with the host.
    assert await command(scene, scene.bob, "!next") == NOT_OK
    assert await command(scene, scene.host, START) == NOT_OK

    await wait_until(lambda: scene.bot.state_in(room).staff_room, "the staff room is made")
    staff_room = scene.bot.state_in(room).staff_room.removeprefix("matrix:")

    def private_notice(r: str, e: dict) -> bool:
        return r not in (room, staff_room) and notice_from(bot, "")(r, e)

    bob_dm, _ = await scene.bob.wait(private_notice, "bob's private chat")
    host_dm, _ = await scene.host.wait(private_notice, "the host's private chat")
    before = scene.bot.state_in(room)

    # A participant's facilitator commands in private are refused, with the reason.
    for text in ("!next", "!end", "!lowerall", "!floor on"):
        assert await command(scene, scene.bob, text, bob_dm) == NOT_OK, text
    # The host is a facilitator in the workshop room (level 100), but not in private:
    # a command there is not a facilitator's, and does not reach the workshop.
    assert await command(scene, scene.host, "!next", host_dm) == NOT_OK
    await scene.host.wait(notice_from(bot, "no workshop running here", host_dm), "the reason")
    assert await command(scene, scene.host, START, host_dm) == NOT_OK
    await scene.host.wait(
        notice_from(bot, "Only a facilitator can start a workshop", host_dm), "the reason"
    )
    assert scene.bot.state_in(room) == before
    assert scene.bot.state_in(bob_dm) is None and scene.bot.state_in(host_dm) is None
    assert [r.room for r in await scene.bot.bot.store.running_workshops()] == [f"matrix:{room}"]


async def test_a_facilitator_gets_the_notes_as_a_file_in_a_private_room(scene: Scene):
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.alice, "!idea a phone line for booking") == OK
    assert await command(scene, scene.alice, "!export md") == NOT_OK  # participants cannot
    assert await command(scene, scene.host, "!export md") == OK
    dm, event = await scene.host.wait(
        lambda r, e: (
            r != scene.room
            and e.get("sender") == scene.bot.user_id
            and e.get("content", {}).get("msgtype") == "m.file"
        ),
        "the notes as a file",
    )
    assert event["content"]["body"].endswith("-notes.md")
    download = await scene.host.client.download(event["content"]["url"])
    notes = download.body.decode()
    assert "a phone line for booking" in notes
    assert "alice" not in notes.casefold()  # pseudonymised by default
    members = await scene.host.client.joined_members(dm)
    assert {m.user_id for m in members.members} == {scene.bot.user_id, scene.host.user_id}


async def test_fair_voice_calls_who_has_not_spoken_and_minutes_are_kept(scene: Scene):
    """`order: fair`: someone who has spoken goes behind someone who has not, however
    early their hand went up; topics, ideas, decisions and actions with owners are
    recorded from chat."""
    alice, bob = f"matrix:{scene.alice.user_id}", f"matrix:{scene.bob.user_id}"
    assert await command(scene, scene.host, START + " | order: fair") == OK
    assert await command(scene, scene.alice, "!hand") == OK
    assert await command(scene, scene.host, "!next") == OK
    assert scene.bot.state_in(scene.room).speaker.person_id == alice
    assert await command(scene, scene.alice, "!done") == OK
    assert await command(scene, scene.alice, "!hand") == OK  # alice first, again
    assert await command(scene, scene.bob, "!hand") == OK
    state = scene.bot.state_in(scene.room)
    assert [h.person_id for h in state.ordered_hands()] == [bob, alice]
    assert await command(scene, scene.host, "!next") == OK
    assert scene.bot.state_in(scene.room).speaker.person_id == bob
    await scene.alice.wait(notice_from(scene.bot.user_id, "bob", scene.room), "bob called")

    for person, text in [
        (scene.host, "!topic Booking by phone"),
        (scene.bob, "!idea a named contact at the council"),
        (scene.host, "!agreed try a phone line for three months"),
        (scene.host, f"!action {scene.bob.user_id.split(':')[0][1:]}: draft the leaflet"),
    ]:
        assert await command(scene, person, text) == OK, text
    items = scene.bot.state_in(scene.room).minutes
    assert [(i.kind, i.text) for i in items] == [
        ("topic", "Booking by phone"),
        ("idea", "a named contact at the council"),
        ("agreed", "try a phone line for three months"),
        ("action", "draft the leaflet"),
    ]
    assert items[-1].owner_id == bob


async def test_a_file_sent_with_share_is_shared_by_its_link_and_pinned(scene: Scene):
    """A file uploaded to Synapse and sent captioned "!share Leaflet" (spec v1.10:
    `body` is the caption when `filename` is present): the share links to its event."""
    bot = scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    data = b"%PDF-1.4 leaflet"
    uploaded, _ = await scene.host.client.upload(
        io.BytesIO(data), content_type="application/pdf", filename="leaflet.pdf", filesize=len(data)
    )
    assert isinstance(uploaded, UploadResponse), uploaded
    content = {
        "msgtype": "m.file",
        "body": "!share Leaflet",
        "filename": "leaflet.pdf",
        "url": uploaded.content_uri,
        "info": {"mimetype": "application/pdf", "size": len(data)},
    }
    sent = await scene.host.client.room_send(scene.room, "m.room.message", content)
    assert isinstance(sent, RoomSendResponse), sent
    link = event_link(scene.room, sent.event_id)
    _, shared = await scene.alice.wait(notice_from(bot, link, scene.room), "the shared file")
    await wait_until(
        lambda: scene.bot.state_in(scene.room).materials == (("Leaflet", link),), "listed"
    )
    for _ in range(100):  # the bot posts, then pins
        pinned = (await scene.host.state(scene.room, "m.room.pinned_events"))["pinned"]
        if shared["event_id"] in pinned:
            break
        await asyncio.sleep(0.05)
    assert shared["event_id"] in pinned, pinned
