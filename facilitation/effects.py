"""Effects: what the chat platform must do now. The executor carries them out.

People and rooms are platform-neutral keys (strings) chosen by the adapter.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.records import quick_init_all


@dataclass(frozen=True)
class Effect:
    pass


@dataclass(frozen=True)
class Post(Effect):
    room: str
    text: str


@dataclass(frozen=True)
class PostPoll(Post):
    """A poll's message. Where the platform has reactions, the executor puts the
    numbered keycaps (1️⃣ 2️⃣ ...) under it, one per answer, so people can vote by
    clicking, and tells the core which message it is (`PollMessagePosted`)."""

    poll: int  # the poll's number in the workshop
    answers: int  # how many numbered reactions to offer


@dataclass(frozen=True)
class PostMaterial(Post):
    """A shared item (`!share`) in the main room: the executor posts it and pins it
    where the platform pins (PIN_MESSAGES). A pin the platform refuses comes back as
    `EffectFailed`, so the facilitator is told; the share still counts."""


@dataclass(frozen=True)
class SendPrivate(Effect):
    """A private message. If the platform has none, or it fails, the text goes to
    `room` addressed to `name`."""

    person_id: str
    room: str
    text: str
    name: str = ""
    essential: bool = True  # if False, skipped where the platform has no private messages
    # The "your room" note of a breakout: not needed where the platform shows people
    # their room itself (Capability.SHOWS_NEW_ROOMS).
    about_their_room: bool = False
    public_text: str = ""  # said in the room instead if it cannot go privately (reveals nothing)


@dataclass(frozen=True)
class AlertStaff(Effect):
    """An alert for the workshop's staff: posted in the staff room (if there is one)
    AND sent privately to each of `recipients` ((person id, name) pairs). If it reaches
    nobody, `public_text` (which reveals nothing) is said in `room` on the first try,
    and the executor answers `AlertUndelivered` with `record`, so the core tries again."""

    room: str
    staff_room: str
    text: str
    recipients: tuple[tuple[str, str], ...]
    public_text: str
    record: tuple[str, ...]
    alert_id: str = ""  # set when this is a retry of a kept alert
    attempt: int = 0
    # (room, message id) of the message the alert is about, for a link where the
    # platform can make one (`link_to_message`); empty if it is about no message.
    message: tuple[str, ...] = ()


@dataclass(frozen=True)
class CreateStaffRoom(Effect):
    """Make (or find, if config names one) a private room for the workshop's staff
    only; the platform answers with its key (a `StaffRoomMade` command)."""

    main_room: str
    title: str
    staff: tuple[str, ...]
    welcome: str


@dataclass(frozen=True)
class UpsertQueueMessage(Effect):
    """Edit the single queue message in place, or post it if there is none yet."""

    room: str
    text: str
    message_ref: str | None


@dataclass(frozen=True)
class SetFloor(Effect):
    """Only `speakers` may talk; `speakers` empty means everyone may talk again."""

    room: str
    speakers: tuple[str, ...]


@dataclass(frozen=True)
class SendNotes(Effect):
    """Render a workshop's notes and send the file privately to one person."""

    person_id: str
    room: str
    workshop_id: str
    format: str
    names: bool
    name: str = ""


@dataclass(frozen=True)
class CreateRooms(Effect):
    """Make one room per name, inviting its members; the platform answers with
    the rooms' keys (a `RoomsCreated` command)."""

    main_room: str
    breakout: int
    names: tuple[str, ...]
    members: tuple[tuple[str, ...], ...]
    # Staff in no group who join every room like the platform's facilitators: the lead
    # and the co-facilitators.
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class MovePeople(Effect):
    """Move people into `room` (voice), where the platform can force a move."""

    room: str
    person_ids: tuple[str, ...]


@dataclass(frozen=True)
class CloseRoom(Effect):
    """Archive a breakout room: read-only, history kept, nobody removed."""

    room: str
    main_room: str


@dataclass(frozen=True)
class InviteToSpeak(Effect):
    """The person just called to speak is invited to speak in the workshop's voice
    room, where the platform has one whose listeners must be invited (a Discord Stage:
    from the audience to the speakers). Only without floor control (with it, `SetFloor`
    puts the speaker on the stage). A courtesy: the call has been made, and the person
    can still ask to speak, so a failure is only logged. `turn` numbers the turn, so a
    platform may invite once per turn (a speaker who steps back stays back)."""

    room: str
    person_id: str
    turn: int


@dataclass(frozen=True)
class AddToRooms(Effect):
    """Staff named after rooms were made (co-facilitators) join them like the
    facilitators: each breakout room of `rooms` and, if it is one of `rooms`, the
    staff room. Adding someone already there changes nothing. A convenience (the
    facilitators can add them by hand), so a failure is only logged."""

    main_room: str
    rooms: tuple[str, ...]
    person_ids: tuple[str, ...]


@dataclass(frozen=True)
class RemoveFromRooms(Effect):
    """Staff no longer (a co-facilitator removed) leave the `rooms` they were let into
    as staff: the open small groups' (never one they are a member of) and, if it is one
    of `rooms`, the staff room. Taking out someone already gone changes nothing. A
    failure is reported to the facilitators."""

    main_room: str
    rooms: tuple[str, ...]
    person_ids: tuple[str, ...]


# Effects are made for every command (react) and dropped once carried out: one dict
# handed over instead of a call per field (facilitation/records.py).
quick_init_all([Effect])
