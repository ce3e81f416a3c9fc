"""Edits and deletions of ordinary messages, through the fake gateway
(MESSAGE_UPDATE, MESSAGE_DELETE, MESSAGE_DELETE_BULK) and discord.py's own
parsers: the stored log and the notes show what people see now."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation.minutes import build_minutes
from tests.discord.conftest import Scene


async def _events(scene: Scene) -> list[ev.Event]:
    return await scene.bot.store.load_events(scene.state.workshop_id)


def _of(events, kind) -> list:
    return [e for e in events if isinstance(e, kind)]


def _stored(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        return json.dumps(conn.execute("SELECT payload FROM events").fetchall())


async def _started_with_chat(scene: Scene) -> None:
    await scene.start()
    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")  # a newcomer's first words are not kept


async def test_edits_and_deletions_change_the_notes(scene: Scene, tmp_path: Path):
    await _started_with_chat(scene)
    forms = await scene.say(scene.alice, "the forms are too long")
    address = await scene.say(scene.bob, "my neighbours address is 4 Elm Road")
    kept = await scene.say(scene.carol, "breaks should be bookable online")

    await scene.edit(forms, "the forms are far too long")
    await scene.edit(forms, "the forms are far too long and confusing")
    await scene.delete(address)

    events = await _events(scene)
    alice = f"discord:{scene.alice}"
    assert [(e.message_id, e.person_id, e.text) for e in _of(events, ev.MessageEdited)] == [
        (f"discord:{forms}", alice, "the forms are far too long"),
        (f"discord:{forms}", alice, "the forms are far too long and confusing"),
    ]
    assert [e.message_id for e in _of(events, ev.MessageDeleted)] == [f"discord:{address}"]
    notes = build_minutes(events, transcript=True)
    texts = [line.text for line in notes.transcript]
    assert "the forms are far too long and confusing" in texts
    assert "the forms are too long" not in texts
    assert "breaks should be bookable online" in texts
    assert not any("Elm Road" in t for t in texts)
    assert (notes.messages_edited, notes.messages_deleted) == (1, 1)
    assert "Elm Road" not in _stored(tmp_path / "workshop.db")

    # The same gateway events again (a resumed session replays them): one effect.
    replayed = [e for e in scene.fake.events if e[0] in ("MESSAGE_UPDATE", "MESSAGE_DELETE")]
    for name, data in replayed:
        scene.fake.emit(name, data)
    await scene.settle()
    assert await _events(scene) == events
    assert kept


async def test_updates_that_are_not_edits_of_ordinary_messages_change_nothing(scene: Scene):
    await _started_with_chat(scene)
    words = await scene.say(scene.alice, "the forms are too long")
    hand = await scene.say(scene.alice, "!hand")
    status = await scene.say(scene.carol, "!status")
    assert len(scene.state.ordered_hands()) == 1
    before = await _events(scene)

    await scene.edit(words, embeds=[{"type": "link", "url": "https://example.org"}])
    await scene.edit(words, pinned=True)
    await scene.edit(hand, "I meant something else")  # an edit of a command
    await scene.edit(words, "!lower")  # an edit never runs a command
    await scene.delete(status)  # a command is not an ordinary message
    await scene.delete(scene.queue_message())  # nor is the bot's own
    # The bot's own edits of the queue message come back as MESSAGE_UPDATE too.
    await scene.slash(scene.bob, "hand")

    after = await _events(scene)
    assert not _of(after, ev.MessageEdited) and not _of(after, ev.MessageDeleted)
    assert len(scene.state.ordered_hands()) == 2
    assert len(after) > len(before)


async def test_messages_discord_py_no_longer_holds_are_still_edited_and_deleted(scene: Scene):
    await _started_with_chat(scene)
    forms = await scene.say(scene.alice, "the forms are too long")
    address = await scene.say(scene.bob, "my neighbours address is 4 Elm Road")
    other = await scene.say(scene.carol, "breaks should be bookable online")
    scene.adapter.client._connection._messages.clear()  # as after a restart

    await scene.edit(other, embeds=[{"type": "link", "url": "https://example.org"}])  # not edited
    await scene.edit(forms, "the forms are far too long")
    await scene.delete(address)

    events = await _events(scene)
    assert [(e.message_id, e.text) for e in _of(events, ev.MessageEdited)] == [
        (f"discord:{forms}", "the forms are far too long")
    ]
    assert [e.message_id for e in _of(events, ev.MessageDeleted)] == [f"discord:{address}"]


async def test_a_purge_deletes_each_message(scene: Scene):
    await _started_with_chat(scene)
    first = await scene.say(scene.alice, "first words")
    second = await scene.say(scene.bob, "second words")
    scene.fake.delete_bulk(scene.channel, [first, second])
    await scene.settle()
    events = await _events(scene)
    assert sorted(e.message_id for e in _of(events, ev.MessageDeleted)) == sorted(
        [f"discord:{first}", f"discord:{second}"]
    )
    texts = [line.text for line in build_minutes(events, transcript=True).transcript]
    assert "first words" not in texts and "second words" not in texts


async def test_the_commands_name_the_message_and_a_deletion_is_the_systems(scene: Scene):
    seen: list[cmd.Command] = []
    dispatch = scene.bot.dispatcher.dispatch

    async def spy(command: cmd.Command) -> bool:
        seen.append(command)
        return await dispatch(command)

    await _started_with_chat(scene)  # /start is a typed command too: not spied on
    scene.adapter.deliver_commands_to(spy)
    said = await scene.say(scene.alice, "the forms are too long")
    await scene.edit(said, "the forms are far too long")
    await scene.delete(said)
    edit, delete = seen
    assert isinstance(edit, cmd.EditMessage) and isinstance(delete, cmd.DeleteMessage)
    assert (edit.message_id, edit.room, edit.actor.id) == (
        f"discord:{said}",
        scene.room,
        f"discord:{scene.alice}",
    )
    assert edit.source_id.startswith(f"discord:edit:{said}:")
    assert (delete.message_id, delete.source_id, delete.actor) == (
        f"discord:{said}",
        f"discord:delete:{said}",
        cmd.SYSTEM,
    )
