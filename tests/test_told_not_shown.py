"""A participant whose own command's message in the room could not be posted is told
so privately, once; the staff still are (tests/test_failure_words.py). Through the
real bot (core, bus, store on a real SQLite file) over a fake platform that refuses
the way an adapter reports it (adapters.base.PlatformRefused).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from adapters.base import PlatformRefused
from facilitation import words
from facilitation.commands import Refusal
from tests.conftest import ALICE, HOST, ROOM, START, started
from tests.test_failure_words import RefusingIn, alerts_to_host

NOT_SHOWN = words.not_shown_to_you(words.MAIN_ROOM_NAME)


def private_to(platform: RefusingIn, person_id: str) -> list[str]:
    return [s.text for s in platform.of_kind("private") if s.target == person_id]


@pytest.fixture
async def refusing(database: Path):
    h = await started(database, RefusingIn())
    yield h
    await h.bot.close()


async def test_a_participant_is_told_privately_once_that_their_message_was_not_shown(
    refusing,
):
    await refusing.say(HOST, START)
    await refusing.say(ALICE, "!hand")  # she is in the workshop
    refusing.platform.refused.add(("post", ROOM))

    await refusing.say(ALICE, "!idea a shorter form")

    assert private_to(refusing.platform, ALICE.id).count(NOT_SHOWN) == 1
    assert "the main room" in NOT_SHOWN and "tell the host" in NOT_SHOWN
    # The staff are told as before (the words of their own alert are tested elsewhere).
    staff_words = words.DONE_AGAIN["not-shown-theirs"]
    assert [t for t in alerts_to_host(refusing.platform) if staff_words in t]
    # Only the participant's own: the host's refused post is the host's alert, not this.
    await refusing.say(HOST, "!idea another")
    assert NOT_SHOWN not in private_to(refusing.platform, HOST.id)
    assert private_to(refusing.platform, ALICE.id).count(NOT_SHOWN) == 1


@dataclass
class RefusingAlice(RefusingIn):
    """Also refuses private messages to some people (their settings do not allow them)."""

    closed: set[str] = field(default_factory=set)

    def _record(self, kind: str, target: str, text: str = "", ref: str = "") -> None:
        if kind == "private" and target in self.closed:
            raise PlatformRefused("403: cannot send messages to this user", Refusal.NO_ACCESS)
        super()._record(kind, target, text, ref)


async def test_when_the_private_message_fails_too_the_staff_are_told_once(database: Path):
    h = await started(database, RefusingAlice())
    try:
        await h.say(HOST, START)
        await h.say(ALICE, "!hand")
        h.platform.refused.add(("post", ROOM))
        h.platform.closed.add(ALICE.id)  # type: ignore[attr-defined]
        before = len(alerts_to_host(h.platform))

        await h.say(ALICE, "!idea a shorter form")

        new = alerts_to_host(h.platform)[before:]
        about_her = [t for t in new if "send a private message to Alice" in t]
        assert len(about_her) == 1, new
        assert len([t for t in new if "I could not post a message" in t]) == 1
        assert len(new) == 2  # no loop: the report of the report is not reported
    finally:
        await h.bot.close()


async def test_an_erased_participants_id_does_not_stay_in_the_failure_report(database: Path):
    h = await started(database, RefusingIn())
    try:
        await h.say(HOST, START)
        await h.say(ALICE, "!hand")
        h.platform.refused.add(("post", ROOM))
        await h.say(ALICE, "!idea a shorter form")
        h.platform.refused.clear()
        assert ALICE.id in _failure_payloads(database), "the test could not fail"

        await h.say(ALICE, "!forgetme confirm")

        assert ALICE.id not in _failure_payloads(database)
        workshop = h.state.workshop_id
        assert await h.bot.dispatcher.replay(workshop) == h.state
    finally:
        await h.bot.close()


def _failure_payloads(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        rows = conn.execute("select payload from events where type = 'EffectFailureNoted'")
        return " ".join(str(payload) for (payload,) in rows)
