"""The room directory (bot/runtime.py): which main room a group room belongs to."""

from __future__ import annotations

from dataclasses import replace

from bot.runtime import RoomDirectory, WorkshopSlot
from facilitation.state import Breakout, BreakoutRoom, Status, WorkshopState


def _breakout(number: int, *keys: str) -> Breakout:
    return Breakout(
        number=number,
        mode="random",
        rooms=tuple(BreakoutRoom(name=f"Group {k}", key=k) for k in keys),
        quiet=(),
        duration=600,
        opens_at=0.0,
        max_per_room=5,
        seed=1,
        together=(),
        apart=(),
        reminder_offsets=(),
        grace=60,
    )


def _running(workshop_id: str, room: str) -> WorkshopState:
    return WorkshopState(workshop_id=workshop_id, room=room, status=Status.RUNNING)


def test_group_rooms_follow_each_workshops_breakouts_and_go_with_it():
    directory = RoomDirectory()
    one, two = _running("w1", "main-1"), _running("w2", "main-2")
    slot_one, slot_two = WorkshopSlot(one), WorkshopSlot(two)
    directory.place(slot_one, replace(one, breakout=_breakout(1, "a", "b")))
    directory.place(slot_two, replace(two, breakout=_breakout(1, "c")))
    assert [directory.main_room_of(r) for r in ("a", "b", "c")] == ["main-1", "main-1", "main-2"]
    assert directory.slot_in("b") is slot_one

    # Every command places the state again: the same rooms stay linked, once.
    directory.place(slot_one, replace(one, breakout=_breakout(1, "a", "b")))
    assert directory.rooms() == {
        "main-1": "main-1",
        "main-2": "main-2",
        "a": "main-1",
        "b": "main-1",
        "c": "main-2",
    }

    # Back together: the last breakout's rooms stay linked (a late report still
    # arrives); a new breakout replaces them.
    back = replace(one, breakout=None, past_breakouts=(_breakout(1, "a", "b"),))
    directory.place(slot_one, back)
    assert directory.main_room_of("a") == "main-1"
    directory.place(slot_one, replace(back, breakout=_breakout(2, "d")))
    assert directory.main_room_of("a") == "a"  # not a group room any more
    assert directory.main_room_of("d") == "main-1"
    assert directory.main_room_of("c") == "main-2"  # the other workshop's are untouched

    # Ended: its group rooms go with it; removed: the same for the other.
    directory.place(slot_one, replace(back, status=Status.ENDED))
    assert directory.main_room_of("d") == "d"
    assert directory.slot_in("main-1") is None
    assert directory.remove("main-2") is slot_two
    assert directory.rooms() == {}
