#!/bin/sh
# Renders the sample; $1 is the nastavdoc binary. Fails when the template gives any diagnostic.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=$("$1" render "$here/template.xml" --data "$here/../../data/kerch.json" --format tree 2>&1)
printf '%s\n' "$out" | grep -q 'p Title' || { printf '%s\n' "$out"; exit 1; }
