"""Staff alerts: the staff room, delivery to staff, and trying again until someone has it."""

from __future__ import annotations

from bot.executor import Executor
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import privacy, words
from facilitation.effects import AlertStaff, CreateStaffRoom, Post
from facilitation.timers import ALERT_RETRY, pending_timers
from tests.core_helpers import BOB, FAC, ROOM, Workshop, make, start_command
from tests.fakes import FakePlatform

RISK = "My dad hits me when he has been drinking and I am scared to go home"


def _failure_alert(w: Workshop) -> AlertStaff:
    step = w.send(make(cmd.EffectFailed, cmd.SYSTEM, what="post a message", reason="403"))
    [alert] = step.effects_of(AlertStaff)
    return alert


def test_start_asks_for_a_staff_room_and_records_it():
    w = Workshop()
    assert w.state.staff_room == ""
    step = w.send(make(cmd.StaffRoomMade, cmd.SYSTEM, staff_room="staff-1"))
    assert step.events == [ev.StaffRoomRecorded(staff_room="staff-1")]
    assert _failure_alert(w).staff_room == "staff-1"
    # The same report again (a restart redid the effect) changes nothing.
    assert w.send(make(cmd.StaffRoomMade, cmd.SYSTEM, staff_room="staff-1")).events == []


def test_the_start_effects_include_the_staff_room_for_the_lead():
    w = Workshop(started=False)
    step = w.send(start_command())
    [room] = step.effects_of(CreateStaffRoom)
    assert room.main_room == ROOM and room.staff == ("fac",)
    assert room.welcome == words.staff_room_welcome(w.state.title)


def test_an_alert_that_reached_nobody_is_kept_and_tried_again_until_it_does():
    w = Workshop()
    alert = _failure_alert(w)
    held = w.send(make(cmd.AlertUndelivered, cmd.SYSTEM, alert_id="k/0", record=alert.record))
    assert held.events == [ev.AlertHeld(alert_id="k/0", record=alert.record, at=w.now)]
    [timer] = [t for t in pending_timers(w.state) if t.kind == ALERT_RETRY]
    assert timer.due == w.now + 60
    w.now = timer.due
    retried = w.send(make(cmd.TimerFired, cmd.SYSTEM, timer_id=timer.id))
    [again] = retried.effects_of(AlertStaff)
    assert (again.alert_id, again.attempt, again.text) == ("k/0", 1, alert.text)
    # The next try waits twice as long.
    [timer] = [t for t in pending_timers(w.state) if t.kind == ALERT_RETRY]
    assert timer.due == w.now + 120
    reached = w.send(make(cmd.AlertReached, cmd.SYSTEM, alert_id="k/0"))
    assert reached.events == [ev.AlertCleared(alert_id="k/0")]
    assert [t for t in pending_timers(w.state) if t.kind == ALERT_RETRY] == []


def test_end_waits_until_a_kept_alert_has_reached_someone():
    w = Workshop()
    alert = _failure_alert(w)
    w.send(make(cmd.AlertUndelivered, cmd.SYSTEM, alert_id="k/0", record=alert.record))
    step = w.do(cmd.EndWorkshop, FAC)
    assert not step.events_of(ev.WorkshopEnded)
    assert step.events_of(ev.AlertRetried)  # tried again at once
    [again] = step.effects_of(AlertStaff)
    assert again.alert_id == "k/0"
    [told] = step.effects_of(Post)
    assert told.room == ROOM and told.text.startswith("Fran, the workshop has not ended yet")
    w.send(make(cmd.AlertReached, cmd.SYSTEM, alert_id="k/0"))
    assert w.do(cmd.EndWorkshop, FAC).events_of(ev.WorkshopEnded)


def test_a_kept_safety_alert_holds_no_ones_words():
    w = Workshop()
    w.join(BOB)
    [alert] = w.do(cmd.Say, BOB, text=RISK).effects_of(AlertStaff)
    assert "hits me" in alert.text  # the first try quotes them, for the staff
    w.send(make(cmd.AlertUndelivered, cmd.SYSTEM, alert_id="k/1", record=alert.record))
    [timer] = [t for t in pending_timers(w.state) if t.kind == ALERT_RETRY]
    w.now = timer.due
    [again] = w.send(make(cmd.TimerFired, cmd.SYSTEM, timer_id=timer.id)).effects_of(AlertStaff)
    assert "hits me" not in again.text and "Bob" in again.text and "call 999" in again.text


def test_the_words_in_a_safety_flag_go_with_erasure_purge_and_deletion():
    payload = {
        "person_id": "bob",
        "room": ROOM,
        "message_id": "m1",
        "reasons": ['violence: "hits me"'],
        "at": 10.0,
        "text": RISK,
    }
    erased = privacy.erased_payload("SafeguardingFlagged", payload, "bob", "Person 1")
    purged = privacy.purged_payload("SafeguardingFlagged", payload, cutoff=20.0)
    deleted = privacy.deleted_payload("SafeguardingFlagged", payload, "m1")
    for changed in (erased, purged, deleted):
        assert changed is not None and "text" not in changed
        assert ev.from_record("SafeguardingFlagged", changed).text is None


# --- the executor ----------------------------------------------------------------


def _alert(staff_room: str = "staff-1", **more) -> AlertStaff:
    return AlertStaff(
        room=ROOM,
        staff_room=staff_room,
        text="Safety alert ...",
        recipients=(("fac", "Fran"), ("cara", "Cara")),
        public_text=words.facilitator_needed(),
        record=("failure", "post", "403"),
        **more,
    )


async def test_an_alert_goes_to_the_staff_room_and_to_each_facilitator_privately():
    platform = FakePlatform()
    follow_ups = await Executor(platform).run([_alert()], keys=["src/0"])
    assert follow_ups == []
    assert [(s.kind, s.target) for s in platform.sent] == [
        ("post", "staff-1"),
        ("private", "fac"),
        ("private", "cara"),
    ]


async def test_private_messages_closed_still_reach_the_staff_room():
    """And the staff room is told whose private copy failed (never in the main room)."""
    platform = FakePlatform(fail_on={"private"})
    assert await Executor(platform).run([_alert()], keys=["src/0"]) == []
    assert [(s.kind, s.target, s.text) for s in platform.sent] == [
        ("post", "staff-1", "Safety alert ..."),
        ("post", "staff-1", words.alert_copy_not_sent("Fran")),
        ("post", "staff-1", words.alert_copy_not_sent("Cara")),
    ]


async def test_a_retried_alert_does_not_say_again_that_a_private_copy_failed():
    platform = FakePlatform(fail_on={"private"})
    await Executor(platform).run([_alert(attempt=1, alert_id="a1")], keys=["src/0"])
    assert [(s.kind, s.target) for s in platform.sent] == [("post", "staff-1")]


async def test_reaching_nobody_asks_for_a_facilitator_in_words_that_reveal_nothing():
    platform = FakePlatform(fail_on={"private"})
    follow_ups = await Executor(platform).run([_alert(staff_room="")], keys=["src/0"])
    assert platform.sent[0].target == ROOM and platform.sent[0].text == words.facilitator_needed()
    [held] = follow_ups
    assert isinstance(held, cmd.AlertUndelivered)
    assert held.alert_id == "src/0" and held.record == ("failure", "post", "403")
    # A retry that fails says nothing more in the room; one that works is confirmed.
    platform.sent.clear()
    retry = _alert(staff_room="", alert_id="src/0", attempt=1)
    assert await Executor(platform).run([retry], keys=["timer:x/0"]) == []
    assert platform.sent == []
    platform.fail_on.clear()
    [reached] = await Executor(platform).run([retry], keys=["timer:y/0"])
    assert isinstance(reached, cmd.AlertReached) and reached.alert_id == "src/0"


async def test_a_private_chat_not_yet_accepted_does_not_count_as_reached():
    class Unaccepted(FakePlatform):
        async def reaches_privately(self, person_id: str) -> bool:
            return False  # the invitation to the private chat is still open

    platform = Unaccepted()
    [held] = await Executor(platform).run([_alert(staff_room="")], keys=["src/0"])
    assert isinstance(held, cmd.AlertUndelivered)
    assert ("post", ROOM) in [(s.kind, s.target) for s in platform.sent]


async def test_a_platform_that_makes_links_adds_one_to_the_message():
    class Linking(FakePlatform):
        async def link_to_message(self, room: str, message_id: str) -> str:
            return f"https://chat.example/{room}/{message_id}"

    platform = Linking()
    await Executor(platform).run([_alert(message=(ROOM, "m7"))], keys=["src/0"])
    link = words.message_link(f"https://chat.example/{ROOM}/m7")
    assert all(s.text.endswith(link) for s in platform.sent)


async def test_the_facilitator_role_is_named_in_the_alert_recipients():
    w = Workshop()
    assert _failure_alert(w).recipients == (("fac", FAC.name),)
