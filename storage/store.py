"""The event log and its small read models, on SQLAlchemy 2.

Every write goes through one writer (`Writer`): a queue, and one task that takes
what is queued and writes it in one transaction (group commit). An `append` is
one command's events, plus the `workshops` and `participants` rows they imply; the
caller's `await` returns once the transaction holding it has committed, so a
command is stored before its effects run. Appends from many workshops that arrive
while a transaction is being written go together in the next one. If a batch
fails, it is rolled back whole and each of its writes is tried again on its own,
so one bad write fails only its own caller, with its own error. `source_id` is
unique, so a command delivered twice is stored once (`DuplicateCommand`).

Reads use SQLAlchemy's async engine (aiosqlite or asyncpg). On a SQLite file the
writer has its own connection on its own thread, so a whole batch is one hop off
the event loop rather than one per statement; elsewhere (PostgreSQL) it runs the
same code on an async connection. Every batch, on every database, goes through one
function (`Writer._run_batch`); its common statements are Core statements compiled
once and run on the driver's cursor (`_Prepared`).
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import datetime as dt
import json
import json.encoder
import logging
import operator
import os
import threading
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from facilitation import events as ev
from facilitation import privacy
from storage.schema import adapter_state, audit, events, participants, snapshots, workshops

log = logging.getLogger(__name__)

# SQLite settings applied to every new connection.
# - WAL lets readers carry on while one writer commits.
# - busy_timeout waits (rather than failing with "database is locked") when
#   another connection is writing.
# - synchronous is configurable: NORMAL (the default) is safe against the
#   bot crashing; only a power cut may lose the last few commits. FULL also
#   survives a power cut, at some cost in speed.
BUSY_TIMEOUT_MS = 5000

# The adapter_state key counting retention purges that removed text (see save_snapshots).
PURGES = "privacy.purges"
READ_ONLY = "workshop_bot_read_only"  # an execution option: this connection only reads
MAX_BATCH = 512  # writes per transaction at most
# A batch of at most this many appends and adapter-state values (no rewrite, no other
# write) is written on the event loop's own thread when the database is free (see
# Writer._execute); a larger one, or one that finds the database busy, on the
# writer's thread.
INLINE_WRITES = 8
# Commits on the loop's connection between two checkpoints of the WAL: then the next
# batch goes to the writer's thread, which checkpoints after it (the loop's connection
# makes none: a checkpoint syncs the disk). A chat message's commit adds about 4 pages,
# so about SQLite's own 1,000 pages.
INLINE_CHECKPOINT_EVERY = 250
# Writes of a committed batch whose callers resume first (see Writer._give_results).
ANSWER_FIRST = 16
RECENT_SOURCES = 20_000  # source ids remembered as stored, for the duplicate check
CHUNK = 500  # ids per IN (...) list
READ_ONE_BY_ONE = 4  # workshops whose last seq is read with one prepared query each


class DuplicateCommand(Exception):
    """This source id is already in the log: the command was delivered twice."""


class StoreClosed(RuntimeError):
    """A write after `close()`."""


@dataclass(frozen=True)
class WorkshopRow:
    id: str
    room: str
    title: str
    status: str


@dataclass(frozen=True)
class Snapshot:
    """A workshop's state after its event `seq` (whose source id is `source_id`)."""

    workshop_id: str
    seq: int
    source_id: str
    version: str
    state: dict


@dataclass(frozen=True)
class LoggedEvent:
    seq: int
    source_id: str
    event: ev.Event


# The database holds what vulnerable people said: only the bot's own user may read it.
DATABASE_FILE_MODE = 0o600

# The synchronous setting each SQLite engine was made with, for the writer's own
# connection (which must match it).
_SYNCHRONOUS: weakref.WeakKeyDictionary[sa.Engine, str] = weakref.WeakKeyDictionary()


def make_engine(url: str, synchronous: str = "NORMAL") -> AsyncEngine:
    engine = create_async_engine(url)
    if engine.dialect.name == "sqlite":
        _create_private_file(engine.url.database)
        _apply_sqlite_pragmas(engine.sync_engine, synchronous)
        _SYNCHRONOUS[engine.sync_engine] = synchronous
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


def _apply_sqlite_pragmas(engine: sa.Engine, synchronous: str) -> None:
    if synchronous not in ("OFF", "NORMAL", "FULL", "EXTRA"):
        raise ValueError(f"unknown synchronous setting {synchronous!r}")

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see
        # _on_begin), so reads inside `engine.begin()` share its transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted and rewritten content is overwritten with zeros, not left in free
        # pages: erased words must not stay readable in the file (docs/privacy.md).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # IMMEDIATE takes the write lock at the start, so a transaction that reads and
        # then writes (the next sequence number, then the insert) waits its turn under
        # busy_timeout. A plain BEGIN would fail at once with "database is locked" when
        # two writers meet: the benchmark lost commands that way. The store's own reads
        # say they only read (READ_ONLY): a plain BEGIN, so a long read (a restore)
        # never holds the write lock and keeps the writer waiting.
        # On the driver's cursor. The writer's batches on SQLite begin on the driver
        # themselves (`_transaction`): a Core statement inside one (a projection, an
        # audit row) joins that transaction rather than beginning another.
        if connection.info.get(_DRIVER_TRANSACTION):
            return
        if connection.get_execution_options().get(READ_ONLY):
            _driver_execute(connection, "BEGIN")
        else:
            _driver_execute(connection, "BEGIN IMMEDIATE")


# In a connection's `info` while the writer's batch holds a transaction it began on
# the driver (see `_transaction`).
_DRIVER_TRANSACTION = "workshop_bot_driver_transaction"


@contextlib.contextmanager
def _transaction(conn: sa.Connection) -> Iterator[None]:
    """One batch's transaction. On PostgreSQL, SQLAlchemy's (`conn.begin()`). On SQLite,
    begun and committed on the driver (BEGIN IMMEDIATE ... COMMIT, the same statements
    the "begin" listener and SQLAlchemy's commit send), because SQLAlchemy's own
    transaction bookkeeping (its Transaction object, the begin event, the commit's
    dispatch) cost about as much CPU as SQLite's whole one-message transaction. A Core
    statement run inside (a projection, an audit row, a `_Call`) makes SQLAlchemy
    begin its transaction too: the "begin" listener then sends nothing (the driver is
    already in one), and the batch commits or rolls back through SQLAlchemy, which
    ends the driver's transaction with its own. Either way: one transaction, one COMMIT,
    and on any failure a rollback before the error is raised."""
    if conn.dialect.name != "sqlite":
        with conn.begin():
            yield
        return
    info = conn.info
    _driver_execute(conn, "BEGIN IMMEDIATE")
    info[_DRIVER_TRANSACTION] = True
    try:
        yield
        info.pop(_DRIVER_TRANSACTION, None)
        _commit(conn)
    except BaseException:
        info.pop(_DRIVER_TRANSACTION, None)
        _roll_back(conn)
        raise


def _commit(conn: sa.Connection) -> None:
    """Commit SQLAlchemy's transaction, if a Core statement began one inside the
    driver's (it ends both), else the driver's own."""
    if conn.in_transaction():
        conn.commit()
    else:
        _driver_execute(conn, "COMMIT")


def _roll_back(conn: sa.Connection) -> None:
    """Roll back whatever is open (after a failed COMMIT too, which leaves SQLite's
    transaction open). A failure here is logged: the caller raises the first error."""
    try:
        if conn.in_transaction():
            conn.rollback()
        else:  # the driver's rollback does nothing if no transaction is open
            conn.connection.dbapi_connection.rollback()
    except Exception:
        log.exception("could not roll back a failed batch")


def _when(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def source_ids(source_id: str, count: int) -> list[str]:
    """The first event keeps the command's own source id; later ones get a suffix."""
    if count == 1:  # most commands
        return [source_id]
    return [source_id if n == 0 else f"{source_id}#{n}" for n in range(count)]


def _chunks(items: Sequence[Any], size: int = CHUNK) -> list[Sequence[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# --- the writer -------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    """An audit row that belongs to a command's events (a safeguarding flag, a start or
    an end ...): written in their transaction, so neither is ever stored without the
    other. The row takes the workshop, the actor and the time of the append."""

    action: str
    detail: str
    outcome: str = "ok"


@dataclass
class _Append:
    """One command's events for one workshop, and the audit rows they imply."""

    workshop_id: str
    events: Sequence[ev.Event]
    actor_id: str
    source_id: str
    now: float
    source_ids: Sequence[str] = ()  # its events' own, once taken to be written (`_take`)
    audits: Sequence[AuditEntry] = ()


@dataclass
class _Upsert:
    """Save (or replace) one adapter_state value."""

    key: str
    value: dict[str, Any]
    # None: when its batch writes it (one clock reading for the batch's values, not one
    # each as they are queued: an outbox mark after every command, `enqueue_quietly`).
    at: dt.datetime | None


@dataclass
class _Call:
    """Any other write: `run(connection)` inside the batch's transaction. `scrub`: it
    removes words (the purge), so the WAL is checkpointed once it commits."""

    run: Callable[[sa.Connection], Any]
    scrub: bool = False


@dataclass
class _Write:
    op: _Append | _Upsert | _Call
    future: asyncio.Future | None
    # A write nobody waits for (`enqueue_quietly`): told of its failure instead.
    on_failure: Callable[[BaseException], None] | None = None


# --- the writer's statements -------------------------------------------------------
#
# The writer's common transaction holds one command's row or a few (a chat message and
# its outbox mark). For it, SQLAlchemy's work per statement (the cache key, the
# execution context, the result) cost several times SQLite's own: measured one
# message a transaction, Core `conn.execute(events.insert(), rows)` took about 130 µs
# of CPU against 34 µs for the driver alone. So the statements every batch runs are
# built with SQLAlchemy Core, compiled once per dialect, and run with executemany on
# the driver cursor of the batch's own connection, inside its SQLAlchemy transaction,
# with each value passed through the dialect's own bind processor (as `conn.execute`
# would): the same SQL and the same stored values as Core, at the driver's speed,
# on SQLite and PostgreSQL alike. Everything rarer (projections, rewrites, snapshots,
# the purge, audit rows) stays plain Core.

EVENT_COLUMNS = ("workshop_id", "seq", "type", "payload", "actor_id", "source_id", "recorded_at")
STATE_COLUMNS = ("key", "value", "updated_at")
PARTICIPANT_COLUMNS = ("workshop_id", "person_id", "display_name", "recorded", "joined_at")


@dataclass(frozen=True)
class _Prepared:
    """One Core statement compiled for one dialect. A row's values come in `columns`
    order; `execute` passes them in the compiled statement's parameter order, each
    through its column type's bind processor for the dialect."""

    sql: str
    order: Callable[[Sequence[Any]], list[Any]]  # a row's values in parameter order
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (parameter, its processor)
    names: tuple[str, ...] | None  # the parameters' names, for a named paramstyle

    @classmethod
    def compile(
        cls, statement: Any, table: sa.Table, columns: tuple[str, ...], dialect: sa.Dialect
    ) -> _Prepared:
        if isinstance(statement, sa.Insert):  # no RETURNING of the new ids (PostgreSQL)
            statement = statement.inline()
        compiled = statement.compile(dialect=dialect, column_keys=list(columns))
        keys = tuple(compiled.positiontup) if compiled.positional else columns
        places = [columns.index(key) for key in keys]
        if places == list(range(len(columns))):
            order: Callable[[Sequence[Any]], list[Any]] = list
        else:
            pick = operator.itemgetter(*places)
            order = lambda row: list(pick(row))  # noqa: E731
        found = [(n, _bind_processor(table.c[key], dialect)) for n, key in enumerate(keys)]
        return cls(
            sql=compiled.string,
            order=order,
            processors=tuple((n, process) for n, process in found if process is not None),
            names=None if compiled.positional else keys,
        )

    def execute(self, conn: sa.Connection, rows: Sequence[Sequence[Any]]) -> None:
        params: list[Any] = []
        for row in rows:
            values = self.order(row)
            for n, process in self.processors:
                values[n] = process(values[n])
            params.append(
                values if self.names is None else dict(zip(self.names, values, strict=True))
            )
        _driver_executemany(conn, self.sql, params)

    def first(self, conn: sa.Connection, row: Sequence[Any]) -> tuple[Any, ...] | None:
        """The statement (a query) run once with `row`'s values: its first row."""
        values = self.order(row)
        for n, process in self.processors:
            values[n] = process(values[n])
        params = values if self.names is None else dict(zip(self.names, values, strict=True))
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute(self.sql, params)
            found = cursor.fetchone()
        except conn.dialect.loaded_dbapi.Error as error:
            raise _as_sqlalchemy_error(conn, self.sql, error) from error
        finally:
            cursor.close()
        return None if found is None else tuple(found)


def _bind_processor(column: sa.Column, dialect: sa.Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy does to a value of this column before the driver has it (by a
    quicker way where there is one that gives the same value: `_quicker`)."""
    impl = column.type.dialect_impl(dialect)
    process = impl.bind_processor(dialect)
    if process is None:
        return None
    return _quicker(impl, dialect, process) or process


# Two bind processors run on every row the writer writes (an event's payload and time,
# an outbox mark's value and time), and SQLAlchemy's own took about 3.5 µs of a 12.5
# µs event row (a burst of 500 commands waits for that batch). Where a quicker way
# gives the very same value, it is used:
# - SQLite's DATETIME (sqlalchemy/dialects/sqlite/base.py, `DATETIME.bind_processor`),
#   with its default storage format, is `format_ % {"year": value.year, ...}` over the
#   value's own fields: the same format, positional, is the same text at half the cost.
# - JSON (sqlalchemy/sql/sqltypes.py, `JSON._make_bind_processor`), when the dialect
#   has no serializer of its own and no string processing, is `json.dumps(value)`. For
#   a dict, json.dumps builds the C encoder (`c_make_encoder`) on every call; one is
#   built here once, with json.dumps's own settings, minus its circular-reference check
#   (the writer's values are trees made for the row; the check changes no output).
# Anything else (None, a subclass, a dialect set up otherwise) goes to SQLAlchemy's
# own processor. tests/test_writer.py compares both with SQLAlchemy's on generated values.
_SQLITE_DATETIME_FORMAT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)
_SQLITE_DATETIME_TEXT = "%04d-%02d-%02d %02d:%02d:%02d.%06d"
_ENCODE_JSON = (
    None
    if json.encoder.c_make_encoder is None
    else json.encoder.c_make_encoder(
        None,  # markers: no circular-reference check
        json.JSONEncoder().default,
        json.encoder.encode_basestring_ascii,  # ensure_ascii=True
        None,  # indent
        ": ",
        ", ",
        False,  # sort_keys
        False,  # skipkeys
        True,  # allow_nan
    )
)


def _quicker(
    impl: sa.types.TypeEngine, dialect: sa.Dialect, process: Callable[[Any], Any]
) -> Callable[[Any], Any] | None:
    """A quicker processor giving the same values as `process`, or None (see above)."""
    if (
        isinstance(impl, sqlite.DATETIME)
        and getattr(impl, "_storage_format", None) == _SQLITE_DATETIME_FORMAT
    ):
        return _sqlite_datetime(process)
    if (
        isinstance(impl, sa.JSON)
        and _ENCODE_JSON is not None
        and getattr(dialect, "_json_serializer", "unknown") is None
        and not getattr(dialect, "supports_native_json_serialization", False)
        and impl._str_impl.bind_processor(dialect) is None
    ):
        return _json_object(process)
    return None


def _sqlite_datetime(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def quicker(value: Any) -> Any:
        if type(value) is dt.datetime:
            return _SQLITE_DATETIME_TEXT % (
                value.year,
                value.month,
                value.day,
                value.hour,
                value.minute,
                value.second,
                value.microsecond,
            )
        return process(value)

    return quicker


def _json_object(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    encode = _ENCODE_JSON
    assert encode is not None

    def quicker(value: Any) -> Any:
        if type(value) is dict:
            return "".join(encode(value, 0))
        return process(value)

    return quicker


@dataclass(frozen=True)
class _Statements:
    """The statements of every batch, for one dialect. `upsert` is None where the
    dialect has no INSERT ... ON CONFLICT (then `_upsert_adapter_state` runs)."""

    insert_events: _Prepared
    upsert: _Prepared | None
    # One workshop's last seq: read afresh by the writer as a workshop first writes (or
    # writes again after another connection has written), one batch in twelve or so
    # when one message at a time goes alternately to the writer's two connections.
    last_seq: _Prepared
    # A person's participants row, as they join (a workshop's first messages).
    add_participant: _Prepared

    @classmethod
    def compile(cls, dialect: sa.Dialect) -> _Statements:
        insert = events.insert()
        upsert = None
        if dialect.name in ("sqlite", "postgresql"):
            new = (sqlite_insert if dialect.name == "sqlite" else postgresql_insert)(adapter_state)
            statement = new.on_conflict_do_update(
                index_elements=[adapter_state.c.key],
                set_={"value": new.excluded.value, "updated_at": new.excluded.updated_at},
            )
            upsert = _Prepared.compile(statement, adapter_state, STATE_COLUMNS, dialect)
        last_seq = sa.select(sa.func.max(events.c.seq)).where(
            events.c.workshop_id == sa.bindparam("workshop_id")
        )
        return cls(
            _Prepared.compile(insert, events, EVENT_COLUMNS, dialect),
            upsert,
            _Prepared.compile(last_seq, events, ("workshop_id",), dialect),
            _Prepared.compile(participants.insert(), participants, PARTICIPANT_COLUMNS, dialect),
        )


class _Rows:
    """A batch's event rows and adapter-state values not yet written. `flush` writes
    them (events first, then the values in the order they came, so the last value
    for a key wins)."""

    def __init__(self, statements: _Statements) -> None:
        self.statements = statements
        self.events: list[tuple[Any, ...]] = []
        self.states: list[_Upsert] = []

    def upsert(self, op: _Upsert) -> None:
        self.states.append(op)

    def flush(self, conn: sa.Connection) -> None:
        if self.events:
            self.statements.insert_events.execute(conn, self.events)
            self.events = []
        if self.states:
            upsert = self.statements.upsert
            if upsert is not None:
                now = dt.datetime.now(dt.UTC)
                upsert.execute(conn, [(op.key, op.value, op.at or now) for op in self.states])
            else:
                for op in self.states:
                    _upsert_adapter_state(conn, op.key, op.value, op.at)
            self.states = []


def _driver_executemany(conn: sa.Connection, sql: str, params: list[Any]) -> None:
    """`sql` with each of `params`, on the connection's driver cursor."""
    try:  # (a dead connection fails at `cursor()`: that error is wrapped too)
        cursor = conn.connection.dbapi_connection.cursor()
    except conn.dialect.loaded_dbapi.Error as error:
        raise _as_sqlalchemy_error(conn, sql, error) from error
    try:
        cursor.executemany(sql, params)
    except conn.dialect.loaded_dbapi.Error as error:
        raise _as_sqlalchemy_error(conn, sql, error) from error
    finally:
        cursor.close()


def _driver_execute(conn: sa.Connection | Any, sql: str) -> tuple[Any, ...] | None:
    """`sql` on the connection's driver cursor; its first row, if any. Also takes the
    Connection a "begin" listener is given."""
    try:  # (a dead connection fails at `cursor()`: that error is wrapped too)
        cursor = conn.connection.dbapi_connection.cursor()
    except conn.dialect.loaded_dbapi.Error as error:
        raise _as_sqlalchemy_error(conn, sql, error) from error
    try:
        cursor.execute(sql)
        return cursor.fetchone() if cursor.description else None
    except conn.dialect.loaded_dbapi.Error as error:
        raise _as_sqlalchemy_error(conn, sql, error) from error
    finally:
        cursor.close()


def _as_sqlalchemy_error(conn: sa.Connection, sql: str, error: Exception) -> Exception:
    """The driver's error as SQLAlchemy raises it (`IntegrityError`, `OperationalError`
    ...), so callers see the same errors whichever way a statement ran."""
    # `connection_invalidated` says, as SQLAlchemy's own errors do, that the connection
    # is dead (the dialect's test: SQLite's "Cannot operate on a closed database"), so
    # the writer drops it rather than failing every later write on it.
    return sa.exc.DBAPIError.instance(
        sql,
        None,
        error,
        conn.dialect.loaded_dbapi.Error,
        connection_invalidated=conn.dialect.is_disconnect(error, None, None),
        dialect=conn.dialect,
    )


# Events whose append rewrites earlier rows of the workshop's log (and so drops its
# snapshots, which were made from the rows as they were).
_REWRITES = (ev.PersonErased, ev.MessageDeleted)
_PROJECTED = (ev.WorkshopStarted, ev.WorkshopEnded, ev.ParticipantJoined, ev.ConsentChanged)


class Writer:
    """The one writer of a store. `submit` queues a write and returns when the
    transaction that holds it has committed (or raises what made it fail).

    While one batch is being written, new writes queue; the next batch takes all of
    them (up to MAX_BATCH), in the order they came. There is no waiting window: a
    write that finds the writer idle is written at once, alone (by `submit` itself,
    on the loop's thread, unless the writer's last batch was shared or another task
    wrote so in this turn of the loop: then it queues, and its burst shares a batch).

    Where a batch runs (`_execute`), always through `_run_batch`: on a SQLite file,
    on the writer's own thread and connection, or, for a small batch while the
    database is free, on the event loop's thread and a second connection
    (`_run_inline`); elsewhere (PostgreSQL, SQLite in memory) on an async
    connection. The writer's task takes one batch at a time, so its connections
    never write at once. (Each sees the other's commits as another connection's:
    `data_version`, below.)

    Sequence numbers: the writer keeps each workshop's last `seq` in memory. On
    SQLite it checks `PRAGMA data_version` at the start of every batch (it changes
    when any other connection, say another process, has committed) and reads the
    numbers again if so. On PostgreSQL, several processes may write one workshop, so
    each batch takes a transaction advisory lock per workshop (in one order) and
    reads their last numbers under it. The unique (workshop_id, seq) constraint
    stays the final guard either way.

    Duplicates: a bounded set of source ids known to be stored answers the common
    case without a query (`known`); the unique constraint is the final word.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._queue: collections.deque[_Write] = collections.deque()
        self._task: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._closing: asyncio.Task | None = None  # `close`'s work, once begun
        self._last_seq: dict[str, int] = {}
        self._data_version: tuple[int, int] | None = None  # (connection id, version)
        self._recent: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._statements: dict[sa.Dialect, _Statements] = {}
        # On a SQLite file: a plain (sync) engine on the same file, one connection held
        # by one thread. Elsewhere: None, and batches run on an async connection.
        self._sync_engine: sa.Engine | None = None
        self._sync_conn: sa.Connection | None = None
        self._thread: concurrent.futures.ThreadPoolExecutor | None = None
        # On a SQLite file whose commits need no sync of the disk (synchronous OFF or
        # NORMAL): a second connection, used on the loop's thread for small batches.
        self._inline = False
        self._inline_conn: sa.Connection | None = None
        self._inline_commits = 0  # since the last checkpoint
        # The task a write was written at once for, in this turn of the loop.
        self._wrote_for: asyncio.Task | None = None
        self._shared = False  # the task's last batch held several writes: a busy spell
        # The last batch written removed words from earlier rows (an erasure, a deleted
        # message, the purge): their old copies must not stay in the SQLite WAL file.
        self._scrubbed = False
        database = engine.url.database
        if (
            engine.dialect.name == "sqlite"
            and database
            and database != ":memory:"
            and not database.startswith("file:")
        ):
            synchronous = _SYNCHRONOUS.get(engine.sync_engine, "NORMAL")
            self._sync_engine = sa.create_engine(
                engine.url.set(drivername="sqlite+pysqlite"), poolclass=sa.pool.NullPool
            )
            _apply_sqlite_pragmas(self._sync_engine, synchronous)
            self._thread = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="workshop-writer"
            )
            self._inline = synchronous in ("OFF", "NORMAL")
        # Tests only: called inside the transaction, just before COMMIT.
        self.before_commit: Callable[[list[_Write]], None] | None = None

    # --- the caller's side ----------------------------------------------------------

    def known(self, source_id: str) -> bool:
        """True if this source id is surely stored (False says nothing)."""
        return source_id in self._recent

    async def submit(self, op: _Append | _Upsert | _Call) -> Any:
        """Queue a write; return its result once its transaction has committed.

        A small write that finds the writer idle (nothing queued, no batch being
        written, no write yet in this turn of the event loop) is written at once,
        here, on the loop's thread, as the writer's task would write it as its first
        batch (`_run_inline`): the same transaction and commit, without a task, a
        future and two turns of the loop between the caller and its commit. A
        failure is raised as the task would raise it (a duplicate as
        `DuplicateCommand`); if the database is locked, the write is queued for the
        writer's thread, as the task would send it there. A second write in the same
        turn of the loop is a burst (several rooms' commands at once): it queues, and
        the writer's task commits it with those that follow it in one transaction."""
        loop = self._own_loop()
        # `_shared` first: in a busy spell (a burst) it alone says "queue it".
        task = None if self._shared else asyncio.current_task()
        if not self._shared and self._idle() and self._wrote_for in (None, task):
            write = _Write(op, None)
            _number_sources(op)
            if self._may_inline([write]):
                try:
                    results = self._run_inline([write])
                except Exception as error:
                    self._forget_numbers()
                    raise await self._explain(write, error)  # noqa: B904 (its cause is set)
                if results is not None:
                    if self._wrote_for is None:
                        loop.call_soon(self._next_turn)
                    self._wrote_for = task
                    return results[0]
        return await self._enqueue(op, loop)

    def _next_turn(self) -> None:
        self._wrote_for = None

    def _own_loop(self) -> asyncio.AbstractEventLoop:
        if self._closed:
            raise StoreClosed("the store is closed")
        # asyncio.get_running_loop() makes a system call each time (CPython checks the
        # loop's process id against getpid(), for a forked child: about 0.19 µs against
        # 0.04 µs for the thread's id), and this runs for every append and every
        # outbox mark. A thread runs one loop at a time, and asyncio's own loop keeps
        # the id of the thread running it (`_thread_id`, None once stopped): on that
        # thread, now, the running loop is ours. Anything else asks asyncio.
        loop = self._loop
        if loop is not None and getattr(loop, "_thread_id", None) == threading.get_ident():
            return loop
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise RuntimeError("a store is used from one event loop only")
        return loop

    def _idle(self) -> bool:
        """Nothing queued and no batch being written: a write now is the next one."""
        return not self._queue and (self._task is None or self._task.done())

    def enqueue(self, op: _Append | _Upsert | _Call) -> asyncio.Future:
        """Queue a write now, in order with every other, without waiting for it: the
        future is done once its transaction has committed (or has failed)."""
        return self._enqueue(op, self._own_loop())

    def enqueue_quietly(
        self, op: _Append | _Upsert | _Call, on_failure: Callable[[BaseException], None]
    ) -> None:
        """`enqueue` for a write nobody waits for (an outbox mark after every command):
        no future, no callback to run once it has committed; `on_failure(error)` if it
        does not."""
        loop = self._own_loop()
        self._queue.append(_Write(op, None, on_failure))
        self._start(loop)

    def _enqueue(
        self, op: _Append | _Upsert | _Call, loop: asyncio.AbstractEventLoop
    ) -> asyncio.Future:
        future = loop.create_future()
        self._queue.append(_Write(op, future))
        self._start(loop)
        return future

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain(), name="store writer")

    async def close(self) -> None:
        """Write everything queued, then stop: the connections closed, the thread
        stopped and joined. Cancelled while it waits (a stop that will not wait), it
        stops sooner but not half-way: the writer's task is cancelled (each caller is
        told whether its write was stored, `_drain`), the thread is still stopped and
        joined, and only then is the cancellation raised; a thread left running would
        hold the database open past the stop."""
        self._closed = True
        if self._closing is None:
            self._closing = asyncio.get_running_loop().create_task(
                self._shut_down(), name="store writer closing"
            )
        closing = self._closing
        cancelled: asyncio.CancelledError | None = None
        while not closing.done():
            try:
                await asyncio.shield(closing)
            except asyncio.CancelledError as error:
                cancelled = error
                if self._task is not None:
                    self._task.cancel()
        if cancelled is not None:
            raise cancelled
        closing.result()  # its error, if closing failed

    async def _shut_down(self) -> None:
        """`close`'s work, in a task of its own so a cancelled `close` cannot stop it.
        The connections and the thread are closed even if the writer's task failed."""
        try:
            if self._task is not None and not self._task.done():
                # Cancelled by a cancelled `close`: it has told every caller; go on.
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task
        finally:
            if self._inline_conn is not None:
                self._inline_conn.close()
                self._inline_conn = None
            if self._thread is not None:
                loop = asyncio.get_running_loop()
                await loop.run_in_executor(self._thread, self._close_sync)
                self._thread.shutdown(wait=True)
                self._thread = None

    def _close_sync(self) -> None:
        if self._sync_conn is not None:
            self._sync_conn.close()
            self._sync_conn = None
        if self._sync_engine is not None:
            self._sync_engine.dispose()

    # --- the writer task -------------------------------------------------------------

    async def _drain(self) -> None:
        found_idle = True  # the first batch: its writes found the writer idle
        # The batch being written: each write leaves it once answered (`_answer_failed`,
        # `_outcome_of_cancelled`), so at a cancellation (a stop) what is left in it,
        # and everything queued, is told; a write never answered would leave its
        # caller (a command in the bus) waiting for ever.
        unanswered: list[_Write] = []
        try:
            while self._queue:
                batch = unanswered = self._take()
                self._shared = len(batch) > 1
                try:
                    results = await self._execute(batch, found_idle=found_idle)
                    found_idle = False
                except Exception as error:
                    self._forget_numbers()
                    await self._answer_failed(batch, error)
                    continue
                unanswered = []  # committed: a cancellation below still gives every result
                await self._give_results(batch, results)
        except asyncio.CancelledError:
            for write in (*unanswered, *self._queue):
                _fail(write, StoreClosed("the write was cancelled before it committed"))
            self._queue.clear()
            raise

    async def _answer_failed(self, batch: list[_Write], error: Exception) -> None:
        """A failed batch (rolled back whole): a single write is given its error; several
        are tried again one by one, in order, each in its own transaction, so only a
        bad write fails. Each leaves `batch` as it is answered."""
        if len(batch) == 1:
            explained = await self._explain(batch[0], error)
            _fail(batch.pop(), explained)
            return
        log.warning("a batch of %d writes failed (%s); trying each on its own", len(batch), error)
        while batch:
            single = [batch[0]]
            try:
                (result,) = await self._execute(single)
            except asyncio.CancelledError:
                if not single:  # it committed and was answered (`_outcome_of_cancelled`)
                    batch.pop(0)
                raise
            except Exception as single_error:
                self._forget_numbers()
                explained = await self._explain(batch[0], single_error)
                _fail(batch.pop(0), explained)
            else:
                _succeed(batch.pop(0), result)

    async def _give_results(self, batch: list[_Write], results: list[Any]) -> None:
        """Each committed write's result, in order: the first ANSWER_FIRST, then one
        turn of the loop, then the rest. Every caller resumes only in the turn after its
        result is given, so in a burst of 500 the first callers would otherwise wait for
        all 500 to be given (about 0.5 ms) before carrying out their effects; now they
        finish in that turn, and the others follow one turn later. A cancellation in
        that turn still gives every result (all of them are committed)."""
        for write, result in zip(batch[:ANSWER_FIRST], results, strict=False):
            _succeed(write, result)
        if len(batch) <= ANSWER_FIRST:
            return
        try:
            await asyncio.sleep(0)
        finally:
            for write, result in zip(batch[ANSWER_FIRST:], results[ANSWER_FIRST:], strict=True):
                _succeed(write, result)

    def _take(self) -> list[_Write]:
        """The next batch: queued writes in order, up to MAX_BATCH, stopping before a
        write whose source id is already in the batch (it goes in the next one, once
        the first is known to be stored or not)."""
        batch: list[_Write] = []
        seen: set[str] = set()
        queue = self._queue
        while queue and len(batch) < MAX_BATCH:
            op = queue[0].op
            if isinstance(op, _Append):  # (`_number_sources`, on the loop's critical path)
                if len(op.events) == 1:  # most commands: `source_ids` without the call
                    source = op.source_id
                    if source in seen:
                        break
                    op.source_ids = [source]
                    seen.add(source)
                else:
                    ids = op.source_ids = source_ids(op.source_id, len(op.events))
                    if batch and not seen.isdisjoint(ids):
                        break
                    seen.update(ids)
            batch.append(queue.popleft())
        return batch

    async def _execute(self, batch: list[_Write], found_idle: bool = False) -> list[Any]:
        """Write `batch` in one transaction. `found_idle`: its writes found the writer
        idle. Only then may a small batch be written on the loop's thread: writes
        that queued behind another are a busy spell, in which the writer's thread
        writes while the loop works on the next commands (two cores at once)."""
        if self._thread is not None:
            if found_idle and self._may_inline(batch):
                results = self._run_inline(batch)
                if results is not None:
                    return results
            loop = asyncio.get_running_loop()
            written = loop.run_in_executor(self._thread, self._run_in_thread, batch)
            try:
                return await asyncio.shield(written)
            except asyncio.CancelledError:
                await self._outcome_of_cancelled(written, batch)
                raise
        async with self.engine.connect() as conn:
            return await conn.run_sync(self._run_batch, batch)

    async def _outcome_of_cancelled(
        self, written: asyncio.Future[list[Any]], batch: list[_Write]
    ) -> None:
        """The writer's task was cancelled (a stop) while its thread wrote `batch`. The
        thread carries on whatever happens here, so the batch may yet commit: wait for
        it, and if it did, give each caller its result and take the writes out of
        `batch`, so the caller (`_drain`) does not tell them "cancelled before it
        committed". Told that, the bus would tell the person nothing was changed, and
        carry on from a state without the stored events."""
        try:
            results = await written
        except asyncio.CancelledError:  # cancelled again: stop waiting
            return
        except Exception:  # rolled back: `_drain` fails them all, as before
            return
        for write, result in zip(batch, results, strict=True):
            _succeed(write, result)
        batch.clear()

    def _may_inline(self, batch: list[_Write]) -> bool:
        return self._inline and self._inline_commits < INLINE_CHECKPOINT_EVERY and _small(batch)

    def _run_inline(self, batch: list[_Write]) -> list[Any] | None:
        """A small batch written on the event loop's thread, or None if the database
        was busy (another connection holds the write lock: the writer's thread waits
        for it instead, so the loop never waits on a lock).

        Why: a one-message transaction takes SQLite about 40 µs, less than the hop
        to the writer's thread and back (a wake-up of each thread, and the executor's
        futures), which cost more than the write itself and, on a busy machine, as
        much again in waiting for a core. The commit is the same commit: the caller
        still resumes only once it is done, with the same `synchronous` setting. Only
        batches whose commits need no sync of the disk come here (synchronous OFF or
        NORMAL), and the connection never waits on the lock (busy_timeout 0) and makes
        no checkpoint itself (every INLINE_CHECKPOINT_EVERY commits the next batch
        goes to the writer's thread, which makes one): so nothing here waits for the
        disk or for anyone else."""
        if self._inline_conn is None:
            conn = self._sync_engine.connect()
            _driver_execute(conn, "PRAGMA busy_timeout=0")
            _driver_execute(conn, "PRAGMA wal_autocheckpoint=0")
            self._inline_conn = conn
        try:
            results = self._run_batch(self._inline_conn, batch)
        except sa.exc.OperationalError as error:
            if getattr(error.orig, "sqlite_errorcode", None) in _BUSY:
                return None  # rolled back whole: the thread writes it
            self._drop_broken_inline(error)
            raise
        except Exception as error:
            self._drop_broken_inline(error)
            raise
        self._inline_commits += 1
        return results

    def _drop_broken_inline(self, error: Exception) -> None:
        """A broken connection is not kept; a fresh one is made for the next batch."""
        conn = self._inline_conn
        if conn is not None and _is_dead(conn, error):
            self._inline_conn = None

    def _run_in_thread(self, batch: list[_Write]) -> list[Any]:
        if self._sync_conn is None:
            self._sync_conn = self._sync_engine.connect()
        try:
            results = self._run_batch(self._sync_conn, batch)
            if self._scrubbed:
                self._checkpoint()
            elif self._inline_commits >= INLINE_CHECKPOINT_EVERY:
                self._passive_checkpoint()
            return results
        except Exception as error:
            # A broken connection is not kept; a fresh one is made for the next batch.
            if _is_dead(self._sync_conn, error):
                self._sync_conn = None
            raise

    def _passive_checkpoint(self) -> None:
        """Copy the WAL into the database file after the loop's connection has committed
        INLINE_CHECKPOINT_EVERY times (it makes no checkpoint itself): here, between
        two batches, so no write of ours runs beside it and the next one can start the
        WAL afresh. PASSIVE: it waits for no one. A failure is only logged (the batch
        has committed; the next checkpoint copies what this one did not)."""
        self._inline_commits = 0
        try:
            _driver_execute(self._sync_conn, "PRAGMA wal_checkpoint(PASSIVE)")
        except sa.exc.DBAPIError as error:
            log.warning("could not checkpoint the WAL: %s", error)

    def _checkpoint(self) -> None:
        """Copy the WAL into the database file and empty it (TRUNCATE), so the words a
        committed erasure or purge removed are in no file any more. secure_delete has
        zeroed their old place in the database file. TRUNCATE waits (busy_timeout)
        for readers of older snapshots; if one is still reading, the WAL is left for
        the next checkpoint and that is logged."""
        raw = self._sync_conn.connection.dbapi_connection
        busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.warning("the WAL could not be emptied after an erasure: a reader was busy")

    async def _explain(self, write: _Write, error: Exception) -> Exception:
        """The error to give the caller: a clash on the source id is a duplicate."""
        if isinstance(write.op, _Append) and isinstance(error, IntegrityError):
            try:
                (stored,) = await self._execute([_Write(_Call(_has_any(write.op)), None)])
            except Exception:  # the database is gone too: say what first went wrong
                return error
            if stored:
                duplicate = DuplicateCommand(write.op.source_id)
                duplicate.__cause__ = error
                return duplicate
        return error

    # --- one transaction (on the writer's thread, or in SQLAlchemy's greenlet) --------

    def _run_batch(self, conn: sa.Connection, batch: list[_Write]) -> list[Any]:
        """The one write path: a batch in one transaction, on any database.

        Event rows and adapter-state rows are gathered and written with one
        executemany each (`_Prepared`: Core statements compiled once for the
        dialect, run on this connection's driver cursor), just before anything
        else that might read them (a `_Call`, a projection, a rewrite) and at the
        end."""
        results: list[Any] = []
        appends = [w.op for w in batch if isinstance(w.op, _Append)]
        rows = _Rows(self._prepared(conn.dialect))
        scrubbed = False  # (`_scrubbed`) found while writing, not asked of each write after
        with _transaction(conn):
            last = self._numbers(conn, sorted({a.workshop_id for a in appends}))
            for write in batch:
                op = write.op
                if isinstance(op, _Append):
                    scrubbed = self._append(conn, op, last, rows) or scrubbed
                    results.append(None)
                elif isinstance(op, _Upsert):
                    rows.upsert(op)
                    results.append(None)
                else:
                    rows.flush(conn)
                    results.append(op.run(conn))
                    scrubbed = scrubbed or op.scrub
            rows.flush(conn)
            if self.before_commit is not None:
                self.before_commit(batch)
        self._committed(last, appends)
        self._scrubbed = scrubbed
        return results

    def _prepared(self, dialect: sa.Dialect) -> _Statements:
        """The writer's statements compiled for `dialect` (once per dialect)."""
        statements = self._statements.get(dialect)
        if statements is None:
            statements = self._statements[dialect] = _Statements.compile(dialect)
        return statements

    def _committed(self, last: dict[str, int], appends: list[_Append]) -> None:
        """Only once committed do the numbers and source ids count as stored."""
        self._last_seq.update(last)
        # A burst commits 500 at once: the dict looked up once, the oldest counted once.
        # (OrderedDict.update over pairs measured slower than this loop.)
        recent = self._recent
        for op in appends:
            for sid in op.source_ids:
                recent[sid] = None
        forget = recent.popitem
        for _ in range(len(recent) - RECENT_SOURCES):  # the oldest go
            forget(last=False)

    def _numbers(self, conn: sa.Connection, workshop_ids: list[str]) -> dict[str, int]:
        """The last seq of each workshop, for this transaction (a copy: it is only
        kept once the transaction commits)."""
        if not workshop_ids:
            return {}
        if conn.dialect.name == "postgresql":
            _advisory_locks(conn, workshop_ids)
            return self._read_numbers(conn, workshop_ids)
        if conn.dialect.name == "sqlite":
            # (Also on SQLite in memory, through aiosqlite: one connection, so the
            # version is compared on the same one.)
            version = (id(conn.connection.dbapi_connection), _data_version(conn))
            if version != self._data_version:  # someone else has written: read afresh
                self._last_seq.clear()
            self._data_version = version
            missing = [w for w in workshop_ids if w not in self._last_seq]
            found = self._read_numbers(conn, missing) if missing else {}
            return {w: found[w] if w in found else self._last_seq[w] for w in workshop_ids}
        return self._read_numbers(conn, workshop_ids)

    def _read_numbers(self, conn: sa.Connection, workshop_ids: list[str]) -> dict[str, int]:
        if len(workshop_ids) <= READ_ONE_BY_ONE:  # the common case, at the driver's speed
            last_seq = self._prepared(conn.dialect).last_seq
            return {w: (last_seq.first(conn, (w,)) or (None,))[0] or 0 for w in workshop_ids}
        found = dict.fromkeys(workshop_ids, 0)
        for chunk in _chunks(workshop_ids):
            query = (
                sa.select(events.c.workshop_id, sa.func.max(events.c.seq))
                .where(events.c.workshop_id.in_(chunk))
                .group_by(events.c.workshop_id)
            )
            found.update({w: seq or 0 for w, seq in conn.execute(query)})
        return found

    def _forget_numbers(self) -> None:
        """After a failure nothing remembered about the database is trusted."""
        self._last_seq.clear()
        self._data_version = None

    def _append(self, conn: sa.Connection, op: _Append, last: dict[str, int], rows: _Rows) -> bool:
        """Write one append (its rows may wait in `rows`); whether it rewrote earlier
        rows (see `_scrubbed`)."""
        workshop_id = op.workshop_id
        projected, rewrites = _kinds(op.events)
        if projected:
            rows.flush(conn)  # rows for a new workshop must follow its workshops row
            _project(conn, workshop_id, op.events, rows.statements)
        when = _when(op.now)
        seq = last[workshop_id]
        for event, sid in zip(op.events, op.source_ids, strict=True):
            seq += 1
            type_name, payload = ev.to_record(event)
            rows.events.append((workshop_id, seq, type_name, payload, op.actor_id, sid, when))
        last[workshop_id] = seq
        if op.audits:  # in this transaction (no key ties them to the event rows)
            conn.execute(audit.insert(), [_audit_row(op, entry) for entry in op.audits])
        if rewrites:
            rows.flush(conn)  # after the insert, so these rows are rewritten too
            for event in op.events:
                if isinstance(event, ev.PersonErased):
                    _erase(conn, workshop_id, event, op.now)
                elif isinstance(event, ev.MessageDeleted):
                    _forget_message(conn, workshop_id, event.message_id)
            conn.execute(snapshots.delete().where(snapshots.c.workshop_id == workshop_id))
        return rewrites


def _is_dead(conn: sa.Connection, error: Exception) -> bool:
    """Is `conn` broken for good? SQLAlchemy marks a connection it saw die
    (`invalidated`); an error from the driver's own cursor (`_driver_execute`) says so
    in `connection_invalidated` instead, and the connection is invalidated here (its
    pool then discards it, as SQLAlchemy does)."""
    if conn.invalidated or conn.closed:
        return True
    if isinstance(error, sa.exc.DBAPIError) and error.connection_invalidated:
        with contextlib.suppress(Exception):
            conn.invalidate()
        return True
    return False


def _number_sources(op: _Append | _Upsert | _Call) -> None:
    """An append's events' own source ids (see `source_ids`), once it is to be written."""
    if isinstance(op, _Append):
        op.source_ids = source_ids(op.source_id, len(op.events))


# SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock.
_BUSY = (5, 6)


def _small(batch: list[_Write]) -> bool:
    """Few appends and values, none of which rewrites the log (see INLINE_WRITES)."""
    if len(batch) > INLINE_WRITES:
        return False
    for write in batch:
        op = write.op
        if isinstance(op, _Call) or (isinstance(op, _Append) and _kinds(op.events)[1]):
            return False
    return True


# Event type -> (projected, rewrites): asked of every append, mostly of one event.
_KINDS: dict[type, tuple[bool, bool]] = {}


def _kinds(new_events: Sequence[ev.Event]) -> tuple[bool, bool]:
    """Whether any of the events is projected into a table (`_PROJECTED`), and whether
    any rewrites earlier rows (`_REWRITES`)."""
    projected = rewrites = False
    for event in new_events:
        kind = type(event)
        found = _KINDS.get(kind)
        if found is None:
            found = _KINDS[kind] = (issubclass(kind, _PROJECTED), issubclass(kind, _REWRITES))
        projected = projected or found[0]
        rewrites = rewrites or found[1]
    return projected, rewrites


def _audit_row(op: _Append, entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": _when(op.now),
        "workshop_id": op.workshop_id,
        "actor_id": op.actor_id,
        "action": entry.action,
        "outcome": entry.outcome,
        "detail": entry.detail,
    }


def _advisory_locks(conn: sa.Connection, workshop_ids: list[str]) -> None:
    """PostgreSQL: a transaction advisory lock per workshop, taken in the order given
    (sorted, by every caller, so two processes never wait for each other in a circle;
    a hash clash only makes two workshops wait for each other)."""
    conn.execute(
        sa.text(
            "SELECT pg_advisory_xact_lock(hashtextextended(w, 0))"
            " FROM unnest(CAST(:ids AS text[])) WITH ORDINALITY AS t(w, n) ORDER BY n"
        ).bindparams(sa.bindparam("ids", type_=ARRAY(sa.Text))),
        {"ids": workshop_ids},
    )


def _purge_count(conn: sa.Connection) -> int:
    value = conn.execute(
        sa.select(adapter_state.c.value).where(adapter_state.c.key == PURGES)
    ).scalar()
    return int(value["purges"]) if value else 0


def _succeed(write: _Write, result: Any) -> None:
    if write.future is not None and not write.future.done():
        write.future.set_result(result)


def _fail(write: _Write, error: BaseException) -> None:
    if write.future is not None and not write.future.done():
        write.future.set_exception(error)
    elif write.on_failure is not None:
        write.on_failure(error)


def _data_version(conn: sa.Connection) -> int:
    """SQLite's count of commits by other connections (it changes when one commits)."""
    return _driver_execute(conn, "PRAGMA data_version")[0]


def _has_any(op: _Append) -> Callable[[sa.Connection], bool]:
    def run(conn: sa.Connection) -> bool:
        query = sa.select(events.c.id).where(events.c.source_id.in_(op.source_ids)).limit(1)
        return conn.execute(query).first() is not None

    return run


def _project(
    conn: sa.Connection,
    workshop_id: str,
    new_events: Sequence[ev.Event],
    statements: _Statements,
) -> None:
    """Keep the workshops and participants tables in step with the log."""
    join = statements.add_participant
    for event in new_events:
        if isinstance(event, ev.WorkshopStarted):
            conn.execute(
                workshops.insert().values(
                    id=workshop_id,
                    room=event.room,
                    title=event.title,
                    status="running",
                    started_at=_when(event.at),
                )
            )
            _add_participant(
                conn, join, workshop_id, event.facilitator_id, event.facilitator_name, event.at
            )
        elif isinstance(event, ev.WorkshopEnded):
            conn.execute(
                workshops.update()
                .where(workshops.c.id == workshop_id)
                .values(status="ended", ended_at=_when(event.at))
            )
        elif isinstance(event, ev.ParticipantJoined):
            _add_participant(conn, join, workshop_id, event.person_id, event.name, event.at)
        elif isinstance(event, ev.ConsentChanged):
            conn.execute(
                participants.update()
                .where(participants.c.workshop_id == workshop_id)
                .where(participants.c.person_id == event.person_id)
                .values(recorded=event.recorded)
            )


def _add_participant(
    conn: sa.Connection, join: _Prepared, workshop_id: str, person_id: str, name: str, at: float
) -> None:
    join.execute(conn, [(workshop_id, person_id, name, True, _when(at))])


def _forget_message(conn: sa.Connection, workshop_id: str, message_id: str) -> None:
    """A message deleted on the platform loses its words here too (every version)."""
    rows = conn.execute(
        sa.select(events.c.id, events.c.type, events.c.payload)
        .where(events.c.workshop_id == workshop_id)
        .where(events.c.type.in_(privacy.DELETABLE_EVENTS))
        .order_by(events.c.id)
        .with_for_update()  # see purge_transcripts
    ).all()
    for row in rows:
        payload = privacy.deleted_payload(row.type, row.payload, message_id)
        if payload is not None:
            conn.execute(events.update().where(events.c.id == row.id).values(payload=payload))


def _erase(conn: sa.Connection, workshop_id: str, event: ev.PersonErased, now: float) -> None:
    """Rewrite this workshop's earlier rows without the person's words and name, in
    the transaction that appends `PersonErased` and writes its audit row."""
    rows = conn.execute(
        sa.select(events.c.id, events.c.type, events.c.payload)
        .where(events.c.workshop_id == workshop_id)
        .order_by(events.c.id)
        .with_for_update()  # see purge_transcripts
    ).all()
    names = set().union(*(privacy.names_of(r.type, r.payload, event.person_id) for r in rows))
    changed = 0
    for row in rows:
        payload = privacy.erased_payload(
            row.type, row.payload, event.person_id, event.pseudonym, names
        )
        if payload is not None:
            conn.execute(events.update().where(events.c.id == row.id).values(payload=payload))
            changed += 1
    _scrub_flag_audit(conn, audit.c.workshop_id == workshop_id)
    conn.execute(
        participants.update()
        .where(participants.c.workshop_id == workshop_id)
        .where(participants.c.person_id == event.person_id)
        .values(display_name=event.pseudonym, recorded=False)
    )
    asked = (
        f"on the person's behalf by {event.requested_by}"
        if event.requested_by
        else "at the person's own confirmed request"
    )
    conn.execute(
        audit.insert().values(
            at=_when(now),
            workshop_id=workshop_id,
            actor_id=event.requested_by or event.person_id,
            action="PersonErased",
            outcome="ok",
            detail=(
                f"{asked}: their messages' text and their name removed from {changed}"
                f" stored events; now shown as {event.pseudonym}"
            ),
        )
    )


def _scrub_flag_audit(conn: sa.Connection, which: sa.ColumnElement[bool]) -> None:
    """Safety-flag audit rows written before they kept only the kind of cue lose the
    quoted words (an erasure: the workshop's; the purge: those past retention)."""
    rows = conn.execute(
        sa.select(audit.c.id, audit.c.detail)
        .where(audit.c.action == privacy.FLAG_AUDIT)
        .where(which)
        .order_by(audit.c.id)
    ).all()
    for row in rows:
        detail = privacy.scrubbed_flag_detail(row.detail or "")
        if detail != (row.detail or ""):
            conn.execute(audit.update().where(audit.c.id == row.id).values(detail=detail))


class EventStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.writer = Writer(engine)
        self._reads = engine.execution_options(**{READ_ONLY: True})
        # Run by `close` before the last writes (the dispatcher saves its snapshots).
        self.before_close: list[Callable[[], Any]] = []

    async def close(self) -> None:
        """Run the `before_close` callbacks, write everything queued, then close.
        The engine is disposed even if the writer's close is cancelled (a stop that
        will not wait) or fails: its pooled connections would otherwise stay open
        past the stop. The cancellation or error is raised after."""
        for callback in self.before_close:
            try:
                await callback()
            except Exception:  # a snapshot is only a shortcut; closing must go on
                log.exception("before closing the store")
        self.before_close = []
        try:
            await self.writer.close()
        finally:
            await self.engine.dispose()

    def known_source(self, source_id: str) -> bool:
        """True if this source id is surely stored, answered from memory (False: not
        known here; the unique constraint still refuses a duplicate on append)."""
        return self.writer.known(source_id)

    async def has_source(self, source_id: str) -> bool:
        if self.writer.known(source_id):
            return True
        query = sa.select(events.c.id).where(events.c.source_id == source_id)
        async with self._reads.connect() as conn:
            return (await conn.execute(query)).first() is not None

    async def append(
        self,
        workshop_id: str,
        new_events: Sequence[ev.Event],
        *,
        actor_id: str,
        source_id: str,
        now: float,
        audits: Sequence[AuditEntry] = (),
    ) -> None:
        """Append one command's events atomically, with the audit rows they imply (in
        the same transaction); return once committed. DuplicateCommand if the source
        id is already stored."""
        if not new_events:
            return
        if self.writer.known(source_id):
            raise DuplicateCommand(source_id)
        await self.writer.submit(
            _Append(workshop_id, tuple(new_events), actor_id, source_id, now, audits=tuple(audits))
        )

    async def purge_transcripts(self, cutoff: float, *, retention_days: int, now: float) -> int:
        """Remove transcript text written before `cutoff` from every workshop, with its
        audit row, in one transaction. Returns how many events were rewritten. Every
        snapshot goes too (a snapshot may hold words now past their retention)."""
        # Rows are rewritten from what was read, so on PostgreSQL they are locked as they
        # are read (FOR UPDATE; SQLite renders no such clause and needs none: its writers
        # take turns). Otherwise a purge and an erasure (or a deleted message) running
        # together could each rewrite a row from its old payload, the later write undoing
        # the earlier one. (Today's rewrites only ever blank the same fields, so that
        # would be harmless; the lock keeps it so when a rewrite differs.) All three
        # lock in id order.
        query = (
            sa.select(events.c.id, events.c.type, events.c.payload)
            .where(events.c.type.in_((*privacy.TEXT_EVENTS, *privacy.WORDS_IN_EVENTS)))
            .order_by(events.c.id)
            .with_for_update()
        )

        def run(conn: sa.Connection) -> int:
            changed = 0
            for row in conn.execute(query).all():
                payload = privacy.purged_payload(row.type, row.payload, cutoff)
                if payload is not None:
                    conn.execute(
                        events.update().where(events.c.id == row.id).values(payload=payload)
                    )
                    changed += 1
            conn.execute(snapshots.delete())
            _scrub_flag_audit(conn, audit.c.at < _when(cutoff))
            if changed:  # so no process saves a state it built before this purge
                _upsert_adapter_state(conn, PURGES, {"purges": _purge_count(conn) + 1})
            conn.execute(
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

        return await self.writer.submit(_Call(run, scrub=True))

    async def load_events(self, workshop_id: str) -> list[ev.Event]:
        query = (
            sa.select(events.c.type, events.c.payload)
            .where(events.c.workshop_id == workshop_id)
            .order_by(events.c.seq)
        )
        async with self._reads.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [ev.from_record(row.type, row.payload) for row in rows]

    async def save_snapshots(
        self,
        taken: Sequence[tuple[str, int, dict]],
        version: str,
        *,
        adapter_states: dict[str, dict[str, Any]] | None = None,
        purges: int | None = None,
        now: float,
    ) -> tuple[list[str], int]:
        """Keep each (workshop id, seq, state) as that workshop's snapshot, replacing
        any older one, together with `adapter_states`, in one transaction. Returns the
        workshops saved and the purge count (`purge_count`).

        A snapshot is tied to the log's event at `seq` (its source id). None is saved
        that could hold text the log no longer has: not for a workshop whose log has
        no event at `seq`, or was rewritten after it (forget me, a deleted message:
        another process may have done it), and none at all if `purges` is given and a
        retention purge has run since (the states were built before it)."""
        taken = list(taken)
        when = _when(now)

        def run(conn: sa.Connection) -> tuple[list[str], int]:
            for key, value in (adapter_states or {}).items():
                _upsert_adapter_state(conn, key, value)
            purged = _purge_count(conn)
            if purges is not None and purged != purges:
                return [], purged
            saved: list[str] = []
            for chunk in _chunks(taken):
                ids = sorted({w for w, _, _ in chunk})
                if conn.dialect.name == "postgresql":  # appends to them wait (see _numbers)
                    _advisory_locks(conn, ids)
                wanted = {(w, seq) for w, seq, _ in chunk}
                found = {
                    (row.workshop_id, row.seq): row.source_id
                    for row in conn.execute(
                        sa.select(events.c.workshop_id, events.c.seq, events.c.source_id).where(
                            sa.tuple_(events.c.workshop_id, events.c.seq).in_(list(wanted))
                        )
                    )
                }
                rewritten = dict(
                    conn.execute(
                        sa.select(events.c.workshop_id, sa.func.max(events.c.seq))
                        .where(events.c.workshop_id.in_(ids))
                        .where(events.c.type.in_([cls.__name__ for cls in _REWRITES]))
                        .group_by(events.c.workshop_id)
                    ).all()
                )
                keep = [
                    (w, seq, state)
                    for w, seq, state in chunk
                    if (w, seq) in found and rewritten.get(w, 0) <= seq
                ]
                if not keep:
                    continue
                kept = [w for w, _, _ in keep]
                conn.execute(snapshots.delete().where(snapshots.c.workshop_id.in_(kept)))
                conn.execute(
                    snapshots.insert(),
                    [
                        {
                            "workshop_id": w,
                            "seq": seq,
                            "source_id": found[(w, seq)],
                            "version": version,
                            "state": state,
                            "saved_at": when,
                        }
                        for w, seq, state in keep
                    ],
                )
                saved += kept
            return saved, purged

        return await self.writer.submit(_Call(run))

    async def purge_count(self) -> int:
        """How many retention purges have removed text from this database so far."""
        async with self._reads.connect() as conn:
            return await conn.run_sync(_purge_count)

    async def snapshots(self, version: str, workshop_ids: Sequence[str]) -> dict[str, Snapshot]:
        """The snapshots made by this `version` of the code, of these workshops."""
        found: dict[str, Snapshot] = {}
        async with self._reads.connect() as conn:
            for chunk in _chunks(list(workshop_ids)):
                query = sa.select(snapshots).where(
                    snapshots.c.workshop_id.in_(chunk) & (snapshots.c.version == version)
                )
                for row in await conn.execute(query):
                    found[row.workshop_id] = Snapshot(
                        row.workshop_id, row.seq, row.source_id, row.version, row.state
                    )
        return found

    async def logs_from(
        self, starts: dict[str, int]
    ) -> AsyncIterator[tuple[str, list[LoggedEvent]]]:
        """Each workshop's events from seq `starts[workshop]` on (0: the whole log), in
        order, one workshop at a time; read in one ordered query per CHUNK workshops
        and streamed, so a large log is never all in memory. A workshop with no such
        events is not given."""
        ids = sorted(starts)
        for chunk in _chunks(ids):
            # One index range per workshop: (workshop_id = w AND seq >= start).
            since = sa.or_(
                *((events.c.workshop_id == w) & (events.c.seq >= starts[w]) for w in chunk)
            )
            query = (
                sa.select(
                    events.c.workshop_id,
                    events.c.seq,
                    events.c.source_id,
                    events.c.type,
                    events.c.payload,
                )
                .where(since)
                .order_by(events.c.workshop_id, events.c.seq)
            )
            current: str | None = None
            group: list[LoggedEvent] = []
            async with self._reads.connect() as conn:
                result = await conn.stream(query)
                async for rows in result.partitions(2000):
                    for w, seq, sid, type_name, payload in rows:
                        if w != current:
                            if group:
                                yield current, group
                            current, group = w, []
                        group.append(LoggedEvent(seq, sid, ev.from_record(type_name, payload)))
            if group:
                yield current, group

    # --- workshops ------------------------------------------------------------------

    async def running_workshops(self) -> list[WorkshopRow]:
        return await self._workshops(workshops.c.status == "running")

    async def running_workshop_in(self, room: str) -> WorkshopRow | None:
        rows = await self._workshops((workshops.c.status == "running") & (workshops.c.room == room))
        return rows[0] if rows else None

    async def group_rooms_of(
        self, starts: dict[str, int]
    ) -> dict[str, tuple[int, tuple[str, ...]]]:
        """Each workshop's group rooms as `bot/runtime.py`'s RoomDirectory links them:
        those of its current (or last) breakout, read from the log's breakout events
        alone, so a process that does not run the workshop (another holds its lease)
        can still tell its group rooms from any other room (bot/ownership.py `waiting`).
        Only events after seq `starts[workshop]` are read (a caller asking every few
        seconds passes the seq it was last given): for a workshop with a breakout event
        since, the seq of the last one and the rooms it leaves (none for a breakout
        planned after the last rooms were made: it has none yet)."""
        found: dict[str, tuple[int, tuple[str, ...]]] = {}
        kinds = (ev.BreakoutPlanned.__name__, ev.BreakoutRoomsCreated.__name__)
        for chunk in _chunks(sorted(starts)):
            since = sa.or_(
                *((events.c.workshop_id == w) & (events.c.seq > starts[w]) for w in chunk)
            )
            query = (
                sa.select(events.c.workshop_id, events.c.seq, events.c.type, events.c.payload)
                .where(since & events.c.type.in_(kinds))
                .order_by(events.c.workshop_id, events.c.seq)
            )
            async with self._reads.connect() as conn:
                for workshop_id, seq, type_name, payload in (await conn.execute(query)).all():
                    keys = payload.get("keys", ()) if type_name == kinds[1] else ()
                    found[workshop_id] = (seq, tuple(key for key in keys if key))
        return found

    async def all_workshops(self) -> list[WorkshopRow]:
        return await self._workshops(sa.true())

    async def _workshops(self, where: sa.ColumnElement[bool]) -> list[WorkshopRow]:
        query = (
            sa.select(workshops.c.id, workshops.c.room, workshops.c.title, workshops.c.status)
            .where(where)
            .order_by(workshops.c.started_at)
        )
        async with self._reads.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [WorkshopRow(r.id, r.room, r.title, r.status) for r in rows]

    async def participants_of(self, workshop_id: str) -> list[dict]:
        query = (
            sa.select(participants)
            .where(participants.c.workshop_id == workshop_id)
            .order_by(participants.c.joined_at)
        )
        async with self._reads.connect() as conn:
            return [dict(row._mapping) for row in (await conn.execute(query)).all()]

    # --- adapter state ------------------------------------------------------------

    async def get_adapter_state(self, key: str) -> dict[str, Any] | None:
        """What an adapter saved under `key`, or None if nothing was."""
        query = sa.select(adapter_state.c.value).where(adapter_state.c.key == key)
        async with self._reads.connect() as conn:
            value = await conn.scalar(query)
        return dict(value) if value is not None else None

    async def adapter_states(self, prefix: str) -> dict[str, dict[str, Any]]:
        """Every saved value whose key starts with `prefix`, by key (one query)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = sa.select(adapter_state.c.key, adapter_state.c.value).where(
            adapter_state.c.key.like(escaped + "%", escape="\\")
        )
        async with self._reads.connect() as conn:
            rows = (await conn.execute(query)).all()
        return {key: dict(value) for key, value in rows if key.startswith(prefix)}

    async def set_adapter_state(self, key: str, value: dict[str, Any]) -> None:
        """Save (or replace) `value` under `key`, committed when this returns."""
        await self.queue_adapter_state(key, value)

    def queue_adapter_state(self, key: str, value: dict[str, Any]) -> asyncio.Future:
        """`set_adapter_state` without waiting: queued now, in order with every other
        write; the future is done once it has committed."""
        return self.writer.enqueue(_Upsert(key, dict(value), dt.datetime.now(dt.UTC)))

    def queue_adapter_state_quietly(
        self, key: str, value: dict[str, Any], on_failure: Callable[[BaseException], None]
    ) -> None:
        """`queue_adapter_state` with nothing to wait for: `on_failure(error)` if it
        does not commit (Writer.enqueue_quietly). Its time is when its batch writes it."""
        self.writer.enqueue_quietly(_Upsert(key, dict(value), None), on_failure)

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
        await self.writer.submit(_Call(lambda conn: conn.execute(audit.insert().values(**row))))

    async def audit_rows(self, workshop_id: str | None = None) -> list[dict]:
        query = sa.select(audit).order_by(audit.c.id)
        if workshop_id is not None:
            query = query.where(audit.c.workshop_id == workshop_id)
        async with self._reads.connect() as conn:
            return [dict(row._mapping) for row in (await conn.execute(query)).all()]


def _upsert_adapter_state(
    conn: sa.Connection, key: str, value: dict[str, Any], at: dt.datetime | None = None
) -> None:
    row = {"key": key, "value": value, "updated_at": at or dt.datetime.now(dt.UTC)}
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = (sqlite_insert if dialect == "sqlite" else postgresql_insert)(
            adapter_state
        ).values(**row)
        conn.execute(
            insert.on_conflict_do_update(
                index_elements=[adapter_state.c.key],
                set_={"value": insert.excluded.value, "updated_at": row["updated_at"]},
            )
        )
        return
    # Any other database: update, else insert (one transaction).
    updated = conn.execute(
        adapter_state.update()
        .where(adapter_state.c.key == key)
        .values(value=value, updated_at=row["updated_at"])
    )
    if not updated.rowcount:
        conn.execute(adapter_state.insert().values(**row))
