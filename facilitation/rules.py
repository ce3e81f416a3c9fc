"""Shared rules of the core: refusals, roles, and finding people by name."""

from __future__ import annotations

import re

from facilitation import commands as cmd
from facilitation import words
from facilitation.state import Person, Role, WorkshopState


class Refused(Exception):
    """A command that cannot be carried out; `reason` is shown to the person.

    `denied` is True when the person lacks the right (audited as "denied").
    """

    def __init__(self, reason: str, denied: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.denied = denied


def role_of(state: WorkshopState, actor: cmd.Actor) -> Role:
    is_platform_facilitator = actor.platform_role is cmd.PlatformRole.FACILITATOR
    return state.role_of(actor.id, is_platform_facilitator)


def require(condition: bool, reason: str) -> None:
    """Commands built by code, not the parser, get the same checks."""
    if not condition:
        raise Refused(reason)


_MENTION = re.compile(r"<@!?(\d+)>")  # a Discord user mention, as the client types it


def short_id(person_id: str) -> str:
    """The platform's own id, without our prefix ("matrix:@sam:example.org" ->
    "@sam:example.org", "discord:123" -> "123"): what a person can type."""
    platform, colon, rest = person_id.partition(":")
    return rest if colon and rest and platform.isalpha() else person_id


def find_person(state: WorkshopState, name: str) -> Person:
    """The one person `name` means. In order:

    1. an exact id or mention ("@sam:example.org", "<@123>", "matrix:@sam:..."):
       always that person;
    2. an exact display name, if only one person has it and no one of the other kind
       (staff or participant) has a name that starts with it: with staff "Sam
       Okafor" and a participant "Sam", "sam" picks neither;
    3. the only name that starts with what was typed.

    Otherwise it is refused, listing the people it could be, each with what to type
    to pick them (their id, where their name alone would not do)."""
    given = name.strip()
    people = list(state.people.values())
    mention = _MENTION.fullmatch(given)
    wanted_id = (mention.group(1) if mention else given).casefold()
    by_id = [p for p in people if wanted_id in (p.id.casefold(), short_id(p.id).casefold())]
    if len(by_id) == 1:
        return by_id[0]
    wanted = given.lstrip("@").casefold()
    exact = [p for p in people if p.name.casefold() == wanted]
    started = [p for p in people if p.name.casefold().startswith(wanted) and p not in exact]
    if len(exact) == 1:
        rivals = [p for p in started if _is_staff(state, p) != _is_staff(state, exact[0])]
        if not rivals:
            return exact[0]
        raise Refused(words.several_people(name, _choices(state, exact + rivals)))
    if len(exact) > 1:  # a display name two people share
        raise Refused(words.several_people(name, _choices(state, exact)))
    if len(started) == 1:
        return started[0]
    if not started:
        raise Refused(words.no_such_person(name, (p.name for p in people)))
    raise Refused(words.several_people(name, _choices(state, started)))


def _is_staff(state: WorkshopState, person: Person) -> bool:
    return state.role_of(person.id, person.facilitator) is not Role.PARTICIPANT


def _choices(state: WorkshopState, matches: list[Person]) -> list[str]:
    """Each match as it can be picked: the name, or the name and the id to type
    where the name alone would not pick them (shared, or the start of another
    name of the other kind)."""
    choices = []
    for person in matches:
        folded = person.name.casefold()
        clash = any(
            other is not person
            and (
                other.name.casefold() == folded
                or (
                    other.name.casefold().startswith(folded)
                    and _is_staff(state, other) != _is_staff(state, person)
                )
            )
            for other in matches
        )
        choices.append(
            words.person_choice(person.name, short_id(person.id)) if clash else person.name
        )
    return choices
