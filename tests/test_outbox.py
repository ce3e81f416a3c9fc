"""Work the bot stored but had not carried out when it was killed is carried out
after the restart, once the platform is connected (found by bench/soak.py)."""

from __future__ import annotations

import pytest

from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from tests.conftest import ALICE, BOB, HOST, ROOM, START, settings_for
from tests.fakes import DyingPlatform, FakePlatform, Killed, RepeatSafePlatform


async def _bot(database, platform, clock):
    return await bootstrap(
        settings_for(database), platform, clock=clock, timers=ManualTimers(clock)
    )


async def _say(bot, actor, text, n):
    await bot.dispatcher.handle_text(text, actor=actor, room=ROOM, source_id=f"s{n}")


async def test_a_regroup_stored_before_a_kill_is_announced_after_the_restart(database):
    clock = ManualClock()
    first = DyingPlatform()
    bot = await _bot(database, first, clock)
    for n, (actor, text) in enumerate(
        [
            (HOST, START),
            (ALICE, "!hand"),
            (BOB, "!hand"),
            (HOST, "!breakout 10m | groups: 2 | notice: 0"),
        ]
    ):
        await _say(bot, actor, text, n)
    first.dying = True
    with pytest.raises(Killed):
        await _say(bot, HOST, "!regroup", 9)
    await bot.store.close()

    second = FakePlatform()
    bot = await _bot(database, second, clock)
    assert not any(t.startswith("Welcome back") for t in second.texts("post"))
    await bot.dispatcher.redeliver()
    assert sum(t.startswith("Welcome back") for t in second.texts("post")) == 1
    assert len(second.of_kind("close_room")) == 2
    await bot.close()

    # Carried out once: a further restart has nothing left to do.
    third = FakePlatform()
    bot = await _bot(database, third, clock)
    await bot.dispatcher.redeliver()
    assert third.sent == []
    await bot.close()


async def test_rooms_lost_to_a_kill_as_they_opened_are_made_after_the_restart(database):
    clock = ManualClock()
    first = DyingPlatform()
    bot = await _bot(database, first, clock)
    for n, (actor, text) in enumerate([(HOST, START), (ALICE, "!hand"), (BOB, "!hand")]):
        await _say(bot, actor, text, n)
    first.dying = True
    with pytest.raises(Killed):
        await _say(bot, HOST, "!breakout 10m | groups: 2 | notice: 0", 9)
    await bot.store.close()

    second = FakePlatform()
    bot = await _bot(database, second, clock)
    await bot.dispatcher.redeliver()
    assert len(second.of_kind("create_room")) == 2
    keys = [room.key for room in bot.dispatcher.state_in(ROOM).breakout.rooms]
    assert all(keys)  # the new rooms are recorded, so reminders reach them
    await bot.close()


async def test_a_platform_that_can_send_once_sees_each_message_once_across_a_kill(database):
    """Killed half-way through a batch of effects: the restart carries the batch out
    again under the same keys, so with Matrix-like transaction ids nobody sees a
    message twice, and nothing is missing."""
    clock = ManualClock()
    server: dict[str, str] = {}  # the homeserver's memory of transaction ids
    first = RepeatSafePlatform(done=server)
    bot = await _bot(database, first, clock)
    for n, (actor, text) in enumerate([(HOST, START), (ALICE, "!hand"), (BOB, "!hand")]):
        await _say(bot, actor, text, n)
    before = len(first.keys)
    # Two sends of the breakout go out (the notice; the rooms, made in one call), then
    # the kill.
    first.dying_after = 2
    with pytest.raises(Killed):
        await _say(bot, HOST, "!breakout 10m | groups: 2 | notice: 0", 9)
    assert len(first.keys) - before == 2
    sent_before_kill = first.keys[-2:]
    await bot.store.close()

    second = RepeatSafePlatform(done=server)
    bot = await _bot(database, second, clock)
    await bot.dispatcher.redeliver()
    # The same effects came again under the same keys; the server did them once.
    assert second.keys[:2] == sent_before_kill
    seen = [(s.kind, s.target, s.text) for s in first.sent + second.sent]
    assert len(seen) == len(set(seen)), "a message was sent twice"
    assert len(first.of_kind("create_room") + second.of_kind("create_room")) == 2
    assert all(room.key for room in bot.dispatcher.state_in(ROOM).breakout.rooms)
    await bot.close()

    third = RepeatSafePlatform(done=server)
    bot = await _bot(database, third, clock)
    await bot.dispatcher.redeliver()
    assert third.sent == [] and third.keys == []
    await bot.close()


async def test_keys_name_each_effect_for_good(database):
    """Keys come from the events' source ids: unique, and never reused for
    another effect."""
    platform = RepeatSafePlatform()
    bot = await _bot(database, platform, ManualClock())
    for n, (actor, text) in enumerate(
        [(HOST, START), (ALICE, "!hand"), (BOB, "!hand"), (ALICE, "!queue"), (BOB, "!next")]
    ):
        await _say(bot, actor, text, n)
    assert len(platform.keys) == len(set(platform.keys))
    assert all(platform.keys)
    assert any(key.startswith("s3/answer/") for key in platform.keys)  # a question's answer
    assert any(key.startswith("s4/refused") for key in platform.keys)  # a refusal
    await bot.close()
