"""A durability review of the speed work (issue 21): tests that try to break the
store's driver-level transactions, the quiet outbox marks, the writer's two-turn
answers and the classifier's worker. Each drives the real code on a real SQLite file
(or a real worker process); none looks at a clock or sleeps to wait for something.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import sqlite3
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa

from bot.bootstrap import bootstrap, open_store
from bot.reader import Reader
from bot.recovery import OUTBOX
from bot.simulation import ManualClock, ManualTimers
from facilitation import commands as cmd
from facilitation import drift, redirects, words
from facilitation import events as ev
from facilitation.engine import decide
from storage import store as store_module
from storage.store import EventStore, StoreClosed, _Append, _Upsert
from tests.conftest import ALICE, HOST, ROOM, START, settings_for
from tests.fakes import FakePlatform
from tests.test_bus import SlowPrivatePlatform, _slow_bot
from tests.test_storage import STARTED
from tests.test_writer import _burst_of_appends, _rows, _said, _started

WHEN = dt.datetime(2026, 12, 7, 5, 0, tzinfo=dt.UTC)


async def _store(database) -> EventStore:
    return await open_store(settings_for(database))


# --- 1. the driver-level transaction (storage/store.py, `_transaction`) -----------------


async def test_a_write_on_a_dead_connection_fails_its_caller_and_the_next_write_works(database):
    """A connection that dies under the writer (as a disk or file error may leave it;
    here its driver connection is closed) fails the write it was given, with an error
    the caller sees; the writer must not keep the dead connection, or every later
    write would fail the same way for as long as the bot runs."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    inline = store.writer._inline_conn
    assert inline is not None  # the first write went on the loop's own connection
    inline.connection.dbapi_connection.close()
    with pytest.raises(sa.exc.DBAPIError):
        await store.append("w1", [_said(1)], actor_id="h", source_id="lost", now=2.0)
    await store.append("w1", [_said(2)], actor_id="h", source_id="after", now=3.0)
    await store.close()
    assert await _rows(database) == [("w1", 1, "start"), ("w1", 2, "after")]


async def test_a_dead_connection_on_the_writers_thread_is_replaced_too(database):
    """The same on the writer's thread (a burst's batch goes there): the batch fails
    whole, and its writes, tried again one by one, go on a fresh connection."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    # A burst: the first append is written at once, the rest queue and, more than
    # INLINE_WRITES of them, go to the thread.
    burst = range(store_module.INLINE_WRITES + 4)
    await asyncio.gather(
        *(store.append("w1", [_said(n)], actor_id="h", source_id=f"a{n}", now=2.0) for n in burst)
    )
    thread_conn = store.writer._sync_conn
    assert thread_conn is not None
    thread_conn.connection.dbapi_connection.close()
    results = await asyncio.gather(
        *(store.append("w1", [_said(n)], actor_id="h", source_id=f"b{n}", now=3.0) for n in burst),
        return_exceptions=True,
    )
    # Their batch failed on the thread's dead connection, whole; the dead connection
    # was dropped, so each write tried again on its own (the writer's way after a
    # failed batch) found a fresh one and was stored: nobody was told of a failure.
    assert results == [None] * len(burst)
    await asyncio.gather(
        *(store.append("w1", [_said(n)], actor_id="h", source_id=f"c{n}", now=4.0) for n in burst)
    )
    await store.close()
    stored = [sid for _, _, sid in await _rows(database)]
    assert stored == [
        "start",
        *(f"a{n}" for n in burst),
        *(f"b{n}" for n in burst),
        *(f"c{n}" for n in burst),
    ]


async def test_a_burst_that_finds_the_database_locked_waits_for_it_and_loses_nothing(database):
    """A batch on the writer's thread begins with BEGIN IMMEDIATE on the driver; while
    another connection (another process) holds the write lock it must wait under
    busy_timeout, not fail at once with "database is locked" and lose the batch."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        burst = [
            asyncio.ensure_future(
                store.append("w1", [_said(n)], actor_id="h", source_id=f"s{n}", now=2.0)
            )
            for n in range(20)
        ]
        for _ in range(50):  # the loop turns: nothing blocked it, nothing failed
            await asyncio.sleep(0)
        assert not any(f.done() for f in burst)
    finally:
        holder.execute("COMMIT")
        holder.close()
    await asyncio.gather(*burst)
    await store.close()
    assert [sid for _, _, sid in await _rows(database)] == ["start"] + [f"s{n}" for n in range(20)]


async def test_a_projection_that_fails_in_a_burst_on_the_thread_fails_only_its_caller(
    database, caplog
):
    """In a batch on the writer's thread (begun on the driver), one append's projection
    (the workshops row of a new workshop) fails: the whole batch is rolled back, the
    driver's event rows and SQLAlchemy's projection alike, then each write is tried on
    its own, so only that caller gets the error and nothing of it is stored."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    with sqlite3.connect(database) as conn:  # SQLite's own way to fail an insert
        conn.execute(
            "CREATE TRIGGER no_bad BEFORE INSERT ON workshops WHEN NEW.id = 'bad'"
            " BEGIN SELECT RAISE(ABORT, 'the workshops table refuses it'); END"
        )
    said = range(store_module.INLINE_WRITES + 4)
    results = await asyncio.gather(
        *(store.append("w1", [_said(n)], actor_id="h", source_id=f"s{n}", now=2.0) for n in said),
        store.append("bad", [_started("bad")], actor_id="h", source_id="start-bad", now=2.0),
        return_exceptions=True,
    )
    assert results[:-1] == [None] * len(said)
    assert isinstance(results[-1], sa.exc.IntegrityError)
    # They did share a batch (the first was written at once, alone; the other 12, too
    # many for the loop's thread, on the writer's), which failed whole.
    assert f"a batch of {len(said)} writes failed" in caplog.text
    assert [w.id for w in await store.all_workshops()] == ["w1"]
    await store.close()
    assert [sid for _, _, sid in await _rows(database)] == ["start"] + [f"s{n}" for n in said]


async def test_the_store_closing_between_a_bursts_first_answers_and_the_rest(database):
    """The bot stops (the store closes) in the turn between a committed burst's first
    ANSWER_FIRST results and the rest: every caller is still given its result, and
    every write is there."""
    store = await _store(database)
    count = store_module.ANSWER_FIRST * 2
    closing: list[asyncio.Task] = []

    def resumed(n, _tasks) -> None:
        if n == 1:  # the first of the batch (the first append was written at once)
            closing.append(asyncio.ensure_future(store.close()))

    await _burst_of_appends(store, count, resumed)
    assert closing
    await closing[0]
    assert len([r for r in await _rows(database) if r[2].startswith("burst-")]) == count


async def test_a_lock_held_past_the_busy_timeout_fails_each_caller_and_stores_nothing(
    database, monkeypatch
):
    """A lock held by another connection for longer than busy_timeout (shortened here
    so the test need not wait 5 s): each write of the batch waiting for it is failed,
    with SQLite's "database is locked", to its own caller (none is dropped or told it
    was stored); once the lock is free the next writes are stored."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 1)
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        results = await asyncio.gather(
            *(
                store.append("w1", [_said(n)], actor_id="h", source_id=f"s{n}", now=2.0)
                for n in range(12)
            ),
            return_exceptions=True,
        )
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert all(isinstance(r, sa.exc.OperationalError) for r in results), results
    assert all("database is locked" in str(r) for r in results)
    await store.append("w1", [_said(99)], actor_id="h", source_id="after", now=3.0)
    await store.close()
    assert await _rows(database) == [("w1", 1, "start"), ("w1", 2, "after")]


# --- 2. outbox marks queued quietly (Writer.enqueue_quietly) ------------------------------


async def test_a_writer_cancelled_mid_batch_tells_every_caller_the_truth(database):
    """If the writer's task is cancelled (as at a stop) while its thread writes a batch,
    with quiet writes queued behind: the quiet ones are each told (`on_failure`:
    bot/recovery.py logs it and a restart carries the effects out again), none vanishes
    without a word; and the batch's callers are told what happened to their writes."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    failures: list[tuple[str, BaseException]] = []
    # A batch too big for the loop's thread: the writer's task sends it to its thread
    # and waits; the quiet marks queue behind it.
    batch = [
        store.writer.enqueue(_Append("w1", [_said(n)], "h", f"q{n}", 2.0))
        for n in range(store_module.INLINE_WRITES + 4)
    ]
    task = store.writer._task
    assert task is not None
    await asyncio.sleep(0)  # the task has taken the batch and waits for its thread
    assert not store.writer._queue
    for n in range(5):
        store.writer.enqueue_quietly(
            _Upsert(f"outbox.{n}", {"delivered": n}, WHEN),
            lambda error, n=n: failures.append((f"outbox.{n}", error)),
        )
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await store.close()
    told = {key for key, error in failures if isinstance(error, StoreClosed)}
    with sqlite3.connect(database) as conn:
        written = {k for (k,) in conn.execute("SELECT key FROM adapter_state")}
    # Every mark was either written or its failure told: never neither.
    assert {f"outbox.{n}" for n in range(5)} <= told | written
    # The batch was with the writer's thread, which wrote it all the same: its callers
    # are told it was stored (not "cancelled before it committed"), and it is there.
    assert [f.exception() for f in batch] == [None] * len(batch)
    stored = {sid for _, _, sid in await _rows(database)}
    assert {f"q{n}" for n in range(len(batch))} <= stored


# --- 4. the classifier's worker (bot/reader.py) ------------------------------------------


async def test_a_label_read_with_a_lexicon_since_replaced_is_not_used():
    """The worker reads with the word model and lexicon it was given at its start. If
    the bot's lexicon is replaced while a reading is with the worker, its label was
    read with the old one: a cue added (a new safeguarding phrase, say) would be
    missed. `read` must answer None then, so the message is classified here."""
    reader = Reader(enabled=True, start_after=1, timeout=600)
    original = drift.installed_lexicon()
    assert await reader.started()
    try:
        scope = drift.Scope("Carers' breaks", "booking a short break", ())
        reading = redirects.Reading(scope, "I feel scared at home", False, ())
        assert await reader.read(reading) is not None  # the worker answers as ever
        asked = asyncio.ensure_future(reader.read(reading))
        await asyncio.sleep(0)  # sent to the worker at the end of this turn
        await asyncio.sleep(0)
        # Replaced by an equal copy (a reload of the same file): not the same object.
        drift.use_lexicon(dataclasses.replace(original))
        assert await asyncio.wait_for(asked, 600) is None
    finally:
        drift.use_lexicon(original)
        await reader.close()


# A label no classifier would give these words: planted as the worker's answer, it is
# seen in the stored event only if the core used the read-ahead.
PLANTED = drift.Classification("complaint", 9.0, ("planted by the test",))
ON_SCOPE_TEXT = "Could the booking form for a short break save a draft?"


def _posted_label(events) -> str:
    (posted,) = [e for e in events if isinstance(e, ev.MessagePosted)]
    return posted.label


def _say(text: str = ON_SCOPE_TEXT) -> cmd.Say:
    return cmd.Say(actor=ALICE, room=ROOM, source_id="said", text=text)


async def _with_alice(harness) -> None:
    await harness.say(HOST, START)
    await harness.say(ALICE, "Hello")  # in the workshop now: her messages are classified


async def test_a_label_read_ahead_from_this_very_state_is_the_one_used(harness):
    """The check below can fail: with the same state, message and time, the core uses
    the label read ahead, whatever it is."""
    await _with_alice(harness)
    state, now = harness.state, harness.clock()
    say = _say()
    ahead = redirects.read_ahead(state, say, now, PLANTED)
    assert _posted_label(decide(state, dataclasses.replace(say, read_ahead=ahead), now)) == (
        "complaint"
    )


@pytest.mark.parametrize(
    "change",
    [
        ("host", "!set scope planning a day out"),  # the workshop's scope
        ("alice", "!optout"),  # her consent: her words are no longer kept
    ],
)
async def test_a_label_read_ahead_before_a_scope_or_consent_change_is_not_used(harness, change):
    """A label read from the state before `/scope` (or a consent change) was read with
    the old scope (or the old earlier messages): the core must classify afresh."""
    await _with_alice(harness)
    before, now = harness.state, harness.clock()
    say = _say()
    ahead = redirects.read_ahead(before, say, now, PLANTED)
    who, text = change
    await harness.say(HOST if who == "host" else ALICE, text)
    after = harness.state
    assert after is not before
    label = _posted_label(decide(after, dataclasses.replace(say, read_ahead=ahead), now))
    assert label == _posted_label(decide(after, say, now))  # as if never read ahead
    assert label != "complaint"


async def test_a_label_read_ahead_for_other_words_or_another_time_is_not_used(harness):
    await _with_alice(harness)
    state, now = harness.state, harness.clock()
    ahead = redirects.read_ahead(state, _say(), now, PLANTED)
    other_words = dataclasses.replace(_say("Good point"), read_ahead=ahead)
    assert _posted_label(decide(state, other_words, now)) != "complaint"
    later = dataclasses.replace(_say(), read_ahead=ahead)
    assert _posted_label(decide(state, later, now + 1)) != "complaint"


async def test_an_outbox_mark_that_cannot_be_written_is_logged_and_a_restart_resends(
    database, caplog
):
    """The mark after a command is queued quietly; if its write fails, the warning says
    so and nothing else changes; after a kill (no snapshot at a clean stop to cover
    for it) the restart carries the command's effects out again: at least once."""
    clock = ManualClock()
    bot, platform = await _slow_bot(database, clock)
    platform.gate.set()

    def no_marks(batch) -> None:
        if any(getattr(w.op, "key", "").startswith(OUTBOX) for w in batch):
            raise OSError("disk full")

    bot.store.writer.before_commit = no_marks
    assert (
        await bot.dispatcher.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h")
    ).accepted
    await bot.store.set_adapter_state("test-flush", {})  # after the queued mark
    assert "could not save an outbox mark" in caplog.text
    bot.store.before_close.clear()  # a kill saves no snapshot
    bot.store.writer.before_commit = None
    await bot.store.close()

    again = FakePlatform()
    bot = await bootstrap(settings_for(database), again, clock=clock, timers=ManualTimers(clock))
    await bot.dispatcher.redeliver()
    assert words.hand_is_up(1) in again.texts("private")
    await bot.close()


async def test_a_writer_cancelled_while_retrying_a_failed_batch_leaves_no_caller_waiting(
    database,
):
    """A batch fails once and its writes are tried again one by one on the writer's
    thread; the writer's task is cancelled (a stop) during those tries. Every write of
    that batch, and every write queued behind it, must still be answered (stored, or
    failed with StoreClosed), or its caller, a command in the bus, waits for ever."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    loop = asyncio.get_running_loop()
    tries: list[int] = []

    def fail_the_batch_then_stop(batch) -> None:
        tries.append(len(batch))
        if len(batch) > 1:
            raise OSError("a passing fault")
        if len(tries) == 2:  # the first write tried on its own: the bot stops now
            loop.call_soon_threadsafe(task.cancel)

    writes = [
        store.writer.enqueue(_Append("w1", [_said(n)], "h", f"s{n}", 2.0))
        for n in range(store_module.INLINE_WRITES + 4)
    ]
    task = store.writer._task
    behind = await _stopped_mid_batch(store, task, fail_the_batch_then_stop)
    assert all(f.done() for f in [*writes, behind])
    store.writer.before_commit = None
    await store.close()
    stored = {sid for _, _, sid in await _rows(database)}
    for n, f in enumerate(writes):  # told the truth: stored, or told it was not
        assert (f.exception() is None) == (f"s{n}" in stored)


async def _stopped_mid_batch(store, task, before_commit) -> asyncio.Future:
    """Lets the writer take the queued batch with `before_commit` watching (it cancels
    `task` at its moment), queues one write behind, and waits for the stop; returns
    the write queued behind."""
    store.writer.before_commit = before_commit
    await asyncio.sleep(0)  # the batch is taken
    behind = store.writer.enqueue(_Append("w1", [_said(99)], "h", "behind", 2.0))
    with pytest.raises(asyncio.CancelledError):
        await task
    return behind


async def test_a_writer_cancelled_while_it_explains_a_failed_write_leaves_no_caller_waiting(
    database,
):
    """Tried on its own, a write of a failed batch fails on a constraint; the writer asks
    the database whether it was a duplicate (`_explain`, a query on its thread) and is
    cancelled (a stop) just then. That write, the rest of the batch and what is queued
    behind must all still be answered."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    loop = asyncio.get_running_loop()

    def fail_the_batch_then_stop_while_explaining(batch) -> None:
        if len(batch) > 1:
            raise OSError("a passing fault")
        if isinstance(batch[0].op, store_module._Call):  # the duplicate check
            loop.call_soon_threadsafe(task.cancel)

    # The first write names no workshop that exists: the foreign key refuses it.
    writes = [store.writer.enqueue(_Append("nowhere", [_said(0)], "h", "bad", 2.0))] + [
        store.writer.enqueue(_Append("w1", [_said(n)], "h", f"s{n}", 2.0))
        for n in range(store_module.INLINE_WRITES + 4)
    ]
    task = store.writer._task
    behind = await _stopped_mid_batch(store, task, fail_the_batch_then_stop_while_explaining)
    assert all(f.done() for f in [*writes, behind])
    assert writes[0].exception() is not None
    store.writer.before_commit = None
    await store.close()
    assert [sid for _, _, sid in await _rows(database)] == ["start"]


# --- 2b. the outbox mark after a command, when the store has closed meanwhile ------------


async def test_a_mark_after_the_store_closed_fails_nothing_and_a_restart_resends(database, caplog):
    """A private message still on its way when the bot stops (the store closes): once
    it is out, its outbox mark cannot be written. That must not turn the command, which
    was stored and carried out, into a failure; the mark's loss is logged, and a restart
    sends the message again (at least once), rather than nothing."""
    clock = ManualClock()
    bot, platform = await _slow_bot(database, clock)
    hand = asyncio.create_task(
        bot.dispatcher.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h")
    )
    await platform.waiting.wait()  # "Your hand is up" is on its way
    await bot.close()  # the store closes: no snapshot of a workshop with it under way
    platform.gate.set()
    assert (await hand).accepted
    assert platform.texts("private")[-1] == words.hand_is_up(1)
    assert "could not save an outbox mark" in caplog.text

    again = FakePlatform()
    bot = await bootstrap(settings_for(database), again, clock=clock, timers=ManualTimers(clock))
    await bot.dispatcher.redeliver()
    assert [(s.target, s.text) for s in again.of_kind("private")] == [
        (ALICE.id, words.hand_is_up(1))
    ]
    await bot.close()


# --- 5. private sends (bot/private_sends.py) ---------------------------------------------


@dataclass
class FailingPrivatePlatform(SlowPrivatePlatform):
    """The held private message fails once the gate opens (as a DM a person's settings
    refuse would: Discord's 50007 "Cannot send messages to this user"); the others
    are taken."""

    failed: list[str] = field(default_factory=list)

    async def send_private(self, person_id: str, text: str) -> None:
        if not self.gate.is_set() and not self.waiting.is_set():
            self.waiting.set()
            await self.gate.wait()
            self.failed.append(text)
            raise RuntimeError("Cannot send messages to this user")
        await FakePlatform.send_private(self, person_id, text)


async def test_a_later_private_batch_waits_for_an_earlier_one_that_fails_then_goes(database):
    """Alice's "Your hand is up" is on its way; her second !hand is refused and its
    answer waits its turn behind the first. The first then fails: the answer behind it
    still goes (the failed turn is given up, not left for ever), and the
    workshop's outbox mark moves past both, as nothing is under way any more."""
    platform = FailingPrivatePlatform()
    platform.gate.set()
    clock = ManualClock()
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=ManualTimers(clock))
    d = bot.dispatcher
    await d.handle_text(START, actor=HOST, room=ROOM, source_id="s0")
    await d.handle_text("Hello", actor=ALICE, room=ROOM, source_id="s1")
    platform.gate.clear()
    workshop = d.state_in(ROOM).workshop_id
    first = asyncio.create_task(d.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h1"))
    await platform.waiting.wait()
    second = asyncio.create_task(d.handle_text("!hand", actor=ALICE, room=ROOM, source_id="h2"))
    while not d.bus.busy(ROOM):  # until it is being handled ...
        await asyncio.sleep(0)
    while d.bus.busy(ROOM):  # ... and has been: its answer now waits its turn
        await asyncio.sleep(0)
    assert words.hand_already_up(1) not in platform.texts("private")  # it did wait
    platform.gate.set()
    assert (await first).accepted and not (await second).accepted
    assert platform.failed == [words.hand_is_up(1)]
    assert platform.texts("private")[-1] == words.hand_already_up(1)
    # "Your hand is up" is a courtesy (not `essential`): the queue message shows her
    # hand, so a failed copy is logged, not said in the room (bot/executor.py,
    # `_send_private`). The answer behind it went after it had failed, not before.
    assert words.for_person(ALICE.name, words.hand_is_up(1)) not in platform.texts("post")
    logged = await bot.store.load_events(workshop)
    await bot.store.set_adapter_state("test-flush", {})  # after every queued mark
    mark = await bot.store.get_adapter_state(OUTBOX + workshop)
    assert mark == {"delivered": len(logged)}
    await bot.close()
