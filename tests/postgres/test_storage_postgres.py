"""The storage tests on a real PostgreSQL server (the cluster in conftest.py).

The tests of tests/test_storage.py and tests/test_privacy.py that only go through the
store are imported and run again here, where `database` is a PostgreSQL URL. Those
that read the SQLite file directly have PostgreSQL versions below, and the tests
about writers running together run on both databases.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from bot.bootstrap import StartupError, open_store
from facilitation import events as ev
from storage.migrate import SchemaStatus, head_revision, schema_status, upgrade
from storage.schema import metadata
from storage.store import EventStore, make_engine
from tests.conftest import ALICE, HOST, START, settings_for
from tests.test_privacy import (  # noqa: F401  (collected again, on PostgreSQL)
    SECRET,
    test_forgetme_rewrites_the_stored_log_and_the_notes,
)
from tests.test_storage import (  # noqa: F401  (collected again, on PostgreSQL)
    STARTED,
    test_a_database_that_is_behind_is_refused_with_what_to_run,
    test_audit_rows_are_kept,
    test_duplicate_source_id_is_refused_and_nothing_is_half_written,
    test_events_round_trip_and_survive_reopening,
    test_migration_creates_the_same_tables_as_the_schema_module,
)


async def _store(url: str) -> EventStore:
    return await open_store(settings_for(url))


async def _sql(url: str, statement: str) -> list[tuple]:
    """One raw statement in its own transaction, as another program would run it."""
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            result = await conn.exec_driver_sql(statement)
            return [tuple(row) for row in result.all()] if result.returns_rows else []
    finally:
        await engine.dispose()


async def _tables_after_0001(url: str) -> list[str]:
    first = {"workshops", "events", "participants", "audit", "alembic_version"}
    rows = await _sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return [name for (name,) in rows if name not in first]


def _started(workshop_id: str, room: str) -> ev.WorkshopStarted:
    return ev.WorkshopStarted(**{**STARTED.__dict__, "workshop_id": workshop_id, "room": room})


# --- PostgreSQL versions of the tests that open the SQLite file --------------------


async def test_the_url_chooses_postgresql_and_no_sqlite_settings_are_installed(database):
    store = await _store(database)
    assert store.engine.dialect.name == "postgresql"
    assert store.engine.dialect.driver == "asyncpg"
    # No connect/begin listeners (the SQLite PRAGMAs and BEGIN IMMEDIATE) on PostgreSQL.
    plain = create_async_engine(database)  # the dialect's own connect listeners only
    pool_listeners = len(plain.sync_engine.pool.dispatch.connect)
    await plain.dispose()
    assert len(store.engine.sync_engine.pool.dispatch.connect) == pool_listeners
    assert len(store.engine.sync_engine.dispatch.begin) == 0
    await store.close()


async def test_sequence_numbers_are_per_workshop_and_gapless(database):
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="h", source_id="a", now=1.0)
    await store.append("w2", [_started("w2", "test:b")], actor_id="h", source_id="b", now=1.0)
    await store.append("w1", [ev.HandRaised("x", 2.0)] * 2, actor_id="x", source_id="c", now=2.0)
    await store.close()
    rows = await _sql(database, "SELECT workshop_id, seq, source_id FROM events ORDER BY id")
    assert rows == [("w1", 1, "a"), ("w2", 1, "b"), ("w1", 2, "c"), ("w1", 3, "c#1")]


async def test_new_database_is_created_at_the_newest_schema(database):
    store = await _store(database)
    assert await schema_status(store.engine) is SchemaStatus.CURRENT
    await store.close()
    assert await _sql(database, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


async def test_a_database_from_elsewhere_or_newer_is_refused(database):
    store = await _store(database)
    await store.close()
    await _sql(database, "UPDATE alembic_version SET version_num = 'f00d'")
    with pytest.raises(StartupError, match="newer version"):
        await _store(database)
    await _sql(database, "DELETE FROM alembic_version")
    with pytest.raises(StartupError, match="did not make"):
        await _store(database)


async def test_upgrade_is_idempotent(database):
    engine = make_engine(database)
    await upgrade(engine)
    await upgrade(engine)
    assert await schema_status(engine) is SchemaStatus.CURRENT
    await engine.dispose()


async def test_adapter_state_is_saved_replaced_and_survives_reopening(database):
    store = await _store(database)
    assert await store.get_adapter_state("matrix.next_batch") is None
    await store.set_adapter_state("matrix.next_batch", {"next_batch": "s1"})
    await store.set_adapter_state("matrix.next_batch", {"next_batch": "s2"})
    levels = {"!r:x": {"users": {"@bot:x": 100}, "events_default": 0}}
    await store.set_adapter_state("matrix.saved_power_levels", {"saved_power_levels": levels})
    await store.close()

    reopened = await _store(database)
    assert await reopened.get_adapter_state("matrix.next_batch") == {"next_batch": "s2"}
    saved = await reopened.get_adapter_state("matrix.saved_power_levels")
    assert saved == {"saved_power_levels": levels}
    await reopened.close()
    assert await _sql(database, "SELECT count(*) FROM adapter_state") == [(2,)]


async def test_a_database_at_the_first_schema_is_upgraded_to_have_adapter_state(database):
    store = await _store(database)
    await store.close()
    # Back to the first schema, as a database made then would be (later migrations too).
    for table in await _tables_after_0001(database):
        await _sql(database, f'DROP TABLE "{table}"')
    await _sql(database, "UPDATE alembic_version SET version_num = '0001'")
    with pytest.raises(StartupError, match="workshop-bot db upgrade"):
        await _store(database)
    engine = make_engine(database)
    await upgrade(engine)  # what `workshop-bot db upgrade` runs
    await engine.dispose()
    store = await _store(database)
    await store.set_adapter_state("k", {"v": 1})
    assert await store.get_adapter_state("k") == {"v": 1}
    await store.close()


async def test_the_migrated_column_types_are_postgresql_ones(database):
    store = await _store(database)

    def types(connection):
        inspector = sa.inspect(connection)
        return {
            (table, c["name"]): type(c["type"]).__name__
            for table in metadata.tables
            for c in inspector.get_columns(table)
        }

    async with store.engine.connect() as conn:
        found = await conn.run_sync(types)
    await store.close()
    assert found[("events", "payload")] == "JSON"
    assert found[("adapter_state", "value")] == "JSON"
    assert found[("events", "recorded_at")] == "TIMESTAMP"
    rows = await _sql(
        database,
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'public' AND data_type = 'timestamp with time zone'"
        " ORDER BY 1, 2",
    )
    assert rows == [
        ("adapter_state", "updated_at"),
        ("audit", "at"),
        ("events", "recorded_at"),
        ("participants", "joined_at"),
        ("snapshots", "saved_at"),
        ("workshops", "ended_at"),
        ("workshops", "started_at"),
    ]


async def test_a_password_with_url_quoted_characters_works_for_migrations(
    postgres_server, postgres_url
):
    password = "p@ss%w:rd/50%"
    quoted = password.replace("'", "''")
    await postgres_server.admin_async(f"CREATE ROLE odd LOGIN PASSWORD '{quoted}'")
    name = sa.make_url(postgres_url).database
    await postgres_server.admin_async(f'ALTER DATABASE "{name}" OWNER TO odd')
    url = sa.make_url(postgres_url).set(username="odd", password=password)
    store = await _store(url.render_as_string(hide_password=False))
    assert await schema_status(store.engine) is SchemaStatus.CURRENT
    await store.close()
    await postgres_server.admin_async(f'DROP DATABASE "{name}"')
    await postgres_server.admin_async("DROP ROLE odd")


# --- on both databases ----------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "workshop.db")
    return request.getfixturevalue("postgres_url")


async def test_times_are_stored_as_the_same_instant(any_database):
    store = await _store(any_database)
    await store.append("w1", [STARTED], actor_id="test:host", source_id="s1", now=100.0)
    await store.audit(workshop_id="w1", actor_id="a", action="X", outcome="ok", detail="", now=5.0)
    (host,) = await store.participants_of("w1")
    (row,) = await store.audit_rows("w1")
    await store.close()

    def utc(when: dt.datetime) -> dt.datetime:  # SQLite gives it back without a zone
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)

    assert utc(host["joined_at"]) == dt.datetime.fromtimestamp(100.0, dt.UTC)
    assert utc(row["at"]) == dt.datetime.fromtimestamp(5.0, dt.UTC)


async def test_payloads_keep_unicode_floats_and_nesting(any_database):
    store = await _store(any_database)
    words = 'Ça va? 🙂 — "quoted" \\ back\nline'
    said = ev.MessagePosted(person_id="test:alice", text=words, at=101.123456789)
    await store.append("w1", [STARTED, said], actor_id="test:host", source_id="s1", now=100.0)
    state = {"nested": {"list": [1, 2.5, None, True, "é"]}, "empty": {}}
    await store.set_adapter_state("k", state)
    assert await store.load_events("w1") == [STARTED, said]
    assert await store.get_adapter_state("k") == state
    await store.close()


async def test_concurrent_appends_to_different_workshops_all_succeed(any_database):
    store = await _store(any_database)
    ids = [f"w{n}" for n in range(8)]
    await asyncio.gather(
        *(
            store.append(w, [_started(w, f"room-{w}")], actor_id="h", source_id=w, now=1.0)
            for w in ids
        )
    )
    await asyncio.gather(
        *(
            store.append(w, [ev.HandRaised("x", 2.0)] * 2, actor_id="x", source_id=f"{w}-h", now=2)
            for w in ids
        )
    )
    assert sorted(r.id for r in await store.running_workshops()) == sorted(ids)
    for w in ids:
        assert len(await store.load_events(w)) == 3
    await store.close()


async def test_two_processes_appending_to_one_workshop_both_succeed_gaplessly(any_database):
    # Two stores with their own engines and connections: as two bot processes would be.
    first, second = await _store(any_database), await _store(any_database)
    await first.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    hands = [ev.HandRaised(f"p{n}", 2.0) for n in range(20)]
    await asyncio.gather(
        *(
            (first if n % 2 else second).append(
                "w1", [hand, hand], actor_id=hand.person_id, source_id=f"hand-{n}", now=2.0
            )
            for n, hand in enumerate(hands)
        )
    )
    await first.close()
    await second.close()
    engine = make_engine(settings_for(any_database).database_url)
    async with engine.connect() as conn:
        seqs = (await conn.execute(sa.text("SELECT seq FROM events ORDER BY seq"))).scalars().all()
    await engine.dispose()
    assert seqs == list(range(1, 42))


async def test_erasure_leaves_no_words_or_name_in_the_stored_text(harness):
    h = harness
    await h.say(HOST, START)
    await h.say(ALICE, "hello")
    await h.say(ALICE, SECRET, source_id="event-2")  # real ids never hold the text
    await h.say(ALICE, "!forgetme confirm")
    async with h.bot.store.engine.connect() as conn:
        raw = (await conn.execute(sa.text("SELECT CAST(payload AS TEXT) FROM events"))).all()
    texts = [row[0] for row in raw]
    assert texts and all(isinstance(t, str) for t in texts)
    assert [t for t in texts if SECRET in t or '"Alice"' in t] == []
    assert any(json.loads(t).get("name") == "Forgotten person 1" for t in texts)


async def test_purge_and_erasure_running_together_lose_neither(any_database):
    store = await _store(any_database)
    await store.append("w1", [STARTED], actor_id="h", source_id="start", now=1.0)
    joined = ev.ParticipantJoined(person_id="a", name="Alice", facilitator=False, at=2.0)
    await store.append("w1", [joined], actor_id="a", source_id="join", now=2.0)
    for n in range(30):
        said = ev.MessagePosted(person_id="a" if n % 2 else "b", text=f"{SECRET} {n}", at=3.0 + n)
        await store.append("w1", [said], actor_id="x", source_id=f"say-{n}", now=3.0 + n)
    erased = ev.PersonErased(person_id="a", pseudonym="Forgotten person 1", at=100.0)
    await asyncio.gather(
        store.purge_transcripts(18.0, retention_days=1, now=100.0),
        store.append("w1", [erased], actor_id="a", source_id="erase", now=100.0),
    )
    said = [e for e in await store.load_events("w1") if isinstance(e, ev.MessagePosted)]
    await store.close()
    assert [e.text for e in said if e.person_id == "a"] == [None] * 15
    assert [e.text is None for e in said if e.person_id == "b"] == [
        e.at < 18.0 for e in said if e.person_id == "b"
    ]
