"""The console adapter end to end: typed lines in, printed text out, real store."""

from __future__ import annotations

import io
import os
import re
import signal
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


async def test_a_bare_line_always_speaks_as_the_facilitator(database):
    """Not as the last person named: a `!start` once went out as a participant (issue 19)."""
    text, bot = await _run_console(
        database,
        [
            "alice> hello",
            "!start Day centres | scope: day centres | complaints: call 0123",
            "alice> hello again",
            "!hand",  # the facilitator, not alice
        ],
    )
    assert "Welcome to the workshop: Day centres." in text
    assert "    1. host" in text and "1. alice" not in text


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
        text.split(f"[{where}] bot:\n    PLEASE CHECK NOW. Safety alert", 1)[1].split("\n[", 1)[0]
        for where in ("staff room", "private to host")
    )
    assert staff.strip() == private.strip()
    said = " ".join(staff.split())  # the console wraps long lines
    assert risk.split()[2] in said and "call 999" in said
    main_room = [block for block in text.split("\n[") if block.startswith("main]")]
    assert not any("Safety" in block or "hits" in block for block in main_room)


async def test_quit_after_a_name_stops_instead_of_being_said(database):
    text, _ = await _run_console(
        database,
        [
            "!start Day centres | scope: day centres | complaints: call 0123",
            "host> quit",
            "alice> !hand",  # never read
        ],
    )
    assert "quit" not in text.split("Welcome to the workshop")[1]
    assert "alice" not in text.split("Welcome to the workshop")[1]


async def test_a_stray_prefix_and_a_typo_get_plain_answers(database):
    text, _ = await _run_console(
        database,
        [
            "!start Day centres | scope: day centres | complaints: call 0123",
            "alice> ! hand",
            "alice> !",
            "host> !strat",
        ],
    )
    assert "Did you mean !hand? Please type it with no space after !." in text
    assert "To use a command, type ! and its name with no space, like !hand." in text
    assert "I do not know the command !strat. Did you mean !start?" in text
    assert "Waiting to speak: nobody" in text  # "! hand" raised no hand


def test_ctrl_c_stops_the_console_at_once(tmp_path):
    """SIGINT while the console waits for a line: before, it waited for Enter."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        process.stdin.write("!start Demo | scope: trying the bot | complaints: ask Sam\n")
        process.stdin.flush()
        seen = ""
        while "Speaker queue" not in seen:  # the workshop is running; the console waits
            line = process.stdout.readline()
            assert line, process.stderr.read()
            seen += line
        process.send_signal(signal.SIGINT)  # stdin stays open: no Enter, no end of input
        returncode = process.wait(timeout=30)
    finally:
        process.kill()
        process.wait()
    assert returncode == 130
    assert "Traceback" not in process.stderr.read()


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
    assert "- Action (Housing team, due Tuesday 15 December 2026): shorten the booking form" in out
    assert str(tmp_path / "demo.db") in out
    assert "A gentle reminder: this workshop is about how carers" in out
    # Small groups with report-back, read back from the log afterwards.
    assert "What happens next: in 30 seconds we split into 2 small groups" in out
    assert "- Kitchen: Make the form short, and show which centres have free places" in out
    assert "- Group report (Garden): A text reminder, and transport that turns up" in out


async def test_human_routes_on_the_console(database):
    """Issue 20: !complaint, !route, !concern and an alert's "not a concern" step, typed."""
    text, _ = await _run_console(
        database,
        [
            "!start Day centres | scope: what a good day centre offers | complaints: call 0123",
            "alice> hello",
            "bob> hello",
            "alice> !complaint",
            "host> !route bob",
            "host> !concern alice: seemed frightened of her brother",
            "bob> My dad hits me when he has been drinking and I am scared to go home",
            "host> !relabel 3 on-scope",  # the alert's number: the third message said
            "quit",
        ],
    )
    private = [" ".join(p.split()) for p in text.split("[private to ")]  # unwrap lines
    to_alice = [p for p in private if p.startswith("alice]")]
    to_bob = [p for p in private if p.startswith("bob]")]
    to_host = [p for p in private if p.startswith("host]")]
    assert any("call 0123" in p for p in to_alice) and any("call 0123" in p for p in to_bob)
    assert any("recorded your concern about alice" in p for p in to_host)
    assert any("PLEASE CHECK NOW" in p and "type !relabel 3 on-scope" in p for p in to_host)
    assert any("Thank you. I have noted that the message was on the topic" in p for p in to_host)
    # What the room saw: the bot's posts to [main] (blocks of indented lines).
    blocks = re.findall(r"^\[([^\]]+)\] bot:\n((?: {4}.*\n?)*)", text, flags=re.M)
    in_room = " ".join(body for where, body in blocks if where == "main")
    assert in_room and "frightened" not in in_room and "at risk" not in in_room
