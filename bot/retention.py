"""The daily retention purge: transcript text older than `retention_days` is removed.

The rules (what is old enough, what a payload keeps) are pure, in
facilitation/privacy.py; this runs them on the store once a day, on a timer of its
own (armed at start-up too, as the bot may have been down at purge time), and tells
recovery that the states held now may hold the removed text, so none of them is
ever saved as a snapshot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from bot.recovery import Recovery
from bot.timers import TimerPort
from facilitation import privacy
from storage.store import EventStore

log = logging.getLogger(__name__)


class Retention:
    def __init__(
        self,
        store: EventStore,
        recovery: Recovery,
        timers: TimerPort,
        clock: Callable[[], float],
        retention_days: int,
    ) -> None:
        self.store = store
        self.recovery = recovery
        self.timers = timers
        self.clock = clock
        self.retention_days = retention_days  # 0: transcript text is kept

    def arm(self, due: float) -> None:
        timer = privacy.purge_timer(due, self.retention_days)
        self.timers.sync(privacy.PRIVACY_TIMERS, [timer] if timer else [])

    async def purge(self) -> int:
        """Remove transcript text past its retention (audited); arm the next purge."""
        now = self.clock()
        cutoff = privacy.purge_cutoff(now, self.retention_days)
        removed = 0
        if cutoff is not None:
            removed = await self.store.purge_transcripts(
                cutoff, retention_days=self.retention_days, now=now
            )
            log.info("retention purge: text removed from %d events", removed)
            self.recovery.snapshots_deleted()
            if removed:  # these states may hold text the purge removed: never saved
                self.recovery.no_snapshots_of_states_held()
                self.recovery.purges = await self.store.purge_count()
        self.arm(privacy.next_purge(now))
        return removed
