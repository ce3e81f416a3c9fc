"""The Matrix adapter: a matrix-nio client that runs workshops in Matrix rooms.

Inbound: a sync loop (with backoff) reads each batch, hands typed text to the
core as text (for the parser) and everything else as typed commands, and
stores the sync token only after the whole batch was handled: a ✋ reaction on
the queue message is `RaiseHand`, its redaction `LowerHand`, an edit or a
redaction of an ordinary message `EditMessage` or `DeleteMessage`, handed to the
callable given to `deliver_commands_to` (the bus). Outbound: see `outbound.py`.
No nio type crosses the port.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from nio import (
    AsyncClientConfig,
    LoginResponse,
    MessageDirection,
    RoomGetEventResponse,
    RoomMessagesResponse,
    SyncResponse,
    WhoamiResponse,
)

from adapters.base import Capability, CommandHandler, PartNotDone, TextHandler
from adapters.matrix.inbound import (
    TEXT_MSGTYPES,
    Incoming,
    Kind,
    Reader,
    RoomView,
    localpart,
    person_id,
    room_id_of,
    user_id_of,
)
from adapters.matrix.outbound import (
    MAX_MESSAGE_CHARS,
    MatrixRequestFailed,
    Outbound,
    named,
    privileged_creators,
)
from adapters.matrix.pacing import GaugedClient
from adapters.matrix.polls import PollReactions
from adapters.matrix.state import JsonFileBackend, SavedState, StateBackend
from facilitation import words

log = logging.getLogger(__name__)

# A sync holds the last 100 events of each room; more said while the bot was down
# is fetched page by page, up to this many pages (of 100) per room.
CATCH_UP_PAGES = 50
CREATOR_LEVEL = 2**53  # "infinite": room version 12 creators outrank every level
OK = "\u2705"  # ✅
NOT_OK = "\u274c"  # ❌


class MatrixSettings(Protocol):
    """What the adapter reads from its settings (bot/config.py's `[matrix]` section
    has these), so the adapter does not depend on the bot's config module."""

    # Read-only members (properties), so the bot's settings may hold narrower types
    # (a list for a Sequence, a Literal for a str): plain protocol attributes would
    # have to match exactly, as they could be written through.
    @property
    def homeserver(self) -> str: ...

    @property
    def user_id(self) -> str: ...

    @property
    def password(self) -> str: ...

    @property
    def access_token(self) -> str: ...

    @property
    def device_name(self) -> str: ...

    @property
    def facilitator_power_level(self) -> int: ...

    @property
    def facilitator_user_ids(self) -> Sequence[str]: ...

    @property
    def allowed_inviters(self) -> Sequence[str]: ...

    # A room id for every workshop's staff alerts, or "" to make one each.
    @property
    def staff_room(self) -> str: ...


class LoginFailed(Exception):
    """The bot could not log in; the message says what to check."""


class MatrixAdapter:
    capabilities = frozenset(
        {
            Capability.PRIVATE_MESSAGES,
            Capability.EDIT_MESSAGES,
            Capability.PIN_MESSAGES,
            Capability.REACTIONS,
            Capability.FLOOR_CONTROL,
            Capability.FILES,
            Capability.REPEAT_SAFE,
            # An invitation puts the room in the person's client, and the room's
            # first message says who is there and for how long: no private
            # "you are in room X" note is needed (60 requests fewer for 60 people).
            Capability.SHOWS_NEW_ROOMS,
        }
    )
    # Within a Matrix event's 65,536 bytes whatever the characters (outbound.py);
    # 20,000 let 20,000 emoji (80,000 bytes) past the limit.
    max_message_chars = MAX_MESSAGE_CHARS

    def __init__(
        self,
        settings: MatrixSettings,
        state_path: Path,
        *,
        state_backend: StateBackend | None = None,
        prefix: str = "!",
        sync_timeout_ms: int = 30_000,
        pace_seconds: float = 0.5,
        client_config: AsyncClientConfig | None = None,
        on_command: CommandHandler | None = None,
    ) -> None:
        self.settings = settings
        # Edits and deletions need more than text: without this they are not passed on.
        self.on_command = on_command
        self.prefix = prefix
        self.sync_timeout_ms = sync_timeout_ms
        # What must survive a restart: in `state_backend` (the app database) when
        # given, else in the side file `state_path` of earlier versions.
        self.state_path = state_path
        self.state = SavedState(JsonFileBackend(state_path))
        if state_backend is not None:
            self.keep_state_in(state_backend)
        config = client_config or AsyncClientConfig(
            max_limit_exceeded=5,  # 429s are waited out a few times, then reported
            max_timeouts=5,
            request_timeout=60,
            encryption_enabled=False,
            store_sync_tokens=False,
        )
        # Counts the bot's own requests in flight, so the sync loop can hold back
        # while the bot is sending (see pacing.py).
        self.client: GaugedClient = GaugedClient(
            settings.homeserver,
            settings.user_id,
            config=config,
        )
        # Who is a facilitator is decided from these: room id -> the room's whole
        # m.room.power_levels content as the server sent it (in a sync, an answer to a
        # state request, or what the bot itself wrote), each one REPLACING the last.
        # Never from nio's `MatrixRoom.power_levels`: nio's `PowerLevels.update`
        # (nio/events/room_events.py) merges the new `users` map into the old one
        # (`self.users.update(new_levels.users)`), so someone removed from `users` keeps
        # their old level there for good: a former speaker kept facilitator rights.
        self.power_levels: dict[str, dict[str, Any]] = {}
        self.reader = Reader(
            settings.user_id,
            prefix=prefix,
            facilitator_power_level=settings.facilitator_power_level,
            facilitator_user_ids=tuple(settings.facilitator_user_ids),
        )
        self.out = Outbound(
            self.client,
            self.state,
            facilitator_power_level=settings.facilitator_power_level,
            facilitator_user_ids=tuple(settings.facilitator_user_ids),
            facilitators_in=self._facilitators_in,
            members_of=self._members_of,
            creators_of=self._creators_of,
            power_levels=self.power_levels,
            pace_seconds=pace_seconds,
            staff_room_id=settings.staff_room,
        )
        self._creators: dict[str, set[str]] = {}  # room id -> privileged creators (v12+)
        self.synced = asyncio.Event()  # set after the first sync has been handled
        self.ready = self.synced  # the port's name for it
        self.polls = PollReactions(
            self.state,
            self.out.react,
            lambda room_id, user_id: self.reader.actor(user_id, self._room_view(room_id)),
            lambda: self.on_command,
            lambda: self.client.user_id,
        )

    def keep_state_in(self, backend: StateBackend) -> None:
        """Keep the adapter's state in `backend` (for the bot, its `EventStore`) from
        now on; call before `run`. The side file, if there is one, is read once
        when the backend holds nothing yet."""
        self.state.backend = backend
        self.state.legacy_file = self.state_path

    def deliver_commands_to(self, on_command: CommandHandler) -> None:
        """Hand edits and deletions of ordinary messages to `on_command` (the
        dispatcher's `dispatch`) from now on; call before `run`."""
        self.on_command = on_command

    # --- login ----------------------------------------------------------------

    async def connect(self) -> None:
        """Log in with the access token (checked with whoami) or the password,
        keeping the device id from the last run."""
        s = self.settings
        await self.state.load()
        self.client.device_id = self.state.data.device_id or None
        if s.access_token:
            await self._resume(s.access_token, "matrix.access_token", must=True)
        elif not (
            self.state.data.access_token
            and await self._resume(self.state.data.access_token, "the saved login", must=False)
        ):
            response = await self.client.login(s.password, device_name=s.device_name)
            if not isinstance(response, LoginResponse):
                raise LoginFailed(
                    f"could not log in to {s.homeserver} as {s.user_id} "
                    f"({getattr(response, 'message', response)})"
                )
            self.state.data.access_token = response.access_token
        if self.client.device_id and self.client.device_id != self.state.data.device_id:
            self.state.data.device_id = self.client.device_id
        await self.state.save()

    async def _resume(self, token: str, what: str, *, must: bool) -> bool:
        """Use an access token the server still accepts for our user. With `must`, a
        refusal is a LoginFailed; otherwise False (the bot logs in with its password)."""
        s = self.settings
        self.client.access_token = token
        who = await self.client.whoami()
        problem = ""
        if not isinstance(who, WhoamiResponse):
            problem = (
                f"the homeserver {s.homeserver} did not accept {what} "
                f"({getattr(who, 'message', who)})"
            )
        elif who.user_id != s.user_id:
            problem = f"{what} belongs to {who.user_id}, not to matrix.user_id {s.user_id}"
        if problem and must:
            raise LoginFailed(problem)
        if problem:
            log.info("%s; logging in with the password", problem)
            self.client.access_token = ""
            return False
        self.client.restore_login(s.user_id, who.device_id or "", token)
        return True

    async def close(self) -> None:
        await self.client.close()

    def parts_not_done(self, main_room: str, key: str) -> list[PartNotDone]:
        """A group's room or the staff room made and used but not in the Space
        (Outbound `_link_to_space`, `_link_staff_room`), for the executor to report
        as a failure of the call that made it (adapters.base.ReportsPartsNotDone):
        stored with the workshop's log, or, after a stop before that, found again
        when the call is done again at the restart."""
        return self.out.parts_not_done(main_room, key)

    # --- the sync loop ------------------------------------------------------------

    async def run(self, on_text: TextHandler) -> None:
        await self.connect()
        try:
            await self._sync_forever(on_text)
        finally:
            await self.close()

    async def _sync_forever(self, on_text: TextHandler) -> None:
        backoff = 1.0
        # After a restart nio knows no room yet: the first sync asks for full state.
        first = True
        while True:
            since = self.state.data.next_batch
            fresh = not since  # the very first start
            if not first:
                # The bot's own burst (a breakout) is read back in one sync, not one
                # sync per event; at once when the bot is not sending.
                await self.client.gauge.quiet()
            try:
                response = await self.client.sync(
                    timeout=0 if first else self.sync_timeout_ms,
                    since=since or None,
                    full_state=True if first else None,
                    sync_filter={"room": {"timeline": {"limit": 1 if fresh else 100}}},
                )
            except Exception as error:  # the network, the server, a bad answer: try again
                log.debug("sync raised", exc_info=True)
                response = error
            if not isinstance(response, SyncResponse):
                if getattr(response, "status_code", "") in ("M_UNKNOWN_TOKEN", "M_FORBIDDEN"):
                    raise LoginFailed(f"the homeserver refused the bot's login: {response}")
                log.warning("sync failed (%s); trying again in %.0f s", response, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 60.0)
                continue
            backoff = 1.0
            # On the very first start, old messages are not answered: only invitations.
            await self._handle_batch(response, on_text, answer=not fresh, since=since)
            # Stored only now: every command of the batch has been handled (and so
            # committed); a crash before this line means the batch comes again, and
            # the core's unique source ids give each command one effect.
            self.state.data.next_batch = response.next_batch
            await self.state.save()
            first = False
            self.synced.set()

    async def _handle_batch(
        self, response: SyncResponse, on_text: TextHandler, answer: bool, since: str = ""
    ):
        for room_id, info in response.rooms.invite.items():
            # nio takes "content" out of these events' source; read its attributes.
            memberships = [
                (
                    getattr(e, "sender", ""),
                    getattr(e, "state_key", ""),
                    getattr(e, "membership", ""),
                )
                for e in info.invite_state
            ]
            await self._invited(room_id, memberships)
        for room_id, info in response.rooms.join.items():
            events = [event.source for event in info.timeline.events]
            for event in [e.source for e in info.state] + events:
                if event.get("type") == "m.room.create":
                    self._creators[room_id] = privileged_creators(event)
                elif event.get("type") == "m.room.encryption" and answer:
                    await self._tell_encrypted(room_id)
            # The state block is the room's state before the timeline.
            for event in [e.source for e in info.state]:
                self._note_levels(room_id, event)
            if not answer:
                for event in events:
                    self._note_levels(room_id, event)
                continue
            joined_at = _own_join(events, self.client.user_id)
            if joined_at is not None:
                for event in events[: joined_at + 1]:
                    self._note_levels(room_id, event)
                events = events[joined_at + 1 :]  # what was said before the bot came is old
            elif info.timeline.limited and since:
                # More was said while the bot was away than a sync holds: fetch the rest.
                events = await self._missed(room_id, info.timeline.prev_batch, since) + events
            for event in events:
                # In timeline order: each command is judged by the levels of its moment.
                self._note_levels(room_id, event)
                try:
                    await self._handle_event(room_id, event, on_text)
                except Exception:  # one bad event must not stop the others
                    log.exception("could not handle %s in %s", event.get("event_id"), room_id)

    async def _missed(self, room_id: str, before: str, since: str) -> list[dict[str, Any]]:
        """The room's events after the sync token `since` and before the pagination
        token `before`, oldest first. A failure is logged and the rest skipped (the
        batch's own events are still handled)."""
        missed: list[dict[str, Any]] = []
        start = before
        for _ in range(CATCH_UP_PAGES):
            response = await self.client.room_messages(
                room_id, start=start, end=since, direction=MessageDirection.back, limit=100
            )
            if not isinstance(response, RoomMessagesResponse):
                log.warning("%s: could not fetch missed messages: %s", room_id, response)
                break
            missed += [event.source for event in response.chunk]
            if not response.chunk or not response.end or response.end == start:
                break
            start = response.end
        else:
            log.warning(
                "%s: more than %d messages were missed; older ones were skipped",
                room_id,
                CATCH_UP_PAGES * 100,
            )
        log.info("%s: caught up on %d messages from while the bot was away", room_id, len(missed))
        return missed[::-1]

    async def _invited(self, room_id: str, memberships: list[tuple[str, str, str]]) -> None:
        """`memberships`: (sender, state key, membership) of the invitation's member events."""
        inviter = next(
            (
                sender
                for sender, state_key, membership in memberships
                if state_key == self.client.user_id and membership == "invite"
            ),
            "",
        )
        allowed = (*self.settings.allowed_inviters, *self.settings.facilitator_user_ids)
        if inviter and may_invite(inviter, allowed):
            joined = await self.client.join(room_id)
            log.info("invited to %s by %s: %s", room_id, inviter, joined)
        else:
            log.info("declining the invitation to %s from %s", room_id, inviter or "someone")
            await self.out.leave(room_id, words.invitation_declined())

    def _note_levels(self, room_id: str, event: dict[str, Any]) -> None:
        """Keep a room's power levels from its m.room.power_levels state event, whole."""
        if event.get("type") == "m.room.power_levels" and event.get("state_key") == "":
            content = event.get("content")
            if isinstance(content, dict):
                self.power_levels[room_id] = content

    async def _levels_known(self, room_id: str) -> None:
        """Ask the server for a room's power levels if no sync has brought them yet."""
        if room_id in self.power_levels:
            return
        try:
            content = await self.out.state_event(room_id, "m.room.power_levels", missing_ok=True)
        except MatrixRequestFailed as error:  # then nobody is a facilitator by level
            log.warning("could not read the power levels of %s: %s", room_id, error)
            return
        self.power_levels.setdefault(room_id, content)

    async def _handle_event(self, room_id: str, event: dict[str, Any], on_text: TextHandler):
        await self._levels_known(room_id)
        if await self.polls.handle(room_id, event):  # a number on a poll: a vote
            return
        incoming = self.reader.read(
            room_id,
            event,
            self._room_view(room_id),
            queue_messages=lambda ref: ref in self.state.data.queue_messages,
            hand_reaction=self._hand_reaction,
        )
        if incoming is None:
            return
        if incoming.kind is Kind.ENCRYPTED:
            await self._tell_encrypted(room_id)
            return
        if incoming.kind in (Kind.EDIT, Kind.DELETE):
            await self._changed(room_id, incoming)
            return
        if incoming.kind in (Kind.HAND, Kind.LOWER):
            await self._hand(room_id, event, incoming)
            return
        outcome = await on_text(
            incoming.text,
            actor=incoming.actor,
            room=incoming.room,
            source_id=incoming.source_id,
            attachment=incoming.attachment,
        )
        if incoming.text.lstrip().startswith(self.prefix):
            await self._acknowledge(room_id, incoming, outcome.accepted)

    async def _hand(self, room_id: str, event: dict[str, Any], incoming: Incoming) -> None:
        """✋ on the queue message (`RaiseHand`) or its redaction (`LowerHand`), typed, to
        the bus. The ✋ is remembered first, so its redaction is known as taking it back
        even if the bot stops in between; the core answers either way (privately, if
        it refuses), as it does `!hand`."""
        if self.on_command is None:
            log.warning("a ✋ in %s, but nothing takes commands yet; ignored", room_id)
            return
        if incoming.kind is Kind.HAND:
            self.state.data.hand_reactions[incoming.source_id] = [room_id, event["sender"]]
            await self.state.save()
        await self.on_command(incoming.command())
        if incoming.kind is Kind.LOWER:
            redacts = event.get("redacts") or (event.get("content") or {}).get("redacts", "")
            self.state.data.hand_reactions.pop(redacts, None)
            await self.state.save()

    async def _changed(self, room_id: str, incoming: Incoming) -> None:
        """An edit or a redaction of an ordinary message we can see: an edit must be
        by the message's own sender (Matrix lets anyone send an `m.replace`) of a
        text message that was not a command; a redaction must be of a message
        (not of a reaction, a state event or one of the bot's own)."""
        if self.on_command is None:
            return
        original = await self._event(room_id, incoming.message_id)
        if original is None or original.get("type") != "m.room.message":
            return
        if original.get("sender") in ("", self.client.user_id):
            return
        if incoming.kind is Kind.DELETE:
            await self.on_command(incoming.command())
            return
        content = original.get("content") or {}
        relates = content.get("m.relates_to") or {}
        if (
            person_id(original["sender"]) != incoming.actor.id
            or content.get("msgtype") not in TEXT_MSGTYPES
            or relates.get("rel_type") == "m.replace"  # an edit names the original, not an edit
            or self.reader.is_command(self.reader.text_of(content))
        ):
            return
        await self.on_command(incoming.command())

    async def _event(self, room_id: str, event_id: str) -> dict[str, Any] | None:
        """An event of the room as the server has it now (a redacted one keeps its
        type and sender); None if the server will not say."""
        try:
            response = await self.client.room_get_event(room_id, event_id)
        except Exception:  # the network, the server: this edit or deletion is skipped
            log.warning("could not fetch %s in %s", event_id, room_id, exc_info=True)
            return None
        if not isinstance(response, RoomGetEventResponse):
            log.info("could not fetch %s in %s: %s", event_id, room_id, response)
            return None
        return response.event.source

    def _hand_reaction(self, event_id: str) -> tuple[str, str] | None:
        known = self.state.data.hand_reactions.get(event_id)
        return (known[0], known[1]) if known else None

    async def _acknowledge(self, room_id: str, incoming: Incoming, accepted: bool) -> None:
        """✅ when the command was carried out (or answered), ❌ when it was refused;
        the reason for a ❌ reaches the person privately from the core."""
        try:
            await self.out.react(room_id, incoming.source_id, OK if accepted else NOT_OK)
        except (MatrixRequestFailed, OSError, TimeoutError) as error:
            log.info("could not acknowledge %s: %s", incoming.source_id, error)

    async def _tell_encrypted(self, room_id: str) -> None:
        if room_id in self.state.data.encryption_told:
            return
        self.state.data.encryption_told.append(room_id)
        await self.state.save()
        try:
            await self.out.send(
                room_id,
                "m.room.message",
                {"msgtype": "m.notice", "body": words.encrypted_room()},
                "say the room is encrypted",
            )
        except MatrixRequestFailed as error:
            log.warning("could not tell %s that it is encrypted: %s", room_id, error)

    # --- what inbound and outbound need to know about rooms -------------------------

    def _room_view(self, room_id: str) -> RoomView:
        room = self.client.rooms.get(room_id)

        def level_of(user_id: str) -> int:
            return self._level(room_id, user_id)

        def name_of(user_id: str) -> str:
            name = room.user_name(user_id) if room else None
            return name or localpart(user_id)

        return RoomView(level_of=level_of, name_of=name_of, is_direct=self.out.is_direct(room_id))

    def _facilitators_in(self, room_id: str) -> set[str]:
        room = self.client.rooms.get(room_id)
        if room is None:
            return set(self.settings.facilitator_user_ids)
        level = self.settings.facilitator_power_level
        by_level = {u for u in room.users if self._level(room_id, u) >= level}
        listed = set(self.settings.facilitator_user_ids) & set(room.users)
        return by_level | listed

    def _level(self, room_id: str, user_id: str) -> int:
        """A person's power level; a creator in room version 12+ outranks everyone.
        From `power_levels` (the server's whole content), never nio's merged copy."""
        if user_id in self._creators.get(room_id, set()):
            return CREATOR_LEVEL
        return level_in(self.power_levels.get(room_id, {}), user_id)

    def _creators_of(self, room_id: str) -> set[str]:
        return self._creators.get(room_id, set())

    def _members_of(self, room_id: str) -> set[str]:
        room = self.client.rooms.get(room_id)
        if room is None:
            return set()
        return set(room.users) | set(room.invited_users)

    # --- the port ---------------------------------------------------------------------

    @named
    async def post(self, room: str, text: str, key: str = "") -> str:
        return await self.out.post(room, text, key)

    @named
    async def edit(self, room: str, message_ref: str, text: str, key: str = "") -> None:
        await self.out.edit(room, message_ref, text, key)

    @named
    async def pin(self, room: str, message_ref: str) -> None:
        await self.out.pin(room, message_ref)

    @named
    async def pin_item(self, room: str, message_ref: str) -> None:
        await self.out.pin_item(room, message_ref)

    @named
    async def offer_reactions(self, room: str, message_ref: str, emojis: Sequence[str]) -> None:
        """A poll's numbered reactions, put under it by the bot (see polls.py)."""
        await self.polls.offer(room, message_ref, emojis)

    @named
    async def send_private(self, person_id: str, text: str, key: str = "") -> None:
        await self.out.send_private(person_id, text, key)

    @named
    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        await self.out.set_floor(room, speakers)

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
        """Each room invites its members, the main room's facilitators (by power level,
        at 100 there) and `also` (the lead, co-facilitators), each at the level the
        main room gives them: a small group's room gives nobody more say than the
        workshop room, where roles are read (a co-facilitator is staff by the core's
        record, not by a level). Rooms made under one of `earlier_keys` (an earlier
        version's key for the same rooms) count as made under `key`."""
        staff = self._main_room_levels(main_room, also)
        return await self.out.create_rooms(
            main_room, breakout, names, members, key, staff=staff, earlier_keys=earlier_keys
        )

    async def add_to_rooms(
        self, main_room: str, rooms: tuple[str, ...], person_ids: tuple[str, ...]
    ) -> None:
        """Staff named after the rooms were made (a co-facilitator) are invited to each,
        as they would have been when it was made (`create_rooms`; the staff room's
        staff have 100 there)."""
        staff = self._main_room_levels(main_room, person_ids)
        for room in rooms:
            await self.out.add_staff(room_id_of(room), staff)

    @named
    async def remove_from_rooms(
        self, main_room: str, rooms: tuple[str, ...], person_ids: tuple[str, ...]
    ) -> None:
        """A co-facilitator removed leaves the open groups' rooms (`remove_staff`). Every
        room is tried; the first failure is raised after, for the facilitators."""
        users = [user_id_of(p) for p in person_ids if p.startswith("matrix:@")]
        failures: list[Exception] = []
        for room in rooms:
            try:
                await self.out.remove_staff(room_id_of(room), users)
            except Exception as error:
                log.warning("could not take %s out of %s: %s", users, room, error)
                failures.append(error)
        if failures:
            raise failures[0]

    def _main_room_levels(self, main_room: str, person_ids: Sequence[str]) -> dict[str, int]:
        """Each Matrix person's user id -> their power level in the workshop room."""
        main_id = room_id_of(main_room)
        users = [user_id_of(p) for p in person_ids if p.startswith("matrix:@")]
        return {user: self._level(main_id, user) for user in users}

    @named
    async def close_room(self, room: str, main_room: str, key: str = "") -> None:
        await self.out.close_room(room, main_room, key)

    @named
    async def send_file(self, person_id: str, filename: str, content: bytes, key: str = "") -> None:
        await self.out.send_file(person_id, filename, content, key)

    async def max_file_bytes(self) -> int:
        """For the executor's check before a file is sent (outbound.py)."""
        return await self.out.max_file_bytes()

    async def move(self, room: str, person_ids: tuple[str, ...]) -> None:
        raise NotImplementedError("Matrix has no voice rooms to move people between")

    @named
    async def create_staff_room(
        self, main_room: str, title: str, staff: tuple[str, ...], welcome: str, key: str = ""
    ) -> str:
        return await self.out.create_staff_room(main_room, title, staff, welcome, key)

    @named
    async def post_to_staff(
        self, staff_room: str, text: str, staff: tuple[str, ...], key: str = ""
    ) -> bool:
        return await self.out.post_to_staff(staff_room, text, staff, key)

    async def reaches_privately(self, person_id: str) -> bool:
        return await self.out.reaches_privately(person_id)

    async def link_to_message(self, room: str, message_id: str) -> str:
        return await self.out.link_to_message(room, message_id)


def level_in(content: dict[str, Any], user_id: str) -> int:
    """A user's level in an m.room.power_levels content: their entry in `users`, else
    `users_default` (the spec's rule). A value that is not a number counts as 0."""
    users = content.get("users") if isinstance(content.get("users"), dict) else {}
    value = users.get(user_id, content.get("users_default", 0))
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def may_invite(inviter: str, allowed: tuple[str, ...] | list[str]) -> bool:
    """Whether `allowed` lists the inviter: a user id, or a whole server written
    "@*:example.org" (or ":example.org")."""
    server = inviter.split(":", 1)[1] if ":" in inviter else ""
    for entry in allowed:
        if entry == inviter:
            return True
        if server and entry.removeprefix("@*") == f":{server}" and entry.startswith((":", "@*:")):
            return True
    return False


def _own_join(events: list[dict[str, Any]], user_id: str) -> int | None:
    """Where in a timeline the bot joined the room, if it did in this batch."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if (
            event.get("type") == "m.room.member"
            and event.get("state_key") == user_id
            and (event.get("content") or {}).get("membership") == "join"
            and (event.get("unsigned", {}).get("prev_content") or {}).get("membership") != "join"
        ):
            return index
    return None
