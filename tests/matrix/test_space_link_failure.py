"""A group's room the homeserver fails to add to the Space, on a real Synapse.

The bot talks to Synapse through a reverse proxy on loopback (as a deployment often
has nginx in front of Synapse) that, once the workshop has started, answers the bot's
`PUT /rooms/{space}/state/m.space.child/{room}` with what nginx answers when the
homeserver behind it does not: 502 Bad Gateway, an HTML page, not the spec's JSON
error. nio does not retry a 5xx (nio AsyncClient._send retries only 429s and
timeouts) and makes an ErrorResponse of it; the adapter names it PLATFORM_DOWN
(outbound `refusal_of_answer`: any 5xx). Every other request goes through to Synapse.

The groups must still open: their rooms are made, people are invited and welcomed,
"The rooms are open." is said; only the Space link is missing, and the facilitator
is told so in plain words (words.DONE_AGAIN["space-link"]).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from yarl import URL

from facilitation import words
from facilitation.commands import Refusal
from facilitation.events import EffectFailureNoted
from tests.matrix.conftest import scene_at
from tests.matrix.helpers import (
    OK,
    START,
    Scene,
    command,
    notice_from,
    start_bot,
    wait_until,
)
from tests.matrix.test_parent_space import _children, _open_groups

BAD_GATEWAY = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
PASSED_BACK = ("Content-Type",)  # the only answer header nio reads besides the status


class Proxy:
    """Forwards every request to Synapse, but fails Space links while `failing`."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.failing = False
        self.refused: list[str] = []
        self.session: aiohttp.ClientSession | None = None
        # Once this many links were refused, every later request waits (unanswered, as
        # from a homeserver that hangs) until `released` is set: the bot is stopped
        # while it is stuck right after the failures.
        self.hold_after: int | None = None
        self.held = 0
        self.released = asyncio.Event()

    async def forward(self, request: web.Request) -> web.StreamResponse:
        if self.failing and request.method == "PUT" and "/state/m.space.child/" in request.raw_path:
            self.refused.append(request.raw_path)
            return web.Response(status=502, text=BAD_GATEWAY, content_type="text/html")
        if self.hold_after is not None and len(self.refused) >= self.hold_after:
            self.held += 1
            await self.released.wait()
        assert self.session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
        async with self.session.request(
            request.method,
            URL(self.upstream + request.raw_path, encoded=True),
            headers=headers,
            data=await request.read(),
        ) as answer:
            body = await answer.read()
            kept = {k: answer.headers[k] for k in PASSED_BACK if k in answer.headers}
            return web.Response(status=answer.status, body=body, headers=kept)


@pytest.fixture
async def proxy(synapse) -> AsyncIterator[tuple[Proxy, str]]:
    proxy = Proxy(synapse.url)
    proxy.session = aiohttp.ClientSession(auto_decompress=True)
    app = web.Application(client_max_size=50 * 1024 * 1024)
    app.router.add_route("*", "/{tail:.*}", proxy.forward)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield proxy, f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
        await proxy.session.close()


@pytest.fixture
async def scene_behind_proxy(proxy, accounts, login, tmp_path) -> AsyncIterator[Scene]:
    """The `scene` of tests/matrix/conftest.py, with the bot behind the proxy."""
    _, url = proxy
    async for made in scene_at(url, accounts, login, tmp_path):
        yield made


async def test_groups_open_without_their_space_link_and_the_facilitator_is_told(
    proxy, scene_behind_proxy: Scene
):
    scene, (gateway, _) = scene_behind_proxy, proxy
    bot, room = scene.bot.user_id, scene.room
    assert await command(scene, scene.host, START) == OK
    await scene.alice.say(room, "hello")
    await scene.bob.say(room, "hello")
    await wait_until(lambda: len(scene.bot.state_in(room).people) >= 3, "alice and bob are known")
    gateway.failing = True

    rooms = await _open_groups(scene)  # each has seen the welcome in their group's room

    assert len(gateway.refused) == 2  # both links were asked for, and failed
    await scene.alice.wait(notice_from(bot, "The rooms are open.", room), "the rooms are open")
    space = scene.bot.adapter.state.data.spaces[room]
    assert not set(rooms) & await _children(scene, space)  # the link is what is missing
    _, told = await scene.host.wait(
        notice_from(bot, words.DONE_AGAIN["space-link"]), "the facilitator is told"
    )
    text = told["content"]["body"]
    assert "I could not add" in text and "to the Space." in text
    assert words.REFUSED[Refusal.PLATFORM_DOWN.value] in text
    assert words.TRY_AGAIN not in text and words.DO_IT_YOURSELF not in text


async def test_the_staff_room_is_made_and_used_without_its_space_link_and_the_staff_are_told(
    proxy, scene_behind_proxy: Scene
):
    """At `!start` the staff room is made, its staff invited, then linked in the Space:
    a failing link used to fail the whole staff room ("make the staff room"), so every
    alert went only privately."""
    scene, (gateway, _) = scene_behind_proxy, proxy
    bot, room = scene.bot.user_id, scene.room
    gateway.failing = True

    assert await command(scene, scene.host, START) == OK

    assert len(gateway.refused) == 1  # the staff room's link was asked for, and failed
    staff_room = scene.bot.adapter.state.data.staff_rooms[room]
    assert scene.bot.state_in(room).staff_room.endswith(staff_room)  # the workshop uses it
    space = scene.bot.adapter.state.data.spaces[room]
    assert staff_room not in await _children(scene, space)  # the link is what is missing
    # The staff are told, in the staff room itself (and privately), in plain words.
    _, told = await scene.host.wait(
        notice_from(bot, words.DONE_AGAIN["staff-space-link"]), "the facilitator is told"
    )
    text = told["content"]["body"]
    assert text.startswith("I could not add the staff room to the Space.")
    assert words.REFUSED[Refusal.PLATFORM_DOWN.value] in text
    assert words.TRY_AGAIN not in text and "make the staff room" not in text
    await scene.host.wait(
        lambda r, e: r == staff_room and words.DONE_AGAIN["staff-space-link"] in str(e),
        "the report in the staff room",
    )


async def test_a_stop_right_after_the_failure_loses_no_report_and_the_restart_tells_it_once(
    proxy, scene_behind_proxy: Scene, tmp_path
):
    """The report of a missing link used to be sent to the bus from a task of the
    adapter's own, waiting for the breakout's lock: a stop before it ran lost it (the
    stop waited 10 s at most), and a restart, making the rooms again, reported them
    again under a new id. Now it is a failure of the call that made the rooms, stored
    before the rooms' own follow-up, with an id per call and room; the outbox mark
    waits for it. Stopped while stuck right after the failures, the bot is restarted
    (as `workshop-bot run` does): each missing link is told once, in the staff room."""
    scene, (gateway, _) = scene_behind_proxy, proxy
    bot, room = scene.bot.user_id, scene.room
    assert await command(scene, scene.host, START) == OK
    staff_room = scene.bot.adapter.state.data.staff_rooms[room]
    await scene.alice.say(room, "hello")
    await scene.bob.say(room, "hello")
    await wait_until(lambda: len(scene.bot.state_in(room).people) >= 3, "alice and bob are known")
    gateway.failing, gateway.hold_after = True, 2

    await scene.host.say(room, "!breakout 10m | groups: 2 | seed: 1")
    opening = asyncio.create_task(scene.bot.timers.advance(1))  # the rooms are made
    await wait_until(lambda: gateway.held > 0, "the bot is stuck right after the failures")
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    opening.cancel()  # the stop: what was under way is cut off
    await asyncio.gather(opening, return_exceptions=True)
    await scene.bot.stop()
    gateway.hold_after = None
    gateway.released.set()

    scene.bot = await start_bot(settings, tmp_path / "workshop.db", clock, leases=True)
    try:
        await scene.alice.wait(notice_from(bot, "The rooms are open.", room), "the rooms open")

        def reports() -> list[str]:
            return [
                e["content"]["body"]
                for r, e in scene.host.seen
                if r == staff_room and notice_from(bot, "to the Space.")(r, e)
            ]

        for _ in range(200):
            if len(reports()) >= 2:
                break
            await scene.host.pump()
        for _ in range(3):  # and nothing more comes
            await scene.host.pump()
        told = reports()
        groups = {text.split(" to the Space.")[0] for text in told}
        assert len(groups) == 2 and len(told) == 2, told  # each group's, once
        workshop = scene.bot.state_in(room).workshop_id
        stored = [
            e
            for e in await scene.bot.bot.store.load_events(workshop)
            if isinstance(e, EffectFailureNoted) and e.again == "space-link"
        ]
        assert len(stored) == 2
    finally:
        await scene.bot.stop()
