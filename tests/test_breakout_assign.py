"""Who goes to which room: `facilitation.breakout` on its own (pure functions)."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitation.breakout import (
    AssignmentError,
    CsvError,
    Request,
    assign,
    group_count,
    names_for,
    read_assignment_csv,
)
from tests.core_helpers import hypothesis_settings

PEOPLE = tuple(f"p{n}" for n in range(1, 10))


def _room_of(result: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    return {person: i for i, room in enumerate(result) for person in room}


def _sizes(result: tuple[tuple[str, ...], ...]) -> list[int]:
    return [len(room) for room in result]


def _everyone_once(request: Request, result: tuple[tuple[str, ...], ...]) -> None:
    assert len(result) == request.rooms
    placed = [person for room in result for person in room]
    assert sorted(placed) == sorted(request.people)
    assert len(placed) == len(set(placed))


# --- assign: plain cases ----------------------------------------------------------


@pytest.mark.parametrize(("people", "rooms"), [(1, 1), (5, 1), (5, 2), (7, 3), (9, 4), (9, 9)])
def test_without_pairs_everyone_is_placed_once_and_rooms_are_balanced(people, rooms):
    request = Request(PEOPLE[:people], rooms, seed=3)
    result = assign(request)
    _everyone_once(request, result)
    assert max(_sizes(result)) - min(_sizes(result)) <= 1


def test_the_same_seed_gives_the_same_rooms_and_another_seed_can_differ():
    request = Request(PEOPLE, 3, seed=11)
    assert assign(request) == assign(Request(PEOPLE, 3, seed=11))
    results = {assign(Request(PEOPLE, 3, seed=seed)) for seed in range(20)}
    assert len(results) > 1


def test_together_pairs_share_a_room_even_through_a_chain():
    together = (("p1", "p2"), ("p2", "p3"), ("p5", "p6"))
    for seed in range(20):
        rooms = _room_of(assign(Request(PEOPLE, 3, seed, together=together)))
        assert rooms["p1"] == rooms["p2"] == rooms["p3"]
        assert rooms["p5"] == rooms["p6"]


def test_apart_pairs_never_share_a_room():
    apart = (("p1", "p2"), ("p1", "p3"), ("p2", "p3"))
    for seed in range(20):
        rooms = _room_of(assign(Request(PEOPLE[:6], 3, seed, apart=apart)))
        assert len({rooms["p1"], rooms["p2"], rooms["p3"]}) == 3


def test_max_per_room_is_respected():
    for seed in range(10):
        result = assign(Request(PEOPLE[:7], 4, seed, max_per_room=2))
        assert max(_sizes(result)) <= 2


def test_fixed_placements_are_kept_and_the_rest_balance_around_them():
    placed = (("p1", 0), ("p2", 0), ("p3", 1))
    for seed in range(10):
        request = Request(PEOPLE[:6], 2, seed, placed=placed)
        result = assign(request)
        _everyone_once(request, result)
        rooms = _room_of(result)
        assert (rooms["p1"], rooms["p2"], rooms["p3"]) == (0, 0, 1)
        assert _sizes(result) == [3, 3]


def test_unbalanced_fixed_placements_are_still_honoured():
    placed = (("p1", 0), ("p2", 0), ("p3", 0), ("p4", 1))
    result = assign(Request(PEOPLE[:4], 2, seed=0, placed=placed))
    assert sorted(result[0]) == ["p1", "p2", "p3"]
    assert result[1] == ("p4",)


def test_pairs_and_placements_of_people_not_being_placed_are_ignored():
    request = Request(
        PEOPLE[:4],
        2,
        seed=1,
        together=(("p1", "staff"),),
        apart=(("p2", "staff"),),
        placed=(("staff", 1),),
    )
    _everyone_once(request, assign(request))


def test_an_apart_pair_joined_by_together_pairs_is_named():
    request = Request(
        PEOPLE[:6], 2, seed=0, together=(("p1", "p2"), ("p2", "p3")), apart=(("p1", "p3"),)
    )
    with pytest.raises(AssignmentError) as info:
        assign(request)
    assert info.value.pair == ("p1", "p3")


def test_too_many_apart_pairs_for_the_rooms_names_a_pair():
    apart = (("p1", "p2"), ("p1", "p3"), ("p2", "p3"))
    with pytest.raises(AssignmentError) as info:
        assign(Request(PEOPLE[:4], 2, seed=0, apart=apart))
    assert info.value.pair in apart


def test_a_together_pair_split_by_fixed_rooms_is_named():
    request = Request(
        PEOPLE[:4], 2, seed=0, together=(("p1", "p2"),), placed=(("p1", 0), ("p2", 1))
    )
    with pytest.raises(AssignmentError) as info:
        assign(request)
    assert info.value.pair == ("p1", "p2")


def test_rooms_too_small_names_no_pair():
    with pytest.raises(AssignmentError) as info:
        assign(Request(PEOPLE[:5], 2, seed=0, max_per_room=2))
    assert info.value.pair is None


def test_no_room_is_left_empty():
    with pytest.raises(AssignmentError) as info:
        assign(Request(PEOPLE[:2], 2, seed=0, together=(("p1", "p2"),)))
    assert info.value.pair == ("p1", "p2")
    with pytest.raises(AssignmentError) as info:
        assign(Request(PEOPLE[:3], 2, seed=0, placed=(("p1", 0), ("p2", 0), ("p3", 0))))
    assert info.value.pair is None


def test_each_room_lists_its_people_in_the_order_given():
    order = {person: n for n, person in enumerate(PEOPLE)}
    for seed in range(10):
        for room in assign(Request(PEOPLE, 3, seed)):
            assert list(room) == sorted(room, key=order.__getitem__)


def test_a_big_workshop_is_placed_without_running_out_of_stack():
    people = tuple(f"x{n}" for n in range(1500))
    together = tuple((people[n], people[n + 1]) for n in range(0, 40, 2))
    apart = tuple((people[n], people[n + 1]) for n in range(100, 140, 2))
    request = Request(people, 60, seed=4, together=together, apart=apart)
    result = assign(request)
    _everyone_once(request, result)
    rooms = _room_of(result)
    assert all(rooms[a] == rooms[b] for a, b in together)
    assert all(rooms[a] != rooms[b] for a, b in apart)
    assert max(_sizes(result)) - min(_sizes(result)) <= 1


def test_a_hopeless_request_is_refused_quickly():
    """Everyone must be apart from everyone else, with too few rooms: the search is capped."""
    people = tuple(f"q{n}" for n in range(14))
    apart = tuple(itertools.combinations(people, 2))
    with pytest.raises(AssignmentError):
        assign(Request(people, 13, seed=0, apart=apart))


# --- assign: checked against brute force --------------------------------------------


def _valid(request: Request, rooms: dict[str, int]) -> bool:
    people = set(request.people)
    fixed = dict(request.placed)
    for a, b in request.together:
        if a in people and b in people and rooms[a] != rooms[b]:
            return False
    for a, b in request.apart:
        if a in people and b in people and rooms[a] == rooms[b]:
            return False
    if any(rooms[p] != fixed[p] for p in request.people if p in fixed):
        return False
    counts = [list(rooms.values()).count(r) for r in range(request.rooms)]
    if request.max_per_room and max(counts) > request.max_per_room:
        return False
    return min(counts) > 0  # no room is left empty


def _all_valid(request: Request) -> list[dict[str, int]]:
    found = []
    for choice in itertools.product(range(request.rooms), repeat=len(request.people)):
        rooms = dict(zip(request.people, choice, strict=True))
        if _valid(request, rooms):
            found.append(rooms)
    return found


def _linked(request: Request, pair: tuple[str, str]) -> bool:
    """Whether keep-together pairs (among the people placed) join the two."""
    people = set(request.people)
    if not set(pair) <= people:
        return False
    reached, frontier = {pair[0]}, [pair[0]]
    while frontier:
        person = frontier.pop()
        for a, b in request.together:
            if a in people and b in people and person in (a, b):
                other = b if person == a else a
                if other not in reached:
                    reached.add(other)
                    frontier.append(other)
    return pair[1] in reached


def _balanced(request: Request, rooms: dict[str, int]) -> bool:
    counts = [list(rooms.values()).count(r) for r in range(request.rooms)]
    return max(counts) - min(counts) <= 1


def _without(request: Request, pair: tuple[str, str]) -> Request:
    return Request(
        request.people,
        request.rooms,
        request.seed,
        tuple(p for p in request.together if p != pair),
        tuple(p for p in request.apart if p != pair),
        request.placed,
        request.max_per_room,
    )


@st.composite
def requests(draw) -> Request:
    people = PEOPLE[: draw(st.integers(1, 6), label="people")]
    rooms = draw(st.integers(1, min(3, len(people))), label="rooms")
    pairs = st.lists(st.tuples(st.sampled_from(people), st.sampled_from(people)), max_size=3)
    placed = draw(st.dictionaries(st.sampled_from(people), st.integers(0, rooms - 1), max_size=2))
    return Request(
        people=people,
        rooms=rooms,
        seed=draw(st.integers(0, 2**31 - 1), label="seed"),
        together=tuple(draw(pairs, label="together")),
        apart=tuple(draw(pairs, label="apart")),
        placed=tuple(placed.items()),
        max_per_room=draw(st.sampled_from([0, 0, 1, 2, 3, 4]), label="max"),
    )


@hypothesis_settings()
@given(requests())
def test_assign_places_everyone_validly_whenever_that_is_possible(request):
    possible = _all_valid(request)
    try:
        result = assign(request)
    except AssignmentError as error:
        assert not possible, "refused although a valid placement exists"
        # The pair named: an apart pair that keep-together pairs join, else the first
        # pair without which everyone could be placed, else none.
        linked = [pair for pair in request.apart if _linked(request, pair)]
        pairs = (*request.together, *request.apart)
        easier = next((pair for pair in pairs if _all_valid(_without(request, pair))), None)
        assert error.pair == (linked[0] if linked else easier)
        return
    _everyone_once(request, result)
    rooms = _room_of(result)
    assert _valid(request, rooms)
    if any(_balanced(request, option) for option in possible):
        assert _balanced(request, rooms)
    assert assign(request) == result  # deterministic


@hypothesis_settings()
@given(
    st.integers(1, 30),
    st.integers(1, 8),
    st.integers(0, 2**31 - 1),
)
def test_without_pairs_rooms_differ_by_at_most_one(people, rooms, seed):
    rooms = min(rooms, people)
    request = Request(tuple(f"x{n}" for n in range(people)), rooms, seed)
    result = assign(request)
    _everyone_once(request, result)
    assert max(_sizes(result)) - min(_sizes(result)) <= 1
    assert max(_sizes(result)) == math.ceil(people / rooms)


@hypothesis_settings()
@given(st.integers(3, 12), st.integers(0, 2**31 - 1), st.data())
def test_one_pair_is_always_honoured_when_there_are_two_rooms(people, seed, data):
    names = tuple(f"x{n}" for n in range(people))
    a, b = data.draw(st.lists(st.sampled_from(names), min_size=2, max_size=2, unique=True))
    rooms = _room_of(assign(Request(names, 2, seed, together=((a, b),))))
    assert rooms[a] == rooms[b]
    rooms = _room_of(assign(Request(names, 2, seed, apart=((a, b),))))
    assert rooms[a] != rooms[b]


# --- the CSV file ---------------------------------------------------------------


@pytest.mark.parametrize(
    "header", ["name,room", "Name,Room", " NAME , room ", "id,room", "ID,ROOM"]
)
def test_a_header_line_is_skipped(header):
    rows = read_assignment_csv(f"{header}\nalice,Kitchen\nbob , Garden \n")
    assert rows == [(2, "alice", "Kitchen"), (3, "bob", "Garden")]


def test_without_a_header_every_line_is_a_row():
    assert read_assignment_csv("alice,Kitchen") == [(1, "alice", "Kitchen")]


def test_a_header_is_only_a_header_on_the_first_line():
    rows = read_assignment_csv("alice,Kitchen\nname,room\n")
    assert rows == [(1, "alice", "Kitchen"), (2, "name", "room")]


def test_blank_lines_are_skipped_but_lines_keep_their_numbers():
    rows = read_assignment_csv("name,room\n\nalice,Kitchen\n  \n,\nbob,Garden\n")
    assert rows == [(3, "alice", "Kitchen"), (6, "bob", "Garden")]


def test_windows_line_endings_and_quoted_commas():
    rows = read_assignment_csv('name,room\r\n"Smith, Jo",Kitchen\r\nbob,"Garden, east"\r\n')
    assert rows == [(2, "Smith, Jo", "Kitchen"), (3, "bob", "Garden, east")]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("name,room\nalice,Kitchen\nbob\n", 3),
        ("alice,Kitchen,extra", 1),
        ("name,room\nalice,\n", 2),
        ("name,room\n,Kitchen\n", 2),
        ("alice,Kitchen\n\n\njust one\n", 4),
    ],
)
def test_a_bad_line_is_named(text, line):
    with pytest.raises(CsvError) as info:
        read_assignment_csv(text)
    assert info.value.line == line
    assert "two columns" in info.value.problem


@pytest.mark.parametrize("text", ["", "\n\n", "name,room\n", "name,room\n\n , \n"])
def test_a_file_without_rows_is_refused(text):
    with pytest.raises(CsvError) as info:
        read_assignment_csv(text)
    assert info.value.line == 1
    assert "no rows" in info.value.problem


def test_a_byte_order_mark_does_not_hide_the_header():
    """A spreadsheet's "CSV UTF-8" export starts with one."""
    rows = read_assignment_csv("\ufeffname,room\nalice,Kitchen\n")
    assert rows == [(2, "alice", "Kitchen")]


def test_empty_columns_at_the_end_are_ignored():
    """Spreadsheets add them."""
    rows = read_assignment_csv("name,room,,\nalice,Kitchen,\nbob,Garden,,\n")
    assert rows == [(2, "alice", "Kitchen"), (3, "bob", "Garden")]


def test_a_line_the_csv_reader_cannot_read_is_named():
    with pytest.raises(CsvError) as info:
        read_assignment_csv("alice,Kitchen\nbob," + "x" * 200_000 + "\n")
    assert info.value.line == 2
    assert info.value.problem.startswith("the line cannot be read")


# --- room names and counts ------------------------------------------------------


@pytest.mark.parametrize(
    ("rooms", "given", "expected"),
    [
        (3, (), ("Room 1", "Room 2", "Room 3")),
        (3, ("Kitchen",), ("Kitchen", "Room 1", "Room 2")),
        (3, ("Room 2",), ("Room 2", "Room 1", "Room 3")),
        (2, ("room 1",), ("room 1", "Room 2")),
        (2, ("Kitchen", "Garden"), ("Kitchen", "Garden")),
        (2, ("Kitchen", "Garden", "Hall"), ("Kitchen", "Garden")),
        (1, (), ("Room 1",)),
        (0, ("Kitchen",), ()),
    ],
)
def test_names_for_uses_the_names_given_then_numbers(rooms, given, expected):
    assert names_for(rooms, given) == expected
    assert names_for(rooms, list(given)) == expected


@hypothesis_settings()
@given(st.integers(0, 12), st.lists(st.sampled_from(["Kitchen", "Room 1", "room 3", "Room 10"])))
def test_names_for_never_adds_a_name_already_given(rooms, given):
    given = list(dict.fromkeys(given))  # the names given are distinct
    names = names_for(rooms, given)
    assert len(names) == rooms
    assert names[: len(given)] == tuple(given[:rooms])
    assert len({name.casefold() for name in names}) == rooms


@pytest.mark.parametrize(
    ("people", "groups", "size", "expected"),
    [
        (10, 3, 0, 3),
        (10, 3, 4, 3),  # groups win over size
        (10, 0, 4, 3),
        (12, 0, 4, 3),
        (13, 0, 4, 4),
        (3, 0, 5, 1),
        (0, 0, 5, 1),
        (1, 0, 1, 1),
    ],
)
def test_group_count(people, groups, size, expected):
    assert group_count(people, groups=groups, size=size) == expected


@hypothesis_settings()
@given(st.integers(1, 200), st.integers(1, 50))
def test_group_count_by_size_never_makes_a_room_too_big(people, size):
    count = group_count(people, size=size)
    assert math.ceil(people / count) <= size
    assert count == 1 or math.ceil(people / (count - 1)) > size
