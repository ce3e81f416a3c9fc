"""The port every chat adapter implements, in platform-neutral terms.

Rooms, people and messages are opaque strings chosen by the adapter (for
example "console:main", "matrix:!abc:example.org"). No discord.py or nio type
ever crosses this line: the core and `bot/` see only these.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ParamSpec, Protocol, TypeVar, runtime_checkable

from facilitation import commands as cmd
from facilitation.commands import Actor, Command


class Capability(StrEnum):
    PRIVATE_MESSAGES = "private messages"
    EDIT_MESSAGES = "edit messages"
    PIN_MESSAGES = "pin messages"
    REACTIONS = "reactions"
    FLOOR_CONTROL = "mute all but the speaker"
    FORCE_MOVE = "move people between voice rooms"
    LOCAL_FILES = "people type at this machine, so commands may name its files"
    FILES = "send a file to one person privately"
    # Sends take a `key=` argument: a send repeated with the same key (after a crash,
    # say) is done once. Keys are plain strings, unique for good.
    REPEAT_SAFE = "a send repeated with the same key is done once"
    # Someone put in a breakout room is shown it by the platform itself (a private
    # thread they are added to, a channel they may now see), so the courtesy note
    # "you are in the room ..." (SendPrivate.about_their_room) would only cost one
    # request per person, and on Discord one DM channel opened each (40003 past a few).
    SHOWS_NEW_ROOMS = "people put in a room are shown it by the platform"


class PlatformRefused(Exception):
    """What an adapter raises when its platform refused or failed a request: the kind
    of refusal (`cmd.Refusal`, None where the adapter cannot tell), chosen by the
    adapter from its platform's own error, which stays behind the port (it is the
    exception's `__cause__`; str() is its words, for the log and the facilitator)."""

    def __init__(self, detail: str, refusal: cmd.Refusal | None = None) -> None:
        super().__init__(detail)
        self.refusal = refusal


P = ParamSpec("P")
R = TypeVar("R")


def refusals_named(
    refusal_of: Callable[[BaseException], cmd.Refusal | None],
) -> Callable[[Callable[P, Coroutine[Any, Any, R]]], Callable[P, Coroutine[Any, Any, R]]]:
    """A decorator for an adapter's port methods: an error its platform raised that
    `refusal_of` knows a kind for leaves as `PlatformRefused` (same words, that kind);
    any other error leaves as it was."""

    def decorate(
        method: Callable[P, Coroutine[Any, Any, R]],
    ) -> Callable[P, Coroutine[Any, Any, R]]:
        @functools.wraps(method)
        async def named(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return await method(*args, **kwargs)
            except PlatformRefused:
                raise
            except Exception as error:
                refusal = refusal_of(error)
                if refusal is None:
                    raise
                raise PlatformRefused(str(error) or type(error).__name__, refusal) from error

        return named

    return decorate


@dataclass(frozen=True)
class Reply:
    """One private message to the person whose command it was: a text (one message's
    worth, within `max_message_chars`) or a file, with the key its send would have."""

    text: str = ""
    file: tuple[str, bytes] | None = None  # (file name, content)
    key: str = ""


async def _nothing_under_way() -> None:
    """An outcome whose replies wait for nothing (none were kept from a stored command)."""


@dataclass(frozen=True)
class Outcome:
    """How a command went, answered to the adapter that handed it in.

    `accepted` is False if it was refused, not understood or broken (the reason is
    among the replies). `replies` are the private messages this command (not its
    follow-ups, not timers) had for the person who sent it. Asked with
    `answer_here=True`, the bus leaves them unsent and the adapter must deliver them
    where the person asked (Discord: an ephemeral answer to their slash command);
    otherwise they were sent as usual and are only for the adapter to read.

    `answered`: for the adapter that asked to answer here, to await once it has
    given the replies (or sent them on some other way). Until then they count as
    under way, so the workshop's outbox mark does not pass the events they answer: a
    kill before they are given leaves them to the restart, which sends them as
    the private messages they are. Not awaited (the adapter was cut short), they
    stay under way until that restart."""

    accepted: bool
    replies: tuple[Reply, ...] = ()
    answered: Callable[[], Awaitable[None]] = field(
        default=_nothing_under_way, compare=False, repr=False
    )


class TextHandler(Protocol):
    """What an adapter calls for each message typed by a person (see `Outcome`).
    `attachment` is a web link to a file sent with the message (`!share TITLE`)."""

    def __call__(
        self,
        text: str,
        *,
        actor: Actor,
        room: str,
        source_id: str,
        attachment: str = "",
        answer_here: bool = False,
    ) -> Awaitable[Outcome]: ...


class CommandHandler(Protocol):
    """Where an adapter hands every command that is not typed text (✋ and taking it
    back, a Stage request, numbered votes, edits and deletions of messages, a slash
    command built from its option): the bus's `dispatch`, which cleans every field at
    the door. `answer_here` as for `TextHandler`."""

    def __call__(self, command: Command, *, answer_here: bool = False) -> Awaitable[Outcome]: ...


# The main room of the running workshop a room (main or breakout) belongs to, or None
# where no workshop runs: all an adapter learns of workshops (never their state).
RoomLookup = Callable[[str], str | None]


class StateBackend(Protocol):
    """Somewhere to keep small JSON objects by key (for the bot, its `EventStore`)."""

    async def get_adapter_state(self, key: str) -> dict[str, Any] | None: ...

    async def set_adapter_state(self, key: str, value: dict[str, Any]) -> None: ...


class ChatPort(Protocol):
    """What the executor asks of every platform. Methods marked "Only with" are
    called only when `capabilities` says so, but every adapter has them."""

    # Read-only for the bot (properties; a plain attribute satisfies them).
    @property
    def capabilities(self) -> frozenset[Capability]: ...

    # The longest message the platform takes, in characters; 0 for no limit. Longer
    # texts are sent in parts (facilitation.text.split_message).
    @property
    def max_message_chars(self) -> int: ...

    async def post(self, room: str, text: str) -> str:
        """Post a message; return a reference that `edit` and `pin` accept."""
        ...

    async def edit(self, room: str, message_ref: str, text: str) -> None: ...

    async def pin(self, room: str, message_ref: str) -> None:
        """Pin the speaker queue message (✋ on it raises a hand)."""
        ...

    async def pin_item(self, room: str, message_ref: str) -> None:
        """Only with PIN_MESSAGES. Pin any other message (a shared item); pinning
        one already pinned changes nothing."""
        ...

    async def send_private(self, person_id: str, text: str) -> None: ...

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        """Only `speakers` may talk; an empty tuple lets everyone talk again."""
        ...

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        *,
        also: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        """Make breakout rooms with their members invited; return their keys in order.
        `also`: staff in no group (the lead, co-facilitators) who may join every room
        like the platform's facilitators, where the platform can let them."""
        ...

    async def close_room(self, room: str, main_room: str) -> None:
        """Make a breakout room read-only and archived; keep its history; remove nobody."""
        ...

    async def send_file(self, person_id: str, filename: str, content: bytes) -> None:
        """Send a file privately. Only with Capability.FILES."""
        ...

    async def move(self, room: str, person_ids: tuple[str, ...]) -> None:
        """Move people (in voice) into `room`. Only with Capability.FORCE_MOVE."""
        ...


class RepeatSafeChatPort(ChatPort, Protocol):
    """The port of a platform with Capability.REPEAT_SAFE: the sends take `key`, and a
    send repeated with the same non-empty key is done once (an empty key: no promise).
    The executor passes `key` only to these."""

    async def post(self, room: str, text: str, key: str = "") -> str: ...

    async def edit(self, room: str, message_ref: str, text: str, key: str = "") -> None: ...

    async def send_private(self, person_id: str, text: str, key: str = "") -> None: ...

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        key: str = "",
        *,
        also: tuple[str, ...] = (),
        earlier_keys: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        """`earlier_keys`: what this same request was keyed under by an earlier version
        of the bot; rooms made under one of them count as made under `key` (an upgrade
        in the middle of making rooms makes the missing ones only)."""
        ...

    async def close_room(self, room: str, main_room: str, key: str = "") -> None: ...

    async def send_file(
        self, person_id: str, filename: str, content: bytes, key: str = ""
    ) -> None: ...


class Runs(Protocol):
    # Set once the adapter can send (logged in, first sync done): the bot starts its
    # timers and catches up on interrupted work only then.
    ready: asyncio.Event

    async def run(self, on_text: TextHandler) -> None:
        """Receive from the platform until stopped, handing typed text to `on_text`."""
        ...


class Adapter(ChatPort, Runs, Protocol):
    """A whole chat adapter: the port, and a loop that receives."""


class RepeatSafeAdapter(RepeatSafeChatPort, Runs, Protocol):
    """A whole chat adapter whose sends are repeat-safe (Matrix, Discord)."""


# --- Optional abilities -----------------------------------------------------------
# An adapter may have any of these as well. Each is checked once, by `abilities_of`
# (bootstrap builds the record; the executor keeps it), so nothing else asks an
# adapter what it has. runtime_checkable looks only for the method's name; the type
# checker checks the signatures wherever an adapter is passed as the protocol.


@runtime_checkable
class ServesSomeRooms(Protocol):
    """A process that hears only some rooms (a sharded Discord process): it must never
    take over a workshop whose messages it cannot receive."""

    def handles_room(self, room: str) -> bool: ...


@runtime_checkable
class ReportsCommands(Protocol):
    """Hands what people do but do not type (✋, edits, deletions ...) as typed
    commands to `on_command`; call before `run`."""

    def deliver_commands_to(self, on_command: CommandHandler) -> None: ...


@runtime_checkable
class KeepsState(Protocol):
    """Keeps what must survive a restart (sync token, device ...) in `backend`; call
    before `run`."""

    def keep_state_in(self, backend: StateBackend) -> None: ...


@runtime_checkable
class KnowsWorkshopRooms(Protocol):
    """Acts only in rooms where a workshop runs (Discord: a server's other channels are
    left alone), asking `lookup`; call before `run`."""

    def workshop_rooms_from(self, lookup: RoomLookup) -> None: ...


@runtime_checkable
class OffersReactions(Protocol):
    """Puts reactions under a message for people to click (a poll's numbers)."""

    async def offer_reactions(self, room: str, message_ref: str, emojis: Sequence[str]) -> None: ...


@runtime_checkable
class LimitsFileSize(Protocol):
    """The largest file the platform takes from the bot, in bytes (0: no limit known).
    The executor checks a file against it before sending, so a file too big is
    answered in words and not refused on the way (Discord: 413 / 40005)."""

    async def max_file_bytes(self) -> int: ...


@runtime_checkable
class InvitesToSpeak(Protocol):
    """Invites someone called to speak onto the stage of the workshop's voice room, if
    they are in its audience (a Discord Stage); `turn` numbers the turn, so a repeat of
    the same turn (after a restart, say) invites once. True if invited."""

    async def invite_to_speak(self, room: str, person_id: str, turn: int) -> bool: ...


@runtime_checkable
class AddsToRooms(Protocol):
    """Lets staff named since into rooms already made (`main_room`'s small groups and
    its staff room), like its facilitators; someone already in changes nothing."""

    async def add_to_rooms(
        self, main_room: str, rooms: tuple[str, ...], person_ids: tuple[str, ...]
    ) -> None: ...


@runtime_checkable
class RemovesFromRooms(Protocol):
    """Takes staff no longer (a co-facilitator removed) out of rooms they were let into
    as staff: `main_room`'s open small groups. Someone not there changes nothing; every
    room is tried, and a failure is raised after, for the facilitators to hear of."""

    async def remove_from_rooms(
        self, main_room: str, rooms: tuple[str, ...], person_ids: tuple[str, ...]
    ) -> None: ...


# The two staff abilities take `key=` like the port's sends: on a platform with
# Capability.REPEAT_SAFE a repeat with the same non-empty key is done once; any
# other platform is only ever given "" (no promise).


@runtime_checkable
class MakesStaffRooms(Protocol):
    """Makes a private staff room for a workshop; returns its key. Without this,
    staff alerts go to each facilitator privately."""

    async def create_staff_room(
        self, main_room: str, title: str, staff: tuple[str, ...], welcome: str, key: str = ""
    ) -> str: ...


@runtime_checkable
class PostsToStaff(Protocol):
    """Posts in a staff room, inviting staff missing from it; True if a person there
    can see the post. Without this, a post that worked counts as seen."""

    async def post_to_staff(
        self, staff_room: str, text: str, staff: tuple[str, ...], key: str = ""
    ) -> bool: ...


@runtime_checkable
class LinksToMessages(Protocol):
    """A link that opens one message, for staff alerts."""

    async def link_to_message(self, room: str, message_id: str) -> str: ...


@runtime_checkable
class KnowsPrivateReach(Protocol):
    """Whether a private message reaches a person (Matrix: they have joined the private
    room). Without this, a private message sent counts as reaching them."""

    async def reaches_privately(self, person_id: str) -> bool: ...


@runtime_checkable
class MaySendPrivateLater(Protocol):
    """A platform that may send a private message later than asked (Discord: a DM
    refused for opening DMs too fast waits and is tried again for about four minutes),
    and so may learn only then that it cannot go. Before each private send the executor
    says where to tell of it if it never goes: `notice` in `room`, words that name the
    person but never say what the message said ("": tell nobody, it was a courtesy)."""

    def if_never_sent(self, person_id: str, key: str, room: str, notice: str) -> None: ...


@dataclass(frozen=True)
class PartNotDone:
    """Part of making rooms that failed without failing them (Matrix: a room made and
    used, but not added to the Space). `part` names it within its call, for a report's
    source id that a repeat of the call (after a restart) gives again; `again`: a key
    of words.DONE_AGAIN."""

    what: str
    reason: str
    refusal: cmd.Refusal | None
    again: str
    part: str


@runtime_checkable
class ReportsPartsNotDone(Protocol):
    """What `create_rooms` or `create_staff_room` left undone, taken once by the
    executor right after the call (by the main room and the call's `key`) and returned
    as failures to report, so they are stored, or the call is done again after a
    restart, like any other failure: never sent from a task of the adapter's own."""

    def parts_not_done(self, main_room: str, key: str) -> list[PartNotDone]: ...


@dataclass(frozen=True)
class Abilities:
    """The optional abilities of one adapter; None where it lacks one."""

    serves_some_rooms: ServesSomeRooms | None = None
    reports_commands: ReportsCommands | None = None
    keeps_state: KeepsState | None = None
    knows_workshop_rooms: KnowsWorkshopRooms | None = None
    offers_reactions: OffersReactions | None = None
    invites_to_speak: InvitesToSpeak | None = None
    adds_to_rooms: AddsToRooms | None = None
    removes_from_rooms: RemovesFromRooms | None = None
    makes_staff_rooms: MakesStaffRooms | None = None
    posts_to_staff: PostsToStaff | None = None
    links_to_messages: LinksToMessages | None = None
    knows_private_reach: KnowsPrivateReach | None = None
    may_send_private_later: MaySendPrivateLater | None = None
    reports_parts_not_done: ReportsPartsNotDone | None = None
    limits_file_size: LimitsFileSize | None = None


def abilities_of(adapter: object) -> Abilities:
    """Which optional abilities `adapter` has (the one place that asks)."""
    return Abilities(
        serves_some_rooms=adapter if isinstance(adapter, ServesSomeRooms) else None,
        reports_commands=adapter if isinstance(adapter, ReportsCommands) else None,
        keeps_state=adapter if isinstance(adapter, KeepsState) else None,
        knows_workshop_rooms=adapter if isinstance(adapter, KnowsWorkshopRooms) else None,
        offers_reactions=adapter if isinstance(adapter, OffersReactions) else None,
        invites_to_speak=adapter if isinstance(adapter, InvitesToSpeak) else None,
        adds_to_rooms=adapter if isinstance(adapter, AddsToRooms) else None,
        removes_from_rooms=adapter if isinstance(adapter, RemovesFromRooms) else None,
        makes_staff_rooms=adapter if isinstance(adapter, MakesStaffRooms) else None,
        posts_to_staff=adapter if isinstance(adapter, PostsToStaff) else None,
        links_to_messages=adapter if isinstance(adapter, LinksToMessages) else None,
        knows_private_reach=adapter if isinstance(adapter, KnowsPrivateReach) else None,
        may_send_private_later=adapter if isinstance(adapter, MaySendPrivateLater) else None,
        reports_parts_not_done=adapter if isinstance(adapter, ReportsPartsNotDone) else None,
        limits_file_size=adapter if isinstance(adapter, LimitsFileSize) else None,
    )


Clock = Callable[[], float]


def act_command(
    kind: str, *, actor: Actor, room: str, source_id: str, message_id: str = "", text: str = ""
) -> Command | None:
    """The typed command for what a person did but did not type, the same on every
    platform: a ✋ ("hand"), taking it back ("lower"), an edit ("edit": ``text`` is the
    new text) or a deletion ("delete"). None for anything else (typed text goes to the
    parser). Each adapter's inbound module says which of its events is which kind."""
    match kind:
        case "hand":
            return cmd.RaiseHand(actor=actor, room=room, source_id=source_id)
        case "lower":
            return cmd.LowerHand(actor=actor, room=room, source_id=source_id)
        case "edit":
            return cmd.EditMessage(
                actor=actor, room=room, source_id=source_id, message_id=message_id, text=text
            )
        case "delete":
            return cmd.DeleteMessage(
                actor=actor, room=room, source_id=source_id, message_id=message_id
            )
    return None
