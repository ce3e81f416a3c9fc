"""`workshop-bot corrections OUT_DIR`: facilitators' corrections as labelled data.

Every `!relabel` is a `LabelCorrected` event in the log. This writes each corrected
message whose words were recorded (not opted out, erased, deleted or past retention) as
one labelled line of OUT_DIR/corrections.jsonl, in the shape of the drift data sets
({"id", "scope_id", "text", "label", "author": "corrections"}), and each workshop's scope
to OUT_DIR/corrections_scopes.json. `python bench/bench_drift.py --train --corrections
OUT_DIR` then trains the word model with them. A message corrected twice keeps its last
label; an edited message its last words.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from bot.export.cli import _open, _run
from bot.export.service import ExportError, write_private
from facilitation import events as ev
from facilitation import words as t
from facilitation.state import WorkshopState, evolve

AUTHOR = "corrections"


def labelled(workshop_id: str, events: Iterable[ev.Event]) -> tuple[dict, list[dict]]:
    """(the workshop's scope as a SCOPES.json entry, its corrected messages as rows)."""
    state = WorkshopState(workshop_id=workshop_id)
    texts: dict[str, str | None] = {}
    labels: dict[str, str] = {}
    for event in events:
        state = evolve(state, event)
        match event:
            case ev.MessagePosted(message_id=mid, text=text) if mid:
                texts[mid] = text
            case ev.MessageEdited(message_id=mid, text=text) if mid in texts:
                texts[mid] = text
            case ev.MessageDeleted(message_id=mid):
                texts[mid] = None
            case ev.LabelCorrected(message_id=mid, new=new):
                labels[mid] = new
    scope = {
        "title": state.title,
        "scope": state.scope,
        "agenda": list(state.agenda),
        "out_of_scope": list(state.out_of_scope),
        "complaints_route": state.complaints_route,
    }
    rows = [
        {
            "id": f"{workshop_id}:{mid}",
            "scope_id": workshop_id,
            "text": texts[mid],
            "label": label,
            "author": AUTHOR,
        }
        for mid, label in labels.items()
        if texts.get(mid)
    ]
    return scope, rows


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help="folder to write into")
    parser.add_argument("--config", type=Path, help=t.CONFIG_ARG_HELP)


def run(args: argparse.Namespace) -> int:
    return _run(_write, args)


async def _write(settings, args: argparse.Namespace) -> None:
    store = await _open(settings)
    try:
        scopes: dict[str, dict] = {}
        rows: list[dict] = []
        for row in await store.all_workshops():
            scope, found = labelled(row.id, await store.load_events(row.id))
            if found:
                scopes[row.id] = scope
                rows += found
    finally:
        await store.close()
    # People's words: readable by the owner only, like the notes (docs/security.md).
    try:
        args.out.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(t.cannot_write(str(args.out), error.strerror or str(error))) from None
    # ASCII JSON: U+2028, U+0085 and the like are escaped, so a reader that splits
    # lines with str.splitlines() (which breaks on them) still reads one record a line.
    lines = "".join(json.dumps(r) + "\n" for r in rows)
    write_private(args.out / "corrections.jsonl", lines.encode("utf-8"))
    scopes_json = json.dumps(scopes, ensure_ascii=False, indent=1)
    write_private(args.out / "corrections_scopes.json", scopes_json.encode("utf-8"))
    print(f"wrote {len(rows)} corrected messages from {len(scopes)} workshops to {args.out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workshop-bot corrections", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
