"""An encrypted workshop room, against a real Synapse: the bot says once, in
plain words, that it cannot read it."""

from __future__ import annotations

from nio import RoomCreateResponse, RoomSendResponse

from facilitation import words
from tests.matrix.helpers import OK, Person, bot_settings, command_in, start_bot

MEGOLM = {"algorithm": "m.megolm.v1.aes-sha2"}


async def test_an_encrypted_room_is_told_once_even_across_a_restart(
    synapse, accounts, login, tmp_path
):
    bot_account = accounts("bot")
    host = Person(await login(accounts("host")))
    database = tmp_path / "workshop.db"
    settings = bot_settings(synapse.url, bot_account, database, allowed_inviters=[host.user_id])
    bot = await start_bot(settings, database)
    try:
        created = await host.client.room_create(
            name="Secret",
            invite=[bot_account.user_id],
            initial_state=[{"type": "m.room.encryption", "state_key": "", "content": MEGOLM}],
        )
        assert isinstance(created, RoomCreateResponse), created
        room = created.room_id

        def told(r: str, e: dict) -> bool:
            return (
                r == room
                and e.get("sender") == bot_account.user_id
                and e.get("content", {}).get("msgtype") == "m.notice"
                and e["content"].get("body") == words.encrypted_room()
            )

        # Told when it joins (it sees m.room.encryption in the room's state).
        await host.wait(told, "the bot saying the room is encrypted")

        async def encrypted_message() -> None:
            # What an encrypting client sends; the bot cannot read it.
            content = {**MEGOLM, "ciphertext": "AwgAEn...", "sender_key": "k", "session_id": "s"}
            sent = await host.client.room_send(room, "m.room.encrypted", content)
            assert isinstance(sent, RoomSendResponse), sent

        await encrypted_message()
        # A plain command after it: once it is answered, the message before was handled.
        assert await command_in(bot, host, room, "!help") == OK
        await bot.stop()

        bot = await start_bot(settings, database, bot.clock)
        await encrypted_message()
        assert await command_in(bot, host, room, "!help") == OK
        for _ in range(3):
            await host.pump()
        assert sum(told(r, e) for r, e in host.seen) == 1
    finally:
        await bot.stop()
