"""The slash commands: one per command word. Each is built into its command from
its option values by `facilitation.parser.command_from_options`, with the same
value readers as typed text, so every platform shares one reading of each value.

`Used.text` is the command as the console would type it, shown to the person
("Done: /breakout ..."): `/breakout length:20m groups:3` is
"!breakout 20m | groups: 3". The commands,
their descriptions and options come from facilitation/vocabulary.py; this module
is plain Python; `slash.py` makes discord.py app commands from the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitation import vocabulary
from facilitation.vocabulary import Kind, Option, Place, Render, Values, shown

__all__ = ["BY_NAME", "NOT_SLASH", "SLASH_COMMANDS", "Kind", "Option", "SlashCommand", "Used"]


@dataclass(frozen=True)
class SlashCommand:
    word: str
    description: str
    options: tuple[Option, ...] = ()
    staff: bool = False  # facilitators (and co-facilitators) only: never from a DM
    render: Render | None = None  # a text of its own shape

    def text(self, prefix: str, values: Values) -> str:
        """The typed command these option values stand for."""
        if self.render is not None:
            return f"{prefix}{self.word} {self.render(prefix, values)}".rstrip()
        words = [f"{prefix}{self.word}"]
        parts = []
        for option in self.options:
            value = values.get(option.name)
            if value is None or shown(value) == "":  # a blank box says nothing
                continue
            if option.place is Place.PART:
                parts.append(f"{option.label or option.name}: {shown(value)}")
            else:
                words.append(shown(value))
        return " | ".join([" ".join(words), *parts])

    @property
    def option_names(self) -> tuple[str, ...]:
        return tuple(o.name for o in self.options)


def _slash(entry: vocabulary.Entry) -> SlashCommand:
    return SlashCommand(
        entry.word,
        entry.slash,
        entry.options,
        staff=vocabulary.is_staff_only(entry),
        render=entry.render,
    )


SLASH_COMMANDS: tuple[SlashCommand, ...] = tuple(_slash(e) for e in vocabulary.VOCABULARY)
BY_NAME: dict[str, SlashCommand] = {c.word: c for c in SLASH_COMMANDS}
# Typed words with no slash command of their own: an alias ("raise" is "hand").
NOT_SLASH = frozenset(vocabulary.ALIASES)


@dataclass
class Used:
    """A slash command as used: its spec and the option values given."""

    spec: SlashCommand
    values: dict[str, object] = field(default_factory=dict)

    def text(self, prefix: str) -> str:
        return self.spec.text(prefix, self.values)
