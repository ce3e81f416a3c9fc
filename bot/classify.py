"""`workshop-bot classify`: label chat messages against workshop scopes.

    workshop-bot classify --scopes SCOPES.json INPUT.jsonl [--report]

SCOPES.json maps a scope id to {title, scope, agenda, out_of_scope, complaints_route}.
Each INPUT line is {"id", "scope_id", "text"} (plus "label" for --report). Without
--report one JSON line per message is printed: {"id", "label", "score"}. With
--report the gold labels are compared with the classifier's: per-label precision,
recall, F1 and support, a confusion matrix, safeguarding recall and the precision
and recall of public redirects (off_scope or complaint, either way round).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.drift_data import load_lexicon, load_word_model
from facilitation.drift import LABELS, REDIRECT_LABELS, Classifier, prepare, scope_from_dict


class InputError(Exception):
    """Bad input, told to the person as one plain sentence."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--scopes",
        type=Path,
        required=True,
        help="JSON file mapping each scope id to its title, scope, agenda and out_of_scope",
    )
    parser.add_argument(
        "input",
        type=Path,
        metavar="INPUT.jsonl",
        help="one JSON message per line: id, scope_id, text",
    )
    parser.add_argument(
        "--report",
        action="store_true",
        help="compare with each line's gold 'label' and print precision, recall and F1",
    )


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    prepare(load_word_model(), load_lexicon())  # as at the bot's start-up (bot/bootstrap.py)
    try:
        classifiers = load_classifiers(args.scopes)
        rows = load_messages(args.input, classifiers, need_label=args.report)
    except InputError as error:
        print(error, file=sys.stderr)
        return 2
    pairs: list[tuple[str, str]] = []
    for row in rows:
        result = classifiers[row["scope_id"]].classify(row["text"])
        if args.report:
            pairs.append((row["label"], result.label))
        else:
            line = {"id": row.get("id"), "label": result.label, "score": result.score}
            print(json.dumps(line, ensure_ascii=False), file=out)
    if args.report:
        print(format_report(figures(pairs)), file=out)
    return 0


# --- input ------------------------------------------------------------------------


def load_classifiers(path: Path) -> dict[str, Classifier]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"The scopes file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"The scopes file {path} could not be read ({error}).") from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"The scopes file {path} is not valid JSON (line {error.lineno}: {error.msg})."
        ) from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(f"The scopes file {path} must map each scope id to an object.")
    for scope_id, entry in data.items():
        if not entry.get("scope"):
            raise InputError(f"Scope {scope_id!r} in {path} has no 'scope' statement.")
    return {scope_id: Classifier(scope_from_dict(entry)) for scope_id, entry in data.items()}


def load_messages(
    path: Path, classifiers: dict[str, Classifier], need_label: bool
) -> list[dict[str, Any]]:
    try:
        # JSON Lines ends a line at "\n" only: str.splitlines() would also break inside
        # a text holding U+2028 or U+0085, which JSON may carry unescaped.
        lines = path.read_text(encoding="utf-8").split("\n")
    except FileNotFoundError:
        raise InputError(f"The input file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"The input file {path} could not be read ({error}).") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where} is not valid JSON ({error.msg}).") from None
        if not isinstance(row, dict):
            raise InputError(f"{where} is not a JSON object.")
        if not isinstance(row.get("text"), str):
            raise InputError(f"{where} has no 'text'.")
        if row.get("scope_id") not in classifiers:
            raise InputError(f"{where} names an unknown scope_id {row.get('scope_id')!r}.")
        if need_label and row.get("label") not in LABELS:
            raise InputError(f"{where} needs a 'label' (one of {', '.join(LABELS)}) for --report.")
        rows.append(row)
    return rows


# --- figures ----------------------------------------------------------------------


def figures(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Per-label and headline figures from (gold, predicted) pairs."""
    confusion: Counter[tuple[str, str]] = Counter(pairs)
    per_label = {}
    for label in LABELS:
        tp = confusion[(label, label)]
        predicted = sum(n for (_, p), n in confusion.items() if p == label)
        support = sum(n for (g, _), n in confusion.items() if g == label)
        per_label[label] = _prf(tp, predicted, support)
    redirect_tp = sum(
        n for (g, p), n in confusion.items() if g in REDIRECT_LABELS and p in REDIRECT_LABELS
    )
    redirect_pred = sum(n for (_, p), n in confusion.items() if p in REDIRECT_LABELS)
    redirect_gold = sum(n for (g, _), n in confusion.items() if g in REDIRECT_LABELS)
    chatter_redirected = sum(
        n for (g, p), n in confusion.items() if g == "chatter" and p in REDIRECT_LABELS
    )
    return {
        "per_label": per_label,
        "confusion": {g: {p: confusion[(g, p)] for p in LABELS} for g in LABELS},
        "safeguarding_recall": per_label["safeguarding"]["recall"],
        "redirect": _prf(redirect_tp, redirect_pred, redirect_gold),
        "chatter_redirected": chatter_redirected,
        "messages": sum(confusion.values()),
    }


def _prf(tp: int, predicted: int, support: int) -> dict[str, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": support}


def format_report(fig: dict[str, Any]) -> str:
    lines = [f"{fig['messages']} messages", ""]
    lines.append(f"{'label':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}")
    for label in LABELS:
        row = fig["per_label"][label]
        lines.append(
            f"{label:<14}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['f1']:>7.3f}"
            f"{row['support']:>9d}"
        )
    lines += ["", "confusion (rows: gold, columns: predicted)"]
    short = {label: label[:8] for label in LABELS}
    lines.append(" " * 14 + "".join(f"{short[p]:>10}" for p in LABELS))
    for gold in LABELS:
        counts = fig["confusion"][gold]
        lines.append(f"{gold:<14}" + "".join(f"{counts[p]:>10d}" for p in LABELS))
    redirect = fig["redirect"]
    lines += [
        "",
        f"safeguarding recall: {fig['safeguarding_recall']:.3f} (target 0.95 or more)",
        f"redirect precision: {redirect['precision']:.3f} (target 0.9 or more)",
        f"redirect recall: {redirect['recall']:.3f} (target 0.6 or more)",
        f"chatter publicly redirected: {fig['chatter_redirected']} (target 0)",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workshop-bot classify", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
