"""Who may use facilitator commands: a configured role in *this* guild, or a
configured user; never from a DM. Refusals are ephemeral and change nothing."""

from __future__ import annotations

from pathlib import Path

from bot.simulation import ManualClock
from facilitation import words
from tests.discord.conftest import START_OPTIONS, Scene, settings_for, start_bot, stop_bot, world


async def test_a_participant_is_refused_privately_and_nothing_changes(scene: Scene):
    await scene.start()
    await scene.slash(scene.alice, "hand")
    before = scene.state
    for name, options in (
        ("next", {}),
        ("floor", {"state": "on"}),
        ("end", {}),
        ("breakout", {"length": "5m", "groups": 2}),
        ("lowerall", {}),
    ):
        exchange = await scene.slash(scene.bob, name, **options)
        assert exchange.all_ephemeral, name
        assert any("facilitator" in t.casefold() for t in exchange.texts), exchange.texts
    assert scene.state == before
    assert not scene.fake.dm_channels  # refusals were ephemeral, not DMs


async def test_facilitator_commands_in_a_dm_are_refused_even_for_facilitators(scene: Scene):
    await scene.start()
    await scene.slash(scene.alice, "hand")
    before = scene.state
    calls = len(scene.fake.calls)
    exchange = await scene.slash(scene.host, "next", channel=None)
    assert exchange.callback["type"] == 4  # answered at once, not deferred
    assert exchange.texts == [words.DISCORD_DM_REFUSED]
    assert exchange.all_ephemeral
    assert scene.state == before
    # Only the answer was sent: the core never saw the command.
    assert [c.path.split("/")[1] for c in scene.fake.calls[calls:]] == ["interactions"]


async def test_everyone_commands_in_a_dm_reach_the_core_as_a_participant(scene: Scene):
    await scene.start()
    exchange = await scene.slash(scene.host, "help", channel=None)
    assert exchange.all_ephemeral
    assert exchange.texts and exchange.texts[0]


async def test_a_role_of_another_guild_gives_no_rights(scene: Scene):
    # host holds the configured Facilitators role in Community, not in Elsewhere.
    exchange = await scene.slash(scene.host, "start", channel=scene.other_channel, **START_OPTIONS)
    assert exchange.all_ephemeral
    assert scene.bot.dispatcher.state_in(f"discord:{scene.other_channel}") is None
    # Even a member payload listing Community's role id counts for nothing in Elsewhere.
    exchange = await scene.slash(
        scene.host,
        "start",
        channel=scene.other_channel,
        member_roles=(scene.facilitator_role,),
        **START_OPTIONS,
    )
    assert scene.bot.dispatcher.state_in(f"discord:{scene.other_channel}") is None
    assert any("facilitator" in t.casefold() for t in exchange.texts), exchange.texts
    # dana's Organisers role is not configured.
    await scene.slash(scene.dana, "start", channel=scene.other_channel, **START_OPTIONS)
    assert scene.bot.dispatcher.state_in(f"discord:{scene.other_channel}") is None
    assert not scene.fake.dm_channels


async def test_a_configured_user_is_a_facilitator_in_any_guild(tmp_path: Path):
    fake, ids = world()
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"], ids["other_guild"]],
        facilitator_user_ids=[ids["dana"]],
    )
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    try:
        await scene.slash(ids["dana"], "start", channel=ids["other_channel"], **START_OPTIONS)
        assert bot.dispatcher.state_in(f"discord:{ids['other_channel']}") is not None
    finally:
        await stop_bot(bot, runner)


async def test_a_guild_that_is_not_configured_is_refused(scene: Scene):
    stranger_guild = scene.fake.add_guild("Stranger")
    channel = scene.fake.add_text_channel(stranger_guild, "chat")
    scene.fake.add_member(stranger_guild, scene.fake.users[scene.alice])
    scene.fake.emit("GUILD_CREATE", scene.fake.guild_payload(stranger_guild))
    scene.fake.commands[stranger_guild] = scene.fake.commands[scene.guild]
    exchange = await scene.slash(scene.alice, "hand", channel=channel)
    assert exchange.texts == [words.DISCORD_NOT_THIS_SERVER]
    assert exchange.all_ephemeral


async def test_a_server_the_bot_cannot_reach_is_logged_and_the_others_run(tmp_path: Path, caplog):
    """Command sync to a server the bot is not in answers 403 / 50001: start-up goes
    on for the other servers, and the log says which server, in plain words."""
    fake, ids = world()
    gone = ids["guild"] + 12345  # a server id in the settings the bot is not in
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[gone, ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    try:
        assert ids["guild"] in fake.commands  # the reachable server was synced
        await scene.start()  # and the bot runs there
        said = [r.getMessage() for r in caplog.records if str(gone) in r.getMessage()]
        assert said and "could not add its commands" in said[0]
    finally:
        await stop_bot(bot, runner)
