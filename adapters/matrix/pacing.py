"""The sync loop holds back while the bot's own requests are in flight.

Every event in a room the bot is in wakes the bot's long-polling `/sync`, its own
events included: Synapse's notifier (synapse/notifier.py, `wait_for_events`) runs
the sync computation again on each new event and answers as soon as it has
anything. During a breakout the bot sends a burst of its own events (10 rooms made
with their invitations, the Space links, the welcomes), and each one used to end
a sync and start another: 43-66 sync requests in one fan-out, each computed by the
same server (on SQLite, with the same single database connection) that is making
the rooms. Nothing in those answers is news to the bot: they are its own events.

So the next sync waits until no request of the bot's own is in flight, but never
longer than `HOLD_AT_MOST` seconds: a burst is then read back in one sync instead
of dozens, and when the bot is idle (the usual case) the next sync starts at once,
so a person's command is not delayed. Nothing is lost by waiting: the server keeps
every event after the sync token, and the next sync returns them all (a batch
larger than the timeline limit is fetched in full by the adapter's catch-up).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from nio import AsyncClient

# Most a sync waits for the bot's own requests to finish: a person's command said
# during a long burst is read at most this much later than without the wait.
HOLD_AT_MOST = 0.5


class RequestGauge:
    """How many of the bot's own requests (not syncs) are in flight."""

    def __init__(self) -> None:
        self.in_flight = 0
        self._quiet = asyncio.Event()
        self._quiet.set()

    def started(self) -> None:
        self.in_flight += 1
        self._quiet.clear()

    def ended(self) -> None:
        self.in_flight -= 1
        if self.in_flight <= 0:
            self.in_flight = 0
            self._quiet.set()

    async def quiet(self, at_most: float = HOLD_AT_MOST) -> None:
        """Return when no request is in flight, or after `at_most` seconds."""
        if self._quiet.is_set():
            return
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a
        # cancellation that arrives as the wait ends (cpython gh-86296), and then
        # the sync loop would not stop when the bot is stopped.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(at_most):
                await self._quiet.wait()


def is_sync(path: str) -> bool:
    return path.split("?", 1)[0].endswith("/sync")


class GaugedClient(AsyncClient):
    """nio's client, counting the requests in flight other than syncs. `send` is the
    one method every nio request goes through (nio/client/async_client.py: `_send`
    calls it for each attempt, 429 retries included)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gauge = RequestGauge()

    async def send(self, method: str, path: str, *args: Any, **kwargs: Any) -> Any:
        if is_sync(path):
            return await super().send(method, path, *args, **kwargs)
        self.gauge.started()
        try:
            return await super().send(method, path, *args, **kwargs)
        finally:
            self.gauge.ended()
