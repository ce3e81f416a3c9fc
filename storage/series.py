"""Reading a series' sessions from the store.

Here, not in the dispatcher, because both the dispatcher (a new session carries the
open actions of the earlier ones) and the export (the involvement ledger, a series'
notes) need it, and the export must not import the dispatcher for a store query.
"""

from __future__ import annotations

from facilitation.events import Event
from facilitation.series import series_key, series_of
from storage.store import EventStore, WorkshopRow


async def series_logs(store: EventStore, series: str) -> list[tuple[WorkshopRow, list[Event]]]:
    """Every workshop of the named series with its log, oldest first.

    Reads every workshop's log to find its series: fine for hundreds of workshops; a
    `series` column on the workshops table would make it one query."""
    wanted = series_key(series)
    found: list[tuple[WorkshopRow, list[Event]]] = []
    if not wanted:
        return found
    for row in await store.all_workshops():
        events = await store.load_events(row.id)
        if series_key(series_of(events)) == wanted:
            found.append((row, events))
    return found
