"""The actions as CSV, and the whole notes as versioned JSON, for other tools."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from facilitation import words as t
from facilitation.ledger import Ledger
from facilitation.minutes import Minutes

SCHEMA = "workshop-bot/notes"
VERSION = 1

# A cell starting with one of these is a formula to a spreadsheet; a leading
# apostrophe makes it plain text (OWASP's advice on CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def render_actions_csv(m: Minutes) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(t.CSV_COLUMNS)
    # Actions from earlier sessions of the series first, as they stand now.
    for a in m.you_said:
        row = (a.owner, a.text, a.due, a.status, a.workshop, a.said_on, a.id, a.progress)
        writer.writerow([_cell(value) for value in row])
    day = t.date(m.started_at, m.options.tz)
    for owner in m.actions:
        for action in owner.actions:
            row = (
                owner.owner,
                action.text,
                action.due,
                action.status,
                m.title,
                day,
                action.id,
                action.progress,
            )
            writer.writerow([_cell(value) for value in row])
    # A byte order mark so spreadsheet programs read the file as UTF-8.
    return buffer.getvalue().encode("utf-8-sig")


def notes_dict(m: Minutes) -> dict:
    """The JSON document (see docs/notes.md for the schema)."""
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "workshop": {
            "id": m.workshop_id,
            "title": m.title,
            "started_at": _iso(m.started_at),
            "ended_at": _iso(m.ended_at) if m.ended_at is not None else None,
            "scope": m.scope,
            "cannot_change": m.cannot_change,
            "agenda": list(m.agenda),
            "facilitators": list(m.facilitators),
            "attendance": m.attendance,
            "series": m.series,
            "ladder": m.ladder,
            "agenda_times": [
                {
                    "number": a.number,
                    "item": a.item,
                    "planned_minutes": a.planned_minutes,
                    "actual_minutes": None
                    if a.actual_minutes is None
                    else round(a.actual_minutes, 1),
                }
                for a in m.agenda_times
            ],
        },
        "materials": [{"title": title, "link": link} for title, link in m.materials],
        "polls": [
            {
                "number": p.number,
                "question": p.question,
                "answers": [
                    {"text": o, "votes": c} for o, c in zip(p.options, p.counts, strict=True)
                ],
                "people_who_voted": p.voters,
                "votes_each": p.dots,
                "closed": p.closed,
            }
            for p in m.polls
        ],
        "names_shown": m.names_shown,
        "topics": [
            {
                "number": topic.number,
                "title": topic.title,
                "agenda_item": topic.agenda_item,
                "notes": [
                    {"number": n.number, "kind": n.kind, "text": n.text} for n in topic.notes
                ],
            }
            for topic in m.topics
        ],
        "actions": [
            {
                "owner": owner.owner,
                "actions": [
                    {
                        "number": a.number,
                        "text": a.text,
                        "due": a.due,
                        "topic": a.topic,
                        "status": a.status,
                        "id": a.id,
                        "progress": a.progress,
                    }
                    for a in owner.actions
                ],
            }
            for owner in m.actions
        ],
        "you_said_we_did": [
            {
                "number": a.number,
                "id": a.id,
                "owner": a.owner,
                "text": a.text,
                "due": a.due,
                "noted_on": a.said_on,
                "workshop": a.workshop,
                "progress": a.progress,
                "status": a.status,
            }
            for a in m.you_said
        ],
        "reports": [
            {"breakout": r.breakout, "room": r.room, "members": r.members, "text": r.text}
            for r in m.reports
        ],
        "parking": [{"number": p.number, "text": p.text, "owner": p.owner} for p in m.parking],
        "participation": {
            "people": [
                {
                    "name": p.name,
                    "role": p.role,
                    "turns": p.turns,
                    "floor_seconds": round(p.floor_seconds, 3),
                    "messages": p.messages,
                }
                for p in m.participation
            ],
            "evenness": round(m.evenness, 4) if m.evenness is not None else None,
        },
        "concerns_raised": m.concerns_raised,
        "transcript": {
            "included": m.transcript_included,
            "lines": [
                {"at": _iso(line.at), "speaker": line.speaker, "text": line.text}
                for line in m.transcript
            ],
            "not_shown": m.messages_not_recorded if m.transcript_included else 0,
        },
    }


def render_ledger_csv(ledger: Ledger) -> bytes:
    """One row per participant across the series; names only when they were asked for."""
    columns = list(t.LEDGER_COLUMNS)
    if ledger.names_shown:
        columns[1:1] = t.LEDGER_NAME_COLUMNS
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for r in ledger.rows:
        values = {
            "person": r.person,
            "name": r.name,
            "platform_id": r.person_id,
            "sessions": str(r.sessions),
            "dates": "; ".join(r.dates),
            "turns": str(r.turns),
            "floor_seconds": f"{r.floor_seconds:.1f}",
            "messages": str(r.messages),
            "series": ledger.series,
        }
        writer.writerow([_cell(values[column]) for column in columns])
    return buffer.getvalue().encode("utf-8-sig")


def render_json(m: Minutes) -> bytes:
    return (json.dumps(notes_dict(m), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _iso(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).isoformat().replace("+00:00", "Z")
