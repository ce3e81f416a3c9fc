"""Against a real Synapse: a send redone after a restart is seen once; what was said
while the bot was down is caught up even past a sync's 100 events; a 429 is waited
out, and one that lasts is reported in words instead of hanging."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.request
import uuid

import pytest
from nio import AsyncClientConfig, RoomCreateResponse

from adapters.matrix.adapter import MatrixAdapter
from adapters.matrix.inbound import room_key
from adapters.matrix.outbound import MatrixRequestFailed
from facilitation.events import MessagePosted
from tests.matrix.conftest import Account
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


def _notices(person: Person, room: str, body: str) -> list[dict]:
    return [
        e
        for r, e in person.seen
        if r == room and e.get("type") == "m.room.message" and e["content"].get("body") == body
    ]


async def test_a_keyed_send_redone_after_a_restart_is_seen_once(scene: Scene, tmp_path):
    """The bot keeps its device across restarts, so the homeserver recognises the
    transaction id of a send it already did and answers with the first event."""
    room = scene.room
    assert await command(scene, scene.host, START) == OK
    key = f"{uuid.uuid4().hex}/0"
    first = await scene.bot.adapter.post(room_key(room), "Said once, whatever happens.", key)
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    await scene.bot.stop()

    scene.bot = await start_bot(settings, tmp_path / "workshop.db", clock)
    again = await scene.bot.adapter.post(room_key(room), "Said once, whatever happens.", key)
    assert again == first
    other = await scene.bot.adapter.post(room_key(room), "Said once, whatever happens.")
    assert other != first  # without a key it is a new message, as before
    await scene.host.wait(lambda r, e: e.get("event_id") == other, "the unkeyed message")
    assert len(_notices(scene.host, room, "Said once, whatever happens.")) == 2


async def test_more_than_a_sync_holds_said_while_down_is_all_in_the_transcript(
    scene: Scene, tmp_path
):
    room = scene.room
    assert await command(scene, scene.host, START) == OK
    settings, clock = scene.bot.bot.settings, scene.bot.clock
    await scene.bot.stop()

    said = [f"point {n} from alice while the bot was away" for n in range(130)]
    for text in said:
        await scene.alice.say(room, text)
    hand = await scene.bob.say(room, "!hand")  # a command among them is answered too

    scene.bot = await start_bot(settings, tmp_path / "workshop.db", clock)
    state = scene.bot.state_in(room)
    stored = [
        e.text
        for e in await scene.bot.bot.store.load_events(state.workshop_id)
        if isinstance(e, MessagePosted)
    ]
    # Every one, once, in order; a newcomer's first message is kept without its words
    # (they have not seen the consent notice yet).
    assert stored == [None, *said[1:]]
    await wait_until(lambda: len(scene.bot.state_in(room).ordered_hands()) == 1, "bob's hand")
    await scene.bob.wait(
        lambda r, e: (
            e.get("type") == "m.reaction" and e["content"]["m.relates_to"]["event_id"] == hand
        ),
        "the answer to the hand raised while the bot was away",
    )


def _limit_bot(url: str, admin_token: str, user_id: str, per_second: int, burst: int) -> None:
    """Synapse's admin API: a per-user message rate limit (what a strict server has)."""
    request = urllib.request.Request(
        f"{url}/_synapse/admin/v1/users/{user_id}/override_ratelimit",
        data=json.dumps({"messages_per_second": per_second, "burst_count": burst}).encode(),
        headers={"Authorization": f"Bearer {admin_token}", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


async def _adapter(settings, path, waits: int) -> MatrixAdapter:
    config = AsyncClientConfig(
        max_limit_exceeded=waits,
        max_timeouts=0,
        request_timeout=30,
        encryption_enabled=False,
        store_sync_tokens=False,
    )
    adapter = MatrixAdapter(settings.matrix, path, pace_seconds=0, client_config=config)
    await adapter.connect()
    return adapter


async def test_a_429_is_waited_out_and_a_lasting_one_is_reported_in_words(
    synapse, accounts, login, tmp_path, caplog
):
    bot_account = accounts("bot")
    host = Person(await login(accounts("host")))
    password = uuid.uuid4().hex
    admin_id = synapse.register(f"admin-{uuid.uuid4().hex[:8]}", password, admin=True)
    admin = await login(Account(admin_id, password))
    created = await host.client.room_create(invite=[bot_account.user_id])
    assert isinstance(created, RoomCreateResponse), created
    room = created.room_id
    settings = bot_settings(synapse.url, bot_account, tmp_path / "workshop.db")

    patient = await _adapter(settings, tmp_path / "a.json", waits=5)
    try:
        await patient.client.join(room)
        await asyncio.to_thread(
            _limit_bot, synapse.url, admin.access_token, bot_account.user_id, 2, 1
        )
        with caplog.at_level(logging.WARNING, logger="nio"):
            refs = [await patient.post(room_key(room), f"line {n} of 3") for n in range(3)]
        assert len(set(refs)) == 3
        assert any("429" in r.getMessage() for r in caplog.records), "the wait was not logged"
        await host.wait(lambda r, e: e.get("event_id") == refs[-1], "the last line")
        bodies = [
            e["content"]["body"]
            for r, e in host.seen
            if r == room and e.get("sender") == bot_account.user_id and "of 3" in str(e)
        ]
        assert bodies == [f"line {n} of 3" for n in range(3)]  # all, in order
    finally:
        await patient.close()

    # A limit that outlasts the bot's patience (here: it waits out none): a failure in
    # words, at once, never a silent hang.
    hasty = await _adapter(settings, tmp_path / "b.json", waits=0)
    try:
        with pytest.raises(MatrixRequestFailed, match="sending too fast") as failure:
            for n in range(3):
                await hasty.post(room_key(room), f"hasty {n}")
        assert "docs/matrix.md" in str(failure.value)
    finally:
        await hasty.close()


async def test_breakout_rooms_made_before_a_crash_are_not_made_again(scene: Scene):
    """create_rooms with a key remembers each room as it is made; a repeat (the
    restart's redelivery) makes only the rooms still missing, in the same Space."""
    assert await command(scene, scene.host, START) == OK
    out = scene.bot.adapter.out
    main = room_key(scene.room)
    people = ((f"matrix:{scene.alice.user_id}",), (f"matrix:{scene.bob.user_id}",))
    key = f"{uuid.uuid4().hex}/1"
    first = await out.create_rooms(main, 1, ("Kitchen", "Garden"), people, key)
    assert await out.create_rooms(main, 1, ("Kitchen", "Garden"), people, key) == first
    # As if the bot had been killed after making Kitchen and before making Garden.
    del out.state.data.breakout_rooms[key]["1"]
    again = await out.create_rooms(main, 1, ("Kitchen", "Garden"), people, key)
    assert again[0] == first[0] and again[1] not in first
    space = out.state.data.spaces[scene.room]
    children = await out.client.room_get_state(space)  # the bot made the Space
    child_ids = {e["state_key"] for e in children.events if e.get("type") == "m.space.child"}
    assert {k.split(":", 1)[1] for k in again} <= child_ids


async def test_breakout_rooms_made_under_an_earlier_versions_key_are_not_made_again(
    scene: Scene,
):
    """Upgraded between a kill and the restart: the rooms are remembered under the key
    the earlier version gave ("<source>/1"); this version asks with "<source>/0",
    naming the old one as earlier (bot/executor.py `earlier_room_keys`), and makes only
    the room still missing."""
    assert await command(scene, scene.host, START) == OK
    adapter = scene.bot.adapter
    main = room_key(scene.room)
    people = ((f"matrix:{scene.alice.user_id}",), (f"matrix:{scene.bob.user_id}",))
    source = uuid.uuid4().hex
    old, new = f"{source}/1", f"{source}/0"
    first = await adapter.out.create_rooms(main, 1, ("Kitchen", "Garden"), people, old)
    # As if the earlier version had been killed after making Kitchen.
    del adapter.out.state.data.breakout_rooms[old]["1"]
    again = await adapter.create_rooms(
        main, 1, ("Kitchen", "Garden"), people, new, earlier_keys=(old,)
    )
    assert again[0] == first[0] and again[1] not in first
    made = adapter.out.state.data.breakout_rooms
    assert old not in made and set(made[new]) == {"0", "1"}  # kept under this key now
