"""The core's one JSON codec (facilitation/codec.py), as the event log and the
snapshots use it: what goes in through JSON comes back equal, an old log still reads,
and a snapshot that does not fit today's classes is refused."""

from __future__ import annotations

import json

import pytest

from facilitation import events as ev
from facilitation.state import WorkshopState, from_snapshot, to_snapshot

STARTED = ev.WorkshopStarted(
    workshop_id="w1",
    room="room",
    title="Day services",
    scope="What to change",
    agenda=("Welcome", "Ideas"),
    cannot_change="The budget",
    ground_rules=("Be kind",),
    complaints_route="",
    out_of_scope=(),
    drift_sensitivity="normal",
    drift_cooldown=120,
    queue_order="fair",
    prefix="!",
    timebox_warning_seconds=30,
    reactions=False,
    facilitator_id="p1",
    facilitator_name="Sam",
    at=1000.0,
    earlier_actions=(("w0#1", "Fix the ramp", "open"),),
    agenda_minutes=(10, 20),
)


def _through_json(value: object) -> object:
    return json.loads(json.dumps(value))


def test_an_event_comes_back_from_json_equal_with_its_nested_tuples():
    type_name, payload = ev.to_record(STARTED)
    assert type_name == "WorkshopStarted"
    assert payload["earlier_actions"] == [["w0#1", "Fix the ramp", "open"]]
    back = ev.from_record(type_name, _through_json(payload))
    assert back == STARTED
    assert isinstance(back.earlier_actions[0], tuple)


def test_an_event_logged_before_a_field_existed_reads_with_its_default():
    _, payload = ev.to_record(STARTED)
    for newer in ("series", "earlier_actions", "agenda_minutes", "planned_polls"):
        del payload[newer]
    kept = dict(payload)
    back = ev.from_record("WorkshopStarted", payload)
    assert back.series == "" and back.earlier_actions == () and back.agenda_minutes == ()
    assert payload == kept  # the store's payload is not changed by reading it


def test_the_log_is_read_as_written_but_a_snapshot_must_fit():
    # The log is the truth: a value of another type than the class says is kept.
    _, payload = ev.to_record(STARTED)
    payload["drift_cooldown"] = "120"
    assert ev.from_record("WorkshopStarted", payload).drift_cooldown == "120"
    # A snapshot is only a shortcut: one that does not fit is refused (then replayed).
    snapshot = to_snapshot(WorkshopState(workshop_id="w1"))
    assert from_snapshot(_through_json(snapshot)) == WorkshopState(workshop_id="w1")
    snapshot["workshop_id"] = 7
    with pytest.raises(ValueError):
        from_snapshot(snapshot)


def test_an_event_with_a_field_it_does_not_have_is_refused():
    _, payload = ev.to_record(STARTED)
    payload["no_such_field"] = 1
    with pytest.raises(TypeError):
        ev.from_record("WorkshopStarted", payload)
