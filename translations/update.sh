#!/bin/sh
# Refreshes the .ts files from the sources. German, French and Spanish carry every
# string; English only the plural forms ("%n node(s)" -> "1 node", "2 nodes").
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=$(find model views app/gui -name '*.cpp' -o -name '*.h' | sort)
for lang in de fr es; do
    # shellcheck disable=SC2086
    "$LUPDATE" -no-obsolete -locations none $sources -ts translations/apim-designer_$lang.ts
done
# shellcheck disable=SC2086
"$LUPDATE" -no-obsolete -locations none -pluralonly $sources -ts translations/apim-designer_en.ts
