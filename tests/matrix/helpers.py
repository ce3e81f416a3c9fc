"""People at real Matrix clients, and the real bot with its Matrix adapter."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nio import (
    AsyncClient,
    AsyncClientConfig,
    JoinResponse,
    RoomCreateResponse,
    RoomGetStateEventResponse,
    RoomRedactResponse,
    RoomSendError,
    RoomSendResponse,
    SyncResponse,
)

from adapters.matrix.adapter import MatrixAdapter
from adapters.matrix.inbound import room_key
from bot.bootstrap import Bot, bootstrap
from bot.config import BotSettings, BreakoutSettings, MatrixSettings, Settings
from bot.simulation import ManualClock, ManualTimers


def client_config() -> AsyncClientConfig:
    # A 429 or a timeout fails the test at once instead of being slept out.
    return AsyncClientConfig(
        max_limit_exceeded=0, max_timeouts=0, encryption_enabled=False, store_sync_tokens=False
    )


@dataclass
class Account:
    user_id: str
    password: str


WAIT = 20.0  # seconds: generous for a slow machine; a pass takes well under one
Match = Callable[[str, dict[str, Any]], bool]


@dataclass
class Person:
    """A test participant at a real nio client: sends, and sees what arrives."""

    client: AsyncClient
    seen: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # Invitations to private chats (is_direct) are left unanswered, as by someone who
    # never accepts the bot's private-message invitations; others are still accepted.
    declines_private_chats: bool = False
    declines_everything: bool = False  # no invitation is accepted
    declined: set[str] = field(default_factory=set)  # rooms whose invitation was left open

    @property
    def user_id(self) -> str:
        return self.client.user_id

    async def pump(self, timeout_ms: int = 300) -> None:
        """One sync: record timeline events; accept every invitation (private
        messages and breakout rooms arrive as invitations)."""
        response = await self.client.sync(timeout=timeout_ms, since=self.client.next_batch)
        assert isinstance(response, SyncResponse), response
        for room_id, info in response.rooms.invite.items():
            if self.declines_everything or (self.declines_private_chats and _is_direct(info)):
                self.declined.add(room_id)
                continue
            joined = await self.client.join(room_id)
            assert isinstance(joined, JoinResponse), joined
        for room_id, info in response.rooms.join.items():
            self.seen += [(room_id, event.source) for event in info.timeline.events]

    async def wait(self, match: Match, what: str, timeout: float = WAIT) -> tuple[str, dict]:
        """The first event seen (so far or from now on) that `match`es."""
        deadline = time.monotonic() + timeout
        checked = 0
        while True:
            for room_id, event in self.seen[checked:]:
                if match(room_id, event):
                    return room_id, event
            checked = len(self.seen)
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.user_id} never saw {what}")
            await self.pump()

    async def say(self, room_id: str, text: str) -> str:
        response = await self.client.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": text}
        )
        assert isinstance(response, RoomSendResponse), response
        return response.event_id

    async def try_say(self, room_id: str, text: str) -> RoomSendResponse | RoomSendError:
        return await self.client.room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": text}
        )

    async def react(self, room_id: str, event_id: str, key: str) -> str:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        response = await self.client.room_send(room_id, "m.reaction", content)
        assert isinstance(response, RoomSendResponse), response
        return response.event_id

    async def redact(self, room_id: str, event_id: str) -> str:
        response = await self.client.room_redact(room_id, event_id)
        assert isinstance(response, RoomRedactResponse), response
        return response.event_id

    async def edit(self, room_id: str, event_id: str, text: str) -> str:
        """Edit a message as Element does: a "* " fallback body and `m.new_content`."""
        content = {
            "msgtype": "m.text",
            "body": f"* {text}",
            "m.new_content": {"msgtype": "m.text", "body": text},
            "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
        }
        response = await self.client.room_send(room_id, "m.room.message", content)
        assert isinstance(response, RoomSendResponse), response
        return response.event_id

    async def state(self, room_id: str, event_type: str, state_key: str = "") -> dict:
        response = await self.client.room_get_state_event(room_id, event_type, state_key)
        assert isinstance(response, RoomGetStateEventResponse), response
        return response.content


def _is_direct(info: Any) -> bool:
    """An invitation to a private chat: its member event says `is_direct` (nio keeps
    the invite state's member events as InviteMemberEvent, content in `content`)."""
    return any(
        (getattr(event, "content", None) or {}).get("is_direct") for event in info.invite_state
    )


# --- matchers -------------------------------------------------------------------


def notice_from(sender: str, containing: str, room: str | None = None) -> Match:
    def match(room_id: str, event: dict) -> bool:
        content = event.get("content", {})
        return (
            event.get("sender") == sender
            and event.get("type") == "m.room.message"
            and content.get("msgtype") == "m.notice"
            and "m.new_content" not in content
            and containing in content.get("body", "")
            and (room is None or room_id == room)
        )

    return match


def group_room_welcome(sender: str, main_room: str) -> Match:
    """The first message of a breakout room, which says who is in it. (Any notice
    outside the main room would not do: the bot's private chat with each person,
    made when they first speak, has notices too.)"""
    welcome = notice_from(sender, "In this room:")
    return lambda room_id, event: room_id != main_room and welcome(room_id, event)


def reaction(sender: str, to: str, key: str) -> Match:
    def match(room_id: str, event: dict) -> bool:
        relates = event.get("content", {}).get("m.relates_to", {})
        return (
            event.get("sender") == sender
            and event.get("type") == "m.reaction"
            and relates.get("event_id") == to
            and relates.get("key") == key
        )

    return match


def edit_of(sender: str, original: str, containing: str) -> Match:
    def match(room_id: str, event: dict) -> bool:
        content = event.get("content", {})
        relates = content.get("m.relates_to", {})
        return (
            event.get("sender") == sender
            and relates.get("rel_type") == "m.replace"
            and relates.get("event_id") == original
            and containing in content.get("m.new_content", {}).get("body", "")
        )

    return match


# --- the bot ----------------------------------------------------------------------


@dataclass
class RunningBot:
    bot: Bot
    adapter: MatrixAdapter
    task: asyncio.Task
    clock: ManualClock
    timers: ManualTimers
    closes_itself: bool = False  # `Bot.run` closes the bot when it stops

    @property
    def user_id(self) -> str:
        return self.adapter.settings.user_id

    def state_in(self, room_id: str):
        return self.bot.dispatcher.state_in(room_key(room_id))

    async def stop(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task
        if not self.closes_itself:
            await self.bot.close()


def bot_settings(synapse_url: str, account: Account, database: Path, **matrix: Any) -> Settings:
    return Settings(
        bot=BotSettings(adapter="matrix", database=str(database)),
        breakout=BreakoutSettings(notice_seconds=0, reminder_minutes=[1], grace_seconds=20),
        matrix=MatrixSettings(
            homeserver=synapse_url, user_id=account.user_id, password=account.password, **matrix
        ),
    )


async def start_bot(
    settings: Settings, database: Path, clock: ManualClock | None = None, *, leases: bool = False
):
    """The real bot on `database`, wired by `bootstrap()` as the command line is (its
    Matrix adapter keeps its state in the app database). With `leases`, rooms are owned
    through the leases table and the bot runs through `Bot.run`, as `workshop-bot run`
    does (only the clock and timers are simulated)."""
    clock = clock or ManualClock()
    timers = ManualTimers(clock)
    adapter = MatrixAdapter(
        settings.matrix,
        database.with_name(database.name + ".matrix.json"),
        prefix=settings.bot.command_prefix,
        sync_timeout_ms=1000,
        pace_seconds=0,
        client_config=client_config(),
    )
    bot = await bootstrap(settings, adapter, clock=clock, timers=timers, leases=leases)
    runs = bot.run() if leases else adapter.run(bot.dispatcher.handle_text)
    task = asyncio.create_task(runs)
    running = RunningBot(bot, adapter, task, clock, timers, closes_itself=leases)
    synced = asyncio.create_task(adapter.synced.wait())
    done, _ = await asyncio.wait({synced, task}, timeout=WAIT, return_when="FIRST_COMPLETED")
    if task in done:
        synced.cancel()
        task.result()  # raises what stopped it
    assert synced in done, "the bot did not finish its first sync"
    return running


async def wait_until(condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        await asyncio.sleep(0.05)


START = "!start Carers' breaks | scope: booking a short break | complaints: call 0123"
OK, NOT_OK, HAND = "\u2705", "\u274c", "\u270b"


@dataclass
class Scene:
    bot: RunningBot
    room: str  # the workshop room's id
    host: Person
    alice: Person
    bob: Person


async def command(scene: Scene, person: Person, text: str, room: str | None = None) -> str:
    """Send a command and wait for the bot's ✅ or ❌; return the ack key."""
    return await command_in(scene.bot, person, room or scene.room, text)


async def command_in(bot: RunningBot, person: Person, room: str, text: str) -> str:
    """Send a command in `room` and wait for the bot's ✅ or ❌; return the ack key."""
    event_id = await person.say(room, text)
    _, ack = await person.wait(
        lambda _r, e: (
            e.get("sender") == bot.user_id
            and e.get("type") == "m.reaction"
            and e["content"]["m.relates_to"]["event_id"] == event_id
        ),
        f"the bot's answer to {text!r}",
    )
    return ack["content"]["m.relates_to"]["key"]


async def queue_message_id(scene: Scene) -> str:
    pinned = (await scene.host.state(scene.room, "m.room.pinned_events"))["pinned"]
    assert len(pinned) == 1, pinned
    return pinned[0]


async def room_the_bot_joined(host: Person, bot: str, people: list[Person]) -> str:
    """The workshop's room made as docs/matrix.md says (the bot at power level 100),
    the bot and `people` invited; once each has accepted and the bot has joined."""
    created = await host.client.room_create(
        name="Carers",
        invite=[bot, *(person.user_id for person in people)],
        power_level_override={"users": {bot: 100}},  # docs: "the bot: 100"
    )
    assert isinstance(created, RoomCreateResponse), created
    room = created.room_id
    for person in people:
        await person.pump()  # each accepts the invitation
    await host.wait(
        lambda r, e: (
            r == room
            and e.get("type") == "m.room.member"
            and e.get("state_key") == bot
            and e["content"].get("membership") == "join"
        ),
        "the bot joining",
        60,
    )
    return room
