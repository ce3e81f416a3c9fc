"""The queue message: ✋ on it counts whether or not Discord let the bot pin it,
and old queue messages are unpinned so that a channel's 250 pins never run out."""

from __future__ import annotations

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
