"""A staff alert whose DM waits for Discord's pace (40003, "opening direct messages
too fast") and that is then tried again (it reached nobody yet) must not give the
facilitator the same alert twice when the waiting DM finally goes: the retry's DM
carries the same key (the alert's, not the retry's), and the DM queue, which knows
the keys of what waits, does not queue it a second time."""

from __future__ import annotations

import asyncio

from facilitation.timers import ALERT_RETRY_SECONDS
from tests.discord.conftest import Scene

RISK = "My dad hits me when he has been drinking and I am scared to go home"


async def settle_but_the_waiting_dms(scene: Scene, timeout: float = 5.0) -> None:
    """`Scene.settle`, leaving out the DM worker (it waits on purpose here)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        for _ in range(3):
            await asyncio.sleep(0)
        skip = {asyncio.current_task(), scene.runner, scene.adapter.out._later}
        busy = [t for t in asyncio.all_tasks() if t not in skip and not t.done()]
        if not busy:
            return
        assert loop.time() < deadline, f"still busy: {busy}"
        await asyncio.wait(busy, timeout=deadline - loop.time())


def alert_dms(scene: Scene) -> list[str]:
    return [t for t in scene.fake.dm_texts(scene.host) if "Safety alert" in t]


async def test_a_retried_alert_does_not_duplicate_its_waiting_dm(scene: Scene):
    await scene.start()
    await scene.say(scene.bob, "hello everyone")  # bob's welcome, before DMs stall
    # The only facilitator leaves the staff room's server (nobody reads the staff
    # room now), and Discord opens no new DM for now (40003): the alert reaches
    # nobody, its DM to the host waits, and the core keeps the alert to try again.
    scene.fake.remove_member(scene.guild, scene.host)
    scene.fake.dm_opens = [float("inf")] * 10
    never = asyncio.Event()

    async def waiting(seconds: float) -> None:
        await never.wait()

    scene.adapter.out.sleep = waiting
    scene.fake.say(scene.channel, scene.bob, RISK)
    await settle_but_the_waiting_dms(scene)
    assert len(scene.state.held_alerts) == 1
    host = f"discord:{scene.host}"
    waiting_for_host = [d for d in scene.adapter.state.memory.dms if d["person"] == host]
    assert len(waiting_for_host) == 1

    # The retry: still nobody reached (the DM still waits), so it is kept again, but
    # its DM is the one already waiting, not a second one.
    await scene.timers.advance(ALERT_RETRY_SECONDS)
    await settle_but_the_waiting_dms(scene)
    assert len(scene.state.held_alerts) == 1
    assert scene.state.held_alerts[0].attempts == 1  # it was tried again
    waiting_for_host = [d for d in scene.adapter.state.memory.dms if d["person"] == host]
    assert len(waiting_for_host) == 1, waiting_for_host

    # Discord opens DMs again; the waiting DM goes: one alert, once.
    scene.fake.dm_opens = []
    worker = scene.adapter.out._later
    worker.cancel()  # the wait cut short (as by a restart): tried again now
    await asyncio.gather(worker, return_exceptions=True)

    async def at_once(seconds: float) -> None:
        return None

    scene.adapter.out.sleep = at_once
    scene.adapter.out.resume_later()
    await scene.settle()
    assert len(alert_dms(scene)) == 1, alert_dms(scene)
    assert scene.adapter.state.memory.dms == []

    # Minutes later (Discord has forgotten the nonce) the next try: the DM that waited
    # has gone, so it is not sent again, and it counts: the alert has reached the host.
    scene.fake.forget_nonces()
    await scene.advance(2 * ALERT_RETRY_SECONDS)
    assert len(alert_dms(scene)) == 1, alert_dms(scene)
    assert scene.state.held_alerts == ()


async def test_two_different_dms_to_one_person_both_wait_and_both_go(scene: Scene):
    """The queue drops only the same key: two messages with their own keys, or with
    none, both wait and both arrive, in order."""
    await scene.start()
    scene.fake.dm_opens = [float("inf")] * 10
    never = asyncio.Event()

    async def waiting(seconds: float) -> None:
        await never.wait()

    scene.adapter.out.sleep = waiting
    host = f"discord:{scene.host}"
    await scene.adapter.send_private(host, "first", key="k/1")
    await scene.adapter.send_private(host, "second", key="k/2")
    await scene.adapter.send_private(host, "third")
    await scene.adapter.send_private(host, "third")  # no key: no promise, both go
    assert len(scene.adapter.state.memory.dms) == 4
    scene.fake.dm_opens = []
    worker = scene.adapter.out._later
    worker.cancel()
    await asyncio.gather(worker, return_exceptions=True)

    async def at_once(seconds: float) -> None:
        return None

    scene.adapter.out.sleep = at_once
    scene.adapter.out.resume_later()
    await scene.settle()
    assert scene.fake.dm_texts(scene.host) == ["first", "second", "third", "third"]
