"""Votes by numbered reaction on the poll message, through the strict fake: the bot
puts 1️⃣ 2️⃣ 3️⃣ under the poll, a click is a vote, taking it away takes it back, and
the result posted at `!poll close` counts them (counts only)."""

from __future__ import annotations

import discord

from facilitation import words
from facilitation.polls import NUMBER_REACTIONS
from tests.discord.conftest import START_OPTIONS, Scene, permissions, stop_bot
from tests.discord.test_queue_message import scene_with
from tests.discord.test_restart import Restarts, settle

ONE, TWO, THREE = NUMBER_REACTIONS[:3]
QUESTION = "Which change matters most?"
OPTIONS = ("Online", "Phone", "Letter")


async def open_poll(scene: Scene, dots: str = "") -> int:
    await scene.start()
    await scene.say(scene.host, f"!poll {QUESTION} | Online; Phone; Letter{dots}")
    ref = scene.state.open_poll.message_ref
    assert ref, "the poll message was not recorded"
    return int(ref)


async def test_the_bot_offers_the_numbers_and_reactions_are_counted_at_close(scene: Scene):
    poll = await open_poll(scene)
    bot = int(scene.fake.bot["id"])
    # The bot's own numbers come first, one per answer, in order.
    assert list(scene.fake.reactions[poll]) == [ONE, TWO, THREE]
    assert all(users == [bot] for users in scene.fake.reactions[poll].values())
    assert "click a number" in scene.fake.messages[poll]["content"]

    await scene.react(scene.alice, poll, TWO)
    await scene.react(scene.bob, poll, TWO)
    await scene.react(scene.carol, poll, ONE)
    await scene.unreact(scene.carol, poll, ONE)  # Carol takes hers back
    await scene.say(scene.carol, "!vote 3")  # and types one instead
    assert any("Phone" in t for t in scene.fake.dm_texts(scene.alice))

    await scene.say(scene.host, "!poll close")
    results = words.poll_results(QUESTION, OPTIONS, (0, 2, 1), 3)
    assert results in scene.bot_texts()


async def test_past_the_limit_a_number_is_answered_privately_and_not_counted(scene: Scene):
    poll = await open_poll(scene, " | dots: 2")
    for emoji in (ONE, THREE, TWO):
        await scene.react(scene.alice, poll, emoji)
    assert words.reaction_votes_used_up("!", 2) in scene.fake.dm_texts(scene.alice)
    assert scene.state.open_poll.counts() == (1, 0, 1)
    await scene.say(scene.host, "!poll close")
    assert words.poll_results(QUESTION, OPTIONS, (1, 0, 1), 1) in scene.bot_texts()


async def test_numbers_on_other_messages_are_not_votes(scene: Scene):
    await open_poll(scene)
    said = await scene.say(scene.alice, "I like the phone")
    await scene.react(scene.bob, said, TWO)
    await scene.react(scene.bob, scene.queue_message(), TWO)
    assert scene.state.open_poll.counts() == (0, 0, 0)


async def test_votes_by_reaction_made_while_the_bot_was_down_are_caught_up(tmp_path):
    r = Restarts(tmp_path)
    await r.start()
    channel, host = r.ids["channel"], r.ids["host"]
    r.fake.slash(host, channel, "start", **START_OPTIONS)
    await settle(r.runner)
    r.fake.say(channel, host, f"!poll {QUESTION} | Online; Phone; Letter")
    await settle(r.runner)
    poll = int(r.state.open_poll.message_ref)
    r.fake.react(channel, poll, r.ids["alice"], ONE)
    await settle(r.runner)
    await r.stop()
    # While the bot is down: Alice moves her vote, Bob votes.
    r.fake.unreact(channel, poll, r.ids["alice"], ONE)
    r.fake.react(channel, poll, r.ids["alice"], THREE)
    r.fake.react(channel, poll, r.ids["bob"], THREE)
    await r.start()
    try:
        assert r.state.open_poll.counts() == (0, 0, 2)
        r.fake.say(channel, host, "!poll close")
        await settle(r.runner)
        results = words.poll_results(QUESTION, OPTIONS, (0, 0, 2), 2)
        assert any(m["content"] == results for m in r.fake.channel_messages(channel))
    finally:
        await stop_bot(r.bot, r.runner)


async def test_a_poll_the_adapter_forgot_is_known_from_the_core_after_a_restart(tmp_path):
    r = Restarts(tmp_path)
    await r.start()
    channel = r.ids["channel"]
    r.fake.slash(r.ids["host"], channel, "start", **START_OPTIONS)
    await settle(r.runner)
    r.fake.say(channel, r.ids["host"], f"!poll {QUESTION} | Online; Phone; Letter")
    await settle(r.runner)
    poll = int(r.state.open_poll.message_ref)
    # An older database: the adapter saved nothing about polls.
    await r.restart_as_an_older_database()
    try:
        assert r.adapter.state.memory.polls == {}
        r.fake.react(channel, poll, r.ids["bob"], TWO)
        await settle(r.runner)
        assert r.state.open_poll.counts() == (0, 1, 0)
        assert str(poll) in r.adapter.state.memory.polls  # remembered from now on
    finally:
        await stop_bot(r.bot, r.runner)


async def test_without_the_add_reactions_permission_the_facilitator_is_told_and_vote_works(
    tmp_path,
):
    add_reactions = discord.Permissions(add_reactions=True).value
    scene = await scene_with(tmp_path, permissions().value & ~add_reactions)
    # @everyone holds Add Reactions by default on Discord: taken away there too.
    for role in scene.fake.guilds[scene.guild]["roles"]:
        if role["id"] == str(scene.guild):
            role["permissions"] = str(int(role["permissions"]) & ~add_reactions)
    try:
        poll = await open_poll(scene)
        assert scene.fake.reactions[poll] == {}
        told = scene.fake.dm_texts(scene.host) + scene.bot_texts()
        assert any("add the numbers under the poll" in t for t in told), told
        await scene.say(scene.alice, "!vote 2")
        await scene.say(scene.host, "!poll close")
        assert words.poll_results(QUESTION, OPTIONS, (0, 1, 0), 1) in scene.bot_texts()
    finally:
        await stop_bot(scene.bot, scene.runner)
