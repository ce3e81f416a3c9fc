"""A DM that never goes is said where people look, naming the person and never what
it said. Discord refuses to open DMs past an unpublished pace (JSON error code 40003,
"You are opening direct messages too fast"): the adapter keeps such a DM and tries
again for about four minutes (outbound.py). If Discord still refuses then, or refuses
it for another reason meanwhile (50007, "Cannot send messages to this user": the
person does not accept DMs from the server's members), the workshop channel hears
`words.private_message_not_sent`, or for a facilitator's copy of a staff alert, the
staff thread hears `words.alert_copy_not_sent`. Before, it was only logged."""

from __future__ import annotations

import asyncio

from facilitation import words
from tests.discord.conftest import Scene
from tests.discord.test_alert_dm_waiting import settle_but_the_waiting_dms

RISK = "My dad hits me when he has been drinking and I am scared to go home"


def stall_new_dms(scene: Scene) -> asyncio.Event:
    """Discord opens no new DM for now (40003), and the adapter's wait before trying
    again lasts until the returned event is set."""
    scene.fake.dm_opens = [float("inf")] * 10  # never out of the last minute's window
    go_on = asyncio.Event()

    async def waiting(seconds: float) -> None:
        await go_on.wait()

    scene.adapter.out.sleep = waiting
    return go_on


async def try_again_now(scene: Scene) -> None:
    """The waiting DMs are tried again at once, each try after no wait."""

    async def at_once(seconds: float) -> None:
        return None

    worker = scene.adapter.out._later
    assert worker is not None, "no DM waits"
    worker.cancel()
    await asyncio.gather(worker, return_exceptions=True)
    scene.adapter.out.sleep = at_once
    scene.adapter.out.resume_later()
    await scene.settle()


def waiting_for(scene: Scene, user: int) -> list[dict[str, str]]:
    return [d for d in scene.adapter.state.memory.dms if d["person"] == f"discord:{user}"]


def name_of(scene: Scene, user: int) -> str:
    return scene.fake.users[user]["global_name"]


async def test_a_waiting_dm_then_refused_is_named_in_the_channel_without_its_words(
    scene: Scene,
):
    await scene.start()
    stall_new_dms(scene)
    scene.fake.say(scene.channel, scene.alice, "hello")  # her welcome is a DM: it waits
    await settle_but_the_waiting_dms(scene)
    waiting = len(waiting_for(scene, scene.alice))  # her welcome, and a note on her words
    assert waiting >= 1
    # "Your hand is up" waits behind it: a courtesy (the queue message shows it too),
    # so nothing is said of it if it never goes.
    scene.fake.say(scene.channel, scene.alice, "!hand")
    await settle_but_the_waiting_dms(scene)
    assert len(waiting_for(scene, scene.alice)) == waiting + 1
    before = len(scene.bot_texts())

    # Discord opens DMs again, but she does not accept DMs from the server (50007).
    scene.fake.dm_opens = []
    scene.fake.refusing_dms.add(scene.alice)
    await try_again_now(scene)

    said = scene.bot_texts()[before:]
    assert said == [words.private_message_not_sent(name_of(scene, scene.alice))]  # once
    assert not any("welcome" in t for t in said)  # who, never what
    assert scene.fake.dm_texts(scene.alice) == []
    assert scene.adapter.state.memory.dms == []


async def test_a_dm_still_too_fast_after_every_try_is_named_in_the_channel(scene: Scene):
    await scene.start()
    stall_new_dms(scene)
    scene.fake.say(scene.channel, scene.alice, "hello")
    await settle_but_the_waiting_dms(scene)
    before = len(scene.bot_texts())
    opens = len(scene.fake.calls_to("POST", r"/users/@me/channels"))

    await try_again_now(scene)  # Discord still opens no new DM, every time

    tries = len(scene.fake.calls_to("POST", r"/users/@me/channels")) - opens
    assert tries >= 8  # about four minutes of trying (DM_RETRY_WAITS)
    said = scene.bot_texts()[before:]
    assert said == [words.private_message_not_sent(name_of(scene, scene.alice))]
    assert scene.adapter.state.memory.dms == []


def staff_thread(scene: Scene) -> int:
    return int(scene.state.staff_room.split(":")[1])


async def test_a_staff_alert_copy_that_waited_and_never_went_is_said_in_the_staff_thread(
    scene: Scene,
):
    await scene.start()
    await scene.say(scene.bob, "hello everyone")  # bob's welcome, before DMs stall
    stall_new_dms(scene)
    scene.fake.say(scene.channel, scene.bob, RISK)
    await settle_but_the_waiting_dms(scene)
    thread = staff_thread(scene)
    assert any("Safety alert" in t for t in scene.bot_texts(thread))  # the alert is there
    assert len(waiting_for(scene, scene.host)) >= 1  # its private copy waits
    before = len(scene.bot_texts())

    scene.fake.dm_opens = []
    scene.fake.refusing_dms.add(scene.host)
    await try_again_now(scene)

    notice = words.alert_copy_not_sent(name_of(scene, scene.host))
    assert scene.bot_texts(thread).count(notice) == 1
    said = scene.bot_texts()[before:]
    assert not any(RISK in t or "Safety alert" in t for t in said), said
    assert scene.fake.dm_texts(scene.host) == []


async def test_a_staff_alert_copy_refused_at_once_is_said_in_the_staff_thread(scene: Scene):
    scene.fake.refusing_dms.add(scene.host)
    await scene.start()
    await scene.say(scene.bob, "hello everyone")
    await scene.say(scene.bob, RISK)
    thread = staff_thread(scene)
    notice = words.alert_copy_not_sent(name_of(scene, scene.host))
    assert scene.bot_texts(thread).count(notice) == 1
    assert not any(notice in t for t in scene.bot_texts())  # not in the workshop channel
