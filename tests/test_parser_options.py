"""Every slash command builds its command from its option values
(`command_from_options`), with no text put together to be read back. It must make
exactly what the typed `!word ...` makes, or refuse in the same words, except where
the options say more than text can; those differences are named and tested below."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.discord.commands import SLASH_COMMANDS, Used
from facilitation import commands as cmd
from facilitation import words
from facilitation.parser import (
    CommandDefaults,
    ParseError,
    command_from_options,
    parse,
    with_defaults,
)
from facilitation.vocabulary import Kind, Option

ACTOR = cmd.Actor("discord:1", "Alice")
WHERE = {"actor": ACTOR, "room": "discord:2", "source_id": "discord:3"}
# Not the defaults: a reader that read these would differ from the typed text's.
CONFIGURED = CommandDefaults(
    ground_rules=("Be kind",),
    complaints_route="Ring 0100",
    queue_order="fair",
    breakout_notice=5,
    breakout_reminders=(120,),
    breakout_grace=30,
    drift_sensitivity="high",
    drift_cooldown=60,
    safeguarding_contact="Sam on 0200",
)
# Values people type in a box. None of them holds "|", which typed text cannot carry
# inside a part (see the differences below).
SAMPLES = (
    " ",
    "Alice",
    "  Bob  ",
    "5m",
    "90s",
    "2",
    "1 3",
    "x\ny",
    "next",
    "extend 5m",
    "on-scope",
    "https://example.org/a",
    "Kitchen = alice, bob",
    "alice + bob",
    "none",
    "A; B; C",
    "Welcome (5m); Booking (15m)",
    "2026-12-05",
)


def _value(option: Option) -> st.SearchStrategy[object]:
    if option.kind is Kind.YES_NO:
        return st.booleans()
    if option.kind is Kind.NUMBER:
        return st.integers(option.low or 0, min(option.high or 10**6, 10**6))
    return st.sampled_from(option.choices or SAMPLES)


def _values(spec) -> st.SearchStrategy[dict[str, object]]:
    """Required options always, the others sometimes (Discord leaves them out)."""
    boxes = {o.name: _value(o) if o.required else st.none() | _value(o) for o in spec.options}
    return st.fixed_dictionaries(boxes).map(
        lambda values: {k: v for k, v in values.items() if v is not None}
    )


def _outcome(make, *args, **kwargs):
    try:
        return make(*args, **kwargs)
    except ParseError as error:
        return ("refused", error.reason)


def _typed(word: str, values: dict[str, object], defaults: CommandDefaults | None = CONFIGURED):
    return _outcome(command_from_options, word, values, **WHERE, defaults=defaults)


def _from_text(used: Used):
    return _outcome(parse, used.text("!"), **WHERE, defaults=CONFIGURED)


def _options_say_more(word: str, values: dict[str, object]) -> bool:
    """Values the typed text reads by its punctuation, where the options are taken as
    given (each tested below): "done" at the start of /progress's `what`, a ":" in a
    name or owner, "remove" before a co-facilitator's name, "due ..." ending /action's
    or /park's `what`, a date that is not one word, and a /relabel link that does not
    look like one, or a /relabel number of seven digits (typed, a message's id)."""
    text = {k: str(v) for k, v in values.items()}
    if word == "progress":
        return text.get("what", "").strip().casefold().startswith("done")
    if word in ("action", "park"):
        return (
            ":" in text.get("owner", "")
            or (
                ":" in text.get("what", "") + text.get("due", "")
                and not text.get("owner", "").strip()
            )
            or " due " in f" {text.get('what', '')}".casefold()
            or len(text.get("due", "").split()) > 1
        )
    if word == "concern":
        return ":" in text.get("name", "")
    if word == "cofac":
        return text.get("name", "").strip().casefold().startswith("remove")
    if word == "relabel":  # typed, seven digits or more are a message's id
        number = values.get("number")
        if isinstance(number, int) and number > 999_999:
            return True
        return number is None and bool(text.get("link", "").strip())
    return False


@pytest.mark.parametrize("spec", SLASH_COMMANDS, ids=lambda spec: spec.word)
@given(data=st.data())
def test_options_make_what_the_typed_text_makes(spec, data):
    values = data.draw(_values(spec))
    if _options_say_more(spec.word, values):
        return
    typed = _typed(spec.word, values)
    assert typed == _from_text(Used(spec, values)), (spec.word, values)


@pytest.mark.parametrize("word", ["start", "breakout"])
def test_what_is_left_out_is_filled_from_the_settings_by_the_same_function(word):
    """Built where the settings are not known (the adapter), a start or a breakout keeps
    what the person left out in `unsaid`; `with_defaults` (the bus) fills it to what
    the typed text makes with the settings."""
    values = {"title": "Housing", "scope": "The new forms"} if word == "start" else {}
    values |= {"length": "10m", "groups": 2} if word == "breakout" else {}
    bare = command_from_options(word, values, **WHERE)
    assert isinstance(bare, (cmd.StartWorkshop, cmd.OpenBreakout)) and bare.unsaid
    text = Used(next(s for s in SLASH_COMMANDS if s.word == word), values).text("!")
    assert with_defaults(bare, CONFIGURED) == parse(text, **WHERE, defaults=CONFIGURED)
    assert with_defaults(bare, CONFIGURED).unsaid == ()


def test_what_the_person_says_is_never_replaced_by_the_settings():
    values = {"title": "T", "scope": "S", "rules": "Listen", "order": "arrival"}
    start = with_defaults(command_from_options("start", values, **WHERE), CONFIGURED)
    assert isinstance(start, cmd.StartWorkshop)
    assert (start.ground_rules, start.queue_order) == (("Listen",), "arrival")
    assert start.complaints_route == CONFIGURED.complaints_route  # not said: the settings'
    breakout = command_from_options("breakout", {"length": "5m", "size": 3, "notice": "0"}, **WHERE)
    assert isinstance(breakout, cmd.OpenBreakout)
    filled = with_defaults(breakout, CONFIGURED)
    assert isinstance(filled, cmd.OpenBreakout)
    assert (filled.notice, filled.grace) == (0, CONFIGURED.breakout_grace)


def test_progress_what_is_what_happened_and_done_is_the_done_option():
    """A facilitator who types "done: cut to two pages" into /progress's `what` box wrote
    those words; the action is closed by the `done` option, as the command shows it.
    The typed text `!progress 3 done: cut` has only its words, so it reads them."""
    kept = command_from_options("progress", {"number": 3, "what": "done: cut"}, **WHERE)
    assert kept == cmd.RecordProgress(**WHERE, number=3, text="done: cut", done=False)
    closed = command_from_options(
        "progress", {"number": 3, "what": "cut to two pages", "done": True}, **WHERE
    )
    assert closed == cmd.RecordProgress(**WHERE, number=3, text="cut to two pages", done=True)
    typed = parse("!progress 3 done: cut", **WHERE)
    assert typed == cmd.RecordProgress(**WHERE, number=3, text="cut", done=True)


def test_each_box_is_taken_as_given_where_text_reads_punctuation():
    action = command_from_options(
        "action", {"owner": "Team: housing", "what": "ring Sam due soon", "due": "5 Dec"}, **WHERE
    )
    assert action == cmd.AddMinutesItem(
        **WHERE, kind="action", text="ring Sam due soon", owner="Team: housing", due="5 Dec"
    )  # the core then refuses "5 Dec" as a date, in its own words
    parked = command_from_options("park", {"what": "Budget: next time"}, **WHERE)
    assert parked == cmd.AddMinutesItem(**WHERE, kind="parking", text="Budget: next time")
    assert command_from_options("cofac", {"name": "remove Bob"}, **WHERE) == cmd.AddCoFacilitator(
        **WHERE, name="remove Bob"
    )
    concern = command_from_options("concern", {"name": "Ann: B", "note": "x"}, **WHERE)
    assert concern == cmd.RecordConcern(**WHERE, name="Ann: B", note="x")
    # A title with "|" in it is the title; typed, the "|" would start a part.
    start = command_from_options("start", {"title": "Us | them", "scope": "S"}, **WHERE)
    assert isinstance(start, cmd.StartWorkshop) and start.title == "Us | them"
    # A link is taken as given: the core says plainly if no message has it.
    relabel = command_from_options("relabel", {"label": "chatter", "link": "msg 4"}, **WHERE)
    assert relabel == cmd.CorrectLabel(**WHERE, label="chatter", link="msg 4")


def test_a_refused_value_gets_the_typed_texts_words():
    assert _typed("breakout", {"length": "soon"}) == (
        "refused",
        words.bad_duration("!", "breakout 20m | groups: 3"),
    )
    assert _typed("breakout", {"length": "10m", "notice": "later", "groups": 2}) == _from_text(
        Used(
            next(s for s in SLASH_COMMANDS if s.word == "breakout"),
            {"length": "10m", "notice": "later", "groups": 2},
        )
    )
    assert _typed("set", {"setting": "colour", "text": "blue"})[0] == "refused"
    assert _typed("poll", {"question": "Lunch?", "answers": "Soup"}) == (
        "refused",
        words.poll_needs_options("!", 10),
    )


def test_with_defaults_leaves_other_commands_alone():
    hand = cmd.RaiseHand(**WHERE)
    assert with_defaults(hand, CONFIGURED) is hand
    said = replace(cmd.OpenBreakout(**WHERE, duration=60, groups=2), notice=0)
    assert with_defaults(said, CONFIGURED) is said  # nothing left unsaid
