"""Every benchmark of issue 9 in one command, each figure beside its target.

    python bench/run.py            # the full run (a few minutes on 2 cores)
    python bench/run.py --quick    # smaller sizes, for a check that it all works

Prints a table (figure, target or floor, ratio, pass/miss) and writes
bench/results/latest.json (machine, sizes, every figure; not committed) and
bench/results/latest.log (the benchmarks' own stderr). Each benchmark runs in
its own process (bench/core.py, bench/fanout.py, bench/bench_drift.py), so
memory and caches of one never colour the next. Benchmarks print figures;
nothing here is a test, and no test asserts on time.

Ratio is figure / target: for an "at least" target, 1.0 or more passes; for an
"at most" target, 1.0 or less passes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.harness import machine  # noqa: E402

RESULTS = HERE / "results"
TIMEOUT = 900  # seconds per benchmark process


def run_json(args: list[str], log, timeout: int = TIMEOUT) -> dict | str:
    """The JSON a benchmark process prints last, or why there is none."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout} s"
    log.write(f"\n===== {' '.join(args)} ({time.perf_counter() - started:.1f} s)\n")
    log.write(done.stderr)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return f"failed (exit {done.returncode}): {tail[0][:120]}"
    return json.loads(lines[-1])


def drift(log) -> dict | str:
    done = subprocess.run(
        [sys.executable, str(HERE / "bench_drift.py"), "--seconds", "3"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    log.write(f"\n===== bench_drift.py\n{done.stdout}{done.stderr}")
    found = re.search(r"([\d,]+) messages/s", done.stdout)
    if done.returncode != 0 or not found:
        return f"failed: {(done.stderr or done.stdout).strip()[-120:]}"
    return {"messages_per_s": float(found.group(1).replace(",", "")), "output": done.stdout}


def discord_status() -> str:
    tracked = subprocess.run(
        ["git", "ls-files", "adapters/discord", "tests/discord/fake_discord.py"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.split()
    if "tests/discord/fake_discord.py" in tracked and any(
        p.startswith("adapters/discord/") for p in tracked
    ):
        return "landed"
    return "not measured: the Discord adapter has not landed"


# --- the table ---------------------------------------------------------------------


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def at_least(self, figure: str, value: float, target: float, fmt: str, unit: str) -> None:
        ratio = value / target if target else float("nan")
        self.rows.append(
            (
                figure,
                f"{value:{fmt}} {unit}",
                f">= {target:{fmt}} {unit}",
                f"{ratio:.3g}",
                "pass" if value >= target else "MISS",
            )
        )

    def at_most(self, figure: str, value: float, target: float, fmt: str, unit: str) -> None:
        self.rows.append(
            (
                figure,
                f"{value:{fmt}} {unit}",
                f"<= {target:{fmt}} {unit}",
                f"{value / target:.3g}" if target else "-",
                "pass" if value <= target else "MISS",
            )
        )

    def info(self, figure: str, value: str, beside: str = "", ratio: str = "") -> None:
        self.rows.append((figure, value, beside, ratio, "info"))

    def note(self, figure: str, text: str) -> None:
        self.rows.append((figure, text, "", "", "-"))

    def render(self) -> str:
        head = ("figure", "measured", "target / floor", "ratio", "result")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(5)]
        line = "  ".join(f"{{:<{w}}}" for w in widths)
        out = [line.format(*head), line.format(*("-" * w for w in widths))]
        out += [line.format(*row) for row in self.rows]
        return "\n".join(out)


def build_table(r: dict) -> Table:
    t = Table()
    ingest = r["ingest"]
    if isinstance(ingest, dict):
        i, c = ingest["interleaved"], ingest["concurrent"]
        size = f"{ingest['workshops']}x{ingest['participants']}"
        # Targets of issue 21 part 4 (issue 9 asked 20,000 for both).
        t.at_least(f"1 ingest {size}, one at a time", i["messages_per_s"], 5_000, ",.0f", "msg/s")
        t.info("1 ingest one at a time, CPU time", f"{i['messages_per_cpu_s']:,.0f} msg/s")
        t.at_least("1 ingest vs raw executemany", i["ratio_to_raw"], 0.5, ".4f", "of raw")
        t.info("1 raw sqlite3 executemany floor", f"{i['raw_messages_per_s']:,.0f} msg/s")
        t.at_least(f"1 ingest {size}, rooms at once", c["messages_per_s"], 10_000, ",.0f", "msg/s")
        t.info("1 ingest rooms at once, CPU time", f"{c['messages_per_cpu_s']:,.0f} msg/s")
        t.info(
            "1 ingest rooms at once vs raw",
            f"{c['ratio_to_raw']:.4f} of raw",
            f"floor {c['raw_messages_per_s']:,.0f} msg/s",
        )
        t.at_most(
            "1 ingest rooms at once: messages lost",
            c["lost"],
            0,
            ",d",
            f"of {c['messages_sent']:,}",
        )
    else:
        t.note("1 ingest", ingest)
    appends = r.get("appends", "not run")
    if isinstance(appends, dict):
        for key, label in (("one_at_a_time", "one at a time"), ("at_once", "a round at once")):
            a = appends[key]
            t.info(
                f"1 the store alone, {label} (CPU: {a['appends_per_cpu_s']:,.0f}/s)",
                f"{a['appends_per_s']:,.0f} appends/s, {a['lost']} lost",
                f"floor {a['raw_rows_per_s']:,.0f} rows/s",
                f"{a['appends_per_s'] / a['raw_rows_per_s']:.3g}",
            )
    else:
        t.note("1 the store alone", appends)
    lat = r["latency"]
    if isinstance(lat, dict):
        one = lat["levels"]["1"]["sequential"]
        t.info("2 latency, 1 workshop p50", f"{one['p50_ms']:.2f} ms")
        t.at_most("2 latency, 1 workshop p99", one["p99_ms"], 10, ".2f", "ms")
        for level in ("100", "500"):
            o, b = lat["levels"][level]["open"], lat["levels"][level]["burst"]
            load = f"{o['offered_per_s']:.0f} cmd/s offered"
            t.info(f"2 latency, {level} workshops p50 ({load})", f"{o['p50_ms']:.2f} ms")
            t.at_most(f"2 latency, {level} workshops p99 ({load})", o["p99_ms"], 10, ".2f", "ms")
            sent = o["n"] + o["failures"]
            t.at_most(f"2 {level} workshops: commands lost", o["failures"], 0, "d", f"of {sent}")
            t.info(
                f"2 latency, {level} at the same instant p99",
                f"{b['p99_ms']:.0f} ms",
                f"{b['failures']} of {b['n'] + b['failures']} lost",
            )
            for name, label in (
                ("burst", "in a bot that started them"),
                ("burst_restarted", "after a restart"),
            ):
                if (
                    name in lat["levels"][level]
                    and "p99_ms_best_burst" in lat["levels"][level][name]
                ):
                    x = lat["levels"][level][name]
                    target = 20 if level == "500" else None
                    bursts = len(x["p99_ms_each_burst"])
                    figure = f"2 {level} at once, {label}: best burst p99 (of {bursts})"
                    if target:
                        t.at_most(figure, x["p99_ms_best_burst"], target, ".1f", "ms")
                    else:
                        t.info(figure, f"{x['p99_ms_best_burst']:.1f} ms")
                    if "floor_ms_one_core" in x:
                        # From the burst's instant the last answer cannot come before
                        # every command's CPU has been spent: the same run's floor.
                        from_instant = min(x["p99_ms_from_instant_each_burst"])
                        cpu = min(x["cpu_us_per_command_each_burst"])
                        t.info(
                            f"2 {level} at once, {label}: best p99 from the burst's instant",
                            f"{from_instant:.1f} ms",
                            f"floor {x['floor_ms_one_core']:.1f} ms ({level} x {cpu:.0f} us CPU)",
                            f"{from_instant / x['floor_ms_one_core']:.3g}",
                        )
                    t.at_most(
                        f"2 {level} at once, {label}: lost",
                        x["failures"],
                        0,
                        "d",
                        f"of {x['n'] + x['failures']}",
                    )
    else:
        t.note("2 latency", lat)
    rep = r["replay"]
    if isinstance(rep, dict) and "warm" in rep:
        size = f"{rep['workshops']:,} workshops / {rep['events']:,} events"
        t.at_most(f"3 start-up, {size}, from snapshots", rep["warm"]["seconds"], 5, ".2f", "s")
        t.at_most(
            "3 start-up, snapshots at 900 + 100-event tails",
            rep["tail"]["seconds"],
            5,
            ".2f",
            "s",
        )
        t.info(
            "3 start-up, no snapshots (first start)",
            f"{rep['cold']['seconds']:.1f} s",
            f"{rep['cold']['events_per_s']:,.0f} events/s",
        )
        t.info("3 clean stop: saving the snapshots", f"{rep['clean_stop_seconds']:.2f} s")
    else:
        t.note("3 replay", rep)
    mem = r["memory"]
    if isinstance(mem, dict):
        rss = mem["rss_bytes_per_workshop"] / 1024
        t.at_most("4 memory per workshop (RSS)", rss, 100, ".1f", "KB")
        t.at_most(
            "4 memory per workshop (tracemalloc)",
            mem["traced_bytes_per_workshop"] / 1024,
            100,
            ".1f",
            "KB",
        )
    else:
        t.note("4 memory", mem)
    fan = r["fanout"]
    bad = [a for a in r.get("fanout_attempts", []) if not isinstance(a, dict) or "failed" in a]
    if bad:
        reasons = "; ".join(
            f"{a['failed']} ({', '.join(a.get('failure_reasons', {})) or 'no reason logged'})"
            if isinstance(a, dict)
            else a
            for a in bad
        )
        t.note(f"5 Synapse: {len(bad)} failed attempt(s)", reasons[:110])
    if isinstance(fan, dict) and "failed" not in fan:
        ok = fan["all_invited"] and fan["all_rooms_posted"]
        t.info(
            "5 Synapse 60 into 10: bot, all done",
            f"{fan['seconds']:.2f} s",
            f"naive {fan['naive_seconds']:.2f} s",
            f"{fan['seconds'] / fan['naive_seconds']:.2f}",
        )
        if fan.get("rooms_ready_seconds"):
            t.info(
                "5 Synapse: every room invited+first message",
                f"{fan['rooms_ready_seconds']:.2f} s",
                f"naive {fan['naive_seconds']:.2f} s",
                f"{fan['rooms_ready_seconds'] / fan['naive_seconds']:.2f}",
            )
        t.info(
            "5 Synapse: HTTP requests (bot / naive)",
            f"{fan['requests']}",
            f"naive {fan['naive_requests']}, min {fan['minimum_requests']}",
            f"{fan['requests'] / fan['naive_requests']:.2f}",
        )
        if not ok:
            t.note("5 Synapse check", "NOT everyone invited / every room posted")
    else:
        t.note("5 Synapse fan-out", f"TODO: not measured ({fan})")
    dc = r["discord"]
    if isinstance(dc, dict):
        calls = dc.get("fan_out_calls", dc["rest_calls_without_interaction_replies"])
        t.info(
            "6 Discord 60 into 10: REST calls (fake)",
            f"{calls}",
            f"min {dc['minimum']}",
            f"{calls / dc['minimum']:.2f}",
        )
        for kind, n in dc.get("by_kind", {}).items():
            t.info(f"6   {kind}", f"{n['made']}", f"min {n['minimum']}", "")
        if dc.get("last_person_sees_room_seconds") is not None:
            rtt = dc["round_trip_seconds"]
            seconds = dc["last_person_sees_room_seconds"]
            t.info(
                f"6 Discord: last person sees their room ({rtt * 1000:.0f} ms a request)",
                f"{seconds:.2f} s",
                f"{seconds / rtt:.0f} round trips",
                "",
            )
        for name, label in (("queue", "in 1 s"), ("queue_at_once", "at once")):
            q = dc.get(name)
            if isinstance(q, dict):
                t.info(
                    f"6 Discord: 30 hands {label}, queue edits",
                    f"{q['queue_edits']}",
                    f"one per change {q['queue_edits_naive']}",
                    f"{q['queue_edits'] / q['queue_edits_naive']:.2f}",
                )
                t.info(
                    f"6 Discord: 30 hands {label}, /next answered",
                    f"{q['next_answered_seconds']:.2f} s",
                    f"floor {2 * q['round_trip_seconds']:.2f} s",
                    f"{q['next_answered_seconds'] / (2 * q['round_trip_seconds']):.1f}",
                )
    else:
        t.note("6 Discord 60 into 10", dc)
    dr = r["drift"]
    if isinstance(dr, dict):
        # CPU time of one core, best of 3 (bench_drift.py); issue 21's target.
        t.at_least("7 classifier, one core", dr["messages_per_s"], 10_000, ",.0f", "msg/s")
    else:
        t.note("7 classifier", dr)
    return t


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--no-matrix", action="store_true", help="skip the Synapse fan-out")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    quick = ["--quick"] if args.quick else []
    started = time.perf_counter()
    results: dict = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "machine": machine(),
    }
    print("machine: " + ", ".join(f"{k} {v}" for k, v in results["machine"].items()))
    with (RESULTS / "latest.log").open("w") as log, tempfile.TemporaryDirectory() as work:
        for name in ("ingest", "appends", "latency", "replay", "memory"):
            print(f"running {name} ...", flush=True)
            results[name] = run_json([str(HERE / "core.py"), name, *quick, "--workdir", work], log)
        if args.no_matrix:
            results["fanout"] = "skipped (--no-matrix)"
        else:
            print("running the Synapse fan-out ...", flush=True)
            # Up to 3 attempts, each on a fresh Synapse; every attempt is kept.
            attempts = []
            for _ in range(3):
                attempt = run_json([str(HERE / "fanout.py"), *quick], log, timeout=600)
                attempts.append(attempt)
                if isinstance(attempt, dict) and "failed" not in attempt:
                    break
            results["fanout_attempts"] = attempts
            results["fanout"] = attempts[-1]
        results["discord"] = discord_status()
        if results["discord"] == "landed":
            print("running the Discord count ...", flush=True)
            results["discord"] = run_json([str(HERE / "discord_fanout.py")], log, timeout=300)
        print("running the classifier ...", flush=True)
        results["drift"] = drift(log)
    results["seconds"] = time.perf_counter() - started
    table = build_table(results).render()
    results["table"] = table
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    print()
    print(table)
    print(f"\n{results['mode']} run in {results['seconds']:.0f} s; bench/results/latest.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
