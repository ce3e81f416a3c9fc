"""Discord's answers the adapter must live with, each through the strict fake: a
test here passes only because the bot (or discord.py under it) handles that answer."""

from __future__ import annotations

import asyncio

import discord

from tests.discord.conftest import Scene


async def test_a_burst_of_posts_waits_for_the_rate_limit_and_all_arrive(scene: Scene):
    """5 messages per 5 s per channel: discord.py reads the X-RateLimit headers and
    waits (or retries after a 429's retry_after); nothing is lost or reordered."""
    await scene.start()
    texts = [f"notice {n}" for n in range(12)]
    for text in texts:
        await scene.adapter.post(scene.room, text)
    posted = [t for t in scene.bot_texts() if t.startswith("notice ")]
    assert posted == texts


async def test_someone_who_refuses_dms_is_told_in_the_channel(scene: Scene):
    """50007 "Cannot send messages to this user": what had to reach them privately
    is posted in the channel, addressed to them."""
    scene.fake.refusing_dms.add(scene.alice)
    await scene.start()
    await scene.say(scene.alice, "hello")  # the welcome would be a DM
    assert scene.fake.dm_texts(scene.alice) == []
    assert any(t.startswith("For Alice:") for t in scene.bot_texts())


async def test_a_slow_answer_is_deferred_within_discords_three_seconds(scene: Scene):
    """An interaction not acknowledged within 3 s is gone (10062). The adapter defers
    before the core runs, so a slow core still answers (as a follow-up)."""
    await scene.start()
    handler = scene.adapter.on_text

    async def slow(*args, **kwargs):
        scene.clock.now += 10  # the core takes 10 s
        return await handler(*args, **kwargs)

    scene.adapter.on_text = slow
    exchange = await scene.slash(scene.alice, "hand")
    scene.adapter.on_text = handler
    assert exchange.callback["type"] == 5  # deferred at once
    assert exchange.texts and exchange.all_ephemeral
    assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.alice}"]


async def test_a_permission_the_bot_lacks_is_refused_and_reported(scene: Scene):
    """50013: the facilitator is told in plain words, and the workshop goes on."""
    role = next(r for r in scene.fake.guilds[scene.guild]["roles"] if r["managed"])
    role["permissions"] = str(
        int(role["permissions"]) & ~discord.Permissions(manage_channels=True).value
    )
    await scene.start()
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    exchange = await scene.slash(scene.host, "next")
    told = exchange.texts + scene.fake.dm_texts(scene.host) + scene.bot_texts()
    assert any("lack permissions" in t for t in told), told
    assert scene.fake.channels[scene.channel]["permission_overwrites"] == []
    assert scene.state.speaker is not None  # the call itself was made


async def test_welcomes_beyond_discords_pace_of_new_dms_arrive_privately_later(scene: Scene):
    """40003 "You are opening direct messages too fast" (the fake: 10 a minute). A
    welcome Discord refuses waits and is tried again in the background: it arrives
    privately a little later, and is never posted in the channel for all to read."""
    await scene.start()
    people = [scene.alice, scene.bob, scene.carol]
    people += [scene.fake.add_person(scene.guild, f"newcomer{n}") for n in range(9)]
    for person in people:
        scene.fake.say(scene.channel, person, "hello")  # all at once
    await scene.settle()
    opened = scene.fake.calls_to("POST", "/users/@me/channels")
    assert len(opened) > len(people)  # some were refused, then tried again
    for person in people:
        assert any(t.startswith("Hello ") for t in scene.fake.dm_texts(person)), person
    assert not [t for t in scene.bot_texts() if t.startswith("For ")]
    assert scene.adapter.state.memory.dms == []


async def test_a_dm_waiting_for_discords_pace_has_not_reached_its_person(scene: Scene):
    """A private copy of a staff alert counts only once it has arrived: while the DM
    waits (40003), the adapter says it has not reached them (`reaches_privately`), so
    the alert is not taken as delivered."""
    await scene.start()
    host = f"discord:{scene.host}"
    scene.fake.dm_opens = [float("inf")] * 10  # Discord opens no new DM for now
    never = asyncio.Event()

    async def waiting(seconds: float) -> None:
        await never.wait()

    scene.adapter.out.sleep = waiting
    await scene.adapter.send_private(host, "An alert")
    assert await scene.adapter.reaches_privately(host) is False
    assert scene.fake.dm_texts(scene.host) == []
    scene.fake.dm_opens = []  # Discord opens DMs again
    worker = scene.adapter.out._later
    worker.cancel()  # the wait cut short (as by a restart): tried again now
    await asyncio.gather(worker, return_exceptions=True)

    async def at_once(seconds: float) -> None:
        return None

    scene.adapter.out.sleep = at_once
    scene.adapter.out.resume_later()
    await scene.settle()
    assert scene.fake.dm_texts(scene.host) == ["An alert"]
    assert await scene.adapter.reaches_privately(host) is True
