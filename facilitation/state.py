"""Workshop state, and `evolve`: the only way it changes.

State is a frozen value. `evolve` returns a new state and never mutates the
old one, so replaying the same events always rebuilds an equal state.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar, cast

from facilitation import codec
from facilitation import events as ev
from facilitation.records import quick_init_all
from facilitation.series import SeriesAction, action_id
from facilitation.text import renamed

_T = TypeVar("_T")


class Status(StrEnum):
    NOT_STARTED = "not started"
    RUNNING = "running"
    ENDED = "ended"


class Role(StrEnum):
    FACILITATOR = "facilitator"
    CO_FACILITATOR = "co-facilitator"
    PARTICIPANT = "participant"


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    recorded: bool = True
    facilitator: bool = False  # a facilitator by the platform's say (role, power level)
    turns: int = 0
    floor_seconds: float = 0.0
    messages: int = 0
    last_active: float = 0.0  # when they last wrote or were called to speak (quiet voices)


@dataclass(frozen=True)
class Hand:
    person_id: str
    raised_at: float
    arrival: int


@dataclass(frozen=True)
class Turn:
    person_id: str
    number: int
    started_at: float
    timed_from: float  # when the speaking-time limit started counting for this turn
    warned: bool = False
    expired: bool = False


@dataclass(frozen=True)
class MinutesItem:
    number: int
    kind: str
    text: str
    owner_id: str
    owner_name: str
    due: str
    by_id: str
    at: float
    # Actions only: the id across the series, the latest progress, whether it is done.
    action_id: str = ""
    progress: str = ""
    done: bool = False
    # An action carried from an earlier session of the series (items 1..k of this one),
    # with the date and title of the session it was noted in.
    carried: bool = False
    said_on: str = ""
    workshop: str = ""


class BreakoutStatus(StrEnum):
    PLANNED = "planned"  # announced; rooms open at `opens_at`
    OPEN = "open"
    TIME_UP = "time up"  # the grace countdown before everyone comes back
    CLOSED = "closed"


@dataclass(frozen=True)
class BreakoutRoom:
    name: str
    members: tuple[str, ...] = ()
    key: str = ""  # the platform's room, once created
    reports: tuple[str, ...] = ()  # every report; the last one counts

    @property
    def report(self) -> str:
        return self.reports[-1] if self.reports else ""


@dataclass(frozen=True)
class Breakout:
    number: int
    mode: str
    rooms: tuple[BreakoutRoom, ...]
    quiet: tuple[str, ...]
    duration: int
    opens_at: float
    max_per_room: int
    seed: int
    together: tuple[tuple[str, ...], ...]
    apart: tuple[tuple[str, ...], ...]
    reminder_offsets: tuple[int, ...]
    grace: int
    status: BreakoutStatus = BreakoutStatus.PLANNED
    ends_at: float = 0.0
    reminders_done: tuple[int, ...] = ()

    def room_index(self, key: str) -> int | None:
        return next((i for i, room in enumerate(self.rooms) if key and room.key == key), None)

    def room_of(self, person_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rooms) if person_id in r.members), None)

    @property
    def is_running(self) -> bool:
        return self.status in (BreakoutStatus.OPEN, BreakoutStatus.TIME_UP)


@dataclass(frozen=True)
class Flag:
    """The last message the bot acted on in a room, for a facilitator to correct."""

    message_id: str
    label: str
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recent:
    """A recent message: its number lets a facilitator correct it (`relabel 12 on-scope`),
    and a person's last few are read together for safeguarding. `text` is kept only for
    people who agreed to recording, and dropped when they are erased or the message is
    deleted."""

    number: int
    message_id: str
    room: str
    person_id: str
    label: str
    at: float
    text: str | None = None


RECENT_MESSAGES = 50  # how many recent messages the state keeps for corrections and context


@dataclass(frozen=True)
class HeldAlert:
    """A staff alert that reached nobody yet; tried again until it does."""

    alert_id: str
    number: int  # 1, 2, ... in this workshop: names its retry timers
    record: tuple[str, ...]  # what it is about (facilitation.alerts), no one's words
    since: float  # when it was last tried
    attempts: int = 0  # tries after the first


@dataclass(frozen=True)
class AgendaStep:
    """One agenda item as it ran: when it started and ended, and the time added."""

    index: int  # from 0, in the agenda
    started_at: float
    ended_at: float = 0.0  # 0 while it runs
    extended: int = 0  # seconds added with !agenda extend


@dataclass(frozen=True)
class Poll:
    number: int
    question: str
    options: tuple[str, ...]
    dots: int
    votes: dict[str, tuple[int, ...]] = field(default_factory=dict)  # person -> choices
    closed: bool = False
    message_ref: str | None = None  # the poll's message, whose numbered reactions are votes

    def counts(self) -> tuple[int, ...]:
        """Votes (dots) for each option."""
        totals = [0] * len(self.options)
        for choices in self.votes.values():
            for choice in choices:
                totals[choice] += 1
        return tuple(totals)


# The records a state is made of. A hand and a turn are made on many commands' way,
# and every record when a snapshot is read: the quicker `__init__` (same layout,
# facilitation/records.py). WorkshopState keeps its own (its dict fields have
# default factories; copies are made by `_with`, without `__init__`) and Poll too.
RECORDS: tuple[type, ...] = (Person, Hand, Turn, MinutesItem, BreakoutRoom, Breakout, Flag)
RECORDS += (Recent, HeldAlert, AgendaStep)
quick_init_all(RECORDS)


@dataclass(frozen=True)
class WorkshopState:
    workshop_id: str
    room: str = ""
    status: Status = Status.NOT_STARTED
    title: str = ""
    series: str = ""
    scope: str = ""
    agenda: tuple[str, ...] = ()
    cannot_change: str = ""
    ground_rules: tuple[str, ...] = ()
    complaints_route: str = ""
    out_of_scope: tuple[str, ...] = ()
    extra_terms: tuple[str, ...] = ()  # scope words learned from corrections
    drift_paused: bool = False
    drift_sensitivity: str = "normal"
    drift_cooldown: int = 300
    recent_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by room
    last_redirect: dict[str, float] = field(default_factory=dict)  # by room
    last_flag: dict[str, Flag] = field(default_factory=dict)  # by room
    messages_seen: int = 0  # numbers the messages: the Nth message is number N
    recent: tuple[Recent, ...] = ()  # the last RECENT_MESSAGES messages, oldest first
    # People with one safeguarding concern flagged: the bot reads them more closely for
    # the rest of the workshop (privately: nothing says so in the room).
    watched: tuple[str, ...] = ()
    concerns: int = 0
    last_concern_answer: dict[str, float] = field(default_factory=dict)  # by person
    prefix: str = "!"
    queue_order: str = "arrival"
    timebox_seconds: int = 0
    timebox_warning_seconds: int = 30
    reactions: bool = False  # the platform lets people raise a hand by reaction
    floor_control: bool = False
    started_at: float = 0.0
    ended_at: float = 0.0
    lead_facilitator_id: str = ""
    co_facilitator_ids: tuple[str, ...] = ()
    people: dict[str, Person] = field(default_factory=dict)
    hands: tuple[Hand, ...] = ()
    arrivals: int = 0
    speaker: Turn | None = None
    turns: int = 0
    minutes: tuple[MinutesItem, ...] = ()
    queue_message_ref: str | None = None
    effect_failures: int = 0
    quiet_ids: tuple[str, ...] = ()
    breakout: Breakout | None = None  # the current one, until everyone is back
    past_breakouts: tuple[Breakout, ...] = ()
    erased: tuple[str, ...] = ()  # people who asked to be forgotten, in that order
    staff_room: str = ""  # the private room for staff alerts, once made
    safeguarding_contact: str = ""  # the next step staff alerts name (from config)
    ladder: str = ""  # the rung of the ladder of co-production (facilitation/ladder.py)
    # The agenda as it runs (facilitation/agenda.py): minutes planned per item (() when
    # untimed), the items run so far, when the current one's time is up (0: untimed).
    agenda_minutes: tuple[int, ...] = ()
    agenda_steps: tuple[AgendaStep, ...] = ()
    agenda_ends_at: float = 0.0
    agenda_warned: bool = False
    agenda_time_up: bool = False
    agenda_finished: bool = False
    polls: tuple[Poll, ...] = ()  # every poll, the open one (if any) last
    agenda_materials: tuple[tuple[str, ...], ...] = ()  # from a plan (see StartWorkshop)
    planned_polls: tuple[tuple[str, ...], ...] = ()  # from a plan (see StartWorkshop)
    planned_breakouts: tuple[tuple[str, ...], ...] = ()  # from a plan (see StartWorkshop)
    materials: tuple[tuple[str, str], ...] = ()  # (title, link) shared so far
    pinned_materials: tuple[str, ...] = ()  # message refs of shared items pinned
    nudge_on: bool = False  # quiet voices: a gentle private word to people not heard from
    nudged_items: tuple[int, ...] = ()  # agenda items (-1: no agenda) already nudged
    held_alerts: tuple[HeldAlert, ...] = ()  # staff alerts still to be delivered
    alerts_held: int = 0  # how many were ever held (numbers the next one)

    @property
    def open_poll(self) -> Poll | None:
        poll = self.polls[-1] if self.polls else None
        return poll if poll and not poll.closed else None

    @property
    def agenda_step(self) -> AgendaStep | None:
        """The agenda item running now, if any."""
        step = self.agenda_steps[-1] if self.agenda_steps else None
        return step if step and not step.ended_at else None

    def item(self, number: int) -> MinutesItem | None:
        return next((item for item in self.minutes if item.number == number), None)

    @property
    def carried_actions(self) -> tuple[MinutesItem, ...]:
        return tuple(item for item in self.minutes if item.carried)

    @property
    def items_noted(self) -> int:
        """Items noted in this session (not the actions carried from earlier ones)."""
        return sum(1 for item in self.minutes if not item.carried)

    def person(self, person_id: str) -> Person | None:
        return self.people.get(person_id)

    def name_of(self, person_id: str) -> str:
        person = self.people.get(person_id)
        return person.name if person else person_id

    def has_hand_up(self, person_id: str) -> bool:
        for hand in self.hands:  # noqa: SIM110 (a loop: no generator for every ✋)
            if hand.person_id == person_id:
                return True
        return False

    def role_of(self, person_id: str, platform_facilitator: bool = False) -> Role:
        if platform_facilitator or person_id == self.lead_facilitator_id:
            return Role.FACILITATOR
        if person_id in self.co_facilitator_ids:
            return Role.CO_FACILITATOR
        return Role.PARTICIPANT

    def facilitator_ids(self) -> tuple[str, ...]:
        lead = (self.lead_facilitator_id,) if self.lead_facilitator_id else ()
        by_platform = tuple(
            p.id for p in self.people.values() if p.facilitator and p.id != self.lead_facilitator_id
        )
        return lead + self.co_facilitator_ids + by_platform

    def ordered_hands(self) -> tuple[Hand, ...]:
        """The queue in calling order: arrival, or fair-voice (not yet spoken first)."""
        if self.queue_order == "fair":
            return tuple(sorted(self.hands, key=self._fair_key))
        return tuple(sorted(self.hands, key=_ARRIVAL))

    def _fair_key(self, hand: Hand) -> tuple[bool, int]:
        person = self.people.get(hand.person_id)
        has_spoken = bool(person and person.turns)
        return has_spoken, hand.arrival


# A hand's place in the queue in arrival order (every queue message sorts by it).
_ARRIVAL = operator.attrgetter("arrival")


def evolve(state: WorkshopState, event: ev.Event) -> WorkshopState:
    handler = _HANDLERS[type(event)]
    return handler(state, event)


# A plain dict, not functools.cache: mypy checks a class passed to a cached function
# against Hashable with its instances' `__hash__` and refuses it, though a class
# hashes by identity.
_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in dataclasses.fields(cls))
    return names


def _with(value: _T, **changes: object) -> _T:
    """`dataclasses.replace` for these frozen classes, without running `__init__`: a new
    object with the same fields but `changes`. replace() re-runs `__init__` with every
    field as a keyword, which made it most of the cost of replaying a log (the state has
    over 50 fields). None of these classes has a `__post_init__` or an `init=False`
    field, so the result is the same value; an unknown field name is still refused."""
    cls = type(value)
    # issuperset makes no set of the unknown names unless there are some: a command
    # copies the state a few times, so this is on every command's path.
    if not _field_names(cls).issuperset(changes):
        unknown = changes.keys() - _field_names(cls)
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    new = object.__new__(cls)
    # One dict built at once, then given to the object (object.__setattr__, as the
    # class is frozen): a third quicker than copying into the new object's own dict.
    object.__setattr__(new, "__dict__", {**value.__dict__, **changes})
    return new


def _carried(number: int, record: tuple[str, ...], at: float) -> MinutesItem:
    a = SeriesAction.from_record(record)
    return MinutesItem(
        number=number,
        kind="action",
        text=a.text,
        owner_id=a.owner_id,
        owner_name=a.owner_name,
        due=a.due,
        by_id="",
        at=at,
        action_id=a.id,
        progress=a.progress,
        done=a.done,
        carried=True,
        said_on=a.said_on,
        workshop=a.workshop,
    )


def _started(s: WorkshopState, e: ev.WorkshopStarted) -> WorkshopState:
    lead = Person(id=e.facilitator_id, name=e.facilitator_name, facilitator=True)
    # Earlier actions of the series are items 1..k, so this session's notes follow them.
    carried = tuple(_carried(n, r, e.at) for n, r in enumerate(e.earlier_actions, 1))
    return _with(
        s,
        room=e.room,
        status=Status.RUNNING,
        title=e.title,
        series=e.series,
        minutes=carried,
        scope=e.scope,
        agenda=e.agenda,
        cannot_change=e.cannot_change,
        ground_rules=e.ground_rules,
        complaints_route=e.complaints_route,
        out_of_scope=e.out_of_scope,
        drift_sensitivity=e.drift_sensitivity,
        drift_cooldown=e.drift_cooldown,
        queue_order=e.queue_order,
        prefix=e.prefix,
        timebox_warning_seconds=e.timebox_warning_seconds,
        reactions=e.reactions,
        started_at=e.at,
        safeguarding_contact=e.safeguarding_contact,
        ladder=e.ladder,
        agenda_minutes=e.agenda_minutes,
        agenda_materials=e.agenda_materials,
        planned_polls=e.planned_polls,
        planned_breakouts=e.planned_breakouts,
        lead_facilitator_id=e.facilitator_id,
        people={**s.people, lead.id: lead},
    )


def _ended(s: WorkshopState, e: ev.WorkshopEnded) -> WorkshopState:
    s = _close_turn(s, e.at)
    return _with(s, status=Status.ENDED, ended_at=e.at, hands=())


# Settings that are lists; the others are one piece of text.
LIST_SETTINGS = ("agenda", "ground_rules", "out_of_scope")
RECENT_LABELS = 6  # how many recent labels a room remembers for the drift rule


def _setting_changed(s: WorkshopState, e: ev.SettingChanged) -> WorkshopState:
    value = e.values if e.setting in LIST_SETTINGS else " ".join(e.values)
    return _with(s, **{e.setting: value})


def _joined(s: WorkshopState, e: ev.ParticipantJoined) -> WorkshopState:
    person = Person(id=e.person_id, name=e.name, facilitator=e.facilitator)
    return _with(s, people={**s.people, e.person_id: person})


def _cofac_added(s: WorkshopState, e: ev.CoFacilitatorAdded) -> WorkshopState:
    return _with(s, co_facilitator_ids=(*s.co_facilitator_ids, e.person_id))


def _cofac_removed(s: WorkshopState, e: ev.CoFacilitatorRemoved) -> WorkshopState:
    kept = tuple(pid for pid in s.co_facilitator_ids if pid != e.person_id)
    return _with(s, co_facilitator_ids=kept)


def _hand_raised(s: WorkshopState, e: ev.HandRaised) -> WorkshopState:
    hand = Hand(person_id=e.person_id, raised_at=e.at, arrival=s.arrivals + 1)
    return _with(s, hands=(*s.hands, hand), arrivals=s.arrivals + 1)


def _without_hand(s: WorkshopState, person_id: str) -> WorkshopState:
    return _with(s, hands=tuple(h for h in s.hands if h.person_id != person_id))


def _hand_lowered(s: WorkshopState, e: ev.HandLowered) -> WorkshopState:
    return _without_hand(s, e.person_id)


def _all_lowered(s: WorkshopState, e: ev.AllHandsLowered) -> WorkshopState:
    return _with(s, hands=())


def _close_turn(s: WorkshopState, at: float, counts: bool = True) -> WorkshopState:
    """End the current turn, crediting floor time (a pass is not a turn)."""
    if s.speaker is None:
        return s
    person = s.people[s.speaker.person_id]
    if counts:
        person = _credited(person, s.speaker, at)
    return _with(s, speaker=None, people={**s.people, person.id: person})


def _credited(person: Person, turn: Turn, at: float) -> Person:
    """The speaker with their turn counted and its floor time added."""
    seconds = max(0.0, at - turn.started_at)
    return _with(person, turns=person.turns + 1, floor_seconds=person.floor_seconds + seconds)


def _speaker_called(s: WorkshopState, e: ev.SpeakerCalled) -> WorkshopState:
    """The turn before ends (`_close_turn`), the person's hand goes down and their turn
    starts: one new state, not one per step (this runs on every `!next`)."""
    people = dict(s.people)
    if s.speaker is not None:
        people[s.speaker.person_id] = _credited(people[s.speaker.person_id], s.speaker, e.at)
    people[e.person_id] = _with(people[e.person_id], last_active=e.at)
    turn = Turn(person_id=e.person_id, number=s.turns + 1, started_at=e.at, timed_from=e.at)
    return _with(
        s,
        speaker=turn,
        turns=s.turns + 1,
        people=people,
        hands=tuple(h for h in s.hands if h.person_id != e.person_id),
    )


def _turn_ended(s: WorkshopState, e: ev.TurnEnded) -> WorkshopState:
    return _close_turn(s, e.at, counts=not e.passed)


def _order_set(s: WorkshopState, e: ev.QueueOrderSet) -> WorkshopState:
    return _with(s, queue_order=e.order)


def _timebox_set(s: WorkshopState, e: ev.TimeboxSet) -> WorkshopState:
    """A new limit counts from now for the current speaker, not from when they began."""
    s = _with(s, timebox_seconds=e.seconds)
    if s.speaker is None:
        return s
    return _with(s, speaker=_with(s.speaker, timed_from=e.at, warned=False, expired=False))


def _floor_set(s: WorkshopState, e: ev.FloorControlSet) -> WorkshopState:
    return _with(s, floor_control=e.on)


def _warned(s: WorkshopState, e: ev.TimeboxWarned) -> WorkshopState:
    return _with(s, speaker=_with(s.speaker, warned=True)) if s.speaker else s


def _expired(s: WorkshopState, e: ev.TimeboxExpired) -> WorkshopState:
    return _with(s, speaker=_with(s.speaker, warned=True, expired=True)) if s.speaker else s


def _minutes_added(s: WorkshopState, e: ev.MinutesItemAdded) -> WorkshopState:
    item = MinutesItem(
        number=e.number,
        kind=e.kind,
        text=e.text,
        owner_id=e.owner_id,
        owner_name=e.owner_name,
        due=e.due,
        by_id=e.by_id,
        at=e.at,
        action_id=action_id(s.workshop_id, e.number) if e.kind == "action" else "",
    )
    return _with(s, minutes=(*s.minutes, item))


def _progress(s: WorkshopState, e: ev.ProgressRecorded) -> WorkshopState:
    items = tuple(
        _with(item, progress=e.text or item.progress, done=item.done or e.done)
        if item.number == e.number
        else item
        for item in s.minutes
    )
    return _with(s, minutes=items)


def _message_posted(s: WorkshopState, e: ev.MessagePosted) -> WorkshopState:
    # The commonest event by far: one copy of the state, not two.
    person = s.people[e.person_id]
    people = {**s.people, person.id: _with(person, messages=person.messages + 1, last_active=e.at)}
    number = s.messages_seen + 1
    message = Recent(number, e.message_id, e.room, e.person_id, e.label, e.at, e.text)
    kept = (*s.recent, message)[-RECENT_MESSAGES:]
    if not e.label:
        return _with(s, people=people, messages_seen=number, recent=kept)
    labels = (*s.recent_labels.get(e.room, ()), e.label)[-RECENT_LABELS:]
    return _with(
        s,
        people=people,
        messages_seen=number,
        recent=kept,
        recent_labels={**s.recent_labels, e.room: labels},
    )


def _redirected(s: WorkshopState, e: ev.DriftRedirected) -> WorkshopState:
    flag = Flag(e.message_id, "off_scope", e.words)
    return _with(
        s,
        last_redirect={**s.last_redirect, e.room: e.at},
        recent_labels={**s.recent_labels, e.room: ()},
        last_flag={**s.last_flag, e.room: flag},
    )


def _concern(s: WorkshopState, e: ev.ConcernRaised) -> WorkshopState:
    answers = {**s.last_concern_answer, e.person_id: e.at} if e.answered else s.last_concern_answer
    flag = Flag(e.message_id, "complaint")
    return _with(
        s,
        concerns=s.concerns + 1,
        last_concern_answer=answers,
        last_flag={**s.last_flag, e.room: flag},
    )


def _safeguarding(s: WorkshopState, e: ev.SafeguardingFlagged) -> WorkshopState:
    return _with(
        s,
        last_flag={**s.last_flag, e.room: Flag(e.message_id, "safeguarding")},
        watched=s.watched if e.person_id in s.watched else (*s.watched, e.person_id),
    )


def _route_sent(s: WorkshopState, e: ev.RouteSent) -> WorkshopState:
    return _with(s, concerns=s.concerns + 1)


def _concern_recorded(s: WorkshopState, e: ev.ConcernRecorded) -> WorkshopState:
    if e.person_id in s.watched:
        return s
    return _with(s, watched=(*s.watched, e.person_id))


def _corrected(s: WorkshopState, e: ev.LabelCorrected) -> WorkshopState:
    learned = tuple(t for t in e.terms if t not in s.extra_terms)
    flags = {room: f for room, f in s.last_flag.items() if f.message_id != e.message_id}
    recent = tuple(_with(r, label=e.new) if r.message_id == e.message_id else r for r in s.recent)
    return _with(s, extra_terms=(*s.extra_terms, *learned), last_flag=flags, recent=recent)


def _deleted(s: WorkshopState, e: ev.MessageDeleted) -> WorkshopState:
    """A deleted message's words leave the recent messages too."""
    if not any(r.message_id == e.message_id and r.text is not None for r in s.recent):
        return s
    recent = tuple(_with(r, text=None) if r.message_id == e.message_id else r for r in s.recent)
    return _with(s, recent=recent)


def _drift_settings(s: WorkshopState, e: ev.DriftSettingsChanged) -> WorkshopState:
    return _with(s, drift_paused=e.paused, drift_sensitivity=e.sensitivity)


def _consent_changed(s: WorkshopState, e: ev.ConsentChanged) -> WorkshopState:
    person = _with(s.people[e.person_id], recorded=e.recorded)
    return _with(s, people={**s.people, person.id: person})


def _queue_message(s: WorkshopState, e: ev.QueueMessageRecorded) -> WorkshopState:
    return _with(s, queue_message_ref=e.message_ref)


def _effect_failed(s: WorkshopState, e: ev.EffectFailureNoted) -> WorkshopState:
    return _with(s, effect_failures=s.effect_failures + 1)


def _quiet(s: WorkshopState, e: ev.QuietChosen) -> WorkshopState:
    others = tuple(pid for pid in s.quiet_ids if pid != e.person_id)
    return _with(s, quiet_ids=(*others, e.person_id) if e.quiet else others)


def _with_rooms(b: Breakout, members: tuple[tuple[str, ...], ...]) -> Breakout:
    rooms = tuple(_with(room, members=m) for room, m in zip(b.rooms, members, strict=True))
    return _with(b, rooms=rooms)


def _breakout_planned(s: WorkshopState, e: ev.BreakoutPlanned) -> WorkshopState:
    breakout = Breakout(
        number=e.number,
        mode=e.mode,
        rooms=tuple(
            BreakoutRoom(name=n, members=m) for n, m in zip(e.names, e.members, strict=True)
        ),
        quiet=e.quiet,
        duration=e.duration,
        opens_at=e.opens_at,
        max_per_room=e.max_per_room,
        seed=e.seed,
        together=e.together,
        apart=e.apart,
        reminder_offsets=e.reminder_offsets,
        grace=e.grace,
    )
    return _with(s, breakout=breakout)


def _breakout(s: WorkshopState) -> Breakout:
    """The breakout an event about one is applied to (the core decides no such event
    without one)."""
    assert s.breakout is not None, "a breakout event with no breakout"
    return s.breakout


def _room_chosen(s: WorkshopState, e: ev.BreakoutRoomChosen) -> WorkshopState:
    b = _breakout(s)
    members = tuple(
        (*(p for p in r.members if p != e.person_id), *((e.person_id,) if i == e.room else ()))
        for i, r in enumerate(b.rooms)
    )
    return _with(s, breakout=_with_rooms(b, members))


def _breakout_opened(s: WorkshopState, e: ev.BreakoutOpened) -> WorkshopState:
    b = _with_rooms(_breakout(s), e.members)
    return _with(s, breakout=_with(b, status=BreakoutStatus.OPEN, ends_at=e.ends_at))


def _rooms_created(s: WorkshopState, e: ev.BreakoutRoomsCreated) -> WorkshopState:
    b = _breakout(s)
    rooms = tuple(_with(room, key=key) for room, key in zip(b.rooms, e.keys, strict=True))
    return _with(s, breakout=_with(b, rooms=rooms))


def _reminder_sent(s: WorkshopState, e: ev.BreakoutReminderSent) -> WorkshopState:
    b = _breakout(s)
    return _with(s, breakout=_with(b, reminders_done=(*b.reminders_done, e.offset)))


def _time_up(s: WorkshopState, e: ev.BreakoutTimeUp) -> WorkshopState:
    b = _breakout(s)
    # Reminders not yet sent are no longer useful once time is up.
    done = b.reminder_offsets
    return _with(s, breakout=_with(b, status=BreakoutStatus.TIME_UP, reminders_done=done))


def _extended(s: WorkshopState, e: ev.BreakoutExtended) -> WorkshopState:
    b = _with(
        _breakout(s),
        status=BreakoutStatus.OPEN,
        ends_at=e.ends_at,
        reminders_done=e.skipped_offsets,
    )
    return _with(s, breakout=b)


def _breakout_closed(s: WorkshopState, e: ev.BreakoutClosed) -> WorkshopState:
    closed = _with(_breakout(s), status=BreakoutStatus.CLOSED)
    return _with(s, breakout=None, past_breakouts=(*s.past_breakouts, closed))


def _report(s: WorkshopState, e: ev.ReportRecorded) -> WorkshopState:
    b = _breakout(s)
    rooms = tuple(
        _with(r, reports=(*r.reports, e.text)) if i == e.room else r for i, r in enumerate(b.rooms)
    )
    return _with(s, breakout=_with(b, rooms=rooms))


def _person_erased(s: WorkshopState, e: ev.PersonErased) -> WorkshopState:
    """Their name becomes the pseudonym wherever state shows it, and nothing more of
    theirs is kept. Words the bot kept for a correction are dropped (the store drops
    them from the log too), so a replay rebuilds exactly this state."""
    person = s.people.get(e.person_id)
    people = s.people
    if person is not None:
        people = {**people, e.person_id: _with(person, name=e.pseudonym, recorded=False)}
    minutes = tuple(
        _with(item, owner_name=e.pseudonym) if item.owner_id == e.person_id else item
        for item in s.minutes
    )
    flags = {room: _with(flag, words=()) for room, flag in s.last_flag.items()}
    # A held failure alert may name them ("send a private message to NAME"); the store
    # renames the stored AlertHeld the same way (facilitation/privacy.py).
    names = {person.name} if person is not None else set()
    held = tuple(
        _with(a, record=tuple(renamed(part, names, e.pseudonym) for part in a.record))
        for a in s.held_alerts
    )
    recent = tuple(_with(r, text=None) if r.person_id == e.person_id else r for r in s.recent)
    return _with(
        s,
        people=people,
        minutes=minutes,
        last_flag=flags,
        recent=recent,
        erased=(*s.erased, e.person_id),
        held_alerts=held,
    )


def _no_change(s: WorkshopState, e: ev.Event) -> WorkshopState:
    return s


def _staff_room(s: WorkshopState, e: ev.StaffRoomRecorded) -> WorkshopState:
    return _with(s, staff_room=e.staff_room)


def _alert_held(s: WorkshopState, e: ev.AlertHeld) -> WorkshopState:
    number = s.alerts_held + 1
    held = HeldAlert(alert_id=e.alert_id, number=number, record=e.record, since=e.at)
    return _with(s, held_alerts=(*s.held_alerts, held), alerts_held=number)


def _alert_retried(s: WorkshopState, e: ev.AlertRetried) -> WorkshopState:
    held = tuple(
        _with(a, since=e.at, attempts=a.attempts + 1) if a.alert_id == e.alert_id else a
        for a in s.held_alerts
    )
    return _with(s, held_alerts=held)


def _alert_cleared(s: WorkshopState, e: ev.AlertCleared) -> WorkshopState:
    return _with(s, held_alerts=tuple(a for a in s.held_alerts if a.alert_id != e.alert_id))


def _close_step(s: WorkshopState, at: float) -> tuple[AgendaStep, ...]:
    step = s.agenda_step
    if step is None:
        return s.agenda_steps
    return (*s.agenda_steps[:-1], _with(step, ended_at=at))


def _agenda_item_started(s: WorkshopState, e: ev.AgendaItemStarted) -> WorkshopState:
    steps = (*_close_step(s, e.at), AgendaStep(index=e.index, started_at=e.at))
    return _with(
        s, agenda_steps=steps, agenda_ends_at=e.ends_at, agenda_warned=False, agenda_time_up=False
    )


def _agenda_item_warned(s: WorkshopState, e: ev.AgendaItemWarned) -> WorkshopState:
    return _with(s, agenda_warned=True)


def _agenda_item_time_up(s: WorkshopState, e: ev.AgendaItemTimeUp) -> WorkshopState:
    return _with(s, agenda_warned=True, agenda_time_up=True)


def _agenda_item_extended(s: WorkshopState, e: ev.AgendaItemExtended) -> WorkshopState:
    step = s.agenda_step
    steps = s.agenda_steps
    if step is not None:
        steps = (*steps[:-1], _with(step, extended=step.extended + e.seconds))
    return _with(
        s, agenda_steps=steps, agenda_ends_at=e.ends_at, agenda_warned=False, agenda_time_up=False
    )


def _agenda_finished(s: WorkshopState, e: ev.AgendaFinished) -> WorkshopState:
    return _with(s, agenda_steps=_close_step(s, e.at), agenda_ends_at=0.0, agenda_finished=True)


def _poll_opened(s: WorkshopState, e: ev.PollOpened) -> WorkshopState:
    poll = Poll(number=e.number, question=e.question, options=e.options, dots=e.dots)
    return _with(s, polls=(*s.polls, poll))


def _with_last_poll(s: WorkshopState, **changes: object) -> WorkshopState:
    return _with(s, polls=(*s.polls[:-1], _with(s.polls[-1], **changes)))


def _vote_cast(s: WorkshopState, e: ev.VoteCast) -> WorkshopState:
    poll = s.polls[-1]
    votes = {p: c for p, c in poll.votes.items() if p != e.person_id}
    if e.choices:  # `!vote none`: the person no longer counts as having voted
        votes[e.person_id] = e.choices
    return _with_last_poll(s, votes=votes)


def _poll_numbered(s: WorkshopState, number: int, **changes: object) -> WorkshopState:
    polls = tuple(_with(p, **changes) if p.number == number else p for p in s.polls)
    return _with(s, polls=polls)


def _material_pinned(s: WorkshopState, e: ev.MaterialPinned) -> WorkshopState:
    if e.message_ref in s.pinned_materials:
        return s
    return _with(s, pinned_materials=(*s.pinned_materials, e.message_ref))


def _poll_message(s: WorkshopState, e: ev.PollMessageRecorded) -> WorkshopState:
    return _poll_numbered(s, e.number, message_ref=e.message_ref)


def _reaction_vote_added(s: WorkshopState, e: ev.ReactionVoteAdded) -> WorkshopState:
    poll = s.polls[-1]
    mine = (*poll.votes.get(e.person_id, ()), e.choice)
    return _with_last_poll(s, votes={**poll.votes, e.person_id: mine})


def _reaction_vote_removed(s: WorkshopState, e: ev.ReactionVoteRemoved) -> WorkshopState:
    poll = s.polls[-1]
    mine = list(poll.votes.get(e.person_id, ()))
    mine.remove(e.choice)
    votes = {p: c for p, c in poll.votes.items() if p != e.person_id}
    if mine:  # with no votes left, the person no longer counts as having voted
        votes[e.person_id] = tuple(mine)
    return _with_last_poll(s, votes=votes)


def _poll_closed(s: WorkshopState, e: ev.PollClosed) -> WorkshopState:
    return _with_last_poll(s, closed=True)


def _material_shared(s: WorkshopState, e: ev.MaterialShared) -> WorkshopState:
    return _with(s, materials=(*s.materials, (e.title, e.link)))


def _nudge_set(s: WorkshopState, e: ev.NudgeSet) -> WorkshopState:
    return _with(s, nudge_on=e.on)


def _quiet_nudged(s: WorkshopState, e: ev.QuietNudged) -> WorkshopState:
    return _with(s, nudged_items=(*s.nudged_items, e.index))


# Looked up by `type(event)`, so a handler filed under a kind is only given that kind:
# `_evolver` checks each entry against its kind, then files it as a handler of any event.
_Evolver = Callable[[WorkshopState, ev.Event], WorkshopState]
_E = TypeVar("_E", bound=ev.Event)


def _evolver(
    kind: type[_E], handle: Callable[[WorkshopState, _E], WorkshopState]
) -> tuple[type[ev.Event], _Evolver]:
    return kind, cast(_Evolver, handle)


_HANDLERS: dict[type[ev.Event], _Evolver] = dict(
    [
        _evolver(ev.NudgeSet, _nudge_set),
        _evolver(ev.QuietNudged, _quiet_nudged),
        _evolver(ev.PlannedBreakoutNotOpened, _no_change),
        _evolver(ev.MaterialShared, _material_shared),
        _evolver(ev.PollOpened, _poll_opened),
        _evolver(ev.VoteCast, _vote_cast),
        _evolver(ev.PollClosed, _poll_closed),
        _evolver(ev.PollMessageRecorded, _poll_message),
        _evolver(ev.MaterialPinned, _material_pinned),
        _evolver(ev.ReactionVoteAdded, _reaction_vote_added),
        _evolver(ev.ReactionVoteRemoved, _reaction_vote_removed),
        _evolver(ev.AgendaItemStarted, _agenda_item_started),
        _evolver(ev.AgendaItemWarned, _agenda_item_warned),
        _evolver(ev.AgendaItemTimeUp, _agenda_item_time_up),
        _evolver(ev.AgendaItemExtended, _agenda_item_extended),
        _evolver(ev.AgendaFinished, _agenda_finished),
        _evolver(ev.WorkshopStarted, _started),
        _evolver(ev.WorkshopEnded, _ended),
        _evolver(ev.SettingChanged, _setting_changed),
        _evolver(ev.ParticipantJoined, _joined),
        _evolver(ev.CoFacilitatorAdded, _cofac_added),
        _evolver(ev.CoFacilitatorRemoved, _cofac_removed),
        _evolver(ev.HandRaised, _hand_raised),
        _evolver(ev.HandLowered, _hand_lowered),
        _evolver(ev.AllHandsLowered, _all_lowered),
        _evolver(ev.SpeakerCalled, _speaker_called),
        _evolver(ev.TurnEnded, _turn_ended),
        _evolver(ev.QueueOrderSet, _order_set),
        _evolver(ev.TimeboxSet, _timebox_set),
        _evolver(ev.FloorControlSet, _floor_set),
        _evolver(ev.TimeboxWarned, _warned),
        _evolver(ev.TimeboxExpired, _expired),
        _evolver(ev.MinutesItemAdded, _minutes_added),
        _evolver(ev.ProgressRecorded, _progress),
        _evolver(ev.MessagePosted, _message_posted),
        _evolver(ev.ConsentChanged, _consent_changed),
        _evolver(ev.QueueMessageRecorded, _queue_message),
        _evolver(ev.EffectFailureNoted, _effect_failed),
        _evolver(ev.QuietChosen, _quiet),
        _evolver(ev.BreakoutPlanned, _breakout_planned),
        _evolver(ev.BreakoutRoomChosen, _room_chosen),
        _evolver(ev.BreakoutOpened, _breakout_opened),
        _evolver(ev.BreakoutRoomsCreated, _rooms_created),
        _evolver(ev.BreakoutReminderSent, _reminder_sent),
        _evolver(ev.BreakoutTimeUp, _time_up),
        _evolver(ev.BreakoutExtended, _extended),
        _evolver(ev.BreakoutClosed, _breakout_closed),
        _evolver(ev.BroadcastSent, _no_change),
        _evolver(ev.HelpRequested, _no_change),
        _evolver(ev.ReportRecorded, _report),
        _evolver(ev.DriftRedirected, _redirected),
        _evolver(ev.ConcernRaised, _concern),
        _evolver(ev.SafeguardingFlagged, _safeguarding),
        _evolver(ev.LabelCorrected, _corrected),
        _evolver(ev.RouteSent, _route_sent),
        _evolver(ev.ConcernRecorded, _concern_recorded),
        _evolver(ev.DriftSettingsChanged, _drift_settings),
        _evolver(ev.NotesRequested, _no_change),
        _evolver(ev.MessageEdited, _no_change),  # the transcript is not kept in state
        _evolver(ev.MessageDeleted, _deleted),
        _evolver(ev.PersonErased, _person_erased),
        _evolver(ev.StaffRoomRecorded, _staff_room),
        _evolver(ev.AlertHeld, _alert_held),
        _evolver(ev.AlertRetried, _alert_retried),
        _evolver(ev.AlertCleared, _alert_cleared),
        _evolver(ev.EndDeferred, _no_change),
    ]
)


# --- snapshots ------------------------------------------------------------------------
#
# A snapshot is a workshop's state after some event of its log, as plain JSON values,
# so a restart can start from it and evolve only the events after it. It is only a
# shortcut: the log stays the truth. Each snapshot is stored with a version that
# changes whenever the code that builds state from events may have changed (this module
# and the core's modules it imports); reading that code is I/O, so the version is worked
# out outside the core (storage/snapshot_version.py) and bootstrap passes it in. A
# snapshot made by other code is never used; the store also checks that the snapshot's
# last event is still the log's event at that place.

SNAPSHOT_FORMAT = 1  # raise by hand if the encoding below changes


def to_snapshot(state: WorkshopState) -> dict[str, Any]:
    """The state as JSON values (dataclasses as objects, tuples as lists)."""
    encoded = codec.to_json(state)
    assert isinstance(encoded, dict)  # a dataclass encodes as an object
    return encoded


def from_snapshot(data: dict[str, Any]) -> WorkshopState:
    """The state `to_snapshot` gave; ValueError (or TypeError) if `data` does not fit
    today's classes, so the caller can replay the log instead."""
    state = codec.decoder(WorkshopState)(data)
    if not isinstance(state, WorkshopState):
        raise ValueError("not a workshop state")
    return state
