"""Edits and deletions of ordinary messages: the notes show what people see now,
and a deleted message's words leave the stored log."""

from __future__ import annotations

import json
import sqlite3

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation.minutes import build_minutes
from tests.conftest import ALICE, BOB, HOST, ROOM, START


async def _say(harness, actor, text, message_id):
    await harness.say(actor, text, source_id=message_id)


async def _edit(harness, actor, message_id, text, source_id):
    await harness.bot.dispatcher.dispatch(
        cmd.EditMessage(
            actor=actor, room=ROOM, source_id=source_id, message_id=message_id, text=text
        )
    )


async def _delete(harness, message_id, source_id):
    await harness.bot.dispatcher.dispatch(
        cmd.DeleteMessage(actor=cmd.SYSTEM, room=ROOM, source_id=source_id, message_id=message_id)
    )


def _stored_texts(database) -> str:
    with sqlite3.connect(database) as conn:
        return json.dumps(conn.execute("SELECT payload FROM events").fetchall())


async def test_the_notes_show_the_last_version_and_drop_deleted_messages(harness, database):
    await harness.say(HOST, START)
    await _say(harness, ALICE, "hello", "m0")
    await _say(harness, ALICE, "the forms are too long", "m1")
    await _say(harness, BOB, "my neighbours address is 4 Elm Road", "m2")
    await _edit(harness, ALICE, "m1", "the forms are far too long", "e1")
    await _delete(harness, "m2", "d1")
    events = await harness.bot.store.load_events(harness.state.workshop_id)
    notes = build_minutes(events, transcript=True)
    texts = [line.text for line in notes.transcript]
    assert "the forms are far too long" in texts
    assert "the forms are too long" not in texts
    assert not any("Elm Road" in t for t in texts)
    assert (notes.messages_edited, notes.messages_deleted) == (1, 1)
    # The deleted words are gone from the database itself, not just hidden.
    assert "Elm Road" not in _stored_texts(database)


async def test_deleting_a_flagged_message_removes_the_words_the_safety_flag_kept(harness, database):
    risk = "My dad hits me when he has been drinking and I am scared to go home"
    await harness.say(HOST, START)
    await _say(harness, BOB, "hello", "m0")
    await _say(harness, BOB, risk, "m1")
    events = await harness.bot.store.load_events(harness.state.workshop_id)
    [flag] = [e for e in events if isinstance(e, ev.SafeguardingFlagged)]
    assert flag.text == risk  # kept for the staff alert
    await _delete(harness, "m1", "d1")
    assert "scared to go home" not in _stored_texts(database)


async def test_an_edit_by_someone_who_opted_out_stores_no_words(harness, database):
    await harness.say(HOST, START)
    await _say(harness, ALICE, "hello", "m0")
    await harness.say(ALICE, "!optout")
    await _say(harness, ALICE, "first words", "m1")
    await _edit(harness, ALICE, "m1", "second words", "e1")
    assert "second words" not in _stored_texts(database)
    events = await harness.bot.store.load_events(harness.state.workshop_id)
    edited = [e for e in events if isinstance(e, ev.MessageEdited)]
    assert edited and edited[0].text is None


async def test_edits_and_deletions_in_a_room_without_a_workshop_are_ignored(harness):
    await _edit(harness, ALICE, "m1", "anything", "e1")
    await _delete(harness, "m1", "d1")
    assert harness.platform.sent == []
    assert await harness.bot.store.all_workshops() == []


async def test_a_deleted_disclosure_leaves_its_alert_without_its_words(harness, database):
    """Alerts carry the words (issue 20); deleting the message removes them there too."""
    await harness.say(HOST, START)
    await _say(harness, ALICE, "hello", "m0")
    disclosure = "My dad hits me when he has been drinking and I am scared to go home"
    await _say(harness, ALICE, disclosure, "m1")
    assert "scared to go home" in _stored_texts(database)
    await _delete(harness, "m1", "d1")
    assert "scared to go home" not in _stored_texts(database)
    events = await harness.bot.store.load_events(harness.state.workshop_id)
    [flag] = [e for e in events if isinstance(e, ev.SafeguardingFlagged)]
    assert flag.text is None and flag.message_id == "m1"
