"""Speed (and, with --loo, a generalisation check) of the scope-drift classifier.

    python bench/bench_drift.py            # messages per second on one core
    python bench/bench_drift.py --loo      # leave-one-workshop-out figures

Not a test. Reads the labelled dev set from ../shared/eval/drift beside the repo
(or --data DIR).

--loo holds each dev workshop out in turn. Cues (lexicon entries) that fire on a
dev message of the held-out workshop and on no message of the other workshops are
switched off, as if they had been written only from that workshop's sentences (a
pessimistic assumption: many were written from general knowledge). The thresholds
are then tuned on the other workshops by a small grid search and the held-out
workshop is scored.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import math
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.classify import figures  # noqa: E402
from bot.drift_data import load_lexicon, load_word_model, word_model_path  # noqa: E402
from facilitation import drift  # noqa: E402

FLOOR = 1_000  # messages per second, the requirement
TARGET = 10_000  # messages per second of one core's time, issue 21 part 4
# The shared dev set beside the repo; DRIFT_DEV_DATA names another folder (a worktree).
DEFAULT_DATA = Path(os.environ.get("DRIFT_DEV_DATA") or ROOT.parent / "shared" / "eval" / "drift")
BLIND = ROOT / "tests" / "data"  # drift_blind.jsonl and drift_blind_scopes.json


def load(data: Path, with_blind: bool = False) -> tuple[dict[str, drift.Scope], list[dict]]:
    scopes = json.loads((data / "dev_scopes.json").read_text(encoding="utf-8"))
    names = ["dev.jsonl", "dev_safeguarding.jsonl"]
    if with_blind:
        scopes.update(json.loads((BLIND / "drift_blind_scopes.json").read_text(encoding="utf-8")))
        names.append(str(BLIND / "drift_blind.jsonl"))
    rows = []
    for name in names:
        path = data / name
        if path.exists():
            rows += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {k: drift.scope_from_dict(v) for k, v in scopes.items()}, rows


def bench(
    scopes: dict[str, drift.Scope], rows: list[dict], seconds: float, data: Path = DEFAULT_DATA
) -> None:
    """Messages per second of this process's CPU time (``time.process_time``), best of
    three runs of a third of ``seconds`` each: on a machine shared with other work the
    wall clock also counts the time others had the core. The wall-clock rate of the
    same runs is printed after it.

    The first figure (the one bench/run.py reads) empties the classifier's memos kept
    per word (``drift.forget_words``) before each pass over the dev messages: the same
    204 texts come back every pass, so warm memos would count words as seen before
    only because the bench showed them already. Within a pass a word met again is
    found in its memo, as in a real stream. The second figure keeps the memos (every
    word of the dev set seen before). The third reads messages of other authors
    (external_v1.jsonl, when beside the dev set) with memos built from the dev set
    only: a stream whose vocabulary is mostly, not wholly, seen before."""
    classifiers = {k: drift.Classifier(v) for k, v in scopes.items()}
    work = [(classifiers[r["scope_id"]], r["text"]) for r in rows]
    for classifier, text in work:  # warm the regex engine (and compile on first use)
        classifier.classify(text)
    cold = _rate(work, seconds, forget=True)
    print(
        f"{cold[0]:,.0f} messages/s of one core's CPU time (best of 3 runs of"
        f" {seconds / 3:.1f} s, {len(work)} dev messages, word memos emptied before each"
        f" pass) against a target of {TARGET:,}/s: {cold[0] / TARGET:.2f} of the target,"
        f" {cold[0] / FLOOR:.1f}x the floor of {FLOOR:,}/s"
    )
    print(f"wall clock in the same run: {cold[1]:,.0f} msg/s")
    warm = _rate(work, seconds, forget=False)
    print(
        f"{warm[0]:,.0f} messages/s of CPU time with the word memos kept (every word seen"
        f" before), wall clock {warm[1]:,.0f} msg/s"
    )
    unseen = _unseen_authors(data, work)
    if unseen is not None:
        rate, count = unseen
        print(
            f"{rate:,.0f} messages/s of CPU time on {count} messages of other authors"
            " (external_v1), word memos built from the dev set only (best of 9 passes)"
        )


def _rate(
    work: list[tuple[drift.Classifier, str]], seconds: float, forget: bool
) -> tuple[float, float]:
    """(CPU rate, wall rate) of the best of three runs of passes over ``work``."""
    runs = []
    for _ in range(3):
        done = 0
        cpu, wall = time.process_time(), time.perf_counter()
        while time.perf_counter() - wall < seconds / 3:
            if forget:
                drift.forget_words()  # timed too: emptying is part of the pass's cost
            for classifier, text in work:
                classifier.classify(text)
            done += len(work)
        runs.append((done / (time.process_time() - cpu), done / (time.perf_counter() - wall)))
    return max(runs)


def _unseen_authors(
    data: Path, dev: list[tuple[drift.Classifier, str]]
) -> tuple[float, int] | None:
    """The CPU rate on external_v1.jsonl, each pass after the memos were emptied and
    built again from the dev messages alone (not timed); None without the file."""
    texts, scopes = data / "external_v1.jsonl", data / "external_v1_scopes.json"
    if not (texts.exists() and scopes.exists()):
        return None
    named = json.loads(scopes.read_text(encoding="utf-8"))
    classifiers = {k: drift.Classifier(drift.scope_from_dict(v)) for k, v in named.items()}
    rows = [json.loads(line) for line in texts.read_text().splitlines() if line.strip()]
    work = [(classifiers[r["scope_id"]], r["text"]) for r in rows]
    best = 0.0
    for _ in range(9):
        drift.forget_words()
        for classifier, text in dev:
            classifier.classify(text)
        cpu = time.process_time()
        for classifier, text in work:
            classifier.classify(text)
        best = max(best, len(work) / (time.process_time() - cpu))
    return best, len(work)


# --- leave one workshop out ----------------------------------------------------------

# The lexicon's pattern lists whose cues --loo and --heldout may switch off one by one
# (the names of facilitation/data/lexicon.toml's [lists.*], upper-cased in the report).
_LISTS = (
    "FIGURATIVE",
    "HARM_STRONG",
    "HARM_MEDIUM",
    "HARM_WEAK",
    "GENERIC",
    "SPECIFIC",
    "NO_RISK",
    "REDRESS",
    "GRIEVANCE",
    "DEFER",
    "CHATTER",
    "DESIGN",
)


# Indicator lists counted together (drift._WELFARE), and the compositional rules.
_CLUSTERS = ("NEGLECT_STATES", "EXPLOIT_SIGNS", "HOME_DANGER", "RISK_SIGNS")


def _entries() -> list[tuple[str, str]]:
    lexicon = drift.installed_lexicon()
    out = [(name, p) for name in _LISTS for p in lexicon.lists[name.lower()]]
    out += [(f"OFF:{topic.name}", p) for topic in lexicon.off_topics for p in topic.patterns]
    out += [(name, p) for name in _CLUSTERS for p in lexicon.lists[name.lower()]]
    out += [("COMPOSED", rule.name) for rule in lexicon.composed]
    return out


def _entry_pattern(entry: tuple[str, str]) -> tuple[re.Pattern[str], bool]:
    """The regular expression of one cue, and whether it reads name-marked text."""
    if entry[0] == "COMPOSED":
        rule = next(r for r in drift._COMPOSED if r[0] == entry[1])
        return rule[2], True
    return re.compile(entry[1]), entry[0] in _CLUSTERS


@contextmanager
def without(disabled: set[tuple[str, str]]) -> Iterator[None]:
    """Install the lexicon with some entries switched off (drift rebuilds every cue list
    from it, the combined ones too), and the whole lexicon again afterwards."""
    whole = drift.installed_lexicon()
    never = r"(?!x)x"  # a list with every cue switched off matches nothing

    def kept(name: str, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(p for p in patterns if (name, p) not in disabled) or (never,)

    switchable = {name.lower() for name in (*_LISTS, *_CLUSTERS)}
    lists = {
        name: kept(name.upper(), ps) if name in switchable else ps
        for name, ps in whole.lists.items()
    }
    topics = tuple(t._replace(patterns=kept(f"OFF:{t.name}", t.patterns)) for t in whole.off_topics)
    composed = tuple(r for r in whole.composed if ("COMPOSED", r.name) not in disabled)
    reduced = dataclasses.replace(whole, lists=lists, off_topics=topics, composed=composed)
    drift.use_lexicon(reduced)
    try:
        yield
    finally:
        drift.use_lexicon(whole)


def _score(scopes, rows, thresholds) -> dict:
    classifiers = {k: drift.Classifier(v, thresholds) for k, v in scopes.items()}
    return figures((r["label"], classifiers[r["scope_id"]].classify(r["text"]).label) for r in rows)


def _objective(fig: dict) -> tuple:
    # Meet the safeguarding and precision targets first, then the most redirect recall,
    # then the fewest changes from the defaults (ties go to the hand-set values).
    return (
        fig["safeguarding_recall"] >= 0.95,
        fig["redirect"]["precision"] >= 0.9,
        fig["chatter_redirected"] == 0,
        round(fig["redirect"]["recall"] + fig["redirect"]["precision"], 3),
    )


GRID = {
    "safeguarding_at": (1.5, 2.0, 2.5, 3.0),
    "complaint_at": (2.0, 3.0, 4.0),
    "off_at": (1.0, 1.5, 2.0, 3.0),
    "off_ratio": (0.5, 1.0, 1.5),
}


def loo(scopes: dict[str, drift.Scope], rows: list[dict]) -> None:
    fired: dict[tuple[str, str], set[str]] = {}
    texts = [
        (r["scope_id"], drift.normalise(r["text"]), drift._mark_names(r["text"])) for r in rows
    ]
    for entry in _entries():
        pattern, marked = _entry_pattern(entry)
        fired[entry] = {
            sid for sid, text, named in texts if pattern.search(named if marked else text)
        }
    default = drift.Thresholds()
    pooled: list[tuple[str, str]] = []
    print(
        f"{'held out':<24}{'cues off':>9}  {'tuned thresholds':<34}{'sg R':>6}{'redir P':>8}"
        f"{'redir R':>8}{'chat->redir':>12}"
    )
    for held in scopes:
        disabled = {e for e, sids in fired.items() if sids == {held}}
        train = [r for r in rows if r["scope_id"] != held]
        test = [r for r in rows if r["scope_id"] == held]
        with without(disabled):
            best, best_key = default, None
            for values in itertools.product(*GRID.values()):
                candidate = drift.Thresholds(**dict(zip(GRID, values, strict=True)))
                key = _objective(_score(scopes, train, candidate))
                if best_key is None or key > best_key or (key == best_key and candidate == default):
                    best, best_key = candidate, key
            classifiers = {k: drift.Classifier(v, best) for k, v in scopes.items()}
            pairs = [
                (r["label"], classifiers[r["scope_id"]].classify(r["text"]).label) for r in test
            ]
        pooled += pairs
        fig = figures(pairs)
        tuned = "/".join(f"{getattr(best, k):g}" for k in GRID)
        print(
            f"{held:<24}{len(disabled):>9}  {tuned:<34}{fig['safeguarding_recall']:>6.2f}"
            f"{fig['redirect']['precision']:>8.2f}{fig['redirect']['recall']:>8.2f}"
            f"{fig['chatter_redirected']:>12d}"
        )
    fig = figures(pooled)
    print(
        f"{'pooled':<24}{'':>9}  {'(safeguarding/complaint/off/ratio)':<34}"
        f"{fig['safeguarding_recall']:>6.2f}{fig['redirect']['precision']:>8.2f}"
        f"{fig['redirect']['recall']:>8.2f}{fig['chatter_redirected']:>12d}"
    )
    per = fig["per_label"]
    print("pooled per-label F1: " + ", ".join(f"{k} {v['f1']:.2f}" for k, v in per.items()))


# --- the word model ----------------------------------------------------------------

BATCHES = (
    "drift_blind.jsonl",
    "drift_batch5.jsonl",
    "drift_batch6.jsonl",
    "drift_batch7.jsonl",
    "drift_batch8.jsonl",
    "drift_external_v1.jsonl",
    "drift_batch9.jsonl",
    "drift_batch10.jsonl",
    "drift_batch11.jsonl",
)
WORD_MODEL = word_model_path()


def training_rows(
    data: Path, leave_out: tuple[str, ...] = (), corrections: Path | None = None
) -> list[dict]:
    names = [data / "dev.jsonl", data / "dev_safeguarding.jsonl"]
    names += [BLIND / b for b in BATCHES if b not in leave_out]
    if corrections is not None:  # facilitators' corrections (workshop-bot corrections)
        names.append(corrections / "corrections.jsonl")
    rows = []
    for path in names:
        if path.exists():
            rows += [
                {**json.loads(line), "_source": path.name}
                for line in path.read_text().splitlines()
                if line.strip()
            ]
    return rows


def fit(
    rows: list[dict], alpha: float = 1.0, min_count: int = 2, shrink: float = 5.0
) -> tuple[float, dict]:
    """Bernoulli naive Bayes, present features only: log P(f|sg) / P(f|other).

    With ``shrink`` > 0 each class's rate is pulled toward the feature's rate over both
    classes (an m-estimate with m = ``shrink``) instead of toward one half: a feature
    seen once in each class then weighs about nothing, whereas add-one smoothing gives it
    a large positive weight whenever disclosures are the smaller class. Without it a
    model trained on few disclosures (one author held out) flags half of everything."""
    counts = {True: Counter(), False: Counter()}
    n = {True: 0, False: 0}
    for r in rows:
        y = r["label"] == "safeguarding"
        n[y] += 1
        counts[y].update(drift.model_features(drift.plain(drift.normalise(r["text"]))))
    weights = {}
    for f in set(counts[True]) | set(counts[False]):
        if counts[True][f] + counts[False][f] < min_count:
            continue
        if shrink:
            rate = (counts[True][f] + counts[False][f]) / (n[True] + n[False])
            p1 = (counts[True][f] + shrink * rate) / (n[True] + shrink)
            p0 = (counts[False][f] + shrink * rate) / (n[False] + shrink)
        else:
            p1 = (counts[True][f] + alpha) / (n[True] + 2 * alpha)
            p0 = (counts[False][f] + alpha) / (n[False] + 2 * alpha)
        weights[f] = round(math.log(p1 / p0), 2)
    return round(math.log(n[True] / n[False]), 3), {f: w for f, w in weights.items() if w}


def _odds(prior: float, weights: dict, text: str) -> float:
    return prior + sum(
        weights.get(f, 0.0) for f in drift.model_features(drift.plain(drift.normalise(text)))
    )


def train(data: Path, leave_out: tuple[str, ...], corrections: Path | None = None) -> None:
    """Retrain the word model and write facilitation/data/word_model.json (never
    Python source), with a manifest of what it was trained on and how."""
    rows = training_rows(data, leave_out, corrections)
    settings = {"alpha": 1.0, "min_count": 2, "shrink": 5.0}
    prior, weights = fit(rows, **settings)
    sg = sum(r["label"] == "safeguarding" for r in rows)
    manifest = {
        "trained_by": "python bench/bench_drift.py --train",
        "trained_on": time.strftime("%Y-%m-%d", time.gmtime()),
        "commit": _commit(),
        "data_sets": {name: count for name, count in _row_sources(rows).items()},
        "left_out": list(leave_out),
        "messages": len(rows),
        "disclosures": sg,
        "features": len(weights),
        "settings": {**settings, "char_grams": drift.MODEL_CHARS},
        "thresholds": dataclasses.asdict(drift.Thresholds()),
    }
    text = drift.word_model_to_json(drift.WordModel(prior, weights, manifest))
    WORD_MODEL.write_text(text, encoding="utf-8")
    print(f"trained on {len(rows)} messages ({sg} disclosures): {len(weights)} features")
    print(f"wrote {WORD_MODEL}")


def _commit() -> str:
    """The commit the model was trained at ("unknown" outside a git checkout)."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def _row_sources(rows: list[dict]) -> Counter:
    return Counter(r["_source"] for r in rows)


def model_loo(data: Path, leave_out: tuple[str, ...]) -> None:
    """Leave one workshop out: the word model alone, trained on the other workshops."""
    rows = training_rows(data, leave_out)
    scored = []
    for held in sorted({r["scope_id"] for r in rows}):
        prior, weights = fit([r for r in rows if r["scope_id"] != held])
        scored += [
            (_odds(prior, weights, r["text"]), r["label"] == "safeguarding")
            for r in rows
            if r["scope_id"] == held
        ]
    pos = sum(y for _, y in scored)
    neg = len(scored) - pos
    print(f"{len(scored)} messages, {pos} disclosures; word model alone, each workshop held out")
    for at in (4, 6, 7, 8, 9, 10, 12, 14):
        tp = sum(1 for s, y in scored if y and s >= at)
        fp = sum(1 for s, y in scored if not y and s >= at)
        print(
            f"  model_at {at:>3}: recall {tp / pos:.2f}  false alarms {fp}/{neg} ({fp / neg:.2f})"
        )


# --- held-out estimate: rules + word model, the model retrained without each part ------

# Every labelled file, with the scopes it needs. A row's unit is its workshop (scope_id)
# or its batch: "dev" for the shared dev set, "b1".."b4" for drift_blind.jsonl (its
# "batch" field), "b5" .. "b8" for the later files.
HELDOUT_FILES = (
    ("drift_blind.jsonl", "drift_blind_scopes.json"),
    ("drift_batch5.jsonl", "drift_new_scopes.json"),
    ("drift_batch6.jsonl", "drift_new_scopes.json"),
    ("drift_batch7.jsonl", "drift_batch7_scopes.json"),
    ("drift_batch8.jsonl", "drift_batch8_scopes.json"),
    ("drift_external_v1.jsonl", "drift_external_v1_scopes.json"),
    ("drift_batch9.jsonl", "drift_batch9_10_scopes.json"),
    ("drift_batch10.jsonl", "drift_batch9_10_scopes.json"),
    ("drift_batch11.jsonl", "drift_batch11_scopes.json"),
)


# Who wrote each row. The shared dev set has one author; external_v1 another; every batch
# of tests/data without an "author" field was written by sessions of the assistant that
# also wrote the rules, so they are one author ("assistant"), however many batches.
def author_of(row: dict) -> str:
    return row.get("author", "assistant")


def all_rows(data: Path, skip: tuple[str, ...] = ()) -> tuple[dict[str, drift.Scope], list[dict]]:
    """The dev set and every batch of tests/data (except the files in ``skip``), each row
    tagged with ``_batch``."""
    scopes = json.loads((data / "dev_scopes.json").read_text(encoding="utf-8"))
    rows = []
    for name in ("dev.jsonl", "dev_safeguarding.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append({**json.loads(line), "_batch": "dev", "_author": "dev"})
    for name, scope_name in HELDOUT_FILES:
        if name in skip or not (BLIND / name).exists():
            continue
        scopes.update(json.loads((BLIND / scope_name).read_text(encoding="utf-8")))
        for line in (BLIND / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                batch = row.get("author") or f"b{row.get('batch', name[11:12])}"
                rows.append({**row, "_batch": batch, "_author": author_of(row)})
    return {k: drift.scope_from_dict(v) for k, v in scopes.items()}, rows


@contextmanager
def model(prior: float, weights: dict[str, float]) -> Iterator[None]:
    """Use another word model for a while."""
    saved = drift.use_word_model(drift.WordModel(prior, weights, {}))
    try:
        yield
    finally:
        drift.use_word_model(saved)


def heldout_pairs(
    scopes: dict[str, drift.Scope],
    rows: list[dict],
    by: str = "workshop",
    thresholds: drift.Thresholds | None = None,
    strict: bool = False,
    **fit_args,
) -> dict[str, list[tuple[str, str]]]:
    """For each unit (workshop or batch): retrain the word model on every other unit and
    classify the unit's messages with rules + that model. With ``strict`` the cues that
    fire only inside the held-out unit are switched off too (see ``loo``): the rules were
    written with every batch in view, so without it only the model is truly held out."""
    field = {"workshop": "scope_id", "batch": "_batch", "author": "_author"}[by]

    def key(r: dict) -> str:
        return r[field]

    fired: dict[tuple[str, str], set[str]] = {}
    if strict:
        texts = [(key(r), drift.normalise(r["text"]), drift._mark_names(r["text"])) for r in rows]
        for entry in _entries():
            pattern, marked = _entry_pattern(entry)
            fired[entry] = {
                u for u, text, named in texts if pattern.search(named if marked else text)
            }
    out: dict[str, list[tuple[str, str]]] = {}
    for unit in sorted({key(r) for r in rows}):
        prior, weights = fit([r for r in rows if key(r) != unit], **fit_args)
        disabled = {e for e, units in fired.items() if units == {unit}}
        classifiers = {k: drift.Classifier(v, thresholds) for k, v in scopes.items()}
        with model(prior, weights), without(disabled):
            out[unit] = [
                pair
                for r in rows
                if key(r) == unit
                and (pair := fair(r, classifiers[r["scope_id"]].classify(r["text"]).label))
            ]
    return out


def fair(row: dict, predicted: str) -> tuple[str, str] | None:
    """(gold, predicted), or None when the row's author allows either label ("either":
    a complaint that may fairly be read as safeguarding) and the answer is the other one:
    such a row then counts neither as a false alarm nor as a missed redirect."""
    if predicted != row["label"] and predicted in row.get("either", ()):
        return None
    return row["label"], predicted


def summary(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Safeguarding recall and false-alarm rate, public redirect precision and recall."""
    pos = sum(g == "safeguarding" for g, _ in pairs)
    neg = len(pairs) - pos
    tp = sum(g == p == "safeguarding" for g, p in pairs)
    fa = sum(g != "safeguarding" and p == "safeguarding" for g, p in pairs)
    rg = sum(g in drift.REDIRECT_LABELS for g, _ in pairs)
    rp = sum(p in drift.REDIRECT_LABELS for _, p in pairs)
    rtp = sum(g in drift.REDIRECT_LABELS and p in drift.REDIRECT_LABELS for g, p in pairs)
    return {
        "sg": pos,
        "sg_hit": tp,
        "sg_recall": tp / pos if pos else 1.0,
        "neg": neg,
        "false_alarms": fa,
        "false_alarm_rate": fa / neg if neg else 0.0,
        "redirect_precision": rtp / rp if rp else 1.0,
        "redirect_recall": rtp / rg if rg else 1.0,
        "chatter_redirected": sum(g == "chatter" and p in drift.REDIRECT_LABELS for g, p in pairs),
    }


def worst(units: list[dict[str, float]]) -> dict[str, float]:
    """The worst figure of any held-out unit, column by column (the targets must hold for
    every author, so the average would hide the one that fails)."""
    return {
        "sg_recall": min(u["sg_recall"] for u in units),
        "false_alarm_rate": max(u["false_alarm_rate"] for u in units),
        "redirect_precision": min(u["redirect_precision"] for u in units),
        "redirect_recall": min(u["redirect_recall"] for u in units),
        "chatter_redirected": max(u["chatter_redirected"] for u in units),
    }


def heldout(data: Path, by: str, strict: bool, skip: tuple[str, ...]) -> None:
    scopes, rows = all_rows(data, skip)
    per = heldout_pairs(scopes, rows, by=by, strict=strict)
    mode = "rules + model retrained without it" + (", its own cues off" if strict else "")
    print(f"each {by} held out in turn ({mode})")
    print(
        f"{'held out':<26}{'sg R':>12}{'false alarms':>16}{'redir P':>9}{'redir R':>9}{'chat':>6}"
    )
    pooled: list[tuple[str, str]] = []
    units = []
    for unit, pairs in per.items():
        pooled += pairs
        s = summary(pairs)
        units.append(s)
        print(
            f"{unit:<26}{s['sg_hit']:>4}/{s['sg']:<3}{s['sg_recall']:>5.2f}"
            f"{s['false_alarms']:>7}/{s['neg']:<3}{s['false_alarm_rate']:>5.2f}"
            f"{s['redirect_precision']:>9.2f}{s['redirect_recall']:>9.2f}{s['chatter_redirected']:>6}"
        )
    w = worst(units)
    print(
        f"{'worst (each column alone)':<26}{'':>8}{w['sg_recall']:>5.2f}{'':>11}"
        f"{w['false_alarm_rate']:>5.2f}{w['redirect_precision']:>9.2f}"
        f"{w['redirect_recall']:>9.2f}{w['chatter_redirected']:>6}"
    )
    s = summary(pooled)
    print(
        f"{'pooled':<26}{s['sg_hit']:>4}/{s['sg']:<3}{s['sg_recall']:>5.2f}"
        f"{s['false_alarms']:>7}/{s['neg']:<3}{s['false_alarm_rate']:>5.2f}"
        f"{s['redirect_precision']:>9.2f}{s['redirect_recall']:>9.2f}{s['chatter_redirected']:>6}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the dev set")
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to run (default 3)")
    parser.add_argument("--loo", action="store_true", help="leave-one-workshop-out check instead")
    parser.add_argument("--train", action="store_true", help="retrain the word model")
    parser.add_argument(
        "--corrections",
        type=Path,
        metavar="DIR",
        help="with --train, add the facilitators' corrections written by python -m"
        " bot.corrections DIR",
    )
    parser.add_argument(
        "--model-loo", action="store_true", help="leave-one-workshop-out curve of the word model"
    )
    parser.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="BATCH",
        help="a tests/data batch file to keep out of training (e.g. drift_batch6.jsonl)",
    )
    parser.add_argument(
        "--with-blind",
        action="store_true",
        help="add the blind batches of tests/data (four more workshops) to the pool",
    )
    parser.add_argument(
        "--heldout",
        choices=("workshop", "batch", "author"),
        help="honest estimate: rules + word model retrained without each workshop, batch or"
        " author (dev, external_v1, assistant); prints the worst unit as well",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="with --heldout, also switch off the cues that fire only in the held-out part",
    )
    args = parser.parse_args()
    if not (args.data / "dev_scopes.json").exists():
        print(f"No dev set in {args.data}: pass --data DIR.", file=sys.stderr)
        return 2
    if args.train:
        # Training reads text as the classifier does (text-speak, stop words): the lexicon.
        drift.use_lexicon(load_lexicon())
        train(args.data, tuple(args.leave_out), args.corrections)
        return 0
    drift.prepare(load_word_model(), load_lexicon())  # as bot/bootstrap.py does at start-up
    if args.heldout:
        heldout(args.data, args.heldout, args.strict, tuple(args.leave_out))
        return 0
    if args.model_loo:
        model_loo(args.data, tuple(args.leave_out))
        return 0
    scopes, rows = load(args.data, args.with_blind)
    if args.loo:
        loo(scopes, rows)
    else:
        bench(scopes, rows, args.seconds, args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
