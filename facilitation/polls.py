"""Quick polls and dot-voting: `!poll Question | A; B; C`, `!vote 2`, `!poll close`.

Anonymous: the results, in the room and in the notes, are counts only. Each person
has one vote, or `dots` votes with `| dots: 3` (they may put several on one option).
A new `!vote` replaces that person's earlier one, so a slip is easy to put right.
One poll is open at a time.

Where the platform has reactions, the poll's message offers numbered reactions
(1️⃣ ... 🔟): each one a person adds is one vote (one dot, up to their `dots`), and
taking it away takes that vote back. A later `!vote` replaces them all.
"""

from __future__ import annotations

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import Effect, Post, PostPoll, SendPrivate
from facilitation.handlers import Decider, Reactor, decider, reactor
from facilitation.rules import Refused
from facilitation.state import Poll, WorkshopState

MAX_OPTIONS = 10
MAX_DOTS = 10
# The keycap emoji for 1 to 10, in order: a numbered reaction is a vote.
NUMBER_REACTIONS = tuple(f"{n}\ufe0f\u20e3" for n in range(1, 10)) + ("\U0001f51f",)


def choice_of_reaction(emoji: str) -> int | None:
    """1 to 10 for a keycap reaction (with or without the variation selector, which
    some clients leave out), None for any other emoji."""
    plain = emoji.replace("\ufe0f", "")
    for n, keycap in enumerate(NUMBER_REACTIONS, 1):
        if plain == keycap.replace("\ufe0f", ""):
            return n
    return None


def _open(state: WorkshopState, c: cmd.OpenPoll, now: float) -> list[ev.Event]:
    p = state.prefix
    if state.open_poll is not None:
        raise Refused(words.poll_already_open(p, state.open_poll.question))
    question = " ".join(c.question.split())
    options = tuple(" ".join(o.split()) for o in c.options if o.strip())
    if not question or not 2 <= len(options) <= MAX_OPTIONS:
        raise Refused(words.poll_needs_options(p, MAX_OPTIONS))
    if not 1 <= c.dots <= MAX_DOTS:
        raise Refused(words.poll_dots_out_of_range(p, MAX_DOTS))
    number = len(state.polls) + 1
    return [
        ev.PollOpened(
            number=number,
            question=question,
            options=options,
            dots=c.dots,
            by_id=c.actor.id,
            at=now,
        )
    ]


def _vote(state: WorkshopState, c: cmd.CastVote, now: float) -> list[ev.Event]:
    p = state.prefix
    poll = state.open_poll
    if poll is None:
        raise Refused(words.no_open_poll(p))
    if any(not 1 <= n <= len(poll.options) for n in c.choices):  # () is `!vote none`
        raise Refused(words.bad_vote(p, len(poll.options)))
    if len(c.choices) > poll.dots:
        raise Refused(words.too_many_votes(p, poll.dots))
    choices = tuple(n - 1 for n in c.choices)
    return [ev.VoteCast(number=poll.number, person_id=c.actor.id, choices=choices, at=now)]


def _reaction_vote(state: WorkshopState, c: cmd.ReactionVote, now: float) -> list[ev.Event]:
    """A numbered reaction on a poll's message; on any other message it means nothing."""
    poll = next((p for p in state.polls if p.message_ref == c.message_ref), None)
    if poll is None or not 1 <= c.choice <= len(poll.options):
        return []
    if poll.closed:
        if c.added:
            raise Refused(words.poll_is_closed())
        return []  # taking a reaction away after the close changes nothing
    mine = poll.votes.get(c.actor.id, ())
    choice = c.choice - 1
    if not c.added:
        # A reaction made before a typed `!vote` was replaced by it: nothing to take back.
        if choice not in mine:
            return []
        return [
            ev.ReactionVoteRemoved(number=poll.number, person_id=c.actor.id, choice=choice, at=now)
        ]
    if len(mine) >= poll.dots:
        raise Refused(words.reaction_votes_used_up(state.prefix, poll.dots))
    return [ev.ReactionVoteAdded(number=poll.number, person_id=c.actor.id, choice=choice, at=now)]


def _close(state: WorkshopState, c: cmd.ClosePoll, now: float) -> list[ev.Event]:
    poll = state.open_poll
    if poll is None:
        raise Refused(words.no_open_poll(state.prefix))
    return [ev.PollClosed(number=poll.number, by_id=c.actor.id, at=now)]


DECIDERS: dict[type[cmd.Command], Decider] = dict(
    [
        decider(cmd.OpenPoll, _open),
        decider(cmd.CastVote, _vote),
        decider(cmd.ClosePoll, _close),
        decider(cmd.ReactionVote, _reaction_vote),
    ]
)


# --- react -----------------------------------------------------------------


def _poll(s: WorkshopState, number: int) -> Poll:
    return next(poll for poll in s.polls if poll.number == number)


def _on_opened(s: WorkshopState, e: ev.PollOpened) -> list[Effect]:
    text = words.poll_opened(s.prefix, e.question, e.options, e.dots)
    if s.reactions:
        text += "\n" + words.poll_reactions_hint(s.prefix, e.dots)
    return [PostPoll(room=s.room, text=text, poll=e.number, answers=len(e.options))]


def _on_vote(s: WorkshopState, e: ev.VoteCast) -> list[Effect]:
    poll = _poll(s, e.number)
    chosen = [poll.options[i] for i in e.choices]
    return [
        SendPrivate(
            person_id=e.person_id,
            room=s.room,
            text=words.vote_counted(chosen) if chosen else words.all_votes_taken_back(),
            name=s.name_of(e.person_id),
            essential=False,  # where there are no private messages, not said in the room
        )
    ]


def _on_closed(s: WorkshopState, e: ev.PollClosed) -> list[Effect]:
    poll = _poll(s, e.number)
    text = words.poll_results(poll.question, poll.options, poll.counts(), len(poll.votes))
    return [Post(room=s.room, text=text)]


def _on_reaction_added(s: WorkshopState, e: ev.ReactionVoteAdded) -> list[Effect]:
    poll = _poll(s, e.number)
    return _tell_voter(
        s, e.person_id, words.vote_counted([poll.options[i] for i in poll.votes[e.person_id]])
    )


def _on_reaction_removed(s: WorkshopState, e: ev.ReactionVoteRemoved) -> list[Effect]:
    return _tell_voter(s, e.person_id, words.vote_taken_back(_poll(s, e.number).options[e.choice]))


def _tell_voter(s: WorkshopState, person_id: str, text: str) -> list[Effect]:
    return [
        SendPrivate(
            person_id=person_id,
            room=s.room,
            text=text,
            name=s.name_of(person_id),
            essential=False,  # where there are no private messages, not said in the room
        )
    ]


REACTORS: dict[type[ev.Event], Reactor] = dict(
    [
        reactor(ev.PollOpened, _on_opened),
        reactor(ev.VoteCast, _on_vote),
        reactor(ev.PollClosed, _on_closed),
        reactor(ev.ReactionVoteAdded, _on_reaction_added),
        reactor(ev.ReactionVoteRemoved, _on_reaction_removed),
    ]
)


def poll_text(state: WorkshopState) -> str:
    """`!poll` alone, for staff: the votes so far (still only counts)."""
    poll = state.open_poll
    if poll is None:
        return words.no_open_poll(state.prefix)
    counts = poll.counts()
    return words.poll_so_far(state.prefix, poll.question, poll.options, counts, len(poll.votes))
