"""Chat messages classified in a worker process, a batch at a time, while the event
loop decides and stores the ones before them.

Why: the classifier (facilitation/drift.py) costs about as much CPU as everything else
a chat message needs (parse, decide, the commit, the effects) together, and the event
loop runs on one core. When many rooms talk at once, a second core can classify the
next messages while the loop does the rest for the previous ones. Sent one message
at a time, the round trip to a process costs more than classifying (measured: 205-231
µs of the loop's CPU a message); sent as a batch, it costs the loop about 0.2-0.8 µs a
message (docs/performance.md, section 1).

How: `Bus._handle` (bot/bus.py) asks `read` for a chat message's label just before
`decide`, under the workshop's lock, with the `Reading` the core would classify it
with (facilitation/redirects.py). Readings asked for while the worker is busy wait
and go together as the next batch (one `send`, one `recv`); the label comes back into
`decide` on `Say.read_ahead`, and the core uses it only if it was read from exactly
what it would read itself, so the labels are the same as in the process.

When it is used: only if `[bot] classifier_worker` is on (off by default: measured
on a 2-core machine whose cores were busy with other work, it made ingest slower,
docs/performance.md section 1), on a machine with two cores or more; then only with a
backlog, more than one command in the bus at once (one message at a time the loop
would only wait for the worker, so it classifies in the process); the worker starts
once `START_AFTER` chat messages have found a backlog (a short burst does not pay for
starting a process); and it is asked only while the word model and lexicon installed
here are the ones it was given.

Failures: `read` answers None (classify in the process) whenever the worker cannot
answer: not started yet, gone (a crash, a kill: end of file on the pipe), or slower
than `timeout` for a batch. Every reading waiting then is answered None at once, so
nothing is lost and a safeguarding alert is delayed by at most that one batch; the
worker is stopped and not used again. `close` (run before the store closes) stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from facilitation import drift, redirects
from facilitation.lexicon import Lexicon

log = logging.getLogger(__name__)

START_AFTER = 64  # chat messages that found a backlog before the worker is started
MAX_BATCH = 256  # readings in one batch at most
TIMEOUT_SECONDS = 5.0  # a batch not answered by then: the worker is given up
_READY = "ready"


def _serve(conn: Connection) -> None:
    """The worker: the bot's word model and lexicon first, then a batch of readings
    in, their labels out, until told to stop (None) or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the bot stops it (`close`)
    model, lexicon = conn.recv()
    drift.use_word_model(model)
    drift.use_lexicon(lexicon)
    conn.send(_READY)
    while True:
        try:
            batch = conn.recv()
        except EOFError:
            return
        if batch is None:
            return
        conn.send([redirects.read(reading) for reading in batch])


@dataclass
class _Waiting:
    reading: redirects.Reading
    future: asyncio.Future[drift.Classification | None]


@dataclass
class Reader:
    """The worker and the readings waiting for it (see the module's doc)."""

    enabled: bool = False
    timeout: float = TIMEOUT_SECONDS
    start_after: int = START_AFTER
    _process: subprocess.Popen[bytes] | None = None
    _conn: Connection | None = None
    _ready: bool = False
    _given_up: bool = False
    _backlogs: int = 0
    answered: int = 0  # readings the worker has labelled
    batches: int = 0  # in how many batches
    _model: drift.WordModel | None = None
    _lexicon: Lexicon | None = None
    _pending: list[_Waiting] = field(default_factory=list)
    _in_flight: list[_Waiting] | None = None
    _send_soon: asyncio.Handle | None = None
    _too_slow: asyncio.TimerHandle | None = None
    _loop: asyncio.AbstractEventLoop | None = None
    _data_sent: asyncio.Future[None] | None = None  # the word model and lexicon, sent

    @staticmethod
    def cores() -> int:
        """The cores this process may run on."""
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1
        )

    def wanted(self, busy: int) -> bool:
        """Is it worth asking the worker, with `busy` commands in the bus now?"""
        if not self.enabled or self._given_up or busy < 2:
            return False
        if self._process is None:
            self._backlogs += 1
            if self._backlogs >= self.start_after:
                self.start()
            return False
        return self._ready and self._same_data()

    def _same_data(self) -> bool:
        return drift.word_model() is self._model and drift.installed_lexicon() is self._lexicon

    def start(self) -> None:
        """Start the worker now (from the event loop); readings go to it once it has
        loaded the word model and lexicon installed here."""
        if self._process is not None or self._given_up:
            return
        self._loop = asyncio.get_running_loop()
        self._model, self._lexicon = drift.word_model(), drift.installed_lexicon()
        # A fresh interpreter running this module (not a fork: forking a process that
        # has threads, the store's writer, is unsafe; not multiprocessing's spawn,
        # which imports the bot's main module again), on one end of a socket pair.
        mine, theirs = socket.socketpair()
        here = str(Path(__file__).resolve().parents[1])
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, (here, os.environ.get("PYTHONPATH")))),
        }
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bot.reader", str(theirs.fileno())],
            pass_fds=(theirs.fileno(),),
            env=env,
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self._conn = Connection(mine.detach())
        self._loop.add_reader(self._conn.fileno(), self._answered)
        # From a thread: about 0.3 MB, more than the socket holds before the worker
        # (still starting) reads it, and the loop must not wait for that.
        self._data_sent = self._loop.run_in_executor(None, self._send_data, self._conn)

    def _send_data(self, conn: Connection) -> None:
        """The word model and lexicon, to the worker (on a thread)."""
        try:
            conn.send((self._model, self._lexicon))
        except OSError as error:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._give_up, f"could not start it: {error}")

    async def started(self) -> bool:
        """Start the worker and wait until it can take readings (or has failed, then
        False); for a benchmark or a test that measures the worker from the start."""
        self.start()
        while self._process is not None and not self._ready and not self._given_up:
            await asyncio.sleep(0.01)
        return self._ready

    async def read(self, reading: redirects.Reading) -> drift.Classification | None:
        """The reading's label from the worker, or None: classify it in the process."""
        if not self._ready or self._loop is None:
            return None
        waiting = _Waiting(reading, self._loop.create_future())
        self._pending.append(waiting)
        if self._in_flight is None and self._send_soon is None:
            # At the end of this turn of the loop, so readings made in it go together.
            self._send_soon = self._loop.call_soon(self._send)
        label = await waiting.future
        # `wanted` checked the data before the reading was sent; the word model or the
        # lexicon may have been replaced here while it was with the worker. Its label
        # was read with the worker's (old) data then, and a cue added since (a new
        # safeguarding phrase) would be missed: classify it here instead.
        return label if self._same_data() else None

    def _send(self) -> None:
        self._send_soon = None
        if self._in_flight is not None or not self._pending or self._conn is None:
            return
        batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
        self._in_flight = batch
        try:
            self._conn.send([w.reading for w in batch])
        except (OSError, ValueError) as error:
            self._give_up(f"could not send it a batch: {error}")
            return
        assert self._loop is not None
        self._too_slow = self._loop.call_later(self.timeout, self._give_up, "it was too slow")

    def _answered(self) -> None:
        """The worker wrote: its ready message, or the labels of the batch in flight."""
        assert self._conn is not None
        try:
            message = self._conn.recv()
        except (EOFError, OSError) as error:
            self._give_up(f"it has gone ({error or type(error).__name__})")
            return
        if message == _READY:
            self._ready = True
            return
        if self._too_slow is not None:
            self._too_slow.cancel()
            self._too_slow = None
        batch, self._in_flight = self._in_flight or [], None
        if not isinstance(message, list) or len(message) != len(batch):
            self._in_flight = batch  # answered None by `_give_up`
            self._give_up("it answered something other than the batch's labels")
            return
        for waiting, label in zip(batch, message, strict=True):
            if not waiting.future.done():
                waiting.future.set_result(label)
        self.answered += len(batch)
        self.batches += 1
        if self._pending:
            self._send()

    def _give_up(self, why: str) -> None:
        """Answer every waiting reading None (classified in the process) and stop the
        worker: nothing is lost, nothing waits on it again."""
        log.warning("the classifier's worker is not used any more: %s", why)
        self._let_go()
        if self._process is not None and self._process.poll() is None:
            self._process.kill()

    def _let_go(self) -> None:
        """No reading waits on the worker any more: each is classified in the process."""
        self._given_up, self._ready = True, False
        for waiting in [*(self._in_flight or []), *self._pending]:
            if not waiting.future.done():
                waiting.future.set_result(None)
        self._in_flight, self._pending = None, []
        for handle in (self._send_soon, self._too_slow):
            if handle is not None:
                handle.cancel()
        self._send_soon = self._too_slow = None
        self._stop_reading()

    def _stop_reading(self) -> None:
        if self._conn is not None and self._loop is not None and not self._conn.closed:
            self._loop.remove_reader(self._conn.fileno())

    async def close(self) -> None:
        """Stop the worker (told to stop; killed if it has not within `timeout`)."""
        if self._process is None:
            return
        self._let_go()
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if self._data_sent is not None and not self._data_sent.done():
            # One writer on the socket at a time; a worker that never reads is killed.
            try:
                await asyncio.wait_for(asyncio.shield(self._data_sent), self.timeout)
            except TimeoutError:
                process.kill()
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, process.wait, self.timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            await loop.run_in_executor(None, process.wait)
        if conn is not None:
            conn.close()


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1])))
