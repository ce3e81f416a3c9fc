"""Matrix events to the core's terms, without a server."""

from __future__ import annotations

import json

import pytest

from adapters.matrix.adapter import MatrixAdapter, level_in, may_invite
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
from adapters.matrix.outbound import (
    MatrixRequestFailed,
    floor_content,
    privileged_creators,
    read_only_content,
    speaking_level,
)
from adapters.matrix.state import JsonFileBackend, SavedState, state_path_for
from facilitation.commands import (
    Actor,
    DeleteMessage,
    LowerHand,
    PlatformRole,
    RaiseHand,
    Refusal,
)

BOT = "@bot:example.org"
ROOM = "!room:example.org"
LEVELS = {"@host:example.org": 50, "@alice:example.org": 0}
ALICE = Actor(id="matrix:@alice:example.org", name="Alice", platform_role=PlatformRole.PARTICIPANT)


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


def test_notices_and_own_events_are_ignored():
    assert read(message("@alice:example.org", "hi", "m.notice")) is None
    assert read(message(BOT, "!hand")) is None


def edit(body: str, new: dict | None = None, target: str = "$x") -> dict:
    extra = {"m.relates_to": {"rel_type": "m.replace", "event_id": target}}
    if new is not None:
        extra["m.new_content"] = new
    return message("@alice:example.org", f"* {body}", **extra)


def test_an_edit_carries_its_new_text_and_the_original_event_id():
    edited = read(edit("hi there", {"msgtype": "m.text", "body": "hi there  "}))
    assert (edited.kind, edited.text, edited.source_id, edited.message_id) == (
        Kind.EDIT,
        "hi there",
        "$e1",
        "$x",
    )
    assert edited.actor.id == "matrix:@alice:example.org"


def test_edits_that_are_commands_or_not_text_are_ignored():
    assert read(edit("!hand", {"msgtype": "m.text", "body": "!hand"})) is None
    assert read(edit("hi")) is None  # no m.new_content
    assert read(edit("hi", {"msgtype": "m.notice", "body": "hi"})) is None
    assert read(edit("hi", {"msgtype": "m.text", "body": "  "})) is None
    assert read(edit("hi", {"msgtype": "m.text", "body": "hi"}, target="")) is None


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
    assert (hand.kind, hand.text, hand.reacts_to) == (Kind.HAND, "", "$queue")
    # A typed command for the core, never text for the parser.
    assert hand.command() == RaiseHand(actor=ALICE, room=f"matrix:{ROOM}", source_id="$e1")
    assert read(reaction("\u270b", target="$other")) is None
    assert read(reaction("\U0001f44d")) is None
    assert all(is_raised_hand("\u270b" + tone) for tone in ("\U0001f3fb", "\U0001f3ff", ""))


def test_redacting_your_own_hand_lowers_it():
    redaction = {"type": "m.room.redaction", "sender": "@alice:example.org", "redacts": "$r"}
    hands = {"$r": (ROOM, "@alice:example.org")}
    lowered = read(redaction, hands=hands)
    assert (lowered.kind, lowered.text) == (Kind.LOWER, "")
    assert lowered.command() == LowerHand(actor=ALICE, room=f"matrix:{ROOM}", source_id="$e1")
    someone_else = {**redaction, "sender": "@host:example.org"}
    assert read(someone_else, hands=hands) is None  # a moderator's redaction is not hers


def test_any_other_redaction_is_a_deletion_for_the_adapter_to_check():
    redaction = {"type": "m.room.redaction", "sender": "@host:example.org", "redacts": "$m"}
    deleted = read(redaction)
    assert (deleted.kind, deleted.source_id, deleted.message_id) == (Kind.DELETE, "$e1", "$m")
    assert deleted.command() == DeleteMessage(
        actor=deleted.actor, room=f"matrix:{ROOM}", source_id="$e1", message_id="$m"
    )
    v11 = {"type": "m.room.redaction", "sender": "@host:example.org", "content": {"redacts": "$m"}}
    assert read(v11).message_id == "$m"
    assert read({"type": "m.room.redaction", "sender": "@host:example.org"}) is None


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
    speaking = speaking_level(saved, 50)
    content = floor_content(saved, ["@alice:x"], speaking, ["@bot:x"])
    # The speaker may post, but stays far below the facilitators (50).
    assert speaking == 1
    assert content["events_default"] == 1
    assert content["events"]["m.room.message"] == 1
    assert content["events"]["m.reaction"] == 0
    assert content["users"] == {"@bot:x": 100, "@host:x": 50, "@alice:x": 1}
    assert content["ban"] == 50 and content["events"]["m.room.name"] == 50
    assert saved["events"]["m.room.message"] == 0  # the saved content is untouched
    closed = read_only_content(saved)
    assert closed["events_default"] == 100 and closed["events"]["m.room.name"] == 100


def test_no_speaking_level_when_the_default_leaves_none_below_facilitators():
    with pytest.raises(MatrixRequestFailed, match="no level in between to give the speaker") as e:
        speaking_level({"users_default": 49}, 50)
    # The room's settings, not a refusal of the homeserver's: words of their own.
    assert e.value.refusal is Refusal.ROOM_SETTINGS


def test_a_level_comes_from_the_whole_content_never_a_merge():
    before = {"users": {"@alice:x": 50, "@host:x": 100}, "users_default": 0}
    after = {"users": {"@host:x": 100}, "users_default": 0}
    assert level_in(before, "@alice:x") == 50
    assert level_in(after, "@alice:x") == 0  # gone from `users`: back to the default
    assert level_in({"users_default": 10}, "@bob:x") == 10
    assert level_in({"users": {"@bob:x": "lots"}}, "@bob:x") == 0


def test_creators_outrank_levels_only_from_room_version_12():
    old = {"sender": "@a:x", "content": {"room_version": "10"}}
    new = {"sender": "@a:x", "content": {"room_version": "12", "additional_creators": ["@b:x"]}}
    assert privileged_creators(old) == set()
    assert privileged_creators(new) == {"@a:x", "@b:x"}


def test_the_state_file_sits_next_to_the_database():
    assert state_path_for("/srv/workshop.db").as_posix() == "/srv/workshop.db.matrix.json"
    assert state_path_for("sqlite+aiosqlite:////srv/w.db").as_posix() == "/srv/w.db.matrix.json"


class DictBackend:
    """A stand-in for the app database's adapter_state table."""

    def __init__(self) -> None:
        self.values: dict[str, dict] = {}
        self.writes: list[str] = []

    async def get_adapter_state(self, key: str) -> dict | None:
        return self.values.get(key)

    async def set_adapter_state(self, key: str, value: dict) -> None:
        self.values[key] = json.loads(json.dumps(value))
        self.writes.append(key)


async def test_the_side_file_is_carried_over_once_and_only_changes_are_written(tmp_path):
    side_file = tmp_path / "workshop.db.matrix.json"
    side_file.write_text(json.dumps({"device_id": "DEV", "next_batch": "s7", "unknown": 1}))
    backend = DictBackend()
    state = SavedState(backend, legacy_file=side_file)
    await state.load()
    assert (state.data.device_id, state.data.next_batch) == ("DEV", "s7")
    assert backend.values["matrix.next_batch"] == {"next_batch": "s7"}
    backend.writes.clear()
    state.data.next_batch = "s8"
    await state.save()
    await state.save()
    assert backend.writes == ["matrix.next_batch"]
    # From now on the backend is what counts: a changed file is not read again.
    side_file.write_text(json.dumps({"next_batch": "old"}))
    again = SavedState(backend, legacy_file=side_file)
    await again.load()
    assert (again.data.device_id, again.data.next_batch) == ("DEV", "s8")


async def test_without_a_backend_the_side_file_keeps_its_format(tmp_path):
    side_file = tmp_path / "workshop.db.matrix.json"
    state = SavedState(JsonFileBackend(side_file))
    await state.load()
    state.data.next_batch = "s1"
    state.data.spaces["!main:x"] = "!space:x"
    await state.save()
    saved = json.loads(side_file.read_text())
    assert saved["next_batch"] == "s1" and saved["spaces"] == {"!main:x": "!space:x"}
    reloaded = SavedState(JsonFileBackend(side_file))
    await reloaded.load()
    assert reloaded.data == state.data


def test_invitations_are_allowed_by_user_or_by_whole_server():
    allowed = ["@sam:example.org", "@*:council.example", ":charity.example"]
    assert may_invite("@sam:example.org", allowed)
    assert not may_invite("@kim:example.org", allowed)  # sam, not all of example.org
    assert may_invite("@kim:council.example", allowed)
    assert may_invite("@kim:charity.example", allowed)
    assert not may_invite("@kim:evil.council.example", allowed)
    assert not may_invite("@kim:example.org", ["@*:org", ":org"])
    assert not may_invite("", allowed)


def file_event(body: str, filename: str | None) -> dict:
    content = {"msgtype": "m.file", "body": body, "url": "mxc://example.org/abc"}
    if filename is not None:
        content["filename"] = filename
    return {
        "type": "m.room.message",
        "sender": "@host:example.org",
        "event_id": "$file",
        "content": content,
    }


def test_a_file_captioned_with_a_command_carries_a_link_to_its_event():
    incoming = read(file_event("!share Leaflet", "leaflet.pdf"))
    assert incoming.kind is Kind.TEXT and incoming.text == "!share Leaflet"
    assert incoming.attachment == "https://matrix.to/#/%21room%3Aexample.org/%24file"


def test_a_file_without_a_caption_or_with_chat_is_not_read():
    assert read(file_event("leaflet.pdf", None)) is None  # body is the file's name
    assert read(file_event("leaflet.pdf", "leaflet.pdf")) is None
    assert read(file_event("here is the leaflet", "leaflet.pdf")) is None


class _Settings:
    """The adapter's settings (MatrixSettings), for an adapter that never connects."""

    homeserver = "http://127.0.0.1:9"  # never contacted: no request is made here
    user_id = BOT
    password = "unused"
    access_token = ""
    device_name = "test"
    facilitator_power_level = 50
    facilitator_user_ids: tuple[str, ...] = ()
    allowed_inviters: tuple[str, ...] = ()
    staff_room = ""


async def test_a_raised_hand_reaches_the_bus_as_a_typed_command_never_as_text(tmp_path):
    """The adapter end of the walk of a ✋: the reaction on the queue message becomes
    `RaiseHand`, its redaction `LowerHand`, both handed to `deliver_commands_to`'s
    callable (the bus); the text handler (the parser's way in) is never called."""
    adapter = MatrixAdapter(_Settings(), tmp_path / "state.json", pace_seconds=0)
    adapter.state.data.queue_messages["$queue"] = ROOM
    adapter.power_levels[ROOM] = {"users": LEVELS}  # known, so no request for them
    heard: list[object] = []

    async def on_command(command) -> bool:
        heard.append(command)
        return True

    async def on_text(text, **_):
        raise AssertionError(f"a ✋ must not become text: {text!r}")

    adapter.deliver_commands_to(on_command)
    relates = {"rel_type": "m.annotation", "event_id": "$queue", "key": "\u270b"}
    hand = {"type": "m.reaction", "sender": "@alice:example.org", "event_id": "$r"}
    try:
        await adapter._handle_event(ROOM, {**hand, "content": {"m.relates_to": relates}}, on_text)
        redaction = {"type": "m.room.redaction", "sender": "@alice:example.org", "redacts": "$r"}
        await adapter._handle_event(ROOM, {**redaction, "event_id": "$x"}, on_text)
    finally:
        await adapter.close()
    alice = Actor(id="matrix:@alice:example.org", name="alice")
    assert heard == [
        RaiseHand(actor=alice, room=f"matrix:{ROOM}", source_id="$r"),
        LowerHand(actor=alice, room=f"matrix:{ROOM}", source_id="$x"),
    ]
    assert adapter.state.data.hand_reactions == {}  # taken back: forgotten
