"""Breakout assignment: who goes to which room. Pure and deterministic.

`assign` places people in rooms, balanced (sizes differ by at most one) when
it can, honouring keep-together and keep-apart pairs and anyone already
placed. Randomness comes only from the seed, so a run can be reproduced.
When the pairs cannot all be honoured it raises `AssignmentError` naming the
pair that makes it impossible.
"""

from __future__ import annotations

import csv
import io
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

Pair = tuple[str, str]


class AssignmentError(Exception):
    """`pair` is the pair that cannot be honoured (None when the reason is another)."""

    def __init__(self, pair: Pair | None = None) -> None:
        super().__init__(pair)
        self.pair = pair


@dataclass(frozen=True)
class Request:
    people: tuple[str, ...]  # everyone to place, in a stable order
    rooms: int
    seed: int
    together: tuple[Pair, ...] = ()
    apart: tuple[Pair, ...] = ()
    placed: tuple[tuple[str, int], ...] = ()  # (person, room index) fixed in advance
    max_per_room: int = 0  # 0: no limit


def assign(request: Request) -> tuple[tuple[str, ...], ...]:
    """Members of each room, in room order."""
    for pair in request.apart:
        if _linked(request, pair):
            raise AssignmentError(pair)
    for relaxed in (False, True):
        result = _search(request, balanced=not relaxed)
        if result is not None:
            return result
    raise AssignmentError(_culprit(request))


def _units(request: Request) -> list[list[str]]:
    """People who must share a room, joined through keep-together pairs."""
    parent = {p: p for p in request.people}

    def root(p: str) -> str:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for a, b in request.together:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for person in request.people:
        groups.setdefault(root(person), []).append(person)
    return list(groups.values())


def _linked(request: Request, pair: Pair) -> bool:
    return any(pair[0] in unit and pair[1] in unit for unit in _units(request))


# Placement is a depth-first search; this caps its work so a hopeless request
# (many clashing pairs) is refused quickly rather than searched for ever.
SEARCH_STEPS = 5_000
MAX_SEARCH_DEPTH = 500  # the search recurses once per unit; Python's stack allows ~1,000
MAX_CULPRIT_CHECKS = 20


@dataclass
class _Search:
    rooms: list[list[str]]
    fixed: dict[str, int]
    capacity: int
    apart: set[frozenset[str]]
    balanced: bool
    steps: int = 0

    def greedy(self, units: list[list[str]]) -> bool:
        """One pass, each unit to its emptiest possible room: enough for most workshops,
        and it needs no recursion however many people there are."""
        for unit in units:
            rooms = self.candidates(unit)
            if not rooms:
                break
            self.rooms[rooms[0]].extend(unit)
        else:
            if _is_balanced(self.rooms) if self.balanced else all(self.rooms):
                return True
        for room in self.rooms:
            room.clear()
        return False

    def place(self, units: list[list[str]], index: int = 0) -> bool:
        self.steps += 1
        if self.steps > SEARCH_STEPS:
            return False
        if index == len(units):
            return _is_balanced(self.rooms) if self.balanced else all(self.rooms)
        unit = units[index]
        for room in self.candidates(unit):
            self.rooms[room].extend(unit)
            if self.place(units, index + 1):
                return True
            del self.rooms[room][-len(unit) :]
        return False

    def candidates(self, unit: list[str]) -> list[int]:
        """Rooms this unit may join, emptiest first."""
        pinned = {self.fixed[p] for p in unit if p in self.fixed}
        if len(pinned) > 1:
            return []
        rooms = self.rooms
        order = list(pinned) if pinned else sorted(range(len(rooms)), key=lambda r: len(rooms[r]))
        return [
            r
            for r in order
            if len(rooms[r]) + len(unit) <= self.capacity
            and not any(frozenset((a, b)) in self.apart for a in unit for b in rooms[r])
        ]


def _search(request: Request, balanced: bool) -> tuple[tuple[str, ...], ...] | None:
    units = _units(request)
    random.Random(request.seed).shuffle(units)
    units.sort(key=len, reverse=True)  # big units first; the shuffle breaks ties
    search = _Search(
        rooms=[[] for _ in range(request.rooms)],
        fixed=dict(request.placed),
        capacity=_capacity(request, balanced),
        apart={frozenset(pair) for pair in request.apart},
        balanced=balanced,
    )
    if not (search.greedy(units) or (len(units) < MAX_SEARCH_DEPTH and search.place(units))):
        return None
    order = {person: n for n, person in enumerate(request.people)}
    return tuple(tuple(sorted(room, key=order.__getitem__)) for room in search.rooms)


def _capacity(request: Request, balanced: bool) -> int:
    limit = request.max_per_room or len(request.people)
    if balanced:
        limit = min(limit, math.ceil(len(request.people) / request.rooms))
    return limit


def _is_balanced(rooms: list[list[str]]) -> bool:
    sizes = [len(room) for room in rooms]
    return max(sizes) - min(sizes) <= 1


def _culprit(request: Request) -> Pair | None:
    """The first pair without which the people could be placed."""
    for pair in (*request.together, *request.apart)[:MAX_CULPRIT_CHECKS]:
        easier = Request(
            people=request.people,
            rooms=request.rooms,
            seed=request.seed,
            together=tuple(p for p in request.together if p != pair),
            apart=tuple(p for p in request.apart if p != pair),
            placed=request.placed,
            max_per_room=request.max_per_room,
        )
        if _search(easier, balanced=False) is not None:
            return pair
    return None


def group_count(people: int, *, groups: int = 0, size: int = 0) -> int:
    """How many rooms: as asked, or enough that none is bigger than `size`."""
    return groups if groups else max(1, math.ceil(people / size))


# --- pre-assignment from a CSV file ------------------------------------------


class CsvError(Exception):
    def __init__(self, line: int, problem: str) -> None:
        super().__init__(line, problem)
        self.line = line
        self.problem = problem


def read_assignment_csv(text: str) -> list[tuple[int, str, str]]:
    """(line number, person, room) rows from "name or id, room" lines.
    A first line of "name,room" (or "id,room") is a header and is skipped."""
    rows = []
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))  # spreadsheets add a BOM
    try:
        for number, fields in enumerate(reader, start=1):
            cells = [cell.strip() for cell in fields]
            while cells and not cells[-1]:  # spreadsheets add empty columns at the end
                cells.pop()
            if not cells:
                continue
            if number == 1 and [c.casefold() for c in cells] in (["name", "room"], ["id", "room"]):
                continue
            if len(cells) != 2 or not all(cells):
                raise CsvError(number, "expected two columns: a name (or id), then a room")
            rows.append((number, cells[0], cells[1]))
    except csv.Error as error:
        raise CsvError(reader.line_num, f"the line cannot be read ({error})") from None
    if not rows:
        raise CsvError(1, "the file has no rows")
    return rows


def names_for(rooms: int, given: Sequence[str]) -> tuple[str, ...]:
    """Room names: those given, then "Room N" for the rest."""
    names = list(given[:rooms])
    taken = {name.casefold() for name in names}
    number = 0
    while len(names) < rooms:
        number += 1
        if f"room {number}" not in taken:
            names.append(f"Room {number}")
    return tuple(names)
