"""docs/security.md's permission table is made from the code, and kept in step."""

from __future__ import annotations

from bot import security_doc


def test_the_permission_table_matches_the_code():
    document = security_doc.DOC.read_text(encoding="utf-8")
    assert security_doc.with_table(document) == document, (
        "docs/security.md is out of date: run `python -m bot.security_doc`"
    )


def test_every_command_word_has_a_row():
    words = [usage.split()[0].removeprefix("!") for usage, _, _ in security_doc.rows()]
    assert len(words) == len(set(words)) == len(security_doc.COMMAND_WORDS)
