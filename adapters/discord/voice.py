"""Voice: small groups as channels, moving people, and floor control by server-mute.

Small groups as channels (`breakout_rooms = "channels"`): one category per
breakout, and a text and a voice channel per group. Every permission overwrite
is sent inline in the create request (one request per channel, never one per
member): @everyone may not see the channels; the group's members, the
facilitator roles, the facilitators named in the settings and the bot may.
Discord's limits (50 channels in a category, 500 in a server) are checked
before anything is made.

People in voice are moved (MOVE_MEMBERS) into their group's voice channel, one
request each; people not in voice get the link privately. The moves and links run
in the background, so the workshop's next command never waits for them: `move`
only writes them down in the adapter's saved memory (`Memory.moves`) and returns;
one worker carries them out in order, crossing each off once done, and after a
restart carries on with what is left (a move done twice changes nothing, a link
sent twice carries the same nonce). At regroup each group's pending moves are
dropped and its channels are locked at once (`after_breakout = "archive"`); moving
its voice members back to the channel they came from is written down the same way
and done by the same worker, followed, with `"delete"`, by deleting the group's
channels (only once everyone is out: a deleted voice channel disconnects people).

Floor control in voice: everyone in the workshop's voice channel but the
speaker, the facilitators and the bot is server-muted (MUTE_MEMBERS), one
request per person, paced by `voice_pace_seconds`; only the people the bot
muted are unmuted when the floor opens. In a Stage channel the bot uses the
Stage's own speaker list instead: the speaker is invited to speak (suppress
off) and other speakers go back to the audience.

No discord.py type leaves this module.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import discord

from adapters.discord.inbound import channel_id_of, room_key, user_id_of
from adapters.discord.outbound import (
    MAX_CHANNEL_NAME,
    DiscordRequestFailed,
    _do,
    overwrites_except,
    put_overwrites,
)
from adapters.discord.refusals import refusal_of
from adapters.discord.settings import DiscordSettings
from adapters.discord.state import DiscordState
from facilitation import words
from facilitation.commands import Refusal

log = logging.getLogger(__name__)

CATEGORY_LIMIT = 50  # channels in one category, Discord's limit
GUILD_LIMIT = 500  # channels in a server (threads not counted), Discord's limit

# What a group's members, the facilitators and the bot may do in its channels.
MEMBER = discord.PermissionOverwrite(
    view_channel=True,
    read_message_history=True,
    send_messages=True,
    add_reactions=True,
    connect=True,
    speak=True,
    use_voice_activation=True,
)
BOT = discord.PermissionOverwrite(
    view_channel=True,
    read_message_history=True,
    send_messages=True,
    connect=True,
    move_members=True,
    mute_members=True,
)
HIDDEN = discord.PermissionOverwrite(view_channel=False)
# Locking a group's channels at regroup: its history stays readable.
LOCKED = discord.Permissions(
    send_messages=True,
    send_messages_in_threads=True,
    add_reactions=True,
    connect=True,
    speak=True,
)

KINDS = ("text", "voice")  # the channels of one small group, in the order they are made

PrivateSender = Callable[..., Awaitable[None]]  # (person id, text, key=...)
Poster = Callable[..., Awaitable[str]]  # (room, text, key=...) -> message id
Sleep = Callable[[float], Awaitable[None]]


class Voice:
    def __init__(
        self,
        client: discord.Client,
        settings: DiscordSettings,
        state: DiscordState,
        send_private: PrivateSender,
        sleep: Sleep = asyncio.sleep,
        post: Poster | None = None,
    ) -> None:
        """`post` puts in the group's own channel what could not go privately."""
        self.client = client
        self.post = post
        # A failure found in the background: (room, what, why, the kind of refusal if
        # known: refusals.py; and how it is done again by itself, a key of
        # words.DONE_AGAIN, or "") to the workshop.
        self.report: Callable[[str, str, str, Refusal | None, str], Awaitable[None]] | None = None
        # voice channel -> the newest floor wished for it (room, held, speakers)
        self._floor_wanted: dict[int, tuple[str, bool, set[int]]] = {}
        self._floor_work: dict[int, asyncio.Task[None]] = {}  # its work in flight
        self._moving: asyncio.Task[None] | None = None  # the worker of `Memory.moves`
        self._in_flight: str = ""  # the room of the move being carried out
        self._moved = asyncio.Condition()  # told after each move
        # Whether a workshop runs in a channel (by id); the adapter sets it.
        self.in_workshop: Callable[[int], bool] = lambda channel_id: True
        self.settings = settings
        self.state = state
        self.send_private = send_private
        self.sleep = sleep

    def background(self) -> list[asyncio.Task[None]]:
        """The floor changes and the moves in flight."""
        return [*self._floor_work.values(), *([self._moving] if self._moving else [])]

    @property
    def memory(self):
        return self.state.memory

    async def _pace(self) -> None:
        if self.settings.voice_pace_seconds > 0:
            await self.sleep(self.settings.voice_pace_seconds)

    async def _channel(self, channel_id: int) -> Any:
        channel = self.client.get_channel(channel_id)
        if channel is None:
            channel = await _do("find the channel", self.client.fetch_channel(channel_id))
        return channel

    # --- who may always talk and see -------------------------------------------------

    def _staff_roles(self, guild: discord.Guild) -> list[discord.Role]:
        return [r for r in map(guild.get_role, self.settings.facilitator_role_ids) if r]

    def is_staff(self, member: discord.Member) -> bool:
        if member.bot or member.id in self.settings.facilitator_user_ids:
            return True
        wanted = set(self.settings.facilitator_role_ids)
        return any(role.id in wanted for role in member.roles)

    def staff_members(self, guild: discord.Guild) -> list[discord.Member]:
        """The facilitators who are in this server (by role or by the settings)."""
        return [m for m in guild.members if not m.bot and self.is_staff(m)]

    def _overwrites(
        self, guild: discord.Guild, members: Iterable[int] = ()
    ) -> dict[Any, discord.PermissionOverwrite]:
        found: dict[Any, discord.PermissionOverwrite] = {guild.default_role: HIDDEN}
        for role in self._staff_roles(guild):
            found[role] = MEMBER
        for user_id in [*self.settings.facilitator_user_ids, *members]:
            found[discord.Object(user_id)] = MEMBER  # a member overwrite
        found[guild.me] = BOT
        return found

    # --- small groups as channels -------------------------------------------------------

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        key: str = "",
        also: tuple[int, ...] = (),
    ) -> tuple[str, ...]:
        """`also` (the workshop's co-facilitators) may see every room, like the
        facilitators. With a key, each channel is remembered as it is made, so doing
        this again for the same key makes only the channels still missing."""
        main = await self._channel(channel_id_of(main_room))
        guild = getattr(main, "guild", None)
        if guild is None:
            raise DiscordRequestFailed(
                words.discord_could_not("make the rooms", words.DISCORD_NO_SERVER)
            )
        made = self.state.made(key)
        rooms = made["rooms"]
        in_category = 2 * len(names)
        if in_category > CATEGORY_LIMIT:
            reason = words.DISCORD_TOO_MANY_IN_CATEGORY.format(
                limit=CATEGORY_LIMIT, rooms=len(names), needed=in_category
            )
            raise DiscordRequestFailed(words.discord_could_not("make the rooms", reason))
        needed = (made["category"] is None) + sum(
            kind not in rooms.get(str(n), {}) for n in range(len(names)) for kind in KINDS
        )
        existing = len(guild.channels)
        if needed and existing + needed > GUILD_LIMIT:
            reason = words.DISCORD_TOO_MANY_CHANNELS.format(
                limit=GUILD_LIMIT, existing=existing, needed=needed
            )
            raise DiscordRequestFailed(words.discord_could_not("make the rooms", reason))
        missing = self._missing_in_server(guild, new_category=made["category"] is None)
        if needed and missing:
            reason = words.discord_missing_in_server(missing)
            raise DiscordRequestFailed(words.discord_could_not("make the rooms", reason))
        # Facilitators by role or by the settings are in the overwrites already.
        also = tuple(
            u for u in also if (m := guild.get_member(u)) is not None and not self.is_staff(m)
        )
        if made["category"] is None:
            category = await _do(
                "make the rooms",
                guild.create_category(
                    words.discord_breakout_category(breakout),
                    overwrites=self._overwrites(guild, also),
                ),
            )
            made["category"] = category.id
            await self._remember(key)
        category = guild.get_channel(made["category"]) or discord.Object(made["category"])
        keys = []
        for n, (name, people) in enumerate(zip(names, members, strict=True)):
            overwrites = self._overwrites(guild, [*(user_id_of(p) for p in people), *also])
            room = rooms.setdefault(str(n), {})
            for kind, create in zip(
                KINDS, (guild.create_text_channel, guild.create_voice_channel), strict=True
            ):
                if kind in room:
                    continue
                channel = await _do(
                    f"make the room {name}",
                    # Past 100 characters Discord refuses the name (50035).
                    create(name[:MAX_CHANNEL_NAME], category=category, overwrites=overwrites),
                )
                room[kind] = channel.id
                await self._remember(key)
            self.memory.rooms[str(room["text"])] = {
                "voice": room["voice"],
                "category": made["category"],
                "guild": guild.id,
                "main": main.id,
            }
            keys.append(f"discord:{room['text']}")
        await self.state.save()
        return tuple(keys)

    @staticmethod
    def _missing_in_server(guild: discord.Guild, *, new_category: bool) -> list[str]:
        """What the bot lacks in the server to make the groups' channels, before it
        asks (Discord would refuse each request with 50013 and no word of why): a new
        category needs Manage Channels in the server (it has no parent to get it
        from), and overwrites set at creation need Manage Roles and may name only
        bits the bot has in the server, not those a category gives it (docs,
        guild.mdx, Create Guild Channel; discord-api-docs issue 2524)."""
        me: discord.Member | None = guild.me
        if me is None:  # not known yet: Discord will answer for itself
            return []
        have = me.guild_permissions
        if have.administrator:
            return []
        wanted = discord.Permissions(manage_roles=True, manage_channels=new_category)
        for overwrite in (MEMBER, BOT, HIDDEN):
            allow, deny = overwrite.pair()
            wanted.value |= allow.value | deny.value
        return [name for name, on in wanted if on and not getattr(have, name)]

    async def _remember(self, key: str) -> None:
        if key:
            await self.state.save()

    async def let_in(self, room: str, users: list[int]) -> None:
        """Let people (a co-facilitator named while the groups are open) see and use a
        group's text and voice channels: one edit of each channel's overwrites."""
        info = self.memory.rooms[str(channel_id_of(room))]
        guild = self.client.get_guild(info["guild"])
        if guild is None:
            raise DiscordRequestFailed(
                words.discord_could_not("let someone into a room", "server unknown")
            )
        wanted = [
            u for u in users if (m := guild.get_member(u)) is not None and not self.is_staff(m)
        ]
        if not wanted:
            return
        allow, deny = (str(v.value) for v in MEMBER.pair())
        for channel_id in (channel_id_of(room), info["voice"]):
            channel = guild.get_channel(channel_id)
            if channel is None:
                continue
            overwrites = overwrites_except(channel, wanted)
            overwrites += [{"id": str(u), "type": 1, "allow": allow, "deny": deny} for u in wanted]
            await _do("let someone into a room", put_overwrites(channel, overwrites))

    async def let_out(self, room: str, users: list[int]) -> None:
        """Undo `let_in` (a co-facilitator removed): their member overwrites taken off
        the group's text and voice channels. One edit of each channel that has one."""
        info = self.memory.rooms[str(channel_id_of(room))]
        guild = self.client.get_guild(info["guild"])
        if guild is None:
            raise DiscordRequestFailed(
                words.discord_could_not("take someone out of a room", "server unknown")
            )
        for channel_id in (channel_id_of(room), info["voice"]):
            channel = guild.get_channel(channel_id)
            if channel is None or not any(o.id in users for o in channel._overwrites):
                continue
            await _do(
                "take someone out of a room",
                put_overwrites(channel, overwrites_except(channel, users)),
            )

    def knows(self, room: str) -> bool:
        return str(channel_id_of(room)) in self.memory.rooms

    def _breakout_voice(self) -> set[int]:
        return {room["voice"] for room in self.memory.rooms.values()}

    async def move(self, room: str, person_ids: tuple[str, ...]) -> None:
        """Into a group's voice channel: each person in voice is moved; the others
        get the link privately. Both are written down (saved) and carried out in the
        background (see the module's doc); failures are reported to the workshop.
        Into the workshop's room: whoever is still in a group's voice channel goes
        back to where they came from, at once."""
        info = self.memory.rooms.get(str(channel_id_of(room)))
        if info is None:
            await self._move_back(room, [user_id_of(p) for p in person_ids])
            return
        for person in person_ids:
            self._write_down({"room": room, "person": person})
        await self.state.save()
        self.resume_moves()

    def _write_down(self, entry: dict[str, str]) -> None:
        """One more piece of work for the worker (saved by the caller); the same work
        again (a repeat after a crash) is not written twice."""
        if entry not in self.memory.moves:
            self.memory.moves.append(entry)

    def resume_moves(self) -> None:
        """Start the worker if there are moves to carry out (after a restart too)."""
        if self.memory.moves and (self._moving is None or self._moving.done()):
            self._moving = asyncio.get_running_loop().create_task(self._work_moves())

    async def _work_moves(self) -> None:
        """Carry out the written-down moves in order, each crossed off (and saved)
        once done; then report each room's failures, as a failed effect would be."""
        failures: dict[str, list[Exception]] = {}
        try:
            while self.memory.moves:
                entry = self.memory.moves[0]
                self._in_flight = entry["room"]
                try:
                    await self._carry_out(entry)
                except Exception as error:  # never lost: reported below
                    if not isinstance(error, DiscordRequestFailed):
                        log.exception("moving %s failed", entry.get("person"))
                    where = entry.get("main") or entry["room"]
                    failures.setdefault(where, []).append(error)
                if self.memory.moves[:1] == [entry]:  # not dropped by close_room meanwhile
                    self.memory.moves.pop(0)
                self._in_flight = ""
                await self.state.save()
                async with self._moved:
                    self._moved.notify_all()
            for room, errors in failures.items():
                if self.report is not None:
                    await self._report(room, "move people between rooms", errors)
        finally:
            self._moving = None
            self._in_flight = ""
        self.resume_moves()  # written down while the failures were reported

    async def _carry_out(self, entry: dict[str, str]) -> None:
        kind = entry.get("kind", "into")
        if kind == "back":
            await self._back_one(entry["room"], entry["person"])
        elif kind == "delete":
            await self._delete_room(entry["room"])
        else:
            await self._move_one(entry["room"], entry["person"])

    async def _move_one(self, room: str, person: str) -> None:
        """One person into their group: moved if in voice (then a pause), else sent
        the link. Nothing if the group has closed meanwhile or they left the server."""
        info = self.memory.rooms.get(str(channel_id_of(room)))
        if info is None:
            return
        guild = self.client.get_guild(info["guild"])
        if guild is None:
            raise DiscordRequestFailed(words.discord_could_not("move people", "server unknown"))
        member = guild.get_member(user_id_of(person))
        if member is None:
            log.info("%s is not in the server: not moved", person)
            return
        where = member.voice.channel if member.voice else None
        if where is None:
            link = f"https://discord.com/channels/{guild.id}/{info['voice']}"
            name = getattr(guild.get_channel(info["voice"]), "name", "")
            await self._send_link(room, member, words.discord_voice_link(name, link))
            return
        if where.id == info["voice"]:
            return
        if where.id not in self._breakout_voice():
            self.memory.came_from[str(member.id)] = where.id
        try:
            await self._move_into_group(member, discord.Object(info["voice"]))
        finally:
            await self._pace()

    async def _stop_moving_into(self, room: str) -> None:
        """The group is closing: its pending moves into it are dropped, and the one in
        flight (if it is for this group) is waited for, so nobody lands in it afterwards."""
        self.memory.moves[:] = [
            e for e in self.memory.moves if e["room"] != room or e.get("kind", "into") != "into"
        ]
        async with self._moved:
            await self._moved.wait_for(lambda: self._in_flight != room)

    async def _move_into_group(self, member: discord.Member, voice: discord.Object) -> None:
        """One request: the move, and, if the floor had server-muted them, the unmute
        (a server mute holds in every voice channel of the server, so they would be
        mute in their group). Muted by someone else, they stay muted."""
        held_in = [v for v, users in self.memory.muted.items() if member.id in users]
        if not held_in or not (member.voice and member.voice.mute):
            await _do("move someone to their group", member.move_to(voice))
            return
        await _do("move someone to their group", member.edit(voice_channel=voice, mute=False))
        for channel in held_in:  # the entry stays: the floor there is still held
            self.memory.muted[channel].remove(member.id)

    async def _send_link(self, room: str, member: discord.Member, text: str) -> None:
        """Privately; if Discord refuses the DM (they do not accept DMs: 50007; or,
        after trying again for a while, too many DMs opened at once: 40003), in the
        group's own text channel,
        addressed to them (only the group can see it). Named by room and person, so
        a move repeated after a crash does not send it twice."""
        person = f"discord:{member.id}"
        key = f"voice-link/{room}/{person}"
        try:
            # Refused for opening DMs too fast, it is tried again later, and posted in
            # the group's channel only if it never goes (see outbound.py).
            await self.send_private(person, text, key=key, otherwise=(room, member.display_name))
            return
        except Exception as error:
            log.info("could not send %s the voice link privately: %s", person, error)
        if self.post is None:
            return
        try:
            await self.post(room, words.for_person(member.display_name, text), key=f"{key}/room")
        except Exception as error:  # the room's own welcome says where to go too
            log.warning("could not give %s the voice link: %s", person, error)

    async def _move_back(self, room: str, user_ids: Iterable[int]) -> None:
        """Whoever of them is still in a group's voice channel goes back: written
        down for the worker, as the group's close does."""
        main = await self._channel(channel_id_of(room))
        guild = getattr(main, "guild", None)
        if guild is None:
            return
        group_of = {info["voice"]: text for text, info in self.memory.rooms.items()}
        for user_id in user_ids:
            member = guild.get_member(user_id)
            where = member.voice.channel if member and member.voice else None
            if where is None or where.id not in group_of:
                continue
            group = f"discord:{group_of[where.id]}"
            self._write_down(_back(group, member.id, room))
        await self.state.save()
        self.resume_moves()

    async def _back_one(self, group: str, person: str) -> None:
        """One person out of a group's voice channel, back where they came from (or the
        workshop's voice channel); nothing if they have left it meanwhile."""
        info = self.memory.rooms.get(str(channel_id_of(group)))
        if info is None:
            return
        guild = self.client.get_guild(info["guild"])
        member = guild.get_member(user_id_of(person)) if guild is not None else None
        where = member.voice.channel if member is not None and member.voice else None
        if where is None or where.id != info["voice"]:
            return
        main = guild.get_channel(info["main"])
        await self._send_back(member, self.workshop_voice_id(main) if main else None)

    async def _send_back(self, member: discord.Member, fallback: int | None) -> None:
        back = self.memory.came_from.pop(str(member.id), None) or fallback
        if back is None:
            return
        await _do("move someone back", member.move_to(discord.Object(back)))
        await self._pace()

    async def close_room(self, room: str) -> None:
        """Voice members are written down to go back (see the module's doc); the
        group's channels are locked now, or deleted by the worker once everyone is out
        (a deleted voice channel would disconnect them)."""
        info = self.memory.rooms[str(channel_id_of(room))]
        await self._stop_moving_into(room)
        guild = self.client.get_guild(info["guild"])
        if guild is None:
            raise DiscordRequestFailed(words.discord_could_not("close the room", "server unknown"))
        main = room_key(info["main"])
        voice = guild.get_channel(info["voice"])
        for member in list(getattr(voice, "members", [])):
            if not member.bot:
                self._write_down(_back(room, member.id, main))
        if self.settings.after_breakout == "delete":
            self._write_down({"room": room, "kind": "delete", "main": main})
        else:
            for channel_id in (channel_id_of(room), info["voice"]):
                channel = guild.get_channel(channel_id)
                if channel is not None:
                    await _do("lock the room", _lock(channel))
        await self.state.save()
        self.resume_moves()

    async def _delete_room(self, room: str) -> None:
        """The group's two channels, and its category once it is empty. Each is deleted
        at most once: one deleted before a crash is already gone."""
        info = self.memory.rooms.get(str(channel_id_of(room)))
        if info is None:
            return
        http = self.client.http
        await _delete(http, channel_id_of(room), "delete the room")
        await _delete(http, info["voice"], "delete the room")
        del self.memory.rooms[str(channel_id_of(room))]
        if not any(r["category"] == info["category"] for r in self.memory.rooms.values()):
            await _delete(http, info["category"], "delete the rooms' category")

    # --- floor control ---------------------------------------------------------------------

    def workshop_voice_id(self, channel: Any) -> int | None:
        """The voice channel of a workshop: the channel itself if it is a voice or
        Stage channel (a workshop in its text chat), else the one in the settings."""
        if isinstance(channel, (discord.VoiceChannel, discord.StageChannel)):
            return channel.id
        return self.settings.voice_channels.get(str(getattr(channel, "id", "")))

    def workshop_room_of(self, voice_id: int) -> int | None:
        """The text room whose workshop uses this voice channel."""
        for text, voice in self.settings.voice_channels.items():
            if voice == voice_id and text.isdigit():
                return int(text)
        # A Stage (or voice channel) is a workshop room only while a workshop runs in
        # its own chat: any other Stage's requests to speak are not ours.
        known = self.client.get_channel(voice_id) is not None
        return voice_id if known and self.in_workshop(voice_id) else None

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        channel = await self._channel(channel_id_of(room))
        voice_id = self.workshop_voice_id(channel)
        if voice_id is None:
            return
        voice = self.client.get_channel(voice_id)
        if voice is None:
            return
        allowed = {user_id_of(p) for p in speakers if p.startswith("discord:")}
        if isinstance(voice, discord.StageChannel):
            await self._stage_floor(voice, allowed)
            return
        # The mutes run in the background (one request per person, paced), so the
        # workshop's next command never waits for them; only the newest wish is
        # carried out (a new speaker called meanwhile replaces the old one).
        self._floor_wanted[voice.id] = (room, bool(speakers), allowed)
        if voice.id not in self._floor_work:
            task = asyncio.get_running_loop().create_task(self._hold_floor(voice))
            self._floor_work[voice.id] = task

    async def _hold_floor(self, voice: discord.VoiceChannel) -> None:
        """Carry out the newest floor wished for this voice channel until there is no
        newer one; failures are reported to the workshop (the facilitator is told)."""
        try:
            while voice.id in self._floor_wanted:
                room, held, allowed = self._floor_wanted.pop(voice.id)
                again = ""
                try:
                    failures, unmutes_failed = await self._apply_floor(voice, held, allowed)
                    # A mute refused is tried again with the next floor, which the core
                    # sets when this turn ends (bot/executor.py `done_again`): whoever is
                    # not muted by the bot and not a speaker is muted then. An unmute
                    # refused is not: the bot no longer counts them as muted by it.
                    if held and not unmutes_failed:
                        again = "turn-ends"
                except Exception as error:  # never lost: reported like a failed request
                    log.exception("floor control in %s failed", voice.id)
                    failures = [error]
                if failures and voice.id not in self._floor_wanted and self.report:
                    await self._report(room, "change who can speak", failures, again)
        finally:
            self._floor_work.pop(voice.id, None)

    async def _apply_floor(
        self, voice: discord.VoiceChannel, held: bool, allowed: set[int]
    ) -> tuple[list[Exception], bool]:
        """Mute everyone but the speakers and staff (held), or unmute whom the bot
        muted (not held). Stops early when a newer floor is wished for; what was done
        is remembered after each request. Returns the failures, and whether an unmute
        was among them."""
        muted = set(self.memory.muted.get(str(voice.id), []))
        failures: list[Exception] = []
        unmutes_failed = False
        if held:
            for member in voice.members:
                if voice.id in self._floor_wanted:
                    return failures, unmutes_failed
                hold = member.id not in allowed and not self.is_staff(member)
                if hold and member.id not in muted and not member.voice.mute:
                    refused = await self._mute(member, True)
                    failures += refused
                    if not refused:  # only whom the bot did mute is unmuted later
                        muted.add(member.id)
                    await self._remember_muted(voice.id, muted, held)
        for user_id in sorted(muted):
            if voice.id in self._floor_wanted:
                return failures, unmutes_failed
            if held and user_id not in allowed:
                continue
            member = voice.guild.get_member(user_id)
            muted.discard(user_id)
            if member is None or member.voice is None:
                # Left while muted (someone in voice is always known): unmuted when
                # they come back.
                self.memory.unmute_later.append(user_id)
            elif member is not None:
                refused = await self._mute(member, False)
                failures += refused
                unmutes_failed = unmutes_failed or bool(refused)
            await self._remember_muted(voice.id, muted, held)
        await self._remember_muted(voice.id, muted, held)
        return failures, unmutes_failed

    async def _remember_muted(self, voice_id: int, muted: set[int], held: bool) -> None:
        """Whom the bot muted here; while the floor is held the entry stays (even
        empty) so that someone joining is muted too."""
        if muted or held:
            self.memory.muted[str(voice_id)] = sorted(muted)
        else:
            self.memory.muted.pop(str(voice_id), None)
        await self.state.save()

    async def _report(self, room: str, what: str, errors: list[Exception], again: str = "") -> None:
        """The failures of one room, in one report: all their words, and the kind of
        the first one whose kind is known (refusals.py), so the words fit it. `again`:
        how the bot does it again by itself, a key of words.DONE_AGAIN ("": it does not)."""
        assert self.report is not None
        reason = "; ".join(str(e) or type(e).__name__ for e in errors)
        kinds = [k for k in map(refusal_of, errors) if k is not None]
        await self.report(room, what, reason, kinds[0] if kinds else None, again)

    async def _mute(self, member: discord.Member, mute: bool) -> list[Exception]:
        what = "mute someone" if mute else "unmute someone"
        try:
            await _do(what, member.edit(mute=mute))
        except DiscordRequestFailed as error:
            return [error]
        finally:
            await self._pace()
        return []

    async def _stage_floor(self, stage: discord.StageChannel, allowed: set[int]) -> None:
        """The speaker is invited to speak; other speakers who are not facilitators
        go back to the audience. When the floor opens, nothing is changed: the
        Stage's moderators decide who speaks."""
        if not allowed:
            return
        for member in stage.members:
            speaking = member.voice is not None and not member.voice.suppress
            if member.id in allowed and not speaking:
                await _do("invite someone to speak", member.edit(suppress=False))
                await self._pace()
            elif speaking and member.id not in allowed and not self.is_staff(member):
                await _do("move someone to the audience", member.edit(suppress=True))
                await self._pace()

    async def invite_to_speak(self, room: str, person: str) -> bool:
        """If the workshop in `room` uses a Stage and `person` is in its audience,
        invite them to speak (suppress off); nobody else changes. True if invited.
        Only what discord.py already knows is read: no request unless one is needed."""
        channel = self.client.get_channel(channel_id_of(room))
        voice = self.client.get_channel(self.workshop_voice_id(channel) or 0)
        if not isinstance(voice, discord.StageChannel) or not person.startswith("discord:"):
            return False
        member = voice.guild.get_member(user_id_of(person))
        state = member.voice if member is not None else None
        if state is None or state.channel is None or state.channel.id != voice.id:
            return False
        if not state.suppress:
            return False  # already a speaker
        await _do("invite someone to speak", member.edit(suppress=False))
        return True

    async def voice_changed(
        self, member: discord.Member, before: discord.VoiceState, after: discord.VoiceState
    ) -> None:
        """Someone joins voice: unmute them if the bot muted them and the floor has
        opened since; mute them if they join a channel whose floor is held."""
        if member.bot or after.channel is None:
            return
        if member.id in self.memory.unmute_later and after.mute:
            self.memory.unmute_later.remove(member.id)
            await self._mute(member, False)
            await self.state.save()
        elif member.id in self.memory.unmute_later:
            self.memory.unmute_later.remove(member.id)
            await self.state.save()
        held = self.memory.muted.get(str(after.channel.id))
        joined = before.channel is None or before.channel.id != after.channel.id
        if held is not None and joined and not after.mute and not self.is_staff(member):
            await self._mute(member, True)
            held.append(member.id)
            await self.state.save()


def _back(group: str, user_id: int, main: str) -> dict[str, str]:
    """The worker's entry for moving someone out of a group's voice channel."""
    return {"room": group, "person": f"discord:{user_id}", "kind": "back", "main": main}


async def _delete(http: Any, channel_id: int, what: str) -> None:
    try:
        await http.delete_channel(channel_id)
    except discord.NotFound:
        log.info("channel %s was already deleted", channel_id)
    except discord.HTTPException as error:
        reason = error.text or f"HTTP {error.status}"
        raise DiscordRequestFailed(words.discord_could_not(what, reason)) from error


async def _lock(channel: Any) -> None:
    """One edit of the channel's overwrites: nobody but the bot may write or join."""
    me = channel.guild.me.id
    locked = LOCKED.value
    overwrites = []
    for overwrite in channel._overwrites:
        allow, deny = int(overwrite.allow), int(overwrite.deny)
        if int(overwrite.id) != me:
            allow, deny = allow & ~locked, deny | locked
        entry = {"id": str(overwrite.id), "type": overwrite.type}
        overwrites.append({**entry, "allow": str(allow), "deny": str(deny)})
    await channel._state.http.edit_channel(channel.id, permission_overwrites=overwrites)
