"""The minutes of one workshop, built only from its event log.

Pure: standard library and the core only, no I/O, no clock. Every export
format (Markdown, HTML, Word, CSV, JSON in `bot/export/`) renders the one
`Minutes` value that `build_minutes` returns, so they never disagree.

Privacy rules, applied here so no renderer can forget them:

- Pseudonymised by default. People who are not facilitators become
  "Participant 1..N", numbered in the order they joined (so the same events
  always give the same numbers). Facilitators keep their names, and so does
  anyone the settings mark as staff (`NotesOptions.staff_ids`): a council
  officer who takes an action is a public officer, not a member of the public. Where a
  participant's display name appears as a whole word in free text (notes,
  reports, transcript lines, an owner typed as words) it is replaced by their
  pseudonym too. `names=True` shows real names, for internal use.
- Words of a message stored without text (`MessagePosted.text is None`: the
  person opted out, or had not yet been told what is recorded) never appear.
  Someone who has opted out by the end of the workshop has none of their
  messages in the transcript, not even the ones from before they opted out:
  withdrawing consent withdraws the transcript. (Notes they added on purpose
  with a command, such as `!idea` or `!report`, stay: they are the notes.)

- Concerns (personal complaints) are only counted, never described: the
  count comes from `ConcernRaised` events (matched by type name, so this
  module works before and after that event lands), and a message the scope
  classifier labelled "complaint" or "safeguarding" is never in the transcript.

Edits and deletions are honoured before anything reads the log
(`_honour_later_changes`): a message shows its last version, a deleted one is
gone; `messages_edited`, `messages_deleted` and `people_erased` count them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from facilitation import events as ev
from facilitation import words
from facilitation.series import DONE, OPEN, facilitator_ids, series_participants
from facilitation.state import MinutesItem, WorkshopState, evolve

# Events and message labels that must never show their details in the notes.
CONCERN_EVENT = "ConcernRaised"
CORRECTION_EVENT = "LabelCorrected"
PRIVATE_LABELS = ("complaint", "safeguarding")

FACILITATOR = "facilitator"
PARTICIPANT = "participant"
STAFF = "staff"


@dataclass(frozen=True)
class NotesOptions:
    """What the organisation running the bot says about its notes (the `[notes]`
    settings). `tz` is a tzinfo the caller has already loaded (zoneinfo reads files,
    so the shell does that): this module only does arithmetic with it."""

    tz: dt.tzinfo = dt.UTC
    staff_ids: frozenset[str] = frozenset()  # platform ids named like facilitators
    organisation: str = ""  # the council's or charity's name, for the Word file
    classification: str = ""  # such as OFFICIAL, printed at the top and bottom of each page
    logo_line: str = ""  # a line of text at the top, where a letterhead or logo would go


PLAIN_NOTES = NotesOptions()  # UTC, nobody extra named, no letterhead


@dataclass(frozen=True)
class Note:
    """An item inside a topic: kind is "info", "idea" or "agreed" (a decision)."""

    number: int
    kind: str
    text: str


@dataclass(frozen=True)
class Topic:
    """Notes under one `!topic`; title "" (number 0) holds notes made before the first topic.
    When the agenda runs, each agenda item starts a topic too (number 0, `agenda_item`
    its number from 1), so the notes are grouped by agenda item."""

    number: int
    title: str
    notes: tuple[Note, ...]
    agenda_item: int = 0


@dataclass(frozen=True)
class Action:
    number: int
    text: str
    due: str  # as typed ("2026-12-15"), or ""
    topic: str  # the topic it was noted under, or ""
    id: str = ""  # "<workshop id>#<number>", the same in every session of a series
    status: str = OPEN  # OPEN or DONE
    progress: str = ""  # the latest progress recorded in this session


@dataclass(frozen=True)
class EarlierAction:
    """ "You said, we did": an action from an earlier session of the series, and what
    happened (as of the end of this session's log)."""

    number: int  # as numbered in this session (the earlier actions are 1..k)
    id: str
    text: str
    owner: str
    due: str
    said_on: str  # the date of the session it was noted in (YYYY-MM-DD, UTC)
    workshop: str  # that session's title
    progress: str  # the latest progress, or ""
    status: str  # OPEN or DONE


@dataclass(frozen=True)
class OwnerActions:
    owner: str
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class GroupReport:
    breakout: int  # which breakout of the workshop, from 1
    room: str
    members: int  # how many people the room had when it opened
    text: str


@dataclass(frozen=True)
class ParkedItem:
    number: int
    text: str
    owner: str


@dataclass(frozen=True)
class PersonShare:
    """One person's part: speaking turns (a pass is not a turn), floor time, messages."""

    name: str
    role: str  # FACILITATOR, STAFF or PARTICIPANT
    turns: int
    floor_seconds: float
    messages: int


@dataclass(frozen=True)
class TranscriptLine:
    at: float
    speaker: str
    text: str


@dataclass(frozen=True)
class AgendaTime:
    """One agenda item: the minutes planned (None: untimed) and taken (None: not run)."""

    number: int
    item: str
    planned_minutes: int | None
    actual_minutes: float | None


@dataclass(frozen=True)
class PollResult:
    """A poll's counts only: polls are anonymous."""

    number: int
    question: str
    options: tuple[str, ...]
    counts: tuple[int, ...]
    voters: int
    dots: int
    closed: bool


@dataclass(frozen=True)
class Minutes:
    workshop_id: str
    title: str
    started_at: float  # epoch seconds; renderers format them
    ended_at: float | None  # None while the workshop is still running
    facilitators: tuple[str, ...]
    attendance: int  # people who took part, not counting facilitators
    scope: str
    cannot_change: str
    agenda: tuple[str, ...]
    topics: tuple[Topic, ...]
    actions: tuple[OwnerActions, ...]
    reports: tuple[GroupReport, ...]
    parking: tuple[ParkedItem, ...]
    participation: tuple[PersonShare, ...]
    evenness: float | None  # 1 - Gini of participants' floor time; None if nobody spoke
    names_shown: bool
    transcript_included: bool
    transcript: tuple[TranscriptLine, ...]
    messages_not_recorded: int  # messages whose words were not kept
    concerns_raised: int = 0  # how many; never who or what
    series: str = ""  # the series this session belongs to, or ""
    you_said: tuple[EarlierAction, ...] = ()  # "You said, we did"
    options: NotesOptions = field(default_factory=NotesOptions)  # time zone, letterhead
    # Hooks: no events for these yet, so they are always 0 today.
    messages_edited: int = 0
    messages_deleted: int = 0
    people_erased: int = 0
    ladder: str = ""  # the rung of the ladder of co-production declared at the start, or ""
    # Planned against actual time per agenda item; () when the agenda was never run.
    agenda_times: tuple[AgendaTime, ...] = ()
    polls: tuple[PollResult, ...] = ()
    materials: tuple[tuple[str, str], ...] = ()  # (title, link) shared, in order

    @property
    def action_count(self) -> int:
        return sum(len(owner.actions) for owner in self.actions)


def build_minutes(
    events: Sequence[ev.Event],
    *,
    names: bool = False,
    transcript: bool = False,
    earlier: Sequence[Sequence[ev.Event]] = (),
    options: NotesOptions = PLAIN_NOTES,
) -> Minutes:
    """The minutes of the workshop these events describe (its whole log, in order).

    `earlier`: the logs of the earlier sessions of its series, oldest first, so that
    participants keep the pseudonym they had there (numbered by first appearance
    across the series) and owners of earlier actions are shown the same way."""
    changes = _change_counts(events)
    events = _honour_later_changes(events)
    started = next((e for e in events if isinstance(e, ev.WorkshopStarted)), None)
    if started is None:
        raise ValueError("these events do not contain the start of a workshop")
    state = WorkshopState(workshop_id=started.workshop_id)
    for event in events:
        state = evolve(state, event)

    facilitator_ids = _facilitator_ids(events, started)
    staff_ids = set(options.staff_ids) - facilitator_ids
    named = facilitator_ids | staff_ids  # never pseudonymised
    earlier = [_honour_later_changes(log) for log in earlier]
    people = _People(events, named, names, earlier)
    items = [e for e in events if isinstance(e, ev.MinutesItemAdded)]
    recorded = {pid for pid, person in state.people.items() if person.recorded}
    lines, not_recorded = _transcript(events, people, recorded)

    return Minutes(
        workshop_id=started.workshop_id,
        title=state.title,
        started_at=started.at,
        ended_at=state.ended_at if state.ended_at else None,
        facilitators=tuple(people.name(pid) for pid in people.order if pid in facilitator_ids),
        attendance=sum(1 for pid in people.order if pid not in named),
        scope=state.scope,
        cannot_change=state.cannot_change,
        agenda=tuple(state.agenda),
        topics=_topics(_with_agenda_items(events, state), people),
        actions=_actions(items, people, state),
        reports=_reports(events, people),
        parking=tuple(
            ParkedItem(i.number, people.scrub(i.text), people.owner(i.owner_id, i.owner_name))
            for i in items
            if i.kind == "parking"
        ),
        participation=tuple(
            PersonShare(
                name=people.name(pid),
                role=_role(pid, facilitator_ids, staff_ids),
                turns=state.people[pid].turns,
                floor_seconds=state.people[pid].floor_seconds,
                messages=state.people[pid].messages,
            )
            for pid in people.order
        ),
        evenness=evenness(
            [state.people[pid].floor_seconds for pid in people.order if pid not in named]
        ),
        names_shown=names,
        transcript_included=transcript,
        transcript=lines if transcript else (),
        messages_not_recorded=not_recorded,
        concerns_raised=_concerns(events),
        series=state.series,
        you_said=tuple(_earlier_action(item, people) for item in state.carried_actions),
        ladder=state.ladder,
        agenda_times=_agenda_times(state),
        materials=tuple((people.scrub(title), link) for title, link in state.materials),
        polls=tuple(
            PollResult(
                p.number,
                people.scrub(p.question),
                tuple(people.scrub(option) for option in p.options),
                p.counts(),
                len(p.votes),
                p.dots,
                p.closed,
            )
            for p in state.polls
        ),
        options=options,
        **changes,
    )


def _agenda_times(state: WorkshopState) -> tuple[AgendaTime, ...]:
    """An item still on when the workshop ended counts until the end."""
    if not state.agenda_steps:
        return ()
    steps = {step.index: step for step in state.agenda_steps}
    timed = len(state.agenda_minutes) == len(state.agenda)
    times = []
    for index, item in enumerate(state.agenda):
        step = steps.get(index)
        end = (step.ended_at or state.ended_at) if step else 0.0
        times.append(
            AgendaTime(
                number=index + 1,
                item=item,
                planned_minutes=state.agenda_minutes[index] if timed else None,
                actual_minutes=(end - step.started_at) / 60 if step and end else None,
            )
        )
    return tuple(times)


def _role(person_id: str, facilitator_ids: set[str], staff_ids: set[str]) -> str:
    if person_id in facilitator_ids:
        return FACILITATOR
    return STAFF if person_id in staff_ids else PARTICIPANT


def _status(item: MinutesItem | None) -> str:
    return DONE if item and item.done else OPEN


def _earlier_action(item: MinutesItem, people: _People) -> EarlierAction:
    return EarlierAction(
        number=item.number,
        id=item.action_id,
        text=people.scrub(item.text),
        owner=people.owner(item.owner_id, item.owner_name),
        due=item.due,
        said_on=item.said_on,
        workshop=item.workshop,
        progress=people.scrub(item.progress),
        status=_status(item),
    )


def evenness(seconds: Iterable[float]) -> float | None:
    """How evenly floor time was shared: 1 - the Gini coefficient.

    1.0 means everyone had the same time; it falls towards 0 as one person
    takes it all (with n people the lowest possible value is 1/n). None when
    there is nobody, or nobody had any floor time.
    """
    values = [max(0.0, float(v)) for v in seconds]
    total = sum(values)
    if not values or total <= 0:
        return None
    n = len(values)
    mean = total / n
    differences = sum(abs(a - b) for a in values for b in values)
    return 1.0 - differences / (2 * n * n * mean)


# --- people and pseudonyms ------------------------------------------------------


def _facilitator_ids(events: Sequence[ev.Event], started: ev.WorkshopStarted) -> set[str]:
    """The lead, anyone made a co-facilitator at any point, and platform facilitators."""
    return facilitator_ids(events)


class _People:
    """Who is who, and how each person is shown.

    Participants are numbered by first appearance across the series: first those of
    the earlier sessions (in their order), then newcomers in the order they joined.
    Someone who is a facilitator in this session keeps their name here."""

    def __init__(
        self,
        events: Sequence[ev.Event],
        named_ids: set[str],
        names: bool,
        earlier: Sequence[Sequence[ev.Event]] = (),
    ):
        self.order: list[str] = []
        self.real: dict[str, str] = {}
        for e in events:
            if isinstance(e, ev.WorkshopStarted):
                self._add(e.facilitator_id, e.facilitator_name)
            elif isinstance(e, ev.ParticipantJoined):
                self._add(e.person_id, e.name)
            elif isinstance(e, ev.PersonErased):
                self._add(e.person_id, e.pseudonym)
                self.real[e.person_id] = e.pseudonym  # even where names are shown
        before = series_participants(earlier)
        for pid, name in before:
            self.real.setdefault(pid, name)  # an owner of an earlier action, say
        numbered = [pid for pid, _ in series_participants([*earlier, events])]
        self.pseudonyms = {
            pid: words.pseudonym(n) for n, pid in enumerate(numbered, 1) if pid not in named_ids
        }
        self.names = names
        # A participant's display name (lower case) -> their pseudonym, for free text.
        self._by_name: dict[str, str] = {}
        if not names:
            for pid, pseudonym in self.pseudonyms.items():
                name = self.real[pid].strip()
                if len(name) >= 2:  # a one-letter name would rewrite ordinary words
                    self._by_name.setdefault(name.lower(), pseudonym)
        self._pattern = self._name_pattern()

    def _add(self, person_id: str, name: str) -> None:
        if person_id not in self.real:
            self.order.append(person_id)
            self.real[person_id] = name

    def name(self, person_id: str) -> str:
        if not self.names and person_id in self.pseudonyms:
            return self.pseudonyms[person_id]
        return self.real.get(person_id, "")

    def owner(self, owner_id: str, owner_name: str) -> str:
        """An owner linked to a person is shown as that person; typed words are scrubbed."""
        if owner_id and owner_id in self.real:
            return self.name(owner_id)
        return self.scrub(owner_name)

    def _name_pattern(self) -> re.Pattern[str] | None:
        if not self._by_name:
            return None
        # Names as written and in lower case; longest first, so "Sam Lee" wins over "Sam".
        written = {self.real[pid].strip() for pid in self.pseudonyms}
        alternatives = sorted(
            {*self._by_name, *(n for n in written if n.lower() in self._by_name)},
            key=len,
            reverse=True,
        )
        body = "|".join(re.escape(name) for name in alternatives)
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

    def scrub(self, text: str) -> str:
        """Participants' display names in free text become their pseudonyms."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._pseudonym_for(m.group(0)), text)

    def _pseudonym_for(self, found: str) -> str:
        if found.lower() in self._by_name:
            return self._by_name[found.lower()]
        # Case rules where lower() and the regex disagree (such as a dotted capital I).
        candidates = [(self.real[pid].strip(), p) for pid, p in self.pseudonyms.items()]
        return next(
            (
                pseudonym
                for name, pseudonym in [*candidates, *self._by_name.items()]
                if re.fullmatch(re.escape(name), found, re.IGNORECASE)
            ),
            words.pseudonym("?"),  # never the name itself
        )


# --- notes -----------------------------------------------------------------------


def _with_title(topic: Topic, title: str) -> Topic:
    return dataclasses.replace(topic, title=title)


def _with_agenda_items(
    events: Sequence[ev.Event], state: WorkshopState
) -> list[ev.MinutesItemAdded | Topic]:
    """The notes, with an empty topic for each agenda item where it started."""
    marked: list[ev.MinutesItemAdded | Topic] = []
    for e in events:
        if isinstance(e, ev.MinutesItemAdded):
            marked.append(e)
        elif isinstance(e, ev.AgendaItemStarted) and e.index < len(state.agenda):
            title = words.agenda_topic(e.index + 1, state.agenda[e.index])
            marked.append(Topic(number=0, title=title, notes=(), agenda_item=e.index + 1))
    return marked


def _topics(items: Sequence[ev.MinutesItemAdded | Topic], people: _People) -> tuple[Topic, ...]:
    sections: list[Topic] = []
    current = Topic(number=0, title="", notes=())
    for item in items:
        if isinstance(item, Topic):  # an agenda item began
            if current.notes or current.number:
                sections.append(current)
            current = _with_title(item, people.scrub(item.title))
        elif item.kind == "topic":
            if current.notes or current.number:
                sections.append(current)
            current = Topic(number=item.number, title=people.scrub(item.text), notes=())
        elif item.kind in ("info", "idea", "agreed"):
            note = Note(item.number, item.kind, people.scrub(item.text))
            current = dataclasses.replace(current, notes=(*current.notes, note))
    if current.notes or current.number:
        sections.append(current)
    return tuple(sections)


def _actions(
    items: Sequence[ev.MinutesItemAdded], people: _People, state: WorkshopState
) -> tuple[OwnerActions, ...]:
    """Actions grouped by owner, owners in the order their first action was noted."""
    by_owner: dict[str, list[Action]] = {}
    topic = ""
    for item in items:
        if item.kind == "topic":
            topic = people.scrub(item.text)
        elif item.kind == "action":
            owner = people.owner(item.owner_id, item.owner_name)
            now = state.item(item.number)
            action = Action(
                item.number,
                people.scrub(item.text),
                item.due,
                topic,
                id=now.action_id if now else "",
                status=_status(now),
                progress=people.scrub(now.progress) if now else "",
            )
            by_owner.setdefault(owner, []).append(action)
    return tuple(OwnerActions(owner, tuple(actions)) for owner, actions in by_owner.items())


def _reports(events: Sequence[ev.Event], people: _People) -> tuple[GroupReport, ...]:
    """Each group's report, with its breakout's number and the room's size when it opened."""
    reports: list[GroupReport] = []
    room_names: tuple[str, ...] = ()
    sizes: dict[str, int] = {}
    closed = 0
    for e in events:
        if isinstance(e, ev.BreakoutPlanned):
            room_names = e.names
            sizes = {name: len(members) for name, members in zip(e.names, e.members, strict=False)}
        elif isinstance(e, ev.BreakoutOpened):
            sizes = {
                name: len(members) for name, members in zip(room_names, e.members, strict=False)
            }
        elif isinstance(e, ev.BreakoutClosed):
            closed = e.number
        elif isinstance(e, ev.MinutesItemAdded) and e.kind == "report":
            reports.append(
                GroupReport(
                    breakout=closed,
                    room=e.owner_name,
                    members=sizes.get(e.owner_name, 0),
                    text=people.scrub(e.text),
                )
            )
    return tuple(reports)


# --- transcript ------------------------------------------------------------------


def _transcript(
    events: Sequence[ev.Event], people: _People, recorded: set[str]
) -> tuple[tuple[TranscriptLine, ...], int]:
    """Lines whose words may be kept, and how many messages were not recorded. A
    message a facilitator corrected to a private label (`!relabel N complaint`) is left
    out as if the classifier had said so; one stored with a private label stays out
    whatever it was corrected to."""
    lines: list[TranscriptLine] = []
    not_recorded = 0
    corrected_private = {
        getattr(e, "message_id", "")
        for e in events
        if type(e).__name__ == CORRECTION_EVENT and getattr(e, "new", "") in PRIVATE_LABELS
    } - {""}
    for e in events:
        if not isinstance(e, ev.MessagePosted):
            continue
        private = getattr(e, "label", "") in PRIVATE_LABELS or e.message_id in corrected_private
        if e.text is None or e.person_id not in recorded or private:
            not_recorded += 1
            continue
        lines.append(TranscriptLine(e.at, people.name(e.person_id), people.scrub(e.text)))
    return tuple(lines), not_recorded


def _concerns(events: Sequence[ev.Event]) -> int:
    """Concerns raised, less those a facilitator corrected to another label (and plus
    messages corrected to "complaint"). Never who raised them, nor what they said."""
    count = 0
    for e in events:
        name = type(e).__name__
        if name == CONCERN_EVENT:
            count += 1
        elif name == CORRECTION_EVENT:
            old, new = getattr(e, "old", ""), getattr(e, "new", "")
            count += (new == "complaint") - (old == "complaint")
    return max(count, 0)


def _honour_later_changes(events: Sequence[ev.Event]) -> Sequence[ev.Event]:
    """The log as people see it now: an edited message shows its last version and a
    deleted message is gone. (Erasure is done in the stored log itself.)"""
    deleted = {e.message_id for e in events if isinstance(e, ev.MessageDeleted)}
    latest = {
        e.message_id: e.text
        for e in events
        if isinstance(e, ev.MessageEdited) and e.message_id not in deleted
    }
    kept: list[ev.Event] = []
    for e in events:
        if isinstance(e, ev.MessagePosted) and e.message_id:
            if e.message_id in deleted:
                continue
            if e.message_id in latest and e.text is not None:
                e = dataclasses.replace(e, text=latest[e.message_id])
        kept.append(e)
    return kept


def _change_counts(events: Sequence[ev.Event]) -> dict[str, int]:
    """Counted only for messages that are in the transcript (a platform may report
    the deletion of a command, or of something the bot never kept)."""
    posted = {e.message_id for e in events if isinstance(e, ev.MessagePosted) and e.message_id}
    edited = {e.message_id for e in events if isinstance(e, ev.MessageEdited)} & posted
    deleted = {e.message_id for e in events if isinstance(e, ev.MessageDeleted)} & posted
    erased = {e.person_id for e in events if isinstance(e, ev.PersonErased)}
    return {
        "messages_edited": len(edited - deleted),
        "messages_deleted": len(deleted),
        "people_erased": len(erased),
    }
