"""Effects carried out through the port's optional abilities (adapters/base.py), asked
once by `abilities_of`: a platform without the ability is not asked; one whose request
fails is logged, as these effects are courtesies (the call is made, the facilitators can
add people by hand), never reported to the staff as a failure."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from adapters.base import Capability
from bot.executor import Executor
from facilitation import commands as cmd
from facilitation.effects import AddToRooms, InviteToSpeak, PostPoll
from facilitation.polls import NUMBER_REACTIONS
from tests.fakes import FakePlatform

ROOM = "room-1"


@dataclass
class Stage(FakePlatform):
    """A platform with a stage to invite to and rooms to add people to."""

    asked: list[tuple[object, ...]] = field(default_factory=list)
    broken: bool = False

    async def invite_to_speak(self, room: str, person_id: str, turn: int) -> bool:
        if self.broken:
            raise ConnectionError("403 Missing Permissions")
        self.asked.append(("invite", room, person_id, turn))
        return True

    async def add_to_rooms(
        self, main_room: str, rooms: tuple[str, ...], person_ids: tuple[str, ...]
    ) -> None:
        if self.broken:
            raise ConnectionError("403 Missing Permissions")
        self.asked.append(("add", main_room, rooms, person_ids))


async def test_the_speaker_is_invited_and_staff_added_where_the_platform_can():
    platform = Stage()
    effects = [
        InviteToSpeak(room=ROOM, person_id="bob", turn=3),
        AddToRooms(main_room=ROOM, rooms=("g1", "staff"), person_ids=("sam",)),
    ]
    assert await Executor(platform).run(effects) == []
    assert platform.asked == [
        ("invite", ROOM, "bob", 3),
        ("add", ROOM, ("g1", "staff"), ("sam",)),
    ]


async def test_a_platform_without_them_is_not_asked():
    platform = FakePlatform()
    effects = [
        InviteToSpeak(room=ROOM, person_id="bob", turn=1),
        AddToRooms(main_room=ROOM, rooms=("g1",), person_ids=("sam",)),
    ]
    assert await Executor(platform).run(effects) == []
    assert platform.sent == []


async def test_a_refused_invitation_is_logged_not_reported_to_the_staff(caplog):
    platform = Stage(broken=True)
    effects = [
        InviteToSpeak(room=ROOM, person_id="bob", turn=1),
        AddToRooms(main_room=ROOM, rooms=("g1",), person_ids=("sam",)),
    ]
    with caplog.at_level(logging.WARNING, logger="bot.executor"):
        follow_ups = await Executor(platform).run(effects)
    assert not any(isinstance(c, cmd.EffectFailed) for c in follow_ups)
    assert "could not invite bob to speak" in caplog.text
    assert "could not add ('sam',)" in caplog.text


@dataclass
class Reacting(FakePlatform):
    offered: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.capabilities = self.capabilities | {Capability.REACTIONS}

    async def offer_reactions(self, room: str, message_ref: str, emojis: Sequence[str]) -> None:
        self.offered.append((room, message_ref, tuple(emojis)))


async def test_a_poll_gets_its_numbers_through_the_offers_reactions_ability():
    platform = Reacting()
    poll = PostPoll(room=ROOM, text="Which day?", poll=1, answers=3)
    [posted] = await Executor(platform).run([poll])
    assert isinstance(posted, cmd.PollMessagePosted) and posted.number == 1
    assert platform.offered == [(ROOM, posted.message_ref, NUMBER_REACTIONS[:3])]
