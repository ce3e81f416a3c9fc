"""The test homeserver itself: up, accounts made, rate limits relaxed."""

from __future__ import annotations

from nio import RoomCreateResponse, RoomSendResponse


async def test_synapse_answers_and_accepts_many_messages(accounts, login):
    alice = await login(accounts("alice"))
    created = await alice.room_create(name="smoke")
    assert isinstance(created, RoomCreateResponse), created
    for n in range(30):  # well past Synapse's default burst of 10
        sent = await alice.room_send(
            created.room_id, "m.room.message", {"msgtype": "m.text", "body": f"hello {n}"}
        )
        assert isinstance(sent, RoomSendResponse), sent
