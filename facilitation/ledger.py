"""The involvement ledger: attendance and contribution per participant across a
series, for recognition payments.

A projection of the sessions' logs through `state.evolve`, so it lives here and not
in series.py: state.py imports series.py (an action's record), and series.py must not
import state.py back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from facilitation import events as ev
from facilitation.series import day_of, facilitator_ids, pseudonym, series_participants, started_of
from facilitation.state import WorkshopState, evolve

# --- the involvement ledger -----------------------------------------------------------


@dataclass(frozen=True)
class LedgerSession:
    workshop_id: str
    title: str
    date: str


@dataclass(frozen=True)
class LedgerRow:
    """One participant across the series. `name` and `person_id` (the mapping from
    pseudonym to person) are "" unless names were asked for."""

    person: str  # "Participant N", numbered by first appearance across the series
    name: str
    person_id: str
    sessions: int
    dates: tuple[str, ...]
    turns: int
    floor_seconds: float
    messages: int


@dataclass(frozen=True)
class Ledger:
    series: str  # "" for a single workshop outside any series
    sessions: tuple[LedgerSession, ...]
    rows: tuple[LedgerRow, ...]
    names_shown: bool


@dataclass
class _Tally:
    """One participant's running totals while the ledger is built."""

    name: str
    dates: list[str] = field(default_factory=list)
    turns: int = 0
    floor: float = 0.0
    messages: int = 0


def build_ledger(logs: Sequence[Sequence[ev.Event]], *, names: bool = False) -> Ledger:
    """Attendance (sessions taken part in as a participant) and contribution (speaking
    turns, floor time, messages) per participant, numbered across the series."""
    started_logs = [
        (events, started) for events in logs if (started := started_of(events)) is not None
    ]
    logs = [events for events, _ in started_logs]
    order = series_participants(logs)
    totals = {pid: _Tally(name=name) for pid, name in order}
    sessions = []
    for events, started in started_logs:
        sessions.append(LedgerSession(started.workshop_id, started.title, day_of(started.at)))
        state = WorkshopState(workshop_id=started.workshop_id)
        for e in events:
            state = evolve(state, e)
        staff = facilitator_ids(events)
        for pid, person in state.people.items():
            if pid in staff or pid not in totals:
                continue
            row = totals[pid]
            row.dates.append(day_of(started.at))
            row.turns += person.turns
            row.floor += person.floor_seconds
            row.messages += person.messages
            row.name = person.name  # the latest name they used
    rows = tuple(
        LedgerRow(
            person=pseudonym(n),
            name=totals[pid].name if names else "",
            person_id=pid if names else "",
            sessions=len(totals[pid].dates),
            dates=tuple(totals[pid].dates),
            turns=totals[pid].turns,
            floor_seconds=totals[pid].floor,
            messages=totals[pid].messages,
        )
        for n, (pid, _) in enumerate(order, 1)
    )
    first = started_of(logs[0]) if logs else None
    return Ledger(
        series=first.series if first else "",
        sessions=tuple(sessions),
        rows=rows,
        names_shown=names,
    )
