"""Tests for bot.config: defaults, plain-English errors, env secrets, the example file."""

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import ConfigError, Settings, load_config

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "workshop-bot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text), env=env or {})
    return str(info.value)


def test_no_file_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(None, env={})
    assert config == Settings()
    assert config.bot.adapter == "console"
    assert config.database_url == f"sqlite+aiosqlite:///{(tmp_path / 'workshop.db').resolve()}"
    assert config.workshop.ground_rules[0].startswith("One person speaks")


def test_default_file_in_current_directory_is_used(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, '[bot]\ncommand_prefix = "?"\n')
    assert load_config(None, env={}).bot.command_prefix == "?"


def test_example_file_loads_and_equals_defaults():
    assert load_config(EXAMPLE, env={}) == Settings()


def test_unknown_key_names_file_key_and_known_keys(tmp_path):
    message = error_for(tmp_path, "[bot]\ntypo_key = 1\n")
    assert message.startswith(f"{tmp_path / 'workshop-bot.toml'}, line 2: bot.typo_key: ")
    assert "this setting is not known" in message
    assert "Known settings in [bot] are: adapter, database, sqlite_synchronous" in message


def test_unknown_key_suggests_right_section(tmp_path):
    message = error_for(tmp_path, '[bot]\ntoken = "x"\n')
    assert "token belongs in [discord]" in message


def test_setting_above_first_section(tmp_path):
    message = error_for(tmp_path, 'adapter = "console"\n[bot]\n')
    assert "adapter: this setting is outside any section; put it under [bot]." in message


def test_secrets_are_not_echoed(tmp_path):
    message = error_for(tmp_path, "[discord]\ntoken = 123456\n")
    assert message.endswith("discord.token: expected text in double quotes.")
    config = load_config(write(tmp_path, ""), env={"WORKSHOP_BOT_DISCORD_TOKEN": "s3cret"})
    assert "s3cret" not in repr(config)


def test_unknown_section(tmp_path):
    message = error_for(tmp_path, '[bots]\nadapter = "console"\n')
    assert "bots: this section is not known" in message
    assert 'Did you mean "bot"?' in message


def test_wrong_type(tmp_path):
    message = error_for(tmp_path, '[workshop]\ntimebox_warning_seconds = "30"\n')
    assert message.endswith(
        'workshop.timebox_warning_seconds: expected a whole number from 5 to 600, got "30".'
    )


def test_out_of_range(tmp_path):
    message = error_for(tmp_path, "[matrix]\nfacilitator_power_level = 101\n")
    expected = "matrix.facilitator_power_level: expected a whole number from 0 to 100, got 101."
    assert expected in message


def test_bad_literal(tmp_path):
    message = error_for(tmp_path, '[bot]\nadapter = "telegram"\n')
    assert message == (
        f"{tmp_path / 'workshop-bot.toml'}, line 2: bot.adapter: expected one of "
        '"console", "discord", "matrix", got "telegram".'
    )


def test_bad_list_item_names_position(tmp_path):
    message = error_for(tmp_path, '[console]\nfacilitators = ["host", "Big Bob"]\n')
    assert "console.facilitators, item 2: expected a lowercase name" in message
    assert 'got "Big Bob".' in message


def test_several_problems_one_per_line(tmp_path):
    text = '[bot]\nadapter = "telegram"\ncommand_prefix = ""\n[workshop]\nfoo = 1\n'
    lines = error_for(tmp_path, text).splitlines()
    assert len(lines) == 3
    assert all(line.startswith(str(tmp_path)) for line in lines)
    assert not any("pydantic" in line for line in lines)


def test_section_that_is_not_a_table(tmp_path):
    message = error_for(tmp_path, 'bot = "console"\n')
    assert "bot: expected a section of settings" in message


def test_missing_explicit_file(tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match="nope.toml: the configuration file does not exist"):
        load_config(missing, env={})


def test_toml_syntax_error_names_file_and_line(tmp_path):
    message = error_for(tmp_path, '[bot]\nadapter = "console"\nlog_level = \n')
    assert "workshop-bot.toml: line 3, column" in message
    assert "not valid TOML" in message


def test_env_overrides_tokens(tmp_path):
    path = write(tmp_path, '[discord]\ntoken = "from-file"\n[matrix]\npassword = "pw-file"\n')
    env = {
        "WORKSHOP_BOT_DISCORD_TOKEN": "from-env",
        "WORKSHOP_BOT_MATRIX_ACCESS_TOKEN": "mx-env",
        "WORKSHOP_BOT_MATRIX_PASSWORD": "pw-env",
    }
    config = load_config(path, env=env)
    assert config.discord.token == "from-env"
    assert config.matrix.access_token == "mx-env"
    assert config.matrix.password == "pw-env"
    assert load_config(path, env={}).discord.token == "from-file"


def test_discord_adapter_without_token(tmp_path):
    message = error_for(tmp_path, '[bot]\nadapter = "discord"\n')
    assert "discord.token" in message
    assert "WORKSHOP_BOT_DISCORD_TOKEN" in message
    path = tmp_path / "workshop-bot.toml"
    config = load_config(path, env={"WORKSHOP_BOT_DISCORD_TOKEN": "abc"})
    assert config.discord.token == "abc"


def test_matrix_adapter_needs_server_user_and_secret(tmp_path):
    lines = error_for(tmp_path, '[bot]\nadapter = "matrix"\n').splitlines()
    assert [line.split(": ")[1] for line in lines] == [
        "matrix.homeserver",
        "matrix.user_id",
        "matrix.access_token",
    ]
    text = (
        '[bot]\nadapter = "matrix"\n[matrix]\nhomeserver = "https://m.example.org"\n'
        'user_id = "@bot:example.org"\n'
    )
    config = load_config(write(tmp_path, text), env={"WORKSHOP_BOT_MATRIX_PASSWORD": "pw"})
    assert config.matrix.password == "pw"


@pytest.mark.parametrize(
    ("homeserver", "accepted"),
    [
        ("https://matrix.example.org", True),
        ("http://127.0.0.1:8008", True),
        ("http://localhost:8008", True),
        ("http://[::1]:8008", True),
        ("http://synapse:8008", True),  # a container beside the bot (deploy/compose.yaml)
        ("http://matrix.example.org", False),  # a password in the clear over the network
        ("http://localhost.example.org", False),
        ("matrix.example.org", False),
    ],
)
def test_the_homeserver_needs_https_unless_it_is_on_this_machine(tmp_path, homeserver, accepted):
    text = f'[matrix]\nhomeserver = "{homeserver}"\n'
    if accepted:
        assert load_config(write(tmp_path, text), env={}).matrix.homeserver == homeserver
    else:
        assert 'starting with "https://"' in error_for(tmp_path, text)


def test_a_named_staff_room_must_be_a_room_id(tmp_path):
    assert "room ID" in error_for(tmp_path, '[matrix]\nstaff_room = "#staff:example.org"\n')
    named = load_config(write(tmp_path, '[matrix]\nstaff_room = "!abc:example.org"\n'), env={})
    assert named.matrix.staff_room == "!abc:example.org"


def test_database_path_vs_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    relative = load_config(write(tmp_path, '[bot]\ndatabase = "data/w.db"\n'), env={})
    assert relative.database_url == f"sqlite+aiosqlite:///{(tmp_path / 'data/w.db').resolve()}"
    url = "postgresql+asyncpg://u@localhost/workshop"
    full = load_config(write(tmp_path, f'[bot]\ndatabase = "{url}"\n'), env={})
    assert full.database_url == url


# --- property test: whatever the file says, only ConfigError escapes ---

SECTIONS = ["bot", "workshop", "console", "discord", "matrix"]
KEYS = [
    "adapter",
    "database",
    "sqlite_synchronous",
    "command_prefix",
    "log_level",
    "queue_order",
    "ground_rules",
    "complaints_route",
    "timebox_warning_seconds",
    "facilitators",
    "token",
    "guild_ids",
    "facilitator_role_ids",
    "facilitator_user_ids",
    "homeserver",
    "user_id",
    "access_token",
    "password",
    "device_name",
    "facilitator_power_level",
    "allowed_inviters",
]
VALUES = ["console", "discord", "matrix", "FULL", "fair", "host", "@a:b.c", "https://x"]

keys = st.sampled_from(SECTIONS + KEYS) | st.text(max_size=8)
scalars = (
    st.sampled_from(VALUES) | st.text(max_size=10) | st.integers() | st.booleans() | st.floats()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=8,
)
documents = st.dictionaries(keys, st.dictionaries(keys, values, max_size=4) | values, max_size=5)


def toml_value(value) -> str:
    """A tiny TOML writer: inline tables and arrays, JSON-style strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value)
    return repr(value)  # ints, and floats incl. inf/nan which TOML spells the same


def toml_document(document: dict) -> str:
    return "\n".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in document.items())


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # the loaded profile
@given(documents, st.dictionaries(st.sampled_from(["WORKSHOP_BOT_DISCORD_TOKEN"]), st.text()))
def test_random_documents_only_raise_config_error(document, env):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.toml"
        path.write_text(toml_document(document), encoding="utf-8", errors="surrogatepass")
        try:
            load_config(path, env=env)
        except ConfigError as exc:
            lines = str(exc).splitlines()
            assert lines and all(line.startswith(str(path)) for line in lines)
            assert "pydantic" not in str(exc)


@pytest.mark.parametrize(
    ("value", "shown"),
    [("\x85", "\\u0085"), ("a\u2028b", "a\\u2028b"), ("\x1b[2J", "\\u001b"), ("\u200e", "\\u200e")],
)
def test_a_value_with_a_line_break_or_control_character_is_shown_escaped(tmp_path, value, shown):
    # json.dumps leaves U+0085 and U+2028 unescaped, and str.splitlines() breaks on
    # them: the message must stay one line, starting with the file's name.
    path = tmp_path / "bot.toml"
    path.write_text(f"bot = {json.dumps(value)}", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path, env={})
    lines = str(raised.value).splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(path))
    assert shown in lines[0]


def test_a_database_password_is_never_shown():
    from bot.config import BotSettings

    shown = BotSettings(database="postgresql+asyncpg://bot:s3cret@127.0.0.1/w").database_shown
    assert "s3cret" not in shown and "127.0.0.1/w" in shown


def test_type_errors_name_the_line_of_the_file(tmp_path):
    text = (
        "# settings\n"
        "[bot]\n"
        'adapter = "console"\n'
        "\n"
        "[workshop]\n"
        "queue_order = 'arrival'  # fine\n"
        'timebox_warning_seconds = "30"\n'
        "[console]\n"
        'facilitators = ["host", "Big Bob"]\n'
    )
    lines = error_for(tmp_path, text).splitlines()
    path = tmp_path / "workshop-bot.toml"
    assert lines[0].startswith(f"{path}, line 7: workshop.timebox_warning_seconds: expected")
    assert lines[1].startswith(f"{path}, line 9: console.facilitators, item 2: expected")


def test_a_section_that_is_not_a_table_names_its_line(tmp_path):
    message = error_for(tmp_path, '# hello\nbot = "console"\n')
    assert message.startswith(f"{tmp_path / 'workshop-bot.toml'}, line 2: bot: expected")


def test_deep_nesting_is_refused_in_words_not_a_recursion_error(tmp_path):
    for deep in ("x = " + "[" * 5000 + "]" * 5000, "x = " + "{a = " * 3000 + "1" + "}" * 3000):
        message = error_for(tmp_path, f"[bot]\n{deep}\n")
        assert "nested more than 20 deep" in message and "Recursion" not in message
    # Brackets inside strings and comments are not nesting.
    ok = '[workshop]\nground_rules = ["[[[[[[[[[[[[[[[[[[[[[[[[[ ok"]  # ]]]]]]]]]]]]]]]]]]]]]]\n'
    assert load_config(write(tmp_path, ok), env={}).workshop.ground_rules[0].startswith("[[")


def test_notes_default_to_london_time_and_a_bad_zone_is_named(tmp_path):
    options = Settings().notes.options()
    assert str(options.tz) == "Europe/London"
    message = error_for(tmp_path, '[notes]\ntimezone = "Europe/Londn"\n')
    assert 'notes.timezone: expected a time zone name like "Europe/London"' in message


def test_notes_settings_reach_the_core_as_options(tmp_path):
    text = (
        '[notes]\ntimezone = "UTC"\norganisation = " Brackenfield Council "\n'
        'classification = "OFFICIAL"\nstaff = ["console:sam"]\n'
    )
    options = load_config(write(tmp_path, text), env={}).notes.options()
    assert (str(options.tz), options.organisation, options.classification) == (
        "UTC",
        "Brackenfield Council",
        "OFFICIAL",
    )
    assert options.staff_ids == frozenset({"console:sam"})
