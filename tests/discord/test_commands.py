"""The slash commands: one per command word, described, with choices, and the text
each stands for as the console would type it (shown in "Done: ..."; the command
itself is built from the options, tests/test_parser_options.py)."""

from __future__ import annotations

import asyncio
import contextvars

import discord
import pytest
from discord import app_commands

from adapters.discord.commands import BY_NAME, NOT_SLASH, SLASH_COMMANDS, Used
from adapters.discord.slash import make_commands
from facilitation import commands as cmd
from facilitation.parser import COMMAND_WORDS, parse
from tests.discord.conftest import Scene


def test_every_command_word_has_a_slash_command():
    assert set(BY_NAME) == set(COMMAND_WORDS) - NOT_SLASH


def test_every_command_and_option_is_described_and_fixed_values_are_choices():
    async def handler(interaction, used):  # pragma: no cover - never called here
        pass

    tree = app_commands.CommandTree(discord.Client(intents=discord.Intents.none()))
    for command in make_commands(handler, lambda interaction, current: []):
        payload = command.to_dict(tree)
        assert payload["description"] and payload["description"] != "…", payload["name"]
        assert len(payload["description"]) <= 100, payload["name"]
        for option in payload.get("options", []):
            assert option["description"] and option["description"] != "…", (
                payload["name"],
                option["name"],
            )
            assert len(option["description"]) <= 100
    start = BY_NAME["start"]
    assert dict((o.name, o.choices) for o in start.options)["order"] == ("arrival", "fair")
    assert BY_NAME["export"].options[0].choices == (*cmd.EXPORT_FORMATS, cmd.EXPORT_ALL)


@pytest.mark.parametrize(
    ("word", "values", "text"),
    [
        ("hand", {}, "!hand"),
        ("breakout", {"length": "20m", "groups": 3}, "!breakout 20m | groups: 3"),
        (
            "breakout",
            {"length": "10m", "names": "Kitchen; Garden", "assign": "self", "notice": "0"},
            "!breakout 10m | names: Kitchen; Garden | assign: self | notice: 0",
        ),
        (
            "start",
            {"title": "Carers", "scope": "breaks", "cannot_change": "the budget"},
            "!start Carers | scope: breaks | cannot change: the budget",
        ),
        ("cofac", {"name": "bob", "remove": True}, "!cofac remove bob"),
        ("startplan", {"plan": "Carers breaks"}, "!startplan Carers breaks"),
        ("cofac", {"name": "bob"}, "!cofac bob"),
        (
            "action",
            {"owner": "Sam", "what": "send the leaflet", "due": "2026-12-05"},
            "!action Sam: send the leaflet due 2026-12-05",
        ),
        (
            "progress",
            {"number": 3, "what": "cut to two pages", "done": True},
            "!progress 3 done: cut to two pages",
        ),
        ("progress", {"number": 3, "what": "rang them"}, "!progress 3 rang them"),
        ("export", {"format": "html", "names": True}, "!export html names"),
        ("park", {"what": "bus passes"}, "!park bus passes"),
        ("park", {"what": "bus passes", "owner": "Sam"}, "!park Sam: bus passes"),
        ("quiet", {"state": "off"}, "!quiet off"),
        ("relabel", {"label": "on-scope", "words": "respite"}, "!relabel on-scope respite"),
        ("relabel", {"label": "on-scope", "number": 12}, "!relabel 12 on-scope"),
        (
            "relabel",
            {"label": "complaint", "link": "https://discord.com/channels/1/2/1234567890123"},
            "!relabel https://discord.com/channels/1/2/1234567890123 complaint",
        ),
        ("complaint", {}, "!complaint"),
        ("route", {"name": "Bob"}, "!route Bob"),
        ("concern", {"name": "Bob", "note": "seemed scared"}, "!concern Bob: seemed scared"),
        ("set", {"setting": "agenda", "text": "A; B"}, "!set agenda A; B"),
    ],
)
def test_slash_options_become_the_console_text(word, values, text):
    assert Used(BY_NAME[word], values).text("!") == text


def test_every_slash_text_parses():
    actor = cmd.Actor("discord:1", "host", cmd.PlatformRole.FACILITATOR)
    samples = {
        "text": "words",
        "name": "bob",
        "owner": "Sam",
        "what": "a thing",
        "length": "5m",
        "title": "T",
        "scope": "S",
        "room": "Kitchen",
        "number": 1,
        "link": "https://example.org/slides",
        "plan": "carers",
    }
    for spec in SLASH_COMMANDS:
        values = {}
        for option in spec.options:
            if option.required:
                values[option.name] = option.choices[0] if option.choices else samples[option.name]
        if spec.word == "breakout":
            values["groups"] = 2
        text = Used(spec, values).text("!")
        parse(text, actor=actor, room="discord:1", source_id="x")  # no ParseError


async def test_commands_are_synced_to_each_configured_guild(scene: Scene):
    puts = scene.fake.calls_to("PUT", r"/applications/\d+/guilds/(\d+)/commands")
    assert sorted(int(c.path.split("/")[4]) for c in puts) == sorted(
        [scene.guild, scene.other_guild]
    )
    # ... and globally, so that the commands exist in DMs too: then each server's own
    # copies are cleared (a command registered both ways is listed twice).
    assert len(scene.fake.calls_to("PUT", r"/applications/\d+/commands")) == 1
    assert {c["name"] for c in scene.fake.commands[None]} == set(BY_NAME)
    assert scene.fake.commands[scene.guild] == []


async def test_names_are_offered_as_you_type(scene: Scene):
    interaction = type("I", (), {"guild": scene.adapter.client.get_guild(scene.guild)})()
    assert await scene.adapter.people(interaction, "al") == ["Alice"]
    assert "Workshop-bot" not in await scene.adapter.people(interaction, "")


async def test_a_later_private_message_never_goes_through_an_old_interaction(scene: Scene):
    """A timer armed while a slash command is handled runs in a copy of that moment's
    context (asyncio and APScheduler copy context variables). Nothing in it may lead
    a later private message to the interaction: it is a DM (the interaction's token
    lasts 15 minutes, 50027 after, and only the command's own `Outcome` answers it)."""
    await scene.start()
    captured: list[contextvars.Context] = []
    handler = scene.adapter.on_command  # /hand is handed on as a typed command
    assert handler is not None

    async def noting_the_context(*args, **kwargs):
        captured.append(contextvars.copy_context())
        return await handler(*args, **kwargs)

    scene.adapter.on_command = noting_the_context
    exchange = await scene.slash(scene.alice, "hand")
    scene.adapter.on_command = handler
    assert captured
    scene.clock.now += 16 * 60  # the interaction's token has expired
    later = scene.adapter.send_private(f"discord:{scene.alice}", "Your time is nearly up.")
    await asyncio.get_running_loop().create_task(later, context=captured[0])
    assert "Your time is nearly up." in scene.fake.dm_texts(scene.alice)
    assert "Your time is nearly up." not in exchange.texts


async def test_each_command_is_listed_once_in_a_server(scene: Scene):
    """Synced globally (so commands also work in DMs) with servers configured: the
    servers' own copies are cleared, or Discord would list every command twice."""
    fake = scene.fake
    in_guild = [c["name"] for c in fake.commands.get(scene.guild, [])]
    everywhere = [c["name"] for c in fake.commands.get(None, [])]
    assert everywhere
    assert sorted(in_guild + everywhere) == sorted(set(in_guild + everywhere))


async def test_old_global_commands_are_cleared_when_only_servers_are_configured(tmp_path):
    from bot.simulation import ManualClock
    from tests.discord.conftest import settings_for, start_bot, stop_bot, world

    fake, ids = world()
    fake.commands[None] = [{"id": "1", "name": "hand", "type": 1}]  # from an older set-up
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    bot, adapter, timers, runner = await start_bot(
        fake, settings, ManualClock(), sync_globally=False
    )
    try:
        assert fake.commands[None] == []
        assert {c["name"] for c in fake.commands[ids["guild"]]} >= {"hand", "next", "start"}
    finally:
        await stop_bot(bot, runner)
