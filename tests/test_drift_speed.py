"""The classifier's faster pieces (issue 21) give exactly what the slower ones they
replaced gave; tests/test_drift_frozen.py holds the classifier's whole answers."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation import drift
from facilitation import drift_lexicon as lex

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
    def repl(m):
        return m.group(0) if m.group(1).lower() in lex.NOT_NAMES else "zname"

    return _old_normalise(drift._NAME.sub(repl, text.translate(drift._QUOTES)))


_NAMEISH = st.lists(
    st.sampled_from(["Gary", "Mrs", "Mr.", "Dr", "I", "I'm", "It", "she", "told", ",", "me", "Aa"]),
    max_size=8,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_NAMEISH | st.text(alphabet="aZG ,.'\u2019r", max_size=20))
def test_names_are_marked_as_before(text):
    """``_mark_names`` skips the name pattern when no capital is followed by a small
    letter (issue 21); it marks exactly what it marked before."""
    assert drift._mark_names(text) == _old_mark_names(text)
