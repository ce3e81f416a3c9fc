"""The notes as a Word document (python-docx): the same headings, the action
table (its header row repeats on each page), the participation table and the
chart with alt text. The document's language is set for screen readers.

Council notes are circulated as Word, so the file is one an officer can send as
it is: A4 pages, columns sized for what they hold (the Action column wide), the
organisation and classification (such as OFFICIAL) at the top and bottom of each
page, an optional letterhead line, and document properties taken from the
workshop (title, author, created) instead of python-docx's template ("python-docx",
2013)."""

from __future__ import annotations

import datetime as dt
import io

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from bot.export.chart import participation_chart
from facilitation import words as t
from facilitation.minutes import Minutes

# A4 with 2.5 cm margins leaves 16 cm for text; each table's widths add up to that.
TEXT_WIDTH_CM = 16.0
ACTION_WIDTHS = (3.0, 6.6, 3.8, 2.6)  # who, action, due ("Tuesday 15 December 2026"), status
YOU_SAID_WIDTHS = (1.4, 2.8, 5.2, 3.2, 3.4)  # number, who, action, noted on, what happened
PARTICIPATION_WIDTHS = (4.4, 2.8, 2.6, 3.2, 3.0)  # person, role, turns, time, messages
TRANSCRIPT_WIDTHS = (1.8, 3.4, 10.8)  # time, person, words
AGENDA_WIDTHS = (9.0, 3.5, 3.5)  # item, planned, actual
POLL_WIDTHS = (12.0, 4.0)  # answer, votes


def render_docx(m: Minutes) -> bytes:
    document = docx.Document()
    _page_setup(document)
    _properties(document, m)
    _set_language(document, t.LANG)
    _header_and_footer(document, m)
    if m.options.logo_line:
        _letterhead(document, m.options.logo_line)
    document.add_heading(t.notes_title(m.title), level=0)

    if m.ladder:
        _detail(document, t.LADDER, t.ladder_sentence(m.ladder))
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
            YOU_SAID_WIDTHS,
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
    if m.agenda_times:
        document.add_heading(t.AGENDA_TIMES, level=2)
        _table(
            document,
            (t.ITEM, t.PLANNED, t.ACTUAL),
            AGENDA_WIDTHS,
            [
                (
                    f"{a.number}. {a.item}",
                    t.agenda_minutes_cell(a.planned_minutes),
                    t.agenda_minutes_cell(a.actual_minutes),
                )
                for a in m.agenda_times
            ],
        )

    if m.materials:
        document.add_heading(t.MATERIALS, level=1)
        for title, link in m.materials:
            document.add_paragraph(f"{title}: {link}", style="List Bullet")

    for poll in m.polls:
        document.add_heading(t.poll_heading(poll.number, poll.question), level=1)
        document.add_paragraph(t.poll_voters(poll.voters, poll.closed))
        rows = [(o, str(c)) for o, c in zip(poll.options, poll.counts, strict=True)]
        _table(document, (t.OPTION, t.VOTES), POLL_WIDTHS, rows)

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
        _table(document, (t.OWNER, t.ACTION, t.DUE, t.STATUS), ACTION_WIDTHS, rows)
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
            PARTICIPATION_WIDTHS,
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
            document.add_picture(io.BytesIO(chart.png), width=Cm(TEXT_WIDTH_CM))
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
                TRANSCRIPT_WIDTHS,
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


def _table(
    document,
    headings: tuple[str, ...],
    widths_cm: tuple[float, ...],
    rows: list[tuple[str, ...]],
) -> None:
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    table.autofit = False  # fixed widths: Word would otherwise share the page out evenly
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, heading in zip(header.cells, headings, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(heading).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    _set_widths(table, widths_cm)


def _set_widths(table, widths_cm: tuple[float, ...]) -> None:
    """Word reads each cell's width; LibreOffice reads the table grid: set both."""
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _page_setup(document) -> None:
    """A4 portrait, 2.5 cm margins: what a UK council prints on."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.5)


def _properties(document, m: Minutes) -> None:
    """File > Info shows these; the template's own say python-docx and 2013."""
    properties = document.core_properties
    author = m.options.organisation or t.DOCUMENT_AUTHOR
    started = dt.datetime.fromtimestamp(m.started_at, dt.UTC)
    ended = dt.datetime.fromtimestamp(m.ended_at, dt.UTC) if m.ended_at else started
    properties.title = t.notes_title(m.title)
    properties.subject = m.scope
    properties.author = author
    properties.last_modified_by = author
    properties.created = started
    properties.modified = ended
    properties.revision = 1
    properties.language = t.LANG
    properties.category = m.options.classification
    properties.keywords = m.series
    properties.comments = t.document_comment(m.names_shown)


def _header_and_footer(document, m: Minutes) -> None:
    """The classification at the top and bottom of every page (as UK government marking
    asks), the organisation at the top, and page numbers at the bottom."""
    section = document.sections[0]
    marking = m.options.classification.upper()
    top = " - ".join(part for part in (marking, m.options.organisation) if part)
    if top:
        _centred(section.header.paragraphs[0], top)
    footer = section.footer.paragraphs[0]
    if marking:
        _centred(footer, marking)
        footer = section.footer.add_paragraph()
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(t.PAGE_WORD + " ")
    _field(footer, "PAGE")
    footer.add_run(" " + t.PAGE_OF + " ")
    _field(footer, "NUMPAGES")


def _centred(paragraph, text: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = True


def _field(paragraph, instruction: str) -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice fill in when shown."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"  # shown until the reader updates the field
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _letterhead(document, line: str) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(line)
    run.bold = True
    run.font.size = Pt(14)


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
