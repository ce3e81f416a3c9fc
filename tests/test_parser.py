"""The parser: typed text in, one command (or a plain ParseError sentence) out."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from facilitation import commands as cmd
from facilitation import words
from facilitation.parser import COMMAND_WORDS, CommandDefaults, ParseError, parse, parse_duration
from tests.core_helpers import hypothesis_settings

ACTOR = cmd.Actor("u1", "Uma")
ROOM = "room-1"


def p(text: str, prefix: str = "!", defaults: CommandDefaults | None = None):
    return parse(
        text,
        actor=ACTOR,
        room=ROOM,
        source_id="s-1",
        prefix=prefix,
        defaults=defaults or CommandDefaults(),
    )


def error(text: str, prefix: str = "!", defaults: CommandDefaults | None = None) -> str:
    with pytest.raises(ParseError) as info:
        p(text, prefix, defaults)
    return info.value.reason


# Every command word, a sensible way to type it, and what it must become.
EXAMPLES = {
    "start": (
        "!start Breaks | scope: booking | complaints: call us",
        cmd.StartWorkshop,
        {"title": "Breaks", "scope": "booking", "complaints_route": "call us"},
    ),
    "startplan": ("!startplan Carers breaks", cmd.StartFromPlan, {"plan": "Carers breaks"}),
    "end": ("!end", cmd.EndWorkshop, {}),
    "set": (
        "!set scope plan breaks",
        cmd.ChangeSetting,
        {"setting": "scope", "values": ("plan breaks",)},
    ),
    "cofac": ("!cofac Alice", cmd.AddCoFacilitator, {"name": "Alice"}),
    "hand": ("!hand", cmd.RaiseHand, {}),
    "raise": ("!raise", cmd.RaiseHand, {}),
    "lower": ("!lower", cmd.LowerHand, {}),
    "pass": ("!pass", cmd.Pass, {}),
    "done": ("!done", cmd.FinishTurn, {}),
    "queue": ("!queue", cmd.ShowQueue, {}),
    "next": ("!next", cmd.CallNext, {}),
    "call": ("!call Alice Smith", cmd.CallPerson, {"name": "Alice Smith"}),
    "remove": ("!remove Bob", cmd.RemoveFromQueue, {"name": "Bob"}),
    "lowerall": ("!lowerall", cmd.LowerAllHands, {}),
    "order": ("!order fair", cmd.SetQueueOrder, {"order": "fair"}),
    "timebox": ("!timebox 2m", cmd.SetTimebox, {"seconds": 120}),
    "floor": ("!floor on", cmd.SetFloorControl, {"on": True}),
    "topic": ("!topic transport", cmd.AddMinutesItem, {"kind": "topic", "text": "transport"}),
    "info": (
        "!info forms are long",
        cmd.AddMinutesItem,
        {"kind": "info", "text": "forms are long"},
    ),
    "idea": ("!idea a phone line", cmd.AddMinutesItem, {"kind": "idea", "text": "a phone line"}),
    "agreed": ("!agreed meet monthly", cmd.AddMinutesItem, {"kind": "agreed"}),
    "action": (
        "!action Sam: send leaflet",
        cmd.AddMinutesItem,
        {"kind": "action", "owner": "Sam", "text": "send leaflet"},
    ),
    "park": (
        "!park Housing team: budget",
        cmd.AddMinutesItem,
        {"kind": "parking", "owner": "Housing team", "text": "budget"},
    ),
    "progress": (
        "!progress 3 rang the centres",
        cmd.RecordProgress,
        {"number": 3, "text": "rang the centres", "done": False},
    ),
    "optout": ("!optout", cmd.SetConsent, {"recorded": False}),
    "optin": ("!optin", cmd.SetConsent, {"recorded": True}),
    "forgetme": ("!forgetme confirm", cmd.ForgetMe, {}),
    "help": ("!help", cmd.ShowHelp, {"topic": ""}),
    "status": ("!status", cmd.ShowStatus, {}),
    "breakout": (
        "!breakout 20m | groups: 3",
        cmd.OpenBreakout,
        {"duration": 1200, "groups": 3, "assignment": "random"},
    ),
    "join": ("!join Kitchen", cmd.JoinRoom, {"name": "Kitchen"}),
    "quiet": ("!quiet", cmd.ChooseQuiet, {"quiet": True}),
    "extend": ("!extend 5", cmd.ExtendBreakout, {"seconds": 300}),
    "regroup": ("!regroup", cmd.Regroup, {}),
    "agenda": ("!agenda extend 5m", cmd.ExtendAgendaItem, {"seconds": 300}),
    "poll": (
        "!poll Which first? | Phone; Online | dots: 2",
        cmd.OpenPoll,
        {"question": "Which first?", "options": ("Phone", "Online"), "dots": 2},
    ),
    "vote": ("!vote 1 2", cmd.CastVote, {"choices": (1, 2)}),
    "nudge": ("!nudge on", cmd.SetNudge, {"on": True}),
    "balance": ("!balance", cmd.ShowBalance, {}),
    "share": (
        "!share Leaflet | https://example.org/a.pdf",
        cmd.ShareMaterial,
        {"title": "Leaflet", "link": "https://example.org/a.pdf"},
    ),
    "broadcast": ("!broadcast two minutes", cmd.Broadcast, {"text": "two minutes"}),
    "helpme": ("!helpme", cmd.AskForHelp, {}),
    "report": ("!report shorter forms", cmd.RecordReport, {"text": "shorter forms"}),
    "drift": ("!drift pause", cmd.SetDrift, {"paused": True}),
    "export": ("!export docx names", cmd.ExportNotes, {"format": "docx", "names": True}),
    "complaint": ("!complaint", cmd.AskComplaintRoute, {}),
    "route": ("!route Bob Smith", cmd.SendRoute, {"name": "Bob Smith"}),
    "concern": (
        "!concern Bob Smith: seemed frightened of his brother",
        cmd.RecordConcern,
        {"name": "Bob Smith", "note": "seemed frightened of his brother"},
    ),
    "relabel": (
        "!relabel on-scope transport, buses",
        cmd.CorrectLabel,
        {"label": "on_scope", "terms": ("transport", "buses")},
    ),
}


def test_every_command_word_has_an_example_here():
    assert set(EXAMPLES) == set(COMMAND_WORDS)


@pytest.mark.parametrize("word", COMMAND_WORDS)
def test_every_command_word_parses_to_its_command(word):
    text, kind, fields = EXAMPLES[word]
    command = p(text)
    assert type(command) is kind
    assert (command.actor, command.room, command.source_id) == (ACTOR, ROOM, "s-1")
    for name, value in fields.items():
        assert getattr(command, name) == value, name


@pytest.mark.parametrize("word", COMMAND_WORDS)
def test_command_words_ignore_case_and_surrounding_space(word):
    text, kind, _ = EXAMPLES[word]
    shouted = "  " + text[0] + text[1:].replace(word, word.upper(), 1) + "  "
    assert type(p(shouted)) is kind


def test_another_prefix():
    assert type(p("?hand", prefix="?")) is cmd.RaiseHand
    said = p("!hand", prefix="?")
    assert isinstance(said, cmd.Say) and said.text == "!hand"
    assert "?help" in error("?dance", prefix="?")


# --- start -------------------------------------------------------------------


def test_start_with_every_labelled_part():
    command = p(
        "!start Carers' breaks | scope: plan how carers book a break"
        " | agenda: Booking; Costs ;; Transport"
        " | cannot change: the council budget"
        " | rules: One voice at a time; Be kind"
        " | complaints: email complaints@example.org"
        " | order: fair"
    )
    assert command == cmd.StartWorkshop(
        actor=ACTOR,
        room=ROOM,
        source_id="s-1",
        title="Carers' breaks",
        scope="plan how carers book a break",
        agenda=("Booking", "Costs", "Transport"),
        cannot_change="the council budget",
        ground_rules=("One voice at a time", "Be kind"),
        complaints_route="email complaints@example.org",
        queue_order="fair",
    )


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Cannot-Change", "cannot_change"),
        ("cannot_change", "cannot_change"),
        ("fixed", "cannot_change"),
        ("ground rules", "ground_rules"),
        ("Rules", "ground_rules"),
        ("complaints route", "complaints_route"),
        ("SCOPE", "scope"),
    ],
)
def test_start_labels_are_forgiving(label, field):
    command = p(f"!start T | {label}: some words")
    value = getattr(command, field)
    assert value == (("some words",) if field == "ground_rules" else "some words")


def test_start_takes_missing_parts_from_the_defaults():
    defaults = CommandDefaults(
        ground_rules=("Be kind", "One voice"), complaints_route="ring 0123", queue_order="fair"
    )
    command = p("!start Breaks | scope: booking", defaults=defaults)
    assert command.ground_rules == ("Be kind", "One voice")
    assert command.complaints_route == "ring 0123"
    assert command.queue_order == "fair"
    assert command.agenda == ()
    assert command.cannot_change == ""

    given_parts = p(
        "!start Breaks | scope: booking | rules: Listen | complaints: ask Fran | order: Arrival",
        defaults=defaults,
    )
    assert given_parts.ground_rules == ("Listen",)
    assert given_parts.complaints_route == "ask Fran"
    assert given_parts.queue_order == "arrival"


def test_start_without_scope_or_complaints_leaves_them_for_the_core_to_ask_for():
    command = p("!start Breaks")
    assert (command.title, command.scope, command.complaints_route) == ("Breaks", "", "")


@pytest.mark.parametrize("text", ["!start", "!start   ", "!start | scope: x"])
def test_start_needs_a_title(text):
    assert error(text) == words.need_title("!")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("!start T | colour: blue", "colour"),
        ("!start T | scope x", "scope x"),
        ("!start T | scope: x | ", ""),
    ],
)
def test_start_with_an_unknown_part_says_which_labels_work(text, label):
    reason = error(text)
    assert reason == words.unknown_start_part("!", label)
    assert "scope:" in reason and "complaints:" in reason and "!start TITLE" in reason


def test_start_with_a_series():
    command = p("!start Breaks | scope: s | series:  Carers'   breaks ")
    assert command.series == "Carers' breaks" and command.earlier_actions == ()
    assert p("!start Breaks | scope: s").series == ""


@pytest.mark.parametrize(
    ("text", "number", "said", "done"),
    [
        ("!progress 3 rang the centres", 3, "rang the centres", False),
        ("!progress #3 rang them", 3, "rang them", False),
        ("!progress 3 done: cut to two pages", 3, "cut to two pages", True),
        ("!progress 3 DONE", 3, "", True),
        ("!progress 3 done the first half", 3, "done the first half", False),
        ("!progress 12", 12, "", False),  # the core asks what happened
    ],
)
def test_progress(text, number, said, done):
    command = p(text)
    assert (command.number, command.text, command.done) == (number, said, done)


@pytest.mark.parametrize("text", ["!progress", "!progress three", "!progress 3a done"])
def test_progress_needs_a_number(text):
    assert "!progress" in error(text)


def test_start_with_a_bad_order():
    reason = error("!start T | scope: s | order: random")
    assert "arrival, fair" in reason
    assert "!start TITLE | order: fair" in reason
    assert "arrival, fair" in error("!start T", defaults=CommandDefaults(queue_order="loudest"))


# --- errors say what to type -------------------------------------------------


def test_unknown_command():
    reason = error("!dance now")
    assert reason == words.unknown_command("!", "dance")
    assert "!dance" in reason and "!help" in reason


@pytest.mark.parametrize(
    ("text", "usage"),
    [
        ("!call", "!call NAME"),
        ("!remove   ", "!remove NAME"),
        ("!idea", "!idea TEXT"),
        ("!topic", "!topic TEXT"),
        ("!action", "!action NAME: WHAT due YYYY-MM-DD"),
        ("!park", "!park WHAT"),
        ("!cofac", "!cofac NAME"),
        ("!set scope", "!set scope|agenda"),
        ("!set scope    ", "!set scope|agenda"),
    ],
)
def test_a_missing_argument_shows_how_to_type_it(text, usage):
    reason = error(text)
    assert reason.startswith("That command needs more.")
    assert usage in reason


@pytest.mark.parametrize("text", ["!timebox soon", "!timebox", "!timebox 2h", "!timebox -1"])
def test_a_bad_timebox_shows_how_to_type_it(text):
    reason = error(text)
    assert reason == words.bad_timebox("!")
    assert "!timebox 2m" in reason and "!timebox off" in reason


@pytest.mark.parametrize(
    ("text", "choices", "usage"),
    [
        ("!order loudest", "arrival, fair", "!order arrival|fair"),
        ("!order", "arrival, fair", "!order arrival|fair"),
        ("!floor maybe", "on, off", "!floor on|off"),
        (
            "!set colour red",
            "scope, agenda, cannot-change, rules, complaints, out-of-scope",
            "!set scope",
        ),
    ],
)
def test_a_bad_choice_lists_the_choices(text, choices, usage):
    reason = error(text)
    assert f"Please choose one of: {choices}." in reason
    assert usage in reason


# --- ordinary messages -------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["hello everyone", "  I think hand is a good word  ", "wait!", "!!!", "! hi", "!?"]
)
def test_ordinary_text_is_said_exactly_as_typed(text):
    command = p(text)
    assert command == cmd.Say(actor=ACTOR, room=ROOM, source_id="s-1", text=text)


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_a_blank_message_is_nothing(text):
    assert p(text) is None


# --- arguments -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner", "what", "due"),
    [
        ("!action Sam: do x due 2026-12-05", "Sam", "do x", "2026-12-05"),
        ("!action Sam: do x DUE 2026-12-05 ", "Sam", "do x", "2026-12-05"),
        (
            "!action Housing team : ring the due diligence office",
            "Housing team",
            "ring the due diligence office",
            "",
        ),
        ("!action Sam: do x", "Sam", "do x", ""),
        ("!action do x due friday", "", "do x", "friday"),
        ("!action Sam: due 2026-12-05", "Sam", "", "2026-12-05"),
    ],
)
def test_an_action_splits_owner_text_and_due(text, owner, what, due):
    command = p(text)
    assert (command.kind, command.owner, command.text, command.due) == ("action", owner, what, due)


def test_a_parked_point_has_an_owner_but_no_due_date():
    command = p("!park Sam: revisit costs due 2026-12-05")
    assert (command.kind, command.owner, command.due) == ("parking", "Sam", "")
    assert command.text == "revisit costs due 2026-12-05"


def test_other_notes_keep_colons_and_due_in_their_text():
    command = p("!idea Note: due 2026-12-05 is tight")
    assert (command.owner, command.due, command.text) == ("", "", "Note: due 2026-12-05 is tight")


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [
        ("2m", 120),
        ("90s", 90),
        ("1m 30s", 90),
        ("1m30s", 90),
        ("3", 180),
        ("off", 0),
        ("OFF", 0),
        ("none", 0),
        ("0", 0),
        ("2 minutes", 120),
        ("1 min 5 secs", 65),
        ("45 seconds", 45),
    ],
)
def test_timebox_durations(typed, seconds):
    command = p(f"!timebox {typed}")
    assert isinstance(command, cmd.SetTimebox)
    assert command.seconds == seconds


@pytest.mark.parametrize("typed", ["", "m", "s", "2h", "1.5m", "two minutes", "30s 1m"])
def test_unclear_durations(typed):
    assert parse_duration(typed) is None


@pytest.mark.parametrize("typed", ["²", "1²", "9" * 5000])
def test_odd_digits_in_a_timebox_are_a_parse_error(typed):
    with pytest.raises(ParseError):
        p(f"!timebox {typed}")


def test_cofac_remove():
    assert p("!cofac remove Alice") == cmd.RemoveCoFacilitator(
        actor=ACTOR, room=ROOM, source_id="s-1", name="Alice"
    )
    assert p("!cofac Remy Jones").name == "Remy Jones"
    assert error("!cofac remove").startswith("That command needs more.")


@pytest.mark.parametrize(
    ("typed", "setting", "values"),
    [
        ("scope", "scope", ("A; B",)),
        ("agenda", "agenda", ("A", "B")),
        ("cannot-change", "cannot_change", ("A; B",)),
        ("cannot_change", "cannot_change", ("A; B",)),
        ("fixed", "cannot_change", ("A; B",)),
        ("rules", "ground_rules", ("A", "B")),
        ("Ground-Rules", "ground_rules", ("A", "B")),
        ("complaints", "complaints_route", ("A; B",)),
    ],
)
def test_set_names_and_lists(typed, setting, values):
    command = p(f"!set {typed}   A; B  ")
    assert isinstance(command, cmd.ChangeSetting)
    assert (command.setting, command.values) == (setting, values)


def test_set_a_list_to_nothing_is_missing_its_argument():
    assert error("!set agenda ; ;").startswith("That command needs more.")


def test_help_keeps_its_topic_and_floor_off():
    assert p("!help queue").topic == "queue"
    assert p("!floor OFF").on is False


# --- anything at all ---------------------------------------------------------

_ANY_TEXT = st.text(max_size=80)
_COMMANDISH = st.builds(
    lambda prefix, word, gap, rest: f"{prefix}{word}{gap}{rest}",
    st.sampled_from(["!", "", " !"]),
    st.sampled_from([*COMMAND_WORDS, "dance", ""]),
    st.sampled_from([" ", "", "  ", "\n"]),
    st.one_of(
        _ANY_TEXT,
        st.lists(
            st.sampled_from(
                ["|", ":", ";", "scope", "order", "fair", "due", "2m", "30s", " ", "x"]
            ),
            max_size=12,
        ).map("".join),
    ),
)


@hypothesis_settings()
@given(st.one_of(_ANY_TEXT, _COMMANDISH))
@example("!start | | |")
@example("!start T | order:")
@example("!timebox ٣")
@example("!action : due")
@example("!set")
@example("!\u00a0hand")
def test_any_text_gives_a_command_none_or_a_plain_parse_error(text):
    try:
        command = p(text)
    except ParseError as problem:
        reason = problem.reason
        assert reason == reason.strip() and reason
        assert reason[0].isupper()
        assert " " in reason
        assert "!" in reason  # it says what to type
        assert str(problem) == reason
        return
    if command is None:
        assert not text.strip()
    else:
        assert isinstance(command, cmd.Command)
        assert (command.actor, command.room, command.source_id) == (ACTOR, ROOM, "s-1")
        if isinstance(command, cmd.Say):
            assert command.text == text


def test_relabel_takes_a_message_number_first():
    command = p("!relabel 12 on-scope buses")
    assert type(command) is cmd.CorrectLabel
    assert (command.number, command.label, command.terms) == (12, "on_scope", ("buses",))
    assert p("!relabel on-scope").number is None  # the last message acted on, as before


def test_relabel_takes_a_message_link_first():
    link = "https://discord.com/channels/1/2/1234567890123456789"
    command = p(f"!relabel {link} complaint")
    assert (command.link, command.number, command.label) == (link, None, "complaint")


def test_forgetme_confirm_with_a_name_says_you_can_only_ask_for_yourself():
    with pytest.raises(ParseError) as refused:
        p("!forgetme confirm bob")
    assert refused.value.reason == words.forget_only_yourself("!")
    assert "choose one of" not in refused.value.reason


def test_a_parked_point_may_have_no_owner():
    command = p("!park bus passes for carers")
    assert (command.kind, command.owner, command.text) == ("parking", "", "bus passes for carers")
