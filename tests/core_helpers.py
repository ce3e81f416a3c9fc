"""A tiny harness for driving the pure facilitation core in tests.

`apply` runs one command through decide -> evolve -> react; `run` does that for
a list of commands with a fake clock; `Workshop` keeps state and clock between
steps so a test reads as a conversation.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, settings

from facilitation import commands as cmd
from facilitation.effects import Effect
from facilitation.engine import Refused, decide, react
from facilitation.events import Event
from facilitation.state import WorkshopState, evolve

WORKSHOP_ID = "w1"
ROOM = "room-1"

FAC = cmd.Actor("fac", "Fran", cmd.PlatformRole.FACILITATOR)
ALICE = cmd.Actor("alice", "Alice")
ALAN = cmd.Actor("alan", "Alan")
BOB = cmd.Actor("bob", "Bob")
SAM = cmd.Actor("sam", "Sam")
CAROL = cmd.Actor("carol", "Carol")
AL = cmd.Actor("al", "Al")

SCOPE = "plan how carers book a short break"
RULES = ("One person speaks at a time", "Be kind")
COMPLAINTS = "email complaints@example.org"

_source_ids = itertools.count(1)


def make(
    command_type: type[cmd.Command], actor: cmd.Actor = FAC, /, **fields: object
) -> cmd.Command:
    """A command of that type in the test room, with a fresh source id."""
    return command_type(actor=actor, room=ROOM, source_id=f"src-{next(_source_ids)}", **fields)


def start_command(actor: cmd.Actor = FAC, **overrides: object) -> cmd.StartWorkshop:
    values: dict[str, object] = {
        "title": "Carers' breaks",
        "scope": SCOPE,
        "agenda": ("Booking", "Costs"),
        "cannot_change": "the council budget",
        "ground_rules": RULES,
        "complaints_route": COMPLAINTS,
    }
    values.update(overrides)
    return make(cmd.StartWorkshop, actor, **values)


def blank(workshop_id: str = WORKSHOP_ID, prefix: str = "!") -> WorkshopState:
    return WorkshopState(workshop_id=workshop_id, prefix=prefix)


def apply(
    state: WorkshopState, command: cmd.Command, now: float
) -> tuple[WorkshopState, list[Event], list[Effect]]:
    """decide, then evolve and react to each event in turn (raises Refused)."""
    events = decide(state, command, now)
    effects: list[Effect] = []
    for event in events:
        state = evolve(state, event)
        effects += react(state, event)
    return state, events, effects


def run(
    commands: list[cmd.Command],
    state: WorkshopState | None = None,
    start: float = 1000.0,
    tick: float = 1.0,
) -> tuple[WorkshopState, list[Event], list[Effect]]:
    """Apply every command, the clock moving `tick` seconds before each one."""
    state = state or blank()
    now = start
    all_events: list[Event] = []
    all_effects: list[Effect] = []
    for command in commands:
        now += tick
        state, events, effects = apply(state, command, now)
        all_events += events
        all_effects += effects
    return state, all_events, all_effects


@dataclass
class Step:
    events: list[Event]
    effects: list[Effect]

    def effects_of(self, kind: type[Effect]) -> list:
        return [e for e in self.effects if isinstance(e, kind)]

    def events_of(self, kind: type[Event]) -> list:
        return [e for e in self.events if isinstance(e, kind)]


@dataclass
class Workshop:
    """State plus a fake clock. `started=True` has FAC start a workshop first."""

    now: float = 1000.0
    started: bool = True
    prefix: str = "!"
    state: WorkshopState = field(init=False)
    log: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.state = blank(prefix=self.prefix)
        if self.started:
            self.send(start_command())

    def tick(self, seconds: float) -> float:
        self.now += seconds
        return self.now

    def send(self, command: cmd.Command, at: float | None = None) -> Step:
        if at is not None:
            self.now = at
        self.state, events, effects = apply(self.state, command, self.now)
        self.log += events
        return Step(events, effects)

    def do(
        self, command_type: type[cmd.Command], actor: cmd.Actor = FAC, /, **fields: object
    ) -> Step:
        return self.send(make(command_type, actor, **fields))

    def refused(
        self, command_type: type[cmd.Command], actor: cmd.Actor = FAC, /, **fields: object
    ) -> Refused:
        """Assert the command is refused and changes nothing; return the refusal."""
        return self.refused_command(make(command_type, actor, **fields))

    def refused_command(self, command: cmd.Command) -> Refused:
        before = copy.deepcopy(self.state)
        with pytest.raises(Refused) as info:
            decide(self.state, command, self.now)
        assert self.state == before
        return info.value

    def join(self, *actors: cmd.Actor) -> None:
        """Each actor says hello, which makes them part of the workshop."""
        for actor in actors:
            self.do(cmd.Say, actor, text=f"hello from {actor.name}")


def hypothesis_settings() -> settings:
    """The loaded profile (tests/conftest.py honours HYPOTHESIS_PROFILE), with no deadline:
    a long random command sequence is slow on a busy machine, not wrong."""
    return settings(
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
