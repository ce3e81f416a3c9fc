"""Votes by numbered reaction on a real Synapse: the bot annotates the poll with
1️⃣ 2️⃣ 3️⃣, a person's reaction is a vote, redacting it takes the vote back, one
sent while the bot was down is caught up, and `!poll close` counts them all."""

from __future__ import annotations

from facilitation import words
from facilitation.polls import NUMBER_REACTIONS
from tests.matrix.helpers import (
    OK,
    START,
    Scene,
    command,
    notice_from,
    reaction,
    start_bot,
    wait_until,
)

ONE, TWO, THREE = NUMBER_REACTIONS[:3]
QUESTION = "Which change matters most?"
OPTIONS = ("Online", "Phone", "Letter")


def counts(scene: Scene) -> tuple[int, ...]:
    return scene.bot.state_in(scene.room).polls[-1].counts()


async def test_reactions_on_the_poll_are_votes_counted_at_close(scene: Scene, tmp_path):
    room, bot = scene.room, scene.bot.user_id
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.host, f"!poll {QUESTION} | Online; Phone; Letter") == OK
    await wait_until(
        lambda: bool(scene.bot.state_in(room).polls[-1].message_ref), "the poll message recorded"
    )
    poll = scene.bot.state_in(room).polls[-1].message_ref
    for emoji in (ONE, TWO, THREE):  # the bot's numbers, to click
        await scene.alice.wait(reaction(bot, poll, emoji), f"the bot's {emoji} under the poll")

    alice_vote = await scene.alice.react(room, poll, ONE)
    await wait_until(lambda: counts(scene) == (1, 0, 0), "alice's vote by reaction")
    await scene.alice.redact(room, alice_vote)  # she takes it back
    await wait_until(lambda: counts(scene) == (0, 0, 0), "alice's vote taken back")
    await scene.alice.react(room, poll, TWO)
    await wait_until(lambda: counts(scene) == (0, 1, 0), "alice's new vote")

    # Bob votes while the bot is down: caught up by the next sync.
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    await scene.bot.stop()
    await scene.bob.react(room, poll, THREE)
    scene.bot = await start_bot(settings, tmp_path / "workshop.db", clock)
    await wait_until(lambda: counts(scene) == (0, 1, 1), "bob's vote made while the bot was down")

    assert await command(scene, scene.host, "!poll close") == OK
    results = words.poll_results(QUESTION, OPTIONS, (0, 1, 1), 2)
    await scene.host.wait(notice_from(bot, results, room), "the results with both votes")
