"""The main room is told "the rooms are open" only once the rooms exist, and exactly
once across a kill (through the real bot: core, bus, store on a real SQLite file).

The post waits for `BreakoutRoomsCreated` (facilitation/rooms.py `on_rooms_created`):
rooms that cannot be made come back as `EffectFailed`, so nobody is sent to look for
a room that is not there. The restarts are done the way tests/test_outbox.py does
them: the platform raises `Killed` (a SIGKILL: nothing after it runs) mid-effects,
the store is closed, and a new bot on the same database redelivers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from facilitation import words
from tests.conftest import ALICE, BOB, HOST, ROOM, START, settings_for
from tests.fakes import FakePlatform, Killed, RepeatSafePlatform

OPENED = words.rooms_open(600)  # "!breakout 10m": ten minutes


async def _bot(database, platform, clock):
    timers = ManualTimers(clock)
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=timers)
    return bot, timers


async def _say(bot, actor, text, n):
    await bot.dispatcher.handle_text(text, actor=actor, room=ROOM, source_id=f"s{n}")


async def _workshop_with_hands(bot) -> None:
    for n, (actor, text) in enumerate([(HOST, START), (ALICE, "!hand"), (BOB, "!hand")]):
        await _say(bot, actor, text, n)


def _told_to_go(platform: FakePlatform) -> list[int]:
    """Where, among everything the platform was asked, the main room heard it."""
    return [
        i
        for i, s in enumerate(platform.sent)
        if (s.kind, s.target, s.text) == ("post", ROOM, OPENED)
    ]


async def test_the_main_room_is_told_to_go_after_the_rooms_are_made(harness):
    await harness.say(HOST, START)
    for person in (ALICE, BOB):
        await harness.say(person, "!hand")
    await harness.say(HOST, "!breakout 10m | groups: 2")
    assert _told_to_go(harness.platform) == []  # the notice only

    await harness.timers.advance(30)  # the notice timer

    (told,) = _told_to_go(harness.platform)
    made = [i for i, s in enumerate(harness.platform.sent) if s.kind == "create_room"]
    assert len(made) == 2 and max(made) < told
    welcomes = [i for i, s in enumerate(harness.platform.sent) if "Welcome" in s.text]
    assert welcomes and max(welcomes) < told  # each room is ready when people arrive


async def test_rooms_that_cannot_be_made_send_nobody_to_look_for_them(harness):
    await harness.say(HOST, START)
    for person in (ALICE, BOB):
        await harness.say(person, "!hand")
    harness.platform.fail_on.add("create_room")
    await harness.say(HOST, "!breakout 10m | groups: 2")

    await harness.timers.advance(30)  # the notice timer: the rooms cannot be made

    assert _told_to_go(harness.platform) == []
    # The facilitator is still told, with how to start the groups again.
    to_host = [s.text for s in harness.platform.of_kind("private") if s.target == HOST.id]
    (failure,) = [t for t in to_host if "I could not make the breakout rooms." in t]
    assert "To try again, type !regroup, then start the small groups again." in failure
    # Left as they are, the groups' reminders come to the main room, in its words.
    await harness.timers.advance(10 * 60 - 5 * 60)  # the five-minute reminder
    reminder = harness.platform.texts("post")[-1]
    assert reminder.startswith("5 minutes left for the small groups.")
    assert harness.platform.of_kind("post")[-1].target == ROOM


class KilledMakingRooms(FakePlatform):
    """Killed as it starts making the breakout's rooms (every other call goes)."""

    async def create_rooms(self, *args: object, **kwargs: object) -> tuple[str, ...]:
        raise Killed()


@pytest.mark.parametrize("by_timer", [True, False], ids=["notice timer", "notice: 0"])
async def test_killed_before_the_rooms_were_made_the_post_comes_once_after_restart(
    database, by_timer
):
    """Killed between `BreakoutOpened` (stored) and `BreakoutRoomsCreated`: the
    restart makes the rooms, records them, then tells the main room, once."""
    clock = ManualClock()
    first = KilledMakingRooms()
    bot, timers = await _bot(database, first, clock)
    await _workshop_with_hands(bot)
    if by_timer:
        await _say(bot, HOST, "!breakout 10m | groups: 2", 9)
        with pytest.raises(Killed):
            await timers.advance(30)
    else:  # planned and opened by the one command
        with pytest.raises(Killed):
            await _say(bot, HOST, "!breakout 10m | groups: 2 | notice: 0", 9)
    await bot.store.close()
    assert _told_to_go(first) == [] and first.of_kind("create_room") == []

    second = FakePlatform()
    bot, _ = await _bot(database, second, clock)
    await bot.dispatcher.redeliver()
    assert len(_told_to_go(second)) == 1
    made = [i for i, s in enumerate(second.sent) if s.kind == "create_room"]
    assert len(made) == 2 and max(made) < _told_to_go(second)[0]
    assert all(room.key for room in bot.dispatcher.state_in(ROOM).breakout.rooms)
    await bot.close()

    third = FakePlatform()  # carried out once: nothing is left to do
    bot, _ = await _bot(database, third, clock)
    await bot.dispatcher.redeliver()
    assert third.sent == []
    await bot.close()


@dataclass
class KilledAfterTelling(RepeatSafePlatform):
    """Killed just after the main room's "the rooms are open" went out: the event is
    stored, the outbox mark is not."""

    armed: bool = True

    async def post(self, room: str, text: str, key: str = "") -> str:
        ref = await super().post(room, text, key)
        if self.armed and text == OPENED:
            self.armed = False
            raise Killed()
        return ref


async def test_killed_after_the_post_it_is_not_seen_twice(database):
    """The restart redoes the post under the same key, and a platform that does a key
    once (Matrix's transaction ids, Discord's nonces) shows it once."""
    clock = ManualClock()
    server: dict[str, str] = {}
    first = KilledAfterTelling(done=server)
    bot, timers = await _bot(database, first, clock)
    await _workshop_with_hands(bot)
    await _say(bot, HOST, "!breakout 10m | groups: 2", 9)
    with pytest.raises(Killed):
        await timers.advance(30)
    await bot.store.close()
    (told,) = _told_to_go(first)

    second = RepeatSafePlatform(done=server)
    bot, _ = await _bot(database, second, clock)
    await bot.dispatcher.redeliver()
    said = [s for s in first.sent + second.sent if (s.target, s.text) == (ROOM, OPENED)]
    assert len(said) == 1
    # It was asked again (the same key), and the server answered with the first.
    opened_keys = [k for k, ref in server.items() if ref == first.sent[told].ref]
    assert len(opened_keys) == 1 and opened_keys[0] in second.keys
    await bot.close()


@dataclass
class MakesRoomsAsBeforeTheUpgrade(RepeatSafePlatform):
    """The bot before f9abf9a made the rooms under "<source>/1" (`CreateRooms` was then
    its event's second effect, after the main room's post); it is killed once they are
    made, before their `RoomsCreated` is stored."""

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        key: str = "",
        *,
        also: tuple[str, ...] = (),
        earlier_keys: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        source, _, place = key.rpartition("/")
        assert place == "0", key  # the key this version gives
        await super().create_rooms(main_room, breakout, names, members, f"{source}/1", also=also)
        raise Killed()


async def test_rooms_made_under_the_earlier_versions_key_are_not_made_again(database):
    """Upgraded in the middle of making rooms: the restart recognises the rooms made
    under the old key and makes none, records the same rooms, and tells the main
    room once."""
    clock = ManualClock()
    server: dict[str, str] = {}
    rooms_made: set[str] = set()
    first = MakesRoomsAsBeforeTheUpgrade(done=server, rooms_done=rooms_made)
    bot, timers = await _bot(database, first, clock)
    await _workshop_with_hands(bot)
    await _say(bot, HOST, "!breakout 10m | groups: 2", 9)
    with pytest.raises(Killed):
        await timers.advance(30)
    await bot.store.close()
    made_first = [s.target for s in first.of_kind("create_room")]
    assert len(made_first) == 2 and all(k.endswith("/1") for k in rooms_made)

    second = RepeatSafePlatform(done=server, rooms_done=rooms_made)
    bot, _ = await _bot(database, second, clock)
    await bot.dispatcher.redeliver()
    assert second.of_kind("create_room") == []
    rooms = bot.dispatcher.state_in(ROOM).breakout.rooms
    assert [room.key for room in rooms] == made_first
    assert len(_told_to_go(second)) == 1
    await bot.close()
