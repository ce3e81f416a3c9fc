"""Votes by numbered reaction on the poll's message, through the core."""

from __future__ import annotations

from dataclasses import replace

from facilitation import commands as cmd
from facilitation import words
from facilitation.effects import Post, PostPoll, SendPrivate
from facilitation.polls import NUMBER_REACTIONS, choice_of_reaction
from facilitation.state import WorkshopState, evolve
from tests.core_helpers import ALICE, BOB, CAROL, Workshop, start_command

OPTIONS = ("Booking online", "Booking by phone", "More notice")
QUESTION = "Which change matters most?"
POLL_MESSAGE = "message-77"


def polled(dots: int = 1, reactions: bool = True) -> Workshop:
    """A poll open on a platform with reactions, its message posted as POLL_MESSAGE."""
    w = Workshop(started=False)
    w.state = replace(w.state, reactions=reactions)
    w.send(start_command())
    w.join(ALICE, BOB, CAROL)
    step = w.do(cmd.OpenPoll, question=QUESTION, options=OPTIONS, dots=dots)
    [posted] = step.effects_of(PostPoll)
    w.do(cmd.PollMessagePosted, cmd.SYSTEM, number=posted.poll, message_ref=POLL_MESSAGE)
    return w


def react(w: Workshop, actor: cmd.Actor, choice: int, added: bool = True, ref: str = POLL_MESSAGE):
    return w.do(cmd.ReactionVote, actor, message_ref=ref, choice=choice, added=added)


def test_the_poll_message_offers_one_numbered_reaction_per_answer_and_says_they_are_seen():
    w = Workshop(started=False)
    w.state = replace(w.state, reactions=True)
    w.send(start_command())
    [posted] = w.do(cmd.OpenPoll, question=QUESTION, options=OPTIONS).effects_of(PostPoll)
    assert (posted.poll, posted.answers) == (1, 3)
    assert posted.text.endswith(words.poll_reactions_hint("!", 1))


def test_without_reactions_the_poll_says_nothing_about_clicking():
    w = Workshop()
    [posted] = w.do(cmd.OpenPoll, question=QUESTION, options=OPTIONS).effects_of(PostPoll)
    assert words.poll_reactions_hint("!", 1) not in posted.text


def test_the_poll_message_reference_is_recorded_and_survives_a_replay():
    w = polled()
    assert w.state.open_poll.message_ref == POLL_MESSAGE
    replayed = WorkshopState(workshop_id=w.state.workshop_id, prefix="!")
    for event in w.log:
        replayed = evolve(replayed, event)
    assert replayed.open_poll.message_ref == POLL_MESSAGE


def test_a_reaction_is_a_vote_counted_at_close_and_nobody_else_is_told():
    w = polled()
    step = react(w, ALICE, 2)
    [told] = step.effects_of(SendPrivate)
    assert told.person_id == ALICE.id and "Booking by phone" in told.text
    assert step.effects_of(Post) == []
    react(w, BOB, 2)
    w.do(cmd.CastVote, CAROL, choices=(3,))  # the typed vote still works beside them
    results = w.do(cmd.ClosePoll).effects_of(Post)[0].text
    assert results == words.poll_results(QUESTION, OPTIONS, (0, 2, 1), 3)


def test_taking_the_reaction_away_takes_the_vote_back():
    w = polled()
    react(w, ALICE, 1)
    step = react(w, ALICE, 1, added=False)
    assert step.effects_of(SendPrivate)[0].text == words.vote_taken_back("Booking online")
    assert w.state.open_poll.counts() == (0, 0, 0)
    assert w.state.open_poll.votes == {}  # she is no longer counted as a voter


def test_one_vote_each_a_second_reaction_is_refused_privately_until_the_first_goes():
    w = polled()
    react(w, ALICE, 1)
    refusal = w.refused(cmd.ReactionVote, ALICE, message_ref=POLL_MESSAGE, choice=3, added=True)
    assert refusal.reason == words.reaction_votes_used_up("!", 1)
    react(w, ALICE, 1, added=False)
    react(w, ALICE, 3)
    assert w.state.open_poll.counts() == (0, 0, 1)


def test_with_dots_each_reaction_is_one_dot_up_to_the_limit():
    w = polled(dots=2)
    react(w, ALICE, 1)
    react(w, ALICE, 3)
    assert w.state.open_poll.votes[ALICE.id] == (0, 2)
    refusal = w.refused(cmd.ReactionVote, ALICE, message_ref=POLL_MESSAGE, choice=2, added=True)
    assert refusal.reason == words.reaction_votes_used_up("!", 2)
    react(w, ALICE, 1, added=False)
    assert w.state.open_poll.counts() == (0, 0, 1)


def test_a_typed_vote_replaces_reaction_votes_and_a_stale_reaction_removal_changes_nothing():
    w = polled(dots=2)
    react(w, ALICE, 1)
    react(w, ALICE, 2)
    w.do(cmd.CastVote, ALICE, choices=(3, 3))
    assert w.state.open_poll.counts() == (0, 0, 2)
    step = react(w, ALICE, 1, added=False)  # the old 1️⃣, replaced by the typed vote
    assert step.events == [] and w.state.open_poll.counts() == (0, 0, 2)


def test_reactions_on_other_messages_or_past_the_answers_mean_nothing():
    w = polled()
    assert react(w, ALICE, 1, ref="some-other-message").events == []
    assert react(w, ALICE, 9).events == []  # the poll has 3 answers
    assert w.state.open_poll.counts() == (0, 0, 0)


def test_a_reaction_after_the_close_is_answered_and_changes_nothing():
    w = polled()
    react(w, ALICE, 1)
    w.do(cmd.ClosePoll)
    refusal = w.refused(cmd.ReactionVote, BOB, message_ref=POLL_MESSAGE, choice=1, added=True)
    assert refusal.reason == words.poll_is_closed()
    assert react(w, ALICE, 1, added=False).events == []
    assert w.state.polls[-1].counts() == (1, 0, 0)


def test_keycaps_are_read_with_or_without_the_variation_selector():
    assert [choice_of_reaction(e) for e in NUMBER_REACTIONS] == list(range(1, 11))
    assert choice_of_reaction("2\u20e3") == 2  # some clients leave out U+FE0F
    assert choice_of_reaction("\u270b") is None
    assert choice_of_reaction("2") is None
