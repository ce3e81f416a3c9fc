"""Discord breakout: REST calls for 60 people into 10 rooms, counted by the test fake.

    python bench/discord_fanout.py      # prints one JSON object

The real bot with its Discord adapter (discord.py unchanged) on
tests/discord/fake_discord.py, which records every REST call. The host starts a
workshop, 60 people say hello, then `/breakout groups:10 notice:0`; the calls
made from that command to the end are counted by route, each kind beside its
least possible number.

Time: every request is held for one round trip (ROUND_TRIP, a typical 50 ms
from Europe to Discord; the fake answers only then), so "seconds until the last
person can see their room" (the moment Discord adds the last participant to
their thread) counts the round trips the bot waits one after another. discord.py's
own rate limiter runs; the fake's buckets refill at its `rate_scale`.

With `breakout_rooms = "threads"` (the default) the adapter makes a private
thread per room. Discord has no way to add members while creating a thread, so
the least possible is one create per room, one add per member (and per
facilitator, who is added to every room) and one first message per room.

With `breakout_rooms = "channels"` ("channels" in the output) it makes one
category and a text and a voice channel per room, with every permission
overwrite inline, and moves each person who is in voice (50 of the 60 here):
the least possible is 1 + 2 per room + 1 move per person in voice, and one
first message per room.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.simulation import ManualClock  # noqa: E402
from tests.discord.conftest import (  # noqa: E402
    HAND,
    Scene,
    settings_for,
    start_bot,
    stop_bot,
    world,
)

PEOPLE = 60
ROOMS = 10
ROUND_TRIP = 0.05  # seconds a request is in flight before Discord acts on it


def hold_every_request(fake, log: list[tuple[float, str, str, int]]) -> None:
    """Each request waits ROUND_TRIP before the fake answers it (through the fake's
    own `_Held` gate), and each answer is logged as (time, method, path, status)."""
    loop = asyncio.get_running_loop()

    def gate_for(method: str, url: str) -> asyncio.Event:
        gate = asyncio.Event()
        loop.call_later(ROUND_TRIP, gate.set)
        return gate

    answer = fake.answer

    def logged(method, url, body, params, files):
        response = answer(method, url, body, params, files)
        path = url.split("/v10", 1)[-1]
        log.append((loop.time(), method, path, response.status))
        return response

    fake.gate_for = gate_for
    fake.answer = logged


def _in(path: str, channels: set[int], what: str) -> bool:
    """Whether a request path is `/channels/<one of channels>/<what>`."""
    parts = path.strip("/").split("/")
    return (
        len(parts) == 3
        and parts[0] == "channels"
        and int(parts[1]) in channels
        and parts[2] == what
    )


def _route(method: str, path: str) -> str:
    return f"{method} " + re.sub(r"/\d+", "/{id}", path)


@contextlib.asynccontextmanager
async def _workshop_running(fake, ids: dict, settings, people: list[int]):
    """The bot started on the fake, a workshop started by the host and everyone's
    first hello said (so no welcome is counted); the bot stopped afterwards."""
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    try:
        await scene.settle()
        await scene.start()
        for person in people:
            await scene.say(person, "hello")
        yield scene
    finally:
        await stop_bot(bot, runner)


async def measure(folder: Path) -> dict:
    fake, ids = world()
    people = [fake.add_person(ids["guild"], f"p{n}") for n in range(PEOPLE)]
    settings = settings_for(
        folder / "workshop.db",
        guild_ids=[ids["guild"], ids["other_guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    async with _workshop_running(fake, ids, settings, people) as scene:
        before = len(fake.calls)
        answered: list[tuple[float, str, str, int]] = []
        hold_every_request(fake, answered)
        started = asyncio.get_running_loop().time()
        scene.fake.slash(
            scene.host, scene.channel, "breakout", length="10m", groups=ROOMS, notice="0", seed=1
        )
        await scene.settle(timeout=300)
        await scene.timers.advance(1)
        await scene.settle(timeout=300)
        made = fake.calls[before:]
        by_route = Counter(_route(c.method, c.path) for c in made)
        interaction = sum(
            n
            for r, n in by_route.items()
            if r.split(" ", 1)[1].startswith(("/interactions", "/webhooks"))
        )
        breakout = scene.state.breakout
        members = sum(len(r.members) for r in breakout.rooms)
        facilitators = 1  # host, added to every room's thread
        rooms = len(breakout.rooms)
        threads = {int(r.key.split(":")[1]) for r in breakout.rooms}
        main_posts = sum(
            1
            for c in made
            if c.method == "POST" and c.path == f"/channels/{scene.channel}/messages"
        )
        kinds = {
            "thread creates": (by_route["POST /channels/{id}/threads"], rooms),
            "thread member adds": (
                by_route["PUT /channels/{id}/thread-members/{id}"],
                members + facilitators * rooms,
            ),
            "first message in each room": (
                sum(1 for c in made if c.method == "POST" and _in(c.path, threads, "messages")),
                rooms,
            ),
            "DM channels opened": (by_route["POST /users/@me/channels"], 0),
            "DMs sent": (
                sum(
                    1
                    for c in made
                    if c.method == "POST"
                    and c.path.endswith("/messages")
                    and int(c.path.split("/")[2]) in set(fake.dm_channels.values())
                ),
                0,
            ),
        }
        fan_out = sum(made_n for made_n, _ in kinds.values())
        participants = {str(p) for p in people}
        seen = [
            t
            for t, method, path, status in answered
            if method == "PUT"
            and "/thread-members/" in path
            and status < 300
            and path.rsplit("/", 1)[1] in participants
        ]
        return {
            "participants": PEOPLE,
            "rooms": rooms,
            "members_placed": members,
            "rest_calls": len(made),
            "rest_calls_without_interaction_replies": len(made) - interaction,
            "fan_out_calls": fan_out,
            "main_room_posts": main_posts,
            "by_route": dict(by_route),
            "by_kind": {k: {"made": m, "minimum": least} for k, (m, least) in kinds.items()},
            "minimum": sum(least for _, least in kinds.values()),
            "minimum_is": "one thread create per room + one add per member and per facilitator"
            " + one first message per room (Discord cannot add thread members at creation);"
            " the workshop's own posts in the main room are counted apart",
            "round_trip_seconds": ROUND_TRIP,
            "last_person_sees_room_seconds": (max(seen) - started) if seen else None,
            "people_added": len(seen),
            "limited_429": len(fake.limited),
        }


IN_VOICE = 50


async def measure_channels(folder: Path) -> dict:
    """The same breakout as a category with a text and a voice channel per room."""
    fake, ids = world()
    people = [fake.add_person(ids["guild"], f"p{n}") for n in range(PEOPLE)]
    voice = fake.add_voice_channel(ids["guild"], "workshop voice")
    for person in people[:IN_VOICE]:
        fake.voice_states[ids["guild"]][person] = {
            "user_id": str(person),
            "channel_id": str(voice),
            "session_id": f"s{person}",
            "deaf": False,
            "mute": False,
            "self_deaf": False,
            "self_mute": False,
            "self_video": False,
            "suppress": False,
            "request_to_speak_timestamp": None,
        }
    settings = settings_for(
        folder / "channels.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
        breakout_rooms="channels",
        voice_pace_seconds=0,
    )
    async with _workshop_running(fake, ids, settings, people) as scene:
        before = len(fake.calls)
        await scene.slash(scene.host, "breakout", length="10m", groups=ROOMS, notice="0", seed=1)
        await scene.advance(1)
        made = fake.calls[before:]
        by_route = Counter(_route(c.method, c.path) for c in made)
        creates = by_route["POST /guilds/{id}/channels"]
        moves = by_route["PATCH /guilds/{id}/members/{id}"]
        return {
            "participants": PEOPLE,
            "in_voice": IN_VOICE,
            "rooms": ROOMS,
            "channel_creates": creates,
            "moves": moves,
            "rest_calls": len(made),
            "by_route": dict(by_route),
            "minimum_creates_and_moves": 1 + 2 * ROOMS + IN_VOICE,
            "minimum_is": "one category + a text and a voice channel per room (overwrites"
            " inline) + one move per person in voice; messages and private links apart",
        }


HANDS = 30


async def measure_queue(folder: Path, spread: float = 1.0) -> dict:
    """30 ✋ on the queue message within `spread` seconds, then the host's `/next`: how
    many edits of the queue message Discord received, and how long `/next` took to
    be answered (every request one ROUND_TRIP, as above)."""
    folder.mkdir(exist_ok=True)
    fake, ids = world()
    people = [fake.add_person(ids["guild"], f"h{n}") for n in range(HANDS)]
    settings = settings_for(
        folder / "queue.db",  # a folder of its own per run
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    async with _workshop_running(fake, ids, settings, people) as scene:
        queue = scene.queue_message()
        answered: list[tuple[float, str, str, int]] = []
        hold_every_request(fake, answered)
        loop = asyncio.get_running_loop()
        started = loop.time()
        for person in people:  # 30 hands spread over `spread` seconds
            fake.react(scene.channel, queue, person, HAND)
            await asyncio.sleep(spread / HANDS)
        asked = loop.time()
        exchange = fake.slash(scene.host, scene.channel, "next")
        await scene.settle(timeout=120)
        mine = f"/channels/{scene.channel}/messages/{queue}"
        edits = [t for t, method, path, _ in answered if method == "PATCH" and path == mine]
        replies = [
            t
            for t, method, path, _ in answered
            if t >= asked and method == "POST" and path.startswith(("/interactions", "/webhooks"))
        ]
        return {
            "hands": HANDS,
            "hands_in_queue_or_called": len(scene.state.ordered_hands())
            + (scene.state.speaker is not None),
            "queue_edits": len(edits),
            "queue_edits_naive": HANDS + 1,  # one edit per change of the queue
            "next_acknowledged_seconds": (replies[0] - asked) if replies else None,
            "next_answered_seconds": (replies[-1] - asked) if replies else None,
            "next_answer": exchange.texts[-1:] if exchange.texts else [],
            "round_trip_seconds": ROUND_TRIP,
            "burst_seconds": asked - started,
        }


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-discord-") as tmp:
        result = asyncio.run(measure(Path(tmp)))
        result["channels"] = asyncio.run(measure_channels(Path(tmp)))
        result["queue"] = asyncio.run(measure_queue(Path(tmp)))
        result["queue_at_once"] = asyncio.run(measure_queue(Path(tmp) / "at-once", spread=0.0))
    json.dump(result, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
