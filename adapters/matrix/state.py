"""What the Matrix adapter must remember across restarts, in one small JSON file.

Kept next to the bot's database (`workshop.db` -> `workshop.db.matrix.json`):
the device id (so a restart keeps the same device), the sync token (written
only after every command of that sync batch was handled), the power levels
saved while floor control is on, the private-message room per person, the
Space made for each workshop room, and which reactions are raised hands.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


def state_path_for(database: str) -> Path:
    """The adapter's file for a database path (a URL's path part is used as is)."""
    path = database.split("///", 1)[-1] if "://" in database else database
    return Path(path).expanduser().with_name(Path(path).name + ".matrix.json")


@dataclass
class AdapterState:
    device_id: str = ""
    next_batch: str = ""
    saved_power_levels: dict[str, dict[str, Any]] = field(default_factory=dict)  # room id ->
    direct_rooms: dict[str, str] = field(default_factory=dict)  # user id -> room id
    spaces: dict[str, str] = field(default_factory=dict)  # main room id -> space id
    hand_reactions: dict[str, list[str]] = field(default_factory=dict)  # event id -> [room, user]
    queue_messages: dict[str, str] = field(default_factory=dict)  # event id -> room id
    encryption_told: list[str] = field(default_factory=list)  # room ids


class StateFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = self._load()

    def _load(self) -> AdapterState:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return AdapterState()
        known = AdapterState.__dataclass_fields__
        return AdapterState(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(asdict(self.data), indent=1), encoding="utf-8")
        os.replace(temporary, self.path)
