"""A homeserver's refusals, as the kinds of refusal the core has words for
(adapters/matrix/outbound.py `refusal_of_answer`, `refusal_of`).

The client is nio's own `AsyncClient`, talking HTTP to a small server on loopback
that answers a message send as a homeserver does when it refuses: the
client-server API's standard error response (`errcode`, `error`; spec,
client-server-api "Standard error response" and "Common error codes"), with
Synapse's own words where Synapse is the one that says it. nio parses the answer
(and waits out M_LIMIT_EXCEEDED itself); the adapter's Outbound reads what nio
made of it. The whole walk to the facilitator's words runs on a real Synapse
elsewhere (tests/matrix); this covers every kind without one."""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from nio import AsyncClient, AsyncClientConfig

from adapters.base import PlatformRefused
from adapters.matrix.outbound import MatrixRequestFailed, Outbound, named
from adapters.matrix.state import SavedState
from facilitation.commands import Refusal

ROOM = "matrix:!workshop:loopback"
SEND = "/_matrix/client/v3/rooms/{room}/send/{kind}/{txn}"


class NoBackend:
    async def get_adapter_state(self, key: str) -> Any:
        return None

    async def put_adapter_state(self, key: str, value: Any) -> None:
        return None


@contextlib.asynccontextmanager
async def homeserver(status: int, body: str, content_type: str) -> AsyncIterator[dict[str, int]]:
    """A homeserver on loopback whose every message send is answered so."""
    asked = {"sends": 0}

    async def send(request: web.Request) -> web.Response:
        asked["sends"] += 1
        return web.Response(status=status, text=body, content_type=content_type)

    app = web.Application()
    app.router.add_put(SEND, send)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    asked["port"] = port
    try:
        yield asked
    finally:
        await runner.cleanup()


def outbound_to(port: int) -> tuple[AsyncClient, Outbound]:
    # As the adapter's own config: 429s waited out a few times, then reported.
    config = AsyncClientConfig(max_limit_exceeded=2, max_timeouts=0)
    client = AsyncClient(f"http://127.0.0.1:{port}", "@bot:loopback", config=config)
    client.access_token = "token"
    client.user_id = "@bot:loopback"
    out = Outbound(
        client,
        SavedState(NoBackend()),  # type: ignore[arg-type]
        facilitator_power_level=50,
        facilitator_user_ids=(),
        facilitators_in=lambda room: set(),
        members_of=lambda room: set(),
        creators_of=lambda room: set(),
    )
    return client, out


def error(errcode: str, said: str, **more: Any) -> str:
    return json.dumps({"errcode": errcode, "error": said, **more})


CASES = [
    # Synapse (event_auth.py) refusing a send below the room's power level.
    (
        403,
        error(
            "M_FORBIDDEN",
            "You don't have permission to post that to the room. user_level (0) < send_level (50)",
        ),
        Refusal.NO_PERMISSION,
    ),
    # Synapse (api/auth/base.py) for a room the bot is not in (left, kicked, never).
    (
        403,
        error("M_FORBIDDEN", "User @bot:loopback not in room !workshop:loopback"),
        Refusal.NO_ACCESS,
    ),
    (404, error("M_NOT_FOUND", "Unknown room"), Refusal.NO_ACCESS),
    # Spec: M_LIMIT_EXCEEDED "Too many requests ... in a short period of time. Wait a
    # while then try again", with retry_after_ms; nio waits and sends again.
    (429, error("M_LIMIT_EXCEEDED", "Too Many Requests", retry_after_ms=1), Refusal.TOO_FAST),
    # A proxy in front of the homeserver with the homeserver down: not JSON at all.
    (502, "<html><body>502 Bad Gateway</body></html>", Refusal.PLATFORM_DOWN),
]


async def post_answered(
    status: int, body: str, content_type: str
) -> tuple[MatrixRequestFailed, dict[str, int]]:
    """The error the adapter's post raises when the homeserver answers so, and what
    the homeserver was asked."""
    async with homeserver(status, body, content_type) as asked:
        client, out = outbound_to(asked["port"])
        try:
            with pytest.raises(MatrixRequestFailed) as raised:
                await out.post(ROOM, "hello")
        finally:
            await client.close()
    return raised.value, asked


@pytest.mark.parametrize(("status", "body", "refusal"), CASES)
async def test_each_refusal_is_named(status: int, body: str, refusal: Refusal):
    kind = "application/json" if body.startswith("{") else "text/html"
    failed, asked = await post_answered(status, body, kind)
    assert failed.refusal is refusal
    assert isinstance(failed, PlatformRefused)  # as the executor reads it
    if refusal is Refusal.TOO_FAST:
        assert asked["sends"] == 3  # nio's first try and its two waits (max_limit_exceeded)


async def test_an_error_of_no_known_kind_is_left_unnamed():
    """M_UNKNOWN (spec: "An unknown error has occurred") says nothing of what to do."""
    failed, _ = await post_answered(400, error("M_UNKNOWN", "Something odd"), "application/json")
    assert failed.refusal is None


async def test_no_homeserver_at_all_is_the_platform_down():
    """Nothing listens (the port was just freed): aiohttp's connection error, which nio
    raises once its retries are spent (max_timeouts), leaves a port method named."""
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    client, out = outbound_to(port)
    try:
        with pytest.raises(PlatformRefused) as raised:
            await named(out.post)(ROOM, "hello")
    finally:
        await client.close()
    assert raised.value.refusal is Refusal.PLATFORM_DOWN
    assert raised.value.__cause__ is not None  # nio's own error stays behind the port
