#!/usr/bin/env python3
"""The same rows pages through Python's json.loads and a walk that builds the table
revox-bench's models hold (one tuple per row with the rows model's columns).

Usage: python_baseline.py DIR   (DIR holds the pages as *.json files)
Prints one JSON object: {"rows": N, "bytes": B, "seconds": S}; only parsing and the walk
are timed, not reading the files.
"""
import json
import os
import sys
import time
from datetime import datetime


def timestamp_ms(text):
    if not isinstance(text, str) or not text:
        return None
    try:
        return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None


def row_tuple(row):
    call = row.get("call") or {}
    attempts = call.get("call_attempts") or []
    latest = call.get("last_call_attempt") or (attempts[0] if attempts else None)
    answered = None
    if latest and latest.get("result"):
        answered = latest
    else:
        for attempt in attempts:
            if attempt.get("result"):
                answered = attempt
                break
    started = ended = answered_at = None
    if latest:
        started = timestamp_ms(latest.get("started_at"))
        answered_at = timestamp_ms(latest.get("answered_at"))
        ended = timestamp_ms(latest.get("ended_at"))
    begin = answered_at if answered_at is not None else started
    duration = (ended - begin + 500) // 1000 if begin is not None and ended is not None else None
    output = (answered or {}).get("structured_output") or {}
    transcript = []
    for attempt in attempts:
        for entry in attempt.get("transcript") or []:
            transcript.append(entry.get("content") or "")
    return (
        row.get("id"),
        int(row.get("row_index") or 0) + 1,
        row.get("phone_number"),
        call.get("status"),
        call.get("calls_count"),
        answered.get("result") if answered else None,
        latest.get("dial_error") if latest else None,
        latest.get("ended_by") if latest else None,
        latest.get("end_reason") if latest else None,
        started,
        duration,
        tuple(sorted((row.get("input_data") or {}).items())),
        tuple(sorted(output.items(), key=lambda kv: kv[0])),
        transcript,
    )


def main():
    directory = sys.argv[1]
    names = sorted(n for n in os.listdir(directory) if n.endswith(".json"))
    bodies = []
    for name in names:
        with open(os.path.join(directory, name), "rb") as f:
            bodies.append(f.read())
    start = time.perf_counter()
    table = []
    for body in bodies:
        page = json.loads(body)
        for row in page.get("rows") or []:
            table.append(row_tuple(row))
    seconds = time.perf_counter() - start
    print(json.dumps({"rows": len(table), "bytes": sum(len(b) for b in bodies),
                      "seconds": seconds}))


if __name__ == "__main__":
    main()
