"""The TLAP ladder of co-production: how much say people have in a workshop.

Think Local Act Personal's ladder has seven rungs, from coercion (people are
told) to co-production (people share power as equals). A workshop declares
its rung at the start (`!start ... | ladder: consultation`, or in a plan) so
that what people expect matches what the workshop can do. The sentence said
for each rung is in facilitation/words.py (`ladder_sentence`).
"""

from __future__ import annotations

import difflib
import re

# Lowest to highest, as TLAP draws the ladder.
RUNGS = (
    "coercion",
    "educating",
    "informing",
    "consultation",
    "engagement",
    "co-design",
    "co-production",
)


def _key(text: str) -> str:
    """Spaces, "-" and "_" do not matter: "co production" and "Co_Design" are rungs."""
    return re.sub(r"[\s_-]", "", text.casefold())


_BY_KEY = {_key(rung): rung for rung in RUNGS}


def rung_named(text: str) -> str | None:
    """The rung `text` names ("Co Production" -> "co-production"), or None."""
    return _BY_KEY.get(_key(text))


def closest_rung(text: str) -> str:
    """The rung `text` was most likely meant to be, or "" when none is close."""
    close = difflib.get_close_matches(_key(text), list(_BY_KEY), n=1, cutoff=0.6)
    return _BY_KEY[close[0]] if close else ""
