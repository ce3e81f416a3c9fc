"""`workshop-bot classify` reads JSON Lines as the format says: one record a "\\n"."""

from __future__ import annotations

import json

from bot.classify import load_messages


def test_a_text_holding_a_line_separator_is_one_record(tmp_path):
    # JSON allows U+2028 and U+0085 unescaped in a string (ensure_ascii=False writes
    # them so); str.splitlines() would cut the record in two.
    rows = [
        {"scope_id": "s1", "text": "The form\u2028kept\x85timing out", "label": "on_scope"},
        {"scope_id": "s1", "text": "Could it save a draft?", "label": "on_scope"},
    ]
    path = tmp_path / "messages.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in rows), encoding="utf-8"
    )
    loaded = load_messages(path, {"s1": object()}, need_label=True)  # type: ignore[dict-item]
    assert [row["text"] for row in loaded] == [row["text"] for row in rows]
