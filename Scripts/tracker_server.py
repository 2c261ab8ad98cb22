"""Starts `tracker serve` on a free loopback port for the scripts that drive it
(browser-tests.py, load-test.py)."""

import re
import subprocess
import threading
import time


def start_server(tracker, db, name, wait=60):
    """Starts `tracker serve --port 0` on `db`; returns (process, port) once it says
    where it listens, or exits with one line naming the calling script `name`."""
    server = subprocess.Popen([tracker, "serve", "--db", str(db), "--port", "0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + wait
    while time.time() < deadline:
        line = server.stderr.readline()
        if not line:
            break
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if found:
            # Keep reading stderr so the server never blocks on a full pipe.
            threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
            return server, int(found.group(1))
    server.kill()
    raise SystemExit(f"{name}: tracker serve did not say where it listens")
