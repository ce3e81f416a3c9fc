"""Rooms owned by one process at a time (bot/ownership.py, storage/leases.py).

Two bots in one test, each with its own dispatcher, platform and timers, on one
database, stand in for two processes that both receive every message of the room.
Killing a process is played by expiring its leases in the database and never calling
it again. tests/postgres runs these again on PostgreSQL, and starts real processes.
"""

from __future__ import annotations

import asyncio
import os

import sqlalchemy as sa

from bot.bootstrap import bootstrap
from bot.ownership import PURGE, ROOM
from bot.simulation import ManualClock, ManualTimers
from facilitation.events import MessagePosted, TimeboxExpired, TimeboxWarned
from storage.leases import Leases, gone_from_here, owner_id
from storage.schema import leases
from storage.store import make_engine
from tests.conftest import ALICE, BOB, HOST, START, settings_for
from tests.fakes import FakePlatform

MAIN = "test:main"
SCRIPT = [
    (HOST, START),
    (HOST, "!timebox 20s"),
    (ALICE, "!hand"),
    (HOST, "!next"),
]


def _url(database) -> str:
    return str(database) if "://" in str(database) else f"sqlite+aiosqlite:///{database}"


async def _bot(database, clock: ManualClock, instance: str):
    settings = settings_for(database, timebox_warning_seconds=5)
    settings = settings.model_copy(
        update={"bot": settings.bot.model_copy(update={"instance_name": instance})}
    )
    platform = FakePlatform()
    bot = await bootstrap(settings, platform, clock=clock, timers=ManualTimers(clock), leases=True)
    await bot.ownership.start()
    return bot, platform


async def _both_receive(bots, actor, text: str, source_id: str) -> list[bool]:
    """A message of the room, as every process connected to the room receives it."""
    return [
        await bot.ownership.handle_text(text, actor=actor, room=MAIN, source_id=source_id)
        for bot in bots
    ]


async def _expire(bot) -> None:
    """The process dies: its leases run out (and it is never called again)."""
    engine = make_engine(_url(bot.settings.bot.database))
    try:
        async with engine.begin() as conn:
            await conn.execute(
                leases.update()
                .where(leases.c.owner == bot.ownership.leases.owner)
                .values(expires_at=0.0)
            )
    finally:
        await engine.dispose()


def _posts(platform: FakePlatform, needle: str) -> list[str]:
    return [text for text in platform.texts("post") if needle in text]


async def test_one_process_owns_the_room_and_another_takes_over_when_it_dies(database):
    clock = ManualClock()
    a, a_platform = await _bot(database, clock, "one")
    b, b_platform = await _bot(database, clock, "two")
    try:
        for n, (actor, text) in enumerate(SCRIPT):
            await _both_receive([a, b], actor, text, f"msg-{n}")
        # Only the owner (whoever claimed the room first: `a`, which got `!start` first)
        # handled them and armed the speaker's timers; the other kept them.
        assert a.ownership.owns_room(MAIN) and not b.ownership.owns_room(MAIN)
        assert _posts(a_platform, "it is your turn") and b_platform.sent == []
        assert any(t.endswith("/warning") for t in a.timers.armed) and b.timers.armed == {}
        assert len(b.ownership.kept) == len(SCRIPT)

        await _expire(a)  # `a` dies with the speaker's warning armed
        await _both_receive([b], ALICE, "We need more places", "msg-after-death")
        assert b.dispatcher.state_in(MAIN) is None  # kept, not handled: not its room yet

        await b.ownership.tick()  # within lease_seconds of the death
        assert b.ownership.owns_room(MAIN)
        assert any(t.endswith("/warning") for t in b.timers.armed)
        await b.timers.advance(20)
        assert len(_posts(b_platform, "seconds left")) == 1
        assert len(_posts(b_platform, "your time is up")) == 1
        assert _posts(a_platform, "seconds left") == []

        log = await b.store.load_events(b.dispatcher.state_in(MAIN).workshop_id)
        kinds = [type(e) for e in log]
        assert kinds.count(TimeboxWarned) == 1 and kinds.count(TimeboxExpired) == 1
        # What `a` had handled was not handled again; the message `a` missed was.
        said = [e for e in log if isinstance(e, MessagePosted)]
        assert [e.text for e in said] == ["We need more places"]
    finally:
        await a.close()
        await b.close()


async def test_a_process_that_lost_its_room_lets_it_go(database):
    clock = ManualClock()
    a, _ = await _bot(database, clock, "one")
    try:
        await a.ownership.handle_text(START, actor=HOST, room=MAIN, source_id="s1")
        await a.ownership.handle_text("!timebox 20s", actor=HOST, room=MAIN, source_id="s2")
        await a.ownership.handle_text("!hand", actor=ALICE, room=MAIN, source_id="s3")
        await a.ownership.handle_text("!next", actor=HOST, room=MAIN, source_id="s4")
        assert a.timers.armed
        # Another process took the room while this one could not renew (a long pause).
        engine = make_engine(_url(a.settings.bot.database))
        async with engine.begin() as conn:
            await conn.execute(
                leases.update().where(leases.c.name == ROOM + MAIN).values(owner="x/1/other")
            )
        await engine.dispose()
        await a.ownership.tick()
        assert not a.ownership.owns_room(MAIN)
        assert a.dispatcher.state_in(MAIN) is None and a.timers.armed == {}
        # Commands for the room are now kept for its owner, not handled.
        await a.ownership.handle_text("!next", actor=HOST, room=MAIN, source_id="s5")
        assert not await a.store.has_source("s5")
    finally:
        await a.close()


async def test_one_process_alone_owns_everything_and_releases_it_at_a_clean_stop(database):
    clock = ManualClock()
    a, platform = await _bot(database, clock, "one")
    await a.ownership.handle_text(START, actor=HOST, room=MAIN, source_id="s1")
    assert a.ownership.owns_room(MAIN) and a.ownership.owns(PURGE)
    assert _posts(platform, "ground rules") or platform.sent
    now, rows = await a.ownership.leases.all()
    assert {ROOM + MAIN, PURGE} <= set(rows)
    await a.close()
    # Released: the next process takes over at once, without waiting for the expiry.
    b, _ = await _bot(database, clock, "two")
    try:
        assert b.ownership.owns_room(MAIN)
        assert b.dispatcher.state_in(MAIN) is not None
    finally:
        await b.close()


async def test_leases_claim_renew_release_and_expire(database):
    engine = make_engine(_url(database))
    from storage.migrate import upgrade

    await upgrade(engine)
    one = Leases(engine, "m1/1/aaaa", 30)
    two = Leases(engine, "m2/2/bbbb", 30)
    try:
        first = await one.claim("room:x")
        assert first.acquired and first.previous is None
        assert (await one.claim("room:x")).acquired  # already ours
        refused = await two.claim("room:x")
        assert not refused.acquired and refused.previous.owner == "m1/1/aaaa"
        assert await one.renew(["room:x", "room:never-claimed"]) == {"room:x"}
        assert await two.renew(["room:x"]) == set()
        async with engine.begin() as conn:  # one's lease runs out
            await conn.execute(leases.update().values(expires_at=0.0))
        taken = await two.claim("room:x")
        assert taken.acquired and taken.previous.owner == "m1/1/aaaa"
        assert await one.renew(["room:x"]) == set()  # one learns it lost the room
        await two.release(["room:x"])
        assert (await one.claim("room:x")).acquired
        await one.prune(older_than=-60)  # even unexpired ones: the table empties
        assert (await one.all())[1] == {}
    finally:
        await engine.dispose()


async def test_two_processes_racing_for_a_lease_cannot_both_win(database):
    engines = [make_engine(_url(database)) for _ in range(4)]
    from storage.migrate import upgrade

    await upgrade(engines[0])
    contenders = [Leases(engine, f"m{n}/{n}/tok{n}", 30) for n, engine in enumerate(engines)]
    try:
        for round_ in range(5):
            claims = await asyncio.gather(*(c.claim(f"room:{round_}") for c in contenders))
            assert sum(claim.acquired for claim in claims) == 1
    finally:
        for engine in engines:
            await engine.dispose()


def test_a_lease_of_a_process_of_this_machine_that_has_gone_need_not_expire():
    me = owner_id("host-a")
    instance, pid, _ = me.split("/")
    assert gone_from_here(f"{instance}/{pid}/0ldt0ken", me)  # this pid, an earlier life
    assert gone_from_here(f"{instance}/{2**22 + 12345}/cafe", me)  # no such process
    assert not gone_from_here(f"{instance}/{os.getppid()}/cafe", me)  # still running
    assert not gone_from_here(f"host-b/{2**22 + 12345}/cafe", me)  # another machine
    assert not gone_from_here(me, me)
    assert not gone_from_here("not an owner", me)


async def test_a_restarted_process_on_the_same_machine_takes_its_rooms_at_once(database):
    engine = make_engine(_url(database))
    from storage.migrate import upgrade

    await upgrade(engine)
    try:
        me = owner_id("host-a")
        instance, pid, _ = me.split("/")
        dead = Leases(engine, f"{instance}/{2**22 + 12345}/dead", 3600)
        assert (await dead.claim("room:x")).acquired  # an hour left on it
        elsewhere = Leases(engine, owner_id("host-b"), 30)
        assert not (await elsewhere.claim("room:x")).acquired
        assert (await Leases(engine, me, 30).claim("room:x")).acquired
        async with engine.connect() as conn:
            owner = await conn.scalar(sa.select(leases.c.owner))
        assert owner == me
    finally:
        await engine.dispose()


async def test_the_owner_of_a_room_also_owns_its_breakout_rooms(database):
    clock = ManualClock()
    a, _ = await _bot(database, clock, "one")
    b, b_platform = await _bot(database, clock, "two")
    people = [(HOST, START), (ALICE, "hello"), (BOB, "hello")]
    try:
        for n, (actor, text) in enumerate(people):
            await _both_receive([a, b], actor, text, f"m{n}")
        await _both_receive([a, b], HOST, "!breakout 10m | groups: 2 | notice: 0", "m-open")
        groups = a.dispatcher.state_in(MAIN).breakout.rooms
        kitchen, garden = (room.key for room in groups)
        assert a.ownership.owns_room(kitchen) and a.ownership.owns_room(garden)
        # A member of the first group (the core checks who may report for a group).
        reporter = next(p for p in (ALICE, BOB) if p.id in groups[0].members)
        # The other process hears a report in a small group's room: not its room; kept.
        kept = await b.ownership.handle_text(
            "!report Shorter forms", actor=reporter, room=kitchen, source_id="m-report"
        )
        assert kept.accepted and not kept.replies
        assert b_platform.sent == [] and not b.ownership.owns_room(kitchen)
        await _expire(a)
        await b.ownership.tick()  # takes the main room, then its breakout rooms
        assert b.ownership.owns_room(MAIN) and b.ownership.owns_room(kitchen)
        assert await b.store.has_source("m-report")  # kept, and handled at the takeover
    finally:
        await a.close()
        await b.close()


async def test_a_workshop_another_process_owns_is_known_here_by_all_its_rooms(database):
    """`waiting` (the rooms the adapter must still read and keep for a takeover) holds the
    owner's main room and the group rooms of its current or last breakout, as the owner's
    own directory links them, read from the log alone; a breakout announced but not yet
    opened has no rooms. A command typed in a group room claims the main room."""
    clock = ManualClock()
    a, a_platform = await _bot(database, clock, "one")
    b, _ = await _bot(database, clock, "two")
    people = [(HOST, START), (ALICE, "hello"), (BOB, "hello")]
    try:
        for n, (actor, text) in enumerate(people):
            await _both_receive([a, b], actor, text, f"m{n}")
        await b.ownership.tick()
        assert b.ownership.waiting == {MAIN: MAIN} == a.dispatcher.rooms()
        await _both_receive([a, b], HOST, "!breakout 10m | groups: 2 | notice: 0", "m-open")
        await b.ownership.tick()
        first = a.dispatcher.rooms()
        assert len(first) == 3 and b.ownership.waiting == first
        # Were the owner's lease on a group room lost for a moment, a command typed there,
        # on the other process, claims the main room (held: the command is kept), never
        # the group room itself (which would answer "no workshop here").
        kitchen = next(room for room in first if room != MAIN)
        await a.ownership.leases.release([ROOM + kitchen])
        kept = await b.ownership.handle_text("!hand", actor=ALICE, room=kitchen, source_id="m-k")
        assert kept.accepted and not kept.replies and not b.ownership.owns_room(kitchen)
        await _both_receive([a, b], HOST, "!regroup", "m-regroup")
        await b.ownership.tick()
        assert b.ownership.waiting == a.dispatcher.rooms() == first  # still linked
        await _both_receive([a, b], HOST, "!breakout 10m | groups: 2 | notice: 60s", "m-again")
        await b.ownership.tick()
        assert b.ownership.waiting == a.dispatcher.rooms() == {MAIN: MAIN}
    finally:
        await a.close()
        await b.close()


class ShardPlatform(FakePlatform):
    """A platform process that hears only some rooms (a Discord shard, say)."""

    def handles_room(self, room: str) -> bool:
        return room != MAIN


async def test_a_process_never_takes_a_room_its_adapter_cannot_hear(database):
    clock = ManualClock()
    bot = await bootstrap(
        settings_for(database),
        ShardPlatform(),
        clock=clock,
        timers=ManualTimers(clock),
        leases=True,
    )
    await bot.ownership.start()
    try:
        await bot.ownership.handle_text(START, actor=HOST, room=MAIN, source_id="s1")
        assert not bot.ownership.owns_room(MAIN)
        assert bot.dispatcher.state_in(MAIN) is None  # nothing started here
    finally:
        await bot.close()
