"""After a restart the bot still knows the queue message (the newest message it
pinned in the channel), so ✋ keeps working, and the workshop goes on."""

from __future__ import annotations

import asyncio

from bot.simulation import ManualClock
from tests.discord.conftest import HAND, START_OPTIONS, settings_for, start_bot, stop_bot, world


async def test_hands_by_reaction_still_work_after_a_restart(tmp_path):
    fake, ids = world()
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    room = f"discord:{ids['channel']}"
    clock = ManualClock()

    async def settle(runner):
        for _ in range(20):
            await asyncio.sleep(0)
        busy = [
            t
            for t in asyncio.all_tasks()
            if t is not asyncio.current_task() and t is not runner and not t.done()
        ]
        if busy:
            await asyncio.wait(busy, timeout=5)

    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    fake.slash(ids["host"], ids["channel"], "start", **START_OPTIONS)
    await settle(runner)
    queue = int(bot.dispatcher.state_in(room).queue_message_ref)
    fake.react(ids["channel"], queue, ids["alice"], HAND)
    await settle(runner)
    await stop_bot(bot, runner)

    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    try:
        assert adapter.queue_messages == {}  # nothing remembered in memory
        fake.react(ids["channel"], queue, ids["bob"], HAND)
        await settle(runner)
        state = bot.dispatcher.state_in(room)
        assert [h.person_id for h in state.ordered_hands()] == [
            f"discord:{ids['alice']}",
            f"discord:{ids['bob']}",
        ]
        assert "Bob" in fake.messages[queue]["content"]  # the same message, edited
        assert len(fake.calls_to("GET", rf"/channels/{ids['channel']}/messages/pins")) == 1
    finally:
        await stop_bot(bot, runner)
