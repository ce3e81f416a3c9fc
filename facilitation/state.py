"""Workshop state, and `evolve`: the only way it changes.

State is a frozen value. `evolve` returns a new state and never mutates the
old one, so replaying the same events always rebuilds an equal state.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from facilitation import events as ev
from facilitation.series import SeriesAction, action_id


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
        return any(hand.person_id == person_id for hand in self.hands)

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
        return tuple(sorted(self.hands, key=lambda hand: hand.arrival))

    def _fair_key(self, hand: Hand) -> tuple[bool, int]:
        person = self.people.get(hand.person_id)
        has_spoken = bool(person and person.turns)
        return has_spoken, hand.arrival


def evolve(state: WorkshopState, event: ev.Event) -> WorkshopState:
    handler = _HANDLERS[type(event)]
    return handler(state, event)


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
    return replace(
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
        lead_facilitator_id=e.facilitator_id,
        people={**s.people, lead.id: lead},
    )


def _ended(s: WorkshopState, e: ev.WorkshopEnded) -> WorkshopState:
    s = _close_turn(s, e.at)
    return replace(s, status=Status.ENDED, ended_at=e.at, hands=())


# Settings that are lists; the others are one piece of text.
LIST_SETTINGS = ("agenda", "ground_rules", "out_of_scope")
RECENT_LABELS = 6  # how many recent labels a room remembers for the drift rule


def _setting_changed(s: WorkshopState, e: ev.SettingChanged) -> WorkshopState:
    value = e.values if e.setting in LIST_SETTINGS else " ".join(e.values)
    return replace(s, **{e.setting: value})


def _joined(s: WorkshopState, e: ev.ParticipantJoined) -> WorkshopState:
    person = Person(id=e.person_id, name=e.name, facilitator=e.facilitator)
    return replace(s, people={**s.people, e.person_id: person})


def _cofac_added(s: WorkshopState, e: ev.CoFacilitatorAdded) -> WorkshopState:
    return replace(s, co_facilitator_ids=(*s.co_facilitator_ids, e.person_id))


def _cofac_removed(s: WorkshopState, e: ev.CoFacilitatorRemoved) -> WorkshopState:
    kept = tuple(pid for pid in s.co_facilitator_ids if pid != e.person_id)
    return replace(s, co_facilitator_ids=kept)


def _hand_raised(s: WorkshopState, e: ev.HandRaised) -> WorkshopState:
    hand = Hand(person_id=e.person_id, raised_at=e.at, arrival=s.arrivals + 1)
    return replace(s, hands=(*s.hands, hand), arrivals=s.arrivals + 1)


def _without_hand(s: WorkshopState, person_id: str) -> WorkshopState:
    return replace(s, hands=tuple(h for h in s.hands if h.person_id != person_id))


def _hand_lowered(s: WorkshopState, e: ev.HandLowered) -> WorkshopState:
    return _without_hand(s, e.person_id)


def _all_lowered(s: WorkshopState, e: ev.AllHandsLowered) -> WorkshopState:
    return replace(s, hands=())


def _close_turn(s: WorkshopState, at: float, counts: bool = True) -> WorkshopState:
    """End the current turn, crediting floor time (a pass is not a turn)."""
    if s.speaker is None:
        return s
    person = s.people[s.speaker.person_id]
    if counts:
        seconds = max(0.0, at - s.speaker.started_at)
        person = replace(
            person, turns=person.turns + 1, floor_seconds=person.floor_seconds + seconds
        )
    return replace(s, speaker=None, people={**s.people, person.id: person})


def _speaker_called(s: WorkshopState, e: ev.SpeakerCalled) -> WorkshopState:
    s = _without_hand(_close_turn(s, e.at), e.person_id)
    turn = Turn(person_id=e.person_id, number=s.turns + 1, started_at=e.at, timed_from=e.at)
    return replace(s, speaker=turn, turns=s.turns + 1)


def _turn_ended(s: WorkshopState, e: ev.TurnEnded) -> WorkshopState:
    return _close_turn(s, e.at, counts=not e.passed)


def _order_set(s: WorkshopState, e: ev.QueueOrderSet) -> WorkshopState:
    return replace(s, queue_order=e.order)


def _timebox_set(s: WorkshopState, e: ev.TimeboxSet) -> WorkshopState:
    """A new limit counts from now for the current speaker, not from when they began."""
    s = replace(s, timebox_seconds=e.seconds)
    if s.speaker is None:
        return s
    return replace(s, speaker=replace(s.speaker, timed_from=e.at, warned=False, expired=False))


def _floor_set(s: WorkshopState, e: ev.FloorControlSet) -> WorkshopState:
    return replace(s, floor_control=e.on)


def _warned(s: WorkshopState, e: ev.TimeboxWarned) -> WorkshopState:
    return replace(s, speaker=replace(s.speaker, warned=True)) if s.speaker else s


def _expired(s: WorkshopState, e: ev.TimeboxExpired) -> WorkshopState:
    return replace(s, speaker=replace(s.speaker, warned=True, expired=True)) if s.speaker else s


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
    return replace(s, minutes=(*s.minutes, item))


def _progress(s: WorkshopState, e: ev.ProgressRecorded) -> WorkshopState:
    items = tuple(
        replace(item, progress=e.text or item.progress, done=item.done or e.done)
        if item.number == e.number
        else item
        for item in s.minutes
    )
    return replace(s, minutes=items)


def _message_posted(s: WorkshopState, e: ev.MessagePosted) -> WorkshopState:
    person = s.people[e.person_id]
    person = replace(person, messages=person.messages + 1)
    s = replace(s, people={**s.people, person.id: person})
    if not e.label:
        return s
    recent = (*s.recent_labels.get(e.room, ()), e.label)[-RECENT_LABELS:]
    return replace(s, recent_labels={**s.recent_labels, e.room: recent})


def _redirected(s: WorkshopState, e: ev.DriftRedirected) -> WorkshopState:
    flag = Flag(e.message_id, "off_scope", e.words)
    return replace(
        s,
        last_redirect={**s.last_redirect, e.room: e.at},
        recent_labels={**s.recent_labels, e.room: ()},
        last_flag={**s.last_flag, e.room: flag},
    )


def _concern(s: WorkshopState, e: ev.ConcernRaised) -> WorkshopState:
    answers = {**s.last_concern_answer, e.person_id: e.at} if e.answered else s.last_concern_answer
    flag = Flag(e.message_id, "complaint")
    return replace(
        s,
        concerns=s.concerns + 1,
        last_concern_answer=answers,
        last_flag={**s.last_flag, e.room: flag},
    )


def _safeguarding(s: WorkshopState, e: ev.SafeguardingFlagged) -> WorkshopState:
    return replace(s, last_flag={**s.last_flag, e.room: Flag(e.message_id, "safeguarding")})


def _corrected(s: WorkshopState, e: ev.LabelCorrected) -> WorkshopState:
    learned = tuple(t for t in e.terms if t not in s.extra_terms)
    flags = {room: f for room, f in s.last_flag.items() if f.message_id != e.message_id}
    return replace(s, extra_terms=(*s.extra_terms, *learned), last_flag=flags)


def _drift_settings(s: WorkshopState, e: ev.DriftSettingsChanged) -> WorkshopState:
    return replace(s, drift_paused=e.paused, drift_sensitivity=e.sensitivity)


def _consent_changed(s: WorkshopState, e: ev.ConsentChanged) -> WorkshopState:
    person = replace(s.people[e.person_id], recorded=e.recorded)
    return replace(s, people={**s.people, person.id: person})


def _queue_message(s: WorkshopState, e: ev.QueueMessageRecorded) -> WorkshopState:
    return replace(s, queue_message_ref=e.message_ref)


def _effect_failed(s: WorkshopState, e: ev.EffectFailureNoted) -> WorkshopState:
    return replace(s, effect_failures=s.effect_failures + 1)


def _quiet(s: WorkshopState, e: ev.QuietChosen) -> WorkshopState:
    others = tuple(pid for pid in s.quiet_ids if pid != e.person_id)
    return replace(s, quiet_ids=(*others, e.person_id) if e.quiet else others)


def _with_rooms(b: Breakout, members: tuple[tuple[str, ...], ...]) -> Breakout:
    rooms = tuple(replace(room, members=m) for room, m in zip(b.rooms, members, strict=True))
    return replace(b, rooms=rooms)


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
    return replace(s, breakout=breakout)


def _room_chosen(s: WorkshopState, e: ev.BreakoutRoomChosen) -> WorkshopState:
    b = s.breakout
    members = tuple(
        (*(p for p in r.members if p != e.person_id), *((e.person_id,) if i == e.room else ()))
        for i, r in enumerate(b.rooms)
    )
    return replace(s, breakout=_with_rooms(b, members))


def _breakout_opened(s: WorkshopState, e: ev.BreakoutOpened) -> WorkshopState:
    b = _with_rooms(s.breakout, e.members)
    return replace(s, breakout=replace(b, status=BreakoutStatus.OPEN, ends_at=e.ends_at))


def _rooms_created(s: WorkshopState, e: ev.BreakoutRoomsCreated) -> WorkshopState:
    b = s.breakout
    rooms = tuple(replace(room, key=key) for room, key in zip(b.rooms, e.keys, strict=True))
    return replace(s, breakout=replace(b, rooms=rooms))


def _reminder_sent(s: WorkshopState, e: ev.BreakoutReminderSent) -> WorkshopState:
    b = s.breakout
    return replace(s, breakout=replace(b, reminders_done=(*b.reminders_done, e.offset)))


def _time_up(s: WorkshopState, e: ev.BreakoutTimeUp) -> WorkshopState:
    b = s.breakout
    # Reminders not yet sent are no longer useful once time is up.
    done = b.reminder_offsets
    return replace(s, breakout=replace(b, status=BreakoutStatus.TIME_UP, reminders_done=done))


def _extended(s: WorkshopState, e: ev.BreakoutExtended) -> WorkshopState:
    b = replace(
        s.breakout, status=BreakoutStatus.OPEN, ends_at=e.ends_at, reminders_done=e.skipped_offsets
    )
    return replace(s, breakout=b)


def _breakout_closed(s: WorkshopState, e: ev.BreakoutClosed) -> WorkshopState:
    closed = replace(s.breakout, status=BreakoutStatus.CLOSED)
    return replace(s, breakout=None, past_breakouts=(*s.past_breakouts, closed))


def _report(s: WorkshopState, e: ev.ReportRecorded) -> WorkshopState:
    b = s.breakout
    rooms = tuple(
        replace(r, reports=(*r.reports, e.text)) if i == e.room else r
        for i, r in enumerate(b.rooms)
    )
    return replace(s, breakout=replace(b, rooms=rooms))


def _person_erased(s: WorkshopState, e: ev.PersonErased) -> WorkshopState:
    """Their name becomes the pseudonym wherever state shows it, and nothing more of
    theirs is kept. Words the bot kept for a correction are dropped (the store drops
    them from the log too), so a replay rebuilds exactly this state."""
    person = s.people.get(e.person_id)
    people = s.people
    if person is not None:
        people = {**people, e.person_id: replace(person, name=e.pseudonym, recorded=False)}
    minutes = tuple(
        replace(item, owner_name=e.pseudonym) if item.owner_id == e.person_id else item
        for item in s.minutes
    )
    flags = {room: replace(flag, words=()) for room, flag in s.last_flag.items()}
    return replace(
        s, people=people, minutes=minutes, last_flag=flags, erased=(*s.erased, e.person_id)
    )


def _no_change(s: WorkshopState, e: ev.Event) -> WorkshopState:
    return s


_HANDLERS = {
    ev.WorkshopStarted: _started,
    ev.WorkshopEnded: _ended,
    ev.SettingChanged: _setting_changed,
    ev.ParticipantJoined: _joined,
    ev.CoFacilitatorAdded: _cofac_added,
    ev.CoFacilitatorRemoved: _cofac_removed,
    ev.HandRaised: _hand_raised,
    ev.HandLowered: _hand_lowered,
    ev.AllHandsLowered: _all_lowered,
    ev.SpeakerCalled: _speaker_called,
    ev.TurnEnded: _turn_ended,
    ev.QueueOrderSet: _order_set,
    ev.TimeboxSet: _timebox_set,
    ev.FloorControlSet: _floor_set,
    ev.TimeboxWarned: _warned,
    ev.TimeboxExpired: _expired,
    ev.MinutesItemAdded: _minutes_added,
    ev.ProgressRecorded: _progress,
    ev.MessagePosted: _message_posted,
    ev.ConsentChanged: _consent_changed,
    ev.QueueMessageRecorded: _queue_message,
    ev.EffectFailureNoted: _effect_failed,
    ev.QuietChosen: _quiet,
    ev.BreakoutPlanned: _breakout_planned,
    ev.BreakoutRoomChosen: _room_chosen,
    ev.BreakoutOpened: _breakout_opened,
    ev.BreakoutRoomsCreated: _rooms_created,
    ev.BreakoutReminderSent: _reminder_sent,
    ev.BreakoutTimeUp: _time_up,
    ev.BreakoutExtended: _extended,
    ev.BreakoutClosed: _breakout_closed,
    ev.BroadcastSent: _no_change,
    ev.HelpRequested: _no_change,
    ev.ReportRecorded: _report,
    ev.DriftRedirected: _redirected,
    ev.ConcernRaised: _concern,
    ev.SafeguardingFlagged: _safeguarding,
    ev.LabelCorrected: _corrected,
    ev.DriftSettingsChanged: _drift_settings,
    ev.NotesRequested: _no_change,
    ev.MessageEdited: _no_change,  # the transcript is not kept in state
    ev.MessageDeleted: _no_change,
    ev.PersonErased: _person_erased,
}
