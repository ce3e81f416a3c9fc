"""Discord's global rate limit: 50 requests a second per bot, whatever the route
(interaction answers aside). Past it Discord answers 429 with `global` true and
X-RateLimit-Global, and discord.py (http.py) holds every request until
`retry_after` has passed. A 60-person breakout meets it and still completes.

The fake answers at once, where a real request is tens of milliseconds away (a real
burst has many in flight, and takes time). So that the burst certainly meets the
limit here, whatever the machine's speed, these tests lower it to TIGHT: 20 requests
in 50 Discord seconds (half a second of real time at the tests' scale)."""

from __future__ import annotations

from pathlib import Path

from bot.simulation import ManualClock
from tests.discord.conftest import Scene, settings_for, start_bot, stop_bot, world
from tests.discord.test_moves import in_their_groups
from tests.discord.test_voice import voice_scene

TIGHT = (20, 50.0)


async def test_sixty_people_into_threads_under_the_global_limit(tmp_path: Path):
    """Threads: the rooms are made and filled side by side (one add per person),
    a burst well past 50 requests in a second."""
    fake, ids = world()
    people = [ids["alice"], ids["bob"], ids["carol"]]
    people += [fake.add_person(ids["guild"], f"p{n:02}") for n in range(57)]
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    try:
        await scene.start()
        for person in people:
            fake.say(scene.channel, person, "hello")
        await scene.settle(timeout=30)
        fake.limited.clear()
        fake.global_limit = TIGHT
        exchange = fake.slash(
            scene.host, scene.channel, "breakout", length="10m", groups=10, notice="0"
        )
        await scene.settle(timeout=30)
        assert "global" in fake.limited, "the burst never met the global limit"
        rooms = scene.state.breakout.rooms
        assert len(rooms) == 10 and all(r.key for r in rooms), exchange.texts
        for room in rooms:
            thread = int(room.key.removeprefix("discord:"))
            members = {int(p.removeprefix("discord:")) for p in room.members}
            assert members <= fake.thread_members[thread]
            assert scene.host in fake.thread_members[thread]
    finally:
        await stop_bot(bot, runner)


async def test_sixty_people_into_voice_groups_under_the_global_limit(tmp_path: Path):
    """Channels and moves: 21 channels, 50 moves, 10 voice links."""
    v = await voice_scene(tmp_path, people=60, in_voice=50)
    scene, fake = v.scene, v.scene.fake
    try:
        await scene.start()
        for user in v.people:
            fake.say(scene.channel, user, "hello")
        await scene.settle(timeout=30)
        fake.limited.clear()
        fake.global_limit = TIGHT
        fake.slash(scene.host, scene.channel, "breakout", length="10m", groups=10, notice="0")
        await scene.settle(timeout=30)
        assert "global" in fake.limited, "the burst never met the global limit"
        assert sorted(in_their_groups(v, 50)) == sorted(v.people[:50])
    finally:
        await stop_bot(scene.bot, scene.runner)
