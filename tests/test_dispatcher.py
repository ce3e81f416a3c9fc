"""The dispatcher with the real core and a real SQLite store, over a recording platform."""

from __future__ import annotations

import asyncio
import dataclasses

from adapters.base import Capability
from facilitation import commands as cmd
from facilitation import words
from tests.conftest import ALICE, BOB, HOST, ROOM, START


async def test_start_sets_the_scene_and_pins_one_queue_message(harness):
    await harness.say(HOST, START)
    posts = harness.platform.texts("post")
    assert "booking a short break" in posts[0]
    assert "optout" in posts[0]
    assert posts[1].startswith("Speaker queue")
    assert [s.ref for s in harness.platform.of_kind("pin")] == ["msg-2"]
    assert harness.state.queue_message_ref == "msg-2"


async def test_queue_changes_edit_the_pinned_message_in_place(harness):
    await harness.say(HOST, START)
    await harness.say(ALICE, "!hand")
    await harness.say(BOB, "!hand")
    await harness.say(ALICE, "!lower")
    edits = harness.platform.of_kind("edit")
    assert [e.ref for e in edits] == ["msg-2"] * 3
    assert "1. Bob" in edits[-1].text and "Alice" not in edits[-1].text
    queue_posts = [t for t in harness.platform.texts("post") if t.startswith("Speaker queue")]
    assert len(queue_posts) == 1


async def test_same_source_id_twice_has_one_effect(harness, database):
    await harness.say(HOST, START)
    await harness.say(ALICE, "!hand", source_id="event-1")
    await harness.say(ALICE, "!hand", source_id="event-1")
    assert len(harness.state.hands) == 1
    events = await harness.bot.store.load_events(harness.state.workshop_id)
    assert [type(e).__name__ for e in events].count("HandRaised") == 1
    # The repeat was not refused either ("your hand is already up"): it was simply skipped.
    assert not any("already up" in t for t in harness.platform.texts("private"))


async def test_refusal_is_private_plain_audited_and_changes_nothing(harness):
    await harness.say(HOST, START)
    await harness.say(ALICE, "!hand")
    before = harness.state
    await harness.say(BOB, "!next")
    assert harness.state == before
    private = harness.platform.of_kind("private")[-1]
    assert private.target == BOB.id
    assert private.text == words.only_staff("call the next speaker")
    audit = await harness.bot.store.audit_rows(before.workshop_id)
    assert [(a["actor_id"], a["action"], a["outcome"]) for a in audit][-1] == (
        BOB.id,
        "CallNext",
        "denied",
    )


async def test_parse_errors_answer_privately_and_store_nothing(harness):
    await harness.say(HOST, START)
    count = len(await harness.bot.store.load_events(harness.state.workshop_id))
    await harness.say(ALICE, "!dance")
    assert harness.platform.of_kind("private")[-1].text == words.unknown_command("!", "dance")
    assert len(await harness.bot.store.load_events(harness.state.workshop_id)) == count


async def test_failed_effect_is_told_to_the_facilitator_in_words(harness):
    await harness.say(HOST, START)
    harness.platform.fail_on.add("post")
    await harness.say(HOST, "!topic Transport")
    reports = [s for s in harness.platform.of_kind("private") if s.target == HOST.id]
    assert reports and reports[-1].text.startswith("Something went wrong: I could not post")
    assert harness.state.effect_failures == 1
    # The minutes item itself was committed before the effect ran.
    assert [m.text for m in harness.state.minutes] == ["Transport"]


async def test_queue_message_deleted_is_posted_again(harness):
    await harness.say(HOST, START)
    harness.platform.fail_on.add("edit")
    await harness.say(ALICE, "!hand")
    assert harness.state.queue_message_ref == "msg-3"
    assert [s.ref for s in harness.platform.of_kind("pin")] == ["msg-2", "msg-3"]


async def test_timebox_warning_and_time_up_fire_once(harness):
    await harness.say(HOST, START)
    await harness.say(HOST, "!timebox 2m")
    await harness.say(ALICE, "!hand")
    await harness.say(HOST, "!next")
    await harness.timers.advance(89)
    assert words.time_nearly_up("Alice", 30) not in harness.platform.texts("post")
    await harness.timers.advance(1)
    await harness.timers.advance(30)
    posts = harness.platform.texts("post")
    assert posts.count(words.time_nearly_up("Alice", 30)) == 1
    assert posts.count(words.time_up("Alice")) == 1
    assert harness.timers.armed == {}


async def test_workshops_in_different_rooms_are_independent(harness):
    await harness.say(HOST, START)
    other = "test:other"
    await harness.bot.dispatcher.handle_text(
        "!start Day services | scope: day centres | complaints: call 0456",
        actor=HOST,
        room=other,
        source_id="other-1",
    )
    first = harness.bot.dispatcher.state_in(ROOM)
    second = harness.bot.dispatcher.state_in(other)
    assert first.workshop_id != second.workshop_id
    assert second.title == "Day services"


async def test_concurrent_commands_in_one_room_are_serialised(harness):
    await harness.say(HOST, START)
    people = [cmd.Actor(f"test:p{i}", f"Person {i}") for i in range(20)]
    await asyncio.gather(*(harness.say(p, "!hand") for p in people))
    assert len(harness.state.hands) == 20
    events = await harness.bot.store.load_events(harness.state.workshop_id)
    replayed = await harness.bot.dispatcher.replay(harness.state.workshop_id)
    assert replayed == harness.state
    assert len(events) == 2 + 40  # start, queue message, then a join and a hand each


async def test_chat_without_a_workshop_is_ignored(harness):
    await harness.say(ALICE, "hello, is anyone here?")
    assert harness.platform.sent == []
    assert await harness.bot.store.all_workshops() == []


async def test_end_then_start_again_makes_a_new_workshop(harness):
    await harness.say(HOST, START)
    first = harness.state.workshop_id
    await harness.say(HOST, "!end")
    assert harness.state is None
    await harness.say(HOST, START)
    assert harness.state.workshop_id != first
    rows = await harness.bot.store.all_workshops()
    assert [r.status for r in rows] == ["ended", "running"]
    assert ROOM in {r.room for r in rows}


async def test_a_report_after_the_workshop_ended_is_dropped_quietly(harness):
    await harness.say(HOST, START)
    harness.platform.fail_on.add("edit")  # the end's queue edit fails and posts anew
    await harness.say(HOST, "!end")
    await harness.say(HOST, START)  # the bot carries on
    assert harness.state.title == "Carers' breaks"


async def test_floor_control_is_lifted_when_the_workshop_ends(harness):
    await harness.say(HOST, START)
    await harness.say(HOST, "!floor on")
    await harness.say(ALICE, "!hand")
    await harness.say(HOST, "!next")
    assert harness.platform.of_kind("floor")[-1].text == f"{ALICE.id},{HOST.id}"
    await harness.say(HOST, "!end")
    assert harness.platform.of_kind("floor")[-1].text == ""


async def test_when_pinning_fails_the_queue_message_is_still_edited_in_place(harness):
    harness.platform.fail_on.add("pin")
    await harness.say(HOST, START)
    await harness.say(ALICE, "!hand")
    await harness.say(BOB, "!hand")
    queue_posts = [t for t in harness.platform.texts("post") if t.startswith("Speaker queue")]
    assert len(queue_posts) == 1
    assert len(harness.platform.of_kind("edit")) == 2
    to_host = [s.text for s in harness.platform.of_kind("private") if s.target == HOST.id]
    assert any("pin the speaker queue message" in t for t in to_host)


async def test_a_shared_item_is_posted_and_pinned_beside_the_queue(harness):
    await harness.say(HOST, START)
    await harness.say(HOST, "!share Slides | https://example.org/slides")
    shared = [s for s in harness.platform.of_kind("post") if "example.org/slides" in s.text]
    assert [s.ref for s in harness.platform.of_kind("pin_item")] == [shared[0].ref]
    assert harness.state.pinned_materials == (shared[0].ref,)  # the core knows it is pinned
    assert harness.state.queue_message_ref == "msg-2"  # the queue message stays the queue


async def test_a_refused_pin_of_a_shared_item_is_told_and_the_share_counts(harness):
    harness.platform.fail_on.add("pin_item")
    await harness.say(HOST, START)
    await harness.say(HOST, "!share Slides | https://example.org/slides")
    assert any("example.org/slides" in t for t in harness.platform.texts("post"))
    assert harness.state.materials == (("Slides", "https://example.org/slides"),)
    to_host = [s.text for s in harness.platform.of_kind("private") if s.target == HOST.id]
    assert any("pin the shared item" in t for t in to_host)
    assert harness.state.pinned_materials == ()


async def test_a_new_limit_counts_from_when_it_is_set(harness):
    await harness.say(HOST, START)
    await harness.say(ALICE, "!hand")
    await harness.say(HOST, "!next")
    await harness.timers.advance(600)  # Alice has spoken for 10 minutes
    await harness.say(HOST, "!timebox 2m")
    posts = harness.platform.texts("post")
    assert words.time_up("Alice") not in posts
    await harness.timers.advance(90)
    assert words.time_nearly_up("Alice", 30) in harness.platform.texts("post")


async def test_changing_the_limit_while_a_timer_fires_does_not_end_the_turn_early(harness):
    await harness.say(HOST, START)
    await harness.say(HOST, "!timebox 2m")
    await harness.say(ALICE, "!hand")
    await harness.say(HOST, "!next")
    old_end = next(t for t in harness.timers.armed.values() if t.kind == "timebox-end")
    await harness.timers.advance(100)
    await harness.say(HOST, "!timebox 5m")
    # The old end timer was already on its way when the limit changed.
    await harness.bot.dispatcher.fire(old_end)
    assert words.time_up("Alice") not in harness.platform.texts("post")
    await harness.timers.advance(300)
    assert harness.platform.texts("post").count(words.time_up("Alice")) == 1


async def test_a_newcomers_first_message_is_not_kept_before_the_consent_notice(harness):
    await harness.say(HOST, START)
    await harness.say(ALICE, "my private health detail")
    await harness.say(ALICE, "a second point")
    log = await harness.bot.store.load_events(harness.state.workshop_id)
    texts = [e.text for e in log if type(e).__name__ == "MessagePosted"]
    assert texts == [None, "a second point"]


async def test_without_private_messages_replies_are_addressed_in_the_room(harness):
    harness.platform.capabilities = frozenset()
    await harness.say(HOST, START)
    await harness.say(BOB, "!next")
    assert harness.platform.texts("post")[-1] == "For Bob: " + words.only_staff(
        "call the next speaker"
    )


async def test_an_unexpected_error_is_told_and_the_bot_carries_on(harness, monkeypatch):
    await harness.say(HOST, START)

    async def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(harness.bot.store, "append", broken)
    await harness.say(ALICE, "!hand")
    assert harness.platform.of_kind("private")[-1].text == words.something_went_wrong()
    assert harness.state.hands == ()
    monkeypatch.undo()
    await harness.say(ALICE, "!hand")
    assert len(harness.state.hands) == 1


async def test_a_facilitator_gets_the_notes_privately_even_after_the_end(harness):
    await harness.say(HOST, START)
    await harness.say(ALICE, "!idea a phone line for booking")
    await harness.say(ALICE, "!export md")
    assert harness.platform.of_kind("file") == []  # participants cannot export
    await harness.say(HOST, "!end")
    await harness.say(HOST, "!export md")
    [sent] = harness.platform.of_kind("file")
    assert sent.target == HOST.id and sent.text.endswith(".md")
    notes = harness.platform.files[sent.text].decode()
    assert "a phone line for booking" in notes and "Alice" not in notes  # pseudonymised
    rows = await harness.bot.store.audit_rows()
    assert [r["outcome"] for r in rows if r["action"] == "NotesRequested"] == ["ok"]
    assert [r["outcome"] for r in rows if r["action"] == "ExportNotes"] == ["denied"]


async def test_export_all_in_chat_sends_one_file_per_format(harness):
    await harness.say(HOST, START)
    await harness.say(ALICE, "!idea a phone line for booking")
    await harness.say(HOST, "!export all")
    sent = harness.platform.of_kind("file")
    assert sorted(f.text.rsplit(".", 1)[1] for f in sent) == ["csv", "docx", "html", "json", "md"]
    assert {f.target for f in sent} == {HOST.id}


async def test_export_is_in_the_facilitators_help(harness):
    await harness.say(HOST, START)
    await harness.say(HOST, "!help")
    assert "!export md|html|docx|csv|json|all" in harness.platform.of_kind("private")[-1].text


async def test_without_files_the_facilitator_is_told_in_words(harness):
    harness.platform.capabilities = harness.platform.capabilities - {Capability.FILES}
    await harness.say(HOST, START)
    await harness.say(HOST, "!export html")
    told = harness.platform.of_kind("private")[-1].text
    assert told.startswith("Something went wrong: I could not send the notes to Host")
    assert "workshop-bot export" in told


async def test_long_messages_are_split_under_the_platforms_limit(harness):
    harness.platform.max_message_chars = 200
    await harness.say(HOST, START)
    scene = [t for t in harness.platform.texts("post") if not t.startswith("Speaker queue")]
    assert len(scene) > 1 and all(len(part) <= 200 for part in scene)
    assert "".join(scene).replace("\n", "").startswith("Welcome to the workshop")
    assert "optout" in "".join(scene)


def test_split_message_keeps_every_character_of_long_lines():
    from bot.executor import split_message

    text = "short line\n" + "x" * 450 + "\nend"
    parts = split_message(text, 100)
    assert all(len(p) <= 100 for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


async def test_many_rooms_writing_at_once_lose_nothing(database):
    """Rooms are served concurrently; their transactions must wait, never fail."""
    from bot.bootstrap import bootstrap
    from bot.simulation import ManualClock, ManualTimers
    from tests.conftest import settings_for
    from tests.fakes import FakePlatform

    clock = ManualClock()
    bot = await bootstrap(settings_for(database), FakePlatform(), timers=ManualTimers(clock))
    rooms = [f"test:room-{n}" for n in range(30)]

    async def run_room(room: str) -> None:
        start = "!start Breaks | scope: booking a short break | complaints: call 0123"
        await bot.dispatcher.handle_text(start, actor=HOST, room=room, source_id=f"{room}-0")
        for n in range(40):
            person = cmd.Actor(f"test:p{n}", f"Person {n}")
            text = "!hand" if n % 2 else f"a point from person {n}"
            await bot.dispatcher.handle_text(
                text, actor=person, room=room, source_id=f"{room}-{n + 1}"
            )

    await asyncio.gather(*(run_room(room) for room in rooms))
    for room in rooms:
        state = bot.dispatcher.state_in(room)
        assert len(state.hands) == 20, room
        events = await bot.store.load_events(state.workshop_id)
        assert sum(type(e).__name__ == "MessagePosted" for e in events) == 20, room
    await bot.close()


async def test_notes_that_cannot_be_made_are_not_blamed_on_permissions(harness, monkeypatch):
    from bot.export import FORMATS

    def broken(minutes):
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setitem(FORMATS, "docx", dataclasses.replace(FORMATS["docx"], render=broken))
    await harness.say(HOST, START)
    await harness.say(HOST, "!export docx")
    told = harness.platform.of_kind("private")[-1].text
    assert told.startswith("Something went wrong: I could not send the notes to Host")
    assert "The docx file of the notes could not be made" in told
    assert "permission" not in told
    assert harness.platform.of_kind("file") == []
