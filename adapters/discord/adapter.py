"""The Discord adapter: a discord.py client that runs workshops in Discord channels.

Inbound: slash commands (the same words as the console), each built from its
option values by the same value readers as typed text
(`facilitation.parser.command_from_options`) and handed to the bus as a typed
command; messages in the workshop channels and threads (the MESSAGE_CONTENT
intent), as text for the parser; ✋ on the pinned queue
message (and taking it away), a request to speak on a workshop's Stage, numbered
votes, and edits and deletions of ordinary messages as typed commands
(`RaiseHand`, `LowerHand`, `ReactionVote`, `EditMessage`, `DeleteMessage`) to the
callable given to `deliver_commands_to` (the bus). Outbound: see `outbound.py`. No
discord.py type crosses the port.

Staff alerts go to the workshop channel's private staff place (a thread, or a
private channel where threads cannot be made): see `staff.py`.

Sends are repeat-safe (Capability.REPEAT_SAFE): see `outbound.py` for messages
and threads, `voice.py` for channels.

The adapter never reads a workshop's state. It learns only which rooms have a
running workshop (`workshop_rooms_from`), so it leaves other channels alone; what
the core decides comes as effects: the co-facilitators who join every small group
(`create_rooms(also=)`, and `add_to_rooms` for one named later) and the speaker
invited to speak on a Stage (`invite_to_speak`).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord
from discord import app_commands

from adapters.base import Capability, CommandHandler, RoomLookup, TextHandler
from adapters.discord.commands import Used
from adapters.discord.inbound import (
    PREFIX,
    Incoming,
    Kind,
    Reader,
    channel_id_of,
    is_raised_hand,
    room_key,
    source_id,
    user_id_of,
)
from adapters.discord.members import CLIENT_OPTIONS, Members
from adapters.discord.outbound import MAX_FILE_BYTES, MAX_MESSAGE_CHARS, NO_MENTIONS, Outbound
from adapters.discord.polls import PollReactions
from adapters.discord.refusals import named
from adapters.discord.settings import DiscordSettings
from adapters.discord.slash import make_commands
from adapters.discord.staff import StaffPlaces
from adapters.discord.state import DiscordState, StateBackend, key_for
from adapters.discord.voice import Sleep, Voice
from facilitation import commands as cmd
from facilitation import words
from facilitation.commands import PlatformRole
from facilitation.parser import ParseError, command_from_options

log = logging.getLogger(__name__)

ECHO_MAX = 500  # characters of a slash command shown back in "Done: ..."

SEEN_FLUSH_SECONDS = 5.0  # the newest message seen is saved at most this often
DRAIN_SECONDS = 10.0  # at a stop, how long the background requests may still take
NAMES_WAIT = 2.0  # autocomplete waits at most this long for the member list


def text_permissions() -> discord.Permissions:
    """What the bot needs for workshops in text only (no voice, small groups as
    threads). Discord refuses (50013) a request needing a permission the bot was not
    given, and an overwrite naming a bit the bot lacks in the server."""
    return discord.Permissions(
        view_channel=True,
        read_message_history=True,
        send_messages=True,
        send_messages_in_threads=True,
        attach_files=True,  # the notes, sent as a file
        add_reactions=True,  # the ✋ under the queue message
        pin_messages=True,  # pin and unpin the queue message (its own bit since 2025)
        create_private_threads=True,  # small groups as private threads
        manage_threads=True,  # lock and archive the groups' threads
        # Text floor control is one edit of the channel (Modify Channel, which needs
        # Manage Channels) setting its overwrites (which needs Manage Roles).
        manage_channels=True,
        manage_roles=True,
    )


def permissions() -> discord.Permissions:
    """What the bot needs in a server (docs/discord.md gives this as a number)."""
    wanted = text_permissions()
    wanted.update(
        connect=True,  # needed to move people into a voice channel
        # The groups' voice channels allow their members to speak (and the regroup
        # lock denies it): an overwrite may name only bits the bot has itself.
        speak=True,
        use_voice_activation=True,
        move_members=True,
        mute_members=True,  # floor control in voice; speakers on a Stage
    )
    return wanted


def intents() -> discord.Intents:
    """What the bot must receive: guilds and their channels, members (to know
    names and roles), messages with their text, and reactions."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.members = True  # privileged: "Server Members Intent"
    wanted.guild_messages = True
    wanted.message_content = True  # privileged: "Message Content Intent"
    wanted.guild_reactions = True
    wanted.dm_messages = True
    wanted.voice_states = True
    return wanted


class _Events:
    """The events the adapter listens to, for the plain and the sharded client."""

    adapter: DiscordAdapter

    def __init__(self, adapter: DiscordAdapter, **options: Any) -> None:
        super().__init__(intents=intents(), allowed_mentions=NO_MENTIONS, **options)
        self.adapter = adapter

    async def setup_hook(self) -> None:
        await self.adapter.load_state()
        await self.adapter.sync_commands()

    async def on_ready(self) -> None:
        if self.adapter.before_catch_up is not None:
            await self.adapter.before_catch_up()  # now the servers are known: see there
        await self.adapter.catch_up()
        self.adapter.ready.set()

    async def on_disconnect(self) -> None:
        """The connection is lost: see `away`."""
        self.adapter.away()

    async def on_shard_ready(self, shard_id: int) -> None:
        """A shard that identified afresh later (its session was ended) missed what
        happened meanwhile; discord.py sends no new on_ready when the process runs
        several shards, so catch up here, that shard's channels only (at start-up
        on_ready does it for all)."""
        if self.adapter.ready.is_set():
            await self.adapter.catch_up(shard_id)

    async def on_message(self, message: discord.Message) -> None:
        await self.adapter.message(message)

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        await self.adapter.changed(self.adapter.reader.edit(payload))

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        reader = self.adapter.reader
        await self.adapter.changed(
            reader.delete(
                payload.message_id, payload.channel_id, payload.guild_id, payload.cached_message
            )
        )

    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        cached = {m.id: m for m in payload.cached_messages}
        for message_id in sorted(payload.message_ids):
            await self.adapter.changed(
                self.adapter.reader.delete(
                    message_id, payload.channel_id, payload.guild_id, cached.get(message_id)
                )
            )

    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        await self.adapter.reaction(payload)

    async def on_raw_reaction_remove(self, payload: discord.RawReactionActionEvent) -> None:
        await self.adapter.reaction(payload)

    async def on_voice_state_update(
        self, member: discord.Member, before: discord.VoiceState, after: discord.VoiceState
    ) -> None:
        await self.adapter.voice_changed(member, before, after)


class _Client(_Events, discord.Client):
    pass


class _ShardedClient(_Events, discord.AutoShardedClient):
    """Runs the shards `shard_ids` of `shard_count` in one process (one gateway
    connection each); Discord sends each only the events of its servers."""

    async def on_disconnect(self) -> None:
        """discord.py's Shard dispatches `disconnect` (which names no shard) and then
        `shard_disconnect` for the same loss (discord/shard.py `_handle_disconnect`,
        `reidentify`): the marks are kept by the one that says which shard it was."""

    async def on_shard_disconnect(self, shard_id: int) -> None:
        self.adapter.away(shard_id)


class DiscordAdapter:
    capabilities = frozenset(
        {
            Capability.PRIVATE_MESSAGES,
            Capability.EDIT_MESSAGES,
            Capability.PIN_MESSAGES,
            Capability.REACTIONS,
            Capability.FLOOR_CONTROL,
            Capability.FILES,
            Capability.REPEAT_SAFE,
            # Added to a private thread, or let see a group's channels, a person
            # finds the room in their channel list at once.
            Capability.SHOWS_NEW_ROOMS,
        }
    )
    max_message_chars = MAX_MESSAGE_CHARS

    def __init__(
        self,
        settings: DiscordSettings,
        *,
        prefix: str = "!",
        sync_globally: bool = False,
        client_options: dict[str, Any] | None = None,
        network: Callable[[discord.Client], None] | None = None,
        on_command: CommandHandler | None = None,
        sleep: Sleep = asyncio.sleep,
        dm_sleep: Sleep = asyncio.sleep,
    ) -> None:
        """`network`, if given, is called with the new client before anything else
        uses it: tests give it a fake network there. `sleep` paces voice requests,
        `dm_sleep` waits before a DM refused for opening DMs too fast is tried again."""
        self.settings = settings
        self.prefix = prefix
        self.sync_globally = sync_globally or not settings.guild_ids
        options = {**CLIENT_OPTIONS, **(client_options or {})}
        if settings.shard_count:
            options.update(shard_count=settings.shard_count, shard_ids=settings.shard_ids or None)
            self.client: discord.Client = _ShardedClient(self, **options)
        else:
            self.client = _Client(self, **options)
        if network is not None:
            network(self.client)
        self.tree = app_commands.CommandTree(self.client)
        for command in make_commands(self.slash, self.people):
            self.tree.add_command(command)
        self.tree.on_error = self._command_failed  # type: ignore[method-assign]
        self.reader = Reader(
            prefix=prefix,
            facilitator_role_ids=tuple(settings.facilitator_role_ids),
            facilitator_user_ids=tuple(settings.facilitator_user_ids),
            guild_ids=tuple(settings.guild_ids),
            shard_count=settings.shard_count,
            shard_ids=tuple(settings.shard_ids),
        )
        self.members = Members()  # the member list of a server, read when needed
        self.queue_messages: dict[int, int] = {}  # message id -> channel id
        self._pins_read: set[int] = set()  # channels whose pins were read after a restart
        self.state = DiscordState(key_for(settings.shard_count, settings.shard_ids))
        self.out = Outbound(self.client, self.queue_messages, self.state)
        self.out.on_queue_message = self._queue_message_changed
        self.out.on_queue_lost = self._repost_queue
        self.out.sleep = dm_sleep
        # The main room of the workshop a room belongs to (None: no workshop there).
        self.main_room_of: RoomLookup | None = None
        # Whether this process runs a room's workshop itself (None: every running one).
        # With several processes, `main_room_of` also names workshops another process
        # owns (their messages are read and kept for a takeover); their floor is their
        # owner's to set (`_floors_after_restart`).
        self.runs_here: Callable[[str], bool] | None = None
        # Run once the servers are known and before the first catch-up: the bot learns
        # there which workshops run in this process's channels (`catch_up_after`).
        self.before_catch_up: Callable[[], Awaitable[None]] | None = None
        self._flush: asyncio.TimerHandle | None = None
        # Where the next catch-up starts in each channel, kept when the connection (or
        # the channel's shard) was lost (`away`): what is seen live before the catch-up
        # must not skip the gap. Only the catch-up that reads a channel clears its mark.
        self._away_from: dict[str, int] = {}
        self.voice = Voice(
            self.client, settings, self.state, self.out.send_private, sleep, self.out.post
        )
        self.voice.in_workshop = self.in_workshop
        self.voice.report = self._report_failure
        self.out.staff_of = lambda guild: [m.id for m in self.voice.staff_members(guild)]
        self.staff = StaffPlaces(
            self.client,
            self.out,
            self.state,
            self.voice.staff_members,
            lambda guild, people: self.voice._overwrites(guild, people),
        )
        # People in voice are moved into their group's voice channel: with
        # breakout_rooms = "channels", and for a workshop in a voice or Stage channel's
        # own chat (which gets channels: Discord makes no threads there). A move into
        # any other room changes nothing.
        self.capabilities = self.capabilities | {Capability.FORCE_MOVE}
        self.on_text: TextHandler | None = None
        # Edits and deletions need more than text: without this they are not passed on.
        self.on_command = on_command
        self.ready = asyncio.Event()
        self.polls = PollReactions(
            self.client,
            self.state,
            self.reader,
            self.in_workshop,
            lambda: self.on_command,
        )

    def keep_state_in(self, backend: StateBackend) -> None:
        """Keep what must survive a restart in `backend` (for the bot, its
        `EventStore`: the app database); call before `run`."""
        self.state.backend = backend

    def deliver_commands_to(self, on_command: CommandHandler) -> None:
        """Hand what people do but do not type (✋, a Stage request, votes, edits and
        deletions) as typed commands to `on_command` (the bus's `dispatch`) from now
        on; call before `run`."""
        self.on_command = on_command

    def workshop_rooms_from(self, lookup: RoomLookup) -> None:
        """Learn where workshops run with `lookup` (a room -> its main room, or None)."""
        self.main_room_of = lookup

    def rooms_run_here_from(self, test: Callable[[str], bool]) -> None:
        """Learn which rooms' workshops this process runs itself (it owns their lease)."""
        self.runs_here = test

    def catch_up_after(self, step: Callable[[], Awaitable[None]]) -> None:
        """Run `step` once connected, before catching up what was said while the bot was
        down. With leases (`workshop-bot run`), which workshops this process runs is
        decided by which channels it serves, known only once connected; the catch-up
        reads (and keeps the marks of) only channels with a running workshop, so without
        this step it read none and forgot their marks: what was typed while the bot was
        down was never read (tests/discord/test_crash_points.py)."""
        self.before_catch_up = step

    @named
    async def invite_to_speak(self, room: str, person_id: str, turn: int) -> bool:
        """On a Stage, someone called to speak is invited to speak if they are in its
        audience (the core asks only without floor control: with it, `set_floor`
        does this). Once per turn, so a speaker who steps back to the audience stays
        there, and a repeat after a restart does nothing."""
        turns = self.state.memory.stage_turns
        where = str(channel_id_of(room))
        if turns.get(where) == turn:
            return False
        invited = await self.voice.invite_to_speak(room, person_id)
        if invited:
            turns[where] = turn
            await self.state.save()
        return invited

    async def add_to_rooms(
        self, main_room: str, rooms: tuple[str, ...], person_ids: tuple[str, ...]
    ) -> None:
        """Co-facilitators named while small groups are open join them: added to each
        thread, or a member overwrite on each group's channels; and they join the staff
        place. Once per person and room (`joined` remembers who is in each group; the
        staff place who is in it). A room that fails is logged and the others go on."""
        users = tuple(user_id_of(p) for p in person_ids if p.startswith(PREFIX))
        joined = self.state.memory.joined
        await self._know_members(main_room)
        for key in rooms:
            try:
                if self.staff.is_staff_room(key):
                    await self.staff.join(main_room, users)
                    continue
                todo = [u for u in users if u not in joined.get(str(channel_id_of(key)), [])]
                if not todo:
                    continue
                if self.voice.knows(key):
                    await self.voice.let_in(key, todo)
                else:
                    await self.out.add_to_thread(key, todo)
            except Exception as error:  # a convenience: reported in the log only
                log.warning("could not add %s to %s: %s", users, key, error)
                continue
            joined.setdefault(str(channel_id_of(key)), []).extend(todo)
        await self.state.save()

    @named
    async def remove_from_rooms(
        self, main_room: str, rooms: tuple[str, ...], person_ids: tuple[str, ...]
    ) -> None:
        """A co-facilitator removed leaves the open groups they were let into as staff
        (taken out of each thread, or their member overwrite taken off each group's
        channels) and the staff place (`StaffPlaces.leave`). Every room is tried; the
        first failure is raised after, so the facilitators hear of it."""
        users = [user_id_of(p) for p in person_ids if p.startswith(PREFIX)]
        joined = self.state.memory.joined
        failures: list[Exception] = []
        for key in rooms:
            try:
                if self.staff.is_staff_room(key):
                    await self.staff.leave(main_room, users)
                    continue
                if self.voice.knows(key):
                    await self.voice.let_out(key, users)
                else:
                    await self.out.remove_from_thread(key, users)
            except Exception as error:
                log.warning("could not take %s out of %s: %s", users, key, error)
                failures.append(error)
                continue
            there = joined.get(str(channel_id_of(key)))
            if there:  # so naming them again adds them again
                joined[str(channel_id_of(key))] = [u for u in there if u not in users]
        await self.state.save()
        if failures:
            raise failures[0]

    def in_workshop(self, channel_id: int) -> bool:
        """Whether the bot acts in this channel: a workshop (or one of its small
        groups) runs there, or the settings name it (`voice_channels`). Everywhere
        else the server's other bots and people are left alone."""
        if self.main_room_of is None:  # told of no workshops (a bare adapter): everywhere
            return True
        if str(channel_id) in self.settings.voice_channels:
            return True
        return self.main_room_of(room_key(channel_id)) is not None

    def _starts_a_workshop(self, incoming: Incoming) -> bool:
        """A typed start command from someone who may start a workshop."""
        typed = incoming.text.strip()
        first = typed.removeprefix(self.prefix).split(maxsplit=1)[:1]
        starts = (["start"], ["startplan"])
        is_start = typed.startswith(self.prefix) and [w.casefold() for w in first] in starts
        return is_start and incoming.actor.platform_role is PlatformRole.FACILITATOR

    async def message(self, message: discord.Message) -> None:
        """A message: to the core if it is in a workshop's channel, or if it starts one
        (typed by a facilitator); anything else (`!play` for a music bot in #general,
        chat in other channels) is not read at all."""
        if self.in_workshop(message.channel.id):
            self.seen(message)  # the bot's own messages too: where catch-up starts
            await self.handle(self.reader.message(message))
            return
        incoming = self.reader.message(message)
        if incoming is not None and self._starts_a_workshop(incoming):
            # Catch-up starts at the start: a shard that loses its session before any
            # later message here is seen still fetches what was said meanwhile (a
            # refused start leaves nothing: catch_up forgets channels with no workshop).
            self.seen(message)
            await self.handle(incoming)

    def handles_room(self, room: str) -> bool:
        """Whether this process runs the workshop in `room`: its channel is in a
        server of this process's shards (and of the configured servers)."""
        try:
            channel = self.client.get_channel(channel_id_of(room))
        except ValueError:
            return False
        guild = getattr(channel, "guild", None)
        return guild is not None and self.reader.serves(guild.id)

    # --- start-up -------------------------------------------------------------

    async def run(self, on_text: TextHandler) -> None:
        self.on_text = on_text
        async with self.client:
            await self.client.start(self.settings.token)

    async def sync_commands(self) -> None:
        """Each command is registered once where people see it: globally (every server
        and DMs) when asked or when no server is configured, and then the configured
        servers' own copies are cleared; otherwise in each configured server (instant)
        and any old global registration is cleared. A server that cannot be reached is
        logged in plain words and the others go on."""
        for guild_id in self.settings.guild_ids:
            if not self.reader.serves(guild_id):
                continue  # another process's shard syncs it
            guild = discord.Object(guild_id)
            if not self.sync_globally:
                self.tree.copy_global_to(guild=guild)
            try:
                await self.tree.sync(guild=guild)  # with nothing copied: clears old copies
            except discord.HTTPException as error:  # one server must not stop the others
                reason = error.text or f"HTTP {error.status}"
                log.error("%s", words.discord_server_unreachable(guild_id, reason))
        if self.sync_globally:
            await self.tree.sync()
            return
        application = self.client.application_id
        if application is not None and (not self.settings.shard_ids or self._first_shard()):
            await self.client.http.bulk_upsert_global_commands(application, [])

    def _first_shard(self) -> bool:
        """One process of a sharded bot (the one running shard 0) clears global commands."""
        return 0 in self.settings.shard_ids

    async def close(self) -> None:
        """Let the background work finish first (the queue message's latest edit, the
        floor's mutes), for at most DRAIN_SECONDS, so a clean stop loses none of it."""
        await self.drain()
        await self._save_seen()
        await self.client.close()

    async def drain(self, timeout: float = DRAIN_SECONDS) -> None:
        """Wait for the work running in the background (see `close`)."""
        pending = [*self.out.background(), *self.voice.background()]
        if pending:
            _done, late = await asyncio.wait(pending, timeout=timeout)
            if late:
                log.warning("stopped with %d Discord requests still waiting", len(late))

    # --- restarts -------------------------------------------------------------

    async def load_state(self) -> None:
        await self.state.load()
        memory = self.state.memory
        for channel, messages in memory.old_queue.items():  # oldest first, newest last
            for message in messages:
                self.queue_messages[int(message)] = int(channel)
        for channel, message in memory.queue.items():
            self.queue_messages.pop(int(message), None)
            self.queue_messages[int(message)] = int(channel)

    async def _repost_queue(self, room: str, lost: int, text: str) -> str:
        """Discord will not edit the queue message any more: post the latest queue as
        a new one, pin it (✋ on it counts even if the pin fails; ✋ on the old one
        still counts too), and tell the core which message is the queue now."""
        try:
            ref = await self.out.post(room, text)
        except Exception as error:  # the next change of the queue tries again
            log.error("could not post the queue message again in %s: %s", room, error)
            return ""
        try:
            await self.out.pin(room, ref)
        except Exception as error:
            log.warning("could not pin the new queue message %s: %s", ref, error)
        if self.on_command is not None:
            await self.on_command(
                cmd.QueueMessagePosted(
                    actor=cmd.SYSTEM,
                    room=room,
                    source_id=f"queue-message:{room}:{ref}",
                    message_ref=ref,
                )
            )
        return ref

    async def _report_failure(
        self, room: str, what: str, reason: str, refusal: cmd.Refusal | None = None, again: str = ""
    ) -> None:
        """Something done in the background failed: the workshop hears of it as it
        would of a failed effect (the facilitator is told in plain words, those for
        the kind of refusal where known, and, with `again`, how the bot does it again
        by itself: a key of words.DONE_AGAIN)."""
        if self.on_command is None:
            log.warning("could not %s in %s: %s", what, room, reason)
            return
        await self.on_command(
            cmd.EffectFailed(
                actor=cmd.SYSTEM,
                room=room,
                source_id=f"effect-failed:{uuid.uuid4().hex}",
                what=what,
                reason=reason,
                refusal=refusal,
                again=again,
            )
        )

    async def _queue_message_changed(self) -> None:
        memory = self.state.memory
        memory.queue = {str(c): m for m, c in self.queue_messages.items()}  # the newest
        memory.old_queue = {}
        for message, channel in self.queue_messages.items():
            if memory.queue[str(channel)] != message:
                memory.old_queue.setdefault(str(channel), []).append(message)
        memory.hands = {m: u for m, u in memory.hands.items() if int(m) in self.queue_messages}
        await self.state.save()

    def seen(self, message: discord.Message) -> None:
        """Remember the newest message in each channel of a server we serve, so
        that a restart fetches only what came after it. A new channel is saved at
        once; later messages at most every few seconds (after a crash, a message
        fetched again is recognised by the core by its source id)."""
        if message.guild is None or not self.reader.serves(message.guild.id):
            return
        key = str(message.channel.id)
        last = self.state.memory.last_seen.get(key)
        if last is not None and last >= message.id:
            return
        self.state.memory.last_seen[key] = message.id
        if last is None:
            asyncio.get_running_loop().create_task(self.state.save())
        elif self._flush is None:
            loop = asyncio.get_running_loop()
            self._flush = loop.call_later(
                SEEN_FLUSH_SECONDS, lambda: loop.create_task(self._save_seen())
            )

    async def _save_seen(self) -> None:
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None
        await self.state.save()

    def away(self, shard_id: int | None = None) -> None:
        """The bot lost its connection (or shard `shard_id` did): keep where each of its
        channels' catch-up must start. After a fresh IDENTIFY, messages come live again
        (the bot's own posts, still being sent meanwhile, among them) before the
        catch-up runs on ready; each moves `last_seen`, which alone would make the
        catch-up start after what was said while the bot was away. The earliest mark
        is kept. A channel whose server is not known is marked too (a mark only makes
        a catch-up fetch more, which the core recognises by source id)."""
        for key, last in self.state.memory.last_seen.items():
            if shard_id is None or self._shard_of_channel(key) in (shard_id, None):
                self._away_from.setdefault(key, last)

    def _shard_of_channel(self, key: str) -> int | None:
        """The shard whose connection carries this channel's events (discord.py's
        `Guild.shard_id`: (server id >> 22) % shard count), None if not known."""
        guild = getattr(self.client.get_channel(int(key)), "guild", None)
        return None if guild is None else guild.shard_id

    async def catch_up(self, shard_id: int | None = None) -> None:
        """After a (re)connect: the messages sent while the bot was away in the known
        channels (of shard `shard_id`, or all), oldest first, and the ✋ added to or
        taken from queue messages. A message fetched that was also seen live is
        recognised by the core by its source id. Only the marks of the channels read
        here are cleared: another shard, still away, keeps its own (two shards lost
        at once must not have the first one back clear the second's)."""
        for key, last in list(self.state.memory.last_seen.items()):
            if shard_id is not None and self._shard_of_channel(key) != shard_id:
                continue  # another shard's channel: its own catch-up reads it
            if not self.in_workshop(int(key)):  # its workshop has ended: forget it
                del self.state.memory.last_seen[key]
                self._away_from.pop(key, None)
                continue
            channel = self.client.get_channel(int(key))
            if channel is None or not hasattr(channel, "history"):
                continue
            # Taken before reading: a loss during the read marks the channel afresh.
            start = min(last, self._away_from.pop(key, last))
            try:
                async for message in channel.history(
                    limit=None, after=discord.Object(start), oldest_first=True
                ):
                    await self.message(message)
            except discord.HTTPException as error:  # the next catch-up starts there again
                log.info("could not fetch the messages missed in %s: %s", key, error)
                self._away_from[key] = min(start, self._away_from.get(key, start))
        await self._floors_after_restart()
        self.voice.resume_moves()  # the moves into small groups left when it stopped
        self.out.resume_later()  # and the DMs waiting to be tried again
        # Who had ✋ or voted while the bot was away may be anyone in the server.
        for channel_id in {
            *self.queue_messages.values(),
            *(p["channel"] for p in self.state.memory.polls.values()),
        }:
            await self._know_members(room_key(channel_id))
        for message_id, channel_id in list(self.queue_messages.items()):
            try:
                await self._catch_up_hands(channel_id, message_id)
            except discord.HTTPException as error:
                log.info("could not read the hands on %s: %s", message_id, error)
        await self.polls.catch_up()
        await self._save_seen()

    async def _floors_after_restart(self) -> None:
        """A floor held in voice when the bot stopped may have been carried out only in
        part (its mutes run in the background): it is carried out again for the
        speakers the core last named (or lifted, if the workshop has ended meanwhile).
        Only for workshops this process runs: one another process owns is read here but
        its floor is left to its owner (tests/discord/test_waiting_rooms.py)."""
        for voice_key in list(self.state.memory.muted):
            room_id = self.voice.workshop_room_of(int(voice_key))
            if room_id is None:
                continue
            room = room_key(room_id)
            # As last asked by the core while the workshop runs (a newer floor not yet
            # carried out comes again with the core's undone effects); else lifted.
            asked = self.state.memory.floor_speakers.get(room)
            running = self.main_room_of is not None and self.main_room_of(room) is not None
            if running and self.runs_here is not None and not self.runs_here(room):
                # Another process owns this workshop (its lease): the memory loaded here
                # may be older than its floor, and setting it is its owner's job.
                continue
            if running and asked is None:
                continue  # held before its speakers were kept: as it is, till the next floor
            speakers = tuple(asked or ()) if running else ()
            try:
                await self.voice.set_floor(room, speakers)
            except Exception as error:  # the next call sets the floor again anyway
                log.warning("could not set the floor again in %s: %s", room, error)

    async def _catch_up_hands(self, channel_id: int, message_id: int) -> None:
        channel = self.client.get_channel(channel_id)
        guild = getattr(channel, "guild", None)
        if guild is None:
            return
        message = channel.get_partial_message(message_id)
        # ✋ with a skin tone is a reaction of its own: read every raised hand on it.
        data = await self.client.http.get_message(channel_id, message_id)
        hands = [
            r["emoji"]["name"]
            for r in data.get("reactions") or []
            if is_raised_hand(r["emoji"].get("name"))
        ]
        now: list[int] = []
        for emoji in hands:
            after = None
            while True:  # pages of 100, Discord's most
                page = await self.client.http.get_reaction_users(
                    channel_id, message_id, emoji, 100, after=after
                )
                now += [int(u["id"]) for u in page if not u.get("bot") and int(u["id"]) not in now]
                if len(page) < 100:
                    break
                after = int(page[-1]["id"])
        before = self.state.memory.hands.get(str(message_id), [])
        for user_id, added in [(u, True) for u in now if u not in before] + [
            (u, False) for u in before if u not in now
        ]:
            member = guild.get_member(user_id)
            if member is None:
                continue
            word = "hand" if added else "lower"
            await self.command(
                Incoming(
                    Kind.HAND if added else Kind.LOWER,
                    "",
                    self.reader.actor(member, guild.id),
                    room_key(channel_id),
                    f"discord:reaction:{message.id}:{user_id}:{word}:{uuid.uuid4().hex[:12]}",
                )
            )
        self.state.memory.hands[str(message_id)] = now

    # --- inbound --------------------------------------------------------------

    async def handle(self, incoming: Incoming | None) -> bool:
        """Typed text, to the core's text handler (and so its parser)."""
        if incoming is None or self.on_text is None:
            return False
        outcome = await self.on_text(
            incoming.text,
            actor=incoming.actor,
            room=incoming.room,
            source_id=incoming.source_id,
            attachment=incoming.attachment,
        )
        return outcome.accepted

    async def command(self, incoming: Incoming) -> bool:
        """What a person did but did not type (✋, a Stage request, an edit), as a typed
        command to the bus (`deliver_commands_to`): never text for the parser."""
        if self.on_command is None:
            log.warning("nothing takes commands yet: %s in %s", incoming.kind, incoming.room)
            return False
        return (await self.on_command(incoming.command())).accepted

    async def changed(self, incoming: Incoming | None) -> bool:
        """An edit or a deletion of an ordinary message, as a command for the core."""
        if incoming is None or self.on_command is None:
            return False
        if not self.in_workshop(channel_id_of(incoming.room)):
            return False
        return await self.command(incoming)

    async def reaction(self, payload: discord.RawReactionActionEvent) -> None:
        me = self.client.user
        if me is not None and payload.user_id == me.id:
            return
        if await self.polls.reaction(payload):  # a number on a poll: a vote
            return
        if not await self._is_queue_message(payload.channel_id, payload.message_id):
            return
        user: discord.abc.User | None = payload.member
        if user is None and payload.guild_id is not None:
            guild = self.client.get_guild(payload.guild_id)
            user = guild.get_member(payload.user_id) if guild else None
            if user is None and guild is not None:
                try:
                    user = await guild.fetch_member(payload.user_id)
                except discord.HTTPException:
                    log.info("a ✋ by %s, who is no longer here", payload.user_id)
                    return
        incoming = self.reader.reaction(payload, user, is_queue_message=True)
        if incoming is None:
            return
        hands = self.state.memory.hands.setdefault(str(payload.message_id), [])
        if incoming.kind is Kind.HAND and payload.user_id not in hands:
            hands.append(payload.user_id)
        elif incoming.kind is Kind.LOWER and payload.user_id in hands:
            hands.remove(payload.user_id)
        await self.state.save()
        await self.command(incoming)

    async def voice_changed(
        self, member: discord.Member, before: discord.VoiceState, after: discord.VoiceState
    ) -> None:
        """Floor control for people joining voice; in a Stage channel a request to
        speak raises the person's hand in the workshop that uses the Stage."""
        await self.voice.voice_changed(member, before, after)
        asked = after.requested_to_speak_at
        # Only from the audience (suppressed): someone the bot invited to speak gets
        # a request_to_speak_timestamp from Discord too, which is not a raised hand.
        if (
            isinstance(after.channel, discord.StageChannel)
            and after.suppress
            and asked is not None
            and asked != before.requested_to_speak_at
            and not member.bot
        ):
            room = self.voice.workshop_room_of(after.channel.id)
            if room is None:
                return
            await self.command(
                Incoming(
                    Kind.HAND,
                    "",
                    self.reader.actor(member, member.guild.id),
                    room_key(room),
                    f"discord:stage:{member.id}:{asked.timestamp()}",
                )
            )

    async def _is_queue_message(self, channel_id: int, message_id: int) -> bool:
        """Known from `pin`; after a restart with no saved queue message (an older
        database), the newest message the bot pinned in the channel whose text is a
        live queue (read once per channel): the newest pin alone may be a shared item
        or a poll, which must never take hands nor be edited into a queue."""
        if message_id in self.queue_messages:
            return True
        if channel_id in self._pins_read:
            return False
        self._pins_read.add(channel_id)
        channel = self.client.get_partial_messageable(channel_id)
        me = self.client.user
        try:
            async for pinned in channel.pins(limit=50):
                if (
                    me is not None
                    and pinned.author.id == me.id
                    and words.is_queue_text(pinned.content)
                ):
                    if channel_id not in self.queue_messages.values():
                        self.queue_messages[pinned.id] = channel_id
                    break
        except discord.HTTPException as error:
            log.info("could not read the pinned messages of %s: %s", channel_id, error)
        return message_id in self.queue_messages

    async def slash(self, interaction: discord.Interaction, used: Used) -> None:
        """A slash command: the command its options make goes to the bus (no text is
        built to be read back), asked to answer here: what the command has for this
        person privately comes back in its `Outcome` and is given as ephemeral
        follow-ups (only they see them); its timers' private messages, sent later, are
        DMs. A value its reader refuses is answered at once in the reader's words, the
        same as for the typed `!word ...`. The command's text (`used.text`) is only
        shown, in "Done: /..."."""
        text = used.text(self.prefix)
        guild_id = interaction.guild_id
        refusal = ""
        if guild_id is None and used.spec.staff:
            refusal = words.DISCORD_DM_REFUSED
        elif guild_id is not None and not self.reader.serves(guild_id):
            refusal = words.DISCORD_NOT_THIS_SERVER
        elif self.on_text is None or self.on_command is None:
            refusal = words.DISCORD_NOT_READY
        if refusal:
            await interaction.response.send_message(
                refusal, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        # The core may take longer than Discord's 3 seconds: defer, then follow up.
        await interaction.response.defer(ephemeral=True, thinking=True)
        actor = self.reader.actor(interaction.user, guild_id)
        room, source = room_key(interaction.channel_id or 0), source_id(interaction.id)
        try:
            command = command_from_options(
                used.spec.word,
                used.values,
                actor=actor,
                room=room,
                source_id=source,
                prefix=self.prefix,
            )
        except ParseError as error:
            # The value reader's words, as the typed `!word ...` would be answered.
            await interaction.followup.send(
                error.reason, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        outcome = await self.on_command(command, answer_here=True)
        if outcome.replies:
            await self.out.answer(interaction, actor, room, outcome.replies)
            # Given (or sent as DMs): no longer under way. A kill before this line
            # leaves them to the restart, which sends them as DMs (bot/bus.py).
            await outcome.answered()
            return
        # The command as typed can pass the 2,000 characters a follow-up takes (its
        # boxes take 1,000 each; Discord refuses it with 50035, and the person is
        # left with "thinking..."): the echo is cut, the command is whole in the log.
        shown = text if len(text) <= ECHO_MAX else f"{text[: ECHO_MAX - 1]}…"
        await interaction.followup.send(
            words.discord_done(shown) if outcome.accepted else words.discord_not_done(shown),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    async def people(self, interaction: discord.Interaction, current: str) -> list[str]:
        """Names of the people in this guild, for autocomplete (at most 25). The
        server's member list is read first if it is not yet (see members.py), for at
        most NAMES_WAIT seconds: Discord wants the choices within 3 seconds."""
        guild = interaction.guild
        if guild is None:
            return []
        reading = asyncio.ensure_future(self.members.complete(guild))
        try:
            await asyncio.wait_for(asyncio.shield(reading), NAMES_WAIT)
        except TimeoutError:  # it goes on; the next letter typed has more names
            log.info("the member list of %s is still being read", guild.id)
        typed = current.casefold()
        names = sorted(
            {m.display_name for m in guild.members if not m.bot},
            key=lambda n: (not n.casefold().startswith(typed), n.casefold()),
        )
        return [n for n in names if typed in n.casefold()][:25]

    async def _command_failed(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        log.error("slash command failed", exc_info=error)

    # --- the port ---------------------------------------------------------------
    # Each port method wears `named` (refusals.py): a Discord error of a known kind
    # leaves as PlatformRefused, which the executor turns into words of its own.

    @named
    async def post(self, room: str, text: str, key: str = "") -> str:
        return await self.out.post(room, text, key)

    @named
    async def edit(self, room: str, message_ref: str, text: str, key: str = "") -> None:
        await self.out.edit(room, message_ref, text, key)

    @named
    async def offer_reactions(self, room: str, message_ref: str, emojis: Sequence[str]) -> None:
        """A poll's numbered reactions, put under it by the bot (see polls.py)."""
        await self.polls.offer(room, message_ref, emojis)

    @named
    async def pin(self, room: str, message_ref: str) -> None:
        await self.out.pin(room, message_ref)

    @named
    async def pin_item(self, room: str, message_ref: str) -> None:
        await self.out.pin_item(room, message_ref)

    @named
    async def send_private(self, person_id: str, text: str, key: str = "") -> None:
        await self.out.send_private(person_id, text, key)

    def if_never_sent(self, person_id: str, key: str, room: str, notice: str) -> None:
        """Where to say that a DM which waited (opening DMs too fast) never went."""
        self.out.if_never_sent(person_id, key, room, notice)

    async def reaches_privately(self, person_id: str) -> bool:
        """Whether what was just sent to this person privately has reached them: not
        while a DM to them waits because Discord refused to open it (too many opened
        at once; see outbound.py), so a staff alert waiting there is not counted as
        delivered (the executor then tries again)."""
        return not self.out.waiting_for(person_id)

    @named
    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        """Text: who may write; voice (the workshop's voice or Stage channel): who
        is server-muted, or who is on the Stage."""
        # Kept for a restart (`_floors_after_restart`); saved with the voice floor's memory.
        if speakers:
            self.state.memory.floor_speakers[room] = list(speakers)
        else:
            self.state.memory.floor_speakers.pop(room, None)
        await self.out.set_floor(room, speakers, tuple(self.settings.facilitator_role_ids))
        await self.voice.set_floor(room, speakers)

    @named
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
        """With a key, a repeat makes only the rooms not made before (see state.py),
        also those made under one of `earlier_keys` (an earlier version's key for the
        same rooms). `also` (the lead and co-facilitators, from the core) join every
        room, like the facilitators."""
        self.state.adopt_made(key, earlier_keys)
        await self._know_members(main_room)
        staff = tuple(user_id_of(p) for p in also if p.startswith(PREFIX))
        if self.settings.breakout_rooms == "channels" or self._in_voice_chat(main_room):
            rooms = await self.voice.create_rooms(main_room, breakout, names, members, key, staff)
        else:
            rooms = await self.out.create_rooms(main_room, breakout, names, members, key, staff)
        for room in rooms:
            self.state.memory.joined[str(channel_id_of(room))] = list(staff)
        await self.state.save()
        return rooms

    def _in_voice_chat(self, room: str) -> bool:
        """Whether the workshop runs in a voice or Stage channel's own text chat."""
        channel = self.client.get_channel(channel_id_of(room))
        return isinstance(channel, (discord.VoiceChannel, discord.StageChannel))

    @named
    async def close_room(self, room: str, main_room: str, key: str = "") -> None:
        """Closing a room already closed (or deleted) changes nothing."""
        if self.voice.knows(room):
            await self.voice.close_room(room)
        else:
            await self.out.close_room(room, main_room, key)
        if self.state.memory.joined.pop(str(channel_id_of(room)), None) is not None:
            await self.state.save()

    @named
    async def create_staff_room(
        self, main_room: str, title: str, staff: tuple[str, ...], welcome: str, key: str = ""
    ) -> str:
        """The workshop channel's private staff place (see staff.py)."""
        await self._know_members(main_room)
        return await self.staff.create(main_room, title, staff, welcome, key)

    @named
    async def post_to_staff(
        self, staff_room: str, text: str, staff: tuple[str, ...], key: str = ""
    ) -> bool:
        """Post an alert in the staff place; whether a person there can see it."""
        await self._know_members(staff_room)
        return await self.staff.post(staff_room, text, staff, key)

    async def link_to_message(self, room: str, message_id: str) -> str:
        """A link that opens one message (discord.py's `jump_url`:
        https://discord.com/channels/GUILD/CHANNEL/MESSAGE), for staff alerts."""
        snowflake = message_id.removeprefix(PREFIX)
        if not snowflake.isdigit():
            raise ValueError(f"not a Discord message id: {message_id!r}")
        channel = self.client.get_channel(channel_id_of(room))
        if channel is None or not hasattr(channel, "get_partial_message"):
            raise ValueError(f"no channel known for {room!r}")
        return channel.get_partial_message(int(snowflake)).jump_url

    @named
    async def send_file(self, person_id: str, filename: str, content: bytes, key: str = "") -> None:
        await self.out.send_file(person_id, filename, content, key)

    async def max_file_bytes(self) -> int:
        """Discord's upload limit (outbound.MAX_FILE_BYTES), for the executor's check."""
        return MAX_FILE_BYTES

    @named
    async def move(self, room: str, person_ids: tuple[str, ...]) -> None:
        """Into a group's voice channel, or back (see Voice.move); nothing for a thread."""
        await self._know_members(room)
        await self.voice.move(room, person_ids)

    async def _know_members(self, room: str) -> None:
        """The member list of the room's server, complete (see members.py)."""
        try:
            channel = self.client.get_channel(channel_id_of(room))
        except ValueError:
            return
        await self.members.complete(getattr(channel, "guild", None))
