"""The staff place of a workshop channel: where staff alerts go on Discord.

A private thread under the workshop channel (Discord docs, Threads: a private
thread is seen only by the people added to it, and by those with Manage Threads
or Administrator), with the workshop's facilitators and co-facilitators added
one by one (Discord has no other way to add someone to a private thread). Where
the workshop channel cannot have threads (a voice or Stage channel's own chat:
Discord answers 50024), it is a private text channel beside it instead, whose
overwrites hide it from @everyone and show it to the facilitator roles, the
staff and the bot (the same overwrites as the small groups' channels).

One per workshop channel, remembered in the adapter's state (`staff_places`), so
a restart, a repeated `!start` or the next workshop in the channel finds it. A
post in it counts as reaching someone only if a person (not the bot) is in it:
a staff member added to the thread just now, or one the channel's overwrites
show it to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import discord

from adapters.discord.inbound import channel_id_of, room_key, user_id_of
from adapters.discord.outbound import (
    MAX_CHANNEL_NAME,
    MAX_MESSAGE_CHARS,
    MAX_THREAD_NAME,
    DiscordRequestFailed,
    Outbound,
    _do,
    overwrites_except,
    put_overwrites,
)
from adapters.discord.state import DiscordState
from adapters.discord.voice import MEMBER
from facilitation import words
from facilitation.text import split_message

log = logging.getLogger(__name__)

# Discord's longest auto-archive (a week, docs: Thread Metadata): an archived
# thread still takes a post (sending unarchives it), but not a new member (50083).
STAFF_ARCHIVE_AFTER_MINUTES = 10080

Overwrites = Callable[[discord.Guild, list[int]], dict[Any, discord.PermissionOverwrite]]
StaffOf = Callable[[discord.Guild], list[discord.Member]]


class StaffPlaces:
    def __init__(
        self,
        client: discord.Client,
        out: Outbound,
        state: DiscordState,
        staff_of: StaffOf,
        overwrites: Overwrites,
    ) -> None:
        self.client = client
        self.out = out
        self.state = state
        self.staff_of = staff_of  # the facilitators of a server, by role or by the settings
        self.overwrites = overwrites  # a private channel's overwrites showing it to people

    def _place(self, main_room: str) -> dict[str, Any] | None:
        return self.state.memory.staff_places.get(str(channel_id_of(main_room)))

    def _staff_ids(self, guild: discord.Guild, staff: tuple[str, ...]) -> list[int]:
        """The core's staff (facilitators and co-facilitators) and the server's
        facilitators, who are members of this server, bots left out."""
        ids = [m.id for m in self.staff_of(guild)]
        ids += [user_id_of(p) for p in staff if p.startswith("discord:")]
        found = []
        for user_id in dict.fromkeys(ids):
            member = guild.get_member(user_id)
            if member is not None and not member.bot:
                found.append(user_id)
        return found

    async def create(
        self, main_room: str, title: str, staff: tuple[str, ...], welcome: str, key: str = ""
    ) -> str:
        """The workshop channel's staff place (made once, then found again), with the
        staff in it, and the welcome posted there."""
        main = await self.out._channel(channel_id_of(main_room))
        guild = getattr(main, "guild", None)
        if guild is None:
            raise DiscordRequestFailed(
                words.discord_could_not("make the staff room", words.DISCORD_STAFF_ROOM_NO_SERVER)
            )
        people = self._staff_ids(guild, staff)
        place = await self._existing(main_room)
        if place is None:
            place = await self._make(main, guild, title, people)
        room = room_key(place.get("thread") or place["channel"])
        await self.out.post(room, welcome, key)
        try:
            await self._let_in(place, guild, people)
        except DiscordRequestFailed as error:
            # The place exists and the core must learn of it: each alert adds whoever
            # is still missing, and counts as reaching someone only if a person is in.
            log.warning("could not add all the staff to the staff room: %s", error)
        return room

    async def _existing(self, main_room: str) -> dict[str, Any] | None:
        """The saved place, if Discord still has it (one deleted by hand is made anew)."""
        place = self._place(main_room)
        if place is None:
            return None
        try:
            await self.out._channel(place.get("thread") or place["channel"])
        except DiscordRequestFailed as error:
            if not isinstance(error.__cause__, discord.NotFound):
                raise
            log.info("the staff place of %s is gone; making a new one", main_room)
            del self.state.memory.staff_places[str(channel_id_of(main_room))]
            await self.state.save()
            return None
        return place

    async def _make(
        self, main: Any, guild: discord.Guild, title: str, people: list[int]
    ) -> dict[str, Any]:
        name = words.staff_room_name(title)
        if isinstance(main, discord.TextChannel):
            thread = await _do(
                "make the staff room",
                main.create_thread(
                    name=name[:MAX_THREAD_NAME],
                    type=discord.ChannelType.private_thread,
                    invitable=False,  # only the bot (and Manage Threads) adds people
                    auto_archive_duration=STAFF_ARCHIVE_AFTER_MINUTES,
                ),
            )
            place: dict[str, Any] = {"thread": thread.id, "members": []}
        else:
            channel = await _do(
                "make the staff room",
                guild.create_text_channel(
                    name[:MAX_CHANNEL_NAME],
                    overwrites=self.overwrites(guild, people),
                    category=getattr(main, "category", None),
                ),
            )
            place = {"channel": channel.id, "members": list(people)}
        place["title"] = title  # to make it again with its name if it is deleted
        self.state.memory.staff_places[str(main.id)] = place
        await self.state.save()  # before anything else: a repeat finds it
        return place

    async def _let_in(self, place: dict[str, Any], guild: discord.Guild, people: list[int]) -> None:
        """Add the staff not in the place yet: to the thread one request each, or a
        member overwrite on the channel. Those added are remembered."""
        members: list[int] = place.setdefault("members", [])
        missing = [u for u in people if u not in members]
        if not missing:
            return
        if "thread" in place:
            failed: list[str] = []
            for user_id in missing:  # one who cannot be added does not keep out the rest
                try:
                    await _do(
                        "add someone to the staff room",
                        self.client.http.add_user_to_thread(place["thread"], user_id),
                    )
                except DiscordRequestFailed as error:
                    failed.append(f"{user_id}: {error}")
                    continue
                members.append(user_id)
                await self.state.save()
            if failed:
                raise DiscordRequestFailed("; ".join(failed))
            return
        # One edit of the channel's overwrites for all of them (never one per person).
        channel = await self.out._channel(place["channel"])
        allow, deny = (str(v.value) for v in MEMBER.pair())
        overwrites = overwrites_except(channel, missing)
        overwrites += [{"id": str(u), "type": 1, "allow": allow, "deny": deny} for u in missing]
        await _do("let someone into the staff room", put_overwrites(channel, overwrites))
        members.extend(missing)
        await self.state.save()

    async def post(self, staff_room: str, text: str, staff: tuple[str, ...], key: str = "") -> bool:
        """Post in the staff place, then add staff missing from it (a co-facilitator
        named since); whether a person is in it to see the post."""
        main_id, place = self._of(staff_room)
        target = _key_of(place) if place is not None else staff_room
        try:
            await self._post_parts(target, text, key)  # sending unarchives a thread
        except DiscordRequestFailed as error:
            if place is None or not isinstance(error.__cause__, discord.NotFound):
                raise
            # Deleted during the workshop (by a moderator, say): a new one is made,
            # and alerts still addressed to the old one go there.
            log.warning("the staff room %s is gone; making a new one", target)
            place = await self._replace(main_id, place)
            target = _key_of(place)
            await self._post_parts(target, text, key)
        where = await self.out._channel(channel_id_of(target))
        guild = getattr(where, "guild", None)
        if place is None or guild is None:
            return False  # not a place the bot made: it cannot tell who sees it
        # Someone who left the server left its threads too: if they come back they are
        # added again, and until then they do not count.
        place["members"] = [u for u in place.get("members", []) if guild.get_member(u)]
        try:
            await self._let_in(place, guild, self._staff_ids(guild, staff))
        except DiscordRequestFailed as error:  # those already in still see the post
            log.warning("could not add staff to the staff room: %s", error)
        added = any(guild.get_member(u) is not None for u in place["members"])
        # A channel's overwrites also show it to the facilitator roles' holders.
        return added or ("channel" in place and bool(self.staff_of(guild)))

    async def _post_parts(self, target: str, text: str, key: str) -> None:
        """An alert quotes a person's words (up to 2,000 characters, 4,000 with Nitro)
        inside its own: past Discord's 2,000 characters a message (docs message.mdx,
        Create Message; else 50035) it goes in parts, the first with the alert's key."""
        for n, part in enumerate(split_message(text, MAX_MESSAGE_CHARS)):
            await self.out.post(target, part, f"{key}/{n}" if n and key else key)

    def _of(self, staff_room: str) -> tuple[str, dict[str, Any] | None]:
        """The workshop channel and saved place a staff room key names (the place
        now, or one it replaced)."""
        for main_id, place in self.state.memory.staff_places.items():
            if staff_room == _key_of(place) or staff_room in place.get("was", []):
                return main_id, place
        return "", None

    async def _replace(self, main_id: str, old: dict[str, Any]) -> dict[str, Any]:
        main = await self.out._channel(int(main_id))
        guild = main.guild
        title = old.get("title", "")
        place = await self._make(main, guild, title, self._staff_ids(guild, ()))
        place["was"] = [*old.get("was", []), _key_of(old)]
        await self.state.save()
        return place

    def is_staff_room(self, room: str) -> bool:
        """Whether a room key names a staff place (now, or one it replaced)."""
        return self._of(room)[1] is not None

    async def join(self, main_room: str, people: tuple[int, ...]) -> None:
        """Co-facilitators named since the place was made join it."""
        place = self._place(main_room)
        if place is None or not people:
            return
        if all(u in place.get("members", []) for u in people):
            return
        guild = getattr(self.client.get_channel(channel_id_of(main_room)), "guild", None)
        if guild is None:
            return
        await self._let_in(place, guild, [u for u in people if guild.get_member(u)])

    async def leave(self, main_room: str, people: list[int]) -> None:
        """People no longer staff (a co-facilitator removed) leave the place: taken out
        of the thread (the bot made it, so Remove Thread Member needs no more), or their
        member overwrite taken off the channel. The server's facilitators stay."""
        place = self._place(main_room)
        if place is None or not people:
            return
        guild = getattr(self.client.get_channel(channel_id_of(main_room)), "guild", None)
        keep = {m.id for m in self.staff_of(guild)} if guild is not None else set()
        going = [u for u in people if u not in keep]
        if not going:
            return
        if "thread" in place:
            await self.out.remove_from_thread(room_key(place["thread"]), going)
        else:
            channel = await self.out._channel(place["channel"])
            if any(o.id in going for o in channel._overwrites):
                await _do(
                    "take someone out of the staff room",
                    put_overwrites(channel, overwrites_except(channel, going)),
                )
        place["members"] = [u for u in place.get("members", []) if u not in going]
        await self.state.save()


def _key_of(place: dict[str, Any]) -> str:
    return room_key(place.get("thread") or place["channel"])
