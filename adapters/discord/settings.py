"""What the Discord adapter reads from its settings.

bot/config.py's `[discord]` section has these fields; naming them here as a Protocol
keeps the adapter from importing the bot's config module (adapters import only
facilitation: the import contracts in pyproject.toml check it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol


class DiscordSettings(Protocol):
    # Read-only members (properties), so the bot's settings may hold narrower types
    # (a list for a Sequence, a Literal for a str): plain protocol attributes would
    # have to match exactly, as they could be written through.
    @property
    def token(self) -> str: ...

    @property
    def guild_ids(self) -> Sequence[int]: ...

    @property
    def facilitator_role_ids(self) -> Sequence[int]: ...

    @property
    def facilitator_user_ids(self) -> Sequence[int]: ...

    @property
    def breakout_rooms(self) -> str: ...  # "threads" or "channels"

    @property
    def after_breakout(self) -> str: ...  # "archive" or "delete"

    @property
    def voice_channels(self) -> Mapping[str, int]: ...

    @property
    def voice_pace_seconds(self) -> float: ...

    @property
    def shard_count(self) -> int: ...

    @property
    def shard_ids(self) -> Sequence[int]: ...
