#!/usr/bin/env bash
# The synthetic dataset generator makes data that `nastavdoc check` accepts, at several sizes,
# and the same bytes for the same seed.
set -eu
nastavdoc=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for people in 10 1000; do
    /usr/bin/python3 "$root/data/generate_dataset.py" --people $people --seed 7 -o "$tmp/a.json"
    "$nastavdoc" check --data "$tmp/a.json"
done
/usr/bin/python3 "$root/data/generate_dataset.py" --people 1000 --seed 7 -o "$tmp/b.json"
cmp "$tmp/a.json" "$tmp/b.json"
echo "generator: ok"
