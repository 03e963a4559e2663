#!/usr/bin/env python3
"""Every row of a campaign, the way an SDK user would write it: urllib and json.loads,
one page after another, until a page is short or empty (or the total is reached).
With --csv FILE it also writes the rows as CSV (the same columns as revox-cli's export).

Usage: python_download.py BASE_URL KEY CAMPAIGN_ID [--page-size N] [--csv FILE]
Prints one JSON object: {"rows": N, "bytes": B, "seconds": S}.
"""
import argparse
import csv
import json
import sys
import time
import urllib.request


def fetch(base_url, key, campaign_id, page, page_size):
    url = f"{base_url}/campaigns/{campaign_id}/rows?page={page}&page_size={page_size}"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
    return body, json.loads(body)


FIXED = ["row_index", "phone_number", "call_id", "call_status", "attempts", "last_result",
         "last_attempt_status", "last_dial_error", "last_ended_by", "last_end_reason",
         "last_started_at", "last_answered_at", "last_ended_at", "last_duration_s",
         "last_recording_url"]


def cells(row, input_keys, output_keys):
    call = row.get("call") or {}
    attempts = call.get("call_attempts") or []
    last = attempts[0] if attempts else {}
    out = [row.get("row_index"), row.get("phone_number"), call.get("id"), call.get("status"),
           call.get("calls_count") if call else None, last.get("result"), last.get("status"),
           last.get("dial_error"), last.get("ended_by"), last.get("end_reason"),
           last.get("started_at"), last.get("answered_at"), last.get("ended_at"), None,
           last.get("recording_url")]
    inputs = row.get("input_data") or {}
    outputs = last.get("structured_output") or {}
    out += [inputs.get(k) for k in input_keys]
    out += [outputs.get(k) for k in output_keys]
    return ["" if v is None else v for v in out]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("key")
    parser.add_argument("campaign_id")
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--csv")
    args = parser.parse_args()

    start = time.perf_counter()
    rows, total_bytes, page = [], 0, 0
    while True:
        body, data = fetch(args.base_url, args.key, args.campaign_id, page, args.page_size)
        total_bytes += len(body)
        batch = data.get("rows") or []
        rows.extend(batch)
        total = data.get("total")
        unpaged = "page" not in data  # the newest SDKs' form: every row at once
        if unpaged or len(batch) < args.page_size or (total is not None and len(rows) >= total):
            break
        page += 1
    if args.csv:
        input_keys, output_keys = [], []
        for row in rows:
            for k in (row.get("input_data") or {}):
                if k not in input_keys:
                    input_keys.append(k)
            attempts = (row.get("call") or {}).get("call_attempts") or []
            for k in ((attempts[0] if attempts else {}).get("structured_output") or {}):
                if k not in output_keys:
                    output_keys.append(k)
        with open(args.csv, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(FIXED + ["input." + k for k in input_keys]
                            + ["output." + k for k in output_keys])
            for row in rows:
                writer.writerow(cells(row, input_keys, output_keys))
    seconds = time.perf_counter() - start
    json.dump({"rows": len(rows), "bytes": total_bytes, "seconds": round(seconds, 3)},
              sys.stdout)
    print()


if __name__ == "__main__":
    main()
