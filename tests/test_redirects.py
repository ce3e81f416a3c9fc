"""Staying on scope: redirects, complaint replies, safeguarding alerts, corrections.

The core is driven with commands; the classifier is the real one, on a scope
whose out-of-scope topics make the labels of these sentences predictable."""

from __future__ import annotations

import json

import pytest

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import AlertStaff, Post, SendPrivate
from tests.conftest import ALICE as APP_ALICE
from tests.conftest import HOST, ROOM
from tests.core_helpers import ALICE, BOB, CAROL, COMPLAINTS, FAC, SCOPE, Workshop, start_command

OFF = "The parking charges at the hospital are a disgrace"
OFF_2 = "Hospital parking charges went up again this year"
ON = "I think the new service should let carers book a break online"
COMPLAINT = "I want an apology, my carers grant payment was wrong and nobody rang me back"
RISK = "My dad hits me when he has been drinking and I am scared to go home"
LONG_OFF = (
    "My neighbour says the hospital car park is full every day and the parking charges"
    " are awful, it costs me eight pounds every visit and there is never a space near the"
    " entrance so I walk miles"
)


def _workshop(**start) -> Workshop:
    w = Workshop(started=False)
    w.send(
        start_command(
            out_of_scope=("parking charges at the hospital", "national politics"), **start
        )
    )
    w.join(ALICE, BOB, CAROL)
    return w


def _redirects(step) -> list[Post]:
    return [p for p in step.effects_of(Post) if p.text == words.drift_reminder("!", SCOPE)]


def test_one_short_off_topic_message_is_left_alone_but_sustained_drift_is_not():
    w = _workshop()
    first = w.do(cmd.Say, ALICE, text=OFF)
    assert first.events_of(ev.MessagePosted)[0].label == "off_scope"
    assert _redirects(first) == []
    second = w.do(cmd.Say, BOB, text=OFF_2)
    [reminder] = _redirects(second)
    assert reminder.room == w.state.room
    assert "!park YOUR NAME: THE POINT" in reminder.text  # the text way to park it


def test_one_long_off_topic_message_is_enough():
    w = _workshop()
    assert len(_redirects(w.do(cmd.Say, ALICE, text=LONG_OFF))) == 1


def test_at_most_one_reminder_per_room_per_cool_down():
    w = _workshop()
    w.do(cmd.Say, ALICE, text=OFF)
    assert _redirects(w.do(cmd.Say, BOB, text=OFF_2))
    w.tick(60)
    w.do(cmd.Say, ALICE, text=OFF)
    assert _redirects(w.do(cmd.Say, BOB, text=OFF_2)) == []
    w.tick(300)  # the drift went on while reminders waited, so one comes at once
    assert _redirects(w.do(cmd.Say, ALICE, text=OFF))


def test_on_topic_talk_in_between_keeps_the_window_honest():
    w = _workshop(drift_sensitivity="low")
    for text in (OFF, ON, OFF_2, ON):
        assert _redirects(w.do(cmd.Say, ALICE, text=text)) == []
    assert _redirects(w.do(cmd.Say, BOB, text=OFF))  # three of the last five


def test_chatter_is_never_redirected():
    w = _workshop(drift_sensitivity="high")
    for text in ("hello all", "thanks", "+1", "sorry my sound went off", "hello all"):
        step = w.do(cmd.Say, ALICE, text=text)
        assert step.events_of(ev.MessagePosted)[0].label == "chatter"
        assert step.effects == []


def test_a_facilitator_can_pause_reminders_and_change_sensitivity():
    w = _workshop()
    assert w.refused(cmd.SetDrift, ALICE, paused=True).denied
    w.do(cmd.SetDrift, FAC, paused=True)
    w.do(cmd.Say, ALICE, text=OFF)
    assert _redirects(w.do(cmd.Say, BOB, text=OFF_2)) == []
    w.do(cmd.SetDrift, FAC, paused=False, sensitivity="low")
    assert w.refused(cmd.SetDrift, FAC, sensitivity="low").reason.startswith("That is already")
    for _ in range(5):
        w.do(cmd.Say, CAROL, text=ON)
    w.do(cmd.Say, ALICE, text=OFF)
    assert _redirects(w.do(cmd.Say, BOB, text=OFF_2)) == []  # low needs three
    assert _redirects(w.do(cmd.Say, CAROL, text=OFF))


def test_a_complaint_gets_a_private_kind_reply_with_the_route_and_no_details_kept():
    w = _workshop()
    step = w.do(cmd.Say, ALICE, text=COMPLAINT)
    [concern] = step.events_of(ev.ConcernRaised)
    assert concern.answered
    [reply] = step.effects_of(SendPrivate)
    assert reply.person_id == "alice" and COMPLAINTS in reply.text
    assert step.effects_of(Post) == []  # nothing in the room
    assert COMPLAINT not in json.dumps(ev.to_record(concern))
    assert w.state.concerns == 1
    again = w.do(cmd.Say, ALICE, text=COMPLAINT)  # not answered twice in a row
    assert again.effects == [] and w.state.concerns == 2


def test_safeguarding_alerts_every_facilitator_privately_and_never_the_room():
    w = _workshop()
    w.do(cmd.AddCoFacilitator, FAC, name="Carol")
    step = w.do(cmd.Say, BOB, text=RISK)
    [flag] = step.events_of(ev.SafeguardingFlagged)
    assert any('"hits me"' in reason for reason in flag.reasons)
    assert step.effects_of(Post) == []
    [alert] = step.effects_of(AlertStaff)
    assert {person_id for person_id, _ in alert.recipients} == {"fac", "carol"}
    # Who, where, their words, why, and what to do next.
    assert "Bob" in alert.text and "the main room" in alert.text
    assert f'What they wrote: "{RISK}"' in alert.text and "hits me" in alert.text
    assert flag.message_id in alert.text and "call 999" in alert.text
    assert "relabel chatter" in alert.text
    # If it reaches no one, the room hears nothing about Bob.
    assert alert.public_text == words.facilitator_needed(staff_room=False)
    # Kept to be tried again, it holds no one's words.
    assert "hits me" not in json.dumps(alert.record)


def test_a_safety_alert_names_the_configured_next_step():
    w = _workshop(safeguarding_contact="call the council's adult safeguarding team on 0300 123")
    [alert] = w.do(cmd.Say, BOB, text=RISK).effects_of(AlertStaff)
    assert "Next step: call the council's adult safeguarding team on 0300 123." in alert.text


def test_safeguarding_still_alerts_for_someone_who_opted_out_but_keeps_their_words_out():
    w = _workshop()
    w.do(cmd.SetConsent, BOB, recorded=False)
    step = w.do(cmd.Say, BOB, text=RISK)
    [flag] = step.events_of(ev.SafeguardingFlagged)
    assert flag.reasons and all('"' not in reason for reason in flag.reasons)
    assert "hits me" not in json.dumps([ev.to_record(e) for e in step.events])
    [alert] = step.effects_of(AlertStaff)
    assert "hits me" not in alert.text and "not to be kept" in alert.text


def test_a_newcomers_first_message_is_still_checked_for_risk():
    w = _workshop()
    step = w.do(cmd.Say, cmd.Actor("dan", "Dan"), text=RISK)
    assert step.events_of(ev.SafeguardingFlagged)


def test_correcting_a_reminder_teaches_the_topic():
    w = _workshop()
    w.do(cmd.Say, ALICE, text=OFF)
    w.do(cmd.Say, BOB, text=OFF_2)
    assert w.refused(cmd.CorrectLabel, ALICE, label="on_scope").denied
    step = w.do(cmd.CorrectLabel, FAC, label="on_scope", terms=("hospital parking",))
    [corrected] = step.events_of(ev.LabelCorrected)
    assert corrected.old == "off_scope" and corrected.new == "on_scope"
    assert "parking" in w.state.extra_terms and "hospital" in w.state.extra_terms
    # The same talk no longer counts as drift in this workshop.
    for text in (OFF, OFF_2, OFF):
        assert _redirects(w.do(cmd.Say, CAROL, text=text)) == []
    assert w.refused(cmd.CorrectLabel, FAC, label="off_scope").reason == words.nothing_to_correct(
        "!"
    )


def test_out_of_scope_can_be_changed_during_the_workshop():
    w = Workshop()
    w.join(ALICE, BOB)
    w.do(cmd.Say, ALICE, text=OFF)
    assert _redirects(w.do(cmd.Say, BOB, text=OFF_2)) == []  # nothing said it is out of scope
    w.do(
        cmd.ChangeSetting, FAC, setting="out_of_scope", values=("parking charges at the hospital",)
    )
    w.do(cmd.Say, ALICE, text=OFF)
    assert _redirects(w.do(cmd.Say, BOB, text=OFF_2))


@pytest.mark.parametrize("room_of", ["main", "breakout"])
def test_reminders_go_to_the_room_that_drifted(room_of):
    w = _workshop()
    room = w.state.room if room_of == "main" else "room-1/kitchen"
    first = cmd.Say(actor=ALICE, room=room, source_id="x1", text=OFF)
    second = cmd.Say(actor=BOB, room=room, source_id="x2", text=OFF_2)
    w.send(first)
    [reminder] = _redirects(w.send(second))
    assert reminder.room == room


async def test_a_safeguarding_flag_writes_an_audit_row(harness):
    await harness.say(HOST, "!start Breaks | scope: booking a short break | complaints: call 0123")
    await harness.say(APP_ALICE, "hello")
    await harness.say(APP_ALICE, RISK, source_id="risk-1")
    rows = await harness.bot.store.audit_rows(harness.state.workshop_id)
    flagged = [r for r in rows if r["action"] == "SafeguardingFlagged"]
    assert len(flagged) == 1 and "risk-1" in flagged[0]["detail"]
    alerts = [s for s in harness.platform.of_kind("private") if s.target == HOST.id]
    assert any("hits me" in a.text for a in alerts)
    assert not any("hits me" in t for t in harness.platform.texts("post"))
    assert harness.state.room == ROOM
