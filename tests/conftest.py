from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from bot.bootstrap import bootstrap
from bot.config import BotSettings, Settings, WorkshopSettings
from bot.drift_data import load_lexicon, load_word_model
from bot.simulation import ManualClock, ManualTimers
from facilitation import drift
from facilitation.commands import Actor, PlatformRole
from tests.fakes import FakePlatform

# Hypothesis: "default" for everyday runs, "ci" a little lighter, "thorough" for a
# dedicated fuzzing run (HYPOTHESIS_PROFILE=thorough ./scripts/test tests/test_parser.py).
settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True)
settings.register_profile(
    "thorough", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The word model and the lexicon from their data files, as bot/bootstrap.py loads them
# at start-up, for the tests that use the classifier without a bot. At import, before
# any test module builds a classifier or reads a cue list.
drift.use_word_model(load_word_model())
drift.use_lexicon(load_lexicon())

ROOM = "test:main"
HOST = Actor("test:host", "Host", PlatformRole.FACILITATOR)
ALICE = Actor("test:alice", "Alice")
BOB = Actor("test:bob", "Bob")
START = "!start Carers' breaks | scope: booking a short break | complaints: call 0123"


def settings_for(database: Path, **workshop) -> Settings:
    return Settings(
        bot=BotSettings(database=str(database)),
        workshop=WorkshopSettings(**workshop),
    )


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "workshop.db"


class Harness:
    """The real bot (core, dispatcher, store on a real SQLite file) over a fake platform."""

    def __init__(self, bot, platform: FakePlatform, clock: ManualClock, timers: ManualTimers):
        self.bot = bot
        self.platform = platform
        self.clock = clock
        self.timers = timers
        self._n = 0

    async def say(
        self, actor: Actor, text: str, source_id: str | None = None, room: str = ROOM
    ) -> None:
        self._n += 1
        await self.bot.dispatcher.handle_text(
            text, actor=actor, room=room, source_id=source_id or f"src-{self._n}-{text}"
        )

    @property
    def state(self):
        return self.bot.dispatcher.state_in(ROOM)


async def started(database: Path, platform: FakePlatform) -> Harness:
    """The real bot on `database` and `platform`, with a manual clock and timers."""
    clock = ManualClock()
    timers = ManualTimers(clock)
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=timers)
    return Harness(bot, platform, clock, timers)


@pytest.fixture
async def harness(database: Path):
    h = await started(database, FakePlatform())
    yield h
    await h.bot.close()
