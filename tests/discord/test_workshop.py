"""A short workshop through slash commands, reactions and messages, on the fake
Discord with the real bot."""

from __future__ import annotations

from facilitation import words
from facilitation.events import MessagePosted
from tests.discord.conftest import HAND, Scene

NO_MENTIONS = {"parse": []}


def hands(scene: Scene) -> list[str]:
    return [h.person_id for h in scene.state.ordered_hands()]


async def test_a_short_workshop_with_slash_commands_and_reactions(scene: Scene):
    start = await scene.start()
    assert start.all_ephemeral
    assert start.texts == [
        words.discord_done(
            "!start Carers' breaks | scope: booking a short break | complaints: call 0123"
        )
    ]
    said = scene.bot_texts()
    assert "booking a short break" in said[0]
    queue = scene.queue_message()
    assert scene.fake.messages[queue]["pinned"]
    assert scene.fake.reactions[queue][HAND] == [int(scene.fake.bot["id"])]  # a ✋ to click

    # ✋ on the pinned queue message raises alice's hand; the message is edited in place.
    await scene.react(scene.alice, queue)
    assert hands(scene) == [f"discord:{scene.alice}"]
    assert "Alice" in scene.fake.messages[queue]["content"]
    # The edit is not read out by screen readers, so alice is told privately (issue 19).
    assert words.hand_is_up(1) in scene.fake.dm_texts(scene.alice)
    # /hand is the text alternative.
    hand = await scene.slash(scene.bob, "hand")
    assert hand.all_ephemeral
    assert hands(scene) == [f"discord:{scene.alice}", f"discord:{scene.bob}"]
    assert "Bob" in scene.fake.messages[queue]["content"]
    assert words.hand_is_up(2) in hand.texts  # privately, in the answer to /hand
    assert scene.queue_message() == queue
    assert len(scene.fake.calls_to("PUT", r"/channels/\d+/messages/pins/\d+")) == 1

    # Taking the ✋ away lowers the hand.
    await scene.unreact(scene.alice, queue)
    assert hands(scene) == [f"discord:{scene.bob}"]

    # A ✋ somewhere else, another emoji, or a bot's ✋ changes nothing.
    other = await scene.say(scene.carol, "hello everyone")
    await scene.react(scene.carol, other)
    await scene.react(scene.carol, queue, "\U0001f44d")
    assert hands(scene) == [f"discord:{scene.bob}"]

    # An ordinary message is kept in the transcript under its message id; the
    # slash command under its interaction id.
    events = await scene.bot.store.load_events(scene.state.workshop_id)
    said = [e for e in events if isinstance(e, MessagePosted)]
    # (A newcomer's very first message is kept without its words: they get the
    # consent notice with the welcome it triggers.)
    assert [(e.person_id, e.text) for e in said] == [(f"discord:{scene.carol}", None)]
    await scene.say(scene.carol, "could breaks be booked online")
    events = await scene.bot.store.load_events(scene.state.workshop_id)
    said = [e.text for e in events if isinstance(e, MessagePosted)]
    assert said == [None, "could breaks be booked online"]
    assert scene.state.people[f"discord:{scene.carol}"].name == "Carol"
    assert await scene.bot.store.has_source(f"discord:{other}")
    assert await scene.bot.store.has_source(f"discord:{hand.id}")

    nxt = await scene.slash(scene.host, "next")
    assert nxt.all_ephemeral
    assert scene.state.speaker.person_id == f"discord:{scene.bob}"
    assert any("Bob" in text for text in scene.bot_texts())

    # Every message the bot sent or edited parses no mentions.
    sends = scene.fake.calls_to("POST", r"/channels/\d+/messages") + scene.fake.calls_to(
        "PATCH", r"/channels/\d+/messages/\d+"
    )
    assert sends and all(c.allowed_mentions == NO_MENTIONS for c in sends)

    end = await scene.slash(scene.host, "end")
    assert end.all_ephemeral
    assert scene.state is None


async def test_private_answers_are_ephemeral_follow_ups(scene: Scene):
    await scene.start()
    await scene.slash(scene.alice, "hand")
    queue = await scene.slash(scene.bob, "queue")
    assert queue.callback == {"type": 5, "data": {"flags": 64}}  # deferred first
    assert queue.all_ephemeral
    assert any("Alice" in text for text in queue.texts)
    assert not scene.fake.dm_channels  # nothing went by DM


async def test_the_same_interaction_delivered_twice_has_one_effect(scene: Scene):
    await scene.start()
    first = await scene.slash(scene.alice, "hand")
    before = scene.state
    again = scene.fake.slash(scene.alice, scene.channel, "hand", interaction_id=first.id)
    await scene.settle()
    assert again.callback is not None
    assert scene.state == before
    assert hands(scene) == [f"discord:{scene.alice}"]


async def test_typed_commands_work_too_and_bots_are_ignored(scene: Scene):
    await scene.start()
    await scene.say(scene.alice, "!hand")
    assert hands(scene) == [f"discord:{scene.alice}"]
    robot = scene.fake.user("robot", bot=True)
    scene.fake.add_member(scene.guild, robot)
    scene.fake.say(scene.channel, int(robot["id"]), "!hand")
    await scene.settle()
    assert hands(scene) == [f"discord:{scene.alice}"]
    # A participant's typed facilitator command is refused by DM (no interaction).
    await scene.say(scene.bob, "!next")
    assert scene.state.speaker is None
    assert any("facilitator" in t.casefold() for t in scene.fake.dm_texts(scene.bob))


async def test_mentions_in_echoed_text_never_ping(scene: Scene):
    await scene.start()
    sneaky = "@everyone <@&123> <@456>"
    exchange = await scene.slash(scene.alice, "idea", text=sneaky)
    posted = [
        c
        for c in scene.fake.calls_to("POST", r"/channels/\d+/messages")
        if sneaky in (c.body or {}).get("content", "")
    ]
    assert posted, scene.bot_texts()
    assert all(c.allowed_mentions == NO_MENTIONS for c in posted)
    followups = scene.fake.calls_to("POST", r"/webhooks/\d+/[^/]+")
    assert followups and all(c.allowed_mentions == NO_MENTIONS for c in followups)
    assert exchange.all_ephemeral
