"""Breakouts in the core, through its front door: commands in, events and effects out.

Breakout rooms get their keys the way the executor gives them: a `RoomsCreated`
command after the `CreateRooms` effect. Timers fire as `TimerFired` commands
with the ids `timers.pending_timers` gives.
"""

from __future__ import annotations

import copy
import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import (
    AddToRooms,
    AlertStaff,
    CloseRoom,
    CreateRooms,
    MovePeople,
    Post,
    RemoveFromRooms,
    SendPrivate,
)
from facilitation.engine import Refused, decide, react
from facilitation.state import BreakoutStatus, evolve
from facilitation.timers import (
    BREAKOUT_END,
    BREAKOUT_OPEN,
    BREAKOUT_REGROUP,
    BREAKOUT_REMINDER,
    pending_timers,
)
from tests.core_helpers import (
    ALICE,
    BOB,
    CAROL,
    FAC,
    ROOM,
    SAM,
    WORKSHOP_ID,
    Workshop,
    apply,
    blank,
    hypothesis_settings,
    make,
    start_command,
)

DEV = cmd.Actor("dev", "Dev")
EVE = cmd.Actor("eve", "Eve")
FINN = cmd.Actor("finn", "Finn")
GIA = cmd.Actor("gia", "Gia")
HANA = cmd.Actor("hana", "Hana", cmd.PlatformRole.FACILITATOR)  # a facilitator by the platform
FIVE = (ALICE, BOB, CAROL, DEV, EVE)
SEVEN = (*FIVE, FINN, GIA)
STAFF_IDS = {"fac", "sam", "hana"}

_room_sources = itertools.count(1)


# --- helpers --------------------------------------------------------------------


def _workshop(*people: cmd.Actor) -> Workshop:
    """A running workshop: the people given (five by default), Sam as co-facilitator."""
    w = Workshop()
    w.join(*(people or FIVE))
    w.join(SAM)
    w.do(cmd.AddCoFacilitator, FAC, name="Sam")
    return w


def _open(w: Workshop, actor: cmd.Actor = FAC, **fields: object):
    fields.setdefault("duration", 1200)
    if fields.get("assignment", "random") in ("random", "self"):
        fields.setdefault("groups", 2)
    fields.setdefault("seed", 1)
    return w.do(cmd.OpenBreakout, actor, **fields)


def _timers(w: Workshop, kind: str) -> list:
    return [t for t in pending_timers(w.state) if t.kind == kind]


def _timer(w: Workshop, kind: str, offset: int | None = None):
    [timer] = [t for t in _timers(w, kind) if offset is None or t.detail == offset]
    return timer


def _fire(w: Workshop, timer, at: float | None = None):
    return w.send(
        make(cmd.TimerFired, cmd.SYSTEM, timer_id=timer.id), at=timer.due if at is None else at
    )


def _fire_id(w: Workshop, timer_id: str):
    return w.send(make(cmd.TimerFired, cmd.SYSTEM, timer_id=timer_id))


def _keys(w: Workshop) -> tuple[str, ...]:
    return tuple(room.key for room in w.state.breakout.rooms)


def _create_rooms(w: Workshop):
    """What the executor sends back once the platform has made the rooms."""
    b = w.state.breakout
    keys = tuple(f"{ROOM}/breakout-{b.number}-{n}" for n in range(1, len(b.rooms) + 1))
    return w.do(cmd.RoomsCreated, cmd.SYSTEM, number=b.number, keys=keys)


def _running(w: Workshop, **fields: object) -> tuple[str, ...]:
    """Open at once, rooms made; returns the room keys."""
    fields.setdefault("notice", 0)
    _open(w, **fields)
    _create_rooms(w)
    return _keys(w)


def _in_room(room: str, kind: type[cmd.Command], actor: cmd.Actor, **fields: object):
    return kind(actor=actor, room=room, source_id=f"in-room-{next(_room_sources)}", **fields)


def _member(w: Workshop, room: int, n: int = 0) -> cmd.Actor:
    """The n-th member of a group: only members act for their group (rooms.py)."""
    person = w.state.breakout.rooms[room].members[n]
    return cmd.Actor(person, w.state.name_of(person))


def _groups(w: Workshop) -> dict[str, set[str]]:
    b = w.state.breakout or w.state.past_breakouts[-1]
    return {room.name: {w.state.name_of(pid) for pid in room.members} for room in b.rooms}


def _placed(w: Workshop) -> list[str]:
    b = w.state.breakout or w.state.past_breakouts[-1]
    return [pid for room in b.rooms for pid in room.members]


def _sizes(w: Workshop) -> list[int]:
    return sorted(len(members) for members in _groups(w).values())


def _room_with(w: Workshop, name: str) -> str:
    return next(room for room, members in _groups(w).items() if name in members)


def _members_with(seed: int, **fields: object) -> tuple[tuple[str, ...], ...]:
    w = _workshop(*SEVEN)
    _open(w, seed=seed, **fields)
    return tuple(room.members for room in w.state.breakout.rooms)


def _round_trip(event: ev.Event) -> ev.Event:
    type_name, payload = json.loads(json.dumps(ev.to_record(event)))
    return ev.from_record(type_name, payload)


def _replayed(log: list[ev.Event]):
    state = blank()
    for event in log:
        state = evolve(state, _round_trip(event))
    return state


# --- random, by size, named rooms ---------------------------------------------------


def test_random_groups_are_balanced_and_place_every_participant_once():
    w = _workshop(*SEVEN)
    step = _open(w, groups=3, seed=7)
    [planned] = step.events_of(ev.BreakoutPlanned)
    assert planned.mode == "random"
    assert planned.names == ("Room 1", "Room 2", "Room 3")
    assert _sizes(w) == [2, 2, 3]
    assert sorted(_placed(w)) == sorted(a.id for a in SEVEN)
    assert w.state.breakout.status is BreakoutStatus.PLANNED


def test_the_same_seed_gives_the_same_groups_and_another_seed_can_differ():
    assert _members_with(7, groups=3) == _members_with(7, groups=3)
    assert len({_members_with(seed, groups=3) for seed in range(12)}) > 1


def test_without_a_seed_the_core_uses_seed_zero_so_the_log_can_be_replayed():
    w = _workshop()
    step = w.do(cmd.OpenBreakout, FAC, duration=1200, groups=2)
    assert step.events_of(ev.BreakoutPlanned)[0].seed == 0


@pytest.mark.parametrize(("size", "rooms"), [(3, 3), (4, 2), (7, 1), (20, 1), (1, 7)])
def test_size_says_how_big_the_groups_may_be(size, rooms):
    w = _workshop(*SEVEN)
    _open(w, groups=0, size=size)
    assert len(w.state.breakout.rooms) == rooms
    assert max(_sizes(w)) <= size
    assert max(_sizes(w)) - min(_sizes(w)) <= 1


def test_named_rooms_then_default_names():
    w = _workshop(*SEVEN)
    _open(w, groups=3, names=("Kitchen",))
    assert [room.name for room in w.state.breakout.rooms] == ["Kitchen", "Room 1", "Room 2"]
    w.do(cmd.Regroup, FAC)
    _open(w, groups=3, names=("Room 2",))  # a default name is never used twice
    assert [room.name for room in w.state.breakout.rooms] == ["Room 2", "Room 1", "Room 3"]


# --- manual -------------------------------------------------------------------------


def test_manual_keeps_those_listed_and_balances_the_rest():
    manual = (("alice", "Kitchen"), ("Bob", "Kitchen"), ("@carol", "Garden"))
    for seed in range(6):
        w = _workshop()
        step = _open(w, assignment="manual", manual=manual, seed=seed)
        [planned] = step.events_of(ev.BreakoutPlanned)
        assert planned.names == ("Kitchen", "Garden")  # in order of first use
        groups = _groups(w)
        assert {"Alice", "Bob"} <= groups["Kitchen"]
        assert "Carol" in groups["Garden"]
        assert _sizes(w) == [2, 3]
        assert sorted(_placed(w)) == sorted(a.id for a in FIVE)


def test_manual_with_names_given_uses_those_rooms():
    w = _workshop(*SEVEN)
    _open(
        w,
        assignment="manual",
        names=("Kitchen", "Garden", "Hall"),
        manual=(("alice", "kitchen"), ("bob", "HALL")),
    )
    groups = _groups(w)
    assert list(groups) == ["Kitchen", "Garden", "Hall"]
    assert "Alice" in groups["Kitchen"] and "Bob" in groups["Hall"]
    assert _sizes(w) == [2, 2, 3]


def test_manual_refuses_a_room_not_among_the_names_given():
    w = _workshop()
    refusal = w.refused(
        cmd.OpenBreakout,
        FAC,
        duration=1200,
        assignment="manual",
        names=("Kitchen", "Garden"),
        manual=(("alice", "Attic"),),
    )
    assert refusal.reason == words.no_such_room("Attic", ("Kitchen", "Garden"))
    assert refusal.denied is False


def test_manual_refuses_a_name_that_is_nobody_with_plain_words():
    w = _workshop()
    refusal = w.refused(
        cmd.OpenBreakout, FAC, duration=1200, assignment="manual", manual=(("zed", "Kitchen"),)
    )
    assert refusal.reason.startswith("I cannot find anyone called zed in this workshop.")
    assert "Alice" in refusal.reason


def test_manual_refuses_a_name_that_could_be_several_people():
    w = _workshop(ALICE, cmd.Actor("alan", "Alan"), BOB)
    refusal = w.refused(
        cmd.OpenBreakout, FAC, duration=1200, assignment="manual", manual=(("al", "Kitchen"),)
    )
    assert refusal.reason == words.several_people("al", ["Alan", "Alice"])


# --- self-select ----------------------------------------------------------------------


def _self_select(w: Workshop, **fields: object):
    fields.setdefault("names", ("Kitchen", "Garden"))
    return _open(w, assignment="self", **fields)


def test_self_select_announces_the_rooms_and_asks_people_to_choose():
    w = _workshop()
    step = _self_select(w, max_per_room=3)
    [planned] = step.events_of(ev.BreakoutPlanned)
    assert planned.members == ((), ())
    text = words.breakout_notice("!", 1200, 30, [("Kitchen", []), ("Garden", [])], [], True, 3)
    assert step.effects == [Post(room=ROOM, text=text)]
    assert "!join" in text and "at most 3 people" in text


def test_join_chooses_a_room_and_says_so_privately():
    w = _workshop()
    _self_select(w)
    step = w.do(cmd.JoinRoom, ALICE, name="kit")
    assert step.events == [ev.BreakoutRoomChosen(person_id="alice", room=0)]
    assert step.effects == [SendPrivate("alice", ROOM, words.room_chosen("Kitchen"), "Alice")]
    # Choosing again moves you.
    w.do(cmd.JoinRoom, ALICE, name="Garden")
    assert _groups(w) == {"Kitchen": set(), "Garden": {"Alice"}}


def test_a_full_room_is_refused_but_its_members_may_choose_it_again():
    w = _workshop()
    _self_select(w, max_per_room=3)
    for actor in (ALICE, BOB, CAROL):
        w.do(cmd.JoinRoom, actor, name="Kitchen")
    refusal = w.refused(cmd.JoinRoom, DEV, name="Kitchen")
    assert refusal.reason == words.room_full("Kitchen", 3)
    assert "full" in refusal.reason
    w.do(cmd.JoinRoom, ALICE, name="Kitchen")  # already there: fine
    w.do(cmd.JoinRoom, CAROL, name="Garden")  # a place comes free
    w.do(cmd.JoinRoom, DEV, name="Kitchen")
    assert _groups(w) == {"Kitchen": {"Alice", "Bob", "Dev"}, "Garden": {"Carol"}}


def test_people_who_did_not_choose_are_placed_around_the_choices_at_opening():
    w = _workshop(*SEVEN)
    _self_select(w, max_per_room=4)
    for actor in (ALICE, BOB, CAROL):
        w.do(cmd.JoinRoom, actor, name="Kitchen")
    w.do(cmd.JoinRoom, DEV, name="Garden")
    step = _fire(w, _timer(w, BREAKOUT_OPEN))
    [opened] = step.events_of(ev.BreakoutOpened)
    groups = _groups(w)
    assert {"Alice", "Bob", "Carol"} <= groups["Kitchen"]
    assert "Dev" in groups["Garden"]
    assert sorted(_placed(w)) == sorted(a.id for a in SEVEN)
    assert max(_sizes(w)) <= 4
    assert _sizes(w) == [3, 4]
    assert opened.members == tuple(room.members for room in w.state.breakout.rooms)


def test_uneven_choices_are_honoured_while_no_room_is_left_empty():
    w = _workshop()
    _self_select(w)
    for actor in (ALICE, BOB, CAROL, DEV):
        w.do(cmd.JoinRoom, actor, name="Garden")
    _fire(w, _timer(w, BREAKOUT_OPEN))
    assert _groups(w) == {"Kitchen": {"Eve"}, "Garden": {"Alice", "Bob", "Carol", "Dev"}}


def test_choices_that_would_leave_a_room_empty_give_way_to_balanced_groups():
    w = _workshop()
    _self_select(w)
    for actor in FIVE:
        w.do(cmd.JoinRoom, actor, name="Garden")
    step = _fire(w, _timer(w, BREAKOUT_OPEN))
    assert step.events_of(ev.BreakoutOpened)
    assert _sizes(w) == [2, 3]
    assert sorted(_placed(w)) == sorted(a.id for a in FIVE)


def test_someone_staying_in_the_main_room_cannot_choose_a_room():
    w = _workshop()
    w.do(cmd.ChooseQuiet, ALICE, quiet=True)
    _self_select(w)
    assert w.refused(cmd.JoinRoom, ALICE, name="Kitchen").reason == words.staying_back("!")


def test_join_after_the_rooms_open_is_refused():
    w = _workshop()
    _self_select(w)
    _fire(w, _timer(w, BREAKOUT_OPEN))
    assert w.refused(cmd.JoinRoom, ALICE, name="Kitchen").reason == words.rooms_already_open()


@pytest.mark.parametrize("actor", [FAC, SAM], ids=["facilitator", "co-facilitator"])
def test_staff_cannot_join_a_room(actor):
    w = _workshop()
    _self_select(w)
    assert w.refused(cmd.JoinRoom, actor, name="Kitchen").reason == words.staff_not_grouped()


def test_join_names_must_pick_out_one_room():
    w = _workshop()
    _self_select(w, names=("Garden", "Gallery"))
    names = ["Garden", "Gallery"]
    assert w.refused(cmd.JoinRoom, ALICE, name="Attic").reason == words.no_such_room("Attic", names)
    assert w.refused(cmd.JoinRoom, ALICE, name="ga").reason == words.no_such_room("ga", names)
    w.do(cmd.JoinRoom, ALICE, name="gal")


def test_join_without_a_self_select_breakout_is_refused():
    w = _workshop()
    assert w.refused(cmd.JoinRoom, ALICE, name="Room 1").reason == words.no_breakout("!")
    _open(w)
    assert w.refused(cmd.JoinRoom, ALICE, name="Room 1").reason == words.not_self_select("!")


def test_self_select_refuses_rooms_too_small_for_everyone():
    w = _workshop()
    refusal = w.refused(
        cmd.OpenBreakout, FAC, duration=1200, groups=2, assignment="self", max_per_room=2
    )
    assert refusal.reason == words.rooms_too_small(2)


@pytest.mark.parametrize(
    "case", ["apart pair chose one room", "together pair chose two rooms", "newcomers overflow max"]
)
def test_the_open_timer_always_opens_the_rooms(case):
    w = _workshop()
    if case == "apart pair chose one room":
        _self_select(w, apart=(("Alice", "Bob"),))
        w.do(cmd.JoinRoom, ALICE, name="Kitchen")
        w.do(cmd.JoinRoom, BOB, name="Kitchen")
    elif case == "together pair chose two rooms":
        _self_select(w, together=(("Alice", "Bob"),))
        w.do(cmd.JoinRoom, ALICE, name="Kitchen")
        w.do(cmd.JoinRoom, BOB, name="Garden")
    else:
        _self_select(w, max_per_room=3)  # 5 people, 6 places
        w.join(FINN, GIA)  # 7 people now
    step = _fire(w, _timer(w, BREAKOUT_OPEN))  # a timer must never be refused
    assert step.events_of(ev.BreakoutOpened)
    assert w.state.breakout.status is BreakoutStatus.OPEN
    assert sorted(_placed(w)) == sorted(pid for pid in w.state.people if pid not in STAFF_IDS)
    assert min(_sizes(w)) > 0
    if case == "apart pair chose one room":  # the pair wins over the choices
        assert _room_with(w, "Alice") != _room_with(w, "Bob")
    if case == "together pair chose two rooms":
        assert _room_with(w, "Alice") == _room_with(w, "Bob")


# --- CSV ---------------------------------------------------------------------------------


def test_csv_places_those_listed_skipping_the_header():
    w = _workshop()
    text = "name,room\nAlice,Kitchen\nbob,Garden\nCarol,Kitchen\n"
    step = _open(w, assignment="csv", csv_text=text)
    [planned] = step.events_of(ev.BreakoutPlanned)
    assert planned.names == ("Kitchen", "Garden")
    groups = _groups(w)
    assert {"Alice", "Carol"} <= groups["Kitchen"] and "Bob" in groups["Garden"]
    assert _sizes(w) == [2, 3]
    assert sorted(_placed(w)) == sorted(a.id for a in FIVE)


def test_csv_bad_line_is_named():
    w = _workshop()
    text = "name,room\nalice,Kitchen\nbob\n"
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, assignment="csv", csv_text=text)
    assert refusal.reason == words.csv_problem(
        3, "expected two columns: a name (or id), then a room"
    )
    assert refusal.reason.startswith("Line 3")


def test_csv_unknown_person_names_the_line():
    w = _workshop()
    text = "name,room\nalice,Kitchen\nzed,Garden\n"
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, assignment="csv", csv_text=text)
    assert refusal.reason.startswith("Line 3 of the file: I cannot find anyone called zed")
    assert refusal.reason.endswith(".") and not refusal.reason.endswith("..")


def test_csv_without_text_asks_for_a_file():
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, assignment="csv")
    assert refusal.reason == words.need_csv("!")


def test_csv_room_must_be_among_the_names_given():
    w = _workshop()
    refusal = w.refused(
        cmd.OpenBreakout,
        FAC,
        duration=1200,
        assignment="csv",
        names=("Kitchen",),
        csv_text="alice,Attic",
    )
    assert refusal.reason == words.no_such_room("Attic", ("Kitchen",))


# --- reuse --------------------------------------------------------------------------------


def test_reuse_without_an_earlier_breakout_is_refused():
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, assignment="reuse")
    assert refusal.reason == words.no_earlier_breakout()


def test_reuse_puts_people_back_in_their_earlier_groups_and_places_newcomers():
    w = _workshop(*SEVEN)
    _running(w, groups=3, names=("Kitchen", "Garden", "Hall"), seed=5)
    first = _groups(w)
    w.do(cmd.Regroup, FAC)
    w.join(cmd.Actor("ivy", "Ivy"))
    step = _open(w, assignment="reuse", seed=9)
    [planned] = step.events_of(ev.BreakoutPlanned)
    assert planned.number == 2
    assert planned.names == ("Kitchen", "Garden", "Hall")
    again = _groups(w)
    for name, members in first.items():
        assert members <= again[name]
    assert sum(len(m) for m in again.values()) == 8
    assert _sizes(w) == [2, 3, 3]


# --- pairs ----------------------------------------------------------------------------------


def test_keep_together_is_honoured():
    for seed in range(8):
        w = _workshop(*SEVEN)
        _open(w, groups=3, seed=seed, together=(("alice", "Bob"), ("bob", "Carol")))
        assert _room_with(w, "Alice") == _room_with(w, "Bob") == _room_with(w, "Carol")
        assert w.state.breakout.together == (("alice", "bob"), ("bob", "carol"))


def test_keep_apart_is_honoured():
    for seed in range(8):
        w = _workshop(*SEVEN)
        _open(
            w, groups=3, seed=seed, apart=(("alice", "bob"), ("alice", "carol"), ("bob", "carol"))
        )
        rooms = {_room_with(w, "Alice"), _room_with(w, "Bob"), _room_with(w, "Carol")}
        assert len(rooms) == 3


def test_an_impossible_apart_pair_is_refused_naming_the_pair():
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, groups=1, apart=(("alice", "bob"),))
    assert refusal.reason == words.pair_cannot_be_kept("Alice", "Bob", together=False)


def test_an_apart_pair_joined_by_together_pairs_is_refused_naming_it():
    w = _workshop()
    refusal = w.refused(
        cmd.OpenBreakout,
        FAC,
        duration=1200,
        groups=2,
        together=(("alice", "bob"), ("bob", "carol")),
        apart=(("carol", "alice"),),
    )
    assert refusal.reason == words.pair_cannot_be_kept("Carol", "Alice", together=False)


def test_an_impossible_together_pair_is_refused_naming_the_pair():
    w = _workshop()
    refusal = w.refused(
        cmd.OpenBreakout,
        FAC,
        duration=1200,
        assignment="manual",
        manual=(("alice", "Kitchen"), ("bob", "Garden")),
        together=(("bob", "alice"),),
    )
    assert refusal.reason == words.pair_cannot_be_kept("Bob", "Alice", together=True)
    assert "Bob and Alice together" in refusal.reason


def test_a_pair_naming_nobody_is_refused():
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, groups=2, together=(("zed", "bob"),))
    assert refusal.reason.startswith("I cannot find anyone called zed")


def test_random_with_rooms_too_small_is_refused():
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, groups=2, max_per_room=2)
    assert refusal.reason == words.rooms_too_small(2)


def test_max_per_room_is_respected():
    w = _workshop(*SEVEN)
    _open(w, groups=4, max_per_room=2)
    assert max(_sizes(w)) <= 2


# --- quiet and staff ----------------------------------------------------------------------


def test_quiet_participants_stay_in_the_main_room_and_are_listed():
    w = _workshop()
    step = w.do(cmd.ChooseQuiet, ALICE, quiet=True)
    assert step.events == [ev.QuietChosen(person_id="alice", quiet=True)]
    assert step.effects == [SendPrivate("alice", ROOM, words.quiet_chosen("!", True), "Alice")]
    assert w.refused(cmd.ChooseQuiet, ALICE, quiet=True).reason == words.quiet_unchanged("!", True)

    step = _open(w, notice=0)
    [planned] = step.events_of(ev.BreakoutPlanned)
    assert planned.quiet == ("alice",)
    assert "alice" not in _placed(w)
    [notice] = [p for p in step.effects_of(Post) if p.text.startswith("What happens next")]
    assert "Staying in the main room with the staff: Alice." in notice.text
    [create] = step.effects_of(CreateRooms)
    assert all("alice" not in members for members in create.members)

    w.do(cmd.Regroup, FAC)
    w.do(cmd.ChooseQuiet, ALICE, quiet=False)
    _open(w)
    assert "alice" in _placed(w)


def test_quiet_participants_are_not_placed_by_manual_or_reuse():
    w = _workshop()
    w.do(cmd.ChooseQuiet, BOB, quiet=True)
    _open(w, assignment="manual", manual=(("alice", "Kitchen"), ("bob", "Kitchen")), notice=0)
    assert "bob" not in _placed(w)
    w.do(cmd.Regroup, FAC)
    w.do(cmd.ChooseQuiet, ALICE, quiet=True)
    _open(w, assignment="reuse")
    assert not {"alice", "bob"} & set(_placed(w))


@pytest.mark.parametrize(
    "fields",
    [
        {"groups": 2},
        {"assignment": "self", "groups": 2},
        {"assignment": "manual", "manual": (("Fran", "Kitchen"), ("sam", "Kitchen"))},
        {"assignment": "csv", "csv_text": "name,room\nFran,Kitchen\nSam,Garden\nHana,Garden\n"},
    ],
    ids=["random", "self", "manual", "csv"],
)
def test_facilitators_and_co_facilitators_are_never_placed(fields):
    w = _workshop()
    w.join(HANA)
    _open(w, **fields)
    _fire(w, _timer(w, BREAKOUT_OPEN))
    assert not STAFF_IDS & set(_placed(w))
    assert sorted(_placed(w)) == sorted(a.id for a in FIVE)


def test_nobody_to_place_is_refused():
    w = Workshop()
    w.join(HANA)
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, groups=1)
    assert refusal.reason == words.nobody_to_assign()


# --- the notice ---------------------------------------------------------------------------


def test_what_happens_next_lists_the_rooms_and_who_is_in_each():
    w = _workshop()
    step = _open(w, names=("Kitchen", "Garden"))
    rooms = [
        (room.name, [w.state.name_of(pid) for pid in room.members])
        for room in w.state.breakout.rooms
    ]
    text = words.breakout_notice("!", 1200, 30, rooms, [], False, 0)
    assert step.effects == [Post(room=ROOM, text=text)]
    assert text.startswith("What happens next: in 30 seconds we split into 2 small groups")
    for name, members in rooms:
        assert f"- {name}: {', '.join(members)}" in text


@pytest.mark.parametrize(
    ("notice", "delay"), [(1, 20), (5, 20), (19, 20), (20, 20), (45, 45), (300, 300)]
)
def test_a_short_notice_is_raised_to_twenty_seconds(notice, delay):
    w = _workshop()
    step = _open(w, notice=notice)
    [planned] = step.events_of(ev.BreakoutPlanned)
    assert planned.opens_at == w.now + delay
    assert step.events == [planned]
    assert _timer(w, BREAKOUT_OPEN).due == w.now + delay
    assert f"in {words.duration(delay)} we split" in step.effects[0].text


@pytest.mark.parametrize("notice", [0, -5])
def test_no_notice_opens_the_rooms_at_once(notice):
    w = _workshop()
    step = _open(w, notice=notice)
    planned, opened = step.events
    assert isinstance(planned, ev.BreakoutPlanned) and planned.opens_at == w.now
    assert opened == ev.BreakoutOpened(
        number=1, members=planned.members, ends_at=w.now + 1200, at=w.now, late=False
    )
    assert w.state.breakout.status is BreakoutStatus.OPEN
    assert step.effects_of(Post)[0].text.startswith("What happens next: now we split")
    assert _timers(w, BREAKOUT_OPEN) == []


def test_a_co_facilitator_named_while_groups_are_open_joins_their_rooms_and_the_staff_room():
    w = _workshop(*FIVE, HANA)
    w.send(make(cmd.StaffRoomMade, cmd.SYSTEM, staff_room="staff-1"))
    keys = _running(w)
    step = w.do(cmd.AddCoFacilitator, FAC, name="Hana")
    assert step.effects_of(AddToRooms) == [
        AddToRooms(main_room=ROOM, rooms=(*keys, "staff-1"), person_ids=("hana",))
    ]


def test_a_co_facilitator_removed_while_groups_are_open_leaves_their_rooms():
    """Sam (co-facilitator, in no group) was let into every group's room as staff, and
    into the staff room."""
    w = _workshop()
    w.send(make(cmd.StaffRoomMade, cmd.SYSTEM, staff_room="staff-1"))
    keys = _running(w)
    step = w.do(cmd.RemoveCoFacilitator, FAC, name="Sam")
    assert step.effects_of(RemoveFromRooms) == [
        RemoveFromRooms(main_room=ROOM, rooms=(*keys, "staff-1"), person_ids=("sam",))
    ]


def test_a_removed_co_facilitator_keeps_their_own_group_and_staff_keep_every_room():
    w = _workshop(*FIVE, HANA)
    keys = _running(w)
    w.do(cmd.AddCoFacilitator, FAC, name="Hana")
    # Still a facilitator by the platform: stays where facilitators are.
    assert w.do(cmd.RemoveCoFacilitator, FAC, name="Hana").effects_of(RemoveFromRooms) == []
    # A participant in a group, named and then removed: out of the others only.
    w.do(cmd.AddCoFacilitator, FAC, name="Alice")
    step = w.do(cmd.RemoveCoFacilitator, FAC, name="Alice")
    own = w.state.breakout.rooms[w.state.breakout.room_of("alice")].key
    assert step.effects_of(RemoveFromRooms) == [
        RemoveFromRooms(
            main_room=ROOM, rooms=tuple(k for k in keys if k != own), person_ids=("alice",)
        )
    ]


def test_a_co_facilitator_removed_with_no_groups_open_leaves_the_staff_room_only():
    w = _workshop()
    assert w.do(cmd.RemoveCoFacilitator, FAC, name="Sam").effects_of(RemoveFromRooms) == []
    w.do(cmd.AddCoFacilitator, FAC, name="Sam")
    w.send(make(cmd.StaffRoomMade, cmd.SYSTEM, staff_room="staff-1"))
    assert w.do(cmd.RemoveCoFacilitator, FAC, name="Sam").effects_of(RemoveFromRooms) == [
        RemoveFromRooms(main_room=ROOM, rooms=("staff-1",), person_ids=("sam",))
    ]


def test_a_co_facilitator_named_with_no_rooms_yet_joins_nothing_then_every_new_room():
    w = Workshop()
    w.join(ALICE, BOB, CAROL, DEV, SAM)
    assert w.do(cmd.AddCoFacilitator, FAC, name="Sam").effects_of(AddToRooms) == []
    _open(w, notice=0)
    [made] = [e for e in react(w.state, w.log[-1]) if isinstance(e, CreateRooms)]
    assert made.also == ("fac", "sam")


def test_opening_makes_the_rooms_and_tells_nobody_to_go_yet():
    """The main room hears "the rooms are open" only once they exist (RoomsCreated):
    rooms that cannot be made must not send anyone looking for them."""
    w = _workshop()
    _open(w, names=("Kitchen", "Garden"))
    step = _fire(w, _timer(w, BREAKOUT_OPEN))
    b = w.state.breakout
    assert step.events == [
        ev.BreakoutOpened(
            number=1,
            members=tuple(r.members for r in b.rooms),
            ends_at=w.now + 1200,
            at=w.now,
            late=False,
        )
    ]
    assert step.effects == [
        CreateRooms(
            main_room=ROOM,
            breakout=1,
            names=("Kitchen", "Garden"),
            members=tuple(r.members for r in b.rooms),
            # The lead and the co-facilitator are in no group: they join every room.
            also=("fac", "sam"),
        ),
    ]


def test_rooms_created_welcomes_each_room_then_tells_each_person_then_the_main_room():
    """The rooms come first (welcome, and the move in voice); the private "you are in
    room X" notes, a courtesy, come after every room is ready; last the main room
    hears that the rooms are open."""
    w = _workshop()
    _open(w, names=("Kitchen", "Garden"), notice=0)
    step = _create_rooms(w)
    keys = (f"{ROOM}/breakout-1-1", f"{ROOM}/breakout-1-2")
    assert step.events == [ev.BreakoutRoomsCreated(number=1, keys=keys)]
    assert _keys(w) == keys
    rooms = w.state.breakout.rooms
    expected: list = []
    for room in rooms:
        names = [w.state.name_of(pid) for pid in room.members]
        expected += [
            Post(room=room.key, text=words.room_welcome("!", room.name, names, 1200)),
            MovePeople(room=room.key, person_ids=room.members),
        ]
    for room in rooms:
        for pid in room.members:
            others = [w.state.name_of(m) for m in room.members if m != pid]
            text = words.your_room(room.name, others, 1200)
            name = w.state.name_of(pid)
            note = SendPrivate(pid, ROOM, text, name, essential=False, about_their_room=True)
            expected.append(note)
    expected.append(Post(room=ROOM, text=words.rooms_open(1200)))
    assert step.effects == expected
    assert sum(len(room.members) for room in rooms) == 5


def test_rooms_created_for_another_breakout_or_the_wrong_count_does_nothing():
    w = _workshop()
    assert w.do(cmd.RoomsCreated, cmd.SYSTEM, number=1, keys=("a", "b")).events == []
    _open(w, notice=0)
    assert w.do(cmd.RoomsCreated, cmd.SYSTEM, number=2, keys=("a", "b")).events == []
    assert w.do(cmd.RoomsCreated, cmd.SYSTEM, number=1, keys=("a",)).events == []
    assert _keys(w) == ("", "")
    w.do(cmd.Regroup, FAC)
    _open(w, notice=0)
    # The first breakout's rooms, reported after it ended, are not the second's.
    assert w.do(cmd.RoomsCreated, cmd.SYSTEM, number=1, keys=("a", "b")).events == []


def test_the_same_rooms_reported_again_are_not_welcomed_again():
    """After an upgrade the restart reports rooms made under the earlier version's key
    with a source id of its own (bot/executor.py `earlier_room_keys`), so the log's
    unique source ids do not catch the repeat: the core does."""
    w = _workshop()
    _open(w, names=("Kitchen", "Garden"), notice=0)
    first = _create_rooms(w)
    assert first.events and first.effects
    b = w.state.breakout
    again = w.do(cmd.RoomsCreated, cmd.SYSTEM, number=b.number, keys=_keys(w))
    assert (again.events, again.effects) == ([], [])
    # Other keys for the same groups are still taken (the platform made them anew).
    other = w.do(cmd.RoomsCreated, cmd.SYSTEM, number=b.number, keys=("x", "y"))
    assert other.events == [ev.BreakoutRoomsCreated(number=b.number, keys=("x", "y"))]


# --- timers -----------------------------------------------------------------------------


def test_the_open_timer_is_the_only_one_while_planned():
    w = _workshop()
    _open(w, notice=60)
    [timer] = pending_timers(w.state)
    assert timer.kind == BREAKOUT_OPEN
    assert timer.id == f"{WORKSHOP_ID}/breakout-1/open"
    assert timer.due == w.now + 60


def test_reminders_at_five_and_one_minutes_then_the_end_then_the_regroup():
    w = _workshop()
    keys = _running(w)
    ends_at = w.state.breakout.ends_at
    assert [(t.kind, t.detail, t.due) for t in pending_timers(w.state)] == [
        (BREAKOUT_REMINDER, 300, ends_at - 300),
        (BREAKOUT_REMINDER, 60, ends_at - 60),
        (BREAKOUT_END, 0, ends_at),
        (BREAKOUT_REGROUP, 0, ends_at + 60),
    ]
    for offset in (300, 60):
        step = _fire(w, _timer(w, BREAKOUT_REMINDER, offset))
        assert step.events == [
            ev.BreakoutReminderSent(number=1, offset=offset, seconds_left=offset, late=False)
        ]
        text = words.breakout_reminder("!", offset, late=False)
        assert step.effects == [Post(room=key, text=text) for key in keys]
    assert w.state.breakout.reminders_done == (300, 60)


def test_when_no_room_was_made_the_main_room_hears_words_true_there():
    """The platform refused the rooms, so everyone is still in the main room: the
    reminders, "time is up" and the summary go there, and say nothing of "this room"
    or of coming back."""
    w = _workshop()
    _open(w, notice=0, grace=45)
    step = _fire(w, _timer(w, BREAKOUT_REMINDER, 300))
    (reminder,) = step.effects
    assert reminder == Post(room=ROOM, text=words.breakout_reminder("!", 300, False, True))
    assert reminder.text.startswith("5 minutes left for the small groups.")
    (time_up,) = _fire(w, _timer(w, BREAKOUT_END)).effects
    assert time_up == Post(room=ROOM, text=words.breakout_time_up("!", 45, True))
    assert "comes back" not in time_up.text and "!report" in time_up.text
    closing = _fire(w, _timer(w, BREAKOUT_REGROUP))
    assert closing.effects_of(MovePeople) == []
    (summary,) = closing.effects_of(Post)
    assert summary.room == ROOM
    assert summary.text.startswith("The small groups are over.\nWhat each group said:")
    for effect in (reminder, time_up, summary):
        assert "this room" not in effect.text and "back" not in effect.text


def test_a_late_last_reminder_in_the_main_room_says_time_is_up_for_the_groups():
    assert words.breakout_reminder("!", 0, True, in_main_room=True) == (
        "Sorry, this reminder is late because the bot was restarting."
        " Time is up for the small groups."
    )
    summary = words.regroup_summary([("Kitchen", "")], early=True, came_back=False)
    assert summary.splitlines()[0] == (
        "The small groups are over. The facilitator ended them early."
    )


@pytest.mark.parametrize(
    ("duration", "offsets", "kept"),
    [
        (240, (300, 240, 60, 60), (60,)),
        (60, (300, 60), ()),
        (600, (60, 300), (300, 60)),
        (1200, (), ()),
        (1200, (0, -60, 60), (60,)),
    ],
)
def test_reminders_at_or_before_the_start_are_dropped(duration, offsets, kept):
    w = _workshop()
    step = _open(w, duration=duration, reminder_offsets=offsets, notice=0)
    assert step.events_of(ev.BreakoutPlanned)[0].reminder_offsets == kept
    assert tuple(t.detail for t in _timers(w, BREAKOUT_REMINDER)) == kept


@pytest.mark.parametrize(("grace", "kept"), [(-1, 20), (0, 20), (5, 20), (20, 20), (90, 90)])
def test_the_grace_before_regroup_is_at_least_twenty_seconds(grace, kept):
    w = _workshop()
    _running(w, grace=grace)
    assert w.state.breakout.grace == kept
    assert _timer(w, BREAKOUT_REGROUP).due == w.state.breakout.ends_at + kept


def test_time_up_then_grace_then_everyone_comes_back_automatically():
    w = _workshop()
    keys = _running(w, grace=45)
    step = _fire(w, _timer(w, BREAKOUT_END))  # before the one-minute reminder fired
    assert step.events == [ev.BreakoutTimeUp(number=1, late=False)]
    text = words.breakout_time_up("!", 45)
    assert step.effects == [Post(room=key, text=text) for key in keys]
    assert w.state.breakout.status is BreakoutStatus.TIME_UP
    # Reminders not yet sent are no longer useful.
    [regroup] = pending_timers(w.state)
    assert regroup.kind == BREAKOUT_REGROUP and regroup.due == w.state.breakout.ends_at + 45
    step = _fire(w, regroup)
    assert step.events[0] == ev.BreakoutClosed(
        number=1, early=False, late=False, by_id="system", at=w.now
    )
    assert w.state.breakout is None
    assert w.state.past_breakouts[-1].status is BreakoutStatus.CLOSED
    assert pending_timers(w.state) == ()
    assert step.effects_of(Post)[-1].text == words.regroup_summary(
        [("Room 1", ""), ("Room 2", "")], early=False
    )


def test_extend_makes_new_timers_and_resends_a_reminder_still_to_come():
    w = _workshop()
    keys = _running(w)
    start = w.now
    old = {t.id for t in pending_timers(w.state)}
    _fire(w, _timer(w, BREAKOUT_REMINDER, 300))  # at start + 900
    w.tick(100)
    step = w.do(cmd.ExtendBreakout, FAC, seconds=300)
    assert step.events == [
        ev.BreakoutExtended(
            number=1,
            ends_at=start + 1500,
            added=300,
            seconds_left=500,
            skipped_offsets=(),
            by_id="fac",
        )
    ]
    text = words.breakout_extended(300, 500)
    assert step.effects == [*(Post(room=key, text=text) for key in keys), Post(ROOM, text)]
    new = pending_timers(w.state)
    assert not old & {t.id for t in new}
    assert [(t.kind, t.detail, t.due) for t in new] == [
        (BREAKOUT_REMINDER, 300, start + 1200),
        (BREAKOUT_REMINDER, 60, start + 1440),
        (BREAKOUT_END, 0, start + 1500),
        (BREAKOUT_REGROUP, 0, start + 1560),
    ]
    # The old one-minute reminder, arriving at its old time, does nothing.
    old_minute = f"{WORKSHOP_ID}/breakout-1/until-{int((start + 1200) * 1000)}/reminder-60"
    assert old_minute in old
    late_old = make(cmd.TimerFired, cmd.SYSTEM, timer_id=old_minute)
    assert w.send(late_old, at=start + 1140).events == []
    step = _fire(w, _timer(w, BREAKOUT_REMINDER, 300))
    assert step.events_of(ev.BreakoutReminderSent)[0].seconds_left == 300


def test_extend_skips_a_reminder_whose_moment_has_passed():
    w = _workshop()
    _running(w)
    _fire(w, _timer(w, BREAKOUT_REMINDER, 300))  # at start + 900
    w.tick(100)  # start + 1000: five minutes before the new end is start + 960, gone
    step = w.do(cmd.ExtendBreakout, FAC, seconds=60)
    [extended] = step.events
    assert extended.skipped_offsets == (300,)
    assert extended.seconds_left == 260
    assert [t.detail for t in _timers(w, BREAKOUT_REMINDER)] == [60]
    sent = []
    while pending_timers(w.state):
        timer = min(pending_timers(w.state), key=lambda t: t.due)
        sent += _fire(w, timer).events_of(ev.BreakoutReminderSent)
    assert [(e.offset, e.seconds_left) for e in sent] == [(60, 60)]


def test_extend_during_time_up_reopens_the_rooms():
    w = _workshop()
    _running(w)
    start = w.now
    _fire(w, _timer(w, BREAKOUT_END))  # start + 1200
    w.tick(10)
    w.do(cmd.ExtendBreakout, FAC, seconds=120)  # counted from now, in the grace
    b = w.state.breakout
    assert (b.status, b.ends_at) == (BreakoutStatus.OPEN, start + 1330)
    assert [(t.kind, t.detail) for t in pending_timers(w.state)] == [
        (BREAKOUT_REMINDER, 60),
        (BREAKOUT_END, 0),
        (BREAKOUT_REGROUP, 0),
    ]


def test_extend_during_a_long_grace_counts_from_now():
    w = _workshop()
    _running(w, duration=1200, grace=600)
    _fire(w, _timer(w, BREAKOUT_END))
    w.tick(300)
    step = w.do(cmd.ExtendBreakout, FAC, seconds=60)
    [extended] = step.events
    assert (extended.ends_at, extended.seconds_left) == (w.now + 60, 60)
    assert all("-" not in post.text for post in step.effects_of(Post))
    assert _timer(w, BREAKOUT_END).due == w.now + 60


def test_a_timer_that_fires_early_or_is_unknown_does_nothing():
    w = _workshop()
    _open(w, notice=60)
    timer = _timer(w, BREAKOUT_OPEN)
    before = copy.deepcopy(w.state)
    assert _fire(w, timer, at=timer.due - 10).events == []
    assert _fire_id(w, "bogus").events == []
    assert _fire_id(w, f"{WORKSHOP_ID}/breakout-2/open").events == []
    assert w.state == before
    # Within half a second of its time is on time.
    assert _fire(w, timer, at=timer.due - 0.4).events_of(ev.BreakoutOpened)


def test_a_timer_fired_long_after_its_time_is_late_and_says_so():
    w = _workshop()
    _open(w, notice=60)
    opening = _timer(w, BREAKOUT_OPEN)
    [opened] = _fire(w, opening, at=opening.due + 600).events
    assert opened.late is True and opened.ends_at == w.now + 1200
    _create_rooms(w)
    ends_at = w.state.breakout.ends_at
    reminder = _timer(w, BREAKOUT_REMINDER, 300)
    step = _fire(w, reminder, at=reminder.due + 120)  # the bot was restarting
    assert step.events == [
        ev.BreakoutReminderSent(number=1, offset=300, seconds_left=180, late=True)
    ]
    text = words.breakout_reminder("!", 180, late=True)
    assert "late" in text
    assert all(post.text == text for post in step.effects_of(Post))
    # A reminder that arrives after the end says time is up, not "0 seconds left".
    minute = _timer(w, BREAKOUT_REMINDER, 60)
    step = _fire(w, minute, at=ends_at + 10)
    assert step.events == [ev.BreakoutReminderSent(number=1, offset=60, seconds_left=0, late=True)]
    assert step.effects_of(Post)[0].text == words.breakout_reminder("!", 0, late=True)
    assert "Time is up" in step.effects_of(Post)[0].text
    [up] = _fire(w, _timer(w, BREAKOUT_END), at=ends_at + 11).events
    assert up == ev.BreakoutTimeUp(number=1, late=True)
    closed = _fire(w, _timer(w, BREAKOUT_REGROUP), at=ends_at + 600).events[0]
    assert (closed.early, closed.late) == (False, True)


def test_five_seconds_after_its_time_is_not_yet_late():
    w = _workshop()
    _running(w)
    reminder = _timer(w, BREAKOUT_REMINDER, 300)
    [sent] = _fire(w, reminder, at=reminder.due + 5).events
    assert sent.late is False


def test_no_timer_fires_twice():
    w = _workshop()
    _open(w, notice=30)
    fired: list[str] = []
    while pending_timers(w.state):
        timer = min(pending_timers(w.state), key=lambda t: t.due)
        if timer.kind == BREAKOUT_REMINDER and timer.detail == 60 and not fired.count("ext"):
            w.now = timer.due - 30
            w.do(cmd.ExtendBreakout, FAC, seconds=600)  # new timers, 5 minutes again
            fired.append("ext")
            continue
        assert _fire(w, timer).events
        fired.append(timer.id)
        if timer.kind == BREAKOUT_OPEN:
            _create_rooms(w)
    ids = [f for f in fired if f != "ext"]
    assert len(ids) == len(set(ids)) == 6  # open, 300, 300 again (new end), 60, end, regroup
    for timer_id in ids:
        assert _fire_id(w, timer_id).events == []


# --- broadcast, help, reports ------------------------------------------------------------


@pytest.mark.parametrize("actor", [FAC, SAM], ids=["facilitator", "co-facilitator"])
def test_broadcast_goes_to_every_room_and_the_main_room(actor):
    w = _workshop()
    keys = _running(w, groups=3)
    step = w.do(cmd.Broadcast, actor, text="  Five minutes, please  ")
    assert step.events == [ev.BroadcastSent(text="Five minutes, please", by_id=actor.id)]
    text = words.broadcast("Five minutes, please", actor.name)
    assert step.effects == [*(Post(room=key, text=text) for key in keys), Post(ROOM, text)]


def test_broadcast_needs_words():
    w = _workshop()
    _running(w)
    assert w.refused(cmd.Broadcast, FAC, text="  ").reason == words.need_text("!", "broadcast")


@pytest.mark.parametrize("kind", ["broadcast", "extend"])
def test_without_rooms_the_main_room_gets_a_message_once(kind):
    w = _workshop()
    _open(w, notice=0)
    if kind == "broadcast":
        step = w.do(cmd.Broadcast, FAC, text="hello all")
    else:
        step = w.do(cmd.ExtendBreakout, FAC, seconds=300)
    assert len(step.effects_of(Post)) == 1


def test_helpme_in_a_room_asks_every_facilitator_and_answers_the_room():
    w = _workshop()
    w.join(HANA)
    keys = _running(w, names=("Kitchen", "Garden"))
    garden = w.state.breakout.rooms[1]
    asker = garden.members[0]
    actor = cmd.Actor(asker, w.state.name_of(asker))
    step = w.send(_in_room(keys[1], cmd.AskForHelp, actor))
    assert step.events == [ev.HelpRequested(room=1, person_id=asker)]
    alert = words.help_requested(actor.name, "Garden")
    assert step.effects == [
        AlertStaff(
            room=ROOM,
            staff_room="",
            text=alert,
            recipients=(("fac", "Fran"), ("sam", "Sam"), ("hana", "Hana")),
            public_text=words.facilitator_needed(staff_room=False),
            record=("help", asker, "Garden"),
        ),
        Post(room=keys[1], text=words.help_on_its_way()),
    ]
    assert "Garden" in alert


@pytest.mark.parametrize(
    ("kind", "fields", "word"),
    [(cmd.AskForHelp, {}, "helpme"), (cmd.RecordReport, {"text": "we agreed"}, "report")],
)
def test_helpme_and_report_in_the_main_room_are_refused_for_people_without_a_group(
    kind, fields, word
):
    w = _workshop()
    w.do(cmd.ChooseQuiet, EVE, quiet=True)
    _running(w)
    for actor in (FAC, SAM, EVE):  # staff, and someone staying back
        assert w.refused(kind, actor, **fields).reason == words.only_in_breakout_room("!", word)
        # An unknown room (not one of ours) is the same.
        refusal = w.refused_command(_in_room("elsewhere", kind, actor, **fields))
        assert refusal.reason == words.only_in_breakout_room("!", word)


@pytest.mark.parametrize(
    ("kind", "fields", "event"),
    [(cmd.AskForHelp, {}, ev.HelpRequested), (cmd.RecordReport, {"text": "ok"}, ev.ReportRecorded)],
)
@pytest.mark.parametrize("made", [True, False], ids=["rooms made", "no rooms"])
def test_a_group_member_typing_in_the_main_room_counts_for_their_group(kind, fields, event, made):
    """Say, when the platform could not make the rooms."""
    w = _workshop()
    _open(w, notice=0, names=("Kitchen", "Garden"))
    if made:
        _create_rooms(w)
    own = w.state.breakout.room_of("bob")
    step = w.do(kind, BOB, **fields)
    [happened] = step.events
    assert isinstance(happened, event) and happened.room == own
    [post] = step.effects_of(Post)
    assert post.room == (w.state.breakout.rooms[own].key or ROOM)


@pytest.mark.parametrize(
    ("kind", "fields"), [(cmd.AskForHelp, {}), (cmd.RecordReport, {"text": "we agreed"})]
)
def test_helpme_and_report_need_a_running_breakout(kind, fields):
    w = _workshop()
    assert w.refused(kind, ALICE, **fields).reason == words.no_breakout("!")
    _open(w, notice=60)
    assert w.refused(kind, ALICE, **fields).reason == words.no_breakout("!")


def test_the_last_report_counts_and_earlier_ones_are_kept():
    w = _workshop()
    keys = _running(w, names=("Kitchen", "Garden"))
    first_member, second_member = _member(w, 0), _member(w, 0, 1)
    first = w.send(_in_room(keys[0], cmd.RecordReport, first_member, text=" more buses "))
    assert first.events == [
        ev.ReportRecorded(room=0, text="more buses", by_id=first_member.id, at=w.now)
    ]
    assert first.effects == [
        Post(room=keys[0], text=words.report_saved("!", "Kitchen", "more buses"))
    ]
    w.send(_in_room(keys[0], cmd.RecordReport, second_member, text="more buses, and later ones"))
    kitchen = w.state.breakout.rooms[0]
    assert kitchen.reports == ("more buses", "more buses, and later ones")
    assert kitchen.report == "more buses, and later ones"
    refusal = w.refused_command(_in_room(keys[0], cmd.RecordReport, first_member, text="  "))
    assert refusal.reason == words.need_text("!", "report")


def test_regroup_reads_out_each_report_notes_it_and_closes_the_rooms():
    w = _workshop()
    w.do(cmd.AddMinutesItem, FAC, kind="idea", text="a cafe")
    keys = _running(w, names=("Kitchen", "Garden", "Hall"), groups=3)
    w.send(_in_room(keys[0], cmd.RecordReport, _member(w, 0), text="first go"))
    w.send(_in_room(keys[0], cmd.RecordReport, _member(w, 0), text="more buses"))
    w.send(_in_room(keys[2], cmd.RecordReport, _member(w, 2), text="cheaper tickets"))
    b = w.state.breakout
    step = w.do(cmd.Regroup, FAC)
    assert step.events == [
        ev.BreakoutClosed(number=1, early=True, late=False, by_id="fac", at=w.now),
        ev.MinutesItemAdded(
            number=2,
            kind="report",
            text="more buses",
            owner_id="",
            owner_name="Kitchen",
            due="",
            by_id="fac",
            at=w.now,
        ),
        ev.MinutesItemAdded(
            number=3,
            kind="report",
            text="cheaper tickets",
            owner_id="",
            owner_name="Hall",
            due="",
            by_id="fac",
            at=w.now,
        ),
    ]
    summary = words.regroup_summary(
        [("Kitchen", "more buses"), ("Garden", ""), ("Hall", "cheaper tickets")], early=True
    )
    assert "- Garden: no report" in summary and "- Kitchen: more buses" in summary
    everyone = tuple(pid for room in b.rooms for pid in room.members)
    expected = [
        *(
            effect
            for key in keys
            for effect in (Post(room=key, text=words.come_back()), CloseRoom(key, ROOM))
        ),
        MovePeople(room=ROOM, person_ids=everyone),
        Post(room=ROOM, text=summary),
    ]
    assert step.effects == expected  # the reports are not also announced one by one
    assert [(m.kind, m.owner_name, m.text) for m in w.state.minutes[1:]] == [
        ("report", "Kitchen", "more buses"),
        ("report", "Hall", "cheaper tickets"),
    ]
    assert w.state.breakout is None


def test_regroup_before_the_rooms_open_cancels_them():
    w = _workshop()
    _open(w, notice=60)
    step = w.do(cmd.Regroup, FAC)
    assert step.events == [
        ev.BreakoutClosed(number=1, early=True, late=False, by_id="fac", at=w.now)
    ]
    assert step.effects == [Post(room=ROOM, text=words.breakout_cancelled())]
    assert w.state.breakout is None and pending_timers(w.state) == ()


def test_ending_the_workshop_brings_the_groups_back_first():
    w = _workshop()
    keys = _running(w, names=("Kitchen", "Garden"))
    w.send(_in_room(keys[1], cmd.RecordReport, ALICE, text="buses"))
    step = w.do(cmd.EndWorkshop, FAC)
    assert [type(e) for e in step.events] == [
        ev.BreakoutClosed,
        ev.MinutesItemAdded,
        ev.WorkshopEnded,
    ]
    assert step.events[0].early is True
    assert step.events[1].owner_name == "Garden" and step.events[1].kind == "report"
    assert [c.room for c in step.effects_of(CloseRoom)] == list(keys)
    assert w.state.breakout is None and pending_timers(w.state) == ()


# --- bad input ------------------------------------------------------------------------------


def test_more_groups_than_people_is_refused():
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, groups=6)
    assert refusal.reason == words.too_many_groups(6, 5)


@pytest.mark.parametrize("duration", [0, -60, 59, 3 * 60 * 60 + 1, 10**9])
def test_breakout_length_out_of_range_is_refused(duration):
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=duration, groups=2)
    assert refusal.reason == words.breakout_length_out_of_range()


@pytest.mark.parametrize("duration", [60, 3 * 60 * 60])
def test_breakout_length_limits_are_allowed(duration):
    w = _workshop()
    _open(w, duration=duration)
    assert w.state.breakout.duration == duration


def test_an_unknown_assignment_is_refused():
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, groups=2, assignment="alphabet")
    assert refusal.reason == words.bad_choice("!", "breakout", cmd.ASSIGNMENTS)


@pytest.mark.parametrize("field", ["notice", "grace"])
def test_waits_longer_than_ten_minutes_are_refused(field):
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, groups=2, **{field: 601})
    assert refusal.reason == words.wait_too_long()
    _open(w, **{field: 600})


@pytest.mark.parametrize("who", ["Fran", "Sam", "Eve"], ids=["facilitator", "co-fac", "quiet"])
@pytest.mark.parametrize("how", ["together", "apart"])
def test_a_pair_with_someone_not_going_into_a_group_is_refused(who, how):
    w = _workshop()
    w.do(cmd.ChooseQuiet, EVE, quiet=True)
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, groups=2, **{how: (("bob", who),)})
    assert refusal.reason == words.not_in_a_group(who)


def test_manual_refuses_someone_listed_in_two_rooms():
    w = _workshop()
    manual = (("alice", "Kitchen"), ("bob", "Garden"), ("Alice", "Garden"))
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, assignment="manual", manual=manual)
    assert refusal.reason == words.listed_twice("Alice", "Kitchen", "Garden")
    # The same room twice (in any case) is fine.
    _open(w, assignment="manual", manual=(("alice", "Kitchen"), ("alice", "KITCHEN"), ("bob", "G")))
    assert "Alice" in _groups(w)["Kitchen"]


@pytest.mark.parametrize("how", ["csv", "manual"])
def test_a_room_nobody_can_go_to_is_refused_without_blaming_pairs(how):
    w = _workshop()
    listed = [("Fran", "Hall"), ("alice", "Kitchen"), ("bob", "Kitchen")]
    listed += [("carol", "Garden"), ("dev", "Garden"), ("eve", "Garden")]
    if how == "csv":
        text = "name,room\n" + "".join(f"{name},{room}\n" for name, room in listed)
        refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, assignment="csv", csv_text=text)
    else:
        refusal = w.refused(
            cmd.OpenBreakout, FAC, duration=1200, assignment="manual", manual=tuple(listed)
        )
    assert "pair" not in refusal.reason


@pytest.mark.parametrize("fields", [{"groups": 0}, {"groups": -1}], ids=["none", "negative"])
def test_no_number_of_groups_is_refused(fields):
    w = _workshop()
    w.refused(cmd.OpenBreakout, FAC, duration=1200, **fields)


def test_manual_with_nobody_listed_is_refused():
    w = _workshop()
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=1200, assignment="manual")
    assert refusal.reason.strip()


@pytest.mark.parametrize(
    ("kind", "fields"),
    [(cmd.Regroup, {}), (cmd.ExtendBreakout, {"seconds": 300}), (cmd.Broadcast, {"text": "hi"})],
)
def test_regroup_extend_and_broadcast_need_a_breakout(kind, fields):
    w = _workshop()
    assert w.refused(kind, FAC, **fields).reason == words.no_breakout("!")
    _open(w, notice=60)
    if kind is cmd.ExtendBreakout:
        assert w.refused(kind, FAC, **fields).reason == words.rooms_not_open_yet()
    if kind is cmd.Broadcast:
        assert w.refused(kind, FAC, **fields).reason == words.no_breakout("!")
    # (regroup before opening cancels the plan: see above)


@pytest.mark.parametrize("seconds", [0, -60, 30, 3 * 60 * 60 + 1])
def test_extend_out_of_range_is_refused(seconds):
    w = _workshop()
    _running(w)
    refusal = w.refused(cmd.ExtendBreakout, FAC, seconds=seconds)
    assert refusal.reason == words.breakout_length_out_of_range()


@pytest.mark.parametrize("notice", [60, 0], ids=["planned", "open"])
def test_a_second_breakout_while_one_is_out_is_refused(notice):
    w = _workshop()
    _open(w, notice=notice)
    refusal = w.refused(cmd.OpenBreakout, FAC, duration=600, groups=2)
    assert refusal.reason == words.breakout_already_running("!")


BREAKOUT_FACILITATOR_ONLY = [
    (cmd.OpenBreakout, {"duration": 1200, "groups": 2}),
    (cmd.ExtendBreakout, {"seconds": 300}),
    (cmd.Regroup, {}),
]


@pytest.mark.parametrize(
    ("kind", "fields"), [*BREAKOUT_FACILITATOR_ONLY, (cmd.Broadcast, {"text": "hi"})]
)
@pytest.mark.parametrize("actor", [ALICE, FINN], ids=["participant", "newcomer"])
def test_participants_are_denied_breakout_commands(kind, fields, actor):
    w = _workshop()
    if kind is not cmd.OpenBreakout:
        _running(w)
    refusal = w.refused(kind, actor, **fields)
    assert refusal.denied is True
    assert refusal.reason.startswith("Only a facilitator")


@pytest.mark.parametrize(("kind", "fields"), BREAKOUT_FACILITATOR_ONLY)
def test_co_facilitators_are_denied_facilitator_only_breakout_commands(kind, fields):
    w = _workshop()
    if kind is not cmd.OpenBreakout:
        _running(w)
    refusal = w.refused(kind, SAM, **fields)
    assert refusal.denied is True


def test_other_bots_cannot_start_a_breakout():
    w = _workshop()
    bot = cmd.Actor("otherbot", "Other", cmd.PlatformRole.BOT)
    assert w.do(cmd.OpenBreakout, bot, duration=1200, groups=2).events == []
    assert w.state.breakout is None


# --- replay ----------------------------------------------------------------------------------


def test_a_whole_breakout_replays_from_its_json_log():
    w = _workshop(*SEVEN)
    w.do(cmd.ChooseQuiet, GIA, quiet=True)
    _open(
        w,
        groups=3,
        names=("Kitchen", "Garden"),
        together=(("alice", "bob"),),
        apart=(("carol", "dev"),),
        notice=25,
        reminder_offsets=(300, 120, 60),
        grace=30,
    )
    planned = next(e for e in w.log if isinstance(e, ev.BreakoutPlanned))
    decoded = _round_trip(planned)
    assert decoded == planned
    assert all(type(m) is tuple for m in decoded.members)
    assert decoded.together == (("alice", "bob"),)
    _fire(w, _timer(w, BREAKOUT_OPEN))
    opened = next(e for e in w.log if isinstance(e, ev.BreakoutOpened))
    assert _round_trip(opened) == opened
    assert all(type(m) is tuple for m in _round_trip(opened).members)
    _create_rooms(w)
    keys = _keys(w)
    w.send(_in_room(keys[0], cmd.RecordReport, _member(w, 0), text="one"))
    w.send(_in_room(keys[0], cmd.RecordReport, _member(w, 0, 1), text="two"))
    w.send(_in_room(keys[1], cmd.AskForHelp, _member(w, 1)))
    w.do(cmd.Broadcast, SAM, text="half way")
    _fire(w, _timer(w, BREAKOUT_REMINDER, 300))
    mid = _replayed(w.log)
    assert mid == w.state
    assert pending_timers(mid) == pending_timers(w.state)
    w.do(cmd.ExtendBreakout, FAC, seconds=120)
    while pending_timers(w.state):
        _fire(w, min(pending_timers(w.state), key=lambda t: t.due))
    # A second, self-select breakout, then one reusing the first's groups.
    _open(w, assignment="self", names=("Kitchen", "Garden"), notice=20)
    w.do(cmd.JoinRoom, ALICE, name="Garden")
    _fire(w, _timer(w, BREAKOUT_OPEN))
    w.do(cmd.Regroup, FAC)
    _open(w, assignment="reuse", notice=0)
    assert _replayed(w.log) == w.state
    assert len(w.state.past_breakouts) == 2
    assert [m.kind for m in w.state.minutes] == ["report"]


# --- many breakouts at random ---------------------------------------------------------------

POOL = (FAC, SAM, *FIVE, FINN)  # Finn joins part way through


def _random_command(data, w: Workshop) -> cmd.Command:
    actor = data.draw(st.sampled_from(POOL), label="actor")
    b = w.state.breakout
    keys = [room.key for room in b.rooms if room.key] if b else []
    room = data.draw(st.sampled_from([ROOM, *keys, "elsewhere"]), label="room")
    name = st.sampled_from(["alice", "Bob", "carol", "dev", "eve", "Fran", "zed"])
    pair = st.tuples(name, name)
    kind = data.draw(
        st.sampled_from(
            ["open", "join", "quiet", "extend", "regroup", "broadcast", "help", "report"]
            + ["timer"] * 6
            + ["created"] * 2
        ),
        label="kind",
    )
    if kind == "timer":
        ids = [t.id for t in pending_timers(w.state)] + ["bogus"]
        return make(cmd.TimerFired, cmd.SYSTEM, timer_id=data.draw(st.sampled_from(ids)))
    if kind == "created":
        number = b.number if b else 1
        count = data.draw(st.sampled_from([len(b.rooms) if b else 2, 1]))
        keys = tuple(f"{ROOM}/b{number}-{n}" for n in range(count))
        return make(cmd.RoomsCreated, cmd.SYSTEM, number=number, keys=keys)
    if kind == "open":
        assignment = data.draw(st.sampled_from(cmd.ASSIGNMENTS))
        fields = {
            "duration": data.draw(st.sampled_from([60, 300, 1200, 0])),
            "groups": data.draw(st.integers(1, 4)),
            "assignment": assignment,
            "seed": data.draw(st.integers(0, 5)),
            "notice": data.draw(st.sampled_from([0, 5, 30])),
            "grace": data.draw(st.sampled_from([0, 60])),
        }
        if assignment == "manual":
            fields["manual"] = tuple(
                data.draw(st.lists(st.tuples(name, st.sampled_from(["K", "G"])), max_size=3))
            )
        if assignment == "csv":
            fields["csv_text"] = data.draw(st.sampled_from(["alice,K\nbob,G", "x", ""]))
        fields["together"] = tuple(data.draw(st.lists(pair, max_size=2)))
        fields["apart"] = tuple(data.draw(st.lists(pair, max_size=2)))
        fields["max_per_room"] = data.draw(st.sampled_from([0, 2, 3]))
        return make(cmd.OpenBreakout, actor, **fields)
    if kind == "join":
        return make(cmd.JoinRoom, actor, name=data.draw(st.sampled_from(["Room 1", "room 2", "K"])))
    if kind == "quiet":
        return make(cmd.ChooseQuiet, actor, quiet=data.draw(st.booleans()))
    if kind == "extend":
        return make(cmd.ExtendBreakout, actor, seconds=data.draw(st.sampled_from([60, 300, 5])))
    if kind == "regroup":
        return make(cmd.Regroup, actor)
    if kind == "broadcast":
        return make(cmd.Broadcast, actor, text=data.draw(st.sampled_from(["hi", " "])))
    if kind == "help":
        return _in_room(room, cmd.AskForHelp, actor)
    return _in_room(room, cmd.RecordReport, actor, text=data.draw(st.sampled_from(["ok", ""])))


@hypothesis_settings()
@given(st.data())
def test_random_breakout_commands_keep_the_rules_and_replay(data):
    w = _workshop()
    for _ in range(data.draw(st.integers(0, 40), label="steps")):
        w.tick(data.draw(st.sampled_from([0.0, 1.0, 20.0, 61.0, 300.0]), label="tick"))
        command = _random_command(data, w)
        before = copy.deepcopy(w.state)
        try:
            events = decide(w.state, command, w.now)
        except Refused as refusal:
            assert not isinstance(command, cmd.TimerFired | cmd.RoomsCreated)
            assert refusal.reason.strip()
            assert w.state == before
            continue
        assert w.state == before
        state = w.state
        for event in events:
            state = evolve(state, event)
            for effect in react(state, event):
                assert getattr(effect, "room", ROOM)  # never an empty room key
        w.state, w.log = state, [*w.log, *events]
        b = w.state.breakout
        if b is not None:
            placed = [pid for room in b.rooms for pid in room.members]
            assert len(placed) == len(set(placed))
            assert not STAFF_IDS & set(placed)
    assert _replayed(w.log) == w.state
    assert pending_timers(_replayed(w.log)) == pending_timers(w.state)


def test_the_core_helper_still_applies_breakout_commands():
    """`apply` from the shared helper drives a breakout like any other command."""
    state, _, _ = apply(blank(), start_command(), 1.0)
    state, _, _ = apply(state, make(cmd.Say, ALICE, text="hi"), 2.0)
    state, events, effects = apply(
        state, make(cmd.OpenBreakout, FAC, duration=600, groups=1, seed=0, notice=0), 3.0
    )
    assert [type(e) for e in events] == [ev.BreakoutPlanned, ev.BreakoutOpened]
    assert state.breakout.rooms[0].members == ("alice",)
    assert any(isinstance(e, CreateRooms) for e in effects)


@pytest.mark.parametrize(
    ("kind", "fields"), [(cmd.AskForHelp, {}), (cmd.RecordReport, {"text": "we agreed"})]
)
def test_a_member_of_one_group_cannot_act_in_another_groups_room(kind, fields):
    """The platform may let anyone into every room; the core's own groups decide."""
    w = _workshop()
    keys = _running(w, names=("Kitchen", "Garden"))
    kitchen, garden = w.state.breakout.rooms
    outsider = cmd.Actor(kitchen.members[0], w.state.name_of(kitchen.members[0]))
    before = w.state
    refusal = w.refused_command(_in_room(keys[1], kind, outsider, **fields))
    word = "helpme" if kind is cmd.AskForHelp else "report"
    assert refusal.reason == words.not_your_group("!", word, "Kitchen")
    assert w.state == before and w.state.breakout.rooms[1].reports == ()
    # Their own group's room still works, and staff may act in any room.
    assert w.send(_in_room(keys[0], kind, outsider, **fields)).events
    assert w.send(_in_room(keys[1], kind, SAM, **fields)).events
    assert garden.members  # the Garden group exists and was not spoken for


def test_someone_in_no_group_cannot_give_a_groups_report_but_can_ask_for_help():
    w = _workshop()
    w.do(cmd.ChooseQuiet, EVE, quiet=True)
    keys = _running(w, names=("Kitchen", "Garden"))
    refusal = w.refused_command(_in_room(keys[1], cmd.RecordReport, EVE, text="not ours"))
    assert refusal.reason == words.not_in_group("Garden")
    assert w.send(_in_room(keys[1], cmd.AskForHelp, EVE)).events


def test_a_one_minute_reminder_a_moment_late_says_1_minute():
    """Timers fire a little after their moment: 59.6 s left is still "1 minute" (issue 19)."""
    w = _workshop()
    _running(w)
    minute = _timer(w, BREAKOUT_REMINDER, 60)
    step = _fire(w, minute, at=minute.due + 0.4)
    [sent] = step.events_of(ev.BreakoutReminderSent)
    assert sent.seconds_left == 60
    assert step.effects_of(Post)[0].text.startswith("1 minute left in this room.")
    assert words.breakout_reminder("!", 59, late=False).startswith("1 minute left")
    assert words.breakout_reminder("!", 40, late=False).startswith("40 seconds left")
