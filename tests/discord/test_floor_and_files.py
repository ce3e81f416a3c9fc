"""Floor control in text by one channel overwrite each way, and the notes sent
as a file."""

from __future__ import annotations

import discord

from tests.discord.conftest import Scene

SEND = discord.Permissions(send_messages=True).value


def overwrites(scene: Scene) -> dict[tuple[int, int], tuple[int, int]]:
    found = scene.fake.channels[scene.channel]["permission_overwrites"]
    return {(int(o["id"]), o["type"]): (int(o["allow"]), int(o["deny"])) for o in found}


async def test_floor_control_is_one_overwrite_edit_each_way(scene: Scene):
    await scene.start()
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    calls = len(scene.fake.calls)
    await scene.slash(scene.host, "next")  # alice speaks
    edits = scene.fake.calls_to("PATCH", rf"/channels/{scene.channel}")
    assert len(edits) == 1 and scene.fake.calls.index(edits[0]) >= calls
    now = overwrites(scene)
    assert now[(scene.guild, 0)][1] & SEND  # @everyone may not write
    assert now[(scene.alice, 1)][0] & SEND  # the speaker may
    assert now[(scene.facilitator_role, 0)][0] & SEND  # so may the facilitators
    assert now[(int(scene.fake.bot["id"]), 1)][0] & SEND  # and the bot
    # discord.py saw the change through CHANNEL_UPDATE.
    channel = scene.adapter.client.get_channel(scene.channel)
    assert channel.overwrites_for(channel.guild.default_role).send_messages is False

    await scene.slash(scene.alice, "done")  # the floor opens
    assert len(scene.fake.calls_to("PATCH", rf"/channels/{scene.channel}")) == 2
    assert overwrites(scene) == {}  # exactly what the channel had before


async def test_notes_come_as_an_ephemeral_file(scene: Scene):
    await scene.start()
    await scene.slash(scene.alice, "idea", text="longer breaks")
    exchange = await scene.slash(scene.host, "export", format="md")
    assert exchange.all_ephemeral
    files = [f for reply in exchange.followups for f in reply.get("files", [])]
    assert len(files) == 1
    name, content = files[0]
    assert name.endswith(".md")
    assert b"longer breaks" in content
    assert not scene.fake.dm_channels


async def test_a_roles_own_allow_on_the_channel_is_lifted_while_the_floor_is_held(scene: Scene):
    """Discord applies a role's allow after @everyone's deny: a "Volunteers" role
    allowed to write in the channel would write through the floor. It is lifted while
    the floor is held, and put back when it opens."""
    fake = scene.fake
    volunteers = fake.add_role(scene.guild, "Volunteers")
    fake.members[scene.guild][scene.carol]["roles"].append(str(volunteers))
    fake.emit("GUILD_CREATE", fake.guild_payload(scene.guild))
    channel = fake.channels[scene.channel]
    channel["permission_overwrites"] = [
        {"id": str(volunteers), "type": 0, "allow": str(SEND), "deny": "0"}
    ]
    fake.emit("CHANNEL_UPDATE", channel)
    original = [dict(o) for o in channel["permission_overwrites"]]
    await scene.start()
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    await scene.slash(scene.host, "next")  # alice speaks
    cached = scene.adapter.client.get_channel(scene.channel)
    carol = cached.guild.get_member(scene.carol)
    alice = cached.guild.get_member(scene.alice)
    assert not cached.permissions_for(carol).send_messages  # discord.py's own sum
    assert cached.permissions_for(alice).send_messages
    await scene.slash(scene.alice, "done")
    assert channel["permission_overwrites"] == original
    assert scene.adapter.client.get_channel(scene.channel).permissions_for(carol).send_messages
