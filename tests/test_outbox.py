"""Work the bot stored but had not carried out when it was killed is carried out
after the restart, once the platform is connected (found by bench/soak.py)."""

from __future__ import annotations

import pytest

from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from tests.conftest import ALICE, BOB, HOST, ROOM, START, settings_for
from tests.fakes import FakePlatform


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, not even `except Exception`."""


class DyingPlatform(FakePlatform):
    dying: bool = False

    async def post(self, room: str, text: str) -> str:
        if self.dying:
            raise Killed()
        return await super().post(room, text)

    async def create_rooms(self, main_room, breakout, names, members):
        if self.dying:
            raise Killed()
        return await super().create_rooms(main_room, breakout, names, members)


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
