"""Load a workshop's log, build its minutes, render one format; audit every export."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from facilitation import words as t
from facilitation.events import Event
from facilitation.ledger import Ledger, build_ledger
from facilitation.minutes import PLAIN_NOTES, Minutes, NotesOptions, build_minutes
from facilitation.series import series_key, series_of
from facilitation.text import clean_fields
from storage.series import series_logs
from storage.store import EventStore, WorkshopRow

log = logging.getLogger(__name__)


class ExportError(Exception):
    """The export cannot be done; str() is one plain sentence for the person."""


class SomeFormatsFailed(ExportError):
    """`write_all` wrote what it could (`written`); str() names, in words, the
    formats it could not write and why."""

    def __init__(self, written: list[Path], failed: dict[str, str]) -> None:
        super().__init__(t.formats_not_written(failed))
        self.written = written
        self.failed = failed


def _markdown(m: Minutes) -> bytes:
    from bot.export.markdown import render_markdown

    return render_markdown(m)


def _html(m: Minutes) -> bytes:
    from bot.export.webpage import render_html

    return render_html(m)


def _docx(m: Minutes) -> bytes:
    from bot.export.word import render_docx

    return render_docx(m)


def _csv(m: Minutes) -> bytes:
    from bot.export.tables import render_actions_csv

    return render_actions_csv(m)


def _json(m: Minutes) -> bytes:
    from bot.export.tables import render_json

    return render_json(m)


@dataclass(frozen=True)
class Format:
    extension: str
    what: str  # "notes", or "actions" for the CSV
    media_type: str
    render: Callable[[Minutes], bytes]


# Renderers are imported when used, so Markdown, CSV and JSON work even where
# Jinja2, python-docx or matplotlib are missing.
FORMATS: dict[str, Format] = {
    "md": Format("md", "notes", "text/markdown; charset=utf-8", _markdown),
    "html": Format("html", "notes", "text/html; charset=utf-8", _html),
    "docx": Format(
        "docx",
        "notes",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _docx,
    ),
    "csv": Format("csv", "actions", "text/csv; charset=utf-8", _csv),
    "json": Format("json", "notes", "application/json", _json),
}
ALL = "all"
LEDGER = "ledger"
_ALIASES = {"markdown": "md", "htm": "html", "word": "docx"}


def format_named(given: str) -> str:
    """The format's key ("md", "html", ...) or ALL; ExportError for anything else."""
    key = given.strip().casefold().lstrip(".")
    key = _ALIASES.get(key, key)
    if key not in FORMATS and key not in (ALL, LEDGER):
        raise ExportError(t.bad_format(given))
    return key


async def find_workshop(store: EventStore, given: str) -> WorkshopRow:
    """By id; else by title: an exact title, or else the only title starting with `given`."""
    rows = await store.all_workshops()
    wanted = given.strip()
    for row in rows:
        if row.id == wanted:
            return row
    folded = wanted.casefold()
    if folded:
        for matches in (
            [r for r in rows if r.title.casefold() == folded],
            [r for r in rows if r.title.casefold().startswith(folded)],
        ):
            if len(matches) == 1:
                return matches[0]
            if matches:
                raise ExportError(t.ambiguous_workshop(wanted, [r.id for r in matches]))
    raise ExportError(t.no_such_workshop(wanted))


def filename_for(m: Minutes, fmt: str) -> str:
    """Like "short-breaks-for-carers-2026-09-21-notes.md"; "-with-names" when names are shown."""
    spec = FORMATS[fmt]
    ascii_title = unicodedata.normalize("NFKD", m.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.casefold()).strip("-")[:60].strip("-")
    names = "-with-names" if m.names_shown else ""
    day = t.date(m.started_at, m.options.tz)
    return f"{slug or m.workshop_id}-{day}-{spec.what}{names}.{spec.extension}"


async def render_workshop(
    store: EventStore,
    workshop_id: str,
    fmt: str,
    *,
    names: bool = False,
    transcript: bool = False,
    options: NotesOptions = PLAIN_NOTES,
) -> tuple[str, bytes]:
    """(filename, content), without auditing: callers audit once the export is done.
    `options`: the `[notes]` settings (time zone, staff, letterhead)."""
    if fmt not in FORMATS:
        raise ExportError(t.bad_format(fmt))
    # Text is cleaned at the door (facilitation/text.py); logs written before that
    # are cleaned here, so no word in them can stop a format being written.
    events = clean_fields(await store.load_events(workshop_id))
    if not events:
        raise ExportError(t.no_such_workshop(workshop_id))
    earlier = clean_fields(await _earlier_sessions(store, workshop_id, events))
    minutes = build_minutes(
        events, names=names, transcript=transcript, earlier=earlier, options=options
    )
    # Drawing the chart and building a .docx take a moment: keep the event loop free.
    try:
        content = await asyncio.to_thread(FORMATS[fmt].render, minutes)
    except Exception as error:  # a renderer's fault is this format's, in words
        log.exception("could not render %s as %s", workshop_id, fmt)
        raise ExportError(t.format_not_made(fmt, str(error) or type(error).__name__)) from None
    return filename_for(minutes, fmt), content


async def _earlier_sessions(
    store: EventStore, workshop_id: str, events: list[Event]
) -> list[list[Event]]:
    """The logs of the sessions of the same series started before this one, oldest first
    (so pseudonyms match across the series)."""
    series = series_of(events)
    if not series:
        return []
    logs = await series_logs(store, series)
    ids = [row.id for row, _ in logs]
    before = ids.index(workshop_id) if workshop_id in ids else len(ids)
    return [log for _, log in logs[:before]]


# --- the involvement ledger ------------------------------------------------------------


async def ledger_logs(store: EventStore, given: str) -> list[list[Event]]:
    """The sessions a ledger covers: a series by name; or the series of the workshop named
    (by id or title, as for notes); or that one workshop, when it is in no series."""
    if series_key(given):
        logs = await series_logs(store, given)
        if logs:
            return [log for _, log in logs]
    row = await find_workshop(store, given)
    events = await store.load_events(row.id)
    series = series_of(events)
    if not series:
        return [events]
    return [log for _, log in await series_logs(store, series)]


def ledger_filename(ledger: Ledger) -> str:
    """Like "carers-breaks-involvement-ledger.csv"; "-with-names" when names are shown."""
    first = ledger.sessions[0] if ledger.sessions else None
    label = ledger.series or (first.title if first else "")
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_label.casefold()).strip("-")[:60].strip("-")
    if not ledger.series and first:
        slug = f"{slug or first.workshop_id}-{first.date}"
    names = "-with-names" if ledger.names_shown else ""
    return f"{slug or 'workshops'}-involvement-ledger{names}.csv"


async def write_ledger(
    store: EventStore,
    given: str,
    out: Path | None = None,
    *,
    names: bool = False,
    actor_id: str = "cli",
    clock: Callable[[], float] = time.time,
) -> tuple[Path, Ledger]:
    """Build the involvement ledger for a series (or one workshop), write it as CSV, audit."""
    from bot.export.tables import render_ledger_csv

    ledger = build_ledger(clean_fields(await ledger_logs(store, given)), names=names)
    target = _target(out, ledger_filename(ledger))
    write_private(target, render_ledger_csv(ledger))
    sessions = ",".join(s.workshop_id for s in ledger.sessions)
    await store.audit(
        workshop_id=ledger.sessions[-1].workshop_id if len(ledger.sessions) == 1 else None,
        actor_id=actor_id,
        action="export",
        outcome="ok",
        detail=(
            f"format=ledger; series={ledger.series}; sessions={sessions}; "
            f"names={'shown' if names else 'pseudonymised'}; to={target}"
        ),
        now=clock(),
    )
    return target, ledger


async def export_workshop(
    store: EventStore,
    workshop_id: str,
    fmt: str,
    *,
    names: bool = False,
    transcript: bool = False,
    actor_id: str = "cli",
    clock: Callable[[], float] = time.time,
    options: NotesOptions = PLAIN_NOTES,
) -> tuple[str, bytes]:
    """Render one format and write an audit row; returns (filename, content)."""
    filename, content = await render_workshop(
        store, workshop_id, fmt, names=names, transcript=transcript, options=options
    )
    await _audit(store, workshop_id, actor_id, fmt, names, transcript, filename, clock)
    return filename, content


async def write_export(
    store: EventStore,
    workshop_id: str,
    fmt: str,
    out: Path | None = None,
    *,
    names: bool = False,
    transcript: bool = False,
    actor_id: str = "cli",
    clock: Callable[[], float] = time.time,
    options: NotesOptions = PLAIN_NOTES,
) -> Path:
    """Render, write to `out` (a file, or a folder for the usual name; default the
    current folder), then audit. Returns where it was written."""
    filename, content = await render_workshop(
        store, workshop_id, fmt, names=names, transcript=transcript, options=options
    )
    target = _target(out, filename)
    write_private(target, content)
    await _audit(store, workshop_id, actor_id, fmt, names, transcript, str(target), clock)
    return target


async def write_all(
    store: EventStore,
    workshop_id: str,
    folder: Path,
    *,
    names: bool = False,
    transcript: bool = False,
    actor_id: str = "cli",
    clock: Callable[[], float] = time.time,
    options: NotesOptions = PLAIN_NOTES,
) -> list[Path]:
    """Every format into `folder` (made if missing, readable by its owner only): one
    audit row per file. Each format is written or fails on its own; if any failed,
    SomeFormatsFailed says which, after the others are written."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(t.cannot_write(str(folder), error.strerror or str(error))) from None
    written: list[Path] = []
    failed: dict[str, str] = {}
    for fmt in FORMATS:
        try:
            written.append(
                await write_export(
                    store,
                    workshop_id,
                    fmt,
                    folder,
                    names=names,
                    transcript=transcript,
                    actor_id=actor_id,
                    clock=clock,
                    options=options,
                )
            )
        except ExportError as error:
            failed[fmt] = str(error)
        except Exception as error:  # a renderer's own fault must not cost the others
            log.exception("could not render %s as %s", workshop_id, fmt)
            failed[fmt] = str(error) or type(error).__name__
    if failed:
        raise SomeFormatsFailed(written, failed)
    return written


def write_private(target: Path, content: bytes) -> None:
    """Write `content` readable and writable by its owner only (0600, like the
    database): the notes hold what people said."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as file:
            os.fchmod(file.fileno(), 0o600)  # an older file may have been made readable
            file.write(content)
    except OSError as error:
        raise ExportError(t.cannot_write(str(target), error.strerror or str(error))) from None


def _target(out: Path | None, filename: str) -> Path:
    if out is None:
        return Path.cwd() / filename
    if out.is_dir():
        return out / filename
    return out


async def _audit(
    store: EventStore,
    workshop_id: str,
    actor_id: str,
    fmt: str,
    names: bool,
    transcript: bool,
    where: str,
    clock: Callable[[], float],
) -> None:
    detail = (
        f"format={fmt}; names={'shown' if names else 'pseudonymised'}; "
        f"transcript={'yes' if transcript else 'no'}; to={where}"
    )
    await store.audit(
        workshop_id=workshop_id,
        actor_id=actor_id,
        action="export",
        outcome="ok",
        detail=detail,
        now=clock(),
    )
