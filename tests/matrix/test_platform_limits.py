"""The Matrix adapter's own limit against a real Synapse. A homeserver refuses an
event whose canonical JSON passes 65,536 bytes (Synapse synapse/api/constants.py
MAX_PDU_SIZE, checked in event_auth._check_size_limits; the spec's "Size limits":
"The complete event MUST NOT be larger than 65536 bytes, when formatted with the
federation event format, including any signatures, and encoded as Canonical
JSON"), with 413 M_TOO_LARGE. The executor splits texts at the adapter's
`max_message_chars`, so a text of that many characters, of any characters, must go
in one event, and so must an edit of one (an edit carries its text twice: `body`
and `m.new_content`)."""

from __future__ import annotations

from nio import ContentRepositoryConfigResponse

from adapters.matrix.inbound import room_key
from facilitation import words
from tests.matrix.helpers import OK, START, Scene, command, edit_of

# Four bytes each in UTF-8, the most a character takes (canonical JSON is UTF-8, not
# \\u escapes); a newline or quote is escaped to two.
WIDEST = "\U0001f642"


async def test_a_text_of_the_longest_length_goes_in_one_event_and_one_edit(scene: Scene):
    adapter = scene.bot.adapter
    longest = adapter.max_message_chars
    room = room_key(scene.room)

    ref = await adapter.post(room, WIDEST * longest)
    _, event = await scene.alice.wait(
        lambda _r, e: e.get("event_id") == ref.removeprefix("matrix:"), "the long message"
    )
    assert event["content"]["body"] == WIDEST * longest

    await adapter.edit(room, ref, "\n" * longest)  # two bytes each, escaped
    await adapter.edit(room, ref, WIDEST * (longest - 1) + "!")
    await scene.alice.wait(edit_of(scene.bot.user_id, ref.removeprefix("matrix:"), "!"), "edit")


async def test_a_staff_alert_longer_than_one_event_goes_in_parts(scene: Scene):
    # A safety alert quotes the person's words: a Matrix message may hold some 64,000
    # characters, and the alert adds its own. The staff-room post was one event, past
    # the homeserver's 65,536 bytes (M_TOO_LARGE), so the staff room never had it.
    adapter = scene.bot.adapter
    host = f"matrix:{scene.host.user_id}"
    words = WIDEST * (3 * adapter.max_message_chars + 10)  # 84,040 bytes

    await adapter.post_to_staff(room_key(scene.room), words, (host,), key="alert-1")

    def from_bot(_room: str, event: dict) -> bool:
        return event.get("sender") == scene.bot.user_id and WIDEST in str(
            event.get("content", {}).get("body", "")
        )

    await scene.host.wait(
        lambda r, e: from_bot(r, e) and e["content"]["body"].endswith(WIDEST * 10),
        "the alert's last part",
    )
    parts = [e["content"]["body"] for _, e in scene.host.seen if from_bot(_, e)]
    assert "".join(parts) == words


async def test_notes_past_the_homeservers_largest_upload_are_answered_in_words(scene: Scene):
    # Synapse says its largest upload in m.upload.size (GET /_matrix/client/v1/media/
    # config; max_upload_size, 50M by default) and refuses a larger one (413
    # M_TOO_LARGE). Notes that big would take a workshop of many thousand messages,
    # so the bot's notes maker is swapped for one that makes a file 1 byte past it;
    # the check, the answer and the homeserver are as they run.
    config = await scene.host.client.content_repository_config()
    assert isinstance(config, ContentRepositoryConfigResponse) and config.upload_size
    big = b"x" * (config.upload_size + 1)

    async def notes(workshop_id: str, fmt: str, names: bool) -> tuple[str, bytes]:
        return f"notes.{fmt}", big

    assert await command(scene, scene.host, START) == OK
    scene.bot.bot.dispatcher.bus.executor.notes = notes
    assert await command(scene, scene.host, "!export md") == OK
    told = words.notes_too_big("notes.md", len(big), config.upload_size)
    await scene.host.wait(
        lambda _r, e: (
            e.get("sender") == scene.bot.user_id and e.get("content", {}).get("body") == told
        ),
        "the notes too big, in words",
    )
    files = [e for _, e in scene.host.seen if e.get("content", {}).get("msgtype") == "m.file"]
    assert files == []  # nothing uploaded to be refused
