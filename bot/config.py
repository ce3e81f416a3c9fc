"""Configuration loading: a TOML file, environment secrets, and plain-English errors.

Call `load_config(path)` to get a frozen `Settings`. Every problem in the file is
reported as one `ConfigError` whose message names the file and the dotted key, so
people running the bot never have to read pydantic's output.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
import unicodedata
import zoneinfo
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from facilitation.minutes import NotesOptions

DEFAULT_CONFIG_PATH = Path("workshop-bot.toml")

# Secrets may come from the environment so they never have to sit in a file.
ENV_OVERRIDES: dict[str, tuple[str, str]] = {
    "WORKSHOP_BOT_DISCORD_TOKEN": ("discord", "token"),
    "WORKSHOP_BOT_MATRIX_ACCESS_TOKEN": ("matrix", "access_token"),
    "WORKSHOP_BOT_MATRIX_PASSWORD": ("matrix", "password"),
}

SECRET_KEYS = {"token", "access_token", "password"}

DEFAULT_GROUND_RULES = [
    "One person speaks at a time. Raise your hand to speak.",
    "Be kind. Everyone here is an equal.",
    "What is said here stays here, apart from the notes everyone can see.",
    "You can take a break at any time.",
]


class ConfigError(Exception):
    """The configuration cannot be used; str() is the full message for the user."""


class _Problems(ValueError):
    """Several (dotted key, message) problems found by a cross-field check."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{key}: {msg}" for key, msg in problems))
        self.problems = problems


Problems = _Problems  # for other files checked the same way (bot/plans.py)


# --- value checks: each raises ValueError with an "expected ..." phrase ---


def _command_prefix(value: str) -> str:
    if not 1 <= len(value) <= 3 or any(ch.isspace() for ch in value):
        raise ValueError("expected 1 to 3 characters with no spaces")
    return value


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("expected some text, not an empty string")
    return value


def _instance_name(value: str) -> str:
    if value and not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", value):
        raise ValueError("expected up to 64 letters, digits, dots, - or _ (no spaces or /)")
    return value


def _console_name(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9_-]{1,32}", value):
        raise ValueError("expected a lowercase name of 1 to 32 letters, digits, - or _ (no spaces)")
    return value


def _matrix_user_id(value: str) -> str:
    if value and not re.fullmatch(r"@[^:\s]+:\S+", value):
        raise ValueError('expected a Matrix user ID like "@name:example.org"')
    return value


# Plain http is only for a homeserver on this machine: loopback (a test server, or
# behind a local proxy), or a name without dots (a container beside the bot, such as
# `synapse` in deploy/compose.yaml). Anywhere else the password and every message
# would cross the network unencrypted.
_LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def _homeserver(value: str) -> str:
    if not value or value.startswith("https://"):
        return value
    if value.startswith("http://"):
        host = value.removeprefix("http://").split("/", 1)[0]
        host = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if host in _LOOPBACK_HOSTS or (host and "." not in host and ":" not in host):
            return value
        raise ValueError(
            'expected an address starting with "https://" (plain "http://" only for'
            " a homeserver on this machine: localhost, 127.0.0.1, or a container name)"
        )
    raise ValueError('expected an address starting with "https://"')


def _matrix_room_id(value: str) -> str:
    if value and not (value.startswith("!") and ":" in value):
        raise ValueError('expected a room ID like "!abc123:example.org" (Room settings, Advanced)')
    return value


MatrixUserId = Annotated[str, AfterValidator(_matrix_user_id)]
_MODEL_CONFIG = ConfigDict(extra="forbid", frozen=True, strict=True)
MODEL_CONFIG = _MODEL_CONFIG  # the same strictness for other files (bot/plans.py)


class BotSettings(BaseModel):
    model_config = _MODEL_CONFIG

    adapter: Literal["console", "discord", "matrix"] = "console"
    database: Annotated[str, AfterValidator(_non_blank)] = "workshop.db"
    sqlite_synchronous: Literal["OFF", "NORMAL", "FULL", "EXTRA"] = "NORMAL"
    command_prefix: Annotated[str, AfterValidator(_command_prefix)] = "!"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Classify chat messages in a second process when many rooms talk at once
    # (bot/reader.py); only on a machine with two cores or more.
    classifier_worker: bool = False
    # Several processes on one database: how long a process owns a room (and its
    # timers) without renewing; a dead process's rooms are taken over within this.
    lease_seconds: int = Field(default=30, ge=3, le=3600)
    # This process's name in the leases table ("" means the machine's host name).
    instance_name: Annotated[str, AfterValidator(_instance_name)] = ""

    @property
    def database_shown(self) -> str:
        """The database as it may be shown to people: never a password from a URL."""
        if "://" not in self.database:
            return self.database
        from sqlalchemy.engine import make_url

        return make_url(self.database).render_as_string(hide_password=True)

    @property
    def database_url(self) -> str:
        """SQLAlchemy URL; a plain path is resolved against the current directory now."""
        if "://" in self.database:
            return self.database
        path = Path(self.database).expanduser().resolve()
        return f"sqlite+aiosqlite:///{path.as_posix()}"


class WorkshopSettings(BaseModel):
    model_config = _MODEL_CONFIG

    queue_order: Literal["arrival", "fair"] = "arrival"
    ground_rules: list[Annotated[str, AfterValidator(_non_blank)]] = Field(
        default_factory=lambda: list(DEFAULT_GROUND_RULES)
    )
    complaints_route: str = ""
    # The next step every safety alert to the staff names (the local safeguarding
    # contact or procedure); "call 999 if someone is in danger now" is always added.
    safeguarding_contact: str = ""
    timebox_warning_seconds: int = Field(default=30, ge=5, le=600)
    # The folder of workshop plans (docs/plans.md) that `!start plan: NAME` reads;
    # "" means plans cannot be used from chat.
    plans_folder: str = ""


class BreakoutSettings(BaseModel):
    model_config = _MODEL_CONFIG

    notice_seconds: int = Field(default=30, ge=0, le=600)
    reminder_minutes: list[Annotated[int, Field(ge=1, le=180)]] = Field(
        default_factory=lambda: [5, 1]
    )
    grace_seconds: int = Field(default=60, ge=20, le=600)


class DriftSettings(BaseModel):
    model_config = _MODEL_CONFIG

    sensitivity: Literal["low", "normal", "high"] = "normal"
    cooldown_seconds: int = Field(default=300, ge=30, le=3600)


class PrivacySettings(BaseModel):
    model_config = _MODEL_CONFIG

    # Days transcript text is kept; a daily purge removes older text. 0 keeps it.
    retention_days: int = Field(default=0, ge=0, le=36500)


class SeriesSettings(BaseModel):
    model_config = _MODEL_CONFIG

    # Groups of room keys ("discord:<channel id>", "matrix:!room:server") whose
    # workshops may join each other's series. Otherwise a series belongs to the room
    # of its first session and its facilitators (docs/security.md).
    shared_rooms: list[list[Annotated[str, AfterValidator(_non_blank)]]] = Field(
        default_factory=list
    )


def _time_zone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError('expected a time zone name like "Europe/London" or "UTC"') from None
    return value


class NotesSettings(BaseModel):
    """How the notes look: the time zone of their times, who is named, the letterhead."""

    model_config = _MODEL_CONFIG

    timezone: Annotated[str, AfterValidator(_time_zone)] = "Europe/London"
    organisation: str = ""
    classification: str = ""
    logo_line: str = ""
    staff: list[Annotated[str, AfterValidator(_non_blank)]] = Field(default_factory=list)

    def options(self) -> NotesOptions:
        """The pure core's view: the zone loaded here, as zoneinfo reads files."""
        return NotesOptions(
            tz=zoneinfo.ZoneInfo(self.timezone),
            staff_ids=frozenset(self.staff),
            organisation=self.organisation.strip(),
            classification=self.classification.strip(),
            logo_line=self.logo_line.strip(),
        )


class ConsoleSettings(BaseModel):
    model_config = _MODEL_CONFIG

    facilitators: list[Annotated[str, AfterValidator(_console_name)]] = Field(
        default_factory=lambda: ["host"]
    )


class DiscordSettings(BaseModel):
    model_config = _MODEL_CONFIG

    token: str = Field(default="", repr=False)
    guild_ids: list[int] = Field(default_factory=list)
    facilitator_role_ids: list[int] = Field(default_factory=list)
    facilitator_user_ids: list[int] = Field(default_factory=list)
    sync_globally: bool = False
    # Small groups: private threads under the workshop channel, or a category with
    # a text and a voice channel per group (people in voice are moved).
    breakout_rooms: Literal["threads", "channels"] = "threads"
    # At regroup, a group's channels are locked (kept, read-only) or deleted.
    after_breakout: Literal["archive", "delete"] = "archive"
    # The voice (or Stage) channel of each workshop text channel, by id:
    # {"<text channel id>" = <voice channel id>}. A workshop run in a voice
    # channel's own chat needs no entry.
    voice_channels: dict[str, int] = Field(default_factory=dict)
    # Seconds between server-mute and move requests, to stay inside Discord's limits.
    voice_pace_seconds: float = Field(default=0.25, ge=0, le=5)
    # Sharding: how many shards the bot's servers are split into (0: no sharding),
    # and which of them this process runs (empty: all of them).
    shard_count: int = Field(default=0, ge=0, le=10_000)
    shard_ids: list[Annotated[int, Field(ge=0)]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shards_exist(self) -> DiscordSettings:
        if self.shard_ids and not self.shard_count:
            raise ValueError("shard_ids needs shard_count (the number of shards)")
        if any(shard >= self.shard_count for shard in self.shard_ids):
            raise ValueError(f"each of shard_ids must be below shard_count ({self.shard_count})")
        return self


class MatrixSettings(BaseModel):
    model_config = _MODEL_CONFIG

    homeserver: Annotated[str, AfterValidator(_homeserver)] = ""
    user_id: MatrixUserId = ""
    access_token: str = Field(default="", repr=False)
    password: str = Field(default="", repr=False)
    device_name: Annotated[str, AfterValidator(_non_blank)] = "workshop-bot"
    facilitator_power_level: int = Field(default=50, ge=0, le=100)
    facilitator_user_ids: list[MatrixUserId] = Field(default_factory=list)
    allowed_inviters: list[MatrixUserId] = Field(default_factory=list)
    # One staff room for every workshop's alerts (the bot must be in it); empty: the
    # bot makes a private staff room for each workshop room at `!start`.
    staff_room: Annotated[str, AfterValidator(_matrix_room_id)] = ""


class Settings(BaseModel):
    model_config = _MODEL_CONFIG

    bot: BotSettings = Field(default_factory=BotSettings)
    workshop: WorkshopSettings = Field(default_factory=WorkshopSettings)
    breakout: BreakoutSettings = Field(default_factory=BreakoutSettings)
    drift: DriftSettings = Field(default_factory=DriftSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    series: SeriesSettings = Field(default_factory=SeriesSettings)
    notes: NotesSettings = Field(default_factory=NotesSettings)
    console: ConsoleSettings = Field(default_factory=ConsoleSettings)
    discord: DiscordSettings = Field(default_factory=DiscordSettings)
    matrix: MatrixSettings = Field(default_factory=MatrixSettings)

    @property
    def database_url(self) -> str:
        return self.bot.database_url

    @model_validator(mode="after")
    def _adapter_has_credentials(self) -> Settings:
        # Fail at start-up rather than when the adapter first tries to log in.
        problems: list[tuple[str, str]] = []
        if self.bot.adapter == "discord" and not self.discord.token:
            needs = _missing("a bot token", "discord.token", "WORKSHOP_BOT_DISCORD_TOKEN")
            problems.append(("discord.token", needs))
        if self.bot.adapter == "matrix":
            problems.extend(_matrix_problems(self.matrix))
        if problems:
            raise _Problems(problems)
        return self


def _missing(what: str, key: str, env_var: str | None = None) -> str:
    where = f"set {key} in the config file"
    if env_var:
        where += f" or the {env_var} environment variable"
    return f"the chosen adapter needs {what}; {where}."


def _matrix_problems(matrix: MatrixSettings) -> list[tuple[str, str]]:
    problems = []
    if not matrix.homeserver:
        needs = _missing("the homeserver address", "matrix.homeserver")
        problems.append(("matrix.homeserver", needs))
    if not matrix.user_id:
        problems.append(("matrix.user_id", _missing("the bot's user ID", "matrix.user_id")))
    if not (matrix.access_token or matrix.password):
        problems.append(
            (
                "matrix.access_token",
                "the chosen adapter needs an access token or a password; set matrix.access_token "
                "(or WORKSHOP_BOT_MATRIX_ACCESS_TOKEN) or matrix.password "
                "(or WORKSHOP_BOT_MATRIX_PASSWORD).",
            )
        )
    return problems


# --- loading ---


def load_config(path: Path | None, env: Mapping[str, str] | None = None) -> Settings:
    """Read settings from `path` (or ./workshop-bot.toml if present) plus env secrets."""
    env = os.environ if env is None else env
    if path is None:
        path = DEFAULT_CONFIG_PATH if DEFAULT_CONFIG_PATH.is_file() else None
    text = _read_text(path) if path is not None else ""
    data = _parse_toml(path, text) if path is not None else {}
    _apply_env(data, env)
    label = str(path) if path is not None else "built-in defaults"
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        lines = []
        for loc, problem in _explain(exc):
            line = _line_of(text, loc)
            lines.append(f"{label}, line {line}: {problem}" if line else f"{label}: {problem}")
        raise ConfigError("\n".join(lines)) from None


# Deeper than any setting needs; tomllib recurses once per level and would otherwise
# stop with a RecursionError on a file of a few thousand "[".
MAX_TOML_DEPTH = 20


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: the configuration file does not exist.") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the file is not valid UTF-8 text.") from None
    except OSError as exc:
        raise ConfigError(f"{path}: the file cannot be read ({exc.strerror}).") from None


def _parse_toml(path: Path, text: str) -> dict[str, Any]:
    if _nesting_depth(text) > MAX_TOML_DEPTH:
        raise ConfigError(f"{path}: {_too_deep()}")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {_toml_error_text(exc)}") from None
    except RecursionError:  # the depth check missed a way of nesting
        raise ConfigError(f"{path}: {_too_deep()}") from None


def _too_deep() -> str:
    return (
        f"lists or tables are nested more than {MAX_TOML_DEPTH} deep here;"
        " no setting needs that. Check the brackets."
    )


def _nesting_depth(text: str) -> int:
    """How deep [ and { nest, outside strings and comments (a quick scan, so a hostile
    file is refused before the TOML reader recurses into it)."""
    depth = deepest = 0
    i, end = 0, len(text)
    while i < end:
        ch = text[i]
        if ch == "#":
            newline = text.find("\n", i)
            i = end if newline < 0 else newline
        elif text.startswith(('"""', "'''"), i):
            i = _after_multiline_string(text, i)
        elif ch in "\"'":
            i = _after_string(text, i)
        else:
            if ch in "[{":
                depth += 1
                deepest = max(deepest, depth)
            elif ch in "]}":
                depth = max(0, depth - 1)
            i += 1
    return deepest


def _after_string(text: str, start: int) -> int:
    quote, i = text[start], start + 1
    while i < len(text) and text[i] not in (quote, "\n"):
        i += 2 if quote == '"' and text[i] == "\\" else 1
    return i + 1


def _after_multiline_string(text: str, start: int) -> int:
    quotes = text[start : start + 3]
    i = start + 3
    while True:
        found = text.find(quotes, i)
        if found < 0:
            return len(text)  # unterminated: the TOML reader says so
        backslashes = len(text[i:found]) - len(text[i:found].rstrip("\\"))
        if quotes == '"""' and backslashes % 2:
            i = found + 1
            continue
        return found + 3


_TABLE_HEADER = re.compile(r"\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_ARRAY_TABLE_HEADER = re.compile(r"\s*\[\[")
_KEY_LINE = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """The line of the TOML file a pydantic error location points at: the key's own
    line, or the [section] heading for a whole section; None if it is not in the file
    (say, a default, or a value from the environment)."""
    names = [part for part in loc if isinstance(part, str)]
    if not names:
        return None
    section: str | None = None  # None: above the first [section]
    for number, line in enumerate(text.splitlines(), start=1):
        if _ARRAY_TABLE_HEADER.match(line):
            section = "[["
            continue
        header = _TABLE_HEADER.match(line)
        if header:
            section = ".".join(_bare_key(part) for part in header[1].split("."))
            if len(names) == 1 and section == names[0]:
                return number
            continue
        key = _KEY_LINE.match(line)
        if not key:
            continue
        name = _bare_key(key[1])
        if section is None and name == names[0]:
            return number
        if section == names[0] and len(names) > 1 and name == names[1]:
            return number
    return None


def _bare_key(key: str) -> str:
    key = key.strip()
    return key[1:-1] if len(key) >= 2 and key[0] == key[-1] and key[0] in "\"'" else key


def _toml_error_text(exc: tomllib.TOMLDecodeError) -> str:
    # Python 3.11's TOMLDecodeError has no lineno attribute; the position is in the text.
    text = str(exc)
    match = re.fullmatch(r"(.*) \(at (line \d+, column \d+|end of document)\)", text)
    if not match:
        return f"this is not valid TOML: {text}."
    return f"{match[2]}: this is not valid TOML: {match[1]}."


def _apply_env(data: dict[str, Any], env: Mapping[str, str]) -> None:
    for var, (section, key) in ENV_OVERRIDES.items():
        value = env.get(var)
        if not value:  # unset or empty: keep the file's value
            continue
        table = data.setdefault(section, {})
        if isinstance(table, dict):  # a non-table section is reported by validation
            table[key] = value


# --- turning pydantic errors into plain English ---


def _explain(exc: ValidationError) -> list[tuple[tuple[Any, ...], str]]:
    """Each problem with where it is (pydantic's location: section, key, item)."""
    return [
        (tuple(loc.split(".")) if isinstance(loc, str) else tuple(loc), f"{dotted_key(loc)}: {p}")
        for loc, p in explain_problems(exc, Settings)
    ]


def explain_problems(exc: ValidationError, root: type[BaseModel]) -> list[tuple[Any, str]]:
    """Each problem as (where, plain words): where is the dotted key for a problem found
    by a cross-field check, else pydantic's location tuple (so a caller that has the
    file's text, such as bot/plans.py, can find its line). `root` is the model checked."""
    problems: list[tuple[Any, str]] = []
    for error in exc.errors(include_url=False):
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, _Problems):
            problems.extend(cause.problems)
        else:
            problems.append((error["loc"], _explain_one(error, cause, root)))
    return problems


def dotted_key(loc: Any) -> str:
    """A location from `explain_problems` as people read it: "agenda, item 2.minutes"."""
    return loc if isinstance(loc, str) else _dotted(loc)


def _explain_one(error: Any, cause: object, root: type[BaseModel]) -> str:
    loc = error["loc"]
    # Never echo secrets back into logs or terminals.
    got = "." if loc and loc[-1] in SECRET_KEYS else f", got {_render(error['input'])}."
    if error["type"] == "extra_forbidden":
        return _unknown_key(loc) if root is Settings else _unknown_field(loc, root)
    if error["type"] == "missing":
        return "this is needed, but it is missing."
    if isinstance(cause, ValueError):
        return f"{cause}{got}"
    return f"expected {_describe(_annotation_at(loc, root))}{got}"


def _unknown_field(loc: tuple[Any, ...], root: type[BaseModel]) -> str:
    """An unknown key in any model other than Settings (whose sections get more help)."""
    parent = _unwrap(_annotation_at(loc[:-1], root)[0]) if loc[:-1] else root
    if get_origin(parent) is list:
        parent = _unwrap(get_args(parent)[0])
    known = parent.model_fields
    close = difflib.get_close_matches(str(loc[-1]), list(known), n=1)
    hint = f' Did you mean "{close[0]}"?' if close else ""
    return f"this is not a known setting here. Known settings are: {', '.join(known)}.{hint}"


def _dotted(loc: tuple[Any, ...]) -> str:
    names = ".".join(_key_text(part) for part in loc if isinstance(part, str))
    items = [part for part in loc if isinstance(part, int)]
    return f"{names}, item {items[0] + 1}" if items else names


def _key_text(key: str) -> str:
    # Quote odd keys the TOML way so empty or control-character keys stay visible.
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _unknown_key(loc: tuple[Any, ...]) -> str:
    if len(loc) == 1:
        home = _home_section(loc[0])
        if home:  # usually written above the first [section] heading
            return f"this setting is outside any section; put it under [{home}]."
        return (
            f"this section is not known. Known sections are: "
            f"{', '.join(Settings.model_fields)}.{_hint(loc[0], Settings.model_fields)}"
        )
    section = loc[0]
    known = _section_model(section).model_fields
    return (
        f"this setting is not known. Known settings in [{section}] are: "
        f"{', '.join(known)}.{_hint(loc[-1], known)}"
    )


def _hint(name: str, known: Mapping[str, Any]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    if close:
        return f' Did you mean "{close[0]}"?'
    home = _home_section(name)
    return f" {_key_text(name)} belongs in [{home}]." if home else ""


def _home_section(name: str) -> str | None:
    homes = [s for s in Settings.model_fields if name in _section_model(s).model_fields]
    return homes[0] if homes else None


def _section_model(section: str) -> type[BaseModel]:
    return Settings.model_fields[section].annotation  # type: ignore[return-value]


def _annotation_at(
    loc: tuple[Any, ...], root: type[BaseModel] = BaseModel
) -> tuple[Any, list[Any]]:
    """The type expected at `loc` (inside `root`, Settings unless named) and its
    constraint metadata (ge/le)."""
    annotation: Any = Settings if root is BaseModel else root
    metadata: list[Any] = []
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            annotation, metadata = get_args(annotation)[0], []
        else:
            field = annotation.model_fields[part]
            annotation, metadata = field.annotation, field.metadata
    return annotation, metadata


def _unwrap(annotation: Any) -> Any:
    return get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation


def _describe(expected: tuple[Any, list[Any]]) -> str:
    annotation, metadata = expected
    annotation = _unwrap(annotation)
    if get_origin(annotation) is Literal:
        return "one of " + ", ".join(json.dumps(value) for value in get_args(annotation))
    if get_origin(annotation) is list:
        item = _unwrap(get_args(annotation)[0])
        if isinstance(item, type) and issubclass(item, BaseModel):
            return "a list of tables (each starting with a [[...]] line)"
        if item is int:
            return "a list of whole numbers, like [123, 456]"
        return 'a list of texts in double quotes, like ["a", "b"]'
    if annotation is int:
        low = next((m.ge for m in metadata if hasattr(m, "ge")), None)
        high = next((m.le for m in metadata if hasattr(m, "le")), None)
        return f"a whole number from {low} to {high}" if low is not None else "a whole number"
    if annotation is str:
        return "text in double quotes"
    return "a section of settings (a TOML table)"


def _escaped(text: str) -> str:
    """`text` with every control, format or line-separator character written as
    \\uXXXX: json.dumps leaves U+0085, U+2028 and the like as they are, and a message
    must stay one line per problem (and show the person what they cannot see)."""
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c)[0] == "C" or c in "\u2028\u2029" else c
        for c in text
    )


def _render(value: Any) -> str:
    """Show a value the way it would look in TOML, shortened if long."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        return "a list of tables"
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = _escaped(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, list):
        text = "[" + ", ".join(_render(item) for item in value) + "]"
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."
