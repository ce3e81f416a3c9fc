"""The words a facilitator gets when the chat refused something, through the real bot
(core, dispatcher, store on a real SQLite file) over a fake platform that refuses the
way an adapter reports it (adapters.base.PlatformRefused, a kind of refusal).

"Then try again" fits only when a facilitator's own command had just asked for it;
what the bot did by itself (a timer: a group's welcome, a reminder, the regroup; work
in the background) has no command to give again, so the words say to do it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from adapters.base import PlatformRefused
from adapters.matrix.outbound import MatrixRequestFailed, speaking_level
from bot.executor import Executor
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.alerts import alert_text, failure_record
from facilitation.commands import Actor, Refusal
from facilitation.effects import AlertStaff, Post, SetFloor
from tests.conftest import ALICE, BOB, HOST, ROOM, START, Harness, started
from tests.core_helpers import apply, blank, start_command
from tests.fakes import FakePlatform

CAROL = Actor("test:carol", "Carol")
DEV = Actor("test:dev", "Dev")
KITCHEN = f"{ROOM}/breakout-1-1"  # FakePlatform's key for the first group's room


@dataclass
class RefusingIn(FakePlatform):
    """Refuses one kind of call in some rooms, naming the refusal as an adapter does
    (Discord's 50013, Matrix's M_FORBIDDEN: `Refusal.NO_PERMISSION`)."""

    refused: set[tuple[str, str]] = field(default_factory=set)  # (kind, room)

    def _record(self, kind: str, target: str, text: str = "", ref: str = "") -> None:
        if (kind, target) in self.refused:
            raise PlatformRefused(f"403 Forbidden: cannot {kind}", Refusal.NO_PERMISSION)
        super()._record(kind, target, text, ref)


@pytest.fixture
async def refusing(database: Path):
    h = await started(database, RefusingIn())
    yield h
    await h.bot.close()


def alerts_to_host(platform: FakePlatform) -> list[str]:
    return [s.text for s in platform.of_kind("private") if s.target == HOST.id]


async def kitchen_and_garden(h: Harness, refused: tuple[tuple[str, str], ...] = ()) -> int:
    """A workshop of four split into Kitchen and Garden, with `refused` refused from the
    start; returns how many alerts the host had before the notice timer made the rooms."""
    await h.say(HOST, START)
    for person in (ALICE, BOB, CAROL, DEV):
        await h.say(person, "!hand")
    h.platform.refused.update(refused)  # type: ignore[attr-defined]
    await h.say(HOST, "!breakout 10m | manual: Kitchen = alice, bob; Garden = carol, dev")
    before = len(alerts_to_host(h.platform))
    await h.timers.advance(30)  # the notice timer: rooms made, each welcomed
    return before


async def test_a_refusal_in_work_a_timer_started_says_do_it_yourself(refusing):
    before = await kitchen_and_garden(refusing, refused=(("post", KITCHEN),))

    failures = [t for t in alerts_to_host(refusing.platform)[before:] if "I could not" in t]
    assert failures, "the refused welcome in Kitchen must reach the host"
    for text in failures:
        assert words.REFUSED[Refusal.NO_PERMISSION.value] in text
        assert words.DO_IT_YOURSELF in text
        assert words.TRY_AGAIN not in text
        # The group's room by its name, not "the workshop room" (nor a platform's word).
        assert "I could not post a message in Kitchen (a small group's room)." in text


async def test_a_refused_post_at_regroup_names_the_group_after_it_has_closed(refusing):
    await kitchen_and_garden(refusing)
    garden = refusing.state.breakout.rooms[1].key
    refusing.platform.refused.add(("post", garden))
    before = len(alerts_to_host(refusing.platform))

    await refusing.timers.advance(10 * 60 + 60)  # time up, the grace, back together

    assert refusing.state.breakout is None  # closed: its rooms are the past's
    failures = [t for t in alerts_to_host(refusing.platform)[before:] if "I could not" in t]
    assert failures
    assert all("post a message in Garden (a small group's room)." in t for t in failures)


async def test_a_refused_post_about_a_facilitators_command_says_it_is_done(refusing):
    """The post is the bot's message about what was asked, and what was asked is
    done: "Then try again." would note the idea twice (or, after `!next`, skip the
    person just called). The words say so, and what to do instead."""
    await refusing.say(HOST, START)
    refusing.platform.refused.add(("post", ROOM))

    await refusing.say(HOST, "!idea a shorter form")

    (text,) = [t for t in alerts_to_host(refusing.platform) if "I could not" in t]
    assert words.REFUSED[Refusal.NO_PERMISSION.value] in text
    assert words.DONE_AGAIN["not-shown"] in text
    assert words.TRY_AGAIN not in text
    assert words.DO_IT_YOURSELF not in text
    assert "I could not post a message in the main room." in text
    assert [i.text for i in refusing.state.minutes if i.kind == "idea"] == ["a shorter form"]


async def test_a_refused_post_about_a_participants_command_says_they_asked_and_it_is_done(
    refusing,
):
    """Alice's `!idea` is noted, but the room never sees the bot say so. A person did
    ask, so "not because of a command" (DO_IT_YOURSELF) would be untrue; the staff
    cannot type her command again for her either (TRY_AGAIN)."""
    await refusing.say(HOST, START)
    await refusing.say(ALICE, "!hand")  # she is in the workshop
    refusing.platform.refused.add(("post", ROOM))

    await refusing.say(ALICE, "!idea a shorter form")

    (text,) = [t for t in alerts_to_host(refusing.platform) if "I could not" in t]
    assert text.startswith("I could not post a message in the main room.")
    assert words.DONE_AGAIN["not-shown-theirs"] in text
    assert words.DO_IT_YOURSELF not in text and "not because of a command" not in text
    assert words.TRY_AGAIN not in text
    assert words.DONE_AGAIN["not-shown"] not in text  # not "everything else YOU asked for"
    assert [i.text for i in refusing.state.minutes if i.kind == "idea"] == ["a shorter form"]


async def test_a_broadcast_refused_in_one_room_says_the_others_have_it(refusing):
    """`!broadcast` again would post it twice in every room that has it."""
    await kitchen_and_garden(refusing)
    garden = refusing.state.breakout.rooms[1].key
    refusing.platform.refused.add(("post", garden))
    before = len(alerts_to_host(refusing.platform))

    await refusing.say(HOST, "!broadcast five minutes left")

    (text,) = [t for t in alerts_to_host(refusing.platform)[before:] if "I could not" in t]
    assert text.startswith("I could not post a message in Garden (a small group's room).")
    assert words.DONE_AGAIN["not-shown"] in text
    assert words.TRY_AGAIN not in text
    shown = [s.target for s in refusing.platform.sent if "five minutes left" in s.text]
    assert garden not in shown and len(shown) == 2  # the main room and Kitchen


async def test_a_refused_queue_message_says_the_bot_tries_again_and_it_does(refusing):
    await refusing.say(HOST, START)
    await refusing.say(HOST, "!hand")  # the queue message exists: a ✋ edits it
    refusing.platform.refused |= {("edit", ROOM), ("post", ROOM)}

    await refusing.say(ALICE, "!hand")  # a participant's: not the facilitator's to retry

    failures = [t for t in alerts_to_host(refusing.platform) if "I could not" in t]
    assert failures
    for text in failures:
        assert words.DONE_AGAIN["queue-changes"] in text
        assert words.TRY_AGAIN not in text and words.DO_IT_YOURSELF not in text
    # The promise holds: once the chat allows it, the next change shows the queue.
    refusing.platform.refused.clear()
    await refusing.say(BOB, "!hand")
    shown = [s.text for s in refusing.platform.sent if s.text.startswith("Speaker queue")]
    assert "Alice" in shown[-1] and "Bob" in shown[-1]


async def test_a_refused_floor_says_it_is_set_again_when_the_turn_ends_and_it_is(refusing):
    await refusing.say(HOST, START)
    await refusing.say(HOST, "!floor on")
    await refusing.say(ALICE, "!hand")
    refusing.platform.refused.add(("floor", ROOM))

    await refusing.say(HOST, "!next")  # Alice speaks: only she (and the host) may talk

    (text,) = [t for t in alerts_to_host(refusing.platform) if "I could not" in t]
    assert text.startswith("I could not change who can speak.")
    assert words.DONE_AGAIN["turn-ends"] in text
    assert words.TRY_AGAIN not in text
    refusing.platform.refused.clear()
    floors = len(refusing.platform.of_kind("floor"))
    await refusing.say(ALICE, "!done")  # her turn ends
    assert len(refusing.platform.of_kind("floor")) > floors


def alert_for(failure: cmd.EffectFailed) -> tuple[ev.EffectFailureNoted, str]:
    state, _, _ = apply(blank(), start_command(), 1000.0)
    _, events, effects = apply(state, failure, 1001.0)
    (noted,) = events
    assert isinstance(noted, ev.EffectFailureNoted)
    (alert,) = [e for e in effects if isinstance(e, AlertStaff)]
    return noted, alert.text


def failed(asked_by: str) -> cmd.EffectFailed:
    return cmd.EffectFailed(
        actor=cmd.SYSTEM,
        room=ROOM,
        source_id=f"failed-{asked_by}",
        what="change who can speak",
        reason="Missing Permissions",
        refusal=Refusal.NO_PERMISSION,
        asked_by=asked_by,
    )


def test_background_work_an_adapter_reports_names_nobody_so_it_is_by_itself():
    # adapters/discord/adapter.py `_report_failure` (floor mutes, moves) names nobody.
    noted, text = alert_for(failed(asked_by=""))
    assert noted.by_itself
    assert words.DO_IT_YOURSELF in text


def test_only_a_facilitator_who_asked_is_told_to_try_again():
    lead = start_command().actor.id
    noted, text = alert_for(failed(asked_by=lead))
    assert not noted.by_itself
    assert words.TRY_AGAIN in text


def test_a_failure_logged_before_by_itself_existed_still_reads_as_before():
    older = ev.from_record(
        "EffectFailureNoted",
        {"what": "post", "reason": "403", "platform": True, "refusal": "no-permission"},
    )
    assert older == ev.EffectFailureNoted(what="post", reason="403", refusal=Refusal.NO_PERMISSION)
    # A kept alert's record from before has four places: it asked.
    state, _, _ = apply(blank(), start_command(), 1000.0)
    record = failure_record("post", "403", refusal=Refusal.NO_PERMISSION)
    assert len(record) == 4
    assert words.TRY_AGAIN in alert_text(state, record)
    kept = failure_record("post", "403", refusal=Refusal.NO_PERMISSION, by_itself=True)
    assert words.DO_IT_YOURSELF in alert_text(state, kept)


def test_a_post_for_a_room_the_workshop_does_not_know_says_so_plainly():
    failure = cmd.EffectFailed(
        actor=cmd.SYSTEM,
        room=ROOM,
        source_id="failed-elsewhere",
        what="post a message",
        reason="Unknown Channel",
        refusal=Refusal.NO_ACCESS,
        in_room="test:somewhere-else",
    )
    noted, text = alert_for(failure)
    assert noted.what == "post a message in one of this workshop's rooms"
    assert "I could not post a message in one of this workshop's rooms." in text


@dataclass
class NoSpeakingLevel(FakePlatform):
    """Floor control in a Matrix room whose default power level leaves no level below
    the facilitators' (49 and 50): the Matrix adapter's own check raises."""

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        speaking_level({"users_default": 49}, 50)


async def test_matrix_with_no_speaking_level_says_what_to_change_not_permissions():
    (failure,) = await Executor(NoSpeakingLevel()).run(
        [SetFloor(room=ROOM, speakers=("matrix:@ann:hs",))], asked_by=start_command().actor.id
    )
    assert isinstance(failure, cmd.EffectFailed)
    assert failure.refusal is Refusal.ROOM_SETTINGS
    _, text = alert_for(failure)
    assert text.startswith("I could not change who can speak. ")
    assert text.count("change who can speak") == 1
    assert words.no_speaking_level(49, 50) in text
    assert words.REFUSED[Refusal.ROOM_SETTINGS.value] in text
    # Not the platform's words, and no permission is missing.
    assert "The chat said" not in text and "permission" not in text
    # The next SetFloor comes when this turn ends: the level lowered by then, it works.
    assert words.DONE_AGAIN["turn-ends"] in text


async def test_general_failure_words_do_not_point_at_the_room_they_are_read_in(harness):
    # FakePlatform's `fail_on` raises a ConnectionError: no kind, the general words. The
    # alert is read in the staff room or a private message, where "this room" would
    # send the facilitator to check the wrong place.
    await harness.say(HOST, START)
    harness.platform.fail_on.add("post")
    await harness.say(HOST, "!idea a shorter form")
    (text,) = [t for t in alerts_to_host(harness.platform) if "I could not" in t]
    assert text.startswith("Something went wrong: I could not post a message in the main room.")
    assert "Please check the bot's permissions in the workshop's rooms." in text
    assert "this room" not in text


@dataclass
class MatrixTooFast(FakePlatform):
    """A homeserver that kept answering M_LIMIT_EXCEEDED past nio's waits: the Matrix
    adapter's error for it (adapters/matrix/outbound.py `_fail`)."""

    async def post(self, room: str, text: str) -> str:
        raise MatrixRequestFailed(words.sending_too_fast("post a message"), Refusal.TOO_FAST)


async def test_too_fast_on_matrix_for_a_timers_post_never_says_try_again():
    (failure,) = await Executor(MatrixTooFast()).run([Post(room=ROOM, text="1 minute left")])
    _, text = alert_for(failure)
    assert words.DO_IT_YOURSELF in text
    assert "try again" not in text.lower()  # nor in the homeserver's part, in brackets
    assert "docs/matrix.md" in text  # what whoever runs the bot can do is still said


async def test_rooms_that_could_not_be_made_say_how_to_start_the_groups_again(harness):
    await harness.say(HOST, START)
    for person in (ALICE, BOB, CAROL, DEV):
        await harness.say(person, "!hand")
    harness.platform.fail_on.add("create_room")
    await harness.say(HOST, "!breakout 10m | groups: 2")
    await harness.timers.advance(30)  # the notice timer: the rooms cannot be made

    (text,) = [t for t in alerts_to_host(harness.platform) if "I could not" in t]
    assert "I could not make the breakout rooms." in text
    assert "To try again, type !regroup, then start the small groups again." in text
    # No later step makes them, and the same command is refused while they are open.
    harness.platform.fail_on.clear()
    await harness.timers.advance(60)
    assert harness.platform.of_kind("create_room") == []
    await harness.say(HOST, "!breakout 10m | groups: 2")
    assert "already out" in harness.platform.texts("private")[-1]  # refused
    # What the words say works: back together, then the groups again.
    await harness.say(HOST, "!regroup")
    await harness.say(HOST, "!breakout 10m | groups: 2")
    await harness.timers.advance(30)
    assert len(harness.platform.of_kind("create_room")) == 2
    assert all(room.key for room in harness.state.breakout.rooms)


async def test_rooms_refused_by_kind_say_the_same(refusing):
    await kitchen_and_garden(refusing, refused=(("create_room", KITCHEN),))
    (text,) = [t for t in alerts_to_host(refusing.platform) if "I could not" in t]
    assert words.REFUSED[Refusal.NO_PERMISSION.value] in text
    assert "To try again, type !regroup, then start the small groups again." in text
    assert words.DO_IT_YOURSELF not in text and words.TRY_AGAIN not in text
