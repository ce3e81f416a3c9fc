"""`workshop-bot run --config FILE` as its own process, pointed at the Discord on
127.0.0.1 that a test runs (tests/discord/loopback.py): the same entry point
(`bot.cli.main`) with only discord.py's two addresses changed, as loopback.py changes
them in-process (`Route.BASE` for REST and interaction webhooks,
`DiscordWebSocket.DEFAULT_GATEWAY` for the gateway). Everything else, discord.py's
connect path included, is the bot's own.

    python -m tests.discord.loopback_bot run --config FILE

with WORKSHOP_BOT_TEST_DISCORD_API and WORKSHOP_BOT_TEST_DISCORD_GATEWAY set to the
loopback's `api_base` and `gateway_url`. Test-only: nothing here ships.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys

from discord.gateway import DiscordWebSocket
from discord.http import Route
from yarl import URL

from bot.cli import main


def run(argv: list[str]) -> int:
    faulthandler.register(signal.SIGUSR1)  # a test that times out asks for the stacks
    Route.BASE = os.environ["WORKSHOP_BOT_TEST_DISCORD_API"]
    DiscordWebSocket.DEFAULT_GATEWAY = URL(os.environ["WORKSHOP_BOT_TEST_DISCORD_GATEWAY"])
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
