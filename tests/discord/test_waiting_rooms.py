"""Several processes on one database (`workshop-bot run`, rooms owned through leases,
bot/ownership.py), on the strict Discord fake: what a process does for a workshop
whose lease another process holds (after a kill -9, the dead process's, until it
expires, `lease_seconds`).

In-process, not as tests/discord/test_crash_points.py's own processes: the window is
the dead process's lease (30 s), which a test there would have to wait out on the
real clock (plus two start-ups on a busy 2-core machine). Here the other process's
lease is a row written in the leases table by `Leases` itself, as a process of
another machine (so not taken at once as a dead process of this one is), and its
expiry is played by setting the row's `expires_at` in the past, as tests/test_ownership.py
does. The bot itself (adapter, catch-up, ownership) is the real one.
"""

from __future__ import annotations

import asyncio

from bot.ownership import ROOM
from bot.simulation import ManualClock
from facilitation import events as ev
from storage.leases import Leases, owner_id
from storage.schema import leases
from storage.store import make_engine
from tests.discord.conftest import (
    START_OPTIONS,
    settings_for,
    start_bot,
    stop_bot,
    world,
)


async def settle(runner: asyncio.Task) -> None:
    for _ in range(20):
        await asyncio.sleep(0)
    busy = [
        t
        for t in asyncio.all_tasks()
        if t is not asyncio.current_task()
        and t is not runner
        and not t.done()
        and t.get_name() != "leases"  # the leases' round sleeps between rounds
    ]
    if busy:
        await asyncio.wait(busy, timeout=5)


class TwoProcesses:
    def __init__(self, tmp_path) -> None:
        self.fake, self.ids = world()
        self.settings = settings_for(
            tmp_path / "workshop.db",
            guild_ids=[self.ids["guild"]],
            facilitator_role_ids=[self.ids["facilitator_role"]],
        )
        self.main = f"discord:{self.ids['channel']}"
        self.clock = ManualClock()

    async def start(self) -> None:
        self.fake.gateway = None  # connected: events reach the client again
        self.bot, self.adapter, _, self.runner = await start_bot(
            self.fake, self.settings, self.clock, leases=True
        )
        await settle(self.runner)

    async def stop(self) -> None:
        await stop_bot(self.bot, self.runner)
        self.fake.gateway = lambda event, data: None  # down: nobody receives events

    async def held_elsewhere(self, rooms: list[str]) -> None:
        """Another process (of another machine) holds these rooms' leases, as the
        killed owner did until they expire."""
        other = Leases(self.bot.store.engine, owner_id("other-machine"), 30)
        for room in rooms:
            assert (await other.claim(ROOM + room)).acquired

    async def expire_elsewhere(self) -> None:
        async with self.bot.store.engine.begin() as conn:
            await conn.execute(
                leases.update()
                .where(leases.c.owner != self.bot.ownership.leases.owner)
                .values(expires_at=0.0)
            )

    async def said(self, workshop_id: str, message_id: int) -> list[ev.MessagePosted]:
        events = await self.bot.store.load_events(workshop_id)
        return [
            e
            for e in events
            if isinstance(e, ev.MessagePosted) and e.message_id == f"discord:{message_id}"
        ]


async def test_a_message_in_a_group_thread_while_another_process_holds_the_lease_is_kept(
    tmp_path,
):
    """A message typed in a group's thread while the workshop's lease is another
    process's (a killed one's, until it expires) is read by the process that takes the
    workshop over, and reaches the transcript exactly once. Before, only the main
    channel of such a workshop counted as running here: the catch-up forgot the
    thread's mark and nothing said there in that window was ever read."""
    p = TwoProcesses(tmp_path)
    await p.start()
    try:
        p.fake.slash(p.ids["host"], p.ids["channel"], "start", **START_OPTIONS)
        await settle(p.runner)
        for name in ("alice", "bob", "carol"):
            p.fake.say(p.ids["channel"], p.ids[name], "hello everyone")
        await settle(p.runner)
        p.fake.slash(
            p.ids["host"], p.ids["channel"], "breakout", length="10m", groups=2, notice="0", seed=1
        )
        await settle(p.runner)
        state = p.bot.dispatcher.state_in(p.main)
        workshop_id = state.workshop_id
        rooms = state.breakout.rooms
        threads = [room.key for room in rooms]
        assert len(threads) == 2 and all(threads), rooms
        alice = f"discord:{p.ids['alice']}"
        alices = next(room.key for room in rooms if alice in room.members)
    finally:
        await p.stop()

    # The process is gone, its leases still held (a kill -9 gives nothing back).
    await p.held_elsewhere([p.main, *threads])
    said = p.fake.say(int(alices.split(":")[1]), p.ids["alice"], "Longer breaks would help")

    await p.start()  # another process: the leases are not its own yet
    try:
        assert not p.bot.ownership.owns_room(p.main)
        await p.expire_elsewhere()
        await p.bot.ownership.tick()  # the takeover
        await settle(p.runner)
        assert p.bot.ownership.owns_room(p.main) and p.bot.ownership.owns_room(alices)
        posted = await p.said(workshop_id, said)
        assert [(e.person_id, e.text) for e in posted] == [(alice, "Longer breaks would help")]
        # Read once: another round of the leases and a restart add nothing.
        await p.bot.ownership.tick()
        await p.stop()
        await p.start()
        assert len(await p.said(workshop_id, said)) == 1
    finally:
        await p.stop()


async def test_a_process_restarted_beside_the_live_owner_leaves_its_voice_floor_alone(tmp_path):
    """The adapter's memory (whom the bot muted, the floor's speakers) is one row for
    every process; a process that starts while another, alive, owns the workshop reads
    that room (its messages are kept for a takeover) but must not set its floor: the
    memory may be older than the owner's floor, and it is the owner's to set. Before,
    the restore of floors after a restart set it as for a workshop run here: someone
    who joined the voice channel meanwhile was muted by the process that does not own it."""
    from tests.discord.test_voice import MEMBER, muted, voice_scene

    v = await voice_scene(tmp_path, people=5, in_voice=4)
    scene, fake = v.scene, v.scene.fake
    alice, dave = v.people[0], v.people[4]  # dave is not in voice yet
    await scene.start()
    await scene.slash(alice, "hand")
    await scene.slash(scene.host, "floor", state="on")
    await scene.slash(scene.host, "next")  # alice speaks; the others in voice are muted
    await scene.settle()
    assert [u for u in v.people[:4] if not muted(v, u)] == [alice]
    main = scene.room
    await stop_bot(scene.bot, scene.runner)
    fake.gateway = lambda event, data: None

    # The workshop's owner is another process, alive (of another machine, an hour left).
    engine = make_engine(f"sqlite+aiosqlite:///{v.settings.bot.database}")
    try:
        assert (await Leases(engine, owner_id("other-machine"), 3600).claim(ROOM + main)).acquired
    finally:
        await engine.dispose()
    # Meanwhile dave joins the voice channel (GUILD_CREATE carries it to the next process).
    guild = v.ids["guild"]
    fake.voice_states[guild][dave] = {**fake.voice_states[guild][alice], "user_id": str(dave)}

    fake.gateway = None
    patched = len(fake.calls_to("PATCH", MEMBER))  # a member muted or unmuted
    bot, adapter, timers, runner = await start_bot(
        fake, v.settings, scene.clock, leases=True, sleep=v.sleep
    )
    try:
        await settle(runner)  # connected, caught up, its floors restored
        assert not bot.ownership.owns_room(main) and bot.ownership.waiting.get(main) == main
        assert len(fake.calls_to("PATCH", MEMBER)) == patched
        assert not muted(v, dave)
    finally:
        await stop_bot(bot, runner)
