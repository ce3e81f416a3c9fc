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

from adapters.matrix.inbound import room_key
from tests.matrix.helpers import Scene, edit_of

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
