"""Timers are state: every pending warning or reminder is derived from it.

After a restart the scheduler asks `pending_timers` and re-arms exactly
these. Ids are deterministic, so arming the same timer twice is harmless,
and a timer that has fired is no longer pending (its event is in the log).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.state import Status, WorkshopState

TIMEBOX_WARNING = "timebox-warning"
TIMEBOX_END = "timebox-end"


@dataclass(frozen=True)
class Timer:
    id: str
    workshop_id: str
    kind: str
    due: float


def warning_lead(state: WorkshopState) -> int:
    """Seconds of notice before a speaker's time is up (never more than half the time)."""
    return min(state.timebox_warning_seconds, state.timebox_seconds // 2)


def turn_end(state: WorkshopState) -> float:
    """When the current speaker's time is up (only meaningful with a speaker and a limit)."""
    return state.speaker.timed_from + state.timebox_seconds if state.speaker else 0.0


def pending_timers(state: WorkshopState) -> tuple[Timer, ...]:
    turn = state.speaker
    if state.status is not Status.RUNNING or turn is None or not state.timebox_seconds:
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
