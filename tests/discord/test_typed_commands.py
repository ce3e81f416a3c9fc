"""What a person does on Discord but does not type reaches the bus as a typed command:
✋ on the queue message is `RaiseHand`, taking it away `LowerHand`, a request to speak
on the workshop's Stage `RaiseHand`. None of them becomes "!hand" text for the parser;
the core answers each as it answers the typed command (a refusal privately)."""

from __future__ import annotations

from pathlib import Path

from adapters.base import Outcome
from bot.config import BreakoutSettings, WorkshopSettings
from bot.simulation import ManualClock
from facilitation import commands as cmd
from facilitation import words
from tests.discord.conftest import Scene, settings_for, start_bot, stop_bot, world
from tests.discord.test_cofacilitators_and_stage import stage_scene


def record(scene: Scene) -> tuple[list[cmd.Command], list[str]]:
    """What the adapter hands the bus (passed on unchanged) and any text it types."""
    commands: list[cmd.Command] = []
    texts: list[str] = []
    to_bus, to_parser = scene.adapter.on_command, scene.adapter.on_text
    assert to_bus is not None and to_parser is not None

    async def on_command(command: cmd.Command, **how) -> Outcome:
        commands.append(command)
        return await to_bus(command, **how)

    async def on_text(text: str, **where) -> Outcome:
        texts.append(text)
        return await to_parser(text, **where)

    scene.adapter.on_command, scene.adapter.on_text = on_command, on_text
    return commands, texts


async def test_a_hand_by_reaction_is_a_typed_command_not_text(scene: Scene):
    await scene.start()
    commands, texts = record(scene)
    queue = scene.queue_message()
    await scene.react(scene.alice, queue)
    await scene.unreact(scene.alice, queue)
    alice = f"discord:{scene.alice}"
    assert [(type(c), c.actor.id, c.room) for c in commands] == [
        (cmd.RaiseHand, alice, scene.room),
        (cmd.LowerHand, alice, scene.room),
    ]
    assert texts == []
    assert scene.state.ordered_hands() == ()


async def test_a_hand_the_core_refuses_by_reaction_is_answered_as_the_typed_one(scene: Scene):
    await scene.start()
    await scene.say(scene.alice, "!hand")
    told = len(scene.fake.dm_texts(scene.alice))
    commands, texts = record(scene)
    await scene.react(scene.alice, scene.queue_message())
    assert [type(c) for c in commands] == [cmd.RaiseHand]
    assert texts == []
    assert scene.fake.dm_texts(scene.alice)[told:] == [words.hand_already_up(1)]
    assert len(scene.state.ordered_hands()) == 1


async def test_a_request_to_speak_on_the_stage_is_a_typed_raised_hand(tmp_path: Path):
    scene, stage = await stage_scene(tmp_path)
    try:
        commands, texts = record(scene)
        scene.fake.request_to_speak(scene.bob, stage)
        await scene.settle()
        assert [(type(c), c.actor.id) for c in commands] == [
            (cmd.RaiseHand, f"discord:{scene.bob}")
        ]
        assert texts == []
        assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.bob}"]
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_slash_command_is_built_typed_and_a_refused_value_answered_in_the_same_words(
    scene: Scene,
):
    await scene.start()
    await scene.say(scene.alice, "hello")
    commands, texts = record(scene)
    asked = await scene.slash(scene.alice, "hand")
    assert [type(c) for c in commands] == [cmd.RaiseHand] and texts == []
    assert asked.texts == [words.hand_is_up(1)]  # the private answer, as for !hand
    await scene.slash(scene.host, "call", name="alice")
    assert isinstance(commands[-1], cmd.CallPerson) and commands[-1].name == "alice"
    assert scene.state.speaker.person_id == f"discord:{scene.alice}"
    # A value its reader refuses is answered in the reader's words, as `!timebox soon`
    # is; nothing reaches the bus and no text is typed for the parser.
    refused = await scene.slash(scene.host, "timebox", length="soon")
    assert refused.texts == [words.bad_timebox("!")]
    assert texts == [] and len(commands) == 2
    # Several options: built typed too.
    await scene.slash(scene.host, "poll", question="Lunch?", answers="Soup; Salad", dots=2)
    assert isinstance(commands[-1], cmd.OpenPoll) and commands[-1].options == ("Soup", "Salad")
    assert scene.state.open_poll is not None and scene.state.open_poll.dots == 2
    # What is in the `what` box is what happened; the `done` option closes the action.
    await scene.slash(scene.host, "action", owner="alice", what="ring the centres")
    [action] = [i for i in scene.state.minutes if i.kind == "action"]
    await scene.slash(scene.host, "progress", number=action.number, what="done: two rang back")
    assert isinstance(commands[-1], cmd.RecordProgress) and commands[-1].done is False
    assert texts == []


async def test_start_and_breakout_built_typed_take_the_settings_defaults(tmp_path: Path):
    """/start and /breakout are built where the settings are not known; what the
    facilitator leaves out comes from the settings, as for the typed `!start ...`."""
    fake, ids = world()
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    ).model_copy(
        update={
            "workshop": WorkshopSettings(
                ground_rules=["Listen first"], complaints_route="Ask Jo", queue_order="fair"
            ),
            "breakout": BreakoutSettings(notice_seconds=45, reminder_minutes=[2], grace_seconds=30),
        }
    )
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    try:
        await scene.settle()
        commands, texts = record(scene)
        await scene.slash(scene.host, "start", title="Breaks", scope="booking a break")
        [start] = commands
        assert isinstance(start, cmd.StartWorkshop) and texts == []
        state = scene.state
        assert state.complaints_route == "Ask Jo" and state.ground_rules == ("Listen first",)
        assert state.queue_order == "fair"
        for person in (scene.alice, scene.bob):
            await scene.say(person, "hello")
        await scene.slash(scene.host, "breakout", length="10m", groups=2)
        assert isinstance(commands[-1], cmd.OpenBreakout)
        assert texts == ["hello", "hello"]  # only what people typed is text
        breakout = scene.state.breakout
        assert breakout is not None
        assert (breakout.opens_at - clock.now, breakout.grace) == (45, 30)
        assert breakout.reminder_offsets == (120,)
    finally:
        await stop_bot(scene.bot, scene.runner)
