"""The command line: help on every command, config errors, db upgrade."""

from __future__ import annotations

import sqlite3

import pytest

from bot.cli import main
from storage.migrate import head_revision


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["run", "--help"],
        ["demo", "--help"],
        ["db", "--help"],
        ["db", "upgrade", "--help"],
        ["export", "--help"],
        ["list", "--help"],
        ["classify", "--help"],
    ],
)
def test_every_command_has_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    assert "usage: workshop-bot" in capsys.readouterr().out


def test_bad_config_is_one_plain_error_naming_the_file_and_key(tmp_path, capsys):
    config = tmp_path / "bot.toml"
    config.write_text('[bot]\nadapter = "telegram"\n')
    assert main(["run", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "bot.toml" in err and "bot.adapter" in err and "console" in err


def test_db_upgrade_creates_the_schema(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "bot.toml"
    config.write_text('[bot]\ndatabase = "notes.db"\n')
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    assert head_revision() in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "notes.db") as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == head_revision()


def test_an_adapter_that_is_not_built_yet_says_so(tmp_path, capsys):
    config = tmp_path / "bot.toml"
    config.write_text('[bot]\nadapter = "discord"\n[discord]\ntoken = "x"\n')
    assert main(["run", "--config", str(config)]) == 2
    assert "not part of this version yet" in capsys.readouterr().err
