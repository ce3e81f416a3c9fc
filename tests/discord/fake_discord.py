"""Discord without a network: the REST API and the gateway, in memory.

discord.py's real `Client`, `ConnectionState` and `app_commands.CommandTree` run
unchanged; only the network is replaced:

- `FakeHTTP`, a subclass of `discord.http.HTTPClient`, answers `request()` as
  Discord does *and* emits the gateway event Discord would send after it
  (POST a message -> MESSAGE_CREATE, PATCH a channel -> CHANNEL_UPDATE or
  THREAD_UPDATE ...), because discord.py updates its cache from gateway
  events, not from REST replies;
- interaction replies go through discord.py's own webhook adapter, which sends
  them on the HTTP client's aiohttp session: `FakeSession` answers those;
- gateway events reach the client through the connection's parsers
  (`ConnectionState.parsers`), with payload shapes from Discord's API
  documentation, including the fields discord.py 2.7 reads (reactions: `type`,
  `burst`; interactions: `attachment_size_limit`, `context`, `version`,
  `token`);
- an unknown route fails loudly (`UnknownRoute`), and every REST call Discord
  acted on is recorded in `calls` (one answered 429 is in `limited` instead), so
  tests assert on calls and their count;
- a message sent with `enforce_nonce` and a nonce already used by the same
  author in that channel is answered, as Discord documents, with the message
  made the first time, and nothing new is created (no MESSAGE_CREATE). Discord
  remembers nonces for "a few minutes": `forget_nonces()` stands for that
  time passing;
- `kill_when` stands for SIGKILL: the request it matches never reaches Discord
  and raises `tests.fakes.Killed`, which nothing in the bot catches;
- `trouble` stands for Discord failing one kind of request for a while, as its docs
  allow (opcodes-and-status-codes.mdx, "HTTP Response Codes": 429 TOO MANY
  REQUESTS, 502 GATEWAY UNAVAILABLE, "5xx SERVER ERROR"): each (method, path
  pattern, Failure) answers every matching request with that failure, not acted on
  (a 429 is in `limited`), until the test takes it out.

Strict, as Discord is (each rule names its source; "docs" is discord/discord-api-docs,
"JSON error codes" its developers/topics/opcodes-and-status-codes.mdx):

- the bot is no administrator (nor the server's owner): it has the permissions it
  was invited with (`bot_permissions`, a managed role), counted in each channel with
  its overwrites as Discord does (`bot_permissions_in_channel`), and a request outside
  them answers 403 / 50013 (see `_require_in`, `_require`, `_check_overwrites` and
  `_check_new_overwrites`);
- a channel made in a category without overwrites of its own is synced with it (the
  category's overwrites), and a change to a category reaches its synced channels;
  Manage Channels on a category is enough to make a channel in it; a new channel's
  overwrites may name only bits the bot has in the server (never Manage Roles);
- requests go through discord.py's own `HTTPClient.request`, so its real rate-limit
  handling runs: buckets answer with the `X-RateLimit-*` headers, and 429 with
  `retry_after` once a bucket is spent (`_spend`); past 50 requests a second in all
  (interactions aside), 429 with `global` true and X-RateLimit-Global (`_spend_global`);
- edits of messages older than an hour have their own small budget (30046), DMs
  opened too fast are refused (40003), people who refuse DMs answer 50007, a
  channel holds at most 250 pins (30003), interactions must be answered within 3
  seconds (10062) and their token lasts 15 minutes (50027);
- a message's content (posted, edited, or an interaction's answer or follow-up) is
  at most 2,000 characters, a channel's or thread's name 1 to 100, else 400 / 50035
  (`_check_content`, `_check_name`); a file at most 10 MiB, else 413 / 40005
  (`_check_files`);
- unsuppressing someone on a Stage sets their `request_to_speak_timestamp`, as
  Discord does (an invitation to speak shows as a request);
- members are not all sent at connect time: GUILD_CREATE carries only the people in
  voice and the bot (no presences intent); the rest come when asked, over the
  gateway (`request_members`: chunks of 1000, all of them once per server every 30
  seconds, else RATE_LIMITED) or by REST (List Guild Members).

Time: `clock` (seconds; the bot's manual clock in the tests) ages messages and
interactions. Rate-limit buckets refill in real time scaled by `rate_scale`
(discord.py sleeps `retry_after` for real), which tests never assert on.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import aiohttp
import discord
from discord.http import HTTPClient, Route
from multidict import CIMultiDict

from tests.fakes import Killed

API = Route.BASE
EPHEMERAL = 64
ALL_PERMISSIONS = str(discord.Permissions.all().value)
PARTICIPANT_PERMISSIONS = str(
    discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        read_message_history=True,
        add_reactions=True,
        use_application_commands=True,
    ).value
)


# The bot is invited without Administrator (docs: permissions.mdx, "ADMINISTRATOR ...
# bypasses channel permission overwrites"): by default, everything else.
NOT_ADMINISTRATOR = discord.Permissions.all().value & ~discord.Permissions(administrator=True).value
MISSING_PERMISSIONS = "You lack permissions to perform that action"  # JSON error code 50013
HOUR = 3600.0
PIN_CAP = 250  # JSON error code 30003: "Maximum number of pins reached for the channel (250)"
# docs (message.mdx, Create Message and Edit Message JSON params; receiving-and-
# responding.mdx takes the same message fields for interaction answers): "Message
# contents (up to 2000 characters)". docs (channel.mdx, Modify Channel, Start Thread
# without Message; guild.mdx, Create Guild Channel): "1-100 character channel name".
# Past either, 400 with JSON error code 50035 "Invalid Form Body".
CONTENT_MAX = 2000
NAME_MAX = 100
# docs (reference.mdx, "Uploading Files"): "The file upload size limit applies to each
# file in a request. The default limit is 10 MiB"; past it, 413 with JSON error code
# 40005 "Request entity too large".
FILE_MAX = 10 * 1024 * 1024
ACKNOWLEDGE_WITHIN = 3.0  # docs: "you must send an initial response within 3 seconds"
TOKEN_LASTS = 15 * 60.0  # docs: "Interaction tokens are valid for 15 minutes"
# Per-route buckets: Discord does not document the numbers (clients must read the
# X-RateLimit-* headers); these are the ones commonly reported, in Discord seconds.
# (limit, per seconds), keyed by the bucket's name.
BUCKETS = {
    "message": (5, 5.0),  # create/edit messages, per channel
    "reaction": (1, 0.25),  # add a reaction, per channel
    "member": (10, 10.0),  # modify guild member (mute, move), per guild
}
# docs (gateway-events.mdx, Identify): large_threshold, "total number of members where
# the gateway will stop sending offline members"; discord.py's IDENTIFY sends 250.
LARGE_THRESHOLD = 250
# docs (gateway-events.mdx, Request Guild Members): Guild Members Chunk events carry
# "up to 1000 members per chunk"; a prefix `query` or `user_ids` return at most 100.
MEMBERS_PER_CHUNK = 1000
MEMBERS_PER_QUERY = 100
# docs (change-log.mdx, "Introducing Rate Limit When Requesting All Guild Members"):
# "1 request per guild per bot every 30 seconds"; more get a RATE_LIMITED event.
ALL_MEMBERS_EVERY = 30.0
# docs (rate-limits.mdx, Global Rate Limit): "All bots can make up to 50 requests per
# second to our API"; "Interaction endpoints are not bound to the bot's Global Rate Limit".
GLOBAL_LIMIT = (50, 1.0)
OLD_EDITS_PER_HOUR = 3  # edits of messages older than an hour (30046); not documented
NEW_DMS_PER_WINDOW = 10  # DM channels opened before 40003; not documented


def permission_value(*names: str) -> int:
    return discord.Permissions(**{name: True for name in names}).value


class UnknownRoute(AssertionError):
    """The adapter called a route the fake does not know: fail the test loudly."""


def now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class Call:
    method: str
    path: str  # without the API base and the query, e.g. /channels/1/messages
    body: Any = None  # the JSON sent (for multipart: its payload_json)
    params: dict[str, Any] = field(default_factory=dict)
    files: list[tuple[str, bytes]] = field(default_factory=list)

    @property
    def allowed_mentions(self) -> Any:
        return (self.body or {}).get("allowed_mentions")


@dataclass
class Exchange:
    """One interaction: what the bot answered (the callback, then follow-ups)."""

    id: int
    token: str
    user_id: int
    callback: dict[str, Any] | None = None
    followups: list[dict[str, Any]] = field(default_factory=list)

    @property
    def replies(self) -> list[dict[str, Any]]:
        """Every message shown for it: a direct answer, then the follow-ups."""
        first = []
        if self.callback and self.callback.get("type") == 4:
            first = [self.callback.get("data") or {}]
        return first + self.followups

    @property
    def texts(self) -> list[str]:
        return [reply.get("content") or "" for reply in self.replies]

    @property
    def all_ephemeral(self) -> bool:
        deferred = self.callback and self.callback.get("type") == 5
        flags = [(r.get("flags") or 0) & EPHEMERAL for r in self.replies]
        if deferred:
            flags.append((self.callback.get("data") or {}).get("flags", 0) & EPHEMERAL)
        return bool(flags) and all(flags)


class _Response:
    """Enough of an aiohttp response for discord.py's error and JSON handling."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.reason = {
            200: "OK",
            204: "No Content",
            400: "Bad Request",
            401: "Unauthorized",
            403: "Forbidden",
            413: "Payload Too Large",
            429: "Too Many Requests",
            503: "Service Unavailable",
        }.get(status, "Not Found")
        self.body = body
        # aiohttp's headers ignore case (discord.py reads "X-Ratelimit-Remaining").
        self.headers: CIMultiDict[str] = CIMultiDict(headers or {})
        if body is not None:
            self.headers["content-type"] = "application/json"

    async def text(self, encoding: str = "utf-8") -> str:
        return "" if self.body is None else json.dumps(self.body)

    async def __aenter__(self) -> _Response:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class _Held:
    """A request in flight until its gate opens (network latency, made explicit):
    Discord handles it only then."""

    def __init__(self, gate: asyncio.Event, answer: Callable[[], _Response]) -> None:
        self.gate, self.answer = gate, answer

    async def __aenter__(self) -> _Response:
        await self.gate.wait()
        return self.answer()

    async def __aexit__(self, *exc: object) -> None:
        return None


class Failure(Exception):
    def __init__(
        self,
        status: int,
        code: int,
        message: str,
        retry_after: float | None = None,
        is_global: bool = False,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.retry_after, self.is_global = retry_after, is_global


def _decode(data: Any) -> tuple[Any, list[tuple[str, bytes]]]:
    """The JSON body of a request, and its files if it was multipart."""
    if data is None:
        return None, []
    if isinstance(data, (str, bytes)):
        return json.loads(data), []
    if isinstance(data, aiohttp.FormData):
        body, files = None, []
        for options, _headers, value in data._fields:
            name = options.get("name")
            if name == "payload_json":
                body = json.loads(value)
            else:
                value.seek(0)
                files.append((options.get("filename", ""), value.read()))
        return body, files
    raise AssertionError(f"cannot read a request body of type {type(data).__name__}")


class FakeSession:
    """The aiohttp session discord.py's webhook adapter uses for interaction replies."""

    closed = False

    def __init__(self, discord_: FakeDiscord) -> None:
        self.discord = discord_

    def request(self, method: str, url: str, *, data: Any = None, params: Any = None, **_: Any):
        body, files = _decode(data)

        def answer() -> _Response:
            return self.discord.answer(method, url, body, dict(params or {}), files)

        gate = self.discord.gate_for(method, url)
        return answer() if gate is None else _Held(gate, answer)

    async def close(self) -> None:
        self.closed = True


class FakeHTTP(HTTPClient):
    """discord.py's HTTP client with the network (its aiohttp session) replaced by
    `FakeDiscord`."""

    def __init__(self, discord_: FakeDiscord) -> None:
        super().__init__(loop=None)  # type: ignore[arg-type]
        self.discord = discord_

    async def static_login(self, token: str) -> Any:
        self.token = token
        self._HTTPClient__session = FakeSession(self.discord)  # the webhook adapter's session
        self._global_over = asyncio.Event()
        self._global_over.set()
        return await self.request(Route("GET", "/users/@me"))

    # `request` is discord.py's own: its buckets, 429 retries and error classes run
    # against the fake's answers (headers included) through `FakeSession`.

    async def close(self) -> None:
        self.discord.closed.set()


Handler = Callable[..., Any]


class _Gateway:
    """The gateway connection, as far as discord.py's member chunking uses it
    (`ConnectionState.chunker` and `query_members` call `request_chunks`, the
    signature of `DiscordWebSocket.request_chunks`)."""

    # discord.py's `Client.close` closes a websocket only if it is `open`; the fake's
    # connection ends through `FakeHTTP.close` instead.
    open = False
    latency = 0.0

    def __init__(self, discord_: FakeDiscord) -> None:
        self.discord = discord_

    async def request_chunks(
        self,
        guild_id: int,
        query: str | None = None,
        *,
        limit: int,
        user_ids: list[int] | None = None,
        presences: bool = False,
        nonce: str | None = None,
    ) -> None:
        # Discord answers later, over the connection (discord.py registers its waiter
        # for the chunks after this returns).
        asyncio.get_running_loop().call_soon(
            self.discord.request_members, int(guild_id), query, limit, user_ids, nonce
        )


def _without_permissions(member: dict[str, Any]) -> dict[str, Any]:
    """A guild member object as the gateway and List Guild Members give it: the
    `permissions` field comes only with an interaction's member (docs: guild.mdx)."""
    return {k: v for k, v in member.items() if k != "permissions"}


class FakeDiscord:
    """Discord's state (guilds, channels, messages ...) and its API, in memory."""

    def __init__(self, bot_permissions: int = NOT_ADMINISTRATOR, rate_scale: float = 0.01) -> None:
        """`bot_permissions`: what the bot was invited with (its managed role in every
        guild). `rate_scale`: real seconds per Discord second for rate-limit buckets."""
        self.bot_permissions = bot_permissions
        self.rate_scale = rate_scale
        self._manual_time = 0.0
        self.clock: Callable[[], float] = lambda: self._manual_time
        self.buckets: dict[str, list[float]] = defaultdict(list)  # bucket -> request times
        self.limited: list[str] = []  # the buckets that answered 429, in order ("global")
        self.global_limit = GLOBAL_LIMIT  # (requests, per Discord seconds)
        self.global_times: list[float] = []  # the requests of this global second
        self.old_edits: list[float] = []  # when old messages were edited (clock)
        self.dm_opens: list[float] = []  # when DM channels were opened (clock)
        self.refusing_dms: set[int] = set()  # users who do not accept DMs from the server
        self.exchange_times: dict[str, float] = {}  # interaction token -> when it came
        self.sent_at: dict[int, float] = {}  # message id -> when it was made (clock)
        self.gates: list[tuple[str, re.Pattern[str], asyncio.Event]] = []  # see `hold`
        self._ids = itertools.count(1_300_000_000_000_000_000)
        self.calls: list[Call] = []
        self.events: list[tuple[str, dict[str, Any]]] = []  # gateway events sent
        self.users: dict[int, dict[str, Any]] = {}
        self.application_id = self.new_id()
        self.bot = self.user("workshop-bot", bot=True)
        self.channels_of_exchange: dict[str, int] = {}  # interaction token -> channel
        self.guilds: dict[int, dict[str, Any]] = {}
        self.members: dict[int, dict[int, dict[str, Any]]] = defaultdict(dict)  # guild -> user
        self.channels: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.pins: dict[int, list[int]] = defaultdict(list)
        self.reactions: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.thread_members: dict[int, set[int]] = defaultdict(set)
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        # guild -> user -> voice state (who is in which voice channel, muted ...)
        self.voice_states: dict[int, dict[int, dict[str, Any]]] = defaultdict(dict)
        self.commands: dict[int | None, list[dict[str, Any]]] = {}  # guild (None: global)
        self.exchanges: dict[str, Exchange] = {}  # interaction token -> exchange
        self.state: Any = None  # the client's ConnectionState, once attached
        # Where gateway events go instead of the parsers, if set: a real websocket.
        self.gateway: Callable[[str, dict[str, Any]], None] | None = None
        self.closed = asyncio.Event()
        # Requests for all of a guild's members over the gateway (opcode 8), by clock:
        # guild -> when last answered (see `request_members`)
        self.all_members_asked: dict[int, float] = {}
        # The intents the client identified with (IDENTIFY's `intents`).
        self.intents = discord.Intents.none()
        # (author, channel, nonce) -> the message made with it, within Discord's window
        self.nonces: dict[tuple[int, int, str], int] = {}
        # If set, the first request it is true for (method, path, body) is a kill.
        self.kill_when: Callable[[str, str, Any], bool] | None = None
        # (method, path pattern, failure): Discord failing such requests (see above).
        self.trouble: list[tuple[str, str, Failure]] = []
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = [
            ("GET", "/users/@me", self._me),
            ("GET", "/oauth2/applications/@me", self._application),
            ("PUT", r"/applications/(\d+)/guilds/(\d+)/commands", self._guild_commands),
            ("PUT", r"/applications/(\d+)/commands", self._global_commands),
            ("POST", r"/channels/(\d+)/messages", self._create_message),
            ("GET", r"/channels/(\d+)/messages", self._history),
            ("GET", r"/channels/(\d+)/messages/(\d+)", self._get_message),
            ("PATCH", r"/channels/(\d+)/messages/(\d+)", self._edit_message),
            ("PUT", r"/channels/(\d+)/messages/pins/(\d+)", self._pin),
            ("DELETE", r"/channels/(\d+)/messages/pins/(\d+)", self._unpin),
            ("GET", r"/channels/(\d+)/messages/pins", self._list_pins),
            ("PUT", r"/channels/(\d+)/messages/(\d+)/reactions/([^/]+)/@me", self._react),
            ("DELETE", r"/channels/(\d+)/messages/(\d+)/reactions/([^/]+)/@me", self._unreact),
            ("GET", r"/channels/(\d+)/messages/(\d+)/reactions/([^/]+)", self._reactors),
            ("POST", "/users/@me/channels", self._create_dm),
            ("POST", r"/channels/(\d+)/threads", self._create_thread),
            ("PUT", r"/channels/(\d+)/thread-members/(\d+)", self._add_thread_member),
            ("DELETE", r"/channels/(\d+)/thread-members/(\d+)", self._remove_thread_member),
            ("GET", r"/channels/(\d+)", self._get_channel),
            ("PATCH", r"/channels/(\d+)", self._edit_channel),
            ("GET", r"/guilds/(\d+)/members", self._list_members),
            ("GET", r"/guilds/(\d+)/members/(\d+)", self._get_member),
            ("PATCH", r"/guilds/(\d+)/members/(\d+)", self._edit_member),
            ("PATCH", r"/guilds/(\d+)/voice-states/(\d+)", self._edit_voice_state),
            ("POST", r"/guilds/(\d+)/channels", self._create_guild_channel),
            ("DELETE", r"/channels/(\d+)", self._delete_channel),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._callback),
            ("POST", r"/webhooks/(\d+)/([^/]+)", self._followup),
            ("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/@original", self._edit_original),
        ]
        self.routes = [(m, re.compile(p + "$"), h) for m, p, h in self.routes]

    # --- building the world ----------------------------------------------------

    def new_id(self) -> int:
        return next(self._ids)

    def user(self, name: str, *, bot: bool = False) -> dict[str, Any]:
        user = {
            "id": str(self.new_id()),
            "username": name,
            "discriminator": "0",
            "global_name": name.capitalize(),
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
        }
        self.users[int(user["id"])] = user
        return user

    def add_guild(self, name: str, guild_id: int | None = None) -> int:
        guild_id = guild_id or self.new_id()
        everyone = self._role(guild_id, "@everyone", guild_id, PARTICIPANT_PERMISSIONS)
        # A server is owned by a person (who made it), never by a bot invited to it:
        # discord.py gives the owner every permission (Member.guild_permissions), so a
        # bot taken for the owner would never see what it lacks.
        owner = self.user(f"owner-{name.lower()}")
        self.guilds[guild_id] = {
            "id": str(guild_id),
            "name": name,
            "roles": [everyone],
            "owner_id": owner["id"],
        }
        self.add_member(guild_id, owner, permissions=ALL_PERMISSIONS)
        # A bot invited with permissions gets a managed role holding them.
        bot_role = self.add_role(guild_id, "workshop-bot", str(self.bot_permissions))
        self.guilds[guild_id]["roles"][-1]["managed"] = True
        self.add_member(
            guild_id, self.bot, roles=(bot_role,), permissions=str(self.bot_permissions)
        )
        return guild_id

    def _role(self, guild_id: int, name: str, role_id: int, permissions: str) -> dict[str, Any]:
        return {
            "id": str(role_id),
            "name": name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": 0 if role_id == guild_id else len(self.guilds[guild_id]["roles"]),
            "permissions": permissions,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }

    def add_role(self, guild_id: int, name: str, permissions: str = "0") -> int:
        role_id = self.new_id()
        self.guilds[guild_id]["roles"].append(self._role(guild_id, name, role_id, permissions))
        return role_id

    def add_person(self, guild_id: int, name: str, roles: tuple[int, ...] = ()) -> int:
        user = self.user(name)
        self.add_member(guild_id, user, roles=roles)
        return int(user["id"])

    def add_member(
        self,
        guild_id: int,
        user: dict[str, Any],
        roles: tuple[int, ...] = (),
        permissions: str = PARTICIPANT_PERMISSIONS,
    ) -> None:
        self.members[guild_id][int(user["id"])] = {
            "user": user,
            "nick": None,
            "avatar": None,
            "banner": None,
            "roles": [str(r) for r in roles],
            "joined_at": now(),
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
            "permissions": permissions,
        }

    def remove_member(self, guild_id: int, user_id: int) -> None:
        """Someone leaves (or is removed from) a server. docs (gateway events, Guild
        Member Remove): the bot gets `{guild_id, user}`; a member who leaves a server
        is no longer in its threads."""
        member = self.members[guild_id].pop(user_id)
        for channel_id, members in self.thread_members.items():
            if self.channels.get(channel_id, {}).get("guild_id") == str(guild_id):
                members.discard(user_id)
        self.emit("GUILD_MEMBER_REMOVE", {"guild_id": str(guild_id), "user": member["user"]})

    def add_category(self, guild_id: int, name: str, overwrites: list[dict[str, Any]] = ()) -> int:
        """A category made by a server admin in Discord's app, with these overwrites
        ({"id", "type", "allow", "deny"}; an admin may set any bit)."""
        channel_id = self.new_id()
        body = {"name": name, "type": 4, "permission_overwrites": list(overwrites)}
        self.channels[channel_id] = self._guild_channel(channel_id, guild_id, body)
        return channel_id

    def _synced_overwrites(self, category: int | str | None) -> list[dict[str, Any]]:
        """The overwrites a channel made in `category` without any of its own starts
        with: the category's. docs (permissions.mdx, "Permission Syncing"): a channel
        with the same overwrites as its category is "synced"; discord.py
        (Guild.create_text_channel, `category`): "The permissions will be automatically
        synced to category if no overwrites are provided" (as Discord's app does)."""
        if category is None:
            return []
        return [dict(o) for o in self.channels[int(category)]["permission_overwrites"]]

    def add_text_channel(self, guild_id: int, name: str, category: int | None = None) -> int:
        """A text channel made in Discord's app (in `category`: synced with it)."""
        channel_id = self.new_id()
        self.channels[channel_id] = {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(guild_id),
            "name": name,
            "position": len(self.channels),
            "permission_overwrites": self._synced_overwrites(category),
            "nsfw": False,
            "parent_id": str(category) if category else None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "default_auto_archive_duration": 1440,
            "flags": 0,
        }
        return channel_id

    def add_voice_channel(
        self, guild_id: int, name: str, *, stage: bool = False, parent: int | None = None
    ) -> int:
        channel_id = self.new_id()
        body = {
            "name": name,
            "type": 13 if stage else 2,
            "parent_id": str(parent) if parent else None,
            "permission_overwrites": self._synced_overwrites(parent),
        }
        self.channels[channel_id] = self._guild_channel(channel_id, guild_id, body)
        return channel_id

    def _guild_channel(
        self, channel_id: int, guild_id: int, body: dict[str, Any]
    ) -> dict[str, Any]:
        """A guild channel as Discord returns it (text 0, voice 2, category 4, stage 13),
        with the fields discord.py 2.7 reads for each type."""
        kind = body.get("type", 0)
        channel: dict[str, Any] = {
            "id": str(channel_id),
            "type": kind,
            "guild_id": str(guild_id),
            "name": body["name"],
            "position": body.get("position", len(self.channels)),
            "permission_overwrites": [
                {**o, "allow": str(o["allow"]), "deny": str(o["deny"])}
                for o in body.get("permission_overwrites") or []
            ],
            "nsfw": False,
            "parent_id": body.get("parent_id"),
            "flags": 0,
        }
        if kind == 0:
            channel.update(
                topic=None,
                last_message_id=None,
                rate_limit_per_user=0,
                default_auto_archive_duration=1440,
            )
        elif kind in (2, 13):
            channel.update(
                bitrate=body.get("bitrate", 64000),
                user_limit=body.get("user_limit", 0),
                rtc_region=None,
                video_quality_mode=1,
                last_message_id=None,
                rate_limit_per_user=0,
                topic=None,
            )
        return channel

    def join_voice(self, user_id: int, channel_id: int, **flags: Any) -> None:
        """Someone joins (or moves to) a voice channel: VOICE_STATE_UPDATE."""
        guild_id = int(self.channels[channel_id]["guild_id"])
        state = self.voice_states[guild_id].get(user_id) or {
            "user_id": str(user_id),
            "session_id": f"session-{user_id}",
            "deaf": False,
            "mute": False,
            "self_deaf": False,
            "self_mute": False,
            "self_video": False,
            "self_stream": False,
            "suppress": self.channels[channel_id]["type"] == 13,  # a stage's audience
            "request_to_speak_timestamp": None,
        }
        state.update(channel_id=str(channel_id), guild_id=str(guild_id), **flags)
        self.voice_states[guild_id][user_id] = state
        self._voice_event(guild_id, user_id)

    def leave_voice(self, guild_id: int, user_id: int) -> None:
        state = self.voice_states[guild_id][user_id]
        state["channel_id"] = None
        self._voice_event(guild_id, user_id)
        del self.voice_states[guild_id][user_id]

    def request_to_speak(self, user_id: int, channel_id: int) -> None:
        """Someone in a stage's audience raises their hand (Discord's request to speak)."""
        self.join_voice(user_id, channel_id, request_to_speak_timestamp=now())

    def invite_to_speak(self, user_id: int, channel_id: int) -> None:
        """A Stage moderator (a person, in Discord's app) invites someone in the
        audience to speak: the same change as the bot's Modify User Voice State."""
        state = self.voice_states[int(self.channels[channel_id]["guild_id"])][user_id]
        state["suppress"] = False
        state["request_to_speak_timestamp"] = now()  # as for the bot's invitation
        self._voice_event(int(self.channels[channel_id]["guild_id"]), user_id)

    def _voice_event(self, guild_id: int, user_id: int) -> None:
        state = dict(self.voice_states[guild_id][user_id])
        state["member"] = self.members[guild_id][user_id]
        self.emit("VOICE_STATE_UPDATE", state)

    def voice_channel_of(self, guild_id: int, user_id: int) -> int | None:
        state = self.voice_states[guild_id].get(user_id)
        return int(state["channel_id"]) if state and state["channel_id"] else None

    def member(self, guild_id: int, user_id: int) -> dict[str, Any]:
        return self.members[guild_id][user_id]

    def guild_payload(self, guild_id: int) -> dict[str, Any]:
        """GUILD_CREATE: the whole guild, but not all its members. docs
        (gateway-events.mdx, Request Guild Members): "When initially connecting, if you
        don't have the GUILD_PRESENCES Gateway Intent [the bot has not] ... it will
        only send members who are in voice, plus the member for you"; the others
        come only when asked for (`request_members`, or REST List Guild Members).
        `member_count` is all of them, `large` says whether there are more than
        large_threshold (250, discord.py's IDENTIFY)."""
        everyone = self.members[guild_id]
        in_voice = set(self.voice_states[guild_id]) | {int(self.bot["id"])}
        members = [m for user_id, m in everyone.items() if user_id in in_voice]
        return {
            **self.guilds[guild_id],
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "max_members": 500_000,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "joined_at": now(),
            "large": len(everyone) > LARGE_THRESHOLD,
            "unavailable": False,
            "member_count": len(everyone),
            "members": [_without_permissions(m) for m in members],
            "voice_states": [
                {k: v for k, v in state.items() if k not in ("guild_id", "member")}
                for state in self.voice_states[guild_id].values()
            ],
            "channels": [
                c
                for c in self.channels.values()
                if c.get("guild_id") == str(guild_id) and c["type"] not in (11, 12)
            ],
            "threads": [
                c
                for c in self.channels.values()
                if c.get("guild_id") == str(guild_id)
                and c["type"] in (11, 12)
                and not c["thread_metadata"]["archived"]
            ],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    # --- the gateway ---------------------------------------------------------------

    def emit(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway dispatch to the client, through its real parser. An event
        discord.py has no parser for (RATE_LIMITED, in 2.7) is dropped, as its
        gateway does (gateway.py, received_message: "Unknown event")."""
        self.events.append((event, data))
        if self.gateway is not None:  # a real websocket (tests/discord/loopback.py)
            self.gateway(event, data)
            return
        parser = self.state.parsers.get(event)
        if parser is not None:
            parser(data)

    def request_members(
        self,
        guild_id: int,
        query: str | None,
        limit: int,
        user_ids: list[int] | None,
        nonce: str | None,
    ) -> None:
        """Request Guild Members (gateway opcode 8), answered as docs
        (gateway-events.mdx) say: Guild Members Chunk events of up to 1000 members,
        with chunk_index, chunk_count and the request's nonce; `user_ids` or a prefix
        `query` return at most 100. The entire list (query "", limit 0) needs the
        GUILD_MEMBERS intent, and is answered once per guild every 30 seconds: a
        request sooner gets RATE_LIMITED (change-log.mdx), which discord.py 2.7 does
        not read (it waits for the chunks until its timeout, then goes on)."""
        everyone = not user_ids and not query
        if everyone and not self.intents.members:
            raise AssertionError("the gateway refuses all members without the GUILD_MEMBERS intent")
        if everyone:
            last = self.all_members_asked.get(guild_id)
            if last is not None and self.clock() - last < ALL_MEMBERS_EVERY:
                meta = {"guild_id": str(guild_id), **({"nonce": nonce} if nonce else {})}
                retry = ALL_MEMBERS_EVERY - (self.clock() - last)
                self.emit("RATE_LIMITED", {"opcode": 8, "retry_after": retry, "meta": meta})
                return
            self.all_members_asked[guild_id] = self.clock()
        members = sorted(self.members[guild_id].items())
        not_found: list[str] = []
        if user_ids:
            wanted = [int(u) for u in user_ids][:MEMBERS_PER_QUERY]
            not_found = [str(u) for u in wanted if u not in self.members[guild_id]]
            members = [(u, m) for u, m in members if u in wanted]
        elif query:
            prefix = query.casefold()
            members = [(u, m) for u, m in members if m["user"]["username"].startswith(prefix)]
            members = members[: min(limit or MEMBERS_PER_QUERY, MEMBERS_PER_QUERY)]
        found = [_without_permissions(m) for _u, m in members]
        chunks = [
            found[n : n + MEMBERS_PER_CHUNK] for n in range(0, len(found), MEMBERS_PER_CHUNK)
        ] or [[]]
        for index, chunk in enumerate(chunks):
            data: dict[str, Any] = {
                "guild_id": str(guild_id),
                "members": chunk,
                "chunk_index": index,
                "chunk_count": len(chunks),
            }
            if nonce:
                data["nonce"] = nonce
            if not_found and index == 0:
                data["not_found"] = not_found
            self.emit("GUILD_MEMBERS_CHUNK", data)

    def ready_payload(self) -> dict[str, Any]:
        """READY, as the gateway sends it after IDENTIFY."""
        return {
            "v": 10,
            "user": self.bot,
            "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
            "session_id": "fake-session",
            "resume_gateway_url": "wss://gateway.invalid",
            "shard": [0, 1],
            "application": {"id": str(self.application_id), "flags": 0},
        }

    def attach(self, client: discord.Client) -> None:
        """Give a (not yet started) client this fake as its network."""
        self.closed = asyncio.Event()  # a new connection (after a restart)
        http = FakeHTTP(self)
        self.intents = client.intents  # what discord.py's IDENTIFY would say
        client.http = http
        client._connection.http = http
        self.state = client._connection

        async def connect(*, reconnect: bool = True) -> None:
            # What the gateway sends after IDENTIFY: READY, then each guild. The
            # connection is what discord.py's chunking asks for members through.
            client.ws = _Gateway(self)  # type: ignore[assignment]
            self.emit("READY", self.ready_payload())
            for guild_id in self.guilds:
                self.emit("GUILD_CREATE", self.guild_payload(guild_id))
            await self.closed.wait()

        client.connect = connect  # type: ignore[method-assign]

    # --- REST -------------------------------------------------------------------------

    def answer(
        self,
        method: str,
        url: str,
        body: Any,
        params: dict[str, Any],
        files: list[tuple[str, bytes]],
    ) -> _Response:
        split = urlsplit(url)
        path = unquote(split.path.removeprefix(urlsplit(API).path))
        if split.query:
            params.update(dict(p.split("=", 1) for p in split.query.split("&") if "=" in p))
        if self.kill_when is not None and self.kill_when(method, path, body):
            self.kill_when = None
            raise Killed()
        for wanted, pattern, failure in self.trouble:
            if wanted == method and re.fullmatch(pattern, path):
                if failure.status == 429:
                    self.limited.append(path)
                return self._failure(failure)
        try:
            self._spend(method, path)
        except Failure as failure:  # not acted on: in `limited`, not in `calls`
            return self._failure(failure)
        self.calls.append(Call(method, path, body, params, files))
        for wanted, pattern, handler in self.routes:
            match = pattern.match(path)
            if wanted == method and match:
                groups = list(match.groups())
                try:
                    result = handler(*groups, body=body or {}, params=params, files=files)
                except Failure as failure:
                    return self._failure(failure)
                return _Response(
                    204 if result is None else 200, result, self._headers(method, path)
                )
        raise UnknownRoute(f"{method} {path} is not a route this fake Discord knows")

    def _failure(self, failure: Failure) -> _Response:
        body: dict[str, Any] = {"message": failure.message, "code": failure.code}
        headers = {}
        if failure.status == 429 and failure.code == 30046:
            # Observed (aikaterna/aikaterna-cogs#302): this 429 comes without `Via`, so
            # discord.py raises it at once ("429 Too Many Requests (error code: 30046)").
            body.update(retry_after=failure.retry_after, **{"global": False})
        elif failure.status == 429:
            # docs (rate-limits.mdx): a 429 carries `retry_after` (seconds) and
            # `global`; the headers say the same (X-RateLimit-Global: true and scope
            # "global" for the global limit). discord.py also wants `Via`, which
            # Discord's answers carry (without it, it takes the 429 for Cloudflare's).
            body.update(retry_after=failure.retry_after, **{"global": failure.is_global})
            headers = {
                "Via": "1.1 google",
                "Retry-After": str(failure.retry_after),
                "X-RateLimit-Scope": "global" if failure.is_global else "user",
            }
            if failure.is_global:
                headers["X-RateLimit-Global"] = "true"
        return _Response(failure.status, body, headers)

    # --- rules ----------------------------------------------------------------------

    def pass_time(self, seconds: float) -> None:
        """Time passes for messages, interactions and budgets (without a shared clock)."""
        self._manual_time += seconds

    def bot_permissions_in(self, guild_id: int | None) -> int:
        """The bot's guild permissions: @everyone's and its roles' (docs: permissions.mdx,
        "Permission Hierarchy"; channel overwrites are not computed here)."""
        if guild_id is None or guild_id not in self.guilds:
            return self.bot_permissions
        member = self.members[guild_id][int(self.bot["id"])]
        held = set(member["roles"]) | {str(guild_id)}
        value = 0
        for role in self.guilds[guild_id]["roles"]:
            if role["id"] in held:
                value |= int(role["permissions"])
        return value

    def bot_permissions_in_channel(self, channel: dict[str, Any]) -> int:
        """The bot's permissions in one channel: docs (permissions.mdx, "Permission
        Overwrites", compute_overwrites): the guild's, unless Administrator; then the
        channel's @everyone overwrite (deny, then allow), its overwrites for the bot's
        roles (all denies, then all allows), its overwrite for the bot (deny, then
        allow). A thread has no overwrites of its own: its parent's count (docs,
        threads.mdx: "Threads inherit permissions from the parent channel"). Implicit
        (permissions.mdx, "Implicit Permissions"): without View Channel, nothing else."""
        guild_id = int(channel["guild_id"])
        base = self.bot_permissions_in(guild_id)
        if base & permission_value("administrator"):
            return discord.Permissions.all().value
        where = channel
        if "thread_metadata" in channel:
            where = self.channels.get(int(channel["parent_id"]), channel)
        overwrites = {str(o["id"]): o for o in where.get("permission_overwrites") or []}
        value = base
        everyone = overwrites.get(str(guild_id))
        if everyone is not None:
            value = (value & ~int(everyone["deny"])) | int(everyone["allow"])
        bot = self.members[guild_id][int(self.bot["id"])]
        allow = deny = 0
        for role in bot["roles"]:
            found = overwrites.get(str(role))
            if found is not None and found["type"] == 0:
                allow, deny = allow | int(found["allow"]), deny | int(found["deny"])
        value = (value & ~deny) | allow
        mine = overwrites.get(self.bot["id"])
        if mine is not None and mine["type"] == 1:
            value = (value & ~int(mine["deny"])) | int(mine["allow"])
        if not value & permission_value("view_channel"):
            return 0
        return value

    def _require_in(self, channel: dict[str, Any], *names: str) -> None:
        """403 / 50013 unless the bot holds every permission named in this channel
        (its overwrites counted); a DM needs none. A channel the bot cannot see at all
        is 403 / 50001 instead (JSON error codes: "Missing access"; what discord.py
        raises for a send to a channel without View Channel, as bots' issue trackers
        show: "403 Forbidden (error code: 50001): Missing Access")."""
        if channel.get("guild_id") is None:
            return
        have = self.bot_permissions_in_channel(channel)
        if not have & permission_value("view_channel"):
            raise Failure(403, 50001, "Missing Access")
        wanted = permission_value(*names)
        if have & wanted != wanted:
            raise Failure(403, 50013, MISSING_PERMISSIONS)

    def _require(self, guild_id: int | str | None, *names: str) -> None:
        """403 / 50013 unless the bot holds every permission named (discord.py's names)."""
        if guild_id is None:
            return
        have = self.bot_permissions_in(int(guild_id))
        if have & permission_value("administrator"):
            return
        if have & permission_value(*names) != permission_value(*names):
            raise Failure(403, 50013, MISSING_PERMISSIONS)

    @staticmethod
    def _changed_bits(overwrites: list[dict[str, Any]], current: list[dict[str, Any]] = ()) -> int:
        """The bits an overwrite list allows or denies anew: an entry sent back as it
        was is no change (the floor puts back the overwrites it found)."""
        before = {(str(o["id"]), o["type"]): o for o in current}
        changed = 0
        for overwrite in overwrites:
            old = before.get((str(overwrite["id"]), overwrite["type"]), {})
            for side in ("allow", "deny"):
                changed |= int(overwrite.get(side) or 0) ^ int(old.get(side) or 0)
        return changed

    def _has_manage_roles_overwrite(self, channel: dict[str, Any]) -> bool:
        """Whether the channel has an overwrite allowing the bot (or one of its roles)
        Manage Roles ("Manage Permissions")."""
        bot = self.members[int(channel["guild_id"])][int(self.bot["id"])]
        mine = {(self.bot["id"], 1)} | {(str(role), 0) for role in bot["roles"]}
        return any(
            (str(o["id"]), o["type"]) in mine
            and int(o.get("allow") or 0) & permission_value("manage_roles")
            for o in channel.get("permission_overwrites") or []
        )

    def _check_new_overwrites(self, guild_id: int, overwrites: list[dict[str, Any]]) -> None:
        """Create Guild Channel. docs (guild.mdx): "If setting permission overwrites,
        only permissions your bot has in the guild can be allowed/denied. Setting
        MANAGE_ROLES permission in channels is only possible for guild administrators".
        The guild's, not the parent category's: discord-api-docs issue 2524 (a
        permission the bot holds on the category only is refused, 50013), and the
        change-log of 22 January 2021 ("validated against the permissions your bot has
        in the guild"). Setting overwrites also needs MANAGE_ROLES (as in Modify
        Channel), read here as the guild's."""
        if not overwrites:
            return
        have = self.bot_permissions_in(guild_id)
        if have & permission_value("administrator"):
            return
        self._require(guild_id, "manage_roles")
        changed = self._changed_bits(overwrites)
        if changed & permission_value("manage_roles") or changed & ~have:
            raise Failure(403, 50013, MISSING_PERMISSIONS)

    def _check_overwrites(self, channel: dict[str, Any], overwrites: list[dict[str, Any]]) -> None:
        """Modify Channel. docs (channel.mdx): "Only permissions your bot has in the
        guild or parent channel (if applicable) can be allowed/denied (unless your bot
        has a MANAGE_ROLES overwrite in the channel)" (read: then what it has in the
        channel counts too); change-log of 22 January 2021: setting MANAGE_ROLES itself
        "is only possible for guild administrators or users with MANAGE_ROLES as a
        permission overwrite in the channel". (MANAGE_ROLES in the channel is checked by
        the caller.)"""
        if not overwrites:
            return
        guild_id = int(channel["guild_id"])
        have = self.bot_permissions_in(guild_id)
        if have & permission_value("administrator"):
            return
        parent = self.channels.get(int(channel["parent_id"] or 0))
        if parent is not None:
            have |= self.bot_permissions_in_channel(parent)
        own_manage_roles = self._has_manage_roles_overwrite(channel)
        if own_manage_roles:
            have |= self.bot_permissions_in_channel(channel)
        changed = self._changed_bits(overwrites, channel["permission_overwrites"])
        if changed & permission_value("manage_roles") and not own_manage_roles:
            raise Failure(403, 50013, MISSING_PERMISSIONS)
        if changed & ~have:
            raise Failure(403, 50013, MISSING_PERMISSIONS)

    def _bucket_of(self, method: str, path: str) -> tuple[str, str] | None:
        """The rate-limit bucket a request spends from, if the fake limits it."""
        parts = path.strip("/").split("/")
        if parts[0] == "channels" and len(parts) >= 3 and parts[2] == "messages":
            if method == "PUT" and "reactions" in parts:
                return "reaction", parts[1]
            if method in ("POST", "PATCH") and len(parts) <= 4:
                return "message", parts[1]
        if parts[0] == "guilds" and len(parts) == 4 and parts[2] == "members" and method == "PATCH":
            return "member", parts[1]
        return None

    def _spend_global(self, path: str) -> None:
        """One request from the bot's global allowance (not interaction endpoints);
        past it, 429 with `global` true (discord.py then holds every request) until
        the second is over: the allowance is whole again then (docs, rate-limits.mdx:
        limits "reset"; X-RateLimit-Reset-After)."""
        if path.startswith(("/interactions/", "/webhooks/")):
            return
        limit, per = self.global_limit
        window = per * self.rate_scale
        now_ = time.monotonic()
        if not self.global_times or now_ - self.global_times[0] >= window:
            self.global_times = []  # a new second
        if len(self.global_times) >= limit:
            self.limited.append("global")
            retry = max(window - (now_ - self.global_times[0]), 0.001)
            raise Failure(429, 0, "You are being rate limited.", retry_after=retry, is_global=True)
        self.global_times.append(now_)

    def _spend(self, method: str, path: str) -> None:
        """One request from its bucket; 429 with `retry_after` once the bucket is spent."""
        self._spend_global(path)
        found = self._bucket_of(method, path)
        if found is None:
            return
        name, major = found
        limit, per = BUCKETS[name]
        window = per * self.rate_scale
        now_ = time.monotonic()
        key = f"{name}:{major}"
        recent = [t for t in self.buckets[key] if now_ - t < window]
        self.buckets[key] = recent
        if len(recent) >= limit:
            self.limited.append(key)
            retry = max(window - (now_ - recent[0]), 0.001)
            raise Failure(429, 0, "You are being rate limited.", retry_after=retry)
        recent.append(now_)

    def _headers(self, method: str, path: str) -> dict[str, str]:
        """docs (rate-limits.mdx): every answer on a limited route says its bucket."""
        found = self._bucket_of(method, path)
        if found is None:
            return {}
        name, major = found
        limit, per = BUCKETS[name]
        used = len(self.buckets[f"{name}:{major}"])
        return {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(max(limit - used, 0)),
            "X-RateLimit-Reset-After": str(per * self.rate_scale),
            "X-RateLimit-Reset": str(time.time() + per * self.rate_scale),
            "X-RateLimit-Bucket": f"{name}-bucket",
        }

    def hold(self, method: str, pattern: str) -> asyncio.Event:
        """The next request matching `method` and the path `pattern` stays in flight
        until the returned event is set."""
        gate = asyncio.Event()
        self.gates.append((method, re.compile(pattern + "$"), gate))
        return gate

    def gate_for(self, method: str, url: str) -> asyncio.Event | None:
        path = unquote(urlsplit(url).path.removeprefix(urlsplit(API).path))
        for n, (wanted, pattern, gate) in enumerate(self.gates):
            if wanted == method and pattern.match(path):
                del self.gates[n]
                return gate
        return None

    def calls_to(self, method: str, pattern: str) -> list[Call]:
        compiled = re.compile(pattern + "$")
        return [c for c in self.calls if c.method == method and compiled.match(c.path)]

    def _me(self, **_: Any) -> dict[str, Any]:
        return self.bot

    def _application(self, **_: Any) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": "workshop-bot",
            "icon": None,
            "description": "",
            "rpc_origins": [],
            "bot_public": False,
            "bot_require_code_grant": False,
            "owner": {**self.user("owner")},
            "summary": "",
            "verify_key": "0" * 64,
            "team": None,
            "flags": 0,
            "interactions_endpoint_url": None,
        }

    def _upsert_commands(self, guild_id: int | None, body: list[dict[str, Any]]) -> list:
        commands = []
        for command in body:
            command = {
                **command,
                "id": str(self.new_id()),
                "application_id": str(self.application_id),
                "version": str(self.new_id()),
            }
            if guild_id is not None:
                command["guild_id"] = str(guild_id)
            commands.append(command)
        self.commands[guild_id] = commands
        return commands

    def _guild_commands(self, app: str, guild: str, *, body: Any, **_: Any) -> list:
        # A server the bot is not in (or was removed from): JSON error code 50001.
        if int(guild) not in self.guilds:
            raise Failure(403, 50001, "Missing Access")
        return self._upsert_commands(int(guild), body)

    def _global_commands(self, app: str, *, body: Any, **_: Any) -> list:
        return self._upsert_commands(None, body)

    def _message(
        self,
        channel_id: int,
        author: dict[str, Any],
        content: str,
        *,
        kind: int = 0,
        flags: int = 0,
        files: list[tuple[str, bytes]] = (),
        webhook_id: int | None = None,
    ) -> dict[str, Any]:
        message_id = self.new_id()
        channel = self.channels.get(channel_id, {})
        message = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": author,
            "content": content,
            "timestamp": now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [
                {
                    "id": str(self.new_id()),
                    "filename": name,
                    "size": len(data),
                    "url": f"https://cdn.invalid/{name}",
                    "proxy_url": f"https://media.invalid/{name}",
                }
                for name, data in files
            ],
            "embeds": [],
            "pinned": False,
            "type": kind,
            "flags": flags,
            "components": [],
        }
        if webhook_id is not None:
            message["webhook_id"] = str(webhook_id)
        if "guild_id" in channel:
            message["guild_id"] = channel["guild_id"]
        self.messages[message_id] = message
        self.sent_at[message_id] = self.clock()
        if channel:
            channel["last_message_id"] = str(message_id)
        return message

    def _gateway_message(self, message: dict[str, Any]) -> dict[str, Any]:
        """MESSAGE_CREATE in a guild carries the author's member (without its user)."""
        data = dict(message)
        guild_id = data.get("guild_id")
        if guild_id is not None:
            member = self.members[int(guild_id)].get(int(data["author"]["id"]))
            if member is not None:
                data["member"] = {
                    k: v for k, v in member.items() if k not in ("user", "permissions")
                }
        return data

    def _writable(self, channel_id: int) -> dict[str, Any]:
        channel = self.channels.get(channel_id)
        if channel is None:
            raise Failure(404, 10003, "Unknown Channel")
        meta = channel.get("thread_metadata")
        if meta and meta["locked"]:
            raise Failure(403, 50083, "Thread is archived")
        if meta and meta["archived"]:
            meta["archived"] = False  # sending unarchives an unlocked thread
        return channel

    @staticmethod
    def _check_content(body: Any) -> None:
        content = (body or {}).get("content") or ""
        if len(content) > CONTENT_MAX:
            raise Failure(400, 50035, "Invalid Form Body: content: Must be 2000 or fewer")

    @staticmethod
    def _check_files(files: list[tuple[str, bytes]]) -> None:
        if any(len(data) > FILE_MAX for _, data in files):
            raise Failure(413, 40005, "Request entity too large")

    @staticmethod
    def _check_name(body: Any) -> None:
        name = (body or {}).get("name")
        if name is not None and not 1 <= len(name) <= NAME_MAX:
            raise Failure(400, 50035, "Invalid Form Body: name: Must be between 1 and 100")

    def _create_message(self, channel: str, *, body: Any, files: list, **_: Any) -> dict:
        """Create Message. `nonce` (a string of at most 25 characters, or an
        integer) comes back on the message; with `enforce_nonce`, a nonce the same
        author used in the past few minutes returns that message and creates none."""
        channel_id = int(channel)
        body = body or {}
        nonce = body.get("nonce")
        if isinstance(nonce, str) and len(nonce) > 25:
            raise Failure(400, 50035, "Invalid Form Body: nonce: Must be 25 or fewer in length")
        seen = (int(self.bot["id"]), channel_id, str(nonce))
        if nonce is not None and body.get("enforce_nonce"):
            earlier = self.messages.get(self.nonces.get(seen, 0))
            if earlier is not None:
                return earlier
        target = self._writable(channel_id)
        if target.get("type") == 1 and int(target["recipients"][0]["id"]) in self.refusing_dms:
            # JSON error code 50007 (someone who does not accept DMs from server members)
            raise Failure(403, 50007, "Cannot send messages to this user")
        in_thread = "thread_metadata" in target
        self._require_in(
            target,
            "view_channel",
            "send_messages_in_threads" if in_thread else "send_messages",
        )
        if files:
            self._require_in(target, "attach_files")
            self._check_files(files)
        self._check_content(body)
        content = body.get("content") or ""
        if not content and not files:
            raise Failure(400, 50006, "Cannot send an empty message")
        message = self._message(channel_id, self.bot, content, files=files)
        if nonce is not None:
            message["nonce"] = nonce
            self.nonces[seen] = int(message["id"])
        self.emit("MESSAGE_CREATE", self._gateway_message(message))
        return message

    def forget_nonces(self) -> None:
        """The few minutes in which Discord recognises a repeated nonce have passed."""
        self.nonces.clear()

    def _history(self, channel: str, *, params: dict, **_: Any) -> list:
        channel_id = int(channel)
        after = int(params.get("after", 0))
        limit = int(params.get("limit", 50))
        found = sorted(
            (
                m
                for m in self.messages.values()
                if m["channel_id"] == channel and int(m["id"]) > after
            ),
            key=lambda m: int(m["id"]),
        )
        if channel_id not in self.channels:
            raise Failure(404, 10003, "Unknown Channel")
        # Discord answers newest first.
        return list(reversed(found[:limit])) if "after" in params else list(reversed(found))[:limit]

    def _get_message(self, channel: str, message: str, **_: Any) -> dict:
        """Get Channel Message, with its `reactions` (docs: message.mdx, the reaction
        object: count, count_details, me, me_burst, emoji, burst_colors)."""
        self._get_channel(channel)
        found = self.messages.get(int(message))
        if found is None or found["channel_id"] != channel:
            raise Failure(404, 10008, "Unknown Message")
        bot = int(self.bot["id"])
        reactions = [
            {
                "count": len(users),
                "count_details": {"burst": 0, "normal": len(users)},
                "me": bot in users,
                "me_burst": False,
                "emoji": {"id": None, "name": emoji},
                "burst_colors": [],
            }
            for emoji, users in self.reactions[int(message)].items()
            if users
        ]
        return {**found, **({"reactions": reactions} if reactions else {})}

    def _edit_message(self, channel: str, message: str, *, body: Any, **_: Any) -> dict:
        found = self.messages.get(int(message))
        if found is None or found["channel_id"] != channel:
            raise Failure(404, 10008, "Unknown Message")
        if found["author"]["id"] != self.bot["id"]:
            raise Failure(403, 50005, "Cannot edit a message authored by another user")
        self._check_content(body)
        self._edit_old(int(message))
        if "content" in body:
            found["content"] = body["content"]
        found["edited_timestamp"] = now()
        self.emit("MESSAGE_UPDATE", self._gateway_message(found))
        return found

    def _edit_old(self, message_id: int) -> None:
        """JSON error code 30046: "Maximum number of edits to messages older than 1
        hour reached. Try again later" (the budget is not documented: see
        OLD_EDITS_PER_HOUR)."""
        now_ = self.clock()
        if now_ - self.sent_at.get(message_id, now_) <= HOUR:
            return
        self.old_edits = [t for t in self.old_edits if now_ - t < HOUR]
        if len(self.old_edits) >= OLD_EDITS_PER_HOUR:
            retry = HOUR - (now_ - self.old_edits[0])
            raise Failure(
                429,
                30046,
                "Maximum number of edits to messages older than 1 hour reached. Try again later",
                retry_after=retry,
            )
        self.old_edits.append(now_)

    def _pin(self, channel: str, message: str, **_: Any) -> None:
        """docs (message.mdx, Pin Message): "Requires the PIN_MESSAGES permission"."""
        where = self._get_channel(channel)
        self._require_in(where, "pin_messages")
        found = self.messages.get(int(message))
        if found is None or found["channel_id"] != channel:
            raise Failure(404, 10008, "Unknown Message")
        if found["pinned"]:
            return  # pinned already: nothing changes, nothing is announced
        if len(self.pins[int(channel)]) >= PIN_CAP:
            raise Failure(400, 30003, "Maximum number of pins reached for the channel (250)")
        found["pinned"] = True
        self.pins[int(channel)].insert(0, int(message))
        guild_id = self.channels[int(channel)].get("guild_id")
        self.emit("MESSAGE_UPDATE", self._gateway_message(found))
        self.emit(
            "CHANNEL_PINS_UPDATE",
            {"channel_id": channel, "guild_id": guild_id, "last_pin_timestamp": now()},
        )
        # Discord also posts "<bot> pinned a message" (CHANNEL_PINNED_MESSAGE).
        notice = self._message(int(channel), self.bot, "", kind=6)
        notice["message_reference"] = {"message_id": message, "channel_id": channel}
        self.emit("MESSAGE_CREATE", self._gateway_message(notice))

    def _unpin(self, channel: str, message: str, **_: Any) -> None:
        """docs (message.mdx, Unpin Message): PIN_MESSAGES; 204; CHANNEL_PINS_UPDATE."""
        where = self._get_channel(channel)
        self._require_in(where, "pin_messages")
        found = self.messages.get(int(message))
        if found is None or found["channel_id"] != channel:
            raise Failure(404, 10008, "Unknown Message")
        if not found["pinned"]:
            return
        found["pinned"] = False
        self.pins[int(channel)].remove(int(message))
        self.emit("MESSAGE_UPDATE", self._gateway_message(found))
        self.emit(
            "CHANNEL_PINS_UPDATE",
            {"channel_id": channel, "guild_id": where.get("guild_id"), "last_pin_timestamp": now()},
        )

    def _list_pins(self, channel: str, **_: Any) -> dict:
        self._get_channel(channel)  # 10003 for a channel that is gone
        return {
            "items": [
                {"pinned_at": now(), "message": self.messages[m]} for m in self.pins[int(channel)]
            ],
            "has_more": False,
        }

    def _reaction_event(self, channel: str, message: str, emoji: str, user_id: int) -> dict:
        data = {
            "user_id": str(user_id),
            "channel_id": channel,
            "message_id": message,
            "emoji": {"id": None, "name": emoji},
            "burst": False,
            "type": 0,
        }
        guild_id = self.channels[int(channel)].get("guild_id")
        if guild_id is not None:
            data["guild_id"] = guild_id
        return data

    def add_reaction(self, channel: str, message: str, emoji: str, user_id: int) -> None:
        found = self.messages.get(int(message))
        if found is None:
            raise Failure(404, 10008, "Unknown Message")
        users = self.reactions[int(message)][emoji]
        if user_id in users:
            return  # Discord sends nothing for a reaction already there
        users.append(user_id)
        data = self._reaction_event(channel, message, emoji, user_id)
        data["message_author_id"] = found["author"]["id"]
        data["burst_colors"] = []
        if "guild_id" in data:
            data["member"] = self.members[int(data["guild_id"])][user_id]
        self.emit("MESSAGE_REACTION_ADD", data)

    def remove_reaction(self, channel: str, message: str, emoji: str, user_id: int) -> None:
        users = self.reactions[int(message)][emoji]
        if user_id not in users:
            return
        users.remove(user_id)
        self.emit("MESSAGE_REACTION_REMOVE", self._reaction_event(channel, message, emoji, user_id))

    def _react(self, channel: str, message: str, emoji: str, **_: Any) -> None:
        self._require_in(self._get_channel(channel), "add_reactions")
        self.add_reaction(channel, message, emoji, int(self.bot["id"]))

    def _unreact(self, channel: str, message: str, emoji: str, **_: Any) -> None:
        self.remove_reaction(channel, message, emoji, int(self.bot["id"]))

    def _reactors(self, channel: str, message: str, emoji: str, *, params: dict, **_: Any):
        after = int(params.get("after", 0))
        users = sorted(u for u in self.reactions[int(message)][emoji] if u > after)
        return [self.users[u] for u in users[: int(params.get("limit", 25))]]

    def _create_dm(self, *, body: Any, **_: Any) -> dict:
        user_id = int(body["recipient_id"])
        if user_id not in self.users:
            raise Failure(400, 50035, "Invalid Form Body: recipient_id")
        channel_id = self.dm_channels.get(user_id)
        if channel_id is None:
            self._open_dm()
            channel_id = self.dm_channels[user_id] = self.new_id()
            self.channels[channel_id] = {
                "id": str(channel_id),
                "type": 1,
                "last_message_id": None,
                "recipients": [self.users[user_id]],
                "flags": 0,
            }
        return self.channels[channel_id]

    def _open_dm(self) -> None:
        """JSON error code 40003: "You are opening direct messages too fast" (the
        pace is not documented: NEW_DMS_PER_WINDOW a minute)."""
        now_ = self.clock()
        self.dm_opens = [t for t in self.dm_opens if now_ - t < 60.0]
        if len(self.dm_opens) >= NEW_DMS_PER_WINDOW:
            raise Failure(400, 40003, "You are opening direct messages too fast")
        self.dm_opens.append(now_)

    def _create_thread(self, channel: str, *, body: Any, **_: Any) -> dict:
        parent = self.channels.get(int(channel))
        if parent is None:
            raise Failure(404, 10003, "Unknown Channel")
        # docs (channel.mdx, Start Thread without Message): threads start in text,
        # announcement and forum channels; a voice channel's text chat is not one.
        if parent["type"] != 0:
            raise Failure(400, 50024, "Cannot execute action on this channel type")
        self._check_name(body)
        private = body.get("type", 12) == 12
        self._require_in(parent, "create_private_threads" if private else "create_public_threads")
        thread_id = self.new_id()
        thread = {
            "id": str(thread_id),
            "type": body.get("type", 12),
            "guild_id": parent["guild_id"],
            "parent_id": channel,
            "owner_id": self.bot["id"],
            "name": body["name"],
            "last_message_id": None,
            "message_count": 0,
            "member_count": 1,
            "total_message_sent": 0,
            "rate_limit_per_user": 0,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": body.get("auto_archive_duration", 1440),
                "archive_timestamp": now(),
                "locked": False,
                "invitable": body.get("invitable", True),
                "create_timestamp": now(),
            },
        }
        self.channels[thread_id] = thread
        self.thread_members[thread_id].add(int(self.bot["id"]))
        self.emit("THREAD_CREATE", {**thread, "newly_created": True})
        return thread

    def _add_thread_member(self, channel: str, user: str, **_: Any) -> None:
        thread = self.channels.get(int(channel))
        if thread is None or "thread_metadata" not in thread:
            raise Failure(404, 10003, "Unknown Channel")
        if thread["thread_metadata"]["archived"]:
            raise Failure(400, 50083, "Thread is archived")
        if int(user) not in self.members[int(thread["guild_id"])]:
            raise Failure(404, 10013, "Unknown User")
        members = self.thread_members[int(channel)]
        if int(user) in members:
            return
        members.add(int(user))
        thread["member_count"] = len(members)
        self.emit(
            "THREAD_MEMBERS_UPDATE",
            {
                "id": channel,
                "guild_id": thread["guild_id"],
                "member_count": len(members),
                "added_members": [
                    {
                        "id": channel,
                        "user_id": user,
                        "join_timestamp": now(),
                        "flags": 0,
                        "member": self.members[int(thread["guild_id"])][int(user)],
                    }
                ],
            },
        )

    def _remove_thread_member(self, channel: str, user: str, **_: Any) -> None:
        """docs (channel.mdx, Remove Thread Member): "Removes another member from a
        thread. Requires the MANAGE_THREADS permission, or the creator of the thread if
        it is a PRIVATE_THREAD. Also requires the thread is not archived. Returns a 204
        empty response on success. Fires a Thread Members Update Gateway event." The
        docs do not say what removing a non-member answers: the fake takes the stricter
        reading, 404 with 10007 "Unknown Member"."""
        thread = self.channels.get(int(channel))
        if thread is None or "thread_metadata" not in thread:
            raise Failure(404, 10003, "Unknown Channel")
        if not (thread["type"] == 12 and thread.get("owner_id") == self.bot["id"]):
            self._require_in(thread, "manage_threads")
        if thread["thread_metadata"]["archived"]:
            raise Failure(400, 50083, "Thread is archived")
        members = self.thread_members[int(channel)]
        if int(user) not in members:
            raise Failure(404, 10007, "Unknown Member")
        members.discard(int(user))
        thread["member_count"] = len(members)
        self.emit(
            "THREAD_MEMBERS_UPDATE",
            {
                "id": channel,
                "guild_id": thread["guild_id"],
                "member_count": len(members),
                "removed_member_ids": [user],
            },
        )

    def _get_channel(self, channel: str, **_: Any) -> dict:
        found = self.channels.get(int(channel))
        if found is None:
            raise Failure(404, 10003, "Unknown Channel")
        return found

    def _edit_channel(self, channel: str, *, body: Any, **_: Any) -> dict:
        found = self._get_channel(channel)
        self._check_name(body)
        meta = found.get("thread_metadata")
        if meta is not None:
            # docs (channel.mdx, Modify Channel, thread): unarchiving an unlocked thread
            # needs only SEND_MESSAGES; anything else needs MANAGE_THREADS.
            if set(body) - {"archived"} or body.get("archived") is not False:
                self._require_in(found, "manage_threads")
            if meta["archived"] and body.get("archived") is not False:
                # An archived thread must be unarchived before anything else changes.
                raise Failure(400, 50083, "Thread is archived")
            for key in ("archived", "locked", "invitable", "auto_archive_duration"):
                if key in body:
                    meta[key] = body[key]
            if "name" in body:
                found["name"] = body["name"]
            self.emit("THREAD_UPDATE", found)
            return found
        # docs (channel.mdx, Modify Channel): "Requires the MANAGE_CHANNELS permission";
        # overwrites also MANAGE_ROLES and only the bot's own bits. Both as the bot
        # holds them in this channel (permissions.mdx: compute_permissions(member,
        # channel)), so a channel that denies them to the bot refuses.
        self._require_in(found, "manage_channels")
        if body.get("permission_overwrites"):
            # In a channel, Manage Roles is "Manage Permissions" (docs, permissions.mdx).
            self._require_in(found, "manage_roles")
        self._check_overwrites(found, body.get("permission_overwrites") or [])
        synced = self._synced_children(found)
        for key in ("name", "topic", "permission_overwrites"):
            if key in body:
                found[key] = body[key]
        self.emit("CHANNEL_UPDATE", found)
        if "permission_overwrites" in body:
            # docs (permissions.mdx, "Permission Syncing"): "Any further changes to a
            # parent category will be reflected in its synced child channels"; (channel.mdx,
            # Modify Channel): "individual Channel Update events will fire for each child
            # channel that also changes". A child changed since is not synced.
            for child in synced:
                child["permission_overwrites"] = self._synced_overwrites(found["id"])
                self.emit("CHANNEL_UPDATE", child)
        return found

    def _synced_children(self, channel: dict[str, Any]) -> list[dict[str, Any]]:
        """A category's channels whose overwrites are the category's (docs,
        permissions.mdx: such a channel "is considered synced")."""
        if channel["type"] != 4:
            return []

        def same(overwrites: list[dict[str, Any]]) -> set[tuple[str, int, int, int]]:
            return {
                (str(o["id"]), o["type"], int(o.get("allow") or 0), int(o.get("deny") or 0))
                for o in overwrites
            }

        mine = same(channel["permission_overwrites"])
        return [
            c
            for c in self.channels.values()
            if c.get("parent_id") == channel["id"] and same(c["permission_overwrites"]) == mine
        ]

    def _list_members(self, guild: str, *, params: dict, **_: Any) -> list:
        """docs (guild.mdx, List Guild Members): needs the GUILD_MEMBERS privileged
        intent; `limit` 1-1000 (default 1), `after` the highest user id of the previous
        page; members in order of user id."""
        if int(guild) not in self.guilds:
            raise Failure(404, 10004, "Unknown Guild")
        if not self.intents.members:
            raise Failure(403, 50001, "Missing Access")
        limit = int(params.get("limit", 1))
        if not 1 <= limit <= MEMBERS_PER_CHUNK:
            raise Failure(400, 50035, "Invalid Form Body: limit")
        after = int(params.get("after", 0))
        found = sorted((u, m) for u, m in self.members[int(guild)].items() if u > after)
        return [_without_permissions(m) for _u, m in found[:limit]]

    def _get_member(self, guild: str, user: str, **_: Any) -> dict:
        member = self.members[int(guild)].get(int(user))
        if member is None:
            raise Failure(404, 10007, "Unknown Member")
        return member

    def _create_guild_channel(self, guild: str, *, body: Any, **_: Any) -> dict:
        guild_id = int(guild)
        parent = body.get("parent_id")
        category = self.channels.get(int(parent)) if parent is not None else None
        if parent is not None and (category is None or category["type"] != 4):
            raise Failure(400, 50035, "Invalid Form Body: parent_id")
        # docs (guild.mdx, Create Guild Channel): MANAGE_CHANNELS. In a category, the
        # bot's Manage Channels there is enough, as for a person in Discord's app
        # (discord-jda/JDA issue 1386, fixed to match: a member with MANAGE_CHANNEL on a
        # category only can add channels to it); a new category needs the server's.
        if category is not None:
            self._require_in(category, "manage_channels")
        else:
            self._require(guild_id, "manage_channels")
        self._check_name(body)
        own = body.get("permission_overwrites") or []
        self._check_new_overwrites(guild_id, own)
        in_guild = [c for c in self.channels.values() if c.get("guild_id") == guild]
        if len([c for c in in_guild if c["type"] not in (11, 12)]) >= 500:
            raise Failure(400, 30013, "Maximum number of guild channels reached (500)")
        in_category = [c for c in in_guild if parent and c.get("parent_id") == str(parent)]
        if len(in_category) >= 50:
            raise Failure(
                400,
                50035,
                "Invalid Form Body: parent_id: Maximum number of channels in category reached (50)",
            )
        channel_id = self.new_id()
        # No overwrites of its own in a category: synced with the category's.
        overwrites = own or self._synced_overwrites(parent)
        channel = self._guild_channel(
            channel_id,
            guild_id,
            {
                **body,
                "parent_id": str(parent) if parent else None,
                "permission_overwrites": overwrites,
            },
        )
        self.channels[channel_id] = channel
        self.emit("CHANNEL_CREATE", channel)
        return channel

    def _delete_channel(self, channel: str, **_: Any) -> dict:
        found = self._get_channel(channel)
        guild_id = found.get("guild_id")
        # docs (channel.mdx, Delete/Close Channel): MANAGE_CHANNELS, MANAGE_THREADS for a
        # thread; in that channel (its overwrites count, a thread's parent's).
        thread = "thread_metadata" in found
        self._require_in(found, "manage_threads" if thread else "manage_channels")
        if guild_id is not None:
            # Discord disconnects whoever is in a deleted voice channel.
            for user_id, state in list(self.voice_states[int(guild_id)].items()):
                if state["channel_id"] == channel:
                    self.leave_voice(int(guild_id), user_id)
        del self.channels[int(channel)]
        self.emit("CHANNEL_DELETE", found)
        return found

    def _edit_member(self, guild: str, user: str, *, body: Any, **_: Any) -> dict:
        """Move someone between voice channels (`channel_id`, MOVE_MEMBERS) or
        server-mute them (`mute`, MUTE_MEMBERS): both need them in voice."""
        guild_id, user_id = int(guild), int(user)
        member = self._get_member(guild, user)
        state = self.voice_states[guild_id].get(user_id)
        # docs (guild.mdx, Modify Guild Member): each field's permission; a move also
        # needs CONNECT to the channel ("permissions to both connect to the channel and
        # have the MOVE_MEMBERS permission"): counted in that channel, below.
        needed = {"channel_id": ("move_members",), "mute": ("mute_members",)}
        needed["deaf"] = ("deafen_members",)
        for key, names in needed.items():
            if key in body:
                self._require(guild_id, *names)
        if {"channel_id", "mute", "deaf"} & set(body) and state is None:
            raise Failure(400, 40032, "Target user is not connected to voice.")
        if "channel_id" in body:
            target = self.channels.get(int(body["channel_id"]))
            if target is None or target["type"] not in (2, 13):
                raise Failure(400, 50035, "Invalid Form Body: channel_id")
            self._require_in(target, "connect")
            state["channel_id"] = str(body["channel_id"])
            state["suppress"] = target["type"] == 13
        for key in ("mute", "deaf"):
            if key in body:
                state[key] = bool(body[key])
                member[key] = bool(body[key])
        if state is not None:
            self._voice_event(guild_id, user_id)
        return member

    def _edit_voice_state(self, guild: str, user: str, *, body: Any, **_: Any) -> None:
        """A stage moderator lets someone speak (`suppress` false) or sends them back
        to the audience (`suppress` true)."""
        state = self.voice_states[int(guild)].get(int(user))
        if state is None or str(body.get("channel_id")) != str(state["channel_id"]):
            raise Failure(400, 50035, "Invalid Form Body: channel_id")
        if self.channels[int(state["channel_id"])]["type"] != 13:
            raise Failure(400, 50024, "Cannot execute action on this channel type")
        # docs (voice.mdx, Modify User Voice State): "You must have the MUTE_MEMBERS permission".
        self._require(guild, "mute_members")
        if "suppress" in body:
            state["suppress"] = bool(body["suppress"])
            # As Discord does (the finding of issue 14): unsuppressing someone who was
            # in the audience is an invitation to speak, and their voice state then
            # carries request_to_speak_timestamp = now; going back to the audience
            # clears it.
            state["request_to_speak_timestamp"] = None if state["suppress"] else now()
        self._voice_event(int(guild), int(user))

    # --- interactions (through the webhook adapter's session) -------------------------

    def _callback(self, interaction: str, token: str, *, body: Any, **_: Any) -> dict:
        exchange = self.exchanges.get(token)
        if exchange is None or str(exchange.id) != interaction:
            raise Failure(404, 10062, "Unknown interaction")
        if self.clock() - self.exchange_times[token] > ACKNOWLEDGE_WITHIN:
            raise Failure(404, 10062, "Unknown interaction")  # not answered within 3 s
        if exchange.callback is not None:
            raise Failure(400, 40060, "Interaction has already been acknowledged.")
        self._check_content(body.get("data"))
        exchange.callback = body
        data = body.get("data") or {}
        message = None
        if body["type"] == 4:
            message = self._interaction_message(exchange, data)
        return {
            "interaction": {
                "id": interaction,
                "type": 2,
                "response_message_id": message["id"] if message else None,
                "response_message_loading": body["type"] == 5,
                "response_message_ephemeral": bool((data.get("flags") or 0) & EPHEMERAL),
            },
            "resource": {"type": body["type"], **({"message": message} if message else {})},
        }

    def _token_alive(self, token: str) -> None:
        """docs (receiving-and-responding.mdx): "Interaction tokens are valid for 15
        minutes"; later, JSON error code 50027 "Invalid webhook token provided"."""
        if self.clock() - self.exchange_times[token] > TOKEN_LASTS:
            raise Failure(401, 50027, "Invalid Webhook Token")

    def _interaction_message(self, exchange: Exchange, data: dict) -> dict:
        channel_id = int(self.channels_of_exchange[exchange.token])
        message = self._message(
            channel_id,
            self.bot,
            data.get("content") or "",
            flags=data.get("flags") or 0,
            webhook_id=self.application_id,
        )
        if not (message["flags"] & EPHEMERAL):
            self.emit("MESSAGE_CREATE", self._gateway_message(message))
        return message

    def _followup(self, app: str, token: str, *, body: Any, files: list, **_: Any) -> dict:
        exchange = self.exchanges.get(token)
        if exchange is None or app != str(self.application_id):
            raise Failure(404, 10015, "Unknown Webhook")
        if exchange.callback is None:
            raise Failure(404, 10015, "Unknown Webhook")  # not acknowledged yet
        self._token_alive(token)
        self._check_content(body)
        self._check_files(files)
        content = body.get("content") or ""
        exchange.followups.append({**body, "files": files})
        channel_id = int(self.channels_of_exchange[token])
        message = self._message(
            channel_id,
            self.bot,
            content,
            flags=body.get("flags") or 0,
            files=files,
            webhook_id=self.application_id,
        )
        if not (message["flags"] & EPHEMERAL):
            self.emit("MESSAGE_CREATE", self._gateway_message(message))
        return message

    def _edit_original(self, app: str, token: str, *, body: Any, **_: Any) -> dict:
        exchange = self.exchanges.get(token)
        if exchange is None:
            raise Failure(404, 10015, "Unknown Webhook")
        self._token_alive(token)
        self._check_content(body)
        exchange.followups.append(body)
        return self._message(
            int(self.channels_of_exchange[token]), self.bot, body.get("content") or ""
        )

    # --- people acting ------------------------------------------------------------------

    def say(
        self, channel_id: int, user_id: int, content: str, files: list[tuple[str, bytes]] = ()
    ) -> int:
        """Someone writes in a channel, maybe with files attached: MESSAGE_CREATE
        (docs, message.mdx: "attachments", each with a "url" to the file)."""
        author = self.users[user_id]
        message = self._message(channel_id, author, content, files=files)
        self.emit("MESSAGE_CREATE", self._gateway_message(message))
        return int(message["id"])

    def edit(self, message_id: int, content: str | None = None, **changes: Any) -> None:
        """The author edits their message (new `content`), or Discord updates it
        otherwise (`changes`, such as unfurled embeds): MESSAGE_UPDATE, which
        carries the whole message with the same extra fields as MESSAGE_CREATE."""
        found = self.messages[message_id]
        if content is not None:
            found["content"] = content
            found["edited_timestamp"] = now()
        found.update(changes)
        self.emit("MESSAGE_UPDATE", self._gateway_message(found))

    def delete(self, message_id: int) -> None:
        """A message is deleted (by its author or a moderator): MESSAGE_DELETE, which
        carries only ids (Discord does not say who deleted it)."""
        found = self.messages.pop(message_id)
        data = {"id": str(message_id), "channel_id": found["channel_id"]}
        if "guild_id" in found:
            data["guild_id"] = found["guild_id"]
        self.emit("MESSAGE_DELETE", data)

    def delete_bulk(self, channel_id: int, message_ids: list[int]) -> None:
        """A moderator purges messages: MESSAGE_DELETE_BULK."""
        channel = self.channels[channel_id]
        for message_id in message_ids:
            self.messages.pop(message_id, None)
        data = {"ids": [str(m) for m in message_ids], "channel_id": str(channel_id)}
        if "guild_id" in channel:
            data["guild_id"] = channel["guild_id"]
        self.emit("MESSAGE_DELETE_BULK", data)

    def react(self, channel_id: int, message_id: int, user_id: int, emoji: str) -> None:
        self.add_reaction(str(channel_id), str(message_id), emoji, user_id)

    def unreact(self, channel_id: int, message_id: int, user_id: int, emoji: str) -> None:
        self.remove_reaction(str(channel_id), str(message_id), emoji, user_id)

    def slash(
        self,
        user_id: int,
        channel_id: int | None,
        name: str,
        /,
        *,
        guild_id: int | None = None,
        member_roles: tuple[int, ...] | None = None,
        interaction_id: int | None = None,
        **options: Any,
    ) -> Exchange:
        """Someone uses a slash command: INTERACTION_CREATE, shaped from the command
        as it was synced (so option types are Discord's). Without `channel_id` it
        is used in the person's DM with the bot."""
        interaction_id = interaction_id or self.new_id()
        token = f"token-{self.new_id()}"
        user = self.users[user_id]
        if channel_id is None:
            dm = self._create_dm(body={"recipient_id": str(user_id)})
            channel_id, channel, guild_id = int(dm["id"]), dm, None
        else:
            channel = self.channels[channel_id]
            guild_id = int(channel["guild_id"])
        registered = self.commands.get(guild_id) or self.commands.get(None) or []
        command = next((c for c in registered if c["name"] == name), None)
        if command is None:
            raise AssertionError(f"/{name} was not synced for this guild")
        types = {o["name"]: o["type"] for o in command.get("options", [])}
        unknown = set(options) - set(types)
        if unknown:
            raise AssertionError(f"/{name} has no option(s) {sorted(unknown)}")
        data: dict[str, Any] = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "options": [
                {"name": key, "type": types[key], "value": value} for key, value in options.items()
            ],
        }
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": 2,
            "data": data,
            "channel_id": str(channel_id),
            "channel": channel,
            "token": token,
            "version": 1,
            "app_permissions": str(self.bot_permissions_in(guild_id)),
            "locale": "en-GB",
            "entitlements": [],
            "attachment_size_limit": 10_485_760,
            "authorizing_integration_owners": {"1": str(user_id)},
        }
        if guild_id is not None:
            data["guild_id"] = command.get("guild_id", str(guild_id))
            member = dict(self.members[guild_id][user_id])
            if member_roles is not None:
                member["roles"] = [str(r) for r in member_roles]
            payload.update(
                guild_id=str(guild_id),
                guild={"id": str(guild_id), "locale": "en-US", "features": []},
                guild_locale="en-US",
                member=member,
                context=0,
            )
            payload["authorizing_integration_owners"] = {"0": str(guild_id)}
        else:
            payload.update(user=user, context=1)
        exchange = Exchange(interaction_id, token, user_id)
        self.exchanges[token] = exchange
        self.exchange_times[token] = self.clock()
        self.channels_of_exchange[token] = channel_id
        self.emit("INTERACTION_CREATE", payload)
        return exchange

    def awaiting_first_answer(self) -> bool:
        """Whether an interaction still waits for its first answer (the callback) and
        may still get it: within ACKNOWLEDGE_WITHIN on the clock. One older than that
        is lost (10062) however long anyone waits."""
        now_ = self.clock()
        return any(
            exchange.callback is None and now_ - self.exchange_times[token] <= ACKNOWLEDGE_WITHIN
            for token, exchange in self.exchanges.items()
        )

    # --- looking -------------------------------------------------------------------------

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return sorted(
            (m for m in self.messages.values() if m["channel_id"] == str(channel_id)),
            key=lambda m: int(m["id"]),
        )

    def dm_texts(self, user_id: int) -> list[str]:
        channel_id = self.dm_channels.get(user_id)
        if channel_id is None:
            return []
        return [m["content"] for m in self.channel_messages(channel_id)]
