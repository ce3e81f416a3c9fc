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


async def test_the_readmes_demo_extract_is_what_the_demo_prints(tmp_path):
    """README.md shows an extract of `workshop-bot demo`: every line of it must be in
    what the demo prints (lines with "..." stand for what changes from run to run)."""
    import io
    import re

    from bot.demo import run_demo

    out = io.StringIO()
    await run_demo(out, database=tmp_path / "demo.db")
    printed = " ".join(out.getvalue().split())
    readme = (REPO / "README.md").read_text()
    extract = readme.split("```text\n", 1)[1].split("```", 1)[0]
    # The pinned message's id is made afresh each run.
    printed = re.sub(r"pinned message [0-9a-f]+-", "pinned message ID-", printed)
    missing = [
        line.strip()
        for line in extract.splitlines()
        if line.strip() and "..." not in line
        if re.sub(r"pinned message [0-9a-f]+-", "pinned message ID-", " ".join(line.split()))
        not in printed
    ]
    assert missing == []
