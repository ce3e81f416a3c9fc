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

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from facilitation import alerts, drift, words
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation.effects import Effect, Post, SendPrivate
from facilitation.rules import find_person, require
from facilitation.state import Recent, Status, WorkshopState

# sensitivity: (off-scope messages needed, among the last N, does one long one do)
RULES = {"low": (3, 5, False), "normal": (2, 4, True), "high": (2, 6, True)}
LONG_MESSAGE_WORDS = 30
LONG_MESSAGE_SCORE = 0.5


# After one flagged concern the bot reads that person more closely for the rest of the
# workshop: lower safeguarding thresholds, and what only they catch is a weak alert.
ATTENTIVE = drift.Thresholds(safeguarding_at=1.5, model_at=12.0, model_sure_at=35.0)
# A disclosure is often spread over two or three messages: a person's messages in the same
# room within this many seconds are read together when the newest holds a risk word.
CONTEXT_SECONDS = 300
CONTEXT_MESSAGES = 3


@lru_cache(maxsize=128)
def _classifier(scope: drift.Scope, attentive: bool = False) -> drift.Classifier:
    """Built once per scope (its term sets are precomputed); pure, so safe to cache.
    Only for the lexicon it was built with: see `_classifiers`."""
    return drift.Classifier(scope, ATTENTIVE if attentive else None)


class _Kept:
    """A workshop's classifiers, with the scope parts and the lexicon they were built
    from, held so that each can be compared by identity (`is`): a state keeps these
    objects from one message to the next (an event that changes none of them copies
    the reference), so finding the classifier costs no `Scope` and no hash."""

    __slots__ = ("parts", "default", "attentive")

    def __init__(self, parts: tuple[object, ...], default: drift.Classifier) -> None:
        self.parts = parts
        self.default = default
        self.attentive: drift.Classifier | None = None


# By workshop id; at most KEPT_WORKSHOPS (the oldest built goes first).
_KEPT: dict[str, _Kept] = {}
KEPT_WORKSHOPS = 128
# The lexicon `_classifier`'s entries were built with. A classifier reads the
# lexicon's word sets when it is built (stop words and common words weigh the scope's
# terms), so one built before `drift.use_lexicon` installed another must not be used
# after it: both caches are emptied when the installed lexicon is another object.
_built_with: list[object] = [None]


def _classifiers(state: WorkshopState) -> _Kept:
    """The classifiers for this workshop's scope, under the installed lexicon."""
    lexicon = drift.installed_lexicon()
    if lexicon is not _built_with[0]:
        _classifier.cache_clear()
        _KEPT.clear()
        _built_with[0] = lexicon
    parts = (
        state.title,
        state.scope,
        state.agenda,
        state.out_of_scope,
        state.complaints_route,
        state.extra_terms,
    )
    kept = _KEPT.get(state.workshop_id)
    if kept is not None and all(map(operator.is_, parts, kept.parts)):
        return kept
    kept = _Kept(parts, _classifier(scope_of(state)))
    _KEPT.pop(state.workshop_id, None)
    if len(_KEPT) >= KEPT_WORKSHOPS:
        del _KEPT[next(iter(_KEPT))]
    _KEPT[state.workshop_id] = kept
    return kept


def _attentive(kept: _Kept) -> drift.Classifier:
    if kept.attentive is None:
        kept.attentive = _classifier(kept.default.scope, attentive=True)
    return kept.attentive


def classify(state: WorkshopState, c: cmd.Say, now: float, recorded: bool) -> drift.Classification:
    """The message's label, read alone, then (if not flagged) more closely for someone
    flagged before, then together with the person's last few messages in the room."""
    kept = _classifiers(state)
    return _read(
        kept.default,
        lambda: _attentive(kept),
        c.text,
        c.actor.id in state.watched,
        lambda: _earlier_words(state, c, now) if recorded else [],
    )


def _read(
    default: drift.Classifier,
    attentive: Callable[[], drift.Classifier],
    text: str,
    watched: bool,
    earlier_of: Callable[[], list[str]],
) -> drift.Classification:
    """`classify`'s steps, from its inputs: the same in this process and in the
    classifier's worker (`read`)."""
    result = default.classify(text)
    if result.label == "safeguarding":
        return result
    if watched:
        closer = attentive().classify(text)
        if closer.label == "safeguarding":
            reasons = (words.ATTENTIVE_REASON, *closer.reasons)
            return drift.Classification(closer.label, closer.score, reasons, drift.WEAK_ALERT)
    # The risk word first: it is read from forms of the text the classifier has just
    # kept, while the earlier messages are a scan of the recent ones.
    if drift.has_risk_word(text):
        earlier = earlier_of()
        if earlier:
            together = default.classify(" ".join((*earlier, text)))
            if together.label == "safeguarding":
                reasons = (words.context_reason(len(earlier)), *together.reasons)
                return drift.Classification(
                    together.label, together.score, reasons, together.strength
                )
    return result


@dataclass(frozen=True)
class Reading:
    """Everything `classify` reads a message with, as plain values: the workshop's
    scope, the text, whether the writer is read more closely (flagged before), and
    their recorded earlier messages it may be read together with. A worker process
    (bot/reader.py) classifies a `Reading` with `read`, to the same label."""

    scope: drift.Scope
    text: str
    watched: bool
    earlier: tuple[str, ...]


@dataclass(frozen=True)
class ReadAhead:
    """A message's label worked out before `decide` (bot/reader.py, in another
    process), carried in on `Say.read_ahead`, with what it was read from: the
    workshop's state (the very object), the message's writer, room and text, the time
    and whether the words are kept. A `Reading` is made from exactly these
    (`_reading`), so `on_message` uses the label only when they are the same as its
    own; otherwise it classifies."""

    state: WorkshopState = field(compare=False, repr=False)
    person_id: str
    room: str
    text: str
    now: float
    recorded: bool
    result: drift.Classification

    def fits(self, state: WorkshopState, c: cmd.Say, now: float, recorded: bool) -> bool:
        return (
            self.state is state
            and (self.person_id, self.room, self.text) == (c.actor.id, c.room, c.text)
            and self.now == now
            and self.recorded == recorded
        )


def reading_for(state: WorkshopState, c: cmd.Say, now: float) -> Reading | None:
    """What a chat message from someone already in the running workshop would be
    classified with; None for anything `decide` would not classify as it is (a
    newcomer's first message, a workshop not running, a bot)."""
    person = state.people.get(c.actor.id)
    if person is None or state.status is not Status.RUNNING:
        return None
    if c.actor.platform_role is cmd.PlatformRole.BOT:
        return None
    return _reading(state, c, now, person.recorded)


def read_ahead(
    state: WorkshopState, c: cmd.Say, now: float, result: drift.Classification
) -> ReadAhead:
    """`result`, the label of `reading_for(state, c, now)`, to go on the message."""
    recorded = state.people[c.actor.id].recorded
    return ReadAhead(state, c.actor.id, c.room, c.text, now, recorded, result)


def _reading(state: WorkshopState, c: cmd.Say, now: float, recorded: bool) -> Reading:
    earlier = tuple(_earlier_words(state, c, now)) if recorded else ()
    return Reading(_classifiers(state).default.scope, c.text, c.actor.id in state.watched, earlier)


def read(reading: Reading) -> drift.Classification:
    """A `Reading`'s label: `classify`'s steps on its values."""
    return _read(
        _classifier(reading.scope),
        lambda: _classifier(reading.scope, attentive=True),
        reading.text,
        reading.watched,
        lambda: list(reading.earlier),
    )


def _label(state: WorkshopState, c: cmd.Say, now: float, recorded: bool) -> drift.Classification:
    """The label read ahead, if it was read from what would be read now; else read now."""
    ahead = c.read_ahead
    if isinstance(ahead, ReadAhead) and ahead.fits(state, c, now, recorded):
        return ahead.result
    return classify(state, c, now, recorded)


def _earlier_words(state: WorkshopState, c: cmd.Say, now: float) -> list[str]:
    """The person's recorded messages in this room from the last few minutes, unless one
    of them was already flagged (its alert has gone)."""
    mine: list[Recent] = []  # the last CONTEXT_MESSAGES - 1 of them, newest first
    for r in reversed(state.recent):
        if r.person_id == c.actor.id and r.room == c.room and now - r.at <= CONTEXT_SECONDS:
            mine.append(r)
            if len(mine) == CONTEXT_MESSAGES - 1:
                break
    if any(r.label == "safeguarding" for r in mine):
        return []
    return [r.text for r in reversed(mine) if r.text]


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
    result = _label(state, c, now, recorded)
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
                strength=result.strength or drift.STRONG_ALERT,
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
    if c.number is not None or c.link is not None:
        return _correct_numbered(state, c)
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


def ask_route(state: WorkshopState, c: cmd.AskComplaintRoute, now: float) -> list[ev.Event]:
    return [ev.RouteSent(person_id=c.actor.id, room=c.room, by_id=c.actor.id, at=now)]


def send_route(state: WorkshopState, c: cmd.SendRoute, now: float) -> list[ev.Event]:
    person = find_person(state, c.name)
    return [ev.RouteSent(person_id=person.id, room=c.room, by_id=c.actor.id, at=now)]


def record_concern(state: WorkshopState, c: cmd.RecordConcern, now: float) -> list[ev.Event]:
    person = find_person(state, c.name)
    note = c.note.strip() or None
    return [
        ev.ConcernRecorded(person_id=person.id, room=c.room, by_id=c.actor.id, note=note, at=now)
    ]


def _is_meant(message: Recent, c: cmd.CorrectLabel) -> bool:
    if c.number is not None:
        return message.number == c.number
    # A Discord link ends in the message's snowflake (its id here is "discord:<snowflake>");
    # a Matrix link ends in the event id ("https://matrix.to/#/!room:server/$event?via=...").
    last = (c.link or "").split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    if not last:
        return False
    return message.message_id in (c.link, last) or message.message_id.endswith(":" + last)


def _correct_numbered(state: WorkshopState, c: cmd.CorrectLabel) -> list[ev.Event]:
    """Any recent message, by the number an alert gave it or by its link."""
    message = next((r for r in state.recent if _is_meant(r, c)), None)
    require(message is not None, words.no_such_message(state.prefix, c.number or c.link))
    require(message.label != c.label, words.label_unchanged(c.label))
    redirected = message.label in drift.REDIRECT_LABELS
    # A redirect corrected to on-scope teaches its words, as with the last flag; only
    # when the words were recorded.
    teach = c.label == "on_scope" and redirected and message.text
    learned = drift.content_words(message.text) if teach else ()
    terms = tuple(dict.fromkeys((*learned, *c.terms)))
    return [
        ev.LabelCorrected(
            message_id=message.message_id,
            old=message.label,
            new=c.label,
            terms=terms,
            by_id=c.actor.id,
        )
    ]


DECIDERS: dict[type, Callable] = {
    cmd.SetDrift: set_drift,
    cmd.CorrectLabel: correct_label,
    cmd.AskComplaintRoute: ask_route,
    cmd.SendRoute: send_route,
    cmd.RecordConcern: record_concern,
}

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
    # neither reaches anyone, the room hears only that a facilitator is needed. A strong
    # alert ("please check now") and a weak one ("have a look when you can") differ in
    # their first line.
    record = alerts.safeguarding_record(e.person_id, _room_name(s, e.room), e.message_id, ())
    strong = e.strength != drift.WEAK_ALERT
    text = alerts.alert_text(s, record, reasons=e.reasons, said=e.text, strong=strong)
    where = (e.room or s.room, e.message_id)
    return [alerts.staff_alert(s, text, record, message=where)]


def on_route_sent(s: WorkshopState, e: ev.RouteSent) -> list[Effect]:
    route = SendPrivate(
        e.person_id,
        e.room or s.room,
        words.route_for_you(s.complaints_route),
        s.name_of(e.person_id),
    )
    if e.by_id == e.person_id:
        return [route]
    done = words.route_sent(s.name_of(e.person_id))
    return [route, SendPrivate(e.by_id, e.room or s.room, done, s.name_of(e.by_id))]


def on_concern_recorded(s: WorkshopState, e: ev.ConcernRecorded) -> list[Effect]:
    """Staff hear it like a safety alert (the staff room and each facilitator privately,
    kept and retried until it reaches someone); the one who recorded it also gets a
    confirmation. Nothing in the room. A retry says what a safety alert's record says,
    without the note (records keep no one's words)."""
    room = _room_name(s, e.room)
    text = words.concern_recorded(s.name_of(e.by_id), s.name_of(e.person_id), room, e.note)
    record = alerts.safeguarding_record(e.person_id, room, "", ("concern recorded by staff",))
    done = words.concern_noted(s.name_of(e.person_id))
    return [
        alerts.staff_alert(s, text, record),
        SendPrivate(e.by_id, s.room, done, s.name_of(e.by_id)),
    ]


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
    ev.RouteSent: on_route_sent,
    ev.ConcernRecorded: on_concern_recorded,
    ev.DriftSettingsChanged: on_drift_settings,
}
