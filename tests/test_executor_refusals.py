"""A platform's refusal, named by its adapter (adapters.base.PlatformRefused), reaches
the facilitators in words for that kind: the executor carries the kind in
`EffectFailed`, the core keeps it in the event and the alert's record, and the
words say what happened and what to do (words.REFUSED). An error the adapter could
not name keeps the general words; a log written before the kind existed replays."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from adapters.base import PlatformRefused
from bot.executor import Executor
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.commands import Refusal
from facilitation.effects import AlertStaff, Post
from tests.core_helpers import ROOM, apply, blank, start_command
from tests.fakes import FakePlatform


@dataclass
class Refusing(FakePlatform):
    """A platform whose adapter names every refusal `refusal` (None: cannot tell)."""

    refusal: Refusal | None = None

    async def post(self, room: str, text: str, key: str = "") -> str:
        raise PlatformRefused("could not post a message: the platform's own words", self.refusal)


async def failed_post(refusal: Refusal | None) -> cmd.EffectFailed:
    (failure,) = await Executor(Refusing(refusal=refusal)).run([Post(room=ROOM, text="hello")])
    assert isinstance(failure, cmd.EffectFailed)
    return failure


def alert_after(failure: cmd.EffectFailed) -> str:
    state, _, _ = apply(blank(), start_command(), 1000.0)
    _, events, effects = apply(state, failure, 1001.0)
    assert [type(e) for e in events] == [ev.EffectFailureNoted]
    (alert,) = [e for e in effects if isinstance(e, AlertStaff)]
    return alert.text


@pytest.mark.parametrize("refusal", list(Refusal))
async def test_each_kind_of_refusal_has_its_own_words(refusal: Refusal):
    failure = await failed_post(refusal)
    assert failure.refusal is refusal
    text = alert_after(failure)
    assert words.REFUSED[refusal.value] in text
    assert "the platform's own words" in text  # what the platform said, kept
    assert "check the bot's permissions" not in text
    for other in set(Refusal) - {refusal}:
        assert words.REFUSED[other.value] not in text


async def test_a_refusal_of_no_known_kind_keeps_the_general_words():
    failure = await failed_post(None)
    assert failure.refusal is None
    text = alert_after(failure)
    assert "Please check the bot's permissions" in text
    assert not any(sentence in text for sentence in words.REFUSED.values())


def test_every_kind_has_words():
    assert set(words.REFUSED) == {r.value for r in Refusal}


def test_the_kind_is_kept_in_the_log_and_an_older_log_still_reads():
    event = ev.EffectFailureNoted(what="post", reason="gone", refusal=Refusal.NO_ACCESS)
    assert ev.from_record(*ev.to_record(event)) == event
    # Logged before the kind existed: no `refusal` field, read as None.
    older = ev.from_record(
        "EffectFailureNoted", {"what": "post", "reason": "403", "platform": True}
    )
    assert older == ev.EffectFailureNoted(what="post", reason="403")
