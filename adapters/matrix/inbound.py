"""Matrix events in: raw event dicts become what the core hears.

Typed text (a command or chat) stays text, for the parser; everything else is a
typed command (`Incoming.command`): a ✋ reaction on the queue message is
`RaiseHand`, its redaction `LowerHand`, an edit `EditMessage`, a redaction of a
message `DeleteMessage`, so nothing a person did not type is parsed as text.

Only plain strings, `Actor` and commands leave this module. Room keys are
"matrix:!roomid:server", person ids "matrix:@user:server", and the source id
is the Matrix event id, so a redelivered event is recognised by the core.
An edit (`m.replace`) or a redaction also names the event it changes
(`Incoming.message_id`); the adapter checks that event before telling the core.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from adapters.base import act_command
from facilitation import commands as cmd
from facilitation.commands import Actor, PlatformRole

PREFIX = "matrix:"
RAISED_HAND = "\u270b"  # ✋
_SKIN_TONES = "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
TEXT_MSGTYPES = ("m.text", "m.emote")
# Files: the spec (m.file and the other media msgtypes, since v1.10) makes `body` a
# caption when `filename` is present, so a file sent with "!share TITLE" says so.
FILE_MSGTYPES = ("m.file", "m.image", "m.video", "m.audio")


def room_key(room_id: str) -> str:
    return f"{PREFIX}{room_id}"


def room_id_of(key: str) -> str:
    if not key.startswith(PREFIX + "!"):
        raise ValueError(f"{key!r} is not a Matrix room key")
    return key.removeprefix(PREFIX)


def person_id(user_id: str) -> str:
    return f"{PREFIX}{user_id}"


def user_id_of(person: str) -> str:
    if not person.startswith(PREFIX + "@"):
        raise ValueError(f"{person!r} is not a Matrix person id")
    return person.removeprefix(PREFIX)


def localpart(user_id: str) -> str:
    return user_id.removeprefix("@").split(":", 1)[0]


def is_raised_hand(key: str) -> bool:
    """✋ with or without the emoji variation selector or a skin tone."""
    return key.rstrip("\ufe0f" + _SKIN_TONES) == RAISED_HAND


def strip_reply_fallback(body: str) -> str:
    """A reply's body starts with quoted lines of the message replied to; drop them."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


class Kind(StrEnum):
    TEXT = "text"  # typed: a command or chat
    HAND = "hand"  # ✋ on the queue message
    LOWER = "lower"  # that ✋ was taken back
    ENCRYPTED = "encrypted"  # the bot cannot read it
    EDIT = "edit"  # an m.replace of a message: `text` is its new body
    DELETE = "delete"  # a redaction (not of a known ✋): `message_id` was redacted


@dataclass(frozen=True)
class Incoming:
    kind: Kind
    text: str  # TEXT: what was typed; EDIT: the new text; "" for the others
    actor: Actor
    room: str
    source_id: str
    reacts_to: str = ""  # for HAND: the message reacted to
    message_id: str = ""  # for EDIT and DELETE: the event edited or redacted
    attachment: str = ""  # for a file captioned with a command: a link to the file's event

    def command(self) -> cmd.Command:
        """The typed command for what a person did but did not type (a ✋, taking it
        back, an edit, a redaction); typed text goes to the parser instead."""
        command = act_command(
            self.kind,
            actor=self.actor,
            room=self.room,
            source_id=self.source_id,
            message_id=self.message_id,
            text=self.text,
        )
        if command is None:
            raise ValueError(f"{self.kind} is typed text or nothing for the core, not a command")
        return command


def event_link(room_id: str, event_id: str) -> str:
    """A matrix.to link to an event (spec, "Matrix URIs": matrix.to permalinks).
    Used for a shared file rather than its media download URL, which since Synapse's
    authenticated media needs the reader's access token, so would not open in a
    browser; the link opens the file in the person's own Matrix app."""
    return f"https://matrix.to/#/{quote(room_id, safe='')}/{quote(event_id, safe='')}"


@dataclass
class RoomView:
    """What inbound needs to know about a room, supplied by the adapter."""

    level_of: Callable[[str], int]  # user id -> power level in this room
    name_of: Callable[[str], str]  # user id -> display name
    is_direct: bool = False  # a private-message room the bot made


class Reader:
    def __init__(
        self,
        bot_user_id: str,
        *,
        prefix: str = "!",
        facilitator_power_level: int = 50,
        facilitator_user_ids: tuple[str, ...] = (),
    ) -> None:
        self.bot_user_id = bot_user_id
        self.prefix = prefix
        self.facilitator_power_level = facilitator_power_level
        self.facilitator_user_ids = frozenset(facilitator_user_ids)

    def actor(self, user_id: str, room: RoomView) -> Actor:
        """Facilitator by power level in this room or by config. In a private-message
        room everyone is a participant there, so a DM never gives more rights."""
        listed = user_id in self.facilitator_user_ids
        by_level = not room.is_direct and room.level_of(user_id) >= self.facilitator_power_level
        role = PlatformRole.FACILITATOR if listed or by_level else PlatformRole.PARTICIPANT
        name = room.name_of(user_id) or localpart(user_id)
        return Actor(id=person_id(user_id), name=name, platform_role=role)

    def read(
        self,
        room_id: str,
        event: dict,
        room: RoomView,
        *,
        queue_messages: Callable[[str], bool],
        hand_reaction: Callable[[str], tuple[str, str] | None],
    ) -> Incoming | None:
        """What a timeline event means for the bot, or None to ignore it.

        `queue_messages(event_id)` says whether an event is a queue message;
        `hand_reaction(event_id)` gives (room id, sender) of a known ✋ reaction."""
        sender = event.get("sender", "")
        event_id = event.get("event_id", "")
        if not sender or not event_id or sender == self.bot_user_id:
            return None
        kind = event.get("type")
        content = event.get("content") or {}
        key = room_key(room_id)
        if kind == "m.room.message":
            return self._message(content, sender, room, key, event_id)
        if kind == "m.reaction":
            relates = content.get("m.relates_to") or {}
            target = relates.get("event_id", "")
            if (
                relates.get("rel_type") == "m.annotation"
                and is_raised_hand(relates.get("key", ""))
                and queue_messages(target)
            ):
                actor = self.actor(sender, room)
                return Incoming(Kind.HAND, "", actor, key, event_id, target)
            return None
        if kind == "m.room.redaction":
            redacts = event.get("redacts") or content.get("redacts", "")
            if not redacts:
                return None
            known = hand_reaction(redacts)
            if known:
                if known != (room_id, sender):
                    return None  # a moderator's redaction of someone's ✋ is not theirs
                return Incoming(Kind.LOWER, "", self.actor(sender, room), key, event_id)
            actor = self.actor(sender, room)
            return Incoming(Kind.DELETE, "", actor, key, event_id, message_id=redacts)
        if kind == "m.room.encrypted":
            return Incoming(Kind.ENCRYPTED, "", self.actor(sender, room), key, event_id)
        return None

    def _message(
        self, content: dict, sender: str, room: RoomView, key: str, event_id: str
    ) -> Incoming | None:
        if content.get("msgtype") in FILE_MSGTYPES:
            return self._file(content, sender, room, key, event_id)
        # m.notice is what bots send: never answered, whoever sent it.
        if content.get("msgtype") not in TEXT_MSGTYPES:
            return None
        relates = content.get("m.relates_to") or {}
        if relates.get("rel_type") == "m.replace":
            return self._edit(content, relates, sender, room, key, event_id)
        text = self.text_of(content)
        if not text:
            return None
        return Incoming(Kind.TEXT, text, self.actor(sender, room), key, event_id)

    def _file(
        self, content: dict, sender: str, room: RoomView, key: str, event_id: str
    ) -> Incoming | None:
        """A file whose caption is a command (`!share TITLE`): the command, with a
        link to the file. A file with no caption, or a caption that is chat, is not
        read (the bot keeps no copy of files people send)."""
        filename = content.get("filename")
        caption = self.text_of(content) if filename and filename != content.get("body") else ""
        if not caption or not self.is_command(caption):
            return None
        link = event_link(room_id_of(key), event_id)
        return Incoming(
            Kind.TEXT, caption, self.actor(sender, room), key, event_id, attachment=link
        )

    def _edit(
        self, content: dict, relates: dict, sender: str, room: RoomView, key: str, event_id: str
    ) -> Incoming | None:
        """An edit: its new version is in `m.new_content` (the outer body is a
        "* ..." fallback). An edit never runs a command: one whose new text is a
        command is ignored (the adapter also ignores edits *of* commands)."""
        new = content.get("m.new_content")
        original = relates.get("event_id")
        if not isinstance(new, dict) or not isinstance(original, str) or not original:
            return None
        if new.get("msgtype") not in TEXT_MSGTYPES:
            return None
        text = self.text_of(new)
        if not text or self.is_command(text):
            return None
        actor = self.actor(sender, room)
        return Incoming(Kind.EDIT, text, actor, key, event_id, message_id=original)

    def is_command(self, text: str) -> bool:
        return text.lstrip().startswith(self.prefix)

    @staticmethod
    def text_of(content: dict) -> str:
        """A message's typed text: its body without a reply's quote or trailing space."""
        body = content.get("body")
        if not isinstance(body, str):
            return ""
        relates = content.get("m.relates_to") or {}
        text = strip_reply_fallback(body) if "m.in_reply_to" in relates else body
        return re.sub(r"\s+$", "", text)
