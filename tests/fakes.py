"""Fakes of our own ports, which record what they were asked to do."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from adapters.base import Capability, TextHandler


@dataclass
class Sent:
    kind: str
    target: str
    text: str = ""
    ref: str = ""


@dataclass
class FakePlatform:
    """A chat platform that records every call; `fail_on` makes a kind of call fail."""

    capabilities: frozenset[Capability] = frozenset(
        {
            Capability.PRIVATE_MESSAGES,
            Capability.EDIT_MESSAGES,
            Capability.PIN_MESSAGES,
            Capability.FLOOR_CONTROL,
            Capability.FORCE_MOVE,
            Capability.FILES,
        }
    )
    sent: list[Sent] = field(default_factory=list)
    fail_on: set[str] = field(default_factory=set)
    files: dict[str, bytes] = field(default_factory=dict)
    max_message_chars: int = 0  # 0: no limit
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    # room key -> the staff let into it when it was made (`create_rooms(also=)`)
    staff_let_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _next_ref: int = 0

    def _record(self, kind: str, target: str, text: str = "", ref: str = "") -> None:
        if kind in self.fail_on:
            raise ConnectionError(f"the platform refused to {kind}")
        self.sent.append(Sent(kind, target, text, ref))

    async def post(self, room: str, text: str) -> str:
        self._next_ref += 1
        ref = f"msg-{self._next_ref}"
        self._record("post", room, text, ref)
        return ref

    async def edit(self, room: str, message_ref: str, text: str) -> None:
        self._record("edit", room, text, message_ref)

    async def pin(self, room: str, message_ref: str) -> None:
        self._record("pin", room, ref=message_ref)

    async def pin_item(self, room: str, message_ref: str) -> None:
        self._record("pin_item", room, ref=message_ref)

    async def send_private(self, person_id: str, text: str) -> None:
        self._record("private", person_id, text)

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        self._record("floor", room, ",".join(speakers))

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        *,
        also: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        keys = tuple(f"{main_room}/breakout-{breakout}-{n}" for n in range(1, len(names) + 1))
        for key, name, people in zip(keys, names, members, strict=True):
            self._record("create_room", key, name, ",".join(people))
            self.staff_let_in[key] = also
        return keys

    async def close_room(self, room: str, main_room: str) -> None:
        self._record("close_room", room)

    async def send_file(self, person_id: str, filename: str, content: bytes) -> None:
        self._record("file", person_id, filename)
        self.files[filename] = content

    async def move(self, room: str, person_ids: tuple[str, ...]) -> None:
        self._record("move", room, ",".join(person_ids))

    async def run(self, on_text: TextHandler) -> None:  # the dispatcher is driven directly in tests
        self.ready.set()

    def of_kind(self, kind: str) -> list[Sent]:
        return [s for s in self.sent if s.kind == kind]

    def texts(self, kind: str | None = None) -> list[str]:
        return [s.text for s in self.sent if kind is None or s.kind == kind]


@dataclass
class RepeatSafePlatform(FakePlatform):
    """A platform that, like a Matrix homeserver with transaction ids, does a send
    repeated with the same key once. `done` is the server's memory of keys (share it
    between two of these to stand for one server across a bot restart); `keys`
    records every key asked for, repeats included."""

    done: dict[str, str] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    dying_after: int | None = None  # sends allowed before the "kill"
    rooms_done: set[str] = field(default_factory=set)  # the keys of `done` that made rooms

    def __post_init__(self) -> None:
        self.capabilities = self.capabilities | {Capability.REPEAT_SAFE}

    def _once(self, key: str) -> str | None:
        """The earlier answer to this key, or None if the send should happen now."""
        if self.dying_after is not None:
            if self.dying_after == 0:
                raise Killed()
            self.dying_after -= 1
        self.keys.append(key)
        return self.done.get(key) if key else None

    async def post(self, room: str, text: str, key: str = "") -> str:
        if (earlier := self._once(key)) is not None:
            return earlier
        ref = await super().post(room, text)
        if key:
            self.done[key] = ref
        return ref

    async def edit(self, room: str, message_ref: str, text: str, key: str = "") -> None:
        if self._once(key) is None:
            await super().edit(room, message_ref, text)
            self.done[key] = message_ref

    async def send_private(self, person_id: str, text: str, key: str = "") -> None:
        if self._once(key) is None:
            await super().send_private(person_id, text)
            self.done[key] = person_id

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        key: str = "",
        *,
        also: tuple[str, ...] = (),
        earlier_keys: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        if (earlier := self._once(key)) is not None:
            return tuple(earlier.split("|"))
        # As the Discord and Matrix adapters do (their records of rooms made, by key):
        # rooms made under an earlier key of the same request are these rooms.
        for old in earlier_keys:
            if old in self.rooms_done:
                self.done[key] = self.done[old]
                self.rooms_done.add(key)
                return tuple(self.done[old].split("|"))
        rooms = await super().create_rooms(main_room, breakout, names, members, also=also)
        if key:
            self.done[key] = "|".join(rooms)
            self.rooms_done.add(key)
        return rooms

    async def close_room(self, room: str, main_room: str, key: str = "") -> None:
        if self._once(key) is None:
            await super().close_room(room, main_room)
            self.done[key] = room

    async def send_file(self, person_id: str, filename: str, content: bytes, key: str = "") -> None:
        if self._once(key) is None:
            await super().send_file(person_id, filename, content)
            self.done[key] = filename


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, not even `except Exception`."""


class DyingPlatform(FakePlatform):
    """Dies (`Killed`) at its next post or room creation once `dying` is set."""

    dying: bool = False

    async def post(self, room: str, text: str) -> str:
        if self.dying:
            raise Killed()
        return await super().post(room, text)

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        *,
        also: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        if self.dying:
            raise Killed()
        return await super().create_rooms(main_room, breakout, names, members, also=also)


if TYPE_CHECKING:
    from adapters.base import Adapter, RepeatSafeAdapter

    # Checked by mypy only (scripts/test): the fakes are held to the port they stand for.
    def _fakes_are_ports(
        plain: FakePlatform, safe: RepeatSafePlatform, dying: DyingPlatform
    ) -> tuple[Adapter, RepeatSafeAdapter, Adapter]:
        return plain, safe, dying
