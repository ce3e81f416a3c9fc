"""The permission matrix: every facilitator and staff command, typed by someone without
the right, is refused with one plain sentence, changes nothing and is audited "denied".

Who tries: a participant in the workshop room, the same participant in their
breakout room, and the lead facilitator and a co-facilitator of another workshop
(who are only participants here: roles never cross rooms).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.security_doc import restricted, sample_command, sample_text
from facilitation import commands as cmd
from facilitation import permissions
from facilitation.permissions import Who, who_may
from facilitation.state import Role
from tests import conftest as app
from tests.core_helpers import ALICE, BOB, CAROL, FAC, ROOM, SAM, Workshop, make

OLIVE = cmd.Actor("olive", "Olive")  # leads another workshop; only a participant here
CORY = cmd.Actor("cory", "Cory")  # co-facilitates another workshop

RESTRICTED = restricted()


def test_the_restricted_commands_are_the_expected_ones():
    assert set(RESTRICTED) == {
        "start", "startplan", "end", "set", "cofac", "done", "next", "call", "remove", "lowerall",
        "order", "timebox", "floor", "topic", "agreed", "action", "progress", "breakout",
        "extend", "regroup", "broadcast", "drift", "export", "relabel", "route", "concern",
        "poll", "share", "nudge", "balance",
    }  # fmt: skip


def _busy_workshop() -> tuple[Workshop, str]:
    """A workshop with a speaker, a hand up, an action and open groups; Alice's room key."""
    w = Workshop()
    w.join(ALICE, BOB, CAROL, SAM)
    w.do(cmd.AddMinutesItem, kind="action", text="ring the centres", owner="Sam")
    w.do(cmd.CallPerson, name="Carol")
    w.do(cmd.RaiseHand, BOB)
    w.do(cmd.OpenBreakout, duration=1200, groups=2, notice=0, seed=3)
    keys = ("room-1/g1", "room-1/g2")
    w.do(cmd.RoomsCreated, cmd.SYSTEM, number=1, keys=keys)
    return w, keys[w.state.breakout.room_of(ALICE.id)]


def _other_workshop_staff() -> None:
    """Olive leads, and Cory co-facilitates, a workshop in another room."""
    other = Workshop()
    lead = replace(OLIVE, platform_role=cmd.PlatformRole.FACILITATOR)
    other.state = replace(other.state, lead_facilitator_id=lead.id)
    other.join(CORY)
    other.do(cmd.AddCoFacilitator, lead, name="Cory")
    assert other.state.role_of(OLIVE.id) is Role.FACILITATOR
    assert other.state.role_of(CORY.id) is Role.CO_FACILITATOR


@pytest.mark.parametrize("word", RESTRICTED)
def test_people_without_the_right_are_refused_in_the_core(word):
    _other_workshop_staff()
    w, alice_room = _busy_workshop()
    for actor, room in ((ALICE, ROOM), (ALICE, alice_room), (OLIVE, ROOM), (CORY, ROOM)):
        command = sample_command(word, actor=actor, room=room)
        refusal = w.refused_command(command)  # also checks that state is unchanged
        assert refusal.denied, (word, actor.id, room)
        assert refusal.reason.startswith("Only ") and refusal.reason.count(". ") <= 1


@pytest.mark.parametrize("word", RESTRICTED)
def test_the_lead_facilitator_may_run_every_command(word):
    w, _ = _busy_workshop()
    assert permissions.refusal(w.state, sample_command(word, actor=FAC, room=ROOM)) is None


@pytest.mark.parametrize("word", RESTRICTED)
def test_a_co_facilitator_may_run_exactly_the_staff_commands(word):
    w, _ = _busy_workshop()
    w.do(cmd.AddCoFacilitator, name="Sam")
    refusal = permissions.refusal(w.state, sample_command(word, actor=SAM, room=ROOM))
    may = who_may(sample_command(word)) in (Who.STAFF, Who.SPEAKER_OR_STAFF)
    assert (refusal is None) == may


def test_the_speaker_may_end_their_own_turn():
    w, _ = _busy_workshop()
    assert w.do(cmd.FinishTurn, CAROL).events


def test_a_co_facilitator_role_does_not_follow_a_person_to_another_workshop():
    w = Workshop()
    w.join(CORY)
    refusal = w.refused_command(make(cmd.CallNext, CORY))
    assert refusal.denied


# --- through the dispatcher, with the real store ----------------------------------

ROOM_B = "test:other"
OLIVE_HERE = cmd.Actor("test:olive", "Olive")
OLIVE_THERE = replace(OLIVE_HERE, platform_role=cmd.PlatformRole.FACILITATOR)
CORY_APP = cmd.Actor("test:cory", "Cory")


async def test_the_permission_matrix_through_the_dispatcher(harness):
    h = harness
    await h.say(OLIVE_THERE, app.START, room=ROOM_B)
    await h.say(CORY_APP, "hello", room=ROOM_B)
    await h.say(OLIVE_THERE, "!cofac Cory", room=ROOM_B)
    await h.say(app.HOST, app.START)
    for person in (app.ALICE, app.BOB):
        await h.say(person, "hello, I am here")
    await h.say(app.HOST, "!hand")
    await h.say(app.HOST, "!next")  # the host is speaking, so !done is someone else's turn
    await h.say(app.HOST, "!breakout 20m | groups: 2 | notice: 0")
    breakout = h.state.breakout
    alice_room = breakout.rooms[breakout.room_of(app.ALICE.id)].key
    assert alice_room
    store = h.bot.store
    workshop = h.state.workshop_id

    tries = (
        (app.ALICE, app.ROOM),
        (app.ALICE, alice_room),
        (OLIVE_HERE, app.ROOM),
        (CORY_APP, app.ROOM),
    )
    for word in RESTRICTED:
        text = sample_text(word)
        for actor, room in tries:
            before = h.state
            logged = len(await store.load_events(workshop))
            audited = len(await store.audit_rows())
            await h.say(actor, text, room=room)
            where = (text, actor.id, room)
            assert h.state == before, where
            assert len(await store.load_events(workshop)) == logged, where
            rows = (await store.audit_rows())[audited:]
            assert [(r["actor_id"], r["outcome"], r["workshop_id"]) for r in rows] == [
                (actor.id, "denied", workshop)
            ], where
            assert rows[0]["action"] == type(sample_command(word)).__name__
            reply = h.platform.of_kind("private")[-1]
            assert reply.target == actor.id and reply.text == rows[0]["detail"], where
            assert reply.text.startswith("Only "), where
