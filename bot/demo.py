"""`workshop-bot demo`: a short scripted workshop through the real core and store.

Five participants and a facilitator: a fair-voice queue, a speaking-time
warning, notes, and small groups with report-back. Time is simulated, so the
warnings and reminders arrive without waiting.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TextIO

from adapters.console.adapter import ConsoleAdapter
from bot.bootstrap import bootstrap
from bot.config import BotSettings, Settings, WorkshopSettings
from bot.database import open_store
from bot.export import write_all
from bot.simulation import ManualClock, ManualTimers
from facilitation import words
from facilitation.events import MessagePosted
from facilitation.state import WorkshopState, evolve

START = (
    "host> !start Short breaks for carers"
    " | scope: how carers in Brackenfield find and book a short break"
    " | agenda: what works now; what gets in the way; ideas for the new service"
    " | cannot change: the total budget for 2027"
    " | out of scope: parking charges at the hospital"
    " | complaints: email complaints@brackenfield.example or phone 01234 567890"
    " | order: fair"
)

# A line is typed text; a number is seconds of simulated time passing.
SCRIPT: list[str | int] = [
    START,
    "alice> !hand",
    "alice> Hello everyone, I care for my mum.",
    "bob> !hand",
    "host> !next",
    "alice> The booking form is twelve pages long. I gave up twice.",
    "alice> !done",
    "alice> !hand",
    "carol> !hand",
    "host> !topic Booking a break",
    "host> !timebox 2m",
    "host> !next",
    "bob> I never know which centres have space until I phone round.",
    90,
    "bob> So a list of free places would help.",
    30,
    "bob> !done",
    "dev> !next",
    "host> !call zed",
    "host> !next",
    "carol> A text reminder the day before would help me.",
    "carol> !idea A text reminder the day before each break",
    "carol> !done",
    "bob> The parking charges at the hospital are a disgrace",
    "alice> Hospital parking charges went up again this year",
    "alice> !park alice: parking charges at the hospital",
    "erin> !optout",
    "erin> My neighbour helps me fill in forms.",
    "dev> Sorry I am late, the bus did not come.",
    "host> !breakout 10m | groups: 2 | names: Kitchen; Garden | together: alice + bob | seed: 1",
    30,
    "alice> !report Make the form short, and show which centres have free places",
    "carol> !helpme",
    "host@Kitchen> Hello carol, I am here to help.",
    "dev> !report A text reminder, and transport that turns up",
    "host> !broadcast Please choose one idea to share with everyone",
    600,
    60,
    "host> !action Housing team: shorten the booking form to two pages due 2026-12-15",
    "host> !agreed The new service will show free places online",
    "host> !park carol: transport to the centres",
    "host> !end",
]


async def scripted(lines: list[str | int], timers: ManualTimers, out: TextIO) -> AsyncIterator[str]:
    for step in lines:
        if isinstance(step, int):
            out.write(words.demo_time_passes(step) + "\n")
            await timers.advance(step)
        else:
            yield step


async def run_demo(out: TextIO, database: Path | None = None) -> Path:
    database = database or Path(tempfile.mkdtemp(prefix="workshop-demo-")) / "workshop.db"
    settings = Settings(
        bot=BotSettings(database=str(database)),
        workshop=WorkshopSettings(timebox_warning_seconds=30),
    )
    clock = ManualClock()
    timers = ManualTimers(clock)
    adapter = ConsoleAdapter(("host",), lines=scripted(SCRIPT, timers, out), out=out, echo=True)
    bot = await bootstrap(settings, adapter, clock=clock, timers=timers)
    await bot.run()
    out.write(await _read_back(settings) + "\n")
    paths = await _write_notes(settings, database.parent / "notes")
    out.write(words.demo_notes([str(p) for p in paths]) + "\n")
    out.write(words.demo_database(str(database)) + "\n")
    return database


async def _write_notes(settings: Settings, folder: Path) -> list[Path]:
    """The notes in every format, as a facilitator would share them."""
    store = await open_store(settings)
    try:
        (row,) = await store.all_workshops()
        return await write_all(store, row.id, folder, actor_id="demo")
    finally:
        await store.close()


async def _read_back(settings: Settings) -> str:
    """Prove the notes are durable: reopen the database and replay the log."""
    store = await open_store(settings)
    try:
        (row,) = await store.all_workshops()
        log = await store.load_events(row.id)
    finally:
        await store.close()
    state = WorkshopState(workshop_id=row.id)
    for event in log:
        state = evolve(state, event)
    items = [words.minutes_line(i.kind, i.text, i.owner_name, i.due) for i in state.minutes]
    hidden = sum(1 for e in log if isinstance(e, MessagePosted) and e.text is None)
    return words.demo_summary(len(log), len(state.people), items, hidden)
