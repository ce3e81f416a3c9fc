"""A slash command is answered from its `Outcome` (adapters/base.py): the private
messages the command has for the person who used it come back from the bus unsent
and are given as ephemeral follow-ups to the interaction. No context variable
carries the interaction to the private sends (issue 17; issue 14 finding 10)."""

from __future__ import annotations

import asyncio
import contextvars

from facilitation import words
from tests.discord.conftest import Scene


def _in_a_fresh_context(scene: Scene) -> None:
    """Hand every typed command to the bus in a task with an empty context, as a
    worker fed from a queue would run it: nothing set while the slash command was
    read reaches the bus or the sends."""
    handler = scene.adapter.on_command
    assert handler is not None

    async def elsewhere(command, **how):
        task = asyncio.get_running_loop().create_task(
            handler(command, **how), context=contextvars.Context()
        )
        return await task

    scene.adapter.on_command = elsewhere


async def test_the_answer_comes_from_the_outcome_even_where_the_context_is_lost(scene: Scene):
    await scene.start()
    _in_a_fresh_context(scene)
    exchange = await scene.slash(scene.alice, "hand")
    # Her welcome, then where her hand is: only she sees them, in the channel.
    assert exchange.all_ephemeral
    assert exchange.texts[-1] == words.hand_is_up(1)
    assert exchange.texts[0].startswith("Hello Alice")
    assert scene.fake.dm_texts(scene.alice) == []  # not a DM as well


async def test_a_refusal_is_answered_in_place_from_the_outcome(scene: Scene):
    await scene.start()
    _in_a_fresh_context(scene)
    exchange = await scene.slash(scene.bob, "next")
    assert exchange.all_ephemeral
    assert exchange.texts == [words.only_staff("call the next speaker")]
    assert scene.fake.dm_texts(scene.bob) == []


async def test_an_answer_the_interaction_can_no_longer_take_comes_as_a_dm(scene: Scene):
    """The core took longer than the interaction's token lasts (15 minutes; 50027
    "Invalid Webhook Token" after, fake_discord.py `_token_alive`): the answer is
    sent as the private message it is, so it is not lost."""
    await scene.start()
    handler = scene.adapter.on_command
    assert handler is not None

    async def slow(command, **how):
        outcome = await handler(command, **how)
        scene.clock.now += 16 * 60
        return outcome

    scene.adapter.on_command = slow
    exchange = await scene.slash(scene.alice, "hand")
    assert exchange.texts == []  # nothing could be shown in place
    assert words.hand_is_up(1) in scene.fake.dm_texts(scene.alice)
