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

from facilitation.text import renamed
from facilitation.timers import Timer

DAY_SECONDS = 24 * 60 * 60
PURGE_HOUR_UTC = 3  # the daily purge runs at 03:00 UTC, when workshops are rare
PRIVACY_TIMERS = "privacy"  # the timers' "workshop": not a workshop, the whole database
PURGE = "transcript-purge"

Payload = dict[str, Any]
TEXT_EVENTS = ("MessagePosted", "MessageEdited")  # the events that carry what people wrote
# Other events that may hold someone's words (cue words, learnt words, an alert's words,
# a staff note): retention purges them too.
WORDS_IN_EVENTS = ("DriftRedirected", "SafeguardingFlagged", "ConcernRecorded")
# The events a message's deletion may change: its versions, and a safety flag quoting it.
DELETABLE_EVENTS = (*TEXT_EVENTS, "SafeguardingFlagged")


def _cue_kinds(reasons: list[str]) -> list[str]:
    """A safety flag's reasons without the words that triggered them ("self-harm: ..." ->
    "self-harm"), as is already done for someone who opted out."""
    return [str(reason).split(":")[0] for reason in reasons]


FLAG_AUDIT = "SafeguardingFlagged"  # the audit action of a safety flag


def flag_audit_detail(message_id: str, person_id: str, reasons: list[str] | tuple[str, ...]) -> str:
    """What the audit table keeps of a safety flag: the kinds of cue, never the quoted
    words (the audit table outlives an erasure or the retention purge otherwise)."""
    kinds = "; ".join(_cue_kinds(list(reasons)))
    return f"flagged message {message_id} by {person_id}; alerted facilitators; {kinds}"


def scrubbed_flag_detail(detail: str) -> str:
    """An audit row written by an older version, which quoted the cue words, without
    them: the reasons after "alerted facilitators; " cut to their kind."""
    head, marker, reasons = detail.partition("; alerted facilitators; ")
    if not marker:
        return detail
    return head + marker + "; ".join(_cue_kinds(reasons.split("; ")))


# Events whose plain-words fields may name a person (a failure report says "send a
# private message to Alice"): EffectFailureNoted (state keeps only their count) and
# AlertHeld, whose record a failure alert fills from it (state renames its held
# alerts on PersonErased the same way, so a replay rebuilds the same state).
NAMING_EVENTS = {"EffectFailureNoted": ("what", "reason"), "AlertHeld": ("record",)}


def names_of(type_name: str, payload: Payload, person_id: str) -> set[str]:
    """The display names an event gives this person (read before erasing, so the names
    can be found wherever else they were written)."""
    if type_name == "ParticipantJoined" and payload.get("person_id") == person_id:
        return {str(payload.get("name") or "")} - {""}
    if type_name == "WorkshopStarted" and payload.get("facilitator_id") == person_id:
        return {str(payload.get("facilitator_name") or "")} - {""}
    return set()


def erased_payload(
    type_name: str,
    payload: Payload,
    person_id: str,
    pseudonym: str,
    names: set[str] | frozenset[str] = frozenset(),
) -> Payload | None:
    """The payload with this person's words removed and their name replaced (also in
    plain-words fields that may name them, given their `names`); None if the event
    needs no change."""
    p = dict(payload)
    if type_name == "EffectFailureNoted" and p.get("tell_id") == person_id:
        p["tell_id"] = ""  # who was told their message was not shown (alerts.failure_noted)
    if type_name in NAMING_EVENTS and names:
        for field in NAMING_EVENTS[type_name]:
            value = p.get(field)
            if isinstance(value, str):
                p[field] = renamed(value, names, pseudonym)
            elif isinstance(value, list):
                p[field] = [
                    renamed(v, names, pseudonym) if isinstance(v, str) else v for v in value
                ]
        return p if p != payload else None
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
    elif type_name == "ConcernRecorded" and person_id in (p.get("person_id"), p.get("by_id")):
        p["note"] = None  # a staff note about the person, or the staff member's own words
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
    elif type_name == "ConcernRecorded" and p.get("note") is not None:
        p["note"] = None
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
