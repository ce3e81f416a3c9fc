"""One vocabulary (issue 17, part 4): the parser, `!help`, the slash commands and
docs/commands.md all follow facilitation/vocabulary.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat

from adapters.discord.commands import BY_NAME, NOT_SLASH
from bot.security_doc import sample_command
from facilitation import vocabulary
from facilitation.parser import COMMAND_USAGE, COMMAND_WORDS
from facilitation.permissions import Who, who_may
from tests.test_reading_age import MAX_GRADE, MIN_WORDS, _allowed, _plain_for_measuring

REPO = Path(__file__).resolve().parents[1]
ROLES = ("participant", "co-facilitator", "facilitator")


def _documented_words(commands_md: str) -> set[str]:
    """The `!word`s in the first cell of each table row of docs/commands.md."""
    found: set[str] = set()
    for line in commands_md.splitlines():
        if line.startswith("|"):
            first_cell = re.split(r"(?<!\\)\|", line)[1]  # "\|" is a bar inside a cell
            found |= set(re.findall(r"`!([a-z]+)", first_cell))
    return found


def _undocumented_and_unknown(commands_md: str) -> tuple[list[str], list[str]]:
    documented = _documented_words(commands_md)
    vocab = set(vocabulary.all_words())
    return sorted(vocab - documented), sorted(documented - vocab)


def test_docs_list_every_command_in_the_vocabulary_and_nothing_else():
    commands_md = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")
    assert _undocumented_and_unknown(commands_md) == ([], [])


def test_the_docs_check_sees_a_missing_and_an_unknown_command():
    commands_md = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")
    edited = commands_md.replace("| `!lowerall` |", "| lowerall |")
    edited += "\n| `!dance` | everyone | Dances. |\n"
    assert _undocumented_and_unknown(edited) == (["lowerall"], ["dance"])


def test_the_parser_knows_exactly_the_words_of_the_vocabulary():
    assert vocabulary.all_words() == COMMAND_WORDS
    assert COMMAND_USAGE["raise"] == "raise"
    assert all(COMMAND_USAGE[e.word] == e.usage for e in vocabulary.VOCABULARY)


def test_the_commands_just_added_are_all_in_the_vocabulary():
    added = {"agenda", "poll", "vote", "share", "nudge", "balance"}
    added |= {"complaint", "route", "concern", "relabel", "export", "start"}
    assert added <= set(vocabulary.BY_WORD)
    assert any("start plan:" in line.text for line in vocabulary.BY_WORD["start"].help)
    assert "all" in vocabulary.BY_WORD["export"].usage
    assert "[MESSAGE NUMBER OR LINK]" in vocabulary.BY_WORD["relabel"].usage


def test_every_slash_command_comes_from_the_vocabulary():
    assert set(BY_NAME) == set(vocabulary.BY_WORD)
    assert {"raise"} == NOT_SLASH
    for entry in vocabulary.VOCABULARY:
        spec = BY_NAME[entry.word]
        assert (spec.description, spec.options) == (entry.slash, entry.options)
        assert entry.slash, entry.word


@pytest.mark.parametrize("word", COMMAND_WORDS)
def test_the_role_of_each_entry_is_the_role_permissions_gives_the_parsed_command(word):
    """The vocabulary asks permissions.py by type; the engine asks it by the command
    typed. For each word's plain form the two must agree."""
    entry = vocabulary.BY_WORD[vocabulary.ALIASES.get(word, word)]
    assert who_may(sample_command(word)) is entry.who


def test_slash_commands_for_staff_follow_the_permissions():
    assert BY_NAME["hand"].staff is False
    assert BY_NAME["done"].staff is False  # the speaker may end their own turn
    assert BY_NAME["next"].staff is True
    assert BY_NAME["start"].staff is True
    assert BY_NAME["agenda"].staff is False  # everyone may see it; moving on is refused
    for entry in vocabulary.VOCABULARY:
        staff = entry.who in (Who.STAFF, Who.FACILITATOR, Who.PLATFORM_FACILITATOR)
        assert BY_NAME[entry.word].staff is staff, entry.word


@pytest.mark.parametrize("word", COMMAND_WORDS)
def test_help_on_each_command_finds_a_line(word):
    found = vocabulary.help_text("!", "facilitator", word)
    assert not found.startswith("There is no command"), word
    assert f"!{word}" in found


def test_help_shows_each_role_its_own_parts():
    participant = vocabulary.help_text("!", "participant")
    cofac = vocabulary.help_text("!", "co-facilitator")
    lead = vocabulary.help_text("!", "facilitator")
    assert "!hand or !raise" in participant and "!next -" not in participant
    assert "!next -" in cofac and "!end -" not in cofac
    assert "!end -" in lead and "!start plan: NAME" in lead
    assert "!agenda -" in participant and "!agenda next" not in participant
    assert lead.startswith(cofac) and cofac.startswith(participant)


def _help_sentences() -> list[str]:
    lines = {line for role in ROLES for line in vocabulary.help_text("", role).splitlines()}
    return [s for line in lines for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]


def test_every_help_line_reads_at_grade_8_or_below():
    """The same measure tests/test_reading_age.py applies to words.py, with the prefix
    dropped as it drops {p} there."""
    allowed = _allowed()
    graded = []
    for sentence in _help_sentences():
        plain = _plain_for_measuring(sentence.strip(" -"), allowed)
        if len(re.findall(r"[A-Za-z]+", plain)) >= MIN_WORDS:
            graded.append((textstat.flesch_kincaid_grade(plain), sentence))
    assert len(graded) > 40  # every line of the help is measured
    hard = [f"grade {grade:.1f}: {sentence}" for grade, sentence in graded if grade > MAX_GRADE]
    assert not hard, "Please say these more plainly:\n" + "\n".join(hard)


def test_the_parser_will_not_start_with_a_word_it_cannot_read(monkeypatch):
    from facilitation import parser

    readers = {word: read for word, read in parser._READERS.items() if word != "vote"}
    monkeypatch.setattr(parser, "_READERS", readers)
    with pytest.raises(RuntimeError, match="vote"):
        parser._dispatch_table()


def test_a_help_line_with_a_command_of_its_own_describes_what_that_line_types():
    """`!agenda next` is shown to staff because it makes NextAgendaItem: the line's
    own command, typed as the line shows it, must make that type."""
    from facilitation import commands as cmd
    from facilitation.parser import parse

    actor = cmd.Actor(id="sam", name="Sam")
    checked = 0
    for entry in vocabulary.VOCABULARY:
        for line in entry.help:
            if line.makes is None:
                continue
            typed = line.text.replace("{p}", "!").split(" - ")[0]
            made = parse(typed, actor=actor, room="r", source_id="s")
            assert type(made) is line.makes, typed
            checked += 1
    assert checked == 3  # agenda next, agenda extend, start plan:
