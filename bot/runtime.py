"""What this process holds about the workshops it runs: one slot per workshop.

The core is pure, so the shell keeps each running workshop's latest state, and what
recovery needs to know about it (how far its log goes, how far its effects are known
to have been carried out, its last snapshot, what a stop left undone), together in a
`WorkshopSlot`. The `RoomDirectory` finds the slot from any of its rooms: the main
room, and the breakout (group) rooms of its current or last breakout, so a command
typed in a group room reaches its workshop and queues behind the main room's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from facilitation.effects import Effect
from facilitation.state import Status, WorkshopState


@dataclass
class WorkshopSlot:
    """One running workshop, as this process holds it."""

    state: WorkshopState
    logged: int = 0  # events in its log (the seq of the last one)
    # The seq up to which its effects are known to have been carried out here (a
    # snapshot is only taken, and marked delivered, when this is `logged`).
    delivered: int = 0
    snapshot_seq: int = 0  # the seq of its last snapshot (0: none)
    # Effects (with their keys) of stored events not carried out before the last stop.
    undelivered: list[Effect] = field(default_factory=list)
    undelivered_keys: list[str] = field(default_factory=list)
    # Its state may hold text the retention purge (or another process's erasure) took
    # from the log since it was built: never snapshotted, replayed whole next time.
    no_snapshot: bool = False
    # Commands' private messages still being sent after the lock was released
    # (bot/private_sends.py): until none is, nothing is marked carried out.
    in_flight: int = 0

    @property
    def workshop_id(self) -> str:
        return self.state.workshop_id

    @property
    def room(self) -> str:
        return self.state.room

    def take_undelivered(self) -> tuple[list[Effect], list[str]]:
        effects, keys = self.undelivered, self.undelivered_keys
        self.undelivered, self.undelivered_keys = [], []
        return effects, keys


class RoomDirectory:
    """Every room with a running workshop here (main and group rooms) -> its slot."""

    def __init__(self) -> None:
        self._slots: dict[str, WorkshopSlot] = {}  # main room -> its running workshop
        self._main_of: dict[str, str] = {}  # group room -> its main room
        # main room -> its group rooms in _main_of: unlinking them on every command
        # must not scan every group room of every workshop.
        self._groups_of: dict[str, list[str]] = {}
        self._by_workshop: dict[str, WorkshopSlot] = {}
        # Told each time a workshop starts running here (started, restored or taken
        # over): bot/bootstrap.py then keeps its long-lived objects out of the garbage
        # collector's passes, as start-up does for the workshops it restores.
        self.on_new_workshop: Callable[[], None] | None = None

    def main_room_of(self, room: str) -> str:
        return self._main_of.get(room, room)

    def slot_in(self, room: str) -> WorkshopSlot | None:
        """The running workshop `room` (a main or a group room) belongs to."""
        return self._slots.get(self._main_of.get(room, room))

    def slot_of_workshop(self, workshop_id: str) -> WorkshopSlot | None:
        return self._by_workshop.get(workshop_id)

    def slots(self) -> Iterator[WorkshopSlot]:
        return iter(list(self._slots.values()))

    def __len__(self) -> int:
        return len(self._slots)

    def rooms(self) -> dict[str, str]:
        """Every room (main and group) with a running workshop here -> its main room."""
        return {**{room: room for room in self._slots}, **self._main_of}

    def slot_for(self, state: WorkshopState) -> WorkshopSlot:
        """The slot holding `state`'s workshop: the running one in its room, or a new
        one (not placed: `place` does that once its events are stored)."""
        slot = self._slots.get(state.room)
        if slot is not None and slot.workshop_id == state.workshop_id:
            return slot
        return WorkshopSlot(state)

    def place(self, slot: WorkshopSlot, state: WorkshopState) -> None:
        """`state` is the workshop's latest: keep it while it runs, drop it once it has
        ended, and link the group rooms of its current (or last) breakout."""
        slot.state = state
        self._unlink_group_rooms(state.room)
        if state.status is not Status.RUNNING:
            if self._slots.get(state.room) is slot:
                del self._slots[state.room]
                self._by_workshop.pop(slot.workshop_id, None)
            return
        previous = self._slots.get(state.room)
        if previous is not slot:
            if previous is not None:
                self._by_workshop.pop(previous.workshop_id, None)
            if self.on_new_workshop is not None:
                self.on_new_workshop()
        self._slots[state.room] = slot
        self._by_workshop[slot.workshop_id] = slot
        # The last breakout's rooms stay linked after regroup, so a late report or a
        # failure report from one of them still reaches the workshop.
        recent = state.breakout or (state.past_breakouts[-1] if state.past_breakouts else None)
        if recent:
            for group in (r.key for r in recent.rooms if r.key):
                self._link(group, state.room)

    def remove(self, main_room: str) -> WorkshopSlot | None:
        """Drop the workshop of `main_room` and its group rooms (another process owns it)."""
        self._unlink_group_rooms(main_room)
        slot = self._slots.pop(main_room, None)
        if slot is not None:
            self._by_workshop.pop(slot.workshop_id, None)
        return slot

    def _link(self, group: str, main_room: str) -> None:
        """`group` is one of `main_room`'s group rooms (no longer another's)."""
        previous = self._main_of.get(group)
        if previous == main_room:
            return
        if previous is not None:
            self._groups_of[previous].remove(group)
        self._main_of[group] = main_room
        self._groups_of.setdefault(main_room, []).append(group)

    def _unlink_group_rooms(self, main_room: str) -> None:
        for room in self._groups_of.pop(main_room, ()):
            del self._main_of[room]


@dataclass(frozen=True)
class BlankState:
    """Makes the state of a workshop before its first event, with this bot's settings."""

    prefix: str = "!"
    timebox_warning_seconds: int = 30
    reactions: bool = False

    def __call__(self, workshop_id: str) -> WorkshopState:
        return WorkshopState(
            workshop_id=workshop_id,
            prefix=self.prefix,
            timebox_warning_seconds=self.timebox_warning_seconds,
            reactions=self.reactions,
        )
