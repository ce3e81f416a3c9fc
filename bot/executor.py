"""Carries effects out through the chat port. The only code that awaits it.

A failed effect comes back as an `EffectFailed` command so the core can tell
the facilitators in words; the queue message's reference comes back as a
`QueueMessagePosted` command so later changes edit it in place.

Each effect may come with a key that names it for good (the dispatcher derives
it from the event that caused it). Where the platform can do a repeated send
once (`Capability.REPEAT_SAFE`: Matrix transaction ids), every send carries
its key, so an effect carried out again after a crash is not seen twice.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from adapters.base import (
    Abilities,
    Capability,
    ChatPort,
    PlatformRefused,
    RepeatSafeChatPort,
    Reply,
    abilities_of,
)
from facilitation import commands as cmd
from facilitation import words
from facilitation.effects import (
    AddToRooms,
    AlertStaff,
    CloseRoom,
    CreateRooms,
    CreateStaffRoom,
    Effect,
    InviteToSpeak,
    MovePeople,
    Post,
    PostMaterial,
    PostPoll,
    RemoveFromRooms,
    SendNotes,
    SendPrivate,
    SetFloor,
    UpsertQueueMessage,
)
from facilitation.polls import NUMBER_REACTIONS
from facilitation.text import split_message

log = logging.getLogger(__name__)


def describe(effect: Effect) -> str:
    """Plain words for what an effect tried to do, for failure reports."""
    match effect:
        case Post():
            return "post a message"  # where: EffectFailed.in_room, named by the core
        case SendPrivate(name=name, person_id=person_id):
            return f"send a private message to {name or person_id}"
        case UpsertQueueMessage():
            return "update the speaker queue message"
        case SetFloor():
            return "change who can speak"
        case CreateRooms():
            return "make the breakout rooms"
        case CloseRoom():
            return "close a breakout room"
        case MovePeople():
            return "move people between rooms"
        case SendNotes(name=name, person_id=person_id):
            return f"send the notes to {name or person_id}"
        case CreateStaffRoom():
            return "make the staff room"
        case AlertStaff():
            return "tell the staff"
        case RemoveFromRooms():
            return "take a former co-facilitator out of the small groups or the staff room"
    return "carry out an action"


def done_again(effect: Effect) -> str:
    """How a failed effect gets done after all, as a key of words.DONE_AGAIN ("": the
    words say try again, or do it yourself). Every change of the queue writes the
    whole queue message (engine `_queue_update`). A speaker's floor is set again when
    their turn ends (engine `_on_turn_ended`, or the end of the workshop, `_on_ended`);
    a floor with no speaker (floor control off, the workshop ended) is not, so the
    words say how to ask for it again (after the end, the bus's own words). Rooms are
    made only when a breakout opens, so a failure needs `!regroup` and a new
    `!breakout` (the groups' own command cannot be given again while they are open)."""
    match effect:
        case UpsertQueueMessage():
            return "queue-changes"
        case SetFloor(speakers=speakers) if speakers:
            return "turn-ends"
        case SetFloor():  # everyone's voice back: only floor control going off asks again
            return "floor-again"
        case CreateRooms():
            return "groups-again"
        # Each done once, for a command that cannot be given again (`!regroup` with no
        # groups, `!start` while the workshop runs, `!cofac remove` of someone removed).
        case CloseRoom():
            return "close-by-hand"
        case CreateStaffRoom():
            return "no-staff-room"
        case RemoveFromRooms():
            return "remove-by-hand"
    return ""


def earlier_room_keys(key: str) -> tuple[str, ...]:
    """The keys the same `CreateRooms` had under earlier versions of the bot, for the
    platform to count rooms made under them as made under `key`. Until f9abf9a the
    breakout's opening (`rooms.on_opened`) posted "the rooms are open" first, so
    `CreateRooms` was its event's second effect, "<source>/1"; it is now the only one,
    "<source>/0" (recovery `effects_of`). Without this, a bot stopped while making
    rooms and restarted on the newer code would make every room again."""
    source, slash, place = key.rpartition("/")
    return (f"{source}/1",) if slash and place == "0" else ()


def latest_queue_updates(keyed: Sequence[tuple[Effect, str]]) -> list[tuple[Effect, str]]:
    """Several queue changes in one batch need one edit: keep only the last per room."""
    last_index = {e.room: i for i, (e, _) in enumerate(keyed) if isinstance(e, UpsertQueueMessage)}
    return [
        (e, key)
        for i, (e, key) in enumerate(keyed)
        if not isinstance(e, UpsertQueueMessage) or last_index[e.room] == i
    ]


@dataclass
class AnswerHere:
    """The person whose command this is, answered where they asked by the adapter that
    handed it in (`answer_here=True`; Discord: an ephemeral answer to a slash command).
    Their private messages and files become `replies` for that adapter, in the parts
    and with the keys their sends would have had, instead of going through the port."""

    person_id: str
    replies: list[Reply] = field(default_factory=list)

    def takes(self, person_id: str) -> bool:
        return person_id == self.person_id


# Renders a workshop's notes: (workshop id, format, names) -> (file name, content).
NotesRenderer = Callable[[str, str, bool], Awaitable[tuple[str, bytes]]]


class Executor:
    def __init__(
        self, port: ChatPort, notes: NotesRenderer | None = None, abilities: Abilities | None = None
    ) -> None:
        self.port = port
        # The sends, always with `key=`: the port itself if it is REPEAT_SAFE (it says
        # so, and mypy holds the Discord and Matrix adapters to RepeatSafeAdapter in
        # tests/test_port.py); otherwise the port with the key dropped, as `_key` gives
        # such a port only "" (no promise) anyway.
        self.send: RepeatSafeChatPort = (
            cast(RepeatSafeChatPort, port)
            if Capability.REPEAT_SAFE in port.capabilities
            else _WithoutKeys(port)
        )
        self.notes = notes
        # The port's optional abilities: bootstrap passes the ones it found; otherwise
        # they are asked here, once.
        self.abilities = abilities if abilities is not None else abilities_of(port)

    async def run(
        self,
        effects: Sequence[Effect],
        *,
        keys: Sequence[str] = (),
        report_failures: bool = True,
        here: AnswerHere | None = None,
        asked_by: str = "",
    ) -> list[cmd.Command]:
        """Carry out effects in order; return the follow-up commands they produce.
        `keys`, if given, names each effect (one key per effect, unique for good).
        `here`: private sends to that person are kept as its replies, not sent.
        `asked_by`: the person whose command these effects are for ("" if none: a
        timer, say), named in each failure so the words fit (EffectFailed.asked_by)."""
        keyed = list(zip(effects, keys, strict=True)) if keys else [(e, "") for e in effects]
        if len(keyed) > 1:  # one effect (the common case) has no later queue change
            keyed = latest_queue_updates(keyed)
        follow_ups: list[cmd.Command] = []
        for effect, key in keyed:
            try:
                follow_ups += await self._carry_out(effect, key, here)
            except Exception as error:  # any platform failure must reach a person
                log.warning("effect failed: %r: %s", effect, error)
                if report_failures:
                    follow_ups.append(_failed(effect, error))
        if asked_by and follow_ups:
            follow_ups = [_asked_by(c, asked_by) for c in follow_ups]
        return follow_ups

    def _key(self, key: str, *parts: object) -> str:
        """The `key=` of one send: "" (no promise) unless the platform is REPEAT_SAFE."""
        if not key or Capability.REPEAT_SAFE not in self.port.capabilities:
            return ""
        return "/".join((key, *map(str, parts)))

    async def _carry_out(
        self, effect: Effect, key: str = "", here: AnswerHere | None = None
    ) -> list[cmd.Command]:
        match effect:
            case UpsertQueueMessage():  # first: the commonest (every hand, next, turn ended)
                return await self._upsert_queue(effect, key)
            case PostPoll():
                return await self._post_poll(effect, key)
            case PostMaterial():
                return await self._post_material(effect, key)
            case Post(room=room, text=text):
                for n, part in enumerate(self._parts(text)):
                    await self.send.post(room, part, key=self._key(key, n))
            case SendPrivate():
                await self._send_private(effect, key, here)
            case SetFloor(room=room, speakers=speakers):
                if Capability.FLOOR_CONTROL in self.port.capabilities:
                    await self.port.set_floor(room, speakers)
            case CreateRooms():
                made = await self._create_rooms(effect, key)
                return [made, *self._parts_not_done(effect.main_room, key)]
            case SendNotes():
                await self._send_notes(effect, key, here)
            case CloseRoom(room=room, main_room=main_room):
                await self.send.close_room(room, main_room, key=self._key(key))
            case MovePeople(room=room, person_ids=person_ids):
                if Capability.FORCE_MOVE in self.port.capabilities and person_ids:
                    await self.port.move(room, person_ids)
            case CreateStaffRoom():
                return await self._create_staff_room(effect, key)
            case AlertStaff():
                return await self._alert_staff(effect, key, here)
            case InviteToSpeak():
                await self._invite_to_speak(effect)
            case AddToRooms():
                await self._add_to_rooms(effect)
            case RemoveFromRooms():
                await self._remove_from_rooms(effect)
        return []

    async def _invite_to_speak(self, effect: InviteToSpeak) -> None:
        """Where the platform has a stage to invite to (`invite_to_speak`). A courtesy:
        the call is made and the speaker can still ask, so a failure is only logged."""
        inviter = self.abilities.invites_to_speak
        if inviter is None:
            return
        try:
            await inviter.invite_to_speak(effect.room, effect.person_id, effect.turn)
        except Exception as error:
            log.warning("could not invite %s to speak: %s", effect.person_id, error)

    async def _add_to_rooms(self, effect: AddToRooms) -> None:
        """Where the platform can add people to rooms made before (`add_to_rooms`). A
        convenience (the facilitators can add them by hand): a failure is only logged."""
        adder = self.abilities.adds_to_rooms
        if adder is None:
            return
        try:
            await adder.add_to_rooms(effect.main_room, effect.rooms, effect.person_ids)
        except Exception as error:
            log.warning("could not add %s to %s: %s", effect.person_ids, effect.rooms, error)

    async def _remove_from_rooms(self, effect: RemoveFromRooms) -> None:
        """Where the platform can (`remove_from_rooms`). Unlike adding, a failure is
        raised (reported to the facilitators): someone no longer staff would otherwise
        stay in the groups unseen."""
        remover = self.abilities.removes_from_rooms
        if remover is not None:
            await remover.remove_from_rooms(effect.main_room, effect.rooms, effect.person_ids)

    async def _create_staff_room(self, effect: CreateStaffRoom, key: str) -> list[cmd.Command]:
        """The platform's staff room for this workshop, if it has them (`create_staff_room`);
        without one, staff alerts still go to each facilitator privately."""
        maker = self.abilities.makes_staff_rooms
        if maker is None:
            return []
        room = await maker.create_staff_room(
            effect.main_room, effect.title, effect.staff, effect.welcome, key=self._key(key)
        )
        return [
            cmd.StaffRoomMade(
                actor=cmd.SYSTEM,
                room=effect.main_room,
                # Per effect: the next workshop in the channel may get the same room,
                # and the log keeps source ids unique across workshops.
                source_id=f"staff-room:{effect.main_room}:{room}:{key or uuid.uuid4().hex}",
                staff_room=room,
            ),
            *self._parts_not_done(effect.main_room, key),
        ]

    def _parts_not_done(self, main_room: str, key: str) -> list[cmd.Command]:
        """What making the rooms left undone (adapters.base.ReportsPartsNotDone), as
        failures to report, after the rooms' own follow-up (the staff room's alert goes
        to it). The workshop's outbox mark waits for every follow-up (bot/bus.py
        `_follow`), so a stop before they are stored does the call again at the
        restart; a source id per key and part, so that reports each part once."""
        reporter = self.abilities.reports_parts_not_done
        if reporter is None:
            return []
        keyed = self._key(key)
        return [
            cmd.EffectFailed(
                actor=cmd.SYSTEM,
                room=main_room,
                source_id=f"not-done:{keyed}:{part.part}" if keyed else _new_failure_id(),
                what=part.what,
                reason=part.reason,
                refusal=part.refusal,
                again=part.again,
            )
            for part in reporter.parts_not_done(main_room, keyed)
        ]

    async def _alert_staff(
        self, effect: AlertStaff, key: str, here: AnswerHere | None = None
    ) -> list[cmd.Command]:
        """The staff room AND each recipient privately; one copy that reaches someone is
        enough. If none does, the room is told (first try only) in words that reveal
        nothing, and the core is asked to keep the alert and try again."""
        effect = await self._with_link(effect)
        reached = await self._to_staff_room(effect, key)
        if Capability.PRIVATE_MESSAGES in self.port.capabilities:
            for person_id, _name in effect.recipients:
                reached = await self._privately(effect, person_id, key, here) or reached
        if reached:
            if not effect.alert_id:
                return []
            return [
                cmd.AlertReached(
                    actor=cmd.SYSTEM,
                    room=effect.room,
                    source_id=f"alert-reached:{effect.alert_id}",
                    alert_id=effect.alert_id,
                )
            ]
        log.warning("a staff alert reached nobody; it will be tried again: %r", effect.record)
        if effect.attempt == 0:
            try:
                await self.send.post(effect.room, effect.public_text, key=self._key(key, "public"))
            except Exception as error:  # the retry still comes
                log.warning("could not ask for a facilitator in %s: %s", effect.room, error)
        return alert_kept(effect, key)

    async def _with_link(self, effect: AlertStaff) -> AlertStaff:
        """The alert with a link to its message, where the platform makes links."""
        links = self.abilities.links_to_messages
        if links is None or len(effect.message) != 2:
            return effect
        try:
            link = await links.link_to_message(*effect.message)
        except Exception as error:  # the alert matters more than its link
            log.info("no link to %s: %s", effect.message, error)
            return effect
        return replace(effect, text=f"{effect.text}\n{words.message_link(link)}")

    async def _to_staff_room(self, effect: AlertStaff, key: str) -> bool:
        """Whether the alert was posted in the staff room where a person can see it. A
        platform may say who is there (`post_to_staff`, which also invites staff
        missing from it); otherwise a post that worked counts."""
        if not effect.staff_room:
            return False
        staff = tuple(person_id for person_id, _ in effect.recipients)
        try:
            poster = self.abilities.posts_to_staff
            if poster is not None:
                return await poster.post_to_staff(
                    effect.staff_room, effect.text, staff, key=self._key(key, "staff")
                )
            for n, part in enumerate(self._parts(effect.text)):
                await self.send.post(effect.staff_room, part, key=self._key(key, "staff", n))
            return True
        except Exception as error:
            log.warning("could not post an alert in the staff room: %s", error)
            return False

    async def _privately(
        self, effect: AlertStaff, person_id: str, key: str, here: AnswerHere | None = None
    ) -> bool:
        """Whether the private copy reached the person: sent, and (where the platform can
        tell, `reaches_privately`) in a private chat they have accepted. To the person
        answered `here` (a facilitator whose own command this alert is about): a reply,
        which reaches them where they asked."""
        # Keyed by the alert (its first try's key), not by this try: a retry's private
        # copy is the same message, so a platform that still holds the first one (a
        # DM waiting for Discord's pace) or remembers its key sends it once.
        alert_key = effect.alert_id or key
        if here is not None and here.takes(person_id):
            parts = enumerate(self._parts(effect.text))
            here.replies += [Reply(p, key=self._key(alert_key, person_id, n)) for n, p in parts]
            return True
        name = dict(effect.recipients).get(person_id) or person_id
        where = effect.staff_room or effect.room
        notice = (
            words.alert_copy_not_sent(name)
            if effect.staff_room
            else words.private_message_not_sent(name)
        )
        try:
            for n, part in enumerate(self._parts(effect.text)):
                part_key = self._key(alert_key, person_id, n)
                self._if_never_sent(person_id, part_key, where, notice)
                await self.send.send_private(person_id, part, key=part_key)
        except Exception as error:  # they refuse private messages, say
            log.info("could not send a staff alert to %s: %s", person_id, error)
            if effect.staff_room and effect.attempt == 0:  # the staff see it failed
                await self._say_not_sent(effect.staff_room, notice, self._key(key, person_id))
            return False
        reach = self.abilities.knows_private_reach
        return True if reach is None else await reach.reaches_privately(person_id)

    async def _send_notes(self, effect: SendNotes, key: str, here: AnswerHere | None) -> None:
        if self.notes is None or Capability.FILES not in self.port.capabilities:
            raise NotThePlatform(words.cannot_send_files())
        if effect.format != cmd.EXPORT_ALL:
            filename, content = await self._make_notes(effect, effect.format)
            await self._send_file(effect.person_id, filename, content, self._key(key), here)
            return
        # One file per format; one that fails does not stop the others, and is reported.
        failed = []
        for fmt in cmd.EXPORT_FORMATS:
            try:
                filename, content = await self.notes(effect.workshop_id, fmt, effect.names)
                keyed = self._key(key, fmt)
                await self._send_file(effect.person_id, filename, content, keyed, here)
            except Exception as error:
                log.warning("could not send the %s notes: %s", fmt, error)
                failed.append(fmt)
        if failed:
            raise NotThePlatform(words.notes_not_sent(failed))

    async def _send_file(
        self, person_id: str, filename: str, content: bytes, key: str, here: AnswerHere | None
    ) -> None:
        most = await self._most_file_bytes()
        if most and len(content) > most:
            # The platform would refuse it: the person is told why and what to do,
            # in words, where the file would have gone.
            log.warning(
                "the file %s (%d bytes) is past the chat's %d", filename, len(content), most
            )
            text = words.notes_too_big(filename, len(content), most)
            if here is not None and here.takes(person_id):
                here.replies.append(Reply(text=text, key=key))
                return
            await self.send.send_private(person_id, text, key=key)
            return
        if here is not None and here.takes(person_id):
            here.replies.append(Reply(file=(filename, content), key=key))
            return
        await self.send.send_file(person_id, filename, content, key=key)

    async def _most_file_bytes(self) -> int:
        limits = self.abilities.limits_file_size
        return 0 if limits is None else await limits.max_file_bytes()

    async def _make_notes(self, effect: SendNotes, fmt: str) -> tuple[str, bytes]:
        if self.notes is None:
            raise NotThePlatform(words.cannot_send_files())
        try:
            return await self.notes(effect.workshop_id, fmt, effect.names)
        except Exception as error:
            log.exception("could not make the notes of %s", effect.workshop_id)
            raise NotThePlatform(words.notes_not_made(fmt)) from error

    async def _create_rooms(self, effect: CreateRooms, key: str) -> cmd.Command:
        keyed = self._key(key)
        rooms = await self.send.create_rooms(
            effect.main_room,
            effect.breakout,
            effect.names,
            effect.members,
            key=keyed,
            also=effect.also,
            earlier_keys=earlier_room_keys(keyed),
        )
        # With a key the rooms are the same ones however often this runs, so the
        # report of them is one command too.
        return cmd.RoomsCreated(
            actor=cmd.SYSTEM,
            room=effect.main_room,
            source_id=f"rooms-created:{keyed or uuid.uuid4().hex}",
            number=effect.breakout,
            keys=tuple(rooms),
        )

    async def _send_private(
        self, effect: SendPrivate, key: str = "", here: AnswerHere | None = None
    ) -> None:
        """Privately if the platform can; otherwise in the room, addressed to the
        person (unless the message is only a courtesy, such as "your room is ...").
        The "your room" note is not sent at all where the platform shows people
        their room itself. To the person answered `here`: kept as replies."""
        if effect.about_their_room and Capability.SHOWS_NEW_ROOMS in self.port.capabilities:
            return
        if here is not None and here.takes(effect.person_id):
            parts = self._parts(effect.text)
            here.replies += [Reply(part, key=self._key(key, n)) for n, part in enumerate(parts)]
            return
        if Capability.PRIVATE_MESSAGES in self.port.capabilities:
            # If it is sent late and then never goes, the room hears who (not what).
            name = effect.name or effect.person_id
            notice = effect.public_text or (
                words.private_message_not_sent(name) if effect.essential else ""
            )
            try:
                for n, part in enumerate(self._parts(effect.text)):
                    part_key = self._key(key, n)
                    self._if_never_sent(effect.person_id, part_key, effect.room, notice)
                    await self.send.send_private(effect.person_id, part, key=part_key)
                return
            except Exception as error:  # e.g. they do not accept private messages
                log.info("private message to %s failed (%s)", effect.person_id, error)
        if effect.public_text:
            await self.send.post(effect.room, effect.public_text, key=self._key(key, "public"))
            return
        if not effect.essential:
            return
        name = effect.name or effect.person_id
        for n, part in enumerate(self._parts(words.for_person(name, effect.text))):
            await self.send.post(effect.room, part, key=self._key(key, "named", n))

    def _if_never_sent(self, person_id: str, key: str, room: str, notice: str) -> None:
        """Where a platform that may send a private message late (`if_never_sent`)
        should say so if it never goes: `notice` in `room`."""
        later = self.abilities.may_send_private_later
        if later is not None:
            later.if_never_sent(person_id, key, room, notice)

    async def _say_not_sent(self, room: str, notice: str, key: str) -> None:
        """A private copy that failed, said where the staff look; a failure to say so
        is only logged (the alert itself is in the staff room or tried again)."""
        try:
            await self.send.post(room, notice, key=self._key(key, "not-sent"))
        except Exception as error:
            log.warning("could not say in %s that a private copy failed: %s", room, error)

    def _parts(self, text: str) -> list[str]:
        """The text in pieces within the platform's message limit, if it has one."""
        return split_message(text, self.port.max_message_chars)

    async def _post_poll(self, effect: PostPoll, key: str = "") -> list[cmd.Command]:
        """Post the poll, put its numbered reactions under it where the platform has
        reactions (the `offer_reactions` ability), and tell the core which message it is, so a
        reaction on it (even after a restart) is known as a vote. A poll past the
        platform's message limit (Discord's 2,000 characters) goes in parts; the last,
        which says "click a number under this message", is the poll's message."""
        *before, last = self._parts(effect.text)
        for n, part in enumerate(before):
            await self.send.post(effect.room, part, key=self._key(key, f"post-{n}"))
        ref = await self.send.post(effect.room, last, key=self._key(key, "post"))
        posted = cmd.PollMessagePosted(
            actor=cmd.SYSTEM,
            room=effect.room,
            source_id=f"poll-message:{effect.room}:{ref}",
            number=effect.poll,
            message_ref=ref,
        )
        offer = self.abilities.offers_reactions
        if Capability.REACTIONS not in self.port.capabilities or offer is None:
            return [posted]
        try:
            await offer.offer_reactions(effect.room, ref, NUMBER_REACTIONS[: effect.answers])
        except Exception as error:  # `!vote` still works: the facilitator is told
            log.warning("could not add the numbered reactions under poll %s: %s", ref, error)
            numbers = "add the numbers under the poll"
            return [posted, _failed(effect, error, what=numbers, again="poll-numbers")]
        return [posted]

    async def _post_material(self, effect: PostMaterial, key: str = "") -> list[cmd.Command]:
        """Post a shared item and pin it. The post is keyed, so a repeat after a crash
        posts it once, and pinning a pinned message again changes nothing on any
        platform (`pin_item`), so it is pinned once. A refused pin is told to the
        facilitator; the item is posted and listed all the same."""
        refs = [
            await self.send.post(effect.room, part, key=self._key(key, n))
            for n, part in enumerate(self._parts(effect.text))
        ]
        if Capability.PIN_MESSAGES not in self.port.capabilities:
            return []
        try:
            await self.port.pin_item(effect.room, refs[0])
        except Exception as error:  # e.g. no Pin Messages permission, or 250 pins used
            log.warning("could not pin the shared item %s: %s", refs[0], error)
            return [_failed(effect, error, what="pin the shared item", again="share-pin")]
        # Keyed by room and message, so a repeat after a crash is recorded once.
        pinned = cmd.MaterialMessagePosted(
            actor=cmd.SYSTEM,
            room=effect.room,
            source_id=f"material-message:{effect.room}:{refs[0]}",
            message_ref=refs[0],
        )
        return [pinned]

    async def _upsert_queue(self, effect: UpsertQueueMessage, key: str = "") -> list[cmd.Command]:
        can_edit = Capability.EDIT_MESSAGES in self.port.capabilities
        if effect.message_ref and can_edit:
            try:
                await self.send.edit(
                    effect.room, effect.message_ref, effect.text, key=self._key(key, "edit")
                )
                return []
            except Exception as error:  # deleted, or lost in a restart: post a new one
                log.info(
                    "could not edit queue message %s (%s); posting anew", effect.message_ref, error
                )
        ref = await self.send.post(effect.room, effect.text, key=self._key(key, "post"))
        posted = cmd.QueueMessagePosted(
            actor=cmd.SYSTEM,
            room=effect.room,
            source_id=f"queue-message:{effect.room}:{ref}",
            message_ref=ref,
        )
        if Capability.PIN_MESSAGES not in self.port.capabilities:
            return [posted]
        try:
            await self.port.pin(effect.room, ref)
        except Exception as error:  # unpinned is still usable: keep editing this one
            log.warning("could not pin the queue message %s: %s", ref, error)
            pin = "pin the speaker queue message"
            return [posted, _failed(effect, error, what=pin, again="pin-by-hand")]
        return [posted]


class _WithoutKeys:
    """A port that takes no `key=`, as one that does: the key is dropped."""

    def __init__(self, port: ChatPort) -> None:
        self.port = port

    @property
    def capabilities(self) -> frozenset[Capability]:
        return self.port.capabilities

    @property
    def max_message_chars(self) -> int:
        return self.port.max_message_chars

    async def post(self, room: str, text: str, key: str = "") -> str:
        return await self.port.post(room, text)

    async def edit(self, room: str, message_ref: str, text: str, key: str = "") -> None:
        await self.port.edit(room, message_ref, text)

    async def pin(self, room: str, message_ref: str) -> None:
        await self.port.pin(room, message_ref)

    async def pin_item(self, room: str, message_ref: str) -> None:
        await self.port.pin_item(room, message_ref)

    async def send_private(self, person_id: str, text: str, key: str = "") -> None:
        await self.port.send_private(person_id, text)

    async def set_floor(self, room: str, speakers: tuple[str, ...]) -> None:
        await self.port.set_floor(room, speakers)

    async def create_rooms(
        self,
        main_room: str,
        breakout: int,
        names: tuple[str, ...],
        members: tuple[tuple[str, ...], ...],
        key: str = "",
        *,
        also: tuple[str, ...] = (),
        earlier_keys: tuple[str, ...] = (),
    ) -> tuple[str, ...]:
        return await self.port.create_rooms(main_room, breakout, names, members, also=also)

    async def close_room(self, room: str, main_room: str, key: str = "") -> None:
        await self.port.close_room(room, main_room)

    async def send_file(self, person_id: str, filename: str, content: bytes, key: str = "") -> None:
        await self.port.send_file(person_id, filename, content)

    async def move(self, room: str, person_ids: tuple[str, ...]) -> None:
        await self.port.move(room, person_ids)


class NotThePlatform(Exception):
    """An effect failed for a reason of the bot's own (str() says it in words), not
    because the chat platform refused."""


def alert_kept(effect: AlertStaff, key: str) -> list[cmd.Command]:
    """An alert that reached nobody, to be kept by the core and tried again on a timer
    (none if it is already kept: its next try is armed)."""
    if effect.alert_id:
        return []
    alert_id = key or uuid.uuid4().hex
    return [
        cmd.AlertUndelivered(
            actor=cmd.SYSTEM,
            room=effect.room,
            source_id=f"alert-held:{alert_id}",
            alert_id=alert_id,
            record=effect.record,
        )
    ]


def failure_of(effect: Effect, error: Exception) -> cmd.EffectFailed:
    """The report of an effect that was not carried out, for the core to put in words
    (bot/bus.py: one the bus broke on twice after its command was stored)."""
    return _failed(effect, error)


def _new_failure_id() -> str:
    return f"effect-failed:{uuid.uuid4().hex}"


def _failed(effect: Effect, error: Exception, what: str = "", again: str = "") -> cmd.EffectFailed:
    room = _room_of(effect)
    return cmd.EffectFailed(
        actor=cmd.SYSTEM,
        room=room,
        source_id=_new_failure_id(),
        what=what or describe(effect),
        reason=str(error) or type(error).__name__,
        platform=not isinstance(error, NotThePlatform),
        # The adapter's kind of refusal (no permission, no access ...), for its words.
        refusal=error.refusal if isinstance(error, PlatformRefused) else None,
        in_room=effect.room if isinstance(effect, Post) else "",
        # Only the effect itself is done again: not a pin or a poll's numbers (`what`).
        # (`again`: how the pin's own failure is seen to, words.DONE_AGAIN.)
        again=again or ("" if what else done_again(effect)),
    )


def _asked_by(command: cmd.Command, person_id: str) -> cmd.Command:
    """A failure report (the effect's own, or a pin's or a poll's reactions') names who
    asked; other follow-ups are left as they are."""
    if isinstance(command, cmd.EffectFailed):
        return replace(command, asked_by=person_id)
    return command


def _room_of(effect: Effect) -> str:
    """The workshop's room an effect is for (its main room, for a breakout room's)."""
    match effect:
        case CreateRooms() | CloseRoom() | CreateStaffRoom() | AddToRooms() | RemoveFromRooms():
            return effect.main_room
        case (
            Post()
            | SendPrivate()
            | AlertStaff()
            | UpsertQueueMessage()
            | SetFloor()
            | SendNotes()
            | MovePeople()
            | InviteToSpeak()
        ):
            return effect.room
    return ""
