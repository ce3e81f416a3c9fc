"""What the bot does, as Matrix requests. Every failure raises `MatrixRequestFailed`
with plain words, which the executor turns into a report for the facilitators.

Nothing here returns a nio type: references are event ids, rooms are room keys.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import io
import json
import logging
import mimetypes
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import quote

from aiohttp import ClientConnectionError
from nio import (
    AsyncClient,
    ContentRepositoryConfigResponse,
    ErrorResponse,
    RoomCreateResponse,
    RoomGetStateEventResponse,
    RoomGetStateResponse,
    RoomSendResponse,
    UploadResponse,
)

from adapters.base import PartNotDone, PlatformRefused, refusals_named
from adapters.matrix.inbound import RAISED_HAND, room_id_of, room_key, user_id_of
from adapters.matrix.state import SavedState
from facilitation import words
from facilitation.commands import Refusal
from facilitation.text import split_message

log = logging.getLogger(__name__)

TOP = 100  # the power level facilitators get in breakout rooms
KEEP_BREAKOUT_RECORDS = 20  # breakouts whose rooms are remembered by key
# Rooms made side by side when pacing is off (the admin exempted the bot). Paced (the
# default), one at a time: Synapse's defaults (synapse/config/ratelimiting.py, 1.163)
# allow rc_room_creation 10 at once then 1 per ~60 s, and rc_message (every event the
# bot sends, Space links and welcomes included) 10 at once then 1 per 5 s; invitations
# inside createRoom are not counted against rc_invites (room.py sends them with
# ratelimit=False), though a createRoom carrying more than rc_invites.per_room's burst
# is refused (see INVITES_IN_CREATE). Exempted, the bound is the server itself: on
# Synapse with SQLite every write goes through one database connection, so more rooms
# at once only overlap round trips (docs/performance.md: 2 at once was no better).
ROOMS_AT_ONCE = 4
# Synapse's rule (synapse/handlers/room.py, RoomCreationHandler.create_room, 1.163):
# a createRoom whose invite list is longer than rc_invites.per_room's burst_count
# (10 by default) is refused with 400 "Cannot invite so many users at once" (it calls
# ratelimit_multiple_invites(requester, room_id=None, n_invites, update=False); only
# a bot exempted from rate limits passes). So at most 10 go inline, the rest by
# /invite, which counts against rc_invites.per_room and per_issuer (0.3/s, burst 10)
# and per_user (per invitee: 0.003/s, burst 5): a few at once stay inside the bursts,
# and nio waits out a 429 beyond them (AsyncClientConfig.max_limit_exceeded).
INVITES_IN_CREATE = 10
INVITES_AT_ONCE = 5
CLOSED_SUFFIX = " (closed)"
# A Matrix event may be 65,536 bytes of canonical JSON (the spec's "Size limits";
# Synapse MAX_PDU_SIZE, else 413 M_TOO_LARGE), which is UTF-8: a character may take 4
# bytes, and an edit carries its text twice (`body`, `m.new_content`). 7,000
# characters is at most 56,000 bytes of text, leaving room for the rest of the event.
MAX_MESSAGE_CHARS = 7_000
MATRIX_TO = "https://matrix.to/#/"


class MatrixRequestFailed(PlatformRefused):
    """The homeserver refused or failed a request; str() says what and why, and
    `refusal` which kind of refusal it was, where known (see `refusal_of_answer`)."""


def _check(response: Any, wanted: type, what: str) -> Any:
    if isinstance(response, wanted):
        return response
    return _fail(response, what)


def _fail(response: Any, what: str) -> Any:
    refusal = refusal_of_answer(response)
    if isinstance(response, ErrorResponse) and response.status_code == "M_LIMIT_EXCEEDED":
        # nio has already waited and retried (AsyncClientConfig.max_limit_exceeded).
        raise MatrixRequestFailed(words.sending_too_fast(what), refusal)
    if isinstance(response, ErrorResponse):
        code = f" ({response.status_code})" if response.status_code else ""
        raise MatrixRequestFailed(f"could not {what}: {response.message}{code}", refusal)
    raise MatrixRequestFailed(
        f"could not {what}: unexpected answer {type(response).__name__}", refusal
    )


# Synapse's words for a request in a room the bot is not (or no longer) in: 403
# M_FORBIDDEN "User @bot:hs not in room !r:hs" (synapse/api/auth/base.py,
# handlers/message.py) or "@bot:hs not in room !r:hs." (synapse/event_auth.py). The
# spec gives both kinds of 403 the same errcode, so the words tell them apart.
NOT_IN_ROOM = re.compile(r"\bnot in room\b", re.IGNORECASE)


def refusal_of_answer(response: Any) -> Refusal | None:
    """The kind of refusal a homeserver's error answer is (the client-server API's
    "Standard error response" errcodes, spec: client-server-api, "Common error codes"):
    M_FORBIDDEN "Forbidden access, e.g. joining a room without permission, failed
    login" (no power level for it; not in the room: no access); M_NOT_FOUND "No
    resource was found for this request" (a room or event gone); M_LIMIT_EXCEEDED "Too
    many requests have been sent in a short period of time" (nio has waited and tried
    again); any 5xx (the homeserver failed, or a proxy in front of it: 502, 503, 504)."""
    if not isinstance(response, ErrorResponse):
        return None
    code = response.status_code
    if code == "M_FORBIDDEN":
        said = str(response.message or "")
        return Refusal.NO_ACCESS if NOT_IN_ROOM.search(said) else Refusal.NO_PERMISSION
    if code == "M_NOT_FOUND":
        return Refusal.NO_ACCESS
    if code == "M_LIMIT_EXCEEDED":
        return Refusal.TOO_FAST
    status = getattr(getattr(response, "transport_response", None), "status", 0) or 0
    if status >= 500:
        return Refusal.PLATFORM_DOWN
    return None


def refusal_of(error: BaseException) -> Refusal | None:
    """For the port methods (adapters.base `refusals_named`): what nio raises when the
    homeserver does not answer at all, after its own retries (AsyncClientConfig
    max_timeouts): aiohttp's connection errors and timeouts. The homeserver's refusals
    are MatrixRequestFailed already."""
    if isinstance(error, (OSError, ClientConnectionError)):  # TimeoutError too
        return Refusal.PLATFORM_DOWN
    return None


named = refusals_named(refusal_of)


# --- never ping anyone ----------------------------------------------------------------
#
# The bot echoes what people typed (notes, reports, broadcasts, names, refusals), so
# its messages must not notify anyone by accident. Every message the bot sends goes
# through `safe_content` (in `Outbound.send`), which:
# - adds an empty `m.mentions` (intentional mentions, Matrix 1.7): the server and
#   clients then skip the legacy body-matching push rules (`.m.rule.roomnotif` on
#   "@room", `.m.rule.contains_display_name`, `.m.rule.contains_user_name`);
# - breaks "@room" with an invisible word joiner, for older servers and clients that
#   still match the body (the bot has the power level that makes "@room" notify);
# - breaks user pills (matrix.to links to a user), which some clients turn into
#   mentions even in a plain body. Links to rooms (the bot's own) are kept.
# Bodies are plain text (no `formatted_body`), so no HTML link can become a pill.

WORD_JOINER = "\u2060"
_ROOM_MENTION = re.compile(r"@(?=room)", re.IGNORECASE)  # "@room0" too: err safe
_USER_PILL = re.compile(r"(matrix\.to/#/)(@|%40)", re.IGNORECASE)


def defang(text: str) -> str:
    """The text with every "@room" and user pill made harmless (and still readable)."""
    text = _ROOM_MENTION.sub("@" + WORD_JOINER, text)
    return _USER_PILL.sub(lambda m: m[1] + WORD_JOINER + m[2], text)


def safe_content(content: dict[str, Any]) -> dict[str, Any]:
    """A message's content that pings nobody: bodies defanged, mentions declared empty."""
    safe = dict(content)
    if isinstance(safe.get("body"), str):
        safe["body"] = defang(safe["body"])
    safe.pop("formatted_body", None)
    safe.pop("format", None)
    if isinstance(safe.get("m.new_content"), dict):
        safe["m.new_content"] = safe_content(safe["m.new_content"])
    safe["m.mentions"] = {}
    return safe


def transaction_id(key: str) -> str:
    """The Matrix transaction id for a send named by `key`. The homeserver answers a
    repeated transaction id from the same device with the first send's event, so a
    send redone after a crash is not seen twice (Synapse keeps them 30 minutes)."""
    return "wb" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]


def notice(text: str) -> dict[str, Any]:
    return {"msgtype": "m.notice", "body": text}


def speaking_level(saved: dict[str, Any], facilitator_level: int) -> int:
    """The level that lets the speaker post under floor control: one above the room's
    default, and always below the facilitator level, so speaking never makes anyone a
    facilitator (the bot decides roles by level). Raises if the room leaves no level
    between the two.

    The spec (client-server API, m.room.power_levels): "If a user_id is in the users
    list, then that user_id has the associated power level. Otherwise they have the
    default level users_default", and "events_default: The default level required to
    send message events". So under floor control everyone else stays at users_default
    and the speaker needs a level above it; at the facilitator level or over, the bot
    would read them as a facilitator. The homeserver would take such content: Synapse
    checks a new power-levels event against the sender's own level
    (synapse/event_auth.py `_check_power_levels`: "You don't have permission to add
    ops level greater than your own"), which a level below the facilitators' never
    goes over. So this is no refusal of the platform's, and no permission, access or rate
    fits: the room's settings stop it (Refusal.ROOM_SETTINGS), and the words say what
    to change."""
    level = int(saved.get("users_default", 0)) + 1
    if level >= facilitator_level:
        raise MatrixRequestFailed(
            words.no_speaking_level(level - 1, facilitator_level), Refusal.ROOM_SETTINGS
        )
    return level


def floor_content(
    saved: dict[str, Any], speakers: Iterable[str], speaking: int, keep_talking: Iterable[str]
) -> dict[str, Any]:
    """The full power-level content under floor control: sending messages needs the
    `speaking` level; the speakers and `keep_talking` have at least it. Reactions and
    redactions stay at the default so people can still raise (and lower) a ✋."""
    content = copy.deepcopy(saved)
    users = content.setdefault("users", {})
    users_default = int(content.get("users_default", 0))
    level = max(speaking, users_default + 1)
    content["events_default"] = max(int(content.get("events_default", 0)), level)
    events = content.setdefault("events", {})
    for kind in ("m.room.message", "m.sticker", "m.room.encrypted"):
        if kind in events:
            events[kind] = max(int(events[kind]), level)
    events["m.reaction"] = min(int(events.get("m.reaction", users_default)), users_default)
    events["m.room.redaction"] = min(
        int(events.get("m.room.redaction", users_default)), users_default
    )
    for user in (*speakers, *keep_talking):
        users[user] = max(int(users.get(user, users_default)), level)
    return content


def read_only_content(current: dict[str, Any]) -> dict[str, Any]:
    """Nobody below 100 may post or change anything (the bot has 100, or is the
    room's creator, who in room version 12 outranks every level)."""
    content = copy.deepcopy(current)
    content["events_default"] = TOP
    content["state_default"] = TOP
    content["invite"] = TOP
    content["events"] = {kind: TOP for kind in content.get("events", {})}
    return content


def privileged_creators(create_event: dict[str, Any]) -> set[str]:
    """Room version 12 onwards: the creators outrank every power level and must
    not appear in `users`. Empty for older room versions."""
    content = create_event.get("content") or {}
    version = str(content.get("room_version", "1"))
    if version.isdigit() and int(version) < 12:
        return set()
    extra = content.get("additional_creators") or []
    return {create_event.get("sender", ""), *[u for u in extra if isinstance(u, str)]} - {""}


class Outbound:
    def __init__(
        self,
        client: AsyncClient,
        state: SavedState,
        *,
        facilitator_power_level: int,
        facilitator_user_ids: tuple[str, ...],
        facilitators_in: Callable[[str], set[str]],
        members_of: Callable[[str], set[str]],
        creators_of: Callable[[str], set[str]],
        power_levels: dict[str, dict[str, Any]] | None = None,
        pace_seconds: float = 0.5,
        staff_room_id: str = "",
    ) -> None:
        self.client = client
        self.state = state
        self.facilitator_power_level = facilitator_power_level
        self.facilitator_user_ids = facilitator_user_ids
        self.facilitators_in = facilitators_in  # room id -> facilitators' user ids there
        self.members_of = members_of  # room id -> joined or invited user ids
        self.creators_of = creators_of  # room id -> privileged creators (room v12+)
        # room id -> the whole m.room.power_levels content, shared with the adapter,
        # which decides roles from it (see MatrixAdapter.power_levels).
        self.power_levels = power_levels if power_levels is not None else {}
        self.pace_seconds = pace_seconds
        self.staff_room_id = staff_room_id  # config's staff room for every workshop, if any
        self._new_rooms: set[str] = set()  # private rooms made by this process
        self._versions: dict[str, Any] | None = None  # the server's m.room_versions
        # (main room, key of the call) -> what failed on the side of rooms that were
        # still made (a Space link), until the executor takes it (`parts_not_done`).
        self._not_done: dict[tuple[str, str], list[PartNotDone]] = {}

    @property
    def me(self) -> str:
        return self.client.user_id

    @property
    def server(self) -> str:
        return self.me.split(":", 1)[1]

    # --- messages -----------------------------------------------------------

    async def send(
        self,
        room_id: str,
        event_type: str,
        content: dict[str, Any],
        what: str,
        key: str = "",
    ) -> str:
        """Send an event; with a `key`, a repeat of the same send is done once."""
        if event_type == "m.room.message":
            content = safe_content(content)  # the one place every message passes
        tx_id = transaction_id(f"{room_id}|{key}") if key else None
        response = await self.client.room_send(room_id, event_type, content, tx_id=tx_id)
        return _check(response, RoomSendResponse, what).event_id

    async def post(self, room: str, text: str, key: str = "") -> str:
        return await self.send(
            room_id_of(room), "m.room.message", notice(text), "post a message", key
        )

    async def edit(self, room: str, message_ref: str, text: str, key: str = "") -> None:
        content = {
            **notice(f"* {text}"),
            "m.new_content": notice(text),
            "m.relates_to": {"rel_type": "m.replace", "event_id": message_ref},
        }
        await self.send(room_id_of(room), "m.room.message", content, "edit a message", key)

    async def react(self, room_id: str, event_id: str, emoji: str) -> None:
        """The bot never puts the same reaction twice under one message, so that pair
        names the send: a reaction redone after a crash is not added twice."""
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": emoji}}
        once = f"react|{event_id}|{emoji}"
        await self.send(room_id, "m.reaction", content, "add a reaction", once)

    async def pin_item(self, room: str, message_ref: str) -> None:
        """Pin a shared item: add it to the room's m.room.pinned_events (spec: "pinned",
        a list of event IDs), unless it is there already, so a repeat pins once."""
        room_id = room_id_of(room)
        current = await self.state_event(room_id, "m.room.pinned_events", missing_ok=True)
        pinned = list(current.get("pinned", []))
        if message_ref in pinned:
            return
        await self.put_state(
            room_id, "m.room.pinned_events", {"pinned": [*pinned, message_ref]}, "pin a message"
        )

    async def pin(self, room: str, message_ref: str) -> None:
        """Make this the room's queue message and pin it (the only message the core
        pins), unpinning an older queue message. It is the queue message, ✋ under it
        raising hands, and has the bot's ✋ to click, before the pin is asked for:
        pinning needs a level (m.room.pinned_events, 50 by default) that posting does
        not, and an unpinned queue message must still work (as on Discord,
        adapters/discord/outbound.py `pin`; tests/matrix/test_refusal_words.py)."""
        room_id = room_id_of(room)
        older = {ref for ref, rid in self.state.data.queue_messages.items() if rid == room_id}
        for ref in older:
            del self.state.data.queue_messages[ref]
        self.state.data.queue_messages[message_ref] = room_id
        await self.state.save()
        try:
            await self.react(room_id, message_ref, RAISED_HAND)
        except MatrixRequestFailed as error:  # a convenience only
            log.info("could not add the ✋ under the queue message: %s", error)
        current = await self.state_event(room_id, "m.room.pinned_events", missing_ok=True)
        pinned = [ref for ref in current.get("pinned", []) if ref not in older]
        pinned.append(message_ref)
        await self.put_state(room_id, "m.room.pinned_events", {"pinned": pinned}, "pin a message")

    async def send_private(self, person_id: str, text: str, key: str = "") -> None:
        room_id = await self._direct_room(user_id_of(person_id))
        await self.send(room_id, "m.room.message", notice(text), "send a private message", key)

    async def send_file(self, person_id: str, filename: str, content: bytes, key: str = "") -> None:
        """Upload the file and post it in the person's private room."""
        room_id = await self._direct_room(user_id_of(person_id))
        mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        response, _ = await self.client.upload(
            io.BytesIO(content), content_type=mimetype, filename=filename, filesize=len(content)
        )
        url = _check(response, UploadResponse, "upload a file").content_uri
        message = {
            "msgtype": "m.file",
            "body": filename,
            "filename": filename,
            "url": url,
            "info": {"mimetype": mimetype, "size": len(content)},
        }
        await self.send(room_id, "m.room.message", message, "send a file", key)

    async def max_file_bytes(self) -> int:
        """The homeserver's largest upload, `m.upload.size` of GET
        /_matrix/client/v1/media/config (spec, "Content repository"; Synapse's
        max_upload_size, 50M by default), asked each time (a notes export is rare, and
        the setting may change). 0 if it does not say or cannot be asked: the file is
        then sent, and a refusal (413 M_TOO_LARGE) reported as any other."""
        response = await self.client.content_repository_config()
        if isinstance(response, ContentRepositoryConfigResponse) and response.upload_size:
            return response.upload_size
        log.info("the homeserver did not say its largest upload: %s", response)
        return 0

    async def _direct_room(self, user_id: str) -> str:
        """The private room with this person, made the first time it is needed."""
        room_id = self.state.data.direct_rooms.get(user_id)
        # A room made moments ago is not in the sync yet: trust it. Otherwise reuse
        # the room only while the person is still in it (or invited).
        usable = room_id is not None and (
            room_id in self._new_rooms or user_id in self.members_of(room_id)
        )
        if not usable:
            response = await self.client.room_create(
                is_direct=True, invite=[user_id], preset=None, federate=True
            )
            room_id = _check(response, RoomCreateResponse, "start a private conversation").room_id
            self._new_rooms.add(room_id)
            self.state.data.direct_rooms[user_id] = room_id
            await self.state.save()
        return room_id

    def is_direct(self, room_id: str) -> bool:
        return room_id in self.state.data.direct_rooms.values()

    def joined(self, room_id: str) -> set[str]:
        """Who has joined a room, as the last sync said (an invitation not yet accepted
        does not count: nio's `MatrixRoom.users` holds invited users too)."""
        room = self.client.rooms.get(room_id)
        if room is None:
            return set()
        return set(room.users) - set(room.invited_users)

    async def reaches_privately(self, person_id: str) -> bool:
        """Whether a private message reaches this person: they have joined the private
        room. A private room on Matrix is an invitation the person must accept first;
        until they do, what the bot sends there is unseen."""
        user_id = user_id_of(person_id)
        room_id = self.state.data.direct_rooms.get(user_id)
        return room_id is not None and user_id in self.joined(room_id)

    # --- the staff room ---------------------------------------------------------

    async def create_staff_room(
        self, main_room: str, title: str, staff: tuple[str, ...], welcome: str, key: str = ""
    ) -> str:
        """The workshop's private staff room: the one config names, else one made once per
        workshop room, in the workshop's Space, with only the staff invited. It is
        invite-only and only staff (power level 100 there) may invite, so nobody else
        can join; a participant sees at most its name in the Space."""
        main_id = room_id_of(main_room)
        staff_ids = sorted(
            (
                {user_id_of(p) for p in staff if p.startswith("matrix:@")}
                | self.facilitators_in(main_id)
            )
            - {self.me}
        )
        room_id = self.staff_room_id or self.state.data.staff_rooms.get(main_id)
        if not room_id:
            room_id = await self._make_staff_room(main_room, title, staff_ids, key)
        else:
            await self._invite_missing(room_id, staff_ids)
            if space_id := self.state.data.unlinked_staff_rooms.get(room_id):
                await self._link_staff_room(main_room, space_id, room_id, key)  # again
        await self.send(room_id, "m.room.message", notice(welcome), "welcome the staff", key)
        return room_key(room_id)

    async def _make_staff_room(
        self, main_room: str, title: str, staff_ids: list[str], key: str
    ) -> str:
        main_id = room_id_of(main_room)
        space_id = await self.space_for(main_id, staff_ids)
        levels = await self._creator_levels(None, staff_ids)
        levels["invite"] = TOP  # only staff bring anyone in
        name = words.staff_room_name(title)
        response = await self.client.room_create(
            name=name,
            topic=words.staff_room_welcome(title),
            invite=staff_ids[:INVITES_IN_CREATE],  # the rest just after: Synapse's limit
            initial_state=[
                {
                    "type": "m.space.parent",
                    "state_key": space_id,
                    "content": {"via": [self.server], "canonical": True},
                },
                {"type": "m.room.join_rules", "state_key": "", "content": {"join_rule": "invite"}},
                {
                    "type": "m.room.history_visibility",
                    "state_key": "",
                    "content": {"history_visibility": "shared"},
                },
            ],
            power_level_override=levels,
        )
        room_id = _check(response, RoomCreateResponse, "make the staff room").room_id
        self._new_rooms.add(room_id)
        self.state.data.staff_rooms[main_id] = room_id
        await self.state.save()
        # After a crash here the next call finds the room and invites who is missing.
        rest = staff_ids[INVITES_IN_CREATE:]
        await self._invite_rest(room_id, rest, name, asyncio.Semaphore(INVITES_AT_ONCE))
        await self._link_staff_room(main_room, space_id, room_id, key)
        return room_id

    async def _link_staff_room(self, main_room: str, space_id: str, room_id: str, key: str) -> None:
        """Add the staff room to the Space; if the homeserver fails it (a 5xx, still
        M_LIMIT_EXCEEDED after nio's retries, no answer), the staff room is used all
        the same: it is made, the staff invited, and it names the Space as its parent.
        Failing here failed the whole staff room, so alerts went only privately. The
        facilitators are told (`parts_not_done`); the room is remembered as not linked,
        so the link is tried again when the staff room is asked for again (the next
        `!start` there, or this one done again after a restart)."""
        unlinked = self.state.data.unlinked_staff_rooms
        try:
            await self.put_state(
                space_id,
                "m.space.child",
                {"via": [self.server], "suggested": False, "order": "0001"},
                "add the staff room to the Space",
                state_key=room_id,
            )
        except (MatrixRequestFailed, OSError, ClientConnectionError) as error:
            log.warning("could not add the staff room %s to the Space: %s", room_id, error)
            what = "add the staff room to the Space"
            self._part_not_done(main_room, key, what, error, "staff-space-link", room_id)
            if unlinked.get(room_id) != space_id:
                unlinked[room_id] = space_id
                await self.state.save()
            return
        if unlinked.pop(room_id, None) is not None:
            await self.state.save()

    def _part_not_done(
        self, main_room: str, key: str, what: str, error: Exception, again: str, part: str
    ) -> None:
        refusal = error.refusal if isinstance(error, MatrixRequestFailed) else refusal_of(error)
        failed = PartNotDone(what, str(error), refusal, again, part)
        self._not_done.setdefault((main_room, key), []).append(failed)

    def parts_not_done(self, main_room: str, key: str) -> list[PartNotDone]:
        """What the last `create_rooms` or `create_staff_room` for this main room and
        key left undone (adapters.base.ReportsPartsNotDone), taken once."""
        return self._not_done.pop((main_room, key), [])

    async def add_staff(self, room_id: str, staff: Mapping[str, int]) -> None:
        """Staff named after `room_id` was made join it as if it had been made with them
        (`create_rooms`, `create_staff_room`): their level raised to the one given (100
        in a staff room; never lowered), then invited if not in it or invited."""
        if room_id == self.staff_room_id or room_id in self.state.data.staff_rooms.values():
            staff = dict.fromkeys(staff, TOP)
        content = self.power_levels.get(room_id) or await self.state_event(
            room_id, "m.room.power_levels"
        )
        users = dict(content.get("users", {}))
        default = int(content.get("users_default", 0))
        higher = {u: n for u, n in staff.items() if n > int(users.get(u, default))}
        if higher:
            raised = {**copy.deepcopy(content), "users": {**users, **higher}}
            await self.put_state(room_id, "m.room.power_levels", raised, "let staff in")
        await self._invite_missing(room_id, staff)

    async def remove_staff(self, room_id: str, user_ids: Iterable[str]) -> None:
        """Undo `add_staff` for people no longer staff (a co-facilitator removed): their
        level in the room dropped (back to the room's default), then their invitation
        withdrawn or they are taken out (a kick: `leave`, so they may be asked again).
        Someone with no invitation or place there is left as they are."""
        response = await self.client.room_get_state(room_id)
        events = _check(response, RoomGetStateResponse, "read who is in a small group").events
        users = set(user_ids) - {self.me}
        inside = {
            e.get("state_key", "")
            for e in events
            if e.get("type") == "m.room.member"
            and e.get("content", {}).get("membership") in ("join", "invite")
        }
        levels = next(
            (
                e.get("content", {})
                for e in events
                if e.get("type") == "m.room.power_levels" and e.get("state_key") == ""
            ),
            {},
        )
        listed = dict(levels.get("users", {}))
        create = next((e for e in events if e.get("type") == "m.room.create"), {})
        if self.me not in privileged_creators(create):
            # Synapse lets nobody kick or lower a user at their own level (event_auth:
            # "You cannot kick user ...", "... remove ops level equal to your own").
            # Asked, it would answer 403 with errcode M_FORBIDDEN (an AuthError, or an
            # UnstableSpecAuthError whose "errcode" stays M_FORBIDDEN: api/errors.py),
            # which `refusal_of_answer` names no permission: so is this, said first.
            mine = int(listed.get(self.me, levels.get("users_default", 0)))
            peers = sorted(u for u in users if int(listed.get(u, 0)) >= mine)
            if peers:
                raise MatrixRequestFailed(
                    words.matrix_cannot_remove_peer(", ".join(peers)), Refusal.NO_PERMISSION
                )
        if users & set(listed):
            lowered = {
                **copy.deepcopy(levels),
                "users": {u: n for u, n in listed.items() if u not in users},
            }
            await self.put_state(room_id, "m.room.power_levels", lowered, "take away a level")
        for user_id in sorted(users & inside):
            answer = await self.client.room_kick(room_id, user_id)
            if isinstance(answer, ErrorResponse):
                _fail(answer, f"take {user_id} out of a small group")

    async def _invite_missing(self, room_id: str, user_ids: Iterable[str]) -> None:
        """Invite staff who are neither in the room nor invited (a co-facilitator added
        since, or a room config names). Only for a room the last sync described."""
        if room_id not in self.client.rooms:
            return
        for user_id in set(user_ids) - self.members_of(room_id) - {self.me}:
            response = await self.client.room_invite(room_id, user_id)
            if isinstance(response, ErrorResponse):
                log.warning("could not invite %s to %s: %s", user_id, room_id, response)

    async def post_to_staff(
        self, staff_room: str, text: str, staff: tuple[str, ...], key: str = ""
    ) -> bool:
        """Post in the staff room (inviting staff missing from it); whether anyone but
        the bot has joined it to see the post."""
        room_id = room_id_of(staff_room)
        await self._invite_missing(
            room_id, {user_id_of(p) for p in staff if p.startswith("matrix:@")}
        )
        # An alert quotes a person's words, which alone may fill one event: in parts,
        # as the executor sends any long text (the first part keeps the alert's key).
        for n, part in enumerate(split_message(text, MAX_MESSAGE_CHARS)):
            part_key = f"{key}/{n}" if n and key else key
            what = "post in the staff room"
            await self.send(room_id, "m.room.message", notice(part), what, part_key)
        return bool(self.joined(room_id) - {self.me})

    # --- state ----------------------------------------------------------------

    async def state_event(
        self, room_id: str, event_type: str, state_key: str = "", missing_ok: bool = False
    ) -> dict[str, Any]:
        response = await self.client.room_get_state_event(room_id, event_type, state_key)
        if isinstance(response, RoomGetStateEventResponse):
            return dict(response.content)
        if missing_ok and getattr(response, "status_code", "") == "M_NOT_FOUND":
            return {}
        _check(response, RoomGetStateEventResponse, f"read the room's {event_type}")
        return {}

    async def put_state(
        self, room_id: str, event_type: str, content: dict[str, Any], what: str, state_key: str = ""
    ) -> None:
        response = await self.client.room_put_state(room_id, event_type, content, state_key)
        if isinstance(response, ErrorResponse):
            _fail(response, what)
        if event_type == "m.room.power_levels" and not state_key:
            self.power_levels[room_id] = copy.deepcopy(content)  # the room's levels now

    # --- floor control ----------------------------------------------------------

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        """Write the FULL power-level content each time: a partial write (or Element's
        "unmute", which grants 50) would leave the room in a state nobody chose."""
        room_id = room_id_of(room)
        saved = self.state.data.saved_power_levels.get(room_id)
        if not speakers:
            if saved is not None:
                await self.put_state(
                    room_id, "m.room.power_levels", saved, "give everyone their voice back"
                )
                del self.state.data.saved_power_levels[room_id]
                await self.state.save()
            return
        first = saved is None
        if saved is None:
            saved = await self.state_event(room_id, "m.room.power_levels")
        creators = self.creators_of(room_id)
        speaker_ids = [user_id_of(p) for p in speakers if p.startswith("matrix:@")]
        keep = {self.me, *self.facilitator_user_ids} & (self.members_of(room_id) | {self.me})
        content = floor_content(
            saved,
            [user for user in speaker_ids if user not in creators],
            speaking_level(saved, self.facilitator_power_level),  # may refuse: nothing saved
            keep - creators,
        )
        if first:  # saved before the first change, so a crash mid-way can still restore it
            self.state.data.saved_power_levels[room_id] = saved
            await self.state.save()
        try:
            await self.put_state(room_id, "m.room.power_levels", content, "change who can speak")
        except MatrixRequestFailed as error:
            if first and error.refusal is not Refusal.PLATFORM_DOWN:
                await self._forget_unchanged_levels(room_id)
            raise

    async def _forget_unchanged_levels(self, room_id: str) -> None:
        """The homeserver answered no to the first change (a 4xx errcode: the event was
        not sent), so the room is as it was and there is nothing to give back. Kept, the
        saved copy would be written at the next turn and when the floor opens, undoing
        whatever changed since: the level an admin has just given the bot, say, so the
        bot would take it away from itself (tests/matrix/test_refusal_words.py). A 5xx
        or no answer is kept: the change may have been made behind a failing proxy."""
        del self.state.data.saved_power_levels[room_id]
        await self.state.save()

    # --- breakout rooms -----------------------------------------------------------

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        key: str = "",
        *,
        staff: Mapping[str, int] | None = None,
        earlier_keys: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        """Each room is made with its facilitators and first members invited in the same
        request (up to INVITES_IN_CREATE), the rest invited just after. Paced (one at a
        time, `pace_seconds` apart) unless pacing is off, when a few are made at once.
        With a `key`, each room made is remembered at once, so a repeat (after a crash)
        makes only the rooms still missing and sends the invitations still missing.
        `staff` (user id -> level): staff besides the main room's facilitators, invited
        to every room at that level. Rooms remembered under one of `earlier_keys` (an
        earlier version's key for the same rooms) are taken as made under `key`."""
        main_id = room_id_of(main_room)
        facilitators = sorted(self.facilitators_in(main_id) - {self.me})
        space_id = await self.space_for(main_id, facilitators)
        join_rule, version = await self._join_rule(space_id)
        levels = await self._creator_levels(version, facilitators)
        others = {u: n for u, n in (staff or {}).items() if u not in levels["users"]}
        levels["users"] = {**others, **levels["users"]}
        facilitators = sorted({*facilitators, *others} - {self.me})  # all invited
        self._adopt_made(key, earlier_keys)
        made = self._made(key)
        gate = asyncio.Semaphore(1 if self.pace_seconds else ROOMS_AT_ONCE)
        invite_gate = asyncio.Semaphore(INVITES_AT_ONCE)
        created = 0

        async def one(index: int, name: str, people: tuple[str, ...]) -> str:
            nonlocal created
            inline, rest = self._split_invites(people, facilitators)
            room_id = made.get(str(index))
            if room_id is None:
                async with gate:
                    if created and self.pace_seconds:
                        await asyncio.sleep(self.pace_seconds)  # gentle on the server's limits
                    created += 1
                    room_id = await self._make_room(
                        name,
                        index,
                        breakout,
                        inline,
                        space_id,
                        join_rule,
                        version,
                        levels,
                    )
                if key:
                    await self._remember_made(key, index, room_id)
                await self._invite_rest(room_id, rest, name, invite_gate)
            elif rest:
                # Made before a crash, which may have come before every /invite was
                # sent: invite those the room has no membership for (someone who has
                # since declined or left is not asked again).
                known = await self._memberships(room_id, name)
                await self._invite_rest(
                    room_id, [u for u in rest if u not in known], name, invite_gate
                )
            await self._link_to_space(main_room, key, space_id, room_id, breakout, index, name)
            return room_key(room_id)

        results = await asyncio.gather(
            *(one(i, n, p) for i, (n, p) in enumerate(zip(names, members, strict=True))),
            return_exceptions=True,  # every room that could be made is made and remembered
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return tuple(results)

    def _split_invites(
        self, people: tuple[str, ...], facilitators: list[str]
    ) -> tuple[list[str], list[str]]:
        """Who is invited inside createRoom and who by /invite after it (Synapse's limit,
        INVITES_IN_CREATE). Facilitators come first, so a group is never without one."""
        members = sorted({user_id_of(p) for p in people if p.startswith("matrix:@")})
        ordered = [*facilitators, *(u for u in members if u not in facilitators)]
        invite = [user for user in ordered if user != self.me]
        return invite[:INVITES_IN_CREATE], invite[INVITES_IN_CREATE:]

    async def _invite_rest(
        self, room_id: str, user_ids: list[str], name: str, gate: asyncio.Semaphore
    ) -> None:
        """Invite each of `user_ids` to a room the bot made, a few at once. Every invitation
        is tried; a refusal is raised (after the others) so the facilitators hear of it."""

        async def invite(user_id: str) -> None:
            async with gate:
                response = await self.client.room_invite(room_id, user_id)
            if isinstance(response, ErrorResponse):
                _fail(response, f"invite {user_id} to {name}")

        results = await asyncio.gather(*map(invite, user_ids), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result

    async def _memberships(self, room_id: str, name: str) -> set[str]:
        """Everyone the room has a membership event for (invited, joined, left ...)."""
        response = await self.client.room_get_state(room_id)
        events = _check(response, RoomGetStateResponse, f"read who is in {name}").events
        return {e.get("state_key", "") for e in events if e.get("type") == "m.room.member"}

    async def _make_room(
        self,
        name: str,
        index: int,
        breakout: int,
        invite: list[str],
        space_id: str,
        join_rule: dict[str, Any],
        version: str | None,
        levels: dict,
    ) -> str:
        response = await self.client.room_create(
            name=name,
            topic=f"Small group {index + 1} of breakout {breakout}",
            room_version=version,
            invite=invite,
            initial_state=[
                {
                    "type": "m.space.parent",
                    "state_key": space_id,
                    "content": {"via": [self.server], "canonical": True},
                },
                {"type": "m.room.join_rules", "state_key": "", "content": join_rule},
                {
                    "type": "m.room.history_visibility",
                    "state_key": "",
                    "content": {"history_visibility": "shared"},
                },
            ],
            power_level_override=levels,
        )
        return _check(response, RoomCreateResponse, f"make the room {name}").room_id

    def _made(self, key: str) -> dict[str, str]:
        """The rooms already made for this key: group index (as text) -> room id."""
        if not key:
            return {}
        return dict(self.state.data.breakout_rooms.get(key, {}))

    def _adopt_made(self, key: str, earlier_keys: tuple[str, ...]) -> None:
        """Rooms remembered under an earlier key of the same request are filed under
        `key` (saved with the next room remembered), unless `key` has its own."""
        made = self.state.data.breakout_rooms
        if not key or key in made:
            return
        for earlier in earlier_keys:
            if earlier in made:
                made[key] = made.pop(earlier)
                return

    async def _remember_made(self, key: str, index: int, room_id: str) -> None:
        made = self.state.data.breakout_rooms
        made.setdefault(key, {})[str(index)] = room_id
        for old in list(made)[:-KEEP_BREAKOUT_RECORDS]:  # only recent ones can come again
            del made[old]
        await self.state.save()

    async def _link_to_space(
        self,
        main_room: str,
        key: str,
        space_id: str,
        room_id: str,
        breakout: int,
        index: int,
        name: str,
    ) -> None:
        """Add a group's room to the Space; if the homeserver fails it (a 5xx, still
        M_LIMIT_EXCEEDED after nio's retries, no answer), the group goes on without the
        link: the room is made, its people invited, and it names the Space as its
        parent, so failing the breakout here would leave rooms made and people
        invited but nobody sent to them. The facilitators are told (`parts_not_done`);
        the same call done again (after a restart) tries the link again."""
        try:
            await self._add_to_space(space_id, room_id, breakout, index, name)
        except (MatrixRequestFailed, OSError, ClientConnectionError) as error:
            log.warning("could not add %s to the Space %s: %s", room_id, space_id, error)
            what = f"add {name} to the Space"
            self._part_not_done(main_room, key, what, error, "space-link", room_id)

    async def _add_to_space(
        self, space_id: str, room_id: str, breakout: int, index: int, name: str
    ) -> None:
        await self.put_state(
            space_id,
            "m.space.child",
            {"via": [self.server], "suggested": True, "order": f"{breakout:04d}-{index:03d}"},
            f"add {name} to the Space",
            state_key=room_id,
        )

    async def space_for(self, main_id: str, facilitators: list[str]) -> str:
        """The main room's own Space if the bot may add rooms to it, else one made
        (once) for this workshop room, with the main room in it."""
        known = self.state.data.spaces.get(main_id)
        # Asked again each time: in the organisation's Space an admin may have lowered
        # the bot's level since (or taken it out). Kept, every later breakout made its
        # rooms and invited everyone, then was refused adding them to the Space, and
        # "type !regroup, then start the groups again" met the same refusal
        # (tests/matrix/test_parent_space.py). A Space the bot made, it always may.
        if known and not await self._no_longer_may_add_children(known):
            await self._invite_rest_to_space(known, after_a_stop=True)
            return known
        response = await self.client.room_get_state(main_id)
        events = _check(response, RoomGetStateResponse, "read the room's state").events
        for event in events:
            parent = event.get("state_key", "")
            is_parent = event.get("type") == "m.space.parent"
            if (
                is_parent
                and event.get("content", {}).get("via")
                and (await self._may_add_children(parent))
            ):
                self.state.data.spaces[main_id] = parent
                await self.state.save()
                return parent
        name = next(
            (e["content"].get("name", "") for e in events if e.get("type") == "m.room.name"), ""
        )
        response = await self.client.room_create(
            space=True,
            name=f"{name or 'Workshop'}: small groups",
            invite=facilitators[:INVITES_IN_CREATE],  # the rest just after: Synapse's limit
            initial_state=[
                {
                    "type": "m.space.child",
                    "state_key": main_id,
                    "content": {"via": [self.server], "order": "0000"},
                }
            ],
            power_level_override=await self._creator_levels(None, facilitators),
        )
        space_id = _check(response, RoomCreateResponse, "make a Space for the small groups").room_id
        self.state.data.spaces[main_id] = space_id
        # Saved with the Space: after a crash before they are invited, the next call
        # (the repeat, or the next breakout) invites them.
        if rest := facilitators[INVITES_IN_CREATE:]:
            self.state.data.space_invites[space_id] = rest
        await self.state.save()
        await self._invite_rest_to_space(space_id, after_a_stop=False)
        return space_id

    async def _invite_rest_to_space(self, space_id: str, *, after_a_stop: bool) -> None:
        """Invite those a Space the bot made has still to invite (see `space_for`), then
        forget them. After a stop, only those it has no membership for (someone who has
        since declined or left is not asked again). A refusal is raised once, for the
        facilitators to hear of, and not tried at every later breakout."""
        waiting = self.state.data.space_invites.get(space_id)
        if not waiting:
            return
        if after_a_stop:
            known = await self._memberships(space_id, "the Space")
            waiting = [u for u in waiting if u not in known]
        try:
            await self._invite_rest(
                space_id, waiting, "the Space", asyncio.Semaphore(INVITES_AT_ONCE)
            )
        except Exception:  # tried: said once (a stop, CancelledError, keeps them)
            await self._space_invited(space_id)
            raise
        await self._space_invited(space_id)

    async def _space_invited(self, space_id: str) -> None:
        self.state.data.space_invites.pop(space_id, None)
        await self.state.save()

    async def _creator_levels(self, version: str | None, facilitators: list[str]) -> dict:
        """Power levels for a room the bot creates: facilitators get 100; the bot, its
        creator, is listed too unless the room version makes creators outrank levels."""
        users = {user: TOP for user in facilitators}
        version = version or await self.default_room_version()
        if version.isdigit() and int(version) < 12:
            users[self.me] = TOP
        return {"users": users}

    async def _may_add_children(self, space_id: str) -> bool:
        response = await self.client.room_get_state(space_id)
        if not isinstance(response, RoomGetStateResponse):
            return False  # not a member, or not readable
        return self._may_add_children_by(response.events)

    async def _no_longer_may_add_children(self, space_id: str) -> bool:
        """Whether the homeserver says the bot may not add rooms to a Space it used:
        its level there too low, or the bot no longer in it (M_FORBIDDEN). A failure
        to read (a 5xx, no answer) is no such answer: the Space is kept, or every
        hiccup would make a new Space."""
        response = await self.client.room_get_state(space_id)
        if isinstance(response, RoomGetStateResponse):
            return not self._may_add_children_by(response.events)
        return isinstance(response, ErrorResponse) and response.status_code == "M_FORBIDDEN"

    def _may_add_children_by(self, events: list[dict[str, Any]]) -> bool:
        state = {(e.get("type"), e.get("state_key")): e for e in events}
        # Spec, GET /rooms/{roomId}/state: "If the user has left the room then this
        # will be the state of the room when they left", levels and all (a kick too).
        member = state.get(("m.room.member", self.me), {}).get("content", {})
        if member.get("membership") != "join":
            return False
        if self.me in privileged_creators(state.get(("m.room.create", ""), {})):
            return True
        levels = state.get(("m.room.power_levels", ""), {}).get("content", {})
        users = levels.get("users", {})
        mine = int(users.get(self.me, levels.get("users_default", 0)))
        needed = int(levels.get("events", {}).get("m.space.child", levels.get("state_default", 50)))
        return mine >= needed

    async def _join_rule(self, space_id: str) -> tuple[dict[str, Any], str | None]:
        """`restricted` to the Space where the server can, else `invite`."""
        version = await self.restricted_room_version()
        if version is None:
            return {"join_rule": "invite"}, None
        allow = [{"type": "m.room_membership", "room_id": space_id}]
        return {"join_rule": "restricted", "allow": allow}, version

    async def room_versions(self) -> dict[str, Any]:
        """The server's m.room_versions capability (asked once)."""
        if self._versions is None:
            try:
                answer = await self.client.send(
                    "GET",
                    "/_matrix/client/v3/capabilities",
                    headers={"Authorization": f"Bearer {self.client.access_token}"},
                )
                body = await answer.json()
                self._versions = body.get("capabilities", {}).get("m.room_versions", {})
            except Exception as error:  # an old or odd server: assume the oldest rules
                log.info("could not read the server's room versions (%s)", error)
                self._versions = {}
        return self._versions

    async def default_room_version(self) -> str:
        return str((await self.room_versions()).get("default", "1"))

    async def restricted_room_version(self) -> str | None:
        """A room version with restricted joins that the server supports (its
        default if that one does), or None: then breakout rooms are invite-only."""
        versions = await self.room_versions()
        available = versions.get("available", {})
        default = str(versions.get("default", ""))

        def supports(v: str) -> bool:
            return v.isdigit() and int(v) >= 8 and available.get(v) == "stable"

        if supports(default):
            return default
        return next((v for v in sorted(available, key=_num, reverse=True) if supports(v)), None)

    async def close_room(self, room: str, main_room: str, key: str = "") -> None:
        """After the core's "come back" message: a link to the main room, then the
        room becomes read-only and is marked closed. Nobody is removed."""
        room_id = room_id_of(room)
        try:
            link = await self.link_to(room_id_of(main_room))
            content = notice(words.main_room_link(link))
            await self.send(room_id, "m.room.message", content, "post a link", key)
        except MatrixRequestFailed as error:  # the core's "come back" was posted already
            log.warning("could not post the main room's link in %s: %s", room_id, error)
        current = await self.state_event(room_id, "m.room.power_levels")
        await self.put_state(
            room_id,
            "m.room.power_levels",
            read_only_content(current),
            "make the room read-only",
        )
        name = (await self.state_event(room_id, "m.room.name", missing_ok=True)).get("name", "")
        if name and not name.endswith(CLOSED_SUFFIX):
            await self.put_state(
                room_id, "m.room.name", {"name": name + CLOSED_SUFFIX}, "mark the room closed"
            )

    async def link_to(self, room_id: str) -> str:
        """A matrix.to link to a room: its alias if it has one, else its id with the
        bot's server to join through."""
        try:
            alias = (
                await self.state_event(room_id, "m.room.canonical_alias", missing_ok=True)
            ).get("alias")
        except MatrixRequestFailed:
            alias = None
        if isinstance(alias, str) and alias.startswith("#"):
            return MATRIX_TO + quote(alias, safe=":@!$")
        return f"{MATRIX_TO}{quote(room_id, safe=':@!$')}?via={quote(self.server, safe='')}"

    async def link_to_message(self, room: str, message_id: str) -> str:
        """A matrix.to link to one message (its room, the event, a server to join via)."""
        room_id = room_id_of(room)
        return (
            f"{MATRIX_TO}{quote(room_id, safe=':@!$')}/{quote(message_id, safe=':@!$')}"
            f"?via={quote(self.server, safe='')}"
        )

    async def leave(self, room_id: str, reason: str) -> None:
        """Leave (or decline an invitation), saying why."""
        answer = await self.client.send(
            "POST",
            f"/_matrix/client/v3/rooms/{quote(room_id, safe='')}/leave",
            json.dumps({"reason": reason}),
            headers={
                "Authorization": f"Bearer {self.client.access_token}",
                "Content-Type": "application/json",
            },
        )
        if answer.status != 200:
            log.warning("could not leave %s: %s", room_id, await answer.text())


def _user_ids(person_ids: Iterable[str]) -> set[str]:
    """The Matrix user ids among the core's person ids."""
    return {user_id_of(p) for p in person_ids if p.startswith("matrix:@")}


def _num(version: str) -> int:
    return int(version) if version.isdigit() else 0
