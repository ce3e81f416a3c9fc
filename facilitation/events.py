"""Events: facts that happened to one workshop, appended to its log.

Events hold only plain values (str, int, float, bool, None and tuples of
str) so they round-trip through JSON exactly; `to_record`/`from_record` do
that, with the core's one JSON codec (codec.py, which snapshots use too).
Replaying a workshop's events through `evolve` rebuilds its state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from facilitation import codec
from facilitation.commands import Refusal
from facilitation.records import quick_init_all


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
    out_of_scope: tuple[str, ...]
    drift_sensitivity: str
    drift_cooldown: int
    queue_order: str
    prefix: str
    timebox_warning_seconds: int
    reactions: bool
    facilitator_id: str
    facilitator_name: str
    at: float
    # A named series of sessions, and the actions carried from its earlier sessions
    # (records laid out as facilitation.series.ACTION_FIELDS), fixed when it started.
    series: str = ""
    earlier_actions: tuple[tuple[str, ...], ...] = ()
    safeguarding_contact: str = ""
    ladder: str = ""  # the rung of the ladder of co-production, or ""
    agenda_minutes: tuple[int, ...] = ()  # minutes per agenda item, () when untimed
    agenda_materials: tuple[tuple[str, ...], ...] = ()  # see StartWorkshop
    planned_polls: tuple[tuple[str, ...], ...] = ()  # see StartWorkshop
    planned_breakouts: tuple[tuple[str, ...], ...] = ()  # see StartWorkshop


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
class ProgressRecorded(Event):
    """Progress on action `number` (as numbered in this session), whose series-wide id
    is `action_id`; `done` closes it."""

    number: int
    action_id: str
    text: str
    done: bool
    by_id: str
    at: float


@dataclass(frozen=True)
class MessagePosted(Event):
    """`text` is None when the person has opted out of recording. `label` is the
    scope classifier's verdict (on_scope, off_scope, complaint, safeguarding,
    chatter), `room` where it was said (a breakout room, or "" for the main room)."""

    person_id: str
    text: str | None
    at: float
    room: str = ""
    label: str = ""
    message_id: str = ""  # the platform's id, so later edits and deletions can find it


@dataclass(frozen=True)
class MessageEdited(Event):
    """The writer changed a message: the notes show the last version. `text` is None
    when they have opted out."""

    message_id: str
    person_id: str
    text: str | None
    at: float


@dataclass(frozen=True)
class MessageDeleted(Event):
    """A message was deleted on the platform: its words are removed from the log too."""

    message_id: str
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
    platform: bool = True  # see commands.EffectFailed
    refusal: Refusal | None = None  # see commands.EffectFailed
    # No facilitator's command had just asked for it (commands.EffectFailed.asked_by),
    # so the words do not tell them to try again.
    by_itself: bool = False
    again: str = ""  # see commands.EffectFailed
    # A participant whose own command's message in the room (`in_room`) could not be
    # posted: told privately as well as the staff (alerts.failure_noted). Their
    # platform id, so an erasure of them blanks it (privacy.erased_payload).
    tell_id: str = ""
    in_room: str = ""


# --- breakouts -----------------------------------------------------------------


@dataclass(frozen=True)
class QuietChosen(Event):
    """The person stays in the main room (with a co-facilitator) during breakouts."""

    person_id: str
    quiet: bool


@dataclass(frozen=True)
class BreakoutPlanned(Event):
    """Rooms are announced; they open at `opens_at`. For self-select, `members`
    holds only the choices made so far (none yet)."""

    number: int
    mode: str
    names: tuple[str, ...]
    members: tuple[tuple[str, ...], ...]
    quiet: tuple[str, ...]
    duration: int
    opens_at: float
    max_per_room: int
    seed: int
    together: tuple[tuple[str, ...], ...]
    apart: tuple[tuple[str, ...], ...]
    reminder_offsets: tuple[int, ...]
    grace: int
    by_id: str
    at: float


@dataclass(frozen=True)
class BreakoutRoomChosen(Event):
    person_id: str
    room: int


@dataclass(frozen=True)
class BreakoutOpened(Event):
    number: int
    members: tuple[tuple[str, ...], ...]
    ends_at: float
    at: float
    late: bool


@dataclass(frozen=True)
class BreakoutRoomsCreated(Event):
    number: int
    keys: tuple[str, ...]


@dataclass(frozen=True)
class BreakoutReminderSent(Event):
    number: int
    offset: int
    seconds_left: int
    late: bool


@dataclass(frozen=True)
class BreakoutTimeUp(Event):
    number: int
    late: bool


@dataclass(frozen=True)
class BreakoutExtended(Event):
    number: int
    ends_at: float
    added: int
    seconds_left: int
    skipped_offsets: tuple[int, ...]
    by_id: str


@dataclass(frozen=True)
class BreakoutClosed(Event):
    number: int
    early: bool
    late: bool
    by_id: str
    at: float


@dataclass(frozen=True)
class BroadcastSent(Event):
    text: str
    by_id: str


@dataclass(frozen=True)
class HelpRequested(Event):
    room: int
    person_id: str


@dataclass(frozen=True)
class DriftRedirected(Event):
    """A gentle reminder of the scope was posted in `room`, after `message_id`.
    `words` are that message's content words (empty if its writer opted out), kept
    so a facilitator's correction can teach them as scope words."""

    room: str
    message_id: str
    words: tuple[str, ...]
    at: float


@dataclass(frozen=True)
class ConcernRaised(Event):
    """Someone raised a personal complaint; only that it happened is kept."""

    person_id: str
    room: str
    message_id: str
    answered: bool  # False when they were answered a moment ago and not again
    at: float


@dataclass(frozen=True)
class RouteSent(Event):
    """The complaints route was sent privately to `person_id`, asked for by them
    (`by_id` is the same) or by staff (`!route NAME`). Counts as a concern raised."""

    person_id: str
    room: str
    by_id: str
    at: float


@dataclass(frozen=True)
class ConcernRecorded(Event):
    """Staff recorded a safeguarding concern about `person_id` (`!concern NAME: NOTE`).
    `note` is the staff member's words, removed like transcript text."""

    person_id: str
    room: str
    by_id: str
    note: str | None
    at: float


@dataclass(frozen=True)
class SafeguardingFlagged(Event):
    """`strength` is "strong" (please check now) or "weak" (have a look when you can);
    `text` the words, None when the person opted out of recording (and once erased,
    deleted or past retention, like a MessagePosted's)."""

    person_id: str
    room: str
    message_id: str
    reasons: tuple[str, ...]
    at: float
    strength: str = "strong"
    # The message's words, for the staff alert; None if the person opted out (or
    # they were erased, purged or deleted since: facilitation/privacy.py).
    text: str | None = None


@dataclass(frozen=True)
class LabelCorrected(Event):
    message_id: str
    old: str
    new: str
    terms: tuple[str, ...]  # new scope words learned from the correction
    by_id: str


@dataclass(frozen=True)
class DriftSettingsChanged(Event):
    paused: bool
    sensitivity: str
    by_id: str


@dataclass(frozen=True)
class NotesRequested(Event):
    """A facilitator asked for the notes; they are sent privately (and audited)."""

    format: str
    names: bool
    by_id: str
    at: float


@dataclass(frozen=True)
class ReportRecorded(Event):
    room: int
    text: str
    by_id: str
    at: float


@dataclass(frozen=True)
class PersonErased(Event):
    """The person asked to be forgotten: from now on they are `pseudonym`, and the
    text of their messages is gone. The store rewrites the earlier rows of this
    workshop's log in the same transaction (the one exception to append-only)."""

    person_id: str
    pseudonym: str
    at: float
    # Empty: the person asked themself (`!forgetme confirm`). Otherwise who erased them
    # on their behalf (a data-protection officer at the command line, `workshop-bot forget`).
    requested_by: str = ""


@dataclass(frozen=True)
class StaffRoomRecorded(Event):
    staff_room: str


@dataclass(frozen=True)
class AlertHeld(Event):
    """A staff alert that reached nobody, kept to be tried again. The record holds
    no one's words, only what the alert was about (facilitation.alerts)."""

    alert_id: str
    record: tuple[str, ...]
    at: float


@dataclass(frozen=True)
class AlertRetried(Event):
    alert_id: str
    at: float


@dataclass(frozen=True)
class AlertCleared(Event):
    alert_id: str


# --- the agenda (facilitation/agenda.py) -------------------------------------------


@dataclass(frozen=True)
class AgendaItemStarted(Event):
    index: int  # from 0, in the agenda
    by_id: str
    at: float
    ends_at: float = 0.0  # when its time is up; 0 for an untimed item


@dataclass(frozen=True)
class AgendaItemWarned(Event):
    index: int
    seconds_left: int
    late: bool = False


@dataclass(frozen=True)
class AgendaItemTimeUp(Event):
    index: int
    late: bool = False


@dataclass(frozen=True)
class AgendaItemExtended(Event):
    index: int
    seconds: int
    ends_at: float
    by_id: str


@dataclass(frozen=True)
class AgendaFinished(Event):
    by_id: str
    at: float


@dataclass(frozen=True)
class NudgeSet(Event):
    on: bool
    by_id: str


@dataclass(frozen=True)
class QuietNudged(Event):
    """People not heard from during agenda item `index` (-1: no agenda) were asked,
    privately and once, whether they would like to add anything."""

    index: int
    person_ids: tuple[str, ...]
    at: float


@dataclass(frozen=True)
class PlannedBreakoutNotOpened(Event):
    """A plan's breakout could not open when its item started; staff are told why."""

    index: int
    reason: str


@dataclass(frozen=True)
class MaterialShared(Event):
    title: str
    link: str
    by_id: str
    at: float


# --- polls (facilitation/polls.py) -------------------------------------------------


@dataclass(frozen=True)
class PollOpened(Event):
    number: int  # 1, 2, ... in this workshop
    question: str
    options: tuple[str, ...]
    dots: int
    by_id: str
    at: float


@dataclass(frozen=True)
class VoteCast(Event):
    """Who voted is kept only so each person has their own votes; the notes and the
    results show counts, never who (polls are anonymous)."""

    number: int
    person_id: str
    choices: tuple[int, ...]  # option indexes from 0
    at: float


@dataclass(frozen=True)
class MaterialPinned(Event):
    message_ref: str


@dataclass(frozen=True)
class PollMessageRecorded(Event):
    number: int
    message_ref: str


@dataclass(frozen=True)
class ReactionVoteAdded(Event):
    """One dot for `choice` (an index from 0) by a numbered reaction. Like
    `VoteCast`, who is kept only so each person has their own votes."""

    number: int
    person_id: str
    choice: int
    at: float


@dataclass(frozen=True)
class ReactionVoteRemoved(Event):
    """That reaction was taken away, and one dot for `choice` with it."""

    number: int
    person_id: str
    choice: int
    at: float


@dataclass(frozen=True)
class PollClosed(Event):
    number: int
    by_id: str
    at: float


@dataclass(frozen=True)
class EndDeferred(Event):
    """`!end` while a staff alert had reached no one: the alerts are tried again now
    and the workshop goes on, so the alert is not lost with it."""

    by_id: str
    at: float


EVENT_TYPES: dict[str, type[Event]] = {cls.__name__: cls for cls in Event.__subclasses__()}


def to_record(event: Event) -> tuple[str, dict[str, Any]]:
    """The event's type name and a JSON-ready payload (facilitation/codec.py)."""
    payload = codec.to_json(event)
    assert isinstance(payload, dict)  # a dataclass encodes as an object
    return type(event).__name__, payload


def from_record(type_name: str, payload: dict[str, Any]) -> Event:
    """The event `to_record` gave, its values as the log wrote them (lists back to
    tuples where the class has tuples)."""
    event = codec.decoder(EVENT_TYPES[type_name], checked=False)(payload)
    assert isinstance(event, Event)
    return event


# Every event is made on a command's way (decide) or read back from the log: one dict
# handed over instead of a call per field (facilitation/records.py).
quick_init_all([Event])
