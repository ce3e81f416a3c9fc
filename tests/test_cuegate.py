"""Indexed cue lists (facilitation/cuegate.py) answer exactly as their whole pattern:
the same matches, in the same places, for every cue list of the classifier, on every
labelled message and on generated ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation import drift
from facilitation.cuegate import CueList, starts_of

DATA = Path(__file__).resolve().parent / "data"


def _cue_lists() -> list[tuple[str, CueList]]:
    found = [(name, v) for name, v in vars(drift).items() if isinstance(v, CueList)]
    found += [(f"composed {r[0]}", r[2]) for r in drift._COMPOSED]
    found += [(f"off topic {r[0]}", r[2]) for r in drift._OFF_TOPICS]
    found += [(f"framing {kind}", p) for kind, p in drift._FRAMING]
    return found


CUE_LISTS = _cue_lists()


def _forms(text: str) -> list[str]:
    """The forms of a message the classifier hands to cue lists."""
    norm = drift.normalise(text)
    marked = drift.plain(drift._mark_names(text))
    return [norm, drift.plain(norm), marked, drift._FIGURATIVE.pattern.sub(" ~ ", marked)]


def _texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("drift_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += _forms(json.loads(line)["text"])
    return texts


def _same(cues: CueList, text: str) -> None:
    whole = cues.pattern
    assert [m.span() for m in cues.finditer(text)] == [m.span() for m in whole.finditer(text)]
    assert cues.findall(text) == whole.findall(text)
    assert cues.sub(" ~ ", text) == whole.sub(" ~ ", text)
    assert bool(cues.search(text)) == bool(whole.search(text))


def test_most_lists_are_indexed():
    """The speed comes from the index: a list scanned whole every time is a regression."""
    indexed = [name for name, cues in CUE_LISTS if cues._indexed]
    assert len(indexed) >= 0.8 * len(CUE_LISTS)


@pytest.mark.parametrize(("name", "cues"), CUE_LISTS, ids=[n for n, _ in CUE_LISTS])
def test_same_matches_as_the_whole_pattern_on_every_message(name, cues):
    for text in TEXTS:
        _same(cues, text)


TEXTS = _texts()

# Words and pieces of the cue lists themselves, so generated messages hit cues often.
_LISTS = drift.installed_lexicon().lists
_CUES = (*_LISTS["harm_strong"], *_LISTS["harm_medium"], *_LISTS["redress"])
_PIECES = sorted(
    {w for p in _CUES for w in p.split() if w.isalpha()}
    | {"my", "she", "he", "i", "the", "not", "never", "hi", "+1", "'", ",", ".", "(15)", "zname"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from(range(len(CUE_LISTS))))
def test_same_matches_on_generated_messages(words, which):
    _same(CUE_LISTS[which][1], " ".join(words))


@pytest.mark.parametrize(
    ("alternative", "anchored", "starts"),
    [
        ("hurting (?:him|her)self", True, {"hur"}),
        ("(?:keeps?|kept) secrets", True, {"kee", "kep"}),
        ("(?:\\w+ )?pounds", True, None),  # any word first: cannot be listed
        ("off[- ]?topic", False, None),  # may start inside a word
        ("\\bgovernment\\b", False, {"gov"}),
        ("hi", True, {"hi"}),  # a whole match of two letters
    ],
)
def test_starts_of(alternative, anchored, starts):
    assert starts_of(alternative, anchored) == (None if starts is None else frozenset(starts))
