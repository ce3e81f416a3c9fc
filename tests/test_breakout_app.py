"""Breakouts through the real dispatcher and store: rooms made by the platform,
commands from inside rooms, and restarts in the middle of a breakout."""

from __future__ import annotations

import asyncio
import time

from bot.bootstrap import bootstrap
from bot.simulation import ManualClock, ManualTimers
from bot.timers import SchedulerTimers
from facilitation import words
from facilitation.commands import Actor
from tests.conftest import ALICE, BOB, HOST, ROOM, START, settings_for
from tests.fakes import FakePlatform

CAROL = Actor("test:carol", "Carol")
DEV = Actor("test:dev", "Dev")
KITCHEN = f"{ROOM}/breakout-1-1"
GARDEN = f"{ROOM}/breakout-1-2"


async def _workshop_with_four(harness) -> None:
    await harness.say(HOST, START)
    for person in (ALICE, BOB, CAROL, DEV):
        await harness.say(person, "!hand")


async def test_a_breakout_from_notice_to_regroup(harness):
    await _workshop_with_four(harness)
    await harness.say(
        HOST,
        "!breakout 10m | manual: Kitchen = alice, bob; Garden = carol, dev",
    )
    notice = harness.platform.texts("post")[-1]
    assert notice.startswith("What happens next: in 30 seconds")
    assert "- Kitchen: Alice, Bob" in notice and "- Garden: Carol, Dev" in notice
    assert harness.platform.of_kind("create_room") == []

    await harness.timers.advance(30)
    rooms = harness.platform.of_kind("create_room")
    assert [(r.target, r.text, r.ref) for r in rooms] == [
        (KITCHEN, "Kitchen", "test:alice,test:bob"),
        (GARDEN, "Garden", "test:carol,test:dev"),
    ]
    assert [r.key for r in harness.state.breakout.rooms] == [KITCHEN, GARDEN]
    assert {s.target for s in harness.platform.of_kind("move")} == {KITCHEN, GARDEN}

    await harness.say(ALICE, "!report forms are too long", room=KITCHEN)
    await harness.say(BOB, "!report the forms are far too long", room=KITCHEN)
    await harness.say(CAROL, "!helpme", room=GARDEN)
    help_alert = [s for s in harness.platform.of_kind("private") if s.target == HOST.id][-1]
    assert help_alert.text == words.help_requested("Carol", "Garden")

    await harness.timers.advance(10 * 60 + 60)
    posts = harness.platform.of_kind("post")
    assert [p.target for p in posts if p.text == words.come_back()] == [KITCHEN, GARDEN]
    assert [s.target for s in harness.platform.of_kind("close_room")] == [KITCHEN, GARDEN]
    summary = [p.text for p in posts if p.target == ROOM][-1]
    assert "- Kitchen: the forms are far too long" in summary
    assert "- Garden: no report" in summary
    assert harness.platform.of_kind("move")[-1].target == ROOM
    reports = [m for m in harness.state.minutes if m.kind == "report"]
    assert [(m.owner_name, m.text) for m in reports] == [("Kitchen", "the forms are far too long")]

    # The closed room no longer belongs to the workshop: chat there is ignored.
    before = len(harness.platform.sent)
    await harness.say(ALICE, "anyone still here?", room=KITCHEN)
    assert len(harness.platform.sent) == before


async def test_a_groups_file_is_read_only_where_people_type_at_this_machine(harness, tmp_path):
    await _workshop_with_four(harness)
    groups = tmp_path / "groups.csv"
    groups.write_text("name,room\nalice,Kitchen\nbob,Garden\ncarol,Kitchen\ndev,Garden\n")
    await harness.say(HOST, f"!breakout 10m | csv: {groups}")
    assert harness.platform.of_kind("private")[-1].text == words.no_local_files()
    assert harness.state.breakout is None

    harness.bot.dispatcher.preparation.local_files = True
    await harness.say(HOST, f"!breakout 10m | csv: {tmp_path / 'missing.csv'}")
    assert "I could not read the file" in harness.platform.of_kind("private")[-1].text
    await harness.say(HOST, f"!breakout 10m | csv: {groups}")
    rooms = harness.state.breakout.rooms
    assert [(r.name, set(r.members)) for r in rooms] == [
        ("Kitchen", {ALICE.id, CAROL.id}),
        ("Garden", {BOB.id, DEV.id}),
    ]


async def test_restart_mid_breakout_keeps_the_original_times(database):
    """Fake clock: the bot is down while the 5-minute reminder comes due."""
    settings = settings_for(database)
    clock = ManualClock()
    platform = FakePlatform()
    bot = await bootstrap(settings, platform, clock=clock, timers=ManualTimers(clock))
    for n, (actor, text) in enumerate(
        [
            (HOST, START),
            (ALICE, "!hand"),
            (BOB, "!hand"),
            (HOST, "!breakout 20m | groups: 2 | notice: 0"),
        ]
    ):
        await bot.dispatcher.handle_text(text, actor=actor, room=ROOM, source_id=f"a{n}")
    opened_at = clock.now
    await bot.close()

    clock.now = opened_at + 16 * 60  # the 5-minute reminder was due at 15 minutes
    platform = FakePlatform()
    timers = ManualTimers(clock)
    bot = await bootstrap(settings, platform, clock=clock, timers=timers)
    await timers.advance(0)
    late = [
        p for p in platform.of_kind("post") if p.text.startswith("Sorry, this reminder is late")
    ]
    assert len(late) == 2  # once in each room
    assert "4 minutes left" in late[0].text

    await timers.advance(opened_at + 20 * 60 - clock.now - 1)
    assert not any(p.text.startswith("Time is up") for p in platform.of_kind("post"))
    await timers.advance(1 + 60)  # the end, then the grace minute
    posts = platform.texts("post")
    assert sum(t.startswith("1 minute left") for t in posts) == 2
    assert sum(t.startswith("Time is up") for t in posts) == 2
    assert sum(t.startswith("Welcome back") for t in posts) == 1
    assert sum(t.startswith("Sorry, this reminder is late") for t in posts) == 2
    await bot.close()


async def test_real_restart_sends_what_came_due_once_and_regroups_on_time(database):
    """The real scheduler over the same SQLite file after the bot was down."""
    settings = settings_for(database)
    # First run: the breakout opened 78 s "ago" (1 minute, reminder at 30 s, 20 s grace),
    # so its reminder and its end came due while the bot was down.
    past = lambda: time.time() - 78  # noqa: E731
    bot = await bootstrap(settings, FakePlatform(), clock=past, timers=ManualTimers(ManualClock()))
    script = [
        (HOST, START),
        (ALICE, "!hand"),
        (BOB, "!hand"),
        (HOST, "!breakout 1m | groups: 2 | notice: 0 | reminders: 30s | grace: 20s"),
    ]
    for n, (actor, text) in enumerate(script):
        await bot.dispatcher.handle_text(text, actor=actor, room=ROOM, source_id=f"b{n}")
    await bot.close()

    platform = FakePlatform()
    timers = SchedulerTimers()
    bot = await bootstrap(settings, platform, timers=timers)
    timers.start()
    deadline = time.monotonic() + 10
    while not any(t.startswith("Welcome back") for t in platform.texts("post")):
        assert time.monotonic() < deadline, platform.texts("post")
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    await bot.close()
    posts = platform.texts("post")
    assert sum(t.startswith("Sorry, this reminder is late") for t in posts) == 2
    assert sum(t.startswith("Time is up") for t in posts) == 2
    assert sum(t == words.come_back() for t in posts) == 2
    assert sum(t.startswith("Welcome back") for t in posts) == 1

    # And once more: nothing is pending, so nothing is sent again.
    again = FakePlatform()
    timers = SchedulerTimers()
    bot = await bootstrap(settings, again, timers=timers)
    timers.start()
    await asyncio.sleep(0.3)
    await bot.close()
    assert again.sent == []


async def test_a_breakout_without_reminders_does_not_promise_them(harness):
    await harness.say(HOST, START)
    for person in (ALICE, BOB, CAROL, DEV):
        await harness.say(person, "!hand")
    await harness.say(HOST, "!breakout 10m | groups: 2 | reminders: none")
    notice = harness.platform.texts("post")[-1]
    assert notice.startswith("What happens next")
    assert "reminder" not in notice
    assert "In your room I will tell you when the time is up." in notice
    await harness.timers.advance(30 + 10 * 60 - 1)  # up to a second before the end
    rooms = {room.key for room in harness.state.breakout.rooms}
    in_rooms = [p.text for p in harness.platform.of_kind("post") if p.target in rooms]
    assert not any("left in this room" in text for text in in_rooms)  # none came
    await harness.timers.advance(1)
    in_rooms = [p.text for p in harness.platform.of_kind("post") if p.target in rooms]
    assert any(text.startswith("Time is up.") for text in in_rooms)  # as promised


async def test_a_breakout_with_reminders_still_says_so(harness):
    await harness.say(HOST, START)
    for person in (ALICE, BOB, CAROL, DEV):
        await harness.say(person, "!hand")
    await harness.say(HOST, "!breakout 10m | groups: 2")
    assert "you will get reminders before the time is up" in harness.platform.texts("post")[-1]
