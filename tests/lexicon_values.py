"""Every final value of the classifier's lexicon, as plain JSON values, so that two
sources of the lexicon can be compared exactly (tests/test_lexicon_data.py).

tests/data/lexicon_frozen.json was written by ``dump_module`` from
facilitation/drift_lexicon.py as it stood before the lexicon became a data file: each
pattern after its shorthands and verb forms were expanded, each word set (sorted),
each weight. The lexicon read from facilitation/data/lexicon.toml must give the same
values, in the same order (the order of cues decides the order of reasons)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

from facilitation.lexicon import Lexicon

FROZEN = Path(__file__).resolve().parent / "data" / "lexicon_frozen.json"

# The names facilitation/drift.py (and the bench) read from the lexicon module.
PATTERN_LISTS = [
    "FIGURATIVE",
    "HARM_STRONG",
    "HARM_MEDIUM",
    "HARM_WEAK",
    "CONCERN",
    "GENERIC",
    "SPECIFIC",
    "NO_RISK",
    "RISK_SIGNS",
    "NEGLECT_STATES",
    "EXPLOIT_SIGNS",
    "HOME_DANGER",
    "HYPOTHETICAL",
    "REDRESS",
    "GRIEVANCE",
    "DEFER",
    "CHATTER",
    "DESIGN",
    "RISK_STEMS",
]
PATTERNS = ["DISCLOSER", "NEGATED", "THING_BEFORE", "NOT_ABOUT", "NOT_CHATTER"]
WORD_SETS = ["NOT_NAMES", "ACK_WORDS", "OOS_GENERAL", "STOPWORDS", "COMMON", "MODEL_STOPWORDS"]


def _plain(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def dump_module(lex: ModuleType) -> dict[str, Any]:
    """The values of the old Python lexicon module."""
    values = {name: _plain(getattr(lex, name)) for name in [*PATTERN_LISTS, *PATTERNS]}
    # as drift.py reads them: word sets as sets, and every topic's weight (2 if unnamed)
    values |= {name: sorted(_words(getattr(lex, name))) for name in WORD_SETS}
    names = "COMPOSED COMPOSED_GATES FRAMING FRAME_FACTOR OFF_TOPICS OOS_RELATED TEXT_SPEAK"
    values |= {name: _plain(getattr(lex, name)) for name in names.split()}
    values["OFF_TOPIC_WEIGHTS"] = {t: lex.OFF_TOPIC_WEIGHTS.get(t, 2.0) for t in lex.OFF_TOPICS}
    return values


def _words(value: str | frozenset[str]) -> frozenset[str]:
    return frozenset(value.split()) if isinstance(value, str) else value


def frozen() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FROZEN.read_text(encoding="utf-8"))
    return data


def write_frozen(values: dict[str, Any]) -> None:
    text = json.dumps(values, indent=1, ensure_ascii=False) + "\n"
    FROZEN.write_text(text, encoding="utf-8")


def dump_lexicon(lexicon: Lexicon) -> dict[str, Any]:
    """The values of a lexicon parsed from its data file, in the same shape."""
    values: dict[str, Any] = {name: list(lexicon.lists[name.lower()]) for name in PATTERN_LISTS}
    values |= {name: lexicon.patterns[name.lower()] for name in PATTERNS}
    values |= {name: sorted(lexicon.word_sets[name.lower()]) for name in WORD_SETS}
    values["COMPOSED"] = [list(rule) for rule in lexicon.composed]
    values["COMPOSED_GATES"] = {n: sorted(g) for n, g in lexicon.composed_gates.items()}
    values["FRAMING"] = {kind: list(ps) for kind, ps in lexicon.framing.items()}
    values["FRAME_FACTOR"] = lexicon.frame_factor
    values["OFF_TOPICS"] = {t.name: list(t.patterns) for t in lexicon.off_topics}
    values["OOS_RELATED"] = {w: list(r) for w, r in lexicon.oos_related.items()}
    values["TEXT_SPEAK"] = dict(lexicon.text_speak)
    values["OFF_TOPIC_WEIGHTS"] = {t.name: t.weight for t in lexicon.off_topics}
    return values
