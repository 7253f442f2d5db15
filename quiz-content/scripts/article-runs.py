#!/usr/bin/env python3
"""Writes the hashes of the article's 8-word runs, for NoCopiedRunsTests.

The project does not ship the article. Its test resource holds instead one hash per run of 8
consecutive words of it (lower case, words = runs of a-z and 0-9), the first 16 hex digits of the
SHA-256 of the words joined by single spaces, one per line, sorted. The test hashes every 8-word
run of the generated bank the same way and checks none is in the set.

Run from the repository root when the article is at hand (it reads
/work/shared/source/metastatic-cancer.txt unless given another path):

    python3 quiz-content/scripts/article-runs.py [ARTICLE]
"""
import hashlib
import re
import sys

RUN = 8
SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/source/metastatic-cancer.txt"
TARGET = "quiz-content/src/test/resources/org/quizkit/content/article-runs.txt"

words = re.findall(r"[a-z0-9]+", open(SOURCE, encoding="utf-8").read().lower())
hashes = sorted(
    {
        hashlib.sha256(" ".join(words[i : i + RUN]).encode("utf-8")).hexdigest()[:16]
        for i in range(len(words) - RUN + 1)
    }
)
with open(TARGET, "w", encoding="utf-8") as out:
    out.write("# SHA-256 (first 16 hex digits) of each 8-word run of the source article;\n")
    out.write("# made by quiz-content/scripts/article-runs.py. Not the article itself.\n")
    for h in hashes:
        out.write(h + "\n")
print(f"{len(hashes)} runs from {len(words)} words -> {TARGET}")
