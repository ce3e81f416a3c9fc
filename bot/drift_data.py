"""Reads the classifier's data files, which ship inside the ``facilitation`` package
(facilitation/data/, package data in pyproject.toml, so an installed bot finds them).

The core stays free of I/O: this module reads the text and the core parses it
(``drift.word_model_from_json``, ``lexicon.parse_lexicon``). bot/bootstrap.py calls
``load_word_model`` and ``load_lexicon`` once at start-up and hands both to
``drift.prepare``; the tools and tests do the same."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from facilitation import drift
from facilitation.lexicon import Lexicon, parse_lexicon

WORD_MODEL = "word_model.json"
LEXICON = "lexicon.toml"


def word_model_path() -> Path:
    """Where the word model file lives in a source checkout (the training command
    writes it here)."""
    return Path(str(files("facilitation").joinpath("data", WORD_MODEL)))


def lexicon_path() -> Path:
    """Where the lexicon file lives in a source checkout (people edit it here)."""
    return Path(str(files("facilitation").joinpath("data", LEXICON)))


def load_word_model() -> drift.WordModel:
    text = files("facilitation").joinpath("data", WORD_MODEL).read_text(encoding="utf-8")
    return drift.word_model_from_json(text)


def load_lexicon() -> Lexicon:
    """The lexicon, parsed; a broken file raises ``lexicon.LexiconError`` naming the
    entry at fault, so the bot does not start with part of its cues missing."""
    text = files("facilitation").joinpath("data", LEXICON).read_text(encoding="utf-8")
    return parse_lexicon(text)
