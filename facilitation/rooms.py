"""Breakouts in the core: plan, open, remind, extend, report back, regroup.

The flow is: `!breakout` plans the groups and posts "what happens next";
after the notice (so nobody is moved without warning) the rooms are made, and
only once they exist is the main room told to go to them; each
room gets reminders before the end, then "time is up" and a grace countdown,
then everyone is brought back and each group's report is read out and noted.
Every step after the first is a timer derived from state (see timers.py).
"""

from __future__ import annotations

from facilitation import alerts, words
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation.breakout import (
    AssignmentError,
    CsvError,
    Request,
    assign,
    group_count,
    names_for,
    read_assignment_csv,
)
from facilitation.effects import CloseRoom, CreateRooms, Effect, MovePeople, Post, SendPrivate
from facilitation.handlers import Decider, Reactor, decider, reactor
from facilitation.rules import Refused, find_person, require, role_of
from facilitation.state import Breakout, BreakoutStatus, Role, WorkshopState, evolve
from facilitation.timers import (
    BREAKOUT_END,
    BREAKOUT_OPEN,
    BREAKOUT_REGROUP,
    BREAKOUT_REMINDER,
    Timer,
)

MIN_SECONDS = 60
MAX_SECONDS = 3 * 60 * 60
MIN_WARNING_SECONDS = 20  # WCAG 2.2.1: time to react before anything automatic
MAX_WAIT_SECONDS = 10 * 60  # longest notice before opening, or grace before regroup

# --- decide ------------------------------------------------------------------


def people_to_assign(state: WorkshopState) -> tuple[str, ...]:
    """Participants, in the order they joined; not staff, not those staying back."""
    staff = set(state.facilitator_ids())
    return tuple(p for p in state.people if p not in staff and p not in state.quiet_ids)


def open_breakout(state: WorkshopState, c: cmd.OpenBreakout, now: float) -> list[ev.Event]:
    p = state.prefix
    require(state.breakout is None, words.breakout_already_running(p))
    require(MIN_SECONDS <= c.duration <= MAX_SECONDS, words.breakout_length_out_of_range())
    require(c.assignment in cmd.ASSIGNMENTS, words.bad_choice(p, "breakout", cmd.ASSIGNMENTS))
    require(c.notice <= MAX_WAIT_SECONDS and c.grace <= MAX_WAIT_SECONDS, words.wait_too_long())
    people = people_to_assign(state)
    require(bool(people), words.nobody_to_assign())
    require(c.groups >= 0 and c.size >= 0, words.need_groups(p))
    if c.assignment in ("random", "self"):
        require(c.groups > 0 or c.size > 0, words.need_groups(p))
    names, placed = _rooms_and_placed(state, c, people)
    require(bool(names), words.need_groups(p))
    require(len(names) <= len(people), words.too_many_groups(len(names), len(people)))
    together = tuple(_pair_ids(state, pair, people) for pair in c.together)
    apart = tuple(_pair_ids(state, pair, people) for pair in c.apart)
    seed = c.seed if c.seed is not None else 0
    request = Request(people, len(names), seed, together, apart, placed, c.max_per_room)
    if c.assignment == "self":
        require(
            not c.max_per_room or c.max_per_room * len(names) >= len(people),
            words.rooms_too_small(c.max_per_room),
        )
        members: tuple[tuple[str, ...], ...] = tuple(() for _ in names)
    else:
        members = _assign(state, request)
    planned = ev.BreakoutPlanned(
        number=len(state.past_breakouts) + 1,
        mode=c.assignment,
        names=names,
        members=members,
        quiet=tuple(pid for pid in state.quiet_ids if pid in state.people),
        duration=c.duration,
        opens_at=now + _notice(c.notice),
        max_per_room=c.max_per_room,
        seed=seed,
        together=together,
        apart=apart,
        reminder_offsets=tuple(
            o for o in sorted(set(c.reminder_offsets), reverse=True) if 0 < o < c.duration
        ),
        grace=max(MIN_WARNING_SECONDS, c.grace),
        by_id=c.actor.id,
        at=now,
    )
    if planned.opens_at > now:
        return [planned]
    return [planned, _opened(evolve(state, planned), now, late=False)]


def _notice(seconds: int) -> int:
    """Opening now is the facilitator's own act; opening later is automatic, so
    people get at least 20 seconds' warning."""
    return 0 if seconds <= 0 else max(MIN_WARNING_SECONDS, seconds)


def _rooms_and_placed(
    state: WorkshopState, c: cmd.OpenBreakout, people: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """Room names, and anyone whose room is fixed in advance."""
    if c.assignment == "reuse":
        require(bool(state.past_breakouts), words.no_earlier_breakout())
        last = state.past_breakouts[-1]
        names = tuple(room.name for room in last.rooms)
        placed = tuple(
            (pid, i) for i, room in enumerate(last.rooms) for pid in room.members if pid in people
        )
        return names, placed
    if c.assignment == "csv":
        return _from_csv(state, c, people)
    if c.assignment == "manual":
        return _from_list(state, c.names, [(name, room) for name, room in c.manual], people)
    count = group_count(len(people), groups=c.groups, size=c.size)
    return names_for(count, c.names), ()


def _from_csv(
    state: WorkshopState, c: cmd.OpenBreakout, people: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    require(bool(c.csv_text), words.need_csv(state.prefix))
    try:
        rows = read_assignment_csv(c.csv_text)
    except CsvError as error:
        raise Refused(words.csv_problem(error.line, error.problem)) from None
    listed = []
    for line, name, room in rows:
        try:
            listed.append((find_person(state, name).id, room))
        except Refused as refusal:
            raise Refused(words.csv_problem(line, refusal.reason.rstrip("."))) from None
    return _placed_in(state, c.names, listed, people)


def _from_list(
    state: WorkshopState,
    given_names: tuple[str, ...],
    pairs: list[tuple[str, str]],
    people: tuple[str, ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    listed = [(find_person(state, name).id, room) for name, room in pairs]
    return _placed_in(state, given_names, listed, people)


def _placed_in(
    state: WorkshopState,
    given_names: tuple[str, ...],
    listed: list[tuple[str, str]],
    people: tuple[str, ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """Rooms are the names given, else those used in the list, in order of first use."""
    names = list(given_names)
    folded = {n.casefold(): i for i, n in enumerate(names)}
    placed = []
    rooms_of: dict[str, str] = {}
    for pid, room in listed:
        earlier = rooms_of.setdefault(pid, room)
        require(
            earlier.casefold() == room.casefold(),
            words.listed_twice(state.name_of(pid), earlier, room),
        )
        if room.casefold() not in folded:
            require(not given_names, words.no_such_room(room, given_names))
            folded[room.casefold()] = len(names)
            names.append(room)
        if pid in people:  # staff and people staying back are not placed
            placed.append((pid, folded[room.casefold()]))
    return tuple(names), tuple(placed)


def _pair_ids(
    state: WorkshopState, pair: tuple[str, str], people: tuple[str, ...]
) -> tuple[str, str]:
    """Both people of a pair, who must both be going into groups."""
    found = find_person(state, pair[0]), find_person(state, pair[1])
    for person in found:
        require(person.id in people, words.not_in_a_group(person.name))
    return found[0].id, found[1].id


def _assign(state: WorkshopState, request: Request) -> tuple[tuple[str, ...], ...]:
    try:
        return assign(request)
    except AssignmentError as error:
        if error.pair is None:
            if request.max_per_room:
                raise Refused(words.rooms_too_small(request.max_per_room)) from None
            if request.together or request.apart:
                raise Refused(words.groups_impossible()) from None
            raise Refused(words.room_would_be_empty()) from None
        first, second = (state.name_of(pid) for pid in error.pair)
        together = error.pair in request.together
        raise Refused(words.pair_cannot_be_kept(first, second, together)) from None


def _opened(state: WorkshopState, now: float, late: bool) -> ev.BreakoutOpened:
    b = _breakout(state)
    members = tuple(room.members for room in b.rooms)
    if b.mode == "self":  # those who did not choose are placed now, around the choices
        members = _self_select_groups(state, b, members)
    return ev.BreakoutOpened(
        number=b.number, members=members, ends_at=now + b.duration, at=now, late=late
    )


def _self_select_groups(
    state: WorkshopState, b: Breakout, chosen: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], ...]:
    """A timer opens the rooms, so this must never refuse: honour the choices if it
    can, else the pairs and limits without the choices, else just balance."""
    people = people_to_assign(state) or tuple(pid for m in chosen for pid in m)
    placed = tuple((pid, i) for i, m in enumerate(chosen) for pid in m if pid in people)
    rooms = len(b.rooms)
    together, apart = _pairs(b.together), _pairs(b.apart)
    attempts = (
        Request(people, rooms, b.seed, together, apart, placed, b.max_per_room),
        Request(people, rooms, b.seed, together, apart, (), b.max_per_room),
        Request(people, rooms, b.seed),
    )
    for request in attempts:
        try:
            return assign(request)
        except AssignmentError:
            continue
    return chosen  # nobody to place (everyone left): open the rooms as chosen


def _pairs(pairs: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, str], ...]:
    """The pairs kept in the state (each of two ids, as the log stores them) as pairs."""
    return tuple((first, second) for first, second in pairs)


def _breakout(state: WorkshopState) -> Breakout:
    """The breakout that a pending breakout timer, or a breakout event, says there is."""
    b = state.breakout
    assert b is not None, "a breakout timer or event with no breakout"
    return b


def join_room(state: WorkshopState, c: cmd.JoinRoom, now: float) -> list[ev.Event]:
    b = state.breakout
    if b is None:
        raise Refused(words.no_breakout(state.prefix))
    require(b.mode == "self", words.not_self_select(state.prefix))
    require(b.status is BreakoutStatus.PLANNED, words.rooms_already_open())
    require(role_of(state, c.actor) is Role.PARTICIPANT, words.staff_not_grouped())
    require(c.actor.id not in state.quiet_ids, words.staying_back(state.prefix))
    index = _room_named(b, c.name)
    room = b.rooms[index]
    full = b.max_per_room and len(room.members) >= b.max_per_room
    require(c.actor.id in room.members or not full, words.room_full(room.name, b.max_per_room))
    return [ev.BreakoutRoomChosen(person_id=c.actor.id, room=index)]


def _room_named(b: Breakout, name: str) -> int:
    wanted = name.strip().casefold()
    names = [room.name for room in b.rooms]
    exact = [i for i, n in enumerate(names) if n.casefold() == wanted]
    starts = [i for i, n in enumerate(names) if n.casefold().startswith(wanted)]
    found = exact or starts
    require(len(found) == 1, words.no_such_room(name, names))
    return found[0]


def choose_quiet(state: WorkshopState, c: cmd.ChooseQuiet, now: float) -> list[ev.Event]:
    already = c.actor.id in state.quiet_ids
    require(already != c.quiet, words.quiet_unchanged(state.prefix, c.quiet))
    return [ev.QuietChosen(person_id=c.actor.id, quiet=c.quiet)]


def _running(state: WorkshopState) -> Breakout:
    b = state.breakout
    if b is None or not b.is_running:
        raise Refused(words.no_breakout(state.prefix))
    return b


def extend(state: WorkshopState, c: cmd.ExtendBreakout, now: float) -> list[ev.Event]:
    b = state.breakout
    require(b is None or b.is_running, words.rooms_not_open_yet())
    b = _running(state)
    require(MIN_SECONDS <= c.seconds <= MAX_SECONDS, words.breakout_length_out_of_range())
    ends_at = max(b.ends_at, now) + c.seconds  # in the grace countdown, count from now
    # Reminders whose moment has already passed would only confuse: skip them.
    skipped = tuple(o for o in b.reminder_offsets if ends_at - o <= now)
    return [
        ev.BreakoutExtended(
            number=b.number,
            ends_at=ends_at,
            added=c.seconds,
            seconds_left=round(ends_at - now),
            skipped_offsets=skipped,
            by_id=c.actor.id,
        )
    ]


def regroup(state: WorkshopState, c: cmd.Regroup, now: float) -> list[ev.Event]:
    require(state.breakout is not None, words.no_breakout(state.prefix))
    return close(state, by_id=c.actor.id, now=now, early=True, late=False)


def close(
    state: WorkshopState, *, by_id: str, now: float, early: bool, late: bool
) -> list[ev.Event]:
    """Everyone comes back; each group's report becomes an item in the notes."""
    b = _breakout(state)
    closed: list[ev.Event] = [
        ev.BreakoutClosed(number=b.number, early=early, late=late, by_id=by_id, at=now)
    ]
    reports = [room for room in b.rooms if room.report]
    for n, room in enumerate(reports, start=len(state.minutes) + 1):
        closed.append(
            ev.MinutesItemAdded(
                number=n,
                kind="report",
                text=room.report,
                owner_id="",
                owner_name=room.name,
                due="",
                by_id=by_id,
                at=now,
            )
        )
    return closed


def broadcast(state: WorkshopState, c: cmd.Broadcast, now: float) -> list[ev.Event]:
    _running(state)
    require(bool(c.text.strip()), words.need_text(state.prefix, "broadcast"))
    return [ev.BroadcastSent(text=c.text.strip(), by_id=c.actor.id)]


def _my_room(state: WorkshopState, c: cmd.Command, word: str, members_only: bool) -> int:
    """The room it was typed in, or else the person's own group (say, if the
    platform could not make the rooms).

    Checked against the core's own groups, not the platform's room membership (a
    person may be in every room on the platform): a member of one group cannot act
    for another. Staff may act in any room. With `members_only` (a report speaks for
    the group) a participant in no group cannot either; anyone may ask for help in
    the room they are in."""
    b = _running(state)
    index = b.room_index(c.room)
    own = b.room_of(c.actor.id)
    if index is None:
        index = own
    if index is None:
        raise Refused(words.only_in_breakout_room(state.prefix, word))
    if role_of(state, c.actor) is Role.PARTICIPANT:
        if own is not None and own != index:
            raise Refused(words.not_your_group(state.prefix, word, b.rooms[own].name))
        if own is None and members_only:
            raise Refused(words.not_in_group(b.rooms[index].name))
    return index


def ask_for_help(state: WorkshopState, c: cmd.AskForHelp, now: float) -> list[ev.Event]:
    room = _my_room(state, c, "helpme", members_only=False)
    return [ev.HelpRequested(room=room, person_id=c.actor.id)]


def record_report(state: WorkshopState, c: cmd.RecordReport, now: float) -> list[ev.Event]:
    index = _my_room(state, c, "report", members_only=True)
    require(bool(c.text.strip()), words.need_text(state.prefix, "report"))
    return [ev.ReportRecorded(room=index, text=c.text.strip(), by_id=c.actor.id, at=now)]


def rooms_created(state: WorkshopState, c: cmd.RoomsCreated, now: float) -> list[ev.Event]:
    b = state.breakout
    if b is None or b.number != c.number or len(c.keys) != len(b.rooms):
        return []  # the groups came back before the platform finished
    if tuple(room.key for room in b.rooms) == c.keys:
        # Already recorded: the same rooms reported again after a restart, under a
        # source id of its own (an earlier version keyed the rooms differently,
        # bot/executor.py `earlier_room_keys`). Recording them twice would welcome
        # every room and send everyone their room again.
        return []
    return [ev.BreakoutRoomsCreated(number=c.number, keys=c.keys)]


def timer_fired(state: WorkshopState, timer: Timer, now: float, late: bool) -> list[ev.Event]:
    b = _breakout(state)
    if timer.kind == BREAKOUT_OPEN:
        return [_opened(state, now, late)]
    if timer.kind == BREAKOUT_REMINDER:
        left = max(0, round(b.ends_at - now))  # 59.6 s before the end is a minute
        return [
            ev.BreakoutReminderSent(
                number=b.number, offset=timer.detail, seconds_left=left, late=late
            )
        ]
    if timer.kind == BREAKOUT_END:
        return [ev.BreakoutTimeUp(number=b.number, late=late)]
    assert timer.kind == BREAKOUT_REGROUP
    return close(state, by_id=cmd.SYSTEM.id, now=now, early=False, late=late)


DECIDERS: dict[type[cmd.Command], Decider] = dict(
    [
        decider(cmd.OpenBreakout, open_breakout),
        decider(cmd.JoinRoom, join_room),
        decider(cmd.ChooseQuiet, choose_quiet),
        decider(cmd.ExtendBreakout, extend),
        decider(cmd.Regroup, regroup),
        decider(cmd.Broadcast, broadcast),
        decider(cmd.AskForHelp, ask_for_help),
        decider(cmd.RecordReport, record_report),
    ]
)

# --- react -------------------------------------------------------------------


def _in_rooms(state: WorkshopState, b: Breakout, text: str) -> list[Effect]:
    """The same words in every room (in the main room if no room was made: the words
    are then made for it, `_rooms_made`)."""
    keyed = [room for room in b.rooms if room.key]
    if not keyed:
        return [Post(room=state.room, text=text)]
    return [Post(room=room.key, text=text) for room in keyed]


def _rooms_made(b: Breakout) -> bool:
    """Whether the platform made the rooms. If it refused, everyone is still in the main
    room, and the groups' words go there (`_in_rooms`) and must say so."""
    return any(room.key for room in b.rooms)


def _everywhere(state: WorkshopState, b: Breakout, text: str) -> list[Effect]:
    """Every room and the main room (once, if no room was made)."""
    rooms = [Post(room=room.key, text=text) for room in b.rooms if room.key]
    return [*rooms, Post(room=state.room, text=text)]


def _names(state: WorkshopState, ids: tuple[str, ...]) -> list[str]:
    return [state.name_of(pid) for pid in ids]


def on_planned(s: WorkshopState, e: ev.BreakoutPlanned) -> list[Effect]:
    rooms = [(room.name, _names(s, room.members)) for room in _breakout(s).rooms]
    notice = int(e.opens_at - e.at)
    text = words.breakout_notice(
        s.prefix,
        e.duration,
        notice,
        rooms,
        _names(s, e.quiet),
        e.mode == "self",
        e.max_per_room,
        reminders=bool(_breakout(s).reminder_offsets),
    )
    return [Post(room=s.room, text=text)]


def on_room_chosen(s: WorkshopState, e: ev.BreakoutRoomChosen) -> list[Effect]:
    name = _breakout(s).rooms[e.room].name
    return [SendPrivate(e.person_id, s.room, words.room_chosen(name), s.name_of(e.person_id))]


def on_opened(s: WorkshopState, e: ev.BreakoutOpened) -> list[Effect]:
    """Only the rooms are asked for here: the main room hears "the rooms are open"
    once they exist (`on_rooms_created`). Rooms that cannot be made come back as
    `EffectFailed`, never `BreakoutRoomsCreated`, so nobody is sent to look for a room
    that is not there; the facilitator is told how to start the groups again."""
    b = _breakout(s)
    return [
        CreateRooms(
            main_room=s.room,
            breakout=b.number,
            names=tuple(room.name for room in b.rooms),
            members=tuple(room.members for room in b.rooms),
            also=_staff_in_every_room(s),
        )
    ]


def _staff_in_every_room(s: WorkshopState) -> tuple[str, ...]:
    """Who joins every group's room besides the platform's facilitators: the lead (a
    facilitator perhaps only by the command that started the workshop) and the
    co-facilitators, who are in no group."""
    lead = (s.lead_facilitator_id,) if s.lead_facilitator_id else ()
    return tuple(dict.fromkeys((*lead, *s.co_facilitator_ids)))


def on_rooms_created(s: WorkshopState, e: ev.BreakoutRoomsCreated) -> list[Effect]:
    """Each room's welcome (and, in voice, the move) first; then each person's private
    "you are in room X" note. The notes are a courtesy (the platform has already
    invited them, and the main room's notice lists the rooms), so they wait until
    every room is ready rather than hold the rooms up. Last, the main room hears
    that the rooms are open."""
    b = _breakout(s)
    effects: list[Effect] = []
    for room in b.rooms:
        text = words.room_welcome(s.prefix, room.name, _names(s, room.members), b.duration)
        effects += [
            Post(room=room.key, text=text),
            MovePeople(room=room.key, person_ids=room.members),
        ]
    for room in b.rooms:
        for pid in room.members:
            others = _names(s, tuple(m for m in room.members if m != pid))
            text = words.your_room(room.name, others, b.duration)
            note = SendPrivate(
                pid, s.room, text, s.name_of(pid), essential=False, about_their_room=True
            )
            effects.append(note)
    # What was shared in the main room goes into every group room too (last, so the
    # effects above keep their places, and with them their keys: see docs/architecture.md).
    for room in b.rooms:
        effects += [
            Post(room=room.key, text=words.material_shared(t, link)) for t, link in s.materials
        ]
    # Only now that the rooms exist is the main room told to go to them. Last, after
    # each room's welcome (so a room is ready when people arrive), and so the effects
    # above keep their places and keys. A kill before this event is stored redoes
    # `CreateRooms` after the restart (same key, same rooms) and its `RoomsCreated`,
    # so the post comes then, once; a kill after it redoes this post under its key.
    effects.append(Post(room=s.room, text=words.rooms_open(b.duration)))
    return effects


def on_reminder(s: WorkshopState, e: ev.BreakoutReminderSent) -> list[Effect]:
    b = _breakout(s)
    in_main = not _rooms_made(b)
    return _in_rooms(s, b, words.breakout_reminder(s.prefix, e.seconds_left, e.late, in_main))


def on_time_up(s: WorkshopState, e: ev.BreakoutTimeUp) -> list[Effect]:
    b = _breakout(s)
    return _in_rooms(s, b, words.breakout_time_up(s.prefix, b.grace, not _rooms_made(b)))


def on_extended(s: WorkshopState, e: ev.BreakoutExtended) -> list[Effect]:
    return _everywhere(s, _breakout(s), words.breakout_extended(e.added, e.seconds_left))


def on_closed(s: WorkshopState, e: ev.BreakoutClosed) -> list[Effect]:
    b = s.past_breakouts[-1]
    if not b.ends_at:  # it never opened
        return [Post(room=s.room, text=words.breakout_cancelled())]
    effects: list[Effect] = []
    for room in b.rooms:
        if room.key:
            effects += [
                Post(room=room.key, text=words.come_back()),
                CloseRoom(room=room.key, main_room=s.room),
            ]
    everyone = tuple(pid for room in b.rooms for pid in room.members)
    made = _rooms_made(b)
    if made:
        effects.append(MovePeople(room=s.room, person_ids=everyone))
    reports = [(room.name, room.report) for room in b.rooms]
    effects.append(Post(room=s.room, text=words.regroup_summary(reports, e.early, made)))
    return effects


def on_broadcast(s: WorkshopState, e: ev.BroadcastSent) -> list[Effect]:
    return _everywhere(s, _breakout(s), words.broadcast(e.text, s.name_of(e.by_id)))


def on_help(s: WorkshopState, e: ev.HelpRequested) -> list[Effect]:
    room = _breakout(s).rooms[e.room]
    record = alerts.help_record(e.person_id, room.name)
    alert = alerts.staff_alert(s, alerts.alert_text(s, record), record)
    return [alert, Post(room=room.key or s.room, text=words.help_on_its_way())]


def on_report(s: WorkshopState, e: ev.ReportRecorded) -> list[Effect]:
    room = _breakout(s).rooms[e.room]
    return [Post(room=room.key or s.room, text=words.report_saved(s.prefix, room.name, e.text))]


def on_quiet(s: WorkshopState, e: ev.QuietChosen) -> list[Effect]:
    text = words.quiet_chosen(s.prefix, e.quiet)
    return [SendPrivate(e.person_id, s.room, text, s.name_of(e.person_id))]


REACTORS: dict[type[ev.Event], Reactor] = dict(
    [
        reactor(ev.BreakoutPlanned, on_planned),
        reactor(ev.BreakoutRoomChosen, on_room_chosen),
        reactor(ev.BreakoutOpened, on_opened),
        reactor(ev.BreakoutRoomsCreated, on_rooms_created),
        reactor(ev.BreakoutReminderSent, on_reminder),
        reactor(ev.BreakoutTimeUp, on_time_up),
        reactor(ev.BreakoutExtended, on_extended),
        reactor(ev.BreakoutClosed, on_closed),
        reactor(ev.BroadcastSent, on_broadcast),
        reactor(ev.HelpRequested, on_help),
        reactor(ev.ReportRecorded, on_report),
        reactor(ev.QuietChosen, on_quiet),
    ]
)
