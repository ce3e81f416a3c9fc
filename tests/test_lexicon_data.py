"""The classifier's lexicon keeps every value it had (tests/lexicon_values.py)."""

from __future__ import annotations

from facilitation import drift_lexicon
from tests.lexicon_values import dump_module, frozen


def test_the_python_lexicon_gives_the_frozen_values():
    assert dump_module(drift_lexicon) == frozen()
