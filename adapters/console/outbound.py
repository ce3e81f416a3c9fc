"""What the bot does, shown as console text, one block per effect."""

from __future__ import annotations

import textwrap
from typing import TextIO


def _room_label(room: str) -> str:
    return room.removeprefix("console:")


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

    def write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def post(self, room: str, text: str) -> str:
        ref = f"{self.run_id}-{len(self.messages) + 1}"
        self.messages[ref] = text
        self.write(_block(f"[{_room_label(room)}] bot:", text))
        return ref

    def edit(self, room: str, ref: str, text: str) -> None:
        if ref not in self.messages:
            raise LookupError(f"there is no message {ref} to edit")
        self.messages[ref] = text
        self.write(_block(f"[{_room_label(room)}] bot (edits pinned message {ref}):", text))

    def pin(self, room: str, ref: str) -> None:
        self.write(f"[{_room_label(room)}] (message {ref} is pinned)")

    def private(self, person_id: str, text: str) -> None:
        self.write(_block(f"[private to {person_id.removeprefix('console:')}] bot:", text))

    def floor(self, room: str, speakers: tuple[str, ...]) -> None:
        if speakers:
            names = ", ".join(pid.removeprefix("console:") for pid in speakers)
            self.write(f"[{_room_label(room)}] (floor control: only {names} can talk now)")
        else:
            self.write(f"[{_room_label(room)}] (floor control: everyone can talk)")
