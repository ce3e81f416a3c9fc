"""The bot acts only in channels where a workshop runs (or that the settings
name): elsewhere it reads nothing, answers nothing and remembers nothing, except a
typed start command from someone who may start a workshop."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.simulation import ManualClock
from tests.discord.conftest import (
    START_OPTIONS,
    Scene,
    settings_for,
    start_bot,
    stop_bot,
    world,
)
from tests.discord.test_restart import Restarts, settle

START = "!Start Carers' breaks | scope: short breaks | complaints: call 0123"


def general(scene: Scene) -> int:
    return scene.fake.add_text_channel(scene.guild, "general")


async def test_commands_for_other_bots_in_other_channels_get_nothing(scene: Scene):
    await scene.start()
    elsewhere = general(scene)
    scene.fake.emit("CHANNEL_CREATE", scene.fake.channels[elsewhere])
    calls = len(scene.fake.calls)
    for text in ("!play never gonna give you up", "!help", "!hand", "just chatting"):
        await scene.say(scene.alice, text, channel=elsewhere)
    await scene.say(scene.alice, "!start a | scope: b | complaints: c", channel=elsewhere)
    # Nothing was sent: no DM "I do not know the command !play", no help, no refusal.
    assert scene.fake.calls[calls:] == []
    assert not scene.fake.dm_channels
    assert scene.bot.dispatcher.state_in(f"discord:{elsewhere}") is None
    # Nothing from there is remembered for catching up after a restart.
    assert str(elsewhere) not in scene.adapter.state.memory.last_seen
    # The workshop channel still works as before.
    await scene.say(scene.alice, "!hand")
    assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.alice}"]


async def test_a_facilitator_may_start_a_workshop_by_typing_in_a_new_channel(scene: Scene):
    elsewhere = general(scene)
    scene.fake.emit("CHANNEL_CREATE", scene.fake.channels[elsewhere])
    await scene.say(scene.host, START, channel=elsewhere)
    assert scene.bot.dispatcher.state_in(f"discord:{elsewhere}") is not None
    # From now on it is a workshop channel: its messages are read.
    await scene.say(scene.alice, "!hand", channel=elsewhere)
    state = scene.bot.dispatcher.state_in(f"discord:{elsewhere}")
    assert [h.person_id for h in state.ordered_hands()] == [f"discord:{scene.alice}"]


async def test_catch_up_reads_only_workshop_channels(tmp_path: Path):
    r = Restarts(tmp_path)
    elsewhere = r.fake.add_text_channel(r.ids["guild"], "general")
    await r.start()
    r.fake.slash(r.ids["host"], r.ids["channel"], "start", **START_OPTIONS)
    r.fake.say(elsewhere, r.ids["bob"], "anyone seen the rota?")  # #general, bot up
    await settle(r.runner)
    await r.stop()
    # While the bot is down: a music bot's command in #general, a hand in the workshop.
    r.fake.say(elsewhere, r.ids["bob"], "!play something")
    r.fake.say(r.ids["channel"], r.ids["bob"], "!hand")
    calls = len(r.fake.calls)
    await r.start()
    try:
        assert f"discord:{r.ids['bob']}" in r.hands()
        history = [
            c for c in r.fake.calls[calls:] if c.method == "GET" and c.path.endswith("/messages")
        ]
        assert {c.path.split("/")[2] for c in history} == {str(r.ids["channel"])}
        assert not any("play" in t for t in r.fake.dm_texts(r.ids["bob"]))
    finally:
        await stop_bot(r.bot, r.runner)


async def test_a_stage_without_a_workshop_raises_no_hand(tmp_path: Path):
    fake, ids = world()
    stage = fake.add_voice_channel(ids["guild"], "town hall", stage=True)
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
        voice_pace_seconds=0,
    )
    bot, adapter, timers, runner = await start_bot(fake, settings, ManualClock())
    scene = Scene(fake, bot, adapter, bot.dispatcher.clock, timers, runner, **ids)
    try:
        await scene.start()  # a workshop in the text channel, not on the Stage
        calls = len(fake.calls)
        fake.request_to_speak(scene.alice, stage)  # someone asks on another event's Stage
        await scene.settle()
        await asyncio.sleep(0)
        assert scene.state.ordered_hands() == ()
        assert bot.dispatcher.state_in(f"discord:{stage}") is None
        assert fake.calls[calls:] == []  # not even a DM "no workshop here"
    finally:
        await stop_bot(bot, runner)
