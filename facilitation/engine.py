"""The facilitation engine: commands in, events and effects out.

Theory of operation
-------------------
This module does no I/O and reads no clock. The caller passes `now`.

1. `decide(state, command, now)` checks a command against the workshop's
   current state and returns the events it causes. A command that cannot be
   carried out raises `Refused` with one plain sentence for the person, and
   nothing changes. Permissions are checked here, from the workshop's own
   roles plus what the platform says about the person.
2. `evolve(state, event)` (in `state.py`) is the only way state changes. The
   caller appends the events to the log first, then evolves; replaying the
   log rebuilds the same state after a restart.
3. `react(state, event)` says what the platform must now do (post, edit the
   queue message, set the floor), given the state *after* the event.
4. `answer(state, query)` answers questions (show the queue, help, status)
   from state. Questions change nothing, so they are never logged.

Timers are not effects: they are derived from state by
`timers.pending_timers`, and the caller keeps its scheduler in step with
that. When one fires it comes back as a `TimerFired` command.
"""

from __future__ import annotations

import datetime as dt

from facilitation import (
    agenda,
    alerts,
    ladder,
    materials,
    permissions,
    polls,
    redirects,
    rooms,
    vocabulary,
    voices,
    words,
)
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation.effects import (
    AddToRooms,
    Effect,
    InviteToSpeak,
    Post,
    RemoveFromRooms,
    SendNotes,
    SendPrivate,
    SetFloor,
    UpsertQueueMessage,
)
from facilitation.handlers import Decider, Reactor, decider, reactor

# `decide` and `answer` raise Refused, so callers import it from here ("as": exported).
from facilitation.rules import Refused as Refused
from facilitation.rules import find_person, require, role_of
from facilitation.series import SERIES_NAME_MAX, SeriesAction
from facilitation.state import Hand, Status, WorkshopState, evolve
from facilitation.timers import (
    AGENDA_END,
    AGENDA_WARNING,
    ALERT_RETRY,
    QUIET_NUDGE,
    TIMEBOX_END,
    TIMEBOX_WARNING,
    pending_timers,
    turn_end,
    warning_lead,
)

LATE_AFTER_SECONDS = 5.0
EARLY_TOLERANCE_SECONDS = 0.5
TIMEBOX_MIN_SECONDS = 10
TIMEBOX_MAX_SECONDS = 3600


# --- decide ----------------------------------------------------------------


# The machinery's commands `_from_machinery` decides. A tuple: isinstance with a tuple
# is quicker than with a union (A | B), and every command is checked against it.
_FROM_MACHINERY = (
    cmd.TimerFired,
    cmd.QueueMessagePosted,
    cmd.PollMessagePosted,
    cmd.MaterialMessagePosted,
    cmd.EffectFailed,
    cmd.RoomsCreated,
)


# Command type -> whether one of decide's first checks (starts, the machinery's
# commands, deletions) takes it; the commands people type most (a hand, a next, chat)
# skip them all with one look-up.
_SPECIAL: dict[type, bool] = {}


def _special(kind: type) -> bool:
    found = _SPECIAL.get(kind)
    if found is None:
        found = _SPECIAL[kind] = issubclass(
            kind,
            (cmd.StartWorkshop, cmd.StartFromPlan, *_FROM_MACHINERY, cmd.DeleteMessage),
        ) or issubclass(kind, alerts.MACHINERY)
    return found


def decide(state: WorkshopState, command: cmd.Command, now: float) -> list[ev.Event]:
    if _special(type(command)):
        return _decide_special(state, command, now)
    return _decide_typed(state, command, now)


def _decide_special(state: WorkshopState, command: cmd.Command, now: float) -> list[ev.Event]:
    if isinstance(command, cmd.StartWorkshop):
        return _start(state, command, now)
    if isinstance(command, cmd.StartFromPlan):
        # Reaches the core only where the bot has no plans folder to read it from.
        _check_permission(state, command)
        raise Refused(words.plans_not_set_up())
    if isinstance(command, _FROM_MACHINERY):
        return _from_machinery(state, command, now)
    if isinstance(command, alerts.MACHINERY):  # staff room and alert delivery
        return alerts.DECIDERS[type(command)](state, command, now) if state.room else []
    if isinstance(command, cmd.DeleteMessage):  # whoever deleted it (the platform may not say)
        return _delete_message(state, command, now) if state.status is Status.RUNNING else []
    raise AssertionError(f"not one of decide's first checks: {command!r}")


def _decide_typed(state: WorkshopState, command: cmd.Command, now: float) -> list[ev.Event]:
    if command.actor.platform_role is cmd.PlatformRole.BOT:
        return []  # other bots (and our own echoes) never act in a workshop
    if isinstance(command, cmd.ExportNotes):
        return _export_notes(state, command, now)
    if state.status is not Status.RUNNING:
        if isinstance(command, (cmd.Say, cmd.EditMessage)):
            return []  # chat in a room with no workshop is none of our business
        raise Refused(words.no_workshop(state.prefix))
    _check_permission(state, command)
    joined = _join_if_new(state, command.actor, now)
    if joined:
        state = evolve(state, joined[0])
    if joined and isinstance(command, cmd.Say):
        # Their first message comes before they have had the consent notice (it
        # goes with the welcome), so its words are not kept; it is still checked.
        return [*joined, *redirects.on_message(state, command, now, recorded=False)]
    return joined + _DECIDERS[type(command)](state, command, now)


def _check_permission(state: WorkshopState, command: cmd.Command) -> None:
    """Refuse (audited as denied) anyone without the right; see facilitation/permissions.py."""
    reason = permissions.refusal(state, command)
    if reason is not None:
        raise Refused(reason, denied=True)


def _join_if_new(state: WorkshopState, actor: cmd.Actor, now: float) -> list[ev.Event]:
    if actor.id in state.people:
        return []
    is_facilitator = actor.platform_role is cmd.PlatformRole.FACILITATOR
    return [
        ev.ParticipantJoined(
            person_id=actor.id, name=actor.name, facilitator=is_facilitator, at=now
        )
    ]


def _start(state: WorkshopState, c: cmd.StartWorkshop, now: float) -> list[ev.Event]:
    p = state.prefix
    _check_permission(state, c)  # first: a participant learns nothing from the refusal
    if state.status is Status.RUNNING:
        raise Refused(words.workshop_already_running(p, state.title))
    if not c.title.strip():
        raise Refused(words.need_title(p))
    if not c.scope.strip():
        raise Refused(words.need_scope(p))
    if not c.complaints_route.strip():
        raise Refused(words.need_complaints_route(p))
    series = " ".join(c.series.split())
    if len(series) > SERIES_NAME_MAX:
        raise Refused(words.series_name_too_long(p, SERIES_NAME_MAX))
    earlier = c.earlier_actions if series else ()
    try:
        earlier = tuple(SeriesAction.from_record(record).as_record() for record in earlier)
    except (TypeError, ValueError):
        # Filled by the bot, never typed: a bad record is a bug, refused like one.
        raise Refused(words.something_went_wrong()) from None
    started = [
        ev.WorkshopStarted(
            workshop_id=state.workshop_id,
            room=c.room,
            title=c.title.strip(),
            scope=c.scope.strip(),
            agenda=c.agenda,
            cannot_change=c.cannot_change.strip(),
            ground_rules=c.ground_rules,
            complaints_route=c.complaints_route.strip(),
            out_of_scope=c.out_of_scope,
            drift_sensitivity=c.drift_sensitivity,
            drift_cooldown=c.drift_cooldown,
            queue_order=c.queue_order,
            prefix=state.prefix,
            timebox_warning_seconds=state.timebox_warning_seconds,
            reactions=state.reactions,
            facilitator_id=c.actor.id,
            facilitator_name=c.actor.name,
            at=now,
            series=series,
            earlier_actions=earlier,
            safeguarding_contact=c.safeguarding_contact.strip(),
            ladder=_ladder_rung(state, c.ladder),
            agenda_minutes=c.agenda_minutes if len(c.agenda_minutes) == len(c.agenda) else (),
            agenda_materials=c.agenda_materials,
            planned_polls=c.planned_polls,
            planned_breakouts=c.planned_breakouts,
        )
    ]
    return started + agenda.first_item(evolve(state, started[0]), c, now)


def _ladder_rung(state: WorkshopState, given: str) -> str:
    """The rung named (the parser checks it too; a plan or another caller may not)."""
    if not given.strip():
        return ""
    rung = ladder.rung_named(given)
    if rung is None:
        close = ladder.closest_rung(given)
        raise Refused(words.unknown_ladder_rung(state.prefix, given, close, ladder.RUNGS))
    return rung


def _export_notes(state: WorkshopState, c: cmd.ExportNotes, now: float) -> list[ev.Event]:
    """Allowed during a workshop and after it ends, when notes are usually wanted."""
    if state.status is Status.NOT_STARTED:
        raise Refused(words.no_workshop(state.prefix))
    _check_permission(state, c)
    choices = (*cmd.EXPORT_FORMATS, cmd.EXPORT_ALL)
    require(c.format in choices, words.bad_choice(state.prefix, "export md", choices))
    return [ev.NotesRequested(format=c.format, names=c.names, by_id=c.actor.id, at=now)]


def _end(state: WorkshopState, c: cmd.EndWorkshop, now: float) -> list[ev.Event]:
    if state.held_alerts:  # an alert has reached no one: not ended until it has
        return alerts.end_deferred(state, c.actor.id, now)
    # Groups still out are brought back first, so nobody is stranded and no report is lost.
    back = (
        rooms.close(state, by_id=c.actor.id, now=now, early=True, late=False)
        if state.breakout
        else []
    )
    return [*back, ev.WorkshopEnded(by_id=c.actor.id, at=now)]


def _change_setting(state: WorkshopState, c: cmd.ChangeSetting, now: float) -> list[ev.Event]:
    require(c.setting in cmd.SETTINGS, words.bad_choice(state.prefix, "set", cmd.SETTINGS))
    values = tuple(value.strip() for value in c.values if value.strip())
    if not values:
        raise Refused(words.empty_setting(state.prefix, c.setting))
    return [ev.SettingChanged(setting=c.setting, values=values, by_id=c.actor.id)]


def _add_cofac(state: WorkshopState, c: cmd.AddCoFacilitator, now: float) -> list[ev.Event]:
    person = find_person(state, c.name)
    if person.id == state.lead_facilitator_id:
        raise Refused(words.lead_is_facilitator(person.name))
    if person.id in state.co_facilitator_ids:
        raise Refused(words.already_co_facilitator(person.name))
    return [ev.CoFacilitatorAdded(person_id=person.id, by_id=c.actor.id)]


def _remove_cofac(state: WorkshopState, c: cmd.RemoveCoFacilitator, now: float) -> list[ev.Event]:
    person = find_person(state, c.name)
    if person.id not in state.co_facilitator_ids:
        raise Refused(words.not_co_facilitator(person.name))
    return [ev.CoFacilitatorRemoved(person_id=person.id, by_id=c.actor.id)]


def _queue_position(
    state: WorkshopState, person_id: str, ordered: tuple[Hand, ...] | None = None
) -> int:
    """Where `person_id` is in the queue (`ordered`: the queue, if already sorted)."""
    queue = state.ordered_hands() if ordered is None else ordered
    return [hand.person_id for hand in queue].index(person_id) + 1


def _raise_hand(state: WorkshopState, c: cmd.RaiseHand, now: float) -> list[ev.Event]:
    if state.speaker and state.speaker.person_id == c.actor.id:
        raise Refused(words.you_are_speaking(state.prefix))
    if state.has_hand_up(c.actor.id):
        raise Refused(words.hand_already_up(_queue_position(state, c.actor.id)))
    return [ev.HandRaised(person_id=c.actor.id, at=now)]


def _lower_hand(state: WorkshopState, c: cmd.LowerHand, now: float) -> list[ev.Event]:
    if not state.has_hand_up(c.actor.id):
        raise Refused(words.hand_not_up(state.prefix))
    return [ev.HandLowered(person_id=c.actor.id, by_id=c.actor.id)]


def _pass(state: WorkshopState, c: cmd.Pass, now: float) -> list[ev.Event]:
    if state.speaker and state.speaker.person_id == c.actor.id:
        return [ev.TurnEnded(person_id=c.actor.id, by_id=c.actor.id, passed=True, at=now)]
    if state.has_hand_up(c.actor.id):
        return [ev.HandLowered(person_id=c.actor.id, by_id=c.actor.id)]
    raise Refused(words.nothing_to_pass(state.prefix))


def _call_next(state: WorkshopState, c: cmd.CallNext, now: float) -> list[ev.Event]:
    queue = state.ordered_hands()
    if not queue:
        raise Refused(words.queue_empty(state.prefix))
    return [
        ev.SpeakerCalled(person_id=queue[0].person_id, by_id=c.actor.id, out_of_order=False, at=now)
    ]


def _call_person(state: WorkshopState, c: cmd.CallPerson, now: float) -> list[ev.Event]:
    person = find_person(state, c.name)
    if state.speaker and state.speaker.person_id == person.id:
        raise Refused(words.already_speaking(person.name))
    queue = state.ordered_hands()
    in_order = bool(queue) and queue[0].person_id == person.id
    return [
        ev.SpeakerCalled(person_id=person.id, by_id=c.actor.id, out_of_order=not in_order, at=now)
    ]


def _remove(state: WorkshopState, c: cmd.RemoveFromQueue, now: float) -> list[ev.Event]:
    person = find_person(state, c.name)
    if not state.has_hand_up(person.id):
        raise Refused(words.not_in_queue(person.name))
    return [ev.HandLowered(person_id=person.id, by_id=c.actor.id)]


def _lower_all(state: WorkshopState, c: cmd.LowerAllHands, now: float) -> list[ev.Event]:
    if not state.hands:
        raise Refused(words.no_hands_up())
    return [ev.AllHandsLowered(by_id=c.actor.id)]


def _finish_turn(state: WorkshopState, c: cmd.FinishTurn, now: float) -> list[ev.Event]:
    if state.speaker is None:
        raise Refused(words.nobody_speaking())
    return [ev.TurnEnded(person_id=state.speaker.person_id, by_id=c.actor.id, passed=False, at=now)]


def _set_order(state: WorkshopState, c: cmd.SetQueueOrder, now: float) -> list[ev.Event]:
    require(c.order in cmd.QUEUE_ORDERS, words.bad_choice(state.prefix, "order", cmd.QUEUE_ORDERS))
    if c.order == state.queue_order:
        raise Refused(words.order_unchanged(c.order))
    return [ev.QueueOrderSet(order=c.order, by_id=c.actor.id)]


def _set_timebox(state: WorkshopState, c: cmd.SetTimebox, now: float) -> list[ev.Event]:
    if c.seconds and not TIMEBOX_MIN_SECONDS <= c.seconds <= TIMEBOX_MAX_SECONDS:
        raise Refused(words.timebox_out_of_range())
    if c.seconds == state.timebox_seconds:
        raise Refused(words.timebox_unchanged(c.seconds))
    return [ev.TimeboxSet(seconds=c.seconds, by_id=c.actor.id, at=now)]


def _set_floor(state: WorkshopState, c: cmd.SetFloorControl, now: float) -> list[ev.Event]:
    if c.on == state.floor_control:
        raise Refused(words.floor_unchanged(c.on))
    return [ev.FloorControlSet(on=c.on, by_id=c.actor.id)]


def _add_minutes(state: WorkshopState, c: cmd.AddMinutesItem, now: float) -> list[ev.Event]:
    require(c.kind in cmd.NOTE_KINDS, words.need_text(state.prefix, "idea"))
    if not c.text.strip():
        raise Refused(words.need_text(state.prefix, c.kind))
    if c.kind == "action" and not c.owner.strip():
        raise Refused(words.need_owner(state.prefix))
    if c.due:
        try:
            dt.date.fromisoformat(c.due)
        except ValueError:
            raise Refused(words.bad_due_date(c.due)) from None
    owner_id, owner_name = _owner(state, c.owner)
    return [
        ev.MinutesItemAdded(
            number=len(state.minutes) + 1,
            kind=c.kind,
            text=c.text.strip(),
            owner_id=owner_id,
            owner_name=owner_name,
            due=c.due,
            by_id=c.actor.id,
            at=now,
        )
    ]


def _owner(state: WorkshopState, owner: str) -> tuple[str, str]:
    """Link the owner to a person when the name is clear; otherwise keep the words given
    (an owner may be a team, such as "Housing team")."""
    if not owner.strip():
        return "", ""
    try:
        person = find_person(state, owner)
    except Refused:
        return "", owner.strip()
    return person.id, person.name


def _record_progress(state: WorkshopState, c: cmd.RecordProgress, now: float) -> list[ev.Event]:
    p = state.prefix
    item = state.item(c.number)
    if item is None or item.kind != "action":
        numbers = [i.number for i in state.minutes if i.kind == "action"]
        raise Refused(words.no_such_action(p, c.number, numbers))
    if item.done:
        raise Refused(words.action_already_done(c.number, item.text))
    text = " ".join(c.text.split())
    if not text and not c.done:
        raise Refused(words.need_progress(p, c.number))
    return [
        ev.ProgressRecorded(
            number=item.number,
            action_id=item.action_id,
            text=text,
            done=c.done,
            by_id=c.actor.id,
            at=now,
        )
    ]


def _say(state: WorkshopState, c: cmd.Say, now: float) -> list[ev.Event]:
    return redirects.on_message(state, c, now, recorded=state.people[c.actor.id].recorded)


def _edit_message(state: WorkshopState, c: cmd.EditMessage, now: float) -> list[ev.Event]:
    """An edit keeps the writer's consent: no words stored for someone who opted out."""
    recorded = state.people[c.actor.id].recorded
    text = c.text if recorded else None
    return [ev.MessageEdited(message_id=c.message_id, person_id=c.actor.id, text=text, at=now)]


def _delete_message(state: WorkshopState, c: cmd.DeleteMessage, now: float) -> list[ev.Event]:
    return [ev.MessageDeleted(message_id=c.message_id, at=now)]


def _set_consent(state: WorkshopState, c: cmd.SetConsent, now: float) -> list[ev.Event]:
    if state.people[c.actor.id].recorded == c.recorded:
        raise Refused(words.consent_unchanged(state.prefix, c.recorded))
    return [ev.ConsentChanged(person_id=c.actor.id, recorded=c.recorded)]


def _forget(state: WorkshopState, c: cmd.ForgetMe, now: float) -> list[ev.Event]:
    """Only the person themself can ask, and only for themself (there is no NAME)."""
    if c.actor.id in state.erased:
        raise Refused(words.already_forgotten())
    pseudonym = words.erased_name(len(state.erased) + 1)
    return [ev.PersonErased(person_id=c.actor.id, pseudonym=pseudonym, at=now)]


def _from_machinery(state: WorkshopState, c: cmd.Command, now: float) -> list[ev.Event]:
    if isinstance(c, cmd.QueueMessagePosted):
        return [ev.QueueMessageRecorded(message_ref=c.message_ref)]
    if isinstance(c, cmd.PollMessagePosted):
        return [ev.PollMessageRecorded(number=c.number, message_ref=c.message_ref)]
    if isinstance(c, cmd.MaterialMessagePosted):
        return [ev.MaterialPinned(message_ref=c.message_ref)]
    if isinstance(c, cmd.EffectFailed):
        return [alerts.failure_noted(state, c)]
    if isinstance(c, cmd.RoomsCreated):
        return rooms.rooms_created(state, c, now)
    if isinstance(c, cmd.TimerFired):
        return _timer_fired(state, c, now)
    raise TypeError(f"not a command of the bot's machinery: {c!r}")


def _timer_fired(state: WorkshopState, c: cmd.TimerFired, now: float) -> list[ev.Event]:
    """A timer no longer pending (the speaker changed, the workshop ended) does nothing,
    and neither does one that fires before it is due (it was moved while firing)."""
    timer = next((t for t in pending_timers(state) if t.id == c.timer_id), None)
    if timer is None or now < timer.due - EARLY_TOLERANCE_SECONDS:
        return []
    late = now - timer.due > LATE_AFTER_SECONDS
    if timer.kind == ALERT_RETRY:
        return alerts.retry_fired(state, timer, now)
    if timer.kind in (AGENDA_WARNING, AGENDA_END):
        return agenda.timer_fired(state, timer, now, late)
    if timer.kind == QUIET_NUDGE:
        return voices.timer_fired(state, timer, now)
    if timer.kind not in (TIMEBOX_WARNING, TIMEBOX_END):
        return rooms.timer_fired(state, timer, now, late)
    # A timebox timer is pending only while someone speaks (timers.pending_timers).
    assert state.speaker is not None
    if timer.kind == TIMEBOX_WARNING and now < turn_end(state):
        return [ev.TimeboxWarned(turn=state.speaker.number, late=late)]
    # A warning that arrives when the time is already up would only confuse.
    assert timer.kind in (TIMEBOX_WARNING, TIMEBOX_END)
    return [ev.TimeboxExpired(turn=state.speaker.number, late=late)]


_DECIDERS: dict[type[cmd.Command], Decider] = {
    **dict(
        [
            decider(cmd.EndWorkshop, _end),
            decider(cmd.ChangeSetting, _change_setting),
            decider(cmd.AddCoFacilitator, _add_cofac),
            decider(cmd.RemoveCoFacilitator, _remove_cofac),
            decider(cmd.RaiseHand, _raise_hand),
            decider(cmd.LowerHand, _lower_hand),
            decider(cmd.Pass, _pass),
            decider(cmd.CallNext, _call_next),
            decider(cmd.CallPerson, _call_person),
            decider(cmd.RemoveFromQueue, _remove),
            decider(cmd.LowerAllHands, _lower_all),
            decider(cmd.FinishTurn, _finish_turn),
            decider(cmd.SetQueueOrder, _set_order),
            decider(cmd.SetTimebox, _set_timebox),
            decider(cmd.SetFloorControl, _set_floor),
            decider(cmd.AddMinutesItem, _add_minutes),
            decider(cmd.RecordProgress, _record_progress),
            decider(cmd.Say, _say),
            decider(cmd.SetConsent, _set_consent),
            decider(cmd.EditMessage, _edit_message),
            decider(cmd.ForgetMe, _forget),
        ]
    ),
    **rooms.DECIDERS,
    **redirects.DECIDERS,
    **agenda.DECIDERS,
    **polls.DECIDERS,
    **materials.DECIDERS,
    **voices.DECIDERS,
}


# --- react -----------------------------------------------------------------


def react(state: WorkshopState, event: ev.Event) -> list[Effect]:
    """What the platform must do, given the state after `event`."""
    reactor = _REACTORS.get(type(event))
    return reactor(state, event) if reactor else []


# The pinned queue message lists the first this many waiting: 60 hands of Discord's
# 32-character names would pass its 2,000 characters (docs message.mdx, Edit Message),
# and the edit be refused. `!queue` shows everyone (a private answer is split).
QUEUE_SHOWN = 20


def queue_text(
    state: WorkshopState, ordered: tuple[Hand, ...] | None = None, shown: int = 0
) -> str:
    """The queue's text (`ordered`: the queue, if already sorted; `shown`: see
    words.queue_message)."""
    speaker = state.name_of(state.speaker.person_id) if state.speaker else None
    queue = state.ordered_hands() if ordered is None else ordered
    waiting = [state.name_of(hand.person_id) for hand in queue]
    ended = state.status is Status.ENDED
    return words.queue_message(
        state.prefix, speaker, waiting, state.queue_order, ended, state.reactions, shown
    )


def _queue_update(
    state: WorkshopState, ordered: tuple[Hand, ...] | None = None
) -> UpsertQueueMessage:
    return UpsertQueueMessage(
        room=state.room,
        text=queue_text(state, ordered, QUEUE_SHOWN),
        message_ref=state.queue_message_ref,
    )


def floor_speakers(state: WorkshopState) -> tuple[str, ...]:
    """Who may talk under floor control; empty means everyone may."""
    if not state.floor_control or state.status is not Status.RUNNING or state.speaker is None:
        return ()
    others = tuple(pid for pid in state.facilitator_ids() if pid != state.speaker.person_id)
    return (state.speaker.person_id, *others)


def _floor(state: WorkshopState) -> list[Effect]:
    return (
        [SetFloor(room=state.room, speakers=floor_speakers(state))] if state.floor_control else []
    )


def _on_started(s: WorkshopState, e: ev.WorkshopStarted) -> list[Effect]:
    text = words.scene(
        s.prefix,
        s.title,
        s.scope,
        s.agenda,
        s.cannot_change,
        s.ground_rules,
        s.complaints_route,
        s.reactions,
        s.out_of_scope,
        s.series,
    )
    if s.ladder:  # said straight after the welcome, so expectations are set first
        first, _, rest = text.partition("\n")
        text = f"{first}\n{words.ladder_sentence(s.ladder)}\n{rest}"
    carried = s.carried_actions
    staff_room = alerts.create_staff_room(s)
    if not carried:
        return [Post(room=s.room, text=text), _queue_update(s), staff_room]
    # "You said, we did": what happened on the actions from earlier sessions.
    report = words.you_said_we_did(
        s.prefix,
        s.series,
        [(i.number, i.text, i.owner_name, i.due, i.progress, i.done) for i in carried],
    )
    return [
        Post(room=s.room, text=text),
        Post(room=s.room, text=report),
        _queue_update(s),
        staff_room,
    ]


def _on_ended(s: WorkshopState, e: ev.WorkshopEnded) -> list[Effect]:
    return [
        Post(room=s.room, text=words.workshop_ended(s.title, s.items_noted)),
        _queue_update(s),
        *_floor(s),
    ]


def _on_setting(s: WorkshopState, e: ev.SettingChanged) -> list[Effect]:
    return [Post(room=s.room, text=words.setting_changed(e.setting, e.values))]


def _on_joined(s: WorkshopState, e: ev.ParticipantJoined) -> list[Effect]:
    return [
        SendPrivate(
            person_id=e.person_id,
            room=s.room,
            text=words.welcome(s.prefix, e.name, s.title, s.reactions),
            name=e.name,
        )
    ]


def _on_cofac_added(s: WorkshopState, e: ev.CoFacilitatorAdded) -> list[Effect]:
    said = Post(room=s.room, text=words.co_facilitator_added(s.name_of(e.person_id)))
    return [said, *_floor(s), *_join_rooms(s, (e.person_id,))]


def _join_rooms(s: WorkshopState, people: tuple[str, ...]) -> list[Effect]:
    """Staff named now join the rooms made before: the open small groups' and the staff
    room (new groups' rooms are made with them: `CreateRooms.also`)."""
    groups = tuple(room.key for room in s.breakout.rooms if room.key) if s.breakout else ()
    rooms = (*groups, s.staff_room) if s.staff_room else groups
    return [AddToRooms(main_room=s.room, rooms=rooms, person_ids=people)] if rooms else []


def _on_cofac_removed(s: WorkshopState, e: ev.CoFacilitatorRemoved) -> list[Effect]:
    return [
        Post(room=s.room, text=words.co_facilitator_removed(s.name_of(e.person_id))),
        *_floor(s),
        *_leave_rooms(s, e.person_id),
    ]


def _leave_rooms(s: WorkshopState, person_id: str) -> list[Effect]:
    """Someone who is no longer staff leaves the rooms they were let into as staff
    (`_join_rooms`, `CreateRooms.also`): the open small groups' rooms, but not their
    own group's, and the staff room, where staff alerts go. Nothing if they are still
    staff another way (the lead, a platform facilitator)."""
    if person_id in s.facilitator_ids():
        return []
    running = s.breakout is not None and s.breakout.is_running
    groups = s.breakout.rooms if s.breakout is not None and running else ()
    rooms = tuple(r.key for r in groups if r.key and person_id not in r.members)
    rooms = (*rooms, s.staff_room) if s.staff_room else rooms
    if not rooms:
        return []
    return [RemoveFromRooms(main_room=s.room, rooms=rooms, person_ids=(person_id,))]


def _on_queue_changed(s: WorkshopState, e: ev.Event) -> list[Effect]:
    return [_queue_update(s)]


def _on_hand_raised(s: WorkshopState, e: ev.HandRaised) -> list[Effect]:
    ordered = s.ordered_hands()  # once, for the person's place and the queue message
    position = _queue_position(s, e.person_id, ordered)
    told = SendPrivate(
        person_id=e.person_id,
        room=s.room,
        text=words.hand_is_up(position),
        name=s.name_of(e.person_id),
        essential=False,  # the queue message shows it too, where there are no private messages
    )
    return [_queue_update(s, ordered), told]


def _on_message(s: WorkshopState, e: ev.MessagePosted) -> list[Effect]:
    """Words are missing while the writer is recorded only for a newcomer's first
    message (see `decide`): tell them, so the gap in the record is no surprise."""
    person = s.person(e.person_id)
    if e.text is not None or person is None or not person.recorded:
        return []
    text = words.first_message_not_kept()
    return [SendPrivate(person_id=e.person_id, room=s.room, text=text, name=person.name)]


def _on_called(s: WorkshopState, e: ev.SpeakerCalled) -> list[Effect]:
    turn = Post(room=s.room, text=words.your_turn(s.name_of(e.person_id), s.timebox_seconds))
    return [turn, _queue_update(s), *_floor(s), *_invite_to_speak(s)]


def _invite_to_speak(s: WorkshopState) -> list[Effect]:
    """Without floor control the speaker is invited to speak (a Stage's audience must
    be); with it, `SetFloor` gives them the floor, wherever they are."""
    if s.floor_control or s.speaker is None:
        return []
    return [InviteToSpeak(room=s.room, person_id=s.speaker.person_id, turn=s.speaker.number)]


def _on_turn_ended(s: WorkshopState, e: ev.TurnEnded) -> list[Effect]:
    return [_queue_update(s), *_floor(s)]


def _on_order(s: WorkshopState, e: ev.QueueOrderSet) -> list[Effect]:
    return [Post(room=s.room, text=words.queue_order_set(e.order)), _queue_update(s)]


def _on_timebox(s: WorkshopState, e: ev.TimeboxSet) -> list[Effect]:
    return [Post(room=s.room, text=words.timebox_set(e.seconds, warning_lead(s)))]


def _on_floor(s: WorkshopState, e: ev.FloorControlSet) -> list[Effect]:
    lift = [] if e.on else [SetFloor(room=s.room, speakers=())]
    return [Post(room=s.room, text=words.floor_control_set(e.on)), *_floor(s), *lift]


def _on_warned(s: WorkshopState, e: ev.TimeboxWarned) -> list[Effect]:
    name = s.name_of(s.speaker.person_id) if s.speaker else ""
    return [Post(room=s.room, text=words.time_nearly_up(name, warning_lead(s)))]


def _on_expired(s: WorkshopState, e: ev.TimeboxExpired) -> list[Effect]:
    name = s.name_of(s.speaker.person_id) if s.speaker else ""
    return [Post(room=s.room, text=words.time_up(name))]


def _on_minutes(s: WorkshopState, e: ev.MinutesItemAdded) -> list[Effect]:
    if e.kind == "report":
        return []  # read out with all the others when the groups come back
    text = words.minutes_noted(e.number, e.kind, e.text, e.owner_name, e.due)
    return [Post(room=s.room, text=text)]


def _on_progress(s: WorkshopState, e: ev.ProgressRecorded) -> list[Effect]:
    item = s.item(e.number)
    text = words.progress_noted(e.number, item.text if item else "", e.text, e.done)
    return [Post(room=s.room, text=text)]


def _on_notes(s: WorkshopState, e: ev.NotesRequested) -> list[Effect]:
    name = s.name_of(e.by_id)
    return [SendNotes(e.by_id, s.room, s.workshop_id, e.format, e.names, name)]


def _on_consent(s: WorkshopState, e: ev.ConsentChanged) -> list[Effect]:
    text = words.consent_changed(s.prefix, e.recorded)
    return [SendPrivate(person_id=e.person_id, room=s.room, text=text, name=s.name_of(e.person_id))]


def _on_effect_failed(s: WorkshopState, e: ev.EffectFailureNoted) -> list[Effect]:
    if not s.room:
        return []  # no workshop here: nobody to tell (the failure is logged)
    record = alerts.failure_record(
        e.what,
        e.reason,
        platform=e.platform,
        refusal=e.refusal,
        by_itself=e.by_itself,
        again=e.again,
    )
    alert = alerts.staff_alert(s, alerts.alert_text(s, record), record)
    return [alert, *alerts.told_not_shown(s, e)]


def _on_erased(s: WorkshopState, e: ev.PersonErased) -> list[Effect]:
    text = words.forgotten(s.prefix, e.pseudonym)
    return [SendPrivate(person_id=e.person_id, room=s.room, text=text, name=e.pseudonym)]


_REACTORS: dict[type[ev.Event], Reactor] = {
    **dict(
        [
            reactor(ev.WorkshopStarted, _on_started),
            reactor(ev.WorkshopEnded, _on_ended),
            reactor(ev.SettingChanged, _on_setting),
            reactor(ev.ParticipantJoined, _on_joined),
            reactor(ev.CoFacilitatorAdded, _on_cofac_added),
            reactor(ev.CoFacilitatorRemoved, _on_cofac_removed),
            reactor(ev.HandRaised, _on_hand_raised),
            reactor(ev.HandLowered, _on_queue_changed),
            reactor(ev.AllHandsLowered, _on_queue_changed),
            reactor(ev.SpeakerCalled, _on_called),
            reactor(ev.TurnEnded, _on_turn_ended),
            reactor(ev.QueueOrderSet, _on_order),
            reactor(ev.TimeboxSet, _on_timebox),
            reactor(ev.FloorControlSet, _on_floor),
            reactor(ev.TimeboxWarned, _on_warned),
            reactor(ev.TimeboxExpired, _on_expired),
            reactor(ev.MinutesItemAdded, _on_minutes),
            reactor(ev.ProgressRecorded, _on_progress),
            reactor(ev.ConsentChanged, _on_consent),
            reactor(ev.EffectFailureNoted, _on_effect_failed),
            reactor(ev.NotesRequested, _on_notes),
            reactor(ev.PersonErased, _on_erased),
            reactor(ev.MessagePosted, _on_message),
        ]
    ),
    **rooms.REACTORS,
    **redirects.REACTORS,
    **alerts.REACTORS,
    **agenda.REACTORS,
    **polls.REACTORS,
    **materials.REACTORS,
    **voices.REACTORS,
}


# --- answer ----------------------------------------------------------------


def answer(state: WorkshopState, query: cmd.Query, now: float | None = None) -> list[Effect]:
    """Answer a question privately from state. Nothing is logged or changed. `now`, when
    given, lets an answer say how much time is left."""
    if isinstance(query, cmd.ShowHelp):
        role = role_of(state, query.actor)
        return _reply(query, vocabulary.help_text(state.prefix, role, query.topic))
    if state.status is not Status.RUNNING:
        raise Refused(words.no_workshop(state.prefix))
    if isinstance(query, cmd.ShowQueue):
        return _reply(query, queue_text(state))
    if isinstance(query, cmd.ShowAgenda):
        return _reply(query, agenda.agenda_text(state, now))
    if isinstance(query, cmd.ShowPoll):
        _check_permission(state, query)  # staff only: counts before the close
        return _reply(query, polls.poll_text(state))
    if isinstance(query, cmd.ShowBalance):
        _check_permission(state, query)  # staff only: it names who has not spoken
        return _reply(query, voices.balance_text(state, now))
    if isinstance(query, cmd.AskToForget):
        return _reply(query, words.forget_me_explained(state.prefix))
    speaker = state.name_of(state.speaker.person_id) if state.speaker else None
    person = state.person(query.actor.id)
    recorded = person.recorded if person else True
    text = words.status_text(
        state.title, state.scope, speaker, len(state.hands), state.timebox_seconds, recorded
    )
    return _reply(query, text)


def _reply(query: cmd.Command, text: str) -> list[Effect]:
    return [
        SendPrivate(person_id=query.actor.id, room=query.room, text=text, name=query.actor.name)
    ]
