"""Private messages to one person, sent after the workshop's lock is released.

Every raised hand is answered privately ("Your hand is up. You are number 4"): one
round trip to the platform each. Sent under the workshop's lock, thirty hands raised
at once held a facilitator's `!next` behind thirty round trips (issue 21). A message
to one person changes nothing anyone else waits for, so the bus stores the command,
carries out its other effects under the lock, and hands its private messages here
to be sent once the lock is free.

Nothing is lost by it: the workshop's slot counts the batches still under way
(`WorkshopSlot.in_flight`), and its outbox mark (bot/recovery.py) moves past a
command's events only when none is, so a crash before a private message went out
sends it again after the restart, under the same key. Each person's messages keep
the order their commands were stored in: a batch takes its turn per person while
the lock is still held, and waits for the earlier turn before sending.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.executor import Executor
from bot.runtime import WorkshopSlot
from facilitation import commands as cmd
from facilitation.effects import Effect, SendPrivate


@dataclass
class Turn:
    person_id: str
    previous: asyncio.Future[None] | None  # the earlier batch's turn for this person
    # Made only when a later batch for the same person has to wait for this one: most
    # have none (a raised hand's "Your hand is up"), so most make no future at all.
    mine: asyncio.Future[None] | None = None
    done: bool = False

    def waited_for(self, loop: asyncio.AbstractEventLoop) -> asyncio.Future[None] | None:
        """What a later batch for this person awaits (None: this turn is over)."""
        if self.done:
            return None
        if self.mine is None:
            self.mine = loop.create_future()
        return self.mine


@dataclass
class PrivateBatch:
    """One command's private messages, with their keys. `slot`: the workshop whose
    stored events they come from (None for an answer or a refusal, which store none)."""

    room: str
    slot: WorkshopSlot | None
    effects: list[SendPrivate]
    keys: list[str]
    report_failures: bool
    asked_by: str = ""  # whose command they are for (Executor.run's `asked_by`)
    turns: list[Turn] = field(default_factory=list)


def split_private(
    effects: Sequence[Effect], keys: Sequence[str], keep_for: str = ""
) -> tuple[list[Effect], list[str], list[SendPrivate], list[str]]:
    """(other effects, their keys, private messages, their keys), each in order.
    Private messages to `keep_for` (the person an adapter answers where they asked,
    bot/executor.py's `AnswerHere`) stay with the others: they are not sent, so
    nothing need wait for them."""
    others: list[Effect] = []
    other_keys: list[str] = []
    private: list[SendPrivate] = []
    private_keys: list[str] = []
    for effect, key in zip(effects, keys, strict=True):
        if isinstance(effect, SendPrivate) and not (keep_for and effect.person_id == keep_for):
            private.append(effect)
            private_keys.append(key)
        else:
            others.append(effect)
            other_keys.append(key)
    return others, other_keys, private, private_keys


class PrivateSends:
    def __init__(self, executor: Executor) -> None:
        self.executor = executor
        self._last_turn: dict[str, Turn] = {}  # person -> their latest turn

    def hold(
        self,
        room: str,
        slot: WorkshopSlot | None,
        effects: list[SendPrivate],
        keys: list[str],
        report_failures: bool,
        asked_by: str = "",
    ) -> PrivateBatch:
        """Keep a command's private messages for `send`; called under the lock, so
        turns are taken in the order the commands were stored."""
        batch = PrivateBatch(room, slot, effects, keys, report_failures, asked_by)
        people = (
            (effects[0].person_id,)
            if len(effects) == 1
            else dict.fromkeys(e.person_id for e in effects)
        )
        for person in people:
            earlier = self._last_turn.get(person)
            previous = None
            if earlier is not None:
                previous = earlier.waited_for(asyncio.get_running_loop())
            turn = Turn(person, previous)
            batch.turns.append(turn)
            self._last_turn[person] = turn
        if slot is not None:
            slot.in_flight += 1
        return batch

    async def send(self, batch: PrivateBatch) -> list[cmd.Command]:
        """Send the batch, each person's messages after their earlier turn; return the
        follow-up commands (failures to report). Every turn is given up, whatever
        happens, so no later batch waits for ever; a batch cut off (its task was
        cancelled) is left under way, as `abandon` leaves it."""
        follow_ups: list[cmd.Command] = []
        try:
            for turn in batch.turns:
                if turn.previous is not None:
                    await asyncio.shield(turn.previous)  # never cancel another's turn
                effects, keys = _to(turn.person_id, batch)
                follow_ups += await self.executor.run(
                    effects,
                    keys=keys,
                    report_failures=batch.report_failures,
                    asked_by=batch.asked_by,
                )
                self._give_up(turn)
        finally:
            self.abandon(batch)
        if batch.slot is not None:
            batch.slot.in_flight -= 1  # all sent (a failure is reported, not lost)
        return follow_ups

    def abandon(self, batch: PrivateBatch) -> None:
        """A batch that will not be sent (its command's task was cancelled, as at a
        stop): its turns are given up so nobody waits for them, but it still counts
        as under way, so nothing marks its messages done and a restart sends them."""
        for turn in batch.turns:
            self._give_up(turn)

    def _give_up(self, turn: Turn) -> None:
        turn.done = True
        if turn.mine is not None and not turn.mine.done():
            turn.mine.set_result(None)
        if self._last_turn.get(turn.person_id) is turn:
            del self._last_turn[turn.person_id]


def _to(person_id: str, batch: PrivateBatch) -> tuple[list[SendPrivate], list[str]]:
    """The batch's messages to one person, with their keys (most batches have one)."""
    if len(batch.turns) == 1:
        return batch.effects, batch.keys
    mine = [
        (e, k) for e, k in zip(batch.effects, batch.keys, strict=True) if e.person_id == person_id
    ]
    return [e for e, _ in mine], [k for _, k in mine]
