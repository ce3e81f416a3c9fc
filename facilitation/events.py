"""Events: facts that happened to one workshop, appended to its log.

Events hold only plain values (str, int, float, bool, None and tuples of
str) so they round-trip through JSON exactly; `to_record`/`from_record` do
that. Replaying a workshop's events through `evolve` rebuilds its state.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class WorkshopStarted(Event):
    workshop_id: str
    room: str
    title: str
    scope: str
    agenda: tuple[str, ...]
    cannot_change: str
    ground_rules: tuple[str, ...]
    complaints_route: str
    queue_order: str
    prefix: str
    timebox_warning_seconds: int
    reactions: bool
    facilitator_id: str
    facilitator_name: str
    at: float


@dataclass(frozen=True)
class WorkshopEnded(Event):
    by_id: str
    at: float


@dataclass(frozen=True)
class SettingChanged(Event):
    setting: str
    values: tuple[str, ...]
    by_id: str


@dataclass(frozen=True)
class ParticipantJoined(Event):
    person_id: str
    name: str
    facilitator: bool
    at: float


@dataclass(frozen=True)
class CoFacilitatorAdded(Event):
    person_id: str
    by_id: str


@dataclass(frozen=True)
class CoFacilitatorRemoved(Event):
    person_id: str
    by_id: str


@dataclass(frozen=True)
class HandRaised(Event):
    person_id: str
    at: float


@dataclass(frozen=True)
class HandLowered(Event):
    person_id: str
    by_id: str


@dataclass(frozen=True)
class AllHandsLowered(Event):
    by_id: str


@dataclass(frozen=True)
class SpeakerCalled(Event):
    person_id: str
    by_id: str
    out_of_order: bool
    at: float


@dataclass(frozen=True)
class TurnEnded(Event):
    person_id: str
    by_id: str
    passed: bool
    at: float


@dataclass(frozen=True)
class QueueOrderSet(Event):
    order: str
    by_id: str


@dataclass(frozen=True)
class TimeboxSet(Event):
    seconds: int
    by_id: str
    at: float


@dataclass(frozen=True)
class FloorControlSet(Event):
    on: bool
    by_id: str


@dataclass(frozen=True)
class TimeboxWarned(Event):
    turn: int
    late: bool


@dataclass(frozen=True)
class TimeboxExpired(Event):
    turn: int
    late: bool


@dataclass(frozen=True)
class MinutesItemAdded(Event):
    number: int
    kind: str
    text: str
    owner_id: str
    owner_name: str
    due: str
    by_id: str
    at: float


@dataclass(frozen=True)
class MessagePosted(Event):
    """`text` is None when the person has opted out of recording."""

    person_id: str
    text: str | None
    at: float


@dataclass(frozen=True)
class ConsentChanged(Event):
    person_id: str
    recorded: bool


@dataclass(frozen=True)
class QueueMessageRecorded(Event):
    message_ref: str


@dataclass(frozen=True)
class EffectFailureNoted(Event):
    what: str
    reason: str


EVENT_TYPES: dict[str, type[Event]] = {cls.__name__: cls for cls in Event.__subclasses__()}


def to_record(event: Event) -> tuple[str, dict]:
    """The event's type name and a JSON-ready payload."""
    payload = {f.name: getattr(event, f.name) for f in dataclasses.fields(event)}
    return type(event).__name__, {
        k: list(v) if isinstance(v, tuple) else v for k, v in payload.items()
    }


def from_record(type_name: str, payload: dict) -> Event:
    cls = EVENT_TYPES[type_name]
    hints = typing.get_type_hints(cls)
    values = {
        name: tuple(value) if _is_tuple(hints[name]) and value is not None else value
        for name, value in payload.items()
    }
    return cls(**values)


def _is_tuple(hint: object) -> bool:
    return typing.get_origin(hint) is tuple
