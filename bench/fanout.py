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
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
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
        # Every request with its start and end (the sync loop's too), for --keep.
        self.timeline: list[tuple[float, float, str]] = []
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
            self.timeline.append((began, ended, route))
            return response

        client.send = send

    def reset(self) -> None:
        self.calls.clear()
        self.busy.clear()
        self.syncs = 0
        self.done.clear()
        self.timeline.clear()

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


def start_synapse(
    folder: Path, metrics_port: int | None = None
) -> tuple[subprocess.Popen, mx.Synapse, object]:
    python = mx.install_synapse()
    port = mx.free_port()
    secret = uuid.uuid4().hex
    config = mx.homeserver_config(folder, port, secret)
    config["bcrypt_rounds"] = 4  # registration speed only; nothing measured depends on it
    if metrics_port:  # --keep: Synapse's own CPU and database time, by what spent it
        config["enable_metrics"] = True
        config["listeners"].append(
            {"port": metrics_port, "type": "metrics", "bind_addresses": ["127.0.0.1"]}
        )
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


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime


def _written(pid: int | str) -> int:
    """Bytes a process has caused to be written to storage so far (/proc/PID/io)."""
    for line in Path(f"/proc/{pid}/io").read_text().splitlines():
        if line.startswith("write_bytes:"):
            return int(line.split()[1])
    return 0


def _cpu_now(pid: int) -> tuple[float, float, int, int]:
    """Synapse's CPU seconds and bytes written so far, and this process's (the bot's)."""
    return _cpu_seconds(pid), time.process_time(), _written(pid), _written("self")


def _cpu_since(pid: int, before: tuple[float, float, int, int]) -> dict[str, float]:
    synapse, own, synapse_wrote, own_wrote = _cpu_now(pid)
    return {
        "synapse_cpu": round(synapse - before[0], 2),
        "bot_cpu": round(own - before[1], 2),
        "synapse_wrote_kb": (synapse_wrote - before[2]) // 1024,
        "bot_wrote_kb": (own_wrote - before[3]) // 1024,
    }


# Synapse's Prometheus counters that say where its time went: CPU of background
# processes (event persistence, notifier ...) and of requests by servlet, and database
# transaction time by transaction name.
_SPENT = re.compile(
    r"^(synapse_background_process_ru_[us]time_seconds_total"
    r"|synapse_http_server_response_ru_[us]time_seconds_total"
    r"|synapse_storage_transaction_time_sum_total"
    r"|synapse_storage_schedule_time_sum)\{([^}]*)\} ([0-9.e+-]+)$"
)


def _metrics(port: int | None) -> Counter[str]:
    if port is None:
        return Counter()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_synapse/metrics", timeout=10) as r:
        text = r.read().decode()
    spent: Counter[str] = Counter()
    for line in text.splitlines():
        match = _SPENT.match(line)
        if match:
            labels = dict(re.findall(r'(\w+)="([^"]*)"', match[2]))
            what = labels.get("name") or labels.get("desc") or labels.get("servlet") or match[1]
            kind = (
                "db"
                if match[1].startswith("synapse_storage_transaction")
                else "db_wait"
                if match[1].startswith("synapse_storage_schedule")
                else ("bg_cpu" if "background" in match[1] else "req_cpu")
            )
            spent[f"{kind} {what}"] += float(match[3])
    return spent


def _metrics_since(port: int | None, before: Counter[str]) -> dict[str, float]:
    after = _metrics(port)
    spent = {k: round(after[k] - before.get(k, 0.0), 3) for k in after}
    return dict(sorted(((k, v) for k, v in spent.items() if v >= 0.005), key=lambda kv: -kv[1]))


async def _naive(
    client: AsyncClient, groups: list[set[str]], counted: Counted, pid: int, port: int | None
) -> tuple[dict, dict]:
    """The naive client's breakout: one request at a time, each room made empty, each
    member invited with a request of its own, then the room's first message.
    Returns its figures and, for --keep, its timeline."""
    counted.reset()
    cpu0, spent0 = _cpu_now(pid), _metrics(port)
    t0 = time.perf_counter()
    rooms = []
    for index, group in enumerate(groups):
        made = await client.room_create(name=f"Naive {index + 1}")
        assert isinstance(made, RoomCreateResponse), made
        for user in sorted(group):
            invited_one = await client.room_invite(made.room_id, user)
            assert isinstance(invited_one, RoomInviteResponse), invited_one
        sent = await client.room_send(
            made.room_id, "m.room.message", {"msgtype": "m.notice", "body": "Welcome"}
        )
        assert isinstance(sent, RoomSendResponse), sent
        rooms.append(made.room_id)
    seconds = time.perf_counter() - t0
    phase = {"wall_start": time.time() - seconds, "seconds": seconds}
    phase.update(_cpu_since(pid, cpu0))
    phase["synapse_spent"] = _metrics_since(port, spent0)
    phase["requests"] = _timeline(counted, t0)
    figures = {
        "seconds": seconds,
        "sync_requests_meanwhile": counted.syncs,
        "requests": counted.total,
        "requests_by_route": dict(counted.calls),
        "seconds_by_route": {route: round(sec, 3) for route, sec in counted.busy.items()},
    }
    invited, posted = await _check_rooms(client, rooms, groups, client.user_id)
    figures.update(all_invited=invited, all_rooms_posted=posted)
    return figures, phase


def _timeline(counted: Counted, t0: float) -> list[list]:
    """The requests of one phase as [start, end, route], seconds from its start."""
    return [[round(a - t0, 4), round(b - t0, 4), route] for a, b, route in counted.timeline]


async def measure(folder: Path, keep: Path | None = None) -> dict:
    metrics_port = mx.free_port() if keep else None
    process, synapse, log = start_synapse(folder, metrics_port)
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
        # The naive baseline first as well, so neither side alone meets a cold server
        # (caches, pages of its database): groups of the same sizes, in order.
        size = PEOPLE // ROOMS
        groups = [{a.user_id for a in people[i : i + size]} for i in range(0, PEOPLE, size)]
        before, before_phase = await _naive(client, groups, counted, process.pid, metrics_port)
        phases = {"naive_before": before_phase}
        counted.reset()
        assert bot.state_in(main).breakout is not None
        assert not any(r.key for r in bot.state_in(main).breakout.rooms), "opened early"
        cpu0, spent0 = _cpu_now(process.pid), _metrics(metrics_port)
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
        phases["bot"] = {"wall_start": time.time() - seconds, "seconds": seconds}
        phases["bot"].update(_cpu_since(process.pid, cpu0))
        phases["bot"]["synapse_spent"] = _metrics_since(metrics_port, spent0)
        phases["bot"]["requests"] = _timeline(counted, t0)
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

        # The naive baseline again, same client, same server, now the bot's groups.
        naive, naive_phase = await _naive(client, members, counted, process.pid, metrics_port)
        phases["naive"] = naive_phase
        result = {
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
            # The naive client just after the bot (as before), and just before it.
            **{f"naive_{k}": v for k, v in naive.items()},
            "naive_before_seconds": before["seconds"],
            "naive_before_all_invited": before["all_invited"],
            "minimum_requests": 2 * len(rooms),  # createRoom with invites inline + one post
            "setup_register_seconds": setup_register,
            "pace_seconds": 0,
        }
        if keep is not None:  # what each phase waited on, to read beside Synapse's log
            (keep / "timeline.json").write_text(json.dumps(phases))
        return result
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
        if keep is not None:
            shutil.copy(folder / "synapse.log", keep / "synapse.log")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the same: 60 into 10 is small")
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="write every request's start and end (timeline.json) and Synapse's log there",
    )
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    import logging

    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="bench-fanout-") as tmp:
        result = asyncio.run(measure(Path(tmp), args.keep))
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
