"""Quiet voices: `!nudge on` and `!balance`.

With nudges on (off by default), people who have neither written nor spoken
since the current agenda item began (or since the workshop began, with no
agenda running) get one gentle private message, a set time into the item, and
never more than once per item. `!balance` shows staff, privately, who has not
been heard from yet and each person's speaking turns, speaking time and
messages (text counts as a voice).
"""

from __future__ import annotations

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import Effect, Post, SendPrivate
from facilitation.handlers import Decider, Reactor, decider, reactor
from facilitation.rules import Refused
from facilitation.state import WorkshopState
from facilitation.timers import Timer, nudge_period


def not_heard_from(state: WorkshopState, since: float) -> tuple[str, ...]:
    """Participants (not staff) who have not written or spoken since `since`."""
    staff = set(state.facilitator_ids())
    speaking = state.speaker.person_id if state.speaker else ""
    return tuple(
        person.id
        for person in state.people.values()
        if person.id not in staff
        and person.id not in state.erased
        and person.id != speaking
        and person.last_active < since
    )


def _set_nudge(state: WorkshopState, c: cmd.SetNudge, now: float) -> list[ev.Event]:
    if c.on == state.nudge_on:
        raise Refused(words.nudge_unchanged(state.prefix, c.on))
    return [ev.NudgeSet(on=c.on, by_id=c.actor.id)]


def timer_fired(state: WorkshopState, timer: Timer, now: float) -> list[ev.Event]:
    index, since = nudge_period(state)
    if index != timer.detail:
        return []
    return [ev.QuietNudged(index=index, person_ids=not_heard_from(state, since), at=now)]


DECIDERS: dict[type[cmd.Command], Decider] = dict(
    [
        decider(cmd.SetNudge, _set_nudge),
    ]
)


def _on_nudge_set(s: WorkshopState, e: ev.NudgeSet) -> list[Effect]:
    return [Post(room=s.room, text=words.nudge_set(s.prefix, e.on))]


def _on_nudged(s: WorkshopState, e: ev.QuietNudged) -> list[Effect]:
    text = words.nudge(s.prefix)
    return [
        # Not essential: where there are no private messages, naming the quiet people
        # in the room would be the opposite of gentle.
        SendPrivate(person_id=pid, room=s.room, text=text, name=s.name_of(pid), essential=False)
        for pid in e.person_ids
    ]


REACTORS: dict[type[ev.Event], Reactor] = dict(
    [
        reactor(ev.NudgeSet, _on_nudge_set),
        reactor(ev.QuietNudged, _on_nudged),
    ]
)


def balance_text(state: WorkshopState, now: float | None = None) -> str:
    """Who has not been heard from, and how much each person took part. The person
    speaking now is being heard: their turn counts, with its time so far (`now`)."""
    staff = set(state.facilitator_ids())
    people = [p for p in state.people.values() if p.id not in staff]
    turn = state.speaker
    rows, silent = [], []
    for p in people:
        turns, seconds = p.turns, p.floor_seconds
        if turn is not None and turn.person_id == p.id:
            turns += 1
            seconds += max(0.0, now - turn.started_at) if now is not None else 0.0
        if not turns and not p.messages:
            silent.append(p.name)
        rows.append(words.balance_row(p.name, turns, seconds, p.messages))
    return words.balance(silent, rows)
