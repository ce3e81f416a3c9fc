"""The scope-drift classifier's lexicon, read from its data file (pure: no I/O).

The lexicon lives in facilitation/data/lexicon.toml: cue families as lists of regular
expressions, the compositional rules with their weights, kinds and gate words, word
sets and weights. bot/drift_data.py reads the file's text; ``parse_lexicon`` turns it
into a ``Lexicon``; ``drift.prepare(model, lexicon)`` installs it. The file's format is
described at its top and in docs/classifier.md.

Two kinds of shorthand keep the patterns short, and are expanded here, once:

- ``<NAME>`` in a pattern stands for the shorthand ``NAME`` of ``[shorthands]`` (itself
  a pattern, which may use other shorthands), or for the verb class ``NAME`` of
  ``[verbs.classes]``: every inflection of its base forms ("grab" gives grab, grabs,
  grabbed, grabbing; irregular forms come from ``[verbs.irregular]``), less its
  ``drop`` forms, as one alternation.
- ``<NAME>`` in a rule's ``gate`` stands for the words of ``[gate_words]`` ``NAME``, or
  for every inflection of the verb class ``NAME`` (``drop`` does not apply: a gate only
  decides whether the rule is tried).

Standard library only (``tomllib`` parses a string; nothing is read from disk here).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

# The families facilitation/drift.py reads. A data file must name each of them, and
# nothing else, so that a misspelt family is an error and not a silently empty list.
LIST_NAMES = (
    "figurative",
    "harm_strong",
    "harm_medium",
    "harm_weak",
    "concern",
    "generic",
    "specific",
    "no_risk",
    "risk_signs",
    "neglect_states",
    "exploit_signs",
    "home_danger",
    "hypothetical",
    "redress",
    "grievance",
    "defer",
    "chatter",
    "design",
    "risk_stems",
)
# The families whose cues drift.py counts: each carries a ``weight`` (what a cue found
# adds to its score, or for ``no_risk`` and ``defer`` what any cue found adds once). The
# other families are tests (a cue is there or not) or rewrites (``figurative``), so a
# weight written on one of them would change nothing and is refused.
WEIGHTED_LISTS = frozenset(
    {
        "harm_strong",
        "harm_medium",
        "harm_weak",
        "concern",
        "no_risk",
        "risk_signs",
        "neglect_states",
        "exploit_signs",
        "home_danger",
        "redress",
        "grievance",
        "defer",
        "design",
    }
)
PATTERN_NAMES = ("discloser", "negated", "thing_before", "not_about", "not_chatter")
WORD_SET_NAMES = (
    "not_names",
    "ack_words",
    "oos_general",
    "stopwords",
    "common",
    "model_stopwords",
)
TABLES = frozenset(
    {
        "shorthands",
        "verbs",
        "gate_words",
        "lists",
        "composed",
        "patterns",
        "word_sets",
        "framing",
        "off_topics",
        "oos_related",
        "text_speak",
    }
)
# How a compositional rule counts (drift._composed): "act" is cancelled by a negation
# just before it or inside it, "control" by a thing ("the app won't let me"), "plain"
# counts as it stands, "self" counts and speaks for the writer.
KINDS = frozenset({"act", "control", "plain", "self"})

_REF = re.compile(r"<([A-Z][A-Z0-9_]*)>")
# A gap word of a compositional rule may hold an apostrophe ("my 14 year old
# daughter's body") when ``[composed] apostrophe_in_gaps`` is true.
_GAP, _GAP_WITH_APOSTROPHE = r"(?:\w+ )", r"(?:[\w']+ )"


class LexiconError(ValueError):
    """The lexicon file is not what ``parse_lexicon`` expects; the message says where."""


class ComposedRule(NamedTuple):
    """A compositional rule: its name (shown as the reason), weight, expanded pattern
    and kind (see KINDS)."""

    name: str
    weight: float
    pattern: str
    kind: str


class OffTopic(NamedTuple):
    """A general drift topic: its name, the weight of each cue found, its patterns."""

    name: str
    weight: float
    patterns: tuple[str, ...]


class Example(NamedTuple):
    """A sentence written beside a family or rule in the data file: ``matches`` says
    whether the family's cues must find something in it (tests/test_lexicon_data.py)."""

    family: str
    text: str
    matches: bool


@dataclass(frozen=True)
class Lexicon:
    """Every value the classifier reads, expanded: patterns are final regular
    expressions, word sets are sets, weights are floats."""

    lists: Mapping[str, tuple[str, ...]]
    # The weight of each family of WEIGHTED_LISTS.
    list_weights: Mapping[str, float]
    patterns: Mapping[str, str]
    word_sets: Mapping[str, frozenset[str]]
    composed: tuple[ComposedRule, ...]
    # For each compositional rule, the words one of which a message must hold for the
    # rule to be tried (empty: always tried).
    composed_gates: Mapping[str, frozenset[str]]
    framing: Mapping[str, tuple[str, ...]]
    frame_factor: float
    off_topics: tuple[OffTopic, ...]
    oos_related: Mapping[str, tuple[str, ...]]
    text_speak: Mapping[str, str]
    irregular_verbs: Mapping[str, tuple[str, ...]]
    examples: tuple[Example, ...] = ()


def parse_lexicon(text: str) -> Lexicon:
    """Parse the text of a lexicon file. Raises ``LexiconError`` naming the entry at
    fault: an unknown or missing family, a pattern that is not a regular expression, a
    shorthand that does not exist."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"lexicon is not valid TOML ({error})") from None
    unknown = sorted(set(data) - TABLES)
    if unknown:
        raise LexiconError(f"lexicon has an unknown table [{unknown[0]}]")
    expand = _Expander(data)
    examples: list[Example] = []
    families = _named(data, "lists", LIST_NAMES)
    lists = {
        name: expand.patterns(family, f"lists.{name}", examples)
        for name, family in families.items()
    }
    patterns = {
        name: expand.pattern(_str(entry, "pattern", f"patterns.{name}"), f"patterns.{name}")
        for name, entry in _named(data, "patterns", PATTERN_NAMES).items()
    }
    word_sets = {
        name: frozenset(_str(entry, "words", f"word_sets.{name}").split())
        for name, entry in _named(data, "word_sets", WORD_SET_NAMES).items()
    }
    composed, gates = _composed(data, expand, examples)
    framing_table = _table(data, "framing", "the lexicon")
    framing = {
        kind: expand.patterns(family, f"framing.kinds.{kind}", examples)
        for kind, family in _tables(framing_table, "kinds", "framing").items()
    }
    off_topics = tuple(
        OffTopic(
            name,
            _number(family, "weight", f"off_topics.{name}"),
            expand.patterns(family, f"off_topics.{name}", examples),
        )
        for name, family in _tables(data, "off_topics", "the lexicon").items()
    )
    return Lexicon(
        lists=lists,
        list_weights=_list_weights(families),
        patterns=patterns,
        word_sets=word_sets,
        composed=composed,
        composed_gates=gates,
        framing=framing,
        frame_factor=_number(framing_table, "factor", "framing"),
        off_topics=off_topics,
        oos_related={
            word: tuple(_strings(related, f"oos_related.{word}"))
            for word, related in _table(data, "oos_related", "the lexicon").items()
        },
        text_speak={
            short: _as_str(full, f"text_speak.{short}")
            for short, full in _table(data, "text_speak", "the lexicon").items()
        },
        irregular_verbs=expand.irregular,
        examples=tuple(examples),
    )


def verb_form_set(bases: str, irregular: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Every inflection of the space-separated base forms: 'grab bully' -> grab, grabs,
    grabbed, grabbing, bully, bullies, bullied, bullying; ``irregular`` adds forms
    ("throw": threw, thrown) and stops the doubling of a last consonant."""
    forms: set[str] = set()
    for base in bases.split():
        forms.add(base)
        if base in irregular:
            forms.update(irregular[base])
        if base.endswith("e"):
            forms.update((base + "s", base + "d", base[:-1] + "ing"))
        elif base.endswith(("sh", "ch", "ss", "x")):
            forms.update((base + "es", base + "ed", base + "ing"))
        elif base.endswith("y") and base[-2] not in "aeiou":
            forms.update((base[:-1] + "ies", base[:-1] + "ied", base + "ing"))
        elif _doubles(base) and base not in irregular:
            forms.update((base + "s", base + base[-1] + "ed", base + base[-1] + "ing"))
        else:
            forms.update((base + "s", base + "ed", base + "ing"))
    return frozenset(forms)


def _doubles(base: str) -> bool:
    """A short word ending consonant-vowel-consonant doubles its last letter: grab ->
    grabbed, slap -> slapping (w, x and y never double)."""
    return (
        len(base) <= 5
        and base[-1] not in "aeiouwxy"
        and base[-2] in "aeiou"
        and base[-3] not in "aeiou"
    )


def verb_alternation(forms: frozenset[str]) -> str:
    """One regular expression for a set of word forms, longest first (so "grabbed" is
    tried before "grab")."""
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"


class _Expander:
    """Expands the shorthands and verb classes of one lexicon file."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._shorthands = {
            name: _as_str(value, f"shorthands.{name}")
            for name, value in _table(data, "shorthands", "the lexicon").items()
        }
        verbs = _table(data, "verbs", "the lexicon")
        self.irregular = {
            base: tuple(_strings(forms, f"verbs.irregular.{base}"))
            for base, forms in _table(verbs, "irregular", "verbs").items()
        }
        self._classes: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        for name, entry in _tables(verbs, "classes", "verbs").items():
            where = f"verbs.classes.{name}"
            forms = verb_form_set(_str(entry, "bases", where), self.irregular)
            drop = frozenset(_strings(entry.get("drop", []), f"{where}.drop"))
            self._classes[name] = (forms, drop)
        self._gate_words = {
            name: _as_str(words, f"gate_words.{name}")
            for name, words in _table(data, "gate_words", "the lexicon").items()
        }
        names = [*self._shorthands, *self._classes, *self._gate_words]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise LexiconError(f"lexicon: <{twice[0]}> is defined twice")

    def pattern(self, text: str, where: str, seen: tuple[str, ...] = ()) -> str:
        """``text`` with every <NAME> written out; checked to be a regular expression."""
        if not text.strip():
            raise LexiconError(f"lexicon: {where} is empty")
        expanded = _REF.sub(lambda m: self._write_out(m.group(1), where, seen), text)
        if not seen:
            try:
                re.compile(expanded)
            except re.error as error:
                raise LexiconError(
                    f"lexicon: {where} is not a regular expression ({error})"
                ) from None
        return expanded

    def patterns(
        self, family: Mapping[str, Any], where: str, examples: list[Example]
    ) -> tuple[str, ...]:
        written = _strings(family.get("patterns"), f"{where}.patterns")
        # An empty family or pattern would match every message (an empty alternation
        # matches anywhere), so neither is a way to switch a family off.
        if not written:
            raise LexiconError(f"lexicon: {where} has no patterns")
        found = tuple(self.pattern(p, f"{where} pattern {i + 1}") for i, p in enumerate(written))
        examples += _examples(family, where)
        return found

    def gate(self, text: str, where: str) -> frozenset[str]:
        def write_out(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in self._gate_words:
                return self._gate_words[name]
            if name in self._classes:
                return " ".join(sorted(self._classes[name][0]))
            raise LexiconError(f"lexicon: {where} uses <{name}>, which is no gate word list")

        return frozenset(_REF.sub(write_out, text).split())

    def _write_out(self, name: str, where: str, seen: tuple[str, ...]) -> str:
        if name in seen:
            raise LexiconError(f"lexicon: shorthand <{name}> uses itself ({where})")
        if name in self._shorthands:
            return self.pattern(self._shorthands[name], where, (*seen, name))
        if name in self._classes:
            forms, drop = self._classes[name]
            return verb_alternation(forms - drop)
        raise LexiconError(f"lexicon: {where} uses <{name}>, which is no shorthand or verb class")


def _composed(
    data: Mapping[str, Any], expand: _Expander, examples: list[Example]
) -> tuple[tuple[ComposedRule, ...], dict[str, frozenset[str]]]:
    table = _table(data, "composed", "the lexicon")
    apostrophes = table.get("apostrophe_in_gaps", False)
    if not isinstance(apostrophes, bool):
        raise LexiconError("lexicon: composed.apostrophe_in_gaps must be true or false")
    rules: list[ComposedRule] = []
    gates: dict[str, frozenset[str]] = {}
    entries = table.get("rules")
    if not isinstance(entries, list) or not entries:
        raise LexiconError("lexicon: [composed] has no [[composed.rules]]")
    for i, entry in enumerate(entries):
        where = f"composed rule {i + 1}"
        if not isinstance(entry, dict):
            raise LexiconError(f"lexicon: {where} is not a table")
        name = _str(entry, "name", where)
        where = f"composed rule {name!r}"
        if name in gates:
            raise LexiconError(f"lexicon: {where} is there twice")
        kind = _str(entry, "kind", where)
        if kind not in KINDS:
            raise LexiconError(f"lexicon: {where} has kind {kind!r}, not one of {sorted(KINDS)}")
        pattern = expand.pattern(_str(entry, "pattern", where), where)
        if apostrophes:
            pattern = pattern.replace(_GAP, _GAP_WITH_APOSTROPHE)
        rules.append(ComposedRule(name, _number(entry, "weight", where), pattern, kind))
        gate = entry.get("gate", "")
        gates[name] = expand.gate(_as_str(gate, f"{where} gate"), where)
        examples += _examples(entry, f"composed.{name}")
    return tuple(rules), gates


def _list_weights(families: Mapping[str, Mapping[str, Any]]) -> dict[str, float]:
    """The ``weight`` of each counted family; a weight on any other family is refused
    (it would be read by nothing)."""
    for name, family in families.items():
        if name not in WEIGHTED_LISTS and "weight" in family:
            raise LexiconError(f"lexicon: lists.{name} has a weight, but its cues are not counted")
    return {
        name: _number(family, "weight", f"lists.{name}")
        for name, family in families.items()
        if name in WEIGHTED_LISTS
    }


def _examples(entry: Mapping[str, Any], family: str) -> list[Example]:
    found = [Example(family, t, True) for t in _strings(entry.get("examples", []), family)]
    found += [Example(family, t, False) for t in _strings(entry.get("not_examples", []), family)]
    return found


# -- typed access to the parsed TOML ----------------------------------------------------


def _named(data: Mapping[str, Any], key: str, names: tuple[str, ...]) -> dict[str, Any]:
    """The sub-tables of ``[key]``, which must be exactly ``names`` (in that order)."""
    found = _tables(data, key, "the lexicon")
    missing = [n for n in names if n not in found]
    if missing:
        raise LexiconError(f"lexicon has no [{key}.{missing[0]}]")
    extra = [n for n in found if n not in names]
    if extra:
        raise LexiconError(f"lexicon has an unknown [{key}.{extra[0]}]")
    return {name: found[name] for name in names}


def _tables(data: Mapping[str, Any], key: str, where: str) -> dict[str, dict[str, Any]]:
    table = _table(data, key, where)
    for name, value in table.items():
        if not isinstance(value, dict):
            raise LexiconError(f"lexicon: {key}.{name} must be a table")
    return table


def _table(data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise LexiconError(f"lexicon: {where} has no [{key}] table")
    return value


def _str(entry: Mapping[str, Any], key: str, where: str) -> str:
    if key not in entry:
        raise LexiconError(f"lexicon: {where} has no {key}")
    return _as_str(entry[key], f"{where}.{key}")


def _as_str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise LexiconError(f"lexicon: {where} must be text")
    return value


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"lexicon: {where} must be a list of text")
    return value


def _number(entry: Mapping[str, Any], key: str, where: str) -> float:
    value = entry.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise LexiconError(f"lexicon: {where} has no numeric {key}")
    return float(value)
