"""The console adapter end to end: typed lines in, printed text out, real store."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from adapters.console.adapter import ConsoleAdapter
from bot.bootstrap import bootstrap, open_store
from bot.simulation import ManualClock, ManualTimers
from tests.conftest import settings_for

REPO = Path(__file__).resolve().parents[1]


async def _lines(items):
    for item in items:
        yield item


async def _run_console(database, lines):
    out = io.StringIO()
    adapter = ConsoleAdapter(("host",), lines=_lines(lines), out=out)
    bot = await bootstrap(settings_for(database), adapter, timers=ManualTimers(ManualClock()))
    await bot.run()
    return out.getvalue(), bot


async def test_a_short_workshop_on_the_console(database):
    text, bot = await _run_console(
        database,
        [
            "!start Day centres | scope: what a good day centre offers | complaints: call 0123",
            "alice> !hand",
            "bob> !hand",
            "host> !call bob",
            "bob> We need transport that turns up.",
            "alice> !next",
            "quit",
            "host> !end",  # never read: quit stops the adapter
        ],
    )
    assert "[main] bot:\n    Welcome to the workshop: Day centres." in text
    assert "[private to alice] bot:\n    Hello alice, welcome to Day centres." in text
    assert "    bob, it is your turn to speak." in text
    assert "[private to alice] bot:\n    Only a facilitator or co-facilitator can call" in text
    assert "(edits pinned message" in text
    store = await open_store(settings_for(database))
    (row,) = await store.running_workshops()
    assert row.title == "Day centres"
    await store.close()


async def test_a_safety_alert_goes_to_the_staff_room_and_the_facilitator(database):
    risk = "My dad hits me when he has been drinking and I am scared to go home"
    text, _ = await _run_console(
        database,
        [
            "!start Day centres | scope: what a good day centre offers | complaints: call 0123",
            "bob> hello",
            f"bob> {risk}",
            "quit",
        ],
    )
    assert '[staff room] bot:\n    This private room is for the staff of the workshop "Day' in text
    staff, private = (
        text.split(f"[{where}] bot:\n    Safety alert.", 1)[1].split("\n[", 1)[0]
        for where in ("staff room", "private to host")
    )
    assert staff.strip() == private.strip()
    assert risk.split()[2] in staff and "call 999" in staff
    main_room = [block for block in text.split("\n[") if block.startswith("main]")]
    assert not any("Safety" in block or "hits" in block for block in main_room)


async def test_a_bare_line_speaks_as_the_last_named_person(database):
    text, _ = await _run_console(
        database,
        [
            "!start Day centres | scope: day centres | complaints: call 0123",
            "alice> hello",
            "!hand",  # still alice
        ],
    )
    assert "    1. alice" in text


def test_workshop_bot_run_reads_standard_input(tmp_path):
    """The installed command, as a newcomer runs it, with lines piped in."""
    script = "!start Demo | scope: trying the bot | complaints: ask Sam\nalice> !hand\nquit\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        input=script,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Welcome to the workshop: Demo." in result.stdout
    assert "1. alice" in result.stdout
    assert (tmp_path / "workshop.db").exists()


def test_workshop_bot_demo_shows_fair_voice_timebox_and_minutes(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "demo", "--database", str(tmp_path / "demo.db")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # Fair voice: alice has spoken, so carol (who has not) is ahead of her.
    assert "1. bob\n    2. carol\n    3. alice" in out
    assert "bob, you have about 30 seconds left." in out
    assert "bob, your time is up." in out
    assert "- Action (Housing team, due 2026-12-15): shorten the booking form to two pages" in out
    assert str(tmp_path / "demo.db") in out
    assert "A gentle reminder: this workshop is about how carers" in out
    # Small groups with report-back, read back from the log afterwards.
    assert "What happens next: in 30 seconds we split into 2 small groups" in out
    assert "- Kitchen: Make the form short, and show which centres have free places" in out
    assert "- Group report (Garden): A text reminder, and transport that turns up" in out
