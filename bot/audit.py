"""What the audit table keeps about a command's events.

Safeguarding flags, concerns, relabels, starts and ends, and notes sent from chat
leave an audit row. The rows are worked out here, before the events are stored, and
handed to the store's append with them (storage/store.py `AuditEntry`): one
transaction, so an event is never stored without its audit row, nor a row without
its event.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitation import privacy
from facilitation.events import (
    ConcernRecorded,
    Event,
    LabelCorrected,
    NotesRequested,
    SafeguardingFlagged,
    WorkshopEnded,
    WorkshopStarted,
)
from facilitation.state import WorkshopState
from storage.store import AuditEntry

# The kinds of event `_detail` keeps: the others (a raised hand, a chat message: most
# commands) are passed over with one look-up, not a match against each case.
_AUDITED = (
    WorkshopStarted,
    WorkshopEnded,
    SafeguardingFlagged,
    ConcernRecorded,
    LabelCorrected,
    NotesRequested,
)


def audit_entries(state: WorkshopState, events: Sequence[Event]) -> list[AuditEntry]:
    """The audit rows of `events`; `state` is the workshop after them."""
    for event in events:  # (a loop, not any(): no generator on every command's way)
        if isinstance(event, _AUDITED):
            break
    else:
        return []
    return [
        AuditEntry(action=type(event).__name__, detail=detail)
        for event in events
        if (detail := _detail(state, event)) is not None
    ]


def _detail(state: WorkshopState, event: Event) -> str | None:
    """What the audit table keeps about an event; None for events it does not keep."""
    match event:
        case WorkshopStarted() | WorkshopEnded():
            return state.title
        case SafeguardingFlagged(person_id=person, message_id=message, reasons=reasons):
            return privacy.flag_audit_detail(message, person, reasons)
        case ConcernRecorded(person_id=person, by_id=by):
            # The note stays in the event (erasable), not in the audit table.
            return f"safeguarding concern about {person} recorded by {by}; staff told"
        case LabelCorrected(message_id=message, old=old, new=new):
            return f"message {message}: {old} corrected to {new}"
        case NotesRequested(format=fmt, names=names):
            return f"notes sent privately from chat; format={fmt}; names={'yes' if names else 'no'}"
    return None
