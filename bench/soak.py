#!/usr/bin/env python3
"""Soak of revox-cli watch against a misbehaving server (not part of the test run).

Starts revox-sim at full size (the 100,000-row running campaign, moving in real time) with
faults on 5 % of the API's requests (503, dropped connection, truncated body, trickled body,
a quarter each), runs `revox-cli watch` on that campaign for --duration seconds with a local
cache of its own, samples the watch's resident memory, then checks:

  * every row the server has is in the local cache: `revox-cli rows --offline` lists as many
    rows as the server's row_stats.total, with each row_index from 0 to total - 1 once;
  * resident memory per byte of the campaign's rows (their rows pages, asked without faults,
    before the watch starts and at its end) grows by at most 10 % from the first load to the
    end: the campaign moves, and new calls bring transcripts that memory must follow, but
    nothing else may accumulate.

Prints one JSON object with the figures; exit 0 when both hold, 1 otherwise.

Usage: bench/soak.py [--duration S] [--build-dir DIR] [--timeout S] [--interval S]
                     [--fault-rate P] [--sample S] [--start-time ISO]
"""

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "soak-key"


def resident_bytes(pid):
    """VmRSS of a process, in bytes (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def start_simulator(build_dir, faults, start_time):
    sim = subprocess.Popen(
        [os.path.join(build_dir, "sim", "revox-sim"), "--port", "0", "--speed", "1",
         "--start-time", start_time, "--faults", faults],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = sim.stdout.readline().strip()
    campaigns = []
    while True:
        line = sim.stdout.readline()
        if not line:
            break
        found = re.match(r"campaign (\S+)\s+(\S+)( \(cancelled\))?\s+(\d+) rows", line)
        if found:
            campaigns.append({"id": found[1], "status": found[2], "cancelled": bool(found[3]),
                              "rows": int(found[4])})
        if len(campaigns) >= 7:
            break
    threading.Thread(target=sim.stdout.read, daemon=True).start()  # drain the rest
    return sim, base, campaigns


def server_total(base, campaign_id):
    """row_stats.total of the campaign, asked without faults."""
    request = urllib.request.Request(
        f"{base}/campaigns/{campaign_id}",
        headers={"Authorization": f"Bearer {KEY}", "X-Revox-Sim-Fault": "none"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        campaign = json.load(answer)["campaign"]
    return int(campaign["row_stats"]["total"])


def campaign_wire_bytes(base, campaign_id, page_size=500):
    """Body bytes of every rows page of the campaign, asked without faults: what it weighs."""
    total_bytes, page = 0, 0
    while True:
        request = urllib.request.Request(
            f"{base}/campaigns/{campaign_id}/rows?page={page}&page_size={page_size}",
            headers={"Authorization": f"Bearer {KEY}", "X-Revox-Sim-Fault": "none"})
        with urllib.request.urlopen(request, timeout=120) as answer:
            body = answer.read()
        total_bytes += len(body)
        rows = json.loads(body).get("rows", [])
        if len(rows) < page_size:
            return total_bytes
        page += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=1800, help="seconds of watch (1800)")
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    parser.add_argument("--timeout", type=float, default=10, help="revox-cli --timeout (10)")
    parser.add_argument("--interval", type=float, default=3, help="revox-cli --interval (3)")
    parser.add_argument("--fault-rate", type=float, default=0.05, help="share of requests (0.05)")
    parser.add_argument("--sample", type=float, default=5, help="seconds between samples (5)")
    parser.add_argument("--start-time", default="2026-12-08T16:30:00Z",
                        help="the simulator's clock at start, inside the campaign's calling "
                             "window so rows change during the soak (2026-12-08T16:30:00Z)")
    args = parser.parse_args()

    share = args.fault_rate / 4
    faults = "|".join(f"{fault},rate={share:g}"
                      for fault in ("status=503,retry-after=0", "drop", "truncate", "trickle"))
    sim, base, campaigns = start_simulator(args.build_dir, faults, args.start_time)
    cache_dir = tempfile.mkdtemp(prefix="revox-soak-")
    env = dict(os.environ, REVOX_BASE_URL=base, REVOX_API_KEY=KEY, REVOX_CACHE_DIR=cache_dir)
    cli = os.path.join(args.build_dir, "cli", "revox-cli")
    try:
        big = max((c for c in campaigns if c["status"] == "running" and not c["cancelled"]),
                  key=lambda c: c["rows"])
        wire_start = campaign_wire_bytes(base, big["id"])
        started = time.monotonic()
        watch = subprocess.Popen(
            [cli, "watch", big["id"], "--for", f"{args.duration:g}", "--interval",
             f"{args.interval:g}", "--timeout", f"{args.timeout:g}"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        counts = {"refreshes": 0, "row_events": 0, "row_events_after_first_load": 0,
                  "errors": {}}
        first_load = {}
        stderr_lines = []

        def read_events():
            for line in watch.stdout:
                event = json.loads(line)
                kind = event.get("event")
                if kind == "refresh":
                    counts["refreshes"] += 1
                    if not first_load:
                        first_load["seconds"] = round(time.monotonic() - started, 1)
                        first_load["resident_bytes"] = resident_bytes(watch.pid)
                elif kind == "row":
                    counts["row_events"] += 1
                    if first_load:
                        counts["row_events_after_first_load"] += 1
                elif kind == "error":
                    errors = counts["errors"]
                    errors[event["kind"]] = errors.get(event["kind"], 0) + 1

        reader = threading.Thread(target=read_events, daemon=True)
        reader.start()
        threading.Thread(target=lambda: stderr_lines.extend(watch.stderr), daemon=True).start()
        samples = []
        while watch.poll() is None:
            rss = resident_bytes(watch.pid)
            if rss:
                samples.append((round(time.monotonic() - started, 1), rss))
            time.sleep(args.sample)
        reader.join()
        watch_exit = watch.returncode

        offline = subprocess.run([cli, "rows", big["id"], "--offline", "--format", "csv",
                                  "--columns", "row_index"],
                                 env=env, capture_output=True, text=True)
        indexes = [int(r["row_index"]) for r in csv.DictReader(io.StringIO(offline.stdout))]
        total = server_total(base, big["id"])
        wire_end = campaign_wire_bytes(base, big["id"])
    finally:
        sim.terminate()
        sim.wait()
        subprocess.run(["rm", "-rf", cache_dir])

    after_load = first_load.get("resident_bytes", 0)
    after_samples = [rss for t, rss in samples if t >= first_load.get("seconds", 0)]
    end = samples[-1][1] if samples else 0
    growth = (end - after_load) / after_load if after_load else None
    # The campaign moves: calls add transcripts. Memory follows what the rows weigh, so the
    # check is on resident bytes per wire byte, at the first load and at the end.
    per_wire_start = after_load / wire_start if wire_start else None
    per_wire_end = end / wire_end if wire_end else None
    per_wire_growth = (per_wire_end - per_wire_start) / per_wire_start if per_wire_start else None
    every_row = offline.returncode == 0 and sorted(indexes) == list(range(total))
    memory_ok = per_wire_growth is not None and per_wire_growth <= 0.10
    report = {
        "duration_s": args.duration,
        "campaign_rows": big["rows"],
        "faults": faults,
        "watch_exit": watch_exit,
        "first_load_s": first_load.get("seconds"),
        "refreshes": counts["refreshes"],
        "row_events": counts["row_events"],
        "row_events_after_first_load": counts["row_events_after_first_load"],
        "errors": counts["errors"],
        "server_total": total,
        "offline_rows": len(indexes),
        "offline_distinct_rows": len(set(indexes)),
        "offline_exit": offline.returncode,
        "every_row": every_row,
        "resident_mb_after_first_load": round(after_load / 1e6, 1),
        "resident_mb_peak_after_first_load": round(max(after_samples, default=0) / 1e6, 1),
        "resident_mb_end": round(end / 1e6, 1),
        "resident_growth_pct": round(growth * 100, 1) if growth is not None else None,
        "wire_mb_start": round(wire_start / 1e6, 1),
        "wire_mb_end": round(wire_end / 1e6, 1),
        "resident_per_wire_byte_start": round(per_wire_start, 3) if per_wire_start else None,
        "resident_per_wire_byte_end": round(per_wire_end, 3) if per_wire_end else None,
        "resident_per_wire_byte_growth_pct":
            round(per_wire_growth * 100, 1) if per_wire_growth is not None else None,
        "memory_within_10pct": memory_ok,
        "stderr_tail": [line.rstrip() for line in stderr_lines[-5:]],
    }
    print(json.dumps(report, indent=2))
    return 0 if every_row and memory_ok and watch_exit == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
