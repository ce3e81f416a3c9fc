"""The classifier's lexicon is a data file (facilitation/data/lexicon.toml) read outside
the core and handed in (issue 17 part 5): it gives exactly the values the Python lexicon
gave (tests/data/lexicon_frozen.json), a broken file is refused in plain words naming
the entry, and the classifier uses the lexicon it is handed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.drift_data import lexicon_path, load_lexicon
from facilitation import drift
from facilitation.lexicon import LIST_NAMES, LexiconError, parse_lexicon
from tests.lexicon_values import dump_lexicon, frozen

ROOT = Path(__file__).resolve().parents[1]
TEXT = lexicon_path().read_text(encoding="utf-8")
SCOPE = drift.Scope("Short breaks", "booking a short break for carers", ("dates", "costs"))


def test_the_data_file_gives_exactly_the_frozen_values():
    values, expected = dump_lexicon(load_lexicon()), frozen()
    assert list(values) == list(expected)
    for name, value in expected.items():
        assert values[name] == value, name


def test_the_lexicon_is_package_data_beside_the_word_model():
    assert lexicon_path() == ROOT / "facilitation" / "data" / "lexicon.toml"
    # the Python module it was is gone: cues are added to the data file only
    assert not (ROOT / "facilitation" / "drift_lexicon.py").exists()


def _broken(old: str, new: str) -> str:
    assert TEXT.count(old) >= 1, old
    return TEXT.replace(old, new, 1)


def _with_family(head: str, emptied: str) -> str:
    """The lexicon with the patterns of the family opening with ``head`` taken out."""
    start = TEXT.index(head) + len(head)
    end = TEXT.index(emptied, start)
    return TEXT[:start] + TEXT[end:]


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
        (_broken("'want(?:ed|s)? to die'", "''"), "lists.harm_strong pattern 3 is empty"),
        (_with_family("[lists.specific]\npatterns = [\n", "\n]"), "lists.specific has no patterns"),
        (
            _broken("[lists.harm_medium]\nweight = 2", '[lists.harm_medium]\nweight = "two"'),
            "lists.harm_medium has no numeric weight",
        ),
        (
            _broken("[lists.redress]\nweight = 2", "[lists.redress]\nweight = true"),
            "lists.redress has no numeric weight",
        ),
        (_broken("[lists.design]\nweight = 1", "[lists.design]\n"), "lists.design has no numeric"),
        (
            _broken("[lists.generic]\n", "[lists.generic]\nweight = 1\n"),
            "lists.generic has a weight, but its cues are not counted",
        ),
    ],
)
def test_a_broken_lexicon_is_refused_naming_the_entry(text, says):
    with pytest.raises(LexiconError, match=re.escape(says)):
        parse_lexicon(text)


def test_the_classifier_uses_the_lexicon_it_is_handed():
    whole = drift.installed_lexicon()
    assert drift.Classifier(SCOPE).classify("a purple elephant").label != "safeguarding"
    drift.use_lexicon(parse_lexicon(_with_cue(TEXT, "purple elephant")))
    try:
        result = drift.Classifier(SCOPE).classify("a purple elephant")
    finally:
        drift.use_lexicon(whole)
    assert result.label == "safeguarding"
    assert result.reasons == ('harm cue: "purple elephant"',)


def _with_weight(text: str, family: str, weight: str) -> str:
    """The lexicon's text with the weight of ``[lists.FAMILY]`` written as ``weight``."""
    found = re.search(rf"\[lists\.{family}\]\nweight = (\S+)", text)
    assert found, family
    return text[: found.start(1)] + weight + text[found.end(1) :]


@pytest.mark.parametrize(
    ("family", "weight", "text", "label"),
    [
        # a decisive cue: 3 points reach the safeguarding threshold, 1 does not
        ("harm_strong", "1", "I want to die", "safeguarding"),
        # two requests for redress on one's own case make a complaint; at 0 they do not
        ("redress", "0", "I want to make a formal complaint about my care", "complaint"),
        # design talk counts towards on_scope by its weight
        ("design", "5", "the new service should include evening calls", "on_scope"),
    ],
)
def test_a_family_weight_is_read_from_the_data_file(family, weight, text, label):
    """The classifier scores a family's cues with the weight written in the data file:
    the same message scored under the file's weight and under another differs."""
    whole = drift.installed_lexicon()
    classifier = drift.Classifier(SCOPE)
    before = classifier.classify(text)
    drift.use_lexicon(parse_lexicon(_with_weight(TEXT, family, weight)))
    try:
        after = drift.Classifier(SCOPE).classify(text)
    finally:
        drift.use_lexicon(whole)
    assert (before.label, before.score) != (after.label, after.score)
    assert label in (before.label, after.label)


def test_welfare_lists_of_different_weights_each_count_by_their_own():
    """The four welfare lists are scanned together while their weights agree; given
    different weights each state found counts by its own list's weight."""
    whole = drift.installed_lexicon()
    text = "my dad has no food in the house"
    baseline, _ = drift._composed(text, 0.0, [])
    drift.use_lexicon(parse_lexicon(_with_weight(TEXT, "neglect_states", "3")))
    try:
        assert len(drift._WELFARE) == 2
        heavier, _ = drift._composed(text, 0.0, [])
    finally:
        drift.use_lexicon(whole)
    assert len(drift._WELFARE) == 1
    assert baseline > 0 and heavier > baseline


def _with_cue(text: str, cue: str) -> str:
    """The lexicon's text with one more decisive harm cue, as a person would add it."""
    head = "patterns = [\n"
    at = text.index(head, text.index("[lists.harm_strong]\n")) + len(head)
    return text[:at] + f"  '{cue}',\n" + text[at:]


def test_without_a_lexicon_the_classifier_refuses_rather_than_running_without_cues():
    saved = drift._LEXICON
    drift._LEXICON = None
    try:
        with pytest.raises(RuntimeError, match="lexicon is not loaded"):
            drift.Classifier(SCOPE)
    finally:
        drift._LEXICON = saved


def test_examples_written_in_the_data_file_are_found_by_their_cues():
    lexicon = load_lexicon()
    families = {example.family for example in lexicon.examples}
    assert {f"lists.{name}" for name in LIST_NAMES} <= families, "each list has an example"
    for example in lexicon.examples:
        found = _finds(example.family, example.text)
        assert found == example.matches, example


def _finds(family: str, text: str) -> bool:
    """Whether the classifier's cue list for ``family`` finds something in ``text``, read
    as the classifier reads it (lower-cased, text-speak written out, names marked)."""
    marked = drift.plain(drift._mark_names(text))
    kind, _, name = family.partition(".")
    if kind == "composed":
        rule = next(r for r in drift._COMPOSED if r[0] == name)
        return bool(rule[2].search(marked))
    if kind == "framing":
        frame = next(f for f in drift._FRAMING if f[0] == name.removeprefix("kinds."))
        return bool(frame[1].search(drift.plain(drift.normalise(text))))
    if kind == "off_topics":
        topic = next(t for t in drift._OFF_TOPICS if t[0] == name)
        return bool(topic[2].search(drift.normalise(text)))
    # a list read on its own (the welfare lists are read together, bounded like this)
    cues = getattr(drift, "_" + name.upper(), None) or drift._bounded(
        drift.installed_lexicon().lists[name]
    )
    return bool(cues.search(drift.plain(drift.normalise(text))))


def test_the_bench_switches_cues_off_in_memory_and_puts_them_back():
    """bench_drift --loo / --heldout switch cues off by installing a smaller lexicon,
    never by editing the data file."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    import bench_drift

    whole = drift.installed_lexicon()
    cue, rule = whole.lists["harm_strong"][2], whole.composed[0].name
    before = lexicon_path().read_bytes()
    with bench_drift.without({("HARM_STRONG", cue), ("COMPOSED", rule)}):
        assert cue not in drift._HARM_STRONG.alternatives
        assert cue not in drift._ANY_HARM.alternatives
        assert rule not in [r[0] for r in drift._COMPOSED]
    assert drift.installed_lexicon() is whole
    assert cue in drift._HARM_STRONG.alternatives and drift._COMPOSED[0][0] == rule
    assert lexicon_path().read_bytes() == before
