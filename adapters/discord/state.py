"""What the Discord adapter must remember across restarts.

- the channels made for small groups (a breakout text channel's voice channel
  and category), so that after a restart the groups can still be closed and
  people moved back;
- where each person was in voice before a breakout moved them;
- whom the bot server-muted for floor control, so that it unmutes exactly them
  (and someone who left voice while muted is unmuted when they come back);
- the newest message handled in each workshop channel, so that after a restart
  the messages sent while the bot was down are fetched (history after it);
- the queue message of each channel (and its few older ones, whose ✋ still
  count) and who had ✋ on it, so that after a
  restart the hands raised or lowered by reaction while the bot was down are
  caught up (the reactions now on the message, compared with these);
- the rooms made for each `create_rooms` key (threads, or category, text and
  voice channels), saved after each one is made, so that the same breakout
  carried out again after a crash makes only the rooms still missing;
- the turn whose speaker was last invited to speak on each workshop's Stage,
  so that a speaker who steps back to the audience is not invited again;
- the co-facilitators already in each open small group, so that one named
  while the groups are open joins each of them once;
- the permission overwrites each text channel had before the bot closed its floor
  (text floor control), so that after a restart opening the floor puts back the
  channel as it was, and calling a new speaker does not take the locked channel
  for the original;
- the newest poll messages of each channel and who had which number (1️⃣ ...)
  on them, so that votes by reaction made while the bot was down are caught up
  (see polls.py);
- the staff place of each workshop channel (a private thread, or a private text
  channel) and the staff added to it, so that a restart or the next workshop in
  the channel posts alerts in the same place (see staff.py);
- the moves into the small groups (and voice links) accepted but not yet carried
  out, so that after a restart the rest are carried out (see voice.py);
- the DMs Discord refused for opening DMs too fast, waiting to be tried again
  (see outbound.py).

Where it is kept is a `StateBackend`: the bot's `EventStore` (the
`adapter_state` table of the app database, key `discord.state`, or
`discord.state.shards-0-1-of-4` for a process running shards 0 and 1), given with
`DiscordAdapter.keep_state_in`. Without one it lives in memory only.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Protocol

log = logging.getLogger(__name__)

KEY = "discord.state"
MADE_KEPT = 20  # breakouts whose rooms are remembered by key (the newest)


class StateBackend(Protocol):
    async def get_adapter_state(self, key: str) -> dict[str, Any] | None: ...

    async def set_adapter_state(self, key: str, value: dict[str, Any]) -> None: ...


@dataclass
class Memory:
    # breakout text channel id -> {"voice": id, "category": id, "guild": id, "main": id}
    rooms: dict[str, dict[str, int]] = field(default_factory=dict)
    came_from: dict[str, int] = field(default_factory=dict)  # user id -> voice channel id
    muted: dict[str, list[int]] = field(default_factory=dict)  # voice channel id -> users
    unmute_later: list[int] = field(default_factory=list)  # muted by us, left voice
    last_seen: dict[str, int] = field(default_factory=dict)  # channel id -> message id
    queue: dict[str, int] = field(default_factory=dict)  # channel id -> queue message id
    # channel id -> its older queue messages (oldest first), whose ✋ still count
    old_queue: dict[str, list[int]] = field(default_factory=dict)
    hands: dict[str, list[int]] = field(default_factory=dict)  # queue message -> ✋ users
    # poll message -> {"channel": id, "votes": {"1": [user ids], ...}} (see polls.py)
    polls: dict[str, dict[str, Any]] = field(default_factory=dict)
    # create_rooms key -> {"category": id or None, "rooms": {index: {"thread": id,
    # "added": bool} or {"text": id, "voice": id}}} (the newest MADE_KEPT keys)
    made: dict[str, dict[str, Any]] = field(default_factory=dict)
    stage_turns: dict[str, int] = field(default_factory=dict)  # room channel -> turn invited
    # room key -> who may speak there, as the core last asked (`set_floor`), while held
    floor_speakers: dict[str, list[str]] = field(default_factory=dict)
    # open breakout room (channel id) -> the co-facilitators (user ids) already in it
    joined: dict[str, list[int]] = field(default_factory=dict)
    # text channel id -> its overwrites ({"id", "type", "allow", "deny"}) before the
    # floor was closed, while it is closed
    floor: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # workshop channel id -> {"thread": id} or {"channel": id}, "members": the staff
    # (user ids) added to it, "title", and "was": the room keys of places it replaced
    staff_places: dict[str, dict[str, Any]] = field(default_factory=dict)
    # moves into the small groups not yet carried out, in order: {"room": the group's
    # room key, "person": person id} (see voice.py)
    moves: list[dict[str, str]] = field(default_factory=list)
    # DMs refused for opening DMs too fast (40003), waiting to be tried again, in
    # order: {"person", "text", "key", "room" and "name" (where to post it if it
    # never goes; "" for nowhere)} (see outbound.py)
    dms: list[dict[str, str]] = field(default_factory=list)
    # The newest DMs sent after waiting, {"person", "key"}: the same key again (a
    # staff alert tried again once its DM has gone) is not sent twice, even after
    # Discord has forgotten the nonce (see outbound.py, SENT_LATE_KEPT)
    dms_sent: list[dict[str, str]] = field(default_factory=list)


def key_for(shard_count: int, shard_ids: tuple[int, ...] | list[int]) -> str:
    """Where this process keeps its memory: sharded processes sharing one database
    each hear different servers, so each keeps its own (one would overwrite another's)."""
    if not shard_count or not shard_ids:
        return KEY
    return f"{KEY}.shards-{'-'.join(str(i) for i in sorted(shard_ids))}-of-{shard_count}"


class DiscordState:
    def __init__(self, key: str = KEY) -> None:
        self.key = key
        self.memory = Memory()
        self.backend: StateBackend | None = None
        self._lock = asyncio.Lock()

    async def load(self) -> None:
        if self.backend is None:
            return
        stored = await self.backend.get_adapter_state(self.key) or {}
        known = {f.name for f in fields(Memory)}
        self.memory = Memory(**{k: v for k, v in stored.items() if k in known})

    def made(self, key: str) -> dict[str, Any]:
        """What was made so far for this `create_rooms` key (a new, empty record if
        nothing yet; a record without a key is never saved)."""
        if not key:
            return {"category": None, "rooms": {}}
        record = self.memory.made.setdefault(key, {"category": None, "rooms": {}})
        for old in list(self.memory.made)[:-MADE_KEPT]:
            del self.memory.made[old]
        return record

    def adopt_made(self, key: str, earlier_keys: tuple[str, ...]) -> None:
        """What was made under an earlier key of the same request (an earlier version of
        the bot keyed it so) is filed under `key`, unless `key` has a record already."""
        if not key or key in self.memory.made:
            return
        for earlier in earlier_keys:
            if earlier in self.memory.made:
                self.memory.made[key] = self.memory.made.pop(earlier)
                return

    async def save(self) -> None:
        if self.backend is None:
            return
        async with self._lock:
            try:
                await self.backend.set_adapter_state(self.key, asdict(self.memory))
            except Exception:  # memory still holds it; the next save tries again
                log.exception("could not save the Discord adapter's state")
