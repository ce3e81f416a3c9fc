"""The classifier's answers, frozen: every item of every labelled set gives exactly the
label, score, strength and reasons it gave before the classifier was made faster
(issue 21). A speed change must not change one answer; a deliberate change of the
rules regenerates the file and says so in its commit:

    python tests/test_drift_frozen.py          # rewrites tests/data/drift_frozen.json

Each item is read with the default thresholds and with the closer ones used for a
person flagged before (redirects.ATTENTIVE), and ``has_risk_word`` is kept too, since
redirects.py reads messages together on it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from facilitation import drift, redirects  # noqa: E402

DATA = ROOT / "tests" / "data"
FROZEN = DATA / "drift_frozen.json"
# The shared eval sets live beside the main checkout, not in the repo (as bench_drift).
SHARED = Path(os.environ.get("DRIFT_DEV_DATA") or ROOT.parent / "shared" / "eval" / "drift")

# (items, their scopes) in the repo
REPO_SETS = (
    ("drift_batch5.jsonl", "drift_new_scopes.json"),
    ("drift_batch6.jsonl", "drift_new_scopes.json"),
    ("drift_batch7.jsonl", "drift_batch7_scopes.json"),
    ("drift_batch8.jsonl", "drift_batch8_scopes.json"),
    ("drift_batch9.jsonl", "drift_batch9_10_scopes.json"),
    ("drift_batch10.jsonl", "drift_batch9_10_scopes.json"),
    ("drift_batch11.jsonl", "drift_batch11_scopes.json"),
    ("drift_blind.jsonl", "drift_blind_scopes.json"),
    ("drift_external_v1.jsonl", "drift_external_v1_scopes.json"),
)
SHARED_SETS = (
    ("dev.jsonl", "dev_scopes.json"),
    ("dev_safeguarding.jsonl", "dev_scopes.json"),
    ("external_v1.jsonl", "external_v1_scopes.json"),
)


def _answer(result: drift.Classification) -> list:
    return [result.label, result.score, result.strength, list(result.reasons)]


def answers(folder: Path, items: str, scopes_name: str) -> dict[str, dict]:
    """Every item's answers, keyed by its id and a hash of its text (so an edited item
    is reported as a changed item, not as a changed classifier)."""
    scopes = json.loads((folder / scopes_name).read_text(encoding="utf-8"))
    out: dict[str, dict] = {}
    for line in (folder / items).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        scope = drift.scope_from_dict(scopes[row["scope_id"]])
        text = row["text"]
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        out[f"{row['id']}:{digest}"] = {
            "default": _answer(drift.Classifier(scope).classify(text)),
            "attentive": _answer(drift.Classifier(scope, redirects.ATTENTIVE).classify(text)),
            "risk_word": drift.has_risk_word(text),
        }
    return out


def _frozen() -> dict[str, dict]:
    return json.loads(FROZEN.read_text(encoding="utf-8"))


def _compare(name: str, now: dict[str, dict]) -> None:
    before = _frozen()[name]
    assert now.keys() == before.keys(), f"{name}: items added or changed; regenerate"
    changed = [key for key in before if now[key] != before[key]]
    assert not changed, f"{name}: {len(changed)} answers changed, first {changed[:3]}: " + str(
        [(before[k], now[k]) for k in changed[:1]]
    )


@pytest.mark.parametrize(("items", "scopes_name"), REPO_SETS)
def test_repo_sets_answer_as_frozen(items, scopes_name):
    _compare(items, answers(DATA, items, scopes_name))


@pytest.mark.skipif(
    not (SHARED / "dev_scopes.json").exists(),
    reason=f"the shared eval sets are not beside the repo ({SHARED}; set DRIFT_DEV_DATA)",
)
@pytest.mark.parametrize(("items", "scopes_name"), SHARED_SETS)
def test_shared_sets_answer_as_frozen(items, scopes_name):
    _compare(f"shared/{items}", answers(SHARED, items, scopes_name))


def test_frozen_file_covers_every_set():
    """A set added to tests/data without being frozen would slip past the comparison."""
    frozen = _frozen()
    on_disk = {p.name for p in DATA.glob("drift_*.jsonl")}
    assert on_disk == {items for items, _ in REPO_SETS}
    assert {items for items, _ in REPO_SETS} | {f"shared/{i}" for i, _ in SHARED_SETS} == set(
        frozen
    )
    assert sum(len(v) for v in frozen.values()) > 1000


def _write() -> None:
    frozen = {items: answers(DATA, items, scopes) for items, scopes in REPO_SETS}
    for items, scopes in SHARED_SETS:
        frozen[f"shared/{items}"] = answers(SHARED, items, scopes)
    FROZEN.write_text(json.dumps(frozen, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {sum(len(v) for v in frozen.values())} items to {FROZEN}")


if __name__ == "__main__":
    from bot.drift_data import load_lexicon, load_word_model

    drift.prepare(load_word_model(), load_lexicon())  # tests/conftest.py does this under pytest
    _write()
