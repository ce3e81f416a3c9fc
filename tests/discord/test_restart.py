"""Restarts: the adapter's memory lives in the app database (adapter_state,
key discord.state). After a restart the bot knows the queue message, fetches
the messages sent while it was down (history after the newest one it had seen,
so older messages are not handled again), and catches up the ✋ added to or
taken from the queue message meanwhile."""

from __future__ import annotations

import asyncio

from bot.simulation import ManualClock
from facilitation import events as ev
from facilitation import words
from tests.discord.conftest import HAND, START_OPTIONS, settings_for, start_bot, stop_bot, world


async def settle(runner):
    for _ in range(20):
        await asyncio.sleep(0)
    busy = [
        t
        for t in asyncio.all_tasks()
        if t is not asyncio.current_task() and t is not runner and not t.done()
    ]
    if busy:
        await asyncio.wait(busy, timeout=5)


class Restarts:
    def __init__(self, tmp_path):
        self.fake, self.ids = world()
        self.settings = settings_for(
            tmp_path / "workshop.db",
            guild_ids=[self.ids["guild"]],
            facilitator_role_ids=[self.ids["facilitator_role"]],
        )
        self.room = f"discord:{self.ids['channel']}"
        self.clock = ManualClock()

    async def start(self):
        self.fake.gateway = None  # connected: events reach the client again
        self.bot, self.adapter, _, self.runner = await start_bot(
            self.fake, self.settings, self.clock
        )
        await settle(self.runner)

    async def stop(self):
        await stop_bot(self.bot, self.runner)
        self.fake.gateway = lambda event, data: None  # down: nobody receives events

    async def first_session(self) -> int:
        """Start a workshop, alice raises her hand by ✋ and says something; stop."""
        await self.start()
        self.fake.slash(self.ids["host"], self.ids["channel"], "start", **START_OPTIONS)
        await settle(self.runner)
        queue = int(self.state.queue_message_ref)
        self.fake.react(self.ids["channel"], queue, self.ids["alice"], HAND)
        self.fake.say(self.ids["channel"], self.ids["alice"], "I book breaks by phone")
        await settle(self.runner)
        await self.stop()
        return queue

    @property
    def state(self):
        return self.bot.dispatcher.state_in(self.room)

    def hands(self) -> list[str]:
        return [h.person_id for h in self.state.ordered_hands()]

    def person(self, name: str) -> str:
        return f"discord:{self.ids[name]}"

    async def messages(self) -> list[ev.MessagePosted]:
        events = await self.bot.store.load_events(self.state.workshop_id)
        return [e for e in events if isinstance(e, ev.MessagePosted)]


async def test_hands_by_reaction_still_work_after_a_restart(tmp_path):
    r = Restarts(tmp_path)
    queue = await r.first_session()
    stored = await _stored(tmp_path, r)
    assert stored["queue"] == {str(r.ids["channel"]): queue}
    await r.start()
    try:
        # Known from the app database: no need to read the pins.
        assert r.adapter.queue_messages == {queue: r.ids["channel"]}
        r.fake.react(r.ids["channel"], queue, r.ids["bob"], HAND)
        await settle(r.runner)
        assert r.hands() == [r.person("alice"), r.person("bob")]
        assert "Bob" in r.fake.messages[queue]["content"]  # the same message, edited
        assert not r.fake.calls_to("GET", rf"/channels/{r.ids['channel']}/messages/pins")
    finally:
        await stop_bot(r.bot, r.runner)


async def test_without_saved_state_the_queue_message_is_found_in_the_pins(tmp_path):
    r = Restarts(tmp_path)
    queue = await r.first_session()
    await r.start()
    await stop_bot(r.bot, r.runner)
    await r.bot.store.close()
    # An older database with nothing saved by the adapter.
    from bot.bootstrap import open_store

    store = await open_store(r.settings)
    await store.set_adapter_state("discord.state", {})
    await store.close()
    r.fake.gateway = None
    await r.start()
    try:
        assert r.adapter.queue_messages == {}
        r.fake.react(r.ids["channel"], queue, r.ids["bob"], HAND)
        await settle(r.runner)
        assert r.hands() == [r.person("alice"), r.person("bob")]
        assert len(r.fake.calls_to("GET", rf"/channels/{r.ids['channel']}/messages/pins")) == 1
    finally:
        await stop_bot(r.bot, r.runner)


async def test_messages_sent_while_the_bot_was_down_are_fetched_once(tmp_path):
    r = Restarts(tmp_path)
    await r.first_session()
    newest_seen = max(
        int(m["id"]) for m in r.fake.messages.values() if m["channel_id"] == str(r.ids["channel"])
    )
    # While the bot is down: bob writes, carol asks to speak, dana is elsewhere.
    bob_said = r.fake.say(r.ids["channel"], r.ids["bob"], "The form is too long")
    r.fake.say(r.ids["channel"], r.ids["carol"], "!hand")
    calls = len(r.fake.calls)
    await r.start()
    try:
        history = [
            c
            for c in r.fake.calls[calls:]
            if c.method == "GET" and c.path == f"/channels/{r.ids['channel']}/messages"
        ]
        # Only what came after the newest message the bot had seen.
        assert history and int(history[0].params["after"]) == newest_seen
        said = await r.messages()
        # (A newcomer's first words are not kept: they had not yet been told what is
        # recorded. That they spoke is.)
        assert [m.person_id for m in said] == [r.person("alice"), r.person("bob")]
        assert said[1].message_id == f"discord:{bob_said}"
        assert r.hands() == [r.person("alice"), r.person("carol")]
        # The queue message was edited to show carol (the core answered her !hand).
        assert "Carol" in r.fake.messages[int(r.state.queue_message_ref)]["content"]

        # A second restart fetches nothing new and handles nothing twice.
        await r.stop()
        await r.start()
        assert len(await r.messages()) == 2
        assert r.hands() == [r.person("alice"), r.person("carol")]
    finally:
        await stop_bot(r.bot, r.runner)


async def test_hands_raised_or_lowered_by_reaction_while_down_are_caught_up(tmp_path):
    r = Restarts(tmp_path)
    queue = await r.first_session()
    # While the bot is down: alice takes her ✋ away, bob adds one.
    r.fake.unreact(r.ids["channel"], queue, r.ids["alice"], HAND)
    r.fake.react(r.ids["channel"], queue, r.ids["bob"], HAND)
    await r.start()
    try:
        assert r.hands() == [r.person("bob")]
        stored = await r.bot.store.get_adapter_state("discord.state")
        assert stored["hands"] == {str(queue): [r.ids["bob"]]}
        # Nothing is raised twice on the next restart.
        await r.stop()
        await r.start()
        assert r.hands() == [r.person("bob")]
    finally:
        await stop_bot(r.bot, r.runner)


async def _stored(tmp_path, r: Restarts) -> dict:
    from bot.bootstrap import open_store

    store = await open_store(r.settings)
    try:
        return await store.get_adapter_state("discord.state") or {}
    finally:
        await store.close()


async def test_text_floor_control_survives_a_restart(tmp_path):
    """The channel's overwrites from before the floor closed are part of the saved
    memory: after a restart mid-floor, opening the floor puts them back exactly, and
    calling the next speaker keeps the original (not the locked channel)."""
    r = Restarts(tmp_path)
    channel = r.fake.channels[r.ids["channel"]]
    # The channel has an overwrite of its own before the workshop (a role may embed links).
    channel["permission_overwrites"] = [
        {"id": str(r.ids["facilitator_role"]), "type": 0, "allow": "16384", "deny": "0"}
    ]
    original = [dict(o) for o in channel["permission_overwrites"]]
    await r.start()
    r.fake.slash(r.ids["host"], r.ids["channel"], "start", **START_OPTIONS)
    await settle(r.runner)
    for who in ("alice", "bob"):
        r.fake.slash(r.ids[who], r.ids["channel"], "hand")
    await settle(r.runner)
    r.fake.slash(r.ids["host"], r.ids["channel"], "floor", state="on")
    r.fake.slash(r.ids["host"], r.ids["channel"], "next")  # alice speaks: the floor closes
    await settle(r.runner)
    assert channel["permission_overwrites"] != original
    await r.stop()

    await r.start()
    r.fake.slash(r.ids["host"], r.ids["channel"], "next")  # bob now: still closed
    await settle(r.runner)
    locked = {(o["id"], o["type"]): o for o in channel["permission_overwrites"]}
    assert (str(r.ids["bob"]), 1) in locked
    assert (str(r.ids["alice"]), 1) not in locked  # the old speaker's entry is gone
    r.fake.slash(r.ids["host"], r.ids["channel"], "floor", state="off")
    await settle(r.runner)
    assert channel["permission_overwrites"] == original
    await stop_bot(r.bot, r.runner)


async def test_a_skin_toned_hand_stays_raised_across_a_restart(tmp_path):
    r = Restarts(tmp_path)
    await r.start()
    r.fake.slash(r.ids["host"], r.ids["channel"], "start", **START_OPTIONS)
    await settle(r.runner)
    queue = int(r.state.queue_message_ref)
    r.fake.react(r.ids["channel"], queue, r.ids["alice"], "\u270b\U0001f3fd")  # ✋🏽
    await settle(r.runner)
    assert r.hands() == [r.person("alice")]
    await r.stop()
    r.fake.react(r.ids["channel"], queue, r.ids["bob"], "\u270b\U0001f3ff")  # while down
    await r.start()
    try:
        assert r.hands() == [r.person("alice"), r.person("bob")]
    finally:
        await stop_bot(r.bot, r.runner)


async def test_a_dm_waiting_for_discords_pace_is_sent_after_a_restart(tmp_path):
    """A DM refused for opening DMs too fast (40003) is written down before it waits;
    the bot stops before trying again: after the restart it is sent, once."""
    r = Restarts(tmp_path)
    await r.start()
    r.fake.slash(r.ids["host"], r.ids["channel"], "start", **START_OPTIONS)
    await settle(r.runner)
    r.fake.dm_opens = [r.clock.now] * 10  # Discord's pace of new DMs is used up
    never = asyncio.Event()

    async def stuck(seconds: float) -> None:  # the bot stops before the first try again
        await never.wait()

    r.adapter.out.sleep = stuck
    r.fake.say(r.ids["channel"], r.ids["alice"], "hello")
    for _ in range(500):  # until the welcome waits
        if r.adapter.state.memory.dms and r.adapter.out._later is not None:
            break
        await asyncio.sleep(0.01)
    waiting = r.adapter.state.memory.dms
    assert {d["person"] for d in waiting} == {r.person("alice")}
    assert r.fake.dm_texts(r.ids["alice"]) == []
    r.adapter.out._later.cancel()  # stands for the stop cutting the wait short
    await r.stop()

    r.clock.now += 60  # a minute later Discord opens DMs again
    await r.start()
    try:
        welcome = [t for t in r.fake.dm_texts(r.ids["alice"]) if t.startswith("Hello ")]
        assert len(welcome) == 1
        assert len(r.fake.dm_texts(r.ids["alice"])) == len(waiting)
        assert r.adapter.state.memory.dms == []
    finally:
        await r.stop()


async def _answering_stops(r: Restarts) -> asyncio.Task:
    """The bot is killed after the bus stored a slash command and before the adapter
    answered its interaction: the answer never leaves (`answer` waits for ever), and
    the slash command's task is cut short by the stop."""
    never = asyncio.Event()
    reached: list[asyncio.Task] = []

    async def killed_before_answering(*args, **kwargs) -> None:
        reached.append(asyncio.current_task())
        await never.wait()

    r.adapter.out.answer = killed_before_answering
    r.fake.slash(r.ids["alice"], r.ids["channel"], "hand")
    for _ in range(500):  # until the command is stored and its answer is on its way
        if reached:
            break
        await asyncio.sleep(0.01)
    assert reached, "the slash command was never answered"
    return reached[0]


async def test_a_slash_answer_lost_to_a_kill_is_sent_as_a_dm_after_the_restart(tmp_path):
    """The answer to a stored slash command counts as under way until the adapter has
    given it (`Outcome.answered`): a kill in between leaves the outbox mark behind it,
    so the restart sends it as the private message it is (the interaction's token,
    good for 15 minutes, is not known after a restart)."""
    r = Restarts(tmp_path)
    await r.start()
    r.fake.slash(r.ids["host"], r.ids["channel"], "start", **START_OPTIONS)
    await settle(r.runner)
    answering = await _answering_stops(r)
    assert r.hands() == [r.person("alice")]  # stored
    await asyncio.sleep(0.1)  # time for an outbox mark to be written, if one were due
    answering.cancel()  # stands for the kill
    await r.stop()
    assert r.fake.dm_texts(r.ids["alice"]) == []

    await r.start()
    try:
        dms = r.fake.dm_texts(r.ids["alice"])
        assert dms.count(words.hand_is_up(1)) == 1
        assert r.hands() == [r.person("alice")]
        # Once sent, never again.
        await r.stop()
        await r.start()
        assert r.fake.dm_texts(r.ids["alice"]) == dms
    finally:
        await stop_bot(r.bot, r.runner)


async def test_a_slash_answer_given_in_place_is_not_sent_again_after_a_restart(tmp_path):
    r = Restarts(tmp_path)
    await r.start()
    r.fake.slash(r.ids["host"], r.ids["channel"], "start", **START_OPTIONS)
    await settle(r.runner)
    exchange = r.fake.slash(r.ids["alice"], r.ids["channel"], "hand")
    await settle(r.runner)
    assert exchange.texts[-1] == words.hand_is_up(1)
    await r.stop()
    await r.start()
    try:
        assert r.fake.dm_texts(r.ids["alice"]) == []
    finally:
        await stop_bot(r.bot, r.runner)


async def test_without_saved_state_a_shared_item_pinned_later_is_not_the_queue(tmp_path):
    # The newest pinned message of the bot is a shared item (!share pins it), posted
    # after the queue message. An older database keeps no queue message for the
    # adapter: it must find the queue by what it says, not by being the newest pin.
    r = Restarts(tmp_path)
    queue = await r.first_session()
    await r.start()
    r.fake.say(r.ids["channel"], r.ids["host"], "!share Slides | https://example.org/slides")
    await settle(r.runner)
    shared = next(
        int(m)
        for m, found in r.fake.messages.items()
        if "https://example.org/slides" in found["content"]
        and not found["content"].startswith("!share")
    )
    assert r.fake.pins[r.ids["channel"]][0] == shared  # the newest pin
    await stop_bot(r.bot, r.runner)
    await r.bot.store.close()
    from bot.bootstrap import open_store

    store = await open_store(r.settings)
    await store.set_adapter_state("discord.state", {})
    await store.close()
    await r.start()
    try:
        r.fake.react(r.ids["channel"], shared, r.ids["bob"], HAND)
        await settle(r.runner)
        assert r.hands() == [r.person("alice")]  # ✋ on the shared item is no hand
        r.fake.react(r.ids["channel"], queue, r.ids["carol"], HAND)
        await settle(r.runner)
        assert r.hands() == [r.person("alice"), r.person("carol")]
        assert shared not in r.adapter.queue_messages
        assert "Slides" in r.fake.messages[shared]["content"]  # never made a queue
        assert shared in r.fake.pins[r.ids["channel"]]
    finally:
        await stop_bot(r.bot, r.runner)
