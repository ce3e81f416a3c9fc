"""Polls and dot-voting through the core: anonymous counts, one vote each unless dots."""

from __future__ import annotations

import json

from bot.export import FORMATS
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import Post, SendPrivate
from facilitation.minutes import PollResult, build_minutes
from facilitation.state import evolve
from tests.core_helpers import ALICE, BOB, CAROL, Workshop
from tests.test_export import as_text

OPTIONS = ("Booking online", "Booking by phone", "More notice")


def polled(dots: int = 1) -> Workshop:
    w = Workshop()
    w.join(ALICE, BOB, CAROL)
    w.do(cmd.OpenPoll, question="Which change matters most?", options=OPTIONS, dots=dots)
    return w


def test_opening_a_poll_posts_the_numbered_answers_and_how_to_vote():
    w = Workshop()
    step = w.do(cmd.OpenPoll, question="Which change matters most?", options=OPTIONS)
    text = step.effects_of(Post)[0].text
    assert text.splitlines()[:4] == [
        "Poll: Which change matters most?",
        "1. Booking online",
        "2. Booking by phone",
        "3. More notice",
    ]
    assert "!vote 2" in text and "secret" in text


def test_one_vote_each_a_new_vote_replaces_the_old_and_results_are_counts_only():
    w = polled()
    step = w.do(cmd.CastVote, ALICE, choices=(2,))
    [told] = step.effects_of(SendPrivate)
    assert told.person_id == ALICE.id and "Booking by phone" in told.text
    assert step.effects_of(Post) == []  # nobody else learns how Alice voted
    w.do(cmd.CastVote, ALICE, choices=(1,))  # changed her mind
    w.do(cmd.CastVote, BOB, choices=(1,))
    w.do(cmd.CastVote, CAROL, choices=(3,))
    step = w.do(cmd.ClosePoll)
    results = step.effects_of(Post)[0].text
    assert results == words.poll_results("Which change matters most?", OPTIONS, (2, 0, 1), 3)
    for person in ("Alice", "Bob", "Carol"):
        assert person not in results


def test_dots_let_people_spread_or_stack_their_votes():
    w = polled(dots=3)
    w.do(cmd.CastVote, ALICE, choices=(1, 1, 3))
    w.do(cmd.CastVote, BOB, choices=(2,))
    assert w.state.open_poll.counts() == (2, 1, 1)
    refusal = w.refused(cmd.CastVote, CAROL, choices=(1, 2, 3, 1))
    assert refusal.reason == words.too_many_votes("!", 3)


def test_bad_votes_and_polls_are_refused_in_plain_words_and_change_nothing():
    w = Workshop()
    w.join(ALICE)
    assert w.refused(cmd.CastVote, ALICE, choices=(1,)).reason == words.no_open_poll("!")
    assert w.refused(cmd.ClosePoll).reason == words.no_open_poll("!")
    assert w.refused(cmd.OpenPoll, question="Which?", options=("Only one",)).reason == (
        words.poll_needs_options("!", 10)
    )
    assert w.refused(cmd.OpenPoll, question="Which?", options=("A", "B"), dots=11).reason == (
        words.poll_dots_out_of_range("!", 10)
    )
    w.do(cmd.OpenPoll, question="Which?", options=("A", "B"))
    assert w.refused(cmd.CastVote, ALICE, choices=(3,)).reason == words.bad_vote("!", 2)
    assert w.refused(cmd.OpenPoll, question="Another?", options=("A", "B")).reason == (
        words.poll_already_open("!", "Which?")
    )


def test_only_staff_open_and_close_polls():
    w = polled()
    assert w.refused(cmd.ClosePoll, ALICE).reason == words.only_staff("close the poll")
    w.do(cmd.ClosePoll)
    assert w.refused(cmd.OpenPoll, ALICE, question="Q?", options=("A", "B")).reason == (
        words.only_staff("start a poll")
    )


def test_the_result_is_kept_in_every_notes_format_without_names():
    w = polled()
    w.do(cmd.CastVote, ALICE, choices=(2,))
    w.do(cmd.CastVote, BOB, choices=(2,))
    w.do(cmd.ClosePoll)
    m = build_minutes(w.log)
    assert m.polls == (PollResult(1, "Which change matters most?", OPTIONS, (0, 2, 0), 2, 1, True),)
    for fmt in ("md", "html", "docx"):
        text = as_text(FORMATS[fmt].render(m), fmt)
        assert words.poll_heading(1, "Which change matters most?") in text, fmt
        assert "Booking by phone" in text, fmt
    data = json.loads(FORMATS["json"].render(m))
    assert data["polls"][0]["answers"][1] == {"text": "Booking by phone", "votes": 2}
    assert data["polls"][0]["people_who_voted"] == 2


def test_polls_replay_to_the_same_state():
    w = polled(dots=2)
    w.do(cmd.CastVote, ALICE, choices=(1, 2))
    w.do(cmd.ClosePoll)
    state = Workshop(started=False).state
    for event in w.log:
        state = evolve(state, event)
    assert state == w.state
    assert [type(e) for e in w.log if type(e).__name__.startswith("Poll")] == [
        ev.PollOpened,
        ev.PollClosed,
    ]


def test_a_state_with_polls_and_an_agenda_survives_a_snapshot():
    from facilitation.state import from_snapshot, to_snapshot
    from tests.core_helpers import start_command

    w = Workshop(started=False)
    w.send(start_command(agenda=("A", "B"), agenda_minutes=(5, 5)))
    w.join(ALICE)
    w.do(cmd.OpenPoll, question="Which?", options=("A", "B"), dots=2)
    w.do(cmd.CastVote, ALICE, choices=(1, 2))
    w.do(cmd.ShareMaterial, title="Slides", link="https://example.org/s")
    assert from_snapshot(json.loads(json.dumps(to_snapshot(w.state)))) == w.state


def test_poll_alone_shows_staff_the_votes_so_far_and_nobody_else():
    import pytest

    from facilitation.engine import Refused, answer
    from tests.core_helpers import make

    w = polled()
    w.do(cmd.CastVote, ALICE, choices=(2,))
    [reply] = answer(w.state, make(cmd.ShowPoll))
    assert reply.text == words.poll_so_far("!", "Which change matters most?", OPTIONS, (0, 1, 0), 1)
    with pytest.raises(Refused) as info:
        answer(w.state, make(cmd.ShowPoll, BOB))
    assert info.value.denied


def test_the_discord_poll_and_share_commands_become_the_typed_text():
    from adapters.discord.commands import BY_NAME, Used

    poll = BY_NAME["poll"]
    assert Used(poll, {"question": "Which?", "answers": "A; B", "dots": 3}).text("!") == (
        "!poll Which? | A; B | dots: 3"
    )
    assert Used(poll, {"close": True}).text("!") == "!poll close"
    assert Used(poll, {}).text("!") == "!poll"
    share = BY_NAME["share"]
    assert Used(share, {"title": "Slides", "link": "https://x.org/s"}).text("!") == (
        "!share Slides | https://x.org/s"
    )
