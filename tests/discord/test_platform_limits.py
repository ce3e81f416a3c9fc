"""What the bot sends against Discord's own size limits, through discord.py on the
strict fake (tests/discord/fake_discord.py `_check_content`, `_check_name`): message
content at most 2,000 characters (docs message.mdx, Create Message and Edit Message),
a channel's or thread's name 1 to 100 (docs channel.mdx), else 400 / 50035 Invalid
Form Body. A long text must reach people shortened or split, with a plain-words
pointer to the rest, never be refused with nobody the wiser."""

from __future__ import annotations

import discord
import pytest

from adapters.discord.outbound import DiscordRequestFailed
from facilitation import words
from tests.discord.conftest import Scene

# Discord's display names (global_name, nick) and usernames are at most 32 characters
# (docs user.mdx, "Usernames and Nicknames"; guild.mdx, Modify Guild Member `nick`).
LONGEST_NAME = 32


def long_names(count: int) -> list[str]:
    return [f"p{n:02d}".ljust(LONGEST_NAME, "x") for n in range(count)]


async def test_the_fake_refuses_an_edit_past_2000_characters_as_discord_does(scene: Scene):
    await scene.start()
    channel = scene.adapter.client.get_channel(scene.channel)
    message = await channel.send("short")
    with pytest.raises(discord.HTTPException) as refused:
        await message.edit(content="x" * 2001)
    assert refused.value.status == 400 and refused.value.code == 50035


async def test_the_fake_refuses_a_file_past_10_mib_as_discord_does(scene: Scene):
    await scene.start()
    with pytest.raises(DiscordRequestFailed) as refused:
        await scene.adapter.send_file(f"discord:{scene.host}", "notes.md", b"x" * (10 * 2**20 + 1))
    cause = refused.value.__cause__
    assert isinstance(cause, discord.HTTPException) and cause.code == 40005
    assert cause.status == 413
    await scene.adapter.send_file(f"discord:{scene.host}", "notes.md", b"x" * 10 * 2**20)


async def test_sixty_long_names_in_the_queue_keep_one_pinned_message_edited(scene: Scene):
    # 60 hands of 32-character names make a queue text of about 2,300 characters.
    await scene.start()
    first = scene.queue_message()
    people = [scene.fake.add_person(scene.guild, name) for name in long_names(60)]
    for person in people:
        await scene.slash(person, "hand")

    assert len(scene.state.ordered_hands()) == 60
    assert scene.queue_message() == first  # edited in place, never posted again
    text = scene.fake.messages[first]["content"]
    assert len(text) <= 2000
    assert "Waiting to speak (60):" in text
    assert "1. P00" in text and "20. P19" in text  # the first 20 waiting are shown
    assert "... and 40 more. To see everyone waiting, type !queue." in text
    assert text.endswith("type !hand or react to this message with ✋ (raised hand).")
    staff = int(scene.state.staff_room.split(":")[1])
    assert len(scene.bot_texts(staff)) == 1  # its welcome: nothing failed to tell

    # `/queue` answers with everyone, in as many ephemeral parts as it takes.
    exchange = await scene.slash(people[-1], "queue")
    assert "60. P59" in "\n".join(exchange.texts)
    assert exchange.all_ephemeral and all(len(t) <= 2000 for t in exchange.texts)


async def test_a_poll_longer_than_one_message_is_posted_whole(scene: Scene):
    # /poll's boxes take 1,000 characters each (adapters/discord/slash.py), so the poll
    # the bot posts can pass 2,000. It was one post, refused with 50035.
    await scene.start()
    question = "Which of these matters most to you? " + "Please read them all. " * 50
    answers = [f"Answer {n}: " + "a longer way to say it, yes " * 3 for n in range(1, 11)]
    typed = "; ".join(answers)
    assert len(typed) <= 1000 and len(question[:1000]) == 1000
    await scene.slash(scene.host, "poll", question=question[:1000], answers=typed)

    poll = scene.state.open_poll
    assert poll is not None and poll.message_ref
    texts = scene.bot_texts()
    posted = texts[next(i for i, t in enumerate(texts) if t.startswith("Poll: Which")) :]
    assert len(posted) >= 2 and all(len(t) <= 2000 for t in posted)
    joined = "\n".join(posted)
    assert "Poll: Which of these matters most" in joined
    assert all(f"{n}. Answer {n}:" in joined for n in range(1, 11))
    # The numbered reactions are under the part that ends "To vote, ...".
    assert "To vote" in scene.fake.messages[int(poll.message_ref)]["content"]
    assert len(scene.fake.reactions[int(poll.message_ref)]) == 10


async def test_a_safety_alert_quoting_a_long_message_reaches_the_staff_room(scene: Scene):
    # A participant may write up to 2,000 characters (4,000 with Nitro); the alert adds
    # who, where, why, the next step and "call 999" around their words. The staff room
    # post was refused (50035), and with the facilitator's DMs closed (50007) nobody
    # was reached: the room was asked for a facilitator and the alert tried again.
    from tests.discord.test_staff_place import RISK, staff_thread

    scene.fake.refusing_dms.add(scene.host)
    await scene.start()
    thread = staff_thread(scene)
    await scene.say(scene.bob, "hello everyone")  # bob's first message: he is welcomed
    long_words = f"{RISK}. " + "I also want to say how hard it is to book a short break. " * 32
    assert 1800 < len(long_words) <= 2000
    await scene.say(scene.bob, long_words)

    texts = scene.bot_texts(thread)
    start = next(i for i, t in enumerate(texts) if "Safety alert" in t)
    alert = texts[start:]
    assert len(alert) >= 2 and all(len(t) <= 2000 for t in alert)
    assert any(long_words.strip() in t for t in alert)  # their words, whole
    assert "999" in "\n".join(alert)
    assert scene.state.held_alerts == ()  # it reached the staff room


async def test_a_long_group_name_still_makes_its_voice_and_text_channels(tmp_path):
    # Channel names are 1 to 100 characters (docs channel.mdx); a thread's name was
    # cut to fit, but a group's text and voice channels were asked for with the whole
    # name and refused (50035), so that group had no room.
    from tests.discord.conftest import stop_bot
    from tests.discord.test_voice import voice_scene

    v = await voice_scene(tmp_path, people=8, in_voice=6)
    scene, fake = v.scene, v.scene.fake
    long_name = "The group for everyone who wants to talk about transport to the day centres " * 2
    try:
        await scene.start()
        for user in v.people:
            await scene.say(user, "hello")
        options = f"groups: 2 | names: {long_name}; Garden | notice: 0"
        await scene.say(scene.host, f"!breakout 10m | {options}")

        made = [c for c in fake.channels.values() if c["type"] in (0, 2) and c.get("parent_id")]
        made = [c for c in made if fake.channels[int(c["parent_id"])]["type"] == 4]
        assert len(made) == 4, fake.dm_texts(scene.host)  # a text and a voice channel each
        assert all(1 <= len(c["name"]) <= 100 for c in made)
        assert all(v.where(u) != v.voice for u in v.people[:6])  # everyone moved
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_done_after_a_slash_command_with_full_boxes_is_within_2000(scene: Scene):
    # "Done: !poll QUESTION | ANSWERS" repeats the boxes, 1,000 characters each: Discord
    # refused it (50035) and the facilitator was left with "thinking..." for good.
    await scene.start()
    answers = "; ".join(f"Answer {n} " + "x" * 89 for n in range(10))[:1000]
    exchange = await scene.slash(scene.host, "poll", question="Q" * 1000, answers=answers)

    assert scene.state.open_poll is not None
    assert exchange.texts and all(len(t) <= 2000 for t in exchange.texts)
    assert exchange.texts[-1].startswith("Done: !poll QQQ") and exchange.all_ephemeral


async def test_a_long_answer_posted_for_someone_in_the_room_is_split(scene: Scene):
    # The answer to /queue comes in parts of up to 2,000 characters. When neither the
    # interaction (its 15 minutes gone: 50027) nor a DM (she refuses them: 50007)
    # takes a part, it is posted in the channel as "For Alice: ...", which is longer
    # than the part: it must be split again, not refused (50035) and lost. With a
    # name of 32 characters, "For NAME: " (38) is longer than a line of the queue
    # (37), so the longest part the split can make passes 2,000 once addressed.
    await scene.start()
    asker = scene.fake.add_person(scene.guild, "asker".ljust(LONGEST_NAME, "y"))
    people = [scene.fake.add_person(scene.guild, name) for name in long_names(60)]
    for person in people:
        await scene.slash(person, "hand")
    scene.fake.refusing_dms.add(asker)
    handler = scene.adapter.on_command
    assert handler is not None

    async def slow(command, **how):
        outcome = await handler(command, **how)
        scene.clock.now += 16 * 60  # past the interaction token's 15 minutes
        return outcome

    scene.adapter.on_command = slow
    exchange = await scene.slash(asker, "queue")
    assert exchange.texts == []  # nothing could be shown in place

    posted = [t for t in scene.bot_texts() if not t.startswith("Speaker queue")]
    addressed = f"For {'asker'.ljust(LONGEST_NAME, 'y').capitalize()}:"
    posted = posted[posted.index(next(t for t in posted if t.startswith(addressed))) :]
    assert all(len(t) <= 2000 for t in posted)
    whole = "\n".join(posted)
    assert "1. P00" in whole and "60. P59" in whole  # every name reached the room


async def test_notes_too_big_for_discord_are_answered_in_words(scene: Scene):
    # Discord takes a file of at most 10 MiB (413 / 40005, the fake as Discord). Notes
    # that size would take a workshop of some 5,000 long messages, so the bot's notes
    # maker is swapped for one that makes a file 1 byte past it; the rest (the check,
    # the answer, discord.py and the fake) is as it runs.
    await scene.start()
    big = b"x" * (10 * 2**20 + 1)

    async def notes(workshop_id: str, fmt: str, names: bool) -> tuple[str, bytes]:
        return f"notes.{fmt}", big

    scene.bot.dispatcher.bus.executor.notes = notes
    posts = len(scene.fake.calls_to("POST", r"/channels/\d+/messages"))
    exchange = await scene.slash(scene.host, "export", format="md")

    assert exchange.all_ephemeral
    assert not [f for reply in exchange.followups for f in reply.get("files", [])]
    assert exchange.texts[0] == words.notes_too_big("notes.md", len(big), 10 * 2**20)
    assert "The notes are too big to send here." in exchange.texts[0]
    assert "10.1 MB" in exchange.texts[0] and "up to 10 MB" in exchange.texts[0]
    assert "workshop-bot export" in exchange.texts[0]
    # Nothing else sent: no refused file, no "For Host: ..." in the channel, no alert.
    assert len(scene.fake.calls_to("POST", r"/channels/\d+/messages")) == posts


async def test_notes_that_reach_nobody_are_told_in_words_not_discords(scene: Scene):
    # The export could go neither as the slash command's answer (its 15 minutes gone:
    # 50027) nor as a DM (the host takes none: 50007). The channel used to be told
    # "For Host: could not send the file: Cannot send messages to this user".
    await scene.start()
    scene.fake.refusing_dms.add(scene.host)
    handler = scene.adapter.on_command
    assert handler is not None

    async def slow(command, **how):
        outcome = await handler(command, **how)
        scene.clock.now += 16 * 60  # past the interaction token's 15 minutes
        return outcome

    scene.adapter.on_command = slow
    exchange = await scene.slash(scene.host, "export", format="md")
    assert exchange.texts == []
    said = scene.bot_texts()[-1]
    assert said == words.private_message_not_sent("Host")
    assert "Cannot send messages" not in said
