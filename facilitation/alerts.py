"""Alerts for a workshop's staff, and their delivery until someone has them.

Safety alerts, calls for help from a group, personal concerns and things the bot
could not do go to the workshop's staff room (made at `!start`) AND privately to
each facilitator and co-facilitator (`AlertStaff`). One copy reaching someone is
enough. If none does (no staff room yet, private messages closed or never
accepted), the main room hears only `words.facilitator_needed()`, which reveals
nothing, and the alert is kept (`AlertHeld`) and tried again on a timer
(facilitation/timers.py) until it reaches someone (`AlertCleared`).

A kept alert is stored as a *record* of what it was about (kind, person, room, the
kinds of cue), never anyone's words, so erasing a person or the retention purge
has nothing to remove from it; its text is written again from state at each try.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import AlertStaff, CreateStaffRoom, Effect, Post, SendPrivate
from facilitation.handlers import Decider, Reactor, decider, reactor
from facilitation.state import WorkshopState
from facilitation.timers import Timer

SAFEGUARDING = "safeguarding"
HELP = "help"
CONCERN = "concern"
FAILURE = "failure"
BY_ITSELF = "by-itself"  # a failure record's fifth place: see failure_record


def _cue_kinds(reasons: Sequence[str]) -> tuple[str, ...]:
    """ "self-harm: the words" -> "self-harm": a record keeps no one's words."""
    return tuple(reason.split(":")[0] for reason in reasons)


def safeguarding_record(
    person_id: str, room_name: str, message_id: str, reasons: Sequence[str]
) -> tuple[str, ...]:
    return (SAFEGUARDING, person_id, room_name, message_id, *_cue_kinds(reasons))


def help_record(person_id: str, room_name: str) -> tuple[str, ...]:
    return (HELP, person_id, room_name)


def concern_record(person_id: str, room_name: str) -> tuple[str, ...]:
    return (CONCERN, person_id, room_name)


def failure_record(
    what: str,
    reason: str,
    platform: bool = True,
    refusal: cmd.Refusal | None = None,
    by_itself: bool = False,
    again: str = "",
) -> tuple[str, ...]:
    """`platform` False: the bot's own fault, so the words do not blame permissions.
    `refusal`: the kind of refusal the platform's adapter reported, which has words of
    its own; kept in the fourth place ("platform": a refusal of no known kind).
    `by_itself`: no facilitator's command asked for it, so the words do not say "try
    again"; `again`: when the bot does it again itself (words.DONE_AGAIN), which the
    words say instead. Kept as a fifth place, `again` or BY_ITSELF (a record without
    it: one that asked)."""
    if not platform:
        return (FAILURE, what, reason, "bot")
    kind = refusal.value if refusal else "platform"
    then = again or (BY_ITSELF if by_itself else "")
    return (FAILURE, what, reason, kind, then) if then else (FAILURE, what, reason, kind)


def failure_noted(s: WorkshopState, c: cmd.EffectFailed) -> ev.EffectFailureNoted:
    """The event of a failed effect: "by itself" unless a facilitator of this workshop
    had just asked for it (a participant's ✋ that the queue message failed to show is
    not something the facilitator can give again)."""
    asked = bool(c.asked_by) and c.asked_by in s.facilitator_ids()
    # A post (`in_room`) is the bot's message about what was asked, which is done;
    # asked by a participant, it is theirs (not by itself, not the staff's to retry).
    shown = ("not-shown" if asked else "not-shown-theirs") if c.asked_by and c.in_room else ""
    # The participant is told too (the facilitator who asked has the staff alert).
    theirs = shown == "not-shown-theirs"
    return ev.EffectFailureNoted(
        what=words.done_in(c.what, _room_words(s, c.in_room)) if c.in_room else c.what,
        reason=c.reason,
        platform=c.platform,
        refusal=c.refusal,
        by_itself=not asked,
        again=c.again or shown,
        tell_id=c.asked_by if theirs else "",
        in_room=c.in_room if theirs else "",
    )


def told_not_shown(s: WorkshopState, e: ev.EffectFailureNoted) -> list[Effect]:
    """The private message to a participant whose own command's message in the room
    could not be posted (`failure_noted`): once per failure, keyed by its event, so a
    redelivery after a restart does not send it again. None for someone erased since
    (the erasure blanks `tell_id` in the log; `erased` covers the state in memory)."""
    if not e.tell_id or e.tell_id in s.erased:
        return []
    text = words.not_shown_to_you(_room_words(s, e.in_room))
    return [SendPrivate(person_id=e.tell_id, room=s.room, text=text, name=s.name_of(e.tell_id))]


def failure_after_end(c: cmd.EffectFailed, prefix: str) -> str:
    """The words for a failure that came back once its workshop had ended (what
    `{p}end` asked for: the voices given back, say), for whoever asked: no staff
    alert can be kept and sent again without the workshop, and its command cannot
    be given again."""
    return words.effect_failed(
        c.what,
        c.reason,
        platform=c.platform,
        refusal=c.refusal.value if c.refusal else "platform",
        again="after-end",
        p=prefix,
    )


def _room_words(s: WorkshopState, room: str) -> str:
    """Plain words for one of the workshop's rooms, with no platform's word for it
    (thread, channel): the main room, the staff room, or a small group's by its name
    (of the breakout now or of an earlier one, as a regroup's last posts may fail
    after the groups have closed)."""
    if room == s.room:
        return words.MAIN_ROOM_NAME
    if room and room == s.staff_room:
        return words.STAFF_ROOM_WORDS
    for breakout in (s.breakout, *reversed(s.past_breakouts)):
        if breakout is not None and (index := breakout.room_index(room)) is not None:
            return words.group_room(breakout.rooms[index].name)
    return words.SOME_ROOM


def alert_text(
    s: WorkshopState,
    record: tuple[str, ...],
    *,
    reasons: Sequence[str] = (),
    said: str | None = None,
    strong: bool = True,
) -> str:
    """The alert's words. `reasons` and `said` (the flagged message's words, None if the
    person opted out) only on the first try of a safety alert; a retry says less.
    `strong` False: "have a look when you can" (issue 20); a retry is always strong."""
    kind = record[0]
    if kind == SAFEGUARDING:
        _, person_id, room_name, message_id, *kinds = record
        # The message's number, for "not a concern? type !relabel 12 on-scope".
        number = next((r.number for r in s.recent if r.message_id == message_id), None)
        return words.staff_safeguarding_alert(
            s.prefix,
            s.name_of(person_id),
            room_name,
            tuple(reasons) or tuple(kinds),
            message_id,
            said,
            s.safeguarding_contact,
            strong=strong,
            number=number if message_id else None,
        )
    if kind == HELP:
        return words.help_requested(s.name_of(record[1]), record[2])
    if kind == CONCERN:
        return words.staff_concern_notice(s.name_of(record[1]), record[2])
    kind = record[3] if len(record) > 3 else "platform"
    then = record[4] if len(record) > 4 else ""
    return words.effect_failed(
        record[1],
        record[2],
        platform=kind != "bot",
        refusal=kind,
        by_itself=then == BY_ITSELF,
        again=then if then in words.DONE_AGAIN else "",
        p=s.prefix,
    )


def staff_alert(
    s: WorkshopState,
    text: str,
    record: tuple[str, ...],
    *,
    alert_id: str = "",
    attempt: int = 0,
    message: tuple[str, ...] = (),
) -> AlertStaff:
    recipients = tuple((pid, s.name_of(pid)) for pid in dict.fromkeys(s.facilitator_ids()))
    return AlertStaff(
        room=s.room,
        staff_room=s.staff_room,
        text=text,
        recipients=recipients,
        public_text=words.facilitator_needed(bool(s.staff_room)),
        record=record,
        alert_id=alert_id,
        attempt=attempt,
        message=message,
    )


def create_staff_room(s: WorkshopState) -> CreateStaffRoom:
    return CreateStaffRoom(
        main_room=s.room,
        title=s.title,
        staff=tuple(dict.fromkeys(s.facilitator_ids())),
        welcome=words.staff_room_welcome(s.title),
    )


# --- decide (the machinery's commands) --------------------------------------------


def staff_room_made(state: WorkshopState, c: cmd.StaffRoomMade, now: float) -> list[ev.Event]:
    if not c.staff_room or c.staff_room == state.staff_room:
        return []
    return [ev.StaffRoomRecorded(staff_room=c.staff_room)]


def alert_undelivered(state: WorkshopState, c: cmd.AlertUndelivered, now: float) -> list[ev.Event]:
    if any(a.alert_id == c.alert_id for a in state.held_alerts):
        return []  # already kept: its timer tries again
    return [ev.AlertHeld(alert_id=c.alert_id, record=c.record, at=now)]


def alert_reached(state: WorkshopState, c: cmd.AlertReached, now: float) -> list[ev.Event]:
    if not any(a.alert_id == c.alert_id for a in state.held_alerts):
        return []
    return [ev.AlertCleared(alert_id=c.alert_id)]


def retry_fired(state: WorkshopState, timer: Timer, now: float) -> list[ev.Event]:
    held = next((a for a in state.held_alerts if a.number == timer.detail), None)
    return [] if held is None else [ev.AlertRetried(alert_id=held.alert_id, at=now)]


def end_deferred(state: WorkshopState, by_id: str, now: float) -> list[ev.Event]:
    """`!end` while alerts are kept: try each again at once (the facilitator may have
    just joined the staff room), and do not end yet."""
    retried = [ev.AlertRetried(alert_id=a.alert_id, at=now) for a in state.held_alerts]
    return [*retried, ev.EndDeferred(by_id=by_id, at=now)]


DECIDERS: dict[type[cmd.Command], Decider] = dict(
    [
        decider(cmd.StaffRoomMade, staff_room_made),
        decider(cmd.AlertUndelivered, alert_undelivered),
        decider(cmd.AlertReached, alert_reached),
    ]
)
MACHINERY = tuple(DECIDERS)


# --- react --------------------------------------------------------------------------


def on_staff_room(s: WorkshopState, e: ev.StaffRoomRecorded) -> list[Effect]:
    return []  # the platform posted the welcome when it made the room


def on_retried(s: WorkshopState, e: ev.AlertRetried) -> list[Effect]:
    held = next((a for a in s.held_alerts if a.alert_id == e.alert_id), None)
    if held is None:
        return []
    text = alert_text(s, held.record)
    return [staff_alert(s, text, held.record, alert_id=held.alert_id, attempt=held.attempts)]


def on_held(s: WorkshopState, e: ev.AlertHeld) -> list[Effect]:
    return []  # the room was told at the first try; the timer does the rest


def on_end_deferred(s: WorkshopState, e: ev.EndDeferred) -> list[Effect]:
    # Said in the room (it reveals nothing): the facilitator may be the very person
    # the bot's private messages do not reach, and everyone sees why it goes on.
    text = words.end_waits_for_staff(s.prefix, s.name_of(e.by_id), bool(s.staff_room))
    return [Post(room=s.room, text=text)]


REACTORS: dict[type[ev.Event], Reactor] = dict(
    [
        reactor(ev.EndDeferred, on_end_deferred),
        reactor(ev.StaffRoomRecorded, on_staff_room),
        reactor(ev.AlertRetried, on_retried),
        reactor(ev.AlertHeld, on_held),
        reactor(ev.AlertCleared, lambda s, e: []),
    ]
)
