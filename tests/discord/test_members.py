"""A server's members, as Discord gives them: not at connect time (only the people in
voice and the bot: the bot has no presences intent), and a request for all of them
at most once per server every 30 seconds (see fake_discord.request_members). The
adapter reads the list by REST when a workshop needs it (adapters/discord/members.py)."""

from __future__ import annotations

from bot.simulation import ManualClock
from tests.discord.conftest import HAND, START_OPTIONS, settings_for, start_bot, stop_bot, world
from tests.discord.fake_discord import LARGE_THRESHOLD
from tests.discord.test_restart import settle


async def test_a_quick_restart_in_a_large_server_counts_a_hand_from_someone_never_seen(
    tmp_path,
):
    """300 people: a large server. The bot restarts within 30 seconds, so Discord
    would refuse discord.py's start-up request for every member (RATE_LIMITED, which
    discord.py 2.7 waits out for 5 seconds and then goes on without them). The bot
    asks for none at start-up and reads the list by REST when it needs it: it is
    ready at once, and a ✋ given while it was down by someone it never saw counts;
    a second facilitator who never said a word is in the staff room."""
    fake, ids = world()
    crowd = [fake.add_person(ids["guild"], f"person{n:03}") for n in range(300)]
    second = fake.add_person(ids["guild"], "cofac", roles=(ids["facilitator_role"],))
    assert len(fake.members[ids["guild"]]) > LARGE_THRESHOLD
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    clock = ManualClock()
    bot, adapter, _, runner = await start_bot(fake, settings, clock)
    guild = adapter.client.get_guild(ids["guild"])
    assert guild.large and guild.get_member(crowd[0]) is None  # not sent at connect
    fake.slash(ids["host"], ids["channel"], "start", **START_OPTIONS)
    await settle(runner)
    room = f"discord:{ids['channel']}"
    queue = int(bot.dispatcher.state_in(room).queue_message_ref)
    [staff_room] = [c for c in fake.channels.values() if c["name"].startswith("Staff room")]
    assert second in fake.thread_members[int(staff_room["id"])]
    await stop_bot(bot, runner)

    fake.gateway = lambda event, data: None  # down: nobody receives events
    fake.react(ids["channel"], queue, crowd[-1], HAND)
    fake.gateway = None
    bot, adapter, _, runner = await start_bot(fake, settings, clock)  # same second
    await settle(runner)
    try:
        hands = [h.person_id for h in bot.dispatcher.state_in(room).ordered_hands()]
        assert hands == [f"discord:{crowd[-1]}"]
        # Nothing asked over the gateway; the list read by REST once per connection
        # (one page: at most 1000 members a page).
        assert fake.all_members_asked == {}
        assert len(fake.calls_to("GET", rf"/guilds/{ids['guild']}/members")) == 2
    finally:
        await stop_bot(bot, runner)


async def test_discord_answers_all_members_once_per_server_every_thirty_seconds(tmp_path):
    """The strict fake: discord.py's own start-up chunking (the adapter turns it off)
    gets every member the first time, and nothing on a start within 30 seconds."""
    fake, ids = world()
    settings = settings_for(
        tmp_path / "workshop.db",
        guild_ids=[ids["guild"]],
        facilitator_role_ids=[ids["facilitator_role"]],
    )
    clock = ManualClock()
    options = {"client_options": {"guild_ready_timeout": 0.01, "chunk_guilds_at_startup": True}}
    bot, adapter, _, runner = await start_bot(fake, settings, clock, **options)
    assert adapter.client.get_guild(ids["guild"]).get_member(ids["alice"]) is not None
    await stop_bot(bot, runner)
    fake.gateway = lambda event, data: None  # the events are only recorded now
    fake.request_members(ids["guild"], "", 0, None, "again")
    assert fake.events[-1][0] == "RATE_LIMITED"
    assert fake.events[-1][1]["meta"] == {"guild_id": str(ids["guild"]), "nonce": "again"}
    clock.now += 30
    fake.request_members(ids["guild"], "", 0, None, "later")
    assert fake.events[-1][0] == "GUILD_MEMBERS_CHUNK"
    assert fake.events[-1][1]["chunk_count"] == 1
