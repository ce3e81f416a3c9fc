"""A command that breaks after its events are stored (bot/bus.py `_record`) still has
all its effects carried out, once: the real bus, core and SQLite store over a fake
platform that records what it is asked to do.

Before the fix, a break after the commit (re-arming the timers, keeping the state,
the executor's preparation) left the command's effects undone, and the next command's
outbox mark moved past them, so a restart did not do them either: a safety alert, a
turn announced, a reminder, lost for good. Now the work after the commit is done again
from the step that broke; what breaks twice is told to the facilitators in words (a
safety alert is kept and tried again on its timer), and a failure never loops.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest

import bot.executor
from facilitation import words
from facilitation.effects import AlertStaff, Post
from facilitation.state import to_snapshot
from tests.conftest import ALICE, BOB, HOST, ROOM, START, Harness, started
from tests.fakes import DyingPlatform, FakePlatform, Killed

# A message the safety cues flag (tests/test_alerts.py): the host is sent an alert.
RISK = "My dad hits me when he has been drinking and I am scared to go home"
SAFETY = "PLEASE CHECK NOW. Safety alert"


def _breaks_once(real: Callable[..., Any]) -> Callable[..., Any]:
    """`real`, except that its first call raises (before doing anything)."""
    calls = 0

    def once(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("broken once")
        return real(*args, **kwargs)

    return once


def _event_types(database) -> list[str]:
    with sqlite3.connect(database) as conn:
        return [t for (t,) in conn.execute("SELECT type FROM events ORDER BY id")]


def _alerts_to_host(platform: FakePlatform) -> list[str]:
    return [
        s.text
        for s in platform.of_kind("private")
        if s.target == HOST.id and s.text.startswith(SAFETY)
    ]


async def _restarted(database) -> Harness:
    """The bot started again on the same database, with what a stop left undone done."""
    again = await started(database, FakePlatform())
    await again.bot.dispatcher.redeliver()
    return again


async def test_a_safety_alert_broken_after_its_commit_goes_out_once_and_not_again(
    database, monkeypatch
):
    """The chat message is stored, then re-arming the timers breaks (once): the alert
    still reaches the host, once, and a restart does not send it again."""
    h = await started(database, FakePlatform())
    await h.say(HOST, START)
    monkeypatch.setattr(h.timers, "sync", _breaks_once(h.timers.sync))

    await h.say(ALICE, RISK)
    await h.say(BOB, "!hand")  # the next command: its outbox mark must lose nothing
    await h.bot.close()
    again = await _restarted(database)

    # Before the fix: (0, 0), neither now nor after the restart.
    assert (len(_alerts_to_host(h.platform)), len(_alerts_to_host(again.platform))) == (1, 0)
    assert again.platform.sent == []  # done once, so nothing to do again
    assert not [t for t in h.platform.texts("private") if "went wrong" in t]
    await again.bot.close()


async def test_a_turn_broken_in_the_executors_preparation_is_announced_once(database, monkeypatch):
    """`!next` is stored, then the executor's preparation of its effects breaks (once,
    before any is carried out): the turn is still announced and the queue shown, once;
    a restart does nothing again."""
    h = await started(database, FakePlatform())
    for actor, text in [(HOST, START), (ALICE, "!hand"), (BOB, "!hand")]:
        await h.say(actor, text)
    monkeypatch.setattr(
        bot.executor, "latest_queue_updates", _breaks_once(bot.executor.latest_queue_updates)
    )
    before = len(h.platform.sent)

    await h.say(HOST, "!next", source_id="next-1")
    await h.say(ALICE, "Thank you")  # the next command: its outbox mark must lose nothing
    assert h.state.speaker is not None and h.state.speaker.person_id == ALICE.id
    await h.bot.close()
    again = await _restarted(database)

    done = h.platform.sent[before:]
    # Before the fix: nothing, neither now nor after the restart.
    assert [s.text for s in done if s.kind == "post"] == ["Alice, it is your turn to speak."]
    assert len([s for s in done if s.kind == "edit"]) == 1  # the queue message
    assert again.platform.sent == []
    await again.bot.close()


async def test_the_state_in_memory_is_the_logs_after_a_break_before_it_was_kept(
    harness, monkeypatch
):
    """The hand is stored, then keeping the new state breaks (once): the state in
    memory is still the log's, so the next hand is number 2, not number 1 again."""
    h = harness
    await h.say(HOST, START)
    directory = h.bot.dispatcher.bus.directory
    monkeypatch.setattr(directory, "place", _breaks_once(directory.place))

    await h.say(ALICE, "!hand")
    await h.say(BOB, "!hand")

    replayed = await h.bot.dispatcher.replay(h.state.workshop_id)
    assert to_snapshot(h.state) == to_snapshot(replayed)
    assert [hand.person_id for hand in h.state.hands] == [ALICE.id, BOB.id]
    assert "Your hand is up. You are number 2 in the queue." in h.platform.texts("private")


async def test_the_state_in_memory_is_the_logs_when_keeping_it_breaks_every_time(
    harness, monkeypatch
):
    """Keeping the state (`place`) breaks on every try, before it does anything: the
    bus sets the state itself, so the next hand is decided on what the log says."""
    h = harness
    await h.say(HOST, START)
    directory = h.bot.dispatcher.bus.directory
    slot = directory.slot_in(ROOM)

    def broken(*_: Any) -> None:
        raise RuntimeError("broken for good")

    monkeypatch.setattr(directory, "place", broken)

    await h.say(ALICE, "!hand")
    await h.say(BOB, "!hand")

    assert slot is not None
    replayed = await h.bot.dispatcher.replay(slot.workshop_id)
    assert to_snapshot(slot.state) == to_snapshot(replayed)
    assert [hand.person_id for hand in slot.state.hands] == [ALICE.id, BOB.id]
    assert "Your hand is up. You are number 2 in the queue." in h.platform.texts("private")


async def test_a_reminder_broken_after_its_commit_is_still_posted_once(harness, monkeypatch):
    """A timer's command is no different: the reminder is stored, then re-arming the
    timers breaks (once). It used to be raised to the timer service, whose next try was
    then ignored as already handled: the reminder was lost."""
    h = harness
    for actor, text in [(HOST, START), (ALICE, "!hand"), (BOB, "!hand")]:
        await h.say(actor, text)
    await h.say(HOST, "!breakout 10m | groups: 2 | notice: 0")
    monkeypatch.setattr(h.timers, "sync", _breaks_once(h.timers.sync))

    await h.timers.advance(300)  # the 5-minute reminder

    reminders = [
        s for s in h.platform.of_kind("post") if "5 minutes" in s.text and s.target != ROOM
    ]
    assert sorted(s.target for s in reminders) == [f"{ROOM}/breakout-1-1", f"{ROOM}/breakout-1-2"]
    # The timers were set again: the 1-minute reminder still comes, once per room.
    await h.timers.advance(240)
    last = [s for s in h.platform.of_kind("post") if "1 minute" in s.text and s.target != ROOM]
    assert len(last) == 2


def _breaks_always_on(kind: type, real: Callable[..., Any]) -> Callable[..., Any]:
    """The executor's `run`, except that a batch with an effect of `kind` breaks every
    time, before anything is done: a bug that only these effects meet."""
    tries = []

    async def run(effects, **kwargs):
        if any(isinstance(e, kind) and getattr(e, "attempt", 0) == 0 for e in effects):
            tries.append(effects)
            raise RuntimeError("broken for good")
        return await real(effects, **kwargs)

    run.tries = tries  # type: ignore[attr-defined]
    return run


async def test_a_post_that_breaks_on_every_try_is_told_in_plain_words_and_not_redone(
    database, monkeypatch
):
    """Broken on both tries: no loop; the facilitators are told in plain words what was
    not done, the person that it counts; the report is stored, so a restart does not
    try again (the mark moved on: done or told, never silently lost)."""
    h = await started(database, FakePlatform())
    for actor, text in [(HOST, START), (ALICE, "!hand")]:
        await h.say(actor, text)
    executor = h.bot.dispatcher.bus.executor
    run = _breaks_always_on(Post, executor.run)
    monkeypatch.setattr(executor, "run", run)

    await h.say(HOST, "!next", source_id="next-1")

    assert len(run.tries) == 2  # the first go and the one try again: no more
    not_posted = words.effect_failed(
        words.done_in("post a message", words.MAIN_ROOM_NAME),
        words.BROKE_WHILE_DOING_IT,
        platform=False,
    )
    to_host = [s.text for s in h.platform.of_kind("private") if s.target == HOST.id]
    assert any(not_posted in text for text in to_host)
    assert words.saved_but_not_all_done() in to_host
    assert "EffectFailureNoted" in _event_types(database)
    assert h.state.speaker is not None and h.state.speaker.person_id == ALICE.id  # it counts
    monkeypatch.undo()
    await h.bot.close()

    again = await _restarted(database)
    assert again.platform.sent == []
    await again.bot.close()


async def test_a_safety_alert_that_breaks_on_every_try_is_kept_and_sent_later(
    harness, database, monkeypatch
):
    """An alert the bus broke on twice is not merely reported: it is kept (as one that
    reached nobody) and tried again on its timer, which reaches the host once the
    break is mended."""
    h = harness
    await h.say(HOST, START)
    executor = h.bot.dispatcher.bus.executor
    run = _breaks_always_on(AlertStaff, executor.run)
    monkeypatch.setattr(executor, "run", run)

    await h.say(ALICE, RISK)

    assert len(run.tries) == 2
    assert _alerts_to_host(h.platform) == []
    assert "AlertHeld" in _event_types(database)
    assert [a.record[0] for a in h.state.held_alerts] == ["safeguarding"]
    # The one whose words were flagged is not told that something is missing.
    assert words.saved_but_not_all_done() not in h.platform.texts("private")

    await h.timers.advance(60)  # its first retry (attempt 1 no longer breaks)
    assert len(_alerts_to_host(h.platform)) == 1
    assert not h.state.held_alerts


def _append_breaks_after_its_commit(store: Any) -> list[str]:
    """`store.append`, except that its first call raises once the events are committed
    (say, the writer's answer is lost on its way back): the source ids it broke on."""
    real = store.append
    broke: list[str] = []

    async def append(workshop_id: str, events: Any, **kwargs: Any) -> None:
        await real(workshop_id, events, **kwargs)
        if not broke:
            broke.append(kwargs["source_id"])
            raise RuntimeError("broken after the commit")

    store.append = append
    return broke


async def test_a_chat_message_whose_append_breaks_after_the_commit_still_alerts_once(database):
    """The flagged message is committed, then `append` itself breaks, before the bus
    has taken its events in: the workshop catches up with its log, so the alert goes
    out once, nobody is told "went wrong", and a restart does not send it again."""
    h = await started(database, FakePlatform())
    await h.say(HOST, START)
    broke = _append_breaks_after_its_commit(h.bot.dispatcher.bus.store)

    await h.say(ALICE, RISK)
    await h.say(BOB, "!hand")  # the next command: its outbox mark must lose nothing
    await h.bot.close()
    again = await _restarted(database)

    assert broke  # (the break did happen)
    # Before the fix: (0, 1): lost now, sent only by the restart's redelivery.
    assert (len(_alerts_to_host(h.platform)), len(_alerts_to_host(again.platform))) == (1, 0)
    assert again.platform.sent == []
    assert not [t for t in h.platform.texts("private") if "went wrong" in t]
    await again.bot.close()


async def test_a_hand_whose_append_breaks_after_the_commit_is_taken_in_from_the_log(harness):
    """`!hand` is committed, then `append` breaks: the state in memory is the log's
    (Bob is number 2, not number 1) and Alice is told her place, not "went wrong"."""
    h = harness
    await h.say(HOST, START)
    _append_breaks_after_its_commit(h.bot.dispatcher.bus.store)

    await h.say(ALICE, "!hand")
    await h.say(BOB, "!hand")

    replayed = await h.bot.dispatcher.replay(h.state.workshop_id)
    assert to_snapshot(h.state) == to_snapshot(replayed)
    told = h.platform.texts("private")
    assert "Your hand is up. You are number 1 in the queue." in told
    assert "Your hand is up. You are number 2 in the queue." in told
    assert not [t for t in told if "went wrong" in t]


def _private_breaks(executor: Any, text: str, times: int) -> list[int]:
    """The executor's `run`, except that a batch holding the private message `text`
    breaks, before anything is sent, its first `times` times: how often it broke."""
    real = executor.run
    broke: list[int] = []

    async def run(effects, **kwargs):
        if len(broke) < times and any(getattr(e, "text", None) == text for e in effects):
            broke.append(1)
            raise RuntimeError("broken")
        return await real(effects, **kwargs)

    executor.run = run
    return broke


HAND_UP = "Your hand is up. You are number 1 in the queue."


async def test_a_private_message_that_breaks_once_is_sent_once(database):
    """A hand is stored and its private answer's batch breaks once, outside the lock:
    the answer still reaches Alice, once; the outbox mark moves on (it used to wait
    for that batch for ever), so a restart sends nothing again."""
    h = await started(database, FakePlatform())
    await h.say(HOST, START)
    broke = _private_breaks(h.bot.dispatcher.bus.executor, HAND_UP, times=1)

    await h.say(ALICE, "!hand")
    await h.say(BOB, "!hand")
    await h.bot.close()
    again = await _restarted(database)

    assert broke == [1]
    to_alice = [s.text for s in h.platform.of_kind("private") if s.target == ALICE.id]
    assert to_alice.count(HAND_UP) == 1
    assert again.platform.sent == []
    await again.bot.close()


async def test_a_private_message_that_breaks_on_every_try_is_told_and_not_redone(database):
    """Broken on both tries: no loop; the facilitators are told in plain words that
    it was not sent, and a restart does not try again (done or told)."""
    h = await started(database, FakePlatform())
    await h.say(HOST, START)
    broke = _private_breaks(h.bot.dispatcher.bus.executor, HAND_UP, times=99)

    await h.say(ALICE, "!hand")
    slot = h.bot.dispatcher.bus.directory.slot_in(ROOM)
    await h.bot.close()
    again = await _restarted(database)

    assert len(broke) == 2
    assert slot is not None and slot.in_flight == 0
    assert HAND_UP not in h.platform.texts("private")
    to_host = [s.text for s in h.platform.of_kind("private") if s.target == HOST.id]
    assert any(words.BROKE_WHILE_DOING_IT in text for text in to_host)
    assert again.platform.sent == []
    await again.bot.close()


def _redone_breaks(executor: Any, starts: str, times: int) -> list[int]:
    """The executor's `run`, except that a go holding a post that starts with `starts`
    breaks, before anything is done, its first `times` times: how often it broke."""
    real = executor.run
    broke: list[int] = []

    async def run(effects, **kwargs):
        posts = [e for e in effects if isinstance(e, Post)]
        if len(broke) < times and any(p.text.startswith(starts) for p in posts):
            broke.append(1)
            raise RuntimeError("broken")
        return await real(effects, **kwargs)

    executor.run = run
    return broke


async def _killed_during_regroup(database) -> None:
    """A breakout, then a kill as `!regroup`'s first post goes out: stored, not done."""
    h = await started(database, DyingPlatform())
    for actor, text in [
        (HOST, START),
        (ALICE, "!hand"),
        (BOB, "!hand"),
        (HOST, "!breakout 10m | groups: 2 | notice: 0"),
    ]:
        await h.say(actor, text)
    h.platform.dying = True
    with pytest.raises(Killed):
        await h.say(HOST, "!regroup")
    await h.bot.store.close()


@pytest.mark.parametrize("times", [1, 99])
async def test_effects_redone_after_a_restart_that_break_are_done_or_told(database, times):
    """The restart carries out what the kill left undone, and that breaks: once, the
    regroup is announced all the same, once; on every try, the facilitators are told
    in plain words that it was not posted. Either way a further restart has nothing
    left to do. (Before, the break came out of the restart's redelivery with the
    effects already taken, and the next command's mark moved past them: caught, the
    announcement was posted neither then nor at a further restart.)"""
    await _killed_during_regroup(database)
    h = await started(database, FakePlatform())
    broke = _redone_breaks(h.bot.dispatcher.bus.executor, "Welcome back", times)

    await h.bot.dispatcher.redeliver()
    await h.say(ALICE, "Thank you")  # the next command: its outbox mark must lose nothing
    await h.bot.close()

    welcomes = [t for t in h.platform.texts("post") if t.startswith("Welcome back")]
    to_host = [s.text for s in h.platform.of_kind("private") if s.target == HOST.id]
    if times == 1:
        assert (len(broke), len(welcomes)) == (1, 1)
    else:
        assert (len(broke), welcomes) == (2, [])
        assert any(words.BROKE_WHILE_DOING_IT in text for text in to_host)
    again = await _restarted(database)
    assert again.platform.sent == []
    await again.bot.close()


async def test_a_start_whose_append_breaks_after_the_commit_is_taken_in_from_the_log(database):
    """`!start` is committed, then `append` breaks, before the workshop was in memory:
    it is taken in from its log (`Recovery.take_in`), its welcome posted once, the next
    hand counted in it, and a restart has nothing left to do."""
    h = await started(database, FakePlatform())
    broke = _append_breaks_after_its_commit(h.bot.dispatcher.bus.store)

    await h.say(HOST, START)
    await h.say(ALICE, "!hand")
    workshop_id = h.state.workshop_id if h.state is not None else ""
    await h.bot.close()
    again = await _restarted(database)

    assert broke and workshop_id
    welcomes = [t for t in h.platform.texts("post") if t.startswith("Welcome to the workshop")]
    assert len(welcomes) == 1
    assert "Your hand is up. You are number 1 in the queue." in h.platform.texts("private")
    assert not [t for t in h.platform.texts("private") if "went wrong" in t]
    assert _event_types(database).count("WorkshopStarted") == 1
    assert again.state is not None and again.state.workshop_id == workshop_id
    assert again.platform.sent == []
    await again.bot.close()


async def test_a_reply_answered_here_is_given_once_when_its_effects_break_half_way(harness):
    """`!hand` answered where Alice asked (a slash command): its effects break once
    after the executor has kept her reply; the next try keeps it again, and she is
    given it once, not twice."""
    h = harness
    await h.say(HOST, START)
    executor = h.bot.dispatcher.bus.executor
    real = executor.run
    broke: list[int] = []

    async def run_then_break(effects, **kwargs):
        follow_ups = await real(effects, **kwargs)
        if not broke and kwargs.get("here") is not None:
            broke.append(1)
            raise RuntimeError("broken half-way")
        return follow_ups

    executor.run = run_then_break
    outcome = await h.bot.dispatcher.handle_text(
        "!hand", actor=ALICE, room=ROOM, source_id="hand-here", answer_here=True
    )

    assert broke == [1] and outcome.accepted
    given = [r.text for r in outcome.replies]  # her welcome, then her place
    assert given.count(HAND_UP) == 1 and len(given) == len(set(given)) == 2


async def test_timers_broken_for_good_are_told_once_until_they_are_set_again(harness, monkeypatch):
    """Setting the timers breaks on every command: the facilitator is told once, not
    at every command (no flood); once they are set again, a later break is news."""
    h = harness
    await h.say(HOST, START)

    def broken(*_: Any) -> None:
        raise RuntimeError("the scheduler is gone")

    real_sync = h.timers.sync
    monkeypatch.setattr(h.timers, "sync", broken)
    for actor in (ALICE, BOB):
        await h.say(actor, "!hand")
    await h.say(ALICE, "!lower")
    not_set = words.effect_failed(words.SET_THE_TIMERS, words.BROKE_WHILE_DOING_IT, platform=False)

    def told() -> int:
        return [(s.target, s.text) for s in h.platform.of_kind("private")].count((HOST.id, not_set))

    assert told() == 1
    monkeypatch.setattr(h.timers, "sync", real_sync)
    await h.say(ALICE, "!hand")  # set again
    monkeypatch.setattr(h.timers, "sync", broken)
    await h.say(ALICE, "!lower")
    assert told() == 2
