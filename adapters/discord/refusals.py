"""Discord's errors, as the platform-free kinds of refusal the core has words for
(`facilitation.commands.Refusal`). Port methods wear `named` (adapters.base
`refusals_named`): an error of a kind known here leaves the adapter as
`PlatformRefused`, so no discord.py type crosses the port.

Codes from Discord's docs (topics/opcodes-and-status-codes.mdx, "JSON Error Codes"
and "HTTP Response Codes"):
- 50013 "You lack permissions to perform that action";
- 50001 "Missing access" (a channel or server the bot cannot see, or was removed from);
- 10003 "Unknown channel", 10004 "Unknown guild" (deleted, or never there);
- HTTP 429 TOO MANY REQUESTS: discord.py waits and retries up to five times (its
  `HTTPClient.request`), then raises HTTPException with status 429; it raises
  RateLimited at once when the wait would pass `max_ratelimit_timeout`;
- HTTP 5xx ("the server had an error processing your request", 502 "gateway
  unavailable"): discord.py retries 500, 502, 504 and 524, then raises
  DiscordServerError, as it does at once for any other 5xx;
- no answer at all (connection refused, reset, timed out): aiohttp's errors, which
  discord.py lets through.
"""

from __future__ import annotations

import aiohttp
import discord

from adapters.base import refusals_named
from facilitation.commands import Refusal

MISSING_PERMISSIONS = 50013
MISSING_ACCESS = 50001
UNKNOWN_CHANNEL = 10003
UNKNOWN_GUILD = 10004


def refusal_of(error: BaseException) -> Refusal | None:
    """The kind of refusal a discord.py (or aiohttp) error is, or the error it was
    raised from (outbound.py's DiscordRequestFailed says in words what failed, raised
    from discord.py's error); None for any other (say 50007, someone who takes no
    DMs: the executor has its own answer for that)."""
    seen: BaseException | None = error
    while seen is not None:
        refusal = _refusal_of_one(seen)
        if refusal is not None:
            return refusal
        seen = seen.__cause__
    return None


def _refusal_of_one(error: BaseException) -> Refusal | None:
    if isinstance(error, discord.RateLimited):
        return Refusal.TOO_FAST
    if isinstance(error, discord.DiscordServerError):
        return Refusal.PLATFORM_DOWN
    if isinstance(error, discord.HTTPException):
        if error.code == MISSING_PERMISSIONS:
            return Refusal.NO_PERMISSION
        if error.code in (MISSING_ACCESS, UNKNOWN_CHANNEL, UNKNOWN_GUILD):
            return Refusal.NO_ACCESS
        if error.status == 429:
            return Refusal.TOO_FAST
        return None
    if isinstance(error, (OSError, aiohttp.ClientConnectionError)):  # TimeoutError too
        return Refusal.PLATFORM_DOWN
    return None


named = refusals_named(refusal_of)
