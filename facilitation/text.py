"""Cleaning text at the door, before it becomes a command and is logged.

Whatever a person types (a message, `!idea`, `!park`, a display name) is cleaned
once, where the platform's text becomes a `Command` (bot/dispatcher.py), so the
log never holds what no document format can carry and nothing can spoof what
circulated notes show. `clean_text` removes:

- control characters (C0, DEL, C1) except tab and newline; a carriage return
  becomes a newline (Word's XML and lxml refuse control characters, PostgreSQL
  refuses NUL);
- lone surrogates (one pasted non-UTF-8 byte on the console, an escaped
  `\\ud83d` from a Matrix client), each replaced with U+FFFD; a high and low
  surrogate that were split into two code points are joined into the character
  they stand for (UTF-8 cannot encode a surrogate, so every format would fail);
- U+FFFE and U+FFFF (not characters in XML);
- bidirectional embeddings, overrides and isolates (U+202A-U+202E,
  U+2066-U+2069), which reorder what readers see ("evil.exe" shown as
  "exe.live"). The left-to-right and right-to-left marks (U+200E, U+200F,
  U+061C) are kept: they cannot reorder letters, and mixed Arabic or Hebrew and
  English text needs them;
- zero-width characters that words never need: zero-width space U+200B, word
  joiner U+2060, the invisible operators U+2061-U+2064, the byte-order mark
  U+FEFF and the Mongolian vowel separator U+180E;
- a zero-width joiner U+200D, except between two characters that join: emoji
  (symbols, modifiers, variation selectors) and letters of scripts that use
  it (Indic, Sinhala, Arabic: letters that are neither upper nor lower case);
- a zero-width non-joiner U+200C, except between two such letters or marks
  (Persian, Hindi, Kannada and others need it; Latin, Greek and Cyrillic do not);
- tag characters (U+E0000-U+E007F), except inside a flag sequence that starts
  with the black flag U+1F3F4 (the flags of England, Scotland and Wales are
  written this way); elsewhere they are invisible text.

Standard library only: the core stays pure.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from enum import Enum
from typing import TypeVar

_KEPT_CONTROLS = {"\t", "\n"}
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u180e")
NOT_XML = frozenset({"\ufffe", "\uffff"})
ZWJ = "\u200d"
ZWNJ = "\u200c"
BLACK_FLAG = "\U0001f3f4"
CANCEL_TAG = "\U000e007f"

# Letters of scripts without case (Devanagari, Arabic, Sinhala ...) and the marks
# that join to them: where ZWJ and ZWNJ change how a word is written.
_JOINING_LETTERS = {"Lo", "Mn", "Mc"}
# Emoji and what binds them into one picture (skin tones are Sk, U+FE0F is Mn).
_EMOJI_PARTS = {"So", "Sk", "Mn", "Me"}


# Every character `_keep` might drop (and the carriage return): text without any is
# returned as it is, without looking at each character.
_SUSPECT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u180e\u200b-\u200d\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff\U000e0000-\U000e007f]"
)


def clean_text(text: str) -> str:
    """`text` without what no format can hold or what could spoof a reader (see above)."""
    # The common case, fast: every character `_SUSPECT` matches is one `isprintable`
    # refuses (controls, format characters, surrogates, non-characters: categories
    # Cc, Cf, Cs, Cn; tests/test_text.py checks each), so printable text has none;
    # isprintable is one pass in C, several times quicker than the search.
    if text.isprintable() or not _SUSPECT.search(text):
        return text
    text = _join_surrogates(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept: list[str] = []
    for i, ch in enumerate(text):
        if _keep(text, i, ch):
            kept.append(ch)
    return "".join(kept)


def _join_surrogates(text: str) -> str:
    """Pairs become the character they encode; a lone surrogate becomes U+FFFD."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _keep(text: str, i: int, ch: str) -> bool:
    if ch in _KEPT_CONTROLS:
        return True
    if ch in BIDI_CONTROLS or ch in ZERO_WIDTH or ch in NOT_XML:
        return False
    if unicodedata.category(ch) == "Cc":
        return False
    if ch == ZWJ:
        return _between(text, i, _JOINING_LETTERS | _EMOJI_PARTS)
    if ch == ZWNJ:
        return _between(text, i, _JOINING_LETTERS)
    if "\U000e0000" <= ch <= "\U000e007f":
        return _in_flag(text, i)
    return True


def _between(text: str, i: int, categories: set[str]) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return bool(before and after) and all(
        unicodedata.category(c) in categories for c in (before, after)
    )


def _in_flag(text: str, i: int) -> bool:
    """A tag inside 🏴 + tags + cancel tag, the way subdivision flags are spelt."""
    start = i
    while start > 0 and "\U000e0000" <= text[start - 1] <= "\U000e007f":
        start -= 1
    if start == 0 or text[start - 1] != BLACK_FLAG:
        return False
    end = i
    while end < len(text) and "\U000e0020" <= text[end] <= "\U000e007e":
        end += 1
    return end < len(text) and text[end] == CANCEL_TAG


def renamed(text: str, names: set[str] | frozenset[str], replacement: str) -> str:
    """`text` with each of `names`, as a whole word, replaced (an erased person's name
    in a sentence the bot stored, say "send a private message to Alice")."""
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", replacement, text)
    return text


T = TypeVar("T")


# Types that hold no text: returned as they are, without the checks below. Every
# command passes through `clean_fields` (twice for typed text), so its cost is paid on
# each message.
_NO_TEXT: set[type] = {int, float, bool, type(None)}
# A dataclass's fields given to its __init__, by class (`dataclasses.fields` walks the
# class each time); () for a class that is not a dataclass.
_INIT_FIELDS: dict[type, tuple[str, ...]] = {}


def clean_fields(value: T) -> T:
    """`value` with `clean_text` applied to every string in it: the fields of a frozen
    dataclass (a command, an actor, an event), tuples and lists, recursively. What
    needs no change is returned as it is (the same object), lists excepted."""
    kind = type(value)
    if kind is str:
        return clean_text(value)  # type: ignore[arg-type, return-value]
    if kind in _NO_TEXT:
        return value
    # A dataclass seen before first: the commonest value here, and the tests below are
    # slow for it (isinstance against Enum goes through the enum's metaclass).
    names = _INIT_FIELDS.get(kind)
    if names is None:
        if isinstance(value, Enum):
            # A member (an actor's role, say) is written in our code, never typed.
            _NO_TEXT.add(kind)
            return value
        if isinstance(value, str):
            return clean_text(value)  # type: ignore[return-value]
        if isinstance(value, tuple):
            cleaned = tuple(clean_fields(v) for v in value)
            unchanged = all(a is b for a, b in zip(cleaned, value, strict=True))
            return value if unchanged else cleaned  # type: ignore[return-value]
        if isinstance(value, list):
            return [clean_fields(v) for v in value]  # type: ignore[return-value]
        if isinstance(value, dict):
            return {clean_fields(k): clean_fields(v) for k, v in value.items()}  # type: ignore[return-value]
        names = _INIT_FIELDS[kind] = _init_fields(value)
    changes = {}
    for name in names:
        before = getattr(value, name)
        field_kind = type(before)
        if field_kind in _NO_TEXT or (field_kind is str and before.isprintable()):
            continue  # nothing to clean (for text, clean_text's own first test)
        after = clean_fields(before)
        if after is not before and after != before:
            changes[name] = after
    return dataclasses.replace(value, **changes) if changes else value  # type: ignore[type-var]


def _init_fields(value: object) -> tuple[str, ...]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(field.name for field in dataclasses.fields(value) if field.init)
    return ()


def split_message(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, broken between lines where possible."""
    if not limit or len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:  # a single line longer than the limit
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) > limit:
            parts.append(current)
            current = ""
        current += line
    if current:
        parts.append(current)
    return [part.rstrip("\n") for part in parts if part.strip()]
