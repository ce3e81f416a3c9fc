"""Commands: what someone asked for, or what the clock or the platform reported.

Every command names who asked (`actor`), where (`room`, a platform-neutral
room key) and a `source_id` unique to its delivery (interaction id, Matrix
event id, console line number, timer id), so a command delivered twice is
recognised and has one effect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from facilitation.records import quick_init_all


class PlatformRole(StrEnum):
    """What the platform says about a person; the workshop may add co-facilitators."""

    FACILITATOR = "facilitator"
    PARTICIPANT = "participant"
    BOT = "bot"


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    platform_role: PlatformRole = PlatformRole.PARTICIPANT


SYSTEM = Actor(id="system", name="workshop-bot", platform_role=PlatformRole.BOT)


@dataclass(frozen=True, kw_only=True)
class Command:
    actor: Actor
    room: str
    source_id: str


# --- workshop lifecycle -----------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class StartWorkshop(Command):
    title: str
    scope: str
    agenda: tuple[str, ...] = ()
    cannot_change: str = ""
    ground_rules: tuple[str, ...] = ()
    complaints_route: str = ""
    out_of_scope: tuple[str, ...] = ()
    queue_order: str = "arrival"
    drift_sensitivity: str = "normal"
    drift_cooldown: int = 300
    # A named series this session belongs to. The caller fills `earlier_actions` (the
    # core cannot read other sessions): records laid out as facilitation.series.ACTION_FIELDS.
    series: str = ""
    earlier_actions: tuple[tuple[str, ...], ...] = ()
    # Who staff alerts name as the next step (from config): the local safeguarding
    # contact or procedure.
    safeguarding_contact: str = ""
    # The rung of the ladder of co-production (facilitation/ladder.py), or "".
    ladder: str = ""
    # Minutes for each agenda item (a plan's timed agenda), or () for an untimed one.
    agenda_minutes: tuple[int, ...] = ()
    # From a plan, shared or opened when their agenda item starts (facilitation/agenda.py):
    # materials as (item number from 1, title, link); polls as (item number, dots,
    # question, answer, answer, ...). All strings, like every event field.
    agenda_materials: tuple[tuple[str, ...], ...] = ()
    planned_polls: tuple[tuple[str, ...], ...] = ()
    # Breakouts as (item number, the text after `!breakout`), parsed by the core's own
    # parser when the item starts, so they are checked exactly like a typed one.
    planned_breakouts: tuple[tuple[str, ...], ...] = ()
    # Fields the person left out that the bot's settings fill (parser.CommandDefaults).
    # A command built from a slash command's options is made where the settings are
    # not known, so the bus fills these before the core decides (parser.with_defaults);
    # the core never reads this.
    unsaid: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class StartFromPlan(Command):
    """`!start plan: NAME`. The core reads no files: the bot (bot/plans.py) replaces this
    with the `StartWorkshop` the plan describes before the core sees it. `plan` is a
    bare name (no folders), checked by the parser."""

    plan: str


# --- the agenda (facilitation/agenda.py) ----------------------------------------


@dataclass(frozen=True, kw_only=True)
class NextAgendaItem(Command):
    """`!agenda next`: close this item and start the next (or finish the agenda).
    `seed` (chosen by the caller) places people in a planned breakout, if the next
    item has one."""

    seed: int | None = None


@dataclass(frozen=True, kw_only=True)
class ExtendAgendaItem(Command):
    """`!agenda extend 5m`: more time for the item now running."""

    seconds: int


# --- polls (facilitation/polls.py) ------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class OpenPoll(Command):
    """`!poll Question | A; B; C | dots: 3`: `dots` votes each (1: one vote each)."""

    question: str
    options: tuple[str, ...]
    dots: int = 1


@dataclass(frozen=True, kw_only=True)
class CastVote(Command):
    """`!vote 2` (or `!vote 1 1 3` with dots): option numbers from 1. A new vote
    replaces the person's earlier one."""

    choices: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class ClosePoll(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class ReactionVote(Command):
    """A numbered reaction (1️⃣ is 1) added to, or taken from, a message: a vote
    (one dot) if the message is a poll's. Built by the adapter, never typed."""

    message_ref: str
    choice: int  # from 1, as on the keycap
    added: bool  # False: the reaction was taken away, so is that vote


@dataclass(frozen=True, kw_only=True)
class PollMessagePosted(Command):
    """The platform posted poll `number`'s message: reactions on it are votes."""

    number: int
    message_ref: str


@dataclass(frozen=True, kw_only=True)
class MaterialMessagePosted(Command):
    """The platform posted and pinned a shared item's message (`PostMaterial`)."""

    message_ref: str


@dataclass(frozen=True, kw_only=True)
class ShareMaterial(Command):
    """`!share TITLE | LINK`: a link for everyone (a presentation, a leaflet)."""

    title: str
    link: str


@dataclass(frozen=True, kw_only=True)
class SetNudge(Command):
    """`!nudge on|off`: quiet voices (facilitation/voices.py)."""

    on: bool


@dataclass(frozen=True, kw_only=True)
class EndWorkshop(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class ChangeSetting(Command):
    """Edit scope, agenda, cannot-change, ground rules or complaints route.
    `values` has one item for a text setting, one per item for a list."""

    setting: str
    values: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AddCoFacilitator(Command):
    name: str


@dataclass(frozen=True, kw_only=True)
class RemoveCoFacilitator(Command):
    name: str


# --- speaker queue -----------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class RaiseHand(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class LowerHand(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class Pass(Command):
    """Give up your turn, or your place in the queue."""


@dataclass(frozen=True, kw_only=True)
class CallNext(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class CallPerson(Command):
    name: str


@dataclass(frozen=True, kw_only=True)
class RemoveFromQueue(Command):
    name: str


@dataclass(frozen=True, kw_only=True)
class LowerAllHands(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class FinishTurn(Command):
    """The current speaker has finished; the floor is open again."""


@dataclass(frozen=True, kw_only=True)
class SetQueueOrder(Command):
    order: str


@dataclass(frozen=True, kw_only=True)
class SetTimebox(Command):
    seconds: int


@dataclass(frozen=True, kw_only=True)
class SetFloorControl(Command):
    on: bool


# --- minutes and transcript --------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AddMinutesItem(Command):
    kind: str
    text: str
    owner: str = ""
    due: str = ""


@dataclass(frozen=True, kw_only=True)
class RecordProgress(Command):
    """What happened on action `number` (as numbered in this session); `done` closes it."""

    number: int
    text: str = ""
    done: bool = False


@dataclass(frozen=True, kw_only=True)
class Say(Command):
    """An ordinary chat message (not a command)."""

    text: str
    # Its label, if read ahead in the classifier's worker (facilitation/redirects.py
    # `ReadAhead`, set only by bot/bus.py); the core checks it was read from what it
    # would read now. Not part of the command's identity.
    read_ahead: object = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, kw_only=True)
class EditMessage(Command):
    """The platform says a message was edited (`actor` is its writer)."""

    message_id: str
    text: str


@dataclass(frozen=True, kw_only=True)
class DeleteMessage(Command):
    """The platform says a message was deleted."""

    message_id: str


@dataclass(frozen=True, kw_only=True)
class SetConsent(Command):
    recorded: bool


@dataclass(frozen=True, kw_only=True)
class ForgetMe(Command):
    """The person themself, confirmed: erase their words and replace their name."""


# --- breakouts ------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class OpenBreakout(Command):
    """Split into rooms. `groups` or `size` says how many; `assignment` says how.

    `seed` is chosen by the caller (the core has no randomness) so a run can be
    reproduced; `csv_source` is a file the caller reads into `csv_text`.
    """

    duration: int
    groups: int = 0
    size: int = 0
    names: tuple[str, ...] = ()
    assignment: str = "random"
    manual: tuple[tuple[str, str], ...] = ()  # (person, room name)
    csv_source: str = ""
    csv_text: str = ""
    together: tuple[tuple[str, str], ...] = ()
    apart: tuple[tuple[str, str], ...] = ()
    max_per_room: int = 0
    seed: int | None = None
    notice: int = 30
    reminder_offsets: tuple[int, ...] = (300, 60)
    grace: int = 60
    # Fields the person left out that the bot's settings fill (parser.CommandDefaults).
    # A command built from a slash command's options is made where the settings are
    # not known, so the bus fills these before the core decides (parser.with_defaults);
    # the core never reads this.
    unsaid: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class JoinRoom(Command):
    name: str


@dataclass(frozen=True, kw_only=True)
class ChooseQuiet(Command):
    quiet: bool


@dataclass(frozen=True, kw_only=True)
class ExtendBreakout(Command):
    seconds: int


@dataclass(frozen=True, kw_only=True)
class Regroup(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class Broadcast(Command):
    text: str


@dataclass(frozen=True, kw_only=True)
class AskForHelp(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class RecordReport(Command):
    text: str


# --- staying on scope --------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SetDrift(Command):
    """Pause or resume scope reminders, or change how soon they come."""

    paused: bool | None = None
    sensitivity: str = ""


@dataclass(frozen=True, kw_only=True)
class CorrectLabel(Command):
    """The bot got the last flagged message in this room wrong. `terms` are extra
    scope words to learn (besides the message's own, when it was on scope)."""

    label: str
    terms: tuple[str, ...] = ()
    number: int | None = None  # a recent message by its number (alerts give it), not the last
    link: str | None = None  # or by the platform's link to it (or its id)


# --- human routes (issue 20): a person, not only the classifier, can start each route ---


@dataclass(frozen=True, kw_only=True)
class AskComplaintRoute(Command):
    """Anyone: send me the complaints route privately."""


@dataclass(frozen=True, kw_only=True)
class SendRoute(Command):
    """Staff: send the named person the complaints route privately (counts a concern)."""

    name: str


@dataclass(frozen=True, kw_only=True)
class RecordConcern(Command):
    """Staff: record a safeguarding concern about the named person, privately."""

    name: str
    note: str = ""


# --- notes ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ExportNotes(Command):
    """Send the notes of this room's workshop (running, or the last one) privately."""

    format: str = "md"
    names: bool = False


# --- from the machinery ------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class TimerFired(Command):
    timer_id: str


@dataclass(frozen=True, kw_only=True)
class QueueMessagePosted(Command):
    """The platform posted the queue message; edit this one from now on."""

    message_ref: str


@dataclass(frozen=True, kw_only=True)
class RoomsCreated(Command):
    """The platform made the breakout rooms; `keys` in room order."""

    number: int
    keys: tuple[str, ...]


class Refusal(StrEnum):
    """Why the chat platform refused or failed what the bot asked, as the adapter
    reports it (adapters.base.PlatformRefused): a kind of its own, never the
    platform's error, so the facilitator is told what happened and what to do."""

    NO_PERMISSION = "no-permission"  # the bot lacks a permission (power level)
    NO_ACCESS = "no-access"  # the room is gone, or the bot cannot see it or is not in it
    TOO_FAST = "too-fast"  # still rate limited after the bot waited and tried again
    PLATFORM_DOWN = "platform-down"  # the platform failed (5xx) or could not be reached
    # The room's own settings leave no way to do it, so the adapter did not even ask
    # (Matrix: no power level between everyone's and the facilitators' to give a
    # speaker). The error's words are the adapter's, saying what to change.
    ROOM_SETTINGS = "room-settings"


@dataclass(frozen=True, kw_only=True)
class EffectFailed(Command):
    what: str
    reason: str
    # False when the platform was not at fault (say, the notes could not be made),
    # so nobody is sent to check the bot's permissions.
    platform: bool = True
    # What kind of refusal it was, where the adapter could tell (None: it could not).
    refusal: Refusal | None = None
    # Who had just asked for the effect by a command of theirs: "" when nobody did (a
    # timer, the bot's work in the background, effects redone after a restart). Only
    # a facilitator who asked can simply give the command again.
    asked_by: str = ""
    # The room a post was for, which the words name ("in the main room", "in Kitchen (a
    # small group's room)"): the core knows the rooms' names, the executor does not.
    # "" where `what` says it all.
    in_room: str = ""
    # When the bot does it again by itself, as a key of words.DONE_AGAIN ("": it does
    # not): the executor knows which effects a later step repeats.
    again: str = ""


@dataclass(frozen=True, kw_only=True)
class StaffRoomMade(Command):
    """The platform made (or config named) the workshop's staff room."""

    staff_room: str


@dataclass(frozen=True, kw_only=True)
class AlertUndelivered(Command):
    """A staff alert reached nobody (no staff room, no private message): keep it and
    try again. `record` is facilitation.alerts' record of what it was about."""

    alert_id: str
    record: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AlertReached(Command):
    """A staff alert that was kept to try again has reached someone at last."""

    alert_id: str


# --- questions: answered from state, never logged ---------------------------


@dataclass(frozen=True, kw_only=True)
class Query(Command):
    pass


@dataclass(frozen=True, kw_only=True)
class ShowQueue(Query):
    pass


@dataclass(frozen=True, kw_only=True)
class ShowAgenda(Query):
    pass


@dataclass(frozen=True, kw_only=True)
class ShowPoll(Query):
    """`!poll` alone (staff): the open poll's votes so far, privately."""


@dataclass(frozen=True, kw_only=True)
class ShowBalance(Query):
    """`!balance`: for staff, who has not been heard from and everyone's share."""


@dataclass(frozen=True, kw_only=True)
class ShowHelp(Query):
    topic: str = ""


@dataclass(frozen=True, kw_only=True)
class ShowStatus(Query):
    pass


@dataclass(frozen=True, kw_only=True)
class AskToForget(Query):
    """`!forgetme` without `confirm`: what it would do, and how to confirm."""


# What people can note; a group "report" is noted by the bot when groups come back.
NOTE_KINDS = ("topic", "info", "idea", "action", "agreed", "parking")
MINUTES_KINDS = (*NOTE_KINDS, "report")
EXPORT_FORMATS = ("md", "html", "docx", "csv", "json")
EXPORT_ALL = "all"  # every format above, one file each (as `workshop-bot export --format all`)
ASSIGNMENTS = ("random", "manual", "self", "csv", "reuse")
SETTINGS = ("scope", "agenda", "cannot_change", "ground_rules", "complaints_route", "out_of_scope")
LABELS = ("on_scope", "off_scope", "complaint", "safeguarding", "chatter")
SENSITIVITIES = ("low", "normal", "high")
QUEUE_ORDERS = ("arrival", "fair")


# A command and its actor are made for every message that reaches the bot: one dict
# handed over instead of a call per field (facilitation/records.py).
quick_init_all([Command, Actor])
