"""What the bot sends against Discord's own size limits, through discord.py on the
strict fake (tests/discord/fake_discord.py `_check_content`, `_check_name`): message
content at most 2,000 characters (docs message.mdx, Create Message and Edit Message),
a channel's or thread's name 1 to 100 (docs channel.mdx), else 400 / 50035 Invalid
Form Body. A long text must reach people shortened or split, with a plain-words
pointer to the rest, never be refused with nobody the wiser."""

from __future__ import annotations

import discord
import pytest

from tests.discord.conftest import Scene


async def test_the_fake_refuses_an_edit_past_2000_characters_as_discord_does(scene: Scene):
    await scene.start()
    channel = scene.adapter.client.get_channel(scene.channel)
    message = await channel.send("short")
    with pytest.raises(discord.HTTPException) as refused:
        await message.edit(content="x" * 2001)
    assert refused.value.status == 400 and refused.value.code == 50035
