"""Typed tables of handlers, looked up by the type of a command or an event.

The engine finds the handler for a command with `DECIDERS[type(command)]` and for an
event with `REACTORS[type(event)]`. Each handler takes its own kind (`_raise_hand`
takes a `RaiseHand`), which a plain `dict[type, Callable[[..., Command], ...]]`
cannot say. `decider` and `reactor` check, for each entry, that the handler accepts
the kind it is filed under; the table then holds it as a handler of any command (or
event), which is sound because it is only ever looked up by the exact type it takes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from facilitation.commands import Command
from facilitation.effects import Effect
from facilitation.events import Event
from facilitation.state import WorkshopState

Decider = Callable[[WorkshopState, Command, float], list[Event]]
Reactor = Callable[[WorkshopState, Event], list[Effect]]

C = TypeVar("C", bound=Command)
E = TypeVar("E", bound=Event)


def decider(
    kind: type[C], decide: Callable[[WorkshopState, C, float], list[Event]]
) -> tuple[type[Command], Decider]:
    """An entry of a DECIDERS table: `decide` is given only commands of `kind`."""
    return kind, cast(Decider, decide)


def reactor(
    kind: type[E], react: Callable[[WorkshopState, E], list[Effect]]
) -> tuple[type[Event], Reactor]:
    """An entry of a REACTORS table: `react` is given only events of `kind`."""
    return kind, cast(Reactor, react)
