"""What the Matrix adapter must remember across restarts.

The device id (so a restart keeps the same device), the sync token (written
only after every command of that sync batch was handled), the power levels
saved while floor control is on, the private-message room per person, the
Space made for each workshop room, the staff room made for each workshop room,
which reactions are raised hands, which
messages are queue messages, which are polls and which reactions are votes
(polls.py), which encrypted rooms were told so, and the rooms
made for recent breakouts (by the key of the effect that made them).

Where it is kept is a `StateBackend`: two async methods, which the bot's
`EventStore` has (the `adapter_state` table of the app database). Without one,
the old side file next to the database (`workshop.db.matrix.json`) is used,
through `JsonFileBackend`, which reads and writes that file's format. Each
item is one key, `matrix.<item>`, whose value is `{"<item>": ...}`; only the
items that changed are written.
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Protocol

KEY_PREFIX = "matrix."


class StateBackend(Protocol):
    """Somewhere to keep small JSON objects by key (the app database, or a file)."""

    async def get_adapter_state(self, key: str) -> dict[str, Any] | None: ...

    async def set_adapter_state(self, key: str, value: dict[str, Any]) -> None: ...


def state_path_for(database: str) -> Path:
    """The adapter's file for a database path (a URL's path part is used as is)."""
    path = database.split("///", 1)[-1] if "://" in database else database
    return Path(path).expanduser().with_name(Path(path).name + ".matrix.json")


@dataclass
class AdapterState:
    device_id: str = ""
    # The token a password login gave, so a restart resumes it instead of logging in
    # again (no new login to rate-limit, the same device). Checked with whoami first.
    access_token: str = ""
    next_batch: str = ""
    saved_power_levels: dict[str, dict[str, Any]] = field(default_factory=dict)  # room id ->
    direct_rooms: dict[str, str] = field(default_factory=dict)  # user id -> room id
    spaces: dict[str, str] = field(default_factory=dict)  # main room id -> space id
    # space id -> user ids still to invite to a Space the bot made (past the
    # INVITES_IN_CREATE sent with it), until those invitations have been tried
    space_invites: dict[str, list[str]] = field(default_factory=dict)
    hand_reactions: dict[str, list[str]] = field(default_factory=dict)  # event id -> [room, user]
    queue_messages: dict[str, str] = field(default_factory=dict)  # event id -> room id
    encryption_told: list[str] = field(default_factory=list)  # room ids
    # effect key -> {group index (as text): room id} of the rooms made so far
    breakout_rooms: dict[str, dict[str, str]] = field(default_factory=dict)
    staff_rooms: dict[str, str] = field(default_factory=dict)  # main room id -> staff room id
    # staff room id -> the Space the homeserver failed to add it to (tried again when
    # the staff room is asked for again: outbound `_link_staff_room`)
    unlinked_staff_rooms: dict[str, str] = field(default_factory=dict)
    poll_messages: dict[str, str] = field(default_factory=dict)  # event id -> room id
    # reaction event id -> [room id, user, poll message, choice]: votes by reaction
    vote_reactions: dict[str, list[str]] = field(default_factory=dict)


ITEMS = tuple(f.name for f in fields(AdapterState))


class JsonFileBackend:
    """The side file of earlier versions: one flat JSON object of the items."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, Any]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def exists(self) -> bool:
        return self.path.exists()

    async def get_adapter_state(self, key: str) -> dict[str, Any] | None:
        item = key.removeprefix(KEY_PREFIX)
        raw = self._read()
        return {item: raw[item]} if item in raw else None

    async def set_adapter_state(self, key: str, value: dict[str, Any]) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half."""
        item = key.removeprefix(KEY_PREFIX)
        raw = self._read()
        raw[item] = value[item]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(raw, indent=1), encoding="utf-8")
        os.replace(temporary, self.path)


class SavedState:
    """The adapter's state in memory (`data`), loaded once and saved on demand."""

    def __init__(self, backend: StateBackend, legacy_file: Path | None = None) -> None:
        self.backend = backend
        self.legacy_file = legacy_file  # read once if the backend holds nothing yet
        self.data = AdapterState()
        self._saved: dict[str, str] = {}  # item -> its JSON as last written
        self._lock = asyncio.Lock()

    async def load(self) -> None:
        values: dict[str, Any] = {}
        for item in ITEMS:
            stored = await self.backend.get_adapter_state(KEY_PREFIX + item)
            if stored is not None and item in stored:
                values[item] = stored[item]
        self._saved = {item: json.dumps(values[item], sort_keys=True) for item in values}
        if not values and self.legacy_file is not None:
            # The first start after moving from the side file: carry it over.
            old = JsonFileBackend(self.legacy_file)
            for item in ITEMS:
                stored = await old.get_adapter_state(KEY_PREFIX + item)
                if stored is not None:
                    values[item] = stored[item]
        self.data = AdapterState(**values)
        await self.save()  # carried-over items reach the backend now

    async def save(self) -> None:
        """Write the items that changed since they were last written. One save at a
        time, so a later value is never overwritten by an earlier one. A save that
        has begun is finished even if the adapter is being stopped."""
        writing = asyncio.ensure_future(self._write_changes())
        try:
            await asyncio.shield(writing)
        except asyncio.CancelledError:
            await writing
            raise

    async def _write_changes(self) -> None:
        async with self._lock:
            current = asdict(self.data)
            for item in ITEMS:
                encoded = json.dumps(current[item], sort_keys=True)
                if self._saved.get(item) == encoded:
                    continue
                await self.backend.set_adapter_state(KEY_PREFIX + item, {item: current[item]})
                self._saved[item] = encoded
