"""Mention injection: what the bot echoes never pings anyone, on a real Synapse.

The bot has the power level that lets "@room" notify the whole room, and it echoes
what people type (notes, names, reports). Synapse evaluates every member's push
rules when an event is stored; its notifications API lists the events that
highlighted each person, which is what we read here.

By default `.m.rule.suppress_notices` silences every m.notice (the bot's kind of
message) before any mention rule is reached, so the people here turn it off first:
someone who wants to hear the bot must still not be pinged by what others typed.
"""

from __future__ import annotations

import asyncio
import time

from nio import RoomSendResponse

from adapters.matrix.outbound import WORD_JOINER, defang, safe_content
from tests.matrix.helpers import OK, START, WAIT, Person, Scene, command, notice_from


async def _highlights(person: Person, sender: str) -> list[dict]:
    """Events from `sender` that highlighted `person` (a mention, @room, their name)."""
    answer = await person.client.send(
        "GET",
        "/_matrix/client/v3/notifications?only=highlight&limit=100",
        headers={"Authorization": f"Bearer {person.client.access_token}"},
    )
    assert answer.status == 200, await answer.text()
    body = await answer.json()
    return [n["event"] for n in body["notifications"] if n["event"]["sender"] == sender]


async def _hear_notices(person: Person) -> None:
    """Turn off the default rule that silences m.notice messages."""
    answer = await person.client.send(
        "PUT",
        "/_matrix/client/v3/pushrules/global/override/.m.rule.suppress_notices/enabled",
        '{"enabled": false}',
        headers={
            "Authorization": f"Bearer {person.client.access_token}",
            "Content-Type": "application/json",
        },
    )
    assert answer.status == 200, await answer.text()


async def _wait_for_highlight(person: Person, sender: str, containing: str) -> list[dict]:
    deadline = time.monotonic() + WAIT
    while True:
        found = await _highlights(person, sender)
        if any(containing in e["content"].get("body", "") for e in found):
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"{person.user_id} was never highlighted by {containing!r}")
        await asyncio.sleep(0.2)


async def test_echoed_room_mentions_names_and_pills_highlight_nobody(scene: Scene):
    bot = scene.bot.user_id
    for person in (scene.bob, scene.host):
        await _hear_notices(person)
    assert await command(scene, scene.host, START) == OK
    pill = f"https://matrix.to/#/{scene.bob.user_id}"
    typed = f"!park {scene.bob.user_id}: @room come and look {pill} @everyone @here"
    assert await command(scene, scene.alice, typed) == OK
    _, echo = await scene.alice.wait(notice_from(bot, "come and look", scene.room), "the echo")
    body = echo["content"]["body"]
    assert f"@{WORD_JOINER}room" in body and "@room" not in body
    assert f"matrix.to/#/{WORD_JOINER}@" in body
    assert echo["content"]["m.mentions"] == {}
    assert "formatted_body" not in echo["content"]

    # The control: the same words sent by the bot's account without the safeguards DO
    # highlight (so the check below would catch a regression), and they come after the
    # echo, so once the control is listed the echo has been evaluated too.
    control = await scene.bot.adapter.client.room_send(
        scene.room,
        "m.room.message",
        {"msgtype": "m.notice", "body": f"control @room {scene.bob.user_id}"},
    )
    assert isinstance(control, RoomSendResponse), control
    for person in (scene.bob, scene.host):
        highlights = await _wait_for_highlight(person, bot, "control @room")
        assert [e["content"]["body"] for e in highlights] == [
            f"control @room {scene.bob.user_id}"
        ], person.user_id


async def test_edits_of_the_queue_message_are_safe_too(scene: Scene):
    bot = scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.alice, "!hand") == OK
    _, edit = await scene.host.wait(
        lambda r, e: (
            e.get("sender") == bot
            and e["content"].get("m.relates_to", {}).get("rel_type") == "m.replace"
        ),
        "an edit of the queue",
    )
    assert edit["content"]["m.mentions"] == {}
    assert edit["content"]["m.new_content"]["m.mentions"] == {}


def test_defang_breaks_room_mentions_and_user_pills_only():
    text = "Hi @room, @ROOM and @Room! see https://matrix.to/#/@sam:example.org"
    safe = defang(text)
    assert "@room" not in safe.casefold()
    assert "matrix.to/#/@" not in safe
    assert safe.replace(WORD_JOINER, "") == text  # nothing else changes
    kept = "@team a@b.org https://matrix.to/#/!abc:example.org https://matrix.to/#/%23x:y"
    assert defang(kept) == kept
    assert (
        defang("matrix.to/#/%40sam:example.org") == f"matrix.to/#/{WORD_JOINER}%40sam:example.org"
    )


def test_safe_content_declares_no_mentions_and_drops_html():
    content = {
        "msgtype": "m.notice",
        "body": "@room",
        "format": "org.matrix.custom.html",
        "formatted_body": '<a href="https://matrix.to/#/@sam:x">Sam</a>',
        "m.new_content": {"msgtype": "m.notice", "body": "@room"},
    }
    safe = safe_content(content)
    assert safe["m.mentions"] == {} and safe["m.new_content"]["m.mentions"] == {}
    assert "formatted_body" not in safe and "format" not in safe
    assert "@room" not in safe["body"] and "@room" not in safe["m.new_content"]["body"]
    assert content["body"] == "@room"  # the caller's dict is left alone
