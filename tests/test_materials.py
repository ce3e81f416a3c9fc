"""Materials: `!share TITLE | LINK`, and a plan's materials and polls tied to agenda items."""

from __future__ import annotations

import pytest

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import Post, PostMaterial
from facilitation.minutes import build_minutes
from facilitation.parser import ParseError, parse
from tests.core_helpers import ALICE, FAC, ROOM, Workshop, start_command

ENVELOPE = {"actor": FAC, "room": ROOM, "source_id": "m1"}

LINK = "https://example.org/slides"


def test_share_posts_the_link_to_be_pinned_and_the_notes_list_it():
    w = Workshop()
    step = w.do(cmd.ShareMaterial, title="Slides", link=LINK)
    assert step.effects_of(Post) == [
        PostMaterial(room=w.state.room, text=words.material_shared("Slides", LINK))
    ]
    assert build_minutes(w.log).materials == (("Slides", LINK),)


def test_the_pinned_item_is_recorded_once_even_if_reported_twice():
    w = Workshop()
    w.do(cmd.ShareMaterial, title="Slides", link=LINK)
    for _ in range(2):  # the executor's report, repeated after a crash
        w.send(
            cmd.MaterialMessagePosted(
                actor=cmd.SYSTEM,
                room=ROOM,
                source_id=f"material-message:{ROOM}:m9",
                message_ref="m9",
            )
        )
    assert w.state.pinned_materials == ("m9",)


def test_share_with_a_file_attached_shares_the_files_link():
    command = parse("!share Slides", **ENVELOPE, attachment="https://cdn.example.org/slides.pdf")
    assert command == cmd.ShareMaterial(
        **ENVELOPE, title="Slides", link="https://cdn.example.org/slides.pdf"
    )
    w = Workshop()
    w.do(cmd.ShareMaterial, title="Slides", link="https://cdn.example.org/slides.pdf")
    assert build_minutes(w.log).materials == (("Slides", "https://cdn.example.org/slides.pdf"),)


def test_share_with_neither_a_link_nor_a_file_gets_a_plain_answer():
    with pytest.raises(ParseError) as refused:
        parse("!share Slides", **ENVELOPE)
    assert refused.value.reason == words.share_needs_link_or_file("!")
    with pytest.raises(ParseError) as empty:  # a file but no title
        parse("!share", **ENVELOPE, attachment="https://cdn.example.org/slides.pdf")
    assert empty.value.reason == words.share_needs_title_and_link("!")


def test_only_web_links_are_shared_and_only_by_staff():
    w = Workshop()
    w.join(ALICE)
    for link in ("javascript:alert(1)", "/etc/passwd", "file:///etc/passwd", ""):
        refusal = w.refused(cmd.ShareMaterial, title="Slides", link=link)
        assert refusal.reason == words.share_needs_title_and_link("!")
    assert w.refused(cmd.ShareMaterial, ALICE, title="Slides", link=LINK).reason == (
        words.only_staff("share a link with everyone")
    )


def planned() -> Workshop:
    w = Workshop(started=False)
    w.send(
        start_command(
            agenda=("Welcome", "Booking", "Costs"),
            agenda_minutes=(5, 10, 10),
            agenda_materials=(("1", "Welcome slides", LINK), ("2", "Leaflet", LINK + "/2")),
            planned_polls=(
                ("2", "1", "Which first?", "Phone", "Online"),
                ("3", "2", "Costs?", "A", "B"),
            ),
        )
    )
    return w


def test_a_plan_shares_each_items_materials_as_it_starts():
    w = planned()
    assert [type(e) for e in w.log] == [ev.WorkshopStarted, ev.AgendaItemStarted, ev.MaterialShared]
    step = w.do(cmd.NextAgendaItem)
    assert words.material_shared("Leaflet", LINK + "/2") in [p.text for p in step.effects_of(Post)]


def test_a_plan_opens_each_items_poll_and_closes_an_earlier_one_still_open():
    w = planned()
    w.do(cmd.NextAgendaItem)
    assert w.state.open_poll.question == "Which first?"
    w.join(ALICE)
    w.do(cmd.CastVote, ALICE, choices=(2,))
    step = w.do(cmd.NextAgendaItem)  # poll 1 still open: its result is posted first
    texts = [p.text for p in step.effects_of(Post)]
    results = words.poll_results("Which first?", ("Phone", "Online"), (0, 1), 1)
    assert texts.index(results) < next(
        n for n, t in enumerate(texts) if t.startswith("Poll: Costs?")
    )
    assert w.state.open_poll.dots == 2


def test_a_planned_breakout_opens_with_its_item_or_staff_are_told_why_not():
    from facilitation.effects import SendPrivate
    from tests.core_helpers import BOB, CAROL, FAC, SAM

    w = Workshop(started=False)
    w.send(
        start_command(
            agenda=("Welcome", "Groups", "Back"),
            agenda_minutes=(5, 10, 10),
            planned_breakouts=(("2", "5m | groups: 2 | notice: 30s"), ("3", "5m | groups: 9")),
        )
    )
    w.join(ALICE, BOB, CAROL, SAM)
    w.do(cmd.NextAgendaItem, seed=7)
    assert w.state.breakout is not None and len(w.state.breakout.rooms) == 2
    w.do(cmd.Regroup)
    step = w.do(cmd.NextAgendaItem, seed=7)  # 9 groups for 4 people cannot open
    [told] = step.events_of(ev.PlannedBreakoutNotOpened)
    asked = step.effects_of(SendPrivate)
    assert [a.person_id for a in asked] == [FAC.id]
    assert asked[0].text == words.planned_breakout_not_opened("!", 3, told.reason)
    assert w.state.agenda_step.index == 2  # the item still moved on


def test_what_was_shared_goes_into_every_group_room_when_the_rooms_are_made():
    from tests.core_helpers import BOB, CAROL, SAM

    w = Workshop()
    w.join(ALICE, BOB, CAROL, SAM)
    w.do(cmd.ShareMaterial, title="Slides", link=LINK)
    w.do(cmd.OpenBreakout, duration=600, groups=2, notice=0, seed=1)
    step = w.do(cmd.RoomsCreated, cmd.SYSTEM, number=1, keys=("g1", "g2"))
    shared = [
        p.room for p in step.effects_of(Post) if p.text == words.material_shared("Slides", LINK)
    ]
    assert shared == ["g1", "g2"]
