"""Counts in people's words: a proper plural, no "(s)", no "0 items", and several
votes on one answer counted, not listed (facilitation/words.py)."""

from __future__ import annotations

from facilitation import words


def test_a_workshop_that_noted_nothing_says_so_in_words():
    ended = words.workshop_ended("Breaks", 0)
    assert "0 items" not in ended
    assert "No ideas or other items were noted this time." in ended
    assert "We noted 1 item." in words.workshop_ended("Breaks", 1)
    assert "We noted 3 items." in words.workshop_ended("Breaks", 3)


def test_the_forget_plan_counts_workshops_with_a_proper_plural():
    assert words.forget_plan("alice", ["a"]).startswith("alice took part in 1 workshop:")
    assert words.forget_plan("alice", ["a", "b"]).startswith("alice took part in 2 workshops:")
    assert "(s)" not in words.forget_plan("alice", ["a", "b"])


def test_a_plan_of_one_item_is_one_item():
    assert "It has 1 agenda item, 1 minute in all." in words.plan_is_fine("p.toml", 1, 1)
    assert "It has 2 agenda items, 30 minutes in all." in words.plan_is_fine("p.toml", 2, 30)


def test_several_votes_on_one_answer_are_counted_not_repeated():
    said = words.vote_counted(["Mon", "Mon"])
    assert "Mon; Mon" not in said
    assert said == "Thank you. Your 2 votes are in: 2 for Mon. You can vote again to change them."
    mixed = words.vote_counted(["Mon", "Tue", "Mon"])
    assert "Your 3 votes are in: 2 for Mon; 1 for Tue." in mixed
    assert words.vote_counted(["Tue"]).startswith("Thank you. Your vote is in: Tue.")


def test_count_of_says_one_and_many():
    assert words.count_of(1, "person", "people") == "1 person"
    assert words.count_of(0, "person", "people") == "0 people"
    assert words.count_of(2, "group") == "2 groups"
