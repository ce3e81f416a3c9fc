"""Matrix events to the core's terms, without a server."""

from __future__ import annotations

from adapters.matrix.inbound import (
    Kind,
    Reader,
    RoomView,
    is_raised_hand,
    person_id,
    room_id_of,
    room_key,
    strip_reply_fallback,
    user_id_of,
)
from adapters.matrix.outbound import floor_content, privileged_creators, read_only_content
from adapters.matrix.state import state_path_for
from facilitation.commands import PlatformRole

BOT = "@bot:example.org"
ROOM = "!room:example.org"
LEVELS = {"@host:example.org": 50, "@alice:example.org": 0}


def view(is_direct: bool = False) -> RoomView:
    return RoomView(
        level_of=lambda user: LEVELS.get(user, 0),
        name_of=lambda user: user[1:].split(":")[0].title(),
        is_direct=is_direct,
    )


def read(event: dict, room: RoomView | None = None, *, queue=("$queue",), hands=None):
    reader = Reader(BOT, facilitator_power_level=50, facilitator_user_ids=("@lead:example.org",))
    return reader.read(
        ROOM,
        {"event_id": "$e1", **event},
        room or view(),
        queue_messages=lambda ref: ref in queue,
        hand_reaction=lambda ref: (hands or {}).get(ref),
    )


def message(sender: str, body: str, msgtype: str = "m.text", **extra) -> dict:
    return {
        "type": "m.room.message",
        "sender": sender,
        "content": {"msgtype": msgtype, "body": body, **extra},
    }


def test_keys_are_prefixed_and_reversible():
    assert room_key(ROOM) == "matrix:!room:example.org"
    assert room_id_of(room_key(ROOM)) == ROOM
    assert user_id_of(person_id("@a:b")) == "@a:b"


def test_text_carries_the_event_id_and_role_by_power_level():
    host = read(message("@host:example.org", "!next"))
    assert (host.kind, host.text, host.room, host.source_id) == (
        Kind.TEXT,
        "!next",
        "matrix:!room:example.org",
        "$e1",
    )
    assert host.actor.platform_role is PlatformRole.FACILITATOR
    assert host.actor.id == "matrix:@host:example.org"
    alice = read(message("@alice:example.org", "!next"))
    assert alice.actor.platform_role is PlatformRole.PARTICIPANT
    listed = read(message("@lead:example.org", "!next"))
    assert listed.actor.platform_role is PlatformRole.FACILITATOR


def test_a_private_room_never_gives_facilitator_rights_by_level():
    assert read(
        message("@host:example.org", "!next"), view(is_direct=True)
    ).actor.platform_role is (PlatformRole.PARTICIPANT)


def test_notices_own_events_and_edits_are_ignored():
    assert read(message("@alice:example.org", "hi", "m.notice")) is None
    assert read(message(BOT, "!hand")) is None
    edit = message(
        "@alice:example.org",
        "* hi",
        **{"m.relates_to": {"rel_type": "m.replace", "event_id": "$x"}},
    )
    assert read(edit) is None


def test_a_reply_is_read_without_the_quoted_message():
    reply = message(
        "@alice:example.org",
        "> <@bob:example.org> earlier words\n\n!hand",
        **{"m.relates_to": {"m.in_reply_to": {"event_id": "$x"}}},
    )
    assert read(reply).text == "!hand"
    assert strip_reply_fallback("no quote") == "no quote"


def test_a_raised_hand_on_the_queue_message_only():
    def reaction(key: str, target: str = "$queue") -> dict:
        relates = {"rel_type": "m.annotation", "event_id": target, "key": key}
        return {
            "type": "m.reaction",
            "sender": "@alice:example.org",
            "content": {"m.relates_to": relates},
        }

    hand = read(reaction("\u270b\ufe0f"))
    assert (hand.kind, hand.text, hand.reacts_to) == (Kind.HAND, "!hand", "$queue")
    assert read(reaction("\u270b", target="$other")) is None
    assert read(reaction("\U0001f44d")) is None
    assert all(is_raised_hand("\u270b" + tone) for tone in ("\U0001f3fb", "\U0001f3ff", ""))


def test_redacting_your_own_hand_lowers_it():
    redaction = {"type": "m.room.redaction", "sender": "@alice:example.org", "redacts": "$r"}
    hands = {"$r": (ROOM, "@alice:example.org")}
    lowered = read(redaction, hands=hands)
    assert (lowered.kind, lowered.text) == (Kind.LOWER, "!lower")
    someone_else = {**redaction, "sender": "@host:example.org"}
    assert read(someone_else, hands=hands) is None  # a moderator's redaction is not hers


def test_encrypted_events_are_reported_not_read():
    encrypted = {"type": "m.room.encrypted", "sender": "@alice:example.org", "content": {}}
    assert read(encrypted).kind is Kind.ENCRYPTED


def test_floor_content_keeps_everything_else_and_leaves_reactions_open():
    saved = {
        "users": {"@bot:x": 100, "@host:x": 50},
        "users_default": 0,
        "events": {"m.room.name": 50, "m.room.message": 0},
        "state_default": 50,
        "ban": 50,
    }
    content = floor_content(saved, ["@alice:x"], 50, ["@bot:x"])
    assert content["events_default"] == 50
    assert content["events"]["m.room.message"] == 50
    assert content["events"]["m.reaction"] == 0
    assert content["users"] == {"@bot:x": 100, "@host:x": 50, "@alice:x": 50}
    assert content["ban"] == 50 and content["events"]["m.room.name"] == 50
    assert saved["events"]["m.room.message"] == 0  # the saved content is untouched
    closed = read_only_content(saved)
    assert closed["events_default"] == 100 and closed["events"]["m.room.name"] == 100


def test_creators_outrank_levels_only_from_room_version_12():
    old = {"sender": "@a:x", "content": {"room_version": "10"}}
    new = {"sender": "@a:x", "content": {"room_version": "12", "additional_creators": ["@b:x"]}}
    assert privileged_creators(old) == set()
    assert privileged_creators(new) == {"@a:x", "@b:x"}


def test_the_state_file_sits_next_to_the_database():
    assert state_path_for("/srv/workshop.db").as_posix() == "/srv/workshop.db.matrix.json"
    assert state_path_for("sqlite+aiosqlite:////srv/w.db").as_posix() == "/srv/w.db.matrix.json"
