"""A scripted 90-minute workshop on the strict fake, with simulated time: 30 people in
voice, bursts of hands, floor control (text and voice), a voice breakout, and a
restart mid-floor and mid-breakout. At the end no channel is left locked, nobody is
left muted, nobody got a stray DM, and every ✋ was counted."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.simulation import ManualClock
from facilitation import words
from tests.discord.conftest import HAND, Scene, settings_for, start_bot, stop_bot, world

MINUTE = 60.0


class Workshop:
    def __init__(self, tmp_path: Path) -> None:
        self.fake, self.ids = world()
        fake, ids = self.fake, self.ids
        extra = [fake.add_person(ids["guild"], f"p{n:02}") for n in range(27)]
        self.people = [ids["alice"], ids["bob"], ids["carol"], *extra]  # 30
        self.voice = fake.add_voice_channel(ids["guild"], "workshop voice")
        for user in [ids["host"], *self.people]:  # in voice before the bot connects
            fake.voice_states[ids["guild"]][user] = {
                "user_id": str(user),
                "channel_id": str(self.voice),
                "guild_id": str(ids["guild"]),
                "session_id": f"s{user}",
                "deaf": False,
                "mute": False,
                "self_deaf": False,
                "self_mute": False,
                "self_video": False,
                "self_stream": False,
                "suppress": False,
                "request_to_speak_timestamp": None,
            }
        self.settings = settings_for(
            tmp_path / "workshop.db",
            guild_ids=[ids["guild"]],
            facilitator_role_ids=[ids["facilitator_role"]],
            breakout_rooms="channels",
            voice_channels={str(ids["channel"]): self.voice},
            voice_pace_seconds=0.25,
        )
        self.clock = ManualClock()
        self.raised: set[int] = set()  # who has ✋ on the queue message now
        self.scene: Scene

    async def start(self) -> None:
        self.fake.gateway = None  # connected: events reach the client again

        async def no_wait(seconds: float) -> None:  # paced, without waiting
            return None

        bot, adapter, timers, runner = await start_bot(
            self.fake, self.settings, self.clock, sleep=no_wait
        )
        self.scene = Scene(self.fake, bot, adapter, self.clock, timers, runner, **self.ids)
        await self.scene.settle(timeout=20)

    async def restart(self, while_down) -> None:
        await stop_bot(self.scene.bot, self.scene.runner)
        self.fake.gateway = lambda event, data: None  # down: nobody hears anything
        while_down()
        await self.start()

    def hand(self, user: int) -> None:
        self.fake.react(self.ids["channel"], self.scene.queue_message(), user, HAND)
        self.raised.add(user)

    def lower(self, user: int) -> None:
        self.fake.unreact(self.ids["channel"], self.scene.queue_message(), user, HAND)
        self.raised.discard(user)

    def waiting(self) -> set[int]:
        return {int(h.person_id.split(":")[1]) for h in self.scene.state.ordered_hands()}

    def speaker(self) -> int | None:
        turn = self.scene.state.speaker
        return int(turn.person_id.split(":")[1]) if turn else None

    async def call_next(self) -> None:
        before = self.waiting()
        await self.scene.slash(self.ids["host"], "next")
        called = self.speaker()
        assert called in before
        self.raised.discard(called)
        # The speaker's ✋ stays on the message: taking it off later lowers nothing.

    def muted(self) -> set[int]:
        states = self.fake.voice_states[self.ids["guild"]]
        return {u for u, s in states.items() if s.get("mute")}


async def test_a_ninety_minute_workshop(tmp_path: Path):
    w = Workshop(tmp_path)
    fake, ids = w.fake, w.ids
    channel = fake.channels[ids["channel"]]
    original_overwrites = [dict(o) for o in channel["permission_overwrites"]]
    await w.start()
    s = w.scene
    try:
        await s.start()
        for user in w.people:
            fake.say(ids["channel"], user, "hello")
        await s.settle(timeout=20)

        # 0-10 min: a burst of 15 hands at once; everyone is counted.
        for user in w.people[:15]:
            w.hand(user)
        await s.settle(timeout=20)
        assert w.waiting() == w.raised

        # Floor control on: the first speaker; everyone else in voice is muted.
        await s.slash(ids["host"], "floor", state="on")
        await w.call_next()
        assert w.muted() == set(w.people) - {w.speaker()}
        await s.advance(5 * MINUTE)
        await w.call_next()
        for user in w.people[15:25]:  # 10 more at once, and two change their minds
            w.hand(user)
        w.lower(w.people[20])
        w.lower(w.people[3])
        await s.settle(timeout=20)
        assert w.waiting() == w.raised

        # 15 min: a restart mid-floor; while down, three hands go up and one comes down.
        await s.advance(5 * MINUTE)

        def while_down() -> None:
            for user in w.people[25:28]:
                w.hand(user)
            w.lower(w.people[5])

        await w.restart(while_down)
        s = w.scene
        assert w.waiting() == w.raised  # caught up
        await w.call_next()  # the floor still held: a new speaker, everyone else muted
        assert w.muted() == set(w.people) - {w.speaker()}

        # 30 min: a voice breakout of 5 groups; people are moved and may speak there.
        await s.advance(10 * MINUTE)
        await s.slash(ids["host"], "breakout", length="20m", groups=5, notice="0", seed=3)
        assert s.state.breakout is not None
        group_voice = {
            s.adapter.voice.memory.rooms[r.key.split(":")[1]]["voice"]
            for r in s.state.breakout.rooms
        }
        for user in w.people:
            assert fake.voice_channel_of(ids["guild"], user) in group_voice
        assert w.muted() == set()

        # 40 min: a restart mid-breakout.
        await s.advance(10 * MINUTE)
        await w.restart(lambda: None)
        s = w.scene
        await s.advance(10 * MINUTE)  # the groups' time is up
        await s.slash(ids["host"], "regroup")
        await s.advance(2 * MINUTE)
        for user in w.people:
            assert fake.voice_channel_of(ids["guild"], user) == w.voice

        # 60-85 min: more turns with the floor held, then the floor opens.
        for _ in range(3):
            await w.call_next()
            assert w.muted() == set(w.people) - {w.speaker()}
            await s.advance(3 * MINUTE)
        assert w.waiting() == w.raised  # every ✋ still counted, none twice
        await s.slash(ids["host"], "floor", state="off")
        assert w.muted() == set()
        await s.advance(5 * MINUTE)
        await s.slash(ids["host"], "end")
        await s.settle(timeout=20)

        # Nobody is left muted, the channel is as it was, no stray DM.
        assert w.muted() == set()
        assert channel["permission_overwrites"] == original_overwrites
        unknown = words.unknown_command("!", "")[:24]
        for user in w.people:
            assert not any(unknown in t for t in fake.dm_texts(user))
    finally:
        await stop_bot(w.scene.bot, w.scene.runner)
        await asyncio.sleep(0)
