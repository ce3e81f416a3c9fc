"""The slash commands: one per command word. A command with at most one option
builds its command from the word and the option's value (`Used.one_value`, for
`facilitation.parser.command_from_option`); one with several is turned back into
the text the console would type, so every platform shares one parser.

`/breakout length:20m groups:3` becomes "!breakout 20m | groups: 3". The commands,
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
            if value is None or value == "":
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

    def one_value(self) -> str | None:
        """All that follows the command word, as typed, for a command with at most one
        option written after the word ("" if none is given); None for a command whose
        options make a text of their own shape (several options, or its own render)."""
        if self.spec.render is not None or len(self.spec.options) > 1:
            return None
        if not self.spec.options:
            return ""
        [option] = self.spec.options
        if option.place is not Place.WORD:
            return None
        value = self.values.get(option.name)
        return "" if value is None or value == "" else shown(value)
