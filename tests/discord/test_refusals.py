"""What Discord refuses reaches the facilitator in words for that kind of refusal:
what happened and what to do (words.REFUSED), with Discord's own words after.
The adapter turns discord.py's error into a platform-free kind
(adapters/discord/refusals.py); each refusal here is the fake Discord's, made the
way Discord makes it (a permission the channel takes away, a thread deleted, a
route failing: fake_discord.py `trouble`)."""

from __future__ import annotations

from adapters.discord.refusals import refusal_of
from facilitation import words
from facilitation.commands import Refusal
from tests.discord.conftest import Scene
from tests.discord.fake_discord import Failure
from tests.discord.test_breakout import open_groups
from tests.discord.test_channel_permissions import LACKING, deny_the_bot_here

GENERIC = "Please check the bot's permissions"


def told(scene: Scene, exchange=None) -> list[str]:
    """What the facilitator (host) was told: answers to their command, DMs, and the
    staff place's posts."""
    texts = list(exchange.texts if exchange is not None else [])
    texts += scene.fake.dm_texts(scene.host)
    staff = scene.state.staff_room if scene.state is not None else ""
    if staff:
        texts += scene.bot_texts(int(staff.removeprefix("discord:")))
    return texts


def said(texts: list[str], refusal: Refusal) -> list[str]:
    return [t for t in texts if words.REFUSED[refusal.value] in t]


async def test_a_missing_permission_says_the_bot_is_not_allowed(scene: Scene):
    """50013 (JSON error codes: "You lack permissions to perform that action")."""
    deny_the_bot_here(scene, pin_messages=True)
    exchange = await scene.start()
    texts = said(told(scene, exchange), Refusal.NO_PERMISSION)
    assert texts, told(scene, exchange)
    assert all("could not pin" in t and LACKING in t for t in texts)
    assert not any(GENERIC in t for t in told(scene, exchange))


async def test_a_deleted_group_thread_says_the_room_cannot_be_reached(scene: Scene):
    """Someone deletes a group's thread; the 5-minute reminder there is answered 404 /
    10003 (JSON error codes: "Unknown channel")."""
    where = await open_groups(scene)
    thread = where[scene.alice]
    found = scene.fake.channels.pop(thread)
    # docs (gateway-events.mdx, Thread Delete): "id, guild_id, parent_id and type".
    scene.fake.emit(
        "THREAD_DELETE",
        {k: found[k] for k in ("id", "guild_id", "parent_id", "type")},
    )
    await scene.settle()
    await scene.advance(5 * 60)
    texts = said(told(scene), Refusal.NO_ACCESS)
    assert texts and all("Unknown Channel" in t for t in texts), told(scene)


async def test_discord_failing_says_it_is_not_your_doing(scene: Scene):
    """503 on the workshop channel's messages (HTTP Response Codes: "5xx SERVER
    ERROR"; discord.py raises DiscordServerError at once for a 503)."""
    await scene.start()
    await scene.slash(scene.alice, "hand")
    scene.fake.trouble.append(
        ("POST", rf"/channels/{scene.channel}/messages", Failure(503, 0, "upstream connect error"))
    )
    exchange = await scene.slash(scene.host, "next")
    texts = said(told(scene, exchange), Refusal.PLATFORM_DOWN)
    assert texts, told(scene, exchange)
    assert scene.state.speaker is not None  # the workshop goes on


async def test_still_rate_limited_after_the_retries_says_wait(scene: Scene):
    """429 on every try (HTTP Response Codes: "429 TOO MANY REQUESTS"): discord.py
    waits `retry_after` and tries again, five times in all, then raises."""
    await scene.start()
    await scene.slash(scene.alice, "hand")
    limited = len(scene.fake.limited)
    scene.fake.trouble.append(
        (
            "POST",
            rf"/channels/{scene.channel}/messages",
            Failure(429, 0, "You are being rate limited.", retry_after=0.01),
        )
    )
    exchange = await scene.slash(scene.host, "next")
    assert len(scene.fake.limited) - limited == 5  # discord.py's five tries
    texts = said(told(scene, exchange), Refusal.TOO_FAST)
    assert texts, told(scene, exchange)


def test_errors_of_no_known_kind_keep_the_general_words():
    """A DM someone does not take (50007) is no refusal of the bot's rights; nor is a
    bug in the bot. They keep the general words."""
    assert refusal_of(ValueError("not a Discord message id")) is None
    assert words.effect_failed("post a message", "403", refusal="").startswith(
        "Something went wrong"
    )


async def test_a_channel_the_bot_cannot_see_says_the_room_cannot_be_reached(scene: Scene):
    """An overwrite takes View Channel from the bot: Discord answers 403 / 50001
    (JSON error codes: "Missing access"), not 50013."""
    deny_the_bot_here(scene, view_channel=True)
    exchange = await scene.start()
    texts = said(told(scene, exchange), Refusal.NO_ACCESS)
    assert texts and all("Missing Access" in t for t in texts), told(scene, exchange)
    assert not said(told(scene, exchange), Refusal.NO_PERMISSION)
