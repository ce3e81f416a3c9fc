"""Edits and redactions of ordinary messages, on a real Synapse: the stored log
and the notes show what people see now."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from pathlib import Path

from facilitation import events as ev
from facilitation.minutes import build_minutes
from tests.matrix.helpers import OK, START, WAIT, Scene, command, wait_until


async def _events(scene: Scene) -> list[ev.Event]:
    state = scene.bot.state_in(scene.room)
    return await scene.bot.bot.store.load_events(state.workshop_id)


async def _wait_for_events(scene: Scene, wanted, what: str) -> list[ev.Event]:
    """The stored events, once `wanted(events)` holds."""
    deadline = time.monotonic() + WAIT
    while not wanted(found := await _events(scene)):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}: {found[-5:]}")
        await asyncio.sleep(0.1)
    return found


def _posted(events, message_id: str) -> bool:
    return any(isinstance(e, ev.MessagePosted) and e.message_id == message_id for e in events)


def _stored(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        return json.dumps(conn.execute("SELECT payload FROM events").fetchall())


async def test_edits_and_redactions_change_the_notes(scene: Scene, tmp_path: Path):
    room, alice, bob, host = scene.room, scene.alice, scene.bob, scene.host
    assert await command(scene, host, START) == OK
    await alice.say(room, "hello")  # a newcomer's first words are not kept
    await bob.say(room, "hello")
    await wait_until(lambda: len(scene.bot.state_in(room).people) >= 3, "alice and bob are known")
    forms = await alice.say(room, "the forms are too long")
    address = await bob.say(room, "my neighbours address is 4 Elm Road")
    kept = await alice.say(room, "breaks should be bookable online")
    await _wait_for_events(scene, lambda es: _posted(es, kept), "the messages are stored")

    # What must change nothing: bob "editing" alice's message (Matrix lets anyone
    # send an m.replace), an edit of a command, a redacted 👍, a redacted bot ✅.
    await bob.edit(room, forms, "bob rewrote alice")
    hand = await alice.say(room, "!hand")
    await wait_until(lambda: len(scene.bot.state_in(room).ordered_hands()) == 1, "alice's hand")
    await alice.edit(room, hand, "I meant something else")
    thumbs = await alice.react(room, kept, "\U0001f44d")
    await alice.redact(room, thumbs)
    _, ack = await host.wait(
        lambda _r, e: (
            e.get("sender") == scene.bot.user_id
            and e.get("type") == "m.reaction"
            and e["content"]["m.relates_to"]["event_id"] == hand
        ),
        "the bot's ✅ on !hand",
    )
    await host.redact(room, ack["event_id"])

    # What changes the notes: alice edits her message twice; bob redacts his.
    await alice.edit(room, forms, "the forms are far too long")
    last_edit = await alice.edit(room, forms, "the forms are far too long and confusing")
    redaction = await bob.redact(room, address)
    events = await _wait_for_events(
        scene,
        lambda es: (
            any(isinstance(e, ev.MessageDeleted) for e in es)
            and sum(isinstance(e, ev.MessageEdited) for e in es) >= 2
        ),
        "the edits and the deletion are stored",
    )

    edited = [e for e in events if isinstance(e, ev.MessageEdited)]
    assert [(e.message_id, e.person_id, e.text) for e in edited] == [
        (forms, f"matrix:{alice.user_id}", "the forms are far too long"),
        (forms, f"matrix:{alice.user_id}", "the forms are far too long and confusing"),
    ]
    deleted = [e for e in events if isinstance(e, ev.MessageDeleted)]
    assert [e.message_id for e in deleted] == [address]
    assert len(scene.bot.state_in(room).ordered_hands()) == 1  # the ✋ was not touched

    notes = build_minutes(events, transcript=True)
    texts = [line.text for line in notes.transcript]
    assert "the forms are far too long and confusing" in texts
    assert "the forms are too long" not in texts
    assert "breaks should be bookable online" in texts
    assert not any("Elm Road" in t or "bob rewrote" in t for t in texts)
    assert (notes.messages_edited, notes.messages_deleted) == (1, 1)
    stored = _stored(tmp_path / "workshop.db")
    assert "Elm Road" not in stored
    assert "bob rewrote alice" not in stored and "I meant something else" not in stored

    # The same edit and redaction delivered again (a sync after a crash) change nothing.
    for event_id in (last_edit, redaction):
        fetched = await alice.client.room_get_event(room, event_id)
        await scene.bot.adapter._handle_event(
            room, fetched.event.source, scene.bot.bot.dispatcher.handle_text
        )
    assert await _events(scene) == events
