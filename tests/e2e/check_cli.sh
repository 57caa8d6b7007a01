#!/usr/bin/env bash
# `nastavdoc check` as a user runs it: every bundled dataset passes (exit 0), every bad dataset
# gives exactly its expected located diagnostics on stderr and exit 1, usage mistakes exit 2,
# an unreadable file exits 3.
set -u
nastavdoc=$1
root=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for data in "$root"/data/*.json; do
    [ "$(basename "$data")" = schema.json ] && continue
    "$nastavdoc" check --data "$data" >"$tmp/out" 2>"$tmp/err"
    code=$?
    [ $code -eq 0 ] || fail "$data: exit $code, expected 0: $(head -5 "$tmp/err")"
    grep -q ': ok (' "$tmp/out" || fail "$data: no ok line: $(cat "$tmp/out")"
    grep -q 'error\[' "$tmp/err" && fail "$data: errors printed"
done

for dir in "$root"/tests/bad_data/*/; do
    name=$(basename "$dir")
    (cd "$dir" && "$nastavdoc" check --data data.json >"$tmp/out" 2>"$tmp/err")
    code=$?
    [ $code -eq 1 ] || fail "$name: exit $code, expected 1"
    # stderr = the expected diagnostics, then the summary line
    head -n -1 "$tmp/err" >"$tmp/diagnostics"
    cmp -s "$tmp/diagnostics" "$dir/expected.txt" || fail "$name: diagnostics differ: $(diff "$dir/expected.txt" "$tmp/diagnostics" | head -5)"
    tail -n 1 "$tmp/err" | grep -Eq '^data.json: [0-9]+ error\(s\), [0-9]+ warning\(s\)$' || fail "$name: no summary line"
done

"$nastavdoc" check >/dev/null 2>&1; [ $? -eq 2 ] || fail "check without --data must exit 2"
"$nastavdoc" check --data >/dev/null 2>&1; [ $? -eq 2 ] || fail "--data without a value must exit 2"
"$nastavdoc" check --data x.json --bogus >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown option must exit 2"
"$nastavdoc" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown command must exit 2"
"$nastavdoc" check --data "$tmp/missing.json" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 3 ] || fail "a missing file must exit 3, got $code"
grep -q 'missing.json' "$tmp/err" || fail "the missing file's name must be printed"
"$nastavdoc" check --data "$root/data" >/dev/null 2>&1; [ $? -eq 3 ] || fail "a directory must exit 3"

if [ $failures -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "check_cli: all passed"
