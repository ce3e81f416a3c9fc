"""The facilitation core, through its own front door: commands in, events and effects out."""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import (
    AlertStaff,
    InviteToSpeak,
    Post,
    SendPrivate,
    SetFloor,
    UpsertQueueMessage,
)
from facilitation.engine import Refused, answer, decide, queue_text, react
from facilitation.state import Role, Status, evolve
from facilitation.timers import TIMEBOX_END, TIMEBOX_WARNING, Timer, pending_timers
from tests.core_helpers import (
    AL,
    ALAN,
    ALICE,
    BOB,
    CAROL,
    COMPLAINTS,
    FAC,
    ROOM,
    RULES,
    SAM,
    SCOPE,
    WORKSHOP_ID,
    Workshop,
    apply,
    blank,
    hypothesis_settings,
    make,
    run,
    start_command,
)

# --- lifecycle ---------------------------------------------------------------


def test_start_records_the_workshop_and_sets_the_scene():
    w = Workshop(started=False, now=500.0)
    step = w.send(start_command())

    assert step.events == [
        ev.WorkshopStarted(
            workshop_id=WORKSHOP_ID,
            room=ROOM,
            title="Carers' breaks",
            scope=SCOPE,
            agenda=("Booking", "Costs"),
            cannot_change="the council budget",
            ground_rules=RULES,
            complaints_route=COMPLAINTS,
            out_of_scope=(),
            drift_sensitivity="normal",
            drift_cooldown=300,
            queue_order="arrival",
            prefix="!",
            timebox_warning_seconds=30,
            reactions=False,
            facilitator_id="fac",
            facilitator_name="Fran",
            at=500.0,
        )
    ]
    posts = step.effects_of(Post)
    assert len(posts) == 1
    scene = posts[0]
    assert scene.room == ROOM
    assert SCOPE in scene.text
    for rule in RULES:
        assert rule in scene.text
    assert COMPLAINTS in scene.text
    assert "the council budget" in scene.text
    assert "Booking" in scene.text and "Costs" in scene.text
    assert words.consent_notice("!") in scene.text
    assert "!optout" in scene.text
    # The queue message is posted fresh (no reference yet).
    [queue] = step.effects_of(UpsertQueueMessage)
    assert (queue.room, queue.message_ref) == (ROOM, None)
    assert "Waiting to speak: nobody" in queue.text
    assert w.state.status is Status.RUNNING
    assert w.state.lead_facilitator_id == "fac"
    assert w.state.role_of("fac") is Role.FACILITATOR


def test_start_strips_the_words_it_is_given():
    w = Workshop(started=False)
    w.send(start_command(title="  Breaks  ", scope=" s ", complaints_route=" ring us "))
    assert (w.state.title, w.state.scope, w.state.complaints_route) == ("Breaks", "s", "ring us")


def test_only_a_platform_facilitator_can_start():
    w = Workshop(started=False)
    refusal = w.refused_command(start_command(actor=ALICE))
    assert refusal.denied is True
    assert refusal.reason == words.only_facilitators("start a workshop")
    assert w.state.status is Status.NOT_STARTED


@pytest.mark.parametrize(
    ("missing", "reason"),
    [
        ("title", words.need_title("!")),
        ("scope", words.need_scope("!")),
        ("complaints_route", words.need_complaints_route("!")),
    ],
)
def test_start_needs_title_scope_and_complaints_route(missing, reason):
    w = Workshop(started=False)
    refusal = w.refused_command(start_command(**{missing: "   "}))
    assert refusal.reason == reason
    assert refusal.denied is False


def test_start_while_running_is_refused():
    w = Workshop()
    refusal = w.refused_command(start_command(title="Another"))
    assert refusal.reason == words.workshop_already_running("!", "Carers' breaks")
    assert "!end" in refusal.reason


def test_end_closes_the_workshop_and_says_so():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.AddMinutesItem, FAC, kind="idea", text="more respite beds")
    step = w.do(cmd.EndWorkshop, FAC)

    assert step.events == [ev.WorkshopEnded(by_id="fac", at=w.now)]
    assert w.state.status is Status.ENDED
    assert w.state.hands == ()
    assert Post(room=ROOM, text=words.workshop_ended("Carers' breaks", 1)) in step.effects
    [queue] = step.effects_of(UpsertQueueMessage)
    assert queue.text == "Speaker queue: the workshop has ended."
    # Nothing more can be done in it.
    assert w.refused(cmd.RaiseHand, BOB).reason == words.no_workshop("!")


def test_end_credits_the_speaker_with_their_floor_time():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.CallNext, FAC)
    w.tick(42)
    w.do(cmd.EndWorkshop, FAC)
    alice = w.state.people["alice"]
    assert (alice.turns, alice.floor_seconds) == (1, 42.0)
    assert w.state.speaker is None


NOT_STARTED_COMMANDS = [
    (cmd.EndWorkshop, {}),
    (cmd.RaiseHand, {}),
    (cmd.LowerHand, {}),
    (cmd.Pass, {}),
    (cmd.CallNext, {}),
    (cmd.CallPerson, {"name": "Alice"}),
    (cmd.FinishTurn, {}),
    (cmd.SetTimebox, {"seconds": 60}),
    (cmd.AddMinutesItem, {"kind": "idea", "text": "x"}),
    (cmd.SetConsent, {"recorded": False}),
    (cmd.AddCoFacilitator, {"name": "Alice"}),
    (cmd.ChangeSetting, {"setting": "scope", "values": ("x",)}),
]


@pytest.mark.parametrize(("kind", "fields"), NOT_STARTED_COMMANDS)
@pytest.mark.parametrize("actor", [FAC, ALICE], ids=["facilitator", "participant"])
def test_commands_without_a_workshop_are_refused_with_plain_words(kind, fields, actor):
    w = Workshop(started=False)
    refusal = w.refused(kind, actor, **fields)
    assert refusal.reason == words.no_workshop("!")
    assert refusal.denied is False


def test_no_workshop_refusal_uses_the_configured_prefix():
    w = Workshop(started=False, prefix="?")
    assert w.refused(cmd.RaiseHand, ALICE).reason == words.no_workshop("?")
    assert "?start" in words.no_workshop("?")


def test_chat_without_a_workshop_is_ignored():
    state = blank()
    assert decide(state, make(cmd.Say, ALICE, text="anyone here?"), 1.0) == []
    ended, _, _ = run([start_command(), make(cmd.EndWorkshop, FAC)])
    assert decide(ended, make(cmd.Say, ALICE, text="bye"), 9999.0) == []


def test_questions_are_answered_privately_and_change_nothing():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    before = copy.deepcopy(w.state)
    [reply] = answer(w.state, make(cmd.ShowQueue, BOB))
    assert isinstance(reply, SendPrivate) and reply.person_id == "bob"
    assert "1. Alice" in reply.text
    [status] = answer(w.state, make(cmd.ShowStatus, ALICE))
    assert "Waiting to speak: 1." in status.text
    assert w.state == before
    with pytest.raises(Refused) as info:
        answer(blank(), make(cmd.ShowQueue, ALICE))
    assert info.value.reason == words.no_workshop("!")
    [help_reply] = answer(blank(), make(cmd.ShowHelp, FAC))
    assert "!start" in help_reply.text


# --- roles -------------------------------------------------------------------

FACILITATOR_ONLY = [
    (cmd.EndWorkshop, {}),
    (cmd.ChangeSetting, {"setting": "scope", "values": ("something else",)}),
    (cmd.AddCoFacilitator, {"name": "Bob"}),
    (cmd.RemoveCoFacilitator, {"name": "Sam"}),
    (cmd.SetQueueOrder, {"order": "fair"}),
    (cmd.SetTimebox, {"seconds": 60}),
    (cmd.SetFloorControl, {"on": True}),
]
STAFF_ONLY = [
    (cmd.CallNext, {}),
    (cmd.CallPerson, {"name": "Bob"}),
    (cmd.RemoveFromQueue, {"name": "Bob"}),
    (cmd.LowerAllHands, {}),
    (cmd.AddMinutesItem, {"kind": "topic", "text": "transport"}),
    (cmd.AddMinutesItem, {"kind": "agreed", "text": "meet monthly"}),
    (cmd.AddMinutesItem, {"kind": "action", "text": "send leaflet", "owner": "Sam"}),
]


def _busy_workshop() -> Workshop:
    """Bob has his hand up and Sam is a co-facilitator, so each command could work."""
    w = Workshop()
    w.join(ALICE, SAM)
    w.do(cmd.RaiseHand, BOB)
    w.do(cmd.AddCoFacilitator, FAC, name="Sam")
    return w


@pytest.mark.parametrize(("kind", "fields"), FACILITATOR_ONLY + STAFF_ONLY)
@pytest.mark.parametrize("joined", [True, False], ids=["known", "newcomer"])
def test_participants_are_denied_staff_commands(kind, fields, joined):
    w = _busy_workshop()
    actor = ALICE if joined else CAROL
    refusal = w.refused(kind, actor, **fields)
    assert refusal.denied is True
    assert refusal.reason.startswith("Only a facilitator")
    # The facilitator can do the same thing in the same state.
    decide(w.state, make(kind, FAC, **fields), w.now)


@pytest.mark.parametrize(("kind", "fields"), FACILITATOR_ONLY)
def test_co_facilitators_are_denied_facilitator_only_commands(kind, fields):
    w = _busy_workshop()
    w.do(cmd.AddCoFacilitator, FAC, name="Alice")
    refusal = w.refused(kind, ALICE, **fields)
    assert refusal.denied is True
    assert refusal.reason.startswith("Only a facilitator can ")


def test_co_facilitator_can_call_next_but_cannot_end():
    w = Workshop()
    w.join(ALICE)
    step = w.do(cmd.AddCoFacilitator, FAC, name="alice")
    assert step.events == [ev.CoFacilitatorAdded(person_id="alice", by_id="fac")]
    assert Post(room=ROOM, text=words.co_facilitator_added("Alice")) in step.effects
    w.do(cmd.RaiseHand, BOB)

    called = w.do(cmd.CallNext, ALICE)
    assert called.events == [
        ev.SpeakerCalled(person_id="bob", by_id="alice", out_of_order=False, at=w.now)
    ]
    refusal = w.refused(cmd.EndWorkshop, ALICE)
    assert refusal.denied is True
    assert refusal.reason == words.only_facilitators("end the workshop")
    assert w.refused(cmd.AddCoFacilitator, ALICE, name="Bob").denied is True

    w.do(cmd.RemoveCoFacilitator, FAC, name="Alice")
    w.do(cmd.RaiseHand, SAM)
    assert w.refused(cmd.CallNext, ALICE).denied is True


def test_co_facilitator_changes_are_checked():
    w = Workshop()
    w.join(ALICE)
    assert w.refused(cmd.AddCoFacilitator, FAC, name="Fran").reason == words.lead_is_facilitator(
        "Fran"
    )
    assert w.refused(cmd.RemoveCoFacilitator, FAC, name="Alice").reason == (
        words.not_co_facilitator("Alice")
    )
    w.do(cmd.AddCoFacilitator, FAC, name="Alice")
    assert w.refused(cmd.AddCoFacilitator, FAC, name="Alice").reason == (
        words.already_co_facilitator("Alice")
    )


def test_another_platform_facilitator_counts_as_facilitator():
    w = Workshop()
    other = cmd.Actor("fac2", "Fiona", cmd.PlatformRole.FACILITATOR)
    step = w.do(cmd.SetTimebox, other, seconds=60)
    assert step.events == [
        ev.ParticipantJoined(person_id="fac2", name="Fiona", facilitator=True, at=w.now),
        ev.TimeboxSet(seconds=60, by_id="fac2", at=w.now),
    ]
    # They are told when something goes wrong, like the lead.
    failed = w.send(make(cmd.EffectFailed, cmd.SYSTEM, what="post", reason="gone"))
    [alert] = failed.effects_of(AlertStaff)
    assert [person_id for person_id, _ in alert.recipients] == ["fac", "fac2"]


def test_only_the_speaker_or_staff_can_finish_a_turn():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.CallNext, FAC)
    refusal = w.refused(cmd.FinishTurn, BOB)
    assert refusal.denied is True
    assert refusal.reason == words.only_speaker_or_staff()
    step = w.do(cmd.FinishTurn, FAC)
    assert step.events == [ev.TurnEnded(person_id="alice", by_id="fac", passed=False, at=w.now)]


def test_settings_can_be_changed_and_are_announced():
    w = Workshop()
    step = w.do(cmd.ChangeSetting, FAC, setting="agenda", values=("Costs", " ", " Transport "))
    assert step.events == [
        ev.SettingChanged(setting="agenda", values=("Costs", "Transport"), by_id="fac")
    ]
    assert w.state.agenda == ("Costs", "Transport")
    assert step.effects == [
        Post(room=ROOM, text=words.setting_changed("agenda", ("Costs", "Transport")))
    ]
    w.do(cmd.ChangeSetting, FAC, setting="scope", values=("talk about respite; and money",))
    assert w.state.scope == "talk about respite; and money"
    refusal = w.refused(cmd.ChangeSetting, FAC, setting="ground_rules", values=(" ", ""))
    assert refusal.reason == words.empty_setting("!", "ground_rules")


# --- the speaker queue -------------------------------------------------------


def _queue(w: Workshop) -> list[str]:
    return [hand.person_id for hand in w.state.ordered_hands()]


def test_a_newcomer_raising_a_hand_joins_and_is_welcomed():
    w = Workshop()
    step = w.do(cmd.RaiseHand, ALICE)
    assert step.events == [
        ev.ParticipantJoined(person_id="alice", name="Alice", facilitator=False, at=w.now),
        ev.HandRaised(person_id="alice", at=w.now),
    ]
    welcome, placed = step.effects_of(SendPrivate)
    assert welcome.person_id == "alice" and "!optout" in welcome.text
    assert placed.text == words.hand_is_up(1)
    assert _queue(w) == ["alice"]


def test_every_hand_that_goes_up_is_told_its_place_privately():
    """A pinned message being edited is not read out by screen readers (issue 19)."""
    w = Workshop()
    w.join(ALICE, BOB)
    first = w.do(cmd.RaiseHand, ALICE)
    second = w.do(cmd.RaiseHand, BOB)
    [to_alice] = first.effects_of(SendPrivate)
    [to_bob] = second.effects_of(SendPrivate)
    assert (to_alice.person_id, to_alice.text) == ("alice", words.hand_is_up(1))
    assert to_bob.person_id == "bob"
    assert to_bob.text == "Your hand is up. You are number 2 in the queue."


def test_a_newcomers_first_message_is_not_kept_and_they_are_told_so():
    w = Workshop()
    first = w.do(cmd.Say, ALICE, text="the bus did not come")
    [posted] = first.events_of(ev.MessagePosted)
    assert posted.text is None
    told = [e.text for e in first.effects_of(SendPrivate) if e.person_id == "alice"]
    assert words.first_message_not_kept() in told
    second = w.do(cmd.Say, ALICE, text="the bus did not come")
    assert second.events_of(ev.MessagePosted)[0].text == "the bus did not come"
    assert second.effects_of(SendPrivate) == []


def test_someone_who_opted_out_is_not_told_about_each_message():
    w = Workshop()
    w.join(ALICE)
    w.do(cmd.SetConsent, ALICE, recorded=False)
    step = w.do(cmd.Say, ALICE, text="hello")
    assert step.effects_of(SendPrivate) == []


def test_raising_twice_is_refused_harmlessly_with_your_place():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    refusal = w.refused(cmd.RaiseHand, BOB)
    assert refusal.reason == words.hand_already_up(2)
    assert "number 2" in refusal.reason
    assert refusal.denied is False
    assert _queue(w) == ["alice", "bob"]


def test_lower_takes_your_hand_down():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    step = w.do(cmd.LowerHand, ALICE)
    assert step.events == [ev.HandLowered(person_id="alice", by_id="alice")]
    assert _queue(w) == ["bob"]
    assert w.refused(cmd.LowerHand, ALICE).reason == words.hand_not_up("!")


def test_pass_gives_up_your_place_or_your_turn():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    assert w.do(cmd.Pass, ALICE).events == [ev.HandLowered(person_id="alice", by_id="alice")]
    w.do(cmd.CallNext, FAC)
    w.tick(10)
    step = w.do(cmd.Pass, BOB)
    assert step.events == [ev.TurnEnded(person_id="bob", by_id="bob", passed=True, at=w.now)]
    assert w.state.speaker is None
    # A pass is not a turn.
    assert w.state.people["bob"].turns == 0
    assert w.refused(cmd.Pass, BOB).reason == words.nothing_to_pass("!")


def test_next_calls_the_first_hand_and_takes_it_off_the_queue():
    w = Workshop()
    for actor in (ALICE, BOB, CAROL):
        w.do(cmd.RaiseHand, actor)
    step = w.do(cmd.CallNext, FAC)
    assert step.events == [
        ev.SpeakerCalled(person_id="alice", by_id="fac", out_of_order=False, at=w.now)
    ]
    assert Post(room=ROOM, text=words.your_turn("Alice", 0)) in step.effects
    assert w.state.speaker.person_id == "alice"
    assert _queue(w) == ["bob", "carol"]
    assert w.refused(cmd.RaiseHand, ALICE).reason == words.you_are_speaking("!")

    w.tick(30)
    w.do(cmd.CallNext, FAC)
    assert w.state.speaker.person_id == "bob"
    assert w.state.people["alice"].turns == 1
    assert w.state.people["alice"].floor_seconds == 30.0


def test_next_on_an_empty_queue_is_refused():
    w = Workshop()
    refusal = w.refused(cmd.CallNext, FAC)
    assert refusal.reason == words.queue_empty("!")
    assert refusal.denied is False


def test_call_out_of_order():
    w = Workshop()
    for actor in (ALICE, BOB, CAROL):
        w.do(cmd.RaiseHand, actor)
    step = w.do(cmd.CallPerson, FAC, name="carol")
    assert step.events == [
        ev.SpeakerCalled(person_id="carol", by_id="fac", out_of_order=True, at=w.now)
    ]
    assert _queue(w) == ["alice", "bob"]
    # Calling the person at the front is in order.
    step = w.do(cmd.CallPerson, FAC, name="Alice")
    assert step.events[0].out_of_order is False
    assert w.refused(cmd.CallPerson, FAC, name="Alice").reason == words.already_speaking("Alice")
    # Someone with no hand up can be called too.
    w.join(SAM)
    assert w.do(cmd.CallPerson, FAC, name="Sam").events[0].out_of_order is True


def test_remove_takes_someone_elses_hand_down():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    step = w.do(cmd.RemoveFromQueue, FAC, name="Alice")
    assert step.events == [ev.HandLowered(person_id="alice", by_id="fac")]
    assert _queue(w) == ["bob"]
    assert w.refused(cmd.RemoveFromQueue, FAC, name="Alice").reason == words.not_in_queue("Alice")


def test_lowerall_empties_the_queue():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    step = w.do(cmd.LowerAllHands, FAC)
    assert step.events == [ev.AllHandsLowered(by_id="fac")]
    assert _queue(w) == []
    assert w.refused(cmd.LowerAllHands, FAC).reason == words.no_hands_up()


def test_done_ends_the_turn_and_counts_it():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.CallNext, FAC)
    w.tick(75)
    step = w.do(cmd.FinishTurn, ALICE)
    assert step.events == [ev.TurnEnded(person_id="alice", by_id="alice", passed=False, at=w.now)]
    assert w.state.speaker is None
    assert (w.state.people["alice"].turns, w.state.people["alice"].floor_seconds) == (1, 75.0)
    assert w.refused(cmd.FinishTurn, ALICE).reason == words.nobody_speaking()


def _spoken_then_queued(order: str) -> Workshop:
    """Alice and Bob have each spoken; then hands go up: Alice, Carol, Bob, Sam."""
    w = Workshop()
    if order == "fair":
        w.do(cmd.SetQueueOrder, FAC, order="fair")
    for actor in (ALICE, BOB):
        w.do(cmd.RaiseHand, actor)
        w.do(cmd.CallNext, FAC)
        w.do(cmd.FinishTurn, actor)
    for actor in (ALICE, CAROL, BOB, SAM):
        w.do(cmd.RaiseHand, actor)
    return w


def _calling_order(w: Workshop) -> list[str]:
    called = []
    while w.state.hands:
        called.append(w.do(cmd.CallNext, FAC).events[0].person_id)
    return called


def test_arrival_order_calls_hands_as_they_went_up():
    assert _calling_order(_spoken_then_queued("arrival")) == ["alice", "carol", "bob", "sam"]


def test_fair_order_puts_people_who_have_spoken_last_ties_by_arrival():
    w = _spoken_then_queued("fair")
    assert _queue(w) == ["carol", "sam", "alice", "bob"]
    assert _calling_order(w) == ["carol", "sam", "alice", "bob"]


def test_switching_order_reorders_the_waiting_queue():
    w = _spoken_then_queued("arrival")
    step = w.do(cmd.SetQueueOrder, FAC, order="fair")
    assert step.events == [ev.QueueOrderSet(order="fair", by_id="fac")]
    assert Post(room=ROOM, text=words.queue_order_set("fair")) in step.effects
    assert _queue(w) == ["carol", "sam", "alice", "bob"]
    assert w.refused(cmd.SetQueueOrder, FAC, order="fair").reason == words.order_unchanged("fair")


def test_a_passed_turn_does_not_count_as_having_spoken():
    w = Workshop()
    w.do(cmd.SetQueueOrder, FAC, order="fair")
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.CallNext, FAC)
    w.do(cmd.Pass, ALICE)
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    assert _queue(w) == ["alice", "bob"]  # by arrival: neither has spoken
    w.do(cmd.LowerAllHands, FAC)
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.CallNext, FAC)
    w.do(cmd.FinishTurn, ALICE)
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    assert _queue(w) == ["bob", "alice"]


# --- finding people by name ------------------------------------------------


def _named_people() -> Workshop:
    w = Workshop()
    w.join(ALICE, ALAN, BOB)
    for actor in (ALICE, ALAN, BOB):
        w.do(cmd.RaiseHand, actor)
    return w


def test_a_name_matching_nobody_is_refused_listing_who_is_here():
    w = _named_people()
    refusal = w.refused(cmd.CallPerson, FAC, name="Zed")
    assert refusal.reason == words.no_such_person("Zed", ["Fran", "Alice", "Alan", "Bob"])
    assert "Zed" in refusal.reason
    assert "Alan, Alice, Bob, Fran" in refusal.reason
    assert refusal.denied is False


@pytest.mark.parametrize("kind", [cmd.CallPerson, cmd.RemoveFromQueue, cmd.AddCoFacilitator])
def test_a_name_matching_several_people_is_refused_listing_them(kind):
    w = _named_people()
    refusal = w.refused(kind, FAC, name="al")
    assert refusal.reason == words.several_people("al", ["Alice", "Alan"])
    assert "Alan, Alice" in refusal.reason
    assert "Bob" not in refusal.reason


SAM_STAFF = cmd.Actor(
    "matrix:@sam.okafor:council.gov.uk", "Sam Okafor", cmd.PlatformRole.FACILITATOR
)
SAM_PARTICIPANT = cmd.Actor("matrix:@sam:example.org", "Sam")


def test_a_participants_name_that_starts_a_staff_name_picks_neither():
    w = Workshop()
    w.join(SAM_STAFF, SAM_PARTICIPANT)
    refusal = w.refused(cmd.AddCoFacilitator, FAC, name="sam")
    assert refusal.reason == words.several_people(
        "sam",
        [
            words.person_choice("Sam", "@sam:example.org"),
            "Sam Okafor",  # typing the whole name picks them: no id needed
        ],
    )
    # What is in brackets picks the person; so does a Matrix id typed whole.
    step = w.do(cmd.AddCoFacilitator, FAC, name="@sam:example.org")
    assert step.events[0].person_id == SAM_PARTICIPANT.id
    assert w.do(cmd.CallPerson, FAC, name="@sam.okafor:council.gov.uk").events


def test_two_people_with_one_display_name_are_told_apart_by_id():
    w = Workshop()
    twins = cmd.Actor("discord:111", "Jo"), cmd.Actor("discord:222", "Jo")
    w.join(*twins)
    for twin in twins:
        w.do(cmd.RaiseHand, twin)
    refusal = w.refused(cmd.CallPerson, FAC, name="Jo")
    assert refusal.reason == words.several_people(
        "Jo", [words.person_choice("Jo", "111"), words.person_choice("Jo", "222")]
    )
    assert w.do(cmd.CallPerson, FAC, name="222").events[0].person_id == "discord:222"
    # A Discord mention, as the client sends it, names the person exactly.
    w.do(cmd.FinishTurn, FAC)
    assert w.do(cmd.CallPerson, FAC, name="<@!111>").events[0].person_id == "discord:111"


def test_a_unique_start_of_a_name_is_enough():
    w = _named_people()
    assert w.do(cmd.CallPerson, FAC, name="ali").events[0].person_id == "alice"
    assert w.do(cmd.CallPerson, FAC, name="@BOB").events[0].person_id == "bob"
    assert w.do(cmd.CallPerson, FAC, name="alan").events[0].person_id == "alan"


def test_an_exact_name_wins_over_a_start_of_other_names():
    w = _named_people()
    w.do(cmd.RaiseHand, AL)
    step = w.do(cmd.CallPerson, FAC, name="Al")
    assert step.events[0].person_id == "al"


# --- the queue message -------------------------------------------------------

QUEUE_CHANGES = [
    ("hand", cmd.RaiseHand, SAM, {}),
    ("hand, newcomer", cmd.RaiseHand, CAROL, {}),
    ("lower", cmd.LowerHand, SAM, {}),
    ("next", cmd.CallNext, FAC, {}),
    ("done", cmd.FinishTurn, FAC, {}),
    ("call", cmd.CallPerson, FAC, {"name": "Bob"}),
    ("pass while speaking", cmd.Pass, BOB, {}),
    ("hand again", cmd.RaiseHand, SAM, {}),
    ("pass in queue", cmd.Pass, SAM, {}),
    ("order", cmd.SetQueueOrder, FAC, {"order": "fair"}),
    ("remove", cmd.RemoveFromQueue, FAC, {"name": "Carol"}),
    ("lowerall", cmd.LowerAllHands, FAC, {}),
    ("end", cmd.EndWorkshop, FAC, {}),
]


def test_every_queue_change_edits_the_one_queue_message():
    w = Workshop()
    w.join(ALICE, BOB, SAM)
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    step = w.send(make(cmd.QueueMessagePosted, cmd.SYSTEM, message_ref="msg-1"))
    assert step.events == [ev.QueueMessageRecorded(message_ref="msg-1")]
    assert step.effects == []

    for label, kind, actor, fields in QUEUE_CHANGES:
        if label == "lowerall":
            w.do(cmd.RaiseHand, ALICE)
        step = w.do(kind, actor, **fields)
        upserts = step.effects_of(UpsertQueueMessage)
        assert len(upserts) == 1, label
        assert upserts[0].room == ROOM, label
        assert upserts[0].message_ref == "msg-1", label
        # The edit shows the queue as it now is.
        assert upserts[0].text == queue_text(w.state), label
        assert not any(p.text.startswith("Speaker queue") for p in step.effects_of(Post)), label


def test_queue_message_lists_the_speaker_and_who_is_waiting():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    [upsert] = w.do(cmd.CallNext, FAC).effects_of(UpsertQueueMessage)
    assert "Speaking now: Alice" in upsert.text
    assert "1. Bob" in upsert.text
    assert "Alice" not in upsert.text.split("Waiting")[1]


def test_things_that_do_not_touch_the_queue_do_not_edit_it():
    w = Workshop()
    w.send(make(cmd.QueueMessagePosted, cmd.SYSTEM, message_ref="msg-1"))
    w.join(ALICE)
    for kind, actor, fields in [
        (cmd.Say, ALICE, {"text": "hello"}),
        (cmd.AddMinutesItem, ALICE, {"kind": "idea", "text": "x"}),
        (cmd.SetConsent, ALICE, {"recorded": False}),
        (cmd.SetTimebox, FAC, {"seconds": 60}),
    ]:
        assert w.do(kind, actor, **fields).effects_of(UpsertQueueMessage) == []


# --- timebox -----------------------------------------------------------------


def _timeboxed(seconds: int = 120) -> tuple[Workshop, float]:
    w = Workshop()
    step = w.do(cmd.SetTimebox, FAC, seconds=seconds)
    assert step.events == [ev.TimeboxSet(seconds=seconds, by_id="fac", at=w.now)]
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    called_at = w.tick(5)
    w.do(cmd.CallNext, FAC)
    return w, called_at


def _fire(w: Workshop, timer_id: str, at: float):
    return w.send(make(cmd.TimerFired, cmd.SYSTEM, timer_id=timer_id), at=at)


def test_no_timers_without_a_timebox_or_a_speaker():
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.CallNext, FAC)
    assert pending_timers(w.state) == ()
    w2 = Workshop()
    w2.do(cmd.SetTimebox, FAC, seconds=60)
    assert pending_timers(w2.state) == ()


def _ids_for_turn(timers, turn: int) -> bool:
    return all(t.id.startswith(f"{WORKSHOP_ID}/turn-{turn}/") for t in timers)


def test_a_called_speaker_gets_a_warning_and_an_end_timer():
    w, t0 = _timeboxed(120)
    warning, end = pending_timers(w.state)
    assert (warning.workshop_id, warning.kind, warning.due) == (
        WORKSHOP_ID,
        TIMEBOX_WARNING,
        t0 + 90,
    )
    assert (end.workshop_id, end.kind, end.due) == (WORKSHOP_ID, TIMEBOX_END, t0 + 120)
    assert _ids_for_turn((warning, end), 1)
    assert warning.id.endswith("warning") and end.id.endswith("end")
    assert warning.id != end.id
    # Deterministic: the same ids later on, and after rebuilding the state from the log.
    w.tick(30)
    w.do(cmd.RaiseHand, CAROL)
    assert pending_timers(w.state) == (warning, end)
    rebuilt = blank()
    for event in w.log:
        rebuilt = evolve(rebuilt, event)
    assert pending_timers(rebuilt) == (warning, end)
    assert all(isinstance(t, Timer) for t in (warning, end))


def test_setting_a_timebox_is_announced_with_the_warning_lead():
    w = Workshop()
    step = w.do(cmd.SetTimebox, FAC, seconds=40)
    assert step.effects == [Post(room=ROOM, text=words.timebox_set(40, 20))]
    assert "20 seconds" in step.effects[0].text
    refusal = w.refused(cmd.SetTimebox, FAC, seconds=40)
    assert refusal.reason == words.timebox_unchanged(40)
    step = w.do(cmd.SetTimebox, FAC, seconds=0)
    assert step.effects == [Post(room=ROOM, text=words.timebox_set(0, 0))]


@pytest.mark.parametrize("seconds", [5, 9, 3601, 10_000])
def test_timebox_out_of_range_is_refused(seconds):
    w = Workshop()
    assert w.refused(cmd.SetTimebox, FAC, seconds=seconds).reason == words.timebox_out_of_range()


def test_the_warning_fires_once_then_the_end():
    w, t0 = _timeboxed(120)
    warning_id, end_id = (t.id for t in pending_timers(w.state))

    step = _fire(w, warning_id, at=t0 + 90)
    assert step.events == [ev.TimeboxWarned(turn=1, late=False)]
    assert step.effects == [Post(room=ROOM, text=words.time_nearly_up("Alice", 30))]
    assert [t.id for t in pending_timers(w.state)] == [end_id]

    # The same timer delivered again does nothing.
    assert _fire(w, warning_id, at=t0 + 91).events == []

    step = _fire(w, end_id, at=t0 + 120)
    assert step.events == [ev.TimeboxExpired(turn=1, late=False)]
    assert step.effects == [Post(room=ROOM, text=words.time_up("Alice"))]
    assert pending_timers(w.state) == ()
    assert _fire(w, end_id, at=t0 + 121).events == []


def test_the_end_timer_firing_first_also_settles_the_warning():
    w, t0 = _timeboxed(120)
    warning_id, end_id = (t.id for t in pending_timers(w.state))
    assert _fire(w, end_id, at=t0 + 200).events == [ev.TimeboxExpired(turn=1, late=True)]
    assert _fire(w, warning_id, at=t0 + 201).events == []


def test_a_timer_is_late_only_more_than_five_seconds_after_it_was_due():
    w, t0 = _timeboxed(120)
    warning = pending_timers(w.state)[0]
    fired = make(cmd.TimerFired, cmd.SYSTEM, timer_id=warning.id)
    assert decide(w.state, fired, warning.due + 5) == [ev.TimeboxWarned(turn=1, late=False)]
    assert decide(w.state, fired, warning.due + 5.5) == [ev.TimeboxWarned(turn=1, late=True)]


def test_calling_the_next_speaker_replaces_the_timers():
    w, t0 = _timeboxed(120)
    old = pending_timers(w.state)
    t1 = w.tick(20)
    w.do(cmd.CallNext, FAC)
    new = pending_timers(w.state)
    assert _ids_for_turn(new, 2)
    assert not {t.id for t in new} & {t.id for t in old}
    assert [t.due for t in new] == [t1 + 90, t1 + 120]
    # Timers of the earlier turn are stale and do nothing.
    for timer in old:
        assert _fire(w, timer.id, at=timer.due).events == []
    assert _fire(w, "no-such-timer", at=t1 + 500).events == []


def test_a_timer_firing_early_does_nothing_yet():
    w, t0 = _timeboxed(120)
    warning = pending_timers(w.state)[0]
    assert _fire(w, warning.id, at=warning.due - 3).events == []
    assert pending_timers(w.state)[0] == warning
    assert _fire(w, warning.id, at=warning.due - 0.25).events == [
        ev.TimeboxWarned(turn=1, late=False)
    ]


def test_a_warning_that_arrives_after_the_time_is_up_says_time_is_up():
    w, t0 = _timeboxed(120)
    warning = pending_timers(w.state)[0]
    step = _fire(w, warning.id, at=t0 + 125)
    assert step.events == [ev.TimeboxExpired(turn=1, late=True)]
    assert step.effects == [Post(room=ROOM, text=words.time_up("Alice"))]
    assert pending_timers(w.state) == ()


def test_changing_the_timebox_mid_turn_restarts_the_speakers_time():
    w, t0 = _timeboxed(120)
    old_warning, old_end = pending_timers(w.state)
    _fire(w, old_warning.id, at=old_warning.due)
    t1 = w.tick(10)
    w.do(cmd.SetTimebox, FAC, seconds=60)
    warning, end = pending_timers(w.state)
    assert (warning.due, end.due) == (t1 + 30, t1 + 60)
    assert _ids_for_turn((warning, end), 1)
    assert {warning.id, end.id}.isdisjoint({old_warning.id, old_end.id})
    # The old end timer is stale; the new warning fires although the old one did.
    assert _fire(w, old_end.id, at=old_end.due).events == []
    assert _fire(w, warning.id, at=warning.due).events == [ev.TimeboxWarned(turn=1, late=False)]


def test_timers_stop_when_the_turn_or_workshop_ends():
    w, t0 = _timeboxed(120)
    warning_id = pending_timers(w.state)[0].id
    w.do(cmd.FinishTurn, ALICE)
    assert pending_timers(w.state) == ()
    assert _fire(w, warning_id, at=t0 + 90).events == []
    w.do(cmd.CallNext, FAC)
    w.do(cmd.EndWorkshop, FAC)
    assert pending_timers(w.state) == ()


def test_your_turn_says_how_long_you_have():
    w, _ = _timeboxed(90)
    w.tick(1)
    step = w.do(cmd.CallNext, FAC)
    assert Post(room=ROOM, text=words.your_turn("Bob", 90)) in step.effects
    assert "1 minute and 30 seconds" in words.your_turn("Bob", 90)


# --- floor control -----------------------------------------------------------


def _floor_on() -> Workshop:
    w = Workshop()
    w.join(SAM)
    w.do(cmd.AddCoFacilitator, FAC, name="Sam")
    step = w.do(cmd.SetFloorControl, FAC, on=True)
    assert step.events == [ev.FloorControlSet(on=True, by_id="fac")]
    # Nobody is speaking, so nobody is muted.
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=())]
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    return w


def test_with_floor_on_the_speaker_and_facilitators_may_talk():
    w = _floor_on()
    step = w.do(cmd.CallNext, FAC)
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=("alice", "fac", "sam"))]
    step = w.do(cmd.CallNext, FAC)
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=("bob", "fac", "sam"))]


def test_a_facilitator_speaking_is_listed_once():
    w = _floor_on()
    w.do(cmd.LowerAllHands, FAC)
    w.do(cmd.RaiseHand, SAM)
    step = w.do(cmd.CallNext, FAC)
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=("sam", "fac"))]


def test_done_opens_the_floor_again():
    w = _floor_on()
    w.do(cmd.CallNext, FAC)
    step = w.do(cmd.FinishTurn, ALICE)
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=())]


def test_without_floor_control_the_one_called_is_invited_to_speak_once_per_turn():
    """The core says so (a Stage's audience must be invited); the adapter reads no state."""
    w = Workshop()
    w.do(cmd.RaiseHand, ALICE)
    w.do(cmd.RaiseHand, BOB)
    step = w.do(cmd.CallNext, FAC)
    assert step.effects_of(InviteToSpeak) == [InviteToSpeak(room=ROOM, person_id="alice", turn=1)]
    assert w.do(cmd.FinishTurn, ALICE).effects_of(InviteToSpeak) == []
    step = w.do(cmd.CallPerson, FAC, name="Bob")
    assert step.effects_of(InviteToSpeak) == [InviteToSpeak(room=ROOM, person_id="bob", turn=2)]


def test_with_floor_control_the_floor_itself_lets_the_speaker_talk():
    w = _floor_on()
    step = w.do(cmd.CallNext, FAC)
    assert step.effects_of(InviteToSpeak) == []
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=("alice", "fac", "sam"))]


def test_turning_floor_control_off_opens_the_floor():
    w = _floor_on()
    w.do(cmd.CallNext, FAC)
    step = w.do(cmd.SetFloorControl, FAC, on=False)
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=())]
    assert w.refused(cmd.SetFloorControl, FAC, on=False).reason == words.floor_unchanged(False)
    assert w.do(cmd.CallNext, FAC).effects_of(SetFloor) == []


def test_ending_the_workshop_opens_the_floor():
    w = _floor_on()
    w.do(cmd.CallNext, FAC)
    step = w.do(cmd.EndWorkshop, FAC)
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=())]


def test_co_facilitator_changes_update_the_floor():
    w = _floor_on()
    w.do(cmd.CallNext, FAC)
    step = w.do(cmd.RemoveCoFacilitator, FAC, name="Sam")
    assert step.effects_of(SetFloor) == [SetFloor(room=ROOM, speakers=("alice", "fac"))]


# --- minutes -----------------------------------------------------------------


@pytest.mark.parametrize("kind", cmd.NOTE_KINDS)
def test_each_kind_of_note_is_numbered_and_announced(kind):
    w = Workshop()
    w.do(cmd.AddMinutesItem, FAC, kind="info", text="first")
    owner = "Housing team" if kind in ("action", "parking") else ""
    step = w.do(cmd.AddMinutesItem, FAC, kind=kind, text="  the point  ", owner=owner)
    assert step.events == [
        ev.MinutesItemAdded(
            number=2,
            kind=kind,
            text="the point",
            owner_id="",
            owner_name=owner,
            due="",
            by_id="fac",
            at=w.now,
        )
    ]
    assert step.effects == [
        Post(room=ROOM, text=words.minutes_noted(2, kind, "the point", owner, ""))
    ]
    assert "(item 2)" in step.effects[0].text
    assert [item.kind for item in w.state.minutes] == ["info", kind]


def test_actions_need_an_owner():
    w = Workshop()
    refusal = w.refused(cmd.AddMinutesItem, FAC, kind="action", text="send the leaflet", owner=" ")
    assert refusal.reason == words.need_owner("!")
    assert refusal.denied is False


def test_a_parked_point_needs_no_owner():
    w = Workshop()
    w.join(ALICE)
    step = w.do(cmd.AddMinutesItem, ALICE, kind="parking", text="bus passes", owner="")
    [item] = w.state.minutes
    assert (item.kind, item.text, item.owner_name) == ("parking", "bus passes", "")
    assert step.effects == [
        Post(room=ROOM, text="Noted a point to come back to later (item 1): bus passes.")
    ]


def test_a_note_that_ends_with_a_full_stop_gets_no_second_one():
    w = Workshop()
    step = w.do(cmd.AddMinutesItem, FAC, kind="idea", text="more buses today.")
    assert step.effects[0].text == "Noted an idea (item 1): more buses today."
    step = w.do(cmd.AddMinutesItem, FAC, kind="action", text="ring Sam.", owner="Bo", due="")
    assert step.effects[0].text == "Noted an action (item 2): ring Sam. Who: Bo."
    assert ".." not in words.progress_noted(2, "ring Sam.", "", True)


def test_a_note_needs_words():
    w = Workshop()
    assert w.refused(cmd.AddMinutesItem, FAC, kind="idea", text="  ").reason == words.need_text(
        "!", "idea"
    )


@pytest.mark.parametrize("due", ["2026-13-01", "next week", "05/12/2026"])
def test_a_bad_due_date_is_refused(due):
    w = Workshop()
    refusal = w.refused(cmd.AddMinutesItem, FAC, kind="action", text="x", owner="Sam", due=due)
    assert refusal.reason == words.bad_due_date(due)
    assert "2026-12-05" in refusal.reason


def test_a_good_due_date_is_kept():
    w = Workshop()
    step = w.do(cmd.AddMinutesItem, FAC, kind="action", text="x", owner="Sam", due="2026-12-05")
    assert step.events[0].due == "2026-12-05"
    assert "Due: Saturday 5 December 2026." in step.effects[0].text  # a day name, not ISO


@pytest.mark.parametrize("kind", ["idea", "info"])
def test_participants_may_add_ideas_and_information(kind):
    w = Workshop()
    step = w.do(cmd.AddMinutesItem, ALICE, kind=kind, text="shorter forms")
    assert [type(e) for e in step.events] == [ev.ParticipantJoined, ev.MinutesItemAdded]
    assert step.events[1].by_id == "alice"
    assert w.state.minutes[0].kind == kind


@pytest.mark.parametrize("kind", ["action", "topic", "agreed"])
def test_participants_may_not_add_other_notes(kind):
    w = Workshop()
    w.join(ALICE)
    refusal = w.refused(cmd.AddMinutesItem, ALICE, kind=kind, text="x", owner="Sam")
    assert refusal.denied is True
    assert refusal.reason.startswith("Only a facilitator or co-facilitator can add a")


def test_co_facilitators_may_add_actions():
    w = Workshop()
    w.join(ALICE)
    w.do(cmd.AddCoFacilitator, FAC, name="Alice")
    step = w.do(cmd.AddMinutesItem, ALICE, kind="action", text="x", owner="Fran")
    assert (step.events[0].owner_id, step.events[0].owner_name) == ("fac", "Fran")


@pytest.mark.parametrize(
    ("owner", "owner_id", "owner_name"),
    [
        ("sam", "sam", "Sam"),
        ("@Sam", "sam", "Sam"),
        ("Housing team", "", "Housing team"),
        (" Housing team ", "", "Housing team"),
        ("al", "", "al"),  # Alice and Alan: not clear, so kept as given
        ("ali", "alice", "Alice"),
    ],
)
def test_an_owner_is_linked_to_a_person_only_when_clear(owner, owner_id, owner_name):
    w = Workshop()
    w.join(SAM, ALICE, ALAN)
    step = w.do(cmd.AddMinutesItem, FAC, kind="action", text="do it", owner=owner)
    item = step.events[0]
    assert (item.owner_id, item.owner_name) == (owner_id, owner_name)
    assert f"Who: {owner_name}" in step.effects[0].text


# --- transcript and consent --------------------------------------------------


def _without_ids(events):
    """Messages compared without the platform's message id (a fresh source id each time)."""
    return [
        dataclasses.replace(e, message_id="") if isinstance(e, ev.MessagePosted) else e
        for e in events
    ]


def test_a_newcomers_first_message_is_not_kept_before_they_see_the_consent_notice():
    w = Workshop()
    step = w.do(cmd.Say, ALICE, text="my first words")
    assert _without_ids(step.events) == [
        ev.ParticipantJoined(person_id="alice", name="Alice", facilitator=False, at=w.now),
        ev.MessagePosted(person_id="alice", text=None, at=w.now, room=ROOM, label="on_scope"),
    ]
    welcome, not_kept = step.effects_of(SendPrivate)
    assert welcome.person_id == "alice" and "!optout" in welcome.text
    assert not_kept.text == words.first_message_not_kept()
    assert _without_ids(w.do(cmd.Say, ALICE, text="second").events) == [
        ev.MessagePosted(person_id="alice", text="second", at=w.now, room=ROOM, label="chatter")
    ]


def test_messages_are_kept_unless_the_person_opts_out():
    w = Workshop()
    w.join(ALICE, BOB)
    step = w.do(cmd.Say, ALICE, text="hello all")
    assert _without_ids(step.events) == [
        ev.MessagePosted(person_id="alice", text="hello all", at=w.now, room=ROOM, label="chatter")
    ]

    step = w.do(cmd.SetConsent, ALICE, recorded=False)
    assert _without_ids(step.events) == [ev.ConsentChanged(person_id="alice", recorded=False)]
    assert step.effects == [
        SendPrivate(
            person_id="alice", room=ROOM, text=words.consent_changed("!", False), name="Alice"
        )
    ]
    assert "!optin" in step.effects[0].text

    step = w.do(cmd.Say, ALICE, text="my private story")
    assert _without_ids(step.events) == [
        ev.MessagePosted(person_id="alice", text=None, at=w.now, room=ROOM, label="on_scope")
    ]
    assert "my private story" not in json.dumps([ev.to_record(e) for e in w.log])
    # Other people are still recorded.
    assert _without_ids(w.do(cmd.Say, BOB, text="thanks").events) == [
        ev.MessagePosted(person_id="bob", text="thanks", at=w.now, room=ROOM, label="chatter")
    ]

    w.do(cmd.SetConsent, ALICE, recorded=True)
    assert _without_ids(w.do(cmd.Say, ALICE, text="back again").events) == [
        ev.MessagePosted(
            person_id="alice", text="back again", at=w.now, room=ROOM, label="on_scope"
        )
    ]
    assert w.state.people["alice"].messages == 4  # hello (join), hello all, story, back again


def test_other_bots_never_act_in_a_workshop():
    w = Workshop()
    other_bot = cmd.Actor("bot2", "Helper", cmd.PlatformRole.BOT)
    for kind, fields in [
        (cmd.Say, {"text": "beep"}),
        (cmd.RaiseHand, {}),
        (cmd.EndWorkshop, {}),
        (cmd.SetConsent, {"recorded": False}),
    ]:
        assert decide(w.state, make(kind, other_bot, **fields), w.now) == []
    assert "bot2" not in w.state.people


def test_opting_out_twice_or_in_twice_is_refused():
    w = Workshop()
    w.join(ALICE)
    assert w.refused(cmd.SetConsent, ALICE, recorded=True).reason == words.consent_unchanged(
        "!", True
    )
    w.do(cmd.SetConsent, ALICE, recorded=False)
    refusal = w.refused(cmd.SetConsent, ALICE, recorded=False)
    assert refusal.reason == words.consent_unchanged("!", False)
    assert refusal.denied is False


def test_a_newcomer_can_opt_out_before_saying_anything():
    w = Workshop()
    step = w.do(cmd.SetConsent, CAROL, recorded=False)
    assert [type(e) for e in step.events] == [ev.ParticipantJoined, ev.ConsentChanged]
    assert w.do(cmd.Say, CAROL, text="secret").events[0].text is None


# --- effect failures -------------------------------------------------------


def test_a_failed_effect_is_reported_to_every_facilitator():
    w = Workshop()
    w.join(ALICE, BOB)
    w.do(cmd.AddCoFacilitator, FAC, name="Alice")
    command = make(cmd.EffectFailed, cmd.SYSTEM, what="edit the queue message", reason="403")
    step = w.send(command)
    # Nobody asked for it (a command of the bot's own): by itself.
    noted = ev.EffectFailureNoted(what="edit the queue message", reason="403", by_itself=True)
    assert step.events == [noted]
    text = words.effect_failed("edit the queue message", "403")
    assert step.effects == [
        AlertStaff(
            room=ROOM,
            staff_room="",
            text=text,
            recipients=(("fac", "Fran"), ("alice", "Alice")),
            public_text=words.facilitator_needed(staff_room=False),
            record=("failure", "edit the queue message", "403", "platform", "by-itself"),
        )
    ]
    assert "edit the queue message" in text and "403" in text
    assert w.state.effect_failures == 1


# --- the log replays to the same state --------------------------------------

POOL = [ALICE, ALAN, BOB, AL, FAC]
# Queue commands come up more often than ending the workshop.
_WEIGHTED_KINDS = [
    *["hand"] * 6,
    *["next", "call", "done", "pass", "say"] * 3,
    *["timer"] * 5,
    *["lower", "remove", "lowerall", "order", "timebox", "floor", "minutes", "consent"] * 2,
    *["cofac", "uncofac", "set", "queue-posted", "failed", "start", "end"],
]
NAMES = ["Alice", "alice", "al", "Al", "Alan", "bo", "@Bob", "Fran", "fac", "Zed", "", "  "]
TEXTS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)


def _random_command(data, state, now):
    actor = data.draw(st.one_of(st.just(FAC), st.sampled_from(POOL)), label="actor")
    name = st.sampled_from(NAMES)
    timer_ids = [t.id for t in pending_timers(state)] + [
        f"{WORKSHOP_ID}/turn-1/warning",
        f"{WORKSHOP_ID}/turn-2/end",
        "bogus",
    ]
    choices = {
        "start": lambda: start_command(
            actor=actor,
            title=data.draw(st.sampled_from(["Breaks", "", " "])),
            queue_order=data.draw(st.sampled_from(cmd.QUEUE_ORDERS)),
        ),
        "end": lambda: make(cmd.EndWorkshop, actor),
        "set": lambda: make(
            cmd.ChangeSetting,
            actor,
            setting=data.draw(st.sampled_from(cmd.SETTINGS)),
            values=data.draw(st.sampled_from([("a", "b"), ("new scope",), (" ",), ()])),
        ),
        "cofac": lambda: make(cmd.AddCoFacilitator, actor, name=data.draw(name)),
        "uncofac": lambda: make(cmd.RemoveCoFacilitator, actor, name=data.draw(name)),
        "hand": lambda: make(cmd.RaiseHand, actor),
        "lower": lambda: make(cmd.LowerHand, actor),
        "pass": lambda: make(cmd.Pass, actor),
        "next": lambda: make(cmd.CallNext, actor),
        "call": lambda: make(cmd.CallPerson, actor, name=data.draw(name)),
        "remove": lambda: make(cmd.RemoveFromQueue, actor, name=data.draw(name)),
        "lowerall": lambda: make(cmd.LowerAllHands, actor),
        "done": lambda: make(cmd.FinishTurn, actor),
        "order": lambda: make(
            cmd.SetQueueOrder, actor, order=data.draw(st.sampled_from(cmd.QUEUE_ORDERS))
        ),
        "timebox": lambda: make(
            cmd.SetTimebox, actor, seconds=data.draw(st.sampled_from([120, 30, 10, 0, 5, 4000]))
        ),
        "floor": lambda: make(cmd.SetFloorControl, actor, on=data.draw(st.booleans())),
        "minutes": lambda: make(
            cmd.AddMinutesItem,
            actor,
            kind=data.draw(st.sampled_from(cmd.NOTE_KINDS)),
            text=data.draw(st.sampled_from(["an idea", "", "x"])),
            owner=data.draw(st.sampled_from([*NAMES, "Housing team"])),
            due=data.draw(st.sampled_from(["", "2026-12-05", "soon"])),
        ),
        "say": lambda: make(cmd.Say, actor, text=data.draw(TEXTS)),
        "consent": lambda: make(cmd.SetConsent, actor, recorded=data.draw(st.booleans())),
        "timer": lambda: make(
            cmd.TimerFired, cmd.SYSTEM, timer_id=data.draw(st.sampled_from(timer_ids))
        ),
        "queue-posted": lambda: make(
            cmd.QueueMessagePosted, cmd.SYSTEM, message_ref=data.draw(st.sampled_from("abc"))
        ),
        "failed": lambda: make(cmd.EffectFailed, cmd.SYSTEM, what="post", reason="gone"),
    }
    kind = data.draw(st.sampled_from(_WEIGHTED_KINDS), label="command")
    return choices[kind]()


def _round_trip(event: ev.Event) -> ev.Event:
    type_name, payload = json.loads(json.dumps(ev.to_record(event)))
    return ev.from_record(type_name, payload)


@hypothesis_settings()
@given(st.data())
def test_replaying_the_logged_events_rebuilds_the_same_state(data):
    state = blank()
    now = 1000.0
    log: list[ev.Event] = []
    if data.draw(st.integers(0, 9), label="start first") > 0:
        state, events, _ = apply(state, start_command(), now)
        log += events
    steps = data.draw(st.integers(min_value=0, max_value=60), label="steps")
    for _ in range(steps):
        now += data.draw(st.sampled_from([0.0, 0.5, 1.0, 7.25, 30.0, 95.0, 130.0]), label="tick")
        command = _random_command(data, state, now)
        before = copy.deepcopy(state)
        try:
            events = decide(state, command, now)
        except Refused as refusal:
            assert refusal.reason.strip()
            assert state == before
            continue
        assert state == before  # decide never changes the state it is given
        for event in events:
            decoded = _round_trip(event)
            assert decoded == event
            assert type(decoded) is type(event)
            log.append(decoded)
            state = evolve(state, event)
            for effect in react(state, event):
                assert getattr(effect, "room", ROOM) == ROOM
        if state.status is Status.RUNNING:
            answer(state, make(cmd.ShowQueue, ALICE))
            answer(state, make(cmd.ShowStatus, BOB))

    replayed = blank()
    for event in log:
        replayed = evolve(replayed, event)
    assert replayed == state
    assert pending_timers(replayed) == pending_timers(state)
    assert len(state.hands) == len({h.person_id for h in state.hands})
    if state.speaker is not None:
        assert not state.has_hand_up(state.speaker.person_id)
