"""✋ on Synapse, typed all the way: a reaction the core refuses is answered privately
in the same words as the typed `!hand` (the refusal comes from the core, not from a
parser), and nothing changes."""

from __future__ import annotations

from facilitation import words
from tests.matrix.helpers import (
    HAND,
    OK,
    START,
    Scene,
    command,
    notice_from,
    queue_message_id,
)


async def test_a_hand_already_up_by_reaction_is_answered_privately_as_typed(scene: Scene):
    bot = scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.alice, "!hand") == OK
    queue_id = await queue_message_id(scene)
    await scene.alice.react(scene.room, queue_id, HAND)
    answer = words.hand_already_up(1)
    await scene.alice.wait(
        lambda r, e: r != scene.room and notice_from(bot, answer)(r, e),
        "the private answer to a ✋ already up",
    )
    hands = scene.bot.state_in(scene.room).ordered_hands()
    assert [h.person_id for h in hands] == [f"matrix:{scene.alice.user_id}"]
