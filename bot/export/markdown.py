"""The notes as Markdown (CommonMark with pipe tables)."""

from __future__ import annotations

import re

from facilitation import words as t
from facilitation.minutes import Minutes

# Characters that could start formatting, links or raw HTML.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def esc(value: str) -> str:
    """Text from chat, on one line, with Markdown's special characters escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(value.split()))


def render_markdown(m: Minutes) -> bytes:
    out: list[str] = [f"# {esc(t.notes_title(m.title))}", ""]
    details = [
        (t.LADDER, t.ladder_sentence(m.ladder) if m.ladder else ""),
        (t.WHEN, t.when(m.started_at, m.ended_at, m.options.tz)),
        (t.SERIES, m.series),
        (t.FACILITATORS, ", ".join(m.facilitators)),
        (t.PEOPLE, t.people_count(m.attendance, len(m.facilitators))),
        (t.SCOPE, m.scope),
        (t.CANNOT_CHANGE, m.cannot_change),
        (t.NAMES, t.names_note(m.names_shown, m.series)),
    ]
    if m.concerns_raised:
        details.append((t.CONCERNS, t.concerns(m.concerns_raised)))
    out += [f"- **{label}:** {esc(value)}" for label, value in details if value]

    if m.you_said:
        out += ["", f"## {t.YOU_SAID}", "", esc(t.you_said_intro(m.series)), ""]
        out += [
            f"| {t.NUMBER} | {t.OWNER} | {t.ACTION} | {t.NOTED_ON} | {t.WHAT_HAPPENED} |",
            "| ---: | --- | --- | --- | --- |",
        ]
        for a in m.you_said:
            out.append(
                f"| {a.number} | {esc(a.owner)} | {esc(t.with_due(a.text, a.due))} "
                f"| {esc(t.said_in(a.said_on, a.workshop))} "
                f"| {esc(t.action_progress(a.progress, a.status))} |"
            )

    out += ["", f"## {t.AGENDA}", ""]
    out += [f"{n}. {esc(item)}" for n, item in enumerate(m.agenda, 1)] or [t.NO_AGENDA]
    if m.agenda_times:
        out += ["", f"### {t.AGENDA_TIMES}", ""]
        out += [f"| {t.ITEM} | {t.PLANNED} | {t.ACTUAL} |", "| --- | ---: | ---: |"]
        out += [
            f"| {a.number}. {esc(a.item)} | {t.agenda_minutes_cell(a.planned_minutes)}"
            f" | {t.agenda_minutes_cell(a.actual_minutes)} |"
            for a in m.agenda_times
        ]

    if m.materials:
        out += ["", f"## {t.MATERIALS}", ""]
        out += [f"- {esc(title)}: <{_autolink(link)}>" for title, link in m.materials]

    for poll in m.polls:
        out += ["", f"## {esc(t.poll_heading(poll.number, poll.question))}", ""]
        out += [esc(t.poll_voters(poll.voters, poll.closed)), ""]
        out += [f"| {t.OPTION} | {t.VOTES} |", "| --- | ---: |"]
        out += [f"| {esc(o)} | {c} |" for o, c in zip(poll.options, poll.counts, strict=True)]

    out += ["", f"## {t.NOTES_BY_TOPIC}", ""]
    if not m.topics:
        out.append(t.NO_NOTES)
    for topic in m.topics:
        out += [f"### {esc(topic.title) or t.BEFORE_FIRST_TOPIC}", ""]
        out += [f"- {esc(t.note_line(note.kind, note.text))}" for note in topic.notes]
        out += [t.NO_NOTES] if not topic.notes else []
        out.append("")

    out += ["", f"## {t.ACTIONS}", ""]
    if m.actions:
        out += [
            f"| {t.OWNER} | {t.ACTION} | {t.DUE} | {t.STATUS} |",
            "| --- | --- | --- | --- |",
        ]
        for owner in m.actions:
            for action in owner.actions:
                status = t.action_status(action.status, action.progress)
                out.append(
                    f"| {esc(owner.owner)} | {esc(action.text)} | {esc(t.due(action.due))} "
                    f"| {esc(status)} |"
                )
    else:
        out.append(t.NO_ACTIONS)

    out += ["", f"## {t.GROUP_REPORTS}", ""]
    if not m.reports:
        out.append(t.NO_REPORTS)
    for number in dict.fromkeys(r.breakout for r in m.reports):
        out += [f"### {t.breakout_heading(number)}", ""]
        for report in (r for r in m.reports if r.breakout == number):
            out.append(f"- **{esc(t.group(report.room, report.members))}:** {esc(report.text)}")
        out.append("")

    out += ["", f"## {t.PARKING}", ""]
    out += [f"- {esc(t.parked(p.text, p.owner))}" for p in m.parking] or [t.NO_PARKING]

    out += ["", f"## {t.PARTICIPATION}", ""]
    if m.participation:
        out += [
            f"| {t.PERSON} | {t.ROLE} | {t.TURNS} | {t.FLOOR_TIME} | {t.MESSAGES} |",
            "| --- | --- | ---: | ---: | ---: |",
        ]
        for p in m.participation:
            out.append(
                f"| {esc(p.name)} | {t.ROLES[p.role]} | {p.turns} "
                f"| {t.short_duration(p.floor_seconds)} | {p.messages} |"
            )
        out += ["", t.evenness(m.evenness)]
    else:
        out.append(t.NOBODY)

    if m.transcript_included:
        out += ["", f"## {t.TRANSCRIPT}", ""]
        out += [
            f"- {t.time_of_day(line.at, m.options.tz)} **{esc(line.speaker)}:** {esc(line.text)}"
            for line in m.transcript
        ] or [t.NO_TRANSCRIPT]
        if m.messages_not_recorded:
            out += ["", t.not_shown(m.messages_not_recorded)]

    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out))  # one blank line between blocks
    return (text.rstrip() + "\n").encode("utf-8")


def _autolink(link: str) -> str:
    """A web link inside <...>, where "<" and ">" may not appear (CommonMark autolinks)."""
    return link.replace("<", "%3C").replace(">", "%3E")
