"""The word model is a data file (facilitation/data/word_model.json) read outside the
core and handed in (issue 17 part 5): its parser, its writer, its manifest, and the
classifier's refusal to run without it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.drift_data import load_word_model, word_model_path
from facilitation import drift

ROOT = Path(__file__).resolve().parents[1]


def test_the_shipped_model_is_found_as_package_data_and_has_its_manifest():
    model = load_word_model()
    manifest = model.manifest
    assert manifest["trained_by"] == "python bench/bench_drift.py --train"
    assert manifest["features"] == len(model.weights) > 1000
    assert manifest["messages"] == sum(manifest["data_sets"].values())
    assert 0 < manifest["disclosures"] < manifest["messages"]
    assert re.fullmatch(r"[0-9a-f]{40}|unknown", manifest["commit"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", manifest["trained_on"])
    assert set(manifest["settings"]) == {"alpha", "min_count", "shrink", "char_grams"}
    assert manifest["settings"]["char_grams"] == drift.MODEL_CHARS
    assert word_model_path() == ROOT / "facilitation" / "data" / "word_model.json"


def test_the_package_data_is_declared_so_an_installed_bot_finds_it():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'facilitation = ["data/*.json", "data/*.toml"]' in text


def test_no_weights_are_left_in_python_source():
    for path in (ROOT / "facilitation").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "MODEL_WEIGHTS" not in source and "MODEL_PRIOR" not in source, path


def test_writing_then_reading_gives_the_same_model():
    model = drift.WordModel(-0.5, {"hit": 2.25, "tea_break": -1.5, "#<hi": 0.5}, {"x": [1]})
    text = drift.word_model_to_json(model)
    assert drift.word_model_from_json(text) == model
    # One weight a line in feature order, so a retrain reads as a diff.
    assert text.index('"#<hi": 0.5') < text.index('"hit": 2.25') < text.index('"tea_break"')


def test_the_shipped_file_is_exactly_what_the_writer_writes():
    path = word_model_path()
    assert drift.word_model_to_json(load_word_model()) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"weights": {"a": 1}}', "no numeric 'prior'"),
        ('{"prior": true, "weights": {"a": 1}}', "no numeric 'prior'"),
        ('{"prior": 0.1, "weights": {}}', "no 'weights' object"),
        ('{"prior": 0.1, "weights": {"a": "1"}}', "weight for 'a' is not a number"),
    ],
)
def test_a_broken_model_file_is_refused_in_plain_words(text, says):
    with pytest.raises(drift.WordModelError, match=re.escape(says)):
        drift.word_model_from_json(text)


def test_without_a_model_the_classifier_refuses_rather_than_skipping_it():
    scope = drift.Scope("Short breaks", "booking a short break for carers", ("dates",))
    saved = drift.use_word_model(None)
    try:
        with pytest.raises(RuntimeError, match="word model is not loaded"):
            drift.Classifier(scope)
    finally:
        drift.use_word_model(saved)


def test_the_model_handed_in_is_the_one_the_classifier_uses():
    norm = drift.plain(drift.normalise("he hit me again"))
    saved = drift.use_word_model(drift.WordModel(1.0, {"hit": 3.0}, {}))
    try:
        odds, words = drift.model_score(norm)
    finally:
        drift.use_word_model(saved)
    assert (odds, words) == (4.0, ["hit"])
    assert json.loads(drift.word_model_to_json(saved))["prior"] == saved.prior


def _score_with(model: drift.WordModel, norm: str) -> tuple[float, list[str]]:
    saved = drift.use_word_model(model)
    try:
        return drift.model_score(norm)
    finally:
        drift.use_word_model(saved)


def test_each_feature_counts_once_and_a_new_model_replaces_the_kept_4_grams():
    """model_score keeps each word's weighted 4-grams (issue 21); the score is still
    the sum over the set of features, so a 4-gram shared by two words ("hit", "hits":
    "#<hit") counts once, and installing another model is never answered from the
    first one's 4-grams."""
    first = drift.WordModel(0.0, {"#<hit": 1.0}, {})
    second = drift.WordModel(0.0, {"#<hit": 2.5, "#hits": 0.5}, {})
    assert _score_with(first, "hit hits") == (1.0, ["part hit"])
    assert _score_with(second, "hit hits") == (3.0, ["part hit", "part hits"])
    assert _score_with(first, "hit hits") == (1.0, ["part hit"])


def test_the_training_command_writes_the_data_file_and_no_python(tmp_path, monkeypatch):
    """`python bench/bench_drift.py --train` fits the model and writes it, with its
    manifest, to the data file; no Python source and no other data file is changed.
    Trained here on the batches of tests/data alone (an empty dev folder), written to a
    temporary file."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    import bench_drift

    sources = [*(ROOT / "facilitation").rglob("*.py"), *(ROOT / "facilitation" / "data").iterdir()]
    before = {path: path.read_bytes() for path in sources}
    out = tmp_path / "word_model.json"
    monkeypatch.setattr(bench_drift, "WORD_MODEL", out)
    bench_drift.train(tmp_path, leave_out=("drift_batch11.jsonl",))
    model = drift.word_model_from_json(out.read_text(encoding="utf-8"))
    manifest = model.manifest
    rows = bench_drift.training_rows(tmp_path, ("drift_batch11.jsonl",))
    assert manifest["messages"] == len(rows) == sum(manifest["data_sets"].values())
    assert "drift_batch11.jsonl" not in manifest["data_sets"]
    assert manifest["left_out"] == ["drift_batch11.jsonl"]
    assert manifest["disclosures"] == sum(r["label"] == "safeguarding" for r in rows)
    assert manifest["features"] == len(model.weights)
    assert (model.prior, dict(model.weights)) == bench_drift.fit(rows)
    assert {path: path.read_bytes() for path in sources} == before


def test_the_kept_4_grams_are_bounded_and_still_right(monkeypatch):
    """Past GRAMS_KEPT words the kept 4-grams are emptied and found again."""
    monkeypatch.setattr(drift, "GRAMS_KEPT", 2)
    model = drift.WordModel(0.0, {"#<hit": 1.0, "#ting": 0.25}, {})
    assert _score_with(model, "hit hits hitting")[0] == 1.25
    assert _score_with(model, "hitting a hit")[0] == 1.25
    assert len(drift._GRAMS[0]._by_word) <= 3


def test_the_strongest_4_grams_keep_the_order_of_weight_then_name():
    """Equal weights are ordered by the feature's name, largest first, as a sort of
    (weight, name) pairs would: "#hits" before "#<hit"."""
    model = drift.WordModel(0.0, {"#<hit": 1.0, "#hits": 1.0, "#its>": 0.5, "#<hi": -1.0}, {})
    assert _score_with(model, "hits") == (2.5, ["part hits", "part hit", "part its"])
