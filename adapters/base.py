"""The port every chat adapter implements, in platform-neutral terms.

Rooms, people and messages are opaque strings chosen by the adapter (for
example "console:main", "matrix:!abc:example.org"). No discord.py or nio type
ever crosses this line: the core and `bot/` see only these.
"""

from __future__ import annotations

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


class TextHandler(Protocol):
    """What an adapter calls for each message typed by a person."""

    def __call__(
        self, text: str, *, actor: Actor, room: str, source_id: str
    ) -> Awaitable[None]: ...


class ChatPort(Protocol):
    capabilities: frozenset[Capability]

    async def post(self, room: str, text: str) -> str:
        """Post a message; return a reference that `edit` and `pin` accept."""

    async def edit(self, room: str, message_ref: str, text: str) -> None: ...

    async def pin(self, room: str, message_ref: str) -> None: ...

    async def send_private(self, person_id: str, text: str) -> None: ...

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        """Only `speakers` may talk; an empty tuple lets everyone talk again."""


class Adapter(ChatPort, Protocol):
    async def run(self, on_text: TextHandler) -> None:
        """Receive from the platform until stopped, handing typed text to `on_text`."""


Clock = Callable[[], float]
