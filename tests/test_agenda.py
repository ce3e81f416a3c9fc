"""The timed agenda through the core: announced, warned, asked privately, moved on."""

from __future__ import annotations

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import Post, SendPrivate
from facilitation.engine import answer
from facilitation.state import Status
from facilitation.timers import AGENDA_END, AGENDA_WARNING, pending_timers
from tests.core_helpers import ALICE, FAC, SAM, Workshop, make, start_command

AGENDA = ("Welcome", "Booking", "Costs")
MINUTES = (5, 15, 20)


def timed() -> Workshop:
    w = Workshop(started=False)
    w.send(start_command(agenda=AGENDA, agenda_minutes=MINUTES))
    return w


def agenda_timers(w: Workshop) -> list:
    return [t for t in pending_timers(w.state) if t.kind in (AGENDA_WARNING, AGENDA_END)]


def fire(w: Workshop, timer):
    return w.send(make(cmd.TimerFired, cmd.SYSTEM, timer_id=timer.id), at=timer.due)


def test_a_timed_agenda_starts_with_the_workshop_and_announces_item_one():
    w = Workshop(started=False)
    step = w.send(start_command(agenda=AGENDA, agenda_minutes=MINUTES))
    assert [type(e) for e in step.events] == [ev.WorkshopStarted, ev.AgendaItemStarted]
    now = words.agenda_item_now(1, 3, "Welcome", 5)
    assert now == "Now we are on item 1 of 3: Welcome. We have 5 minutes for it."
    assert Post(room=w.state.room, text=now) in step.effects
    # Warned two minutes before the end (half way for a 5 minute item is 150 s: 120 wins).
    assert [(t.kind, t.due) for t in agenda_timers(w)] == [
        (AGENDA_WARNING, 1000 + 300 - 120),
        (AGENDA_END, 1000 + 300),
    ]


def test_an_untimed_agenda_waits_for_agenda_next_and_has_no_timers():
    w = Workshop()  # the long !start line: agenda without minutes
    assert w.state.agenda_steps == ()
    step = w.do(cmd.NextAgendaItem)
    assert step.effects_of(Post)[0].text == "Now we are on item 1 of 2: Booking."
    assert agenda_timers(w) == []


def test_warning_then_time_up_asks_each_facilitator_privately():
    w = timed()
    warning, end = agenda_timers(w)
    step = fire(w, warning)
    assert step.effects_of(Post)[0].text == "2 minutes left for this item: Welcome."
    assert [t.kind for t in agenda_timers(w)] == [AGENDA_END]
    step = fire(w, end)
    asked = step.effects_of(SendPrivate)
    assert [(a.person_id, a.text) for a in asked] == [
        (FAC.id, words.agenda_item_time_up("!", 1, "Welcome"))
    ]
    assert step.effects_of(Post) == []  # the room is not hurried
    assert agenda_timers(w) == []
    # A timer that fires again (a repeat) does nothing.
    assert fire(w, end).events == []


def test_a_co_facilitator_is_asked_too_and_may_move_on():
    w = timed()
    w.join(SAM)
    w.do(cmd.AddCoFacilitator, name="Sam")
    (_, end) = agenda_timers(w)
    asked = fire(w, end).effects_of(SendPrivate)
    assert {a.person_id for a in asked} == {FAC.id, SAM.id}
    w.do(cmd.NextAgendaItem, SAM)
    assert w.state.agenda_step.index == 1


def test_extend_gives_more_time_from_the_planned_end_and_new_timers():
    w = timed()
    warning, end = agenda_timers(w)
    w.tick(60)
    step = w.do(cmd.ExtendAgendaItem, seconds=300)
    assert step.effects_of(Post)[0].text == "We have 5 minutes more for this item: Welcome."
    assert w.state.agenda_ends_at == end.due + 300
    new = agenda_timers(w)
    assert [t.due for t in new] == [end.due + 300 - 120, end.due + 300]
    assert {t.id for t in new}.isdisjoint({warning.id, end.id})
    # The old timers are no longer pending, so if they fire they do nothing.
    assert fire(w, end).events == []


def test_extend_after_time_is_up_counts_from_now():
    w = timed()
    _, end = agenda_timers(w)
    fire(w, end)
    w.tick(90)
    w.do(cmd.ExtendAgendaItem, seconds=300)
    assert w.state.agenda_ends_at == w.now + 300
    assert [t.kind for t in agenda_timers(w)] == [AGENDA_WARNING, AGENDA_END]


def test_next_moves_through_every_item_then_finishes_and_records_times():
    w = timed()
    w.tick(7 * 60)
    w.do(cmd.NextAgendaItem)
    w.tick(12 * 60)
    step = w.do(cmd.NextAgendaItem)
    assert step.effects_of(Post)[0].text == words.agenda_item_now(3, 3, "Costs", 20)
    w.tick(20 * 60)
    step = w.do(cmd.NextAgendaItem)
    assert step.effects_of(Post)[0].text == words.agenda_finished()
    taken = [(s.index, s.ended_at - s.started_at) for s in w.state.agenda_steps]
    assert taken == [(0, 7 * 60), (1, 12 * 60), (2, 20 * 60)]
    assert agenda_timers(w) == []
    refusal = w.refused(cmd.NextAgendaItem)
    assert refusal.reason == words.agenda_already_finished("!")


def test_participants_cannot_move_the_agenda_on_or_extend_it():
    w = timed()
    w.join(ALICE)
    assert w.refused(cmd.NextAgendaItem, ALICE).reason == words.only_staff(
        "move on to the next agenda item"
    )
    assert w.refused(cmd.ExtendAgendaItem, ALICE, seconds=300).reason == words.only_staff(
        "give an agenda item more time"
    )


def test_plain_refusals_change_nothing():
    w = Workshop(started=False)
    w.send(start_command(agenda=()))
    assert w.refused(cmd.NextAgendaItem).reason == words.no_agenda("!")
    assert w.refused(cmd.ExtendAgendaItem, seconds=300).reason == words.no_timed_item("!")
    t = timed()
    assert t.refused(cmd.ExtendAgendaItem, seconds=10).reason == words.agenda_extend_out_of_range(
        "!"
    )


def test_show_agenda_says_what_ran_what_is_on_and_what_is_to_come():
    w = timed()
    w.tick(6 * 60)
    w.do(cmd.NextAgendaItem)
    w.tick(5 * 60)
    [reply] = answer(w.state, make(cmd.ShowAgenda, ALICE), w.now)
    assert reply.person_id == ALICE.id
    assert reply.text.splitlines() == [
        "The agenda:",
        "1. Welcome (done: took 6 minutes, planned 5 minutes)",
        "2. Booking (on now: 10 minutes left)",
        "3. Costs (20 minutes)",
        "Staff move on with !agenda next.",
    ]


def test_a_workshop_that_ends_stops_the_agenda_timers():
    w = timed()
    w.do(cmd.EndWorkshop)
    assert w.state.status is Status.ENDED
    assert agenda_timers(w) == []


def test_the_agenda_replays_to_the_same_state():
    from facilitation.state import evolve

    w = timed()
    w.tick(60)
    w.do(cmd.ExtendAgendaItem, seconds=120)
    w.tick(60)
    w.do(cmd.NextAgendaItem)
    state = Workshop(started=False).state
    for event in w.log:
        state = evolve(state, event)
    assert state == w.state


# --- the notes -----------------------------------------------------------------------


def _ran_two_items() -> Workshop:
    w = timed()
    w.tick(7 * 60)
    w.do(cmd.NextAgendaItem)
    w.tick(12 * 60)
    w.do(cmd.EndWorkshop)  # item 2 was still on: it counts until the end
    return w


def test_the_notes_hold_planned_and_actual_time_per_item():
    from facilitation.minutes import AgendaTime, build_minutes

    m = build_minutes(_ran_two_items().log)
    assert m.agenda_times == (
        AgendaTime(1, "Welcome", 5, 7.0),
        AgendaTime(2, "Booking", 15, 12.0),
        AgendaTime(3, "Costs", 20, None),
    )


def test_every_notes_format_shows_the_agenda_times():
    import json

    from bot.export import FORMATS
    from facilitation.minutes import build_minutes
    from tests.test_export import as_text

    m = build_minutes(_ran_two_items().log)
    for fmt in ("md", "html", "docx"):
        text = as_text(FORMATS[fmt].render(m), fmt)
        assert words.AGENDA_TIMES in text, fmt
        assert "7 minutes" in text and "12 minutes" in text, fmt
    data = json.loads(FORMATS["json"].render(m))
    assert data["workshop"]["agenda_times"][0] == {
        "number": 1,
        "item": "Welcome",
        "planned_minutes": 5,
        "actual_minutes": 7.0,
    }
    assert data["workshop"]["agenda_times"][2]["actual_minutes"] is None


def test_an_agenda_never_run_adds_nothing_to_the_notes():
    from facilitation.minutes import build_minutes

    assert build_minutes(Workshop().log).agenda_times == ()


# --- the long !start line -------------------------------------------------------------


def _start_line(agenda: str) -> cmd.Command:
    from facilitation.parser import parse

    text = f"!start Breaks | scope: short breaks | complaints: ring us | agenda: {agenda}"
    return parse(text, actor=FAC, room="room-1", source_id="s")


def test_the_start_line_can_time_every_item():
    command = _start_line("Welcome (5m); Booking (15 minutes); Costs (1m 0s)")
    assert command.agenda == ("Welcome", "Booking", "Costs")
    assert command.agenda_minutes == (5, 15, 1)


def test_brackets_that_are_not_times_stay_part_of_the_item():
    command = _start_line("Welcome (and tea); Budget (2024)")
    assert command.agenda == ("Welcome (and tea)", "Budget (2024)")
    assert command.agenda_minutes == ()


def test_times_for_some_items_only_or_in_seconds_are_refused():
    import pytest

    from facilitation.parser import ParseError

    for agenda in ("Welcome (5m); Booking", "Welcome (90s); Booking (5m)"):
        with pytest.raises(ParseError) as info:
            _start_line(agenda)
        assert info.value.reason == words.agenda_times_all_or_none("!")


def test_notes_are_grouped_by_agenda_item():
    from facilitation.minutes import Note, Topic, build_minutes

    w = timed()
    w.do(cmd.AddMinutesItem, ALICE, kind="idea", text="a shorter form")
    w.tick(60)
    w.do(cmd.NextAgendaItem)
    w.do(cmd.AddMinutesItem, kind="agreed", text="book by phone too")
    w.do(cmd.AddMinutesItem, kind="topic", text="Costs of travel")
    w.do(cmd.AddMinutesItem, ALICE, kind="idea", text="a bus pass")
    topics = build_minutes(w.log).topics
    assert [(t.title, t.agenda_item, [n.text for n in t.notes]) for t in topics] == [
        (words.agenda_topic(1, "Welcome"), 1, ["a shorter form"]),
        (words.agenda_topic(2, "Booking"), 2, ["book by phone too"]),
        ("Costs of travel", 0, ["a bus pass"]),
    ]
    assert isinstance(topics[0], Topic) and isinstance(topics[0].notes[0], Note)
