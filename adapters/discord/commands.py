"""The slash commands: one per command word, each turned back into the text the
console would type, so every platform shares one parser.

`/breakout length:20m groups:3` becomes "!breakout 20m | groups: 3". This module
is plain Python; `slash.py` makes discord.py app commands from the table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from facilitation import commands as cmd
from facilitation.ladder import RUNGS as LADDER_RUNGS


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"  # a whole number
    YES_NO = "yes/no"


class Place(StrEnum):
    WORD = "word"  # after the command word, separated by a space
    PART = "part"  # "| label: value"


@dataclass(frozen=True)
class Option:
    name: str
    description: str
    required: bool = False
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()
    place: Place = Place.WORD
    label: str = ""  # for PART: the label before the colon (default: the name)
    people: bool = False  # offer the names of the people here as you type
    low: int | None = None  # for NUMBER
    high: int | None = None


Values = Mapping[str, object]


@dataclass(frozen=True)
class SlashCommand:
    word: str
    description: str
    options: tuple[Option, ...] = ()
    staff: bool = False  # facilitators (and co-facilitators) only: never from a DM
    render: Callable[[str, Values], str] | None = None  # a text of its own shape

    def text(self, prefix: str, values: Values) -> str:
        """The typed command these option values stand for."""
        if self.render is not None:
            return f"{prefix}{self.word} {self.render(prefix, values)}".rstrip()
        words = [f"{prefix}{self.word}"]
        parts = []
        for option in self.options:
            value = values.get(option.name)
            if value is None or value == "":
                continue
            shown = _shown(value)
            if option.place is Place.PART:
                parts.append(f"{option.label or option.name}: {shown}")
            else:
                words.append(shown)
        return " | ".join([" ".join(words), *parts])

    @property
    def option_names(self) -> tuple[str, ...]:
        return tuple(o.name for o in self.options)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


def _cofac(prefix: str, values: Values) -> str:
    name = _shown(values.get("name") or "")
    return f"remove {name}" if values.get("remove") else name


def _owned(prefix: str, values: Values) -> str:
    owner = _shown(values.get("owner") or "")
    what = _shown(values.get("what") or "")
    due = _shown(values.get("due") or "")
    text = f"{owner}: {what}" if owner else what
    return f"{text} due {due}" if due else text


def _progress(prefix: str, values: Values) -> str:
    number = values.get("number")
    text = _shown(values.get("what") or "")
    if values.get("done"):
        return f"{number} done: {text}" if text else f"{number} done"
    return f"{number} {text}".rstrip()


def _export(prefix: str, values: Values) -> str:
    fmt = str(values.get("format") or "md")
    return f"{fmt} names" if values.get("names") else fmt


def _relabel(prefix: str, values: Values) -> str:
    which = values.get("number") or _shown(values.get("link") or "")
    label = str(values.get("label") or "")
    topic = _shown(values.get("words") or "")
    head = f"{which} {label}" if which else label
    return f"{head} {topic}".rstrip()


def _concern(prefix: str, values: Values) -> str:
    name = _shown(values.get("name") or "")
    note = _shown(values.get("note") or "")
    return f"{name}: {note}" if note else name


def _poll(prefix: str, values: Values) -> str:
    if values.get("close"):
        return "close"
    if not values.get("question") and not values.get("answers"):
        return ""  # just /poll: the votes so far, privately
    text = f"{_shown(values.get('question') or '')} | {_shown(values.get('answers') or '')}"
    dots = values.get("dots")
    return f"{text} | dots: {dots}" if dots else text


def _share(prefix: str, values: Values) -> str:
    return f"{_shown(values.get('title') or '')} | {_shown(values.get('link') or '')}"


def _text(name: str, description: str, **more) -> Option:
    return Option(name, description, **more)


def _needed(name: str, description: str, **more) -> Option:
    return Option(name, description, required=True, **more)


def _person(description: str) -> Option:
    return Option("name", description, required=True, people=True)


def _part(name: str, description: str, label: str = "", **more) -> Option:
    return Option(name, description, place=Place.PART, label=label or name, **more)


LENGTH = "How long: 20m, 90s, 1m 30s, or a number of minutes"
SETTINGS = ("scope", "agenda", "cannot-change", "rules", "complaints", "out-of-scope")
LABEL_WORDS = tuple(label.replace("_", "-") for label in cmd.LABELS)

SLASH_COMMANDS: tuple[SlashCommand, ...] = (
    # --- running the workshop
    SlashCommand(
        "start",
        "Start a workshop in this channel and set the scene",
        (
            _needed("title", "The workshop's title"),
            _part("scope", "What the workshop is for (needed)", required=True),
            _part("complaints", "How to complain (needed unless the bot's settings give one)"),
            _part("agenda", "The agenda, items separated by ;"),
            _part("cannot_change", "What this workshop cannot change", label="cannot change"),
            _part("rules", "Ground rules, separated by ; (default: the bot's settings)"),
            _part(
                "out_of_scope",
                "Topics this workshop will not cover, separated by ;",
                label="out of scope",
            ),
            _part("order", "Queue order", choices=cmd.QUEUE_ORDERS),
            _part("series", "The name of a series this session belongs to"),
            _part("ladder", "How much say people have today", choices=LADDER_RUNGS),
        ),
        staff=True,
    ),
    SlashCommand("end", "End the workshop in this channel", staff=True),
    SlashCommand(
        "set",
        "Change a setting of the workshop and tell everyone",
        (
            _needed("setting", "Which setting", choices=SETTINGS),
            _needed("text", "The new text (lists separated by ;)"),
        ),
        staff=True,
    ),
    SlashCommand(
        "cofac",
        "Add or remove a co-facilitator",
        (
            _person("The person"),
            _text("remove", "Remove them instead of adding them", kind=Kind.YES_NO),
        ),
        staff=True,
        render=_cofac,
    ),
    SlashCommand(
        "order",
        "Choose the queue order",
        (
            _needed(
                "order",
                "arrival: as hands go up; fair: who has not spoken goes first",
                choices=cmd.QUEUE_ORDERS,
            ),
        ),
        staff=True,
    ),
    SlashCommand(
        "timebox",
        "Limit each speaker's time",
        (_needed("length", "2m, 90s, 1m 30s, a number of minutes, or off"),),
        staff=True,
    ),
    SlashCommand(
        "floor",
        "Floor control: while someone speaks only they and the facilitators can write",
        (_needed("state", "on or off", choices=("on", "off")),),
        staff=True,
    ),
    # --- the queue
    SlashCommand("hand", "Raise your hand to speak (the same as ✋ on the queue message)"),
    SlashCommand("lower", "Take your hand down"),
    SlashCommand("pass", "Give up your turn or your place in the queue"),
    SlashCommand("done", "You have finished speaking; the floor opens again"),
    SlashCommand("queue", "Show the queue to you privately"),
    SlashCommand("next", "Call the next person in the queue", staff=True),
    SlashCommand("call", "Call someone out of order", (_person("Who to call"),), staff=True),
    SlashCommand("remove", "Take someone's hand down", (_person("Whose hand"),), staff=True),
    SlashCommand("lowerall", "Take every hand down", staff=True),
    # --- notes
    SlashCommand(
        "topic", "Start a new topic in the notes", (_needed("text", "The topic"),), staff=True
    ),
    SlashCommand("info", "Note a piece of information", (_needed("text", "The information"),)),
    SlashCommand("idea", "Note an idea", (_needed("text", "The idea"),)),
    SlashCommand("agreed", "Note a decision", (_needed("text", "What was agreed"),), staff=True),
    SlashCommand(
        "action",
        "Note an action with its owner and an optional due date",
        (
            _needed(
                "owner", "Who will do it (a person here, or words like Housing team)", people=True
            ),
            _needed("what", "What they will do"),
            _text("due", "When it is due, as YYYY-MM-DD"),
        ),
        staff=True,
        render=_owned,
    ),
    SlashCommand(
        "park",
        "Park a point to come back to later",
        (
            # Discord lists required options first; a parked point needs no owner.
            _needed("what", "The point"),
            _text("owner", "Who has the point, if anyone", people=True),
        ),
        render=_owned,
    ),
    SlashCommand(
        "progress",
        "Record what happened on an action",
        (
            _needed("number", "The action's item number", kind=Kind.NUMBER, low=1, high=999_999),
            _text("what", "What happened"),
            _text("done", "Close the action", kind=Kind.YES_NO),
        ),
        staff=True,
        render=_progress,
    ),
    SlashCommand(
        "export",
        "Get this channel's notes privately as a file",
        (
            _text(
                "format",
                "The file format (default md; all: one file of each)",
                choices=(*cmd.EXPORT_FORMATS, cmd.EXPORT_ALL),
            ),
            _text("names", "Show people's names instead of Participant 1, 2 ...", kind=Kind.YES_NO),
        ),
        staff=True,
        render=_export,
    ),
    # --- you
    SlashCommand("optout", "Your messages are no longer kept; only that you spoke"),
    SlashCommand("optin", "Your messages are kept again"),
    SlashCommand(
        "forgetme",
        "Erase what you wrote here and your name (asks you to confirm first)",
        (_text("confirm", "Type confirm to erase now", choices=("confirm",)),),
    ),
    SlashCommand("status", "Privately: the workshop, who speaks, and whether you are recorded"),
    SlashCommand("help", "Privately: the commands you can use", (_text("topic", "A topic"),)),
    # --- small groups
    SlashCommand(
        "breakout",
        "Announce small groups; the rooms open after the notice",
        (
            _needed("length", LENGTH),
            _part("groups", "How many rooms", kind=Kind.NUMBER, low=1, high=50),
            _part(
                "size", "How many people at most in each room", kind=Kind.NUMBER, low=1, high=100
            ),
            _part("names", "Room names, separated by ;"),
            _part("assign", "How people are placed", choices=("random", "self", "reuse")),
            _part("manual", "Who goes where: Kitchen = alice, bob; Garden = carol"),
            _part("together", "Keep pairs together: alice + bob; carol + dev"),
            _part("apart", "Keep pairs apart: alice + bob"),
            _part("max", "At most this many people in a room", kind=Kind.NUMBER, low=1, high=100),
            _part(
                "seed",
                "Makes a random assignment repeatable",
                kind=Kind.NUMBER,
                low=0,
                high=999_999,
            ),
            _part("notice", "Time before the rooms open (0, or at least 20s)"),
            _part("reminders", "Reminders before the end, like 5m, 1m (or none)"),
            _part("grace", "Time between time-up and coming back (at least 20s)"),
        ),
        staff=True,
    ),
    SlashCommand("join", "Choose your small group's room", (_needed("room", "The room's name"),)),
    SlashCommand(
        "quiet",
        "Stay in the main room next time there are small groups (or off: join again)",
        (_text("state", "on (the default) or off", choices=("on", "off")),),
    ),
    SlashCommand("extend", "Give every room more time", (_needed("length", LENGTH),), staff=True),
    SlashCommand("regroup", "Bring everyone back now", staff=True),
    SlashCommand(
        "broadcast",
        "Post a message in every room and the main channel",
        (_needed("text", "The message"),),
        staff=True,
    ),
    SlashCommand("helpme", "Ask a facilitator to come to your room"),
    SlashCommand(
        "report",
        "Save what your group wants to tell everyone",
        (_needed("text", "Your group's report"),),
    ),
    # --- staying on the topic
    SlashCommand(
        "drift",
        "Reminders to stay on the topic: pause, resume, or how soon they come",
        (_needed("setting", "What to do", choices=("pause", "resume", *cmd.SENSITIVITIES)),),
        staff=True,
    ),
    SlashCommand(
        "relabel",
        "Correct how the bot treated a message (by its number, or the last one here)",
        (
            _needed("label", "What that message really was", choices=LABEL_WORDS),
            _text(
                "number", "The message's number from an alert", kind=Kind.NUMBER, low=1, high=10**9
            ),
            _text("link", "Or the message's link (Copy Message Link)"),
            _text("words", "Topic words to learn, separated by commas"),
        ),
        staff=True,
        render=_relabel,
    ),
    # --- the agenda, polls, materials, quiet voices (issue 18)
    SlashCommand(
        "agenda",
        "Show the agenda; staff can move on or give the item more time",
        (
            _text("action", "Staff only: move on, or give more time", choices=("next", "extend")),
            _text("length", "With extend: " + LENGTH),
        ),
    ),
    SlashCommand(
        "poll",
        "Ask a poll with numbered answers, see its votes so far, or close it",
        (
            _text("question", "The question of a new poll"),
            _text("answers", "Its answers, separated by ;"),
            _text("dots", "Votes each (dot-voting), 1 to 10", kind=Kind.NUMBER, low=1, high=10),
            _text("close", "Close the open poll and show the result", kind=Kind.YES_NO),
        ),
        staff=True,
        render=_poll,
    ),
    SlashCommand(
        "vote",
        "Vote in the open poll: the number of your answer (votes are secret)",
        (_needed("number", "Your answer's number; with several votes, like 1 1 3"),),
    ),
    SlashCommand(
        "share",
        "Share a web link with everyone, such as slides or a leaflet",
        (_needed("title", "What it is"), _needed("link", "The web link (https://...)")),
        staff=True,
        render=_share,
    ),
    SlashCommand(
        "nudge",
        "Gently ask quiet people, in private, if they want to add anything",
        (_needed("setting", "On or off", choices=("on", "off")),),
        staff=True,
    ),
    SlashCommand(
        "balance", "Privately: who has not spoken yet, and how much each took part", staff=True
    ),
    # --- human routes (issue 20)
    SlashCommand("complaint", "Get the complaints route for your own care, privately"),
    SlashCommand(
        "route", "Send someone the complaints route privately", (_person("Who"),), staff=True
    ),
    SlashCommand(
        "concern",
        "Record a safeguarding concern privately (facilitators and audit only)",
        (_person("Who it is about"), _text("note", "What you noticed (facilitators see it)")),
        staff=True,
        render=_concern,
    ),
)

BY_NAME: dict[str, SlashCommand] = {c.word: c for c in SLASH_COMMANDS}
# Typed words with no slash command of their own: "raise" is "hand"; a groups
# file ("csv:") can only be named at the console.
NOT_SLASH = frozenset({"raise"})


@dataclass
class Used:
    """A slash command as used: its spec and the option values given."""

    spec: SlashCommand
    values: dict[str, object] = field(default_factory=dict)

    def text(self, prefix: str) -> str:
        return self.spec.text(prefix, self.values)
