"""Load a workshop's log, build its minutes, render one format; audit every export."""

from __future__ import annotations

import asyncio
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.export import text as t
from facilitation.minutes import Minutes, build_minutes
from storage.store import EventStore, WorkshopRow


class ExportError(Exception):
    """The export cannot be done; str() is one plain sentence for the person."""


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
_ALIASES = {"markdown": "md", "htm": "html", "word": "docx"}


def format_named(given: str) -> str:
    """The format's key ("md", "html", ...) or ALL; ExportError for anything else."""
    key = given.strip().casefold().lstrip(".")
    key = _ALIASES.get(key, key)
    if key not in FORMATS and key != ALL:
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
    return f"{slug or m.workshop_id}-{t.date(m.started_at)}-{spec.what}{names}.{spec.extension}"


async def render_workshop(
    store: EventStore,
    workshop_id: str,
    fmt: str,
    *,
    names: bool = False,
    transcript: bool = False,
) -> tuple[str, bytes]:
    """(filename, content), without auditing: callers audit once the export is done."""
    if fmt not in FORMATS:
        raise ExportError(t.bad_format(fmt))
    events = await store.load_events(workshop_id)
    if not events:
        raise ExportError(t.no_such_workshop(workshop_id))
    minutes = build_minutes(events, names=names, transcript=transcript)
    # Drawing the chart and building a .docx take a moment: keep the event loop free.
    content = await asyncio.to_thread(FORMATS[fmt].render, minutes)
    return filename_for(minutes, fmt), content


async def export_workshop(
    store: EventStore,
    workshop_id: str,
    fmt: str,
    *,
    names: bool = False,
    transcript: bool = False,
    actor_id: str = "cli",
    clock: Callable[[], float] = time.time,
) -> tuple[str, bytes]:
    """Render one format and write an audit row; returns (filename, content)."""
    filename, content = await render_workshop(
        store, workshop_id, fmt, names=names, transcript=transcript
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
) -> Path:
    """Render, write to `out` (a file, or a folder for the usual name; default the
    current folder), then audit. Returns where it was written."""
    filename, content = await render_workshop(
        store, workshop_id, fmt, names=names, transcript=transcript
    )
    target = _target(out, filename)
    try:
        target.write_bytes(content)
    except OSError as error:
        raise ExportError(t.cannot_write(str(target), error.strerror or str(error))) from None
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
) -> list[Path]:
    """Every format into `folder` (made if missing): one audit row per file."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(t.cannot_write(str(folder), error.strerror or str(error))) from None
    return [
        await write_export(
            store,
            workshop_id,
            fmt,
            folder,
            names=names,
            transcript=transcript,
            actor_id=actor_id,
            clock=clock,
        )
        for fmt in FORMATS
    ]


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
