"""A small Discord on 127.0.0.1: the REST API over real HTTP and the gateway over
a real websocket, both answered by `FakeDiscord`.

discord.py is pointed at it by `Route.BASE` (REST and interaction webhooks) and
`DiscordWebSocket.DEFAULT_GATEWAY`; everything else is discord.py's own code:
its aiohttp session, its rate-limit handling, its gateway client (HELLO,
heartbeat, IDENTIFY, READY, dispatches with sequence numbers).

The gateway sends text frames (uncompressed JSON), which discord.py accepts.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import discord
from aiohttp import WSMsgType, web

from tests.discord.fake_discord import FakeDiscord

HELLO, HEARTBEAT, IDENTIFY, DISPATCH, HEARTBEAT_ACK = 10, 1, 2, 0, 11
INVALID_SESSION = 9
REQUEST_GUILD_MEMBERS = 8
HEARTBEAT_INTERVAL_MS = 45_000  # Discord's usual figure; discord.py beats once at once


@dataclass
class GatewaySession:
    """What one websocket connection saw."""

    identify: dict[str, Any] | None = None
    heartbeats: int = 0
    acks: int = 0
    sent: list[str] = field(default_factory=list)  # dispatched event names, in order
    identified: asyncio.Event = field(default_factory=asyncio.Event)
    acked: asyncio.Event = field(default_factory=asyncio.Event)


class LoopbackDiscord:
    def __init__(self, fake: FakeDiscord, *, shard_count: int = 1) -> None:
        self.fake = fake
        self.shard_count = shard_count
        self.sessions: list[GatewaySession] = []
        # Each identified connection: its socket, its outbox, and its shard [id, count].
        self._sockets: list[tuple[web.WebSocketResponse, asyncio.Queue, list[int]]] = []
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.fake.gateway = self._dispatch

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)  # a free port, loopback only
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def invalidate(self, shard_id: int) -> None:
        """Discord ends a shard's session (opcode 9 INVALID_SESSION, `d` false: it may
        not resume): the shard must IDENTIFY afresh. Events for it meanwhile are lost."""
        for socket, _, (shard, _count) in list(self._sockets):
            if shard == shard_id:
                await socket.send_str(json.dumps({"op": INVALID_SESSION, "d": False}))
        self._sockets = [entry for entry in self._sockets if entry[2][0] != shard_id]

    async def close(self) -> None:
        for socket, _, _ in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- REST -------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        body: Any = None
        files: list[tuple[str, bytes]] = []
        if request.content_type == "application/json":
            body = await request.json()
        elif request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    body = json.loads(await part.text())
                else:
                    files.append((part.filename or "", await part.read()))
        if request.method == "GET" and request.path.endswith("/gateway/bot"):
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": self.shard_count,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 1000,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        url = str(request.url.with_query(None))
        answer = self.fake.answer(request.method, url, body, dict(request.query), files)
        # The fake's headers too (rate-limit buckets, and `Via` on a 429).
        headers = {k: v for k, v in answer.headers.items() if k.casefold() != "content-type"}
        if answer.body is None:
            return web.Response(status=answer.status, headers=headers)
        return _json(answer.body, status=answer.status, headers=headers)

    # --- the gateway --------------------------------------------------------------

    def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        """A gateway event from the fake, to the connection of the shard that has its
        guild (Discord's rule: shard id = (guild id >> 22) % shard count; events
        outside a guild, such as DMs, go to shard 0)."""
        guild = data.get("guild_id") or (data["id"] if event.startswith("GUILD_") else None)
        for _, queue, (shard_id, count) in self._sockets:
            mine = shard_id == 0 if guild is None else _shard_of(guild, count) == shard_id
            if mine:
                queue.put_nowait((event, data))

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        session = GatewaySession()
        self.sessions.append(session)
        outbox: asyncio.Queue = asyncio.Queue()
        sequence = 0

        async def send_events() -> None:
            nonlocal sequence
            while True:
                event, data = await outbox.get()
                sequence += 1
                session.sent.append(event)
                frame = {"op": DISPATCH, "t": event, "s": sequence, "d": data}
                await socket.send_str(json.dumps(frame))

        await socket.send_str(
            json.dumps({"op": HELLO, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}})
        )
        sender = asyncio.create_task(send_events())
        try:
            async for frame in socket:
                if frame.type is not WSMsgType.TEXT:
                    break
                message = json.loads(frame.data)
                if message["op"] == HEARTBEAT:
                    session.heartbeats += 1
                    await socket.send_str(json.dumps({"op": HEARTBEAT_ACK}))
                    session.acks += 1
                    session.acked.set()
                elif message["op"] == REQUEST_GUILD_MEMBERS:
                    wanted = message["d"]
                    self.fake.request_members(
                        int(wanted["guild_id"]),
                        wanted.get("query"),
                        wanted.get("limit", 0),
                        wanted.get("user_ids"),
                        wanted.get("nonce"),
                    )
                elif message["op"] == IDENTIFY:
                    session.identify = message["d"]
                    self.fake.intents = discord.Intents._from_value(message["d"]["intents"])
                    session.identified.set()
                    shard = message["d"].get("shard") or [0, 1]
                    ready = {**self.fake.ready_payload(), "shard": shard}
                    guilds = [g for g in self.fake.guilds if _shard_of(g, shard[1]) == shard[0]]
                    ready["guilds"] = [{"id": str(g), "unavailable": True} for g in guilds]
                    outbox.put_nowait(("READY", ready))
                    for guild_id in guilds:
                        outbox.put_nowait(("GUILD_CREATE", self.fake.guild_payload(guild_id)))
                    self._sockets.append((socket, outbox, shard))
        finally:
            sender.cancel()
            self._sockets = [entry for entry in self._sockets if entry[0] is not socket]
        return socket


def _shard_of(guild_id: int | str, shard_count: int) -> int:
    return (int(guild_id) >> 22) % shard_count


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # Exactly "application/json", as Discord sends it: discord.py compares the
    # header with that string (aiohttp's json_response adds "; charset=utf-8").
    return web.Response(
        body=json.dumps(body).encode(),
        status=status,
        headers={**(headers or {}), "Content-Type": "application/json"},
    )
