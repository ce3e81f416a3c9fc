"""Privacy: being forgotten, the retention purge, and a private database file."""

from __future__ import annotations

import stat

from bot.bootstrap import bootstrap
from bot.config import BotSettings, PrivacySettings, Settings
from bot.simulation import ManualClock, ManualTimers
from facilitation import commands as cmd
from facilitation import events as ev
from facilitation import privacy, words
from facilitation.minutes import build_minutes
from tests.conftest import ALICE, BOB, HOST, START
from tests.core_helpers import ALICE as CORE_ALICE
from tests.core_helpers import Workshop
from tests.fakes import FakePlatform

SECRET = "my husband hits me when the carer is late"


# --- the core -------------------------------------------------------------------


def test_forgetme_without_confirm_only_explains():
    w = Workshop()
    w.join(CORE_ALICE)
    from facilitation.engine import answer
    from tests.core_helpers import make

    effects = answer(w.state, make(cmd.AskToForget, CORE_ALICE))
    assert effects[0].text == words.forget_me_explained("!")
    assert effects[0].person_id == CORE_ALICE.id


def test_forgetme_confirm_gives_a_stable_pseudonym_everywhere_in_state():
    w = Workshop()
    w.join(CORE_ALICE)
    w.do(cmd.AddMinutesItem, kind="action", text="ring the centre", owner="Alice")
    step = w.do(cmd.ForgetMe, CORE_ALICE)
    assert step.events_of(ev.PersonErased)[0].pseudonym == "Forgotten person 1"
    person = w.state.people[CORE_ALICE.id]
    assert (person.name, person.recorded) == ("Forgotten person 1", False)
    assert w.state.minutes[-1].owner_name == "Forgotten person 1"
    assert "Forgotten person 1" in step.effects[0].text
    assert not w.refused(cmd.ForgetMe, CORE_ALICE).denied  # once is enough
    # Their next message is not kept.
    said = w.do(cmd.Say, CORE_ALICE, text="still here").events_of(ev.MessagePosted)
    assert said[0].text is None


def test_erasing_and_purging_payloads_only_remove_text():
    posted = {"person_id": "a", "text": SECRET, "at": 10.0, "room": "", "label": ""}
    assert privacy.erased_payload("MessagePosted", posted, "a", "P")["text"] is None
    assert privacy.erased_payload("MessagePosted", posted, "b", "P") is None
    flag = {"person_id": "a", "reasons": ["violence: hits me"], "at": 10.0}
    assert privacy.erased_payload("SafeguardingFlagged", flag, "a", "P")["reasons"] == ["violence"]
    assert privacy.purged_payload("MessagePosted", posted, cutoff=11.0)["text"] is None
    assert privacy.purged_payload("MessagePosted", posted, cutoff=10.0) is None


def test_the_purge_runs_daily_at_three_and_not_when_everything_is_kept():
    day = privacy.DAY_SECONDS
    assert privacy.next_purge(0.0) == 3 * 3600
    assert privacy.next_purge(3 * 3600) == day + 3 * 3600
    assert privacy.purge_timer(5.0, 0) is None
    assert privacy.purge_cutoff(100 * day, 30) == 70 * day
    assert privacy.purge_cutoff(100 * day, 0) is None


# --- through the bot and its database --------------------------------------------------


async def test_forgetme_rewrites_the_stored_log_and_the_notes(harness):
    h = harness
    await h.say(HOST, START)
    await h.say(ALICE, "hello")
    await h.say(ALICE, SECRET, source_id="event-2")  # real ids never hold the text
    await h.say(BOB, "hello")
    await h.say(BOB, "I agree with Alice")
    await h.say(HOST, "!action Alice: ring the centre")
    await h.say(ALICE, "!forgetme")
    assert h.platform.texts("private")[-1] == words.forget_me_explained("!")
    await h.say(ALICE, "!forgetme confirm")
    store = h.bot.store
    workshop = h.state.workshop_id

    log = await store.load_events(workshop)
    mine = [e for e in log if isinstance(e, ev.MessagePosted) and e.person_id == ALICE.id]
    assert mine and all(e.text is None for e in mine)
    assert any(isinstance(e, ev.MessagePosted) and e.text for e in log)  # Bob's stay
    joined = [e for e in log if isinstance(e, ev.ParticipantJoined) and e.person_id == ALICE.id]
    assert joined[0].name == "Forgotten person 1"
    # The stored rows themselves no longer hold the words or the name.
    async with store.engine.connect() as conn:
        raw = (await conn.exec_driver_sql("SELECT payload FROM events")).all()
    leaks = [row[0] for row in raw if SECRET in row[0] or '"Alice"' in row[0]]
    assert leaks == []
    # Replaying gives the state the bot has now.
    assert await h.bot.dispatcher.replay(workshop) == h.state
    assert h.state.people[ALICE.id].name == "Forgotten person 1"
    # Everywhere names are shown: the participants table, and notes with names.
    people = await store.participants_of(workshop)
    assert [p["display_name"] for p in people if p["person_id"] == ALICE.id] == [
        "Forgotten person 1"
    ]
    minutes = build_minutes(log, names=True)
    assert "Alice" not in repr(minutes)
    audit = [r for r in await store.audit_rows(workshop) if r["action"] == "PersonErased"]
    assert [(r["actor_id"], r["outcome"]) for r in audit] == [(ALICE.id, "ok")]


async def test_retention_purge_removes_old_text_daily_with_an_audit_row(tmp_path):
    database = tmp_path / "kept.db"
    settings = Settings(
        bot=BotSettings(database=str(database)), privacy=PrivacySettings(retention_days=2)
    )
    clock = ManualClock(start=1_790_000_000.0)
    timers = ManualTimers(clock)
    platform = FakePlatform()
    bot = await bootstrap(settings, platform, clock=clock, timers=timers)
    try:
        d = bot.dispatcher
        await d.handle_text(START, actor=HOST, room="r", source_id="1")
        await d.handle_text("hello", actor=ALICE, room="r", source_id="2")
        await d.handle_text("day one words", actor=ALICE, room="r", source_id="3")
        workshop = d.state_in("r").workshop_id

        async def texts() -> list[str | None]:
            log = await bot.store.load_events(workshop)
            return [e.text for e in log if isinstance(e, ev.MessagePosted)]

        await timers.advance(0)  # the start-up purge: nothing is old yet
        assert await texts() == [None, "day one words"]  # a first message is never kept
        await timers.advance(privacy.DAY_SECONDS)
        await d.handle_text("day two words", actor=ALICE, room="r", source_id="4")
        assert await texts() == [None, "day one words", "day two words"]
        await timers.advance(2 * privacy.DAY_SECONDS)
        assert await texts() == [None, None, "day two words"]
        await timers.advance(privacy.DAY_SECONDS)
        assert await texts() == [None, None, None]
        purges = [r for r in await bot.store.audit_rows() if r["action"] == "TranscriptPurged"]
        assert len(purges) >= 4 and all(r["outcome"] == "ok" for r in purges)
        assert "retention 2 days" in purges[-1]["detail"]
        assert [t for t in timers.armed if t.startswith("privacy/")]  # the next one is armed
    finally:
        await bot.close()


async def test_the_database_file_is_private_to_its_owner(harness, database):
    mode = stat.S_IMODE(database.stat().st_mode)
    assert mode == 0o600
    await harness.say(HOST, START)  # written to: the WAL file is private too
    wal = database.with_name(database.name + "-wal")
    assert stat.S_IMODE(wal.stat().st_mode) & 0o077 == 0
