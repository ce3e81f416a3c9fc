"""The message bus: runs each command through the core, one at a time per workshop.

For each command, under its main room's lock: prepare it (bot/prepare.py: plans,
series, seeds, files); `decide`; work out the new state and its effects; store the
events with their projections and audit rows in ONE transaction (the store's
`append`); keep the state (bot/runtime.py) and the timers in step; carry the effects
out (bot/executor.py); then run the follow-up commands they bring (rooms made, a
queue message posted, a failure to report) the same way; and once the lock is
released, send the private messages to one person (bot/private_sends.py), so nobody
else's command waits for them. Commands for different rooms run concurrently;
commands for one workshop never interleave, so the log order is the order people
see. `dispatch` answers with an `Outcome` (adapters/base.py): whether the command was
accepted, and the private messages it had for the person who sent it; with
`answer_here=True` those are left unsent for the adapter to answer where the person
asked (Discord: an ephemeral answer to their slash command).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace

from adapters.base import Outcome, Reply
from bot.audit import audit_entries
from bot.executor import AnswerHere, Executor, NotThePlatform, alert_kept, failure_of
from bot.prepare import PREPARED, Preparation
from bot.private_sends import PrivateBatch, PrivateSends, split_private
from bot.reader import Reader
from bot.recovery import Recovery, effects_of
from bot.runtime import BlankState, RoomDirectory, WorkshopSlot
from bot.timers import TimerPort
from facilitation import alerts, redirects, words
from facilitation import commands as cmd
from facilitation.effects import AlertStaff, Effect, SendPrivate
from facilitation.engine import Refused, answer, decide
from facilitation.events import Event
from facilitation.state import Status, WorkshopState
from facilitation.text import clean_fields
from facilitation.timers import pending_timers
from storage.store import DuplicateCommand, EventStore, source_ids

log = logging.getLogger(__name__)

# Chat in a room with no workshop, and reports about a workshop that has ended,
# need no decision and no database round trip.
_NEEDS_A_WORKSHOP = (
    cmd.Say,
    cmd.EditMessage,
    cmd.DeleteMessage,
    cmd.TimerFired,
    cmd.QueueMessagePosted,
    cmd.PollMessagePosted,
    cmd.MaterialMessagePosted,
    cmd.ReactionVote,
    cmd.EffectFailed,
    cmd.StaffRoomMade,
    cmd.AlertUndelivered,
    cmd.AlertReached,
)


# What handling one command gave: its follow-up commands, and its outcome.
Handled = tuple[list[cmd.Command], Outcome]


def _outcome(
    accepted: bool,
    command: cmd.Command,
    effects: Sequence[Effect],
    keys: Sequence[str],
    here: AnswerHere | None,
) -> Outcome:
    """The command's outcome: answered here, the replies the executor kept for the
    adapter; otherwise the private messages sent to the person who asked."""
    if here is not None:
        return Outcome(accepted, tuple(here.replies))
    if not effects:  # (a `!next`, say: nothing private)
        return Outcome(accepted, ())
    asker = command.actor.id
    mine = [
        Reply(e.text, key=k)
        for e, k in zip(effects, keys, strict=True)
        if isinstance(e, SendPrivate) and e.person_id == asker
    ]
    return Outcome(accepted, tuple(mine))


def _kept_for(here: AnswerHere | None) -> str:
    return here.person_id if here is not None else ""


def _asker(command: cmd.Command) -> str:
    """Who asked for a command's effects: nobody for the bot's own (a timer firing,
    rooms made), so their failures are not met with "try again"."""
    return "" if command.actor.platform_role is cmd.PlatformRole.BOT else command.actor.id


@dataclass
class _Answering(AnswerHere):
    """An `AnswerHere` that also knows the workshops whose stored events gave it
    replies: each counts them as under way until the adapter has given them
    (`Outcome.answered`), so a kill before that leaves them to the restart."""

    waiting: list[WorkshopSlot] = field(default_factory=list)
    done: bool = False


@dataclass(slots=True)
class _Stored:
    """A command whose events are being stored, its effects, and how far the work after
    the commit has got (`done`: steps of `_AFTER_COMMIT` finished), so a step that
    breaks is done again from there: nothing done twice, nothing skipped."""

    slot: WorkshopSlot
    state: WorkshopState  # after its events: what the log says
    command: cmd.Command
    here: AnswerHere | None
    had_effects: bool
    others: list[Effect] = field(default_factory=list)
    other_keys: list[str] = field(default_factory=list)
    private: list[SendPrivate] = field(default_factory=list)
    private_keys: list[str] = field(default_factory=list)
    follow_ups: list[cmd.Command] = field(default_factory=list)
    done: int = 0
    # Something it should have done in the chat was reported as not done: the person
    # who asked is told (the timers are the facilitators' business).
    reported: bool = False

    @property
    def reports(self) -> bool:
        """Whether its failures are reported: not a failed report's (no loop), except
        one about a person's own command, which tells them privately
        (alerts.told_not_shown): that message's failure is told to the staff. Its
        report names nobody as asking (`_asker` of the bot's own command), so it
        stops there."""
        command = self.command
        return not isinstance(command, cmd.EffectFailed) or bool(command.asked_by)

    def split(self, effects: list[Effect], keys: list[str]) -> None:
        """Private messages apart (sent once the lock is free), but not those kept for
        the adapter to answer `here` with: nothing need wait for them."""
        keep_for = self.here.person_id if self.here is not None else ""
        self.others, self.other_keys, self.private, self.private_keys = split_private(
            effects, keys, keep_for
        )


def _undone(effects: Sequence[Effect], keys: Sequence[str], reason: Exception) -> list[cmd.Command]:
    """Reports of effects not carried out: a safety alert kept by the core, to be tried
    again on its timer (as one that reached nobody); anything else a failure, put in
    words for the facilitators."""
    reports: list[cmd.Command] = []
    for effect, key in zip(effects, keys, strict=True):
        if isinstance(effect, AlertStaff):
            reports += alert_kept(effect, key)
        else:
            reports.append(failure_of(effect, reason))
    return reports


def _one_per_person(
    private: Sequence[SendPrivate], keys: Sequence[str]
) -> tuple[list[SendPrivate], list[str]]:
    """A batch of private messages not sent, for its report: the first to each person
    (with its key), as each would be told in the same words ("I could not send a
    private message to Alice"), which a host used to get once per message."""
    firsts: dict[str, tuple[SendPrivate, str]] = {}
    for effect, key in zip(private, keys, strict=True):
        firsts.setdefault(effect.person_id, (effect, key))
    return [e for e, _ in firsts.values()], [k for _, k in firsts.values()]


def _timers_not_set(room: str, reason: Exception) -> cmd.EffectFailed:
    return cmd.EffectFailed(
        actor=cmd.SYSTEM,
        room=room,
        source_id=f"effect-failed:{uuid.uuid4().hex}",
        what=words.SET_THE_TIMERS,
        reason=str(reason),
        platform=False,
    )


def _asked_by(command: cmd.Command, person_id: str) -> cmd.Command:
    if person_id and isinstance(command, cmd.EffectFailed):
        return replace(command, asked_by=person_id)
    return command


class Bus:
    def __init__(
        self,
        store: EventStore,
        executor: Executor,
        timers: TimerPort,
        clock: Callable[[], float],
        *,
        directory: RoomDirectory,
        recovery: Recovery,
        preparation: Preparation,
        blank_state: BlankState,
        make_workshop_id: Callable[[], str],
        reader: Reader | None = None,
    ) -> None:
        self.store = store
        self.executor = executor
        self.timers = timers
        self.clock = clock
        self.directory = directory
        self.recovery = recovery
        self.preparation = preparation
        self.blank_state = blank_state
        self.make_workshop_id = make_workshop_id
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.private = PrivateSends(executor)
        # Chat messages classified in a worker process when many rooms talk at once
        # (bot/reader.py); `_busy` counts the commands in `dispatch` now.
        self.reader = reader if reader is not None else Reader(enabled=False)
        self._busy = 0
        # Workshops whose timers could not be set after a command was stored (reported
        # once, until a later command sets them).
        self._timers_not_set: set[str] = set()

    def lock_for(self, room: str) -> asyncio.Lock:
        """The lock of the workshop `room` belongs to (a group room's is its main room's)."""
        return self._locks[self.directory.main_room_of(room)]

    def busy(self, room: str) -> bool:
        return self.lock_for(room).locked()

    async def dispatch(
        self, command: cmd.Command, *, answer_here: bool = False, cleaned: bool = False
    ) -> Outcome:
        """Run a command and the follow-ups its effects bring. Every string in it is
        cleaned here, the one door (facilitation/text.py), unless `cleaned`: the
        caller made it only of strings it had cleaned (typed text, parsed from
        cleaned parts by `Dispatcher.handle_text`). `answer_here`: the private
        messages and files this command (with the follow-ups run before it returns)
        has for its sender are the outcome's replies, left unsent for the caller;
        what reaches them later (a timer, say) is sent as ever."""
        if not cleaned:
            command = clean_fields(command)
        here = _Answering(command.actor.id) if answer_here else None
        later: list[PrivateBatch] = []  # private messages, sent once the lock is free
        self._busy += 1
        try:
            # `async with lock`, written out: one coroutine fewer on every command's way.
            lock = self.lock_for(command.room)
            await lock.acquire()
            try:
                pending, outcome = await self._handle_safely(command, later, True, here)
                if pending:
                    await self._follow(pending, later, here)
            finally:
                lock.release()
        finally:
            self._busy -= 1
            if later:
                await self._send_later(later, here)
        if here is not None:  # with what its follow-ups had for the person
            outcome = replace(
                outcome, replies=tuple(here.replies), answered=self._when_answered(here)
            )
        return outcome

    def _when_answered(self, here: _Answering) -> Callable[[], Awaitable[None]]:
        """What the adapter awaits once it has given `here`'s replies: they are no
        longer under way, so each workshop's outbox mark may move past them."""

        async def answered() -> None:
            if here.done:
                return
            here.done = True
            for slot in here.waiting:
                slot.in_flight -= 1
                async with self.lock_for(slot.room):
                    if self.directory.slot_of_workshop(slot.workshop_id) is slot:
                        await self._settle(slot, had_effects=True)

        return answered

    async def _send_later(self, later: list[PrivateBatch], here: AnswerHere | None = None) -> None:
        """Send each batch outside the lock (bot/private_sends.py); then, under it,
        run what that brought and let the workshop's outbox mark move on."""
        try:
            while later:
                batch = later.pop(0)
                follow_ups = await self._sent(batch)
                slot = batch.slot
                if slot is None and not follow_ups:
                    continue  # an answer or a refusal: nothing was stored
                async with self.lock_for(batch.room):
                    if follow_ups:
                        await self._follow(follow_ups, later, here)
                    if (
                        slot is not None
                        and self.directory.slot_of_workshop(slot.workshop_id) is slot
                    ):
                        await self._settle(slot, had_effects=True)
        finally:
            for batch in later:  # cancelled, say at a stop: a restart sends them
                self.private.abandon(batch)

    async def _sent(self, batch: PrivateBatch) -> list[cmd.Command]:
        """Send a batch (its follow-ups: failures to report). One that breaks (the
        bot's fault: a platform's refusal is reported by the executor) is sent once
        more, under the same keys; broken twice, its messages are reported as not sent
        (`_undone`) and it is no longer under way, so the outbox mark neither waits for
        it for ever nor moves past messages that were neither sent nor told."""
        for _ in range(2):
            try:
                return await self.private.send(batch)
            except Exception:
                log.exception("private messages for %s broke", batch.room)
        if batch.slot is None:  # an answer or a refusal: nothing was stored
            return []
        batch.slot.in_flight -= 1
        if not batch.report_failures:  # a failed report's own: logged, never a loop
            return []
        reason = NotThePlatform(words.BROKE_WHILE_DOING_IT)
        effects, keys = _one_per_person(batch.effects, batch.keys)
        return [_asked_by(c, batch.asked_by) for c in _undone(effects, keys, reason)]

    async def carry_out(self, effects: list[Effect], keys: list[str]) -> None:
        """Effects worked out earlier (bot/recovery.py), and their follow-ups, all
        before returning; the caller holds the room's lock."""
        later: list[PrivateBatch] = []
        await self._follow(await self._run_twice(effects, keys), later)
        while later:
            await self._follow(await self._sent(later.pop(0)), later)

    async def _run_twice(self, effects: list[Effect], keys: list[str]) -> list[cmd.Command]:
        """Effects worked out again from the log (`carry_out`), whose events the mark
        has not counted: one go that breaks (the bot's fault) is tried once more, under
        the same keys; broken twice, they are reported (`_undone`), so the mark the
        caller then moves passes nothing neither done nor told."""
        for _ in range(2):
            try:
                return await self.executor.run(effects, keys=keys)
            except Exception:
                log.exception("effects worked out again from the log broke")
        return _undone(effects, keys, NotThePlatform(words.BROKE_WHILE_DOING_IT))

    async def _follow(
        self, pending: list[cmd.Command], later: list[PrivateBatch], here: AnswerHere | None = None
    ) -> None:
        """Run follow-up commands in order, and what they bring. Each one still to run
        counts as under way in its workshop (`in_flight`), so the outbox mark does not
        move when the first is recorded while the others are not (the rooms made, then
        a Space link that failed: a stop in between would lose the report). Once all
        have run, the mark moves if none of them moved it (one that stored nothing)."""
        queue = [(c, self._hold(c)) for c in pending]
        held = {id(slot): slot for _, slot in queue if slot is not None}
        while queue:
            command, slot = queue.pop(0)
            if slot is not None:
                slot.in_flight -= 1
            more, _ = await self._handle_safely(command, later, here=here)
            queue += [(c, self._hold(c)) for c in more]
            held |= {id(s): s for _, s in queue if s is not None}
        for slot in held.values():
            if (
                slot.delivered != slot.logged
                and self.directory.slot_of_workshop(slot.workshop_id) is slot
            ):
                await self._settle(slot, had_effects=True)

    def _hold(self, command: cmd.Command) -> WorkshopSlot | None:
        """The workshop of a follow-up still to run, which counts it as under way (left
        so if the bus is stopped before it runs: a restart does its cause again)."""
        slot = self.directory.slot_in(command.room)
        if slot is not None:
            slot.in_flight += 1
        return slot

    async def _handle_safely(
        self,
        command: cmd.Command,
        later: list[PrivateBatch],
        first: bool = False,
        here: AnswerHere | None = None,
    ) -> Handled:
        """One broken command (say, the disk is full) must not stop the bot or lose
        the commands queued behind it. Stored all the same (the break came after the
        commit, before the bus took the events in: `_record` handles what breaks
        later), the workshop catches up with its log (`_caught_up`) and the command
        counts. Otherwise a timer that fails is raised to the timer service, which
        tries it again, and a person is told whether it was stored (`_sorry`)."""
        try:
            return await self._handle(command, later, here)
        except Exception:
            return [], await self._broke(command, later, here, first=first)

    async def _broke(
        self,
        command: cmd.Command,
        later: list[PrivateBatch],
        here: AnswerHere | None = None,
        *,
        first: bool = False,
    ) -> Outcome:
        """`_handle_safely`'s answer to a command that broke (called while its error is
        being handled: a timer's is raised again from here), shared with the chat-only
        fast path (`chat`)."""
        log.exception("could not handle %r", command)
        stored = await self._was_stored(command)
        if stored and await self._caught_up(command.room):
            return Outcome(True)
        if first and isinstance(command, cmd.TimerFired):
            raise  # noqa: PLE0704 (the error being handled, as `_handle_safely` did)
        if command.actor.platform_role is cmd.PlatformRole.BOT:
            return Outcome(False)
        text = self._sorry(stored)
        sorry = self.tell(command, text)
        keys = [f"{command.source_id}/sorry"]
        await self._answer(command, [sorry], keys, later, here)
        return _outcome(bool(stored), command, [sorry], keys, here)

    async def _was_stored(self, command: cmd.Command) -> bool | None:
        """Whether a command that broke was stored (None: the log could not be read):
        the break may have come after the commit."""
        if isinstance(command, cmd.Query):
            return False  # never stored
        try:
            return await self.store.has_source(command.source_id)
        except Exception:
            log.exception("could not tell whether %s was stored", command.source_id)
            return None

    async def _caught_up(self, room: str) -> bool:
        """The workshop of `room` takes in the events its log holds past what it has
        (`Recovery.catch_up`: its state is the log's again) and their effects are
        carried out now, once: the outbox mark never counted them. False if that
        broke too (then the mark stays short of them, so a restart carries them out)."""
        slot = self.directory.slot_in(room)
        try:
            if slot is not None:
                effects, keys = await self.recovery.catch_up(slot)
            elif (slot := await self.recovery.take_in(room)) is not None:
                effects, keys = slot.take_undelivered()  # a `start`: all of its log
            else:
                return False
            if effects:
                await self.carry_out(effects, keys)
            await self._settle(slot, had_effects=bool(effects))
        except Exception:
            log.exception("could not catch the workshop in %s up with its log", room)
            return False
        return True

    @staticmethod
    def _sorry(stored: bool | None) -> str:
        """The words for a command that broke, as the log says: stored, it counts, and
        "nothing was changed" would be false; not known, neither claim."""
        if stored is None:
            return words.something_went_wrong_unsure()
        if stored:
            return words.something_went_wrong_after_saving()
        return words.something_went_wrong()

    @staticmethod
    def tell(command: cmd.Command, text: str) -> SendPrivate:
        return SendPrivate(command.actor.id, command.room, text, command.actor.name)

    async def _handle(
        self, command: cmd.Command, later: list[PrivateBatch], here: AnswerHere | None
    ) -> Handled:
        now = self.clock()
        slot = self.directory.slot_in(command.room)
        state = slot.state if slot is not None else None
        if state is None and isinstance(command, cmd.ExportNotes):
            state = await self.recovery.last_workshop_in(command.room)
        if state is None and isinstance(command, cmd.EffectFailed):
            return await self._failed_after_end(command)
        if state is None and isinstance(command, _NEEDS_A_WORKSHOP):
            log.info("no running workshop in %s for %r; nothing to do", command.room, command)
            return [], Outcome(True)
        state = state or self.blank_state(self.make_workshop_id())
        try:
            if isinstance(command, cmd.Query):
                answers = answer(state, command, now)
                keys = [f"{command.source_id}/answer/{n}" for n in range(len(answers))]
                follow_ups = await self._answer(command, answers, keys, later, here)
                return follow_ups, _outcome(True, command, answers, keys, here)
            # Recent source ids are known without a query. An older repeat (delivered
            # again after a restart, say) is caught by the log's unique source id when
            # appended, or below if the core refuses it.
            if self.store.known_source(command.source_id):
                log.info("already handled %s; ignoring the repeat", command.source_id)
                return [], Outcome(True)
            if isinstance(command, PREPARED):  # the commonest commands need nothing
                command = await self.preparation.prepared(command)
            if isinstance(command, cmd.Say) and self.reader.wanted(self._busy):
                command = await self._read_ahead(state, command, now)
            events = decide(state, command, now)
        except Refused as refusal:
            if await self.store.has_source(command.source_id):
                log.info("already handled %s; ignoring the repeat", command.source_id)
                return [], Outcome(True)
            return await self._refuse(state, command, refusal, now, later, here)
        return await self._record(state, command, events, now, later, here)

    async def _failed_after_end(self, failed: cmd.EffectFailed) -> Handled:
        """A failure of what ending the workshop asked for (giving the voices back,
        say) arrives once there is no workshop to note it: told privately to whoever
        asked, never dropped (tests/matrix/test_refusal_words.py)."""
        log.warning("after the workshop in %s ended: could not %s", failed.room, failed.what)
        prefix = self.blank_state(self.make_workshop_id()).prefix
        text = alerts.failure_after_end(failed, prefix)
        told = [
            SendPrivate(person, failed.room, text) for person in await self._told_after_end(failed)
        ]
        keys = [f"{failed.source_id}/told/{n}" for n in range(len(told))]
        await self.executor.run(told, keys=keys, report_failures=False)
        return [], Outcome(True)

    async def _told_after_end(self, failed: cmd.EffectFailed) -> list[str]:
        """Whoever asked; for work an adapter reports from the background, which names
        nobody (Discord's voice unmutes at the end, say), the ended workshop's
        facilitators: dropped, people stayed server-muted with nobody knowing
        (tests/discord/test_refusal_paths.py)."""
        if failed.asked_by:
            return [failed.asked_by]
        ended = await self.recovery.last_workshop_in(failed.room)
        return list(dict.fromkeys(ended.facilitator_ids())) if ended else []

    async def _read_ahead(self, state: WorkshopState, command: cmd.Say, now: float) -> cmd.Say:
        """The message with its label from the classifier's worker (bot/reader.py), read
        from what `decide` will read (the lock is held, so the state stays as it is);
        as it was if the worker cannot answer (then the core classifies it)."""
        reading = redirects.reading_for(state, command, now)
        if reading is None:
            return command
        result = await self.reader.read(reading)
        if result is None:
            return command
        return replace(command, read_ahead=redirects.read_ahead(state, command, now, result))

    async def _record(
        self,
        state: WorkshopState,
        command: cmd.Command,
        events: list[Event],
        now: float,
        later: list[PrivateBatch],
        here: AnswerHere | None = None,
    ) -> Handled:
        """The unit of work: events, their projections and audit rows in one commit;
        then the effects, which nothing may stop once the events are stored."""
        slot = self.directory.slot_for(state)
        # Work out the new state and effects first: if that fails, nothing is stored.
        state, effects, keys = effects_of(state, events, source_ids(command.source_id, len(events)))
        stored = _Stored(slot, state, command, here, bool(effects))
        stored.split(effects, keys)
        try:
            await self.store.append(
                state.workshop_id,
                events,
                actor_id=command.actor.id,
                source_id=command.source_id,
                now=now,
                audits=audit_entries(state, events),
            )
        except DuplicateCommand:
            return [], Outcome(True)
        slot.logged += len(events)
        try:
            await self._carry_out_stored(stored, later)
        except Exception:
            # Stored, so it counts and none of it may be lost: the rest again, from the
            # step that broke (not from the start, so nothing is done twice).
            log.exception("%s was stored, then broke; doing the rest again", command.source_id)
            await self._carry_out_rest(stored, later)
            if stored.reported and command.actor.platform_role is not cmd.PlatformRole.BOT:
                await self._tell_not_all_done(command, later, here)
        return stored.follow_ups, _outcome(True, command, stored.private, stored.private_keys, here)

    async def _carry_out_stored(self, stored: _Stored, later: list[PrivateBatch]) -> None:
        """The work after a command's commit, in `_AFTER_COMMIT`'s order, written out
        (it is on every command's way); `stored.done` says how far it got."""
        self._keep_state(stored, later)
        stored.done = 1
        self._sync_timers(stored, later)
        stored.done = 2
        if stored.others or stored.here is not None:
            await self._run_effects(stored, later)
        stored.done = 3
        self._hold_private(stored, later)
        stored.done = 4
        await self._settle_stored(stored, later)
        stored.done = 5

    async def _carry_out_rest(self, stored: _Stored, later: list[PrivateBatch]) -> None:
        """The first go broke: the steps it had not finished, from the one that broke.
        A step that breaks once more is reported (`_report`) and the steps after it
        still run, so a broken timer service does not keep a safety alert from going
        out."""
        while stored.done < len(_AFTER_COMMIT):
            step = _AFTER_COMMIT[stored.done]
            try:
                if (waiting := step(self, stored, later)) is not None:
                    await waiting
            except Exception:
                log.exception("%s broke again after it was stored", stored.command.source_id)
                self._report(stored, step)
            stored.done += 1

    def _keep_state(self, stored: _Stored, later: list[PrivateBatch]) -> None:
        """The state in memory is the log's: the state before, evolved by the events
        just stored."""
        self.directory.place(stored.slot, stored.state)

    def _sync_timers(self, stored: _Stored, later: list[PrivateBatch]) -> None:
        workshop_id = stored.slot.workshop_id
        self.timers.sync(workshop_id, pending_timers(stored.state))
        if self._timers_not_set:  # set again: a later failure is news again
            self._timers_not_set.discard(workshop_id)

    async def _run_effects(self, stored: _Stored, later: list[PrivateBatch]) -> None:
        """The effects that are not private messages, carried out now; and the private
        messages kept for the adapter (`here`) counted as under way until given."""
        here = stored.here
        kept = len(here.replies) if here is not None else 0
        # A chat message, the commonest command, mostly has no effect at all.
        if stored.others:
            try:
                stored.follow_ups += await self.executor.run(
                    stored.others,
                    keys=stored.other_keys,
                    report_failures=stored.reports,
                    here=here,
                    asked_by=_asker(stored.command),
                )
            except Exception:
                if here is not None:  # given again by the next try: not twice
                    del here.replies[kept:]
                raise
        if isinstance(here, _Answering) and len(here.replies) > kept:
            # Kept for the adapter to give: under way until it has (`answered`).
            stored.slot.in_flight += 1
            here.waiting.append(stored.slot)

    def _hold_private(self, stored: _Stored, later: list[PrivateBatch]) -> None:
        """The private messages, sent once the lock is free (`_send_later`)."""
        if stored.private:
            slot = stored.slot
            asked_by = _asker(stored.command)
            batch = self.private.hold(
                slot.room, slot, stored.private, stored.private_keys, stored.reports, asked_by
            )
            later.append(batch)

    async def _settle_stored(self, stored: _Stored, later: list[PrivateBatch]) -> None:
        # With follow-ups (the rooms just made, or a failure to report) the mark waits
        # for them: their own record settles everything, so a kill in between does
        # these effects again (same keys) and loses nothing. (In flight: `_settle`
        # does nothing.)
        if not stored.follow_ups and not stored.slot.in_flight:
            await self._settle(stored.slot, had_effects=stored.had_effects)
        elif not stored.slot.delivered:  # a `!start`'s: see `mark_none_delivered`
            self.recovery.mark_none_delivered(stored.slot)

    def _report(self, stored: _Stored, step: _Step) -> None:
        """A step after the commit broke twice: what it left undone is reported for the
        core to tell the facilitators in words, so it is done or told, never silently
        lost (the outbox mark moves on once the reports are recorded). A safety alert
        is kept by the core and tried again on its timer. A failed report's own
        failure is only logged, so a failure never loops."""
        if not stored.reports:
            return
        reason = NotThePlatform(words.BROKE_WHILE_DOING_IT)
        undone: list[cmd.Command] = []
        if step is Bus._sync_timers:
            workshop_id = stored.slot.workshop_id
            if workshop_id not in self._timers_not_set:  # once, until they are set again
                self._timers_not_set.add(workshop_id)
                undone.append(_timers_not_set(stored.slot.room, reason))
        elif step is Bus._run_effects:
            undone = _undone(stored.others, stored.other_keys, reason)
        elif step is Bus._hold_private:
            undone = _undone(*_one_per_person(stored.private, stored.private_keys), reason)
        elif step is Bus._keep_state:
            # `place` sets the state before it links the rooms: made sure of here, so
            # the next command is decided on what the log says.
            stored.slot.state = stored.state
        # The person is told only of what is missing: not of a safety alert kept to be
        # sent later (the one whose words were flagged need not hear of it).
        failed = any(isinstance(c, cmd.EffectFailed) for c in undone)
        stored.reported = stored.reported or failed
        asker = _asker(stored.command)
        stored.follow_ups += [_asked_by(c, asker) for c in undone]

    async def _tell_not_all_done(
        self, command: cmd.Command, later: list[PrivateBatch], here: AnswerHere | None
    ) -> None:
        """The person whose stored command could not all be done: it counts, and some
        of it may be missing (the facilitators are told what)."""
        sorry = self.tell(command, words.saved_but_not_all_done())
        await self._answer(command, [sorry], [f"{command.source_id}/sorry"], later, here)

    async def _answer(
        self,
        command: cmd.Command,
        effects: Sequence[Effect],
        keys: list[str],
        later: list[PrivateBatch],
        here: AnswerHere | None = None,
    ) -> list[cmd.Command]:
        """An answer or a refusal (nothing stored): what is private waits its turn
        behind the person's earlier private messages, still on their way perhaps
        (unless it is answered `here`)."""
        others, other_keys, private, private_keys = split_private(effects, keys, _kept_for(here))
        if private:
            later.append(self.private.hold(command.room, None, private, private_keys, False))
        return await self.executor.run(others, keys=other_keys, report_failures=False, here=here)

    async def _settle(self, slot: WorkshopSlot, *, had_effects: bool) -> None:
        """Every effect of every event logged so far is done, unless private messages
        are still under way (their sending settles it): mark it so a restart knows,
        and take a snapshot if one is due. Called under the workshop's lock."""
        if slot.in_flight:
            return
        # A workshop with no mark yet (delivered 0) gets one even if this command had
        # no effects (a `/start`'s follow-ups have none): a restart reads no mark as
        # "all done", which would lose what a later kill leaves under way.
        if had_effects or not slot.delivered:
            self.recovery.mark_delivered(slot)
        slot.delivered = slot.logged
        if self.recovery.snapshot_due(slot):
            await self.recovery.snapshot_after(slot)

    async def _refuse(
        self,
        state: WorkshopState,
        command: cmd.Command,
        refusal: Refused,
        now: float,
        later: list[PrivateBatch],
        here: AnswerHere | None = None,
    ) -> Handled:
        if command.actor.platform_role is cmd.PlatformRole.BOT:
            log.warning("the bot's own %r was refused: %s", command, refusal.reason)
            return [], Outcome(False)
        if refusal.denied:
            await self.store.audit(
                workshop_id=state.workshop_id if state.status is Status.RUNNING else None,
                actor_id=command.actor.id,
                action=type(command).__name__,
                outcome="denied",
                detail=refusal.reason,
                now=now,
            )
        reply, keys = self.tell(command, refusal.reason), [f"{command.source_id}/refused"]
        follow_ups = await self._answer(command, [reply], keys, later, here)
        return follow_ups, _outcome(False, command, [reply], keys, here)

    # --- the chat-only fast path (issue 21 part 4) ------------------------------------

    async def chat(self, command: cmd.Say) -> Outcome:
        """A chat message typed in a room (already cleaned: `Dispatcher.handle_text`),
        the commonest command, on a shorter way than `dispatch` with the same result:
        no `answer_here` bookkeeping, no cleaning, no asking which kind of command it
        is; from `decide` on, the general way (`_record`, `_refuse`, and `_broke` for
        a failure), so its events are committed before `chat` returns and before any
        effect, and what breaks after the commit is handled as for any command."""
        later: list[PrivateBatch] = []  # private messages, sent once the lock is free
        self._busy += 1
        try:
            lock = self.lock_for(command.room)
            await lock.acquire()
            try:
                try:
                    pending, outcome = await self._chat(command, later)
                except Exception:
                    pending, outcome = [], await self._broke(command, later)
                if pending:
                    await self._follow(pending, later)
            finally:
                lock.release()
        finally:
            self._busy -= 1
            if later:
                await self._send_later(later)
        return outcome

    async def _chat(self, command: cmd.Say, later: list[PrivateBatch]) -> Handled:
        """`_handle` for a chat message: the same checks, in the same order."""
        now = self.clock()
        slot = self.directory.slot_in(command.room)
        if slot is None:
            log.info("no running workshop in %s for %r; nothing to do", command.room, command)
            return [], Outcome(True)
        state = slot.state
        try:
            if self.store.known_source(command.source_id):
                log.info("already handled %s; ignoring the repeat", command.source_id)
                return [], Outcome(True)
            if self.reader.wanted(self._busy):
                command = await self._read_ahead(state, command, now)
            events = decide(state, command, now)
        except Refused as refusal:
            if await self.store.has_source(command.source_id):
                log.info("already handled %s; ignoring the repeat", command.source_id)
                return [], Outcome(True)
            return await self._refuse(state, command, refusal, now, later)
        return await self._record(state, command, events, now, later)


# The work after a command's commit, in order (`Bus._carry_out_stored`); a step that
# waits returns what to await.
_Step = Callable[[Bus, _Stored, list[PrivateBatch]], Awaitable[None] | None]
_AFTER_COMMIT: tuple[_Step, ...] = (
    Bus._keep_state,
    Bus._sync_timers,
    Bus._run_effects,
    Bus._hold_private,
    Bus._settle_stored,
)
