"""The ladder of co-production: declared at the start, said in the scene, top of the notes."""

from __future__ import annotations

import json

import pytest

from bot.export import FORMATS
from facilitation import commands as cmd
from facilitation import ladder, words
from facilitation.effects import Post
from facilitation.minutes import build_minutes
from facilitation.parser import ParseError, parse
from tests.core_helpers import FAC, ROOM, Workshop, start_command
from tests.test_export import as_text


def _parse(text: str) -> cmd.Command:
    return parse(text, actor=FAC, room=ROOM, source_id="s-1")


START = "!start Carers' breaks | scope: plan short breaks | complaints: ring 0100"


@pytest.mark.parametrize("rung", ladder.RUNGS)
def test_every_rung_has_its_own_plain_sentence(rung):
    sentence = words.ladder_sentence(rung)
    assert sentence.startswith(f"Today is {rung}.")
    assert len({words.ladder_sentence(r) for r in ladder.RUNGS}) == len(ladder.RUNGS)


@pytest.mark.parametrize(
    ("typed", "rung"),
    [
        ("consultation", "consultation"),
        ("Co Production", "co-production"),
        ("co_design", "co-design"),
    ],
)
def test_the_start_line_takes_a_rung_in_any_capitals_or_spacing(typed, rung):
    command = _parse(f"{START} | ladder: {typed}")
    assert isinstance(command, cmd.StartWorkshop) and command.ladder == rung


def test_an_unknown_rung_is_refused_with_the_nearest_one():
    with pytest.raises(ParseError) as info:
        _parse(f"{START} | ladder: consultaton")
    assert "Did you mean consultation?" in info.value.reason
    assert "co-production" in info.value.reason  # and every rung is listed


def test_a_rung_far_from_any_is_refused_without_a_guess():
    with pytest.raises(ParseError) as info:
        _parse(f"{START} | ladder: banana")
    assert "Did you mean" not in info.value.reason


def test_the_core_refuses_an_unknown_rung_too_and_nothing_starts():
    w = Workshop(started=False)
    refusal = w.refused_command(start_command(ladder="consultaton"))
    assert "Did you mean consultation?" in refusal.reason
    assert w.log == []


def test_the_scene_says_the_rung_straight_after_the_welcome():
    w = Workshop(started=False)
    step = w.send(start_command(ladder="consultation"))
    scene = step.effects_of(Post)[0].text.splitlines()
    assert scene[0].startswith("Welcome to the workshop")
    assert scene[1] == words.ladder_sentence("consultation")
    assert w.state.ladder == "consultation"


def test_no_rung_no_ladder_sentence():
    w = Workshop(started=False)
    scene = w.send(start_command()).effects_of(Post)[0].text
    assert "Today is" not in scene
    assert build_minutes(w.log).ladder == ""


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "json"])
def test_the_rung_is_at_the_top_of_the_notes(fmt):
    w = Workshop(started=False)
    w.send(start_command(ladder="co-design"))
    minutes = build_minutes(w.log)
    assert minutes.ladder == "co-design"
    text = as_text(FORMATS[fmt].render(minutes), fmt)
    if fmt == "json":
        assert json.loads(text)["workshop"]["ladder"] == "co-design"
        return
    sentence = words.ladder_sentence("co-design")
    assert sentence in text
    # Before the date and the scope: expectations come first.
    assert text.index(sentence) < text.index(words.SCOPE)
