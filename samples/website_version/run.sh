#!/bin/sh
# Renders the sample from data/ashevan.json (minors among the mentees); $1 is the nastavdoc
# binary. Fails on any diagnostic, when the internal version lacks the minor's surname and birth
# date, or when the website version (--publish) shows them instead of the initials.
set -e
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../data/ashevan.json"
internal=$("$1" render "$here/template.xml" --data "$data" --format tree 2>&1)
published=$("$1" render "$here/template.xml" --data "$data" --format tree --publish 2>&1)
fail() { printf 'website_version: %s\n' "$1"; exit 1; }
printf '%s\n' "$internal" | grep -q 'error\|warning' && fail "diagnostics: $internal"
printf '%s\n' "$published" | grep -q 'error\|warning' && fail "diagnostics with --publish: $published"
# Ёлшин Пётр Алексеевич, born 2007-11-03, a minor mentor (обучающийся – обучающийся).
printf '%s\n' "$internal" | grep -q 'Ёлшина~П.А.\|Ёлшин~П.А.\|Ёлшин П.А.' || fail "no mentor's name"
printf '%s\n' "$internal" | grep -q 'catalog="REG-02"' || fail "no catalog in the metadata"
printf '%s\n' "$published" | grep -q 'Ёлшин' && fail "--publish shows a minor's surname"
printf '%s\n' "$published" | grep -q '2007-11-03\|03.11.2007' && fail "--publish shows a birth date"
printf '%s\n' "$published" | grep -q 'Ё.П.А.' || fail "--publish lacks the minor's initials"
printf '%s\n' "$published" | grep -q ' published' || fail "--publish: the metadata does not say published"
exit 0
