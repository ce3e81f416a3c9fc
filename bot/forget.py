"""`workshop-bot forget PERSON`: a data-protection officer erases a person from every
workshop, ended ones included, in words the same as the person's own `!forgetme`.

Each workshop gets a `PersonErased` event (with `requested_by`, so the audit row
says who asked); the store rewrites that workshop's rows in the same transaction.
Without `--confirm` nothing changes: it says what it would do. A running workshop
is left alone unless `--include-running` (the bot must be stopped: it keeps names in
memory and would show the old name until restarted). Running it twice is harmless.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.export.cli import _actor, _open, _run
from bot.export.service import ExportError
from facilitation import events as ev
from facilitation import words as t
from facilitation.state import WorkshopState, evolve
from storage.store import EventStore, WorkshopRow


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("person", metavar="PERSON", help=t.PERSON_ARG_HELP)
    parser.add_argument("--confirm", action="store_true", help=t.CONFIRM_ARG_HELP)
    parser.add_argument("--include-running", action="store_true", help=t.INCLUDE_RUNNING_ARG_HELP)
    parser.add_argument("--config", type=Path, help=t.CONFIG_ARG_HELP)


def run(args: argparse.Namespace) -> int:
    return _run(_forget, args)


@dataclass(frozen=True)
class Taking:
    """A workshop the person took part in, replayed."""

    row: WorkshopRow
    state: WorkshopState

    @property
    def label(self) -> str:
        return f"{self.row.id} ({self.row.status}) {self.row.title}"


def _people_in(events: list[ev.Event]) -> set[str]:
    ids = {e.person_id for e in events if isinstance(e, ev.ParticipantJoined)}
    ids |= {e.facilitator_id for e in events if isinstance(e, ev.WorkshopStarted)}
    return ids


async def _takings(store: EventStore) -> list[tuple[WorkshopRow, list[ev.Event]]]:
    return [(row, await store.load_events(row.id)) for row in await store.all_workshops()]


def _whom(given: str, logs: list[tuple[WorkshopRow, list[ev.Event]]]) -> str:
    """The one person id meant: an exact id, or the only one containing `given`."""
    everyone = set().union(*(_people_in(events) for _, events in logs)) if logs else set()
    if given in everyone:
        return given
    matches = sorted(p for p in everyone if given.strip() and given in p)
    if not matches:
        raise ExportError(t.no_such_person_id(given))
    if len(matches) > 1:
        raise ExportError(t.ambiguous_person(given, matches))
    return matches[0]


def _replayed(row: WorkshopRow, events: list[ev.Event]) -> WorkshopState:
    state = WorkshopState(workshop_id=row.id)
    for event in events:
        state = evolve(state, event)
    return state


async def _forget(settings: Settings, args: argparse.Namespace) -> None:
    store = await _open(settings)
    try:
        logs = await _takings(store)
        person = _whom(args.person, logs)
        takings = [
            Taking(row, _replayed(row, events))
            for row, events in logs
            if person in _people_in(events)
        ]
        print(t.forget_plan(person, [taking.label for taking in takings]))
        if not args.confirm:
            print(t.FORGET_DRY_RUN)
            return
        actor = _actor()
        for taking in takings:
            print(await _erase_in(store, taking, person, actor, args.include_running))
    finally:
        await store.close()


async def _erase_in(
    store: EventStore, taking: Taking, person: str, actor: str, include_running: bool
) -> str:
    if person in taking.state.erased:
        return t.forget_already(taking.label)
    if taking.row.status == "running" and not include_running:
        return t.forget_skipped_running(taking.label)
    now = time.time()
    pseudonym = t.erased_name(len(taking.state.erased) + 1)
    erased = ev.PersonErased(person_id=person, pseudonym=pseudonym, at=now, requested_by=actor)
    await store.append(
        taking.row.id,
        [erased],
        actor_id=actor,
        source_id=f"cli-forget:{taking.row.id}:{person}",
        now=now,
    )
    return t.forget_done(taking.label, pseudonym)
