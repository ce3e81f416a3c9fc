"""Reads the classifier's data files, which ship inside the ``facilitation`` package
(facilitation/data/, package data in pyproject.toml, so an installed bot finds them).

The core stays free of I/O: this module reads the text and the core parses it
(``drift.word_model_from_json``). bot/bootstrap.py calls ``load_word_model`` once at
start-up and hands the model to ``drift.prepare``; the tools and tests do the same."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from facilitation import drift

WORD_MODEL = "word_model.json"


def word_model_path() -> Path:
    """Where the word model file lives in a source checkout (the training command
    writes it here)."""
    return Path(str(files("facilitation").joinpath("data", WORD_MODEL)))


def load_word_model() -> drift.WordModel:
    text = files("facilitation").joinpath("data", WORD_MODEL).read_text(encoding="utf-8")
    return drift.word_model_from_json(text)
