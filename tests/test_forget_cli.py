"""`workshop-bot forget`: a data-protection officer erases a person from every
workshop, ended ones included; without --confirm nothing changes."""

from __future__ import annotations

import asyncio

from bot.bootstrap import bootstrap, open_store
from bot.cli import main
from bot.simulation import ManualClock, ManualTimers
from facilitation.events import MessagePosted, ParticipantJoined, PersonErased
from tests.conftest import ALICE, BOB, HOST, ROOM, START, settings_for
from tests.fakes import FakePlatform

OTHER_ROOM = "test:other"


async def _two_workshops(database):
    """One ended workshop and one still running, Alice in both, Bob only in the first."""
    clock = ManualClock()
    bot = await bootstrap(
        settings_for(database), FakePlatform(), clock=clock, timers=ManualTimers(clock)
    )
    lines = [
        (HOST, ROOM, START),
        (ALICE, ROOM, "hello, I care for my mum"),
        (ALICE, ROOM, "my mum needs respite on Fridays"),
        (BOB, ROOM, "hi all"),
        (BOB, ROOM, "weekends are hard for us"),
        (HOST, ROOM, "!end"),
        (HOST, OTHER_ROOM, START),
        (ALICE, OTHER_ROOM, "hello again"),
        (ALICE, OTHER_ROOM, "the booking form is too long"),
    ]
    for n, (actor, room, text) in enumerate(lines):
        await bot.dispatcher.handle_text(text, actor=actor, room=room, source_id=f"s{n}")
    await bot.close()


def _config(tmp_path, database):
    config = tmp_path / "bot.toml"
    config.write_text(f'[bot]\ndatabase = "{database}"\n')
    return str(config)


async def _logs(database):
    store = await open_store(settings_for(database))
    try:
        rows = await store.all_workshops()
        logs = {row.room: await store.load_events(row.id) for row in rows}
        return logs, await store.audit_rows()
    finally:
        await store.close()


def _words_of(events, person):
    return [e.text for e in events if isinstance(e, MessagePosted) and e.person_id == person]


def _names_of(events, person):
    return [e.name for e in events if isinstance(e, ParticipantJoined) and e.person_id == person]


def test_without_confirm_nothing_changes(tmp_path, capsys, database):
    asyncio.run(_two_workshops(database))
    assert main(["forget", "alice", "--config", _config(tmp_path, database)]) == 0
    out = capsys.readouterr().out
    assert "test:alice took part in 2 workshops" in out
    assert "Nothing was changed" in out
    logs, _ = asyncio.run(_logs(database))
    assert "my mum needs respite on Fridays" in _words_of(logs[ROOM], ALICE.id)


def test_confirm_erases_in_ended_workshops_and_leaves_running_ones_unless_asked(
    tmp_path, capsys, database
):
    asyncio.run(_two_workshops(database))
    config = _config(tmp_path, database)
    assert main(["forget", "test:alice", "--confirm", "--config", config]) == 0
    out = capsys.readouterr().out
    assert "erased; now shown as Forgotten person 1" in out
    assert "still running, so not changed" in out
    logs, _ = asyncio.run(_logs(database))
    assert [w for w in _words_of(logs[ROOM], ALICE.id) if w] == []  # the ended one
    assert _names_of(logs[ROOM], ALICE.id) == ["Forgotten person 1"]
    assert "weekends are hard for us" in _words_of(logs[ROOM], BOB.id)  # others untouched
    assert "the booking form is too long" in _words_of(logs[OTHER_ROOM], ALICE.id)
    erased = [e for e in logs[ROOM] if isinstance(e, PersonErased)]
    assert len(erased) == 1 and erased[0].requested_by.startswith("cli")
    _, audit = asyncio.run(_logs(database))
    rows = [r for r in audit if r["action"] == "PersonErased"]
    assert len(rows) == 1 and "on the person's behalf by cli" in rows[0]["detail"]

    # Again, with the bot stopped: the running one too; the ended one is not done twice.
    again = ["forget", "test:alice", "--confirm", "--include-running", "--config", config]
    assert main(again) == 0
    out = capsys.readouterr().out
    assert "this person was forgotten there before" in out
    logs, _ = asyncio.run(_logs(database))
    assert [w for w in _words_of(logs[OTHER_ROOM], ALICE.id) if w] == []
    assert sum(isinstance(e, PersonErased) for e in logs[ROOM]) == 1


def test_an_unknown_or_ambiguous_person_is_one_plain_sentence(tmp_path, capsys, database):
    asyncio.run(_two_workshops(database))
    config = _config(tmp_path, database)
    assert main(["forget", "carol", "--confirm", "--config", config]) == 2
    assert "Nobody with an id containing" in capsys.readouterr().err
    assert main(["forget", "test:", "--confirm", "--config", config]) == 2
    err = capsys.readouterr().err
    assert "give the whole id" in err and "Nothing was changed" in err
