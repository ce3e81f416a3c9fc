"""`/startplan plan:NAME`: the slash form of `!start plan: NAME`, a command of its own
with one box (so /start keeps its title and scope required in Discord's form). It
makes the same `StartFromPlan` as the typed line, through the same reader."""

from __future__ import annotations

from pathlib import Path

from bot.config import WorkshopSettings
from bot.plans import EXAMPLE
from bot.simulation import ManualClock
from facilitation import words
from tests.discord.conftest import Scene, settings_for, start_bot, stop_bot, world


async def with_a_plan(tmp_path: Path) -> Scene:
    """The bot, with the example plan `carers` in its plans folder."""
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "carers.toml").write_text(EXAMPLE)
    fake, ids = world()
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"], ids["other_guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    settings = settings.model_copy(update={"workshop": WorkshopSettings(plans_folder=str(folder))})
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    return Scene(fake, bot, adapter, clock, timers, runner, **ids)


async def test_a_workshop_starts_from_a_plan_by_its_slash_command(tmp_path: Path):
    scene = await with_a_plan(tmp_path)
    try:
        await scene.settle()
        # A participant may not; nothing starts.
        refused = await scene.slash(scene.alice, "startplan", plan="carers")
        assert refused.all_ephemeral
        assert scene.state is None
        # A name that could be a path is refused in the typed line's words.
        bad = await scene.slash(scene.host, "startplan", plan="../carers")
        assert bad.texts == [words.bad_plan_name("!")]
        assert scene.state is None
        # The facilitator's /startplan starts the plan's workshop.
        exchange = await scene.slash(scene.host, "startplan", plan="carers")
        assert exchange.all_ephemeral
        assert scene.state is not None
        assert scene.state.agenda  # the plan's agenda, read from its file
        assert any(words.ladder_sentence("consultation") in t for t in scene.bot_texts())
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_the_typed_word_starts_one_in_a_channel_with_no_workshop(tmp_path: Path):
    """The adapter reads no other typed text where no workshop runs, but a start."""
    scene = await with_a_plan(tmp_path)
    try:
        await scene.say(scene.host, "!startplan carers")
        assert scene.state is not None
        assert scene.state.agenda
    finally:
        await stop_bot(scene.bot, scene.runner)
