"""The queue message: ✋ on it counts whether or not Discord let the bot pin it,
and old queue messages are unpinned so that a channel's 250 pins never run out."""

from __future__ import annotations

import asyncio
from pathlib import Path

import discord

from bot.simulation import ManualClock
from tests.discord.conftest import (
    HAND,
    START_OPTIONS,
    Scene,
    permissions,
    settings_for,
    start_bot,
    stop_bot,
    world,
)
from tests.discord.fake_discord import PIN_CAP


async def scene_with(tmp_path: Path, bot_permissions: int | None = None) -> Scene:
    fake, ids = world(bot_permissions)
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    await scene.settle()
    return scene


async def test_a_hand_counts_on_a_queue_message_the_bot_may_not_pin(tmp_path: Path):
    no_pins = permissions().value & ~discord.Permissions(pin_messages=True).value
    scene = await scene_with(tmp_path, no_pins)
    try:
        exchange = await scene.start()
        assert not scene.fake.pins[scene.channel]  # Discord refused the pin (50013)
        await scene.react(scene.alice, scene.queue_message())
        assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.alice}"]
        # The facilitator is told the pin failed, in plain words.
        told = exchange.texts + scene.fake.dm_texts(scene.host) + scene.bot_texts()
        assert any("pin" in t.casefold() for t in told), told
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_hand_counts_when_the_channel_has_no_pins_left(tmp_path: Path):
    scene = await scene_with(tmp_path)
    try:
        for n in range(PIN_CAP):  # a channel whose pins are used up by people
            message = scene.fake.say(scene.channel, scene.bob, f"notice {n}")
            scene.fake.pins[scene.channel].append(message)
            scene.fake.messages[message]["pinned"] = True
        await scene.settle()
        await scene.start()
        assert scene.queue_message() not in scene.fake.pins[scene.channel]  # 30003
        await scene.react(scene.alice, scene.queue_message())
        assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.alice}"]
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_old_queue_messages_are_unpinned(scene: Scene):
    await scene.start()
    first = scene.queue_message()
    await scene.slash(scene.host, "end")
    await scene.slash(scene.host, "start", **START_OPTIONS)
    second = scene.queue_message()
    assert second != first
    ours = [m for m in scene.fake.pins[scene.channel] if m in (first, second)]
    assert ours == [second]
    calls = scene.fake.calls_to("DELETE", rf"/channels/{scene.channel}/messages/pins/{first}")
    assert len(calls) == 1
    # ✋ on the new one counts.
    await scene.react(scene.alice, second, HAND)
    assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.alice}"]


async def test_a_burst_of_hands_is_a_handful_of_edits(tmp_path: Path):
    """30 ✋ while an edit of the queue message is still in flight: each is counted,
    /next is not held up by the edit, and once Discord answers, one more edit
    carries the latest queue (the latest text wins; one edit in flight)."""
    scene = await scene_with(tmp_path)
    fake = scene.fake
    try:
        people = [fake.add_person(scene.guild, f"person{n:02}") for n in range(30)]
        fake.emit("GUILD_CREATE", fake.guild_payload(scene.guild))
        await scene.start()
        queue = scene.queue_message()
        edit = rf"/channels/{scene.channel}/messages/{queue}"
        in_flight = fake.hold("PATCH", edit)
        calls = len(fake.calls)
        for user in people:  # all at once
            fake.react(scene.channel, queue, user, HAND)
        await until(lambda: len(scene.state.ordered_hands()) == 30)
        exchange = fake.slash(scene.host, scene.channel, "next")
        await until(lambda: bool(exchange.texts))  # answered while the edit is in flight
        assert scene.state.speaker is not None
        in_flight.set()
        await scene.settle()
        edits = [c for c in fake.calls[calls:] if c.method == "PATCH" and c.path == edit]
        assert len(edits) == 2, len(edits)
        content = fake.messages[queue]["content"]
        # The latest queue: 29 waiting, the first 20 listed (engine.QUEUE_SHOWN).
        assert "Waiting to speak (29):" in content and "20. Person20" in content, content
        assert "Speaking now: Person00" in content, content
    finally:
        await stop_bot(scene.bot, scene.runner)


async def until(condition, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("still not so")


async def test_a_queue_message_discord_will_not_edit_is_posted_anew_and_old_hands_count(
    tmp_path: Path,
):
    """Messages older than an hour may be edited only a few times (30046). The queue
    is then posted as a new message; ✋ on either counts, and nothing is lost."""
    scene = await scene_with(tmp_path)
    fake = scene.fake
    try:
        await scene.start()
        old = scene.queue_message()
        scene.clock.now += 2 * 3600  # the queue message is two hours old
        for user in (scene.alice, scene.bob, scene.carol, scene.host):
            await scene.react(user, old)
        assert scene.queue_message() != old  # Discord refused an edit: a new one
        new = scene.queue_message()
        assert new in fake.pins[scene.channel] and old not in fake.pins[scene.channel]
        names = ("Alice", "Bob", "Carol", "Host")
        assert all(n in fake.messages[new]["content"] for n in names)
        assert len(scene.state.ordered_hands()) == 4
        await scene.unreact(scene.alice, old)  # taken from the old message: lowered
        assert f"discord:{scene.alice}" not in [h.person_id for h in scene.state.ordered_hands()]
        await scene.react(scene.alice, new)  # and raised again on the new one
        assert f"discord:{scene.alice}" in [h.person_id for h in scene.state.ordered_hands()]
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_clean_stop_sends_the_queue_messages_latest_edit_first(tmp_path: Path):
    scene = await scene_with(tmp_path)
    fake = scene.fake
    await scene.start()
    queue = scene.queue_message()
    in_flight = fake.hold("PATCH", rf"/channels/{scene.channel}/messages/{queue}")
    fake.react(scene.channel, queue, scene.alice, HAND)
    await until(lambda: bool(scene.state.ordered_hands()))
    fake.react(scene.channel, queue, scene.bob, HAND)
    await until(lambda: len(scene.state.ordered_hands()) == 2)
    asyncio.get_running_loop().call_later(0.05, in_flight.set)  # Discord answers soon
    await stop_bot(scene.bot, scene.runner)  # the stop waits for the edits
    content = fake.messages[queue]["content"]
    assert "Alice" in content and "Bob" in content, content


async def test_hands_raised_while_the_queue_is_posted_anew_are_on_the_new_message(
    tmp_path: Path,
):
    scene = await scene_with(tmp_path)
    fake = scene.fake
    try:
        dana = fake.add_person(scene.guild, "dana")
        erin = fake.add_person(scene.guild, "erin")
        fake.emit("GUILD_CREATE", fake.guild_payload(scene.guild))
        await scene.start()
        old = scene.queue_message()
        scene.clock.now += 2 * 3600
        for user in (scene.alice, scene.bob, scene.carol):  # the old-message edits allowed
            await scene.react(user, old)
        posting = fake.hold("POST", rf"/channels/{scene.channel}/messages")
        fake.react(scene.channel, old, dana, HAND)  # refused (30046): posted anew, held
        await until(lambda: len(scene.state.ordered_hands()) == 4)
        fake.react(scene.channel, old, erin, HAND)  # while the new one is being posted
        await until(lambda: len(scene.state.ordered_hands()) == 5)
        posting.set()
        await scene.settle()
        new = scene.queue_message()
        assert new != old
        assert "Erin" in fake.messages[new]["content"], fake.messages[new]["content"]
    finally:
        await stop_bot(scene.bot, scene.runner)


SLIDES = "https://example.org/slides"


def shared_message(scene: Scene) -> int:
    return next(
        int(m)
        for m, found in scene.fake.messages.items()
        if found["channel_id"] == str(scene.channel)
        and SLIDES in found.get("content", "")
        and not found["content"].startswith("!share")  # the bot's post, not the command
    )


async def test_a_shared_item_is_pinned_beside_the_queue_message(scene: Scene):
    await scene.start()
    await scene.say(scene.host, f"!share Slides | {SLIDES}")
    shared = shared_message(scene)
    assert shared in scene.fake.pins[scene.channel]
    assert scene.queue_message() in scene.fake.pins[scene.channel]  # still the queue
    await scene.react(scene.alice, shared)  # ✋ on the shared item is not a hand
    assert not scene.state.ordered_hands()


async def test_a_shared_item_the_bot_may_not_pin_is_told_and_still_counts(tmp_path: Path):
    no_pins = permissions().value & ~discord.Permissions(pin_messages=True).value
    scene = await scene_with(tmp_path, no_pins)
    try:
        await scene.start()
        await scene.say(scene.host, f"!share Slides | {SLIDES}")
        assert shared_message(scene) not in scene.fake.pins[scene.channel]  # 50013
        assert scene.state.materials == (("Slides", SLIDES),)
        told = scene.fake.dm_texts(scene.host) + scene.bot_texts()
        assert any("pin the shared item" in t for t in told), told
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_file_attached_to_share_is_shared_by_its_link_and_pinned(scene: Scene):
    await scene.start()
    scene.fake.say(scene.channel, scene.alice, "!share Notes", files=[("notes.pdf", b"%PDF")])
    await scene.settle()
    assert scene.state.materials == ()  # staff only, as with a typed link
    message = scene.fake.say(
        scene.channel, scene.host, "!share Leaflet", files=[("leaflet.pdf", b"%PDF")]
    )
    await scene.settle()
    link = scene.fake.messages[message]["attachments"][0]["url"]
    assert scene.state.materials == (("Leaflet", link),)
    posted = next(
        int(m)
        for m, found in scene.fake.messages.items()
        if link in found["content"] and not found["content"].startswith("!share")
    )
    assert posted in scene.fake.pins[scene.channel]


async def test_share_with_no_link_and_no_file_gets_a_plain_answer(scene: Scene):
    await scene.start()
    await scene.say(scene.host, "!share Leaflet")
    assert scene.state.materials == ()
    told = scene.fake.dm_texts(scene.host) + scene.bot_texts()
    assert any("There is no link and no file to share." in t for t in told), told
