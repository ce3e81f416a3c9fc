"""The timed agenda: the bot announces each item, warns before its time is up, and
asks the facilitator privately to move on or extend when it is.

Pure, like the rest of the core. A timed agenda comes from a plan (minutes per
item); its first item starts with the workshop. An untimed agenda (the long
`!start` line) starts its first item at the first `!agenda next`. The items run,
with when each started and ended and the time added, are state (`AgendaStep`),
so the notes can show planned against actual time, and the warning and the
time-up are timers derived from state (facilitation/timers.py).
"""

from __future__ import annotations

from dataclasses import replace

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import materials, rooms, words
from facilitation.effects import Effect, Post, SendPrivate
from facilitation.handlers import Decider, Reactor, decider, reactor
from facilitation.parser import ParseError, parse
from facilitation.rules import Refused
from facilitation.state import WorkshopState
from facilitation.timers import AGENDA_END, AGENDA_WARNING, Timer

EXTEND_MAX_SECONDS = 120 * 60


def planned_seconds(state: WorkshopState, index: int) -> int:
    """The planned time of an item; 0 when the agenda is untimed (or was changed)."""
    if 0 <= index < len(state.agenda_minutes) and len(state.agenda_minutes) == len(state.agenda):
        return state.agenda_minutes[index] * 60
    return 0


def first_item(state: WorkshopState, c: cmd.StartWorkshop, now: float) -> list[ev.Event]:
    """A timed agenda starts with the workshop; an untimed one waits for `!agenda next`."""
    if not c.agenda or len(c.agenda_minutes) != len(c.agenda):
        return []
    ends_at = now + c.agenda_minutes[0] * 60
    started = ev.AgendaItemStarted(index=0, by_id=c.actor.id, at=now, ends_at=ends_at)
    return [started, *_item_extras(state, 0, c.actor, now, None)]


def _item_extras(
    state: WorkshopState, index: int, actor: cmd.Actor, now: float, seed: int | None
) -> list[ev.Event]:
    """What a plan ties to an item: its materials are shared, its poll opened (an
    earlier poll still open is closed first, so its result is posted, not lost) and
    its breakout planned."""
    extras = materials.for_item(state, index, actor.id, now)
    extras += _planned_breakout(state, index, actor, now, seed)
    return extras + _planned_poll(state, index, actor.id, now)


def _planned_breakout(
    state: WorkshopState, index: int, actor: cmd.Actor, now: float, seed: int | None
) -> list[ev.Event]:
    """The breakout is decided like a typed `!breakout`; if it cannot open (nobody is
    here yet, groups still out), the staff are told why instead of the item failing."""
    line = next((r[1] for r in state.planned_breakouts if r[0] == str(index + 1)), None)
    if line is None:
        return []
    try:
        command = parse(
            f"{state.prefix}breakout {line}",
            actor=actor,
            room=state.room,
            source_id="plan",
            prefix=state.prefix,
        )
        assert isinstance(command, cmd.OpenBreakout)
        return rooms.open_breakout(state, replace(command, seed=seed), now)
    except (ParseError, Refused) as error:
        return [ev.PlannedBreakoutNotOpened(index=index, reason=error.reason)]


def _planned_poll(state: WorkshopState, index: int, by_id: str, now: float) -> list[ev.Event]:
    extras: list[ev.Event] = []
    planned = [r for r in state.planned_polls if r and r[0] == str(index + 1)]
    if not planned:
        return extras
    _, dots, question, *options = planned[0]
    if state.open_poll is not None:
        extras.append(ev.PollClosed(number=state.open_poll.number, by_id=by_id, at=now))
    opened = ev.PollOpened(
        number=len(state.polls) + 1,
        question=question,
        options=tuple(options),
        dots=int(dots),
        by_id=by_id,
        at=now,
    )
    return [*extras, opened]


def _next(state: WorkshopState, c: cmd.NextAgendaItem, now: float) -> list[ev.Event]:
    p = state.prefix
    if not state.agenda:
        raise Refused(words.no_agenda(p))
    if state.agenda_finished:
        raise Refused(words.agenda_already_finished(p))
    index = state.agenda_steps[-1].index + 1 if state.agenda_steps else 0
    if index >= len(state.agenda):
        return [ev.AgendaFinished(by_id=c.actor.id, at=now)]
    planned = planned_seconds(state, index)
    ends_at = now + planned if planned else 0.0
    started = ev.AgendaItemStarted(index=index, by_id=c.actor.id, at=now, ends_at=ends_at)
    return [started, *_item_extras(state, index, c.actor, now, c.seed)]


def _extend(state: WorkshopState, c: cmd.ExtendAgendaItem, now: float) -> list[ev.Event]:
    step = state.agenda_step
    if step is None or not state.agenda_ends_at:
        raise Refused(words.no_timed_item(state.prefix))
    if not 60 <= c.seconds <= EXTEND_MAX_SECONDS:
        raise Refused(words.agenda_extend_out_of_range(state.prefix))
    # More time counts from the planned end, or from now if that has passed.
    ends_at = max(state.agenda_ends_at, now) + c.seconds
    return [
        ev.AgendaItemExtended(
            index=step.index, seconds=c.seconds, ends_at=ends_at, by_id=c.actor.id
        )
    ]


def timer_fired(state: WorkshopState, timer: Timer, now: float, late: bool) -> list[ev.Event]:
    step = state.agenda_step
    if step is None:
        return []
    if timer.kind == AGENDA_WARNING and now < state.agenda_ends_at:
        left = max(0, round(state.agenda_ends_at - now))
        return [ev.AgendaItemWarned(index=step.index, seconds_left=left, late=late)]
    # A warning that arrives when the time is already up would only confuse.
    assert timer.kind in (AGENDA_WARNING, AGENDA_END)
    return [ev.AgendaItemTimeUp(index=step.index, late=late)]


DECIDERS: dict[type[cmd.Command], Decider] = dict(
    [
        decider(cmd.NextAgendaItem, _next),
        decider(cmd.ExtendAgendaItem, _extend),
    ]
)


# --- react -----------------------------------------------------------------


def _item_name(state: WorkshopState, index: int) -> str:
    return state.agenda[index] if 0 <= index < len(state.agenda) else ""


def _on_item_started(s: WorkshopState, e: ev.AgendaItemStarted) -> list[Effect]:
    minutes = planned_seconds(s, e.index) // 60
    text = words.agenda_item_now(e.index + 1, len(s.agenda), _item_name(s, e.index), minutes)
    return [Post(room=s.room, text=text)]


def _on_warned(s: WorkshopState, e: ev.AgendaItemWarned) -> list[Effect]:
    text = words.agenda_item_warning(_item_name(s, e.index), e.seconds_left)
    return [Post(room=s.room, text=text)]


def _on_time_up(s: WorkshopState, e: ev.AgendaItemTimeUp) -> list[Effect]:
    """Asked privately, so the room is not hurried; each facilitator is asked."""
    text = words.agenda_item_time_up(s.prefix, e.index + 1, _item_name(s, e.index))
    return [
        SendPrivate(person_id=pid, room=s.room, text=text, name=s.name_of(pid))
        for pid in s.facilitator_ids()
    ]


def _on_extended(s: WorkshopState, e: ev.AgendaItemExtended) -> list[Effect]:
    minutes = e.seconds // 60
    return [Post(room=s.room, text=words.agenda_item_extended(_item_name(s, e.index), minutes))]


def _on_breakout_not_opened(s: WorkshopState, e: ev.PlannedBreakoutNotOpened) -> list[Effect]:
    text = words.planned_breakout_not_opened(s.prefix, e.index + 1, e.reason)
    return [
        SendPrivate(person_id=pid, room=s.room, text=text, name=s.name_of(pid))
        for pid in s.facilitator_ids()
    ]


def _on_finished(s: WorkshopState, e: ev.AgendaFinished) -> list[Effect]:
    return [Post(room=s.room, text=words.agenda_finished())]


REACTORS: dict[type[ev.Event], Reactor] = dict(
    [
        reactor(ev.AgendaItemStarted, _on_item_started),
        reactor(ev.AgendaItemWarned, _on_warned),
        reactor(ev.AgendaItemTimeUp, _on_time_up),
        reactor(ev.AgendaItemExtended, _on_extended),
        reactor(ev.AgendaFinished, _on_finished),
        reactor(ev.PlannedBreakoutNotOpened, _on_breakout_not_opened),
    ]
)


# --- answer ----------------------------------------------------------------


def agenda_text(state: WorkshopState, now: float | None) -> str:
    """`!agenda`: every item with its planned time; what ran, for how long; what is on."""
    if not state.agenda:
        return words.no_agenda(state.prefix)
    steps = {step.index: step for step in state.agenda_steps}
    rows = []
    for index, item in enumerate(state.agenda):
        step = steps.get(index)
        planned = planned_seconds(state, index) // 60
        if step is None:
            rows.append(words.agenda_row_to_come(index + 1, item, planned))
        elif step.ended_at:
            taken = step.ended_at - step.started_at
            rows.append(words.agenda_row_done(index + 1, item, planned, taken))
        else:
            left = None
            if state.agenda_ends_at and now is not None:
                left = state.agenda_ends_at - now
            rows.append(words.agenda_row_now(index + 1, item, planned, left))
    return words.agenda_view(state.prefix, rows, state.agenda_finished)
