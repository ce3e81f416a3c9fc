"""Scope drift: is a chat message on the workshop's scope, and if not, what is it?

Theory of operation
-------------------
Every message gets exactly one of five labels:

- ``safeguarding``: someone may be at risk of harm (abuse, neglect, self-harm or
  suicide, domestic abuse, exploitation, someone unsafe at home). Checked first and
  on purpose over-eager: a false alarm is a private note to the facilitator, a miss
  can hurt someone.
- ``chatter``: greetings, bare acknowledgements ("+1", "agreed"), logistics and
  tech trouble. Never publicly redirected.
- ``complaint``: a grievance about the writer's own care, payments or treatment
  that asks for redress. The bot points to the complaints route.
- ``off_scope``: a topic the workshop cannot cover (an ``out_of_scope`` item of the
  scope, or general drift such as national politics or a personal request to the
  group). The bot gently redirects.
- ``on_scope``: everything else. It is also the answer when unsure, because a
  wrong public redirect costs more than a missed one.

The rules are evidence sums from hand-written cue lists (the lexicon: the data file
facilitation/data/lexicon.toml, parsed by facilitation/lexicon.py and handed in by
``prepare``) and from the scope itself:

1. Text is lower-cased and quotes straightened. Figures of speech that look like
   harm ("dying for a cuppa", "an abuse of our goodwill") are blanked out.
2. Harm cues: decisive ones (weight 3, e.g. "hurting herself", "keep secrets",
   "took my card") count anywhere; strong ones (weight 2, e.g. "neglected", "second
   phone") and weak ones (weight 0.75, e.g. "scared", "drinking") count fully only next
   to a specific person or event ("my", "she", "on Sunday") and count half inside
   general or design talk ("the provider should ..."). "Never been any risk" cancels
   them. ``Thresholds.safeguarding_at`` or more flags the message. Below that, a
   personal account (my / she / Dad ...) with no redress request and no design talk
   is flagged by any one broad concern word ("alone", "flinches", "pushed",
   "money" ...): the concern tier, deliberately loose.
   Compositional rules (the lexicon's ``[[composed.rules]]``) add evidence built from broad
   categories rather than phrases: a person (``he``, ``my step dad``, a capitalised
   name marked ``zname``) next to an inflected harm act ("yanked him", "my partner
   kicking"), fear of a person, secrecy ("says I have to keep secrets"), a death wish,
   money taken by someone, control ("won't let her see"), exploitation and threats.
   Acts preceded by a negation ("never hit me") do not count there. Welfare states
   (``neglect_states``, ``exploit_signs``, ``home_danger``: "fridge empty", "second
   phone", "hiding upstairs") add 1 each, so two together flag. Without any specific
   person the sum is halved.
   Then general rule families (omissions, control by staff, ultimatums, minimising,
   violence idioms, despair) and, for what no rule caught, a naive Bayes word model
   (``model_score``; weights in facilitation/data/word_model.json, handed in by
   ``prepare``) flags at ``Thresholds.model_sure_at``, or at ``Thresholds.model_at``
   when the message holds a risk word. Hypothetical or
   policy talk with no "I / my" halves the harm evidence and skips the model.
3. Chatter: a message made only of acknowledgement words, or a short one with a
   greeting, logistics or tech cue, and without redress or off-topic cues.
4. Complaint (needs "I / my / our / Mum" in the message): redress cues ("I want
   an apology", "can someone ring me", "who do I speak to", weight 2) plus own-case
   grievance cues ("I've emailed twice", "my assessment", weight 1). A stated
   deferral ("I'll chase that separately, but for the spec ...") cancels them.
5. Off-scope against on-scope evidence. Off: words of the scope's ``out_of_scope``
   items that the scope statement and agenda do not use (their leading phrase
   counts most, an adjacent pair of them most of all), plus general drift topics.
   On: stemmed words of the title, scope statement, agenda and ``extra_terms``
   (facilitator corrections; common care words count a quarter) plus design talk
   ("the new service should ..."). Off-scope needs ``Thresholds.off_at`` evidence
   and more than ``Thresholds.off_ratio`` times the on-scope evidence.

``score`` is a confidence in [0, 1] that grows with the evidence for the label;
``reasons`` name the cues and scope parts that decided it.

Pure standard library, no I/O, no clock. A ``Classifier`` precomputes the scope's
term sets once; ``classify`` costs a handful of regular-expression scans. Each cue
list is indexed by its cues' first three letters (facilitation/cuegate.py), so a scan
tries only the cues that can start at the message's words: the same matches as the
whole list, found several times faster; one pass over a message's word starts marks
every list at once, so a list with nothing to try costs one set test. The word model is
read only as far as it could still reach a threshold: its words and pairs first, and
its character 4-grams only if their positive weights could lift the score that far
(``model_odds_if``). ``prepare()`` compiles the index's patterns at start-up.
tests/test_drift_frozen.py holds every answer on the labelled sets.

What depends on one word only is kept per word, bounded: its stem (``_STEMS``), its
weighted 4-grams and the most they could add (``_Grams``), and the cue lists that can
start at a word start, by its first four characters (``cuegate._STARTS``). A message
then pays a look-up for a word seen before and the full price only at a word's first
sight. ``forget_words()`` empties them all (the bench does before each pass over the
dev set, so that its figure does not count words as seen only because it showed them
already); installing another lexicon or model remakes what depends on it.
"""

from __future__ import annotations

import heapq
import itertools
import json
import math
import operator
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from facilitation.cuegate import CueList, forget_starts, indexed, text_tries
from facilitation.lexicon import Lexicon

LABELS = ("on_scope", "off_scope", "complaint", "safeguarding", "chatter")
REDIRECT_LABELS = frozenset({"off_scope", "complaint"})
STRONG_ALERT, WEAK_ALERT = "strong", "weak"  # the two kinds of safeguarding alert

CHATTER_MAX_WORDS = 25

# Weights of out-of-scope words: a leading-phrase pair, a leading-phrase word, a word
# from the explanation after " - " or "(".
OOS_PAIR = 2.0
OOS_HEAD = 1.5
OOS_GENERAL = 0.5
OOS_TAIL = 0.5
# A word people use for an item without it being in the item ("wage" for "pay"): alone
# it stays below Thresholds.off_at, two of them or one with the item's own word redirect.
OOS_RELATED = 1.0
COMMON_WEIGHT = 0.25
EXTRA_WEIGHT = 1.5
MAX_REASONS = 4
GRIEVANCE_ALONE = 3  # own-case grievance signs that make a complaint without a request
# On-scope evidence that keeps a lone out-of-scope word from redirecting.
LONE_WORD_ON = 0.5


@dataclass(frozen=True)
class Scope:
    title: str
    scope: str
    agenda: tuple[str, ...]
    out_of_scope: tuple[str, ...] = ()
    complaints_route: str = ""
    extra_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Thresholds:
    """Decision points (see the theory of operation). The defaults are the tuned ones."""

    safeguarding_at: float = 2.0
    # The word model (see ``model_features``): log-odds at or above which a message the
    # rules did not flag is flagged anyway. Chosen by leave-one-workshop-out.
    model_at: float = 20.0
    model_sure_at: float = 45.0
    # Log-odds of the word model added per point of rule evidence below safeguarding_at.
    model_gain: float = 6.0
    # Rule evidence from which a safeguarding alert is strong ("please check now").
    strong_at: float = 3.0
    complaint_at: float = 2.0
    off_at: float = 1.5
    off_ratio: float = 1.0


@dataclass(frozen=True)
class Classification:
    label: str
    score: float
    reasons: tuple[str, ...]
    # For safeguarding only: STRONG ("please check now") when the rules alone reach
    # Thresholds.strong_at or the word model is sure, WEAK ("have a look when you can")
    # otherwise. Empty for the other labels.
    strength: str = ""


def scope_from_dict(d: Mapping[str, Any]) -> Scope:
    """A Scope from one entry of a SCOPES.json file; out_of_scope may be missing."""

    def strings(key: str) -> tuple[str, ...]:
        value = d.get(key) or ()
        if isinstance(value, str):
            return (value,)
        return tuple(str(item) for item in value)

    return Scope(
        title=str(d.get("title", "")),
        scope=str(d.get("scope", "")),
        agenda=strings("agenda"),
        out_of_scope=strings("out_of_scope"),
        complaints_route=str(d.get("complaints_route", "")),
        extra_terms=strings("extra_terms"),
    )


# --- text helpers ----------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\+1")
# The first name of an email or web address's domain: "complaints@wexcombe.gov.uk".
_PLACE = re.compile(r"(?:@|www\.)([a-z][a-z-]+)\.")


@lru_cache(maxsize=8)  # the message's own form again for the names and the frames
def normalise(text: str) -> str:
    """Lower case, quotes straightened, each run of white space one space, none at the
    ends. (``str.split`` and ``re``'s ``\\s`` both take white space as ``str.isspace``
    does, so this is ``re.sub(r"\\s+", " ", ...).strip()``, several times faster.)"""
    return " ".join(straighten(text).lower().split())


def straighten(text: str) -> str:
    """Curly quotes and backticks made straight: ``text.translate(_QUOTES)``, but one
    ``replace`` per character is far quicker than ``translate`` with a table that maps
    to or from characters beyond ASCII."""
    for curly, straight in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


_QUOTE_PAIRS = tuple((chr(c), s) for c, s in _QUOTES.items())


# Text-speak written out (the lexicon's [text_speak]); set by ``use_lexicon``.
_TEXT_SPEAK: Mapping[str, str]
_SPEAK: re.Pattern[str]


@lru_cache(maxsize=8)  # a message's forms are made plain more than once (issue 21)
def plain(norm: str) -> str:
    """Text-speak and dropped apostrophes written out ("dont" -> "don't", "u" -> "you",
    "sumone" -> "someone") so the safeguarding cues and the word model read them.
    ``_SPEAK`` matches a text-speak word only between characters that are neither word
    characters nor "'"; so when every one is made of those characters, it matches only
    where a whole run of them is one. Most messages hold none, found by a set test."""
    if _SPEAK_WORDS is not None:
        if _SPEAK_WORDS.isdisjoint(_words(norm)):
            return norm
    elif _SPEAK_RUNS is not None and _SPEAK_RUNS.isdisjoint(_RUNS.findall(norm)):
        return norm
    return _SPEAK.sub(lambda m: _TEXT_SPEAK[m.group(0)], norm)


_RUNS = re.compile(r"[\w']+")
_LETTERS_AND_DIGITS = re.compile("[a-z0-9]+")
# The text-speak words when each is a run of ``_RUNS`` (no other character, so no
# pattern syntax either); None: ``plain`` always scans.
_SPEAK_RUNS: frozenset[str] | None
# The text-speak words when each is letters and digits only, not starting with "1":
# such a word that is a whole run of ``_RUNS`` is also one of the text's ``_words``
# (a word of ``_WORD`` begins after a character that is not a word character or "'"
# only where "+1" takes a "1"), so no word of them in ``_words(norm)``, kept for the
# message's forms, means no scan: the message's words, split once (issue 21, fifth
# pass), instead of a second split into runs. None: the runs are tested.
_SPEAK_WORDS: frozenset[str] | None


def stem(word: str) -> str:
    """A light suffix stripper: carers/carer's -> carer, assessments -> assess. Each
    word's stem is kept (``_STEMS``): everyday words come back in every message."""
    return _STEMS[word]


class _Stems(dict[str, str]):
    """Stems by word, made on first use: ``map(_STEMS.__getitem__, words)`` finds a
    known word's stem with one look-up in C (an ``lru_cache`` wrapper costs several
    times that). At most STEMS_KEPT words: a bound on memory."""

    def __missing__(self, word: str) -> str:
        if len(self) >= STEMS_KEPT:
            self.clear()
        found = self[word] = _stem(word)
        return found


STEMS_KEPT = 65536
_STEMS = _Stems()
_STEM_OF = _STEMS.__getitem__


def _stem(word: str) -> str:
    """The stem of a word met for the first time. Each test is written to fail at once
    on most words (no "'", not ending in "s", short): a new word costs about a third
    less than the one loop over the suffixes did (issue 21, sixth pass); the same
    stems (tests/test_drift_speed.py)."""
    w = word.lower()
    if "'" in w:
        w = w.replace("'", "")
    if len(w) <= 3:
        return w
    if w[-1] == "s":
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    # A word ends in "ing" or in "ed", never both: the order of the tests is free.
    if w.endswith("ing"):
        if len(w) >= 7:
            w = w[:-3]
    elif w.endswith("ed") and len(w) >= 6:
        w = w[:-2]
    if len(w) >= 9 and w.endswith("ation"):
        w = w[:-5]
    return w


@lru_cache(maxsize=8)  # the message's own form again: the compositional rules read it
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


# Cue lists are indexed by their cues' first letters (facilitation/cuegate.py): a
# message is scanned only with the cues it could hold. Same matches, far fewer tries.
def _compile(patterns: Iterable[str]) -> CueList:
    return CueList(list(patterns))


def _bounded(patterns: Iterable[str]) -> CueList:
    return CueList(list(patterns), before=r"(?<![\w'])", after=r"(?![\w])")


# The cue lists and word sets, built from the lexicon by ``use_lexicon`` (the names are
# the lexicon's). ``_ANY_HARM`` is the gate of ``_harm``: one scan for a cue of any of
# the three harm lists instead of three.
_FIGURATIVE: CueList
_HARM_STRONG: CueList
_HARM_MEDIUM: CueList
_HARM_WEAK: CueList
_ANY_HARM: CueList
_CONCERN: CueList
_PERSONAL = re.compile(
    r"\b(?:my|our|i|i'?m|i'?ve|me|mum|dad|nan|gran|grandad|grandma|he|she|him|her|his)\b"
)
_GENERIC: CueList
_SPECIFIC: CueList
_NO_RISK: CueList
_REDRESS: CueList
_GRIEVANCE: CueList
_DEFER: CueList
_CHATTER: CueList
_DESIGN: CueList
_OFF_TOPICS: tuple[tuple[str, float, CueList], ...]
_NOT_ABOUT: re.Pattern[str]
_NOT_CHATTER: re.Pattern[str]
# ``_NOT_ABOUT``, ``_NOT_CHATTER`` and ``_RISK_STEMS`` as one-alternative cue lists
# (cuegate.indexed), tried only at the word starts they can begin at; built with them.
_NOT_ABOUT_AT: CueList | re.Pattern[str]
_NOT_CHATTER_AT: CueList | re.Pattern[str]
_RISK_STEMS_AT: CueList | re.Pattern[str]
_OOS_GENERAL: frozenset[str]
_STOPWORDS: frozenset[str]
_COMMON: frozenset[str]
_ACK_WORDS: frozenset[str]
_FRAME_FACTOR: float
# The weights of the counted cue families (the lexicon's ``weight`` of each [lists.*]),
# set by ``use_lexicon``: module names, not a look-up per message.
_HARM_STRONG_WEIGHT: float
_HARM_MEDIUM_WEIGHT: float
_HARM_WEAK_WEIGHT: float
_CONCERN_WEIGHT: float
_NO_RISK_WEIGHT: float
_REDRESS_WEIGHT: float
_GRIEVANCE_WEIGHT: float
_DEFER_WEIGHT: float
_DESIGN_WEIGHT: float
_OWN = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|our|we|we've|us|mum|dad|mam|nan|gran)\b")


def _build_composed(
    rules: Iterable[tuple[str, float, str, str]],
) -> tuple[tuple[str, float, CueList, str, frozenset[str]], ...]:
    return tuple(
        (
            name,
            weight,
            CueList([pattern], before=r"(?<!\w)(?<!\w')", after=r"(?!\w)"),
            kind,
            _COMPOSED_GATES.get(name, frozenset()),
        )
        for name, weight, pattern, kind in rules
    )


_COMPOSED_GATES: Mapping[str, frozenset[str]]
_COMPOSED: tuple[tuple[str, float, CueList, str, frozenset[str]], ...]


def _gate_index(
    rules: Iterable[tuple[str, float, CueList, str, frozenset[str]]],
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """For each gate word, the positions of the compositional rules it opens, and the
    positions of the rules without a gate: a message then costs a look-up per word
    instead of a set test per rule. Positions keep the rules' order."""
    by_word: dict[str, list[int]] = {}
    ungated: list[int] = []
    for i, (*_, gate) in enumerate(rules):
        if not gate:
            ungated.append(i)
        for word in gate:
            by_word.setdefault(word, []).append(i)
    return {w: tuple(ids) for w, ids in by_word.items()}, tuple(ungated)


_COMPOSED_BY_WORD: dict[str, tuple[int, ...]]
_COMPOSED_UNGATED: tuple[int, ...]
# The welfare-state lists (neglect_states, exploit_signs, home_danger, risk_signs),
# one cue list per weight: with the one weight they all have, one scan.
_WELFARE: tuple[tuple[float, CueList], ...]
_NEGATED: re.Pattern[str]
_THING_BEFORE: re.Pattern[str]
_HYPOTHETICAL: CueList
# Word beginnings that open the model's gate (misspelt or run-on forms included).
_RISK_STEMS: re.Pattern[str]
# "he has never hit me": a negation between the person and the act cancels it too.
_NEGATED_INSIDE = re.compile(r"\b(?:never|not|no longer)\b|n't\b")
_DISCLOSER: re.Pattern[str]
_NOT_NAMES: frozenset[str]
# A capitalised word after a lower-case word or a comma: probably a person's name.
_NAME = re.compile(r"(?<=[a-z,] )(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][a-z]+)\b")
_ANCHOR = re.compile(
    r"\b(?:i|i'?m|i'?ve|i'?d|me|my|he|she|him|his|her|he's|she's|zname|zname's|mum|dad|nan|"
    r"gran|grandad|grandma|nana|they|them|their|they're|they've)\b"
)


@lru_cache(maxsize=8)
def _figures_out(norm: str) -> str:
    """Figures of speech that look like harm blanked out. Kept for the few forms of the
    message being read: the harm cues, the concern tier and the compositional rules
    each read the same form (issue 21)."""
    return _FIGURATIVE.sub(" ~ ", norm)


def _mark_names(text: str) -> str:
    """'strap Gary into his chair' -> 'strap zname into his chair' (then normalised)."""

    def repl(m: re.Match[str]) -> str:
        return m.group(0) if m.group(1).lower() in _NOT_NAMES else "zname"

    if not _NAME_GATE.search(text):
        return normalise(text)  # no name can be marked: the message's own form, kept
    return normalise(_NAME.sub(repl, straighten(text)))


# What the text holds where ``_NAME`` matches: its look-behind's two characters, then a
# capital and a small letter (a title's, "Mr", or the name's), where ``_NAME``'s
# look-behind is tried at every character. Written to start with its space: re's scan
# for a literal first character skips to each space in C (a first character of
# "[a-z,]" stopped at nearly every one), and the look-behind then checks the character
# before it: the same places (issue 21, fifth pass). (Straightening quotes changes no
# character of it.)
_NAME_GATE = re.compile(" (?<=[a-z,] )[A-Z][a-z]")


def _hits(pattern: re.Pattern[str] | CueList, text: str) -> list[str]:
    # findall gives the whole matches (none of the cue patterns has a capturing group)
    # without building a match object for each: the same strings, found in C.
    if pattern.groups:
        return [m.group(0).strip() for m in pattern.finditer(text) if m.group(0).strip()]
    return [cue for found in pattern.findall(text) if (cue := found.strip())]


_STRIP_EDGES = operator.methodcaller("strip", "?:;()\"'-")


def _confidence(evidence: float, scale: float = 3.0) -> float:
    return round(1.0 - math.exp(-max(evidence, 0.0) / scale), 3)


_MODEL_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_MODEL_STOP: frozenset[str]


MODEL_CHARS = 4  # length of the character n-grams (0: none)


def model_features(norm: str) -> set[str]:
    """Stemmed words (no stop words), adjacent stem pairs and the character 4-grams of
    each word (marked ``#``, with ``<`` and ``>`` at the word's ends) of a normalised
    message: the features of the word model. The 4-grams let a misspelt or run-on word
    ("frends", "durty", "stayin") share most of its evidence with the right one."""
    words = _MODEL_WORD.findall(norm)
    stems = [stem(w) for w in words]
    feats = {s for s in stems if s not in _MODEL_STOP}
    feats.update(f"{a}_{b}" for a, b in zip(stems, stems[1:], strict=False))
    if MODEL_CHARS:
        for w in set(words):
            feats.update(_char_grams(w))
    return feats


def _bare_grams(word: str) -> Iterator[str]:
    """``_char_grams`` without the "#" of a feature's name, in order: the keys of
    ``_Grams``'s look-ups at a word's first sight. Sliced by a map over kept slice
    objects, so the loop runs in C with no comprehension's frame (issue 21, sixth pass),
    and a word with no "'" is padded without a ``replace``."""
    padded = f"<{word}>" if "'" not in word else "<" + word.replace("'", "") + ">"
    count = len(padded) - MODEL_CHARS + 1
    if not 0 <= count <= len(_GRAM_SLICES):
        if count < 0:
            return iter(())  # a word of no letters: no n-gram
        _GRAM_SLICES[:] = _gram_slices(count)  # a word longer than any before
    return map(padded.__getitem__, _GRAM_SLICES[:count])


def _gram_slices(count: int) -> list[slice]:
    """The slices of a padded word's first ``count`` character n-grams, in order."""
    return [slice(i, i + MODEL_CHARS) for i in range(count)]


# The slices of ``_bare_grams``, grown when a longer word comes.
_GRAM_SLICES: list[slice] = _gram_slices(64)


def _char_grams(word: str) -> list[str]:
    """A word's character n-grams as model features. Not kept here: the classifier
    keeps each word's weighted ones (``_Grams``), so this runs at a word's first sight."""
    n = MODEL_CHARS
    padded = "<" + word.replace("'", "") + ">"
    # A list comprehension: quicker than a generator or maps of slices here.
    return ["#" + padded[i : i + n] for i in range(len(padded) - n + 1)]


@dataclass(frozen=True)
class WordModel:
    """The trained word model: log-odds prior, a weight per feature, and the manifest
    that says how it was trained (data sets, counts, settings, date, commit). It is data
    (facilitation/data/word_model.json), read at start-up outside the core and handed in
    through ``prepare``, so that retraining rewrites a data file, never Python source."""

    prior: float
    weights: Mapping[str, float]
    manifest: Mapping[str, Any]


class WordModelError(ValueError):
    """The word model's file is not what ``word_model_from_json`` expects."""


def word_model_from_json(text: str) -> WordModel:
    """Parse the text of a word model file (pure: the caller reads the file)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise WordModelError(f"word model is not valid JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise WordModelError("word model must be a JSON object")
    prior, weights = data.get("prior"), data.get("weights")
    if not isinstance(prior, int | float) or isinstance(prior, bool):
        raise WordModelError("word model has no numeric 'prior'")
    if not isinstance(weights, dict) or not weights:
        raise WordModelError("word model has no 'weights' object")
    bad = [f for f, w in weights.items() if not isinstance(w, int | float) or isinstance(w, bool)]
    if bad:
        raise WordModelError(f"word model weight for {bad[0]!r} is not a number")
    manifest = data.get("manifest", {})
    return WordModel(float(prior), {f: float(w) for f, w in weights.items()}, manifest)


def word_model_to_json(model: WordModel) -> str:
    """The text of a word model file: manifest, prior, then one weight a line in
    feature order, so that a retrain shows as a readable diff."""
    data = {
        "manifest": dict(model.manifest),
        "prior": model.prior,
        "weights": dict(sorted(model.weights.items())),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# Set once by ``prepare`` at start-up (bot/bootstrap.py, the tools, tests/conftest.py).
_MODEL: WordModel | None = None


def word_model() -> WordModel:
    if _MODEL is None:
        raise RuntimeError(
            "the word model is not loaded: call drift.prepare(model, lexicon) at start-up"
            " (bot/drift_data.py reads facilitation/data/word_model.json)"
        )
    return _MODEL


def use_word_model(model: WordModel | None) -> WordModel | None:
    """Install ``model`` as the word model; returns the one it replaces (the bench
    swaps models for a while with this)."""
    global _MODEL
    previous, _MODEL = _MODEL, model
    return previous


def model_score(norm: str) -> tuple[float, list[str]]:
    """Naive Bayes log-odds that a message discloses risk, and its strongest words.
    The features of ``model_features`` that carry weight, each counted once; a word's
    weighted 4-grams are found once per model and kept, as numbers (``_Grams``), since
    most of a message's features are 4-grams of everyday words."""
    read = _model_read(norm)
    return read.odds, _strongest(read)


def model_odds(norm: str) -> float:
    """``model_score``'s log-odds alone: the strongest words are worked out only for a
    message the model flags (``classify`` asks ``model_score`` then)."""
    return _model_read(norm).odds


def model_odds_if(
    norm: str, least: float, read: tuple[list[str], list[str]] | None = None
) -> float | None:
    """``model_odds(norm)``, or None when it is surely below ``least``: the weighted
    words and pairs are summed first, then the most the 4-grams could add (the
    positive weights of each distinct word's 4-grams, kept per word: a 4-gram two words
    share counts twice here, once in the score). Below ``least`` even so, the 4-grams
    are not merged and weighed (most messages of the dev set: issue 21). ``read``: the
    model's words of ``norm`` and their stems, when the caller has them."""
    model = word_model()
    kept = _grams_of(model)
    if (kept_read := kept.scores.get(norm)) is not None:
        return kept_read.odds
    if (partial := kept.partial.get(norm)) is None:
        partial = _words_read(norm, model, kept, read)
    words, named, named_weights, score = partial
    if MODEL_CHARS:
        most = score + sum(map(kept.most.__getitem__, set(words)))
        if most < least - MODEL_MARGIN:
            # Kept: redirects.py may read the message again with a lower threshold.
            if len(kept.partial) >= SCORES_KEPT:
                kept.partial.clear()
            kept.partial[norm] = partial
            return None
    return _keep(kept, norm, _grams_read(words, named, named_weights, score, kept)).odds


# Taken from ``least`` before the most the 4-grams could add is compared with it: the
# bound and the score add their parts in different orders, and a float sum can differ
# in its last bits. Far below any weight of the model.
MODEL_MARGIN = 1e-6


class _ModelRead(NamedTuple):
    odds: float
    named: tuple[str, ...]  # the weighted words and word pairs, each once
    named_weights: tuple[float, ...]  # their weights, in the same order
    grams: frozenset[int]  # the weighted 4-grams (``_Grams`` numbers)


def _model_read(norm: str) -> _ModelRead:
    model = word_model()
    kept = _grams_of(model)
    if (read := kept.scores.get(norm)) is not None:
        return read  # read twice: the strongest words, or for someone flagged before
    return _keep(kept, norm, _read_model(norm, model, kept))


def _keep(kept: _Grams, norm: str, read: _ModelRead) -> _ModelRead:
    if len(kept.scores) >= SCORES_KEPT:
        kept.scores.clear()
    kept.scores[norm] = read
    return read


def _read_model(norm: str, model: WordModel, kept: _Grams) -> _ModelRead:
    return _grams_read(*_words_read(norm, model, kept), kept)


def _words_read(
    norm: str, model: WordModel, kept: _Grams, read: tuple[list[str], list[str]] | None = None
) -> tuple[list[str], tuple[str, ...], tuple[float, ...], float]:
    """The message's words, its weighted words and pairs with their weights, and the
    score without the 4-grams. ``read``: the words and their stems, if known."""
    weights = model.weights
    if read is None:
        words = _MODEL_WORD.findall(norm)
        # map and filter keep the loops over words in C: most messages pass through here.
        stems = list(map(_STEM_OF, words))
    else:
        words, stems = read
    found = set(filter(kept.weighted_stems().__contains__, stems))
    # Word pairs by a set of (stem, stem) against the model's pairs: no "a_b" string is
    # made for a pair the model does not weigh. (A stem holds no "_": one name a pair.)
    found.update(
        map(kept.pairs.__getitem__, kept.pairs.keys() & zip(stems, stems[1:], strict=False))
    )
    named = tuple(found)
    named_weights = tuple(map(weights.__getitem__, named))
    return words, named, named_weights, model.prior + sum(named_weights)


def _grams_read(
    words: list[str],
    named: tuple[str, ...],
    named_weights: tuple[float, ...],
    score: float,
    kept: _Grams,
) -> _ModelRead:
    """The score with the weighted 4-grams of the words added, each once."""
    grams: frozenset[int] = frozenset()
    if MODEL_CHARS:
        grams = kept.of_words(set(words))
        score += sum(map(kept.weights.__getitem__, grams))
    return _ModelRead(score, named, named_weights, grams)


def _strongest(read: _ModelRead) -> list[str]:
    """The strongest words: the largest positive weights, words and pairs before
    4-grams."""
    ranked = sorted(zip(read.named_weights, read.named, strict=True), reverse=True)
    top = [f.replace("_", " ") for w, f in ranked[:3] if w > 0]
    if not top:
        # The strongest 4-grams in the order of (weight, name), by their rank in it.
        kept = _grams_of(word_model())
        strongest = heapq.nlargest(3, read.grams, key=kept.rank.__getitem__)
        top = [f"part {kept.names[g][1:].strip('<>')}" for g in strongest if kept.weights[g] > 0]
    return top


class _Grams:
    """The installed model's 4-gram features, numbered (a set of small numbers is
    quicker to merge and weigh than one of strings), and each word's numbers, kept
    (at most GRAMS_KEPT words: a bound on memory)."""

    def __init__(self, model: WordModel) -> None:
        self.model = model
        self.names = [f for f in model.weights if f.startswith("#")]
        self.weights = [model.weights[f] for f in self.names]
        # Each 4-gram's number and each positive weight by the bare 4-gram ("<hit", no
        # "#"): a word's first sight slices its 4-grams and looks each up, with no
        # "#" + gram string made for each (issue 21, fifth pass).
        self._number_of_gram = {f[1:]: i for i, f in enumerate(self.names)}
        pairs = zip(self.names, self.weights, strict=True)
        self._positive_of_gram = {f[1:]: w for f, w in pairs if w > 0}
        self._positive_grams = self._positive_of_gram.keys()
        # Each 4-gram's place in the order of (weight, name): ranks are distinct, so
        # the largest ranks are the largest (weight, name) pairs, ties and all.
        order = sorted(range(len(self.names)), key=lambda i: (self.weights[i], self.names[i]))
        self.rank = [0] * len(order)
        for place, gram in enumerate(order):
            self.rank[gram] = place
        self._by_word: dict[str, frozenset[int]] = {}
        # The weighted word pairs by their two stems: ("hit", "me") -> "hit_me".
        self.pairs = {
            tuple(f.split("_")): f for f in model.weights if "_" in f and not f.startswith("#")
        }
        self.most = _Most(self)  # the most each word's 4-grams can add, kept
        self._stop: frozenset[str] | None = None  # the stop words of ``weighted_stems``
        self._weighted_stems: frozenset[str] = frozenset()
        # The last few messages' readings: the strongest words are asked for after the
        # score, and redirects.py reads a message again with the closer thresholds, for
        # someone flagged before.
        self.scores: dict[str, _ModelRead] = {}
        # The words-and-pairs part of the last few messages the 4-grams were not added
        # to (``model_odds_if``).
        self.partial: dict[str, tuple[list[str], tuple[str, ...], tuple[float, ...], float]] = {}

    def weighted_stems(self) -> frozenset[str]:
        """The model's weighted words that are not its stop words: a stem in it is a
        feature, one test instead of two. (A stem holds no "_" nor "#", so it is never
        a pair or a 4-gram.) Made again when the lexicon's stop words change."""
        if self._stop is not _MODEL_STOP:
            self._stop = _MODEL_STOP
            self._weighted_stems = frozenset(
                f for f in self.model.weights if "_" not in f and f[:1] != "#"
            ).difference(_MODEL_STOP)
        return self._weighted_stems

    def forget_words(self) -> None:
        """Empty what is kept per word (``drift.forget_words``)."""
        self._by_word.clear()
        self.most.clear()

    def of_words(self, words: set[str]) -> frozenset[int]:
        """The numbers of the weighted 4-grams of all ``words``, each once."""
        by_word = self._by_word
        new = words.difference(by_word)
        if new:
            if len(by_word) + len(new) > GRAMS_KEPT:
                by_word.clear()
                new = words
            for word in new:
                by_word[word] = self._numbers_of(word)
        return frozenset().union(*map(by_word.__getitem__, words))

    def _numbers_of(self, word: str) -> frozenset[int]:
        """The numbers of the weighted 4-grams of ``word`` (look-ups in C)."""
        weighted = self._number_of_gram.keys() & _bare_grams(word)
        return frozenset(map(self._number_of_gram.__getitem__, weighted))

    def most_from(self, word: str) -> float:
        """The most the 4-grams of ``word`` can add to a score: the positive weights of
        its distinct 4-grams (0.0 for the others: adding 0.0 leaves a float sum as it
        was). Its 4-grams are not numbered and kept here: most messages stop at this
        bound (``model_odds_if``), so a word's first sight costs one set of slices and
        a look-up each; ``of_words`` numbers them for the few messages read further.
        (The sum's order is the set's, not the numbers': a bound, compared with a
        margin, ``MODEL_MARGIN``, far above a float sum's last bits.)"""
        # The word's 4-grams that have a positive weight, each once: the keys' view
        # intersected with the slices in C (no set of every 4-gram built first, no
        # default looked up for the others; issue 21, sixth pass).
        weighted = self._positive_grams & _bare_grams(word)
        return sum(map(self._positive_of_gram.__getitem__, weighted))


class _Most(dict[str, float]):
    """``_Grams.most_from`` of each word, made on first use (at most GRAMS_KEPT)."""

    def __init__(self, grams: _Grams) -> None:
        super().__init__()
        self._grams = grams

    def __missing__(self, word: str) -> float:
        if len(self) >= GRAMS_KEPT:
            self.clear()
        found = self[word] = self._grams.most_from(word)
        return found


GRAMS_KEPT = 65536
SCORES_KEPT = 8
_GRAMS: list[_Grams] = []  # for the installed model only


def forget_words() -> None:
    """Empty every memo kept per word (stems, each word's weighted 4-grams and what
    they could add, the cue lists of each word start: ``cuegate.forget_starts``): the
    next messages pay for each word's first sight again. The
    bench reads the dev set this way (its texts come back every pass, so warm memos
    would flatter it); a running bot never needs to."""
    _STEMS.clear()
    forget_starts()
    for kept in _GRAMS:
        kept.forget_words()


def _grams_of(model: WordModel) -> _Grams:
    if not _GRAMS or _GRAMS[0].model is not model:
        _GRAMS[:] = [_Grams(model)]
    return _GRAMS[0]


def _quote(cue: str) -> str:
    cue = cue.strip(" .,;:!?")
    return f'"{cue[:40]}"'


# --- the classifier ----------------------------------------------------------------


@dataclass(frozen=True)
class _OutTopic:
    name: str
    pairs: frozenset[tuple[str, str]]
    head: frozenset[str]
    general: frozenset[str]
    tail: frozenset[str]
    related: frozenset[str] = frozenset()


class Classifier:
    """Classifies messages against one workshop's scope. Build once per scope."""

    def __init__(self, scope: Scope, thresholds: Thresholds | None = None) -> None:
        word_model()  # refuse now, not at the first message that needs the model
        installed_lexicon()  # and the lexicon
        self.scope = scope
        self.thresholds = thresholds or Thresholds()
        self._surface: dict[str, str] = {}
        weights: dict[str, float] = {}
        for part in (scope.title, scope.scope, *scope.agenda):
            for word in _words(normalise(part)):
                self._add_term(weights, word, 1.0)
        for part in scope.extra_terms:
            for word in _words(normalise(part)):
                self._add_term(weights, word, EXTRA_WEIGHT, force=True)
        # The council's or town's name ("Wexcombe's young carers' service") says nothing
        # about the topic: it is the domain of the complaints route's email or web address.
        for place in _PLACE.findall(scope.complaints_route.lower()):
            s = stem(place)
            if s in weights:
                weights[s] = min(weights[s], COMMON_WEIGHT)
        self._scope_weights = weights
        pairs: set[tuple[str, str]] = set()
        for part in (scope.title, scope.scope, *scope.agenda):
            seq = [stem(w) for w in _words(normalise(part)) if w not in _STOPWORDS]
            pairs.update(zip(seq, seq[1:], strict=False))
        self._scope_pairs = frozenset(pairs)
        self._out_topics = tuple(self._out_topic(item, weights) for item in scope.out_of_scope)
        # Every stem an out-of-scope topic can score on, and the first stem of each of
        # its pairs: a message with none of them scores on no topic (most messages).
        self._out_stems = frozenset().union(
            *(t.head | t.general | t.tail | t.related for t in self._out_topics),
            *({first for first, _ in t.pairs} for t in self._out_topics),
        )

    def _add_term(self, weights: dict[str, float], word: str, weight: float, force=False) -> None:
        if word in _STOPWORDS or len(word) < 2 or word.isdigit():
            return
        s = stem(word)
        if word in _COMMON or s in _COMMON:
            weight = COMMON_WEIGHT
        if force:
            weight = max(weight, EXTRA_WEIGHT)
        weights[s] = max(weights.get(s, 0.0), weight)
        self._surface.setdefault(s, word)

    def _out_topic(self, item: str, scope_weights: Mapping[str, float]) -> _OutTopic:
        text = normalise(item)
        head_text, tail_text = re.split(r"\s[-\u2013\u2014]\s|:|;", text + " - ", maxsplit=1)
        name = re.sub(r"\s+", " ", item.split(" - ")[0].split(" (")[0]).strip()

        def content(part: str, keep_common: bool = False) -> list[str]:
            out = []
            for word in _words(part):
                s = stem(word)
                common = s in _COMMON or word in _COMMON
                if word in _STOPWORDS or len(word) < 2 or (common and not keep_common):
                    out.append("")  # keeps pairs honest: no pairing across a gap
                    continue
                out.append(s)
            return out

        # Parentheses often hold an abbreviation or examples ("(PIP)", "(bins, parking)"):
        # their words count like the leading phrase's.
        head_text = head_text.replace("(", " , ").replace(")", " , ")
        both = content(head_text, keep_common=True)
        pairs = frozenset(
            (a, b)
            for a, b in zip(both, both[1:], strict=False)
            if a and b and a != b and (a, b) not in self._scope_pairs
        )
        head = content(head_text)
        distinct = frozenset(s for s in head if s and s not in scope_weights)
        general = frozenset(s for s in distinct if s in _OOS_GENERAL)
        head_set = distinct - general
        tail_set = frozenset(
            s
            for s in content(tail_text)
            if s and s not in scope_weights and s not in distinct and s not in _OOS_GENERAL
        )
        related_words, related_pairs = _related(head, scope_weights, self._scope_pairs)
        return _OutTopic(
            name=name,
            pairs=pairs | related_pairs,
            head=head_set,
            general=general,
            tail=tail_set - related_words,
            related=related_words - distinct,
        )

    # -- classify -------------------------------------------------------------------

    def classify(self, text: str) -> Classification:
        norm = normalise(text)
        words = _words(norm)
        stems = list(map(_STEM_OF, words))
        n_words = len(words)

        # 1. safeguarding (on the text with text-speak written out)
        limits = self.thresholds
        redress = _hits(_REDRESS, norm)
        snorm = plain(norm)
        harm, harm_reasons = self._rule_evidence(text, redress, snorm)
        # Sentences that talk *about* harm (long past, a case study, a plot, process or
        # policy) count for a fraction; the rest of the message counts in full.
        frames, unframed = _unframed(text, snorm)
        if frames:
            snorm = plain(normalise(unframed))
            kept, kept_reasons = (
                self._rule_evidence(unframed, redress, snorm) if unframed else (0.0, [])
            )
            harm = max(kept, 0.0) + _FRAME_FACTOR * max(harm - max(kept, 0.0), 0.0)
            harm_reasons = [f"framed as {frames[0]}", *kept_reasons, *harm_reasons]
        hypothetical = bool(_HYPOTHETICAL.search(snorm)) and not _DISCLOSER.search(snorm)
        if harm >= limits.safeguarding_at and hypothetical:
            harm *= 0.5  # "what do staff do if someone says ...": talk about a case
        # Below the rules' threshold the word model decides, helped by whatever rule
        # evidence there is (model_gain log-odds per point: the two add, not OR). It
        # also learns how people write, not only what they say, so below model_sure_at
        # it flags only a message with at least one risk word of the lists.
        gain = limits.model_gain * max(harm, 0.0)
        least = min(limits.model_at, limits.model_sure_at)
        # The model is read only as far as it could still reach either threshold.
        if (
            harm < limits.safeguarding_at
            and not hypothetical
            and (
                odds := model_odds_if(
                    snorm, least - gain, self._model_words(norm, snorm, words, stems)
                )
            )
            is not None
        ):
            combined = odds + gain
            # Below both thresholds neither test below can pass, so the risk words are
            # not read (most messages: issue 21).
            if combined >= least:
                # A request for redress with no rule evidence at all is a complaint unless
                # the model is sure: the model reads personal stories of poor care as risk.
                risky = _risk_word(snorm, harm)
                gated = risky and not (redress and harm <= 0)
                sure = combined >= limits.model_sure_at and (risky or not self._clearly_off(norm))
                if sure or (combined >= limits.model_at and gated):
                    words = model_score(snorm)[1]
                    reasons = [f"word model ({odds:.1f}): " + ", ".join(map(_quote, words))]
                    strong = combined >= limits.model_sure_at and risky
                    return Classification(
                        "safeguarding",
                        _confidence(combined - limits.model_at + 2.0),
                        (*reasons, *harm_reasons),
                        STRONG_ALERT if strong else WEAK_ALERT,
                    )
        if harm >= limits.safeguarding_at:
            strength = STRONG_ALERT if harm >= limits.strong_at else WEAK_ALERT
            return Classification("safeguarding", _confidence(harm), tuple(harm_reasons), strength)

        # 2. chatter
        off_named = _hits(_OFF_TOPICS[0][2], norm)
        chatter = self._chatter(norm, words, n_words)
        if (
            chatter
            and not redress
            and not off_named
            and not (
                _NOT_CHATTER_AT.search(norm)
                and not chatter[0].startswith("chatter cue: acknowledgement")
            )
        ):
            return Classification("chatter", _confidence(4.0), chatter)

        # 3. complaint
        grievance = _hits(_GRIEVANCE, norm)
        # Without a request or three own-case signs it is no complaint, whatever the
        # rest says: the rest is not read (most messages: issue 21).
        if redress or len(grievance) >= GRIEVANCE_ALONE:
            defer = _hits(_DEFER, norm)
            complaint = _REDRESS_WEIGHT * len(redress) + _GRIEVANCE_WEIGHT * min(len(grievance), 3)
            if defer:
                complaint += _DEFER_WEIGHT
            # Own-case signs alone (waiting months, nobody calls back, my assessment)
            # make a complaint when there are three of them and no design talk.
            alone = len(grievance) >= GRIEVANCE_ALONE and not _hits(_DESIGN, norm)
            if complaint >= limits.complaint_at and (redress or alone) and _OWN.search(norm):
                reasons = [f"redress cue: {_quote(c)}" for c in redress[:2]]
                reasons += [f"own-case cue: {_quote(c)}" for c in grievance[:2]]
                return Classification("complaint", _confidence(complaint), tuple(reasons))

        # 4. off-scope against on-scope
        on, on_reasons = self._on_evidence(norm, stems)
        off, off_reasons = self._off_evidence(norm, stems)
        if off and _NOT_ABOUT_AT.search(norm):
            kept = _NOT_ABOUT.sub(" ", norm)
            off, off_reasons = self._off_evidence(kept, [stem(w) for w in _words(kept)])
        if (
            off >= limits.off_at
            and off > limits.off_ratio * on
            and not _lone_word(off_reasons, off, on)
        ):
            return Classification("off_scope", _confidence(off - on), tuple(off_reasons))

        reasons = on_reasons or ("no drift cue: on scope by default",)
        return Classification("on_scope", _confidence(on + 1.0), tuple(reasons))

    @staticmethod
    def _model_words(
        norm: str, snorm: str, words: list[str], stems: list[str]
    ) -> tuple[list[str], list[str]] | None:
        """The word model's words of ``snorm`` and their stems, from the message's own
        when they are the same: the text has no text-speak written out and no "+" (the
        message's words count "+1" as one, the model's words do not)."""
        if snorm != norm or "+" in norm:
            return None
        return words, stems

    def _clearly_off(self, norm: str) -> bool:
        """An out-of-scope topic outweighs the scope: with not one risk word, the word
        model's style evidence alone does not make such a message a disclosure (a long
        grumble about hospital parking)."""
        stems = [stem(w) for w in _words(norm)]
        off, _ = self._off_evidence(norm, stems)
        if off < self.thresholds.off_at:
            return False
        on, _ = self._on_evidence(norm, stems)
        return off > self.thresholds.off_ratio * on

    def _rule_evidence(self, text: str, redress: list[str], snorm: str) -> tuple[float, list[str]]:
        """Safeguarding evidence of the rules on ``text`` (``snorm`` is its plain form):
        harm cues, then the compositional rules, then (with no redress asked for) the
        concern tier."""
        limits = self.thresholds
        harm, reasons = self._harm(snorm)
        if harm < limits.safeguarding_at:
            harm, reasons = _composed(text, harm, reasons)
        if harm < limits.safeguarding_at and not redress:
            harm, reasons = self._concern(snorm, harm, reasons)
        return harm, reasons

    def _harm(self, norm: str) -> tuple[float, list[str]]:
        if not _ANY_HARM.search(norm):
            return 0.0, []
        text = _figures_out(norm)
        strong = [
            m.group(0).strip()
            for m in _HARM_STRONG.finditer(text)
            if not _NEGATED.search(text[max(0, m.start() - 24) : m.start()])
        ]
        medium = _hits(_HARM_MEDIUM, text)
        weak = _hits(_HARM_WEAK, text)
        specific = bool(_SPECIFIC.search(text))
        generic = bool(_GENERIC.search(text))
        factor = (1.0 if specific else 0.5) * (0.5 if generic else 1.0)
        score = _HARM_STRONG_WEIGHT * len(strong) + factor * (
            _HARM_MEDIUM_WEIGHT * len(medium) + (_HARM_WEAK_WEIGHT * len(weak) if specific else 0)
        )
        if _NO_RISK.search(text):
            score += _NO_RISK_WEIGHT
        cues = strong + medium + weak
        return score, [f"harm cue: {_quote(c)}" for c in cues[:MAX_REASONS]]

    def _concern(self, norm: str, harm: float, reasons: list[str]) -> tuple[float, list[str]]:
        """The concern tier: everyday words in a personal account, not a design point.
        The concern words are looked for first: most messages have none, and then the
        rest need not be read (issue 21)."""
        words = _hits(_CONCERN, _figures_out(norm))
        if (
            not words
            or not _PERSONAL.search(norm)
            or _GENERIC.search(norm)
            or _NOT_CHATTER_AT.search(norm)
        ):
            return harm, reasons
        score = harm + _CONCERN_WEIGHT * len(set(words))
        return score, reasons + [f"concern word: {_quote(w)}" for w in words[:2]]

    def _chatter(self, norm: str, words: list[str], n_words: int) -> tuple[str, ...]:
        tokens = norm.replace(",", " ").replace("!", " ").replace(".", " ").split()
        tokens = list(filter(None, map(_STRIP_EDGES, tokens)))  # map and filter: in C
        if not tokens:
            return ("chatter cue: empty or emoji only",)
        unknown = list(itertools.filterfalse(_ACK_WORDS.__contains__, tokens))
        if not unknown or (len(tokens) <= 4 and len(unknown) <= 1 and tokens[0] in _ACK_WORDS):
            return (f"chatter cue: acknowledgement {_quote(' '.join(tokens[:4]))}",)
        if n_words > CHATTER_MAX_WORDS:
            return ()
        cues = _hits(_CHATTER, norm)
        return tuple(f"chatter cue: {_quote(c)}" for c in cues[:2])

    def _on_evidence(self, norm: str, stems: list[str]) -> tuple[float, list[str]]:
        # Each scope stem once, in the order the message first uses it (the sum too).
        weights = self._scope_weights
        seen = {s: w for s in dict.fromkeys(stems) if (w := weights.get(s))}
        total = sum(seen.values(), 0.0)
        design = _hits(_DESIGN, norm)
        total += _DESIGN_WEIGHT * len(design)
        ranked = sorted(seen, key=lambda s: -seen[s])
        reasons = [f"scope term: {_quote(self._surface.get(s, s))}" for s in ranked[:3]]
        reasons += [f"design cue: {_quote(c)}" for c in design[:1]]
        return total, reasons

    def _off_evidence(self, norm: str, stems: list[str]) -> tuple[float, list[str]]:
        total = 0.0
        reasons: list[str] = []
        stem_set = set(stems)
        topics = self._out_topics if not stem_set.isdisjoint(self._out_stems) else ()
        stem_pairs = set(zip(stems, stems[1:], strict=False)) if topics else set()
        for topic in topics:
            score = OOS_PAIR * len(topic.pairs & stem_pairs)
            score += OOS_HEAD * len(topic.head & stem_set)
            score += OOS_GENERAL * len(topic.general & stem_set)
            score += OOS_TAIL * len(topic.tail & stem_set)
            score += OOS_RELATED * len(topic.related & stem_set)
            if score:
                total += score
                reasons.append(f"out-of-scope topic: {_quote(topic.name)}")
        present = text_tries(norm).present
        for name, weight, pattern in _OFF_TOPICS:
            if (gate := pattern.gate) and gate not in present:
                continue  # no word of the text starts as a cue of the topic does
            cues = _hits(pattern, norm)
            if cues:
                total += weight * len(cues)
                reasons.append(f"off-topic cue ({name}): {_quote(cues[0])}")
        return total, reasons[:MAX_REASONS]


# Related words by the stem of an item's leading word (the lexicon's [oos_related]).
_RELATED: dict[str, list[tuple[str, ...]]]


def _related(
    head: list[str], scope_weights: Mapping[str, float], scope_pairs: frozenset
) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Words and pairs people use for an out-of-scope item's leading words
    (``OOS_RELATED``), less those the scope itself uses."""
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for s in head:
        for related in _RELATED.get(s, ()):
            if len(related) == 1 and related[0] not in scope_weights:
                words.add(related[0])
            elif len(related) == 2 and related not in scope_pairs:
                pairs.add(related)
    return frozenset(words), frozenset(pairs)


_FRAMING: tuple[tuple[str, CueList], ...]
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


_ANY_FRAMING: CueList


def _unframed(text: str, snorm: str) -> tuple[list[str], str]:
    """The kinds of framing found, and the text without its framed sentences. Speech
    to text without punctuation is one sentence, framed or not as a whole."""
    if not _ANY_FRAMING.search(snorm):
        return [], text
    kinds: list[str] = []
    kept: list[str] = []
    for sentence in _SENTENCE.split(text):
        snorm = plain(normalise(sentence))
        found = [kind for kind, p in _FRAMING if p.search(snorm)]
        kinds += [k for k in found if k not in kinds]
        if not found:
            kept.append(sentence)
    return kinds, " ".join(kept)


def has_risk_word(text: str) -> bool:
    """One word of the harm, concern or risk-stem lists: a cheap test of whether a
    message is worth reading together with the person's earlier ones."""
    return _risk_word(plain(normalise(text)), 0.0)


def _risk_word(norm: str, harm: float) -> bool:
    """Any rule evidence, or one word of the harm, concern or risk-stem lists."""
    return bool(
        harm > 0 or _HARM_WEAK.search(norm) or _CONCERN.search(norm) or _RISK_STEMS_AT.search(norm)
    )


def _lone_word(off_reasons: list[str], off: float, on: float) -> bool:
    """One out-of-scope word alone (no pair, no drift cue) against real on-scope
    evidence is too thin for a public redirect ("the driver loves the bus")."""
    return on >= LONE_WORD_ON and off <= OOS_HEAD and len(off_reasons) == 1


def _composed(text: str, harm: float, reasons: list[str]) -> tuple[float, list[str]]:
    """The compositional rules: a person next to a harm act, a fear or secrecy state,
    a death wish, money taken, neglect states ... (the lexicon's [[composed.rules]])."""
    marked = _figures_out(plain(_mark_names(text)))
    score = 0.0
    found: list[str] = []
    self_anchored = False
    tokens = frozenset(_words(marked))
    opened = set(_COMPOSED_UNGATED)
    for word in tokens & _COMPOSED_BY_WORD.keys():
        opened.update(_COMPOSED_BY_WORD[word])
    present = text_tries(marked).present
    for position in sorted(opened):
        name, weight, pattern, kind, _ = _COMPOSED[position]
        if (gate := pattern.gate) and gate not in present:
            continue  # no word of the text starts as the rule does: nothing to read
        for m in pattern.finditer(marked):
            if kind not in ("plain", "self"):
                before = marked[max(0, m.start() - 24) : m.start()]
                if kind == "act" and (
                    _NEGATED.search(before) or _NEGATED_INSIDE.search(m.group(0))
                ):
                    continue
                if kind == "control" and _THING_BEFORE.search(before):
                    continue
            score += weight
            self_anchored = self_anchored or kind == "self"
            found.append(f"{name}: {_quote(m.group(0))}")
            break
    states: set[str] = set()
    for weight, cues in _WELFARE:
        # no capturing group: whole matches; a state counts once, in its first list
        new = set(cues.findall(marked)) - states
        score += weight * len(new)
        states |= new
    if states:
        found.append(f"welfare state: {_quote(sorted(states)[0])}")
    if not score:
        return harm, reasons
    # Despair said without "I" ("what's the point any more") speaks for the writer.
    anchored = self_anchored or bool(_ANCHOR.search(marked))
    if not anchored:
        score *= 0.5
    elif _GENERIC.search(marked) and not _OWN.search(marked):
        score *= 0.75
    if _NO_RISK.search(marked):
        score += _NO_RISK_WEIGHT
    return harm + score, reasons + found[: max(0, MAX_REASONS - len(reasons))]


# Set once by ``prepare`` (or ``use_lexicon``) at start-up, like the word model.
_LEXICON: Lexicon | None = None


def installed_lexicon() -> Lexicon:
    if _LEXICON is None:
        raise RuntimeError(
            "the lexicon is not loaded: call drift.prepare(model, lexicon) at start-up"
            " (bot/drift_data.py reads facilitation/data/lexicon.toml)"
        )
    return _LEXICON


def use_lexicon(lexicon: Lexicon) -> None:
    """Build the cue lists and word sets from ``lexicon`` (parsed from its data file by
    the caller: bot/drift_data.py), replacing any built before. ``prepare`` calls it;
    tests/conftest.py calls it alone, to skip compiling every small pattern."""
    global _LEXICON
    # What is kept for the last few messages was read with the lexicon replaced: the
    # plain and figure-free forms, and the word model's scores (its stop words).
    plain.cache_clear()
    _figures_out.cache_clear()
    for kept in _GRAMS:
        kept.scores.clear()
        kept.partial.clear()
    _use_text(lexicon)
    _use_harm(lexicon)
    _use_composed(lexicon)
    _use_talk(lexicon)
    _LEXICON = lexicon


def _use_text(lexicon: Lexicon) -> None:
    global _TEXT_SPEAK, _SPEAK, _NOT_NAMES, _MODEL_STOP, _STOPWORDS, _COMMON, _ACK_WORDS
    global _SPEAK_RUNS, _SPEAK_WORDS
    _TEXT_SPEAK = lexicon.text_speak
    runs = all(_RUNS.fullmatch(short) for short in _TEXT_SPEAK)
    _SPEAK_RUNS = frozenset(_TEXT_SPEAK) if runs else None
    words = all(_LETTERS_AND_DIGITS.fullmatch(s) and s[0] != "1" for s in _TEXT_SPEAK)
    _SPEAK_WORDS = frozenset(_TEXT_SPEAK) if words else None
    speak = "|".join(sorted(_TEXT_SPEAK, key=len, reverse=True))
    _SPEAK = re.compile(r"(?<![\w'])(?:" + speak + r")(?![\w'])")
    _NOT_NAMES = lexicon.word_sets["not_names"]
    _MODEL_STOP = lexicon.word_sets["model_stopwords"]
    _STOPWORDS = lexicon.word_sets["stopwords"]
    _COMMON = lexicon.word_sets["common"]
    _ACK_WORDS = lexicon.word_sets["ack_words"]


def _use_harm(lexicon: Lexicon) -> None:
    global _FIGURATIVE, _HARM_STRONG, _HARM_MEDIUM, _HARM_WEAK, _ANY_HARM, _CONCERN
    global _GENERIC, _SPECIFIC, _NO_RISK, _HYPOTHETICAL, _RISK_STEMS, _RISK_STEMS_AT, _DISCLOSER
    global _FRAMING, _ANY_FRAMING, _FRAME_FACTOR
    global _HARM_STRONG_WEIGHT, _HARM_MEDIUM_WEIGHT, _HARM_WEAK_WEIGHT, _CONCERN_WEIGHT
    global _NO_RISK_WEIGHT
    lists, weights = lexicon.lists, lexicon.list_weights
    _HARM_STRONG_WEIGHT = weights["harm_strong"]
    _HARM_MEDIUM_WEIGHT = weights["harm_medium"]
    _HARM_WEAK_WEIGHT = weights["harm_weak"]
    _CONCERN_WEIGHT = weights["concern"]
    _NO_RISK_WEIGHT = weights["no_risk"]
    _FIGURATIVE = _bounded(lists["figurative"])
    _HARM_STRONG = _bounded(lists["harm_strong"])
    _HARM_MEDIUM = _bounded(lists["harm_medium"])
    _HARM_WEAK = _bounded(lists["harm_weak"])
    _ANY_HARM = _bounded((*lists["harm_strong"], *lists["harm_medium"], *lists["harm_weak"]))
    _CONCERN = _bounded(lists["concern"])
    _GENERIC = _bounded(lists["generic"])
    _SPECIFIC = _compile(lists["specific"])
    _NO_RISK = _bounded(lists["no_risk"])
    _HYPOTHETICAL = _compile(lists["hypothetical"])
    _RISK_STEMS = re.compile(r"\b(?:" + "|".join(lists["risk_stems"]) + ")")
    _RISK_STEMS_AT = indexed(_RISK_STEMS)
    _DISCLOSER = re.compile(lexicon.patterns["discloser"])
    _FRAMING = tuple((kind, _compile(patterns)) for kind, patterns in lexicon.framing.items())
    _ANY_FRAMING = _compile(p for patterns in lexicon.framing.values() for p in patterns)
    _FRAME_FACTOR = lexicon.frame_factor


def _use_composed(lexicon: Lexicon) -> None:
    global _COMPOSED_GATES, _COMPOSED, _COMPOSED_BY_WORD, _COMPOSED_UNGATED
    global _WELFARE, _NEGATED, _THING_BEFORE
    lists = lexicon.lists
    _COMPOSED_GATES = lexicon.composed_gates
    _COMPOSED = _build_composed(lexicon.composed)
    _COMPOSED_BY_WORD, _COMPOSED_UNGATED = _gate_index(_COMPOSED)
    by_weight: dict[float, list[str]] = {}
    for name in ("neglect_states", "exploit_signs", "home_danger", "risk_signs"):
        by_weight.setdefault(lexicon.list_weights[name], []).extend(lists[name])
    _WELFARE = tuple((weight, _bounded(cues)) for weight, cues in by_weight.items())
    _NEGATED = re.compile(lexicon.patterns["negated"])
    _THING_BEFORE = re.compile(lexicon.patterns["thing_before"])


def _use_talk(lexicon: Lexicon) -> None:
    """Complaints, chatter and the scope: the cues of the other labels."""
    global _REDRESS, _GRIEVANCE, _DEFER, _CHATTER, _DESIGN, _OFF_TOPICS
    global _NOT_ABOUT, _NOT_CHATTER, _NOT_ABOUT_AT, _NOT_CHATTER_AT, _OOS_GENERAL, _RELATED
    global _REDRESS_WEIGHT, _GRIEVANCE_WEIGHT, _DEFER_WEIGHT, _DESIGN_WEIGHT
    lists, weights = lexicon.lists, lexicon.list_weights
    _REDRESS_WEIGHT = weights["redress"]
    _GRIEVANCE_WEIGHT = weights["grievance"]
    _DEFER_WEIGHT = weights["defer"]
    _DESIGN_WEIGHT = weights["design"]
    _REDRESS = _bounded(lists["redress"])
    _GRIEVANCE = _bounded(lists["grievance"])
    _DEFER = _bounded(lists["defer"])
    _CHATTER = _compile(lists["chatter"])
    _DESIGN = _compile(lists["design"])
    _OFF_TOPICS = tuple((t.name, t.weight, _compile(t.patterns)) for t in lexicon.off_topics)
    _NOT_ABOUT = re.compile(lexicon.patterns["not_about"])
    _NOT_CHATTER = re.compile(lexicon.patterns["not_chatter"])
    _NOT_ABOUT_AT = indexed(_NOT_ABOUT)
    _NOT_CHATTER_AT = indexed(_NOT_CHATTER)
    _OOS_GENERAL = frozenset(stem(w) for w in lexicon.word_sets["oos_general"])
    _RELATED = {
        stem(word): [tuple(stem(w) for w in _words(normalise(r))) for r in related]
        for word, related in lexicon.oos_related.items()
    }


def prepare(model: WordModel, lexicon: Lexicon) -> None:
    """Install the word model and the lexicon (each read from its data file by the
    caller) and compile every cue list's small patterns and list their starts' heads
    (facilitation/cuegate.py) now, about 0.5 to 0.9 s of CPU here, so that the first
    messages of the first workshops do not each pay for the ones they need. Called once
    at start-up; without it the classifier refuses to run, rather than silently
    classifying without its word model or cues."""
    use_word_model(model)
    use_lexicon(lexicon)
    lists = [v for v in globals().values() if isinstance(v, CueList)]
    lists += [rule[2] for rule in _COMPOSED] + [topic[2] for topic in _OFF_TOPICS]
    lists += [pattern for _, pattern in _FRAMING] + [cues for _, cues in _WELFARE]
    for cues in lists:
        cues.prepare()


def content_words(text: str, limit: int = 12) -> tuple[str, ...]:
    """A message's distinctive words (no stop words or numbers), for learning scope
    terms from a facilitator's correction."""
    kept = (w for w in _words(normalise(text)) if w not in _STOPWORDS and len(w) > 2)
    return tuple(dict.fromkeys(w for w in kept if not w.isdigit()))[:limit]


def classify(scope: Scope, text: str) -> Classification:
    """One-off convenience; build a Classifier to classify many messages."""
    return Classifier(scope).classify(text)
