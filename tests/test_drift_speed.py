"""The classifier's faster pieces (issue 21) give exactly what the slower ones they
replaced gave; tests/test_drift_frozen.py holds the classifier's whole answers."""

from __future__ import annotations

import gc
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.drift_data import lexicon_path
from facilitation import cuegate, drift
from facilitation.lexicon import parse_lexicon

# Characters where the old and new ways could part: curly quotes and backticks, white
# space of every kind str.isspace knows (tab, no-break space, the separators \x1c-\x1f,
# line and paragraph separators), and letters whose lower case is longer.
_TRICKY = (
    "aZ '\"`\u2019\u2018\u201c\u201d\t\n\r\x0b\x0c\x1c\x1f\u00a0\u2028\u2029\u3000\u0130\u00df.,!?"
)


def _old_normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(drift._QUOTES).lower()).strip()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_TRICKY, max_size=40) | st.text(max_size=40))
def test_normalise_is_the_regular_expression_one(text):
    assert drift.normalise(text) == _old_normalise(text)
    assert drift.straighten(text) == text.translate(drift._QUOTES)


def _old_mark_names(text: str) -> str:
    not_names = drift.installed_lexicon().word_sets["not_names"]

    def repl(m):
        return m.group(0) if m.group(1).lower() in not_names else "zname"

    return _old_normalise(drift._NAME.sub(repl, text.translate(drift._QUOTES)))


_NAMEISH = st.lists(
    st.sampled_from(
        ["Gary", "Mrs", "Mr.", "Dr", "I", "I'm", "It", "she", "told", ",", "me", "Aa", "a,"]
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_NAMEISH | st.text(alphabet="aZG ,.'\u2019r", max_size=20))
def test_names_are_marked_as_before(text):
    """``_mark_names`` skips the name pattern when the text nowhere holds a small
    letter or comma, a space, a capital and a small letter (issue 21); it marks exactly
    what it marked before."""
    assert drift._mark_names(text) == _old_mark_names(text)


@settings(max_examples=500, deadline=None)
@given(_NAMEISH | st.text(alphabet="aZG ,.'\u2019r\n", max_size=20))
def test_the_name_gate_finds_what_the_old_gate_found(text):
    """The name gate starts with its space (re skips to each space in C; fifth pass):
    it finds a place exactly when the old one, "[a-z,] [A-Z][a-z]", does."""
    old = re.compile("[a-z,] [A-Z][a-z]")
    assert bool(drift._NAME_GATE.search(text)) == bool(old.search(text))


def _with(text: str, head: str, line: str) -> str:
    """The lexicon's text with ``line`` added just after ``head``."""
    assert head in text
    return text.replace(head, head + line, 1)


def _kept_answers(text: str, tea: str) -> tuple[object, ...]:
    return (
        drift.has_risk_word(text),  # indexed risk stems, the plain form
        drift._figures_out(tea),  # the figure-free form
        drift.model_features(text),
        drift.model_score(text)[0],  # the kept score
    )


def test_what_is_kept_is_read_again_with_a_new_lexicon():
    """The forms kept for the last few messages (plain, figures out), the word model's
    kept scores and the indexed risk stems are the lexicon's: installing another one
    (the bench does, and puts the whole one back) is never answered from the first,
    and the replaced lists leave cuegate's one-pass index."""
    whole = drift.installed_lexicon()
    text = drift.normalise("we had a purpl elefant for my dad")
    tea = "an elephant for tea"
    lines = [
        ("[lists.risk_stems]\npatterns = [\n", "  'purpl',\n"),
        ("[text_speak]\n", 'elefant = "elephant"\n'),
        ("[lists.figurative]\npatterns = [\n", "  'elephant for',\n"),
        ('[word_sets.model_stopwords]\nwords = """\n', "dad\n"),
    ]
    changed = lexicon_path().read_text(encoding="utf-8")
    for head, line in lines:
        changed = _with(changed, head, line)
    before = _kept_answers(text, tea)
    drift.use_lexicon(parse_lexicon(changed))
    try:
        after = _kept_answers(text, tea)
        assert drift.plain(text) == "we had a purpl elephant for my dad"
        # The changed lexicon's lists, by number (other tests may hold the whole one's:
        # only these are sure to be dropped when the whole one is put back).
        replaced = {cues._number for cues in _drift_lists()}
        assert replaced & _indexed_numbers()
    finally:
        drift.use_lexicon(whole)
    dad = drift.word_model().weights["dad"]  # a weighted word: its loss shows
    assert dad != 0.0
    assert before[:3] == (False, tea, after[2] | {"dad"})
    assert after[:3] == (True, "an  ~  tea", before[2] - {"dad"})
    assert after[3] == pytest.approx(before[3] - dad)
    assert _kept_answers(text, tea) == before
    gc.collect()
    assert not replaced & _indexed_numbers()


def _drift_lists() -> list[cuegate.CueList]:
    return [v for v in vars(drift).values() if isinstance(v, cuegate.CueList)]


def _indexed_numbers() -> set[int]:
    return {n for numbers in cuegate._LISTS_BY_START.values() for n in numbers}


# Text-speak words, pieces of them and what can stand beside one: "'" and word
# characters join a run, the rest part it.
_SPEAKISH = st.lists(
    st.sampled_from(
        sorted(drift.installed_lexicon().text_speak)[:40]
        + ["u", "ur", "dont", "don", "t", "'", "_", "x", "1", " ", ",", ".", "-", "é", "\u2019"]
        + ["+", "+1", "U", "Ur"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_SPEAKISH | st.text(alphabet="ur'_ d,.on1t", max_size=20))
def test_plain_is_the_whole_scan(text):
    """``plain`` skips the text-speak scan when no word of the text (``_words``: fifth
    pass; before, no run of word characters and "'") is a text-speak word (issue 21);
    it writes out exactly what the scan writes out."""
    assert drift._SPEAK_WORDS is not None  # the lexicon of the repo: the words' test
    whole = drift._SPEAK.sub(lambda m: drift._TEXT_SPEAK[m.group(0)], text)
    assert drift.plain.__wrapped__(text) == whole


def test_a_text_speak_word_that_is_not_one_run_turns_the_quick_test_off():
    """A lexicon may write out "b 4" or "c'mon!": the quick test would miss those, so
    with one of them every message is scanned."""
    whole = drift.installed_lexicon()
    assert drift._SPEAK_RUNS is not None  # the lexicon of the repo: the quick test is on
    changed = lexicon_path().read_text(encoding="utf-8")
    changed = _with(changed, "[text_speak]\n", '"b 4" = "before"\n')
    drift.use_lexicon(parse_lexicon(changed))
    try:
        assert drift._SPEAK_RUNS is None and drift._SPEAK_WORDS is None
        assert drift.plain("see you b 4 then") == "see you before then"
    finally:
        drift.use_lexicon(whole)


def test_a_text_speak_word_a_plus_one_could_take_turns_the_words_test_off():
    """The words' test (``_SPEAK_WORDS``) reads ``_words``, where "+1" is a word: a
    text-speak word starting with "1" ("1der") could be missed after a "+", so then
    the runs are tested instead, which find it."""
    whole = drift.installed_lexicon()
    changed = lexicon_path().read_text(encoding="utf-8")
    changed = _with(changed, "[text_speak]\n", '"1der" = "wonder"\n')
    drift.use_lexicon(parse_lexicon(changed))
    try:
        assert drift._SPEAK_WORDS is None and drift._SPEAK_RUNS is not None
        assert drift._words("i +1der") == ("i", "+1", "der")
        assert drift.plain("i +1der why") == "i +wonder why"
    finally:
        drift.use_lexicon(whole)


def _labelled_texts() -> list[str]:
    texts = []
    for path in sorted((Path(__file__).resolve().parent / "data").glob("drift_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(drift.plain(drift.normalise(json.loads(line)["text"])))
    return texts


def _odds_if_right(text: str, least: float) -> bool:
    """``model_odds_if`` gives the score, or None only when the score is below ``least``."""
    model = drift.word_model()
    odds = drift._read_model(text, model, drift._grams_of(model)).odds
    found = drift.model_odds_if(text, least)
    return found == odds if found is not None else odds < least


def test_the_model_is_read_only_as_far_as_it_could_reach_on_the_labelled_messages():
    """``classify`` does not merge and weigh a message's 4-grams when even their
    positive weights could not lift the score to the threshold (issue 21): that is
    safe only if ``model_odds_if`` never says None to a score at or above it."""
    texts = _labelled_texts()
    assert len(texts) > 500
    spared = 0
    for least in (-5.0, 0.0, 12.0, 20.0, 35.0, 45.0):
        for text in texts:
            assert _odds_if_right(text, least), (least, text)
            spared += least == 20.0 and drift.model_odds_if(text, least) is None
    assert spared  # and it does spare the 4-grams


_MODEL_WORDS = sorted(
    {w for w in drift.word_model().weights if w.isalpha()}
    | {w for f in drift.word_model().weights if "_" in f for w in f.split("_")}
)[::20]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_MODEL_WORDS, "hit", "me", "my", "dad", "scared", "xq"]), max_size=30
    ),
    st.sampled_from([-5.0, 0.0, 12.0, 20.0]),
)
def test_the_model_is_read_only_as_far_as_it_could_reach(words, least):
    assert _odds_if_right(" ".join(words), least)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abdehilmnorsty'", min_size=1, max_size=14) | st.sampled_from(_MODEL_WORDS))
def test_what_a_words_4_grams_could_add_is_the_sum_of_their_positive_weights(word):
    """The bound ``model_odds_if`` reads per word (``_Grams.most_from``, found from the
    bare 4-grams since the fifth pass) against the model's own "#" features: each
    distinct 4-gram of the word once, its weight if positive."""
    model = drift.word_model()
    grams = set(drift._char_grams(word))
    expected = sum(max(model.weights.get(gram, 0.0), 0.0) for gram in grams)
    assert drift._grams_of(model).most_from(word) == pytest.approx(expected, abs=1e-9)


def test_a_words_bound_counts_every_4_gram_of_a_word_longer_than_any_before():
    """``most_from`` slices by kept slice objects (sixth pass), grown for a longer word:
    a word of 300 letters, and the short ones after it, keep every 4-gram (none for a
    word of no letters); the numbers ``of_words`` keeps are those of the same 4-grams."""
    model = drift.word_model()
    kept = drift._grams_of(model)
    for word in ("hurting" * 43, "hurting", "'", "a", "ab"):
        grams = set(drift._char_grams(word))
        expected = sum(max(model.weights.get(gram, 0.0), 0.0) for gram in grams)
        assert kept.most_from(word) == pytest.approx(expected, abs=1e-9)
        numbers = kept._numbers_of(word)
        assert {kept.names[n] for n in numbers} == grams & set(model.weights)


def _old_stem(word: str) -> str:
    """``drift._stem`` before the sixth pass (one loop over the suffixes)."""
    w = word.lower().replace("'", "")
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if w.endswith("ation") and len(w) >= 9:
        w = w[:-5]
    return w


_ENDINGS = ("", "s", "ies", "ing", "ed", "ation", "ations", "ss", "us", "is", "'s", "s'", "ied")


@settings(max_examples=1000, deadline=None)
@given(
    st.tuples(st.text(alphabet="aeisngdtyuA'", max_size=9), st.sampled_from(_ENDINGS))
    | st.tuples(st.text(max_size=12), st.just(""))
)
def test_a_stem_is_the_one_the_suffix_loop_gave(parts):
    word = "".join(parts)
    assert drift._stem(word) == _old_stem(word)


def test_every_labelled_word_has_the_stem_the_suffix_loop_gave():
    words = {w for text in _labelled_texts() for w in drift._words(drift.normalise(text))}
    assert len(words) > 1000
    assert [w for w in words if drift._stem(w) != _old_stem(w)] == []


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1' +-", max_size=20) | st.text(max_size=20))
def test_the_model_reads_the_message_words_when_there_is_no_plus(text):
    """``classify`` hands the model the message's own words when the text has no "+"
    (issue 21): the two word patterns differ only in taking "+1" as a word."""
    if "+" not in text:
        assert drift._MODEL_WORD.findall(text) == list(drift._words(text))


def _old_off_topics(classifier: drift.Classifier, stems: list[str]) -> float:
    stem_set = set(stems)
    stem_pairs = set(zip(stems, stems[1:], strict=False))
    total = 0.0
    for topic in classifier._out_topics:
        total += drift.OOS_PAIR * len(topic.pairs & stem_pairs)
        total += drift.OOS_HEAD * len(topic.head & stem_set)
        total += drift.OOS_GENERAL * len(topic.general & stem_set)
        total += drift.OOS_TAIL * len(topic.tail & stem_set)
        total += drift.OOS_RELATED * len(topic.related & stem_set)
    return total


def test_out_of_scope_topics_are_skipped_only_when_none_can_score():
    """``_off_evidence`` reads the scope's out-of-scope topics only when the message holds
    one of their stems or pairs' first stems (issue 21): the same total as reading them."""
    data = Path(__file__).resolve().parent / "data"
    scopes = {}
    for path in data.glob("drift_*scopes.json"):
        scopes.update(json.loads(path.read_text(encoding="utf-8")))
    classifiers = [drift.Classifier(drift.scope_from_dict(s)) for s in scopes.values()]
    assert any(c._out_topics for c in classifiers)
    scored = 0
    for text in _labelled_texts()[::3]:
        stems = [drift.stem(w) for w in drift._words(text)]
        for classifier in classifiers:
            topics_only = classifier._off_evidence("", stems)[0]  # no off-topic cue in ""
            assert topics_only == _old_off_topics(classifier, stems)
            scored += topics_only > 0
    assert scored  # some messages do score on a topic


def test_forget_words_empties_every_memo_kept_per_word_and_changes_no_answer():
    """The bench empties the per-word memos before each pass (``drift.forget_words``)
    so that its figure does not count the dev set's words as seen before; the answers
    are the same from empty memos as from full ones."""
    scope = drift.Scope("Day services", "what a good day centre offers", ("activities",))
    classifier = drift.Classifier(scope)
    text = "My dad got frends at the centre but he is scared of the new driver"
    before = classifier.classify(text)
    drift.model_score(drift.normalise(text))  # reads every word's 4-grams
    kept = drift._grams_of(drift.word_model())
    assert drift._STEMS and kept._by_word and kept.most
    assert cuegate._STARTS  # the word starts' lists, by their first four characters
    drift.forget_words()
    assert not drift._STEMS and not kept._by_word and not kept.most and not cuegate._STARTS
    assert classifier.classify(text) == before
