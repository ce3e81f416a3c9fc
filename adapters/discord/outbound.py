"""What the bot does, as Discord requests. Nothing here returns a discord.py
type: references are message ids, rooms are room keys.

Every message the bot sends carries `allowed_mentions` that parses nothing, so
text it echoes ("@everyone", "<@&role>", "<@user>") can never ping anyone.

A slash command is answered from its `Outcome` (adapters/base.py): the private
messages and files the command had for the person who used it are ephemeral
follow-ups to it (`answer`; only they see them). Every other private message
(a follow-up's, a timer's, anyone else's) is a DM: `send_private` never learns of
an interaction, so nothing later can use one whose token (15 minutes) has gone.

A DM Discord refuses because the bot is opening new DM conversations too fast
(JSON error code 40003; the pace is not published) waits and is tried again in the
background (`DM_RETRY_WAITS`, about four minutes in all), so the command that sent
it never waits: a private message a little late is better than one posted in the
channel. It is written down in the adapter's saved memory (`Memory.dms`) first, so
a restart sends it still (its nonce keeps it single), and later DMs to the same
person wait behind it, in order. The same key sent again while it waits, or after
it went (`Memory.dms_sent`, the newest SENT_LATE_KEPT), is not sent a second time: a
staff alert tried again gives its facilitator one DM. Only if Discord still refuses
after that (or refuses for another reason meanwhile) is it posted where the sender said
(`otherwise`: a group's own channel, addressed to the person), or, where the executor
said where (`if_never_sent`: the workshop's channel, or the staff place for a staff
alert's copy), a notice is posted there that names the person and never says what the
message said; with nowhere said, it is logged.

Sends repeated after a crash (`key=`, Capability.REPEAT_SAFE): a message or a DM
carries a nonce made from its key, and discord.py sends it with
`enforce_nonce`, so Discord answers a repeat within a few minutes with the
message it already made. Threads made for a key are remembered in the adapter's
state, so a repeated breakout makes only the missing ones; an edit says the same
thing twice; closing a closed thread does nothing.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import io
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar

import discord

from adapters.base import Reply
from adapters.discord.inbound import RAISED_HAND, channel_id_of, room_key, user_id_of
from adapters.discord.state import DiscordState
from facilitation import words
from facilitation.commands import Actor
from facilitation.text import split_message

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
MAX_MESSAGE_CHARS = 2000
# docs (reference.mdx, "Uploading Files"): "The default limit is 10 MiB" a file; past
# it 413 / 40005 "Request entity too large". A boosted server takes more in its
# channels, but a DM never does, and the notes may go either way: the default holds.
MAX_FILE_BYTES = 10 * 2**20
MAX_THREAD_NAME = 100
MAX_CHANNEL_NAME = 100  # docs (channel.mdx): "1-100 character channel name"
ACTIVE_THREAD_LIMIT = 1000  # per guild, Discord's limit
ARCHIVE_AFTER_MINUTES = 1440
NONCE_CHARS = 25  # Discord's longest nonce
KEPT_OLD_QUEUE_MESSAGES = 3  # older queue messages per channel whose ✋ still count
TOO_FAST = 40003  # JSON error code: "You are opening direct messages too fast"
SENT_LATE_KEPT = 200  # keys of DMs sent after waiting, remembered (newest kept)
DM_RETRY_WAITS = (2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 64.0, 64.0)  # seconds, before each try


def nonce_of(key: str) -> str | None:
    """The nonce for a send named by `key`: the same for the same key, at most 25
    characters (base32 of its SHA-256). None without a key: discord.py then uses a
    random one."""
    if not key:
        return None
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii")[:NONCE_CHARS]


T = TypeVar("T")


class DiscordRequestFailed(Exception):
    """Discord refused or failed a request; str() says what and why."""


def _too_fast(error: Exception) -> bool:
    """Whether Discord refused to open a DM because too many were opened (40003)."""
    cause = error.__cause__
    return isinstance(cause, discord.HTTPException) and cause.code == TOO_FAST


async def _do(what: str, request: Awaitable[T]) -> T:
    try:
        return await request
    except discord.HTTPException as error:
        reason = error.text or f"HTTP {error.status}"
        raise DiscordRequestFailed(words.discord_could_not(what, reason)) from error


def _answered_no(error: Exception) -> bool:
    """Whether Discord itself refused the request (a 4xx answer), so nothing changed."""
    cause = error.__cause__
    return isinstance(cause, discord.HTTPException) and 400 <= cause.status < 500


class Outbound:
    def __init__(
        self,
        client: discord.Client,
        queue_messages: dict[int, int],
        state: DiscordState | None = None,
    ) -> None:
        self.client = client
        self.state = state or DiscordState()  # where rooms made per key are remembered
        self.queue_messages = queue_messages  # message id -> channel id
        self.on_queue_message: Callable[[], Awaitable[None]] | None = None  # to save it
        # A queue message Discord would not edit: (room, its id, the latest text); the
        # adapter posts a new one and returns its id ("" if it could not).
        self.on_queue_lost: Callable[[str, int, str], Awaitable[str]] | None = None
        self._queue_text: dict[int, tuple[str, str]] = {}  # queue message -> (room, text)
        self._queue_editing: dict[int, asyncio.Task[None]] = {}  # its edit in flight
        # The facilitators of a guild (user ids), added to every private thread.
        self.staff_of: Callable[[discord.Guild], list[int]] = lambda guild: []
        self.sleep: Callable[[float], Awaitable[None]] = asyncio.sleep  # DM retry pauses
        self._later: asyncio.Task[None] | None = None  # the worker of `Memory.dms`
        # (person, key) -> (room, notice): where to say a DM never went (`if_never_sent`),
        # taken by the `send_private` that follows.
        self._notices: dict[tuple[str, str], tuple[str, str]] = {}

    def background(self) -> list[asyncio.Task[None]]:
        """The queue message edits and the DMs waiting to be tried again."""
        return [*self._queue_editing.values(), *([self._later] if self._later else [])]

    def _messageable(self, room: str) -> discord.PartialMessageable:
        return self.client.get_partial_messageable(channel_id_of(room))

    # --- messages -----------------------------------------------------------

    async def post(self, room: str, text: str, key: str = "") -> str:
        """Post `text`; the reference is its first message's. The executor splits what
        it posts, but some texts are made here and grow on the way: a private message
        posted for someone in the room gains "For NAME: " (`words.for_person`), so a
        part of 2,000 characters would pass Discord's limit (50035) and be lost. Any
        longer text goes in parts, broken between lines; the first part keeps the key,
        so a message of one part is sent again with the nonce it always had."""
        refs = []
        for n, part in enumerate(split_message(text, MAX_MESSAGE_CHARS) or [text]):
            part_key = f"{key}/{n}" if key and n else key
            message = await _do(
                "post a message",
                self._messageable(room).send(
                    part, allowed_mentions=NO_MENTIONS, nonce=nonce_of(part_key)
                ),
            )
            refs.append(str(message.id))
        return refs[0]

    async def edit(self, room: str, message_ref: str, text: str, key: str = "") -> None:
        """Setting the same text again changes nothing, so an edit needs no key.

        A queue message is edited in the background, at most one edit in flight per
        message, and only its latest text is sent: a burst of 30 ✋ is a handful of
        edits, and the command that changed the queue (so the room) never waits for
        Discord's rate limits. If Discord will not edit it (deleted: 10008; too many
        edits of a message older than an hour: 30046), `on_queue_lost` posts a new one."""
        message_id = int(message_ref)
        if message_id in self.queue_messages:
            self._queue_text[message_id] = (room, text)
            if message_id not in self._queue_editing:
                task = asyncio.get_running_loop().create_task(self._edit_queue(message_id))
                self._queue_editing[message_id] = task
            return
        message = self._messageable(room).get_partial_message(message_id)
        await _do("edit a message", message.edit(content=text, allowed_mentions=NO_MENTIONS))

    async def _edit_queue(self, message_id: int) -> None:
        """Send the latest text until there is no newer one (no await between the last
        check and leaving, so a text set meanwhile is never left unsent)."""
        try:
            while message_id in self._queue_text:
                room, text = self._queue_text.pop(message_id)
                message = self._messageable(room).get_partial_message(message_id)
                try:
                    await _do(
                        "edit the queue message",
                        message.edit(content=text, allowed_mentions=NO_MENTIONS),
                    )
                except DiscordRequestFailed as error:
                    room, text = self._queue_text.pop(message_id, (room, text))
                    log.warning("the queue message %s: %s; posting anew", message_id, error)
                    if self.on_queue_lost is None:
                        return
                    new = await self.on_queue_lost(room, message_id, text)
                    # The queue changed again while it was being posted anew: the
                    # newest text goes on the new message.
                    newer = self._queue_text.pop(message_id, None)
                    if new and newer is not None and newer[1] != text:
                        await self.edit(newer[0], new, newer[1])
                    return
        finally:
            self._queue_editing.pop(message_id, None)

    async def pin(self, room: str, message_ref: str) -> None:
        """Make this the channel's queue message: ✋ on it raises and lowers hands
        from now on, whether or not Discord lets the bot pin it (no Pin Messages
        permission, or the channel's 250 pins are used up: 30003). A ✋ is put under
        it to click. The bot's older queue messages in the channel are unpinned (so
        pins do not pile up workshop after workshop) but ✋ on them still counts (a
        queue message Discord would no longer let the bot edit is replaced, and the
        hands already on it must still be lowered by taking them away)."""
        channel_id = channel_id_of(room)
        message = self._messageable(room).get_partial_message(int(message_ref))
        older = [m for m, c in self.queue_messages.items() if c == channel_id and m != message.id]
        for old in older[:-KEPT_OLD_QUEUE_MESSAGES]:
            del self.queue_messages[old]
        self.queue_messages[message.id] = channel_id
        if self.on_queue_message is not None:
            await self.on_queue_message()
        try:
            await message.add_reaction(RAISED_HAND)
        except discord.HTTPException as error:  # a convenience only
            log.info("could not add the ✋ under the queue message: %s", error)
        for old in older:
            try:
                await self.client.http.unpin_message(channel_id, old)
            except discord.HTTPException as error:  # gone, or never pinned: nothing to undo
                log.info("could not unpin the old queue message %s: %s", old, error)
        await _do("pin a message", message.pin())

    async def pin_item(self, room: str, message_ref: str) -> None:
        """Pin a shared item. Discord answers 204 to pinning a pinned message (Pin
        Message, "Pins a message in a channel"), so a repeat pins once; no Pin
        Messages permission (50013) or 250 pins (30003) raise, for the facilitator."""
        message = self._messageable(room).get_partial_message(int(message_ref))
        await _do("pin a message", message.pin())

    async def send_private(
        self, person_id: str, text: str, key: str = "", otherwise: tuple[str, str] = ("", "")
    ) -> None:
        """A DM with the key's nonce. Refused for opening DMs too fast, it is tried
        again later (see the module's doc); `otherwise` is the room and the person's
        name, for posting it there if it never goes."""
        notice_room, notice = self._notices.pop((person_id, key), ("", ""))
        if key and self._already_waiting(person_id, key):
            # The same message, sent again (a staff alert tried again while its DM
            # waits): it goes once, when the waiting one goes.
            log.info("the private message %s to %s already waits", key, person_id)
            return
        if key and {"person": person_id, "key": key} in self.state.memory.dms_sent:
            # It waited and has gone since; its nonce may be forgotten by now.
            log.info("the private message %s to %s was sent already", key, person_id)
            return
        entry = {"person": person_id, "text": text, "key": key}
        entry.update(room=otherwise[0], name=otherwise[1])
        if notice:
            entry.update(notice_room=notice_room, notice=notice)
        if self.waiting_for(person_id):
            await self._send_later(entry)  # behind the one waiting: in order
            return
        try:
            channel = await self._dm(person_id)
        except DiscordRequestFailed as error:
            if not _too_fast(error):
                raise
            log.info("opening DMs too fast: the message to %s waits", person_id)
            await self._send_later(entry)
            return
        await _do(
            "send a private message",
            channel.send(text, allowed_mentions=NO_MENTIONS, nonce=nonce_of(key)),
        )

    def if_never_sent(self, person_id: str, key: str, room: str, notice: str) -> None:
        """Where to say so if the next DM to this person with this key waits and then
        never goes: `notice` (who, not what) in `room` (adapters/base.py)."""
        if notice:
            self._notices[(person_id, key)] = (room, notice)

    def waiting_for(self, person_id: str) -> bool:
        """Whether a DM to this person waits to be tried again."""
        return any(waiting["person"] == person_id for waiting in self.state.memory.dms)

    def _already_waiting(self, person_id: str, key: str) -> bool:
        """Whether a DM with this key (the same promise) waits for this person."""
        return any(
            waiting["person"] == person_id and waiting["key"] == key
            for waiting in self.state.memory.dms
        )

    async def _send_later(self, entry: dict[str, str]) -> None:
        self.state.memory.dms.append(entry)
        await self.state.save()
        self.resume_later()

    def resume_later(self) -> None:
        """Start the worker if DMs wait to be tried again (after a restart too)."""
        if self.state.memory.dms and (self._later is None or self._later.done()):
            self._later = asyncio.get_running_loop().create_task(self._work_later())

    async def _work_later(self) -> None:
        """Each waiting DM in order, crossed off (and saved) once sent or given up."""
        told: set[tuple[str, str]] = set()  # (person, notice) said in this run: once
        try:
            while self.state.memory.dms:
                entry = self.state.memory.dms[0]
                if await self._deliver_later(entry, told) and entry["key"]:
                    sent = self.state.memory.dms_sent
                    sent.append({"person": entry["person"], "key": entry["key"]})
                    del sent[:-SENT_LATE_KEPT]
                self.state.memory.dms.pop(0)
                await self.state.save()
        finally:
            self._later = None

    async def _deliver_later(self, entry: dict[str, str], told: set[tuple[str, str]]) -> bool:
        """Whether the DM went (else it was logged, or posted in its room)."""
        reason = words.DISCORD_DMS_TOO_FAST
        for wait in DM_RETRY_WAITS:
            await self.sleep(wait)
            try:
                channel = await self._dm(entry["person"])
                await _do(
                    "send a private message",
                    channel.send(
                        entry["text"], allowed_mentions=NO_MENTIONS, nonce=nonce_of(entry["key"])
                    ),
                )
                return True
            except DiscordRequestFailed as error:
                if not _too_fast(error):
                    reason = str(error)
                    break
        if entry.get("notice") and not entry.get("room"):
            await self._say_never_sent(entry, reason, told)
            return False
        if not entry.get("room"):
            log.warning("could not send %s a private message: %s", entry["person"], reason)
            return False
        try:
            addressed = words.for_person(entry["name"], entry["text"])
            await self.post(entry["room"], addressed, key=f"{entry['key']}/room")
        except Exception as error:
            log.warning("could not give %s a message: %s (%s)", entry["person"], reason, error)
        return False

    async def _say_never_sent(
        self, entry: dict[str, str], reason: str, told: set[tuple[str, str]]
    ) -> None:
        """The DM never went: its notice (who, not what) where the executor said, once
        for several DMs to the same person that failed together."""
        log.warning("could not send %s a private message: %s", entry["person"], reason)
        if (entry["person"], entry["notice"]) in told:
            return
        told.add((entry["person"], entry["notice"]))
        try:
            key = f"{entry['key']}/never-sent" if entry["key"] else ""
            await self.post(entry["notice_room"], entry["notice"], key=key)
        except Exception as error:
            log.warning("could not say that %s missed a message: %s", entry["person"], error)

    async def send_file(self, person_id: str, filename: str, content: bytes, key: str = "") -> None:
        file = discord.File(io.BytesIO(content), filename=filename)
        channel = await self._dm(person_id)
        await _do(
            "send the file",
            channel.send(file=file, allowed_mentions=NO_MENTIONS, nonce=nonce_of(key)),
        )

    async def answer(
        self, interaction: discord.Interaction, person: Actor, room: str, replies: Sequence[Reply]
    ) -> None:
        """Answer a slash command with what its outcome had for the person who used it:
        ephemeral follow-ups, in order (they take no nonce; each reply is within the
        2,000 characters a follow-up takes, the bus having split longer texts). One
        Discord will not take (the token gone after 15 minutes: 50027, say) is sent
        as the private message it is, with its key; if even that fails, it is said in
        the channel, addressed to them, as the executor does with a private message."""
        for reply in replies:
            try:
                await _do("answer privately", self._follow_up(interaction, reply))
            except DiscordRequestFailed as error:
                log.warning("could not answer %s in place (%s); sending it", person.id, error)
                await self._privately(person, room, reply)

    def _follow_up(self, interaction: discord.Interaction, reply: Reply) -> Awaitable[Any]:
        if reply.file is None:
            return interaction.followup.send(
                reply.text, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
        filename, content = reply.file
        file = discord.File(io.BytesIO(content), filename=filename)
        return interaction.followup.send(file=file, ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def _privately(self, person: Actor, room: str, reply: Reply) -> None:
        try:
            if reply.file is None:
                await self.send_private(person.id, reply.text, reply.key, (room, person.name))
            else:
                await self.send_file(person.id, *reply.file, key=reply.key)
            return
        except DiscordRequestFailed as error:
            log.warning("could not send %s their answer privately: %s", person.id, error)
        name = person.name or person.id
        # A text is said to them in the room; a file cannot be, so the room hears who
        # missed a private message, in words, never Discord's error.
        if reply.file is None:
            addressed = words.for_person(name, reply.text)
        else:
            addressed = words.private_message_not_sent(name)
        try:
            await self.post(room, addressed, key=f"{reply.key}/named" if reply.key else "")
        except DiscordRequestFailed as error:  # nowhere left to say it
            log.warning("could not give %s an answer: %s", person.id, error)

    async def _dm(self, person_id: str) -> discord.DMChannel:
        # create_dm reuses the DM channel it already knows; one request the first time.
        return await _do(
            "start a private conversation",
            self.client.create_dm(discord.Object(user_id_of(person_id))),
        )

    # --- channels -------------------------------------------------------------

    async def _channel(self, channel_id: int) -> Any:
        channel = self.client.get_channel(channel_id)
        if channel is None:
            channel = await _do("find the channel", self.client.fetch_channel(channel_id))
        return channel

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        key: str = "",
        also: tuple[int, ...] = (),
    ) -> tuple[str, ...]:
        """One private thread per room under the workshop channel, with its members,
        the facilitators and `also` (the workshop's co-facilitators) added: one
        request each, as Discord has no other way to add someone to a private
        thread. The limits are checked before anything is made. With a key, each
        thread is remembered as it is made (and again once its people are added),
        so doing this again for the same key makes and fills only what is missing."""
        channel = await self._channel(channel_id_of(main_room))
        if not isinstance(channel, discord.TextChannel):
            raise DiscordRequestFailed(
                words.discord_could_not("make the rooms", words.DISCORD_NOT_A_TEXT_CHANNEL)
            )
        made = self.state.made(key)
        rooms = made["rooms"]
        missing = [n for n in range(len(names)) if str(n) not in rooms]
        active = len(channel.guild.threads)
        if missing and active + len(missing) > ACTIVE_THREAD_LIMIT:
            reason = words.DISCORD_TOO_MANY_THREADS.format(
                limit=ACTIVE_THREAD_LIMIT, active=active, wanted=len(missing)
            )
            raise DiscordRequestFailed(words.discord_could_not("make the rooms", reason))
        guild = channel.guild
        staff = self.staff_of(guild)
        staff += [u for u in also if u not in staff and guild.get_member(u) is not None]
        # The rooms are made side by side, and each room's people are added side by
        # side: discord.py's rate limiter keeps each bucket (the parent channel's for
        # creates, each thread's for adds) within what Discord's headers allow, so
        # the last person sees their room after a few round trips, not 80.
        made_rooms = await asyncio.gather(
            *(
                self._make_thread(channel, rooms, n, name, people, staff, key)
                for n, (name, people) in enumerate(zip(names, members, strict=True))
            ),
            return_exceptions=True,
        )
        failed = [r for r in made_rooms if isinstance(r, BaseException)]
        if failed:
            raise failed[0]
        return tuple(room_key(thread) for thread in made_rooms)

    async def _make_thread(
        self,
        channel: discord.TextChannel,
        rooms: dict[str, Any],
        n: int,
        name: str,
        people: tuple[str, ...],
        staff: list[int],
        key: str,
    ) -> int:
        """One room's private thread, made if missing, with its people added."""
        room = rooms.get(str(n))
        if room is None:
            thread = await _do(
                f"make the room {name}",
                channel.create_thread(
                    name=name[:MAX_THREAD_NAME],
                    type=discord.ChannelType.private_thread,
                    invitable=False,
                    auto_archive_duration=ARCHIVE_AFTER_MINUTES,
                ),
            )
            room = rooms[str(n)] = {"thread": thread.id, "added": False}
            await self._remember(key)
        if not room["added"]:
            ids = [user_id_of(person) for person in people]
            ids += [user for user in staff if user not in ids]
            # Adding someone already there is harmless, so a repeat after a crash
            # adds everyone again rather than remembering each add.
            add = self.client.http.add_user_to_thread
            await _all_or_first_failure(
                _do(f"add someone to {name}", add(room["thread"], user)) for user in ids
            )
            room["added"] = True
            await self._remember(key)
        return room["thread"]

    async def add_to_thread(self, room: str, users: list[int]) -> None:
        """Add people (who are in the thread's server) to a group's thread."""
        thread = await self._channel(channel_id_of(room))
        guild = getattr(thread, "guild", None)
        for user in users:
            if guild is not None and guild.get_member(user) is None:
                continue
            await _do("add someone to a room", self.client.http.add_user_to_thread(thread.id, user))

    async def remove_from_thread(self, room: str, users: list[int]) -> None:
        """Take people out of a group's thread (Remove Thread Member: the bot made the
        private thread, so needs no Manage Threads). Someone no longer in it is gone
        already (a 404 is not an error)."""
        thread = await self._channel(channel_id_of(room))
        for user in users:
            try:
                await self.client.http.remove_user_from_thread(thread.id, user)
            except discord.NotFound:
                log.info("%s is not in %s: nothing to take away", user, room)
            except discord.HTTPException as error:
                reason = error.text or f"HTTP {error.status}"
                raise DiscordRequestFailed(
                    words.discord_could_not("take someone out of a room", reason)
                ) from error

    async def _remember(self, key: str) -> None:
        if key:
            await self.state.save()

    async def close_room(self, room: str, main_room: str, key: str = "") -> None:
        """Lock and archive the thread: its history stays, nobody is removed. A
        thread already locked and archived (closed before a crash) is left alone, and
        so, with a key, is one that is gone (deleted, after `after_breakout =
        "delete"` before a crash, say)."""
        try:
            thread = await self._channel(channel_id_of(room))
        except DiscordRequestFailed as error:
            if key and isinstance(error.__cause__, discord.NotFound):
                log.info("room %s is gone: nothing to close", room)
                return
            raise
        if not isinstance(thread, discord.Thread):
            raise DiscordRequestFailed(
                words.discord_could_not("close the room", "it is not a thread")
            )
        if thread.archived and thread.locked:
            return
        await _do("close the room", thread.edit(archived=True, locked=True))

    # --- floor control ----------------------------------------------------------

    async def set_floor(
        self, room: str, speakers: tuple[str, ...], keep_talking: tuple[int, ...] = ()
    ) -> None:
        """In a text channel: @everyone may not send messages; the speakers, the
        facilitator roles `keep_talking` and the bot may. One request each way;
        lifting it puts back exactly the overwrites the channel had."""
        channel = await self._channel(channel_id_of(room))
        if isinstance(channel, discord.Thread) or not hasattr(channel, "overwrites"):
            return  # a thread has no overwrites of its own
        floors = self.state.memory.floor  # kept across restarts
        if not speakers:
            saved = floors.get(str(channel.id))
            if saved is not None:
                await _do("give everyone their voice back", put_overwrites(channel, saved))
                del floors[str(channel.id)]  # only once the channel is back as it was
                await self.state.save()
            return
        saved = floors.get(str(channel.id))
        first = saved is None
        if saved is None:
            saved = [_raw(o) for o in channel._overwrites]
            floors[str(channel.id)] = saved
            await self.state.save()  # before the channel changes
        guild = channel.guild
        allow_send = discord.Permissions(send_messages=True).value
        raw = {(o["id"], o["type"]): dict(o) for o in saved}
        everyone = raw.setdefault((str(guild.id), 0), _blank(guild.id, 0))
        everyone["deny"] = str(int(everyone["deny"]) | allow_send)
        everyone["allow"] = str(int(everyone["allow"]) & ~allow_send)
        # A role's (or a person's) own allow on the channel beats @everyone's deny
        # (Discord applies allows after denies): it is lifted too while the floor is
        # held. Server admins still write: no overwrite binds them.
        for entry in raw.values():
            entry["allow"] = str(int(entry["allow"]) & ~allow_send)
        talkers = [(user_id_of(p), 1) for p in speakers if p.startswith("discord:")]
        roles = [role for role in keep_talking if guild.get_role(role) is not None]
        talkers += [(role, 0) for role in roles] + [(self.client.user.id, 1)]
        for target, kind in talkers:
            entry = raw.setdefault((str(target), kind), _blank(target, kind))
            entry["allow"] = str(int(entry["allow"]) | allow_send)
            entry["deny"] = str(int(entry["deny"]) & ~allow_send)
        try:
            await _do("change who can speak", put_overwrites(channel, list(raw.values())))
        except DiscordRequestFailed as error:
            if first and _answered_no(error):
                await self._forget_unchanged_floor(channel.id)
            raise

    async def _forget_unchanged_floor(self, channel_id: int) -> None:
        """Discord answered no to the first change (a 4xx: the channel is as it was),
        so there is nothing to put back. Kept, the overwrites seen then would be the
        base of the next floor and be put back when it opens, writing away whatever
        changed since: an overwrite an admin has just added to give the bot Manage
        Roles, say, so the bot would take the permission from itself and leave the
        channel locked (tests/discord/test_refusal_paths.py). A 5xx or no answer is
        kept: the change may have been made."""
        del self.state.memory.floor[str(channel_id)]
        await self.state.save()


async def _all_or_first_failure(requests: Iterable[Awaitable[Any]]) -> None:
    """Every request runs to its end (none is abandoned half way); then the first
    failure, if any, is raised."""
    results = await asyncio.gather(*requests, return_exceptions=True)
    failed = [r for r in results if isinstance(r, BaseException)]
    if failed:
        raise failed[0]


def _blank(target: int, kind: int) -> dict[str, Any]:
    return {"id": str(target), "type": kind, "allow": "0", "deny": "0"}


def _raw(overwrite: Any) -> dict[str, Any]:
    return {
        "id": str(overwrite.id),
        "type": overwrite.type,
        "allow": str(overwrite.allow),
        "deny": str(overwrite.deny),
    }


def overwrites_except(channel: Any, users: Iterable[int]) -> list[dict[str, Any]]:
    """The channel's overwrites as Discord takes them back, less those of `users`: the
    start of every edit that lets people in or takes them out (one PATCH for all)."""
    leaving = set(users)
    return [_raw(o) for o in channel._overwrites if o.id not in leaving]


async def put_overwrites(channel: Any, overwrites: list[dict[str, Any]]) -> None:
    # One PATCH with the whole list (never one request per member).
    await channel._state.http.edit_channel(channel.id, permission_overwrites=overwrites)
