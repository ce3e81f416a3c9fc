"""The minutes model, built from events the real core decided (facilitation/minutes.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo

import pytest

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.minutes import (
    FACILITATOR,
    PARTICIPANT,
    STAFF,
    NotesOptions,
    build_minutes,
    evenness,
)
from facilitation.timers import pending_timers
from tests.core_helpers import ALICE, BOB, CAROL, FAC, SAM, Workshop, make

# Names unlikely to appear anywhere by chance, so "absent" means absent.
ZOE = cmd.Actor("zoe", "Zebedee")
YAN = cmd.Actor("yan", "Yannick")


def note(w: Workshop, kind: str, text: str, owner: str = "", due: str = "", actor=FAC) -> None:
    w.do(cmd.AddMinutesItem, actor, kind=kind, text=text, owner=owner, due=due)


def speak(w: Workshop, actor: cmd.Actor, seconds: float) -> None:
    w.do(cmd.RaiseHand, actor)
    w.do(cmd.CallNext)
    w.tick(seconds)
    w.do(cmd.FinishTurn, actor)


def full_workshop() -> Workshop:
    w = Workshop()
    w.join(ZOE, YAN, CAROL)  # a first message is stored without words (consent notice)
    note(w, "info", "Welcome, everyone")  # before any topic
    note(w, "topic", "Booking")
    note(w, "info", "Zebedee says the form is long")
    note(w, "idea", "A shorter form", actor=YAN)
    note(w, "action", "shorten the form", owner="Zebedee", due="2026-12-05")
    note(w, "action", "ring the centres", owner="Housing team")
    note(w, "topic", "Costs")
    note(w, "agreed", "Breaks stay free")
    note(w, "action", "check the prices", owner="Zebedee")
    note(w, "parking", "transport", owner="Yannick")
    speak(w, ZOE, 90)
    speak(w, YAN, 30)
    w.do(cmd.Say, ZOE, text="The booking form is twelve pages long.")
    w.do(cmd.Say, YAN, text="I agree with Zebedee.")
    w.do(cmd.SetConsent, CAROL, recorded=False)
    w.do(cmd.Say, CAROL, text="My private words")
    w.do(cmd.EndWorkshop)
    return w


def test_the_details_of_the_workshop():
    m = build_minutes(full_workshop().log)
    assert m.title == "Carers' breaks"
    assert m.scope == "plan how carers book a short break"
    assert m.cannot_change == "the council budget"
    assert m.agenda == ("Booking", "Costs")
    assert m.facilitators == ("Fran",)
    assert m.attendance == 3
    assert m.started_at == 1000.0
    assert m.ended_at is not None and m.ended_at > m.started_at


def test_notes_are_grouped_under_their_topic():
    m = build_minutes(full_workshop().log)
    assert [(t.title, [(n.kind, n.text) for n in t.notes]) for t in m.topics] == [
        ("", [("info", "Welcome, everyone")]),
        ("Booking", [("info", "Participant 1 says the form is long"), ("idea", "A shorter form")]),
        ("Costs", [("agreed", "Breaks stay free")]),
    ]


def test_actions_are_grouped_by_owner_with_due_dates():
    m = build_minutes(full_workshop().log)
    grouped = [(o.owner, [(a.text, a.due, a.topic) for a in o.actions]) for o in m.actions]
    assert grouped == [
        (
            "Participant 1",
            [("shorten the form", "2026-12-05", "Booking"), ("check the prices", "", "Costs")],
        ),
        ("Housing team", [("ring the centres", "", "Booking")]),
    ]
    assert m.action_count == 3


def test_the_parking_lot_keeps_its_owner():
    m = build_minutes(full_workshop().log)
    assert [(p.text, p.owner) for p in m.parking] == [("transport", "Participant 2")]


def test_participants_are_numbered_in_order_of_joining_and_facilitators_named():
    log = full_workshop().log
    m = build_minutes(log)
    assert [(p.name, p.role) for p in m.participation] == [
        ("Fran", FACILITATOR),
        ("Participant 1", PARTICIPANT),
        ("Participant 2", PARTICIPANT),
        ("Participant 3", PARTICIPANT),
    ]
    assert build_minutes(log, transcript=True) == build_minutes(list(log), transcript=True)
    everything = repr(build_minutes(log, transcript=True))
    for real in ("Zebedee", "Yannick", "Carol"):
        assert real not in everything


def test_names_true_shows_real_names():
    m = build_minutes(full_workshop().log, names=True, transcript=True)
    assert [p.name for p in m.participation] == ["Fran", "Zebedee", "Yannick", "Carol"]
    assert m.actions[0].owner == "Zebedee"
    assert m.parking[0].owner == "Yannick"
    assert m.topics[1].notes[0].text == "Zebedee says the form is long"
    assert m.names_shown


def test_a_co_facilitator_keeps_their_name_and_is_not_numbered():
    w = Workshop()
    w.join(ALICE, BOB)
    w.do(cmd.AddCoFacilitator, name="Bob")
    w.join(SAM)
    m = build_minutes(w.log)
    assert m.facilitators == ("Fran", "Bob")
    assert [p.name for p in m.participation] == ["Fran", "Participant 1", "Bob", "Participant 2"]
    assert m.attendance == 2


def test_participation_counts_turns_floor_time_and_messages():
    m = build_minutes(full_workshop().log)
    shares = {p.name: (p.turns, p.floor_seconds, p.messages) for p in m.participation}
    assert shares["Participant 1"] == (1, 90.0, 2)
    assert shares["Participant 2"] == (1, 30.0, 2)
    # Carol's words are not kept, but that she wrote is counted.
    assert shares["Participant 3"] == (0, 0.0, 2)
    assert m.evenness == pytest.approx(evenness([90, 30, 0]))


def test_evenness_is_one_minus_gini():
    assert evenness([60, 60, 60]) == pytest.approx(1.0)
    assert evenness([120, 0, 0, 0]) == pytest.approx(0.25)  # one person had it all: 1/n
    assert evenness([90, 30]) == pytest.approx(0.75)
    assert evenness([]) is None
    assert evenness([0, 0]) is None


def test_the_transcript_is_left_out_unless_asked_for():
    m = build_minutes(full_workshop().log)
    assert not m.transcript_included and m.transcript == ()


def test_the_transcript_never_shows_words_that_were_not_kept():
    m = build_minutes(full_workshop().log, transcript=True)
    assert [(line.speaker, line.text) for line in m.transcript] == [
        ("Participant 1", "The booking form is twelve pages long."),
        ("Participant 2", "I agree with Participant 1."),
    ]
    # three first messages (before the consent notice) and Carol's opted-out one
    assert m.messages_not_recorded == 4
    assert "My private words" not in repr(m)


def test_opting_out_withdraws_earlier_words_from_the_transcript():
    w = Workshop()
    w.join(ALICE)
    w.do(cmd.Say, ALICE, text="Words from before")
    w.do(cmd.SetConsent, ALICE, recorded=False)
    m = build_minutes(w.log, transcript=True)
    assert m.transcript == ()
    assert "Words from before" not in repr(m)
    w.do(cmd.SetConsent, ALICE, recorded=True)
    w.do(cmd.Say, ALICE, text="Words from after")
    m = build_minutes(w.log, transcript=True)
    assert [line.text for line in m.transcript] == ["Words from before", "Words from after"]


def test_a_workshop_still_running_has_no_end_time():
    w = Workshop()
    w.join(ALICE)
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.CallNext)
    m = build_minutes(w.log)
    assert m.ended_at is None
    assert m.participation[1].turns == 0  # a turn still going is not counted yet


def test_an_empty_workshop():
    m = build_minutes(Workshop().log)
    assert (m.topics, m.actions, m.reports, m.parking) == ((), (), (), ())
    assert m.attendance == 0 and m.evenness is None
    assert m.concerns_raised == 0


def test_events_without_a_start_are_refused():
    with pytest.raises(ValueError):
        build_minutes([])


def test_settings_changed_during_the_workshop_are_used():
    w = Workshop()
    w.do(cmd.ChangeSetting, setting="scope", values=("how", "carers", "get", "help"))
    assert build_minutes(w.log).scope == "how carers get help"


def _breakout_round(w: Workshop, reports: dict[str, str]) -> None:
    """Open small groups through the core, let each report, then bring everyone back."""
    w.do(cmd.OpenBreakout, duration=600, groups=2, names=("Kitchen", "Garden"), seed=1)
    [opening] = [t for t in pending_timers(w.state) if t.kind == "breakout-open"]
    w.send(make(cmd.TimerFired, cmd.SYSTEM, timer_id=opening.id), at=opening.due)
    for room in w.state.breakout.rooms:
        if room.name in reports:
            member = next(a for a in (ALICE, BOB, SAM, CAROL) if a.id == room.members[0])
            w.do(cmd.RecordReport, member, text=reports[room.name])
    w.do(cmd.Regroup)


def test_breakout_reports_come_with_their_room_and_round():
    w = Workshop()
    w.join(ALICE, BOB, SAM)
    _breakout_round(w, {"Kitchen": "Alice wants a short form", "Garden": "More buses"})
    _breakout_round(w, {"Garden": "Second round"})
    m = build_minutes(w.log)
    sizes = [len(r.members) for r in w.state.past_breakouts[0].rooms]
    assert [(r.breakout, r.room, r.members, r.text) for r in m.reports] == [
        (1, "Kitchen", sizes[0], "Participant 1 wants a short form"),
        (1, "Garden", sizes[1], "More buses"),
        (2, "Garden", len(w.state.past_breakouts[1].rooms[1].members), "Second round"),
    ]
    assert sum(sizes) == 3


@pytest.mark.skipif(not hasattr(ev, "ConcernRaised"), reason="no ConcernRaised event yet")
def test_concerns_are_counted_never_described():
    w = Workshop()
    w.join(ALICE)
    concern = ev.ConcernRaised(
        person_id="alice", room="room-1", message_id="m1", answered=True, at=2
    )
    m = build_minutes([*w.log, concern, dataclasses.replace(concern, answered=False)])
    assert m.concerns_raised == 2
    corrected = ev.LabelCorrected(
        message_id="m1", old="complaint", new="on_scope", terms=(), by_id="fac"
    )
    assert build_minutes([*w.log, concern, corrected]).concerns_raised == 0
    to_complaint = dataclasses.replace(corrected, old="chatter", new="complaint")
    assert build_minutes([*w.log, to_complaint]).concerns_raised == 1


@pytest.mark.skipif(
    "label" not in {f.name for f in dataclasses.fields(ev.MessagePosted)},
    reason="messages carry no classifier label yet",
)
def test_messages_labelled_as_concerns_stay_out_of_the_transcript():
    w = Workshop()
    w.join(ALICE)
    w.do(cmd.Say, ALICE, text="Shared thought")
    private = ev.MessagePosted(person_id="alice", text="My care package", at=5, label="complaint")
    m = build_minutes([*w.log, private], transcript=True)
    assert [line.text for line in m.transcript] == ["Shared thought"]
    assert "My care package" not in repr(m)


def test_a_message_corrected_to_a_complaint_leaves_the_transcript():
    """`!relabel N complaint` after the fact: the correction names the message by its
    platform id, as the message does; one corrected away from a private label stays out."""
    w = Workshop()
    w.join(ALICE)
    said = ev.MessagePosted(
        person_id="alice", text="My care package", at=5, label="on_scope", message_id="m9"
    )
    kept = build_minutes([*w.log, said], transcript=True)
    assert [line.text for line in kept.transcript] == ["My care package"]
    to_complaint = ev.LabelCorrected(
        message_id="m9", old="on_scope", new="complaint", terms=(), by_id="fac"
    )
    m = build_minutes([*w.log, said, to_complaint], transcript=True)
    assert m.transcript == () and "My care package" not in repr(m)
    private = dataclasses.replace(said, label="complaint")
    back = dataclasses.replace(to_complaint, old="complaint", new="on_scope")
    assert build_minutes([*w.log, private, back], transcript=True).transcript == ()


def test_names_in_free_text_become_pseudonyms_whole_words_only():
    w = Workshop()
    w.join(cmd.Actor("s1", "Sam"), cmd.Actor("s2", "Sam Lee"), cmd.Actor("j", "J"))
    note(w, "info", "SAM LEE asked sam; Samuel and J stay as they are")
    [topic] = build_minutes(w.log).topics
    assert topic.notes[0].text == "Participant 2 asked Participant 1; Samuel and J stay as they are"


def test_a_series_session_numbers_people_across_the_series_and_reports_back():
    """Session 2 of a series: earlier participants keep their numbers, earlier actions
    become "You said, we did" with what happened, and its own actions have a status."""
    from facilitation.series import carried_actions

    one = Workshop()
    one.join(ZOE, YAN)
    note(one, "action", "ask Yannick about buses", owner="Zebedee")
    one.do(cmd.EndWorkshop)
    two = Workshop(started=False)
    two.state = dataclasses.replace(two.state, workshop_id="w2")
    records = tuple(a.as_record() for a in carried_actions([one.log]))
    two.send(
        make(
            cmd.StartWorkshop,
            FAC,
            title="Again",
            scope="s",
            complaints_route="c",
            series="Panel",
            earlier_actions=records,
        )
    )
    two.join(CAROL, YAN)
    two.do(cmd.RecordProgress, number=1, text="Yannick says the 12 is back")
    note(two, "action", "thank the drivers", owner="Carol")  # item 2
    two.do(cmd.RecordProgress, number=2, done=True)
    m = build_minutes(two.log, earlier=[one.log])
    assert m.series == "Panel"
    assert [(p.name, p.role) for p in m.participation] == [
        ("Fran", FACILITATOR),
        ("Participant 3", PARTICIPANT),  # Carol: new in this session
        ("Participant 2", PARTICIPANT),  # Yannick: second in the first session
    ]
    [said] = m.you_said
    assert (said.number, said.id, said.owner, said.status) == (1, "w1#1", "Participant 1", "open")
    assert said.text == "ask Participant 2 about buses"
    assert said.progress == "Participant 2 says the 12 is back"
    [(owner, [action])] = [(o.owner, list(o.actions)) for o in m.actions]
    assert (owner, action.id, action.status) == ("Participant 3", "w2#2", "done")
    # Alone, the session numbers only its own people.
    assert [p.name for p in build_minutes(two.log).participation][1:] == [
        "Participant 1",
        "Participant 2",
    ]


def test_staff_named_in_the_settings_keep_their_names_in_shareable_notes():
    """A commissioner who takes an action is a public officer (issue 19): named, not
    "Participant 2"; the public stay pseudonymous."""
    w = Workshop()
    w.join(ZOE, SAM)
    note(w, "action", "send the figures", owner="Sam")
    w.do(cmd.Say, SAM, text="I can send the figures to Zebedee.")
    w.do(cmd.EndWorkshop)
    m = build_minutes(w.log, transcript=True, options=NotesOptions(staff_ids=frozenset({"sam"})))
    [owner] = m.actions
    assert owner.owner == "Sam"
    roles = {share.name: share.role for share in m.participation}
    assert roles == {"Fran": FACILITATOR, "Participant 1": PARTICIPANT, "Sam": STAFF}
    assert m.attendance == 1  # the public only
    assert [line.text for line in m.transcript] == ["I can send the figures to Participant 1."]
    plain = build_minutes(w.log)
    assert plain.actions[0].owner == "Participant 2"  # without the setting, Sam is public


def test_times_are_local_with_the_zones_own_name():
    london = zoneinfo.ZoneInfo("Europe/London")
    summer = dt.datetime(2026, 7, 13, 18, 23, tzinfo=dt.UTC).timestamp()
    winter = dt.datetime(2026, 12, 14, 19, 23, tzinfo=dt.UTC).timestamp()
    assert words.when(summer, summer + 240, london) == "Monday 13 July 2026, 19:23 to 19:27 BST"
    assert words.when(winter, winter + 240, london) == "Monday 14 December 2026, 19:23 to 19:27 GMT"
    assert words.when(winter, None) == (
        "Monday 14 December 2026, from 19:23 UTC (still running when these notes were made)"
    )
    late = dt.datetime(2026, 7, 13, 23, 30, tzinfo=dt.UTC).timestamp()  # 00:30 BST, next day
    assert words.date(late, london) == "2026-07-14" and words.time_of_day(late, london) == "00:30"
    assert words.long_date("2026-12-15") == "Tuesday 15 December 2026"
