#!/usr/bin/env python3
"""A bounded load test of the workbench from a second process on loopback.

Starts `tracker serve` on the given database (on a free loopback port), then
runs reader threads that fetch document and party pages while one writer
corrects statements through the workbench's own form (confirm, with the
statement's version; a 409 from a stale version is counted, not retried
blindly). Stops after --requests page loads or --seconds, whichever comes
first, stops the server, and prints the median and 99th percentile per page
kind as a Markdown table.

    swift run -c release TrackerBenchmarks query --sizes 1000000   # builds bench-data/statements-1000000-*.sqlite once
    swift build -c release --product tracker
    Scripts/load-test.py --tracker .build/release/tracker --db bench-data/statements-1000000-*.sqlite

The database is copied first (to --scratch), so the cached benchmark database
is never changed by the writer. Only loopback addresses are ever contacted.
"""

import argparse
import http.client
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tracker_server import start_server  # noqa: E402


class Client:
    """One keep-alive connection with the session's cookies."""

    def __init__(self, port):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies = {}

    def request(self, method, path, body=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urllib.parse.urlencode(body)
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (http.client.HTTPException, OSError):
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            raise
        elapsed = time.perf_counter() - started
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, data, elapsed


def sample_targets(db, count, seed):
    """Document ids and party names to request, read straight from the database copy."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rng = random.Random(seed)
    (maximum,) = connection.execute("SELECT max(id) FROM document").fetchone()
    documents = [rng.randint(1, maximum) for _ in range(count)]
    parties = [row[0] for row in connection.execute("""
        SELECT a.name FROM actor a JOIN statement_actor r ON r.actor_id = a.id AND r.role = 'holder'
        JOIN statement s ON s.id = r.statement_id AND s.kind = 'commitment'
        WHERE a.merged_into_id IS NULL GROUP BY a.id ORDER BY count(*) DESC LIMIT 40""")]
    statements = [row[0] for row in connection.execute(
        "SELECT id FROM statement WHERE review = 'unreviewed' ORDER BY id LIMIT 200000")]
    connection.close()
    return documents, parties, rng.sample(statements, min(len(statements), 5000))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tracker", default=".build/release/tracker")
    parser.add_argument("--db", required=True)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--requests", type=int, default=2000, help="page loads in all, at most")
    parser.add_argument("--seconds", type=float, default=120, help="wall time, at most")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scratch", default=None, help="folder for the database copy (default: a temporary one)")
    arguments = parser.parse_args()

    if arguments.scratch:
        Path(arguments.scratch).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tracker-load-", dir=arguments.scratch) as scratch:
        db = Path(scratch) / "load.sqlite"
        shutil.copyfile(arguments.db, db)
        documents, parties, statements = sample_targets(db, arguments.requests, arguments.seed)
        server, port = start_server(arguments.tracker, db, "load-test", wait=120)
        latencies = {"document": [], "party": []}
        errors = {"document": 0, "party": 0}
        writes = {"stored": 0, "conflict": 0, "failed": 0, "latencies": []}
        lock = threading.Lock()
        stop = threading.Event()
        deadline = time.time() + arguments.seconds
        counter = iter(range(arguments.requests))

        def reader(number):
            client = Client(port)
            rng = random.Random(arguments.seed + number)
            while not stop.is_set() and time.time() < deadline:
                with lock:
                    index = next(counter, None)
                if index is None:
                    break
                if index % 2 == 0:
                    kind, path = "document", f"/documents/{documents[index]}"
                else:
                    kind, path = "party", "/parties/" + urllib.parse.quote(rng.choice(parties), safe="")
                try:
                    status, _, elapsed = client.request("GET", path)
                except (http.client.HTTPException, OSError):
                    status, elapsed = 0, 0
                with lock:
                    if status == 200:
                        latencies[kind].append(elapsed)
                    else:
                        errors[kind] += 1

        def writer():
            client = Client(port)
            client.request("GET", "/documents/1")
            client.request("POST", "/author", {"csrf": client.cookies.get("tracker_session", ""), "author": "load test",
                                               "return": "/documents/1"})
            for statement in statements:
                if stop.is_set() or time.time() >= deadline:
                    break
                # Corrections are stored with the version the page showed; a fresh statement is at version 0.
                body = {"csrf": client.cookies.get("tracker_session", ""), "change": "confirm", "version": "0"}
                try:
                    status, _, elapsed = client.request("POST", f"/statements/{statement}/correct", body)
                except (http.client.HTTPException, OSError):
                    status, elapsed = 0, 0
                with lock:
                    if status == 303:
                        writes["stored"] += 1
                        writes["latencies"].append(elapsed)
                    elif status == 409:
                        writes["conflict"] += 1
                    else:
                        writes["failed"] += 1

        started = time.time()
        threads = [threading.Thread(target=reader, args=(n,)) for n in range(arguments.readers)]
        write_thread = threading.Thread(target=writer)
        write_thread.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stop.set()
        write_thread.join()
        wall = time.time() - started
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

    print(f"{arguments.readers} readers, 1 writer, {wall:.1f} s, database {arguments.db}")
    print()
    print("| page | requests | errors | median ms | p99 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    failed = False
    for kind in ["document", "party"]:
        values = latencies[kind]
        if not values:
            print(f"| {kind} | 0 | {errors[kind]} | – | – | – |")
            failed = True
            continue
        print(f"| {kind} | {len(values)} | {errors[kind]} | {statistics.median(values) * 1000:.1f} | "
              f"{percentile(values, 0.99) * 1000:.1f} | {max(values) * 1000:.1f} |")
        failed = failed or errors[kind] > 0
    write_latencies = writes["latencies"]
    median = f"{statistics.median(write_latencies) * 1000:.1f}" if write_latencies else "–"
    print(f"| correction (writer) | {writes['stored']} | {writes['failed']} | {median} | "
          f"{percentile(write_latencies, 0.99) * 1000:.1f} | {max(write_latencies) * 1000:.1f} |" if write_latencies
          else f"| correction (writer) | 0 | {writes['failed']} | – | – | – |")
    print()
    print(f"writer: {writes['stored']} corrections stored, {writes['conflict']} conflicts (409), {writes['failed']} failed")
    return 1 if failed or writes["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
