"""Tables, defined once with SQLAlchemy Core. Portable to PostgreSQL:
no SQLite-only types; JSON payloads; timezone-aware times.

The first migration (storage/migrations/versions/0001_initial.py) creates
exactly these; a later schema change adds a migration, never edits this alone.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

workshops = sa.Table(
    "workshops",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("room", sa.String(255), nullable=False, index=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
)

# The append-only log. `source_id` is unique so a command delivered twice
# (same interaction id, Matrix event id or timer id) is recorded once.
events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workshop_id", sa.String(64), sa.ForeignKey("workshops.id"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("type", sa.String(64), nullable=False),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("actor_id", sa.String(255), nullable=False),
    sa.Column("source_id", sa.String(255), nullable=False, unique=True),
    sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("workshop_id", "seq", name="uq_events_workshop_seq"),
)

participants = sa.Table(
    "participants",
    metadata,
    sa.Column("workshop_id", sa.String(64), sa.ForeignKey("workshops.id"), primary_key=True),
    sa.Column("person_id", sa.String(255), primary_key=True),
    sa.Column("display_name", sa.Text, nullable=False),
    sa.Column("recorded", sa.Boolean, nullable=False),
    sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
)

audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("workshop_id", sa.String(64), nullable=True, index=True),
    sa.Column("actor_id", sa.String(255), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
)

# Small state an adapter keeps across restarts (for Matrix: the sync position,
# the device id, saved power levels, private-message rooms, Spaces, ✋ reactions).
# Key/value, so adapters need no migration of their own for a new item.
adapter_state = sa.Table(
    "adapter_state",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# Which bot process owns a room (its workshop, that workshop's timers) and until when
# (storage/leases.py). Times are seconds since 1970 by the database's clock
# (PostgreSQL) or the one machine's clock (SQLite), so processes on several machines
# compare them against one clock.
leases = sa.Table(
    "leases",
    metadata,
    sa.Column("name", sa.String(512), primary_key=True),
    sa.Column("owner", sa.String(255), nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("acquired_at", sa.Float, nullable=False),
)

# Each running workshop's state after one event of its log (bot/recovery.py makes
# them every so many events and at a clean stop), so a restart evolves only the events
# after it. Only a shortcut: `version` names the code that made it (a snapshot of other
# code is ignored), and `source_id` must still be the log's event at `seq` or the log
# is replayed whole. Rewriting a workshop's log (forget me, a deleted message, the
# retention purge) deletes its snapshots in the same transaction.
snapshots = sa.Table(
    "snapshots",
    metadata,
    sa.Column("workshop_id", sa.String(64), sa.ForeignKey("workshops.id"), primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("source_id", sa.String(255), nullable=False),
    sa.Column("version", sa.String(64), nullable=False),
    sa.Column("state", sa.JSON, nullable=False),
    sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
)
