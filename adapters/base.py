"""The port every chat adapter implements, in platform-neutral terms.

Rooms, people and messages are opaque strings chosen by the adapter (for
example "console:main", "matrix:!abc:example.org"). No discord.py or nio type
ever crosses this line: the core and `bot/` see only these.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Protocol

from facilitation.commands import Actor


class Capability(StrEnum):
    PRIVATE_MESSAGES = "private messages"
    EDIT_MESSAGES = "edit messages"
    PIN_MESSAGES = "pin messages"
    REACTIONS = "reactions"
    FLOOR_CONTROL = "mute all but the speaker"
    FORCE_MOVE = "move people between voice rooms"
    LOCAL_FILES = "people type at this machine, so commands may name its files"
    FILES = "send a file to one person privately"
    # Sends take a `key=` argument: a send repeated with the same key (after a crash,
    # say) is done once. Keys are plain strings, unique for good.
    REPEAT_SAFE = "a send repeated with the same key is done once"
    # Someone put in a breakout room is shown it by the platform itself (a private
    # thread they are added to, a channel they may now see), so the courtesy note
    # "you are in the room ..." (SendPrivate.about_their_room) would only cost one
    # request per person, and on Discord one DM channel opened each (40003 past a few).
    SHOWS_NEW_ROOMS = "people put in a room are shown it by the platform"


class TextHandler(Protocol):
    """What an adapter calls for each message typed by a person. The answer is
    False if the command was refused (the reason reaches the person privately)."""

    def __call__(
        self, text: str, *, actor: Actor, room: str, source_id: str
    ) -> Awaitable[bool]: ...


class ChatPort(Protocol):
    capabilities: frozenset[Capability]

    async def post(self, room: str, text: str) -> str:
        """Post a message; return a reference that `edit` and `pin` accept."""

    async def edit(self, room: str, message_ref: str, text: str) -> None: ...

    async def pin(self, room: str, message_ref: str) -> None: ...

    async def send_private(self, person_id: str, text: str) -> None: ...

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        """Only `speakers` may talk; an empty tuple lets everyone talk again."""

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
    ) -> tuple[str, ...]:
        """Make breakout rooms with their members invited; return their keys in order."""

    async def close_room(self, room: str, main_room: str) -> None:
        """Make a breakout room read-only and archived; keep its history; remove nobody."""

    async def send_file(self, person_id: str, filename: str, content: bytes) -> None:
        """Send a file privately. Only with Capability.FILES."""

    async def move(self, room: str, person_ids: tuple[str, ...]) -> None:
        """Move people (in voice) into `room`. Only with Capability.FORCE_MOVE."""


class Adapter(ChatPort, Protocol):
    # Set once the adapter can send (logged in, first sync done): the bot starts its
    # timers and catches up on interrupted work only then.
    ready: asyncio.Event

    async def run(self, on_text: TextHandler) -> None:
        """Receive from the platform until stopped, handing typed text to `on_text`."""


Clock = Callable[[], float]
