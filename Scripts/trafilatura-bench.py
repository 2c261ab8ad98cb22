#!/usr/bin/env python3
"""Times trafilatura and tracker's extractor on the same pages, in the same run.

Usage (from the project's root, after `swift build -c release`):
  python3 Scripts/trafilatura-bench.py [PAGES_DIR]

PAGES_DIR holds gzipped HTML pages (default ../shared/data/article-extraction/html).
Creates a virtual environment in .build/trafilatura-venv and installs trafilatura
from PyPI the first time. Prints MB of HTML per second of CPU time per core for
trafilatura (its default extraction, one process) and then the tracker's
`TrackerBenchmarks extract` row on the same pages.
"""
import gzip, os, subprocess, sys, time, venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "article-extraction", "html")
VENV = os.path.join(ROOT, ".build", "trafilatura-venv")


def in_venv():
    python = os.path.join(VENV, "bin", "python3")
    if not os.path.exists(python):
        venv.create(VENV, with_pip=True)
    if subprocess.run([python, "-c", "import trafilatura"], capture_output=True).returncode != 0:
        # justext (a trafilatura dependency) needs lxml's cleaner, a separate package since lxml 5.2.
        subprocess.run([python, "-m", "pip", "install", "-q", "trafilatura", "lxml_html_clean"], check=True)
    return python


def measure():
    import trafilatura
    pages = [gzip.open(os.path.join(PAGES, n)).read() for n in sorted(os.listdir(PAGES)) if n.endswith(".html.gz")]
    size = sum(len(p) for p in pages)
    texts = [p.decode("utf-8", "replace") for p in pages]
    for t in texts[:5]:
        trafilatura.extract(t)  # warm up (imports, lazy tables)
    cpu = []
    for _ in range(3):
        start = time.process_time()
        for t in texts:
            trafilatura.extract(t)
        cpu.append(time.process_time() - start)
    best = sorted(cpu)[1]
    print(f"| trafilatura {trafilatura.__version__} (extract) | {len(pages)} pages, {size / 1e6:.1f} MB of HTML | – | "
          f"CPU time {best:.2f} s; {size / 1e6 / best:.1f} MB/s per core (median of 3) | – |")


if __name__ == "__main__":
    if "--inside" in sys.argv:
        measure()
        sys.exit(0)
    python = in_venv()
    print("| benchmark | input | time | result | peak memory |")
    print("| --- | --- | --- | --- | --- |", flush=True)
    subprocess.run([python, os.path.abspath(__file__), PAGES, "--inside"], check=True)
    bench = os.path.join(ROOT, ".build", "release", "TrackerBenchmarks")
    if not os.path.exists(bench):
        sys.exit("build it first: swift build -c release")
    out = subprocess.run([bench, "extract", "--pages", PAGES], check=True, capture_output=True, text=True).stdout
    print("\n".join(l for l in out.splitlines() if l.startswith("| extract")))
