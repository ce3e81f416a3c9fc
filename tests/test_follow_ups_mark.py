"""The outbox mark waits for every follow-up of an effect, not only the first stored
(bot/bus.py `_follow`). Making the staff room brings two: the room made
(`StaffRoomMade`) and a part of it that failed (adapters.base.ReportsPartsNotDone:
on Matrix, the Space link). A kill after the first was stored and before the second
used to leave the mark past the `!start`, so the restart did nothing and the report
was lost; now the restart makes the staff room again (under the same key) and the
report is stored and told, once. The real bus, core and SQLite store over a fake of
the port (tests/fakes.py) with the staff-room abilities.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from adapters.base import PartNotDone
from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from facilitation import words
from facilitation.commands import Refusal
from tests.conftest import HOST, ROOM, START, settings_for
from tests.fakes import Killed, RepeatSafePlatform

STAFF_ROOM = "test:staff"


@dataclass
class StaffRoomWithoutLink(RepeatSafePlatform):
    """Makes the staff room (once per key, as the Matrix adapter remembers it), whose
    link to the Space fails at every try: each call leaves that part undone."""

    not_done: dict[tuple[str, str], list[PartNotDone]] = field(default_factory=dict)

    async def create_staff_room(
        self, main_room: str, title: str, staff: tuple[str, ...], welcome: str, key: str = ""
    ) -> str:
        await self.post(STAFF_ROOM, welcome, key=key)
        failed = PartNotDone(
            "add the staff room to the Space",
            "502 Bad Gateway",
            Refusal.PLATFORM_DOWN,
            "staff-space-link",
            STAFF_ROOM,
        )
        self.not_done.setdefault((main_room, key), []).append(failed)
        return STAFF_ROOM

    def parts_not_done(self, main_room: str, key: str) -> list[PartNotDone]:
        return self.not_done.pop((main_room, key), [])


async def _bot(database, platform, clock):
    return await bootstrap(
        settings_for(database), platform, clock=clock, timers=ManualTimers(clock)
    )


def _reports(platform: RepeatSafePlatform) -> list[str]:
    return [
        s.text
        for s in platform.sent
        if s.target == STAFF_ROOM and words.DONE_AGAIN["staff-space-link"] in s.text
    ]


async def test_a_kill_between_two_follow_ups_loses_neither(database):
    clock = ManualClock()
    server: dict[str, str] = {}  # the platform's memory of keys, across the restart
    first = StaffRoomWithoutLink(done=server)
    bot = await _bot(database, first, clock)
    append = bot.store.append

    async def killed_at_the_report(*args, **kwargs):
        if kwargs.get("source_id", "").startswith("not-done:"):
            raise Killed()
        return await append(*args, **kwargs)

    bot.store.append = killed_at_the_report  # type: ignore[method-assign]
    with pytest.raises(Killed):
        await bot.dispatcher.handle_text(START, actor=HOST, room=ROOM, source_id="s0")
    await bot.store.close()
    assert bot.dispatcher.state_in(ROOM).staff_room == STAFF_ROOM  # the first was stored
    assert _reports(first) == []

    second = StaffRoomWithoutLink(done=server)
    bot = await _bot(database, second, clock)
    await bot.dispatcher.redeliver()
    assert len(_reports(second)) == 1
    await bot.close()

    third = StaffRoomWithoutLink(done=server)
    bot = await _bot(database, third, clock)
    await bot.dispatcher.redeliver()
    assert _reports(third) == []  # told once: nothing is left to do
    await bot.close()
