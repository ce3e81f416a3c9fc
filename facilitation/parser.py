"""Turn typed text into commands: the same words on every platform.

A slash command's option values (Discord) become the same commands with the same
value readers (`command_from_options`), with no text put together to be read back.

`!hand`, `!next`, `!action Sam: send the leaflet due 2026-12-05` and so on.
Text that does not start with the prefix is an ordinary message (`Say`).
A malformed command raises `ParseError` with one plain sentence.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, TypedDict

from facilitation import commands as cmd
from facilitation import ladder, vocabulary, words
from facilitation.records import quick_init
from facilitation.state import LIST_SETTINGS
from facilitation.text import clean_text
from facilitation.vocabulary import Place, Values, shown


class ParseError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CommandDefaults:
    """Values commands take from configuration when they do not say."""

    ground_rules: tuple[str, ...] = ()
    complaints_route: str = ""
    queue_order: str = "arrival"
    breakout_notice: int = 30
    breakout_reminders: tuple[int, ...] = (300, 60)
    breakout_grace: int = 60
    drift_sensitivity: str = "normal"
    drift_cooldown: int = 300
    safeguarding_contact: str = ""


@dataclass(frozen=True)
class _Envelope:
    actor: cmd.Actor
    room: str
    source_id: str
    prefix: str
    defaults: CommandDefaults
    attachment: str = ""  # a link to a file sent with the message (adapters make it)

    def fields(self) -> _Where:
        return {"actor": self.actor, "room": self.room, "source_id": self.source_id}


quick_init(_Envelope)  # made for every message typed (facilitation/records.py)


class _Where(TypedDict):
    """Who asked, where, and the message's id: the fields every command has."""

    actor: cmd.Actor
    room: str
    source_id: str


def parse(
    text: str,
    *,
    actor: cmd.Actor,
    room: str,
    source_id: str,
    prefix: str = "!",
    defaults: CommandDefaults = CommandDefaults(),
    attachment: str = "",
) -> cmd.Command | None:
    """The command `text` asks for; None for a blank message. `attachment` is a web
    link to a file sent with the message: `!share TITLE` with no link shares it."""
    envelope = _Envelope(actor, room, source_id, prefix, defaults, attachment)
    stripped = text.strip()
    if not stripped:
        return None
    if not stripped.startswith(prefix):
        return cmd.Say(**envelope.fields(), text=text)
    word, _, rest = stripped[len(prefix) :].partition(" ")
    word = word.strip().casefold()
    if not word:
        _refuse_a_stray_prefix(prefix, rest)
    if not word or not word[0].isalpha():
        return cmd.Say(**envelope.fields(), text=text)
    entry = _COMMANDS.get(word)
    if entry is None:
        close = difflib.get_close_matches(word, COMMAND_WORDS, n=1, cutoff=0.7)
        raise ParseError(words.unknown_command(prefix, word, close[0] if close else ""))
    build, usage = entry
    return with_defaults(build(envelope, rest.strip(), usage), defaults)


def command_from_options(
    word: str,
    values: Values,
    *,
    actor: cmd.Actor,
    room: str,
    source_id: str,
    prefix: str = "!",
    defaults: CommandDefaults | None = None,
) -> cmd.Command:
    """The command a slash command makes from its option values (Discord), with no
    text built to be read back. Each value is read by the same value reader as in the
    typed `!word ...` (`_OPTION_READERS`, or the word's own reader for a command with
    at most one option), so the command and any `ParseError` are the same as typed,
    except where the options say more than text can (tests/test_parser_options.py).
    Without `defaults` what the person left out that the settings give stays in
    `unsaid`, for the bus to fill (`with_defaults`) as it does for typed text."""
    entry = _COMMANDS.get(word.casefold())
    if entry is None:
        raise ParseError(words.unknown_command(prefix, word, ""))
    build, usage = entry
    envelope = _Envelope(actor, room, source_id, prefix, defaults or CommandDefaults())
    word = vocabulary.ALIASES.get(word.casefold(), word.casefold())
    by_options = _OPTION_READERS.get(word)
    if by_options is not None:
        command = by_options(envelope, values, usage)
    else:  # at most one option: its value is all that follows the word
        options = vocabulary.BY_WORD[word].options
        command = build(envelope, _text_of(values, options[0].name) if options else "", usage)
    return command if defaults is None else with_defaults(command, defaults)


# A command field filled from the settings -> its name in CommandDefaults.
_DEFAULT_NAMES = {
    "notice": "breakout_notice",
    "reminder_offsets": "breakout_reminders",
    "grace": "breakout_grace",
}


def with_defaults(command: cmd.Command, defaults: CommandDefaults) -> cmd.Command:
    """`command` with what the person left out (`unsaid`) taken from the settings."""
    if not isinstance(command, (cmd.StartWorkshop, cmd.OpenBreakout)) or not command.unsaid:
        return command
    filled = {name: getattr(defaults, _DEFAULT_NAMES.get(name, name)) for name in command.unsaid}
    return replace(command, **filled, unsaid=())


def _refuse_a_stray_prefix(prefix: str, rest: str) -> None:
    """A lone "!" or "! hand" looks like a command gone wrong, not chat: say how to type it.
    "! that is great" is left as chat."""
    after = rest.split()
    if not after:
        raise ParseError(words.lone_prefix(prefix))
    if after[0].casefold() in _COMMANDS:
        raise ParseError(words.space_after_prefix(prefix, after[0].casefold()))


Builder = Callable[[_Envelope, str, str], cmd.Command]


# Each builder fills fields by name, so the command class is taken as any callable.
CommandMaker = Callable[..., cmd.Command]


def _fixed(kind: CommandMaker, **values: object) -> Builder:
    return lambda env, rest, usage: kind(**env.fields(), **values)


def _optional_text(kind: CommandMaker, field: str) -> Builder:
    return lambda env, rest, usage: kind(**env.fields(), **{field: rest})


def _needs_text(kind: CommandMaker, field: str) -> Builder:
    def build(env: _Envelope, rest: str, usage: str) -> cmd.Command:
        if not rest:
            raise ParseError(words.missing_argument(env.prefix, usage))
        return kind(**env.fields(), **{field: rest})

    return build


def _choice(kind: CommandMaker, field: str, choices: dict[str, object]) -> Builder:
    def build(env: _Envelope, rest: str, usage: str) -> cmd.Command:
        value = choices.get(rest.casefold())
        if value is None:
            raise ParseError(words.bad_choice(env.prefix, usage, list(choices)))
        return kind(**env.fields(), **{field: value})

    return build


# The words people may use for each setting, after dropping spaces, "-" and "_".
_SETTING_WORDS = {
    "scope": "scope",
    "agenda": "agenda",
    "cannotchange": "cannot_change",
    "fixed": "cannot_change",
    "rules": "ground_rules",
    "groundrules": "ground_rules",
    "complaints": "complaints_route",
    "complaintsroute": "complaints_route",
    "outofscope": "out_of_scope",
    "offtopic": "out_of_scope",
}
_SETTING_CHOICES = ("scope", "agenda", "cannot-change", "rules", "complaints", "out-of-scope")


def _setting_named(label: str) -> str | None:
    return _SETTING_WORDS.get(re.sub(r"[\s_-]", "", label.casefold()))


def _items(text: str) -> tuple[str, ...]:
    """The non-empty items of a list written with ";" between them."""
    return tuple(part.strip() for part in text.split(";") if part.strip())


def _setting_values(setting: str, text: str) -> tuple[str, ...]:
    """Lists (agenda, rules) are separated by ";"; other settings are one text."""
    if setting in LIST_SETTINGS:
        return _items(text)
    return (text.strip(),) if text.strip() else ()


# A plan's name: letters, digits, spaces, "-" and "_" only, so it can never be a path.
_PLAN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _-]{0,63}")


def is_plan_name(name: str) -> bool:
    """Whether `name` can be typed as a plan's name (bot/plans.py lists only these)."""
    return bool(_PLAN_NAME.fullmatch(name))


def _start_from_plan(env: _Envelope, rest: str) -> cmd.Command | None:
    """`start plan: NAME` (and nothing else), or None for the long `start` line."""
    label, colon, name = rest.partition(":")
    if not colon or label.strip().casefold() != "plan" or "|" in name:
        return None
    return _plan_named(env, name)


def _plan_named(env: _Envelope, name: str) -> cmd.Command:
    """The start from the plan NAME (`start plan: NAME`, `startplan NAME`, /startplan)."""
    name = " ".join(name.split())
    if not is_plan_name(name):
        raise ParseError(words.bad_plan_name(env.prefix))
    return cmd.StartFromPlan(**env.fields(), plan=name)


def _startplan(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    if not rest:
        raise ParseError(words.missing_argument(env.prefix, usage))
    return _plan_named(env, rest)


def _start(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    from_plan = _start_from_plan(env, rest)
    if from_plan is not None:
        return from_plan
    title, *parts = (part.strip() for part in rest.split("|"))
    return _start_with(env, title, map(_labelled, parts))


def _labelled(part: str) -> tuple[str, str | None]:
    """ "label: value" -> (label, value); a part with no colon has no value (None)."""
    label, colon, value = part.partition(":")
    return label, value if colon else None


# Always from the settings: nobody types these when starting.
_START_FROM_SETTINGS = ("drift_sensitivity", "drift_cooldown", "safeguarding_contact")


def _start_with(
    env: _Envelope, title: str, parts: Iterable[tuple[str, str | None]]
) -> cmd.StartWorkshop:
    """A start from its title and its (label, value) parts, typed or given as options."""
    if not title:
        raise ParseError(words.need_title(env.prefix))
    given: dict[str, str] = {}
    chosen: dict[str, str] = {}  # queue order, series and ladder rung
    for label, value in parts:
        key = label.strip().casefold()
        if value is not None and key == "order":
            chosen["queue_order"] = value.strip().casefold()
        elif value is not None and key == "series":
            chosen["series"] = " ".join(value.split())
        elif value is not None and key == "ladder":
            chosen["ladder"] = _ladder_rung(env, value)
        elif value is None or _setting_named(label) is None:
            raise ParseError(words.unknown_start_part(env.prefix, label.strip()))
        else:
            given[str(_setting_named(label))] = value.strip()
    if chosen.get("queue_order", env.defaults.queue_order) not in cmd.QUEUE_ORDERS:
        raise ParseError(
            words.bad_choice(env.prefix, "start TITLE | order: fair", cmd.QUEUE_ORDERS)
        )
    said = {*given, *chosen}
    unsaid = [f for f in ("ground_rules", "complaints_route", "queue_order") if f not in said]
    agenda, agenda_minutes = _timed_agenda(env, _setting_values("agenda", given.get("agenda", "")))
    return cmd.StartWorkshop(
        **env.fields(),
        title=title,
        scope=given.get("scope", ""),
        agenda=agenda,
        agenda_minutes=agenda_minutes,
        cannot_change=given.get("cannot_change", ""),
        out_of_scope=_setting_values("out_of_scope", given.get("out_of_scope", "")),
        # What is not said here is filled from the settings (`unsaid`, `with_defaults`).
        ground_rules=_setting_values("ground_rules", given.get("ground_rules", "")),
        complaints_route=given.get("complaints_route", ""),
        queue_order=chosen.get("queue_order", env.defaults.queue_order),
        series=chosen.get("series", ""),
        ladder=chosen.get("ladder", ""),
        unsaid=(*unsaid, *_START_FROM_SETTINGS),
    )


# "Booking (15m)": an agenda item with its time, in brackets at the end.
_ITEM_TIME = re.compile(r"^(?P<item>.*?)\s*\((?P<time>[^()]*)\)\s*$", re.DOTALL)


def _timed_agenda(
    env: _Envelope, items: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Items and their minutes when every item ends with a time in brackets, like
    "Welcome (5m); Booking (15m)"; the items as typed, untimed, when none does."""
    # A time needs its unit: "Budget (2024)" is an item, not 2024 minutes.
    found = [m for m in map(_ITEM_TIME.match, items) if m and re.search("[a-z]", m["time"], re.I)]
    timed = [(m["item"], seconds) for m in found if m["item"] and (seconds := _minutes_of(m))]
    if not timed:
        return items, ()
    if len(timed) != len(items) or any(seconds % 60 for _, seconds in timed):
        raise ParseError(words.agenda_times_all_or_none(env.prefix))
    return tuple(item for item, _ in timed), tuple(seconds // 60 for _, seconds in timed)


def _minutes_of(item: re.Match[str]) -> int:
    """The seconds an agenda item's bracketed time gives; 0 if it is unclear."""
    return parse_duration(item["time"]) or 0


def _ladder_rung(env: _Envelope, value: str) -> str:
    rung = ladder.rung_named(value)
    if rung is None:
        close = ladder.closest_rung(value)
        raise ParseError(words.unknown_ladder_rung(env.prefix, value.strip(), close, ladder.RUNGS))
    return rung


def _set(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    name, _, value = rest.partition(" ")
    return _setting_change(env, name, value, usage)


def _setting_change(env: _Envelope, name: str, value: str, usage: str) -> cmd.Command:
    setting = _setting_named(name)
    if setting is None:
        raise ParseError(words.bad_choice(env.prefix, usage, _SETTING_CHOICES))
    values = _setting_values(setting, value)
    if not values:
        raise ParseError(words.missing_argument(env.prefix, usage))
    return cmd.ChangeSetting(**env.fields(), setting=setting, values=values)


def _cofac(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    first, _, name = rest.partition(" ")
    if first.casefold() == "remove":
        return _cofac_of(env, name.strip(), True, usage)
    return _cofac_of(env, rest, False, usage)


def _cofac_of(env: _Envelope, name: str, remove: bool, usage: str) -> cmd.Command:
    if not name:
        raise ParseError(words.missing_argument(env.prefix, usage))
    if remove:
        return cmd.RemoveCoFacilitator(**env.fields(), name=name)
    return cmd.AddCoFacilitator(**env.fields(), name=name)


# Plain ASCII digits only: str.isdigit() and \d also accept "²", which int() refuses.
_TIMEBOX = re.compile(
    r"^(?:(?P<m>[0-9]{1,4})\s*m(?:in(?:ute)?s?)?)?\s*(?:(?P<s>[0-9]{1,5})\s*s(?:ec(?:ond)?s?)?)?$"
)


def parse_duration(text: str) -> int | None:
    """Seconds in "2m", "90s", "1m 30s" or a bare number of minutes; None if unclear."""
    text = text.strip().casefold()
    if re.fullmatch(r"[0-9]{1,4}", text):
        return int(text) * 60
    match = _TIMEBOX.match(text)
    if not text or not match or not (match["m"] or match["s"]):
        return None
    return int(match["m"] or 0) * 60 + int(match["s"] or 0)


def _timebox(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    if rest.casefold() in ("off", "none", "0"):
        return cmd.SetTimebox(**env.fields(), seconds=0)
    seconds = parse_duration(rest)
    if seconds is None:
        raise ParseError(words.bad_timebox(env.prefix))
    return cmd.SetTimebox(**env.fields(), seconds=seconds)


_DUE = re.compile(r"(?:^|\s)due\s+(?P<due>\S+)\s*$", re.IGNORECASE)


def _minutes(kind: str, takes_owner: bool = False) -> Builder:
    def build(env: _Envelope, rest: str, usage: str) -> cmd.Command:
        if not rest:
            raise ParseError(words.missing_argument(env.prefix, usage))
        owner, due = "", ""
        if takes_owner:
            head, colon, tail = rest.partition(":")
            owner, rest = (head.strip(), tail.strip()) if colon else ("", rest)
            match = _DUE.search(rest)
            if match and kind == "action":
                due, rest = match["due"], rest[: match.start()].strip()
        return cmd.AddMinutesItem(**env.fields(), kind=kind, text=rest, owner=owner, due=due)

    return build


def _owned_note(kind: str) -> Callable[[_Envelope, Values, str], cmd.Command]:
    """`/action` and `/park` from their options: the owner, what and the due date each
    in its own box, taken as given (no ":" or "due" read out of the words)."""

    def build(env: _Envelope, values: Values, usage: str) -> cmd.Command:
        text, owner = _text_of(values, "what"), _text_of(values, "owner")
        due = _text_of(values, "due") if kind == "action" else ""
        if not (text or owner or due):  # as typed: the rest is left to the core
            raise ParseError(words.missing_argument(env.prefix, usage))
        return cmd.AddMinutesItem(**env.fields(), kind=kind, text=text, owner=owner, due=due)

    return build


_ACTION_NUMBER = r"#?(?P<number>[0-9]{1,6})"
_PROGRESS = re.compile(rf"^{_ACTION_NUMBER}(?:\s+(?P<rest>.*))?$", re.DOTALL)
_DONE = re.compile(r"^done(?:\s*:\s*(?P<text>.*))?$", re.IGNORECASE | re.DOTALL)


def _progress(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    """ "3 rang the centres", "3 done: cut to two pages" or "3 done"."""
    if not rest:
        raise ParseError(words.missing_argument(env.prefix, usage))
    match = _PROGRESS.match(rest)
    number = _action_number(env, match["number"] if match else "")
    text = ((match["rest"] if match else "") or "").strip()
    closing = _DONE.match(text)
    if closing:
        text = (closing["text"] or "").strip()
    return cmd.RecordProgress(**env.fields(), number=number, text=text, done=bool(closing))


def _action_number(env: _Envelope, text: str) -> int:
    """An action's item number, as "3" or "#3"."""
    match = re.fullmatch(_ACTION_NUMBER, text.strip())
    if not match:
        raise ParseError(words.bad_action_number(env.prefix))
    return int(match["number"])


# --- breakouts -------------------------------------------------------------


def _seconds(env: _Envelope, text: str, usage: str) -> int:
    seconds = parse_duration(text)
    if seconds is None:
        raise ParseError(words.bad_duration(env.prefix, usage))
    return seconds


def _whole_number(env: _Envelope, text: str, label: str) -> int:
    if not re.fullmatch(r"[0-9]{1,6}", text.strip()):
        raise ParseError(words.bad_number(env.prefix, label))
    return int(text)


def _pairs(env: _Envelope, text: str, label: str) -> tuple[tuple[str, str], ...]:
    """ "alice + bob; carol + dev" -> (("alice", "bob"), ("carol", "dev"))."""
    pairs = []
    for part in _items(text):
        names = [name.strip() for name in part.split("+")]
        if len(names) != 2 or not all(names):
            raise ParseError(words.bad_pair(env.prefix, label))
        pairs.append((names[0], names[1]))
    return tuple(pairs)


def _manual(env: _Envelope, text: str) -> tuple[tuple[str, str], ...]:
    """ "Kitchen = alice, bob; Garden = carol" -> (person, room) pairs."""
    placed = []
    for part in _items(text):
        room, equals, people = part.partition("=")
        names = [name.strip() for name in people.split(",") if name.strip()]
        if not equals or not room.strip() or not names:
            raise ParseError(words.bad_manual(env.prefix))
        placed += [(name, room.strip()) for name in names]
    return tuple(placed)


def _breakout(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    length, *parts = (part.strip() for part in rest.split("|"))
    return _breakout_with(env, length, map(_labelled, parts), usage)


def _breakout_with(
    env: _Envelope, length: str, parts: Iterable[tuple[str, str | None]], usage: str
) -> cmd.OpenBreakout:
    """A breakout from its length and its (label, value) parts, typed or given as options."""
    if not length:
        raise ParseError(words.missing_argument(env.prefix, usage))
    options: dict[str, Any] = {"duration": _seconds(env, length, usage)}
    for label, value in parts:
        key = re.sub(r"[\s_-]", "", label.casefold())
        if value is None or key not in _BREAKOUT_PARTS:
            raise ParseError(words.unknown_breakout_part(env.prefix, label.strip()))
        options.update(_BREAKOUT_PARTS[key](env, value.strip()))
    options["unsaid"] = tuple(f for f in _DEFAULT_NAMES if f not in options)
    assignment = options.setdefault("assignment", "random")
    if assignment not in cmd.ASSIGNMENTS:
        raise ParseError(
            words.bad_choice(env.prefix, "breakout 20m | assign: random", cmd.ASSIGNMENTS)
        )
    if assignment in ("random", "self") and not (options.get("groups") or options.get("size")):
        raise ParseError(words.need_groups(env.prefix))
    return cmd.OpenBreakout(**env.fields(), **options)


_EXAMPLE = "breakout 20m | groups: 3 | "


def _none(value: str) -> bool:
    return value.strip().casefold() in ("0", "none", "no", "off")


def _reminders(env: _Envelope, value: str) -> tuple[int, ...]:
    parts = [part for part in value.split(",") if part.strip()]
    return tuple(_seconds(env, part, _EXAMPLE + "reminders: 5m, 1m") for part in parts)


def _names_part(env: _Envelope, value: str) -> dict[str, Any]:
    return {"names": _items(value)}


_BREAKOUT_PARTS: dict[str, Callable[[_Envelope, str], dict[str, Any]]] = {
    "groups": lambda env, v: {"groups": _whole_number(env, v, "groups")},
    "size": lambda env, v: {"size": _whole_number(env, v, "size")},
    "names": _names_part,
    "rooms": _names_part,
    "assign": lambda env, v: {"assignment": v.casefold()},
    "manual": lambda env, v: {"assignment": "manual", "manual": _manual(env, v)},
    "csv": lambda env, v: {"assignment": "csv", "csv_source": v},
    "together": lambda env, v: {"together": _pairs(env, v, "together")},
    "apart": lambda env, v: {"apart": _pairs(env, v, "apart")},
    "max": lambda env, v: {"max_per_room": _whole_number(env, v, "max")},
    "seed": lambda env, v: {"seed": _whole_number(env, v, "seed")},
    "notice": lambda env, v: {
        "notice": 0 if _none(v) else _seconds(env, v, _EXAMPLE + "notice: 30s")
    },
    "grace": lambda env, v: {"grace": _seconds(env, v, _EXAMPLE + "grace: 60s")},
    "reminders": lambda env, v: {"reminder_offsets": () if _none(v) else _reminders(env, v)},
}


def _quiet(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    if rest.casefold() not in ("", "on", "off"):
        raise ParseError(words.bad_choice(env.prefix, usage, ("on", "off")))
    return cmd.ChooseQuiet(**env.fields(), quiet=rest.casefold() != "off")


def _export(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    parts = rest.casefold().split()
    return _export_of(env, [p for p in parts if p != "names"], "names" in parts, usage)


def _export_of(env: _Envelope, formats: list[str], names: bool, usage: str) -> cmd.Command:
    formats = formats or ["md"]
    choices = (*cmd.EXPORT_FORMATS, cmd.EXPORT_ALL)
    if len(formats) != 1 or formats[0] not in choices:
        raise ParseError(words.bad_choice(env.prefix, usage, choices))
    return cmd.ExportNotes(**env.fields(), format=formats[0], names=names)


def _drift(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    word = rest.casefold()
    if word in ("pause", "off"):
        return cmd.SetDrift(**env.fields(), paused=True)
    if word in ("resume", "on"):
        return cmd.SetDrift(**env.fields(), paused=False)
    if word in cmd.SENSITIVITIES:
        return cmd.SetDrift(**env.fields(), sensitivity=word)
    raise ParseError(words.bad_choice(env.prefix, usage, ("pause", "resume", *cmd.SENSITIVITIES)))


def _relabel(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    # "relabel 12 on-scope" corrects message 12 (the number an alert gives); without a
    # number, the last message the bot acted on in this room.
    # "relabel LINK on-scope" corrects the message a Discord or Matrix link points to.
    first, _, after = rest.partition(" ")
    number = int(first) if first.isdigit() and len(first) <= 6 else None
    link = first if number is None and _looks_like_link(first) else None
    if number is not None or link is not None:
        rest = after.strip()
    label, _, terms = rest.partition(" ")
    return _correction(env, label, terms, number, link, usage)


def _correction(
    env: _Envelope, label: str, terms: str, number: int | None, link: str | None, usage: str
) -> cmd.Command:
    label = label.casefold().replace("-", "_")
    if label not in cmd.LABELS:
        raise ParseError(
            words.bad_choice(env.prefix, usage, [lbl.replace("_", "-") for lbl in cmd.LABELS])
        )
    listed = tuple(t.strip() for t in terms.split(",") if t.strip())
    return cmd.CorrectLabel(**env.fields(), label=label, terms=listed, number=number, link=link)


def _looks_like_link(word: str) -> bool:
    """A message link or id as the platforms show them (https://..., $event, a snowflake)."""
    return word.startswith(("http://", "https://", "$")) or (word.isdigit() and len(word) > 6)


def _concern(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    # "concern NAME: NOTE": names may hold spaces, so the note follows a colon.
    name, _, note = rest.partition(":")
    return _concern_of(env, name.strip(), note.strip(), usage)


def _concern_of(env: _Envelope, name: str, note: str, usage: str) -> cmd.Command:
    if not name:
        raise ParseError(words.missing_argument(env.prefix, usage))
    return cmd.RecordConcern(**env.fields(), name=name, note=note)


def _forget(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    word = rest.casefold()
    if not word:
        return cmd.AskToForget(**env.fields())
    if word == "confirm":
        return cmd.ForgetMe(**env.fields())
    if word.startswith("confirm"):
        raise ParseError(words.forget_only_yourself(env.prefix))
    raise ParseError(words.bad_choice(env.prefix, usage, ("confirm",)))


def _agenda(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    """`agenda` shows it; `agenda next` moves on; `agenda extend 5m` gives more time."""
    word, _, length = rest.partition(" ")
    return _agenda_of(env, word.casefold(), length, usage)


def _agenda_of(env: _Envelope, word: str, length: str, usage: str) -> cmd.Command:
    if not word:
        return cmd.ShowAgenda(**env.fields())
    if word == "next" and not length.strip():
        return cmd.NextAgendaItem(**env.fields())
    if word == "extend":
        if not length.strip():
            raise ParseError(words.missing_argument(env.prefix, "agenda extend 5m"))
        return cmd.ExtendAgendaItem(
            **env.fields(), seconds=_seconds(env, length, "agenda extend 5m")
        )
    raise ParseError(words.bad_choice(env.prefix, usage, ("next", "extend 5m")))


def _poll(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    """`poll close`, or `poll Question | A; B; C` with an optional `| dots: 3`."""
    if rest.casefold() == "close":
        return cmd.ClosePoll(**env.fields())
    if not rest:
        return cmd.ShowPoll(**env.fields())
    question, *parts = (part.strip() for part in rest.split("|"))
    dots = None
    if parts and re.fullmatch(r"dots\s*:.*", parts[-1], re.IGNORECASE | re.DOTALL):
        dots = parts.pop().partition(":")[2]
    return _new_poll(env, question, parts[0] if len(parts) == 1 else "", dots)


def _new_poll(env: _Envelope, question: str, answers: str, dots: str | None) -> cmd.Command:
    """A poll from its question, its answers (separated by ";") and its dots, if said."""
    votes = 1 if dots is None else _whole_number(env, dots, "dots")
    options = _items(answers)
    if not question or len(options) < 2:
        raise ParseError(words.poll_needs_options(env.prefix, 10))
    return cmd.OpenPoll(**env.fields(), question=question, options=options, dots=votes)


def _vote(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    if rest.strip().casefold() == "none":  # takes every vote back, as taking reactions off
        return cmd.CastVote(**env.fields(), choices=())
    numbers = rest.replace(",", " ").split()
    if not numbers or not all(re.fullmatch(r"[0-9]{1,3}", n) for n in numbers):
        raise ParseError(words.vote_needs_numbers(env.prefix))
    return cmd.CastVote(**env.fields(), choices=tuple(int(n) for n in numbers))


def _share(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    title, bar, link = rest.rpartition("|")
    if not bar and rest and env.attachment:  # `!share TITLE` with a file attached
        return cmd.ShareMaterial(**env.fields(), title=rest, link=env.attachment.strip())
    if not bar and rest:
        raise ParseError(words.share_needs_link_or_file(env.prefix))
    return _share_of(env, title.strip() if bar else "", link.strip())


def _share_of(env: _Envelope, title: str, link: str) -> cmd.Command:
    if not title or not link:
        raise ParseError(words.share_needs_title_and_link(env.prefix))
    return cmd.ShareMaterial(**env.fields(), title=title, link=link)


def _extend(env: _Envelope, rest: str, usage: str) -> cmd.Command:
    if not rest:
        raise ParseError(words.missing_argument(env.prefix, usage))
    return cmd.ExtendBreakout(**env.fields(), seconds=_seconds(env, rest, usage))


# --- slash commands' options ---------------------------------------------------
# A slash command with several options, or options that are not simply the words
# after the command, is read here from its values. Each value goes to the same value
# reader as in the typed text; only what the text had to find by punctuation ("|",
# ":", "remove", "done:") comes from the option it was given in.

OptionsBuilder = Callable[[_Envelope, Values, str], cmd.Command]


def _text_of(values: Values, name: str) -> str:
    """An option's value as it would be typed ("" if not given)."""
    value = values.get(name)
    return "" if value is None or value == "" else clean_text(shown(value)).strip()


def _parts_of(word: str, values: Values) -> list[tuple[str, str | None]]:
    """The `| label: value` options given, in the vocabulary's order."""
    return [
        (option.label or option.name, _text_of(values, option.name))
        for option in vocabulary.BY_WORD[word].options
        if option.place is Place.PART and _text_of(values, option.name)
    ]


def _start_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    return _start_with(env, _text_of(values, "title"), _parts_of("start", values))


def _breakout_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    return _breakout_with(env, _text_of(values, "length"), _parts_of("breakout", values), usage)


def _poll_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    if values.get("close"):
        return cmd.ClosePoll(**env.fields())
    question, answers = _text_of(values, "question"), _text_of(values, "answers")
    if not question and not answers:
        return cmd.ShowPoll(**env.fields())
    return _new_poll(env, question, answers, _text_of(values, "dots") or None)


def _progress_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    # The "what" box is what happened, word for word; closing is the "done" option's
    # (a facilitator typing "done: cut" in "what" wrote those words, not the status).
    return cmd.RecordProgress(
        **env.fields(),
        number=_action_number(env, _text_of(values, "number")),
        text=_text_of(values, "what"),
        done=bool(values.get("done")),
    )


def _share_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    return _share_of(env, _text_of(values, "title"), _text_of(values, "link"))


def _set_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    return _setting_change(env, _text_of(values, "setting"), _text_of(values, "text"), usage)


def _cofac_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    return _cofac_of(env, _text_of(values, "name"), bool(values.get("remove")), usage)


def _export_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    fmt = _text_of(values, "format").casefold()
    return _export_of(env, [fmt] if fmt else [], bool(values.get("names")), usage)


def _relabel_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    # A number, if given, says which message (as typed, where it comes first); else
    # the link, taken as given: the core says plainly if no message has it.
    number = values.get("number")
    which = int(number) if isinstance(number, int) and not isinstance(number, bool) else None
    link = (_text_of(values, "link") or None) if which is None else None
    return _correction(
        env, _text_of(values, "label"), _text_of(values, "words"), which, link, usage
    )


def _concern_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    return _concern_of(env, _text_of(values, "name"), _text_of(values, "note"), usage)


def _agenda_options(env: _Envelope, values: Values, usage: str) -> cmd.Command:
    word, length = _text_of(values, "action"), _text_of(values, "length")
    if not word:  # a length alone is read as it would be typed after the word
        word, _, length = length.partition(" ")
    return _agenda_of(env, word.casefold(), length, usage)


_OPTION_READERS: dict[str, OptionsBuilder] = {
    "start": _start_options,
    "breakout": _breakout_options,
    "poll": _poll_options,
    "action": _owned_note("action"),
    "park": _owned_note("parking"),
    "progress": _progress_options,
    "share": _share_options,
    "set": _set_options,
    "cofac": _cofac_options,
    "export": _export_options,
    "relabel": _relabel_options,
    "concern": _concern_options,
    "agenda": _agenda_options,
}


def _needs_an_options_reader(entry: vocabulary.Entry) -> bool:
    """Options that are not simply the words after the command."""
    return (
        entry.render is not None
        or len(entry.options) > 1
        or any(o.place is not Place.WORD for o in entry.options)
    )


# How each command word is read; which words there are, and how each is typed, come
# from facilitation/vocabulary.py (an alias is read like its command).
_READERS: dict[str, Builder] = {
    "start": _start,
    "startplan": _startplan,
    "end": _fixed(cmd.EndWorkshop),
    "set": _set,
    "cofac": _cofac,
    "hand": _fixed(cmd.RaiseHand),
    "lower": _fixed(cmd.LowerHand),
    "pass": _fixed(cmd.Pass),
    "done": _fixed(cmd.FinishTurn),
    "queue": _fixed(cmd.ShowQueue),
    "next": _fixed(cmd.CallNext),
    "call": _needs_text(cmd.CallPerson, "name"),
    "remove": _needs_text(cmd.RemoveFromQueue, "name"),
    "lowerall": _fixed(cmd.LowerAllHands),
    "order": _choice(cmd.SetQueueOrder, "order", {o: o for o in cmd.QUEUE_ORDERS}),
    "timebox": _timebox,
    "floor": _choice(cmd.SetFloorControl, "on", {"on": True, "off": False}),
    "topic": _minutes("topic"),
    "info": _minutes("info"),
    "idea": _minutes("idea"),
    "agreed": _minutes("agreed"),
    "action": _minutes("action", takes_owner=True),
    "park": _minutes("parking", takes_owner=True),
    "progress": _progress,
    "optout": _fixed(cmd.SetConsent, recorded=False),
    "optin": _fixed(cmd.SetConsent, recorded=True),
    "forgetme": _forget,
    "help": _optional_text(cmd.ShowHelp, "topic"),
    "status": _fixed(cmd.ShowStatus),
    "breakout": _breakout,
    "join": _needs_text(cmd.JoinRoom, "name"),
    "quiet": _quiet,
    "extend": _extend,
    "agenda": _agenda,
    "poll": _poll,
    "vote": _vote,
    "share": _share,
    "nudge": _choice(cmd.SetNudge, "on", {"on": True, "off": False}),
    "balance": _fixed(cmd.ShowBalance),
    "regroup": _fixed(cmd.Regroup),
    "broadcast": _needs_text(cmd.Broadcast, "text"),
    "helpme": _fixed(cmd.AskForHelp),
    "report": _needs_text(cmd.RecordReport, "text"),
    "drift": _drift,
    "export": _export,
    "complaint": _fixed(cmd.AskComplaintRoute),
    "route": _needs_text(cmd.SendRoute, "name"),
    "concern": _concern,
    "relabel": _relabel,
}


def _dispatch_table() -> dict[str, tuple[Builder, str]]:
    """Word -> (reader, usage) for every word in the vocabulary, and nothing else."""
    if set(_READERS) != set(vocabulary.BY_WORD):
        raise RuntimeError(
            "parser.py and vocabulary.py disagree on the commands: "
            f"{sorted(set(_READERS) ^ set(vocabulary.BY_WORD))}"
        )
    by_options = {e.word for e in vocabulary.VOCABULARY if _needs_an_options_reader(e)}
    if by_options != set(_OPTION_READERS):
        raise RuntimeError(
            "these slash commands need a reader of their options in parser.py: "
            f"{sorted(by_options ^ set(_OPTION_READERS))}"
        )
    return {
        word: (_READERS[vocabulary.ALIASES.get(word, word)], vocabulary.usage_of(word))
        for word in vocabulary.all_words()
    }


_COMMANDS = _dispatch_table()
COMMAND_WORDS = tuple(_COMMANDS)
COMMAND_USAGE = {word: usage for word, (_, usage) in _COMMANDS.items()}
