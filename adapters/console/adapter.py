"""The console adapter: one person plays every participant in a terminal.

Type `alice> !hand` to act as alice. The same command words work on Discord
and Matrix, so the console is a safe place to learn them.
"""

from __future__ import annotations

import asyncio
import queue
import sys
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TextIO

from adapters.base import Capability, TextHandler
from adapters.console.inbound import MAIN_ROOM, LineReader
from adapters.console.outbound import ConsoleWriter
from facilitation import words

QUIT_WORDS = ("quit", "exit", ":q")
STAFF_ROOM = "console:staff"  # the staff room: one per console, shown as [staff room]


def _read_on_request(
    loop: asyncio.AbstractEventLoop, asked: queue.SimpleQueue, lines: asyncio.Queue
) -> None:
    """In a daemon thread: read one line each time one is asked for."""
    while asked.get():
        line = sys.stdin.readline()
        try:
            loop.call_soon_threadsafe(lines.put_nowait, line)
        except RuntimeError:  # the loop has closed: the bot is stopping
            return
        if not line:
            return


async def stdin_lines(prompt: Callable[[], str]) -> AsyncIterator[str]:
    """Lines from standard input, read in a thread so the event loop never blocks.
    The thread is a daemon of its own, not the loop's executor: Ctrl-C must stop
    the bot at once, and `asyncio.run` would wait for an executor thread that is
    blocked in `readline` until Enter. At a terminal, the prompt shows who a line
    without a name speaks as."""
    interactive = sys.stdin.isatty()
    asked: queue.SimpleQueue[bool] = queue.SimpleQueue()
    lines: asyncio.Queue[str] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    reader = threading.Thread(
        target=_read_on_request, args=(loop, asked, lines), name="console input", daemon=True
    )
    reader.start()
    try:
        while True:
            if interactive:
                sys.stdout.write(prompt())
                sys.stdout.flush()
            asked.put(True)
            line = await lines.get()
            if not line:
                return
            yield line.rstrip("\n")
    finally:
        asked.put(False)  # lets the thread end once any read in progress returns


def _write_file(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


class ConsoleAdapter:
    capabilities = frozenset(
        {
            Capability.PRIVATE_MESSAGES,
            Capability.EDIT_MESSAGES,
            Capability.PIN_MESSAGES,
            Capability.FLOOR_CONTROL,
            Capability.LOCAL_FILES,
            Capability.FILES,
        }
    )
    max_message_chars = 0  # a terminal takes lines of any length

    def __init__(
        self,
        facilitators: tuple[str, ...] = ("host",),
        *,
        lines: AsyncIterator[str] | None = None,
        out: TextIO | None = None,
        echo: bool = False,
        files_folder: Path = Path("workshop-notes"),
    ) -> None:
        self.reader = LineReader(facilitators)
        # Source ids and message refs must not repeat across runs over one database.
        self.run_id = uuid.uuid4().hex[:8]
        self.writer = ConsoleWriter(out or sys.stdout, self.run_id)
        self.lines = lines
        self.echo = echo
        self.files_folder = files_folder
        self.ready = asyncio.Event()
        self.location: dict[str, str] = {}  # person id -> breakout room they are in
        self.open_rooms: dict[str, str] = {}  # room name (folded) -> room key

    # --- inbound ----------------------------------------------------------

    async def run(self, on_text: TextHandler) -> None:
        self.writer.write(words.console_intro(self.reader.keyboard))
        self.ready.set()  # nothing to connect to
        lines = self.lines if self.lines is not None else stdin_lines(self._prompt)
        number = 0
        async for raw in lines:
            line = self.reader.read(raw)
            if line.text.strip().casefold() in QUIT_WORDS:  # "quit", and "host> quit" too
                return
            number += 1
            if self.echo:
                where = f"@{line.room_name}" if line.room_name else ""
                self.writer.write(f"{line.actor.name}{where}> {line.text}")
            source_id = f"console:{self.run_id}:{number}"
            room = self._room_for(line.actor.id, line.room_name)
            await on_text(line.text, actor=line.actor, room=room, source_id=source_id)

    def _room_for(self, person_id: str, room_name: str) -> str:
        """Where a line is said: the room named, else the person's breakout room."""
        if room_name:
            if room_name.casefold() == "main":
                return MAIN_ROOM
            return self.open_rooms.get(room_name.casefold(), MAIN_ROOM)
        return self.location.get(person_id, MAIN_ROOM)

    def _prompt(self) -> str:
        return f"{self.reader.keyboard}> "

    # --- outbound ---------------------------------------------------------

    async def post(self, room: str, text: str) -> str:
        return self.writer.post(room, text)

    async def edit(self, room: str, message_ref: str, text: str) -> None:
        self.writer.edit(room, message_ref, text)

    async def pin(self, room: str, message_ref: str) -> None:
        self.writer.pin(room, message_ref)

    async def pin_item(self, room: str, message_ref: str) -> None:
        self.writer.pin(room, message_ref)

    async def send_private(self, person_id: str, text: str) -> None:
        self.writer.private(person_id, text)

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        self.writer.floor(room, speakers)

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        *,
        also: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        keys = []
        for index, (name, people) in enumerate(zip(names, members, strict=True), start=1):
            key = f"console:breakout-{self.run_id}-{breakout}-{index}"
            keys.append(key)
            self.open_rooms[name.casefold()] = key
            self.location.update({pid: key for pid in people})
            self.writer.room_opened(key, name, people)
        return tuple(keys)

    async def close_room(self, room: str, main_room: str) -> None:
        self.location = {pid: where for pid, where in self.location.items() if where != room}
        self.open_rooms = {name: key for name, key in self.open_rooms.items() if key != room}
        self.writer.room_closed(room)

    async def send_file(self, person_id: str, filename: str, content: bytes) -> None:
        """On the console a file goes into a folder; the person is told where."""
        path = self.files_folder / filename
        await asyncio.to_thread(_write_file, path, content)
        self.writer.private(person_id, words.notes_saved(str(path.resolve())))

    async def move(self, room: str, person_ids: tuple[str, ...]) -> None:
        raise NotImplementedError("the console has no voice rooms")

    async def create_staff_room(
        self, main_room: str, title: str, staff: tuple[str, ...], welcome: str, key: str = ""
    ) -> str:
        """On the console everyone reads one screen: the staff room is a labelled block
        (`[staff room]`), so staff alerts stand out from the workshop's own room."""
        self.writer.room_names[STAFF_ROOM] = "staff room"
        self.writer.post(STAFF_ROOM, welcome)
        return STAFF_ROOM
