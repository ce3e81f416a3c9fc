"""The console adapter: one person plays every participant in a terminal.

Type `alice> !hand` to act as alice. The same command words work on Discord
and Matrix, so the console is a safe place to learn them.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import AsyncIterator, Callable
from typing import TextIO

from adapters.base import Capability, TextHandler
from adapters.console.inbound import MAIN_ROOM, LineReader
from adapters.console.outbound import ConsoleWriter
from facilitation import words

QUIT_WORDS = ("quit", "exit", ":q")


async def stdin_lines(prompt: Callable[[], str]) -> AsyncIterator[str]:
    """Lines from standard input, read in a thread so the event loop never blocks.
    At a terminal, the prompt shows who you are speaking as."""
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            sys.stdout.write(prompt())
            sys.stdout.flush()
        line = await asyncio.to_thread(sys.stdin.readline)
        if not line:
            return
        yield line.rstrip("\n")


class ConsoleAdapter:
    capabilities = frozenset(
        {
            Capability.PRIVATE_MESSAGES,
            Capability.EDIT_MESSAGES,
            Capability.PIN_MESSAGES,
            Capability.FLOOR_CONTROL,
        }
    )

    def __init__(
        self,
        facilitators: tuple[str, ...] = ("host",),
        *,
        lines: AsyncIterator[str] | None = None,
        out: TextIO | None = None,
        echo: bool = False,
    ) -> None:
        self.reader = LineReader(facilitators)
        # Source ids and message refs must not repeat across runs over one database.
        self.run_id = uuid.uuid4().hex[:8]
        self.writer = ConsoleWriter(out or sys.stdout, self.run_id)
        self.lines = lines
        self.echo = echo

    # --- inbound ----------------------------------------------------------

    async def run(self, on_text: TextHandler) -> None:
        self.writer.write(words.console_intro(self.reader.current))
        lines = self.lines if self.lines is not None else stdin_lines(self._prompt)
        number = 0
        async for raw in lines:
            if raw.strip().casefold() in QUIT_WORDS:
                return
            number += 1
            line = self.reader.read(raw)
            if self.echo:
                self.writer.write(f"{line.actor.name}> {line.text}")
            source_id = f"console:{self.run_id}:{number}"
            await on_text(line.text, actor=line.actor, room=MAIN_ROOM, source_id=source_id)

    def _prompt(self) -> str:
        return f"{self.reader.current}> "

    # --- outbound ---------------------------------------------------------

    async def post(self, room: str, text: str) -> str:
        return self.writer.post(room, text)

    async def edit(self, room: str, message_ref: str, text: str) -> None:
        self.writer.edit(room, message_ref, text)

    async def pin(self, room: str, message_ref: str) -> None:
        self.writer.pin(room, message_ref)

    async def send_private(self, person_id: str, text: str) -> None:
        self.writer.private(person_id, text)

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        self.writer.floor(room, speakers)
