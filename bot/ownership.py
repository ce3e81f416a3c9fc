"""Several bot processes on one database: each room belongs to one process at a time.

A process owns a room while it holds the room's lease (storage/leases.py). The owner
of a room is the only process that handles commands there, keeps its workshop's state
and arms its timers, so a reminder fires once and the state a command is decided on is
the log's. Ownership covers a workshop's main room and its breakout rooms; the daily
retention purge has a lease of its own.

- Every `lease_seconds / 3` a process renews the leases of the rooms it owns, and takes
  any room with a running workshop whose lease is free or has expired (its owner died):
  the workshop is rebuilt from the log, effects the dead owner stored but had not carried
  out are carried out (at least once, as after a restart), and its timers are armed. A
  timer that came due meanwhile fires at once, late by at most about the lease.
- A process acts for a room only until its last renewal's start plus the lease (minus a
  margin), even if it cannot reach the database to learn that it lost it: by the time
  another process may take the room over, the old owner has stopped.
- A command for a room nobody owns (a `!start` in a new room) makes the process that
  received it claim the room; the one that wins handles it. Ordinary chat does not
  claim a room: it is only kept.
- A command for a room another process owns is not handled here, and not dropped either:
  it is kept for `2 * lease_seconds`. If this process takes the room over (its owner
  died before handling it), it handles the kept commands that arrived after the dead
  owner's last renewal. Commands that change something are recorded once whatever
  happens (their source id is unique in the log); an answer that changes nothing
  (`!queue`) may then be given twice. This is for platforms where every process
  receives every message of the room; see docs/deploy.md for which deployments that is.

`serves(room)` says which rooms this process can receive messages for at all (all of
them unless the platform splits rooms between processes, as Discord shards do); a
process never takes a room it cannot hear.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from adapters.base import Outcome
from bot.dispatcher import Dispatcher
from facilitation import commands as cmd
from facilitation import privacy
from facilitation.text import clean_text
from facilitation.timers import Timer
from storage.leases import Claim, Leases
from storage.store import EventStore

log = logging.getLogger(__name__)

ROOM = "room:"
PURGE = "purge"

# Messages that need nobody to claim a room: chat, and its edits and deletions.
_CHAT = (cmd.Say, cmd.EditMessage, cmd.DeleteMessage)


@dataclass
class _Kept:
    """A command this process received for a room another process owned."""

    at: float  # wall clock, seconds
    room: str
    text: tuple[str, cmd.Actor, str] | None = None  # (text, actor, source id)
    attachment: str = ""  # a file's link sent with the text (`!share TITLE`)
    command: cmd.Command | None = None
    handled: bool = field(default=False)


class Ownership:
    def __init__(
        self,
        leases: Leases,
        dispatcher: Dispatcher,
        store: EventStore,
        *,
        prefix: str = "!",
        serves: Callable[[str], bool] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.leases = leases
        self.dispatcher = dispatcher
        self.store = store
        self.prefix = prefix
        self.serves = serves or (lambda room: True)
        self.monotonic = monotonic
        self.wall = wall
        self.seconds = leases.seconds
        self.interval = self.seconds / 3
        self.margin = min(1.0, self.seconds / 10)
        self.held: dict[str, float] = {}  # lease name -> act until (monotonic)
        # The rooms (main and group rooms) of each running workshop this process serves
        # but does not own yet (its lease is held by another process, maybe one just
        # killed) -> their main room: the adapter must still read their messages, which
        # are kept here and handled at the takeover. Group rooms count too: what is typed
        # in a group's thread while the dead process's lease runs out is not lost.
        self.waiting: dict[str, str] = {}
        # workshop id -> (seq of its last breakout event read, the group rooms it left)
        self._group_rooms: dict[str, tuple[int, tuple[str, ...]]] = {}
        self.kept: deque[_Kept] = deque()
        self._room_locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._tick_lock = asyncio.Lock()
        self._task: asyncio.Task | None = None
        # Whether the adapter can send. Between `prepare` and `start` it cannot: the
        # effects of a workshop taken over then wait, and `Bot.run` redelivers them all
        # once the adapter is ready.
        self._connected = True

    # --- what this process owns ---------------------------------------------

    def owns(self, name: str) -> bool:
        return self.held.get(name, 0.0) > self.monotonic()

    def owns_room(self, room: str) -> bool:
        return self.owns(ROOM + room)

    def _main(self, room: str) -> str:
        state = self.dispatcher.state_in(room)
        if state is not None:
            return state.room
        # A group room of a workshop another process holds: its main room is the one to
        # claim, never the group room itself (its lease follows the main room's).
        return self.waiting.get(room, room)

    # --- the loop -----------------------------------------------------------

    async def prepare(self) -> None:
        """Before the adapter hands over anything: take what is free now and rebuild its
        workshops, so every running workshop's rooms (main and breakout) are known when
        the messages said while the bot was down are caught up. A command typed in a
        breakout room then reaches its workshop, not "no workshop here". What the
        taken workshops still had to do waits for `start` (the adapter cannot send yet)."""
        self._connected = False
        await self.tick()

    async def start(self) -> None:
        """Take what is free now, then keep renewing and taking over in the background."""
        self._connected = True
        await self.tick()
        self._task = asyncio.create_task(self._loop(), name="leases")

    async def stop(self) -> None:
        """Stop renewing, and give up every lease at once so others need not wait."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        held, self.held = list(self.held), {}
        try:
            await self.leases.release(held)
        except Exception:
            log.warning("could not release leases at stop; they expire by themselves")

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.tick()
            except Exception:
                log.exception("could not renew or take leases; trying again")

    async def tick(self) -> None:
        async with self._tick_lock:
            await self._renew()
            await self._take_over()
            self._forget_old_kept()

    async def _renew(self) -> None:
        rooms = self.dispatcher.rooms()
        wanted = {ROOM + room for room in rooms}
        if PURGE in self.held:
            wanted.add(PURGE)
        started = self.monotonic()
        try:
            renewed = await self.leases.renew(wanted)
        finally:
            # Whatever happened, stop acting for rooms whose time has run out.
            for name, until in list(self.held.items()):
                if until <= self.monotonic():
                    del self.held[name]
        until = started + self.seconds - self.margin
        self.held.update({name: until for name in renewed})
        for name in wanted - renewed:
            self.held.pop(name, None)
        for main in {main for main in rooms.values() if not self.owns_room(main)}:
            log.warning("room %s is owned by another process now; letting it go", main)
            await self.dispatcher.forget(main)

    async def _take_over(self) -> None:
        now, rows = await self.leases.all()
        waiting: dict[str, str] = {}  # workshop id -> its main room
        for workshop in await self.store.running_workshops():
            room = workshop.room
            if self.owns_room(room) or not self.serves(room):
                continue
            if self.leases.takeable(rows.get(ROOM + room), now):
                await self.take(room)
            if not self.owns_room(room):
                waiting[workshop.id] = room
        await self._learn_waiting_rooms(waiting)
        if not self.owns(PURGE) and self.leases.takeable(rows.get(PURGE), now):
            claim = await self._claim(PURGE)
            if claim.acquired:
                try:
                    await self.dispatcher.purge()  # runs the purge now, arms the next
                except Exception:
                    self.held.pop(PURGE, None)  # taken again, and run, next time
                    raise
        # Breakout rooms opened since the last tick (normally claimed as they open).
        await self._claim_breakout_rooms()

    async def _learn_waiting_rooms(self, mains: dict[str, str]) -> None:
        """`waiting`: the main rooms of the workshops not owned here (by workshop id),
        and their group rooms as the log tells them (this process holds no state of
        those workshops to tell them from). Each round reads only the breakout events
        logged since the last one (`_group_rooms` keeps where each workshop's read
        stopped), not every workshop's whole log every few seconds."""
        known = {w: self._group_rooms.get(w, (0, ())) for w in mains}
        if known:
            known.update(await self.store.group_rooms_of({w: seq for w, (seq, _) in known.items()}))
        self._group_rooms = known
        self.waiting = {
            **{group: mains[w] for w, (_, keys) in known.items() for group in keys},
            **{main: main for main in mains.values()},
        }

    async def _claim(self, name: str) -> Claim:
        started = self.monotonic()
        claim = await self.leases.claim(name)
        if claim.acquired:
            self.held[name] = started + self.seconds - self.margin
        return claim

    async def take(self, room: str) -> bool:
        """Claim `room`; if won, rebuild its running workshop (if any) and handle the
        commands kept for it. True if this process owns the room now."""
        async with self._room_locks[room]:
            if self.owns_room(room):
                return True
            claim = await self._claim(ROOM + room)
            if not claim.acquired:
                return False
            workshop = await self.store.running_workshop_in(room)
            if workshop is None:
                return True  # an empty room: a `!start`, say, which the caller handles
            previous = claim.previous
            if previous is not None and previous.owner != self.leases.owner:
                log.warning(
                    "taking over room %s (workshop %s) from %s", room, workshop.id, previous.owner
                )
            await self.dispatcher.forget(room)  # a stale copy, if this process had one
            await self.dispatcher.restore([workshop], purge=False)
            if self._connected:
                await self.dispatcher.redeliver()
            await self._claim_breakout_rooms()
        await self._handle_kept(room, claim)
        return True

    async def _claim_breakout_rooms(self) -> None:
        for room, main in self.dispatcher.rooms().items():
            if room != main and self.owns_room(main) and not self.owns_room(room):
                await self._claim(ROOM + room)

    # --- commands -----------------------------------------------------------

    async def handle_text(
        self,
        text: str,
        *,
        actor: cmd.Actor,
        room: str,
        source_id: str,
        attachment: str = "",
        answer_here: bool = False,
    ) -> Outcome:
        """`Dispatcher.handle_text`, for a room this process owns or can claim. A command
        kept for the room's owner is accepted with no replies: the owner answers it
        (privately, as it was not handed to it to answer here)."""
        main = self._main(room)
        is_command = clean_text(text).lstrip().startswith(self.prefix)  # as parsed
        if not await self._admit(main, claim=is_command):
            self._keep(_Kept(self.wall(), room, (text, actor, source_id), attachment=attachment))
            return Outcome(True)  # not refused: the room's owner answers it
        outcome = await self.dispatcher.handle_text(
            text,
            actor=actor,
            room=room,
            source_id=source_id,
            attachment=attachment,
            answer_here=answer_here,
        )
        await self._claim_breakout_rooms()
        return outcome

    async def dispatch(self, command: cmd.Command, *, answer_here: bool = False) -> Outcome:
        """`Dispatcher.dispatch` (edits, deletions, reactions ...), the same way."""
        main = self._main(command.room)
        if not await self._admit(main, claim=not isinstance(command, _CHAT)):
            self._keep(_Kept(self.wall(), command.room, command=command))
            return Outcome(True)
        outcome = await self.dispatcher.dispatch(command, answer_here=answer_here)
        await self._claim_breakout_rooms()
        return outcome

    async def fire(self, timer: Timer) -> None:
        """`Dispatcher.fire`, only for what this process owns."""
        if timer.workshop_id == privacy.PRIVACY_TIMERS:
            if self.owns(PURGE):
                await self.dispatcher.fire(timer)
            return
        main = next(
            (
                room
                for room in set(self.dispatcher.rooms().values())
                if (state := self.dispatcher.state_in(room)) is not None
                and state.workshop_id == timer.workshop_id
            ),
            None,
        )
        if main is not None and not self.owns_room(main):
            await self.tick()  # renew now: still ours, or let go (its new owner fires it)
            if not self.owns_room(main):
                return
        await self.dispatcher.fire(timer)
        await self._claim_breakout_rooms()

    async def _admit(self, main: str, *, claim: bool) -> bool:
        if self.owns_room(main):
            return True
        if not claim or not self.serves(main):
            return False
        try:
            return await self.take(main)
        except Exception:
            log.exception("could not claim room %s; keeping the command", main)
            return False

    def _keep(self, kept: _Kept) -> None:
        self.kept.append(kept)
        self._forget_old_kept()

    def _forget_old_kept(self) -> None:
        horizon = self.wall() - 2 * self.seconds - self.interval
        while self.kept and self.kept[0].at < horizon:
            self.kept.popleft()

    async def _handle_kept(self, main: str, claim: Claim) -> None:
        """Handle what was kept for `main` (and its breakout rooms) while another process
        owned it, from just before that owner's last renewal (it was alive then, and
        handled what came before)."""
        previous = claim.previous
        if previous is not None and previous.owner == self.leases.owner:
            return  # ours all along (a renewal was late): nothing was kept for it
        # Wall clock here against the database's clock: they may differ by a little;
        # the interval is the slack. No lease at all: its owner stopped cleanly (and let
        # it go) or it was never taken; only the most recent commands are handled.
        last_renewal = previous.expires_at - self.seconds if previous else claim.now
        since = last_renewal - self.interval
        rooms = {room for room, m in self.dispatcher.rooms().items() if m == main} | {main}
        for kept in list(self.kept):
            if kept.handled or kept.room not in rooms or kept.at < since:
                continue
            kept.handled = True
            if kept.text is not None:
                text, actor, source_id = kept.text
                await self.dispatcher.handle_text(
                    text,
                    actor=actor,
                    room=kept.room,
                    source_id=source_id,
                    attachment=kept.attachment,
                )
            elif kept.command is not None:
                await self.dispatcher.dispatch(kept.command)
