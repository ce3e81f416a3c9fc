"""A batch of private messages that breaks twice (the bot's fault, outside the lock:
bot/bus.py `_sent`) is reported once per person, not message by message: a host
used to get the same sentence ("I could not send a private message to Alice") once
for each message to her in the batch. The real bus, core and SQLite store over a
fake platform.
"""

from __future__ import annotations

from typing import Any

from facilitation import words
from facilitation.effects import SendPrivate
from tests.conftest import ALICE, HOST, START, started
from tests.fakes import FakePlatform


def _private_to_breaks(executor: Any, person_id: str) -> list[list[str]]:
    """The executor's `run`, except that every batch with a private message to
    `person_id` breaks, before anything is sent: the texts of each broken batch."""
    real = executor.run
    broke: list[list[str]] = []

    async def run(effects, **kwargs):
        private = [e for e in effects if isinstance(e, SendPrivate) and e.person_id == person_id]
        if private:
            broke.append([e.text for e in private])
            raise RuntimeError("broken")
        return await real(effects, **kwargs)

    executor.run = run
    return broke


async def test_a_batch_broken_twice_is_reported_once_per_person(database):
    h = await started(database, FakePlatform())
    try:
        await h.say(HOST, START)
        broke = _private_to_breaks(h.bot.dispatcher.bus.executor, ALICE.id)

        await h.say(ALICE, "hello")  # her first message: a welcome and more, privately

        assert len(broke) == 2 and len(broke[0]) >= 2, broke  # the test could not fail
        to_host = [s.text for s in h.platform.of_kind("private") if s.target == HOST.id]
        about_her = [t for t in to_host if "send a private message to Alice" in t]
        assert len(about_her) == 1, about_her
        assert words.BROKE_WHILE_DOING_IT in about_her[0]
    finally:
        await h.bot.close()
