"""The crash-recovery soak (bench/soak.py), two trials on the real Synapse:
the real bot process is killed with SIGKILL at seeded points and restarted on
the same database; nothing acknowledged may be lost and nothing sent twice.

The full run is `python bench/soak.py --trials 20` (docs/reliability.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SOAK_PATH = Path(__file__).resolve().parents[2] / "bench" / "soak.py"


def _soak():
    spec = importlib.util.spec_from_file_location("bench_soak", SOAK_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


async def test_two_soak_trials_lose_nothing_and_repeat_nothing(synapse, tmp_path):
    """Nothing is lost across kills, and nothing is seen twice: an effect carried out
    again after a restart goes out under the same Matrix transaction id, which the
    homeserver answers with the first event (docs/reliability.md)."""
    soak = _soak()
    results = await soak.run_trials(synapse, trials=2, seed=1, folder=tmp_path, parallel=2)
    report = "\n".join(soak.details(r) for r in results)
    print(soak.summary(results))
    assert not [r.error for r in results if r.error], report
    assert sum(len(r.losses) for r in results) == 0, report
    assert sum(len(r.duplicates) for r in results) == 0, report
    assert sum(r.kills for r in results) >= 2, report  # the bot really was killed
