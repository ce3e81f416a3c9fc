"""The event log on a real SQLite file."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from bot.bootstrap import StartupError, open_store
from facilitation import events as ev
from storage.migrate import SchemaStatus, head_revision, schema_status, upgrade
from storage.store import DuplicateCommand, EventStore, make_engine
from tests.conftest import settings_for

STARTED = ev.WorkshopStarted(
    workshop_id="w1",
    room="test:main",
    title="Breaks",
    scope="booking breaks",
    agenda=("one", "two"),
    cannot_change="",
    ground_rules=("be kind",),
    complaints_route="call 0123",
    out_of_scope=(),
    drift_sensitivity="normal",
    drift_cooldown=300,
    queue_order="fair",
    prefix="!",
    timebox_warning_seconds=30,
    reactions=False,
    facilitator_id="test:host",
    facilitator_name="Host",
    at=100.0,
)


async def _store(database) -> EventStore:
    return await open_store(settings_for(database))


async def test_events_round_trip_and_survive_reopening(database):
    store = await _store(database)
    joined = ev.ParticipantJoined(person_id="test:alice", name="Alice", facilitator=False, at=101.0)
    hand = ev.HandRaised(person_id="test:alice", at=101.0)
    await store.append("w1", [STARTED], actor_id="test:host", source_id="s1", now=100.0)
    await store.append("w1", [joined, hand], actor_id="test:alice", source_id="s2", now=101.0)
    await store.close()

    reopened = await _store(database)
    assert await reopened.load_events("w1") == [STARTED, joined, hand]
    assert [r.id for r in await reopened.running_workshops()] == ["w1"]
    names = [p["display_name"] for p in await reopened.participants_of("w1")]
    assert names == ["Host", "Alice"]
    await reopened.close()


async def test_duplicate_source_id_is_refused_and_nothing_is_half_written(database):
    store = await _store(database)
    await store.append("w1", [STARTED], actor_id="test:host", source_id="s1", now=100.0)
    hand = ev.HandRaised(person_id="test:host", at=101.0)
    with pytest.raises(DuplicateCommand):
        await store.append("w1", [hand], actor_id="test:host", source_id="s1", now=101.0)
    assert await store.load_events("w1") == [STARTED]
    assert await store.has_source("s1")
    assert not await store.has_source("s2")
    await store.close()


async def test_sequence_numbers_are_per_workshop_and_gapless(database):
    store = await _store(database)
    second = ev.WorkshopStarted(**{**STARTED.__dict__, "workshop_id": "w2", "room": "test:b"})
    await store.append("w1", [STARTED], actor_id="h", source_id="a", now=1.0)
    await store.append("w2", [second], actor_id="h", source_id="b", now=1.0)
    await store.append("w1", [ev.HandRaised("x", 2.0)] * 2, actor_id="x", source_id="c", now=2.0)
    await store.close()
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT workshop_id, seq, source_id FROM events ORDER BY id").fetchall()
    assert rows == [("w1", 1, "a"), ("w2", 1, "b"), ("w1", 2, "c"), ("w1", 3, "c#1")]


async def test_sqlite_pragmas_are_applied_on_every_connection(database):
    engine = make_engine(f"sqlite+aiosqlite:///{database}", synchronous="FULL")
    async with engine.connect() as conn:
        mode = await conn.scalar(sa.text("PRAGMA journal_mode"))
        timeout = await conn.scalar(sa.text("PRAGMA busy_timeout"))
        synchronous = await conn.scalar(sa.text("PRAGMA synchronous"))
        foreign_keys = await conn.scalar(sa.text("PRAGMA foreign_keys"))
    await engine.dispose()
    assert (mode, timeout, synchronous, foreign_keys) == ("wal", 5000, 2, 1)


async def test_new_database_is_created_at_the_newest_schema(database):
    store = await _store(database)
    assert await schema_status(store.engine) is SchemaStatus.CURRENT
    await store.close()
    with sqlite3.connect(database) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == head_revision()


async def test_a_database_that_is_behind_is_refused_with_what_to_run(database, monkeypatch):
    store = await _store(database)
    await store.close()
    # As if this version of the bot had a migration the file lacks.
    monkeypatch.setattr("storage.migrate.head_revision", lambda: "9999")
    with pytest.raises(StartupError, match="workshop-bot db upgrade"):
        await _store(database)


async def test_a_database_from_elsewhere_or_newer_is_refused(database):
    store = await _store(database)
    await store.close()
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    with pytest.raises(StartupError, match="newer version"):
        await _store(database)
    with sqlite3.connect(database) as conn:
        conn.execute("DELETE FROM alembic_version")
    with pytest.raises(StartupError, match="did not make"):
        await _store(database)


async def test_upgrade_is_idempotent(database):
    engine = make_engine(f"sqlite+aiosqlite:///{database}")
    await upgrade(engine)
    await upgrade(engine)
    assert await schema_status(engine) is SchemaStatus.CURRENT
    await engine.dispose()


async def test_migration_creates_the_same_tables_as_the_schema_module(database):
    from storage.schema import metadata

    store = await _store(database)

    def columns(connection):
        inspector = sa.inspect(connection)
        return {t: sorted(c["name"] for c in inspector.get_columns(t)) for t in metadata.tables}

    async with store.engine.connect() as conn:
        migrated = await conn.run_sync(columns)
    await store.close()
    expected = {name: sorted(t.columns.keys()) for name, t in metadata.tables.items()}
    assert migrated == expected


async def test_audit_rows_are_kept(database):
    store = await _store(database)
    await store.audit(
        workshop_id="w1", actor_id="a", action="CallNext", outcome="denied", detail="no", now=5.0
    )
    rows = await store.audit_rows("w1")
    assert [(r["action"], r["outcome"]) for r in rows] == [("CallNext", "denied")]
    await store.close()


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
    with sqlite3.connect(database) as conn:
        (count,) = conn.execute("SELECT count(*) FROM adapter_state").fetchone()
    assert count == 2


async def test_a_database_at_the_first_schema_is_upgraded_to_have_adapter_state(database):
    store = await _store(database)
    await store.close()
    # A database made before adapter_state existed (and before any later migration).
    with sqlite3.connect(database) as conn:
        listed = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        tables = {row[0] for row in listed}
        for table in tables - {"workshops", "events", "participants", "audit", "alembic_version"}:
            conn.execute(f'DROP TABLE "{table}"')
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    with pytest.raises(StartupError, match="workshop-bot db upgrade"):
        await _store(database)
    engine = make_engine(f"sqlite+aiosqlite:///{database}")
    await upgrade(engine)  # what `workshop-bot db upgrade` runs
    await engine.dispose()
    store = await _store(database)
    await store.set_adapter_state("k", {"v": 1})
    assert await store.get_adapter_state("k") == {"v": 1}
    await store.close()
