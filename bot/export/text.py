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
ACTIONS_CAPTION = "Actions, grouped by who will do them"
PARTICIPATION_CAPTION = "Speaking turns, speaking time and messages for each person"
TRANSCRIPT_CAPTION = "Messages in the order they were written (times in UTC)"

ROLES = {"facilitator": "Facilitator", "participant": "Participant"}

# The CSV of actions: one row per action. These are column names for
# spreadsheets and other tools, so they stay stable.
CSV_COLUMNS = ("owner", "action", "due", "status", "workshop", "date")
OPEN = "open"

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


def names_note(names_shown: bool) -> str:
    if names_shown:
        return "Real names are shown. These notes are for internal use only: do not share them."
    return (
        "Participants are shown as Participant 1, Participant 2 and so on, in the order"
        " they joined. Facilitators are named."
    )


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

EXPORT_HELP = "write a workshop's notes as Markdown, HTML, Word, CSV or JSON"
LIST_HELP = "list the workshops in the database, to pick one to export"
WORKSHOP_ARG_HELP = "the workshop's id, or the start of its title (see `workshop-bot list`)"
FORMAT_ARG_HELP = "md, html, docx, csv (the actions only), json, or all five (default: md)"
OUT_ARG_HELP = "file or folder to write to (default: a new file in the current folder)"
NAMES_ARG_HELP = "show real names instead of Participant 1, 2 ... (for internal use only)"
TRANSCRIPT_ARG_HELP = "add what people wrote, as an appendix (never from people who opted out)"
CONFIG_ARG_HELP = "settings file (default: ./workshop-bot.toml if present)"


def bad_format(given: str) -> str:
    return f'"{given}" is not a format I can write. Choose md, html, docx, csv, json or all.'


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


def workshop_row(workshop_id: str, day: str, status: str, title: str) -> str:
    return f"{workshop_id}  {day}  {status:<8}  {title}"


LIST_HINT = "To export one: workshop-bot export ID --format md (or html, docx, csv, json, all)."
