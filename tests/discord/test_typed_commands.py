"""What a person does on Discord but does not type reaches the bus as a typed command:
✋ on the queue message is `RaiseHand`, taking it away `LowerHand`, a request to speak
on the workshop's Stage `RaiseHand`. None of them becomes "!hand" text for the parser;
the core answers each as it answers the typed command (a refusal privately)."""

from __future__ import annotations

from pathlib import Path

from facilitation import commands as cmd
from facilitation import words
from tests.discord.conftest import Scene, stop_bot
from tests.discord.test_cofacilitators_and_stage import stage_scene


def record(scene: Scene) -> tuple[list[cmd.Command], list[str]]:
    """What the adapter hands the bus (passed on unchanged) and any text it types."""
    commands: list[cmd.Command] = []
    texts: list[str] = []
    to_bus, to_parser = scene.adapter.on_command, scene.adapter.on_text
    assert to_bus is not None and to_parser is not None

    async def on_command(command: cmd.Command) -> bool:
        commands.append(command)
        return await to_bus(command)

    async def on_text(text: str, **where) -> bool:
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


async def test_a_slash_command_with_one_option_is_built_typed_and_answered_the_same(
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
    # A value its reader refuses goes as the typed text, so the parser says why.
    refused = await scene.slash(scene.host, "timebox", length="soon")
    assert texts == ["!timebox soon"]
    assert refused.texts == [words.bad_timebox("!")]
    # Several options: still the typed text, read by the parser.
    await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    assert texts[-1].startswith("!breakout 10m")
    assert len(commands) == 2
