"""The chat-only fast path (bot/bus.py `Bus.chat`, taken by `Dispatcher.handle_text`
for a chat message) against the general way (`Bus.dispatch`), through the real bot
(dispatcher, bus, core, SQLite store) over a fake platform.

The same mixed stream (ordinary chat, safeguarding disclosures alone and spread over
one person's messages, a complaint, drift, commands, an edit, a repeat of a message
already handled, words that are not a command, a room with no workshop) goes through
a bot with the fast path and through one without it; the stored events (in log
order), the audit rows, the outcomes and everything the platform was asked to do must
be the same, in the same order. A dropped, doubled or reordered message, alert or
effect makes them differ. No test looks at a clock: time is a ManualClock."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass

import pytest

from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from facilitation import commands as cmd
from facilitation import words
from tests.conftest import HOST, START, settings_for
from tests.fakes import FakePlatform

ROOMS = [f"test:chat-{n}" for n in range(3)]
NOBODY_HERE = "test:no-workshop"
ALICE = cmd.Actor("test:alice", "Alice")
BOB = cmd.Actor("test:bob", "Bob")
CAROL = cmd.Actor("test:carol", "Carol")
PEOPLE = (ALICE, BOB, CAROL)

# (who, what they type). Chat on scope and off it (the bins, again and again: drift),
# a complaint, a disclosure in one message and one spread over two (read together),
# commands between them, someone opting out and talking on, words that are no command.
STREAM: tuple[tuple[cmd.Actor, str], ...] = (
    (ALICE, "The respite form kept timing out when I tried to book"),
    (BOB, "Could the booking form save a draft?"),
    (ALICE, "!hand"),
    (CAROL, "The bins in our street have not been collected for weeks"),
    (CAROL, "And the bins were left open again on Tuesday"),
    (BOB, "The bins smell and the council never empties them"),
    (HOST, "!next"),
    (BOB, "I want to make a complaint about how I was treated"),
    (CAROL, "He hits me when he has been drinking and I am scared to go home"),
    (ALICE, "Good point"),
    (BOB, "!optout"),
    (BOB, "My mum needs someone who knows her medication"),
    (ALICE, "I have not been eating"),
    (ALICE, "and I feel like giving up on everything"),
    (CAROL, "!hnad"),
    (HOST, "!queue"),
    (CAROL, "Thanks, that makes sense"),
    (BOB, "   "),
    (ALICE, "Is there a waiting list for the overnight breaks?"),
)


@dataclass
class Run:
    events: list[tuple]
    audits: list[tuple]
    sent: list[tuple]
    outcomes: list[tuple]
    plain: int  # chat messages that took the fast path


async def _run(database, *, fast: bool, rooms_at_once: bool) -> Run:
    platform, clock = FakePlatform(), ManualClock()
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=ManualTimers(clock))
    d = bot.dispatcher
    d.chat_fast_path = fast
    plain = 0
    chat = d.bus._chat

    async def counted(*args, **kwargs):
        nonlocal plain
        plain += 1
        return await chat(*args, **kwargs)

    d.bus._chat = counted  # type: ignore[method-assign]
    outcomes: list[tuple] = []

    async def typed(room: str, n: int, who: cmd.Actor, text: str, source_id: str = "") -> None:
        outcome = await d.handle_text(
            text, actor=who, room=room, source_id=source_id or f"{room}/{n}"
        )
        outcomes.append((room, n, outcome.accepted, outcome.replies))

    async def talk(room: str) -> None:
        await typed(room, -1, HOST, START)
        for person in PEOPLE:
            await typed(room, -2, person, "hello", source_id=f"{room}/hello/{person.id}")
        for n, (who, text) in enumerate(STREAM):
            await typed(room, n, who, text)
            if n == 3:  # the same message delivered again (a restart's catch-up, say)
                await typed(room, n, who, text)
            if n == 4:  # an edit, through the command handler
                edit = cmd.EditMessage(
                    actor=CAROL,
                    room=room,
                    source_id=f"{room}/edit",
                    message_id=f"{room}/4",
                    text="And the bins were left open again on Wednesday",
                )
                outcome = await d.dispatch(edit)
                outcomes.append((room, n, outcome.accepted, outcome.replies))
        await typed(NOBODY_HERE, 0, ALICE, f"chat where no workshop runs, after {room}")

    try:
        if rooms_at_once:
            await asyncio.gather(*(talk(room) for room in ROOMS))
        else:
            for room in ROOMS:
                await talk(room)
    finally:
        await bot.close()
    with sqlite3.connect(database) as conn:
        rows = conn.execute(
            "SELECT w.room, e.seq, e.source_id, e.type, e.payload, e.actor_id, e.recorded_at"
            " FROM events e JOIN workshops w ON w.id = e.workshop_id ORDER BY e.id"
        ).fetchall()
        audits = conn.execute(
            "SELECT w.room, a.actor_id, a.action, a.outcome, a.detail"
            " FROM audit a LEFT JOIN workshops w ON w.id = a.workshop_id ORDER BY a.id"
        ).fetchall()
        ids = conn.execute("SELECT id, room FROM workshops").fetchall()

    def same_ids(text: str) -> str:  # workshop ids are random: named by their room
        for workshop_id, room in ids:
            text = text.replace(workshop_id, room)
        return text

    events = [tuple(same_ids(str(v)) for v in row) for row in rows]
    audit_rows = [tuple(same_ids(str(v)) for v in row) for row in audits]
    sent = [(s.kind, s.target, same_ids(s.text), s.ref) for s in platform.sent]
    return Run(events, audit_rows, sent, outcomes, plain)


def _per_room(items: list[tuple], where: int = 0) -> dict[str, list[tuple]]:
    """Rooms at once interleave differently on each way (they await at different
    points): what must match is each room's (and each person's) own order."""
    grouped: dict[str, list[tuple]] = {}
    for item in items:
        grouped.setdefault(item[where], []).append(item)
    return grouped


async def test_one_at_a_time_the_fast_path_stores_and_sends_exactly_what_the_general_way_does(
    tmp_path,
):
    general = await _run(tmp_path / "general.db", fast=False, rooms_at_once=False)
    fast = await _run(tmp_path / "fast.db", fast=True, rooms_at_once=False)
    assert general.plain == 0
    assert fast.plain >= len(ROOMS) * 6  # chat took the fast path
    assert fast.events == general.events  # every event, in log order
    assert fast.audits == general.audits
    assert fast.sent == general.sent  # every post, edit and private message, in order
    assert fast.outcomes == general.outcomes
    # The stream does what it is there for: alerts, a redirect, a complaint pointer.
    kinds = {row[3] for row in general.events}
    assert {"SafeguardingFlagged", "DriftRedirected", "ConcernRaised", "MessageEdited"} <= kinds
    assert any(kind == "private" for kind, *_ in general.sent)


async def test_rooms_at_once_the_fast_path_keeps_each_rooms_events_and_messages_in_order(
    tmp_path,
):
    general = await _run(tmp_path / "general.db", fast=False, rooms_at_once=True)
    fast = await _run(tmp_path / "fast.db", fast=True, rooms_at_once=True)
    assert fast.plain >= len(ROOMS) * 6
    assert _per_room(fast.events) == _per_room(general.events)
    assert sorted(fast.audits) == sorted(general.audits)
    assert _per_room(fast.sent, where=1) == _per_room(general.sent, where=1)
    assert sorted(fast.outcomes, key=repr) == sorted(general.outcomes, key=repr)


async def _chat_bot(database):
    platform, clock = FakePlatform(), ManualClock()
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=ManualTimers(clock))
    d = bot.dispatcher
    await d.handle_text(START, actor=HOST, room=ROOMS[0], source_id="start")
    return bot, d, platform


async def test_a_chat_message_is_committed_when_handle_text_returns(tmp_path):
    """The fast path still commits each message before answering: another connection
    (another process, a reader after a kill) sees it at once."""
    database = tmp_path / "fast.db"
    bot, d, _ = await _chat_bot(database)
    try:
        for n, (who, text) in enumerate(STREAM[:2] + STREAM[3:6]):
            await d.handle_text(text, actor=who, room=ROOMS[0], source_id=f"m{n}")
            with sqlite3.connect(database) as other:
                found = other.execute("SELECT count(*) FROM events WHERE source_id = ?", (f"m{n}",))
                assert found.fetchone() == (1,)
    finally:
        await bot.close()


# The events table refuses one message's row, as a full disk would; a trigger is
# SQLite's own way to fail an insert (https://sqlite.org/lang_createtrigger.html#raise).
_BREAK_ONE_MESSAGE = (
    "CREATE TRIGGER no_such_row BEFORE INSERT ON events WHEN NEW.payload LIKE '%unlucky%'"
    " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"
)


@pytest.mark.parametrize("fast", [True, False])
async def test_a_chat_message_that_cannot_be_stored_changes_nothing_and_the_person_is_told(
    tmp_path, fast
):
    database = tmp_path / "broken.db"
    bot, d, platform = await _chat_bot(database)
    d.chat_fast_path = fast
    try:
        await d.handle_text("first", actor=ALICE, room=ROOMS[0], source_id="m1")
        before = d.state_in(ROOMS[0])
        with sqlite3.connect(database) as conn:
            conn.execute(_BREAK_ONE_MESSAGE)
        outcome = await d.handle_text("an unlucky one", actor=ALICE, room=ROOMS[0], source_id="m2")
        assert not outcome.accepted
        assert d.state_in(ROOMS[0]) is before  # nothing changed
        told = platform.of_kind("private")[-1]
        assert (told.target, told.text) == (ALICE.id, words.something_went_wrong())
        await d.handle_text("and on we go", actor=ALICE, room=ROOMS[0], source_id="m3")
    finally:
        await bot.close()
    with sqlite3.connect(database) as conn:
        stored = conn.execute("SELECT source_id FROM events WHERE type = 'MessagePosted'")
        # (Alice's first message is two events: she joins, then says it.)
        assert [sid for (sid,) in stored] == ["m1#1", "m3"]


async def _broken_after_commit(database, monkeypatch, fast: bool) -> tuple:
    bot, d, platform = await _chat_bot(database)
    d.chat_fast_path = fast
    try:
        await d.handle_text("first", actor=ALICE, room=ROOMS[0], source_id="m1")

        def broken(*args, **kwargs):
            raise RuntimeError("the scheduler is gone")

        with monkeypatch.context() as patch:
            patch.setattr(d.bus.timers, "sync", broken)
            outcome = await d.handle_text("a second", actor=ALICE, room=ROOMS[0], source_id="m2")
        after = await d.handle_text("and a third", actor=BOB, room=ROOMS[0], source_id="m3")
    finally:
        await bot.close()
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT source_id, type FROM events ORDER BY id").fetchall()
    # A failure report's source id is a fresh uuid each time (bot/executor.py).
    stored = [(sid.split(":")[0], kind) for sid, kind in rows]
    sent = [(s.kind, s.target, s.text) for s in platform.sent]
    return stored, sent, (outcome.accepted, outcome.replies), (after.accepted, after.replies)


async def test_a_chat_message_that_breaks_after_its_commit_is_handled_as_the_general_way_does(
    tmp_path, monkeypatch
):
    """The break comes after the commit (re-arming the timers, the step after it):
    both ways store the message and do, tell and answer the same afterwards (what
    that is, bus._record's business, is tested in tests/test_bus.py)."""
    general = await _broken_after_commit(tmp_path / "general.db", monkeypatch, fast=False)
    fast = await _broken_after_commit(tmp_path / "fast.db", monkeypatch, fast=True)
    assert fast == general
    assert ("m2", "MessagePosted") in general[0] and ("m3#1", "MessagePosted") in general[0]
