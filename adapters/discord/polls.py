"""Votes by numbered reaction (1️⃣ 2️⃣ ... 🔟) on a poll's message, on Discord.

The bot puts the numbers under the poll first (`offer`), so people only click.
Each number a person adds, or takes away, becomes a typed `cmd.ReactionVote` for
the core, which decides whether it counts (the core knows the poll's message too).

Who has which number on each poll message is remembered (the adapter's state, in
the app database), so that after a restart the numbers added or taken away while
the bot was down are caught up, as the ✋ on the queue message are: the reactions
on the message now, compared with the remembered ones.

Discord facts this relies on (API docs, resources/message.mdx):
- MESSAGE_REACTION_ADD / _REMOVE carry the emoji's `name` (the unicode emoji for
  a standard one), the user and message ids; `member` only on ADD in a server.
- A user has at most one reaction of each emoji on a message.
- Get Channel Message lists the message's `reactions` (emoji and count);
  Get Reactions lists the users of one emoji, at most 100 a page, after a user id.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence

import discord

from adapters.base import CommandHandler
from adapters.discord.inbound import Reader, channel_id_of, room_key
from adapters.discord.state import DiscordState
from facilitation import commands as cmd
from facilitation.polls import choice_of_reaction

log = logging.getLogger(__name__)

KEPT_POLLS = 3  # poll messages per channel whose numbers are remembered (the newest)
PAGE = 100  # Discord's most users per page of Get Reactions


class PollReactions:
    def __init__(
        self,
        client: discord.Client,
        state: DiscordState,
        reader: Reader,
        in_workshop: Callable[[int], bool],
        on_command: Callable[[], CommandHandler | None],
    ) -> None:
        self.client = client
        self.state = state
        self.reader = reader
        self.in_workshop = in_workshop
        self.on_command = on_command  # the adapter's, set after it is made

    @property
    def polls(self) -> dict[str, dict]:
        # poll message id -> {"channel": id, "votes": {"1": [user ids], ...}}
        return self.state.memory.polls

    async def offer(self, room: str, message_ref: str, emojis: Sequence[str]) -> None:
        """Remember the message as a poll before the first number is added, so a
        click that comes at once is known; then add the numbers, in order."""
        channel_id = channel_id_of(room)
        self.polls[message_ref] = {"channel": channel_id, "votes": {}}
        mine = [m for m, poll in self.polls.items() if poll["channel"] == channel_id]
        for old in mine[:-KEPT_POLLS]:
            del self.polls[old]
        await self.state.save()
        channel = self.client.get_partial_messageable(channel_id)
        message = channel.get_partial_message(int(message_ref))
        for emoji in emojis:
            await message.add_reaction(emoji)

    async def reaction(self, payload: discord.RawReactionActionEvent) -> bool:
        """True if this was a number on a poll message (handled here)."""
        choice = choice_of_reaction(payload.emoji.name or "")
        if choice is None:
            return False
        poll = self.polls.get(str(payload.message_id)) or self._open_poll_of(payload)
        if poll is None:
            return False
        user = await self._member(payload)
        if user is None or user.bot or not self.reader.serves(payload.guild_id):
            return True
        added = payload.event_type == "REACTION_ADD"
        voters = poll["votes"].setdefault(str(choice), [])
        if added and user.id not in voters:
            voters.append(user.id)
        elif not added and user.id in voters:
            voters.remove(user.id)
        await self.state.save()
        await self._vote(payload.channel_id, payload.message_id, user, choice, added)
        return True

    def _open_poll_of(self, payload: discord.RawReactionActionEvent) -> dict | None:
        """A poll message this adapter has no memory of (its state was lost, or the
        poll began before this version) is still known to the core: a number added to
        one of the bot's own messages in a workshop channel is remembered as a poll from
        now on, and handed on; the core counts it only on a poll's message (the adapter
        never reads the workshop). Discord names the message's author only in
        MESSAGE_REACTION_ADD (`message_author_id`), so a removal is not read here."""
        me = self.client.user
        if (
            me is None
            or payload.event_type != "REACTION_ADD"
            or payload.message_author_id != me.id
            or not self.in_workshop(payload.channel_id)
        ):
            return None
        remembered = {"channel": payload.channel_id, "votes": {}}
        self.polls[str(payload.message_id)] = remembered
        return remembered

    async def catch_up(self) -> None:
        """The numbers added to or taken from poll messages while the bot was away."""
        for message_id, poll in list(self.polls.items()):
            if not self.in_workshop(poll["channel"]):  # its workshop has ended
                del self.polls[message_id]
                continue
            try:
                await self._catch_up_poll(poll["channel"], int(message_id), poll["votes"])
            except discord.HTTPException as error:
                log.info("could not read the votes on poll %s: %s", message_id, error)
        await self.state.save()

    async def _catch_up_poll(self, channel_id: int, message_id: int, before: dict) -> None:
        channel = self.client.get_channel(channel_id)
        guild = getattr(channel, "guild", None)
        if guild is None:
            return
        data = await self.client.http.get_message(channel_id, message_id)
        now: dict[str, list[int]] = {}
        for reaction in data.get("reactions") or []:
            name = reaction["emoji"].get("name") or ""
            choice = choice_of_reaction(name)
            if choice is not None:
                users = await self._reactors(channel_id, message_id, name)
                now.setdefault(str(choice), []).extend(users)
        changes = [  # taken away first: a number moved while away is not over the limit
            (user_id, int(choice), False)
            for choice, users in before.items()
            for user_id in users
            if user_id not in now.get(choice, [])
        ] + [
            (user_id, int(choice), True)
            for choice, users in now.items()
            for user_id in users
            if user_id not in before.get(choice, [])
        ]
        before.clear()
        before.update(now)
        for user_id, choice, added in changes:
            member = guild.get_member(user_id)
            if member is not None:
                await self._vote(channel_id, message_id, member, choice, added)

    async def _reactors(self, channel_id: int, message_id: int, emoji: str) -> list[int]:
        users: list[int] = []
        after = None
        while True:
            page = await self.client.http.get_reaction_users(
                channel_id, message_id, emoji, PAGE, after=after
            )
            users += [int(u["id"]) for u in page if not u.get("bot")]
            if len(page) < PAGE:
                return users
            after = int(page[-1]["id"])

    async def _member(self, payload: discord.RawReactionActionEvent) -> discord.abc.User | None:
        """REACTION_REMOVE has no `member`: from the cache, or asked for."""
        if payload.member is not None:
            return payload.member
        guild = self.client.get_guild(payload.guild_id) if payload.guild_id else None
        if guild is None:
            return None
        member = guild.get_member(payload.user_id)
        if member is not None:
            return member
        try:
            return await guild.fetch_member(payload.user_id)
        except discord.HTTPException:
            log.info("a vote by %s, who is no longer here", payload.user_id)
            return None

    async def _vote(
        self, channel_id: int, message_id: int, user: discord.abc.User, choice: int, added: bool
    ) -> None:
        on_command = self.on_command()
        if on_command is None or not self.in_workshop(channel_id):
            return
        guild = getattr(user, "guild", None)
        word = "add" if added else "remove"
        await on_command(
            cmd.ReactionVote(
                actor=self.reader.actor(user, guild.id if guild else None),
                room=room_key(channel_id),
                # A reaction has no id of its own; each add or removal is a new act.
                source_id=f"discord:vote:{message_id}:{user.id}:{choice}:{word}:{_once()}",
                message_ref=str(message_id),
                choice=choice,
                added=added,
            )
        )


def _once() -> str:
    return uuid.uuid4().hex[:12]
