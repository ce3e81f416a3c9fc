"""Chat messages classified in a worker process (bot/reader.py), through the real bot
(bus, core, SQLite store) over a fake platform, with a real worker process: the
labels and alerts are the ones classified in the process, and a worker that dies, is
killed mid-batch or is too slow loses nothing (each of its messages is classified in
the process instead). No test looks at a clock: the timeout case uses a timeout of
zero, which expires before any answer can arrive."""

from __future__ import annotations

import asyncio
import sqlite3

from bot.bootstrap import bootstrap
from bot.reader import Reader
from bot.simulation import ManualClock, ManualTimers
from facilitation import commands as cmd
from tests.conftest import HOST, START, settings_for
from tests.fakes import FakePlatform

ROOMS = [f"test:room-{n}" for n in range(4)]
PEOPLE = [cmd.Actor(f"test:p{n}", f"Person {n}") for n in range(3)]
# Ordinary talk, a complaint, a drift, and words a safeguarding reading must catch,
# alone and spread over one person's messages (read together: risk words).
SAYINGS = [
    "The respite form kept timing out when I tried to book",
    "Could the booking form save a draft?",
    "I want to make a complaint about how I was treated",
    "The bins in our street have not been collected for weeks",
    "He hits me when he has been drinking and I am scared to go home",
    "My mum needs someone who knows her medication",
    "I have not been eating and I feel like giving up on everything",
    "Good point",
]


async def _talk(database, *, worker: bool, prepare=None) -> tuple[list, list, Reader]:
    """In each of four rooms at once (a backlog), three people take turns to say every
    saying (one task a room, so each workshop's order is fixed); returns every stored
    event's (source id, type, payload), everything sent to the platform, and the
    reader."""
    platform, clock = FakePlatform(), ManualClock()
    bot = await bootstrap(settings_for(database), platform, clock=clock, timers=ManualTimers(clock))
    d = bot.dispatcher
    reader = d.bus.reader
    try:
        for r, room in enumerate(ROOMS):
            await d.handle_text(START, actor=HOST, room=room, source_id=f"start-{r}")
            for n, person in enumerate(PEOPLE):
                await d.handle_text("hello", actor=person, room=room, source_id=f"hi-{r}-{n}")
        if worker:
            reader.enabled, reader.start_after = True, 1
            # A busy machine (CI, other tests) can hold a batch past the 5 s the bot
            # allows; this test is about labels, so only a dead worker is given up here
            # (the timeout test sets its own, zero, in `prepare`).
            reader.timeout = 600
            assert await reader.started()
        if prepare is not None:
            prepare(reader)

        async def room_talks(r: int, room: str) -> None:
            for i, text in enumerate(SAYINGS):
                for n, person in enumerate(PEOPLE):
                    await d.handle_text(text, actor=person, room=room, source_id=f"m-{r}-{i}-{n}")

        await asyncio.gather(*(room_talks(r, room) for r, room in enumerate(ROOMS)))
    finally:
        await bot.close()
    with sqlite3.connect(database) as conn:
        events = conn.execute("SELECT source_id, type, payload FROM events ORDER BY id").fetchall()
        ids = conn.execute("SELECT id, room FROM workshops").fetchall()

    def same_ids(text: str) -> str:  # workshop ids are random: named by their room
        for workshop_id, room in ids:
            text = text.replace(workshop_id, room)
        return text

    stored = sorted((sid, kind, same_ids(payload)) for sid, kind, payload in events)
    return stored, sorted(same_ids(repr(sent)) for sent in platform.sent), reader


def _labels(events) -> dict[str, str]:
    return {sid: payload for sid, kind, payload in events if kind == "MessagePosted"}


async def test_labels_read_in_the_worker_are_the_labels_read_in_the_process(tmp_path):
    here, here_alerts, _ = await _talk(tmp_path / "here.db", worker=False)
    there, there_alerts, reader = await _talk(tmp_path / "there.db", worker=True)
    assert reader.answered > len(SAYINGS)  # the worker did read many of them
    assert there == here  # every event (labels, flags, concerns, redirects) the same
    assert there_alerts == here_alerts
    assert any(kind == "SafeguardingFlagged" for _, kind, _ in here)
    assert len(_labels(here)) == len(ROOMS) * len(PEOPLE) * (len(SAYINGS) + 1)


async def test_a_worker_killed_mid_batch_loses_nothing_and_labels_stay_right(tmp_path):
    here, here_alerts, _ = await _talk(tmp_path / "here.db", worker=False)

    def kill_after_first_batch(reader: Reader) -> None:
        send = reader._send

        def send_then_kill() -> None:
            send()
            if reader._in_flight and reader._process is not None:
                reader._process.kill()  # the batch is on its way, unanswered

        reader._send = send_then_kill  # type: ignore[method-assign]

    there, there_alerts, reader = await _talk(
        tmp_path / "there.db", worker=True, prepare=kill_after_first_batch
    )
    assert reader._given_up and reader.answered == 0
    assert there == here
    assert there_alerts == here_alerts


async def test_a_worker_too_slow_for_a_batch_is_given_up_and_nothing_is_lost(tmp_path):
    here, here_alerts, _ = await _talk(tmp_path / "here.db", worker=False)

    def no_patience(reader: Reader) -> None:
        reader.timeout = 0.0

    there, there_alerts, reader = await _talk(
        tmp_path / "there.db", worker=True, prepare=no_patience
    )
    assert reader._given_up
    assert there == here
    assert there_alerts == here_alerts


async def test_the_worker_stops_with_the_bot(database):
    clock = ManualClock()
    bot = await bootstrap(
        settings_for(database), FakePlatform(), clock=clock, timers=ManualTimers(clock)
    )
    reader = bot.dispatcher.bus.reader
    reader.enabled = True
    assert await reader.started()
    process = reader._process
    await bot.close()
    assert process is not None and process.returncode == 0  # it was told to stop, and did


def test_one_message_at_a_time_is_classified_in_the_process():
    reader = Reader(enabled=True, start_after=1)
    assert not reader.wanted(busy=1)
    assert reader._process is None  # nothing started for it


async def test_a_worker_still_starting_is_stopped_with_the_bot(database):
    # The bot closes while the worker is still being given the word model and lexicon
    # (sent from a thread): close waits for that send, then stops it.
    clock = ManualClock()
    bot = await bootstrap(
        settings_for(database), FakePlatform(), clock=clock, timers=ManualTimers(clock)
    )
    reader = bot.dispatcher.bus.reader
    reader.enabled = True
    reader.start()
    process = reader._process
    await bot.close()
    assert process is not None and process.returncode is not None
