"""A planned workshop on a real Synapse (issue 18's "done when"): the facilitator types
only `!start plan: NAME`, `!agenda next` and `!poll close`; the bot announces the
items, shares the material, opens the groups and the poll, and the notes show it all."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.config import WorkshopSettings
from bot.export import FORMATS
from facilitation import words
from facilitation.minutes import build_minutes
from tests.matrix.helpers import (
    OK,
    Scene,
    command,
    group_room_welcome,
    notice_from,
    start_bot,
    wait_until,
)

PLAN = """\
title = "Carers' short breaks"
scope = "plan how carers book a short break"
complaints_route = "email complaints@example.org"
ladder = "consultation"

[[agenda]]
item = "Welcome"
minutes = 5
materials = [{ title = "Booking leaflet", link = "https://example.org/leaflet.pdf" }]

[[agenda]]
item = "Talk in pairs"
minutes = 10

[[agenda]]
item = "Choose"
minutes = 5

[[breakouts]]
during_item = 2
minutes = 5
groups = 2

[[polls]]
during_item = 3
question = "Which change matters most?"
options = ["Booking online", "Booking by phone"]
"""


async def pinned_in_time(scene: Scene, event_id: str) -> None:
    """The item is pinned soon after it is posted (the bot posts, then pins)."""
    for _ in range(100):
        pinned = (await scene.host.state(scene.room, "m.room.pinned_events"))["pinned"]
        if event_id in pinned:
            assert len(pinned) == 2, pinned  # the queue message and the item, once each
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{event_id} was never pinned")


async def test_a_plan_runs_on_synapse(scene: Scene, tmp_path: Path):
    bot, room = scene.bot.user_id, scene.room
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "carers.toml").write_text(PLAN)
    # The scene's bot, restarted with a plans folder (the same database and account).
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    settings = settings.model_copy(update={"workshop": WorkshopSettings(plans_folder=str(folder))})
    await scene.bot.stop()
    scene.bot = await start_bot(settings, tmp_path / "workshop.db", clock)

    assert await command(scene, scene.host, "!start plan: carers") == OK
    await scene.alice.wait(notice_from(bot, words.ladder_sentence("consultation"), room), "scene")
    _, leaflet = await scene.alice.wait(
        notice_from(bot, "It is called Booking leaflet", room), "leaflet"
    )
    await pinned_in_time(scene, leaflet["event_id"])  # beside the queue message
    await scene.alice.say(room, "hello")
    await scene.bob.say(room, "hello")
    await wait_until(lambda: len(scene.bot.state_in(room).people) >= 3, "alice and bob are known")
    await scene.bot.timers.advance(5 * 60)  # item 1's time is up: the host is asked privately
    await scene.host.wait(
        lambda r, e: r != room and notice_from(bot, "Time is up for item 1: Welcome.")(r, e),
        "the private move-on question",
    )

    assert await command(scene, scene.host, "!agenda next") == OK  # item 2: groups
    await scene.bot.timers.advance(1)
    await scene.alice.wait(group_room_welcome(bot, room), "alice's room")
    await scene.bot.timers.advance(5 * 60 + 20 + 5)  # the groups' time, grace, regroup
    await scene.host.wait(notice_from(bot, "Welcome back, everyone.", room), "regroup")

    assert await command(scene, scene.host, "!agenda next") == OK  # item 3: the poll
    await scene.bob.wait(notice_from(bot, "Poll: Which change matters most?", room), "the poll")
    assert await command(scene, scene.alice, "!vote 2") == OK
    assert await command(scene, scene.bob, "!vote 2") == OK
    assert await command(scene, scene.host, "!poll close") == OK
    await scene.alice.wait(notice_from(bot, "The poll is closed. 2 people voted.", room), "result")
    assert await command(scene, scene.host, "!agenda next") == OK
    await scene.alice.wait(notice_from(bot, words.agenda_finished(), room), "the end of it")

    state = scene.bot.state_in(room)
    events = await scene.bot.bot.store.load_events(state.workshop_id)
    notes = FORMATS["md"].render(build_minutes(events)).decode()
    assert words.ladder_sentence("consultation") in notes
    assert "| 1. Welcome | 5 minutes |" in notes
    assert "- Booking leaflet: <https://example.org/leaflet.pdf>" in notes
    assert "| Booking by phone | 2 |" in notes
    assert len(state.past_breakouts) == 1
