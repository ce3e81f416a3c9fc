"""Workshop plans: checked like the settings, started from chat by a bare name."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from bot import plans
from bot.bootstrap import bootstrap
from bot.cli import main
from bot.plans import EXAMPLE, PlanError, line_of, parse_plan
from bot.simulation import ManualClock, ManualTimers
from facilitation import commands as cmd
from facilitation import words
from facilitation.parser import ParseError, parse
from tests.conftest import ALICE, BOB, HOST, ROOM, Harness, settings_for
from tests.fakes import FakePlatform

# --- the file ------------------------------------------------------------------------


def test_the_example_plan_is_a_good_plan():
    plan = parse_plan(EXAMPLE, "example.toml")
    assert [item.minutes for item in plan.agenda] == [5, 15, 20]
    assert plan.ladder == "consultation"
    assert plan.agenda[1].materials[0].link.startswith("https://")
    assert plan.breakouts[0].during_item == 3 and plan.polls[0].dots == 1


def _problems(text: str) -> list[str]:
    with pytest.raises(PlanError) as info:
        parse_plan(text, "p.toml")
    return info.value.problems


def _line(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_a_misspelt_key_is_named_with_its_line_and_a_guess():
    text = EXAMPLE.replace('item = "What would', 'itme = "What would')
    problems = _problems(text)
    unknown = next(p for p in problems if "itme" in p)
    assert unknown.startswith(f"p.toml, line {_line(text, 'itme =')}: ")
    assert 'Did you mean "item"?' in unknown
    # ...and the item it should have had is missing, on the same [[agenda]] table.
    assert any("item 3" in p and "missing" in p for p in problems)


def test_a_bad_value_in_the_second_agenda_item_points_at_its_line():
    text = EXAMPLE.replace("minutes = 15", 'minutes = "15"')
    (problem,) = _problems(text)
    line = _line(text, 'minutes = "15"')
    assert problem.startswith(f"p.toml, line {line}: ")
    assert "item 2" in problem and "a whole number from 1 to 600" in problem


def test_an_unknown_ladder_rung_gets_a_guess():
    text = EXAMPLE.replace('ladder = "consultation"', 'ladder = "consultaton"')
    (problem,) = _problems(text)
    assert f"line {_line(text, 'consultaton')}" in problem
    assert 'did you mean "consultation"?' in problem


def test_a_breakout_during_an_item_that_does_not_exist():
    text = EXAMPLE.replace("during_item = 3", "during_item = 7", 1)  # the breakout
    (problem,) = _problems(text)
    assert f"line {_line(text, 'during_item = 7')}" in problem
    assert "no item 7" in problem


def test_a_link_must_be_a_web_link():
    text = EXAMPLE.replace("https://example.org/leaflet.pdf", "file:///etc/passwd")
    (problem,) = _problems(text)
    # A list written over several lines is pointed at by its key's line.
    assert "https://" in problem and f"line {_line(text, 'materials = [')}" in problem


def test_not_toml_at_all():
    (problem,) = _problems('title = "unclosed\n')
    assert problem.startswith("p.toml: line 1") and "not valid TOML" in problem


def test_a_missing_title_has_no_line_but_says_what_is_missing():
    text = EXAMPLE.replace('title = "Carers\' short breaks"\n', "")
    (problem,) = _problems(text)
    assert problem == "p.toml: title: this is needed, but it is missing."


def test_line_of_counts_tables_of_the_same_name():
    text = "a = 1\n[[agenda]]\nitem = 'x'\n[[agenda]]\nitem = 'y'\nminutes = 2\n"
    assert line_of(text, ("agenda", 1, "minutes")) == 6
    assert line_of(text, ("agenda", 1, "nothing")) == 4  # the table's header
    assert line_of(text, ("a",)) == 1


# --- the command line ----------------------------------------------------------------


def test_plan_new_writes_the_example_once_and_plan_check_says_it_is_fine(tmp_path, capsys):
    target = tmp_path / "carers.toml"
    assert main(["plan", "new", str(target)]) == 0
    assert target.read_text() == EXAMPLE
    assert main(["plan", "new", str(target)]) == 2  # never over a file
    assert "already there" in capsys.readouterr().err
    assert main(["plan", "check", str(target)]) == 0
    assert capsys.readouterr().out == words.plan_is_fine(str(target), 3, 40) + "\n"


def test_plan_check_lists_problems_and_fails(tmp_path):
    target = tmp_path / "bad.toml"
    target.write_text(EXAMPLE.replace("minutes = 5", "minutes = 0"))
    err = io.StringIO()
    args = argparse.Namespace(plan_command="check", file=target)
    assert plans.run(args, out=io.StringIO(), err=err) == 1
    assert f"{target}, line {_line(target.read_text(), 'minutes = 0')}:" in err.getvalue()


def test_plan_check_of_a_missing_file(tmp_path, capsys):
    assert main(["plan", "check", str(tmp_path / "nope.toml")]) == 1
    assert "there is no such file" in capsys.readouterr().err


# --- from chat -----------------------------------------------------------------------


def _parse(text: str) -> cmd.Command:
    return parse(text, actor=HOST, room=ROOM, source_id="s-1")


def test_start_plan_takes_a_bare_name_only():
    assert _parse("!start plan: carers-breaks") == cmd.StartFromPlan(
        actor=HOST, room=ROOM, source_id="s-1", plan="carers-breaks"
    )
    for bad in ("../secrets", "/etc/passwd", "a/b", "..", "x.toml", "~root"):
        with pytest.raises(ParseError) as info:
            _parse(f"!start plan: {bad}")
        assert info.value.reason == words.bad_plan_name("!")


def test_the_long_start_line_still_works_even_with_plan_in_the_title():
    command = _parse("!start Our plan: the next steps | scope: what comes next | complaints: x")
    assert isinstance(command, cmd.StartWorkshop)
    assert command.title == "Our plan: the next steps"


@pytest.fixture
def plans_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "carers.toml").write_text(EXAMPLE)
    (folder / "broken.toml").write_text(EXAMPLE.replace("minutes = 5", "minutes = 0"))
    return folder


@pytest.fixture
async def planned(database: Path, plans_folder: Path):
    platform = FakePlatform()
    clock = ManualClock()
    timers = ManualTimers(clock)
    settings = settings_for(database, plans_folder=str(plans_folder))
    bot = await bootstrap(settings, platform, clock=clock, timers=timers)
    yield Harness(bot, platform, clock, timers)
    await bot.close()


async def test_start_plan_sets_the_scene_from_the_plan(planned):
    await planned.say(HOST, "!start plan: Carers")  # any capitals
    state = planned.state
    assert state.title == "Carers' short breaks"
    assert state.agenda == (
        "Welcome and ground rules",
        "How booking works today",
        "What would make booking easier",
    )
    assert state.ladder == "consultation" and state.queue_order == "fair"
    assert state.safeguarding_contact.startswith("the adult safeguarding team")
    scene = planned.platform.texts("post")[0]
    assert words.ladder_sentence("consultation") in scene
    assert "complaints@example.org" in scene


async def test_an_unknown_plan_is_refused_with_the_plans_there_and_a_guess(planned):
    await planned.say(HOST, "!start plan: carer")
    refusal = planned.platform.texts("private")[-1]
    assert refusal == words.no_such_plan("!", "carer", "carers", ["broken", "carers"])
    assert planned.state is None


async def test_a_broken_plan_is_refused_with_its_problems_and_no_path(planned, plans_folder):
    await planned.say(HOST, "!start plan: broken")
    refusal = planned.platform.texts("private")[-1]
    assert refusal.startswith("The plan broken has a problem, so nothing has started.")
    line = _line(EXAMPLE, "minutes = 5")
    assert f"broken.toml, line {line}: agenda.minutes, item 1: expected a whole" in refusal
    assert str(plans_folder) not in refusal
    assert planned.state is None


async def test_a_participant_cannot_start_a_plan_nor_learn_of_it(planned):
    await planned.say(ALICE, "!start plan: broken")
    assert planned.platform.texts("private")[-1] == words.only_facilitators("start a workshop")


async def test_without_a_plans_folder_plans_are_refused_in_plain_words(harness):
    await harness.say(HOST, "!start plan: carers")
    assert harness.platform.texts("private")[-1] == words.plans_not_set_up()
    assert harness.state is None


async def test_a_plan_runs_its_timed_agenda_under_simulated_time(planned, database):
    """Three timed items (5, 15, 20 minutes): the facilitator only starts the plan and
    moves on and closes the poll; the bot announces, warns, asks privately, shares item
    2's leaflet, opens item 3's poll, and the notes show the times, material and result."""
    from bot.export import FORMATS
    from facilitation.minutes import build_minutes

    await planned.say(HOST, "!start plan: carers")
    posts = planned.platform.texts("post")
    assert words.agenda_item_now(1, 3, "Welcome and ground rules", 5) in posts
    await planned.timers.advance(3 * 60)  # the 2-minute warning
    assert planned.platform.texts("post")[-1] == words.agenda_item_warning(
        "Welcome and ground rules", 120
    )
    await planned.timers.advance(2 * 60)  # time is up: the host is asked privately
    assert planned.platform.texts("private")[-1] == words.agenda_item_time_up(
        "!", 1, "Welcome and ground rules"
    )
    await planned.timers.advance(60)
    await planned.say(HOST, "!agenda next")  # item 1 took 6 minutes
    # Item 2's material is shared as it starts.
    leaflet = words.material_shared("Booking leaflet", "https://example.org/leaflet.pdf")
    assert planned.platform.texts("post")[-1] == leaflet
    await planned.timers.advance(10 * 60)
    await planned.say(HOST, "!agenda extend 5m")
    assert planned.platform.texts("post")[-1] == words.agenda_item_extended(
        "How booking works today", 5
    )
    for name in ("Sam", "Al", "Carol", "Dev"):
        await planned.say(cmd.Actor(f"test:{name.casefold()}", name), f"hello from {name}")
    await planned.timers.advance(10 * 60)
    await planned.say(HOST, "!agenda next")  # item 2 took 20 minutes
    # Item 3's breakout (3 groups, Sam and Al apart) is planned as it starts.
    breakout = planned.state.breakout
    assert breakout is not None and len(breakout.rooms) == 3
    assert breakout.room_of("test:sam") != breakout.room_of("test:al")
    # Item 3's poll opens with it; people vote by number; the host closes it.
    assert planned.platform.texts("post")[-1].startswith("Poll: Which change matters most?")
    await planned.say(ALICE, "!vote 2")
    await planned.say(BOB, "!vote 2")
    await planned.say(ALICE, "!agenda")
    assert (
        "2. How booking works today (done: took 20 minutes, planned 15 minutes)"
        in (planned.platform.texts("private")[-1])
    )
    await planned.timers.advance(20 * 60)  # the groups open, run 10 minutes and come back
    assert planned.state.breakout is None and len(planned.state.past_breakouts) == 1
    await planned.say(HOST, "!poll close")
    assert planned.platform.texts("post")[-1] == words.poll_results(
        "Which change matters most?",
        ("Booking online", "Booking by phone", "More notice of dates"),
        (0, 2, 0),
        2,
    )
    await planned.say(HOST, "!agenda next")
    assert planned.platform.texts("post")[-1] == words.agenda_finished()
    workshop_id = planned.state.workshop_id
    await planned.say(HOST, "!end")

    events = await planned.bot.store.load_events(workshop_id)
    notes = FORMATS["md"].render(build_minutes(events)).decode()
    assert words.ladder_sentence("consultation") in notes
    assert "| 1. Welcome and ground rules | 5 minutes | 6 minutes |" in notes
    assert "| 2. How booking works today | 15 minutes | 20 minutes |" in notes
    assert "| 3. What would make booking easier | 20 minutes | 20 minutes |" in notes
    assert "- Booking leaflet: <https://example.org/leaflet.pdf>" in notes
    assert "## Poll 1: Which change matters most?" in notes
    assert "| Booking by phone | 2 |" in notes


def test_a_planned_breakout_becomes_a_breakout_line_and_refuses_separator_characters():
    from facilitation.parser import CommandDefaults

    plan = parse_plan(EXAMPLE, "p.toml")
    line = plan.breakouts[0].command_text(CommandDefaults(breakout_reminders=(120,)))
    assert line == (
        "10m | groups: 3 | assign: random | apart: Sam + Al"
        " | notice: 30s | reminders: 120s | grace: 60s"
    )
    assert isinstance(_parse(f"!breakout {line}"), cmd.OpenBreakout)
    (problem,) = _problems(EXAMPLE.replace('apart = [["Sam", "Al"]]', 'apart = [["Sam; x", "Al"]]'))
    assert "without ; , + | = or :" in problem


async def test_after_a_restart_the_agenda_timers_are_rearmed_from_state(database, plans_folder):
    settings = settings_for(database, plans_folder=str(plans_folder))
    clock = ManualClock()
    first = FakePlatform()
    bot = await bootstrap(settings, first, clock=clock, timers=ManualTimers(clock))
    await bot.dispatcher.handle_text("!start plan: carers", actor=HOST, room=ROOM, source_id="a")
    await bot.close()  # stopped before item 1's warning (3 min) and end (5 min)

    later = ManualClock(clock.now + 6 * 60)
    second = FakePlatform()
    timers = ManualTimers(later)
    bot = await bootstrap(settings, second, clock=later, timers=timers)
    await timers.advance(0)  # both are overdue: the time-up wins, said once
    await timers.advance(60)
    await bot.close()
    time_up = words.agenda_item_time_up("!", 1, "Welcome and ground rules")
    assert second.texts("private") == [time_up]
    assert second.texts("post") == []  # the warning came too late to be useful


async def test_a_plan_without_a_complaints_route_is_refused_about_the_plan(planned, plans_folder):
    (plans_folder / "bare.toml").write_text('title = "T"\nscope = "booking a short break"\n')
    await planned.say(HOST, "!start plan: bare")
    refusal = planned.platform.texts("private")[-1]
    assert refusal.startswith("The plan bare has a problem, so nothing has started.")
    assert "bare.toml: complaints_route: say how people can raise a complaint." in refusal
    assert planned.state is None


def test_two_breakouts_or_two_polls_in_one_item_are_refused():
    breakout = "\n[[breakouts]]\nduring_item = 3\nminutes = 5\ngroups = 2\n"
    (problem,) = _problems(EXAMPLE + breakout)
    assert "breakouts, item 2" in problem and "small groups already" in problem
    poll = '\n[[polls]]\nduring_item = 3\nquestion = "Q?"\noptions = ["A", "B"]\n'
    (problem,) = _problems(EXAMPLE + poll)
    assert "polls, item 2" in problem and "has a poll already" in problem
