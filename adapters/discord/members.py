"""A server's member list, read when a workshop needs it.

Discord does not send a server's members when the bot connects: without the
presences intent (the bot does not ask for it) GUILD_CREATE carries only the
people in voice and the bot itself (docs, gateway-events.mdx, Request Guild
Members). discord.py would ask for the rest at start-up over the gateway
(`chunk_guilds_at_startup`), but Discord answers a request for all of a server's
members at most once per server every 30 seconds, and discord.py 2.7 does not read
the RATE_LIMITED answer: after a quick restart it waits (5 seconds or more per
server) and then goes on without them. People it does not know are then skipped
without a word: not moved to their group, their ✋ not counted, a facilitator
missing from the staff room.

So the adapter does not ask at start-up (`CLIENT_OPTIONS`), and reads the member
list by REST (List Guild Members, 1000 a page, the members intent) the first time
something needs it in that server: the facilitators by role, the people to move or
add to a room, who had ✋ while the bot was away. From then on the members
intent's join and leave events keep discord.py's cache complete. Someone who
speaks, reacts or is in voice arrives with their member data anyway.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord

log = logging.getLogger(__name__)

# discord.py's Client options: no request for every member of every server at start-up.
CLIENT_OPTIONS: dict[str, Any] = {"chunk_guilds_at_startup": False}


class Members:
    def __init__(self) -> None:
        self._reading: dict[int, asyncio.Lock] = {}  # one read of a server at a time

    async def complete(self, guild: discord.Guild | None) -> None:
        """Make discord.py's member cache of `guild` whole (one REST page per 1000
        people), unless it is already. A failure is logged: the bot goes on with the
        members it knows."""
        if guild is None or guild.chunked:
            return
        lock = self._reading.setdefault(guild.id, asyncio.Lock())
        async with lock:
            if guild.chunked:
                return
            try:
                async for member in guild.fetch_members(limit=None):
                    if guild.get_member(member.id) is None:
                        guild._add_member(member)
            except discord.HTTPException as error:
                log.warning("could not read the members of server %s: %s", guild.id, error)
