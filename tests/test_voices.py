"""Quiet voices: one gentle private nudge per agenda item; `!balance` for staff."""

from __future__ import annotations

import pytest

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import Post, SendPrivate
from facilitation.engine import Refused, answer
from facilitation.timers import NUDGE_AFTER_SECONDS, QUIET_NUDGE, pending_timers
from tests.core_helpers import ALICE, BOB, CAROL, FAC, Workshop, make, start_command


def nudge_timers(w: Workshop) -> list:
    return [t for t in pending_timers(w.state) if t.kind == QUIET_NUDGE]


def fire(w: Workshop, timer):
    return w.send(make(cmd.TimerFired, cmd.SYSTEM, timer_id=timer.id), at=timer.due)


def timed() -> Workshop:
    w = Workshop(started=False)
    w.send(start_command(agenda=("Welcome", "Booking"), agenda_minutes=(10, 10)))
    w.join(ALICE, BOB, CAROL)
    return w


def test_nudges_are_off_by_default():
    assert nudge_timers(timed()) == []


def test_people_not_heard_from_this_item_are_asked_once_privately():
    w = timed()
    step = w.do(cmd.SetNudge, on=True)
    assert step.effects_of(Post)[0].text == words.nudge_set("!", True)
    w.tick(NUDGE_AFTER_SECONDS - 60)
    w.do(cmd.Say, BOB, text="I would like a shorter form")
    [timer] = nudge_timers(w)
    assert timer.due == w.state.agenda_step.started_at + NUDGE_AFTER_SECONDS
    step = fire(w, timer)
    # Alice and Carol said hello as item 1 began, so everyone was heard in item 1.
    assert step.events_of(ev.QuietNudged)[0].person_ids == ()
    assert nudge_timers(w) == []  # once per item
    w.tick(60)
    w.do(cmd.NextAgendaItem)
    w.do(cmd.Say, ALICE, text="Booking by phone is easier for me")
    [timer] = nudge_timers(w)
    step = fire(w, timer)
    nudged = step.effects_of(SendPrivate)
    assert sorted(n.person_id for n in nudged) == [BOB.id, CAROL.id]
    assert {n.text for n in nudged} == {words.nudge("!")}
    assert all(not n.essential for n in nudged)  # never read out in the room instead
    assert step.effects_of(Post) == []
    assert nudge_timers(w) == []


def test_staff_are_never_nudged_and_turning_it_off_stops_the_timer():
    w = timed()
    w.do(cmd.SetNudge, on=True)
    w.tick(60)
    w.do(cmd.NextAgendaItem)  # nobody has said a word in item 2, the facilitator included
    w.do(cmd.SetNudge, on=False)
    assert nudge_timers(w) == []
    w.do(cmd.SetNudge, on=True)
    step = fire(w, nudge_timers(w)[0])
    assert FAC.id not in step.events_of(ev.QuietNudged)[0].person_ids
    assert w.refused(cmd.SetNudge, on=True).reason == words.nudge_unchanged("!", True)
    assert w.refused(cmd.SetNudge, ALICE, on=False).reason == words.only_staff(
        "turn nudges for quiet people on or off"
    )


def test_balance_shows_staff_who_is_silent_and_everyones_share():
    w = Workshop()
    w.join(ALICE, BOB)
    w.do(cmd.RaiseHand, CAROL)  # joined by a command: not heard from yet
    w.do(cmd.CallPerson, name="Alice")
    w.tick(120)
    w.do(cmd.FinishTurn)
    [reply] = answer(w.state, make(cmd.ShowBalance))
    assert reply.text.splitlines() == [
        "Not heard from yet: Carol.",
        "Who has taken part, and how much:",
        "- Alice: 1 turn (2 minutes), 1 message",
        "- Bob: 0 turns (0 minutes), 1 message",
        "- Carol: 0 turns (0 minutes), 0 messages",
    ]
    with pytest.raises(Refused) as info:
        answer(w.state, make(cmd.ShowBalance, ALICE))
    assert info.value.denied
    assert info.value.reason == words.only_staff("see who has spoken and how much")
