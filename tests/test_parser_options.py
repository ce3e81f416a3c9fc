"""A slash command with at most one option builds its command from its word and the
option's value (`command_from_option`), with no text put together to be read back. It
must make exactly what the typed `!word value` makes, or refuse in the same words."""

from __future__ import annotations

import pytest

from adapters.discord.commands import SLASH_COMMANDS, Used
from facilitation import commands as cmd
from facilitation.parser import CommandDefaults, ParseError, command_from_option, parse

ACTOR = cmd.Actor("discord:1", "Alice")
WHERE = {"actor": ACTOR, "room": "discord:2", "source_id": "discord:3"}
# Not the defaults: a word whose reader read these would differ from the typed text's.
CONFIGURED = CommandDefaults(ground_rules=("Be kind",), queue_order="fair", breakout_notice=5)
VALUES = ("", " ", "Alice", "  Bob  ", "5m", "90s", "2", "1 3", "x\ny", "confirm", "blue")

ONE_VALUE = [spec for spec in SLASH_COMMANDS if Used(spec).one_value() is not None]


def _given(spec) -> list[dict[str, object]]:
    if not spec.options:
        return [{}]
    [option] = spec.options
    return [{option.name: value} for value in (*option.choices, *VALUES)]


def _outcome(make, *args, **kwargs):
    try:
        return make(*args, **kwargs)
    except ParseError as error:
        return ("refused", error.reason)


@pytest.mark.parametrize("spec", ONE_VALUE, ids=lambda spec: spec.word)
def test_one_value_makes_what_the_typed_text_makes(spec):
    for values in _given(spec):
        used = Used(spec, values)
        value = used.one_value()
        assert value is not None
        typed = _outcome(command_from_option, spec.word, value, **WHERE, defaults=CONFIGURED)
        from_text = _outcome(parse, used.text("!"), **WHERE, defaults=CONFIGURED)
        assert typed == from_text, (spec.word, values)


def test_most_plain_commands_take_the_typed_way():
    words = {spec.word for spec in ONE_VALUE}
    assert {"hand", "lower", "next", "call", "floor", "timebox", "vote", "help"} <= words
    # Several options, or a text of their own shape: these are still read as text.
    assert not words & {"start", "breakout", "poll", "action", "park", "share", "cofac"}
