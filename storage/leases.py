"""Leases: a row per owned thing (a room, the daily purge) saying which bot process owns
it and until when. Several processes on one database use them so that each room's
workshop, and its timers, belong to exactly one process at a time (docs/deploy.md).

Why a lease row and not a PostgreSQL advisory lock held on a dedicated connection:

- The same code runs on SQLite (one process, trivially the owner) and PostgreSQL.
- The bound is explicit: a dead owner's rooms are free once its lease has expired,
  whatever happened to its connection. An advisory lock is held until PostgreSQL
  notices the connection is gone, which for a half-open TCP connection (a machine
  that lost power, a network split) is the kernel's keepalive time, two hours by
  default, unless every server and client are tuned.
- A lock lives on one connection, so it breaks behind a pooler in transaction mode
  (PgBouncer) and is silently lost if that connection is reset; a row survives both.
- The owner knows how long it may act without asking the database again (until its
  renewal's start plus the lease), so it can stop by itself before anyone may take over.
- Who owns what is visible (`SELECT * FROM leases`), which helps the people on call.

The cost is that a crashed owner's rooms wait for the expiry (`[bot] lease_seconds`)
before another process takes them, where a lock would be freed as soon as PostgreSQL
saw the connection close. A process restarted on the same machine does not wait: a
lease whose owner was a process of this machine that no longer runs is taken at once.

Times are seconds since 1970 by one clock: PostgreSQL's (`clock_timestamp()`), so the
machines' own clocks never need to agree; with SQLite, the one machine's clock.
Every change is a compare-and-set on the row as it was read, so two processes racing
for a lease cannot both win.
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.schema import leases

CHUNK = 500  # names per statement (SQLite allows 32766 parameters; keep well under)


@dataclass(frozen=True)
class Lease:
    name: str
    owner: str
    expires_at: float
    acquired_at: float


@dataclass(frozen=True)
class Claim:
    acquired: bool
    previous: Lease | None  # the row as it was before (None: nobody had it)
    now: float  # the database clock when it was decided


def owner_id(instance: str = "") -> str:
    """This process's name in the leases table: instance (the host name unless given),
    process id, and a random part so a new process with a reused pid is not mistaken
    for the old one."""
    return f"{instance or socket.gethostname()}/{os.getpid()}/{secrets.token_hex(4)}"


def _pid_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # running, as another user
        return True
    return True


def gone_from_here(owner: str, me: str) -> bool:
    """True if `owner` was a process of this same instance that is not running now: this
    process under its old name (a restarted container is pid 1 again), or a pid that no
    longer exists. Such a lease need not wait for its expiry."""
    try:
        instance, pid, token = owner.rsplit("/", 2)
        my_instance, my_pid, my_token = me.rsplit("/", 2)
        pid_number = int(pid)
    except ValueError:
        return False
    if instance != my_instance or token == my_token:
        return False
    if pid_number == int(my_pid):
        return True
    return not _pid_running(pid_number)


class Leases:
    def __init__(self, engine: AsyncEngine, owner: str, seconds: float) -> None:
        self.engine = engine
        self.owner = owner
        self.seconds = seconds

    async def _now(self, conn: AsyncConnection) -> float:
        if conn.dialect.name == "postgresql":
            query = sa.select(sa.extract("epoch", sa.func.clock_timestamp()))
            seconds = await conn.scalar(query)
            if seconds is None:  # never for this query; the type allows it
                raise RuntimeError("PostgreSQL gave no time")
            return float(seconds)
        return time.time()

    def _may_take(self, lease: Lease, now: float) -> bool:
        return (
            lease.owner == self.owner
            or lease.expires_at <= now
            or gone_from_here(lease.owner, self.owner)
        )

    async def all(self) -> tuple[float, dict[str, Lease]]:
        """The database clock now, and every lease row."""
        async with self.engine.connect() as conn:
            now = await self._now(conn)
            rows = (await conn.execute(sa.select(leases))).all()
        return now, {row.name: Lease(**row._mapping) for row in rows}

    def takeable(self, lease: Lease | None, now: float) -> bool:
        """Whether `claim` would win this lease (as read at `now`)."""
        return lease is None or self._may_take(lease, now)

    async def claim(self, name: str) -> Claim:
        """Take `name` if nobody holds it, its lease has expired, it is already ours, or its
        owner was a process of this machine that has gone. On success it is ours until the
        database clock passes `now + seconds` (renew before then)."""
        async with self.engine.begin() as conn:
            now = await self._now(conn)
            row = (await conn.execute(sa.select(leases).where(leases.c.name == name))).first()
            values = {"owner": self.owner, "expires_at": now + self.seconds, "acquired_at": now}
            if row is None:
                return Claim(await self._insert(conn, name, values), None, now)
            previous = Lease(**row._mapping)
            if not self._may_take(previous, now):
                return Claim(False, previous, now)
            if previous.owner == self.owner:
                values.pop("acquired_at")
            updated = await conn.execute(
                leases.update()
                .where(leases.c.name == name)
                .where(leases.c.owner == previous.owner)
                .where(leases.c.expires_at == previous.expires_at)
                .values(**values)
            )
            return Claim(updated.rowcount == 1, previous, now)

    async def _insert(self, conn: AsyncConnection, name: str, values: dict) -> bool:
        dialect = conn.dialect.name
        if dialect in ("sqlite", "postgresql"):
            insert = (sqlite_insert if dialect == "sqlite" else postgresql_insert)(leases)
            result = await conn.execute(
                insert.values(name=name, **values).on_conflict_do_nothing(
                    index_elements=[leases.c.name]
                )
            )
            return result.rowcount == 1
        try:
            async with conn.begin_nested():
                await conn.execute(leases.insert().values(name=name, **values))
        except IntegrityError:
            return False
        return True

    async def renew(self, names: Iterable[str]) -> set[str]:
        """Extend the leases on `names` that are still ours; returns those. A name another
        process has taken (ours had expired) is not in the answer: it is no longer ours."""
        names = sorted(set(names))
        renewed: set[str] = set()
        if not names:
            return renewed
        async with self.engine.begin() as conn:
            now = await self._now(conn)
            for start in range(0, len(names), CHUNK):
                result = await conn.execute(
                    leases.update()
                    .where(leases.c.owner == self.owner)
                    .where(leases.c.name.in_(names[start : start + CHUNK]))
                    .values(expires_at=now + self.seconds)
                    .returning(leases.c.name)
                )
                renewed.update(result.scalars())
        return renewed

    async def release(self, names: Iterable[str]) -> None:
        """Give up `names` at once (a clean stop), so another process need not wait."""
        names = sorted(set(names))
        if not names:
            return
        async with self.engine.begin() as conn:
            for start in range(0, len(names), CHUNK):
                await conn.execute(
                    leases.delete()
                    .where(leases.c.owner == self.owner)
                    .where(leases.c.name.in_(names[start : start + CHUNK]))
                )

    async def prune(self, older_than: float) -> None:
        """Remove leases that expired more than `older_than` seconds ago (rooms nobody
        has used since), so the table stays the size of what is in use."""
        async with self.engine.begin() as conn:
            now = await self._now(conn)
            await conn.execute(leases.delete().where(leases.c.expires_at < now - older_than))
