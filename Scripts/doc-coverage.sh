#!/bin/sh
# Counts the public declarations of the library targets (TrackerAnalysis,
# TrackerStore, TrackerReports, TrackerWeb, TrackerSchema) and those without a doc
# comment (a `///` line, or the end of a `/** */` block, right above the
# declaration or its attributes). Prints each undocumented one as
# FILE:LINE: declaration, then the coverage; exits 1 below 100%.
#
#   Scripts/doc-coverage.sh            # from the project's root
#   Scripts/doc-coverage.sh Sources/TrackerStore
set -eu
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
    set -- Sources/TrackerAnalysis Sources/TrackerStore Sources/TrackerReports Sources/TrackerWeb Sources/TrackerSources Schema
fi
find "$@" -name '*.swift' | sort | xargs awk '
    FNR == 1 { documented = 0; inblock = 0 }
    {
        line = $0
        sub(/^[ \t]+/, "", line)
    }
    # Inside a /* */ block comment: its end documents what follows when it opened with /**.
    inblock {
        if (line ~ /\*\//) { inblock = 0; documented = blockdoc }
        next
    }
    line ~ /^\/\*/ {
        blockdoc = (line ~ /^\/\*\*/)
        if (line !~ /\*\//) { inblock = 1; next }
        documented = blockdoc
        next
    }
    line ~ /^\/\/\// { documented = 1; next }
    line ~ /^@/ && line !~ /^@(main|testable)/ && line !~ /(func|var|let|init|struct|class|enum|protocol|case|typealias|subscript) / { next }
    # `open` is also a plain name ("open = ..."): a modifier only when a declaration follows.
    line ~ /^(@[A-Za-z]+(\([^)]*\))? )*(public|open) / && line !~ /^(public|open) import / && line !~ /^open [=:(.]/ {
        if (line ~ /^(@[A-Za-z]+(\([^)]*\))? )*(public|open) extension /) { documented = 0; next }
        total++
        if (!documented) {
            missing++
            printf "%s:%d: %s\n", FILENAME, FNR, line
        }
        documented = 0
        next
    }
    line ~ /^\/\// { next }
    { documented = 0 }
    END {
        documentedCount = total - missing
        printf "public declarations: %d, documented: %d, without a doc comment: %d, coverage %.1f%%\n", total, documentedCount, missing, (total ? 100 * documentedCount / total : 100)
        exit (missing > 0)
    }
'
