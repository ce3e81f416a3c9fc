"""docs/discord.md, "Narrowing it to one category", tried as a council IT team would
set it up: the bot invited with the text-only integer, then Manage Channels and
Manage Roles taken from its role in the server and given back on one category only
(the category's permission settings, the bot's role: allow the text rows), and the
workshop channel made in that category by hand (so synced with it: its overwrites
are the category's). The fake copies a category's overwrites onto channels made in
it and counts Manage Channels, Manage Roles and the bits an overwrite may name where
Discord counts them (see fake_discord: `_synced_overwrites`, `_check_overwrites`,
`_check_new_overwrites`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import discord
import pytest

from adapters.discord.adapter import text_permissions
from bot.simulation import ManualClock
from tests.discord.conftest import Scene, settings_for, start_bot, stop_bot, world

SEND = discord.Permissions(send_messages=True).value
LACKING = "You lack permissions to perform that action"


def narrowed() -> int:
    """The text-only integer less the two server-wide permissions IT takes away."""
    value = text_permissions()
    value.update(manage_channels=False, manage_roles=False)
    return value.value


def bot_role(fake, guild: int) -> str:
    return next(r["id"] for r in fake.guilds[guild]["roles"] if r["managed"])


def in_one_category(grants: int | None = None) -> tuple[Any, dict[str, int]]:
    """The world of conftest, the bot narrowed, the workshop channel in "Workshops"
    whose overwrite for the bot's role allows `grants` (the text rows, by default)."""
    fake, ids = world(bot_permissions=narrowed())
    guild = ids["guild"]
    allow = text_permissions().value if grants is None else grants
    overwrite = {"id": bot_role(fake, guild), "type": 0, "allow": str(allow), "deny": "0"}
    ids["category"] = fake.add_category(guild, "Workshops", [overwrite])
    ids["channel"] = fake.add_text_channel(guild, "workshop", category=ids["category"])
    return fake, ids


async def category_scene(tmp_path: Path, grants: int | None = None, **options: Any) -> Scene:
    fake, ids = in_one_category(grants)
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
        **options,
    )
    clock = ManualClock()
    bot, adapter, timers, runner = await start_bot(fake, settings, clock)
    category = ids.pop("category")
    scene = Scene(fake, bot, adapter, clock, timers, runner, **ids)
    scene.category = category  # type: ignore[attr-defined]
    await scene.settle()
    return scene


@pytest.fixture
async def narrowed_scene(tmp_path: Path):
    scene = await category_scene(tmp_path)
    yield scene
    await stop_bot(scene.bot, scene.runner)


def told_the_host(scene: Scene, *exchanges) -> list[str]:
    return [t for e in exchanges for t in e.texts] + scene.fake.dm_texts(scene.host)


async def test_the_workshop_channel_made_in_the_category_is_synced_with_it(
    narrowed_scene: Scene,
):
    scene = narrowed_scene
    fake = scene.fake
    channel = fake.channels[scene.channel]
    assert (
        channel["permission_overwrites"] == fake.channels[scene.category]["permission_overwrites"]
    )
    # The server gives the bot neither permission; the category (so the channel) does.
    server = fake.bot_permissions_in(scene.guild)
    both = discord.Permissions(manage_channels=True, manage_roles=True).value
    assert server & both == 0
    assert fake.bot_permissions_in_channel(channel) & both == both
    # discord.py sees it synced too (its own check: the same overwrites).
    assert scene.adapter.client.get_channel(scene.channel).permissions_synced


async def test_a_whole_workshop_in_threads_works_in_the_narrowed_category(
    narrowed_scene: Scene,
):
    """Start (queue pinned, staff room thread), hands, text floor control, small
    groups as threads and regroup, the notes: everything works, nothing refused."""
    scene = narrowed_scene
    fake = scene.fake
    started = await scene.start()
    assert fake.pins[scene.channel] == [scene.queue_message()]
    staff = int(scene.state.staff_room.split(":")[1])
    assert fake.channels[staff]["parent_id"] == str(scene.channel)
    assert scene.host in fake.thread_members[staff]

    for person in (scene.alice, scene.bob, scene.carol):
        await scene.say(person, "hello")
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    before = [dict(o) for o in fake.channels[scene.channel]["permission_overwrites"]]
    called = await scene.slash(scene.host, "next")  # alice speaks: the floor closes
    now = {
        (int(o["id"]), o["type"]): o for o in fake.channels[scene.channel]["permission_overwrites"]
    }
    assert int(now[(scene.guild, 0)]["deny"]) & SEND  # @everyone may not write
    assert int(now[(scene.alice, 1)]["allow"]) & SEND  # the speaker may
    done = await scene.slash(scene.alice, "done")  # the floor opens
    assert fake.channels[scene.channel]["permission_overwrites"] == before

    opened = await scene.slash(scene.host, "breakout", length="10m", groups=2, notice="0", seed=1)
    threads = [
        c
        for c in fake.channels.values()
        if c.get("parent_id") == str(scene.channel) and int(c["id"]) != staff
    ]
    assert len(threads) == 2
    grouped = set().union(*(fake.thread_members[int(t["id"])] for t in threads))
    assert {scene.alice, scene.bob, scene.carol, scene.host} <= grouped
    regrouped = await scene.slash(scene.host, "regroup")
    await scene.advance(120)
    for thread in threads:
        assert thread["thread_metadata"]["archived"] and thread["thread_metadata"]["locked"]
    assert scene.state.breakout is None

    notes = await scene.slash(scene.host, "export", format="md")
    files = [f for reply in notes.followups for f in reply.get("files", [])]
    assert len(files) == 1

    exchanges = (started, called, done, opened, regrouped, notes)
    assert not [t for t in told_the_host(scene, *exchanges) if LACKING in t or "could not" in t]


async def test_without_the_category_grant_floor_control_is_refused_and_told(tmp_path: Path):
    """The same server, but IT forgot the category's grant (its overwrite for the bot's
    role allows nothing): the synced channel gives the bot no Manage Channels, so text
    floor control is refused (50013) and the facilitator told; the workshop goes on."""
    scene = await category_scene(tmp_path, grants=0)
    try:
        await scene.start()
        await scene.slash(scene.alice, "hand")
        await scene.slash(scene.host, "floor", state="on")
        called = await scene.slash(scene.host, "next")
        told = told_the_host(scene, called)
        assert any(LACKING in t for t in told), told
        assert scene.state.speaker is not None
        assert not any(
            int(o["deny"]) & SEND
            for o in scene.fake.channels[scene.channel]["permission_overwrites"]
        )
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_small_groups_as_channels_need_the_server_and_the_facilitator_is_told_why(
    tmp_path: Path,
):
    """Small groups as channels make a category (Discord checks Manage Channels in the
    server for that) and give their members Connect and Speak (an overwrite at
    creation may name only bits the bot has in the server). The narrowed bot has
    neither: nothing is made, and the facilitator is told in plain words which
    permissions the bot lacks in the server."""
    scene = await category_scene(tmp_path, breakout_rooms="channels")
    try:
        await scene.start()
        for person in (scene.alice, scene.bob, scene.carol):
            await scene.say(person, "hello")
        opened = await scene.slash(
            scene.host, "breakout", length="10m", groups=2, notice="0", seed=1
        )
        told = told_the_host(scene, opened)
        assert any("Manage Channels" in t and "Connect" in t for t in told), told
        assert not scene.fake.calls_to("POST", r"/guilds/\d+/channels")
        assert not [
            c
            for c in scene.fake.channels.values()
            if c["type"] in (2, 4) and c["name"].startswith("Small")
        ]
        await scene.slash(scene.alice, "hand")  # the workshop goes on
        assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.alice}"]
    finally:
        await stop_bot(scene.bot, scene.runner)


# --- the fake's category rules, each through discord.py's own calls ----------------


async def test_a_channel_made_in_the_category_by_the_bot_is_synced_unless_it_brings_overwrites(
    narrowed_scene: Scene,
):
    """Manage Channels on the category is enough to make a channel in it; without
    overwrites the channel is synced with the category, with them it is not. A new
    category needs Manage Channels in the server (50013 for the narrowed bot)."""
    scene = narrowed_scene
    guild = scene.adapter.client.get_guild(scene.guild)
    category = guild.get_channel(scene.category)
    plain = await guild.create_text_channel("plain", category=category)
    assert plain.permissions_synced
    assert (
        scene.fake.channels[plain.id]["permission_overwrites"]
        == scene.fake.channels[scene.category]["permission_overwrites"]
    )
    with pytest.raises(discord.Forbidden):
        await guild.create_category("Small groups 1")


async def test_overwrites_at_creation_may_name_only_the_servers_bits(tmp_path: Path):
    """The bot holds Connect on the category only: a voice channel made there without
    overwrites is synced (and lets it connect), one whose overwrites allow Connect is
    refused (Create Guild Channel: "only permissions your bot has in the guild").
    Manage Roles in an overwrite is for administrators only."""
    everything_but_voice = text_permissions().value
    connect = discord.Permissions(connect=True).value
    scene = await category_scene(tmp_path, grants=everything_but_voice | connect)
    try:
        guild = scene.adapter.client.get_guild(scene.guild)
        # The server's role: text rows (with Manage Channels and Manage Roles) back.
        role = next(r for r in scene.fake.guilds[scene.guild]["roles"] if r["managed"])
        role["permissions"] = str(everything_but_voice)
        scene.fake.emit("GUILD_ROLE_UPDATE", {"guild_id": str(scene.guild), "role": role})
        await scene.settle()
        category = guild.get_channel(scene.category)
        synced = await guild.create_voice_channel("synced", category=category)
        assert synced.permissions_synced
        assert scene.fake.bot_permissions_in_channel(scene.fake.channels[synced.id]) & connect
        alice = discord.Object(scene.alice)
        with pytest.raises(discord.Forbidden):
            await guild.create_voice_channel(
                "own",
                category=category,
                overwrites={alice: discord.PermissionOverwrite(connect=True)},
            )
        with pytest.raises(discord.Forbidden):
            await guild.create_text_channel(
                "delegated",
                category=category,
                overwrites={alice: discord.PermissionOverwrite(manage_roles=True)},
            )
        made = await guild.create_text_channel(
            "own text",
            category=category,
            overwrites={alice: discord.PermissionOverwrite(send_messages=True)},
        )
        assert not made.permissions_synced
    finally:
        await stop_bot(scene.bot, scene.runner)


async def test_a_change_to_the_category_reaches_only_its_synced_channels(
    narrowed_scene: Scene,
):
    """docs (permissions.mdx, Permission Syncing): a change to a category is reflected
    in its synced channels; a channel changed since keeps its own."""
    scene = narrowed_scene
    fake = scene.fake
    guild = scene.adapter.client.get_guild(scene.guild)
    other = fake.add_text_channel(scene.guild, "notices", category=scene.category)
    fake.emit("CHANNEL_CREATE", fake.channels[other])
    await scene.settle()
    # "notices" is changed by hand (not synced any more).
    own = {"id": str(scene.alice), "type": 1, "allow": str(SEND), "deny": "0"}
    fake.channels[other]["permission_overwrites"].append(own)
    fake.emit("CHANNEL_UPDATE", fake.channels[other])
    await scene.settle()
    category = guild.get_channel(scene.category)
    overwrites = dict(category.overwrites)
    overwrites[guild.default_role] = discord.PermissionOverwrite(add_reactions=False)
    await category.edit(overwrites=overwrites)
    await scene.settle()
    new = fake.channels[scene.category]["permission_overwrites"]
    assert fake.channels[scene.channel]["permission_overwrites"] == new
    assert guild.get_channel(scene.channel).permissions_synced  # discord.py saw it
    assert fake.channels[other]["permission_overwrites"] != new
    assert own in fake.channels[other]["permission_overwrites"]


def test_every_permission_small_groups_as_channels_need_is_named_as_discord_shows_it():
    """A bot with no permission in the server lacks them all; each is told by the name
    in Discord's settings (discord.py calls View Channel "read_messages")."""
    from types import SimpleNamespace

    from adapters.discord.voice import Voice
    from facilitation import words

    nothing = SimpleNamespace(me=SimpleNamespace(guild_permissions=discord.Permissions.none()))
    missing = Voice._missing_in_server(nothing, new_category=True)  # type: ignore[arg-type]
    assert {"manage_channels", "manage_roles", "connect", "speak"} <= set(missing)
    assert all(name in words.DISCORD_PERMISSION_NAMES for name in missing), missing
    told = words.discord_missing_in_server(missing)
    assert "View Channels" in told and "read_messages" not in told
