#!/bin/sh
# Refreshes the .ts files from the sources. German carries every string; English
# only the plural forms ("%n node(s)" -> "1 node", "2 nodes").
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=$(find model views app/gui -name '*.cpp' -o -name '*.h' | sort)
# shellcheck disable=SC2086
"$LUPDATE" -no-obsolete -locations none $sources -ts translations/apim-designer_de.ts
# shellcheck disable=SC2086
"$LUPDATE" -no-obsolete -locations none -pluralonly $sources -ts translations/apim-designer_en.ts
