"""The classifier's lexicon is a data file (facilitation/data/lexicon.toml) read outside
the core and handed in (issue 17 part 5): it gives exactly the values the Python lexicon
gave (tests/data/lexicon_frozen.json), and a broken file is refused in plain words
naming the entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.drift_data import lexicon_path, load_lexicon
from facilitation import drift, drift_lexicon
from facilitation.lexicon import LexiconError, parse_lexicon
from tests.lexicon_values import dump_lexicon, dump_module, frozen

ROOT = Path(__file__).resolve().parents[1]
TEXT = lexicon_path().read_text(encoding="utf-8")
SCOPE = drift.Scope("Short breaks", "booking a short break for carers", ("dates", "costs"))


def test_the_python_lexicon_gives_the_frozen_values():
    assert dump_module(drift_lexicon) == frozen()


def test_the_data_file_gives_exactly_the_frozen_values():
    values, expected = dump_lexicon(load_lexicon()), frozen()
    assert list(values) == list(expected)
    for name, value in expected.items():
        assert values[name] == value, name


def test_the_lexicon_is_package_data_beside_the_word_model():
    assert lexicon_path() == ROOT / "facilitation" / "data" / "lexicon.toml"


def _broken(old: str, new: str) -> str:
    assert TEXT.count(old) >= 1, old
    return TEXT.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[lists\n", "lexicon is not valid TOML"),
        (_broken("[lists.figurative]", "[lists.figurativ]"), "no [lists.figurative]"),
        (_broken("[text_speak]", "[text_speak]\n[extra]"), "unknown table [extra]"),
        (
            _broken("'want(?:ed|s)? to die'", "'want(?:ed|s to die'"),
            "lists.harm_strong pattern 3 is not a regular expression",
        ),
        (_broken("<PHYS> (?:\\w+ )", "<PHIS> (?:\\w+ )"), "uses <PHIS>, which is no shorthand"),
        (_broken('kind = "act"', 'kind = "deed"'), "has kind 'deed'"),
        (_broken('name = "person doing harm"', 'name = "act on a person"'), "is there twice"),
        (_broken("NT = '''(?:n'?t|not)'''", "NT = '<NT>'"), "shorthand <NT> uses itself"),
        (_broken('gate = "<PHYS>"', 'gate = "<AGENT>"'), "uses <AGENT>, which is no gate word"),
        (_broken("weight = 3.0\npatterns", 'weight = "3"\npatterns'), "no numeric weight"),
    ],
)
def test_a_broken_lexicon_is_refused_naming_the_entry(text, says):
    with pytest.raises(LexiconError, match=re.escape(says)):
        parse_lexicon(text)
