"""The store's single writer: group commit, failures, duplicates, order, crashes.

No test here looks at a clock: batching is seen through the writer's own hook
(`before_commit`, called inside each transaction just before COMMIT).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError

from bot.bootstrap import open_store
from facilitation import events as ev
from storage import schema
from storage import store as store_module
from storage.store import DuplicateCommand, EventStore, StoreClosed, _Upsert, make_engine
from tests.conftest import settings_for
from tests.test_storage import STARTED

ROOT = Path(__file__).resolve().parents[1]


async def _store(database) -> EventStore:
    return await open_store(settings_for(database))


def _started(workshop_id: str) -> ev.WorkshopStarted:
    return ev.WorkshopStarted(
        **{**STARTED.__dict__, "workshop_id": workshop_id, "room": f"room-{workshop_id}"}
    )


def _said(n: int) -> ev.MessagePosted:
    return ev.MessagePosted(person_id="test:host", text=f"message {n}", at=100.0 + n)


async def _rows(database) -> list[tuple[str, int, str]]:
    """Every stored event as (workshop, seq, source id), read by a connection of its own
    (SQLite or PostgreSQL: these tests run on both, see tests/postgres)."""
    engine = make_engine(settings_for(database).database_url)
    try:
        async with engine.connect() as conn:
            result = await conn.execute(
                sa.text("SELECT workshop_id, seq, source_id FROM events ORDER BY workshop_id, seq")
            )
            return [tuple(row) for row in result.all()]
    finally:
        await engine.dispose()


class Batches:
    """Records each committed-to-be batch: its writes' source ids (None for a non-append)."""

    def __init__(self, store: EventStore) -> None:
        self.seen: list[list[str | None]] = []
        store.writer.before_commit = self

    def __call__(self, batch) -> None:
        self.seen.append([getattr(w.op, "source_id", None) for w in batch])


async def test_appends_from_many_workshops_arriving_together_share_a_transaction(database):
    store = await _store(database)
    ids = [f"w{n}" for n in range(20)]
    for w in ids:
        await store.append(w, [_started(w)], actor_id="h", source_id=f"start-{w}", now=1.0)
    batches = Batches(store)
    await asyncio.gather(
        *(
            store.append(w, [_said(n)], actor_id="h", source_id=f"say-{w}-{n}", now=2.0)
            for n in range(5)
            for w in ids
        )
    )
    await store.close()
    assert sum(len(b) for b in batches.seen) == 100
    assert len(batches.seen) < 100  # several commands per transaction
    assert max(len(b) for b in batches.seen) > 1
    rows = await _rows(database)
    for w in ids:  # every message stored, gapless, in the order it was sent
        mine = [(seq, sid) for wid, seq, sid in rows if wid == w]
        assert mine == [(1, f"start-{w}")] + [(n + 2, f"say-{w}-{n}") for n in range(5)]


async def test_appends_one_after_another_are_each_committed_at_once_without_the_writers_task(
    database,
):
    """One message at a time (each append awaited before the next) is the common case
    of a quiet room: each is written in its own transaction at once, on the event
    loop's thread, and has committed when `append` returns; the writer's task is not
    needed (storage/store.py, `submit`)."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    batches = Batches(store)
    for n in range(5):
        await store.append("w1", [_said(n)], actor_id="h", source_id=f"s{n}", now=2.0)
        with sqlite3.connect(database) as conn:  # committed: another connection sees it
            assert conn.execute("SELECT max(seq) FROM events").fetchone() == (n + 2,)
    assert batches.seen == [[f"s{n}"] for n in range(5)]
    assert store.writer._task is None
    await store.close()


async def _burst_of_appends(store: EventStore, count: int, resumed) -> None:
    """`count` workshops, each started, then one append each at once; `resumed(n,
    futures)` is called as append n's caller resumes, with every append's task."""
    ids = [f"w{n}" for n in range(count)]
    for w in ids:
        await store.append(w, [_started(w)], actor_id="h", source_id=f"start-{w}", now=1.0)

    async def one(n: int) -> None:
        await store.append(ids[n], [_said(n)], actor_id="h", source_id=f"burst-{n}", now=2.0)
        resumed(n, tasks)

    tasks = [asyncio.ensure_future(one(n)) for n in range(count)]
    await asyncio.gather(*tasks)


async def test_a_bursts_first_callers_resume_before_the_rest_are_given_their_results(
    database, monkeypatch
):
    """A batch of many appends committed at once gives its first ANSWER_FIRST callers
    their results first, and a turn of the loop to carry on in, before the others
    (storage/store.py, `_give_results`): the first answers of a burst need not wait
    for every result to be given. Every caller still resumes, after the commit."""
    store = await _store(database)
    batches = Batches(store)
    given = []  # results given so far, counted through the writer's own `_succeed`
    succeed = store_module._succeed

    def counted(write, result) -> None:
        given.append(write)
        succeed(write, result)

    monkeypatch.setattr(store_module, "_succeed", counted)
    count = store_module.ANSWER_FIRST * 3
    given_when_resumed: dict[int, int] = {}
    await _burst_of_appends(store, count, lambda n, _: given_when_resumed.update({n: len(given)}))
    await store.close()
    # The first append found the writer idle and was written at once, by itself; the
    # other callers' appends queued behind it and were committed together.
    assert max(len(b) for b in batches.seen) == count - 1
    assert sorted(given_when_resumed) == list(range(count))
    first = store_module.ANSWER_FIRST
    assert [given_when_resumed[n] for n in range(1, first + 1)] == [first] * first
    assert all(given_when_resumed[n] == count - 1 for n in range(first + 1, count))
    rows = await _rows(database)
    assert sorted(sid for _, _, sid in rows if sid.startswith("burst-")) == sorted(
        f"burst-{n}" for n in range(count)
    )


async def test_a_writer_cancelled_while_giving_a_bursts_results_still_gives_every_one(database):
    """If the writer's task is cancelled (as at a stop) in the turn between a burst's
    first results and the rest, every write of that batch has committed, so every
    caller is still given its result: none waits for ever, none is told it failed."""
    store = await _store(database)
    outcomes: list[int] = []

    def resumed(n, tasks) -> None:
        outcomes.append(n)
        if n == 1:  # the first of the batch (the first append was written at once)
            store.writer._task.cancel()

    await _burst_of_appends(store, store_module.ANSWER_FIRST * 2, resumed)
    assert sorted(outcomes) == list(range(store_module.ANSWER_FIRST * 2))
    await store.close()
    assert len([r for r in await _rows(database) if r[2].startswith("burst-")]) == len(outcomes)


async def test_a_write_nobody_waits_for_is_stored_or_its_failure_is_told(database):
    """An outbox mark after every command is queued with no future to wait on
    (`Writer.enqueue_quietly`): it is written in order with the rest, and if it cannot
    be, its `on_failure` is told (bot/recovery.py logs it), never nothing."""
    store = await _store(database)
    when = dt.datetime(2026, 12, 7, 4, 30, tzinfo=dt.UTC)
    failures: list[BaseException] = []
    assert store.writer.enqueue_quietly(_Upsert("good", {"n": 1}, when), failures.append) is None
    store.writer.enqueue_quietly(_Upsert("bad", {"n": object()}, when), failures.append)
    store.writer.enqueue_quietly(_Upsert("also-good", {"n": 2}, when), failures.append)
    await store.close()  # writes everything queued first
    assert [type(error) for error in failures] == [TypeError]  # not JSON: only it failed
    with sqlite3.connect(database) as conn:
        stored = dict(conn.execute("SELECT key, value FROM adapter_state"))
    assert stored["good"] == '{"n": 1}' and stored["also-good"] == '{"n": 2}'
    assert "bad" not in stored


async def test_one_failing_write_fails_only_its_caller_the_rest_of_its_batch_is_stored(database):
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    batches = Batches(store)
    results = await asyncio.gather(
        store.append("w1", [_said(1)], actor_id="h", source_id="a", now=2.0),
        # No such workshop: the foreign key refuses it (not a duplicate).
        store.append("nowhere", [_said(2)], actor_id="h", source_id="b", now=2.0),
        store.append("w1", [_said(3)], actor_id="h", source_id="start", now=2.0),  # repeat
        store.append("w1", [_said(4)], actor_id="h", source_id="c", now=2.0),
        return_exceptions=True,
    )
    await store.close()
    assert results[0] is None and results[3] is None
    assert isinstance(results[1], IntegrityError)
    assert isinstance(results[2], DuplicateCommand)
    assert await _rows(database) == [("w1", 1, "start"), ("w1", 2, "a"), ("w1", 3, "c")]
    # The batch that held them all was rolled back whole before they were retried.
    assert ["a", "b", "c"] not in batches.seen


async def test_a_batch_that_cannot_commit_fails_every_caller_and_stores_nothing(database):
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)

    def refuse(batch):
        raise OSError("disk full")

    store.writer.before_commit = refuse
    results = await asyncio.gather(
        *(
            store.append("w1", [_said(n)], actor_id="h", source_id=f"s{n}", now=2.0)
            for n in range(5)
        ),
        store.audit(workshop_id="w1", actor_id="h", action="X", outcome="ok", detail="", now=2),
        return_exceptions=True,
    )
    assert all(isinstance(r, OSError) and "disk full" in str(r) for r in results)
    store.writer.before_commit = None
    # Nothing half-written, and the writer carries on with the right numbers.
    await store.append("w1", [_said(9)], actor_id="h", source_id="after", now=3.0)
    assert await store.audit_rows("w1") == []
    await store.close()
    assert await _rows(database) == [("w1", 1, "start"), ("w1", 2, "after")]


async def test_a_failed_batch_leaves_no_projection_or_audit_row_behind(database):
    # A batch on SQLite begins on the driver (storage/store.py, `_transaction`); a
    # projection or an audit row in it is a Core statement, which makes SQLAlchemy
    # begin its own transaction inside. Its failure must roll back the whole batch,
    # the driver's part (the event rows) and SQLAlchemy's (the workshops row) alike.
    store = await _store(database)

    def refuse(batch):
        raise OSError("disk full")

    store.writer.before_commit = refuse
    with pytest.raises(OSError, match="disk full"):
        await store.append(
            "w2",
            [_started("w2")],
            actor_id="h",
            source_id="start-w2",
            now=1.0,
            audits=[store_module.AuditEntry("WorkshopStarted", "began")],
        )
    store.writer.before_commit = None
    assert await store.all_workshops() == []
    assert await store.audit_rows() == []
    # The connection is left clean: the next batch, with a projection, commits.
    await store.append("w2", [_started("w2")], actor_id="h", source_id="start-w2", now=2.0)
    await store.append("w2", [_said(1)], actor_id="h", source_id="s1", now=3.0)
    assert [w.id for w in await store.all_workshops()] == ["w2"]
    await store.close()
    assert await _rows(database) == [("w2", 1, "start-w2"), ("w2", 2, "s1")]


async def test_a_batch_that_fails_once_is_retried_write_by_write(database):
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    failed = []

    def fail_first_big_batch(batch):
        if len(batch) > 1 and not failed:
            failed.append(len(batch))
            raise OSError("a passing fault")

    store.writer.before_commit = fail_first_big_batch
    await asyncio.gather(
        *(
            store.append("w1", [_said(n)], actor_id="h", source_id=f"s{n}", now=2.0)
            for n in range(6)
        )
    )
    await store.close()
    assert failed  # the fault did happen, and nobody saw it
    assert await _rows(database) == [("w1", 1, "start")] + [
        ("w1", n + 2, f"s{n}") for n in range(6)
    ]


async def test_duplicates_are_refused_from_memory_from_the_database_and_within_a_batch(database):
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    await store.append("w1", [_said(1), _said(2)], actor_id="h", source_id="two", now=2.0)
    assert store.known_source("two") and store.known_source("two#1")
    with pytest.raises(DuplicateCommand):  # known in memory
        await store.append("w1", [_said(3)], actor_id="h", source_id="two", now=3.0)
    with pytest.raises(DuplicateCommand):  # a later event's suffixed id is taken too
        await store.append("w1", [_said(3)], actor_id="h", source_id="two#1", now=3.0)
    # The same command delivered twice at once: stored once.
    results = await asyncio.gather(
        store.append("w1", [_said(4)], actor_id="h", source_id="twice", now=4.0),
        store.append("w1", [_said(4)], actor_id="h", source_id="twice", now=4.0),
        return_exceptions=True,
    )
    assert results.count(None) == 1
    assert [type(r) for r in results if r is not None] == [DuplicateCommand]
    await store.close()

    reopened = await _store(database)  # nothing in memory: the constraint decides
    assert not reopened.known_source("start")
    assert await reopened.has_source("start")
    with pytest.raises(DuplicateCommand):
        await reopened.append("w1", [_said(5)], actor_id="h", source_id="start", now=5.0)
    await reopened.close()
    assert [sid for _, _, sid in await _rows(database)] == ["start", "two", "two#1", "twice"]


async def test_order_of_appends_to_one_workshop_is_the_order_they_were_made(database):
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    await store.append("w2", [_started("w2")], actor_id="h", source_id="start2", now=1.0)
    sends = []
    for n in range(30):
        workshop = "w1" if n % 3 else "w2"
        sends.append(
            store.append(workshop, [_said(n)] * (1 + n % 2), actor_id="h", source_id=f"m{n}", now=2)
        )
    await asyncio.gather(*sends)
    await store.close()
    rows = await _rows(database)
    for workshop in ("w1", "w2"):
        seqs = [seq for wid, seq, _ in rows if wid == workshop]
        assert seqs == list(range(1, len(seqs) + 1))
        order = [sid.split("#")[0] for wid, _, sid in rows if wid == workshop][1:]
        expected = [f"m{n}" for n in range(30) if (n % 3 != 0) == (workshop == "w1")]
        assert list(dict.fromkeys(order)) == expected


async def test_the_writer_stores_exactly_what_sqlalchemy_core_would(database):
    """The writer runs its statements on the driver's cursor (storage/store.py,
    `_Prepared`); each value must still go through SQLAlchemy's own conversion for
    the database: the JSON text, the time's form, every column in its place. The
    same event, adapter-state value and participants row (a person joining) are
    written by the writer and by plain Core, and the stored text compared column by
    column."""
    said = ev.MessagePosted(
        person_id="test:x", text='Caf\u00e9 "\u2708" \\ ok', at=2.5, label="on_scope"
    )
    when = dt.datetime(2026, 12, 6, 23, 1, 2, 345678, tzinfo=dt.UTC)
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    await store.append("w1", [said], actor_id="test:x", source_id="writer", now=when.timestamp())
    joined = ev.ParticipantJoined(
        person_id="test:by-writer", name='Zo\u00eb "\u2708"', facilitator=False, at=when.timestamp()
    )
    await store.append("w1", [joined], actor_id="test:x", source_id="joined", now=2.0)
    await store.writer.submit(_Upsert("by-writer", {"n": [1, "\u00e9"], "none": None}, when))
    await store.close()

    engine = make_engine(settings_for(database).database_url)
    try:
        async with engine.begin() as conn:
            type_name, payload = ev.to_record(said)
            await conn.execute(
                schema.events.insert().values(
                    workshop_id="w1", seq=4, type=type_name, payload=payload,
                    actor_id="test:x", source_id="core", recorded_at=when,
                )
            )  # fmt: skip
            await conn.execute(
                schema.adapter_state.insert().values(
                    key="by-core", value={"n": [1, "\u00e9"], "none": None}, updated_at=when
                )
            )
            await conn.execute(
                schema.participants.insert().values(
                    workshop_id="w1", person_id="test:by-core", display_name=joined.name,
                    recorded=True, joined_at=when,
                )
            )  # fmt: skip
        async with engine.connect() as conn:
            stored = {
                row[0]: row[1:]
                for row in await conn.execute(
                    sa.text(
                        "SELECT source_id, seq, workshop_id, type, CAST(payload AS TEXT),"
                        " actor_id, CAST(recorded_at AS TEXT) FROM events"
                    )
                )
            }
            states = {
                row[0]: row[1:]
                for row in await conn.execute(
                    sa.text(
                        "SELECT key, CAST(value AS TEXT), CAST(updated_at AS TEXT)"
                        " FROM adapter_state WHERE key LIKE 'by-%'"
                    )
                )
            }
            people = {
                row[0]: row[1:]
                for row in await conn.execute(
                    sa.text(
                        "SELECT person_id, workshop_id, display_name, CAST(recorded AS TEXT),"
                        " CAST(joined_at AS TEXT) FROM participants"
                        " WHERE person_id LIKE 'test:by-%'"
                    )
                )
            }
    finally:
        await engine.dispose()
    assert stored["writer"][0] == 2  # the next after the start
    assert stored["writer"][1:] == stored["core"][1:]
    assert states["by-writer"] == states["by-core"]
    assert people["test:by-writer"] == people["test:by-core"]


# JSON values as the writer's rows hold them: text (any, not only ASCII), numbers,
# true/false/null, lists and objects, nested.
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
_OFFSETS = st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=30))])


@given(when=st.datetimes(timezones=_OFFSETS))
def test_the_quicker_time_processor_gives_sqlalchemys_own_text(when):
    """storage/store.py binds an event's and an outbox mark's time by a quicker way
    than SQLAlchemy's SQLite DATETIME processor (`_quicker`); it must be the same
    text for any time, in any zone (SQLite stores the wall time, with no zone)."""
    dialect = sqlite.dialect()
    column = schema.events.c.recorded_at
    own = column.type.dialect_impl(dialect).bind_processor(dialect)
    quicker = store_module._bind_processor(column, dialect)
    assert quicker is not own  # the quicker way is the one in use on SQLite
    assert quicker(when) == own(when)
    assert quicker(None) == own(None)


@given(value=st.dictionaries(st.text(), _JSON, max_size=6), other=_JSON)
def test_the_quicker_json_processor_gives_sqlalchemys_own_text(value, other):
    """The same for the JSON columns (an event's payload, an adapter-state value):
    for an object, json.dumps's own C encoder made once; anything else goes to
    SQLAlchemy's processor itself."""
    dialect = sqlite.dialect()
    for column in (schema.events.c.payload, schema.adapter_state.c.value):
        own = column.type.dialect_impl(dialect).bind_processor(dialect)
        quicker = store_module._bind_processor(column, dialect)
        assert quicker is not own
        assert quicker(value) == own(value)
        assert quicker(other) == own(other)


async def test_another_connection_writing_between_batches_is_noticed(database):
    """The next seq is kept in memory; a write by anyone else (another process) makes
    the writer read it again instead of clashing."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    with sqlite3.connect(database) as conn:
        conn.execute(
            "INSERT INTO events (workshop_id, seq, type, payload, actor_id, source_id,"
            " recorded_at) VALUES ('w1', 2, 'HandRaised',"
            " '{\"person_id\": \"x\", \"at\": 2.0}', 'x', 'elsewhere', '2020-01-01')"
        )
    await store.append("w1", [_said(1)], actor_id="h", source_id="mine", now=3.0)
    await store.close()
    assert await _rows(database) == [("w1", 1, "start"), ("w1", 2, "elsewhere"), ("w1", 3, "mine")]


async def test_a_store_is_refused_to_an_event_loop_other_than_its_own(database):
    """The writer knows its loop without asking asyncio each time (`Writer._own_loop`):
    another loop, here running in another thread, is still refused, and the store
    still writes from its own."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)

    def from_another_loop() -> None:
        asyncio.run(store.append("w1", [_said(1)], actor_id="h", source_id="other", now=2.0))

    with pytest.raises(RuntimeError, match="one event loop only"):
        await asyncio.to_thread(from_another_loop)
    await store.append("w1", [_said(2)], actor_id="h", source_id="own", now=3.0)
    await store.close()
    assert [sid for _, _, sid in await _rows(database)] == ["start", "own"]


async def test_writes_after_close_are_refused_and_queued_ones_are_written_first(database):
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    queued = [
        asyncio.ensure_future(
            store.append("w1", [_said(n)], actor_id="h", source_id=f"q{n}", now=2.0)
        )
        for n in range(10)
    ]
    await asyncio.sleep(0)  # they are queued
    await store.close()
    assert all(f.done() and f.exception() is None for f in queued)
    with pytest.raises(StoreClosed):
        await store.append("w1", [_said(99)], actor_id="h", source_id="late", now=3.0)
    assert len(await _rows(database)) == 11


async def test_a_close_cancelled_while_it_waits_still_stops_the_thread_first(database):
    """`Writer.close` is cancelled while the writer's thread waits for the database
    (another connection holds the write lock). The cancellation waits until the
    batch on the thread has its outcome and the thread is stopped and joined; the
    write's caller is told (here: stored, as the lock came free), never left waiting."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, held
    try:
        waiting = asyncio.ensure_future(
            store.append("w1", [_said(1)], actor_id="h", source_id="during", now=2.0)
        )
        for _ in range(20):
            await asyncio.sleep(0)
        assert not waiting.done()  # on the writer's thread, waiting for the lock
        closing = asyncio.ensure_future(store.writer.close())
        for _ in range(5):
            await asyncio.sleep(0)
        closing.cancel()
        for _ in range(20):
            await asyncio.sleep(0)
        # Deferred: the thread is still writing, so it cannot be stopped yet.
        assert not closing.done() and store.writer._thread is not None
    finally:
        holder.execute("COMMIT")
        holder.close()
    with pytest.raises(asyncio.CancelledError):
        await closing
    assert closing.cancelled()
    assert store.writer._thread is None and store.writer._sync_conn is None
    await waiting  # its batch committed on the thread before it stopped
    with pytest.raises(StoreClosed):
        await store.append("w1", [_said(2)], actor_id="h", source_id="after", now=3.0)
    await store.engine.dispose()
    assert await _rows(database) == [("w1", 1, "start"), ("w1", 2, "during")]


async def test_a_store_close_cancelled_while_the_writer_waits_still_disposes_the_engine(database):
    """`EventStore.close` is cancelled while the writer's thread waits for the write
    lock. The writer's close raises the cancellation once its thread is stopped; the
    store still disposes its engine (the pooled read connection is closed, not left
    open past the stop), then raises the cancellation."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    assert not await store.has_source("never-seen")  # a read: its connection is pooled
    pool = store.engine.sync_engine.pool
    assert pool.checkedin() == 1
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, held
    try:
        waiting = asyncio.ensure_future(
            store.append("w1", [_said(1)], actor_id="h", source_id="during", now=2.0)
        )
        for _ in range(20):
            await asyncio.sleep(0)
        closing = asyncio.ensure_future(store.close())
        for _ in range(5):
            await asyncio.sleep(0)
        closing.cancel()
        for _ in range(20):
            await asyncio.sleep(0)
        assert not closing.done()  # the writer's thread is still writing
    finally:
        holder.execute("COMMIT")
        holder.close()
    with pytest.raises(asyncio.CancelledError):
        await closing
    await waiting
    # dispose() closes the checked-in connections of the old pool and puts a new,
    # empty one in its place (SQLAlchemy Engine.dispose, close=True by default).
    assert pool.checkedin() == 0
    assert store.engine.sync_engine.pool is not pool


async def test_a_small_write_that_finds_the_database_locked_waits_off_the_event_loop(database):
    """Small batches are written on the loop's own thread (storage/store.py,
    `_run_inline`), but never wait there: locked by another connection (another
    process, say), the write waits on the writer's thread and the loop runs on."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, held
    try:
        waiting = asyncio.ensure_future(
            store.append("w1", [_said(1)], actor_id="h", source_id="during", now=2.0)
        )
        for _ in range(20):  # the loop goes on turning: nothing blocked it
            await asyncio.sleep(0)
        assert not waiting.done()  # neither failed nor written: waiting for the lock
    finally:
        holder.execute("COMMIT")
        holder.close()
    await waiting
    await store.close()
    assert await _rows(database) == [("w1", 1, "start"), ("w1", 2, "during")]


async def test_small_writes_on_the_loop_still_have_the_wal_checkpointed(database, monkeypatch):
    """The loop's connection makes no checkpoint (a checkpoint syncs the disk); the
    writer's thread makes one every so many of its commits, so the WAL does not grow
    for ever while messages come one at a time."""
    monkeypatch.setattr(store_module, "INLINE_CHECKPOINT_EVERY", 10)
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    for n in range(300):
        await store.append("w1", [_said(n)], actor_id="h", source_id=f"s{n}", now=2.0)
    with sqlite3.connect(database) as conn:  # (busy, frames in the WAL, checkpointed)
        _, frames, _ = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    await store.close()
    assert 0 < frames < 300  # at least one frame a commit had there been no checkpoint


CRASH = textwrap.dedent(
    """
    import asyncio, os, sys
    sys.path.insert(0, {root!r})
    from bot.bootstrap import open_store
    from tests.conftest import settings_for
    from tests.test_writer import STARTED, _said

    async def main():
        store = await open_store(settings_for({database!r}))
        await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)

        def die(batch):
            if len(batch) > 1:
                os._exit(9)  # killed inside the transaction, its rows written, no COMMIT

        store.writer.before_commit = die
        await asyncio.gather(*(
            store.append("w1", [_said(n)], actor_id="h", source_id=f"s{{n}}", now=2.0)
            for n in range(50)
        ))

    asyncio.run(main())
    """
)


def test_a_process_killed_mid_batch_leaves_none_of_that_batch(database):
    script = CRASH.format(root=str(ROOT), database=str(database))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 9, done.stderr
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # The start, and the first of the 50 (it found the writer idle, so it was written
    # at once, alone: storage/store.py `submit`) were committed; the batch of the other
    # 49 was written but never committed, so none of it is there, not even a part.
    with sqlite3.connect(database) as conn:
        stored = conn.execute("SELECT seq, source_id FROM events").fetchall()
    assert stored == [(1, "start"), (2, "s0")]


async def test_a_long_read_does_not_hold_the_write_lock(database):
    """The store's reads begin plain transactions (not IMMEDIATE), so a restore
    streaming a large log never keeps the writer waiting, or failing after SQLite's
    busy timeout, while commands go on being stored."""
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    await store.append("w2", [_started("w2")], actor_id="h", source_id="start2", now=1.0)
    for n in range(5):
        await store.append("w1", [_said(n)], actor_id="h", source_id=f"s{n}", now=2.0)
    reading = store.logs_from({"w1": 0, "w2": 0})
    workshop, logged = await anext(reading)  # the read is open, mid-stream (w2 to come)
    assert workshop == "w1" and len(logged) == 6
    await store.append("w1", [_said(9)], actor_id="h", source_id="during", now=3.0)
    await reading.aclose()
    await store.close()
    assert ("w1", 7, "during") in await _rows(database)
