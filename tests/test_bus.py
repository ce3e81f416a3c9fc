"""The bus (bot/bus.py) over the real core and a real SQLite store: one unit of work
per command (events and audit rows commit together or not at all), and the `Outcome`
a caller gets back."""

from __future__ import annotations

import sqlite3

from facilitation import commands as cmd
from facilitation import words
from facilitation.effects import SendPrivate
from tests.conftest import ALICE, BOB, HOST, ROOM, START

# The audit table refuses every row, as a full disk or a broken table would; a
# trigger is SQLite's own way to fail an insert (RAISE(ABORT) rolls the statement
# back and fails it: https://sqlite.org/lang_createtrigger.html#raise).
_BREAK_AUDIT = (
    "CREATE TRIGGER no_audit BEFORE INSERT ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit table is broken'); END"
)


def _sql(database, statement: str) -> list:
    with sqlite3.connect(database) as conn:
        return conn.execute(statement).fetchall()


def _event_types(database) -> list[str]:
    return [t for (t,) in _sql(database, "SELECT type FROM events ORDER BY id")]


async def test_events_are_never_stored_without_their_audit_row(harness, database):
    await harness.say(HOST, START)
    workshop = harness.state.workshop_id
    _sql(database, _BREAK_AUDIT)

    await harness.say(ALICE, "!hand")  # no audit row: stored as ever
    assert [h.person_id for h in harness.state.hands] == [ALICE.id]
    await harness.say(HOST, "!end", source_id="end-1")  # WorkshopEnded has an audit row

    assert "WorkshopEnded" not in _event_types(database)  # neither was stored
    assert harness.state is not None and harness.state.workshop_id == workshop  # still on
    told = harness.platform.of_kind("private")[-1]
    assert (told.target, told.text) == (HOST.id, words.something_went_wrong())

    _sql(database, "DROP TRIGGER no_audit")
    await harness.say(HOST, "!end", source_id="end-2")
    assert harness.state is None
    assert _event_types(database)[-1] == "WorkshopEnded"
    rows = await harness.bot.store.audit_rows(workshop)
    assert [r["action"] for r in rows] == ["WorkshopStarted", "WorkshopEnded"]


async def test_the_outcome_carries_what_answered_the_person(harness):
    bus = harness.bot.dispatcher.bus
    await harness.say(HOST, START)

    def command(kind, actor, n, **fields):
        return kind(actor=actor, room=ROOM, source_id=f"outcome-{n}", **fields)

    raised = await bus.dispatch(command(cmd.RaiseHand, ALICE, 1))
    assert raised.accepted
    # A newcomer: welcomed privately, then told where their hand is.
    texts = [r.text for r in raised.replies if isinstance(r, SendPrivate)]
    assert len(texts) == 2 and texts[0].startswith("Hello Alice")
    assert texts[1] == words.hand_is_up(1)

    refused = await bus.dispatch(command(cmd.CallNext, BOB, 2))
    assert not refused.accepted
    assert [(r.person_id, r.text) for r in refused.replies] == [
        (BOB.id, words.only_staff("call the next speaker"))
    ]

    unclear = await harness.bot.dispatcher.run_text(
        "!breakout soon", actor=HOST, room=ROOM, source_id="outcome-3"
    )
    assert not unclear.accepted
    [why] = unclear.replies
    assert why.person_id == HOST.id and "did not understand" in why.text

    chat = await harness.bot.dispatcher.run_text(
        "Hello all", actor=BOB, room=ROOM, source_id="outcome-4"
    )
    assert chat.accepted
    # His first words: welcomed, and told privately that they were not kept.
    assert [r.text for r in chat.replies][1:] == [words.first_message_not_kept()]
