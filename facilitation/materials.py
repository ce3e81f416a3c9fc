"""Materials: links shared with everyone (`!share TITLE | LINK`, or a plan's agenda item).

The chat version of "share your screen to show a presentation": the link is
posted and pinned in the main room and listed in the notes. Only web links (http or https)
are shared, so a typed path or a script never reaches the room as a link.
"""

from __future__ import annotations

import re

from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import words
from facilitation.effects import Effect, PostMaterial
from facilitation.handlers import Decider, Reactor, decider, reactor
from facilitation.rules import Refused
from facilitation.state import WorkshopState

_WEB_LINK = re.compile(r"https?://\S+", re.IGNORECASE)
TITLE_MAX = 200


def is_web_link(link: str) -> bool:
    return bool(_WEB_LINK.fullmatch(link.strip()))


def _share(state: WorkshopState, c: cmd.ShareMaterial, now: float) -> list[ev.Event]:
    title = " ".join(c.title.split())
    if len(title) > TITLE_MAX:
        raise Refused(words.share_title_too_long(state.prefix, TITLE_MAX))
    if not title or not is_web_link(c.link):
        raise Refused(words.share_needs_title_and_link(state.prefix))
    return [ev.MaterialShared(title=title, link=c.link.strip(), by_id=c.actor.id, at=now)]


def for_item(state: WorkshopState, index: int, by_id: str, now: float) -> list[ev.Event]:
    """The plan's materials for agenda item `index` (from 0), shared as it starts."""
    return [
        ev.MaterialShared(title=title, link=link, by_id=by_id, at=now)
        for number, title, link in state.agenda_materials
        if number == str(index + 1)
    ]


DECIDERS: dict[type[cmd.Command], Decider] = dict(
    [
        decider(cmd.ShareMaterial, _share),
    ]
)


def _on_shared(s: WorkshopState, e: ev.MaterialShared) -> list[Effect]:
    return [PostMaterial(room=s.room, text=words.material_shared(e.title, e.link))]


REACTORS: dict[type[ev.Event], Reactor] = dict(
    [
        reactor(ev.MaterialShared, _on_shared),
    ]
)
