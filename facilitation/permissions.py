"""Who may run each command: one table, used by the engine and by docs/security.md.

Roles come from this workshop only (its lead facilitator and co-facilitators) plus
what the platform says about the person *in this room* (a facilitator role or power
level). Being a facilitator of another workshop, room or server gives nothing here.
A breakout room belongs to its workshop, so the same rules apply there.
"""

from __future__ import annotations

from enum import StrEnum

from facilitation import commands as cmd
from facilitation import words
from facilitation.state import Role, WorkshopState


class Who(StrEnum):
    EVERYONE = "everyone"
    SPEAKER_OR_STAFF = "the speaker, staff"
    STAFF = "staff"
    FACILITATOR = "facilitator"
    PLATFORM_FACILITATOR = "facilitator (by the platform's role or power level)"
    THE_BOT = "the bot itself"


# Facilitator-only commands, with the words that finish "Only a facilitator can ...".
FACILITATOR_ONLY: dict[type[cmd.Command], str] = {
    cmd.EndWorkshop: "end the workshop",
    cmd.ChangeSetting: "change the workshop's settings",
    cmd.AddCoFacilitator: "add a co-facilitator",
    cmd.RemoveCoFacilitator: "remove a co-facilitator",
    cmd.SetQueueOrder: "change how the queue is ordered",
    cmd.SetTimebox: "limit speaking time",
    cmd.SetFloorControl: "turn floor control on or off",
    cmd.OpenBreakout: "split people into groups",
    cmd.ExtendBreakout: "give the groups more time",
    cmd.Regroup: "bring the groups back",
    cmd.SetDrift: "change the reminders to stay on the topic",
    cmd.ExportNotes: "send the notes",
}
STAFF_ONLY: dict[type[cmd.Command], str] = {
    cmd.CallNext: "call the next speaker",
    cmd.CallPerson: "call someone to speak",
    cmd.RemoveFromQueue: "take someone else's hand down",
    cmd.LowerAllHands: "take every hand down",
    cmd.Broadcast: "send a message to every room",
    cmd.CorrectLabel: "correct how a message was treated",
    cmd.SendRoute: "send someone the complaints route",
    cmd.RecordConcern: "record a safeguarding concern",
    cmd.RecordProgress: "record progress on an action",
    cmd.NextAgendaItem: "move on to the next agenda item",
    cmd.ExtendAgendaItem: "give an agenda item more time",
    cmd.OpenPoll: "start a poll",
    cmd.ClosePoll: "close the poll",
    cmd.ShareMaterial: "share a link with everyone",
    cmd.SetNudge: "turn nudges for quiet people on or off",
    cmd.ShowBalance: "see who has spoken and how much",
    cmd.ShowPoll: "see the votes before the poll is closed",
}
OPEN_MINUTES_KINDS = ("idea", "info", "parking")  # anyone may note these (and park a point)
MACHINERY = (
    cmd.TimerFired,
    cmd.QueueMessagePosted,
    cmd.PollMessagePosted,
    cmd.MaterialMessagePosted,
    cmd.EffectFailed,
    cmd.RoomsCreated,
    cmd.StaffRoomMade,
    cmd.AlertUndelivered,
    cmd.AlertReached,
)


# who_may_kind's answers, worked out once per command type: it is asked for every
# command a person sends. (Not for minutes items, whose answer depends on a kind the
# person typed.) A plain dict, not functools.cache: mypy checks a class passed to a
# cached function against Hashable and refuses it.
_WHO: dict[type[cmd.Command], Who] = {}


def who_may(command: cmd.Command) -> Who:
    """Who may run this command (for minutes items, it depends on the kind)."""
    if isinstance(command, cmd.AddMinutesItem):
        return who_may_kind(type(command), command.kind)
    kind = type(command)
    who = _WHO.get(kind)
    if who is None:
        who = _WHO[kind] = who_may_kind(kind)
    return who


def who_may_kind(kind: type[cmd.Command], notes_kind: str = "") -> Who:
    """Who may run a command of this type; `notes_kind` is a minutes item's kind.

    By type, so facilitation/vocabulary.py can sort the help and the slash commands
    by role without making a command first."""
    if issubclass(kind, MACHINERY):
        return Who.THE_BOT
    if issubclass(kind, cmd.StartWorkshop | cmd.StartFromPlan):
        return Who.PLATFORM_FACILITATOR
    if kind in FACILITATOR_ONLY:
        return Who.FACILITATOR
    if kind in STAFF_ONLY:
        return Who.STAFF
    if issubclass(kind, cmd.AddMinutesItem) and notes_kind not in OPEN_MINUTES_KINDS:
        return Who.STAFF
    if issubclass(kind, cmd.FinishTurn):
        return Who.SPEAKER_OR_STAFF
    return Who.EVERYONE


def refusal(state: WorkshopState, command: cmd.Command) -> str | None:
    """The plain sentence refusing this person this command, or None if they may.

    Only for commands people type (the machinery's are never refused here)."""
    who = who_may(command)
    actor = command.actor
    if who is Who.EVERYONE or who is Who.THE_BOT:
        return None
    if who is Who.PLATFORM_FACILITATOR:
        if actor.platform_role is cmd.PlatformRole.FACILITATOR:
            return None
        return words.only_facilitators("start a workshop")
    role = state.role_of(actor.id, actor.platform_role is cmd.PlatformRole.FACILITATOR)
    if who is Who.FACILITATOR:
        return None if role is Role.FACILITATOR else words.only_facilitators(_what(command))
    if role is not Role.PARTICIPANT:
        return None
    if who is Who.SPEAKER_OR_STAFF:
        # With nobody speaking there is no turn to end: the engine says so instead.
        speaking = state.speaker is None or state.speaker.person_id == actor.id
        return None if speaking else words.only_speaker_or_staff()
    return words.only_staff(_what(command))


def _what(command: cmd.Command) -> str:
    kind = type(command)
    if kind in FACILITATOR_ONLY:
        return FACILITATOR_ONLY[kind]
    if kind in STAFF_ONLY:
        return STAFF_ONLY[kind]
    assert isinstance(command, cmd.AddMinutesItem)
    return f"add {words.minutes_noun(command.kind)} to the notes"
