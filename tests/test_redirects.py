"""Staying on scope: redirects, complaint replies, safeguarding alerts, corrections.

The core is driven with commands; the classifier is the real one, on a scope
whose out-of-scope topics make the labels of these sentences predictable."""

from __future__ import annotations

import dataclasses
import json

import pytest

from facilitation import commands as cmd
from facilitation import drift, redirects, words
from facilitation import events as ev
from facilitation.effects import AlertStaff, Post, SendPrivate
from tests.conftest import ALICE as APP_ALICE
from tests.conftest import HOST, ROOM
from tests.core_helpers import (
    ALICE,
    BOB,
    CAROL,
    COMPLAINTS,
    FAC,
    SCOPE,
    Workshop,
    make,
    start_command,
)

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
    assert "!park THE POINT" in reminder.text  # the text way to park it


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
    assert f"relabel {w.state.messages_seen} on-scope" in alert.text  # one step: not a concern
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


# --- issue 20: two kinds of alert, the words, "not a concern", context, attentiveness ---

WEAK_RISK = "my neighbour has been shouting at his mum a lot lately"
HALF_1 = "she has gone very quiet lately"
HALF_2 = "she is scared"


def _alerts(step) -> list[AlertStaff]:
    return step.effects_of(AlertStaff)


def test_a_strong_alert_stands_out_and_carries_the_words_why_and_how_to_undo_it():
    w = _workshop()
    step = w.do(cmd.Say, BOB, text=RISK)
    [flag] = step.events_of(ev.SafeguardingFlagged)
    assert flag.strength == "strong" and flag.text == RISK
    [alert] = _alerts(step)
    assert alert.text.startswith("PLEASE CHECK NOW")
    assert RISK in alert.text and "Why it was flagged:" in alert.text
    number = w.state.messages_seen
    assert f"!relabel {number} on-scope" in alert.text
    # The one step works: the message is corrected by its number.
    fixed = w.do(cmd.CorrectLabel, FAC, label="on_scope", number=number)
    [corrected] = fixed.events_of(ev.LabelCorrected)
    assert corrected.message_id == flag.message_id and corrected.old == "safeguarding"


def test_an_alert_for_someone_who_opted_out_says_their_words_are_not_shown():
    w = _workshop()
    w.do(cmd.SetConsent, BOB, recorded=False)
    step = w.do(cmd.Say, BOB, text=RISK)
    [flag] = step.events_of(ev.SafeguardingFlagged)
    assert flag.text is None
    [alert] = _alerts(step)
    assert RISK not in alert.text and "not shown" in alert.text


def test_a_weak_alert_asks_for_a_look_when_there_is_time():
    w = _workshop()
    step = w.do(cmd.Say, ALICE, text=WEAK_RISK)
    [flag] = step.events_of(ev.SafeguardingFlagged)
    assert flag.strength == "weak"
    [alert] = _alerts(step)
    assert alert.text.startswith("Have a look when you can")
    assert not alert.text.isupper() and "PLEASE CHECK NOW" not in alert.text


def test_any_recent_message_can_be_relabelled_by_its_number():
    w = _workshop()
    w.do(cmd.Say, ALICE, text=COMPLAINT)
    complaint_number = w.state.messages_seen
    w.do(cmd.Say, BOB, text=OFF)  # a later message; the complaint is no longer the last
    step = w.do(cmd.CorrectLabel, FAC, label="on_scope", number=complaint_number)
    [corrected] = step.events_of(ev.LabelCorrected)
    assert corrected.old == "complaint" and corrected.new == "on_scope"
    assert "apology" in corrected.terms  # its words are learnt as scope
    assert w.state.recent[-2].label == "on_scope"


def test_relabelling_a_number_the_bot_does_not_have_says_so_and_changes_nothing():
    w = _workshop()
    refusal = w.refused(cmd.CorrectLabel, FAC, label="on_scope", number=999)
    assert "999" in str(refusal)


def test_a_disclosure_spread_over_two_messages_is_read_together():
    w = _workshop()
    first = w.do(cmd.Say, CAROL, text=HALF_1)
    assert not first.events_of(ev.SafeguardingFlagged)
    second = w.do(cmd.Say, CAROL, text=HALF_2)
    [flag] = second.events_of(ev.SafeguardingFlagged)
    assert any("read together" in r for r in flag.reasons)


def test_messages_far_apart_or_from_someone_else_are_not_read_together():
    w = _workshop()
    w.do(cmd.Say, CAROL, text=HALF_1)
    w.tick(600)  # ten minutes later
    later = w.do(cmd.Say, CAROL, text=HALF_2)
    assert all(
        not any("read together" in r for r in f.reasons)
        for f in later.events_of(ev.SafeguardingFlagged)
    )
    w2 = _workshop()
    w2.do(cmd.Say, ALICE, text=HALF_1)
    other = w2.do(cmd.Say, CAROL, text=HALF_2)
    assert all(
        not any("read together" in r for r in f.reasons)
        for f in other.events_of(ev.SafeguardingFlagged)
    )


def test_after_one_concern_the_bot_reads_that_person_more_closely():
    quiet = "I did not sleep much again"
    w = _workshop()
    assert not w.do(cmd.Say, ALICE, text=quiet).events_of(ev.SafeguardingFlagged)
    w2 = _workshop()
    w2.do(cmd.Say, ALICE, text=RISK)
    w2.tick(900)
    step = w2.do(cmd.Say, ALICE, text=quiet)
    [flag] = step.events_of(ev.SafeguardingFlagged)
    assert flag.strength == "weak" and flag.reasons[0] == words.ATTENTIVE_REASON
    assert step.effects_of(Post) == []  # privately: nothing in the room


def test_a_deleted_or_erased_persons_words_leave_the_recent_messages():
    w = _workshop()
    w.do(cmd.Say, ALICE, text=HALF_1)
    said = w.state.recent[-1]
    assert said.text == HALF_1
    w.do(cmd.DeleteMessage, ALICE, message_id=said.message_id)
    assert [r.text for r in w.state.recent if r.message_id == said.message_id] == [None]
    w.do(cmd.Say, CAROL, text=HALF_1)
    w.do(cmd.ForgetMe, CAROL)
    assert all(r.text is None for r in w.state.recent if r.person_id == CAROL.id)


# --- issue 20: human routes --------------------------------------------------------------


def test_anyone_can_ask_for_the_complaints_route_privately():
    w = _workshop()
    before = w.state.concerns
    step = w.do(cmd.AskComplaintRoute, ALICE)
    [reply] = step.effects_of(SendPrivate)
    assert reply.person_id == "alice" and COMPLAINTS in reply.text
    assert step.effects_of(Post) == []
    assert w.state.concerns == before + 1


def test_staff_can_send_someone_the_route_and_participants_cannot():
    w = _workshop()
    step = w.do(cmd.SendRoute, FAC, name="Bob")
    sent = {p.person_id: p.text for p in step.effects_of(SendPrivate)}
    assert COMPLAINTS in sent["bob"] and "Bob" in sent["fac"]
    assert step.effects_of(Post) == []
    w.refused(cmd.SendRoute, ALICE, name="Bob")
    assert "Zed" in str(w.refused(cmd.SendRoute, FAC, name="Zed"))


def test_staff_can_record_a_concern_privately_and_the_bot_then_reads_closer():
    w = _workshop()
    w.do(cmd.AddCoFacilitator, FAC, name="Carol")
    step = w.do(cmd.RecordConcern, FAC, name="Bob", note="seemed frightened of his brother")
    [alert] = step.effects_of(AlertStaff)  # the staff room and each facilitator privately
    assert {pid for pid, _ in alert.recipients} == {"fac", "carol"}
    assert "frightened of his brother" in alert.text and "Bob" in alert.text
    assert alert.record[0] == "safeguarding" and "frightened" not in str(alert.record)
    [done] = step.effects_of(SendPrivate)
    assert done.person_id == "fac" and "recorded" in done.text
    assert step.effects_of(Post) == []
    assert "bob" in w.state.watched
    w.refused(cmd.RecordConcern, ALICE, name="Bob")


async def test_a_recorded_concern_writes_an_audit_row_without_the_note(harness):
    await harness.say(HOST, "!start Breaks | scope: booking a short break | complaints: call 0123")
    await harness.say(APP_ALICE, "hello")
    await harness.say(HOST, "!concern Alice: bruise on her wrist again")
    rows = await harness.bot.store.audit_rows(harness.state.workshop_id)
    [row] = [r for r in rows if r["action"] == "ConcernRecorded"]
    assert APP_ALICE.id in row["detail"] and "bruise" not in row["detail"]
    assert not any("bruise" in t for t in harness.platform.texts("post"))


@pytest.mark.parametrize(
    ("message_id", "link"),
    [
        ("discord:1234567890123456789", "https://discord.com/channels/1/2/1234567890123456789"),
        ("$abc:example.org", "https://matrix.to/#/!room:example.org/$abc:example.org?via=x"),
    ],
)
def test_a_recent_message_can_be_relabelled_by_its_link(message_id, link):
    w = _workshop()
    w.send(cmd.Say(actor=ALICE, room=w.state.room, source_id=message_id, text=COMPLAINT))
    step = w.do(cmd.CorrectLabel, FAC, label="on_scope", link=link)
    [corrected] = step.events_of(ev.LabelCorrected)
    assert corrected.message_id == message_id


def test_a_workshop_reads_with_the_lexicon_installed_now_not_the_one_it_began_with():
    """A classifier weighs the scope's words by the lexicon's stop words when it is
    built, and redirects.py keeps each workshop's classifier: after `drift.use_lexicon`
    installs another lexicon, the workshop's next message is read under the new one,
    exactly as a classifier built afresh reads it."""
    w = _workshop()
    text = "Short break booking costs too much for carers"
    say = make(cmd.Say, ALICE, text=text)
    before = redirects.classify(w.state, say, w.now, True)
    w.send(say)  # the workshop's classifier is built and kept
    whole = drift.installed_lexicon()
    # The scope's own words ("plan how carers book a short break") as stop words.
    stop = whole.word_sets["stopwords"] | {"carers", "book", "booking", "short", "break"}
    drift.use_lexicon(dataclasses.replace(whole, word_sets={**whole.word_sets, "stopwords": stop}))
    try:
        after = redirects.classify(w.state, make(cmd.Say, BOB, text=text), w.now, True)
        fresh = drift.Classifier(redirects.scope_of(w.state)).classify(text)
    finally:
        drift.use_lexicon(whole)
    again = redirects.classify(w.state, make(cmd.Say, CAROL, text=text), w.now, True)
    assert after == fresh
    assert after.score < before.score == again.score
