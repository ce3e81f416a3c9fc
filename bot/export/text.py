"""Every heading and sentence the exports show people, in one place.

Kept apart so it can move into facilitation/words.py in one go. Same rules as
there: short sentences, everyday words, no jargon. Times are shown in UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

LANG = "en-GB"

# --- headings --------------------------------------------------------------------


def notes_title(title: str) -> str:
    return f"Notes: {title}"


WHEN = "When"
FACILITATORS = "Facilitators"
PEOPLE = "People taking part"
SCOPE = "What this workshop was for"
CANNOT_CHANGE = "What this workshop could not change"
NAMES = "Names"
CONCERNS = "Concerns raised"
AGENDA = "Agenda"
NOTES_BY_TOPIC = "Notes by topic"
BEFORE_FIRST_TOPIC = "Before the first topic"
ACTIONS = "Actions"
GROUP_REPORTS = "What each group said"
PARKING = "Parking lot (to come back to later)"
PARTICIPATION = "Who took part, and how much"
TRANSCRIPT = "Appendix: what people wrote"
SERIES = "Series"
YOU_SAID = "You said, we did"

NOTE_LABELS = {"info": "Information", "idea": "Idea", "agreed": "Decision"}

# Table column headings.
OWNER = "Who"
ACTION = "Action"
DUE = "Due"
PERSON = "Person"
ROLE = "Role"
TURNS = "Speaking turns"
FLOOR_TIME = "Speaking time"
MESSAGES = "Messages written"
TIME = "Time"
WORDS = "Words"
STATUS = "Status"
NUMBER = "Number"
NOTED_ON = "Noted on"
WHAT_HAPPENED = "What happened"
YOU_SAID_CAPTION = "Actions from earlier sessions, and what happened"
ACTIONS_CAPTION = "Actions, grouped by who will do them"
PARTICIPATION_CAPTION = "Speaking turns, speaking time and messages for each person"
TRANSCRIPT_CAPTION = "Messages in the order they were written (times in UTC)"

ROLES = {"facilitator": "Facilitator", "participant": "Participant"}

# The CSV of actions: one row per action. These are column names for
# spreadsheets and other tools, so they stay stable.
# `workshop` and `date` are those of the session the action was noted in; `id` is the
# action's id across the series; `progress` its latest progress.
CSV_COLUMNS = ("owner", "action", "due", "status", "workshop", "date", "id", "progress")
OPEN = "open"
DONE = "done"

# The involvement ledger (one row per participant across a series). `name` and
# `platform_id` are there only when names are asked for.
LEDGER_COLUMNS = ("person", "sessions", "dates", "turns", "floor_seconds", "messages", "series")
LEDGER_NAME_COLUMNS = ("name", "platform_id")

# --- sentences -------------------------------------------------------------------


def when(started_at: float, ended_at: float | None) -> str:
    start = _utc(started_at)
    day = f"{start:%A} {start.day} {start:%B %Y}"
    if ended_at is None:
        return f"{day}, from {start:%H:%M} UTC (still running when these notes were made)"
    end = _utc(ended_at)
    if end.date() == start.date():
        return f"{day}, {start:%H:%M} to {end:%H:%M} UTC"
    return f"{day}, {start:%H:%M} UTC, to {end.day} {end:%B %Y}, {end:%H:%M} UTC"


def people_count(attendance: int, facilitators: int) -> str:
    people = "1 person" if attendance == 1 else f"{attendance} people"
    if not facilitators:
        return people
    extra = "1 facilitator" if facilitators == 1 else f"{facilitators} facilitators"
    return f"{people} (and {extra})"


def names_note(names_shown: bool, series: str = "") -> str:
    if names_shown:
        return "Real names are shown. These notes are for internal use only: do not share them."
    if series:
        return (
            "Participants are shown as Participant 1, Participant 2 and so on, numbered in the"
            f" order they first took part in the series {series}, so each keeps their number"
            " in every session. Facilitators are named."
        )
    return (
        "Participants are shown as Participant 1, Participant 2 and so on, in the order"
        " they joined. Facilitators are named."
    )


def with_due(text: str, due: str) -> str:
    return f"{text} (due {due})" if due else text


def concerns(count: int) -> str:
    if count == 1:
        return "1 personal concern was raised. Its details are not part of these notes."
    return f"{count} personal concerns were raised. Their details are not part of these notes."


NO_AGENDA = "No agenda was set."
NO_NOTES = "No notes were taken."
NO_ACTIONS = "No actions were agreed."
NO_REPORTS = "No group reported back."
NO_PARKING = "Nothing was parked."
NOBODY = "Nobody took part."


def you_said_intro(series: str) -> str:
    return (
        f"What happened on the actions from earlier sessions of {series}"
        " (as of the end of this session)."
    )


def what_happened(progress: str, status: str) -> str:
    if status == DONE:
        return f"Done: {progress}" if progress else "Done."
    return f"Latest: {progress}" if progress else "No update yet."


def action_status(status: str, progress: str) -> str:
    """The status cell of an action in the notes: open or done, and the latest progress."""
    word = "Done" if status == DONE else "Open"
    return f"{word}. {progress}" if progress else word


def said_in(said_on: str, workshop: str) -> str:
    return f"{said_on} ({workshop})" if workshop else said_on


def note_line(kind: str, text: str) -> str:
    return f"{NOTE_LABELS.get(kind, kind)}: {text}"


def due(text: str) -> str:
    return text or "no date set"


def breakout_heading(number: int) -> str:
    return f"Small groups, round {number}"


def group(room: str, members: int) -> str:
    if not members:
        return room
    return f"{room} (1 person)" if members == 1 else f"{room} ({members} people)"


def parked(text: str, owner: str) -> str:
    return f"{text} (with {owner})" if owner else text


def duration(seconds: float) -> str:
    total = round(seconds)
    minutes, secs = divmod(total, 60)
    if not minutes:
        return f"{secs} s"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"


def evenness(value: float | None) -> str:
    if value is None:
        return (
            "Nobody had the floor, so there is no figure for how evenly speaking time was shared."
        )
    return (
        f"How evenly speaking time was shared among participants: {value:.2f}"
        " (1 means everyone had the same time; lower means a few people had most of it)."
    )


CHART_TITLE = "Speaking time for each person"
CHART_AXIS = "Speaking time (minutes)"


def chart_alt(names: Sequence[str], seconds: Sequence[float]) -> str:
    parts = "; ".join(f"{name}: {duration(s)}" for name, s in zip(names, seconds, strict=True))
    return f"Bar chart of speaking time for each person. {parts}."


def not_shown(count: int) -> str:
    if count == 1:
        return (
            "1 message is not shown here, to respect the writer's choice not to be"
            " recorded, or their privacy."
        )
    return (
        f"{count} messages are not shown here, to respect their writers' choice not to be"
        " recorded, or their privacy."
    )


NO_TRANSCRIPT = "Nobody's words were recorded."


def time_of_day(at: float) -> str:
    return f"{_utc(at):%H:%M}"


def date(at: float) -> str:
    return f"{_utc(at):%Y-%m-%d}"


def _utc(at: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(at, dt.UTC)


# --- the command line ------------------------------------------------------------

EXPORT_HELP = (
    "write a workshop's notes as Markdown, HTML, Word, CSV or JSON,"
    " or a series' involvement ledger (--format ledger)"
)
LIST_HELP = "list the workshops in the database, to pick one to export"
WORKSHOP_ARG_HELP = (
    "the workshop's id, or the start of its title (see `workshop-bot list`);"
    " for --format ledger, a series name also works"
)
FORMAT_ARG_HELP = (
    "md, html, docx, csv (the actions only), json, all five (default: md), or ledger"
    " (attendance and contribution per participant across the series, as CSV)"
)
OUT_ARG_HELP = "file or folder to write to (default: a new file in the current folder)"
NAMES_ARG_HELP = "show real names instead of Participant 1, 2 ... (for internal use only)"
TRANSCRIPT_ARG_HELP = "add what people wrote, as an appendix (never from people who opted out)"
CONFIG_ARG_HELP = "settings file (default: ./workshop-bot.toml if present)"


def bad_format(given: str) -> str:
    return (
        f'"{given}" is not a format I can write. Choose md, html, docx, csv, json, all or ledger.'
    )


def no_such_workshop(given: str) -> str:
    return (
        f'There is no workshop with the id or a title starting "{given}".'
        " Type workshop-bot list to see them."
    )


def ambiguous_workshop(given: str, ids: Sequence[str]) -> str:
    return (
        f'{len(ids)} workshops have a title starting "{given}" ({", ".join(ids)}):'
        " give the id of the one you mean."
    )


def no_database(path: str) -> str:
    return f"There is no database at {path}. Check the database setting in your settings file."


def cannot_write(path: str, reason: str) -> str:
    return f"The notes could not be written to {path}: {reason}."


def ledger_written(path: str, people: int, sessions: int) -> str:
    who = "1 participant" if people == 1 else f"{people} participants"
    over = "1 session" if sessions == 1 else f"{sessions} sessions"
    return f"Wrote the involvement ledger ({who}, {over}) to {path}."


def written(path: str) -> str:
    return f"Wrote the notes to {path}."


def written_all(paths: Sequence[str]) -> str:
    return "Wrote the notes to: " + ", ".join(paths) + "."


def demo_notes(paths: Sequence[str]) -> str:
    """For `workshop-bot demo`, after the workshop ends."""
    return "The notes, in five formats (Markdown, web page, Word, actions as CSV, JSON): " + (
        ", ".join(paths) + "."
    )


def no_workshops(database: str) -> str:
    return f"There are no workshops in {database} yet."


def workshop_row(workshop_id: str, day: str, status: str, title: str, series: str = "") -> str:
    row = f"{workshop_id}  {day}  {status:<8}  {title}"
    return f"{row}  (series: {series})" if series else row


LIST_HINT = "To export one: workshop-bot export ID --format md (or html, docx, csv, json, all)."
