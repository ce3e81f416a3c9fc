"""Session notes: the minutes of a workshop as Markdown, HTML, Word, CSV and JSON.

`facilitation.minutes.build_minutes` makes one model from the event log; the
renderers here only lay it out. See docs/notes.md.
"""

from bot.export.cli import add_export_arguments, add_list_arguments, run_export, run_list
from bot.export.service import (
    FORMATS,
    ExportError,
    export_workshop,
    filename_for,
    find_workshop,
    render_workshop,
    write_all,
    write_export,
)
from facilitation.words import EXPORT_HELP, LIST_HELP

__all__ = [
    "EXPORT_HELP",
    "LIST_HELP",
    "FORMATS",
    "ExportError",
    "add_export_arguments",
    "add_list_arguments",
    "export_workshop",
    "filename_for",
    "find_workshop",
    "render_workshop",
    "run_export",
    "run_list",
    "write_all",
    "write_export",
]
