"""Timers are state: every pending warning or reminder is derived from it.

After a restart the scheduler asks `pending_timers` and re-arms exactly
these. Ids are deterministic, so arming the same timer twice is harmless,
and a timer that has fired is no longer pending (its event is in the log).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.state import BreakoutStatus, Status, WorkshopState

TIMEBOX_WARNING = "timebox-warning"
TIMEBOX_END = "timebox-end"
BREAKOUT_OPEN = "breakout-open"
BREAKOUT_REMINDER = "breakout-reminder"
BREAKOUT_END = "breakout-end"
BREAKOUT_REGROUP = "breakout-regroup"
ALERT_RETRY = "alert-retry"
AGENDA_WARNING = "agenda-warning"
AGENDA_END = "agenda-end"
# An agenda item is warned two minutes before its time is up (half way, if shorter).
AGENDA_WARNING_SECONDS = 120
QUIET_NUDGE = "quiet-nudge"
# Quiet voices: how long into an agenda item (or the workshop) before people who have
# not been heard from are asked, gently and privately, if they want to add anything.
NUDGE_AFTER_SECONDS = 5 * 60
# A staff alert that reached nobody is tried again after a minute, then after twice
# as long each time, but at least every 15 minutes: until it reaches someone.
ALERT_RETRY_SECONDS = 60
ALERT_RETRY_MAX_SECONDS = 15 * 60


@dataclass(frozen=True)
class Timer:
    id: str
    workshop_id: str
    kind: str
    due: float
    detail: int = 0  # for a breakout reminder: seconds before the end


def warning_lead(state: WorkshopState) -> int:
    """Seconds of notice before a speaker's time is up (never more than half the time)."""
    return min(state.timebox_warning_seconds, state.timebox_seconds // 2)


def turn_end(state: WorkshopState) -> float:
    """When the current speaker's time is up (only meaningful with a speaker and a limit)."""
    return state.speaker.timed_from + state.timebox_seconds if state.speaker else 0.0


def pending_timers(state: WorkshopState) -> tuple[Timer, ...]:
    if state.status is not Status.RUNNING:
        return ()
    timers = _speaker_timers(state) + _breakout_timers(state) + _alert_timers(state)
    return timers + _agenda_timers(state) + _nudge_timers(state)


def nudge_period(state: WorkshopState) -> tuple[int, float]:
    """The agenda item people are nudged in (-1 with no agenda running) and its start."""
    step = state.agenda_step
    return (step.index, step.started_at) if step else (-1, state.started_at)


def _nudge_timers(state: WorkshopState) -> tuple[Timer, ...]:
    if not state.nudge_on:  # (before finding the agenda step: most workshops)
        return ()
    index, since = nudge_period(state)
    if index in state.nudged_items:
        return ()
    wid = state.workshop_id
    due = since + NUDGE_AFTER_SECONDS
    return (Timer(f"{wid}/nudge-{index}/from-{int(since * 1000)}", wid, QUIET_NUDGE, due, index),)


def agenda_warning_lead(state: WorkshopState) -> int:
    """Seconds of warning before the current agenda item's time is up."""
    step = state.agenda_step
    if step is None or step.index >= len(state.agenda_minutes):
        return 0
    return min(AGENDA_WARNING_SECONDS, state.agenda_minutes[step.index] * 60 // 2)


def _agenda_timers(state: WorkshopState) -> tuple[Timer, ...]:
    """The warning and the time-up of the agenda item running now, if it is timed.
    Ids carry the end time, so `!agenda extend` makes new timers."""
    step = state.agenda_step
    if step is None or not state.agenda_ends_at or state.agenda_time_up:
        return ()
    wid = state.workshop_id
    prefix = f"{wid}/agenda-{step.index}/until-{int(state.agenda_ends_at * 1000)}"
    timers = []
    lead = agenda_warning_lead(state)
    if not state.agenda_warned and lead > 0:
        due = state.agenda_ends_at - lead
        timers.append(Timer(f"{prefix}/warning", wid, AGENDA_WARNING, due, lead))
    timers.append(Timer(f"{prefix}/end", wid, AGENDA_END, state.agenda_ends_at, step.index))
    return tuple(timers)


def alert_retry_due(since: float, attempts: int) -> float:
    # A shift, not 2**attempts: the same whole number, typed as one (int ** int may be
    # a float when the power is negative, so typeshed says Any).
    return since + min(ALERT_RETRY_SECONDS * (1 << attempts), ALERT_RETRY_MAX_SECONDS)


def _alert_timers(state: WorkshopState) -> tuple[Timer, ...]:
    if not state.held_alerts:  # the common case, after every command
        return ()
    wid = state.workshop_id
    return tuple(
        Timer(
            f"{wid}/alert-{a.number}/try-{a.attempts + 1}",
            wid,
            ALERT_RETRY,
            alert_retry_due(a.since, a.attempts),
            a.number,
        )
        for a in state.held_alerts
    )


def _breakout_timers(state: WorkshopState) -> tuple[Timer, ...]:
    b = state.breakout
    if b is None:
        return ()
    wid = state.workshop_id
    prefix = f"{wid}/breakout-{b.number}"
    if b.status is BreakoutStatus.PLANNED:
        return (Timer(f"{prefix}/open", wid, BREAKOUT_OPEN, b.opens_at),)
    # Ids carry the end time, so an extension makes new timers, never reuses fired ones.
    until = f"until-{int(b.ends_at * 1000)}"
    timers = [
        Timer(
            f"{prefix}/{until}/reminder-{offset}",
            wid,
            BREAKOUT_REMINDER,
            b.ends_at - offset,
            offset,
        )
        for offset in b.reminder_offsets
        if offset not in b.reminders_done
    ]
    if b.status is BreakoutStatus.OPEN:
        timers.append(Timer(f"{prefix}/{until}/end", wid, BREAKOUT_END, b.ends_at))
    timers.append(Timer(f"{prefix}/{until}/regroup", wid, BREAKOUT_REGROUP, b.ends_at + b.grace))
    return tuple(timers)


def _speaker_timers(state: WorkshopState) -> tuple[Timer, ...]:
    turn = state.speaker
    if turn is None or not state.timebox_seconds:
        return ()
    end = turn_end(state)
    # The id changes when the limit is reset mid-turn, so the new warning is a new
    # timer (the old one's id is already in the log as fired).
    prefix = f"{state.workshop_id}/turn-{turn.number}/from-{int(turn.timed_from * 1000)}"
    timers = []
    if not turn.warned and warning_lead(state) > 0:
        warn_at = end - warning_lead(state)
        timers.append(Timer(f"{prefix}/warning", state.workshop_id, TIMEBOX_WARNING, warn_at))
    if not turn.expired:
        timers.append(Timer(f"{prefix}/end", state.workshop_id, TIMEBOX_END, end))
    return tuple(timers)
