"""The documentation keeps up with the code."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings, load_config
from facilitation.parser import COMMAND_WORDS

REPO = Path(__file__).resolve().parents[1]


def test_every_command_is_documented():
    commands_md = (REPO / "docs" / "commands.md").read_text()
    missing = [word for word in COMMAND_WORDS if f"`!{word}" not in commands_md]
    assert missing == []


def test_readme_opens_with_the_install_and_test_commands():
    readme = (REPO / "README.md").read_text()
    blocks = [part.split("```", 1)[0] for part in readme.split("```sh\n")[1:3]]
    assert "workshop-bot run" in blocks[0]
    assert blocks[1].strip() == "./scripts/test"
    assert "./scripts/test" in (REPO / ".ci" / "run").read_text()


def test_example_config_is_the_defaults():
    assert load_config(REPO / "config.example.toml", env={}) == Settings()
