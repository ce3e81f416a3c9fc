"""The scope-drift classifier: clear cases, a quality floor on the dev set, the CLI."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
from pathlib import Path

import pytest

from bot import classify as cli
from facilitation import drift
from facilitation.drift import (
    LABELS,
    REDIRECT_LABELS,
    Classification,
    Classifier,
    Scope,
    Thresholds,
    model_features,
    plain,
    scope_from_dict,
)
from facilitation.lexicon import verb_form_set

DAY_OPS = Scope(
    title="Day opportunities for adults with learning disabilities",
    scope=(
        "We are co-designing day activities for adults with learning disabilities: what a "
        "good day looks like, which activities people want and how they travel to them."
    ),
    agenda=("What a good day looks like", "Travel training and accessible transport"),
    out_of_scope=("Supported living placements", "Personal Independence Payment (PIP)"),
    complaints_route="Call the council on 01632 960000.",
)


@pytest.fixture(scope="module")
def day_ops() -> Classifier:
    return Classifier(DAY_OPS)


# --- clear cases -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello everyone, Priyanka here 👋",
        "+1",
        "Thanks, that was really helpful",
        "my mic keeps cutting out, sorry",
        "sorry I'm late, the link in the invite didn't work",
    ],
)
def test_greetings_and_logistics_are_chatter(day_ops, text):
    result = day_ops.classify(text)
    assert result.label == "chatter"
    assert any(r.startswith("chatter cue") for r in result.reasons)


def test_a_disclosure_is_safeguarding_and_names_the_cue(day_ops):
    result = day_ops.classify("My stepdad hits me when he has been drinking")
    assert result.label == "safeguarding"
    assert 'harm cue: "hits me"' in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "some nights I think everyone would be better off without me",
        "the man at the centre told my son to keep it a secret from me",
    ],
)
def test_understated_disclosures_are_safeguarding(day_ops, text):
    assert day_ops.classify(text).label == "safeguarding"


@pytest.mark.parametrize(
    "text",
    [
        # a named person, a passive harm act
        "Our neighbour Mrs Adams has been slapped by her grandson, I saw it through the window",
        # control: checking a phone, not allowed out
        "my partner checks my phone every night and I am not allowed to go out on my own",
        # a death wish in new words
        "I wish I could just disappear, nothing matters any more",
        # exploitation: made to hold things for others
        "The lads at the bus stop make my son hold packages for them",
        # money taken by a relative
        "her nephew collects her pension every week and she never sees any of it",
    ],
)
def test_compositional_rules_catch_new_wording(day_ops, text):
    result = day_ops.classify(text)
    assert result.label == "safeguarding"


@pytest.mark.parametrize(
    "text",
    [
        "Domestic abuse posters in the toilets at the day centre would be a good idea",
        "The service should have a safeguarding policy and training for every driver",
        "The app won't let me book the travel training online",
    ],
)
def test_topic_mentions_and_design_talk_are_not_safeguarding(day_ops, text):
    assert day_ops.classify(text).label != "safeguarding"


def test_verb_forms_inflect():
    irregular = drift.installed_lexicon().irregular_verbs
    forms = verb_form_set("grab push throw bully", irregular)
    assert {"grabbed", "grabbing", "pushes", "threw", "thrown", "bullied"} <= forms


def test_figurative_harm_words_are_not_safeguarding(day_ops):
    assert day_ops.classify("brb, dying for a brew").label == "chatter"


def test_a_personal_complaint_is_complaint(day_ops):
    result = day_ops.classify(
        "I have phoned the duty team four times about my direct payment and nobody has rung"
        " back. I want an apology and someone to call me today."
    )
    assert result.label == "complaint"
    assert any(r.startswith("redress cue") for r in result.reasons)


def test_an_on_topic_message_is_on_scope_and_names_a_scope_term(day_ops):
    result = day_ops.classify("Travel training on the bus gave my son his independence")
    assert result.label == "on_scope"
    assert 'scope term: "travel"' in result.reasons


def test_an_out_of_scope_topic_is_off_scope_and_names_it(day_ops):
    result = day_ops.classify("PIP reassessment is a nightmare, three years of evidence again")
    assert result.label == "off_scope"
    assert 'out-of-scope topic: "Personal Independence Payment"' in result.reasons


def test_general_drift_is_off_scope(day_ops):
    assert day_ops.classify("Did anyone watch the football last night?").label == "off_scope"


def test_extra_terms_turn_a_borderline_message_on_scope():
    text = "Living skills like cooking at the allotment"
    assert Classifier(DAY_OPS).classify(text).label == "off_scope"
    taught = dataclasses.replace(DAY_OPS, extra_terms=("allotment",))
    result = Classifier(taught).classify(text)
    assert result.label == "on_scope"
    assert 'scope term: "allotment"' in result.reasons


def test_result_shape(day_ops):
    result = day_ops.classify("anything at all")
    assert isinstance(result, Classification)
    assert result.label in LABELS
    assert 0.0 <= result.score <= 1.0
    assert all(isinstance(r, str) and len(r) < 80 for r in result.reasons)
    assert day_ops.classify("").label == "chatter"


def test_scope_from_dict_tolerates_missing_out_of_scope():
    scope = scope_from_dict({"title": "T", "scope": "S", "agenda": ["a", "b"]})
    assert scope == Scope(title="T", scope="S", agenda=("a", "b"))


# --- quality floor on the dev set ----------------------------------------------------

# The shared dev set beside the repo; DRIFT_DEV_DATA names another folder (a worktree),
# as in tests/test_drift_frozen.py and bench/bench_drift.py.
DEV = Path(
    os.environ.get("DRIFT_DEV_DATA")
    or Path(__file__).resolve().parents[2] / "shared" / "eval" / "drift"
)


def _dev_pairs() -> list[tuple[str, str]]:
    scopes = json.loads((DEV / "dev_scopes.json").read_text(encoding="utf-8"))
    classifiers = {k: Classifier(scope_from_dict(v)) for k, v in scopes.items()}
    pairs = []
    for name in ("dev.jsonl", "dev_safeguarding.jsonl"):
        for line in (DEV / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                label = classifiers[row["scope_id"]].classify(row["text"]).label
                pairs.append((row["label"], label))
    return pairs


@pytest.mark.skipif(
    not (DEV / "dev_scopes.json").exists(),
    reason=f"the shared dev set is not beside the repo ({DEV} is absent)",
)
def test_dev_set_quality_floor():
    pairs = _dev_pairs()
    fig = cli.figures(pairs)
    # Reached on dev: safeguarding recall 1.00 (precision 0.62), redirect precision 1.00,
    # recall 0.89. Since the word model learnt batch 8 it flags more personal stories
    # privately (10 of 188, was 5), which costs redirect recall (was 0.93).
    assert fig["safeguarding_recall"] == 1.0
    assert fig["redirect"]["precision"] >= 0.95
    assert fig["redirect"]["recall"] >= 0.85
    false_alarms = sum(1 for g, p in pairs if g != "safeguarding" and p == "safeguarding")
    assert false_alarms <= 12  # 10 of 188 reached
    assert not [g for g, p in pairs if g == "chatter" and p in REDIRECT_LABELS]


# --- quality floor on the blind batches ------------------------------------------------

DATA = Path(__file__).resolve().parent / "data"


def test_blind_batches_quality_floor():
    """Four made-up workshops (library, day centre transport, housing repairs, community
    learning), 88 disclosures and 90 tricky non-disclosures. Each batch was scored once
    before the rules were tuned on it (docs/drift.md has those figures); this floor is
    in-sample now, so it guards against regressions, not an estimate of new workshops."""
    scopes = json.loads((DATA / "drift_blind_scopes.json").read_text(encoding="utf-8"))
    classifiers = {k: Classifier(scope_from_dict(v)) for k, v in scopes.items()}
    pairs = []
    for line in (DATA / "drift_blind.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pairs.append((row["label"], classifiers[row["scope_id"]].classify(row["text"]).label))
    fig = cli.figures(pairs)
    false_alarms = sum(1 for g, p in pairs if g != "safeguarding" and p == "safeguarding")
    # Reached: safeguarding recall 1.00 (88/88), 4 false alarms in 90, redirects 1.00 / 1.00.
    assert fig["safeguarding_recall"] >= 0.95
    assert false_alarms <= 9
    assert fig["redirect"]["precision"] >= 0.9
    assert fig["redirect"]["recall"] >= 0.9
    assert not [g for g, p in pairs if g == "chatter" and p in REDIRECT_LABELS]


# --- the command line ---------------------------------------------------------------


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return cli.run(parser.parse_args(argv))


@pytest.fixture
def scopes_file(tmp_path) -> Path:
    path = tmp_path / "scopes.json"
    entry = {
        "title": DAY_OPS.title,
        "scope": DAY_OPS.scope,
        "agenda": list(DAY_OPS.agenda),
        "complaints_route": DAY_OPS.complaints_route,
    }
    path.write_text(json.dumps({"day_ops": entry}), encoding="utf-8")
    return path


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_prints_one_json_line_per_message(tmp_path, scopes_file, capsys):
    data = _write(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "scope_id": "day_ops", "text": "+1"},
            {"id": "b", "scope_id": "day_ops", "text": "My stepdad hits me"},
        ],
    )
    assert _run(["--scopes", str(scopes_file), str(data)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(x["id"], x["label"]) for x in lines] == [("a", "chatter"), ("b", "safeguarding")]
    assert all(set(x) == {"id", "label", "score"} for x in lines)


def test_cli_report(tmp_path, scopes_file, capsys):
    rows = [
        ("a", "+1", "chatter"),
        ("b", "My stepdad hits me", "safeguarding"),
        ("c", "Did anyone watch the football?", "off_scope"),
    ]
    data = _write(
        tmp_path / "in.jsonl",
        [{"id": i, "scope_id": "day_ops", "text": t, "label": g} for i, t, g in rows],
    )
    assert _run(["--scopes", str(scopes_file), str(data), "--report"]) == 0
    out = capsys.readouterr().out
    assert "safeguarding recall: 1.000" in out
    assert "redirect precision: 1.000" in out
    assert "confusion" in out
    assert all(label in out for label in LABELS)


def test_cli_bad_json_line_is_one_plain_sentence(tmp_path, scopes_file, capsys):
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": "a", "scope_id": "day_ops", "text": "+1"}\n{not json\n')
    assert _run(["--scopes", str(scopes_file), str(data)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert f"{data}, line 2" in err
    assert "\n" not in err


def test_cli_unknown_scope_and_missing_file(tmp_path, scopes_file, capsys):
    data = _write(tmp_path / "in.jsonl", [{"id": "a", "scope_id": "nope", "text": "hi"}])
    assert _run(["--scopes", str(scopes_file), str(data)]) == 2
    assert "unknown scope_id 'nope'" in capsys.readouterr().err
    assert _run(["--scopes", str(tmp_path / "missing.json"), str(data)]) == 2
    assert "missing.json does not exist" in capsys.readouterr().err


def test_new_batches_quality_floor():
    """Batches 5 and 6 (six more workshops). First-sight scores are in docs/drift.md
    (batch 5: 0.50 before the rule changes; batch 6: 0.50 on the rules alone, 0.94 with
    the word model trained without it). Both are in-sample now: a regression guard."""
    scopes = json.loads((DATA / "drift_new_scopes.json").read_text(encoding="utf-8"))
    classifiers = {k: Classifier(scope_from_dict(v)) for k, v in scopes.items()}
    pairs = []
    for name in ("drift_batch5.jsonl", "drift_batch6.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                label = classifiers[row["scope_id"]].classify(row["text"]).label
                pairs.append((row["label"], label))
    fig = cli.figures(pairs)
    false_alarms = sum(1 for g, p in pairs if g != "safeguarding" and p == "safeguarding")
    # Reached: 72/72 disclosures, 3 false alarms in 48.
    assert fig["safeguarding_recall"] >= 0.95
    assert false_alarms <= 8
    assert fig["redirect"]["precision"] >= 0.9
    assert not [g for g, p in pairs if g == "chatter" and p in REDIRECT_LABELS]


@pytest.mark.parametrize(
    "text",
    [
        "what's the point any more",
        "nobody's been in to see mum for days",
        "they lock the door at night",
        "my partner checks my bank app every night and I have to account for every coffee",
    ],
)
def test_understated_disclosures_from_the_general_rules(day_ops, text):
    assert day_ops.classify(text).label == "safeguarding"


@pytest.mark.parametrize(
    "text",
    [
        "What do staff do if someone says they want to die?",
        "The safeguarding policy says carers must report any bruising they see.",
        "We need training on spotting financial abuse for the new agency.",
    ],
)
def test_policy_and_hypothetical_talk_is_not_a_disclosure(day_ops, text):
    assert day_ops.classify(text).label != "safeguarding"


def test_batch7_quality_floor():
    """Batch 7 (short messages, typos and text-speak, easy read, understatement, carers'
    reports, speech-to-text). First sight, before the model was retrained on it: 35/36,
    3 false alarms in 30 (docs/drift.md). In-sample now: a regression guard."""
    scopes = json.loads((DATA / "drift_batch7_scopes.json").read_text(encoding="utf-8"))
    classifiers = {k: Classifier(scope_from_dict(v)) for k, v in scopes.items()}
    pairs = []
    for line in (DATA / "drift_batch7.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pairs.append((row["label"], classifiers[row["scope_id"]].classify(row["text"]).label))
    fig = cli.figures(pairs)
    false_alarms = sum(1 for g, p in pairs if g != "safeguarding" and p == "safeguarding")
    assert fig["safeguarding_recall"] >= 0.95
    assert false_alarms <= 5
    assert fig["redirect"]["precision"] >= 0.9
    assert not [g for g, p in pairs if g == "chatter" and p in REDIRECT_LABELS]


def test_text_speak_is_written_out():
    assert plain("i dont like the nite man n u cant tell sum1 plz") == (
        "i don't like the night man and you can't tell someone please"
    )
    assert plain("mum is ill") == "mum is ill"


def test_word_model_features_include_character_grams():
    feats = model_features("my frends")
    assert {"frend", "my_frend", "#<fre", "#ends"} <= feats


def test_rule_evidence_and_model_add_up(day_ops):
    """Below the rules' threshold the word model's log-odds get model_gain per point of
    rule evidence: switching the gain off can only flag fewer messages."""
    text = "he gets a bit rough with me when he's had a few"
    with_gain = day_ops.classify(text)
    no_gain = Classifier(DAY_OPS, dataclasses.replace(Thresholds(), model_gain=0.0)).classify(text)
    assert with_gain.label == "safeguarding"
    assert no_gain.label in ("safeguarding", "on_scope")
    assert with_gain.score >= no_gain.score or no_gain.label != "safeguarding"


def test_batch8_quality_floor():
    """Batch 8 (six workshops written in the dev author's style: long messages, disclosures
    framed as agenda feedback, complaints or questions, told through indicators). First
    sight: 41/42, 9 false alarms in 60, redirects 0.94 / 0.67 (docs/drift.md). In-sample
    now: a regression guard."""
    scopes = json.loads((DATA / "drift_batch8_scopes.json").read_text(encoding="utf-8"))
    classifiers = {k: Classifier(scope_from_dict(v)) for k, v in scopes.items()}
    pairs = []
    for line in (DATA / "drift_batch8.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pairs.append((row["label"], classifiers[row["scope_id"]].classify(row["text"]).label))
    fig = cli.figures(pairs)
    false_alarms = sum(1 for g, p in pairs if g != "safeguarding" and p == "safeguarding")
    # Reached: 42/42, 7 false alarms in 60, redirects 0.96 / 0.92.
    assert fig["safeguarding_recall"] >= 0.95
    assert false_alarms <= 10
    assert fig["redirect"]["precision"] >= 0.9
    assert fig["redirect"]["recall"] >= 0.8
    assert not [g for g, p in pairs if g == "chatter" and p in REDIRECT_LABELS]


@pytest.mark.parametrize(
    "text",
    [
        # suicide indicators: things handed on, "had enough"
        "I've shown my son where the bank papers are and found a home for the cat. I've had"
        " enough really.",
        # self-harm said sideways
        "i go behind the sports hall and do my legs when it gets bad",
        # a forced marriage
        "my parents say i'll be getting married over there after my exams, i'm 15",
        # medicines kept in store
        "I've been hiding my sleeping tablets in a sock drawer for a while now",
    ],
)
def test_fourth_round_rule_families(day_ops, text):
    assert day_ops.classify(text).label == "safeguarding"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "My PA is threatening to leave because she's not been paid. I want someone from"
            " finance to ring me today.",
            "complaint",
        ),
        (
            "I reported it in May and heard nothing. I want to know what's been done about it.",
            "complaint",
        ),
        ("brb, need to find my charger, laptop's dying", "chatter"),
    ],
)
def test_fourth_round_complaints_and_chatter(day_ops, text, label):
    assert day_ops.classify(text).label == label


def test_the_council_name_is_not_scope_evidence():
    scope = dataclasses.replace(
        DAY_OPS,
        scope="We are co-designing Wexcombe's day activities for adults with disabilities.",
        out_of_scope=("School admissions and exclusions",),
        complaints_route="Email complaints@wexcombe.gov.uk.",
    )
    text = "the exclusions at Wexcombe Academy are ridiculous, 40 kids sent home last term"
    assert Classifier(scope).classify(text).label == "off_scope"


# --- fifth round (issue 20): other people's words -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an idiom, not harm
        "the bus strike made me late for the pub too",
        "The self-service tills beat me every time.",
        # a process question and a policy point
        "What should staff do if someone discloses abuse at the cafe?",
        "Staff should ask people privately whether they feel safe at home.",
        # a resolved past event, a professional's past case, a TV plot
        "My dad was hit by a carer years ago, it was all dealt with and she was sacked.",
        "I work on the ward and we had a patient whose son took her pension, it was dealt with.",
        "That programme on telly where the son was stealing his mum's pension was so sad.",
        # a gap in a service is feedback
        "Nobody on the ward asked me whether Mum could manage the stairs.",
    ],
)
def test_talk_about_harm_is_not_a_person_at_risk_now(day_ops, text):
    assert day_ops.classify(text).label != "safeguarding"


@pytest.mark.parametrize(
    "text",
    [
        # indirect suicidal ideation, buried in feedback
        "Since my diagnosis I've thought it would be kinder on my family if I went before it"
        " gets worse. Anyway, bigger signs please.",
        "not in a bad way or anything. everyone would be fine without me around tbh",
        # a disclosure after a policy point in another sentence
        "I think reviews should ask about money. My brother takes all my money on payday.",
        # a third-party disclosure by a professional, in the present
        "Support worker here. One of our clients keeps begging us not to go and her"
        " grandson has her bank card.",
    ],
)
def test_framing_does_not_hide_a_present_disclosure(day_ops, text):
    assert day_ops.classify(text).label == "safeguarding"


@pytest.mark.parametrize(
    "text",
    [
        "I have been waiting 6 months for my assessment and nobody calls me back",
        "Please can this be escalated, my son's social worker promised a review by March.",
        "they took mum's name off the list when she was in hospital, I want her place back",
        "we pay every month but the bill is double what the letter say, can someone correct this",
    ],
)
def test_own_case_redress_without_the_word_complain(day_ops, text):
    assert day_ops.classify(text).label == "complaint"


def test_an_out_of_scope_item_is_recognised_by_the_words_people_use_for_it():
    scope = dataclasses.replace(DAY_OPS, out_of_scope=("Pay and conditions for day centre staff",))
    clf = Classifier(scope)
    said = "The staff at the centre are paid peanuts. They deserve a proper wage."
    assert clf.classify(said).label == "off_scope"
    # one related word alone does not redirect
    assert clf.classify("paid work please, not just work experience").label != "off_scope"


def test_alert_strength():
    clf = Classifier(DAY_OPS)
    strong = clf.classify("My dad hits me when he has been drinking and I am scared to go home")
    assert (strong.label, strong.strength) == ("safeguarding", "strong")
    weak = clf.classify("my neighbour has been shouting at his mum a lot lately")
    assert (weak.label, weak.strength) == ("safeguarding", "weak")
    assert clf.classify("Hello everyone").strength == ""


def _batch_pairs(name: str, scopes_name: str) -> list[tuple[str, str]]:
    scopes = json.loads((DATA / scopes_name).read_text(encoding="utf-8"))
    classifiers = {k: Classifier(scope_from_dict(v)) for k, v in scopes.items()}
    pairs = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            label = classifiers[row["scope_id"]].classify(row["text"]).label
            if label != row["label"] and label in row.get("either", ()):
                continue  # a complaint that may fairly be read as safeguarding
            pairs.append((row["label"], label))
    return pairs


@pytest.mark.parametrize(
    ("name", "scopes_name", "false_alarm_limit", "redirect_recall"),
    [
        # first sight (docs/drift.md): 14/16, 30/183, redirects 0.93 / 0.53; now in-sample
        ("drift_external_v1.jsonl", "drift_external_v1_scopes.json", 12, 0.7),
        # first sight: 10/10, 6/29, 1.00 / 0.50 and 8/9, 8/30, 1.00 / 0.50
        ("drift_batch9.jsonl", "drift_batch9_10_scopes.json", 3, 0.8),
        ("drift_batch10.jsonl", "drift_batch9_10_scopes.json", 4, 0.8),
    ],
)
def test_fifth_round_sets_quality_floor(name, scopes_name, false_alarm_limit, redirect_recall):
    """In-sample regression guards (the word model has seen these sets); the honest
    figures are the held-out ones in docs/drift.md."""
    pairs = _batch_pairs(name, scopes_name)
    fig = cli.figures(pairs)
    false_alarms = sum(1 for g, p in pairs if g != "safeguarding" and p == "safeguarding")
    assert fig["safeguarding_recall"] == 1.0
    assert false_alarms <= false_alarm_limit
    assert fig["redirect"]["precision"] >= 0.9
    assert fig["redirect"]["recall"] >= redirect_recall
    assert not [g for g, p in pairs if g == "chatter" and p in REDIRECT_LABELS]


def _bench():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import bench_drift

    return bench_drift


@pytest.mark.skipif(
    not (_bench().DEFAULT_DATA / "dev_scopes.json").exists(),
    reason="the shared dev set is not beside the repo (set DRIFT_DEV_DATA)",
)
def test_each_author_held_out_meets_the_targets():
    """Issue 20's targets on held-out authors, the worst author reported: the word model
    retrained without each author (dev, external_v1, the assistant's batches). Reached:
    worst recall 0.97, false alarms 0.07, redirects 0.98 / 0.71 (docs/drift.md)."""
    bench = _bench()
    scopes, rows = bench.all_rows(bench.DEFAULT_DATA)
    per = bench.heldout_pairs(scopes, rows, by="author")
    assert set(per) == {"dev", "external_v1", "assistant"}
    worst = bench.worst([bench.summary(pairs) for pairs in per.values()])
    assert worst["sg_recall"] >= 0.95
    assert worst["false_alarm_rate"] <= 0.08
    assert worst["redirect_precision"] >= 0.9
    assert worst["redirect_recall"] >= 0.7
    assert worst["chatter_redirected"] == 0
