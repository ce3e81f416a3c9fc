"""Series: actions carried across sessions, "You said, we did", the involvement ledger.

Through the real bot (core, dispatcher, SQLite store) over a fake platform, plus a
few core-only checks.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
from pathlib import Path

import docx
import pytest

from bot.export import FORMATS, add_export_arguments, run_export
from bot.export.service import render_workshop
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation import words as t
from facilitation.engine import Refused, decide
from facilitation.ledger import build_ledger
from facilitation.series import ACTION_FIELDS, SeriesAction, carried_actions
from tests.conftest import ALICE, BOB, HOST
from tests.core_helpers import FAC, Workshop, start_command
from tests.test_export import read_html

CAROL = cmd.Actor("test:carol", "Carol")
SERIES = "Carers panel"
COMPLAINTS = "| complaints: call 0123"
DAY = 7 * 24 * 3600


def start(series: str = SERIES, title: str = "Carers' breaks") -> str:
    return f"!start {title} | scope: booking a short break {COMPLAINTS} | series: {series}"


async def first_session(harness) -> str:
    """Alice speaks for a minute; three actions; progress on two; one closed."""
    await harness.say(HOST, start())
    await harness.say(ALICE, "hello")
    await harness.say(BOB, "hello")
    await harness.say(ALICE, "!hand")
    await harness.say(HOST, "!next")
    harness.clock.now += 60
    await harness.say(ALICE, "!done")
    await harness.say(HOST, "!action Alice: ring the centres due 2026-12-05")  # item 1
    await harness.say(HOST, "!action Housing team: shorten the form")  # item 2
    await harness.say(HOST, "!action Bob: send the leaflet")  # item 3
    await harness.say(HOST, "!progress 1 rang two of five centres")
    await harness.say(HOST, "!progress 2 done: cut to two pages")
    workshop_id = harness.state.workshop_id
    await harness.say(HOST, "!end")
    return workshop_id


async def second_session(harness) -> str:
    """A week later. Carol joins before Bob this time; action 1 is closed; a new action."""
    harness.clock.now += DAY
    await harness.say(HOST, start(series="  carers   PANEL "))  # the same series
    await harness.say(CAROL, "hello")
    await harness.say(BOB, "hello")
    await harness.say(CAROL, "!hand")
    await harness.say(HOST, "!next")
    harness.clock.now += 30
    await harness.say(CAROL, "!done")
    await harness.say(HOST, "!progress 1 done: all five rang back")
    await harness.say(HOST, "!action Carol: write to the MP")  # item 4: after the 3 carried
    return harness.state.workshop_id


# --- the bot, end to end -------------------------------------------------------------


async def test_the_next_session_says_what_happened_to_earlier_actions(harness):
    first = await first_session(harness)
    before = len(harness.platform.texts("post"))
    await second_session(harness)
    posts = harness.platform.texts("post")[before:]
    scene, report = posts[0], posts[1]
    assert scene.startswith("Welcome to the workshop") and f"series: {SERIES}" in scene
    assert report.startswith("You said, we did")
    lines = report.splitlines()
    assert lines[1] == (
        "1. Alice: ring the centres (due Saturday 5 December 2026)."
        " Latest: rang two of five centres"
    )
    assert lines[2] == "2. Housing team: shorten the form. Done: cut to two pages"
    assert lines[3] == "3. Bob: send the leaflet. No update yet."
    assert "!progress 1 done:" in lines[4]
    assert posts[2].startswith("Speaker queue")
    # The carried actions keep their ids from the first session, and are items 1 to 3 here.
    carried = harness.state.carried_actions
    assert [(i.number, i.action_id) for i in carried] == [(n, f"{first}#{n}") for n in (1, 2, 3)]
    assert carried[0].done and carried[0].progress == "all five rang back"
    assert harness.state.item(4).action_id == f"{harness.state.workshop_id}#4"
    assert any("Action 1 is done" in text for text in harness.platform.texts("post"))


async def test_what_was_carried_is_in_the_start_event_and_replays_the_same(harness):
    await first_session(harness)
    second = await second_session(harness)
    events = await harness.bot.store.load_events(second)
    started = events[0]
    assert isinstance(started, ev.WorkshopStarted) and started.series == SERIES
    assert len(started.earlier_actions) == 3
    assert all(len(record) == len(ACTION_FIELDS) for record in started.earlier_actions)
    assert ev.from_record(*ev.to_record(started)) == started
    replayed = await harness.bot.dispatcher.replay(second)
    assert replayed == harness.state


async def test_open_actions_stay_open_across_the_series(harness):
    await first_session(harness)
    await second_session(harness)
    await harness.say(HOST, "!end")
    harness.clock.now += DAY
    before = len(harness.platform.texts("post"))
    await harness.say(HOST, start())
    report = harness.platform.texts("post")[before + 1]
    # Still open: the leaflet (session 1) and the letter (session 2). Closed in the last
    # session: the centres, reported once more. Closed before that: not repeated.
    assert "send the leaflet. No update yet." in report
    assert "write to the MP. No update yet." in report
    assert "ring the centres (due Saturday 5 December 2026). Done: all five rang back" in report
    assert "shorten the form" not in report
    assert len(harness.state.carried_actions) == 3


async def test_participants_cannot_record_progress(harness):
    await first_session(harness)
    await second_session(harness)
    before = harness.state
    await harness.say(BOB, "!progress 3 I sent it")
    assert harness.state == before
    assert words.only_staff("record progress on an action") in harness.platform.texts("private")
    denied = [r for r in await harness.bot.store.audit_rows() if r["outcome"] == "denied"]
    assert [r["action"] for r in denied] == ["RecordProgress"]


async def test_a_workshop_outside_any_series_carries_nothing(harness):
    await first_session(harness)
    await harness.say(HOST, f"!start Other | scope: buses {COMPLAINTS}")
    assert harness.state.series == "" and harness.state.minutes == ()
    assert not any(p.startswith("You said") for p in harness.platform.texts("post"))


# --- the notes of the next session -----------------------------------------------------


def as_text(content: bytes, fmt: str) -> str:
    if fmt == "docx":
        document = docx.Document(io.BytesIO(content))
        cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return content.decode("utf-8-sig")


async def test_the_notes_say_you_said_we_did_in_every_format(harness):
    await first_session(harness)
    second = await second_session(harness)
    await harness.say(HOST, "!end")
    store = harness.bot.store
    for fmt in FORMATS:
        _, content = await render_workshop(store, second, fmt)
        text = as_text(content, fmt)
        assert "ring the centres" in text and "all five rang back" in text, fmt
        assert "cut to two pages" in text, fmt
        if fmt in ("md", "html", "docx"):
            assert t.YOU_SAID in text, fmt
            assert t.action_progress("", "open") in text, fmt  # the leaflet
    page = read_html((await render_workshop(store, second, "html"))[1])
    assert ("h2", t.YOU_SAID) in page.headings
    assert ("col", t.WHAT_HAPPENED) in page.headers and ("col", t.STATUS) in page.headers
    document = docx.Document(io.BytesIO((await render_workshop(store, second, "docx"))[1]))
    headings = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Heading 1", t.YOU_SAID) in headings
    assert [c.text for c in document.tables[0].rows[1].cells] == [
        "1",
        "Participant 1",
        "ring the centres (due Saturday 5 December 2026)",
        "Monday 21 September 2026 (Carers' breaks)",
        "Done: all five rang back",
    ]
    data = json.loads((await render_workshop(store, second, "json"))[1])
    assert data["workshop"]["series"] == SERIES
    said = data["you_said_we_did"]
    assert [(a["number"], a["status"], a["owner"]) for a in said] == [
        (1, "done", "Participant 1"),
        (2, "done", "Housing team"),
        (3, "open", "Participant 2"),
    ]


async def test_the_csv_status_is_open_or_done(harness):
    first = await first_session(harness)
    second = await second_session(harness)
    _, content = await render_workshop(harness.bot.store, second, "csv")
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert [(r["id"], r["status"], r["progress"]) for r in rows] == [
        (f"{first}#1", "done", "all five rang back"),
        (f"{first}#2", "done", "cut to two pages"),
        (f"{first}#3", "open", ""),
        (f"{second}#4", "open", ""),
    ]
    assert rows[0]["date"] != rows[3]["date"]  # each when it was noted
    # The first session's own notes: action 2 was closed there.
    _, content = await render_workshop(harness.bot.store, first, "csv")
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert [r["status"] for r in rows] == ["open", "done", "open"]


async def test_pseudonyms_are_stable_across_the_series(harness):
    first = await first_session(harness)
    second = await second_session(harness)
    notes = [
        json.loads((await render_workshop(harness.bot.store, w, "json"))[1])
        for w in (first, second)
    ]
    people = [{p["name"] for p in n["participation"]["people"]} for n in notes]
    # Alice and Bob are 1 and 2 from the first session; Carol, new, is 3, although she
    # joined the second session before Bob.
    assert people[0] == {"Host", "Participant 1", "Participant 2"}
    assert people[1] == {"Host", "Participant 3", "Participant 2"}
    order = [p["name"] for p in notes[1]["participation"]["people"]]
    assert order == ["Host", "Participant 3", "Participant 2"]
    assert notes[1]["actions"][0]["owner"] == "Participant 3"  # Carol's letter
    for real in ("Alice", "Bob", "Carol"):
        assert real not in json.dumps(notes)


# --- the involvement ledger --------------------------------------------------------------


def config_for(database: Path) -> Path:
    config = database.parent / "bot.toml"
    config.write_text(f'[bot]\ndatabase = "{database.as_posix()}"\n')
    return config


def export_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workshop-bot")
    commands = parser.add_subparsers(dest="command", required=True)
    add_export_arguments(commands.add_parser("export"))
    return parser.parse_args(["export", *argv])


async def run_ledger(database: Path, out: Path, *argv: str) -> list[dict]:
    args = export_args(*argv, "--format", "ledger", "--out", str(out))
    args.config = config_for(database)
    assert await asyncio.to_thread(run_export, args) == 0
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))


async def test_the_ledger_is_pseudonymised_and_read_back(harness, database, tmp_path):
    await first_session(harness)
    second = await second_session(harness)
    await harness.say(HOST, "!end")
    rows = await run_ledger(database, tmp_path / "ledger.csv", "CARERS panel")
    assert list(rows[0]) == list(t.LEDGER_COLUMNS)
    summary = [
        (r["person"], r["sessions"], r["turns"], r["floor_seconds"], r["series"]) for r in rows
    ]
    assert summary == [
        ("Participant 1", "1", "1", "60.0", "Carers panel"),
        ("Participant 2", "2", "0", "0.0", "Carers panel"),
        ("Participant 3", "1", "1", "30.0", "Carers panel"),
    ]
    assert [int(r["messages"]) for r in rows] == [1, 2, 1]  # the "hello"s
    assert len(rows[1]["dates"].split("; ")) == 2
    text = (tmp_path / "ledger.csv").read_text(encoding="utf-8-sig")
    for real in ("Alice", "Bob", "Carol", "test:"):
        assert real not in text
    # By a workshop of the series, the same ledger.
    same = await run_ledger(database, tmp_path / "again.csv", second)
    assert same == rows
    audit = [r for r in await harness.bot.store.audit_rows() if r["action"] == "export"]
    assert len(audit) == 2 and all("format=ledger" in r["detail"] for r in audit)


async def test_the_ledger_maps_pseudonyms_to_people_only_with_names(harness, database, tmp_path):
    await first_session(harness)
    await second_session(harness)
    rows = await run_ledger(database, tmp_path / "named.csv", SERIES, "--names")
    assert [(r["person"], r["name"], r["platform_id"]) for r in rows] == [
        ("Participant 1", "Alice", ALICE.id),
        ("Participant 2", "Bob", BOB.id),
        ("Participant 3", "Carol", CAROL.id),
    ]
    audit = [r for r in await harness.bot.store.audit_rows() if r["action"] == "export"]
    assert "names=shown" in audit[-1]["detail"]


async def test_a_ledger_for_an_unknown_series_is_refused_plainly(harness, database, capsys):
    await first_session(harness)
    args = export_args("Nothing like it", "--format", "ledger")
    args.config = config_for(database)
    assert await asyncio.to_thread(run_export, args) == 2
    assert "There is no workshop" in capsys.readouterr().err


# --- the core alone ------------------------------------------------------------------------


def carried(*records: tuple[str, ...]) -> cmd.StartWorkshop:
    return start_command(series="Panel", earlier_actions=records)


RECORD = SeriesAction(
    id="w0#2",
    text="ring the centres",
    owner_id="",
    owner_name="Housing team",
    due="",
    said_on="2026-09-21",
    workshop="Carers' breaks",
).as_record()


def test_progress_is_recorded_and_refused_in_plain_words():
    w = Workshop(started=False)
    w.send(carried(RECORD))
    w.do(cmd.AddMinutesItem, kind="topic", text="Booking")  # item 2
    assert "numbered 1" in w.refused(cmd.RecordProgress, number=2, text="x").reason
    assert "!progress 1" in w.refused(cmd.RecordProgress, number=1).reason  # no words
    step = w.do(cmd.RecordProgress, number=1, text="rang them", done=True)
    assert step.events == [
        ev.ProgressRecorded(
            number=1, action_id="w0#2", text="rang them", done=True, by_id=FAC.id, at=w.now
        )
    ]
    assert "already done" in w.refused(cmd.RecordProgress, number=1, text="again").reason


def test_earlier_actions_without_a_series_are_ignored_and_bad_records_refused():
    w = Workshop(started=False)
    step = w.send(start_command(earlier_actions=(RECORD,)))
    assert step.events[0].earlier_actions == () and w.state.minutes == ()
    with pytest.raises(Refused):
        decide(Workshop(started=False).state, carried(("too", "short")), 0.0)


def test_carried_actions_and_the_ledger_from_plain_logs():
    w = Workshop()
    w.join(ALICE)
    w.do(cmd.AddMinutesItem, kind="action", text="a", owner="Alice")
    w.do(cmd.AddMinutesItem, kind="action", text="b", owner="Team")
    w.do(cmd.RecordProgress, number=2, done=True)
    assert [(a.id, a.status) for a in carried_actions([w.log])] == [
        ("w1#1", "open"),
        ("w1#2", "done"),
    ]
    ledger = build_ledger([w.log])
    assert ledger.series == "" and [r.person for r in ledger.rows] == ["Participant 1"]
    assert ledger.rows[0].name == "" and build_ledger([w.log], names=True).rows[0].name == "Alice"


# --- a series belongs to its team ----------------------------------------------------

OTHER_ROOM = "test:other-team"
MALLORY = cmd.Actor("test:mallory", "Mallory", cmd.PlatformRole.FACILITATOR)


async def test_another_teams_facilitator_cannot_take_over_a_series(harness):
    await first_session(harness)
    before = len(harness.platform.sent)
    await harness.say(MALLORY, start(), room=OTHER_ROOM)
    assert harness.bot.dispatcher.state_in(OTHER_ROOM) is None  # nothing started
    sent = harness.platform.sent[before:]
    assert [s.kind for s in sent] == ["private"] and sent[0].target == MALLORY.id
    assert sent[0].text == words.series_not_yours(SERIES)
    # Nothing of the other team's series is shown: not its actions, not their owners.
    for leak in ("ring the centres", "Housing team", "Alice", "Bob"):
        assert leak not in sent[0].text
    # And so nothing of it can be closed from here.
    await harness.say(MALLORY, "!progress 1 done: closed by someone else", room=OTHER_ROOM)
    first_log = [
        e
        for row in await harness.bot.store.all_workshops()
        for e in await harness.bot.store.load_events(row.id)
    ]
    assert not [e for e in first_log if getattr(e, "text", "") == "closed by someone else"]
    denied = [r for r in await harness.bot.store.audit_rows() if r["outcome"] == "denied"]
    assert [r["action"] for r in denied] == ["StartWorkshop"]


async def test_a_facilitator_of_the_owning_room_may_run_the_series_elsewhere(harness):
    await first_session(harness)
    await harness.say(HOST, start(), room=OTHER_ROOM)
    state = harness.bot.dispatcher.state_in(OTHER_ROOM)
    assert state is not None and len(state.carried_actions) == 3


async def test_settings_can_let_rooms_share_a_series(database):
    from bot.bootstrap import bootstrap
    from bot.config import BotSettings, SeriesSettings, Settings
    from bot.simulation import ManualClock, ManualTimers
    from tests.conftest import ROOM, Harness
    from tests.fakes import FakePlatform

    settings = Settings(
        bot=BotSettings(database=str(database)),
        series=SeriesSettings(shared_rooms=[[ROOM, OTHER_ROOM]]),
    )
    clock = ManualClock()
    timers = ManualTimers(clock)
    platform = FakePlatform()
    bot = await bootstrap(settings, platform, clock=clock, timers=timers)
    try:
        harness = Harness(bot, platform, clock, timers)
        await first_session(harness)
        await harness.say(MALLORY, start(), room=OTHER_ROOM)
        state = bot.dispatcher.state_in(OTHER_ROOM)
        assert state is not None and len(state.carried_actions) == 3
    finally:
        await bot.close()
