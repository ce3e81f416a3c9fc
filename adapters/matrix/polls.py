"""Votes by numbered reaction (1️⃣ 2️⃣ ... 🔟) on a poll's message, on Matrix.

The bot annotates the poll with the numbers first (`offer`), so people only
click. A person's `m.reaction` with a number on the poll message becomes a typed
`cmd.ReactionVote` for the core; redacting that reaction takes the vote back.

Matrix facts this relies on (client-server spec, "Reactions" and "Redactions"):
- a reaction is an `m.reaction` event whose `m.relates_to` has `rel_type`
  `m.annotation`, the `event_id` of the message and the emoji as `key`;
- taking a reaction away is a redaction of that reaction event (`redacts`), which
  anyone with enough power may send: only the voter's own counts, as for ✋.
Reactions sent while the bot was down arrive in the next sync (the adapter
fetches what a limited sync left out), so they are caught up as ✋ is.
Which messages are polls, and which reaction is whose vote, are kept in the
adapter's state, so both survive a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from adapters.base import CommandHandler
from adapters.matrix.inbound import room_id_of, room_key
from adapters.matrix.state import SavedState
from facilitation import commands as cmd
from facilitation.polls import choice_of_reaction

log = logging.getLogger(__name__)

KEPT_POLLS = 3  # poll messages per room whose votes are remembered (the newest)


class PollReactions:
    def __init__(
        self,
        state: SavedState,
        react: Callable[[str, str, str], Awaitable[None]],
        actor: Callable[[str, str], cmd.Actor],
        on_command: Callable[[], CommandHandler | None],
        bot_user_id: Callable[[], str],
    ) -> None:
        self.state = state
        self.react = react  # (room id, event id, emoji)
        self.actor = actor  # (room id, user id) -> the person, with their role there
        self.on_command = on_command
        self.bot_user_id = bot_user_id

    async def offer(self, room: str, message_ref: str, emojis: Sequence[str]) -> None:
        """Remember the message as a poll before the first number goes under it, so
        a click that comes at once is known; then add the numbers, in order."""
        room_id = room_id_of(room)
        polls = self.state.data.poll_messages
        polls[message_ref] = room_id
        for old in [m for m, r in polls.items() if r == room_id][:-KEPT_POLLS]:
            del polls[old]
            self._forget_votes_on(old)
        await self.state.save()
        for emoji in emojis:
            await self.react(room_id, message_ref, emoji)

    async def handle(self, room_id: str, event: dict[str, Any]) -> bool:
        """True if the event was a number on a poll, or its redaction (handled here)."""
        sender = event.get("sender", "")
        event_id = event.get("event_id", "")
        if not sender or not event_id or sender == self.bot_user_id():
            return False
        content = event.get("content") or {}
        if event.get("type") == "m.reaction":
            return await self._reaction(room_id, sender, event_id, content)
        if event.get("type") == "m.room.redaction":
            redacts = event.get("redacts") or content.get("redacts", "")
            return await self._redaction(room_id, sender, event_id, redacts)
        return False

    async def _reaction(self, room_id: str, sender: str, event_id: str, content: dict) -> bool:
        relates = content.get("m.relates_to") or {}
        target = relates.get("event_id", "")
        choice = choice_of_reaction(str(relates.get("key", "")))
        if relates.get("rel_type") != "m.annotation" or choice is None:
            return False
        if self.state.data.poll_messages.get(target) != room_id:
            return False
        self.state.data.vote_reactions[event_id] = [room_id, sender, target, str(choice)]
        await self.state.save()
        await self._vote(room_id, sender, event_id, target, choice, added=True)
        return True

    async def _redaction(self, room_id: str, sender: str, event_id: str, redacts: str) -> bool:
        known = self.state.data.vote_reactions.get(redacts)
        if not known:
            return False
        voter_room, voter, target, choice = known
        if (voter_room, voter) != (room_id, sender):
            return True  # a moderator's redaction of someone's vote is not theirs to take
        del self.state.data.vote_reactions[redacts]
        await self.state.save()
        await self._vote(room_id, sender, event_id, target, int(choice), added=False)
        return True

    async def _vote(
        self, room_id: str, sender: str, event_id: str, target: str, choice: int, added: bool
    ) -> None:
        on_command = self.on_command()
        if on_command is None:
            log.info("a vote by reaction in %s, but nothing to hand it to", room_id)
            return
        await on_command(
            cmd.ReactionVote(
                actor=self.actor(room_id, sender),
                room=room_key(room_id),
                source_id=event_id,  # the reaction's (or its redaction's) own event id
                message_ref=target,
                choice=choice,
                added=added,
            )
        )

    def _forget_votes_on(self, message_ref: str) -> None:
        votes = self.state.data.vote_reactions
        for reaction in [r for r, known in votes.items() if known[2] == message_ref]:
            del votes[reaction]
