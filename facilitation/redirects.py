"""Staying on scope: what the bot does with each ordinary message.

Every message is classified against the workshop's scope (drift.py). Then:

- safeguarding: never a public reply; every facilitator is told privately, at
  once, with why it was flagged. The bot flags; it does not judge.
- complaint: the writer gets a kind private reply with the complaints route
  (not again within the cool-down); the notes keep only that a concern was
  raised.
- off_scope: nothing for one short message. When drift is sustained (several of
  the room's recent messages, or one long one) the room gets one gentle
  reminder of the scope and an offer to park the point, at most once per room
  per cool-down. A facilitator can pause this or change how soon it comes.
- on_scope and chatter: nothing.

A facilitator can correct the last flagged message in a room; correcting a
redirect to on_scope teaches the classifier that message's words as scope.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from facilitation import alerts, drift, words
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation.effects import Effect, Post, SendPrivate
from facilitation.rules import require
from facilitation.state import WorkshopState

# sensitivity: (off-scope messages needed, among the last N, does one long one do)
RULES = {"low": (3, 5, False), "normal": (2, 4, True), "high": (2, 6, True)}
LONG_MESSAGE_WORDS = 30
LONG_MESSAGE_SCORE = 0.5


@lru_cache(maxsize=128)
def _classifier(scope: drift.Scope) -> drift.Classifier:
    """Built once per scope (its term sets are precomputed); pure, so safe to cache."""
    return drift.Classifier(scope)


def scope_of(state: WorkshopState) -> drift.Scope:
    return drift.Scope(
        title=state.title,
        scope=state.scope,
        agenda=state.agenda,
        out_of_scope=state.out_of_scope,
        complaints_route=state.complaints_route,
        extra_terms=state.extra_terms,
    )


def on_message(state: WorkshopState, c: cmd.Say, now: float, recorded: bool) -> list[ev.Event]:
    result = _classifier(scope_of(state)).classify(c.text)
    posted = ev.MessagePosted(
        person_id=c.actor.id,
        text=c.text if recorded else None,
        at=now,
        room=c.room,
        label=result.label,
        message_id=c.source_id,
    )
    return [posted, *_respond(state, c, result, now, recorded)]


def _respond(
    state: WorkshopState, c: cmd.Say, result: drift.Classification, now: float, recorded: bool
) -> list[ev.Event]:
    if result.label == "safeguarding":
        # Someone who opted out keeps that promise: only the kind of cue, not the words.
        reasons = result.reasons if recorded else tuple(r.split(":")[0] for r in result.reasons)
        return [
            ev.SafeguardingFlagged(
                person_id=c.actor.id,
                room=c.room,
                message_id=c.source_id,
                reasons=reasons,
                at=now,
                text=c.text if recorded else None,
            )
        ]
    if result.label == "complaint":
        last = state.last_concern_answer.get(c.actor.id)
        answered = last is None or now - last >= state.drift_cooldown
        return [
            ev.ConcernRaised(
                person_id=c.actor.id, room=c.room, message_id=c.source_id, answered=answered, at=now
            )
        ]
    if result.label == "off_scope" and _should_redirect(state, c, result, now):
        learned = drift.content_words(c.text) if recorded else ()
        return [ev.DriftRedirected(room=c.room, message_id=c.source_id, words=learned, at=now)]
    return []


def _should_redirect(
    state: WorkshopState, c: cmd.Say, result: drift.Classification, now: float
) -> bool:
    if state.drift_paused:
        return False
    last = state.last_redirect.get(c.room)
    if last is not None and now - last < state.drift_cooldown:
        return False
    needed, window, long_counts = RULES[state.drift_sensitivity]
    recent = (*state.recent_labels.get(c.room, ()), result.label)[-window:]
    long_off = len(c.text.split()) >= LONG_MESSAGE_WORDS and result.score >= LONG_MESSAGE_SCORE
    return recent.count("off_scope") >= needed or (long_counts and long_off)


def set_drift(state: WorkshopState, c: cmd.SetDrift, now: float) -> list[ev.Event]:
    paused = state.drift_paused if c.paused is None else c.paused
    sensitivity = c.sensitivity or state.drift_sensitivity
    require(
        sensitivity in cmd.SENSITIVITIES, words.bad_choice(state.prefix, "drift", cmd.SENSITIVITIES)
    )
    unchanged = (paused, sensitivity) == (state.drift_paused, state.drift_sensitivity)
    require(not unchanged, words.drift_unchanged(state.prefix, paused, sensitivity))
    return [ev.DriftSettingsChanged(paused=paused, sensitivity=sensitivity, by_id=c.actor.id)]


def correct_label(state: WorkshopState, c: cmd.CorrectLabel, now: float) -> list[ev.Event]:
    require(c.label in cmd.LABELS, words.bad_choice(state.prefix, "relabel", cmd.LABELS))
    flag = state.last_flag.get(c.room)
    require(flag is not None, words.nothing_to_correct(state.prefix))
    require(flag.label != c.label, words.label_unchanged(c.label))
    learned = flag.words if c.label == "on_scope" else ()
    terms = tuple(dict.fromkeys((*learned, *c.terms)))
    return [
        ev.LabelCorrected(
            message_id=flag.message_id, old=flag.label, new=c.label, terms=terms, by_id=c.actor.id
        )
    ]


DECIDERS: dict[type, Callable] = {cmd.SetDrift: set_drift, cmd.CorrectLabel: correct_label}

# --- react -------------------------------------------------------------------


def _room_name(s: WorkshopState, room: str) -> str:
    if s.breakout and (index := s.breakout.room_index(room)) is not None:
        return s.breakout.rooms[index].name
    return words.MAIN_ROOM_NAME


def on_redirected(s: WorkshopState, e: ev.DriftRedirected) -> list[Effect]:
    return [Post(room=e.room or s.room, text=words.drift_reminder(s.prefix, s.scope))]


def on_concern(s: WorkshopState, e: ev.ConcernRaised) -> list[Effect]:
    if not e.answered:
        return []
    text = words.concern_reply(s.complaints_route)
    record = alerts.concern_record(e.person_id, _room_name(s, e.room))
    return [
        SendPrivate(e.person_id, e.room or s.room, text, s.name_of(e.person_id)),
        alerts.staff_alert(s, alerts.alert_text(s, record), record),
    ]


def on_safeguarding(s: WorkshopState, e: ev.SafeguardingFlagged) -> list[Effect]:
    # Staff only, never in the room: the staff room and each facilitator privately; if
    # neither reaches anyone, the room hears only that a facilitator is needed.
    record = alerts.safeguarding_record(e.person_id, _room_name(s, e.room), e.message_id, ())
    text = alerts.alert_text(s, record, reasons=e.reasons, said=e.text)
    where = (e.room or s.room, e.message_id)
    return [alerts.staff_alert(s, text, record, message=where)]


def on_corrected(s: WorkshopState, e: ev.LabelCorrected) -> list[Effect]:
    return [SendPrivate(e.by_id, s.room, words.label_corrected(e.new, e.terms), s.name_of(e.by_id))]


def on_drift_settings(s: WorkshopState, e: ev.DriftSettingsChanged) -> list[Effect]:
    text = words.drift_settings(s.prefix, e.paused, e.sensitivity)
    return [SendPrivate(e.by_id, s.room, text, s.name_of(e.by_id))]


REACTORS: dict[type, Callable] = {
    ev.DriftRedirected: on_redirected,
    ev.ConcernRaised: on_concern,
    ev.SafeguardingFlagged: on_safeguarding,
    ev.LabelCorrected: on_corrected,
    ev.DriftSettingsChanged: on_drift_settings,
}
