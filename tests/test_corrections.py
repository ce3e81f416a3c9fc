"""Facilitators' corrections become labelled data for the word model (issue 20)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

from bot.corrections import labelled
from facilitation import commands as cmd
from tests.core_helpers import ALICE, BOB, FAC, Workshop, start_command

COMPLAINT = "I want an apology, my carers grant payment was wrong and nobody rang me back"
REPO = Path(__file__).resolve().parents[1]


def _workshop() -> Workshop:
    w = Workshop(started=False)
    w.send(start_command(out_of_scope=("parking charges at the hospital",)))
    w.join(ALICE, BOB)
    return w


def test_a_corrected_message_becomes_a_labelled_row_with_its_scope():
    w = _workshop()
    w.do(cmd.Say, ALICE, text=COMPLAINT)
    number = w.state.messages_seen
    w.do(cmd.CorrectLabel, FAC, label="on_scope", number=number)
    scope, rows = labelled(w.state.workshop_id, w.log)
    assert scope["scope"] == w.state.scope and scope["title"] == w.state.title
    assert rows == [
        {
            "id": f"{w.state.workshop_id}:{w.state.recent[number - 1].message_id}",
            "scope_id": w.state.workshop_id,
            "text": COMPLAINT,
            "label": "on_scope",
            "author": "corrections",
        }
    ]


def test_words_not_recorded_or_deleted_are_not_training_data():
    w = _workshop()
    w.do(cmd.SetConsent, BOB, recorded=False)
    w.do(cmd.Say, BOB, text=COMPLAINT)
    w.do(cmd.CorrectLabel, FAC, label="on_scope", number=w.state.messages_seen)
    w.do(cmd.Say, ALICE, text=COMPLAINT)
    said = w.state.recent[-1].message_id
    w.do(cmd.CorrectLabel, FAC, label="on_scope", number=w.state.messages_seen)
    w.do(cmd.DeleteMessage, ALICE, message_id=said)
    assert labelled(w.state.workshop_id, w.log)[1] == []


def test_the_training_command_reads_the_corrections(tmp_path):
    w = _workshop()
    w.do(cmd.Say, ALICE, text=COMPLAINT)
    w.do(cmd.CorrectLabel, FAC, label="safeguarding", number=w.state.messages_seen)
    _, rows = labelled(w.state.workshop_id, w.log)
    (tmp_path / "corrections.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    sys.path.insert(0, str(REPO / "bench"))
    import bench_drift

    base = bench_drift.training_rows(bench_drift.DEFAULT_DATA)
    more = bench_drift.training_rows(bench_drift.DEFAULT_DATA, corrections=tmp_path)
    assert len(more) == len(base) + 1 and more[-1]["label"] == "safeguarding"
    assert (
        subprocess.run(
            [sys.executable, "-m", "bot.corrections", "--help"], cwd=REPO, capture_output=True
        ).returncode
        == 0
    )


async def test_workshop_bot_corrections_writes_owner_only_labelled_data(tmp_path):
    """The command line gives the corrections as data (issue 20), readable by the owner
    only: they hold people's words, like the notes."""
    import stat

    from bot.bootstrap import bootstrap
    from bot.cli import main
    from bot.simulation import ManualClock, ManualTimers
    from tests.conftest import ALICE as PERSON
    from tests.conftest import HOST, ROOM, START, settings_for
    from tests.fakes import FakePlatform

    database = tmp_path / "bot.db"
    clock = ManualClock()
    bot = await bootstrap(
        settings_for(database), FakePlatform(), clock=clock, timers=ManualTimers(clock)
    )
    # A line separator inside the words (the door's cleaning keeps it): a JSON Lines
    # reader that splits on it, as str.splitlines() does, must still read one record.
    said = COMPLAINT + "\u2028It still hurts."
    lines = [(HOST, START), (PERSON, "hello all"), (PERSON, said), (HOST, "!relabel on-scope")]
    for n, (actor, text) in enumerate(lines):
        await bot.dispatcher.handle_text(text, actor=actor, room=ROOM, source_id=f"s{n}")
    await bot.close()
    config = tmp_path / "bot.toml"
    config.write_text(f'[bot]\ndatabase = "{database}"\n')
    out = tmp_path / "out"
    assert await asyncio.to_thread(main, ["corrections", str(out), "--config", str(config)]) == 0
    [row] = [json.loads(line) for line in (out / "corrections.jsonl").read_text().splitlines()]
    assert (row["text"], row["label"]) == (said, "on_scope")  # as in the data sets
    assert set(json.loads((out / "corrections_scopes.json").read_text())) == {row["scope_id"]}
    for made in (out, out / "corrections.jsonl", out / "corrections_scopes.json"):
        assert stat.S_IMODE(made.stat().st_mode) & 0o077 == 0
