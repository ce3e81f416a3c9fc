"""Hostile text in the newer text fields, over the whole path: a plan file's words
(docs/plans.md: title, scope, agenda items, materials, poll question and options,
ground rules, complaints route ...) started with `!start plan: NAME`, and the
typed fields of `!poll` and `!action NAME: TEXT`, through the real bot (parser,
plan reader, core, SQLite store) to what the platform is asked to show and to
every export format.

Chat text is cleaned at the door (bot/dispatcher.py); a plan is read from a file
after that door (bot/prepare.py), so its words need the same cleaning. TOML lets
a plan hold any character through its escapes ("\\u0000", "\\u202e"), so a plan
written by a tool, pasted from a web page or simply made by someone careless can
carry what no message or export may hold (facilitation/text.py `clean_text`)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.bootstrap import bootstrap
from bot.export import FORMATS
from bot.export.service import render_workshop
from bot.plans import PlanError, parse_plan
from bot.simulation import ManualClock, ManualTimers
from facilitation import events as ev
from facilitation.text import clean_text
from tests.conftest import ALICE, BOB, HOST, settings_for
from tests.core_helpers import hypothesis_settings
from tests.fakes import FakePlatform
from tests.test_text import _parses, _strings

# What no message or export may hold, and what spoofs a reader, among ordinary words.
NASTY = [
    "\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029",
    "\u202e", "\u2066", "\u200b", "\ufeff", "\ufffe", "\U000e0041", "\t", "\n", "\r",
    "@room", "<@42>", "|", ";", ":", "\\", '"',
]  # fmt: skip
words_ = st.sampled_from(["carers", "short", "breaks", "Booking", "online", " ", "2m"])
any_char = st.characters(blacklist_categories=("Cs",))  # TOML holds no lone surrogate
hostile = st.lists(st.sampled_from(NASTY) | words_ | any_char, min_size=1, max_size=20).map("".join)


def toml_string(text: str) -> str:
    """`text` as a TOML basic string: every character outside printable ASCII as a
    \\u or \\U escape (TOML 1.0, "String": "Any Unicode character may be used except
    those that must be escaped"; the escapes take any Unicode scalar value)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif " " <= ch <= "~":
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(f"\\U{ord(ch):08X}")
    return '"' + "".join(out) + '"'


def plan_text(a: str, b: str) -> str:
    """A plan whose every text field holds `a` or `b`: three items, a leaflet in the
    second, a poll with the third."""
    s = toml_string
    return f"""
title = {s(a)}
scope = {s(b)}
cannot_change = {s(a)}
out_of_scope = [{s(b)}]
ground_rules = [{s(a)}, "Be kind."]
complaints_route = {s(b)}
safeguarding_contact = {s(a)}
series = {s(b)}

[[agenda]]
item = {s(a)}
minutes = 5

[[agenda]]
item = {s(b)}
minutes = 5
materials = [{{ title = {s(a)}, link = "https://example.org/leaflet.pdf" }}]

[[agenda]]
item = "Choosing"
minutes = 5

[[polls]]
during_item = 3
question = {s(b)}
options = [{s(a)}, {s(b + " too")}, "Neither"]
"""


class _Bot:
    """One real bot on one SQLite file, with a plans folder, for every example; each
    example a new room and a new plan."""

    def __init__(self, folder: Path) -> None:
        self.runner = asyncio.Runner()
        self.platform = FakePlatform()
        self.clock = ManualClock()
        self.timers = ManualTimers(self.clock)
        self.plans = folder / "plans"
        self.plans.mkdir()
        settings = settings_for(folder / "workshop.db", plans_folder=str(self.plans))
        self.bot = self.runner.run(
            bootstrap(settings, self.platform, clock=self.clock, timers=self.timers)
        )
        self.n = 0

    def run(self, coroutine):
        return self.runner.run(coroutine)

    def close(self) -> None:
        self.runner.run(self.bot.close())
        self.runner.close()


@pytest.fixture(scope="module")
def planning_bot(tmp_path_factory):
    bot = _Bot(tmp_path_factory.mktemp("fields"))
    yield bot
    bot.close()


async def _planned_workshop(real: _Bot, a: str, b: str) -> tuple[str | None, str]:
    """Start plan fuzz-N holding `a` and `b`, run its agenda with a poll and an
    action in it, end it; the workshop's id (None if it never started) and room."""
    real.n += 1
    room, name = f"room-{real.n}", f"fuzz-{real.n}"
    (real.plans / f"{name}.toml").write_text(plan_text(a, b), encoding="utf-8")
    dispatcher = real.bot.dispatcher
    lines = [
        (HOST, f"!start plan: {name}"),
        (ALICE, "hello"),
        (HOST, "!agenda next"),  # item 2: its leaflet is shared
        (HOST, "!agenda next"),  # item 3: its poll opens
        (ALICE, "!vote 1"),
        (HOST, "!poll close"),
        (HOST, f"!poll {a} | {a}; {b}; third"),  # typed: the same fields by chat
        (BOB, "!vote 2"),
        (HOST, "!poll close"),
        (HOST, f"!action {a}: {b} due 2030-01-01"),
        (HOST, "!end"),
    ]
    for n, (actor, line) in enumerate(lines):
        real.clock.now += 5
        await dispatcher.handle_text(line, actor=actor, room=room, source_id=f"{room}/{n}")
    rows = [r for r in await dispatcher.store.all_workshops() if r.room == room]
    return (rows[0].id if rows else None), room


def _assert_ended_clean_in_log_and_exports(planning_bot, workshop_id: str) -> None:
    """The workshop ended, and no stored event and no export (each parsed as its
    format) holds unclean text."""
    events = planning_bot.run(planning_bot.bot.dispatcher.store.load_events(workshop_id))
    assert isinstance(events[-1], ev.WorkshopEnded)
    for event in events:
        for stored in _strings(ev.to_record(event)[1]):
            assert stored == clean_text(stored), f"unclean text in {type(event).__name__}"
    for fmt in FORMATS:
        _, content = planning_bot.run(
            render_workshop(planning_bot.bot.dispatcher.store, workshop_id, fmt, names=True)
        )
        _parses(fmt, content)
        if fmt in ("md", "html", "json", "csv"):  # (CSV ends its rows with \r\n)
            text = content.decode("utf-8-sig").replace("\r\n", "\n")
            assert text == clean_text(text), f"unclean {fmt} export"


def _plan_is_fine(a: str, b: str) -> bool:
    try:
        parse_plan(plan_text(a, b), "fuzz.toml")
    except PlanError:
        return False
    return True


# Each example is a whole planned workshop and five renders: a tenth of the profile's
# examples, at least 25.
@settings(hypothesis_settings(), max_examples=max(25, settings.default.max_examples // 10))
@given(a=hostile, b=hostile)
@example(a="Carers\x00\x1b[31m\u202e breaks", b="Booking\x07 online")
@example(a="\u2028", b="x\x85y")
@example(a="   ", b="fine")  # a field of spaces only: the plan is refused
@pytest.mark.filterwarnings("ignore:Glyph:UserWarning")  # the chart font lacks some
def test_a_plans_words_reach_no_message_and_no_export_unclean(planning_bot, a, b):
    sent_before = len(planning_bot.platform.sent)
    workshop_id, room = planning_bot.run(_planned_workshop(planning_bot, a, b))
    sent = planning_bot.platform.sent[sent_before:]
    for each in sent:  # what the platform was asked to show anyone
        assert each.text == clean_text(each.text), f"unclean {each.kind}: {each.text!r}"
    if workshop_id is None:  # refused: said in plain words, nothing started
        assert not _plan_is_fine(a, b)
        refusal = next(s.text for s in sent if s.kind == "private")
        assert refusal.startswith("The plan fuzz-"), refusal
        return
    _assert_ended_clean_in_log_and_exports(planning_bot, workshop_id)


def test_a_plan_field_of_only_control_characters_is_a_problem_of_the_plan():
    """Said by `plan check` and in chat with the file's line, before anything starts
    (not a workshop with no title, nor the core's words about the long !start line)."""
    text = plan_text("Carers", "short breaks").replace(
        'title = "Carers"', 'title = "\\u0000\\u202e"', 1
    )
    with pytest.raises(PlanError) as raised:
        parse_plan(text, "fuzz.toml")
    (problem,) = raised.value.problems
    assert problem.startswith("fuzz.toml, line 2: title: expected some words"), problem


# Any character a Linux file name may hold (all but "/" and NUL), with the nasty ones
# often, for the files an operator's tool or a synced folder may leave in the folder.
file_char = st.sampled_from([c for c in NASTY if c not in "\x00"]) | any_char.filter(
    lambda c: c not in "/\x00"
)
file_stem = st.lists(file_char | words_, min_size=1, max_size=12).map("".join)


@settings(hypothesis_settings(), max_examples=max(25, settings.default.max_examples // 10))
@given(typed=hostile, stem=file_stem)
@example(typed="nothing", stem="evil\x1b[31m\u202e")
@example(typed="../carers", stem="carers")
def test_a_plan_name_typed_or_in_the_folder_reaches_no_message_unclean(planning_bot, typed, stem):
    """`!start plan: NAME` (as /startplan sends it) with any NAME, and a plans folder
    holding a file of any name: the answer is plain words with nothing unclean in it,
    and nothing starts (no file here is a plan). The list of plans in "I cannot find
    a plan called ..." named every file, escapes and bidi overrides included."""
    real = planning_bot
    real.n += 1
    room = f"room-{real.n}"
    folder = real.plans / f"names-{real.n}"
    folder.mkdir()
    # At most 12 pieces of at most 7 characters: well within a file name's 255 bytes.
    (folder / f"{stem}.toml").write_text("not a plan", encoding="utf-8")
    preparation = real.bot.dispatcher.preparation  # where !start plan: NAME looks
    preparation.plans_folder = folder
    sent_before = len(real.platform.sent)
    try:
        real.run(
            real.bot.dispatcher.handle_text(
                f"!start plan: {typed}", actor=HOST, room=room, source_id=f"{room}/0"
            )
        )
    finally:
        preparation.plans_folder = real.plans
    sent = real.platform.sent[sent_before:]
    assert sent, "no answer"
    for each in sent:
        assert each.text == clean_text(each.text), f"unclean {each.kind}: {each.text!r}"
    rows = real.run(real.bot.dispatcher.store.all_workshops())
    assert not [r for r in rows if r.room == room]


async def _groups_workshop(real: _Bot, a: str, b: str) -> tuple[str | None, str]:
    """A typed workshop whose groups are named `a` and `b` (docs/commands.md,
    `names:`), with a group's report, a parked point with its owner, an action with
    progress; ended. Its id (None if it never started) and room."""
    real.n += 1
    room = f"room-{real.n}"
    dispatcher = real.bot.dispatcher

    async def say(actor: str, line: str, where: str = room) -> None:
        real.clock.now += 5
        n = len(real.platform.sent)
        await dispatcher.handle_text(line, actor=actor, room=where, source_id=f"{room}/{n}")

    await say(HOST, "!start Groups | scope: short breaks | complaints: call 0123")
    await say(ALICE, "hello")
    await say(BOB, "hello")
    await say(HOST, f"!breakout 10m | groups: 2 | names: {a}; {b} | notice: 0")
    made = [s for s in real.platform.sent if s.kind == "create_room" and s.target.startswith(room)]
    for made_room in made:
        await say(ALICE, f"!report {a} and {b}", where=made_room.target)
    await say(HOST, "!regroup")
    await say(ALICE, f"!park {a}: {b}")
    await say(HOST, f"!action {b}: {a}")
    await say(HOST, f"!progress 1 {b}")
    await say(HOST, "!end")
    rows = [r for r in await dispatcher.store.all_workshops() if r.room == room]
    return (rows[0].id if rows else None), room


@settings(hypothesis_settings(), max_examples=max(25, settings.default.max_examples // 10))
@given(a=hostile, b=hostile)
@example(a="Kitchen\x1b[31m\u202e", b="Garden\x00\u2028")
@example(a="\u200b", b="Garden")  # a name of nothing that shows
@pytest.mark.filterwarnings("ignore:Glyph:UserWarning")  # the chart font lacks some
def test_group_names_and_notes_fields_reach_no_room_message_or_export_unclean(planning_bot, a, b):
    sent_before = len(planning_bot.platform.sent)
    workshop_id, room = planning_bot.run(_groups_workshop(planning_bot, a, b))
    for each in planning_bot.platform.sent[sent_before:]:  # room names too
        assert each.text == clean_text(each.text), f"unclean {each.kind}: {each.text!r}"
    assert workshop_id is not None
    _assert_ended_clean_in_log_and_exports(planning_bot, workshop_id)


def test_hostile_group_names_open_rooms_named_in_clean_words(planning_bot):
    """The example above, for certain: the groups open, and the rooms the platform is
    asked to make carry the names as cleaned at the door."""
    sent_before = len(planning_bot.platform.sent)
    planning_bot.run(_groups_workshop(planning_bot, "Kitchen\x1b[31m\u202e", "Garden\u2028"))
    made = [s.text for s in planning_bot.platform.sent[sent_before:] if s.kind == "create_room"]
    assert made == ["Kitchen[31m", "Garden"], made
