"""The permission table in docs/security.md, made from the code.

`python -m bot.security_doc` rewrites the table between its markers;
tests/test_security_doc.py fails when the document no longer matches the code.
Each command word is parsed (with a sample argument) into the command the core
receives, and facilitation.permissions says who may run it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from facilitation import commands as cmd
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


def with_table(document: str) -> str:
    """The document with its table replaced by the one made from the code."""
    head, found, rest = document.partition(BEGIN)
    if not found:
        raise ValueError("docs/security.md has no permission table marker")
    _, found, tail = rest.partition(END)
    if not found:
        raise ValueError("docs/security.md has no end-of-table marker")
    return head + table() + tail


def restricted() -> list[str]:
    """Command words only some people may run (everything but Who.EVERYONE)."""
    return [w for w in COMMAND_WORDS if who_may(sample_command(w)) is not Who.EVERYONE]


def main() -> int:
    DOC.write_text(with_table(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the permission table in {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
