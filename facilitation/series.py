"""Series: sessions of one workshop that follow on from each other.

Pure, like the rest of the core: it reads event logs that the caller loaded
(the dispatcher, or the export), never the database itself.

- An action's id is "<workshop id>#<item number>", the same in every session.
- `carried_actions(logs)` is what a new session of the series needs from the
  earlier ones (`logs`, oldest first): every action still open, and every
  action closed during the most recent session (so "You said, we did" reports
  it once). Each goes into `StartWorkshop.earlier_actions` as a record (a tuple
  of strings, `ACTION_FIELDS`), which the `WorkshopStarted` event keeps, so
  replaying a session never depends on the other sessions.
- `series_participants(logs)` numbers the people who took part (not as a
  facilitator) by their first appearance across the series: the pseudonyms.

The involvement ledger (attendance and contribution per participant across the
series) is a projection of the logs through `state.evolve`: facilitation/ledger.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from facilitation import events as ev
from facilitation import words

OPEN = "open"
DONE = "done"

# The fields of an action record, in order (all strings).
ACTION_FIELDS = (
    "id",
    "text",
    "owner_id",
    "owner_name",
    "due",
    "said_on",  # the date of the session it was noted in, YYYY-MM-DD (UTC)
    "workshop",  # that session's title
    "progress",  # the latest progress recorded, or ""
    "status",  # OPEN or DONE
)
SERIES_NAME_MAX = 100


@dataclass(frozen=True)
class SeriesAction:
    id: str
    text: str
    owner_id: str
    owner_name: str
    due: str
    said_on: str
    workshop: str
    progress: str = ""
    status: str = OPEN

    @property
    def done(self) -> bool:
        return self.status == DONE

    def as_record(self) -> tuple[str, ...]:
        return tuple(str(getattr(self, name)) for name in ACTION_FIELDS)

    @classmethod
    def from_record(cls, record: Sequence[str]) -> SeriesAction:
        if len(record) != len(ACTION_FIELDS) or not all(isinstance(v, str) for v in record):
            raise ValueError(f"an action record has {len(ACTION_FIELDS)} strings: {record!r}")
        action = cls(**dict(zip(ACTION_FIELDS, record, strict=True)))
        if action.status not in (OPEN, DONE) or not action.id:
            raise ValueError(f"not an action record: {record!r}")
        return action


def action_id(workshop_id: str, number: int) -> str:
    return f"{workshop_id}#{number}"


def series_key(name: str) -> str:
    """Series names match without caring about capitals or spacing."""
    return " ".join(name.split()).casefold()


def day_of(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).date().isoformat()


def started_of(events: Sequence[ev.Event]) -> ev.WorkshopStarted | None:
    return next((e for e in events if isinstance(e, ev.WorkshopStarted)), None)


def series_of(events: Sequence[ev.Event]) -> str:
    """The series a workshop's log belongs to ("" for none)."""
    started = started_of(events)
    return started.series if started else ""


# --- actions across the series ------------------------------------------------------


def all_actions(logs: Sequence[Sequence[ev.Event]]) -> tuple[tuple[SeriesAction, str], ...]:
    """Every action of the series, with its latest progress, oldest first; each with the
    id of the workshop it was closed in ("" while open)."""
    actions: dict[str, SeriesAction] = {}
    closed_in: dict[str, str] = {}
    for events in logs:
        started = started_of(events)
        if started is None:
            continue
        # Carried records first: an action whose own session is missing is not lost.
        for record in started.earlier_actions:
            carried = SeriesAction.from_record(record)
            actions.setdefault(carried.id, carried)
        for e in events:
            if isinstance(e, ev.MinutesItemAdded) and e.kind == "action":
                new = SeriesAction(
                    id=action_id(started.workshop_id, e.number),
                    text=e.text,
                    owner_id=e.owner_id,
                    owner_name=e.owner_name,
                    due=e.due,
                    said_on=day_of(e.at),
                    workshop=started.title,
                )
                actions[new.id] = new
            elif isinstance(e, ev.ProgressRecorded) and e.action_id in actions:
                before = actions[e.action_id]
                actions[e.action_id] = replace(
                    before,
                    progress=e.text or before.progress,
                    status=DONE if e.done else before.status,
                )
                if e.done:
                    closed_in[e.action_id] = started.workshop_id
    return tuple((a, closed_in.get(a.id, "")) for a in actions.values())


def carried_actions(logs: Sequence[Sequence[ev.Event]]) -> tuple[SeriesAction, ...]:
    """What the next session reports back on: open actions, and those closed in the
    most recent session (`logs` are the earlier sessions, oldest first)."""
    last = started_of(logs[-1]) if logs else None
    last_id = last.workshop_id if last else ""
    return tuple(
        action
        for action, closed in all_actions(logs)
        if not action.done or (closed and closed == last_id)
    )


# --- people across the series ----------------------------------------------------------


def facilitator_ids(events: Sequence[ev.Event]) -> set[str]:
    """The lead, anyone made a co-facilitator at any point, and platform facilitators."""
    started = started_of(events)
    ids = {started.facilitator_id} if started else set()
    for e in events:
        if isinstance(e, ev.CoFacilitatorAdded) or (
            isinstance(e, ev.ParticipantJoined) and e.facilitator
        ):
            ids.add(e.person_id)
    return ids


def may_join_series(
    sessions: Sequence[tuple[str, Sequence[ev.Event]]],
    room: str,
    person_id: str,
    shared_rooms: Sequence[Sequence[str]] = (),
) -> bool:
    """Whether a workshop in `room`, started by `person_id`, may join a series whose
    sessions so far are `sessions` ((room, log), oldest first).

    A series belongs to its team: the room of its first session owns it. Another room
    may join only if the person starting is a facilitator of the owning room (in any of
    its sessions of this series), or the settings name both rooms in one group of
    rooms that share their series. Otherwise anyone could read, and close, another
    team's actions by typing its series name."""
    if not sessions:
        return True  # a new series: this room will own it
    owner = sessions[0][0]
    if room == owner or any(room in group and owner in group for group in shared_rooms):
        return True
    owners = set().union(*(facilitator_ids(log) for r, log in sessions if r == owner))
    return person_id in owners


def people_in_order(events: Sequence[ev.Event]) -> list[tuple[str, str]]:
    """(person id, name) of everyone in the workshop, in the order they joined."""
    seen: dict[str, str] = {}
    for e in events:
        if isinstance(e, ev.WorkshopStarted):
            seen.setdefault(e.facilitator_id, e.facilitator_name)
        elif isinstance(e, ev.ParticipantJoined):
            seen.setdefault(e.person_id, e.name)
    return list(seen.items())


def series_participants(logs: Sequence[Sequence[ev.Event]]) -> list[tuple[str, str]]:
    """(person id, name) of everyone who took part as a participant (not a facilitator)
    in any of these sessions, by first appearance: Participant 1 is the first."""
    found: dict[str, str] = {}
    for events in logs:
        staff = facilitator_ids(events)
        for person_id, name in people_in_order(events):
            if person_id not in staff:
                found.setdefault(person_id, name)
    return list(found.items())


def pseudonym(number: int) -> str:
    return words.pseudonym(number)
