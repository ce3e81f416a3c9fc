"""Discord in: messages, ✋ reactions and slash commands become what the core hears.

Typed text (a message: a command or chat) stays text, for the parser; the rest is
a typed command (`Incoming.command`): ✋ on the queue message is `RaiseHand`,
taking it away `LowerHand`, an edit `EditMessage`, a deletion `DeleteMessage`.

Only plain strings, `Actor` and commands leave this module. Room keys are
"discord:<channel id>" (a thread is a channel too), person ids
"discord:<user id>", and a source id is "discord:<message or interaction id>",
so a redelivered event is recognised by the core.

An edit or a deletion names the message it changes (`Incoming.message_id`, the
source id the message came in with); an edit's own source id is
"discord:edit:<message id>:<edited timestamp>", a deletion's
"discord:delete:<message id>".

Who is a facilitator: someone with a configured role *in the guild where they
act*, or a configured user. Nobody is a facilitator in a DM.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

import discord

from adapters.base import act_command
from facilitation import commands as cmd
from facilitation.commands import SYSTEM, Actor, PlatformRole

PREFIX = "discord:"
RAISED_HAND = "\u270b"  # ✋
_SKIN_TONES = "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
# Message types people write: a plain message and a reply.
_TYPED = (discord.MessageType.default, discord.MessageType.reply)


def room_key(channel_id: int) -> str:
    return f"{PREFIX}{channel_id}"


def channel_id_of(key: str) -> int:
    number = key.removeprefix(PREFIX)
    if not key.startswith(PREFIX) or not number.isdigit():
        raise ValueError(f"{key!r} is not a Discord room key")
    return int(number)


def person_id(user_id: int) -> str:
    return f"{PREFIX}{user_id}"


def user_id_of(person: str) -> int:
    number = person.removeprefix(PREFIX)
    if not person.startswith(PREFIX) or not number.isdigit():
        raise ValueError(f"{person!r} is not a Discord person id")
    return int(number)


def source_id(snowflake: int) -> str:
    return f"{PREFIX}{snowflake}"


def is_raised_hand(name: str | None) -> bool:
    """✋ with or without the emoji variation selector or a skin tone."""
    return bool(name) and name.rstrip("\ufe0f" + _SKIN_TONES) == RAISED_HAND


class Kind(StrEnum):
    TEXT = "text"  # typed: a command or chat
    HAND = "hand"  # ✋ on the queue message, or a request to speak on the Stage
    LOWER = "lower"  # that ✋ was taken away
    EDIT = "edit"  # an ordinary message was edited: `text` is its new text
    DELETE = "delete"  # a message was deleted (Discord does not say by whom)


@dataclass(frozen=True)
class Incoming:
    kind: Kind
    text: str
    actor: Actor
    room: str
    source_id: str
    message_id: str = ""  # for EDIT and DELETE: the message changed
    attachment: str = ""  # the first file's link (discord.Attachment.url), for `!share TITLE`

    def command(self) -> cmd.Command:
        """The typed command for what a person did but did not type (a ✋, taking it
        away, an edit, a deletion); typed text goes to the parser instead."""
        command = act_command(
            self.kind,
            actor=self.actor,
            room=self.room,
            source_id=self.source_id,
            message_id=self.message_id,
            text=self.text,
        )
        if command is None:
            raise ValueError(f"{self.kind} is typed text, for the parser, not a command")
        return command


class Reader:
    def __init__(
        self,
        *,
        prefix: str = "!",
        facilitator_role_ids: tuple[int, ...] = (),
        facilitator_user_ids: tuple[int, ...] = (),
        guild_ids: tuple[int, ...] = (),
        shard_count: int = 0,
        shard_ids: tuple[int, ...] = (),
    ) -> None:
        self.prefix = prefix
        self.role_ids = frozenset(facilitator_role_ids)
        self.user_ids = frozenset(facilitator_user_ids)
        self.guild_ids = frozenset(guild_ids)  # empty: every guild the bot is in
        self.shard_count = shard_count  # 0: not sharded
        self.shard_ids = frozenset(shard_ids)  # empty: every shard

    def serves(self, guild_id: int | None) -> bool:
        """A configured guild (or any, if none is configured) in one of this
        process's shards (Discord's rule: shard = (guild id >> 22) % shard count)."""
        if guild_id is None or (self.guild_ids and guild_id not in self.guild_ids):
            return False
        if self.shard_count and self.shard_ids:
            return (guild_id >> 22) % self.shard_count in self.shard_ids
        return True

    def is_facilitator(self, user: discord.abc.User, guild_id: int | None) -> bool:
        """A configured user, or a configured role held in *this* guild. A DM
        (no guild) never gives facilitator rights."""
        if guild_id is None:
            return False
        if user.id in self.user_ids:
            return True
        if not isinstance(user, discord.Member) or user.guild.id != guild_id:
            return False
        # Member.roles holds only the roles this guild has: an id from another
        # guild's role list is dropped, so it can never count here.
        return any(role.id in self.role_ids for role in user.roles)

    def actor(self, user: discord.abc.User, guild_id: int | None) -> Actor:
        role = (
            PlatformRole.FACILITATOR
            if self.is_facilitator(user, guild_id)
            else PlatformRole.PARTICIPANT
        )
        return Actor(id=person_id(user.id), name=user.display_name, platform_role=role)

    def _typed_by_a_person(self, message: discord.Message) -> bool:
        """Not a bot, a webhook or a system message, and in a guild we serve."""
        if message.author.bot or message.webhook_id is not None:
            return False
        return message.type in _TYPED and self.serves(message.guild and message.guild.id)

    def is_command(self, text: str) -> bool:
        return text.lstrip().startswith(self.prefix)

    def message(self, message: discord.Message) -> Incoming | None:
        """A message in a workshop channel or thread; None to ignore it (bots,
        webhooks, system messages, DMs, empty text)."""
        if not self._typed_by_a_person(message):
            return None
        text = message.content.rstrip()
        if not text.strip():
            return None
        return Incoming(
            Kind.TEXT,
            text,
            self.actor(message.author, message.guild.id),
            room_key(message.channel.id),
            source_id(message.id),
            attachment=message.attachments[0].url if message.attachments else "",
        )

    def reaction(
        self,
        payload: discord.RawReactionActionEvent,
        user: discord.abc.User | None,
        *,
        is_queue_message: bool,
    ) -> Incoming | None:
        """✋ added to (or taken from) a queue message by a person."""
        if not is_queue_message or not is_raised_hand(payload.emoji.name):
            return None
        if user is None or user.bot or not self.serves(payload.guild_id):
            return None
        added = payload.event_type == "REACTION_ADD"
        kind, word = (Kind.HAND, "hand") if added else (Kind.LOWER, "lower")
        # A reaction has no id of its own; each add or removal is a new act.
        event = f"{PREFIX}reaction:{payload.message_id}:{user.id}:{word}:{uuid.uuid4().hex[:12]}"
        return Incoming(
            kind,
            "",
            self.actor(user, payload.guild_id),
            room_key(payload.channel_id),
            event,
        )

    def edit(self, payload: discord.RawMessageUpdateEvent) -> Incoming | None:
        """An ordinary message whose text a person changed. Ignored: updates that
        change no text (embeds unfurled, a pin), and any edit of a command or into
        one (an edit never runs a command)."""
        message, before = payload.message, payload.cached_message
        if not self._typed_by_a_person(message):
            return None
        if before is not None and before.content == message.content:
            return None
        if before is None and message.edited_at is None:
            return None  # not cached, and never edited: an update of something else
        if before is not None and self.is_command(before.content):
            return None
        text = message.content.rstrip()
        if not text.strip() or self.is_command(text):
            return None
        # Each edit has its own timestamp: a redelivered edit keeps its source id.
        edited = payload.data.get("edited_timestamp") or uuid.uuid4().hex[:12]
        return Incoming(
            Kind.EDIT,
            text,
            self.actor(message.author, message.guild.id),
            room_key(message.channel.id),
            f"{PREFIX}edit:{message.id}:{edited}",
            message_id=source_id(message.id),
        )

    def delete(
        self,
        message_id: int,
        channel_id: int,
        guild_id: int | None,
        cached: discord.Message | None,
    ) -> Incoming | None:
        """A deleted message in a guild we serve. When discord.py still has it, a
        bot's message or a command is not an ordinary message and is ignored."""
        if not self.serves(guild_id):
            return None
        if cached is not None and (
            not self._typed_by_a_person(cached) or self.is_command(cached.content)
        ):
            return None
        return Incoming(
            Kind.DELETE,
            "",
            SYSTEM,
            room_key(channel_id),
            f"{PREFIX}delete:{message_id}",
            message_id=source_id(message_id),
        )
