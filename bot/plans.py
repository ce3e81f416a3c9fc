"""Workshop plans: a TOML file a facilitator prepares before the workshop.

A plan holds what `!start` would otherwise take on one long line (title, scope,
what cannot change, ground rules, complaints route, the ladder rung) plus the
agenda with minutes per item and optional material links, planned breakouts
and polls. See docs/plans.md for the format.

The plan is read here, in the shell: the core never reads files. `!start plan:
NAME` reaches the dispatcher as `StartFromPlan`, and `start_command` turns the
plan into the `StartWorkshop` the core decides. NAME is a bare name (the parser
refuses anything else); the file is NAME.toml in `[workshop] plans_folder`, so a
chat user never names a path on the server.

Errors are found with pydantic and worded by bot/config.py's `explain_problems`
(the same plain words as for the settings file), with the line of the file each
problem is on.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, ValidationError, model_validator

from bot.config import MODEL_CONFIG, Problems, dotted_key, explain_problems
from facilitation import commands as cmd
from facilitation import ladder, words
from facilitation.parser import CommandDefaults, is_plan_name
from facilitation.text import clean_text

SUFFIX = ".toml"
MAX_ITEM_MINUTES = 600


class PlanError(Exception):
    """The plan cannot be used; `problems` are plain sentences, one per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _text(value: str) -> str:
    """Words for the workshop, cleaned as typed text is at the door (a plan is read
    after it): TOML's escapes let a file hold any character, a NUL or a bidi override
    among them, which no message or export may (facilitation/text.py)."""
    value = clean_text(value)
    if not value.strip():
        raise ValueError("expected some words, not an empty text")
    return value.strip()


def _link(value: str) -> str:
    if not re.fullmatch(r"https?://\S+", value.strip()):
        raise ValueError("expected a web link starting with https://")
    return value.strip()


def _rung(value: str) -> str:
    rung = ladder.rung_named(value)
    if rung is None:
        close = ladder.closest_rung(value)
        guess = f'did you mean "{close}"? ' if close else ""
        raise ValueError(f"{guess}It should be a step of the ladder ({', '.join(ladder.RUNGS)})")
    return rung


Text = Annotated[str, AfterValidator(_text)]
MaybeText = Annotated[str, AfterValidator(clean_text)]  # may be left empty


def _name(value: str) -> str:
    """A person or room name in a planned breakout: it becomes part of a `!breakout`
    line, so the characters that line uses to separate things are not allowed."""
    value = _text(value)
    if re.search(r"[;,+|=:]", value):
        raise ValueError("expected a name without ; , + | = or :")
    return value


Name = Annotated[str, AfterValidator(_name)]


class Material(BaseModel):
    model_config = MODEL_CONFIG

    title: Text
    link: Annotated[str, AfterValidator(_link)]


class AgendaItem(BaseModel):
    model_config = MODEL_CONFIG

    item: Text
    minutes: int = Field(ge=1, le=MAX_ITEM_MINUTES)
    materials: list[Material] = Field(default_factory=list)


class PlannedBreakout(BaseModel):
    """Small groups during one agenda item (`during_item`, counting from 1)."""

    model_config = MODEL_CONFIG

    during_item: int = Field(ge=1, le=100)
    minutes: int = Field(ge=1, le=180)
    groups: int = Field(default=0, ge=0, le=50)
    size: int = Field(default=0, ge=0, le=50)
    assign: Literal["random", "self", "manual"] = "random"
    together: list[list[Name]] = Field(default_factory=list)
    apart: list[list[Name]] = Field(default_factory=list)
    # Pre-assigned groups for assign = "manual": room name -> the people in it.
    rooms: dict[Name, list[Name]] = Field(default_factory=dict)

    def command_text(self, defaults: CommandDefaults) -> str:
        """The same breakout as the text after `!breakout`, with the settings' notice,
        reminders and grace, for the core to parse when its item starts."""
        parts = [f"{self.minutes}m"]
        if self.assign == "manual":
            rooms = "; ".join(
                f"{room} = {', '.join(people)}" for room, people in self.rooms.items()
            )
            parts.append(f"manual: {rooms}")
        else:
            parts.append(f"groups: {self.groups}" if self.groups else f"size: {self.size}")
            parts.append(f"assign: {self.assign}")
        for label, pairs in (("together", self.together), ("apart", self.apart)):
            if pairs:
                parts.append(f"{label}: " + "; ".join(f"{a} + {b}" for a, b in pairs))
        reminders = ", ".join(f"{s}s" for s in defaults.breakout_reminders) or "none"
        parts += [
            f"notice: {defaults.breakout_notice}s",
            f"reminders: {reminders}",
            f"grace: {defaults.breakout_grace}s",
        ]
        return " | ".join(parts)


class PlannedPoll(BaseModel):
    """A poll opened when its agenda item (`during_item`, counting from 1) starts."""

    model_config = MODEL_CONFIG

    during_item: int = Field(ge=1, le=100)
    question: Text
    options: list[Text] = Field(min_length=2, max_length=10)
    dots: int = Field(default=1, ge=1, le=10)


class Plan(BaseModel):
    model_config = MODEL_CONFIG

    title: Text
    scope: Text
    cannot_change: MaybeText = ""
    out_of_scope: list[Text] = Field(default_factory=list)
    ground_rules: list[Text] = Field(default_factory=list)
    complaints_route: MaybeText = ""
    safeguarding_contact: MaybeText = ""
    ladder: Annotated[str, AfterValidator(_rung)] = ""
    queue_order: Literal["arrival", "fair"] = "arrival"
    series: MaybeText = ""
    agenda: list[AgendaItem] = Field(default_factory=list)
    breakouts: list[PlannedBreakout] = Field(default_factory=list)
    polls: list[PlannedPoll] = Field(default_factory=list)

    @model_validator(mode="after")
    def _breakouts_and_polls_fit_the_agenda(self) -> Plan:
        problems = []
        with_groups: set[int] = set()
        for n, b in enumerate(self.breakouts, 1):
            where = f"breakouts, item {n}"
            if b.during_item in with_groups:
                problems.append((f"{where}.during_item", "this item has small groups already."))
            with_groups.add(b.during_item)
            if b.during_item > len(self.agenda):
                problems.append(
                    (
                        f"{where}.during_item",
                        f"the agenda has {len(self.agenda)} items, so there is no item"
                        f" {b.during_item}.",
                    )
                )
            if b.assign != "manual" and not (b.groups or b.size):
                problems.append((where, "say how many groups (groups = 3) or how big (size = 4)."))
            if b.assign == "manual" and not b.rooms:
                problems.append((f"{where}.rooms", 'assign = "manual" needs the rooms listed.'))
            pairs = [*b.together, *b.apart]
            if any(len(pair) != 2 for pair in pairs):
                problems.append((where, 'together and apart take pairs, like [["Sam", "Al"]].'))
        seen: set[int] = set()
        for n, poll in enumerate(self.polls, 1):
            where = f"polls, item {n}.during_item"
            if poll.during_item > len(self.agenda):
                problems.append(
                    (
                        where,
                        f"the agenda has {len(self.agenda)} items, so there is no item"
                        f" {poll.during_item}.",
                    )
                )
            elif poll.during_item in seen:
                problems.append((where, "one poll at a time: this item has a poll already."))
            seen.add(poll.during_item)
        if problems:
            raise Problems(problems)
        return self

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)


# --- reading -------------------------------------------------------------------------


def read_plan(path: Path) -> Plan:
    """The plan in `path`; PlanError with every problem, each with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanError([f"{path}: there is no such file."]) from None
    except UnicodeDecodeError:
        raise PlanError([f"{path}: the file is not plain text (UTF-8)."]) from None
    except OSError as exc:
        raise PlanError([f"{path}: the file cannot be read ({exc.strerror})."]) from None
    return parse_plan(text, str(path))


def parse_plan(text: str, label: str) -> Plan:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlanError([f"{label}: {_toml_problem(exc)}"]) from None
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        raise PlanError(
            [_located(label, text, loc, problem) for loc, problem in explain_problems(exc, Plan)]
        ) from None


def _toml_problem(exc: tomllib.TOMLDecodeError) -> str:
    # Python 3.11's TOMLDecodeError has no line attribute; the position is in the text.
    match = re.fullmatch(r"(.*) \(at (line \d+, column \d+|end of document)\)", str(exc))
    if not match:
        return f"this is not valid TOML: {exc}."
    return f"{match[2]}: this is not valid TOML: {match[1]}."


def _located(label: str, text: str, loc: Any, problem: str) -> str:
    line = line_of(text, _path_of(loc))
    at = f", line {line}" if line else ""
    return f"{label}{at}: {dotted_key(loc)}: {problem}"


def _path_of(loc: Any) -> tuple[Any, ...]:
    """A location as a tuple, also for the dotted keys cross-field checks give."""
    if not isinstance(loc, str):
        return tuple(loc)
    path: list[Any] = []
    for part in loc.split("."):
        name, _, item = part.partition(", item ")
        path.append(name)
        if item:
            path.append(int(item) - 1)
    return tuple(path)


_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_-]+)\s*\]\]?")


def line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """The line (from 1) where the value at `loc` is written, or where its table
    starts; None when it is not written at all (a missing key at the top)."""
    if not loc:
        return None
    lines = text.splitlines()
    top, *rest = loc
    if rest and isinstance(rest[0], int):  # an item of an array of tables: [[agenda]]
        headers = [n for n, line in enumerate(lines) if (m := _HEADER.match(line)) and m[2] == top]
        if rest[0] < len(headers):
            start = headers[rest[0]]
            key = next((part for part in rest[1:] if isinstance(part, str)), None)
            found = _key_line(lines, start + 1, key) if key else None
            return (found if found is not None else start) + 1
    found = _key_line(lines, 0, str(top))
    return found + 1 if found is not None else None


def _key_line(lines: list[str], start: int, key: str) -> int | None:
    """The line index of `key = ...` from `start` up to the next table header."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for n in range(start, len(lines)):
        if _HEADER.match(lines[n]):
            return None
        if pattern.match(lines[n]):
            return n
    return None


# --- finding a plan from chat --------------------------------------------------------


def plan_names(folder: Path) -> list[str]:
    """The plans a facilitator can start: files whose name can be typed (parser
    `is_plan_name`). Others are left out of the list said in chat: nobody could start
    them, and a file name may hold anything but "/" (an escape sequence, a bidi
    override), which no message may carry (tests/test_fuzz_fields.py)."""
    try:
        stems = [path.stem for path in folder.glob(f"*{SUFFIX}") if path.is_file()]
    except OSError:
        return []
    return sorted(stem for stem in stems if is_plan_name(stem))


def find_plan(folder: Path, name: str, prefix: str = "!") -> Path:
    """The file of the plan called `name` (any capitals); PlanError with plain words
    (naming no path) when there is none."""
    known = plan_names(folder)
    match = next((n for n in known if n.casefold() == name.casefold()), None)
    if match is None:
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        raise PlanError([words.no_such_plan(prefix, name, close[0] if close else "", known)])
    return folder / f"{match}{SUFFIX}"


def load_named_plan(folder: Path, name: str, prefix: str = "!") -> Plan:
    """For chat: problems are worded with the plan's name, never the server's path."""
    path = find_plan(folder, name, prefix)
    try:
        return parse_plan(path.read_text(encoding="utf-8"), name + SUFFIX)
    except (OSError, UnicodeDecodeError):
        raise PlanError([words.plan_has_problems(name, ["the file cannot be read."])]) from None
    except PlanError as error:
        raise PlanError([words.plan_has_problems(name, error.problems)]) from None


def start_command(
    plan: Plan, asked: cmd.StartFromPlan, defaults: CommandDefaults
) -> cmd.StartWorkshop:
    """The `StartWorkshop` a plan describes; what it leaves out comes from the settings.
    PlanError if it needs a complaints route and neither the plan nor the settings give
    one (said about the plan, not the long `!start` line the core would suggest)."""
    if not (plan.complaints_route.strip() or defaults.complaints_route.strip()):
        problem = f"{asked.plan}{SUFFIX}: complaints_route: {words.plan_needs_complaints_route()}"
        raise PlanError([words.plan_has_problems(asked.plan, [problem])])
    return cmd.StartWorkshop(
        actor=asked.actor,
        room=asked.room,
        source_id=asked.source_id,
        title=plan.title,
        scope=plan.scope,
        agenda=tuple(item.item for item in plan.agenda),
        cannot_change=plan.cannot_change,
        ground_rules=tuple(plan.ground_rules) or defaults.ground_rules,
        complaints_route=plan.complaints_route or defaults.complaints_route,
        out_of_scope=tuple(plan.out_of_scope),
        queue_order=plan.queue_order,
        drift_sensitivity=defaults.drift_sensitivity,
        drift_cooldown=defaults.drift_cooldown,
        series=plan.series,
        safeguarding_contact=plan.safeguarding_contact or defaults.safeguarding_contact,
        ladder=plan.ladder,
        agenda_minutes=tuple(item.minutes for item in plan.agenda),
        agenda_materials=tuple(
            (str(number), material.title, material.link)
            for number, item in enumerate(plan.agenda, 1)
            for material in item.materials
        ),
        planned_polls=tuple(
            (str(poll.during_item), str(poll.dots), poll.question, *poll.options)
            for poll in plan.polls
        ),
        planned_breakouts=tuple(
            (str(b.during_item), b.command_text(defaults)) for b in plan.breakouts
        ),
    )


# --- `workshop-bot plan new` ---------------------------------------------------------

EXAMPLE = """\
# A workshop plan. Check it with: workshop-bot plan check THIS-FILE
# Put it in the folder named by [workshop] plans_folder in the settings, then
# start it in chat with: !start plan: NAME (NAME is the file name without .toml).

title = "Carers' short breaks"
# What the workshop is for. People are reminded when talk drifts away from it.
scope = "plan how carers book a short break"
cannot_change = "the council budget for next year"
out_of_scope = ["personal complaints about care", "staff pay"]
ground_rules = [
    "One person speaks at a time. Raise your hand to speak.",
    "Be kind. Everyone here is an equal.",
]
# Where people can take a complaint about their own care or support.
complaints_route = "email complaints@example.org or ring 0100 000 0000"
# Who staff alerts name as the next step if someone may be at risk.
safeguarding_contact = "the adult safeguarding team on 0300 123 4567"
# How much say people have today: coercion, educating, informing,
# consultation, engagement, co-design or co-production.
ladder = "consultation"
# "arrival" (first come, first served) or "fair" (people who have not spoken go first).
queue_order = "fair"

# One [[agenda]] table per item, in order, with its time in minutes.
[[agenda]]
item = "Welcome and ground rules"
minutes = 5

[[agenda]]
item = "How booking works today"
minutes = 15
materials = [
    { title = "Booking leaflet", link = "https://example.org/leaflet.pdf" },
]

[[agenda]]
item = "What would make booking easier"
minutes = 20

# Small groups during an agenda item (counting from 1).
[[breakouts]]
during_item = 3
minutes = 10
groups = 3
assign = "random"  # random, self (people choose) or manual (rooms below)
apart = [["Sam", "Al"]]

# Questions to ask, each opened when its agenda item starts (one per item).
# Each person has one vote unless dots gives them more. Close it with !poll close.
[[polls]]
during_item = 3
question = "Which change matters most?"
options = ["Booking online", "Booking by phone", "More notice of dates"]
dots = 1
"""


def write_example(path: Path) -> None:
    """Write the example plan; never over a file that is already there."""
    with path.open("x", encoding="utf-8") as out:
        out.write(EXAMPLE)


# --- the command line: `workshop-bot plan check FILE`, `workshop-bot plan new [FILE]` ---


def add_arguments(parser) -> None:
    actions = parser.add_subparsers(dest="plan_command", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="say what is wrong with a plan, in plain words")
    check.add_argument("file", type=Path, help="the plan file (.toml)")
    new = actions.add_parser("new", help="write an example plan, with comments, to change")
    new.add_argument(
        "file",
        type=Path,
        nargs="?",
        default=Path("workshop-plan.toml"),
        help="where to write it (default: workshop-plan.toml; never over an existing file)",
    )


def run(args, out=None, err=None) -> int:
    import sys

    out, err = out or sys.stdout, err or sys.stderr
    if args.plan_command == "new":
        try:
            write_example(args.file)
        except FileExistsError:
            print(words.plan_file_exists(str(args.file)), file=err)
            return 2
        print(words.plan_written(str(args.file)), file=out)
        return 0
    try:
        plan = read_plan(args.file)
    except PlanError as error:
        print("\n".join(error.problems), file=err)
        return 1
    print(words.plan_is_fine(str(args.file), len(plan.agenda), plan.total_minutes), file=out)
    return 0
