"""The command line: help on every command, config errors, db upgrade."""

from __future__ import annotations

import io
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
        ["forget", "--help"],
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


def test_the_settings_choose_the_adapter_without_connecting(tmp_path):
    from adapters.console.adapter import ConsoleAdapter
    from adapters.discord.adapter import DiscordAdapter
    from adapters.matrix.adapter import MatrixAdapter
    from bot.cli import _adapter
    from bot.config import load_config

    def adapter_for(toml: str):
        config = tmp_path / "bot.toml"
        config.write_text(toml)
        return _adapter(load_config(config, env={}))

    assert isinstance(adapter_for(""), ConsoleAdapter)
    discord = adapter_for('[bot]\nadapter = "discord"\n[discord]\ntoken = "x"\n')
    assert isinstance(discord, DiscordAdapter)
    matrix = adapter_for(
        '[bot]\nadapter = "matrix"\n[matrix]\nhomeserver = "http://127.0.0.1:1"\n'
        'user_id = "@bot:localhost"\npassword = "x"\n'
    )
    assert isinstance(matrix, MatrixAdapter)


# --- a database that cannot be used: one plain sentence with its path ----------------


def _config(tmp_path, database) -> str:
    config = tmp_path / "bot.toml"
    config.write_text(f'[bot]\ndatabase = "{database}"\n')
    return str(config)


def _truncated(tmp_path):
    """A real database cut short, as a full disk or an interrupted copy leaves it."""
    import asyncio
    import io

    from bot.demo import run_demo

    whole = tmp_path / "whole.db"
    asyncio.run(run_demo(io.StringIO(), database=whole))
    data = whole.read_bytes()
    cut = tmp_path / "cut.db"
    cut.write_bytes(data[: len(data) // 3])
    return cut


@pytest.mark.parametrize("problem", ["missing folder", "not sqlite", "truncated"])
@pytest.mark.parametrize("argv", [["run"], ["list"], ["export", "Short"]])
def test_a_database_that_cannot_be_used_is_one_plain_sentence(
    problem, argv, tmp_path, capsys, monkeypatch
):
    if problem == "missing folder":
        database = tmp_path / "no such folder" / "w.db"
    elif problem == "not sqlite":
        database = tmp_path / "notes.db"
        database.write_text("these are my notes, not a database " * 40)
    else:
        database = _truncated(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("quit\n"))
    code = main([*argv, "--config", _config(tmp_path, database)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert "Traceback" not in err and "sqlalchemy" not in err
    assert str(database) in err  # the path, so people know which file
    assert err.count("\n") == 0
