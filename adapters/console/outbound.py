"""What the bot does, shown as console text, one block per effect."""

from __future__ import annotations

import textwrap
from typing import TextIO

WIDTH = 88


def _block(header: str, text: str) -> str:
    body = "\n".join(
        textwrap.fill(line, WIDTH, initial_indent="    ", subsequent_indent="    ") if line else ""
        for line in text.splitlines()
    )
    return f"{header}\n{body}"


class ConsoleWriter:
    def __init__(self, out: TextIO, run_id: str) -> None:
        self.out = out
        self.run_id = run_id
        self.messages: dict[str, str] = {}
        self.room_names: dict[str, str] = {}  # breakout room key -> its name

    def write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def post(self, room: str, text: str) -> str:
        ref = f"{self.run_id}-{len(self.messages) + 1}"
        self.messages[ref] = text
        self.write(_block(f"[{self.label(room)}] bot:", text))
        return ref

    def edit(self, room: str, ref: str, text: str) -> None:
        if ref not in self.messages:
            raise LookupError(f"there is no message {ref} to edit")
        self.messages[ref] = text
        self.write(_block(f"[{self.label(room)}] bot (edits pinned message {ref}):", text))

    def pin(self, room: str, ref: str) -> None:
        self.write(f"[{self.label(room)}] (message {ref} is pinned)")

    def private(self, person_id: str, text: str) -> None:
        self.write(_block(f"[private to {person_id.removeprefix('console:')}] bot:", text))

    def floor(self, room: str, speakers: tuple[str, ...]) -> None:
        if speakers:
            names = ", ".join(pid.removeprefix("console:") for pid in speakers)
            self.write(f"[{self.label(room)}] (floor control: only {names} can talk now)")
        else:
            self.write(f"[{self.label(room)}] (floor control: everyone can talk)")

    def label(self, room: str) -> str:
        return self.room_names.get(room, room.removeprefix("console:"))

    def room_opened(self, room: str, name: str, members: tuple[str, ...]) -> None:
        self.room_names[room] = name
        people = ", ".join(pid.removeprefix("console:") for pid in members) or "nobody yet"
        self.write(f"[{name}] (room opened for {people}; type NAME@{name}> to speak here)")

    def room_closed(self, room: str) -> None:
        self.write(f"[{self.label(room)}] (room closed; what was written here is kept)")
