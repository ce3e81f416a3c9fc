"""The notes as a Word document (python-docx): the same headings, the action
table (its header row repeats on each page), the participation table and the
chart with alt text. The document's language is set for screen readers."""

from __future__ import annotations

import io

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches

from bot.export.chart import participation_chart
from facilitation import words as t
from facilitation.minutes import Minutes


def render_docx(m: Minutes) -> bytes:
    document = docx.Document()
    document.core_properties.title = t.notes_title(m.title)
    document.core_properties.language = t.LANG
    _set_language(document, t.LANG)
    document.add_heading(t.notes_title(m.title), level=0)

    _detail(document, t.WHEN, t.when(m.started_at, m.ended_at, m.options.tz))
    if m.series:
        _detail(document, t.SERIES, m.series)
    if m.facilitators:
        _detail(document, t.FACILITATORS, ", ".join(m.facilitators))
    _detail(document, t.PEOPLE, t.people_count(m.attendance, len(m.facilitators)))
    if m.scope:
        _detail(document, t.SCOPE, m.scope)
    if m.cannot_change:
        _detail(document, t.CANNOT_CHANGE, m.cannot_change)
    _detail(document, t.NAMES, t.names_note(m.names_shown, m.series))
    if m.concerns_raised:
        _detail(document, t.CONCERNS, t.concerns(m.concerns_raised))

    if m.you_said:
        document.add_heading(t.YOU_SAID, level=1)
        document.add_paragraph(t.you_said_intro(m.series))
        _table(
            document,
            (t.NUMBER, t.OWNER, t.ACTION, t.NOTED_ON, t.WHAT_HAPPENED),
            [
                (
                    str(a.number),
                    a.owner,
                    t.with_due(a.text, a.due),
                    t.said_in(a.said_on, a.workshop),
                    t.action_progress(a.progress, a.status),
                )
                for a in m.you_said
            ],
        )

    document.add_heading(t.AGENDA, level=1)
    for item in m.agenda:
        document.add_paragraph(item, style="List Number")
    if not m.agenda:
        document.add_paragraph(t.NO_AGENDA)

    document.add_heading(t.NOTES_BY_TOPIC, level=1)
    for topic in m.topics:
        document.add_heading(topic.title or t.BEFORE_FIRST_TOPIC, level=2)
        for note in topic.notes:
            document.add_paragraph(t.note_line(note.kind, note.text), style="List Bullet")
    if not m.topics:
        document.add_paragraph(t.NO_NOTES)

    document.add_heading(t.ACTIONS, level=1)
    rows = [
        (
            owner.owner,
            action.text,
            t.due(action.due),
            t.action_status(action.status, action.progress),
        )
        for owner in m.actions
        for action in owner.actions
    ]
    if rows:
        _table(document, (t.OWNER, t.ACTION, t.DUE, t.STATUS), rows)
    else:
        document.add_paragraph(t.NO_ACTIONS)

    document.add_heading(t.GROUP_REPORTS, level=1)
    for number in dict.fromkeys(r.breakout for r in m.reports):
        document.add_heading(t.breakout_heading(number), level=2)
        for report in (r for r in m.reports if r.breakout == number):
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(t.group(report.room, report.members) + ": ").bold = True
            paragraph.add_run(report.text)
    if not m.reports:
        document.add_paragraph(t.NO_REPORTS)

    document.add_heading(t.PARKING, level=1)
    for item in m.parking:
        document.add_paragraph(t.parked(item.text, item.owner), style="List Bullet")
    if not m.parking:
        document.add_paragraph(t.NO_PARKING)

    document.add_heading(t.PARTICIPATION, level=1)
    if m.participation:
        _table(
            document,
            (t.PERSON, t.ROLE, t.TURNS, t.FLOOR_TIME, t.MESSAGES),
            [
                (
                    p.name,
                    t.ROLES[p.role],
                    str(p.turns),
                    t.short_duration(p.floor_seconds),
                    str(p.messages),
                )
                for p in m.participation
            ],
        )
        document.add_paragraph(t.evenness(m.evenness))
        chart = participation_chart(m)
        if chart:
            document.add_picture(io.BytesIO(chart.png), width=Inches(6))
            _alt_text(document, chart.alt)
            document.add_paragraph(t.CHART_TITLE, style="Caption")
    else:
        document.add_paragraph(t.NOBODY)

    if m.transcript_included:
        document.add_heading(t.TRANSCRIPT, level=1)
        if m.transcript:
            _table(
                document,
                (t.TIME, t.PERSON, t.WORDS),
                [
                    (t.time_of_day(line.at, m.options.tz), line.speaker, line.text)
                    for line in m.transcript
                ],
            )
        else:
            document.add_paragraph(t.NO_TRANSCRIPT)
        if m.messages_not_recorded:
            document.add_paragraph(t.not_shown(m.messages_not_recorded))

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _detail(document, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value)


def _table(document, headings: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, heading in zip(header.cells, headings, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(heading).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value


def _repeat_as_header(row) -> None:
    """Mark the row as the table's header (screen readers, and repeated on each page)."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _alt_text(document, alt: str) -> None:
    """Set the description (alt text) of the picture just added."""
    inline = document.inline_shapes[-1]._inline
    inline.docPr.set("descr", alt)
    inline.docPr.set("title", t.CHART_TITLE)


def _set_language(document, lang: str) -> None:
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    element = OxmlElement("w:lang")
    element.set(qn("w:val"), lang)
    run_properties.append(element)
