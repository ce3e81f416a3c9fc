"""Every command people can type, in one table: the single source of the words.

Each entry gives a command word, its other spellings, what it makes in the core
(so facilitation/permissions.py says who may use it: roles are never restated
here), how it is typed (the usage the parser quotes back), its lines for `!help`
and its Discord slash command (a description and typed options).

From this table come the parser's dispatch table (facilitation/parser.py), the
`!help` text for each role and topic (`help_text` below), and the slash commands
(adapters/discord/commands.py). A test checks docs/commands.md against it.

The order of the table is the order of `!help`: within each part of the help
(everyone, staff, the lead facilitator) lines come in table order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from facilitation import commands as cmd
from facilitation import words
from facilitation.ladder import RUNGS as LADDER_RUNGS
from facilitation.permissions import Who, who_may_kind

# --- slash-command options -------------------------------------------------


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
# Turns option values into the words after the command, for commands whose typed
# form is not simply "WORD WORD | label: value".
Render = Callable[[str, Values], str]


def shown(value: object) -> str:
    """An option value as it would be typed."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


def _cofac(prefix: str, values: Values) -> str:
    name = shown(values.get("name") or "")
    return f"remove {name}" if values.get("remove") else name


def _owned(prefix: str, values: Values) -> str:
    owner = shown(values.get("owner") or "")
    what = shown(values.get("what") or "")
    due = shown(values.get("due") or "")
    text = f"{owner}: {what}" if owner else what
    return f"{text} due {due}" if due else text


def _progress(prefix: str, values: Values) -> str:
    number = values.get("number")
    text = shown(values.get("what") or "")
    if values.get("done"):
        return f"{number} done: {text}" if text else f"{number} done"
    return f"{number} {text}".rstrip()


def _export(prefix: str, values: Values) -> str:
    fmt = str(values.get("format") or "md")
    return f"{fmt} names" if values.get("names") else fmt


def _relabel(prefix: str, values: Values) -> str:
    which = values.get("number") or shown(values.get("link") or "")
    label = str(values.get("label") or "")
    topic = shown(values.get("words") or "")
    head = f"{which} {label}" if which else label
    return f"{head} {topic}".rstrip()


def _concern(prefix: str, values: Values) -> str:
    name = shown(values.get("name") or "")
    note = shown(values.get("note") or "")
    return f"{name}: {note}" if note else name


def _poll(prefix: str, values: Values) -> str:
    if values.get("close"):
        return "close"
    if not shown(values.get("question") or "") and not shown(values.get("answers") or ""):
        return ""  # just /poll: the votes so far, privately
    text = f"{shown(values.get('question') or '')} | {shown(values.get('answers') or '')}"
    dots = values.get("dots")
    return f"{text} | dots: {dots}" if dots else text


def _share(prefix: str, values: Values) -> str:
    return f"{shown(values.get('title') or '')} | {shown(values.get('link') or '')}"


def _text(name: str, description: str, **more: Any) -> Option:
    return Option(name, description, **more)


def _needed(name: str, description: str, **more: Any) -> Option:
    return Option(name, description, required=True, **more)


def _person(description: str) -> Option:
    return Option("name", description, required=True, people=True)


def _part(name: str, description: str, label: str = "", **more: Any) -> Option:
    return Option(name, description, place=Place.PART, label=label or name, **more)


LENGTH = "How long: 20m, 90s, 1m 30s, or a number of minutes"
SETTINGS = ("scope", "agenda", "cannot-change", "rules", "complaints", "out-of-scope")
LABEL_WORDS = tuple(label.replace("_", "-") for label in cmd.LABELS)
ON_OFF = ("on", "off")

# --- the table -------------------------------------------------------------


@dataclass(frozen=True)
class Help:
    """One line of `!help`; "{p}" stands for the command prefix.

    The line is shown to whoever may run `makes` (by default its entry's command)."""

    text: str
    makes: type[cmd.Command] | None = None


@dataclass(frozen=True)
class Entry:
    word: str
    makes: type[cmd.Command]  # what the plain command makes in the core
    usage: str  # how it is typed, quoted back when it is typed wrong
    help: tuple[Help, ...] = ()  # () when another entry's line covers it
    slash: str = ""  # the slash command's description
    options: tuple[Option, ...] = ()
    render: Render | None = None
    aliases: tuple[str, ...] = ()
    notes_kind: str = ""  # for AddMinutesItem: which kind of note

    @property
    def who(self) -> Who:
        return who_may_kind(self.makes, self.notes_kind)

    def who_sees(self, line: Help) -> Who:
        return self.who if line.makes is None else who_may_kind(line.makes)


def _notes(word: str, kind: str, usage: str, slash: str, option: Option, *help: Help) -> Entry:
    return Entry(word, cmd.AddMinutesItem, usage, help, slash, (option,), notes_kind=kind)


VOCABULARY: tuple[Entry, ...] = (
    # --- the queue
    Entry(
        "hand",
        cmd.RaiseHand,
        "hand",
        (
            Help(
                "{p}hand or {p}raise - ask to speak (or react with ✋, the raised hand,"
                " where your chat allows it)"
            ),
        ),
        "Raise your hand to speak (the same as ✋ on the queue message)",
        aliases=("raise",),
    ),
    Entry(
        "lower",
        cmd.LowerHand,
        "lower",
        (Help("{p}lower - take your hand down"),),
        "Take your hand down",
    ),
    Entry(
        "pass",
        cmd.Pass,
        "pass",
        (Help("{p}pass - give up your turn or your place in the queue"),),
        "Give up your turn or your place in the queue",
    ),
    Entry(
        "done",
        cmd.FinishTurn,
        "done",
        (Help("{p}done - say you have finished speaking"),),
        "You have finished speaking; the floor opens again",
    ),
    Entry(
        "queue",
        cmd.ShowQueue,
        "queue",
        (Help("{p}queue - see who is waiting to speak"),),
        "Show the queue to you privately",
    ),
    Entry(
        "next",
        cmd.CallNext,
        "next",
        (Help("{p}next - call the next person in the queue"),),
        "Call the next person in the queue",
    ),
    Entry(
        "call",
        cmd.CallPerson,
        "call NAME",
        (Help("{p}call NAME - call someone out of order"),),
        "Call someone out of order",
        (_person("Who to call"),),
    ),
    Entry(
        "remove",
        cmd.RemoveFromQueue,
        "remove NAME",
        (Help("{p}remove NAME - take someone's hand down"),),
        "Take someone's hand down",
        (_person("Whose hand"),),
    ),
    Entry(
        "lowerall",
        cmd.LowerAllHands,
        "lowerall",
        (Help("{p}lowerall - take every hand down"),),
        "Take every hand down",
    ),
    # --- notes
    _notes(
        "idea",
        "idea",
        "idea TEXT",
        "Note an idea",
        _needed("text", "The idea"),
        Help("{p}idea TEXT - add an idea to the notes"),
    ),
    _notes(
        "info",
        "info",
        "info TEXT",
        "Note a piece of information",
        _needed("text", "The information"),
        Help("{p}info TEXT - add a piece of information to the notes"),
    ),
    Entry(
        "park",
        cmd.AddMinutesItem,
        "park WHAT (or: park NAME: WHAT)",
        (
            Help(
                "{p}park TEXT - park a point to come back to later"
                " ({p}park NAME: TEXT says who has it)"
            ),
        ),
        "Park a point to come back to later",
        (
            # Discord lists required options first; a parked point needs no owner.
            _needed("what", "The point"),
            _text("owner", "Who has the point, if anyone", people=True),
        ),
        render=_owned,
        notes_kind="parking",
    ),
    _notes(
        "topic",
        "topic",
        "topic TEXT",
        "Start a new topic in the notes",
        _needed("text", "The topic"),
        Help("{p}topic TEXT, {p}agreed TEXT - note a topic or a decision"),
    ),
    _notes(
        "agreed", "agreed", "agreed TEXT", "Note a decision", _needed("text", "What was agreed")
    ),
    Entry(
        "action",
        cmd.AddMinutesItem,
        "action NAME: WHAT due YYYY-MM-DD",
        (Help("{p}action NAME: TEXT due YYYY-MM-DD - note an action, who owns it and when"),),
        "Note an action with its owner and an optional due date",
        (
            _needed(
                "owner", "Who will do it (a person here, or words like Housing team)", people=True
            ),
            _needed("what", "What they will do"),
            _text("due", "When it is due, as YYYY-MM-DD"),
        ),
        render=_owned,
        notes_kind="action",
    ),
    Entry(
        "progress",
        cmd.RecordProgress,
        "progress N WHAT HAPPENED (or: progress N done: WHAT HAPPENED)",
        (
            Help(
                "{p}progress N TEXT - record what happened on action N;"
                " {p}progress N done: TEXT - close it"
            ),
        ),
        "Record what happened on an action",
        (
            _needed("number", "The action's item number", kind=Kind.NUMBER, low=1, high=999_999),
            _text("what", "What happened"),
            _text("done", "Close the action", kind=Kind.YES_NO),
        ),
        render=_progress,
    ),
    # --- small groups, for everyone
    Entry(
        "quiet",
        cmd.ChooseQuiet,
        "quiet (or: quiet off)",
        (
            Help(
                "{p}quiet - stay in the main room during small groups; {p}quiet off - join a group"
            ),
        ),
        "Stay in the main room next time there are small groups (or off: join again)",
        (_text("state", "on (the default) or off", choices=ON_OFF),),
    ),
    Entry(
        "join",
        cmd.JoinRoom,
        "join ROOM NAME",
        (Help("{p}join ROOM - choose your small-group room, when the facilitator lets you"),),
        "Choose your small group's room",
        (_needed("room", "The room's name"),),
    ),
    Entry(
        "report",
        cmd.RecordReport,
        "report WHAT YOUR GROUP SAYS",
        (Help("{p}report TEXT - save what your small group wants to tell everyone"),),
        "Save what your group wants to tell everyone",
        (_needed("text", "Your group's report"),),
    ),
    Entry(
        "helpme",
        cmd.AskForHelp,
        "helpme",
        (Help("{p}helpme - ask a facilitator to come to your small-group room"),),
        "Ask a facilitator to come to your room",
    ),
    Entry(
        "broadcast",
        cmd.Broadcast,
        "broadcast TEXT",
        (Help("{p}broadcast TEXT - send a message to every small-group room"),),
        "Post a message in every room and the main channel",
        (_needed("text", "The message"),),
    ),
    # --- you, and the human routes
    Entry(
        "optout",
        cmd.SetConsent,
        "optout",
        (Help("{p}optout - stop your messages being kept; {p}optin - start again"),),
        "Your messages are no longer kept; only that you spoke",
    ),
    Entry("optin", cmd.SetConsent, "optin", (), "Your messages are kept again"),
    Entry(
        "complaint",
        cmd.AskComplaintRoute,
        "complaint",
        (Help("{p}complaint - get the complaints route for your own care or support, privately"),),
        "Get the complaints route for your own care, privately",
    ),
    Entry(
        "route",
        cmd.SendRoute,
        "route NAME",
        (Help("{p}route NAME - send someone the complaints route privately"),),
        "Send someone the complaints route privately",
        (_person("Who"),),
    ),
    Entry(
        "concern",
        cmd.RecordConcern,
        "concern NAME: NOTE",
        (
            Help(
                "{p}concern NAME: NOTE - record a safeguarding concern privately"
                " (facilitators and audit only)"
            ),
        ),
        "Record a safeguarding concern privately (facilitators and audit only)",
        (_person("Who it is about"), _text("note", "What you noticed (facilitators see it)")),
        render=_concern,
    ),
    Entry(
        "forgetme",
        cmd.AskToForget,
        "forgetme (then: forgetme confirm)",
        (
            Help(
                "{p}forgetme - delete what you wrote here and hide your name (asks you to confirm)"
            ),
        ),
        "Erase what you wrote here and your name (asks you to confirm first)",
        (_text("confirm", "Type confirm to erase now", choices=("confirm",)),),
    ),
    Entry(
        "status",
        cmd.ShowStatus,
        "status",
        (Help("{p}status - what this workshop is about and what is happening"),),
        "Privately: the workshop, who speaks, and whether you are recorded",
    ),
    Entry(
        "help",
        cmd.ShowHelp,
        "help",
        (Help("{p}help - this list"),),
        "Privately: the commands you can use",
        (_text("topic", "A topic"),),
    ),
    Entry(
        "relabel",
        cmd.CorrectLabel,
        "relabel [MESSAGE NUMBER OR LINK] on-scope|off-scope|complaint|safeguarding|chatter"
        " [NEW TOPIC WORDS]",
        (
            Help(
                "{p}relabel N LABEL - fix how the bot took a message. N is the number in an"
                " alert, or a link to the message. Leave out N for the last one it acted on"
                " here. LABEL is one of on-scope, off-scope, complaint, safeguarding or"
                " chatter."
            ),
        ),
        "Correct how the bot treated a message (by its number, or the last one here)",
        (
            _needed("label", "What that message really was", choices=LABEL_WORDS),
            _text(
                "number", "The message's number from an alert", kind=Kind.NUMBER, low=1, high=10**9
            ),
            _text("link", "Or the message's link (Copy Message Link)"),
            _text("words", "Topic words to learn, separated by commas"),
        ),
        render=_relabel,
    ),
    # --- the agenda, polls, materials, quiet voices
    Entry(
        "agenda",
        cmd.ShowAgenda,
        "agenda (or: agenda next, agenda extend 5m)",
        (
            Help("{p}agenda - see the agenda and how long is left"),
            Help("{p}agenda next - go on to the next item", cmd.NextAgendaItem),
            Help("{p}agenda extend 5m - give this item more time", cmd.ExtendAgendaItem),
        ),
        "Show the agenda; staff can move on or give the item more time",
        (
            _text("action", "Staff only: move on, or give more time", choices=("next", "extend")),
            _text("length", "With extend: " + LENGTH),
        ),
    ),
    Entry(
        "vote",
        cmd.CastVote,
        "vote 2",
        (Help("{p}vote 2 - vote for answer 2 in the poll that is open (votes are secret)"),),
        "Vote in the open poll: the number of your answer (votes are secret)",
        (_needed("number", "Your answer's number; with several votes, like 1 1 3"),),
    ),
    Entry(
        "poll",
        cmd.OpenPoll,
        "poll QUESTION | ANSWER; ANSWER (or: poll close)",
        (Help("{p}poll QUESTION | A; B; C - ask a poll ({p}poll close shows the result)"),),
        "Ask a poll with numbered answers, see its votes so far, or close it",
        (
            _text("question", "The question of a new poll"),
            _text("answers", "Its answers, separated by ;"),
            _text("dots", "Votes each (dot-voting), 1 to 10", kind=Kind.NUMBER, low=1, high=10),
            _text("close", "Close the open poll and show the result", kind=Kind.YES_NO),
        ),
        render=_poll,
    ),
    Entry(
        "share",
        cmd.ShareMaterial,
        "share TITLE | LINK",
        (Help("{p}share TITLE | LINK - share a web link with everyone"),),
        "Share a web link with everyone, such as slides or a leaflet",
        (_needed("title", "What it is"), _needed("link", "The web link (https://...)")),
        render=_share,
    ),
    Entry(
        "nudge",
        cmd.SetNudge,
        "nudge on|off",
        (
            Help(
                "{p}nudge on|off - gently ask quiet people, in private, if they want to add"
                " anything"
            ),
        ),
        "Gently ask quiet people, in private, if they want to add anything",
        (_needed("setting", "On or off", choices=ON_OFF),),
    ),
    Entry(
        "balance",
        cmd.ShowBalance,
        "balance",
        (Help("{p}balance - see who has not spoken yet, and how much each person took part"),),
        "Privately: who has not spoken yet, and how much each took part",
    ),
    # --- running the workshop
    Entry(
        "start",
        cmd.StartWorkshop,
        "start TITLE | scope: WHAT IT IS FOR | complaints: HOW TO COMPLAIN",
        (
            Help(
                "{p}start TITLE | scope: ... | agenda: A; B | cannot change: ... | rules: A; B"
                " | complaints: ... | order: arrival or fair | series: NAME - start a workshop."
                " Use series: to link it to earlier sessions with that name."
            ),
            Help(
                "{p}start plan: NAME - start from a plan the bot keeps (see the guide)",
                cmd.StartFromPlan,
            ),
        ),
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
    ),
    # `start plan: NAME` as a word of its own, so Discord has a slash command with one
    # box (/start's title and scope stay required there).
    Entry(
        "startplan",
        cmd.StartFromPlan,
        "startplan NAME",
        (Help("{p}startplan NAME - the same as {p}start plan: NAME"),),
        "Start a workshop from a plan the bot keeps",
        (_needed("plan", "The plan's name, as in the bot's plans folder"),),
    ),
    Entry(
        "set",
        cmd.ChangeSetting,
        "set scope|agenda|cannot-change|rules|complaints|out-of-scope NEW TEXT",
        (Help("{p}set scope|agenda|cannot-change|rules|complaints TEXT - change a setting"),),
        "Change a setting of the workshop and tell everyone",
        (
            _needed("setting", "Which setting", choices=SETTINGS),
            _needed("text", "The new text (lists separated by ;)"),
        ),
    ),
    Entry(
        "order",
        cmd.SetQueueOrder,
        "order arrival|fair",
        (Help("{p}order arrival|fair - how the queue is ordered"),),
        "Choose the queue order",
        (
            _needed(
                "order",
                "arrival: as hands go up; fair: who has not spoken goes first",
                choices=cmd.QUEUE_ORDERS,
            ),
        ),
    ),
    Entry(
        "timebox",
        cmd.SetTimebox,
        "timebox 2m|90s|off",
        (Help("{p}timebox 2m|90s|off - limit speaking time"),),
        "Limit each speaker's time",
        (_needed("length", "2m, 90s, 1m 30s, a number of minutes, or off"),),
    ),
    Entry(
        "floor",
        cmd.SetFloorControl,
        "floor on|off",
        (Help("{p}floor on|off - mute everyone except the speaker and facilitators"),),
        "Floor control: while someone speaks only they and the facilitators can write",
        (_needed("state", "on or off", choices=ON_OFF),),
    ),
    Entry(
        "cofac",
        cmd.AddCoFacilitator,
        "cofac NAME (or: cofac remove NAME)",
        (Help("{p}cofac NAME, {p}cofac remove NAME - add or remove a co-facilitator"),),
        "Add or remove a co-facilitator",
        (
            _person("The person"),
            _text("remove", "Remove them instead of adding them", kind=Kind.YES_NO),
        ),
        render=_cofac,
    ),
    Entry(
        "breakout",
        cmd.OpenBreakout,
        "breakout 20m | groups: 3",
        (
            Help(
                "{p}breakout 20m | groups: 3 - split into small groups"
                " (see the guide for more options)"
            ),
        ),
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
    ),
    Entry(
        "extend",
        cmd.ExtendBreakout,
        "extend 5m",
        (Help("{p}extend 5m - give the small groups more time; {p}regroup - bring them back now"),),
        "Give every room more time",
        (_needed("length", LENGTH),),
    ),
    Entry("regroup", cmd.Regroup, "regroup", (), "Bring everyone back now"),
    Entry(
        "drift",
        cmd.SetDrift,
        "drift pause|resume|low|normal|high",
        (Help("{p}drift pause|resume|low|normal|high - reminders to stay on the topic"),),
        "Reminders to stay on the topic: pause, resume, or how soon they come",
        (_needed("setting", "What to do", choices=("pause", "resume", *cmd.SENSITIVITIES)),),
    ),
    Entry(
        "end",
        cmd.EndWorkshop,
        "end",
        (Help("{p}end - end the workshop"),),
        "End the workshop in this channel",
    ),
    Entry(
        "export",
        cmd.ExportNotes,
        "export md|html|docx|csv|json|all [names]",
        (
            Help(
                "{p}export md|html|docx|csv|json|all - get the notes as files."
                " Add names to show real names, for staff only."
            ),
        ),
        "Get this channel's notes privately as a file",
        (
            _text(
                "format",
                "The file format (default md; all: one file of each)",
                choices=(*cmd.EXPORT_FORMATS, cmd.EXPORT_ALL),
            ),
            _text("names", "Show people's names instead of Participant 1, 2 ...", kind=Kind.YES_NO),
        ),
        render=_export,
    ),
)

BY_WORD: dict[str, Entry] = {entry.word: entry for entry in VOCABULARY}
ALIASES: dict[str, str] = {alias: entry.word for entry in VOCABULARY for alias in entry.aliases}


def all_words() -> tuple[str, ...]:
    """Every word the parser knows, each alias right after its command."""
    return tuple(word for entry in VOCABULARY for word in (entry.word, *entry.aliases))


def usage_of(word: str) -> str:
    """How `word` is typed; an alias is typed like its command, with its own word."""
    entry = BY_WORD[ALIASES.get(word, word)]
    return word + entry.usage.removeprefix(entry.word)


# --- !help -----------------------------------------------------------------

# Which part of the help a line goes in, by who may run what it describes.
_PART_OF: dict[Who, str] = {
    Who.EVERYONE: "everyone",
    Who.SPEAKER_OR_STAFF: "everyone",
    Who.STAFF: "staff",
    Who.FACILITATOR: "lead",
    Who.PLATFORM_FACILITATOR: "lead",
}


def help_lines(p: str) -> dict[str, list[str]]:
    """The help lines for each part ("everyone", "staff", "lead"), in table order."""
    parts: dict[str, list[str]] = {"everyone": [], "staff": [], "lead": []}
    for entry in VOCABULARY:
        for line in entry.help:
            parts[_PART_OF[entry.who_sees(line)]].append(line.text.replace("{p}", p))
    return parts


def help_text(p: str, role: str, topic: str = "") -> str:
    """`!help` for someone with this role in the workshop, or about one command."""
    parts = help_lines(p)
    return words.help_text(p, role, topic, parts["everyone"], parts["staff"], parts["lead"])


def is_staff_only(entry: Entry) -> bool:
    """Only facilitators and co-facilitators may use it (so never from a DM)."""
    return entry.who in (Who.STAFF, Who.FACILITATOR, Who.PLATFORM_FACILITATOR)
