"""Privacy rules, pure: what erasing a person and purging old transcript text change
in a stored event, and when the daily purge runs.

The log is append-only with two exceptions, both made by the store in one
transaction with their audit row: a person who asked to be forgotten
(`PersonErased`) and the retention purge. Both only ever *remove* text (a
message's words, words kept for a correction, the cue words of a safety flag)
or replace a name with a pseudonym, so replaying the log still works.
"""

from __future__ import annotations

from typing import Any

from facilitation.timers import Timer

DAY_SECONDS = 24 * 60 * 60
PURGE_HOUR_UTC = 3  # the daily purge runs at 03:00 UTC, when workshops are rare
PRIVACY_TIMERS = "privacy"  # the timers' "workshop": not a workshop, the whole database
PURGE = "transcript-purge"

Payload = dict[str, Any]
TEXT_EVENTS = ("MessagePosted", "MessageEdited")  # the events that carry what people wrote
# The events a message's deletion may change: its versions, and a safety flag quoting it.
DELETABLE_EVENTS = (*TEXT_EVENTS, "SafeguardingFlagged")


def _cue_kinds(reasons: list[str]) -> list[str]:
    """A safety flag's reasons without the words that triggered them ("self-harm: ..." ->
    "self-harm"), as is already done for someone who opted out."""
    return [str(reason).split(":")[0] for reason in reasons]


def erased_payload(
    type_name: str, payload: Payload, person_id: str, pseudonym: str
) -> Payload | None:
    """The payload with this person's words removed and their name replaced; None if
    the event needs no change."""
    p = dict(payload)
    if type_name in TEXT_EVENTS and p.get("person_id") == person_id and p.get("text") is not None:
        p["text"] = None
    elif type_name == "ParticipantJoined" and p.get("person_id") == person_id:
        p["name"] = pseudonym
    elif type_name == "WorkshopStarted" and p.get("facilitator_id") == person_id:
        p["facilitator_name"] = pseudonym
    elif type_name == "MinutesItemAdded" and p.get("owner_id") == person_id:
        p["owner_name"] = pseudonym
    elif type_name == "SafeguardingFlagged" and p.get("person_id") == person_id:
        p["reasons"] = _cue_kinds(p.get("reasons") or [])
        p.pop("text", None)  # the words the staff alert quoted
    elif type_name == "DriftRedirected" and p.get("words"):
        p["words"] = []  # whose words they were is not recorded: all go (state drops them too)
    return p if p != payload else None


def purged_payload(type_name: str, payload: Payload, cutoff: float) -> Payload | None:
    """The payload without transcript text if it was written before `cutoff`; None if
    there is nothing to remove."""
    if float(payload.get("at", cutoff)) >= cutoff:
        return None
    p = dict(payload)
    if type_name in TEXT_EVENTS and p.get("text") is not None:
        p["text"] = None
    elif type_name == "DriftRedirected" and p.get("words"):
        p["words"] = []
    elif type_name == "SafeguardingFlagged":
        p["reasons"] = _cue_kinds(p.get("reasons") or [])
        p.pop("text", None)
    return p if p != payload else None


def deleted_payload(type_name: str, payload: Payload, message_id: str) -> Payload | None:
    """The payload without the words of a message deleted on the platform (its first
    version and every edit); None if the event is about another message."""
    if type_name == "SafeguardingFlagged" and payload.get("message_id") == message_id:
        # Its words and the cue words in its reasons go; the kind of cue stays.
        p = {k: v for k, v in payload.items() if k != "text"}
        p["reasons"] = _cue_kinds(p.get("reasons") or [])
        return p if p != payload else None
    if type_name not in TEXT_EVENTS or payload.get("message_id") != message_id:
        return None
    if payload.get("text") is None:
        return None
    return {**payload, "text": None}


def purge_cutoff(now: float, retention_days: int) -> float | None:
    """Transcript text written before this moment is past its retention; None: keep all."""
    return now - retention_days * DAY_SECONDS if retention_days > 0 else None


def next_purge(now: float) -> float:
    """The next 03:00 UTC strictly after `now`."""
    today = now - now % DAY_SECONDS + PURGE_HOUR_UTC * 60 * 60
    return today if today > now else today + DAY_SECONDS


def purge_timer(due: float, retention_days: int) -> Timer | None:
    """The purge timer due at `due`; none when everything is kept."""
    if retention_days <= 0:
        return None
    return Timer(
        id=f"{PRIVACY_TIMERS}/{PURGE}/{int(due)}", workshop_id=PRIVACY_TIMERS, kind=PURGE, due=due
    )
