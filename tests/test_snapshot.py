"""Snapshots: a restart reads each running workshop's snapshot and evolves only the
events after it, and gets exactly the state a full replay of the log gives."""

from __future__ import annotations

import json
import sqlite3

import pytest

import bot.bootstrap as bootstrap_module
import bot.recovery as recovery_module
from bot.bootstrap import bootstrap
from bot.demo import SCRIPT
from bot.simulation import ManualClock, ManualTimers
from facilitation.commands import Actor, PlatformRole
from facilitation.state import WorkshopState, evolve, from_snapshot, to_snapshot
from storage.snapshot_version import fingerprint, state_sources
from tests.conftest import ROOM, settings_for
from tests.fakes import DyingPlatform, FakePlatform, Killed

# The demo's workshop (queue, speaking time, notes, opt-out, small groups with reports,
# drift), without its end, so it is still running when the bot stops.
LINES = [line for line in SCRIPT if line != "host> !end"]


def _actor(name: str) -> Actor:
    if name == "host":
        return Actor("test:host", "Host", PlatformRole.FACILITATOR)
    return Actor(f"test:{name}", name.capitalize())


class Run:
    def __init__(self, bot, platform, clock, timers) -> None:
        self.bot, self.platform, self.clock, self.timers = bot, platform, clock, timers
        self.n = 0

    @property
    def dispatcher(self):
        return self.bot.dispatcher

    async def play(self, lines) -> None:
        for line in lines:
            if isinstance(line, int):
                await self.timers.advance(line)
                continue
            who, text = line.split("> ", 1)
            if "@" in who:  # typed in a breakout room: not needed here
                continue
            self.n += 1
            await self.dispatcher.handle_text(
                text, actor=_actor(who), room=ROOM, source_id=f"line-{self.n}-{id(self)}"
            )


async def _start(database, clock: ManualClock | None = None) -> Run:
    clock = clock or ManualClock()
    timers = ManualTimers(clock)
    platform = FakePlatform()
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=timers)
    return Run(bot, platform, clock, timers)


async def _full_replay(run: Run) -> WorkshopState:
    return await run.dispatcher.replay(run.dispatcher.state_in(ROOM).workshop_id)


def _snapshot_rows(database) -> list[tuple[str, int]]:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT workshop_id, seq FROM snapshots").fetchall()


def _event_count(database) -> int:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]


class Spy:
    """Counts snapshots decoded by the dispatcher at restore."""

    def __init__(self, monkeypatch) -> None:
        self.used = 0
        monkeypatch.setattr(recovery_module, "from_snapshot", self)

    def __call__(self, data):
        self.used += 1
        return from_snapshot(data)


async def test_every_state_of_a_rich_workshop_round_trips_through_a_snapshot(database):
    run = await _start(database)
    await run.play(LINES)
    workshop_id = run.dispatcher.state_in(ROOM).workshop_id
    log = await run.bot.store.load_events(workshop_id)
    await run.bot.close()
    state = run.dispatcher.blank_state(workshop_id)
    for event in log:
        state = evolve(state, event)
        assert from_snapshot(json.loads(json.dumps(to_snapshot(state)))) == state
    assert state.past_breakouts and state.minutes and state.people  # it was a rich one


async def test_a_clean_stop_saves_snapshots_and_a_restart_uses_them(database, monkeypatch):
    first = await _start(database)
    await first.play(LINES)
    before = first.dispatcher.state_in(ROOM)
    await first.bot.close()
    assert _snapshot_rows(database) == [(before.workshop_id, _event_count(database))]

    spy = Spy(monkeypatch)
    second = await _start(database, first.clock)
    assert spy.used == 1
    assert second.dispatcher.state_in(ROOM) == before == await _full_replay(second)
    # And it carries on from there like any running workshop.
    await second.play(["alice> !hand", "host> !next", "bob> Thanks for that"])
    assert second.dispatcher.state_in(ROOM) == await _full_replay(second)
    await second.bot.close()


async def test_snapshot_plus_tail_equals_a_full_replay(database, monkeypatch):
    monkeypatch.setattr(recovery_module, "SNAPSHOT_EVERY", 7)
    first = await _start(database)
    await first.play(LINES)
    first.bot.store.before_close.clear()  # stands for a kill: no snapshot at the stop
    await first.bot.close()
    ((_, seq),) = _snapshot_rows(database)
    assert 0 < seq < _event_count(database)  # a periodic one, with events after it

    spy = Spy(monkeypatch)
    second = await _start(database, first.clock)
    assert spy.used == 1
    assert second.dispatcher.state_in(ROOM) == await _full_replay(second)
    await second.bot.close()


async def test_a_snapshot_of_other_code_or_not_matching_the_log_is_ignored(database, monkeypatch):
    first = await _start(database)
    await first.play(LINES)
    await first.bot.close()
    assert _snapshot_rows(database)

    spy = Spy(monkeypatch)
    monkeypatch.setattr(bootstrap_module, "snapshot_version", lambda: "other code")
    second = await _start(database, first.clock)
    assert spy.used == 0  # made by other code: not even read
    assert second.dispatcher.state_in(ROOM) == await _full_replay(second)
    second.bot.store.before_close.clear()
    await second.bot.close()
    monkeypatch.undo()

    # Tied to the wrong event of the log (the log was not the one it was made from).
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE snapshots SET source_id = 'line-1-elsewhere'")
    spy = Spy(monkeypatch)
    third = await _start(database, first.clock)
    assert spy.used == 0
    assert third.dispatcher.state_in(ROOM) == await _full_replay(third)
    third.bot.store.before_close.clear()
    await third.bot.close()

    # Unreadable (a field that no longer exists): replayed instead.
    with sqlite3.connect(database) as conn:
        (data,) = conn.execute("SELECT state FROM snapshots").fetchone()
        broken = {**json.loads(data), "no_such_field": 1}
        conn.execute("UPDATE snapshots SET state = ?", (json.dumps(broken),))
        conn.execute(
            "UPDATE snapshots SET source_id ="
            " (SELECT source_id FROM events e WHERE e.seq = snapshots.seq"
            " AND e.workshop_id = snapshots.workshop_id)"
        )
    fourth = await _start(database, first.clock)
    assert fourth.dispatcher.state_in(ROOM) == await _full_replay(fourth)
    await fourth.bot.close()


async def test_forget_me_and_the_retention_purge_delete_snapshots(database):
    first = await _start(database)
    await first.play(LINES)
    await first.bot.close()
    assert _snapshot_rows(database)

    second = await _start(database, first.clock)
    await second.play(["alice> !forgetme confirm"])
    # The snapshot held alice's name: it went in the transaction of the erasure.
    assert _snapshot_rows(database) == []
    await second.bot.close()
    ((workshop_id, seq),) = _snapshot_rows(database)  # the erased state is fine to keep
    with sqlite3.connect(database) as conn:
        (data,) = conn.execute("SELECT state FROM snapshots").fetchone()
    assert '"Alice"' not in data

    third = await _start(database, first.clock)
    third.dispatcher.retention.retention_days = 1
    third.clock.now += 3 * 24 * 3600
    assert await third.dispatcher.purge() > 0
    assert _snapshot_rows(database) == []
    # Its live state may still hold words the purge took from the log: never saved.
    await third.bot.close()
    assert _snapshot_rows(database) == []
    fourth = await _start(database, third.clock)
    assert fourth.dispatcher.state_in(ROOM) == await _full_replay(fourth)
    await fourth.bot.close()


async def test_no_snapshot_covers_effects_that_were_not_carried_out(database):
    clock = ManualClock()
    timers = ManualTimers(clock)
    platform = DyingPlatform()
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=timers)
    run = Run(bot, platform, clock, timers)
    await run.play(LINES[:10])
    platform.dying = True
    with pytest.raises(Killed):
        await run.play(["host> !breakout 10m | groups: 2 | notice: 0"])
    await bot.close()
    # The breakout is stored, its notice was never posted: a snapshot marked delivered
    # would hide that from the restart, so none was made.
    assert _snapshot_rows(database) == []
    second = await _start(database, clock)
    assert any(s.undelivered for s in second.dispatcher.directory.slots())  # the restart does it
    await second.bot.close()


async def test_no_snapshot_is_saved_from_a_state_older_than_a_rewrite_elsewhere(database):
    """Another process (sharing the database) erased someone, or purged old text, after
    this one built its state: that state may hold what was removed, so it is not saved."""
    from bot.bootstrap import open_store
    from facilitation import events as ev

    first = await _start(database)
    await first.play(LINES)
    state = first.dispatcher.state_in(ROOM)
    other = await open_store(settings_for(database))  # another process
    erased = ev.PersonErased(person_id="test:alice", pseudonym="Forgotten person 1", at=5000.0)
    await other.append(state.workshop_id, [erased], actor_id="test:alice", source_id="x", now=5000)
    await first.bot.close()
    assert _snapshot_rows(database) == []  # its state still says "Alice"

    second = await _start(database, first.clock)
    assert second.dispatcher.state_in(ROOM).name_of("test:alice") == "Forgotten person 1"
    await second.dispatcher.redeliver()
    later = first.clock.now + 2 * 24 * 3600
    assert await other.purge_transcripts(later - 24 * 3600, retention_days=1, now=later) > 0
    await second.bot.close()
    assert _snapshot_rows(database) == []  # built before that purge
    await other.close()

    third = await _start(database, first.clock)  # built after it: may be saved again
    assert third.dispatcher.state_in(ROOM) == await _full_replay(third)
    await third.dispatcher.redeliver()  # the erasure's own effects, not yet carried out
    await third.bot.close()
    assert len(_snapshot_rows(database)) == 1


def test_the_version_covers_every_module_of_the_core_that_builds_state():
    names = {path.name for path in state_sources() if path is not None}
    # state.py and what evolve calls: the events, series records, renamed() in text.py.
    assert {"state.py", "events.py", "series.py", "text.py"} <= names
    assert None not in state_sources()
    assert "drift.py" not in names  # the classifier does not build state


def test_the_version_changes_when_the_code_that_builds_state_changes(tmp_path):
    source = tmp_path / "state.py"
    source.write_text("STATE = 1\n")
    before = fingerprint(1, [source])
    assert fingerprint(1, [source]) == before  # the same code: the same version
    source.write_text("STATE = 1  # a comment\n")
    assert fingerprint(1, [source]) != before
    source.write_text("STATE = 1\n")
    assert fingerprint(2, [source]) != before  # a new snapshot format
    # A source that cannot be read never matches a stored version.
    assert fingerprint(1, [None]) != fingerprint(1, [None])
    assert fingerprint(1, [tmp_path / "gone.py"]) != fingerprint(1, [tmp_path / "gone.py"])
