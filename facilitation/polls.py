"""Quick polls and dot-voting: `!poll Question | A; B; C`, `!vote 2`, `!poll close`.

Anonymous: the results, in the room and in the notes, are counts only. Each person
has one vote, or `dots` votes with `| dots: 3` (they may put several on one option).
A new `!vote` replaces that person's earlier one, so a slip is easy to put right.
One poll is open at a time.
"""

from __future__ import annotations

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import Effect, Post, SendPrivate
from facilitation.handlers import Decider, Reactor, decider, reactor
from facilitation.rules import Refused
from facilitation.state import Poll, WorkshopState

MAX_OPTIONS = 10
MAX_DOTS = 10


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
    if not c.choices or any(not 1 <= n <= len(poll.options) for n in c.choices):
        raise Refused(words.bad_vote(p, len(poll.options)))
    if len(c.choices) > poll.dots:
        raise Refused(words.too_many_votes(p, poll.dots))
    choices = tuple(n - 1 for n in c.choices)
    return [ev.VoteCast(number=poll.number, person_id=c.actor.id, choices=choices, at=now)]


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
    ]
)


# --- react -----------------------------------------------------------------


def _poll(s: WorkshopState, number: int) -> Poll:
    return next(poll for poll in s.polls if poll.number == number)


def _on_opened(s: WorkshopState, e: ev.PollOpened) -> list[Effect]:
    return [Post(room=s.room, text=words.poll_opened(s.prefix, e.question, e.options, e.dots))]


def _on_vote(s: WorkshopState, e: ev.VoteCast) -> list[Effect]:
    poll = _poll(s, e.number)
    chosen = [poll.options[i] for i in e.choices]
    return [
        SendPrivate(
            person_id=e.person_id,
            room=s.room,
            text=words.vote_counted(chosen),
            name=s.name_of(e.person_id),
            essential=False,  # where there are no private messages, not said in the room
        )
    ]


def _on_closed(s: WorkshopState, e: ev.PollClosed) -> list[Effect]:
    poll = _poll(s, e.number)
    text = words.poll_results(poll.question, poll.options, poll.counts(), len(poll.votes))
    return [Post(room=s.room, text=text)]


REACTORS: dict[type[ev.Event], Reactor] = dict(
    [
        reactor(ev.PollOpened, _on_opened),
        reactor(ev.VoteCast, _on_vote),
        reactor(ev.PollClosed, _on_closed),
    ]
)


def poll_text(state: WorkshopState) -> str:
    """`!poll` alone, for staff: the votes so far (still only counts)."""
    poll = state.open_poll
    if poll is None:
        return words.no_open_poll(state.prefix)
    counts = poll.counts()
    return words.poll_so_far(state.prefix, poll.question, poll.options, counts, len(poll.votes))
