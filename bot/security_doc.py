"""The permission table and the table of characters cleaned at the door in
docs/security.md, made from the code.

`python -m bot.security_doc` rewrites each table between its markers;
tests/test_security_doc.py fails when the document no longer matches the code.
Each command word is parsed (with a sample argument) into the command the core
receives, and facilitation.permissions says who may run it.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from facilitation import commands as cmd
from facilitation import text
from facilitation.parser import COMMAND_USAGE, COMMAND_WORDS, ParseError, parse
from facilitation.permissions import Who, who_may

DOC = Path(__file__).resolve().parents[1] / "docs" / "security.md"
BEGIN = "<!-- permission table: made by `python -m bot.security_doc`; do not edit -->"
END = "<!-- end of permission table -->"

# Tried in turn until one parses: enough to make every command word a command.
SAMPLE_ARGUMENTS = (
    "",
    "Sam: a point",
    "2m",
    "1 rang them",
    "on",
    "fair",
    "md",
    "pause",
    "on-scope",
    "scope booking",
    "20m | groups: 2",
    "Title | scope: something | complaints: call us",
    "Which? | one; two",
    "Leaflet | https://example.org/leaflet.pdf",
    "2",
)
SAMPLE_ACTOR = cmd.Actor("sample", "Sample")


def sample_text(word: str, prefix: str = "!") -> str:
    """`!word` with the first sample argument that makes it a command."""
    for argument in SAMPLE_ARGUMENTS:
        text = f"{prefix}{word} {argument}".strip()
        try:
            command = parse(
                text, actor=SAMPLE_ACTOR, room="sample", source_id="sample", prefix=prefix
            )
        except ParseError:
            continue
        if command is not None:
            return text
    raise LookupError(f"no sample argument makes a command of {prefix}{word}")


def sample_command(
    word: str, prefix: str = "!", actor: cmd.Actor = SAMPLE_ACTOR, room: str = "sample"
) -> cmd.Command:
    """The command `!word` gives, with the first sample argument it accepts."""
    text = sample_text(word, prefix)
    command = parse(text, actor=actor, room=room, source_id=f"sample:{text}", prefix=prefix)
    assert command is not None
    return command


def rows(prefix: str = "!") -> list[tuple[str, str, str]]:
    """(usage, command type, who may run it), one per command word."""
    found = []
    for word in COMMAND_WORDS:
        command = sample_command(word, prefix)
        who = who_may(command)
        found.append((f"{prefix}{COMMAND_USAGE[word]}", type(command).__name__, who.value))
    return found


def table(prefix: str = "!") -> str:
    lines = [
        BEGIN,
        "| command | in the core | who may run it |",
        "|---|---|---|",
        *(f"| `{_cell(usage)}` | {kind} | {who} |" for usage, kind, who in rows(prefix)),
        END,
    ]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")  # a bar inside a table cell


CLEANED_BEGIN = "<!-- cleaned characters: made by `python -m bot.security_doc`; do not edit -->"
CLEANED_END = "<!-- end of cleaned characters -->"


def cleaned_table() -> str:
    """Every character facilitation/text.py always removes, then the ones it removes
    unless a word needs them."""
    always = sorted(text.BIDI_CONTROLS | text.ZERO_WIDTH | text.NOT_XML)
    lines = [
        CLEANED_BEGIN,
        "| character | name | removed |",
        "|---|---|---|",
        "| U+0000-U+001F, U+007F-U+009F but tab and newline | control characters | always"
        " (a carriage return becomes a newline) |",
        "| U+D800-U+DFFF, alone | lone surrogates | replaced with U+FFFD |",
        *(
            f"| U+{ord(ch):04X} | {unicodedata.name(ch, 'not a character').lower()} | always |"
            for ch in always
        ),
        f"| U+{ord(text.ZWJ):04X} | zero width joiner | unless between two emoji parts or"
        " two letters of a script without case |",
        f"| U+{ord(text.ZWNJ):04X} | zero width non-joiner | unless between two letters"
        " (or marks) of a script without case |",
        "| U+E0000-U+E007F | tag characters | unless in a flag sequence after U+1F3F4 |",
        CLEANED_END,
    ]
    return "\n".join(lines)


def _replaced(document: str, begin: str, end: str, made: str) -> str:
    head, found, rest = document.partition(begin)
    if not found:
        raise ValueError(f"docs/security.md has no marker {begin}")
    _, found, tail = rest.partition(end)
    if not found:
        raise ValueError(f"docs/security.md has no marker {end}")
    return head + made + tail


def with_table(document: str) -> str:
    """The document with its tables replaced by the ones made from the code."""
    document = _replaced(document, BEGIN, END, table())
    return _replaced(document, CLEANED_BEGIN, CLEANED_END, cleaned_table())


def restricted() -> list[str]:
    """Command words only some people may run (everything but Who.EVERYONE)."""
    return [w for w in COMMAND_WORDS if who_may(sample_command(w)) is not Who.EVERYONE]


def main() -> int:
    DOC.write_text(with_table(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the permission table in {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
