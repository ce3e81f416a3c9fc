"""Sentences only the Discord adapter says. Candidates for facilitation/words.py
(kept here while other work changes that file)."""

from __future__ import annotations

DM_REFUSED = (
    "Facilitator commands work only in the workshop's channel on the server, never in a "
    "private message. Nothing changed."
)
NOT_THIS_SERVER = "workshop-bot is not set up for this server, so nothing changed."
NOT_READY = "workshop-bot is still starting. Please try again in a moment."
NOT_A_TEXT_CHANNEL = (
    "small groups are made as private threads under a text channel, and this workshop is not in one"
)
TOO_MANY_THREADS = (
    "this server would have more than {limit} active threads ({active} now, {wanted} more "
    "needed); archive some threads and try again"
)


def done(command: str) -> str:
    return f"Done: {command}"


def not_done(command: str) -> str:
    return f"Not done: {command}. Nothing changed."


def could_not(what: str, reason: str) -> str:
    return f"could not {what}: {reason}"
