"""Shared rules of the core: refusals, roles, and finding people by name."""

from __future__ import annotations

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


def find_person(state: WorkshopState, name: str) -> Person:
    """The one person `name` means: exact name or id first, then a unique start of a name."""
    wanted = name.strip().lstrip("@").casefold()
    people = list(state.people.values())
    exact = [p for p in people if wanted in (p.name.casefold(), p.id.casefold())]
    if len(exact) == 1:
        return exact[0]
    matches = exact or [p for p in people if p.name.casefold().startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise Refused(words.no_such_person(name, (p.name for p in people)))
    raise Refused(words.several_people(name, (p.name for p in matches)))
