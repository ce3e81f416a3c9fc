"""Restarts and invitations against a real Synapse."""

from __future__ import annotations

import pytest
from nio import RoomCreateResponse

from adapters.matrix.adapter import LoginFailed, MatrixAdapter
from bot.bootstrap import open_store
from facilitation import words
from facilitation.events import MessagePosted
from tests.matrix.helpers import (
    OK,
    START,
    Person,
    Scene,
    bot_settings,
    client_config,
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
    store = scene.bot.bot.store
    # The sync loop keeps running, so the token in memory may already be a newer one;
    # what matters is that one is kept in the database (and the catch-up below).
    token_before_downtime = (await store.get_adapter_state("matrix.next_batch"))["next_batch"]
    assert token_before_downtime.startswith("s")
    assert not scene.bot.adapter.state_path.exists()  # kept in the database, not a file
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    device = scene.bot.adapter.client.device_id
    token = scene.bot.adapter.client.access_token
    assert (await store.get_adapter_state("matrix.device_id")) == {"device_id": device}
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
    assert scene.bot.adapter.client.device_id == device  # the same device, not a new one
    assert scene.bot.adapter.client.access_token == token  # resumed, no new login
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
    store = await open_store(settings)
    assert (await store.get_adapter_state("matrix.next_batch"))["next_batch"] != (
        token_before_downtime
    )
    await store.set_adapter_state("matrix.next_batch", {"next_batch": token_before_downtime})
    await store.close()
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
        assert left["content"]["reason"] == words.invitation_declined()
    finally:
        await bot.stop()


async def test_an_access_token_alone_logs_in_and_a_whole_server_may_invite(
    synapse, accounts, login, tmp_path
):
    bot_account = accounts("bot")
    host = Person(await login(accounts("host")))
    # The operator makes a token once (here: a password login from another client).
    token_client = await login(bot_account)
    token, device = token_client.access_token, token_client.device_id
    database = tmp_path / "workshop.db"
    settings = bot_settings(synapse.url, bot_account, database)
    matrix = settings.matrix.model_copy(
        update={"password": "", "access_token": token, "allowed_inviters": ["@*:localhost"]}
    )
    settings = settings.model_copy(update={"matrix": matrix})
    bot = await start_bot(settings, database)
    try:
        assert bot.adapter.client.device_id == device  # the token's own device
        store = bot.bot.store
        assert await store.get_adapter_state("matrix.device_id") == {"device_id": device}
        # Anyone on localhost may invite the bot ("@*:localhost").
        created = await host.client.room_create(invite=[bot_account.user_id])
        assert isinstance(created, RoomCreateResponse), created
        await host.wait(
            lambda r, e: (
                r == created.room_id
                and e.get("type") == "m.room.member"
                and e.get("state_key") == bot_account.user_id
                and e["content"].get("membership") == "join"
            ),
            "the bot joining on an invitation from its server",
        )
    finally:
        await bot.stop()


async def test_an_access_token_of_someone_else_is_refused(synapse, accounts, login, tmp_path):
    bot_account = accounts("bot")
    other = await login(accounts("other"))
    settings = bot_settings(synapse.url, bot_account, tmp_path / "workshop.db")
    matrix = settings.matrix.model_copy(update={"password": "", "access_token": other.access_token})
    adapter = MatrixAdapter(matrix, tmp_path / "state.json", client_config=client_config())
    try:
        with pytest.raises(LoginFailed, match="belongs to"):
            await adapter.connect()
    finally:
        await adapter.close()


async def test_a_saved_login_the_server_no_longer_accepts_falls_back_to_the_password(
    scene: Scene, tmp_path
):
    assert await command(scene, scene.host, START) == OK
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    device = scene.bot.adapter.client.device_id
    await scene.bot.stop()
    store = await open_store(settings)
    await store.set_adapter_state("matrix.access_token", {"access_token": "revoked-token"})
    await store.close()

    scene.bot = await start_bot(settings, tmp_path / "workshop.db", clock)
    client = scene.bot.adapter.client
    assert client.access_token not in ("", "revoked-token")
    assert client.device_id == device  # the password login kept the device
    saved = await scene.bot.bot.store.get_adapter_state("matrix.access_token")
    assert saved == {"access_token": client.access_token}
    assert await command(scene, scene.alice, "!hand") == OK
