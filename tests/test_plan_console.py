"""A whole planned workshop on the console under simulated time (issue 18's "done when"):
the facilitator types only `!start plan: NAME`, `!agenda next` and `!poll close`."""

from __future__ import annotations

import io
from pathlib import Path

from adapters.console.adapter import ConsoleAdapter
from bot.bootstrap import bootstrap, open_store
from bot.demo import scripted
from bot.export import FORMATS
from bot.plans import EXAMPLE
from bot.simulation import ManualClock, ManualTimers
from facilitation import words
from facilitation.minutes import build_minutes
from tests.conftest import settings_for

# A line is typed text; a number is seconds of simulated time passing.
SCRIPT: list[str | int] = [
    "host> !start plan: carers",
    *(f"{name}> hello, I am {name}" for name in ("alice", "bob", "sam", "al", "carol", "dev")),
    300,  # item 1 (5 minutes): warned at 3 minutes, time up at 5
    "host> !agenda next",  # item 2 and its leaflet
    900,
    "host> !agenda next",  # item 3: its groups and its poll
    "alice> !vote 2",
    "bob> !vote 2",
    "carol> !vote 3",
    30,  # the groups open
    600,  # their time is up
    60,  # and they come back
    "host> !poll close",
    500,
    "host> !agenda next",
    "host> !end",
]


async def test_a_plan_runs_a_whole_workshop_on_the_console(tmp_path: Path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "carers.toml").write_text(EXAMPLE)
    settings = settings_for(tmp_path / "workshop.db", plans_folder=str(folder))
    clock = ManualClock()
    timers = ManualTimers(clock)
    out = io.StringIO()
    adapter = ConsoleAdapter(("host",), lines=scripted(SCRIPT, timers, out), out=out)
    bot = await bootstrap(settings, adapter, clock=clock, timers=timers)
    await bot.run()
    text = " ".join(out.getvalue().split())  # the console wraps long lines

    assert words.ladder_sentence("consultation") in text
    assert words.agenda_item_now(1, 3, "Welcome and ground rules", 5) in text
    assert words.agenda_item_warning("Welcome and ground rules", 120) in text
    assert "[private to host] bot: Time is up for item 1: Welcome and ground rules." in text
    assert "It is called Booking leaflet. To see it, open this link:" in text
    assert "Poll: Which change matters most?" in text
    assert "The poll is closed. 3 people voted." in text
    assert words.agenda_finished() in text

    store = await open_store(settings)
    try:
        (row,) = await store.all_workshops()
        events = await store.load_events(row.id)
    finally:
        await store.close()
    minutes = build_minutes(events)
    assert len([e for e in events if type(e).__name__ == "BreakoutClosed"]) == 1
    notes = FORMATS["md"].render(minutes).decode()
    assert words.ladder_sentence("consultation") in notes
    assert "| 1. Welcome and ground rules | 5 minutes | 5 minutes |" in notes
    assert "| 2. How booking works today | 15 minutes | 15 minutes |" in notes
    assert "| 3. What would make booking easier | 20 minutes |" in notes
    assert "- Booking leaflet: <https://example.org/leaflet.pdf>" in notes
    assert "| Booking by phone | 2 |" in notes and "| More notice of dates | 1 |" in notes
