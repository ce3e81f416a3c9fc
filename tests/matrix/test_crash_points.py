# ruff: noqa: E501  (the table of kill points is easier to read unwrapped)
"""kill -9 at the worst moments, on a real Synapse, with the bot run as its own
process (`workshop-bot run --config FILE`, the file written as docs/matrix.md says)
and real matrix-nio clients. Each kill point is chosen by waiting for something a
client can see (an invitation to a group room, a reminder posted, a power level
raised, an alert posted), never by sleeping; every check is on what people see.

| test | killed when | after the restart, people see |
|---|---|---|
| breakout | the first group room's invitation arrives (rooms being made) | every participant in exactly one group room, welcomed once |
| reminder | the first room's reminder is seen (others maybe not yet sent) | each room's reminder exactly once (late or not) |
| regroup | (no kill) | time up and "come back" once per room, "Welcome back" in the main room at its set time, everyone may post there |
| floor | the speaker's raised power level is seen | `!next` moves the level to the next speaker; `!end` gives back the room's levels: nobody keeps a level, nobody is muted |
| alert | right after the disclosure is sent (before the bot answered), and again right after the alert is seen | the staff room gets each alert exactly once |

Already in the suite, not repeated here: a kill 1-2 s before a reminder is due,
restarted after it (tests/matrix/test_soak.py, bench/soak.py: one late reminder).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from nio import RoomSendError, RoomSendResponse, SyncResponse

from tests.matrix.helpers import OK, Person, command_in, notice_from, room_the_bot_joined
from tests.matrix.test_scenario import BotProcess, write_config

START = "!start Carers' breaks | scope: booking a short break for carers | complaints: call 0123"
RISK = "My dad hits me when he has been drinking and I am scared to go home"
RISK_2 = "My neighbour hits her children and they are scared"
BREAKOUT = "!breakout 1m | groups: 2 | notice: 0 | reminders: 30s | grace: 20s | seed: 1"
SLOW = 90  # seconds: a restart (login resumed) plus catch-up on a busy 2-core machine


@dataclass
class Workshop:
    process: BotProcess
    bot: str  # the bot's user id
    room: str
    staff_room: str
    host: Person
    people: list[Person]  # alice, bob, carol

    async def ask(self, person: Person, text: str, room: str | None = None) -> str:
        return await command_in(_Bot(self.bot), person, room or self.room, text)

    def restart(self) -> None:
        self.process.start()


class _Bot:
    def __init__(self, user_id: str) -> None:
        self.user_id = user_id


async def open_workshop(synapse, accounts, login, tmp_path: Path) -> Workshop:
    """The room made as docs/matrix.md says (the bot at 100, invited by an allowed
    inviter), the bot started as its own process, the workshop started, and everyone
    has said hello (so they are in the workshop)."""
    bot_account = accounts("bot")
    host, alice, bob, carol = [
        Person(await login(accounts(n))) for n in ("host", "alice", "bob", "carol")
    ]
    bot = bot_account.user_id
    config = write_config(tmp_path, synapse.url, bot, host.user_id)
    process = BotProcess(config, bot_account.password, tmp_path / "bot.log")
    process.start()
    room = await room_the_bot_joined(host, bot, [alice, bob, carol])
    workshop = Workshop(process, bot, room, "", host, [alice, bob, carol])
    assert await workshop.ask(host, START) == OK
    workshop.staff_room, _ = await host.wait(
        lambda r, e: r != room and notice_from(bot, "for the staff of the workshop")(r, e),
        "the staff room's welcome",
    )
    for person in (alice, bob, carol):
        await person.say(room, "hello everyone")
    return workshop


async def crashing(synapse, accounts, login, tmp_path, scenario) -> None:
    workshop = await open_workshop(synapse, accounts, login, tmp_path)
    try:
        await scenario(workshop)
    except BaseException as error:
        raise AssertionError(
            f"{error}\n--- the bot's log ---\n{workshop.process.tail()}"
        ) from error
    finally:
        workshop.process.stop()


def count(person: Person, sender: str, containing: str, room: str | None = None) -> int:
    match = notice_from(sender, containing, room)
    return sum(match(r, e) for r, e in person.seen)


async def settle(*people: Person, syncs: int = 3) -> None:
    """A few more syncs each, so a repeat sent after what we waited for is seen too."""
    for person in people:
        for _ in range(syncs):
            await person.pump()


async def first_group_invitation(people: list[Person], main: str, timeout: float = 45) -> None:
    """Sync without accepting until someone is invited to a room that is not a private
    chat: a group room exists. The invitation stays in nio's `invited_rooms`, so the
    person can still accept it later (`accept_invitations`)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        for person in people:
            response = await person.client.sync(timeout=100, since=person.client.next_batch)
            assert isinstance(response, SyncResponse), response
            for room_id, info in response.rooms.join.items():
                person.seen += [(room_id, event.source) for event in info.timeline.events]
            for room_id, info in response.rooms.invite.items():
                if room_id != main and not _direct(info):
                    return
    raise AssertionError("no group room was made")


def _direct(info) -> bool:
    return any((getattr(e, "content", None) or {}).get("is_direct") for e in info.invite_state)


async def accept_invitations(person: Person) -> None:
    for room_id in list(person.client.invited_rooms):
        await person.client.join(room_id)


# --- breakout, reminder, regroup ---------------------------------------------------


async def test_killed_while_the_rooms_are_made_and_as_the_reminder_is_sent(
    synapse, accounts, login, tmp_path
):
    await crashing(synapse, accounts, login, tmp_path, _breakout)


async def _breakout(w: Workshop) -> None:
    bot, main = w.bot, w.room
    await w.host.say(main, BREAKOUT)  # no wait for the ✅: the kill may come first
    await first_group_invitation(w.people, main)
    w.process.kill()  # some group rooms made, maybe not all; people not all moved
    for person in w.people:
        await accept_invitations(person)
    w.restart()

    group_of: dict[str, str] = {}
    for person in w.people:
        group_of[person.user_id], _ = await person.wait(
            lambda r, e: r != main and notice_from(bot, "In this room:")(r, e),
            "their group room's welcome",
            SLOW,
        )
    groups = set(group_of.values())
    assert len(groups) == 2, group_of

    # The reminder (30 s before the end): kill as soon as one room has it.
    reminded = await _first_of(w.people, lambda p: _reminder_in(p, bot, group_of[p.user_id]))
    w.process.kill()
    w.restart()
    for person in w.people:
        await person.wait(
            lambda r, e, p=person: _reminder_in(p, bot, group_of[p.user_id])(r, e),
            "the reminder in their room",
            SLOW,
        )

    # Regroup at its set time: time is up, then come back, then welcome back.
    await w.host.wait(notice_from(bot, "Welcome back, everyone.", main), "regroup", SLOW + 60)
    for person in w.people:
        await person.wait(notice_from(bot, "Please come back", group_of[person.user_id]), "back")
    await settle(w.host, *w.people)
    for person in w.people:
        where = group_of[person.user_id]
        seen = {
            "welcome": count(person, bot, "In this room:", where),
            "reminder": count(person, bot, "left in this room", where),
            "time up": count(person, bot, "Time is up.", where),
            "come back": count(person, bot, "Please come back", where),
            "welcome back": count(person, bot, "Welcome back, everyone.", main),
        }
        assert seen == dict.fromkeys(seen, 1), (person.user_id, seen, reminded)
        # No other group room: nobody was put in a room made twice.
        others = {
            r
            for r, e in person.seen
            if r not in (main, where) and notice_from(bot, "In this room:")(r, e)
        }
        assert not others, (person.user_id, others)
        # The group room is closed as it says ("This room is now closed") ...
        closed = await person.try_say(where, "anyone still here?")
        assert isinstance(closed, RoomSendError) and closed.status_code == "M_FORBIDDEN", closed
        # ... and back in the main room, nobody is left unable to speak.
        assert isinstance(await person.try_say(main, "back now"), RoomSendResponse)


def _reminder_in(person: Person, bot: str, room: str):
    return notice_from(bot, "left in this room", room)


async def _first_of(people: list[Person], match_for) -> str:
    """Sync everyone in turn until one of them sees what `match_for(person)` matches;
    return their user id."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SLOW
    while loop.time() < deadline:
        for person in people:
            match = match_for(person)
            if any(match(r, e) for r, e in person.seen):
                return person.user_id
            await person.pump(100)
    raise AssertionError("never seen")


# --- the floor ------------------------------------------------------------------------


async def test_killed_while_a_speaker_has_the_floor(synapse, accounts, login, tmp_path):
    await crashing(synapse, accounts, login, tmp_path, _floor)


async def _levels(w: Workshop) -> dict:
    return await w.host.state(w.room, "m.room.power_levels")


async def _floor(w: Workshop) -> None:
    alice, bob, carol = w.people
    before = await _levels(w)
    assert await w.ask(w.host, "!floor on") == OK
    assert await w.ask(alice, "!hand") == OK
    assert await w.ask(bob, "!hand") == OK
    await w.host.say(w.room, "!next")  # alice speaks; no wait for the ✅

    loop = asyncio.get_running_loop()
    deadline = loop.time() + SLOW
    while alice.user_id not in (await _levels(w)).get("users", {}):
        assert loop.time() < deadline, "alice never got the floor"
        await asyncio.sleep(0.05)
    w.process.kill()  # alice holds a raised level; the room is muted for the rest
    w.restart()

    assert await w.ask(w.host, "!next") == OK  # bob's turn
    levels = await _levels(w)
    assert alice.user_id not in levels["users"], levels
    assert bob.user_id in levels["users"] and levels["users"][bob.user_id] < 50, levels
    muted = await alice.try_say(w.room, "one more thing")
    assert isinstance(muted, RoomSendError) and muted.status_code == "M_FORBIDDEN", muted

    assert await w.ask(w.host, "!end") == OK
    after = await _levels(w)
    assert after["users"] == before["users"], (before, after)
    assert after.get("events_default", 0) == before.get("events_default", 0), after
    for person in w.people:
        assert isinstance(await person.try_say(w.room, "thanks"), RoomSendResponse)


# --- a safety disclosure -----------------------------------------------------------------


async def test_killed_right_after_a_safety_disclosure(synapse, accounts, login, tmp_path):
    await crashing(synapse, accounts, login, tmp_path, _alert)


async def _alert(w: Workshop) -> None:
    bot, staff = w.bot, w.staff_room
    alice, bob, carol = w.people

    # Killed before the bot answered (or while it did): the disclosure is the last
    # thing sent.
    await bob.say(w.room, RISK)
    w.process.kill()
    w.restart()
    await w.host.wait(notice_from(bot, RISK, staff), "bob's alert after the restart", SLOW)

    # Killed right after the alert was seen in the staff room.
    await carol.say(w.room, RISK_2)
    await w.host.wait(notice_from(bot, RISK_2, staff), "carol's alert", SLOW)
    w.process.kill()
    w.restart()
    assert await w.ask(alice, "!hand") == OK  # the bot is back and has caught up
    await settle(w.host, syncs=5)
    assert count(w.host, bot, RISK, staff) == 1
    assert count(w.host, bot, RISK_2, staff) == 1
    # Privately too, once each (the host's private chat with the bot).
    private = {
        r for r, e in w.host.seen if r not in (w.room, staff) and notice_from(bot, RISK)(r, e)
    }
    assert len(private) == 1, private
    for room in private:
        assert count(w.host, bot, RISK, room) == 1
        assert count(w.host, bot, RISK_2, room) == 1
    # The main room heard nothing of it.
    assert count(alice, bot, RISK) == 0
