"""A channel can take from the bot what the server gave it: an overwrite for the
bot's role (or the bot itself) denying Send Messages, Manage Channels or Pin
Messages. The fake computes the bot's permissions in each channel as Discord does
(fake_discord.bot_permissions_in_channel), so the request is refused there (50013)
though the bot holds the permission in the server. The facilitator is told in
plain words, the log says what failed, and the workshop goes on."""

from __future__ import annotations

import logging

import discord

from tests.discord.conftest import Scene

LACKING = "You lack permissions to perform that action"


def deny_the_bot_here(scene: Scene, *, as_member: bool = False, **permissions: bool) -> None:
    """An overwrite on the workshop channel denying the bot these permissions: for
    its managed role (a role overwrite), or for the bot itself (a member overwrite)."""
    role = next(r for r in scene.fake.guilds[scene.guild]["roles"] if r["managed"])
    target, kind = (scene.fake.bot["id"], 1) if as_member else (role["id"], 0)
    deny = discord.Permissions(**permissions).value
    scene.fake.channels[scene.channel]["permission_overwrites"].append(
        {"id": target, "type": kind, "allow": "0", "deny": str(deny)}
    )


def warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


async def test_a_channel_that_denies_the_bot_send_messages(scene: Scene, caplog):
    assert (
        scene.fake.bot_permissions_in(scene.guild) & discord.Permissions(send_messages=True).value
    )
    deny_the_bot_here(scene, send_messages=True)
    exchange = await scene.start()
    # Told only to the facilitator who used /start, in plain words: nothing was posted.
    assert exchange.all_ephemeral
    assert any("could not post a message" in t and LACKING in t for t in exchange.texts)
    assert scene.bot_texts() == []
    assert any("effect failed" in w and LACKING in w for w in warnings(caplog))
    # The workshop runs: a hand still goes up and is counted.
    await scene.slash(scene.alice, "hand")
    assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.alice}"]


async def test_a_channel_that_denies_the_bot_manage_channels(scene: Scene, caplog):
    """Text floor control edits the channel: refused there, told, nothing changed,
    the call itself made."""
    deny_the_bot_here(scene, as_member=True, manage_channels=True)
    before = [dict(o) for o in scene.fake.channels[scene.channel]["permission_overwrites"]]
    await scene.start()
    await scene.slash(scene.alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    exchange = await scene.slash(scene.host, "next")
    told = exchange.texts + scene.fake.dm_texts(scene.host)
    assert any(LACKING in t for t in told), told
    assert scene.fake.channels[scene.channel]["permission_overwrites"] == before
    assert scene.state.speaker is not None
    assert any(LACKING in w for w in warnings(caplog))


async def test_a_channel_that_denies_the_bot_pin_messages(scene: Scene):
    """The queue message is not pinned there; the facilitator is told, and ✋ on it
    still raises a hand."""
    deny_the_bot_here(scene, pin_messages=True)
    exchange = await scene.start()
    assert any("could not pin" in t and LACKING in t for t in exchange.texts)
    queue = scene.queue_message()
    assert scene.fake.pins[scene.channel] == []
    await scene.react(scene.bob, queue)
    assert [h.person_id for h in scene.state.ordered_hands()] == [f"discord:{scene.bob}"]
