"""The event log and its small read models, on SQLAlchemy 2 async.

One `append` is one transaction: the events of one command, plus the
`workshops` and `participants` rows they imply. `source_id` is unique, so
a command delivered twice is stored once (`DuplicateCommand`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from facilitation import events as ev
from facilitation import privacy
from storage.schema import adapter_state, audit, events, participants, workshops

# SQLite settings applied to every new connection.
# - WAL lets readers carry on while one writer commits.
# - busy_timeout waits (rather than failing with "database is locked") when
#   another connection is writing.
# - synchronous is configurable: NORMAL (the default) is safe against the
#   bot crashing; only a power cut may lose the last few commits. FULL also
#   survives a power cut, at some cost in speed.
BUSY_TIMEOUT_MS = 5000


class DuplicateCommand(Exception):
    """This source id is already in the log: the command was delivered twice."""


@dataclass(frozen=True)
class WorkshopRow:
    id: str
    room: str
    title: str
    status: str


# The database holds what vulnerable people said: only the bot's own user may read it.
DATABASE_FILE_MODE = 0o600


def make_engine(url: str, synchronous: str = "NORMAL") -> AsyncEngine:
    engine = create_async_engine(url)
    if engine.dialect.name == "sqlite":
        _create_private_file(engine.url.database)
        _apply_sqlite_pragmas(engine, synchronous)
    return engine


def _create_private_file(path: str | None) -> None:
    """Make a new SQLite file readable and writable by its owner only (SQLite gives its
    -wal and -shm files the same mode). An existing file is left as it is."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, DATABASE_FILE_MODE)
    except FileExistsError:
        return
    except OSError:
        return  # say, the folder is missing: SQLite reports that in its own words
    os.close(fd)


def _apply_sqlite_pragmas(engine: AsyncEngine, synchronous: str) -> None:
    if synchronous not in ("OFF", "NORMAL", "FULL", "EXTRA"):
        raise ValueError(f"unknown synchronous setting {synchronous!r}")

    @sa.event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see
        # _on_begin), so reads inside `engine.begin()` share its transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection) -> None:
        # IMMEDIATE takes the write lock at the start, so a transaction that reads and
        # then writes (the next sequence number, then the insert) waits its turn under
        # busy_timeout. A plain BEGIN would fail at once with "database is locked" when
        # two rooms write together: the benchmark lost commands that way.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _when(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def source_ids(source_id: str, count: int) -> list[str]:
    """The first event keeps the command's own source id; later ones get a suffix."""
    return [source_id if n == 0 else f"{source_id}#{n}" for n in range(count)]


class EventStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def close(self) -> None:
        await self.engine.dispose()

    async def has_source(self, source_id: str) -> bool:
        query = sa.select(events.c.id).where(events.c.source_id == source_id)
        async with self.engine.connect() as conn:
            return (await conn.execute(query)).first() is not None

    async def append(
        self,
        workshop_id: str,
        new_events: Sequence[ev.Event],
        *,
        actor_id: str,
        source_id: str,
        now: float,
    ) -> None:
        """Append one command's events atomically; DuplicateCommand if already stored."""
        if not new_events:
            return
        try:
            async with self.engine.begin() as conn:
                await self._serialise(conn, workshop_id)
                await self._project(conn, workshop_id, new_events, now)
                await self._insert_events(conn, workshop_id, new_events, actor_id, source_id, now)
                for event in new_events:  # after the insert, so this batch is rewritten too
                    if isinstance(event, ev.PersonErased):
                        await self._erase(conn, workshop_id, event, now)
                    elif isinstance(event, ev.MessageDeleted):
                        await self._forget_message(conn, workshop_id, event.message_id)
        except IntegrityError as error:
            if await self.has_source(source_id):
                raise DuplicateCommand(source_id) from error
            raise

    @staticmethod
    async def _serialise(conn: AsyncConnection, workshop_id: str) -> None:
        """One append per workshop at a time, so the next sequence number read below is
        still the next when the rows go in. SQLite already has the whole database's
        write lock (BEGIN IMMEDIATE). PostgreSQL runs writers side by side: two
        appends to one workshop (two processes on one database) would read the same
        max(seq) and the second would fail on uq_events_workshop_seq. A transaction
        advisory lock on the workshop id makes the second wait until the first commits,
        then read the new max (READ COMMITTED reads afresh per statement). A hash clash
        between two workshops only makes them wait for each other."""
        if conn.dialect.name == "postgresql":
            await conn.execute(
                sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(workshop_id, 0)))
            )

    async def _insert_events(
        self,
        conn: AsyncConnection,
        workshop_id: str,
        new_events: Sequence[ev.Event],
        actor_id: str,
        source_id: str,
        now: float,
    ) -> None:
        last = await conn.scalar(
            sa.select(sa.func.max(events.c.seq)).where(events.c.workshop_id == workshop_id)
        )
        rows = []
        for offset, (event, sid) in enumerate(
            zip(new_events, source_ids(source_id, len(new_events)), strict=True)
        ):
            type_name, payload = ev.to_record(event)
            rows.append(
                {
                    "workshop_id": workshop_id,
                    "seq": (last or 0) + offset + 1,
                    "type": type_name,
                    "payload": payload,
                    "actor_id": actor_id,
                    "source_id": sid,
                    "recorded_at": _when(now),
                }
            )
        await conn.execute(events.insert(), rows)

    async def _project(
        self, conn: AsyncConnection, workshop_id: str, new_events: Sequence[ev.Event], now: float
    ) -> None:
        """Keep the workshops and participants tables in step with the log."""
        for event in new_events:
            if isinstance(event, ev.WorkshopStarted):
                await conn.execute(
                    workshops.insert().values(
                        id=workshop_id,
                        room=event.room,
                        title=event.title,
                        status="running",
                        started_at=_when(event.at),
                    )
                )
                await self._add_participant(
                    conn, workshop_id, event.facilitator_id, event.facilitator_name, event.at
                )
            elif isinstance(event, ev.WorkshopEnded):
                await conn.execute(
                    workshops.update()
                    .where(workshops.c.id == workshop_id)
                    .values(status="ended", ended_at=_when(event.at))
                )
            elif isinstance(event, ev.ParticipantJoined):
                await self._add_participant(
                    conn, workshop_id, event.person_id, event.name, event.at
                )
            elif isinstance(event, ev.ConsentChanged):
                await conn.execute(
                    participants.update()
                    .where(participants.c.workshop_id == workshop_id)
                    .where(participants.c.person_id == event.person_id)
                    .values(recorded=event.recorded)
                )

    async def _forget_message(
        self, conn: AsyncConnection, workshop_id: str, message_id: str
    ) -> None:
        """A message deleted on the platform loses its words here too (every version)."""
        rows = (
            await conn.execute(
                sa.select(events.c.id, events.c.type, events.c.payload)
                .where(events.c.workshop_id == workshop_id)
                .where(events.c.type.in_(privacy.TEXT_EVENTS))
                .order_by(events.c.id)
                .with_for_update()  # see purge_transcripts
            )
        ).all()
        for row in rows:
            payload = privacy.deleted_payload(row.type, row.payload, message_id)
            if payload is not None:
                await conn.execute(
                    events.update().where(events.c.id == row.id).values(payload=payload)
                )

    async def _erase(
        self, conn: AsyncConnection, workshop_id: str, event: ev.PersonErased, now: float
    ) -> None:
        """Rewrite this workshop's earlier rows without the person's words and name, in
        the transaction that appends `PersonErased` and writes its audit row."""
        rows = (
            await conn.execute(
                sa.select(events.c.id, events.c.type, events.c.payload)
                .where(events.c.workshop_id == workshop_id)
                .order_by(events.c.id)
                .with_for_update()  # see purge_transcripts
            )
        ).all()
        changed = 0
        for row in rows:
            payload = privacy.erased_payload(
                row.type, row.payload, event.person_id, event.pseudonym
            )
            if payload is not None:
                await conn.execute(
                    events.update().where(events.c.id == row.id).values(payload=payload)
                )
                changed += 1
        await conn.execute(
            participants.update()
            .where(participants.c.workshop_id == workshop_id)
            .where(participants.c.person_id == event.person_id)
            .values(display_name=event.pseudonym, recorded=False)
        )
        await conn.execute(
            audit.insert().values(
                at=_when(now),
                workshop_id=workshop_id,
                actor_id=event.person_id,
                action="PersonErased",
                outcome="ok",
                detail=(
                    f"at the person's own confirmed request: their messages' text and their"
                    f" name removed from {changed} stored events; now shown as {event.pseudonym}"
                ),
            )
        )

    async def purge_transcripts(self, cutoff: float, *, retention_days: int, now: float) -> int:
        """Remove transcript text written before `cutoff` from every workshop, with its
        audit row, in one transaction. Returns how many events were rewritten."""
        # Rows are rewritten from what was read, so on PostgreSQL they are locked as they
        # are read (FOR UPDATE; SQLite renders no such clause and needs none: its writers
        # take turns). Otherwise a purge and an erasure (or a deleted message) running
        # together could each rewrite a row from its old payload, the later write undoing
        # the earlier one. (Today's rewrites only ever blank the same fields, so that
        # would be harmless; the lock keeps it so when a rewrite differs.) All three
        # lock in id order.
        query = (
            sa.select(events.c.id, events.c.type, events.c.payload)
            .where(
                events.c.type.in_((*privacy.TEXT_EVENTS, "DriftRedirected", "SafeguardingFlagged"))
            )
            .order_by(events.c.id)
            .with_for_update()
        )
        async with self.engine.begin() as conn:
            changed = 0
            for row in (await conn.execute(query)).all():
                payload = privacy.purged_payload(row.type, row.payload, cutoff)
                if payload is not None:
                    await conn.execute(
                        events.update().where(events.c.id == row.id).values(payload=payload)
                    )
                    changed += 1
            await conn.execute(
                audit.insert().values(
                    at=_when(now),
                    workshop_id=None,
                    actor_id="system",
                    action="TranscriptPurged",
                    outcome="ok",
                    detail=(
                        f"retention {retention_days} days: text removed from {changed} events"
                        f" written before {_when(cutoff).isoformat()}"
                    ),
                )
            )
        return changed

    @staticmethod
    async def _add_participant(
        conn: AsyncConnection, workshop_id: str, person_id: str, name: str, at: float
    ) -> None:
        await conn.execute(
            participants.insert().values(
                workshop_id=workshop_id,
                person_id=person_id,
                display_name=name,
                recorded=True,
                joined_at=_when(at),
            )
        )

    async def load_events(self, workshop_id: str) -> list[ev.Event]:
        query = (
            sa.select(events.c.type, events.c.payload)
            .where(events.c.workshop_id == workshop_id)
            .order_by(events.c.seq)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [ev.from_record(row.type, row.payload) for row in rows]

    async def running_workshops(self) -> list[WorkshopRow]:
        return await self._workshops(workshops.c.status == "running")

    async def running_workshop_in(self, room: str) -> WorkshopRow | None:
        rows = await self._workshops((workshops.c.status == "running") & (workshops.c.room == room))
        return rows[0] if rows else None

    async def all_workshops(self) -> list[WorkshopRow]:
        return await self._workshops(sa.true())

    async def _workshops(self, where: sa.ColumnElement[bool]) -> list[WorkshopRow]:
        query = (
            sa.select(workshops.c.id, workshops.c.room, workshops.c.title, workshops.c.status)
            .where(where)
            .order_by(workshops.c.started_at)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [WorkshopRow(r.id, r.room, r.title, r.status) for r in rows]

    async def participants_of(self, workshop_id: str) -> list[dict]:
        query = (
            sa.select(participants)
            .where(participants.c.workshop_id == workshop_id)
            .order_by(participants.c.joined_at)
        )
        async with self.engine.connect() as conn:
            return [dict(row._mapping) for row in (await conn.execute(query)).all()]

    # --- adapter state ------------------------------------------------------------

    async def get_adapter_state(self, key: str) -> dict[str, Any] | None:
        """What an adapter saved under `key`, or None if nothing was."""
        query = sa.select(adapter_state.c.value).where(adapter_state.c.key == key)
        async with self.engine.connect() as conn:
            value = await conn.scalar(query)
        return dict(value) if value is not None else None

    async def set_adapter_state(self, key: str, value: dict[str, Any]) -> None:
        """Save (or replace) `value` under `key`, committed when this returns."""
        row = {"key": key, "value": value, "updated_at": dt.datetime.now(dt.UTC)}
        dialect = self.engine.dialect.name
        async with self.engine.begin() as conn:
            if dialect in ("sqlite", "postgresql"):
                insert = (sqlite_insert if dialect == "sqlite" else postgresql_insert)(
                    adapter_state
                ).values(**row)
                await conn.execute(
                    insert.on_conflict_do_update(
                        index_elements=[adapter_state.c.key],
                        set_={"value": insert.excluded.value, "updated_at": row["updated_at"]},
                    )
                )
                return
            # Any other database: update, else insert (one transaction).
            updated = await conn.execute(
                adapter_state.update()
                .where(adapter_state.c.key == key)
                .values(value=value, updated_at=row["updated_at"])
            )
            if not updated.rowcount:
                await conn.execute(adapter_state.insert().values(**row))

    async def audit(
        self,
        *,
        workshop_id: str | None,
        actor_id: str,
        action: str,
        outcome: str,
        detail: str,
        now: float,
    ) -> None:
        row = {
            "at": _when(now),
            "workshop_id": workshop_id,
            "actor_id": actor_id,
            "action": action,
            "outcome": outcome,
            "detail": detail,
        }
        async with self.engine.begin() as conn:
            await conn.execute(audit.insert().values(**row))

    async def audit_rows(self, workshop_id: str | None = None) -> list[dict]:
        query = sa.select(audit).order_by(audit.c.id)
        if workshop_id is not None:
            query = query.where(audit.c.workshop_id == workshop_id)
        async with self.engine.connect() as conn:
            return [dict(row._mapping) for row in (await conn.execute(query)).all()]
