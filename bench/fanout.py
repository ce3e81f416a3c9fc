"""Breakout fan-out on a real Synapse: 60 participants into 10 rooms.

    python bench/fanout.py [--quick]      # prints one JSON object

Synapse is installed and configured by tests/matrix/conftest.py's own functions
(its venv at /tmp/workshop-synapse-venv, 127.0.0.1 only, rate limits relaxed),
with bcrypt_rounds lowered so registering 62 users is quick. The real bot runs
with its Matrix adapter (tests/matrix/helpers.start_bot: pace_seconds=0).

Measured: from the moment the breakout's notice timer fires until the bot has
made every room with its members invited and posted each room's first
message (the executor awaits every effect, so `timers.advance` returning is
that moment; then it is checked against the server). Every HTTP request the
bot's nio client sends meanwhile is counted (wrapping `AsyncClient.send`, the
one method all requests go through), the sync loop's requests apart.

Beside it, in the same run, a naive baseline with the same client: one request
at a time, each room made empty, each member invited with its own request,
then the first message posted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nio import (  # noqa: E402
    AsyncClient,
    LoginResponse,
    RoomCreateResponse,
    RoomGetStateResponse,
    RoomInviteResponse,
    RoomMessagesResponse,
    RoomSendResponse,
)

from adapters.matrix.inbound import room_key  # noqa: E402
from bench.harness import FailureCounter  # noqa: E402
from bot.config import BreakoutSettings  # noqa: E402
from facilitation.commands import Actor  # noqa: E402
from tests.matrix import conftest as mx  # noqa: E402
from tests.matrix.helpers import (  # noqa: E402
    OK,
    Account,
    Person,
    bot_settings,
    client_config,
    command_in,
    start_bot,
    wait_until,
)

PEOPLE = 60
NOTICE = 20
ROOMS = 10


class Counted:
    """Counts the requests a nio client sends, by method and route shape."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self.calls: Counter[str] = Counter()
        self.busy: Counter[str] = Counter()  # seconds spent waiting, by route
        self.syncs = 0
        self.done: list[tuple[float, str, str]] = []  # (when it returned, method, path)
        self._send = client.send

        async def send(method, path, *args, **kwargs):
            route = _route(method, path)
            if route.endswith("/sync"):
                self.syncs += 1
            else:
                self.calls[route] += 1
            began = time.perf_counter()
            response = await self._send(method, path, *args, **kwargs)
            ended = time.perf_counter()
            if not route.endswith("/sync"):
                self.busy[route] += ended - began
            self.done.append((ended, method.upper(), unquote(path)))
            return response

        client.send = send

    def reset(self) -> None:
        self.calls.clear()
        self.busy.clear()
        self.syncs = 0
        self.done.clear()

    def last_post_into(self, rooms: list[str]) -> float | None:
        """When the last of `rooms` got its first message (a PUT .../send/...)."""
        firsts = []
        for room_id in rooms:
            times = [t for t, m, p in self.done if m == "PUT" and f"/rooms/{room_id}/send/" in p]
            if not times:
                return None
            firsts.append(min(times))
        return max(firsts)

    @property
    def total(self) -> int:
        return sum(self.calls.values())


def _route(method: str, path: str) -> str:
    path = path.split("?", 1)[0]
    path = re.sub(r"/_matrix/client/(r0|v3|v1)", "", path)
    path = re.sub(r"/(%21|!)[^/]+", "/{room}", path)
    path = re.sub(r"/(%40|@)[^/]+", "/{user}", path)
    path = re.sub(r"/send/([^/]+)/[^/]+$", r"/send/\1/{txn}", path)
    path = re.sub(r"/state/([^/]+)/[^/]+$", r"/state/\1/{key}", path)
    return f"{method.upper()} {path}"


def start_synapse(folder: Path) -> tuple[subprocess.Popen, mx.Synapse, object]:
    python = mx.install_synapse()
    port = mx.free_port()
    secret = uuid.uuid4().hex
    config = mx.homeserver_config(folder, port, secret)
    config["bcrypt_rounds"] = 4  # registration speed only; nothing measured depends on it
    path = folder / "homeserver.yaml"
    path.write_text(json.dumps(config, indent=2))
    subprocess.run(
        [str(python), "-m", "synapse.app.homeserver", "-c", str(path), "--generate-keys"],
        capture_output=True,
        check=True,
        cwd=folder,
        timeout=120,
    )
    log_path = folder / "synapse.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        [str(python), "-m", "synapse.app.homeserver", "-c", str(path)],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=folder,
    )
    url = f"http://127.0.0.1:{port}"
    mx._wait_until_up(url, process, log_path)
    return process, mx.Synapse(url=url, secret=secret, log_path=log_path), log


def register(synapse: mx.Synapse, name: str) -> Account:
    password = uuid.uuid4().hex
    return Account(synapse.register(f"{name}-{uuid.uuid4().hex[:6]}", password), password)


async def login(synapse: mx.Synapse, account: Account) -> AsyncClient:
    client = AsyncClient(synapse.url, account.user_id, config=client_config())
    response = await client.login(account.password, device_name="bench")
    assert isinstance(response, LoginResponse), response
    return client


async def _check_rooms(client: AsyncClient, rooms: list[str], members: list[set[str]], me: str):
    """(everyone invited or joined, every room has a message from `me`), read back."""
    invited = posted = True
    for room_id, wanted in zip(rooms, members, strict=True):
        state = await client.room_get_state(room_id)
        assert isinstance(state, RoomGetStateResponse), state
        present = {
            e["state_key"]
            for e in state.events
            if e["type"] == "m.room.member" and e["content"].get("membership") in ("invite", "join")
        }
        invited &= wanted <= present
        history = await client.room_messages(room_id, start="", limit=20)
        assert isinstance(history, RoomMessagesResponse), history
        posted &= any(
            e.source.get("sender") == me and e.source.get("type") == "m.room.message"
            for e in history.chunk
        )
    return invited, posted


async def measure(folder: Path) -> dict:
    process, synapse, log = start_synapse(folder)
    clients: list[AsyncClient] = []
    bot = None
    try:
        t0 = time.perf_counter()
        bot_account = register(synapse, "bot")
        host_account = register(synapse, "host")
        people = [register(synapse, f"p{n}") for n in range(PEOPLE)]
        setup_register = time.perf_counter() - t0
        host = Person(await login(synapse, host_account))
        clients.append(host.client)
        created = await host.client.room_create(
            name="Bench",
            invite=[bot_account.user_id],
            power_level_override={"users": {bot_account.user_id: 100}},
        )
        assert isinstance(created, RoomCreateResponse), created
        main = created.room_id
        database = folder / "workshop.db"
        settings = bot_settings(
            synapse.url, bot_account, database, allowed_inviters=[host_account.user_id]
        )
        # A notice period, so the rooms open when its timer fires (and not while
        # the !breakout command itself is handled): that moment is timed.
        settings = settings.model_copy(
            update={
                "breakout": BreakoutSettings(
                    notice_seconds=NOTICE, reminder_minutes=[1], grace_seconds=20
                )
            }
        )
        bot = await start_bot(settings, database)
        client = bot.adapter.client
        await wait_until(
            lambda: main in client.rooms and client.rooms[main].users.get(bot.user_id),
            "the bot has joined the workshop room",
        )
        start = "!start Bench | scope: booking a short break | complaints: call 0123"
        assert await command_in(bot, host, main, start) == OK
        # The 60 are introduced to the workshop through the dispatcher, as if each
        # had said hello in the room (their Matrix accounts are real: the bot
        # invites them, and the server checks they exist).
        for n, account in enumerate(people):
            await bot.bot.dispatcher.handle_text(
                "hello",
                actor=Actor(f"matrix:{account.user_id}", f"Person {n}"),
                room=room_key(main),
                source_id=f"hello-{n}",
            )
        state = bot.state_in(main)
        assert len(state.people) >= PEOPLE, len(state.people)
        assert await command_in(bot, host, main, f"!breakout 10m | groups: {ROOMS} | seed: 1") == OK

        counted = Counted(client)
        failures = FailureCounter()
        assert bot.state_in(main).breakout is not None
        assert not any(r.key for r in bot.state_in(main).breakout.rooms), "opened early"
        t0 = time.perf_counter()
        try:
            await bot.timers.advance(NOTICE)  # the notice is over: rooms, invitations, posts
        except Exception as error:  # the timer's command broke (the real scheduler retries)
            reason = str(getattr(error, "orig", None) or error).splitlines()[0][:80]
            return {
                "failed": "the notice timer's command failed (the real scheduler retries in 5 s)",
                "failure_reasons": {reason: 1},
                "requests": counted.total,
                "requests_by_route": dict(counted.calls),
            }
        seconds = time.perf_counter() - t0
        calls, syncs = dict(counted.calls), counted.syncs
        busy = {route: round(sec, 3) for route, sec in counted.busy.items()}
        breakout = bot.state_in(main).breakout
        if not all(r.key for r in breakout.rooms):
            # The rooms may exist on the server while the workshop never recorded them.
            made = calls.get("POST /createRoom", 0)
            return {
                "failed": "the breakout's rooms were not recorded by the bot",
                "failure_reasons": dict(failures.reasons),
                "seconds": seconds,
                "requests": sum(calls.values()),
                "requests_by_route": calls,
                "rooms_made_on_server": made,
            }
        rooms = [r.key.split(":", 1)[1] for r in breakout.rooms]
        members = [
            {p.split(":", 1)[1] for p in r.members if p.startswith("matrix:@")}
            for r in breakout.rooms
        ]
        last_room_posted = counted.last_post_into(rooms)
        rooms_ready = last_room_posted - t0 if last_room_posted else None
        invited, posted = await _check_rooms(client, rooms, members, bot.user_id)

        # The naive baseline, same client, same server, same groups.
        counted.reset()
        t0 = time.perf_counter()
        naive_rooms = []
        for index, group in enumerate(members):
            made = await client.room_create(name=f"Naive {index + 1}")
            assert isinstance(made, RoomCreateResponse), made
            for user in sorted(group):
                invited_one = await client.room_invite(made.room_id, user)
                assert isinstance(invited_one, RoomInviteResponse), invited_one
            sent = await client.room_send(
                made.room_id, "m.room.message", {"msgtype": "m.notice", "body": "Welcome"}
            )
            assert isinstance(sent, RoomSendResponse), sent
            naive_rooms.append(made.room_id)
        naive_seconds = time.perf_counter() - t0
        naive_calls = dict(counted.calls)
        naive_busy = {route: round(sec, 3) for route, sec in counted.busy.items()}
        naive_invited, naive_posted = await _check_rooms(client, naive_rooms, members, bot.user_id)
        return {
            "participants": PEOPLE,
            "rooms": len(rooms),
            "group_sizes": [len(m) for m in members],
            "seconds": seconds,
            "rooms_ready_seconds": rooms_ready,
            "requests": sum(calls.values()),
            "requests_by_route": calls,
            "seconds_by_route": busy,
            "sync_requests_meanwhile": syncs,
            "all_invited": invited,
            "all_rooms_posted": posted,
            "naive_seconds": naive_seconds,
            "naive_requests": sum(naive_calls.values()),
            "naive_requests_by_route": naive_calls,
            "naive_seconds_by_route": naive_busy,
            "naive_all_invited": naive_invited,
            "naive_all_rooms_posted": naive_posted,
            "minimum_requests": 2 * len(rooms),  # createRoom with invites inline + one post
            "setup_register_seconds": setup_register,
            "pace_seconds": 0,
        }
    finally:
        if bot is not None:
            await bot.stop()
        for c in clients:
            await c.close()
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the same: 60 into 10 is small")
    parser.parse_args()
    import logging

    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="bench-fanout-") as tmp:
        result = asyncio.run(measure(Path(tmp)))
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
