"""What the Discord adapter reads from its settings.

bot/config.py's `[discord]` section has these fields; naming them here as a Protocol
keeps the adapter from importing the bot's config module (adapters import only
facilitation: the import contracts in pyproject.toml check it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol


class DiscordSettings(Protocol):
    token: str
    guild_ids: Sequence[int]
    facilitator_role_ids: Sequence[int]
    facilitator_user_ids: Sequence[int]
    breakout_rooms: str  # "threads" or "channels"
    after_breakout: str  # "archive" or "delete"
    voice_channels: Mapping[str, int]
    voice_pace_seconds: float
    shard_count: int
    shard_ids: Sequence[int]
