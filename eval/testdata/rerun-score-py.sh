#!/bin/sh
# Re-records want.txt for every case from the reference scorer.
# usage (from eval/): sh testdata/rerun-score-py.sh [path/to/score.py]
set -e
script=${1:-../../shared/gold/score.py}
for c in testdata/cases/*/; do
	/usr/bin/python3 "$script" "$c/gold.json" "$c/answers" > "$c/want.txt"
done
