"""The workshop room inside a Space of the organisation's (docs/matrix.md, sections 3
and 5), on a real Synapse: the small groups' rooms go into that Space while the bot may
add rooms to it (its level there at least the one for `m.space.child`), and into a
Space of the bot's own otherwise."""

from __future__ import annotations

import pytest
from nio import RoomCreateResponse, RoomKickResponse, RoomPutStateResponse

from tests.matrix.helpers import (
    OK,
    START,
    Scene,
    command,
    group_room_welcome,
    notice_from,
    wait_until,
)


async def _space_with_the_room(scene: Scene, bot_level: int) -> str:
    """The host makes a Space holding the workshop room, the bot invited at `bot_level`."""
    bot = scene.bot.user_id
    made = await scene.host.client.room_create(
        space=True,
        name="Carers' network",
        invite=[bot],
        power_level_override={"users": {bot: bot_level}},  # the host: its creator
    )
    assert isinstance(made, RoomCreateResponse), made
    space = made.room_id
    via = {"via": ["localhost"]}
    for room, kind, key, content in (
        (space, "m.space.child", scene.room, via),
        (scene.room, "m.space.parent", space, {**via, "canonical": True}),
    ):
        put = await scene.host.client.room_put_state(room, kind, content, state_key=key)
        assert isinstance(put, RoomPutStateResponse), put
    await wait_until(
        lambda: (
            space in scene.bot.adapter.client.rooms
            and scene.bot.adapter.client.rooms[space].users.get(bot) is not None
        ),
        "the bot has joined the Space",
    )
    return space


async def _set_level_in(scene: Scene, room: str, level: int) -> None:
    levels = await scene.host.state(room, "m.room.power_levels")
    users = {**levels.get("users", {}), scene.bot.user_id: level}
    put = await scene.host.client.room_put_state(
        room, "m.room.power_levels", {**levels, "users": users}
    )
    assert isinstance(put, RoomPutStateResponse), put


async def _open_groups(scene: Scene, seen: int = 0) -> tuple[str, str]:
    """!breakout (two groups, at once); alice's and bob's rooms (welcomes after the
    first `seen` of each)."""
    bot, room = scene.bot.user_id, scene.room
    assert await command(scene, scene.host, "!breakout 10m | groups: 2 | seed: 1") == OK
    await scene.bot.timers.advance(1)
    rooms = []
    for person in (scene.alice, scene.bob):
        welcome = group_room_welcome(bot, room)
        for _ in range(200):
            found = [r for r, e in person.seen if welcome(r, e)]
            if len(found) > seen:
                break
            await person.pump()
        assert len(found) > seen, f"{person.user_id} never saw a new room"
        rooms.append(found[seen])
    return rooms[0], rooms[1]


async def _children(scene: Scene, space: str) -> set[str]:
    state = await scene.host.client.room_get_state(space)
    return {
        e["state_key"]
        for e in state.events
        if e.get("type") == "m.space.child" and e.get("content", {}).get("via")
    }


@pytest.mark.parametrize("taken", ["level lowered", "kicked"])
async def test_groups_go_into_the_rooms_space_and_into_the_bots_own_once_it_may_not(
    scene: Scene, taken: str
):
    """The bot is Moderator (50) in the organisation's Space: the first groups' rooms
    are its children. Then an admin lowers the bot to 0 there (or kicks it out: the
    homeserver then answers with the Space's state as it was, the bot's 50 in it;
    only its membership says it may not). The next groups must
    still open, in a Space of the bot's own, as docs/matrix.md says of a Space the bot
    may not add rooms to; they were refused for good (the Space it had used was
    remembered), with rooms made and everyone invited but nobody sent to them, and
    the words' "type !regroup, then start the small groups again" met the same."""
    bot, room = scene.bot.user_id, scene.room
    space = await _space_with_the_room(scene, 50)
    assert await command(scene, scene.host, START) == OK
    await scene.alice.say(room, "hello")
    await scene.bob.say(room, "hello")
    await wait_until(lambda: len(scene.bot.state_in(room).people) >= 3, "alice and bob are known")
    first = await _open_groups(scene)
    assert set(first) <= await _children(scene, space)
    assert await command(scene, scene.host, "!regroup") == OK

    if taken == "kicked":  # as an admin would, in Element
        kicked = await scene.host.client.room_kick(space, bot, "no longer needed here")
        assert isinstance(kicked, RoomKickResponse), kicked
    else:
        await _set_level_in(scene, space, 0)
    second = await _open_groups(scene, seen=1)
    opened = notice_from(bot, "The rooms are open.", room)
    assert sum(opened(r, e) for r, e in scene.alice.seen) == 2  # once per breakout
    assert not set(second) & await _children(scene, space)
    own = scene.bot.adapter.state.data.spaces[room]
    assert own != space
    assert set(second) <= await _children(scene, own)
    parent = await scene.alice.state(second[0], "m.space.parent", own)
    assert parent["canonical"]
