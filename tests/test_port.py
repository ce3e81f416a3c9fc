"""The port's optional abilities are found once, by name and signature.

bootstrap and the executor use only what `abilities_of` finds, so an adapter whose
ability method is renamed would lose it silently; these tests pin which adapter has
which. The signatures themselves are checked by mypy (scripts/test), through the
conformance functions at the end of this file and of tests/fakes.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from adapters.base import (
    Abilities,
    AddsToRooms,
    InvitesToSpeak,
    KeepsState,
    KnowsPrivateReach,
    KnowsWorkshopRooms,
    LinksToMessages,
    MakesStaffRooms,
    MaySendPrivateLater,
    OffersReactions,
    PostsToStaff,
    RemovesFromRooms,
    ReportsCommands,
    ServesSomeRooms,
    abilities_of,
)
from adapters.console.adapter import ConsoleAdapter
from adapters.discord.adapter import DiscordAdapter
from adapters.matrix.adapter import MatrixAdapter
from bot.executor import Executor
from tests.fakes import FakePlatform

ALL = (
    ServesSomeRooms,
    ReportsCommands,
    KeepsState,
    KnowsWorkshopRooms,
    MakesStaffRooms,
    PostsToStaff,
    LinksToMessages,
    KnowsPrivateReach,
    MaySendPrivateLater,
    OffersReactions,
    InvitesToSpeak,
    AddsToRooms,
    RemovesFromRooms,
)


def _has(adapter_class: type) -> set[type]:
    return {ability for ability in ALL if issubclass(adapter_class, ability)}


def test_the_plain_fake_has_no_optional_ability():
    assert abilities_of(FakePlatform()) == Abilities()


def test_an_ability_is_found_by_its_method():
    class Reaching(FakePlatform):
        async def reaches_privately(self, person_id: str) -> bool:
            return False

    platform = Reaching()
    found = abilities_of(platform)
    assert found.knows_private_reach is platform
    assert found == Abilities(knows_private_reach=platform)


@pytest.mark.parametrize(
    ("adapter_class", "abilities"),
    [
        (ConsoleAdapter, {MakesStaffRooms}),
        (
            DiscordAdapter,
            {
                ServesSomeRooms,
                ReportsCommands,
                KeepsState,
                KnowsWorkshopRooms,
                MakesStaffRooms,
                PostsToStaff,
                LinksToMessages,
                KnowsPrivateReach,  # a DM waiting for Discord's pace has not reached
                MaySendPrivateLater,  # ... and may never go: it says so where told
                OffersReactions,
                InvitesToSpeak,
                AddsToRooms,
                RemovesFromRooms,
            },
        ),
        (
            MatrixAdapter,
            {
                ReportsCommands,
                KeepsState,
                MakesStaffRooms,
                PostsToStaff,
                LinksToMessages,
                KnowsPrivateReach,
                OffersReactions,
                AddsToRooms,
                RemovesFromRooms,
            },
        ),
    ],
)
def test_each_adapter_has_the_abilities_the_shell_relies_on(adapter_class, abilities):
    assert _has(adapter_class) == abilities


async def test_the_executor_uses_the_abilities_it_was_given_not_the_port():
    """An ability asked once: what bootstrap found is what the executor uses."""

    class Reaching(FakePlatform):
        async def reaches_privately(self, person_id: str) -> bool:
            return False

    platform = Reaching()
    assert Executor(platform).abilities.knows_private_reach is platform
    assert Executor(platform, abilities=Abilities()).abilities.knows_private_reach is None


if TYPE_CHECKING:
    from adapters.base import Adapter, CommandHandler, RepeatSafeAdapter, TextHandler
    from bot.dispatcher import Dispatcher
    from bot.ownership import Ownership

    # Checked by mypy only: the shell's front doors are the port's handlers, so every
    # adapter reads the same `Outcome` whichever of them bootstrap hands it.
    def _the_front_doors_are_the_ports_handlers(
        dispatcher: Dispatcher, ownership: Ownership
    ) -> tuple[TextHandler, CommandHandler, TextHandler, CommandHandler]:
        return (
            dispatcher.handle_text,
            dispatcher.dispatch,
            ownership.handle_text,
            ownership.dispatch,
        )

    # Checked by mypy only: each real adapter is the whole port (the repeat-safe ones
    # with `key=`), and has its abilities with the signatures the shell calls.
    def _console_is_a_port(adapter: ConsoleAdapter) -> tuple[Adapter, MakesStaffRooms]:
        return adapter, adapter

    def _discord_is_a_port(
        adapter: DiscordAdapter,
    ) -> tuple[
        RepeatSafeAdapter,
        ServesSomeRooms,
        ReportsCommands,
        KeepsState,
        KnowsWorkshopRooms,
        MakesStaffRooms,
        PostsToStaff,
        LinksToMessages,
        MaySendPrivateLater,
        OffersReactions,
        InvitesToSpeak,
        AddsToRooms,
        RemovesFromRooms,
    ]:
        a = adapter
        return a, a, a, a, a, a, a, a, a, a, a, a, a

    def _matrix_is_a_port(
        adapter: MatrixAdapter,
    ) -> tuple[
        RepeatSafeAdapter,
        ReportsCommands,
        KeepsState,
        MakesStaffRooms,
        PostsToStaff,
        LinksToMessages,
        KnowsPrivateReach,
        OffersReactions,
        AddsToRooms,
        RemovesFromRooms,
    ]:
        a = adapter
        return a, a, a, a, a, a, a, a, a, a
