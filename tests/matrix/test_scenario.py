# ruff: noqa: E501  (the table of steps is easier to read unwrapped)
"""One whole workshop on Matrix, set up only as docs/matrix.md says, with the bot run
as its own process (`workshop-bot run --config FILE`) and four real matrix-nio
clients: a facilitator (the host) and three participants. Every check is on what a
client actually sees. Real time, real timers (APScheduler), a real SQLite file.

| step | who does what | what they see |
|---|---|---|
| 1 set up | the host makes a room, the bot at level 100, invites the bot and three people | the bot joins (the host is in `allowed_inviters`) |
| 2 start | host `!start ...` | ✅; everyone sees the scope; the host is invited to the staff room and welcomed there |
| 3 hands | alice ✋ on the pinned queue message, bob `!hand` | the queue message is edited: alice, then bob |
| 4 refusal | carol `!order fair` | ❌, and privately why |
| 5 fair order | host `!order fair` | ✅ and the room is told |
| 6 floor on/off | host `!floor on`, `!next` | alice may post, bob is refused by the server; `!floor off`: bob may post; alice keeps no extra level |
| 6b minutes, mention safety | host `!agreed weekend breaks, tell @room` | the room sees it noted; the bot's echo of "@room" notifies nobody |
| 7 complaint | carol writes about her own grant payment | carol gets the complaints route privately; the staff room hears a concern was raised |
| 8 safeguarding | bob writes that someone hits him | the staff room gets a safety alert with his words, why, and "call 999"; the main room hears nothing |
| 9 opt-out | carol `!optout` | ✅ and privately: her messages are not kept from now on |
| 10 breakout | host `!breakout 2m ...` | each participant is invited to a group room and welcomed there; a reminder comes in every room |
| 11 help | alice `!helpme` in her group room | her room: help is coming; the staff room: alice is asking for help |
| 12 kill -9 | the bot process is killed mid-breakout; bob `!report ...` and carol chats in their rooms | (nothing: the bot is down) |
| 13 restart | `workshop-bot run --config FILE` again | bob's `!report` gets its ✅ |
| 14 regroup | host `!regroup` | every room is told to come back; the main room hears bob's group's report |
| 15 export | host `!export md` | the notes arrive as a file in a private room, with the report, pseudonymised |
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from nio import JoinResponse, RoomSendError, RoomSendResponse

from tests.bot_process import BotProcess as ProcessOfTheBot
from tests.matrix.helpers import (
    HAND,
    NOT_OK,
    OK,
    Person,
    command_in,
    edit_of,
    notice_from,
    reaction,
    room_the_bot_joined,
)

START = "!start Carers' breaks | scope: booking a short break for carers | complaints: call 0123"
COMPLAINT = "I want an apology, my carers grant payment was wrong and nobody rang me back"
RISK = "My dad hits me when he has been drinking and I am scared to go home"
SAFEGUARDING_CONTACT = "call the adult safeguarding team on 0300 123 4567"


class BotProcess(ProcessOfTheBot):
    """`workshop-bot run --config FILE`, as an operator starts it."""

    def __init__(self, config: Path, password: str, log: Path) -> None:
        super().__init__(config, log)
        self.password = password

    def command(self) -> list[str]:
        program = Path(sys.executable).with_name("workshop-bot")
        return [str(program), "run", "--config", str(self.config)]

    def env(self) -> dict[str, str]:
        return {**os.environ, "WORKSHOP_BOT_MATRIX_PASSWORD": self.password}


def write_config(folder: Path, homeserver: str, bot_id: str, host_id: str) -> Path:
    """docs/matrix.md, "Configure the bot"; the password comes from the environment.
    Plain http is allowed because the homeserver is on this machine. The small-group
    notice is 0 so the rooms open at once."""
    config = folder / "workshop-bot.toml"
    config.write_text(
        f"""
[bot]
adapter = "matrix"
database = "{folder / "workshop.db"}"
command_prefix = "!"

[matrix]
homeserver = "{homeserver}"
user_id = "{bot_id}"
device_name = "workshop-bot"
facilitator_power_level = 50
facilitator_user_ids = []
allowed_inviters = ["{host_id}"]

[workshop]
safeguarding_contact = "{SAFEGUARDING_CONTACT}"

[breakout]
notice_seconds = 0
""",
        encoding="utf-8",
    )
    return config


def sees(person: Person, room: str, containing: str, sender: str):
    return person.wait(notice_from(sender, containing, room), f"{containing!r} in {room}", 45)


async def test_a_whole_workshop_as_the_docs_describe_it(synapse, accounts, login, tmp_path):
    # 1. Set up: the bot's account, its config, the bot running, the workshop room.
    bot_account = accounts("bot")
    host, alice, bob, carol = [
        Person(await login(accounts(n))) for n in ("host", "alice", "bob", "carol")
    ]
    bot_id = bot_account.user_id
    config = write_config(tmp_path, synapse.url, bot_id, host.user_id)
    process = BotProcess(config, bot_account.password, tmp_path / "bot.log")
    process.start()
    try:
        await _workshop(process, bot_id, host, alice, bob, carol)
    except BaseException as error:
        raise AssertionError(f"{error}\n--- the bot's log ---\n{process.tail()}") from error
    finally:
        process.stop()


async def _workshop(process: BotProcess, bot: str, host, alice, bob, carol) -> None:
    async def ask(person: Person, room: str, text: str) -> str:
        return await command_in(_Bot(bot), person, room, text)

    room = await room_the_bot_joined(host, bot, [alice, bob, carol])

    # 2. Start.
    assert await ask(host, room, START) == OK
    await sees(alice, room, "booking a short break for carers", bot)
    staff_room, _ = await host.wait(
        lambda r, e: r != room and notice_from(bot, "for the staff of the workshop")(r, e),
        "the staff room's welcome",
    )

    # 3. Hands: a ✋ on the pinned queue message, and a typed !hand.
    pinned = (await host.client.room_get_state_event(room, "m.room.pinned_events")).content
    queue_id = pinned["pinned"][-1]
    await alice.react(room, queue_id, HAND)
    await host.wait(edit_of(bot, queue_id, "1. alice"), "alice in the queue")
    for person in (alice, bob, carol):  # each says hello, so all are in the workshop
        await person.say(room, "hello everyone")
    assert await ask(bob, room, "!hand") == OK
    await host.wait(edit_of(bot, queue_id, "2. bob"), "bob in the queue")

    # 4-5. A participant is refused a facilitator's command; the facilitator is not.
    assert await ask(carol, room, "!order fair") == NOT_OK
    await carol.wait(
        lambda r, e: r != room and notice_from(bot, "Only a facilitator")(r, e), "why, privately"
    )
    assert await ask(host, room, "!order fair") == OK

    # 6. Floor control.
    assert await ask(host, room, "!floor on") == OK
    assert await ask(host, room, "!next") == OK  # alice speaks
    assert isinstance(await alice.try_say(room, "I think weekends matter"), RoomSendResponse)
    muted = await bob.try_say(room, "may I?")
    assert isinstance(muted, RoomSendError) and muted.status_code == "M_FORBIDDEN", muted
    assert await ask(host, room, "!floor off") == OK
    assert isinstance(await bob.try_say(room, "thank you"), RoomSendResponse)
    levels = (await host.client.room_get_state_event(room, "m.room.power_levels")).content
    assert alice.user_id not in levels.get("users", {})

    # 6b. Minutes; the bot's echo of "@room" must notify nobody (docs: mentions).
    assert await ask(host, room, "!agreed weekend breaks, tell @room") == OK
    _, noted = await sees(alice, room, "weekend breaks, tell", bot)
    assert noted["content"]["m.mentions"] == {} and "@room" not in noted["content"]["body"]

    # 7. A personal complaint: the route privately, a notice to the staff.
    await carol.say(room, COMPLAINT)
    await carol.wait(
        lambda r, e: r != room and notice_from(bot, "call 0123")(r, e), "the complaints route"
    )
    await sees(host, staff_room, "raised a personal concern", bot)

    # 8. Safeguarding: the staff room only.
    await bob.say(room, RISK)
    _, alert = await sees(host, staff_room, "Safety alert", bot)
    body = alert["content"]["body"]
    assert RISK in body and SAFEGUARDING_CONTACT in body and "call 999" in body

    # 9. Opt-out.
    assert await ask(carol, room, "!optout") == OK
    await carol.wait(
        lambda r, e: r != room and notice_from(bot, "will not be kept")(r, e), "opted out"
    )

    # 10. Small groups, with a reminder 10 seconds after they open.
    breakout = "!breakout 2m | groups: 2 | reminders: 1m 50s | seed: 1"
    assert await ask(host, room, breakout) == OK
    groups = {}
    for person in (alice, bob, carol):
        groups[person.user_id], _ = await person.wait(
            lambda r, e: r not in (room, staff_room) and notice_from(bot, "In this room:")(r, e),
            "a group room",
            45,
        )
    for person in (alice, bob, carol):
        await sees(person, groups[person.user_id], "left in this room", bot)

    # 11. A call for help from a group.
    alice_room = groups[alice.user_id]
    assert await ask(alice, alice_room, "!helpme") == OK
    await sees(alice, alice_room, "asked to come and help", bot)
    await sees(host, staff_room, "is asking for help", bot)

    # 12. kill -9 mid-breakout; a report and chat while the bot is down.
    process.kill()
    bob_room = groups[bob.user_id]
    report = await bob.say(bob_room, "!report more weekend breaks, booked by phone")
    await carol.say(groups[carol.user_id], "we agree about weekends")

    # 13. Restart: the report is caught up and acknowledged.
    process.start()
    await bob.wait(reaction(bot, report, OK), "the ✅ for the report sent while down", 60)

    # 14. Regroup: every room is told; the main room hears the report.
    assert await ask(host, room, "!regroup") == OK
    await sees(alice, alice_room, "come back", bot)
    await sees(host, room, "more weekend breaks, booked by phone", bot)

    # 15. The notes, as a file, privately.
    assert await ask(host, room, "!export md") == OK
    _, file = await host.wait(
        lambda r, e: (
            r not in (room, staff_room)
            and e.get("sender") == bot
            and e.get("content", {}).get("msgtype") == "m.file"
        ),
        "the notes as a file",
    )
    notes = (await host.client.download(file["content"]["url"])).body.decode()
    assert "more weekend breaks, booked by phone" in notes
    assert "weekend breaks, tell" in notes  # the decision noted in step 6b
    assert "alice" not in notes.casefold()  # pseudonymised by default
    assert isinstance(await host.client.join(staff_room), JoinResponse)  # still hers


class _Bot:
    """What `command_in` needs to know about the bot: its user id."""

    def __init__(self, user_id: str) -> None:
        self.user_id = user_id
