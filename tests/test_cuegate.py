"""Indexed cue lists (facilitation/cuegate.py) answer exactly as their whole pattern:
the same matches, in the same places, for every cue list of the classifier, on every
labelled message and on generated ones."""

from __future__ import annotations

import gc
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation import cuegate, drift
from facilitation.cuegate import CueList, indexed, needed_strings, starts_of

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


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("(?:keeps?|kept) secrets", {" secrets"}),  # the longest literal run
        ("(?:\\w+|\\d+) (?:emails|calls|phone calls) (?:since|and)", {"emails", "calls"}),
        ("sells?|selling|sold", {"ell", "old"}),  # re's parser takes out the "s"
        ("sell|sells|selling", {"sell"}),  # "sells" and "selling" hold "sell"
        ("£ ?\\d+", {"£"}),
        ("(?:hid|hiding)+ when", {" when"}),
        ("xx(?:ab)*y", {"xx"}),  # a repeat that may be absent needs nothing
        ("\\w+ing", {"ing"}),
        ("[a-z]+", None),  # a class: nothing it must hold
        ("(?i)secret", None),  # any case: a substring test would miss "Secret"
        ("(?:abc|\\d+)", None),  # one branch needs nothing: neither does the whole
    ],
)
def test_needed_strings(pattern, needed):
    assert needed_strings(pattern) == (None if needed is None else frozenset(needed))


def _gated() -> list[tuple[str, object, tuple[str, ...]]]:
    """Every gate the classifier's cue lists use, with the pattern it guards."""
    found: list[tuple[str, object, tuple[str, ...]]] = []
    for name, cues in CUE_LISTS:
        for alt, needs in cues._needs.items():
            if needs:
                found.append((f"{name} #{alt}", cues._alone(alt), needs))
        if cues._whole_needs:
            found.append((f"{name} whole", cues.pattern, cues._whole_needs))
    return found


GATED = _gated()


def test_gates_are_sound_on_every_message():
    """A text the pattern matches holds one of the strings its gate needs: the gate
    never skips a scan that would have found something."""
    assert len(GATED) >= 20
    for name, pattern, needs in GATED:
        for text in TEXTS:
            if pattern.search(text):  # type: ignore[attr-defined]
                assert any(n in text for n in needs), (name, text)


_GATE_PIECES = sorted(
    {n.strip() for _, _, needs in GATED for n in needs if n.strip()} | set(_PIECES)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=14), st.sampled_from(range(len(CUE_LISTS))))
def test_same_matches_on_messages_made_of_gate_words(words, which):
    _same(CUE_LISTS[which][1], " ".join(words))


def _registered() -> int:
    return sum(map(len, cuegate._LISTS_BY_START.values()))


def test_a_list_made_after_a_text_was_read_still_finds_its_cues_there():
    """Tries are found for all lists in one pass and kept per text; a new list empties
    what was kept, or it would find nothing in a text read before it existed."""
    text = "she said he keeps hurting himself"
    assert drift._ANY_HARM.search(text)  # the text's tries are now kept
    late = CueList(["kept secrets", "hurting (?:him|her)self"], before=r"(?<![\w'])")
    assert late.findall(text) == ["hurting himself"]


def test_a_dropped_list_leaves_the_index():
    """bench/bench_drift.py rebuilds cue lists thousands of times: a dropped list must not
    stay in the one-pass index and slow every later text down."""
    gc.collect()  # lists other tests dropped
    before = _registered()
    # Two starts, "kep" and "hur"; a word boundary before each, so both are indexed.
    dropped = CueList(["kept secrets", "hurting himself"], before=r"(?<![\w'])")
    assert _registered() == before + 2
    del dropped  # freed at once: nothing of it refers back to it
    assert _registered() == before


PLAIN_PATTERNS = [drift._RISK_STEMS, drift._NOT_CHATTER, drift._NOT_ABOUT]


@pytest.mark.parametrize("pattern", PLAIN_PATTERNS, ids=lambda p: p.pattern[:30])
def test_an_indexed_plain_pattern_finds_what_the_pattern_finds(pattern):
    cues = indexed(pattern)
    assert isinstance(cues, CueList)  # these three can be indexed: the speed-up is real
    for text in TEXTS:
        assert [m.span() for m in cues.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert bool(cues.search(text)) == bool(pattern.search(text))


def test_a_pattern_that_cannot_be_indexed_is_used_as_it_is():
    assert indexed(drift._OWN) is drift._OWN  # "i", "me": starts shorter than three
    ignoring_case = re.compile(r"\bsecrets?\b", re.IGNORECASE)
    assert indexed(ignoring_case) is ignoring_case


def test_a_common_start_is_indexed_by_four_characters():
    """The start "the" begins many cues and most messages: where every cue of a list at it is
    four characters or longer, the list is tried only at "the " or "them" (issue 21)."""
    cues = CueList(["the staff never", "them again", "hurting (?:him|her)self"], before="\\b")
    assert {"the ", "them", "hurt"} == set(cues._index)
    short = CueList(["the", "the staff never"], before="\\b")  # "the" can end a match
    assert "the" in short._index
    for text in ("the staff never came", "then them again", "not the one", "the"):
        _same(cues, text)
        _same(short, text)


def test_an_answer_kept_for_a_text_is_not_shared_with_the_caller():
    """A list's answers on a text are kept (a message is read twice for someone flagged
    before); a caller that changes the list it was given changes no later answer."""
    text = "he keeps hurting himself and hurting herself"
    first = drift._HARM_STRONG.findall(text)
    first.append("changed")
    assert drift._HARM_STRONG.findall(text) == drift._HARM_STRONG.pattern.findall(text)
    assert drift._HARM_STRONG.search(text) is drift._HARM_STRONG.search(text)


_LOOK_BEHIND_STARTS = re.compile(r"(?<!\w)(?=(.{1,4}))", re.DOTALL)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1_ ,'\n\té\u2019-", max_size=16) | st.text(max_size=16))
def test_word_starts_are_the_look_behind_ones(text):
    """``text_tries`` finds the word starts as the ends of characters that are not word
    characters (issue 21): the same places, and the same first four characters, as a
    look-behind tried at every place."""
    read = cuegate.text_tries.__wrapped__(text)
    # Every place with a list's start, from the places the look-behind finds.
    expected = [
        (m.start(), m.group(1)[:3], m.group(1))
        for m in _LOOK_BEHIND_STARTS.finditer(text)
        if cuegate._SETS_BY_THREE.get(m.group(1)[:3]) or cuegate._SETS_BY_FOUR.get(m.group(1))
    ]
    assert [(place, three, four) for place, three, four, _ in read.marked] == expected


def test_each_word_start_names_the_lists_indexed_by_its_three_or_four_characters():
    text = "the staff never came; she is hurting herself"
    read = cuegate.text_tries(text)
    for place, three, four, lists in read.marked:
        # A list holds a start by three characters or by four, never both.
        by_start = cuegate._LISTS_BY_START
        assert lists == {*by_start.get(three, ()), *by_start.get(four, ())}
        assert text[place:].startswith(four)
    hurting = drift._HARM_STRONG._number
    assert hurting in read.present
    assert hurting not in cuegate.text_tries("ok see you soon").present


@pytest.mark.parametrize(
    ("alternative", "branches"),
    [
        ("debt|debts|owe[sd]?", ["debt", "debts", "owe[sd]?"]),
        ("a(b|c)d", ["a(b|c)d"]),  # inside a group: not a top-level branch
        ("[|]x|y", ["[|]x", "y"]),  # "|" in a class is a character
        ("[]|]|z", ["[]|]", "z"]),  # so is "]" first in a class
        ("[^]|]|q", ["[^]|]", "q"]),
        (r"\|a|b", [r"\|a", "b"]),  # an escaped "|" is a character
        ("(?<!x|y)z|w", ["(?<!x|y)z", "w"]),
    ],
)
def test_an_alternative_is_cut_at_its_top_level_branches(alternative, branches):
    assert cuegate._top_level_split(alternative) == branches


def test_a_branch_that_can_be_indexed_is_indexed_beside_one_that_cannot():
    """Issue 21: "(one|two) ... |\\d+ am" used to be searched for in every message
    because one branch starts with a digit class; now only that branch is."""
    cues = CueList([r"after dark|\d+ ?am\b|going missing", "scared"], before=r"(?<![\w'])")
    assert cues._pieces == ("after dark", r"\d+ ?am\b", "going missing", "scared")
    assert cues._always == (1,)
    assert set(cues._index) == {"afte", "goin", "scar"}  # four: each is long enough
    for text in ("out after dark till 3am", "3 am, going missing", "am scared", "9am"):
        _same(cues, text)


def _heads_list() -> CueList:
    cues = ["the staff (?:never|don'?t) listen", "the manager ignored", "we (?:\\w+) it"]
    return CueList(cues, before=r"(?<![\w'])", after=r"(?![\w])")


def test_a_start_is_tried_only_where_the_text_begins_as_one_of_its_cues():
    """``_Heads`` (sixth pass): at the start "the " the text must go on as a cue does
    ("the staff", "the manager"), tested before the start's pattern is matched; a cue
    whose next characters cannot be listed (``\\w+``) leaves the start without heads."""
    cues = _heads_list()
    assert cues._heads["the "] == ("the mana", "the staf")
    assert cues._heads["we "] is None  # only "we " then any word: nothing longer to test
    text = "the bus, the staff never listen and the manager ignored it; we said it"
    _same(cues, text)
    assert [m.group() for m in cues.finditer(text)] == [
        "the staff never listen",
        "the manager ignored",
        "we said it",
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["the", "staff", "manager", "never", "don't", "listen", "we", "ignored"]),
        max_size=12,
    )
)
def test_heads_keep_every_match(words):
    cues = _heads_list()
    _same(cues, " ".join(words))
