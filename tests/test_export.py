"""Every export format parsed back; privacy in every format; the export and list commands.

The realistic data is the demo's own database (`bot.demo.run_demo`, the real bot
end to end); privacy cases use a workshop decided by the real core, with names
and words that cannot appear by chance.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import dataclasses
import datetime as dt
import io
import json
import re
import shutil
import stat
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

from bot.bootstrap import open_store
from bot.demo import run_demo
from bot.export import (
    FORMATS,
    add_export_arguments,
    add_list_arguments,
    export_workshop,
    run_export,
    run_list,
)
from bot.export.service import filename_for
from facilitation import commands as cmd
from facilitation import words as t
from facilitation.minutes import Minutes, NotesOptions, build_minutes
from tests.conftest import HOST, settings_for
from tests.core_helpers import Workshop

# --- data ------------------------------------------------------------------------

ZOE = cmd.Actor("zoe", "Zebedee")
YAN = cmd.Actor("yan", "Yannick")
QUILL = cmd.Actor("quill", "Quillon")
SECRET = "my neighbour Ottoline fills in my forms"
EARLY = "words from before Quillon opted out"


def private_log() -> list:
    """A workshop through the real core: one person opts out after speaking."""
    w = Workshop()
    w.join(ZOE, YAN, QUILL)
    w.do(cmd.Say, QUILL, text=EARLY)
    w.do(cmd.SetConsent, QUILL, recorded=False)
    w.do(cmd.Say, QUILL, text=SECRET)
    w.do(cmd.Say, ZOE, text="Zebedee here: the form is long")
    w.do(cmd.AddMinutesItem, kind="topic", text="Booking")
    w.do(cmd.AddMinutesItem, kind="idea", text="Yannick's idea: a shorter form")
    w.do(cmd.AddMinutesItem, kind="action", text="send the form", owner="Zebedee", due="2026-12-01")
    w.do(cmd.AddMinutesItem, kind="action", text="=cmd|' /C calc'!A0", owner="Housing team")
    w.do(cmd.AddMinutesItem, kind="parking", text="buses", owner="Yannick")
    w.do(cmd.RaiseHand, YAN)
    w.do(cmd.CallNext)
    w.tick(75)
    w.do(cmd.FinishTurn, YAN)
    w.do(cmd.EndWorkshop)
    return w.log


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """The demo's database, made once; tests that write to it use a copy."""
    database = tmp_path_factory.mktemp("demo") / "demo.db"
    asyncio.run(run_demo(io.StringIO(), database=database))
    return database


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "workshop.db"
    shutil.copy(demo_db, copy)
    return copy


async def _load(database: Path) -> tuple[str, list]:
    store = await open_store(settings_for(database))
    try:
        (row,) = await store.all_workshops()
        return row.id, await store.load_events(row.id)
    finally:
        await store.close()


@pytest.fixture(scope="module")
def demo_minutes(demo_db: Path) -> Minutes:
    _, events = asyncio.run(_load(demo_db))
    return build_minutes(events, transcript=True)


def render(m: Minutes, fmt: str) -> bytes:
    return FORMATS[fmt].render(m)


# --- reading each format back ----------------------------------------------------


class Page(HTMLParser):
    """What a screen reader relies on: lang, headings, table headers, image alt text."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = None
        self.headings: list[tuple[str, str]] = []
        self.headers: list[tuple[str, str]] = []
        self.images: list[dict] = []
        self.captions: list[str] = []
        self.text: list[str] = []
        self._open: tuple[str, dict] | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "img":
            self.images.append(attrs)
        if tag in ("h1", "h2", "h3", "th", "caption"):
            self._open, self._buffer = (tag, attrs), []

    def handle_endtag(self, tag):
        if self._open and tag == self._open[0]:
            content = "".join(self._buffer).strip()
            if tag == "th":
                self.headers.append((self._open[1].get("scope"), content))
            elif tag == "caption":
                self.captions.append(content)
            else:
                self.headings.append((tag, content))
            self._open = None

    def handle_data(self, data):
        self.text.append(data)
        if self._open:
            self._buffer.append(data)


def read_html(content: bytes) -> Page:
    page = Page()
    page.feed(content.decode("utf-8"))
    page.close()
    return page


def docx_text(content: bytes) -> str:
    """Every bit of text in every XML part: body, tables, properties, picture descriptions."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def as_text(content: bytes, fmt: str) -> str:
    return docx_text(content) if fmt == "docx" else content.decode("utf-8-sig")


# --- each format, from the demo --------------------------------------------------


def test_markdown_has_every_section(demo_minutes):
    md = render(demo_minutes, "md").decode()
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings[0] == "# Notes: Short breaks for carers"
    for heading in (t.AGENDA, t.NOTES_BY_TOPIC, t.ACTIONS, t.GROUP_REPORTS, t.PARKING):
        assert f"## {heading}" in headings
    assert "### Booking a break" in headings
    row = "| Housing team | shorten the booking form to two pages | Tuesday 15 December 2026 |"
    assert row in md
    assert "**Kitchen (3 people):** Make the form short" in md
    assert "transport to the centres (with Participant 3)" in md


def test_markdown_escapes_chat_text():
    log = private_log()
    md = render(build_minutes(log), "md").decode()
    assert r"=cmd\|' /C calc'!A0" in md  # a | would break the table


def test_html_is_accessible_and_self_contained(demo_minutes):
    content = render(demo_minutes, "html")
    page = read_html(content)
    assert page.lang == t.LANG
    assert page.headings[0] == ("h1", "Notes: Short breaks for carers")
    h2 = [text for tag, text in page.headings if tag == "h2"]
    assert h2[:3] == [t.AGENDA, t.NOTES_BY_TOPIC, t.ACTIONS]
    assert t.PARTICIPATION in h2 and t.TRANSCRIPT in h2
    assert ("col", t.OWNER) in page.headers and ("col", t.DUE) in page.headers
    assert ("row", "Housing team") in page.headers
    assert ("col", t.FLOOR_TIME) in page.headers
    assert t.ACTIONS_CAPTION in page.captions
    [chart] = page.images
    assert chart["src"].startswith("data:image/png;base64,")
    assert "Participant 2: 2 min" in chart["alt"] and chart["alt"].startswith("Bar chart")
    assert b"http://" not in content and b"https://" not in content  # nothing to fetch


def test_docx_is_a_file_an_officer_can_send(demo_minutes):
    """Issue 19: properties from the workshop, the classification on every page, the
    organisation's name, a letterhead line, and an Action column wider than the rest."""
    options = NotesOptions(
        tz=dt.UTC,
        organisation="Brackenfield Council",
        classification="official",
        logo_line="Brackenfield Council - Adult Social Care",
    )
    m = dataclasses.replace(demo_minutes, options=options)
    document = docx.Document(io.BytesIO(render(m, "docx")))
    properties = document.core_properties
    assert properties.author == "Brackenfield Council"
    assert properties.title == "Notes: Short breaks for carers"
    assert properties.created == dt.datetime.fromtimestamp(int(m.started_at), dt.UTC)
    assert properties.category == "official"
    assert "python-docx" not in (properties.comments + properties.author)
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert section.header.paragraphs[0].text == "OFFICIAL - Brackenfield Council"
    footer = [p.text for p in section.footer.paragraphs]
    assert footer[0] == "OFFICIAL" and footer[1].startswith("Page ")
    assert document.paragraphs[0].text == "Brackenfield Council - Adult Social Care"
    actions = document.tables[0]
    assert [c.text for c in actions.rows[0].cells] == [t.OWNER, t.ACTION, t.DUE, t.STATUS]
    widths = [cell.width for cell in actions.rows[1].cells]
    assert widths[1] == max(widths) and widths[1] > 1.5 * widths[0]  # the Action column
    grid = [column.width for column in actions.columns]  # what LibreOffice reads
    assert grid == widths
    text_width = section.page_width - section.left_margin - section.right_margin
    assert abs(sum(widths) - text_width) < docx.shared.Cm(0.1)


def test_docx_without_settings_is_still_authored_by_the_bot(demo_minutes):
    document = docx.Document(io.BytesIO(render(demo_minutes, "docx")))
    assert document.core_properties.author == t.DOCUMENT_AUTHOR
    assert document.core_properties.created.year == 2026
    assert document.sections[0].header.paragraphs[0].text == ""


def test_html_escapes_chat_text():
    m = build_minutes(private_log())
    m = Minutes(**{**m.__dict__, "title": "<script>alert(1)</script>"})
    content = render(m, "html")
    assert b"<script>" not in content and b"&lt;script&gt;" in content


def test_docx_has_the_headings_the_action_table_and_the_chart(demo_minutes):
    document = docx.Document(io.BytesIO(render(demo_minutes, "docx")))
    headings = [(p.style.name, p.text) for p in document.paragraphs if "Heading" in p.style.name]
    assert ("Heading 1", t.ACTIONS) in headings
    assert ("Heading 2", "Booking a break") in headings
    assert document.paragraphs[0].text == "Notes: Short breaks for carers"
    action_table = document.tables[0]
    assert [c.text for c in action_table.rows[0].cells] == [t.OWNER, t.ACTION, t.DUE, t.STATUS]
    assert [c.text for c in action_table.rows[1].cells] == [
        "Housing team",
        "shorten the booking form to two pages",
        "Tuesday 15 December 2026",
        "Open",
    ]
    [picture] = document.inline_shapes
    assert picture._inline.docPr.get("descr").startswith("Bar chart of speaking time")
    assert document.core_properties.title == "Notes: Short breaks for carers"


def test_csv_lists_the_actions(demo_minutes):
    rows = list(csv.DictReader(io.StringIO(render(demo_minutes, "csv").decode("utf-8-sig"))))
    assert rows == [
        {
            "owner": "Housing team",
            "action": "shorten the booking form to two pages",
            "due": "2026-12-15",
            "status": "open",
            "workshop": "Short breaks for carers",
            "date": "2026-09-21",
            "id": f"{demo_minutes.workshop_id}#{demo_minutes.actions[0].actions[0].number}",
            "progress": "",
        }
    ]


def test_csv_cells_cannot_become_formulas():
    text = render(build_minutes(private_log()), "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["owner"] for r in rows] == ["Participant 1", "Housing team"]
    assert rows[1]["action"] == "'=cmd|' /C calc'!A0"


def test_json_is_versioned_and_complete(demo_minutes):
    data = json.loads(render(demo_minutes, "json"))
    assert data["schema"] == "workshop-bot/notes" and data["version"] == 1
    assert data["workshop"]["title"] == "Short breaks for carers"
    assert data["workshop"]["attendance"] == 5
    assert data["workshop"]["started_at"].endswith("Z")
    assert data["actions"][0]["owner"] == "Housing team"
    assert data["actions"][0]["actions"][0]["due"] == "2026-12-15"
    assert [r["room"] for r in data["reports"]] == ["Kitchen", "Garden"]
    parked = [(p["text"], p["owner"]) for p in data["parking"]]
    assert ("transport to the centres", "Participant 3") in parked
    assert len(data["participation"]["people"]) == 6
    assert data["transcript"]["included"] and data["transcript"]["not_shown"] == 2


# --- privacy, in every format ----------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_opted_out_words_never_appear(fmt):
    for names in (False, True):
        content = render(build_minutes(private_log(), names=names, transcript=True), fmt)
        text = as_text(content, fmt)
        assert SECRET not in text and "Ottoline" not in text
        assert EARLY not in text


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_real_names_only_with_names_true(fmt):
    log = private_log()
    hidden = as_text(render(build_minutes(log, transcript=True), fmt), fmt)
    for real in ("Zebedee", "Yannick", "Quillon"):
        assert real not in hidden
    shown = as_text(render(build_minutes(log, names=True, transcript=True), fmt), fmt)
    assert "Zebedee" in shown


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_pseudonyms_are_stable_across_exports(fmt):
    first = render(build_minutes(private_log(), transcript=True), fmt)
    second = render(build_minutes(private_log(), transcript=True), fmt)
    assert first == second
    assert "Participant 1" in first.decode()


def test_the_demo_never_shows_opted_out_words(demo_minutes):
    for fmt in FORMATS:
        text = as_text(render(demo_minutes, fmt), fmt)
        assert "My neighbour helps me" not in text
        assert "the bus did not come" not in text  # a first message, before the consent notice
        for real in ("alice", "carol", "erin"):
            assert not re.search(rf"\b{real}\b", text, re.IGNORECASE)


def test_file_names_say_what_is_inside(demo_minutes):
    assert filename_for(demo_minutes, "md") == "short-breaks-for-carers-2026-09-21-notes.md"
    assert filename_for(demo_minutes, "csv") == "short-breaks-for-carers-2026-09-21-actions.csv"
    named = Minutes(**{**demo_minutes.__dict__, "names_shown": True})
    assert filename_for(named, "docx").endswith("-notes-with-names.docx")


# --- export_workshop on the real store --------------------------------------------


async def test_export_workshop_renders_and_audits(db):
    store = await open_store(settings_for(db))
    try:
        (row,) = await store.all_workshops()
        name, content = await export_workshop(store, row.id, "json", actor_id="test:host")
        audit = [
            a
            for a in await store.audit_rows(row.id)
            if a["action"] == "export" and a["actor_id"] != "demo"
        ]
    finally:
        await store.close()
    assert name.endswith("-notes.json")
    assert json.loads(content)["workshop"]["id"] == row.id
    assert [(a["action"], a["outcome"], a["actor_id"]) for a in audit] == [
        ("export", "ok", "test:host")
    ]
    assert "format=json" in audit[0]["detail"]


# --- the command line ------------------------------------------------------------


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workshop-bot")
    commands = parser.add_subparsers(dest="command", required=True)
    add_export_arguments(commands.add_parser("export"))
    add_list_arguments(commands.add_parser("list"))
    return parser.parse_args(argv)


def config_for(database: Path) -> Path:
    config = database.parent / "bot.toml"
    config.write_text(f'[bot]\ndatabase = "{database.as_posix()}"\n')
    return config


def audit_of(database: Path) -> list[dict]:
    """The export rows of the audit log, leaving out the demo's own exports (the bot
    audits other things too)."""

    async def read() -> list[dict]:
        store = await open_store(settings_for(database))
        try:
            rows = await store.audit_rows()
            return [a for a in rows if a["action"] == "export" and a["actor_id"] != "demo"]
        finally:
            await store.close()

    return asyncio.run(read())


def test_export_by_title_writes_the_file_and_an_audit_row(db, tmp_path, capsys):
    out = tmp_path / "notes.html"
    args = parse("export", "short breaks", "--format", "html", "--out", str(out))
    args.config = config_for(db)
    assert run_export(args) == 0
    assert str(out) in capsys.readouterr().out
    assert read_html(out.read_bytes()).headings[0] == ("h1", "Notes: Short breaks for carers")
    [row] = audit_of(db)
    assert (row["action"], row["outcome"]) == ("export", "ok")
    assert str(out) in row["detail"] and "names=pseudonymised" in row["detail"]


def test_export_all_into_a_folder(db, tmp_path, capsys):
    workshop_id, _ = asyncio.run(_load(db))
    folder = tmp_path / "notes"
    args = parse("export", workshop_id, "--format", "all", "--out", str(folder), "--names")
    args.config = config_for(db)
    assert run_export(args) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 5 and all("with-names" in n for n in names)
    assert len(audit_of(db)) == 5
    assert "alice" in (folder / names[-1]).read_text().casefold()  # the .md, with names


def test_export_to_the_current_folder_by_default(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = parse("export", "Short", "--format", "csv")
    args.config = config_for(db)
    assert run_export(args) == 0
    assert (tmp_path / "short-breaks-for-carers-2026-09-21-actions.csv").is_file()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("export", "Short", "--format", "pdf"), '"pdf" is not a format'),
        (("export", "Long meetings"), "There is no workshop"),
    ],
)
def test_bad_input_is_one_plain_sentence(db, capsys, argv, says):
    args = parse(*argv)
    args.config = config_for(db)
    assert run_export(args) == 2
    err = capsys.readouterr().err.strip()
    assert says in err and "\n" not in err and "Traceback" not in err


def test_a_missing_database_is_not_created(tmp_path, capsys):
    database = tmp_path / "nowhere.db"
    args = parse("list")
    args.config = config_for(database)
    assert run_list(args) == 2
    assert "There is no database" in capsys.readouterr().err
    assert not database.exists()


def test_list_shows_the_workshops(db, capsys):
    workshop_id, _ = asyncio.run(_load(db))
    args = parse("list")
    args.config = config_for(db)
    assert run_list(args) == 0
    out = capsys.readouterr().out
    assert workshop_id in out and "Short breaks for carers" in out and "2026-09-21" in out


async def test_an_ambiguous_title_asks_for_the_id(harness, database, capsys):
    complaints = "| complaints: call 0123"
    await harness.say(HOST, f"!start Carers' breaks | scope: booking a break {complaints}")
    await harness.say(HOST, f"!start Carers' pay | scope: paying carers {complaints}", room="b")
    await harness.say(HOST, f"!start Transport | scope: buses {complaints}", room="c")
    assert len(await harness.bot.store.all_workshops()) == 3
    # The bot keeps running; the command line opens its own connection.
    args = parse("export", "carers", "--format", "md")
    args.config = config_for(database)
    assert await asyncio.to_thread(run_export, args) == 2
    err = capsys.readouterr().err
    assert "2 workshops have a title starting" in err and "give the id" in err
    args = parse("export", "Carers' pay", "--format", "md", "--out", str(database.parent))
    args.config = config_for(database)
    assert await asyncio.to_thread(run_export, args) == 0
    refused = [r for r in await harness.bot.store.audit_rows() if r["outcome"] == "refused"]
    assert len(refused) == 1


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "json"])
def test_concerns_are_a_number_only(demo_minutes, fmt):
    m = Minutes(**{**demo_minutes.__dict__, "concerns_raised": 2})
    text = as_text(render(m, fmt), fmt)
    if fmt == "json":
        assert json.loads(text)["concerns_raised"] == 2
    else:
        assert t.concerns(2) in text


# --- one format's fault is its own; files only for their owner ------------------------


def _failing_docx(monkeypatch) -> None:
    """A renderer that breaks, standing in for any fault of one format's library."""

    def broken(minutes):
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setitem(FORMATS, "docx", dataclasses.replace(FORMATS["docx"], render=broken))


def test_export_all_writes_every_format_it_can_and_names_the_one_it_could_not(
    db, tmp_path, capsys, monkeypatch
):
    _failing_docx(monkeypatch)
    workshop_id, _ = asyncio.run(_load(db))
    folder = tmp_path / "notes"
    args = parse("export", workshop_id, "--format", "all", "--out", str(folder))
    args.config = config_for(db)
    assert run_export(args) == 1
    written = sorted(p.suffix for p in folder.iterdir())
    assert written == [".csv", ".html", ".json", ".md"]
    out, err = capsys.readouterr()
    assert "Wrote the notes to" in out
    assert "- docx: The docx file of the notes could not be made" in err
    assert "Traceback" not in err
    assert len(audit_of(db)) == 4  # one row per file written


def test_one_format_that_fails_is_one_plain_sentence(db, tmp_path, capsys, monkeypatch):
    _failing_docx(monkeypatch)
    args = parse("export", "Short", "--format", "docx", "--out", str(tmp_path))
    args.config = config_for(db)
    assert run_export(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("The docx file of the notes could not be made") and "\n" not in err


def test_exported_files_are_for_their_owner_only(db, tmp_path, capsys):
    folder = tmp_path / "made-by-export"
    args = parse("export", "Short", "--format", "all", "--out", str(folder))
    args.config = config_for(db)
    assert run_export(args) == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert len(modes) == 5 and set(modes.values()) == {0o600}
    # An older file the user had made readable is made private again when rewritten.
    older = tmp_path / "older.md"
    older.write_text("old")
    older.chmod(0o644)
    args = parse("export", "Short", "--out", str(older))
    args.config = config_for(db)
    assert run_export(args) == 0
    assert stat.S_IMODE(older.stat().st_mode) == 0o600 and older.read_text() != "old"
