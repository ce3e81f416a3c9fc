"""Cue lists scanned only where a cue could start.

A cue list is one regular expression of many alternatives ("hurting herself",
"(?:keeps?|kept) secrets", ...), and Python's ``re`` tries every alternative at every
word of the message: most of the classifier's time. Yet a cue can only match at a
word that begins with its first letters. So each alternative's possible first three
characters are worked out once, from ``re``'s own parse tree, and the alternatives
are indexed by them (an alternative's top-level branches, "debt|owe[sd]?", count as
alternatives of their own). A message is then read by one pass over its word starts,
C work with no Python loop over the words (``text_tries``, cached for the message's
few forms): each start's first three and four characters are looked up in one table
of every live list's starts, which gives the lists that could match there as one
set of list numbers. A list whose number is not in the text's union answers at once
(a caller reading many lists on one text can skip it with one set test: ``gate``);
otherwise, at each start marked with its number, only the alternatives that can begin
there are matched (one small pattern per start, compiled on first use and kept).
Where every alternative of a list at a start is four characters or longer, the list
is indexed by four there ("the s", "the p", "them"), so that a word as common as
"the" tries only what can follow it; and before a start's pattern is matched, the text
must begin there with one of its cues' first five to eight characters where those can
be listed (``_Heads``: "the staf", "the mana"), one ``str.startswith`` in C.

An alternative whose start cannot be listed, and a list scanned whole, is first
gated by the strings any match of it must hold (``needed_strings``, also from the
parse tree: "(?:\\w+|\\d+) (?:emails|calls) since" needs "emails" or "calls"): a
text that holds none of them is not scanned.

Exactly the same matches as the whole list: an alternative is never tried where it
could not start, and where several could, they keep the list's order, so the
leftmost-first choice is unchanged (tests/test_drift_frozen.py holds every answer
on 1,196 items). An alternative whose start cannot be listed (``\\w+ing``, a
start that need not be a word's, or one shorter than three characters) is searched
for in every message it may match in (its needed strings) and merged in by place and
order; in a message that holds none of them the list is read as if it had no such
alternative. A list with capturing
groups, or with an alternative that can match nothing, is always scanned whole.

Pure standard library; the parse tree is ``re._parser``'s, the one ``re``
compiles from (Python 3.11+).
"""

from __future__ import annotations

import itertools
import operator
import re
import weakref
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

PREFIX = 3  # characters of an alternative's start that are indexed
MAX_PREFIXES = 2000  # an alternative with more possible starts is not indexed
MAX_NEEDED = 16  # more strings than this to test: no gate, the scan is as quick
# More places to try than this: one scan of the whole pattern is cheaper. (Only where
# a searched-for alternative is live; the quick path tries each marked start once.)
MAX_TRIES = 400
# Texts whose word starts are kept: the forms of the message being classified (about
# five) and no more, so the cache holds no one's words beyond the current message.
TEXTS_KEPT = 8
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
# A match can only start at a word's start: the first character or one after a
# character that is not a word character (``(?<!\w)``). A cue list's own boundary is at
# least as strict, so these positions hold every position a cue can start at. Found
# as the ends of the characters that are not word characters, with the next four
# characters: ``re`` skips to each in C instead of trying a look-behind at every place
# (the same places: tests/test_cuegate.py).
_AFTER_NOT_WORD = re.compile(rf"\W(?=(.{{1,{PREFIX + 1}}}))", re.DOTALL)
_WORD_START_ATS = (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_STRING)


@lru_cache(maxsize=8192)
def _parse(pattern: str) -> Any:
    """``re``'s parse tree of ``pattern``, kept: each alternative is read for its width,
    its starts of three and four characters and what it needs, at start-up. Read only."""
    return _parser.parse(pattern)


@lru_cache(maxsize=8192)
def _four_starts(alternative: str) -> frozenset[str] | None:
    """The possible first four characters of a match of ``alternative`` (fewer for a
    shorter match), or None when they cannot be listed; kept, as ``_parse``."""
    try:
        return frozenset(_sequence(_parse(alternative), PREFIX + 1))
    except (_Unknown, re.error):
        return None


@lru_cache(maxsize=8192)
def _starts_of_length(alternative: str, length: int) -> frozenset[str] | None:
    """The possible first ``length`` characters of a match of ``alternative`` (fewer for
    a shorter match), or None; kept, since an alternative stands at many starts."""
    try:
        return frozenset(_sequence(_parse(alternative), length))
    except (_Unknown, re.error):
        return None


class _Unknown(Exception):
    """The start of an alternative cannot be listed."""


def _sequence(items: Any, k: int) -> set[str]:
    """The possible first ``k`` characters of a match of the parsed ``items``; a
    shorter string is a whole match."""
    found = {""}
    for op, av in items:
        if all(len(s) >= k for s in found):
            break
        grown: set[str] = set()
        for start in found:
            if len(start) >= k:
                grown.add(start)
                continue
            grown.update((start + more)[:k] for more in _item(op, av, k - len(start)))
        found = grown
        if len(found) > MAX_PREFIXES:
            raise _Unknown
    return found


def _item(op: Any, av: Any, k: int) -> set[str]:
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 40:
                chars.update(chr(i) for i in range(value[0], value[1] + 1))
            else:
                raise _Unknown
        return chars
    if op is c.SUBPATTERN:
        if av[1] & c.SRE_FLAG_IGNORECASE:
            raise _Unknown
        return _sequence(av[3], k)
    if op is c.BRANCH:
        return set().union(*(_sequence(branch, k) for branch in av[1]))
    if op in _ZERO_WIDTH:
        return {""}
    if op in _REPEATS:
        return _repeat(av, k)
    if op is c.ATOMIC_GROUP:
        return _sequence(av, k)
    raise _Unknown


def _repeat(av: Any, k: int) -> set[str]:
    low, high, body = av
    once = _sequence(body, k)
    if "" in once:
        raise _Unknown  # a body that can match nothing: no bound on what follows
    found = {""} if low == 0 else set()
    current = {""}
    # Each repetition adds at least one character, so k of them fill every start.
    for count in range(1, min(high, k) + 1):
        current = {(a + b)[:k] for a in current for b in once}
        if len(current) > MAX_PREFIXES:
            raise _Unknown
        if count >= low:
            found |= current
    if low > k:
        found = current
    return found


def starts_of(alternative: str, anchored: bool) -> frozenset[str] | None:
    """The possible first ``PREFIX`` characters of a match of ``alternative``, or None
    when they cannot be listed. ``anchored``: the list puts a word boundary before
    every alternative; otherwise the alternative must start with one itself (``\\b``
    or ``^`` before a word character)."""
    try:
        parsed = _parse(alternative)
        found = _sequence(parsed, PREFIX)
    except (_Unknown, re.error):
        return None
    if "" in found or parsed.state.flags & re.IGNORECASE:
        return None
    if not anchored and not _starts_a_word(parsed, found):
        return None
    return frozenset(found)


def _starts_a_word(parsed: Any, found: set[str]) -> bool:
    leading = []
    for op, av in parsed:
        if op not in _ZERO_WIDTH:
            break
        leading.append((op, av))
    at_start = any(op is c.AT and av in _WORD_START_ATS for op, av in leading)
    return at_start and all(s[0].isalnum() or s[0] == "_" for s in found)


def needed_strings(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` holds at least one (a required
    literal run, or one per branch), worked out from ``re``'s parse tree; None when
    none can be listed in at most ``MAX_NEEDED`` strings. A text that holds none of
    them cannot match, which a substring test tells far sooner than the scan."""
    try:
        parsed = _parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _needed(parsed)


def _needed(items: Any) -> frozenset[str] | None:
    """For a sequence: the most telling of its literal runs and its parts' own needs."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(("".join(run),)))
            run = []
        found = _needed_item(op, av)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset(("".join(run),)))
    if not candidates:
        return None
    # Longer strings are rarer in a message; of equal ones, fewer to test.
    return max(candidates, key=lambda found: (min(map(len, found)), -len(found)))


def _needed_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is c.SUBPATTERN:
        return None if av[1] & c.SRE_FLAG_IGNORECASE else _needed(av[3])
    if op is c.ATOMIC_GROUP:
        return _needed(av)
    if op in _REPEATS:
        low, _, body = av
        return _needed(body) if low >= 1 else None
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _needed(branch)
            if not found:
                return None
            union.update(found)
        return _shortest(union)
    return None  # a class, a wildcard, an assertion: nothing it must hold


def _shortest(strings: set[str]) -> frozenset[str] | None:
    """The strings less those that hold another of them ("sells" holds "sell"): a text
    holds one of the first set exactly when it holds one of these."""
    kept = frozenset(s for s in strings if not any(o != s and o in s for o in strings))
    return kept if len(kept) <= MAX_NEEDED else None


# Every live indexed cue list's number, by the starts it indexes: one pass over a
# text's word starts in C then tells every list at once where its cues could start
# (``text_tries``). Numbers start at 1: 0 is no list (``CueList.gate``).
_LISTS_BY_START: dict[str, list[int]] = {}
# Read by ``text_tries``, made from ``_LISTS_BY_START`` when a list is added or
# dropped: the lists of each three-character start, and of each four-character one
# together with those of its first three (a list holds a start by three or by four,
# never both), as frozensets, so that a word start costs two look-ups and no merge.
_SETS_BY_THREE: dict[str, frozenset[int]] = {}
_SETS_BY_FOUR: dict[str, frozenset[int]] = {}
_NUMBERS = itertools.count(1)


def _register(cues: CueList) -> None:
    """Add ``cues`` to the index of all lists, by its number, until it is dropped (a
    rebuilt list, as bench/bench_drift.py makes, must not slow every text down)."""
    number = cues._number
    for start in cues._keys:
        _LISTS_BY_START.setdefault(start, []).append(number)
    weakref.finalize(cues, _unregister, number, cues._keys)
    _changed()  # texts read before would miss this list's tries


def _unregister(number: int, keys: frozenset[str]) -> None:
    for start in keys:
        numbers = _LISTS_BY_START[start]
        numbers.remove(number)
        if not numbers:
            del _LISTS_BY_START[start]
    _changed()


def _changed() -> None:
    """The lists changed: the kept reads are stale, the sets by start are remade on
    the next read (a lexicon builds hundreds of lists: once, not once a list)."""
    text_tries.cache_clear()
    _SETS_BY_THREE.clear()
    _SETS_BY_FOUR.clear()
    _STARTS.clear()


def _remake_sets() -> None:
    by_three = {s: frozenset(n) for s, n in _LISTS_BY_START.items() if len(s) == PREFIX}
    _SETS_BY_THREE.update(by_three)
    _SETS_BY_FOUR.update(
        (s, by_three.get(s[:PREFIX], _NO_LISTS).union(n))
        for s, n in _LISTS_BY_START.items()
        if len(s) == PREFIX + 1
    )


_NO_LISTS: frozenset[int] = frozenset()


Tries = list[tuple[int, str]]  # (place, the start indexed there), in order
_END = re.Match.end
_GROUP_1 = operator.itemgetter(1)


class TextRead(NamedTuple):
    """A text's word starts, read once for every cue list (``text_tries``)."""

    # The word starts where some list has a start: (place, first PREFIX characters,
    # first PREFIX + 1 (fewer at the end), the lists (numbers) indexed by either).
    marked: list[tuple[int, str, str, frozenset[int]]]
    present: frozenset[int]  # every list with a start somewhere in the text
    answers: dict[Any, Any]  # each list's answers on the text, kept


@lru_cache(maxsize=TEXTS_KEPT)
def text_tries(text: str) -> TextRead:
    """Every word start of ``text`` with its first three and four characters, and at
    each the lists (by number) indexed by either: one pass of C work (a scan, maps of
    dict look-ups, a union), no Python loop over the words. A list takes its tries from
    it by its number (``CueList._matches``). Cached: one message's few forms (normalised,
    plain, names marked) are each read by many cue lists. ``answers`` keeps each list's
    answers on the text: a message read twice (with the closer thresholds for someone
    flagged before, redirects.py) or a list asked twice reads the text once."""
    found = list(_AFTER_NOT_WORD.finditer(text))
    places = list(map(_END, found))
    longer = list(map(_GROUP_1, found))
    if text:
        places.insert(0, 0)
        longer.insert(0, text[: PREFIX + 1])
    # Each start's first three characters and lists, by its first four: one look-up.
    known = list(map(_STARTS.__getitem__, longer))
    lists = list(map(_LISTS_OF, known))
    starts = map(_THREE_OF, known)
    marked = list(itertools.compress(zip(places, starts, longer, lists, strict=True), lists))
    return TextRead(marked, _NO_LISTS.union(*lists), {})


class _Starts(dict[str, tuple[str, frozenset[int]]]):
    """The first three characters of a word start and the lists indexed by its four
    (else by its three), by its first four characters (fewer at the text's end): made
    on first sight and kept, so that a word start seen before costs one look-up, not a
    slice and two. At most STARTS_KEPT; emptied when the lists change (``_changed``)."""

    def __missing__(self, four: str) -> tuple[str, frozenset[int]]:
        if _LISTS_BY_START and not (_SETS_BY_THREE or _SETS_BY_FOUR):
            _remake_sets()
        if len(self) >= STARTS_KEPT:
            self.clear()
        three = four[:PREFIX]
        found = self[four] = (
            three,
            _SETS_BY_FOUR.get(four) or _SETS_BY_THREE.get(three, _NO_LISTS),
        )
        return found


STARTS_KEPT = 65536
_STARTS = _Starts()
_THREE_OF = operator.itemgetter(0)
_LISTS_OF = operator.itemgetter(1)


def forget_starts() -> None:
    """Empty the memo of word starts (``drift.forget_words`` calls this for the bench)."""
    _STARTS.clear()


class CueList:
    """A cue list compiled whole (``pattern``) and indexed by its alternatives'
    starts; ``search``, ``finditer``, ``findall`` and ``sub`` answer as the whole
    pattern's would, scanning only with the alternatives a message could hold."""

    def __init__(self, alternatives: Sequence[str], before: str = "", after: str = "") -> None:
        self.alternatives = tuple(alternatives)
        self._before, self._after = before, after
        self.pattern = re.compile(
            before + "(?:" + "|".join(f"(?:{a})" for a in self.alternatives) + ")" + after
        )
        self.groups = self.pattern.groups
        # The alternatives with each of their top-level branches as one of its own
        # ("debt|debts|owe[sd]?" is three): the same matches in the same order (no
        # group: no number changes), and a branch whose start can be listed is indexed
        # even when a sibling's cannot. Positions below are of these pieces.
        self._pieces = self.alternatives if self.groups else _branches(self.alternatives)
        # Alternatives by their possible first three characters; ``_always``: those
        # whose start cannot be listed or can be shorter, searched for in every message.
        self._index: dict[str, tuple[int, ...]] = {}
        self._always: tuple[int, ...] = ()
        # What a match must hold (``needed_strings``): of each searched-for alternative,
        # and of the whole list (one of its alternatives' strings). None: no gate.
        self._needs: dict[int, tuple[str, ...] | None] = {}
        self._indexed = self._build_index(bool(before))
        # Every needed string of every searched-for alternative, when each has some:
        # a text holding none of them has no live one, told by one test in C.
        self._any_live = self._live_gate()
        self._whole_needs = self._needs_of_all() if not self._indexed else None
        self._keys = frozenset(self._index)
        # A number no other list has had: the key of its answers on a text, which
        # hold no reference to the list itself, and its mark in the one pass over a
        # text (``text_tries``), shared by every indexed list.
        self._number = next(_NUMBERS)
        if self._indexed:
            _register(self)
        # The list's number when it finds nothing in a text whose
        # ``text_tries(...).present`` lacks it (indexed, nothing searched for
        # everywhere); else 0: ask the list. A caller reading many lists on one text
        # skips the quiet ones with one set test.
        self.gate = self._number if self._indexed and not self._always else 0
        self._search_key, self._findall_key = (self._number, "search"), (self._number, "findall")
        self._one: dict[int, re.Pattern[str]] = {}  # each alternative alone, on first use
        # The alternatives of one start as one pattern, compiled on first use.
        self._at = _ByStart(self._pieces, self._index, before, after)
        # The strings a match at each start must begin with, longer than the start:
        # tested before the start's pattern is matched (``_Heads``).
        self._heads = _Heads(self._pieces, self._index)

    def _build_index(self, anchored: bool) -> bool:
        """Index the alternatives; False when the whole pattern is always scanned:
        it has groups (their numbers would change), or an alternative can match
        nothing (the scan's rule for empty matches is not reproduced here)."""
        if self.groups or not self._pieces:
            return False
        always: list[int] = []
        index: dict[str, list[int]] = {}
        for position, alternative in enumerate(self._pieces):
            try:
                if _parse(alternative).getwidth()[0] == 0:
                    return False
            except re.error:
                return False
            starts = starts_of(alternative, anchored)
            if starts is None or any(len(start) < PREFIX for start in starts):
                always.append(position)
                continue
            for start in starts:
                index.setdefault(start, []).append(position)
        self._always = tuple(always)
        if len(self._pieces) > 1:
            index = self._longer_starts(index)
        self._index = {start: tuple(positions) for start, positions in index.items()}
        for position in always:
            needs = needed_strings(self._pieces[position])
            self._needs[position] = tuple(needs) if needs else None
        return len(always) < len(self._pieces)

    def _longer_starts(self, index: dict[str, list[int]]) -> dict[str, list[int]]:
        """Index by four characters the starts whose every alternative is at least four
        long there ("the s" for "the staff ...", "the p" for "the provider ..."): a
        common word start such as "the" then tries only what can follow it. A start
        with an alternative that can end within three characters keeps three. A list
        holds a start either way, never both, so a word start tries each list once."""
        longer: dict[str, list[int]] = {}
        for start, positions in index.items():
            fours = self._fours(start, positions)
            if fours is None:
                longer[start] = positions
                continue
            for four, at in fours.items():
                longer.setdefault(four, []).extend(at)
        return {start: sorted(set(positions)) for start, positions in longer.items()}

    def _fours(self, start: str, positions: list[int]) -> dict[str, list[int]] | None:
        fours: dict[str, list[int]] = {}
        for position in positions:
            found = _four_starts(self._pieces[position])
            if found is None:
                return None
            mine = [s for s in found if s.startswith(start)]
            if not mine or any(len(s) <= PREFIX for s in mine):
                return None
            for four in mine:
                fours.setdefault(four, []).append(position)
        return fours

    def _needs_of_all(self) -> tuple[str, ...] | None:
        """One string of which every match of the whole list holds: the union of its
        alternatives' (a match is one alternative's match); None if one has none."""
        union: set[str] = set()
        for alternative in self._pieces:
            needs = needed_strings(alternative)
            if not needs:
                return None
            union.update(needs)
        kept = _shortest(union)
        return tuple(kept) if kept else None

    def _may_match(self, text: str) -> bool:
        """False when ``text`` lacks every string a match of the whole list needs."""
        return _holds(self._whole_needs, text)

    def _live(self, text: str) -> dict[int, re.Match[str]]:
        """The searched-for alternatives that match somewhere in ``text``, each with its
        first match (its own pattern's ``search``, one scan in C). An alternative that
        matches nowhere cannot change the list's matches, so a text where none matches
        is read by the quick path (``_matches``), as if the list had none: most texts,
        since a needed string as common as "hi" or " when" lets most through."""
        gate = self._any_live
        if gate is not None and not any(map(text.__contains__, gate)):
            return _NO_MATCHES  # most texts: not one needed string, so nothing to search
        found = {}
        for alt in self._always:
            if _holds(self._needs[alt], text) and (match := self._alone(alt).search(text)):
                found[alt] = match
        return found

    def _live_gate(self) -> tuple[str, ...] | None:
        needs = [self._needs.get(alt) for alt in self._always]
        if not needs or None in needs:
            return None
        return tuple(sorted({s for strings in needs if strings for s in strings}))

    def _tries(self, text: str, read: TextRead | None = None) -> list[tuple[int, str]] | None:
        """The word starts of ``text`` (place, first three characters) at which an
        indexed alternative could match, in order; None: scan with the whole pattern.
        ``read``: the text's ``text_tries``, when the caller has it."""
        if not self._indexed:
            return None
        if read is None:
            read = text_tries(text)
        number = self._number
        if number not in read.present:
            return []
        keys = self._keys
        # The word starts where the list has a start; at each the start it indexes
        # there, of three characters or of four.
        tries = [
            (place, start if start in keys else four)
            for place, start, four, lists in read.marked
            if number in lists
        ]
        return None if len(tries) > MAX_TRIES else tries

    def prepare(self) -> None:
        """Compile every small pattern, and list every start's heads, now rather than on
        first use (start-up)."""
        for start in self._index:
            self._at[start]
            self._heads[start]
        for position in self._always:
            self._alone(position)

    def _alone(self, position: int) -> re.Pattern[str]:
        pattern = self._one.get(position)
        if pattern is None:
            alternative = self._pieces[position]
            pattern = re.compile(f"{self._before}(?:{alternative}){self._after}")
            self._one[position] = pattern
        return pattern

    def search(self, text: str) -> re.Match[str] | None:
        """A match if the list matches anywhere in ``text`` (every use of search is a
        yes/no question), else None."""
        if not self._indexed:
            return self.pattern.search(text) if self._may_match(text) else None
        read = text_tries(text)
        if not self._always and self._number not in read.present:
            return None  # the common case: no cue of the list can start in the text
        answers = read.answers
        key = self._search_key
        if key in answers:
            found: re.Match[str] | None = answers[key]
            return found
        # A searched-for alternative's match is a match of the list: yes.
        found = answers[key] = self._any_always(text) or self._first_match(read, text)
        return found

    def _any_always(self, text: str) -> re.Match[str] | None:
        """A match of one searched-for alternative, or None: ``_live`` stopped at the
        first that matches, enough for ``search`` (a yes or no). ``_SPECIFIC``'s "i"
        or "my" is found at once; before, its slow third alternative (a word boundary
        then any of 13 phrases: no needed string, scanned at every character) was
        searched for too (issue 21, fifth pass)."""
        gate = self._any_live
        if not self._always or (gate is not None and not any(map(text.__contains__, gate))):
            return None
        for alt in self._always:
            if _holds(self._needs[alt], text) and (match := self._alone(alt).search(text)):
                return match
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self._indexed:
            return self.pattern.finditer(text) if self._may_match(text) else iter(())
        read = text_tries(text)
        live = self._live(text) if self._always else _NO_MATCHES
        if not live:
            return iter(self._matches(read, text))
        tries = self._tries(text, read)
        if tries is None:
            return self.pattern.finditer(text) if self._may_match(text) else iter(())
        return self._scan(tries, text, live)

    def _scan(
        self, tries: list[tuple[int, str]], text: str, live: dict[int, re.Match[str]]
    ) -> Iterator[re.Match[str]]:
        """The whole pattern's matches, found as it finds them: at the leftmost place
        where some alternative matches, the first alternative in the list's order
        that does; then on from the match's end. Indexed alternatives are tried only
        where their start is; the others are searched for. No alternative matches
        nothing, so no empty match needs the scan's special rule. ``live``: the
        searched-for alternatives that match in the text, with their first matches (the
        others cannot match: ``_live``)."""
        if not live:
            yield from self._indexed_matches(tries, text)
            return
        always: dict[int, re.Match[str] | None] = dict(live)
        resume, i = 0, 0
        while True:
            while i < len(tries) and tries[i][0] < resume:
                i += 1
            ahead = [m.start() for m in always.values() if m]
            first_always = min(ahead) if ahead else None
            if i < len(tries) and (first_always is None or tries[i][0] <= first_always):
                place, start = tries[i]
                i += 1
                if place == first_always:
                    match = self._first_of(start, place, always, text)
                else:
                    match = self._at[start].match(text, place)
            elif first_always is not None:
                match = self._first_of("", first_always, always, text)
            else:
                return
            if match is None:
                continue
            yield match
            resume = match.end()
            for alt, found in always.items():
                if found and found.start() < resume:
                    always[alt] = self._alone(alt).search(text, resume)

    def _matches(self, read: TextRead, text: str) -> list[re.Match[str]]:
        """``_indexed_matches`` of an indexed list with no searched-for alternative live
        in the text, its tries picked from the text's marked word starts
        (``text_tries``) as they are tried: one loop, no list of tries built first."""
        found: list[re.Match[str]] = []
        resume = 0
        at, keys, number = self._at, self._keys, self._number
        if number not in read.present:
            return found
        heads = self._heads
        for place, start, four, lists in read.marked:
            if number in lists and place >= resume:
                key = start if start in keys else four
                head = heads[key]
                if head is not None and not text.startswith(head, place):
                    continue  # most tries: no cue there goes on as the text does
                match = at[key].match(text, place)
                if match:
                    found.append(match)
                    resume = match.end()
        return found

    def _first_match(self, read: TextRead, text: str) -> re.Match[str] | None:
        """The leftmost match of an indexed list with nothing searched for, as
        ``_matches`` finds it; None if there is none."""
        at, keys, number, heads = self._at, self._keys, self._number, self._heads
        for place, start, four, lists in read.marked:
            if number in lists:
                key = start if start in keys else four
                head = heads[key]
                if head is not None and not text.startswith(head, place):
                    continue
                match = at[key].match(text, place)
                if match:
                    return match
        return None

    def _indexed_matches(self, tries: list[tuple[int, str]], text: str) -> list[re.Match[str]]:
        """``_scan`` when no searched-for alternative can match: one try per word start
        from the end of the last match. A list, not a generator: this is most scans."""
        found: list[re.Match[str]] = []
        resume = 0
        at = self._at
        for place, start in tries:
            if place >= resume:
                match = at[start].match(text, place)
                if match:
                    found.append(match)
                    resume = match.end()
        return found

    def _first_of(
        self, start: str, place: int, always: dict[int, re.Match[str] | None], text: str
    ) -> re.Match[str] | None:
        """At a place where a searched-for alternative matches too: every candidate
        alone, in the list's order."""
        here: dict[int, re.Match[str] | None] = {
            alt: found for alt, found in always.items() if found and found.start() == place
        }
        here.update((alt, None) for alt in self._index.get(start, ()))
        for alt in sorted(here):
            match = here[alt] or self._alone(alt).match(text, place)
            if match:
                return match
        return None

    def findall(self, text: str) -> list[Any]:
        if not self._indexed:
            return self.pattern.findall(text) if self._may_match(text) else []
        read = text_tries(text)
        if not self._always and self._number not in read.present:
            return []  # the common case: no cue of the list can start in the text
        answers = read.answers
        key = self._findall_key
        found = answers.get(key)
        if found is None:
            live = self._live(text) if self._always else _NO_MATCHES
            found = answers[key] = tuple(self._findall(text, read, live))
        return list(found)

    def _findall(self, text: str, read: TextRead, live: dict[int, re.Match[str]]) -> list[Any]:
        if not live:
            return [m.group() for m in self._matches(read, text)]
        tries = self._tries(text, read)
        if tries is None:
            return self.pattern.findall(text) if self._may_match(text) else []
        return [m.group(0) for m in self._scan(tries, text, live)]

    def sub(self, repl: str, text: str) -> str:
        if not self._indexed or not isinstance(repl, str) or "\\" in repl:
            return self.pattern.sub(repl, text) if self._may_match(text) else text
        read = text_tries(text)
        live = self._live(text) if self._always else _NO_MATCHES
        found: Iterable[re.Match[str]]
        if not live:
            found = self._matches(read, text)
        elif (tries := self._tries(text, read)) is None:
            return self.pattern.sub(repl, text)
        else:
            found = self._scan(tries, text, live)
        pieces, done = [], 0
        for match in found:
            pieces += [text[done : match.start()], repl]
            done = match.end()
        return "".join(pieces) + text[done:] if pieces else text


# No searched-for alternative matches in the text: read as an empty dict (never written).
_NO_MATCHES: dict[int, re.Match[str]] = {}


def _branches(alternatives: tuple[str, ...]) -> tuple[str, ...]:
    """Each alternative's top-level branches, in order, as alternatives of their own:
    ``(?:a|b)`` is ``(?:a)|(?:b)`` inside a list. An alternative whose branches do not
    each compile alone is kept whole."""
    pieces: list[str] = []
    for alternative in alternatives:
        branches = _top_level_split(alternative)
        if len(branches) > 1 and all(_compiles(b) for b in branches):
            pieces += branches
        else:
            pieces.append(alternative)
    return tuple(pieces)


def _top_level_split(alternative: str) -> list[str]:
    """``alternative`` cut at each "|" outside parentheses and character classes."""
    branches, depth, begin, i, in_class = [], 0, 0, 0, False
    while i < len(alternative):
        char = alternative[i]
        if char == "\\":
            i += 2  # an escaped character, whatever it is
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += alternative.startswith("^", i + 1)  # "[^" opens the class too
            i += alternative.startswith("]", i + 1)  # a "]" first in a class is itself
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(alternative[begin:i])
            begin = i + 1
        i += 1
    branches.append(alternative[begin:])
    return branches


def _compiles(branch: str) -> bool:
    try:
        _parse(branch)
    except re.error:
        return False
    return True


def indexed(pattern: re.Pattern[str]) -> CueList | re.Pattern[str]:
    """A plain compiled pattern as a one-alternative cue list, so that it too is tried
    only at the word starts it can begin at (``\\b(?:hit|hurt|...)``); the pattern
    itself when that cannot help (flags, or a start of fewer than three characters),
    so callers can always use ``indexed(p).search``. Not kept here: the caller keeps
    it, and a list dropped leaves the one-pass index (``_unregister``)."""
    if pattern.flags != re.UNICODE:
        return pattern
    cues = CueList([pattern.pattern])
    return cues if cues._indexed else pattern


class _ByStart(dict[str, re.Pattern[str]]):
    """A cue list's patterns by start, each of the alternatives that can begin with it
    in the list's order: a dict (a look-up in C for each try) that compiles a missing
    one on first use. It holds the list's parts, not the list, so that a dropped list
    is freed at once and leaves the index (``_unregister``)."""

    def __init__(
        self,
        alternatives: tuple[str, ...],
        index: dict[str, tuple[int, ...]],
        before: str,
        after: str,
    ) -> None:
        super().__init__()
        self._parts = alternatives, index, before, after

    def __missing__(self, start: str) -> re.Pattern[str]:
        alternatives, index, before, after = self._parts
        body = "|".join(f"(?:{alternatives[i]})" for i in index[start])
        pattern = self[start] = re.compile(f"{before}(?:{body}){after}")
        return pattern


# How far ahead of a word start ``_Heads`` reads the cues, and how many strings it may
# test there: beyond that, matching the start's pattern is as quick.
HEAD_LENGTHS = (5, 6, 8)
MAX_HEADS = 48


class _Heads(dict[str, tuple[str, ...] | None]):
    """Each start's heads, on first use: the possible first ``HEAD_LENGTHS`` characters
    (fewer for a shorter whole match) of the alternatives that can begin there, from
    ``re``'s parse tree as the starts are. Every match at the start begins with one of
    them, so a word start where the text begins with none cannot match: one
    ``str.startswith`` in C instead of an engine call, which most tries were (a word
    "the" followed by anything but the cues' next words; issue 21, sixth pass). None:
    they cannot be listed in ``MAX_HEADS`` strings (``\\w+`` early in a cue); match."""

    def __init__(self, alternatives: tuple[str, ...], index: dict[str, tuple[int, ...]]) -> None:
        super().__init__()
        self._parts = alternatives, index

    def __missing__(self, start: str) -> tuple[str, ...] | None:
        alternatives, index = self._parts
        found = self[start] = _heads_at(start, [alternatives[i] for i in index[start]])
        return found


def _heads_at(start: str, alternatives: list[str]) -> tuple[str, ...] | None:
    """The longest heads of ``HEAD_LENGTHS`` that can be listed in ``MAX_HEADS`` strings.
    Tried shortest first: longer heads are never fewer, nor listable where shorter ones
    are not, so the first length that fails ends the search before its parse trees
    grow (all of a lexicon's starts: about 1.1 s longest first)."""
    best: tuple[str, ...] | None = None
    for length in HEAD_LENGTHS:
        heads = _heads_of_length(start, alternatives, length)
        if heads is None or len(heads) > MAX_HEADS:
            break  # too many, or a class further on: the shorter heads stand
        best = tuple(sorted(heads))
    return best if best and min(map(len, best)) > len(start) else None


def _heads_of_length(start: str, alternatives: list[str], length: int) -> set[str] | None:
    found: set[str] = set()
    for alternative in alternatives:
        starts = _starts_of_length(alternative, length)
        if starts is None:
            return None
        found |= starts
    # Only the heads of this start: an alternative may begin otherwise elsewhere.
    return {h for h in found if h.startswith(start) or start.startswith(h)}


def _holds(needs: tuple[str, ...] | None, text: str) -> bool:
    """Whether ``text`` holds one of ``needs`` (None: no gate, always True)."""
    if needs is None:
        return True
    # A plain loop, not any(...): no generator to build, and this runs per list per text.
    for needed in needs:  # noqa: SIM110
        if needed in text:
            return True
    return False
