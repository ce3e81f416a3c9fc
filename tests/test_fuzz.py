"""Bad input, fuzzed: overlong messages, odd unicode, markdown and mention injection.

Run the dedicated fuzzing pass (at least 10,000 examples per test) with
HYPOTHESIS_PROFILE=thorough; see docs/security.md.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from adapters.matrix.outbound import safe_content
from facilitation import commands as cmd
from facilitation.effects import Post, SendPrivate, UpsertQueueMessage
from facilitation.engine import Refused, answer, decide, react
from facilitation.parser import COMMAND_WORDS, ParseError, parse
from facilitation.state import evolve
from tests.core_helpers import ALICE, FAC, ROOM, Workshop, hypothesis_settings

MENTIONS = ["@room", "@ROOM", "@everyone", "@here", "<@&123>", "<@42>", "@alice:example.org"]
PILLS = ["https://matrix.to/#/@alice:example.org", '<a href="https://matrix.to/#/@a:b">A</a>']
ODD = ["\u202e", "\u200b", "\u2060", "\ufeff", "\u0301", "**", "`", "> ", "# ", "|", ":", ";"]

pieces = st.sampled_from([*MENTIONS, *PILLS, *ODD, " ", "x", "2m", "due 2026-01-01"])
hostile = st.lists(pieces | st.text(max_size=20), max_size=30).map("".join)
overlong = st.integers(1000, 20_000).map(lambda n: "word @room " * (n // 11))
texts = (
    st.builds(
        lambda word, rest: f"!{word} {rest}",
        st.sampled_from(COMMAND_WORDS),
        hostile | overlong,
    )
    | hostile
    | overlong
)


@hypothesis_settings()
@given(texts, st.sampled_from([FAC, ALICE]))
@example("!park @room: @everyone look https://matrix.to/#/@x:y", ALICE)
@example("!broadcast @room", FAC)
def test_hostile_text_never_crashes_and_what_the_bot_sends_pings_nobody(text, actor):
    w = Workshop()
    w.join(ALICE)
    try:
        command = parse(text, actor=actor, room=ROOM, source_id="fuzz")
    except ParseError as problem:
        assert problem.reason and problem.reason[0].isupper()
        return
    if command is None:
        return
    try:
        if isinstance(command, cmd.Query):
            effects = answer(w.state, command)
        else:
            effects, state = [], w.state
            for event in decide(state, command, w.now):
                state = evolve(state, event)
                effects += react(state, event)
    except Refused as refusal:
        assert refusal.reason and refusal.reason[0].isupper()
        return
    for effect in effects:
        if isinstance(effect, Post | SendPrivate | UpsertQueueMessage):
            body = safe_content({"msgtype": "m.notice", "body": effect.text})["body"]
            assert "@room" not in body.casefold()
            assert "matrix.to/#/@" not in body
