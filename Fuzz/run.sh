#!/usr/bin/env bash
# Builds the annotate fuzz target with libFuzzer (and AddressSanitizer) and
# runs it for SECONDS (default 600), with a corpus seeded from Examples/.
#
#   Fuzz/run.sh 600            # ten minutes
#   Fuzz/run.sh 600 -jobs=2    # extra arguments go to libFuzzer
#
# The corpus (Fuzz/corpus/) and any crash, timeout or leak inputs
# (Fuzz/artifacts/) are generated at run time and not committed.
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-600}"
shift || true

if [ -d /opt/swift/usr/bin ]; then export PATH="/opt/swift/usr/bin:$PATH"; fi

swift build -c release \
    -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -parse-as-library \
    --product AnnotateFuzzer
binary="$(swift build -c release --show-bin-path)/AnnotateFuzzer"

mkdir -p corpus artifacts seeds
# Seeds: every example article, whole and its first 4 KiB, behind the mode
# byte the target reads first (0 text, 1 Markdown, 2 HTML; +128: one
# sentence per line).
find ../Examples -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | while read -r file; do
    name="$(basename "$file")"
    case "$name" in
        *.md) mode='\001' ;;
        *.html) mode='\002' ;;
        *) mode='\000' ;;
    esac
    { printf "$mode"; cat "$file"; } > "seeds/$name"
    { printf "$mode"; head -c 4096 "$file"; } > "seeds/head-$name"
done
{ printf '\200'; cat ../Examples/climate-pledge.txt; } > seeds/lines-climate-pledge.txt

echo "fuzzing for ${seconds} s; corpus: $(ls corpus | wc -l) inputs, seeds: $(ls seeds | wc -l)"
"$binary" corpus seeds \
    -max_total_time="$seconds" \
    -max_len=65536 \
    -timeout=10 \
    -rss_limit_mb=4096 \
    -artifact_prefix=artifacts/ \
    -dict=annotate.dict \
    -print_final_stats=1 \
    "$@"
