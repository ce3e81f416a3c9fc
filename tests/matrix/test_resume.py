"""Restarts and invitations against a real Synapse."""

from __future__ import annotations

import json

from nio import RoomCreateResponse

from facilitation.events import MessagePosted
from tests.matrix.helpers import (
    OK,
    START,
    Person,
    Scene,
    bot_settings,
    command,
    start_bot,
    wait_until,
)


async def test_a_restart_catches_up_once_and_a_replayed_batch_changes_nothing(
    scene: Scene, synapse, tmp_path
):
    room = scene.room
    assert await command(scene, scene.host, START) == OK
    assert await command(scene, scene.alice, "!hand") == OK
    state_file = scene.bot.adapter.state.path
    token_before_downtime = json.loads(state_file.read_text())["next_batch"]
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    await scene.bot.stop()

    # Said while the bot was down.
    bob_hand = await scene.bob.say(room, "!hand")
    await scene.bob.say(room, "hello from bob, while the bot was away")

    database = tmp_path / "workshop.db"
    scene.bot = await start_bot(settings, database, clock)
    await wait_until(
        lambda: len(scene.bot.state_in(room).ordered_hands()) == 2, "bob's hand is caught up"
    )
    await scene.bob.wait(
        lambda r, e: (
            e.get("type") == "m.reaction"
            and e["content"]["m.relates_to"]["event_id"] == bob_hand
            and e["content"]["m.relates_to"]["key"] == OK
        ),
        "the ✅ for the command sent while the bot was down",
    )
    caught_up = scene.bot.state_in(room)
    assert "bob" in caught_up.people[f"matrix:{scene.bob.user_id}"].name
    said = [
        e.text
        for e in await scene.bot.bot.store.load_events(caught_up.workshop_id)
        if isinstance(e, MessagePosted)
    ]
    assert said.count("hello from bob, while the bot was away") == 1

    # A crash before the sync position was saved: the same batch comes again.
    await scene.bot.stop()
    data = json.loads(state_file.read_text())
    data["next_batch"] = token_before_downtime
    state_file.write_text(json.dumps(data))
    scene.bot = await start_bot(settings, database, clock)
    assert scene.bot.state_in(room) == caught_up
    events = await scene.bot.bot.store.load_events(caught_up.workshop_id)
    assert [e.text for e in events if isinstance(e, MessagePosted)] == said


async def test_invitations_only_from_the_allowed_are_accepted(synapse, accounts, login, tmp_path):
    bot_account = accounts("bot")
    host = Person(await login(accounts("host")))
    stranger = Person(await login(accounts("stranger")))
    database = tmp_path / "workshop.db"
    settings = bot_settings(synapse.url, bot_account, database, allowed_inviters=[host.user_id])
    bot = await start_bot(settings, database)
    try:
        rooms = {}
        for person in (host, stranger):
            created = await person.client.room_create(invite=[bot_account.user_id])
            assert isinstance(created, RoomCreateResponse), created
            rooms[person.user_id] = created.room_id

        def membership(person: Person, wanted: str):
            def match(room_id: str, event: dict) -> bool:
                return (
                    room_id == rooms[person.user_id]
                    and event.get("type") == "m.room.member"
                    and event.get("state_key") == bot_account.user_id
                    and event["content"].get("membership") == wanted
                )

            return match

        await host.wait(membership(host, "join"), "the bot joining the host's room")
        _, left = await stranger.wait(membership(stranger, "leave"), "the bot declining")
        assert "only joins rooms when invited by" in left["content"]["reason"]
    finally:
        await bot.stop()
