"""Every final value of the classifier's lexicon, as plain JSON values, so that two
sources of the lexicon can be compared exactly (tests/test_lexicon_data.py).

tests/data/lexicon_frozen.json was written (commit 130b16e) from
facilitation/drift_lexicon.py, the Python module the lexicon was before it became a
data file: each pattern after its shorthands and verb forms were expanded, each word
set (sorted), each weight, as drift.py read them. The lexicon read from
facilitation/data/lexicon.toml must give the same values, in the same order (the
order of cues decides the order of reasons)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from facilitation.lexicon import Lexicon

FROZEN = Path(__file__).resolve().parent / "data" / "lexicon_frozen.json"

# The names facilitation/drift.py (and the bench) read from the old lexicon module.
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


def frozen() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FROZEN.read_text(encoding="utf-8"))
    return data


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
    values["LIST_WEIGHTS"] = dict(lexicon.list_weights)
    return values


if __name__ == "__main__":
    # After a deliberate change to facilitation/data/lexicon.toml: write its values
    # here, then read the diff of tests/data/lexicon_frozen.json (docs/drift.md).
    from bot.drift_data import load_lexicon

    FROZEN.write_text(
        json.dumps(dump_lexicon(load_lexicon()), indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {FROZEN}")
