"""Text is cleaned at the door: what a participant sends, through the dispatcher onto
a real SQLite file and out through every export format, which then parses.

The property test drives the real bot (bootstrap, dispatcher, store) with any text
hypothesis can make, lone surrogates and control characters included, as a message,
an idea, a parking-lot item, an action and the person's display name.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from bot.bootstrap import bootstrap
from bot.export import FORMATS
from bot.export.service import render_workshop
from bot.simulation import ManualClock, ManualTimers
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation.parser import ParseError, parse
from facilitation.text import _SUSPECT, clean_fields, clean_text
from tests.conftest import HOST, settings_for
from tests.core_helpers import hypothesis_settings
from tests.fakes import FakePlatform

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ZERO_WIDTH = "\u200b\u2060\ufeff\u180e"
NASTY = [
    "\x00",
    "\x01",
    "\x08",
    "\x0b",
    "\x0c",
    "\r",
    "\x1b",
    "\x7f",
    "\x85",
    "\ud83d",
    "\ude00",
    "\udcff",
    "\ufffe",
    "\uffff",
    *BIDI,
    *ZERO_WIDTH,
    "\u200c",
    "\u200d",
    "\U000e0041",
    "\U0001f3f4",
    "\U000e007f",
    "👩",
    "💻",
    "\u0301",
    "\n",
    "\t",
    "!",
    "|",
    ":",
    "@room",
]
# Any code point, surrogates included (hypothesis leaves them out unless told).
any_char = st.characters(exclude_categories=())
hostile = st.lists(st.sampled_from(NASTY) | any_char, min_size=1, max_size=25).map("".join)


# --- the function ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("a\x01b", "ab"),
        ("line one\r\nline two\rthree\tfour", "line one\nline two\nthree\tfour"),
        ("x\ud83dy", "x\ufffdy"),  # a lone surrogate
        ("\ud83d\ude00", "😀"),  # a pair split into two code points is joined
        ("evil\u202eexe.txt", "evilexe.txt"),
        ("pass\u200bword\u2060", "password"),
        ("👩\u200d💻", "👩\u200d💻"),  # ZWJ inside an emoji sequence
        ("a\u200db", "ab"),
        ("می\u200cخواهم", "می\u200cخواهم"),  # ZWNJ in Persian
        ("a\u200cb", "ab"),
        ("🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", None),  # England
        ("ok\U000e0069\U000e0067\U000e006e\U000e006f\U000e0072\U000e0065", "ok"),  # hidden tags
        ("Ünïcödé café, 日本語, עברית\u200f", None),
    ],
)
def test_clean_text_keeps_words_and_drops_what_formats_or_readers_cannot_take(given, kept):
    assert clean_text(given) == (given if kept is None else kept)


def xml_compatible(text: str) -> bool:
    """lxml, under python-docx, refuses what XML 1.0 cannot carry."""
    try:
        etree.Element("p").text = text
    except ValueError:
        return False
    return True


@hypothesis_settings()
@given(hostile)
def test_cleaned_text_is_storable_xml_safe_and_stable(text):
    cleaned = clean_text(text)
    cleaned.encode("utf-8")  # no lone surrogate
    assert xml_compatible(cleaned)
    assert not set(cleaned) & set(BIDI + ZERO_WIDTH)
    assert all(unicodedata.category(c) != "Cc" or c in "\t\n" for c in cleaned), (
        "control characters"
    )
    assert clean_text(cleaned) == cleaned


# Commands whose parsing slices, splits or joins the text (options, lists, names).
TYPED = (
    "",
    "!idea ",
    "!park ",
    "!action ",
    "!agreed ",
    "!poll ",
    "!share ",
    "!topic ",
    "!concern ",
    "!relabel 3 ",
    "!start title | scope | ",
    "!agenda add ",
    "!breakout groups ",
    "!timebox ",
    "!call ",
)


@hypothesis_settings()
@given(st.sampled_from(TYPED), hostile, hostile, hostile)
def test_a_command_parsed_from_cleaned_parts_needs_no_more_cleaning(typed, text, name, room):
    """`Dispatcher.handle_text` cleans the text and every other part a command is made
    of, then hands the parsed command to the bus as clean (bot/bus.py, `cleaned`), so
    a chat message is cleaned once: parsing must never make an unclean string out of
    clean ones."""
    actor = clean_fields(cmd.Actor("p", name))
    try:
        command = parse(
            clean_text(typed + text),
            actor=actor,
            room=clean_text(room),
            source_id=clean_text(text),
            attachment=clean_text(name),
        )
    except ParseError:
        return
    if command is not None:
        assert clean_fields(command) == command


def test_clean_fields_reaches_every_string_of_a_command():
    command = cmd.AddMinutesItem(
        actor=cmd.Actor("p\ud83d", "Sam\x01\u202e"),
        room="r",
        source_id="s",
        kind="idea",
        text="a\x00b",
        owner="\u200bOwner",
    )
    cleaned = clean_fields(command)
    assert (cleaned.actor.id, cleaned.actor.name) == ("p\ufffd", "Sam")
    assert (cleaned.text, cleaned.owner) == ("ab", "Owner")
    assert cleaned.actor.platform_role is cmd.PlatformRole.PARTICIPANT


def test_every_character_clean_text_looks_at_is_one_isprintable_refuses():
    """clean_text skips its search for text that `str.isprintable` accepts: sound only
    if no character its pattern matches is printable (in this Python's Unicode)."""
    suspect = [chr(n) for n in range(0x110000) if _SUSPECT.match(chr(n))]
    assert len(suspect) > 2_000  # the pattern is read, not an empty class
    assert [c for c in suspect if c.isprintable()] == []


def test_clean_fields_gives_back_what_needs_no_change_as_it_is():
    actor = cmd.Actor("p1", "Sam")
    said = cmd.Say(actor=actor, room="r", source_id="s", text="plain words")
    assert clean_fields(said) is said
    assert clean_fields(("a", (1, None), 2.5)) == ("a", (1, None), 2.5)
    changed = clean_fields(cmd.Say(actor=actor, room="r", source_id="s", text="a\u202eb"))
    assert changed.text == "ab" and changed.actor is actor


def test_clean_fields_answers_the_same_on_every_call():
    """clean_fields remembers each dataclass's fields and each enum it has seen (to
    skip slow tests next time): the second call must clean exactly as the first."""
    dirty = cmd.Say(actor=cmd.Actor("p\x00", "Sam"), room="r", source_id="s", text="a\u202eb")
    for _ in range(2):
        cleaned = clean_fields(dirty)
        assert (cleaned.actor.id, cleaned.text) == ("p", "ab")
        assert cleaned.actor.platform_role is cmd.PlatformRole.PARTICIPANT
        assert clean_fields(("a\x00", ["b\u200b"], {"c\x01": "d"})) == ("a", ["b"], {"c": "d"})
        assert clean_fields(cmd.PlatformRole.FACILITATOR) is cmd.PlatformRole.FACILITATOR


# --- the whole path ----------------------------------------------------------------


class _Bot:
    """One real bot on one SQLite file for every example; each example a new room."""

    def __init__(self, folder: Path) -> None:
        self.runner = asyncio.Runner()
        self.platform = FakePlatform()
        self.clock = ManualClock()
        self.bot = self.runner.run(
            bootstrap(
                settings_for(folder / "workshop.db"),
                self.platform,
                clock=self.clock,
                timers=ManualTimers(self.clock),
            )
        )
        self.n = 0

    def run(self, coroutine):
        return self.runner.run(coroutine)

    def close(self) -> None:
        self.runner.run(self.bot.close())
        self.runner.close()


@pytest.fixture(scope="module")
def real_bot(tmp_path_factory):
    bot = _Bot(tmp_path_factory.mktemp("text"))
    yield bot
    bot.close()


async def _workshop_with(real: _Bot, name: str, text: str) -> tuple[str, list[bool]]:
    """A workshop where `name` writes `text` every way a participant can."""
    real.n += 1
    room = f"room-{real.n}"
    person = cmd.Actor(f"person-{real.n}", name)
    dispatcher = real.bot.dispatcher
    lines = [
        (HOST, "!start Notes test | scope: anything | complaints: call 0123"),
        (person, "hello"),  # the first message is not kept (consent notice)
        (person, text),
        (person, f"!idea {text}"),
        (person, f"!park {text}"),
        (HOST, f"!action {text}"),
        (person, "!hand"),
        (HOST, "!end"),
    ]
    accepted = []
    for n, (actor, line) in enumerate(lines):
        real.clock.now += 5
        accepted.append(
            await dispatcher.handle_text(line, actor=actor, room=room, source_id=f"{room}/{n}")
        )
    (row,) = [r for r in await dispatcher.store.all_workshops() if r.room == room]
    return row.id, accepted


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _parses(fmt: str, content: bytes) -> None:
    """Each format read back by what would open it."""
    if fmt == "docx":
        document = docx.Document(io.BytesIO(content))
        assert document.paragraphs
    elif fmt == "html":
        parser = HTMLParser()
        parser.feed(content.decode("utf-8"))
        parser.close()
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
        assert rows[0]
    elif fmt == "json":
        assert json.loads(content.decode("utf-8"))
    else:
        assert content.decode("utf-8").startswith("#")


# Each example is a whole workshop and five renders (a chart, a Word file): a fifth
# of the profile's examples, at least 40.
@settings(hypothesis_settings(), max_examples=max(40, settings.default.max_examples // 5))
@given(name=hostile, text=hostile)
@example(name="alice", text="a\x01b")
@example(name="Sam\ud83d", text="\ud83d")
@example(name="\u202eecila", text="x\u200by\ufeff")
@pytest.mark.filterwarnings("ignore:Glyph:UserWarning")  # the chart font lacks some
def test_anything_a_participant_sends_is_stored_clean_and_every_format_parses(real_bot, name, text):
    workshop_id, accepted = real_bot.run(_workshop_with(real_bot, name, text))
    assert accepted[0] and accepted[-1], "the workshop started and ended"
    events = real_bot.run(real_bot.bot.dispatcher.store.load_events(workshop_id))
    assert isinstance(events[-1], ev.WorkshopEnded)
    for event in events:
        for stored in _strings(ev.to_record(event)[1]):
            assert stored == clean_text(stored), f"unclean text in {type(event).__name__}"
    for fmt in FORMATS:
        _, content = real_bot.run(
            render_workshop(real_bot.bot.dispatcher.store, workshop_id, fmt, names=True)
        )
        _parses(fmt, content)


async def test_a_display_name_with_a_lone_surrogate_does_not_lock_the_person_out(harness):
    sam = cmd.Actor("test:sam", "Sam\ud83d")
    await harness.say(HOST, "!start T | scope: s | complaints: c")
    await harness.say(sam, "hi")
    await harness.say(sam, "!idea a shorter form")
    await harness.say(sam, "!hand")
    assert harness.state.name_of("test:sam") == "Sam\ufffd"
    assert harness.state.has_hand_up("test:sam")
    assert not [s for s in harness.platform.sent if "went wrong" in s.text]


async def test_a_log_written_before_the_door_cleaned_text_still_exports(database):
    """Text stored by an older version, control characters and a lone surrogate in it
    (the core itself does not clean), is cleaned on the way out in every format."""
    from bot.bootstrap import open_store
    from tests.conftest import settings_for as settings
    from tests.core_helpers import ALICE, Workshop

    w = Workshop()
    w.join(ALICE)
    w.do(cmd.Say, ALICE, text="old \x01words\ud83d with \u202eflipped")
    w.do(cmd.AddMinutesItem, kind="idea", text="an idea\x00 with a NUL")
    w.do(cmd.EndWorkshop)
    store = await open_store(settings(database))
    try:
        await store.append("w-old", w.log, actor_id="fac", source_id="old", now=w.now)
        for fmt in FORMATS:
            _, content = await render_workshop(store, "w-old", fmt, transcript=True)
            _parses(fmt, content)
            if fmt in ("md", "html", "json"):  # the transcript; the CSV holds actions only
                assert "old words\ufffd with flipped" in content.decode("utf-8")
    finally:
        await store.close()


def test_the_reported_console_session_exports_every_format(tmp_path):
    """The issue's reproduction, as typed: a control character in an idea and a byte
    that is not UTF-8 on the console, then `export --format all`."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    script = (
        b"!start T | scope: s | complaints: c\nalice> hi\nalice> !idea a\x01b\n"
        b"alice> a pasted byte \xff and \xe2\x80\xae reversed\nhost> !end\nquit\n"
    )

    def bot(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "bot.cli", *argv],
            input=stdin,
            capture_output=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
        )

    assert bot("run", stdin=script).returncode == 0
    exported = bot("export", "T", "--format", "all", "--transcript", "--out", "notes")
    assert exported.returncode == 0, exported.stderr.decode()
    files = {p.suffix: p.read_bytes() for p in (tmp_path / "notes").iterdir()}
    assert sorted(files) == [".csv", ".docx", ".html", ".json", ".md"]
    for suffix, content in files.items():
        _parses(suffix.lstrip("."), content)
    markdown = files[".md"].decode("utf-8")
    assert "ab" in markdown and "\x01" not in markdown and "\u202e" not in markdown
    assert "a pasted byte \ufffd and" in markdown  # the byte, marked as unreadable
