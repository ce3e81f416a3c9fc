"""Erased words are in no file: the database file and its -wal file are read as bytes
after `!forgetme confirm`, after `workshop-bot forget` and after the retention purge,
while the bot still has the database open.

SQLite keeps every change in the -wal file until a checkpoint, and leaves deleted
content in free pages unless `secure_delete` is on; the store checkpoints
(TRUNCATE) after every erasure or purge and sets `secure_delete` (storage/store.py).
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from bot.bootstrap import bootstrap
from bot.cli import main
from bot.config import BotSettings, PrivacySettings, Settings
from bot.simulation import ManualClock, ManualTimers
from facilitation import commands as cmd
from facilitation import privacy
from tests.conftest import HOST, START
from tests.fakes import FakePlatform

OTTILIE = cmd.Actor("test:ottilie", "Ottilie Vexworth")
BOB = cmd.Actor("test:bob", "Bob")
SECRET = "the quartermaster Zanzibarquux keeps my bus pass"
RISK = "My dad hits me when he has been drinking and I am scared to go home"
CUE = "hits me"  # the words a safety flag quoted


def in_files(database: Path, *phrases: str) -> set[str]:
    """Which phrases are in the database file or its -wal file, byte for byte."""
    found = set()
    for path in (database, database.with_name(database.name + "-wal")):
        if path.exists():
            content = path.read_bytes()
            found |= {p for p in phrases if p.encode() in content}
    return found


def _checkpoint(database: Path) -> None:
    """Move the WAL into the database file, as SQLite does by itself every 1,000 pages:
    so the words are in the main file too before they are erased."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()


async def _ottilie_talks(bot, room: str, database: Path, first: int = 0) -> None:
    d = bot.dispatcher
    lines = [(HOST, START), (OTTILIE, "hello"), (BOB, "hello"), (OTTILIE, RISK)]
    lines += [(OTTILIE, f"{SECRET} ({n})") for n in range(10)]
    for n, (actor, text) in enumerate(lines, start=first):
        await d.handle_text(text, actor=actor, room=room, source_id=f"{room}-s{n}")
        if n == first + 6:
            await asyncio.to_thread(_checkpoint, database)


async def _running_bot(database: Path, **privacy_settings):
    clock = ManualClock()
    timers = ManualTimers(clock)
    settings = Settings(
        bot=BotSettings(database=str(database)),
        privacy=PrivacySettings(**privacy_settings),
    )
    return await bootstrap(settings, FakePlatform(), clock=clock, timers=timers), timers


async def test_forgetme_confirm_leaves_no_word_or_name_in_the_files(database):
    bot, _ = await _running_bot(database)
    try:
        await _ottilie_talks(bot, "room", database)
        assert in_files(database, "Zanzibarquux", CUE, "Ottilie Vexworth") == {
            "Zanzibarquux",
            CUE,
            "Ottilie Vexworth",
        }, "the test could not fail: the words were never written"
        await bot.dispatcher.handle_text(
            "!forgetme confirm", actor=OTTILIE, room="room", source_id="forget"
        )
        assert in_files(database, "Zanzibarquux", CUE, "Ottilie Vexworth") == set()
        # The audit table keeps the kind of cue, not the words.
        rows = await bot.store.audit_rows()
        flags = [r["detail"] for r in rows if r["action"] == privacy.FLAG_AUDIT]
        assert flags and all(CUE not in f and "alerted facilitators" in f for f in flags)
    finally:
        await bot.close()


async def test_forget_from_the_command_line_leaves_no_word_while_the_bot_runs(tmp_path, database):
    bot, _ = await _running_bot(database)
    try:
        await _ottilie_talks(bot, "room", database)
        await bot.dispatcher.handle_text("!end", actor=HOST, room="room", source_id="end")
        config = tmp_path / "bot.toml"
        config.write_text(f'[bot]\ndatabase = "{database}"\n')
        argv = ["forget", OTTILIE.id, "--confirm", "--config", str(config)]
        assert await asyncio.to_thread(main, argv) == 0
        assert in_files(database, "Zanzibarquux", CUE, "Ottilie Vexworth") == set()
    finally:
        await bot.close()


async def test_the_retention_purge_leaves_no_word_while_the_bot_runs(database):
    bot, timers = await _running_bot(database, retention_days=1)
    try:
        await _ottilie_talks(bot, "room", database)
        await timers.advance(2 * privacy.DAY_SECONDS)
        assert in_files(database, "Zanzibarquux", CUE) == set()
        rows = await bot.store.audit_rows()
        assert all(CUE not in r["detail"] for r in rows)
    finally:
        await bot.close()


def test_old_audit_rows_lose_the_quoted_cue_words():
    old = 'flagged message m1 by p1; alerted facilitators; harm cue: "takes her pension"; abuse'
    assert privacy.scrubbed_flag_detail(old) == (
        "flagged message m1 by p1; alerted facilitators; harm cue; abuse"
    )
    assert privacy.flag_audit_detail("m1", "p1", ['harm cue: "takes her pension"']) == (
        "flagged message m1 by p1; alerted facilitators; harm cue"
    )


async def test_erasure_scrubs_audit_rows_an_older_version_wrote(database):
    """A row as the bot wrote it before (cue words quoted) goes when the person is erased."""
    bot, _ = await _running_bot(database)
    try:
        await _ottilie_talks(bot, "room", database)
        workshop = bot.dispatcher.state_in("room").workshop_id
        await bot.store.audit(
            workshop_id=workshop,
            actor_id=OTTILIE.id,
            action=privacy.FLAG_AUDIT,
            outcome="ok",
            detail=f'flagged message x by {OTTILIE.id}; alerted facilitators; harm: "{CUE}"',
            now=1_790_000_000.0,
        )
        await bot.dispatcher.handle_text(
            "!forgetme confirm", actor=OTTILIE, room="room", source_id="forget"
        )
        rows = await bot.store.audit_rows(workshop)
        assert all(CUE not in r["detail"] for r in rows)
        assert in_files(database, CUE) == set()
    finally:
        await bot.close()


async def test_a_failure_report_that_named_the_person_is_renamed_too(database):
    """ "I could not send a private message to Ottilie Vexworth" is stored (as
    EffectFailureNoted) when the platform refuses both the private message and the
    room; erasing her must reach that sentence too."""
    bot, _ = await _running_bot(database)
    platform = bot.adapter
    try:
        d = bot.dispatcher
        await d.handle_text(START, actor=HOST, room="room", source_id="s0")
        platform.fail_on = {"private", "post"}  # her welcome reaches nobody
        await d.handle_text("hello", actor=OTTILIE, room="room", source_id="s1")
        platform.fail_on = set()
        await asyncio.to_thread(_checkpoint, database)
        assert in_files(database, "to Ottilie Vexworth"), "the test could not fail"
        await d.handle_text("!forgetme confirm", actor=OTTILIE, room="room", source_id="s2")
        assert in_files(database, "Ottilie Vexworth") == set()
        workshop = d.state_in("room").workshop_id
        assert await d.replay(workshop) == d.state_in("room")
    finally:
        await bot.close()


def test_renaming_is_by_whole_word():
    failed = {"what": "send a private message to Al", "reason": "Also refused by Al's server"}
    renamed = privacy.erased_payload("EffectFailureNoted", failed, "al", "P1", {"Al"})
    assert renamed == {
        "what": "send a private message to P1",
        "reason": "Also refused by P1's server",
    }
