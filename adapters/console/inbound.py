"""Console lines in: `alice> !hand` speaks as alice, for that line only; a line
with no name always speaks as the first facilitator, the person at the keyboard.

A bare line used to speak as whoever was named last, and a facilitator's
`!start` went out as a participant by accident (issue 19): now the prompt, which
shows the facilitator's name, is always true for a bare line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from facilitation.commands import Actor, PlatformRole

MAIN_ROOM = "console:main"
_SPEAKER = re.compile(
    r"^\s*(?P<name>[A-Za-z0-9_-]{1,32})(?:@(?P<room>[^>]{1,64}))?>\s?(?P<text>.*)$"
)


@dataclass(frozen=True)
class ConsoleLine:
    actor: Actor
    text: str
    room_name: str = ""  # "alice@Kitchen> ..." speaks in the room called Kitchen


def person_id(name: str) -> str:
    return f"console:{name.casefold()}"


class LineReader:
    def __init__(self, facilitators: tuple[str, ...]) -> None:
        self.facilitators = {name.casefold() for name in facilitators}
        self.keyboard = facilitators[0] if facilitators else "host"

    def read(self, line: str) -> ConsoleLine:
        match = _SPEAKER.match(line)
        if not match:
            return ConsoleLine(actor=self.actor(self.keyboard), text=line)
        room_name = (match["room"] or "").strip()
        return ConsoleLine(actor=self.actor(match["name"]), text=match["text"], room_name=room_name)

    def actor(self, name: str) -> Actor:
        role = (
            PlatformRole.FACILITATOR
            if name.casefold() in self.facilitators
            else PlatformRole.PARTICIPANT
        )
        return Actor(id=person_id(name), name=name, platform_role=role)
