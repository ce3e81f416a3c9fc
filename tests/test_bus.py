"""The bus (bot/bus.py) over the real core and a real SQLite store: one unit of work
per command (events and audit rows commit together or not at all), and the `Outcome`
a caller gets back."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from dataclasses import dataclass, field

from bot.bootstrap import bootstrap
from bot.recovery import OUTBOX
from bot.simulation import ManualClock, ManualTimers
from facilitation import commands as cmd
from facilitation import words
from tests.conftest import ALICE, BOB, HOST, ROOM, START, settings_for
from tests.fakes import FakePlatform

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


async def test_a_command_that_breaks_after_it_was_stored_still_does_what_it_should(
    harness, database, monkeypatch
):
    """The break comes after the commit (here re-arming the timers, the step right
    after it, broken for good): the hand is up in the log, so it counts and its effects
    are carried out all the same; "Nothing was changed" would be false. What could not
    be done (the timers) is told to the facilitator (tests/test_late_failure.py has
    the rest)."""
    bus = harness.bot.dispatcher.bus
    await harness.say(HOST, START)

    def broken(*args, **kwargs):
        raise RuntimeError("the scheduler is gone")

    monkeypatch.setattr(bus.timers, "sync", broken)
    outcome = await bus.dispatch(cmd.RaiseHand(actor=ALICE, room=ROOM, source_id="hand-1"))

    assert "HandRaised" in _event_types(database)  # stored before it broke
    assert [h.person_id for h in harness.state.hands] == [ALICE.id]
    assert outcome.accepted
    assert "Your hand is up. You are number 1 in the queue." in [r.text for r in outcome.replies]
    told = [(s.target, s.text) for s in harness.platform.of_kind("private")]
    timers = words.effect_failed(words.SET_THE_TIMERS, words.BROKE_WHILE_DOING_IT, platform=False)
    assert (HOST.id, timers) in told
    assert not any("Nothing was changed" in text for _, text in told)


async def test_a_command_that_breaks_with_the_log_unreadable_claims_neither(harness, monkeypatch):
    await harness.say(HOST, START)

    async def broken(*args, **kwargs):
        raise OSError("disk I/O error")

    monkeypatch.setattr(harness.bot.store, "append", broken)
    monkeypatch.setattr(harness.bot.store, "has_source", broken)
    outcome = await harness.bot.dispatcher.bus.dispatch(
        cmd.RaiseHand(actor=ALICE, room=ROOM, source_id="hand-2")
    )
    told = harness.platform.of_kind("private")[-1]
    assert (told.target, told.text) == (ALICE.id, words.something_went_wrong_unsure())
    assert not outcome.accepted


async def test_the_outcome_carries_what_answered_the_person(harness):
    bus = harness.bot.dispatcher.bus
    await harness.say(HOST, START)

    def command(kind, actor, n, **fields):
        return kind(actor=actor, room=ROOM, source_id=f"outcome-{n}", **fields)

    raised = await bus.dispatch(command(cmd.RaiseHand, ALICE, 1))
    assert raised.accepted
    # A newcomer: welcomed privately, then told where their hand is.
    texts = [r.text for r in raised.replies]
    assert len(texts) == 2 and texts[0].startswith("Hello Alice")
    assert texts[1] == words.hand_is_up(1)

    refused = await bus.dispatch(command(cmd.CallNext, BOB, 2))
    assert not refused.accepted
    assert [r.text for r in refused.replies] == [words.only_staff("call the next speaker")]
    assert harness.platform.of_kind("private")[-1].target == BOB.id  # and sent to him

    unclear = await harness.bot.dispatcher.handle_text(
        "!breakout soon", actor=HOST, room=ROOM, source_id="outcome-3"
    )
    assert not unclear.accepted
    [why] = unclear.replies
    assert "did not understand" in why.text

    chat = await harness.bot.dispatcher.handle_text(
        "Hello all", actor=BOB, room=ROOM, source_id="outcome-4"
    )
    assert chat.accepted
    # His first words: welcomed, and told privately that they were not kept.
    assert [r.text for r in chat.replies][1:] == [words.first_message_not_kept()]


# --- private messages go out after the workshop's lock is released ------------------


@dataclass
class SlowPrivatePlatform(FakePlatform):
    """A platform slow to take one private message: once `gate` is closed, the next
    private message waits for it (as a DM channel's round trip would), and `waiting`
    says one does. The ones after it are taken at once."""

    gate: asyncio.Event = field(default_factory=asyncio.Event)
    waiting: asyncio.Event = field(default_factory=asyncio.Event)

    async def send_private(self, person_id: str, text: str) -> None:
        if not self.gate.is_set() and not self.waiting.is_set():
            self.waiting.set()
            await self.gate.wait()
        await super().send_private(person_id, text)


async def _slow_bot(database, clock):
    platform = SlowPrivatePlatform()
    platform.gate.set()
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=ManualTimers(clock))
    say = bot.dispatcher.handle_text
    await say(START, actor=HOST, room=ROOM, source_id="slow-0")
    await say("Hello", actor=ALICE, room=ROOM, source_id="slow-1")  # welcomed now
    platform.gate.clear()
    return bot, platform


async def _delivered(bot, workshop: str) -> int:
    await bot.store.set_adapter_state("test-flush", {})  # after every queued mark
    return (await bot.store.get_adapter_state(OUTBOX + workshop))["delivered"]


async def test_next_is_not_held_behind_a_private_message_on_its_way(database):
    bot, platform = await _slow_bot(database, ManualClock())
    d = bot.dispatcher
    workshop = d.state_in(ROOM).workshop_id
    before_hand = len(await bot.store.load_events(workshop))
    hand = asyncio.create_task(d.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h"))
    await platform.waiting.wait()  # "Your hand is up" is on its way, and waits

    assert not d.bus.busy(ROOM)  # the workshop is free for the next command
    assert (await d.handle_text("!next", actor=HOST, room=ROOM, source_id="n")).accepted
    assert d.state_in(ROOM).speaker.person_id == ALICE.id
    assert not hand.done()
    # Until the message is out, a restart would send it again: the mark waits.
    assert await _delivered(bot, workshop) == before_hand

    platform.gate.set()
    assert (await hand).accepted
    assert platform.texts("private")[-1] == words.hand_is_up(1)
    assert await _delivered(bot, workshop) == len(await bot.store.load_events(workshop))
    await bot.close()


async def test_a_private_message_cut_off_by_a_kill_is_sent_after_the_restart(database):
    clock = ManualClock()
    bot, platform = await _slow_bot(database, clock)
    hand = asyncio.create_task(
        bot.dispatcher.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h")
    )
    await platform.waiting.wait()
    hand.cancel()  # the process dies with the message unsent
    with contextlib.suppress(asyncio.CancelledError):
        await hand
    bot.store.before_close.clear()  # a kill saves no snapshot
    await bot.store.close()

    again = FakePlatform()
    bot = await bootstrap(settings_for(database), again, clock=clock, timers=ManualTimers(clock))
    await bot.dispatcher.redeliver()
    assert [(s.target, s.text) for s in again.of_kind("private")] == [
        (ALICE.id, words.hand_is_up(1))
    ]
    await bot.close()


async def test_one_persons_private_messages_keep_their_order(database):
    bot, platform = await _slow_bot(database, ManualClock())
    d = bot.dispatcher
    hand = asyncio.create_task(d.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h1"))
    await platform.waiting.wait()  # "Your hand is up" waits
    assert not d.bus.busy(ROOM)
    # A repeat, refused while that message waits: the platform would take its answer
    # at once, but it must not overtake the first.
    again = asyncio.create_task(d.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h2"))
    while not d.bus.busy(ROOM):  # until it is being handled ...
        await asyncio.sleep(0)
    while d.bus.busy(ROOM):  # ... and has been
        await asyncio.sleep(0)
    platform.gate.set()
    assert (await hand).accepted and not (await again).accepted
    to_alice = [s.text for s in platform.of_kind("private") if s.target == ALICE.id]
    assert to_alice[-2:] == [words.hand_is_up(1), words.hand_already_up(1)]
    await bot.close()


# --- answered where the person asked (`answer_here`) --------------------------------


async def test_answered_here_the_replies_come_back_unsent_and_wait_for_nothing(database):
    """An adapter that answers where the person asked (a Discord slash command) gets
    the command's private messages in its `Outcome` and sends them itself: the bus
    sends none of them, so the answer is not held behind that person's earlier
    private message, still on its way."""
    bot, platform = await _slow_bot(database, ManualClock())
    d = bot.dispatcher
    hand = asyncio.create_task(d.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h"))
    await platform.waiting.wait()  # "Your hand is up" is on its way, and waits
    sent_before = list(platform.sent)

    queue = await d.handle_text("!queue", actor=ALICE, room=ROOM, source_id="q", answer_here=True)
    assert queue.accepted and queue.replies and "Alice" in queue.replies[0].text
    refused = await d.dispatch(
        cmd.CallNext(actor=ALICE, room=ROOM, source_id="n"), answer_here=True
    )
    assert not refused.accepted
    assert [r.text for r in refused.replies] == [words.only_staff("call the next speaker")]
    assert platform.sent == sent_before  # neither was sent by the bus
    assert not hand.done()  # ... and neither waited for the hand's message

    platform.gate.set()
    assert (await hand).accepted
    assert [s.text for s in platform.of_kind("private")][-1] == words.hand_is_up(1)
    await bot.close()


async def test_answered_here_a_long_reply_comes_in_parts_within_the_platforms_limit(harness):
    harness.platform.max_message_chars = 60
    await harness.say(HOST, START)
    for n, person in enumerate((ALICE, BOB)):
        await harness.say(person, "!hand", source_id=f"part-{n}")
    queue = await harness.bot.dispatcher.handle_text(
        "!queue", actor=HOST, room=ROOM, source_id="parts", answer_here=True
    )
    assert len(queue.replies) > 1
    assert all(0 < len(r.text) <= 60 for r in queue.replies)


async def test_answered_here_a_refusal_and_words_not_understood_are_replies(harness):
    await harness.say(HOST, START)
    sent_before = len(harness.platform.sent)
    d = harness.bot.dispatcher
    refused = await d.handle_text("!next", actor=BOB, room=ROOM, source_id="r", answer_here=True)
    assert not refused.accepted
    assert [r.text for r in refused.replies] == [words.only_staff("call the next speaker")]
    unclear = await d.handle_text(
        "!breakout soon", actor=HOST, room=ROOM, source_id="u", answer_here=True
    )
    assert not unclear.accepted and "did not understand" in unclear.replies[0].text
    assert len(harness.platform.sent) == sent_before  # the adapter answers them, not the bus
