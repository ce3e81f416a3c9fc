"""The sync loop's hold while the bot's own requests are in flight (adapters/matrix/pacing.py).

The client is nio's own `AsyncClient` (subclassed), talking HTTP to a small server
on loopback that answers a message send only when the test lets it, so "in flight"
is a real request that has not been answered yet.
"""

from __future__ import annotations

import asyncio
import contextlib

from aiohttp import web
from nio import RoomSendResponse

from adapters.matrix.pacing import GaugedClient, RequestGauge, is_sync


async def test_quiet_returns_at_once_when_nothing_is_in_flight():
    gauge = RequestGauge()
    await asyncio.wait_for(gauge.quiet(at_most=60), timeout=5)


async def test_quiet_waits_for_the_last_request_in_flight():
    gauge = RequestGauge()
    gauge.started()
    gauge.started()
    waiting = asyncio.create_task(gauge.quiet(at_most=60))
    await asyncio.sleep(0)
    gauge.ended()
    await asyncio.sleep(0)
    assert not waiting.done()  # one is still in flight
    gauge.ended()
    await asyncio.wait_for(waiting, timeout=5)
    assert gauge.in_flight == 0


async def test_quiet_gives_up_when_the_bot_keeps_sending():
    """A sync is held back, never stopped: a request that never ends does not stop it."""
    gauge = RequestGauge()
    gauge.started()
    await asyncio.wait_for(gauge.quiet(at_most=0.01), timeout=5)
    assert gauge.in_flight == 1


async def test_stopping_while_the_wait_ends_still_stops():
    """The bot stopped (its sync task cancelled) at the moment the last request ends:
    the cancellation must not be lost, or the sync loop runs on after the bot was
    stopped (seen with asyncio.wait_for on Python 3.11: cpython gh-86296)."""
    gauge = RequestGauge()
    gauge.started()

    async def sync_loop() -> None:
        while True:
            await gauge.quiet(at_most=60)
            gauge.started()  # the next turn finds a request in flight again
            await asyncio.sleep(0)

    task = asyncio.create_task(sync_loop())
    await asyncio.sleep(0)  # the loop is waiting
    gauge.ended()  # the wait ends ...
    task.cancel()  # ... as the bot is stopped
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=5)
    assert task.cancelled()


def test_only_the_sync_endpoint_counts_as_a_sync():
    assert is_sync("/_matrix/client/v3/sync?since=s1&timeout=30000")
    assert is_sync("/_matrix/client/r0/sync")
    assert not is_sync("/_matrix/client/v3/rooms/%21a%3Alocalhost/send/m.room.message/t1")
    assert not is_sync("/_matrix/client/v3/rooms/%21sync%3Alocalhost/state/m.room.name/")


async def test_the_client_counts_its_requests_in_flight_but_not_syncs():
    release = asyncio.Event()
    arrived = asyncio.Event()

    async def send(request: web.Request) -> web.Response:
        arrived.set()
        await release.wait()
        return web.json_response({"event_id": "$e1"})  # the spec's 200 answer to a send

    async def sync(request: web.Request) -> web.Response:
        return web.json_response({"next_batch": "s1"})  # the one field a sync must have

    app = web.Application()
    app.router.add_put("/_matrix/client/v3/rooms/{room}/send/{type}/{txn}", send)
    app.router.add_get("/_matrix/client/v3/sync", sync)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    client = GaugedClient(f"http://127.0.0.1:{port}", "@bot:localhost")
    client.restore_login("@bot:localhost", "DEVICE", "token")
    try:
        sending = asyncio.create_task(
            client.room_send(
                "!a:localhost", "m.room.message", {"msgtype": "m.notice", "body": "hi"}
            )
        )
        await asyncio.wait_for(arrived.wait(), timeout=10)
        assert client.gauge.in_flight == 1
        held = asyncio.create_task(client.gauge.quiet(at_most=60))
        await client.sync(timeout=0)  # a sync meanwhile is not one of the bot's requests
        assert client.gauge.in_flight == 1
        assert not held.done()
        release.set()
        assert isinstance(await asyncio.wait_for(sending, timeout=10), RoomSendResponse)
        await asyncio.wait_for(held, timeout=10)
        assert client.gauge.in_flight == 0
    finally:
        release.set()
        await client.close()
        await runner.cleanup()
