#!/bin/sh
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60),
# seeded from tests/data and the shared corpus; `run-fuzzers.sh SECONDS NAME...`
# runs only the named targets (e.g. fuzz_quote). A crash fails the run and leaves
# the input in build/fuzz/crashes/ to turn into a regression test. `run-fuzzers.sh build`
# only builds them (CI builds them while the sanitizer tests run).
set -eu
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-60}
[ "$#" -gt 0 ] && shift
cmake --preset fuzz >/dev/null
if [ "$#" -gt 0 ]; then
    targets=$*
else
    targets=$(for f in tests/fuzz/fuzz_*.cpp; do basename "$f" .cpp; done)
fi
# shellcheck disable=SC2086
cmake --build --preset fuzz --target $targets
[ "$SECONDS_EACH" = build ] && exit 0
out=build/fuzz
mkdir -p "$out/crashes"

seed_dir() {
    name=$1
    dir="$out/corpus-$name"
    mkdir -p "$dir"
    case $name in
    fuzz_projectfile) find tests/data -name '*.apimtopo' -exec cp {} "$dir" \; ;;
    fuzz_toml) find tests/data -name '*.toml' -exec cp {} "$dir" \; ;
               [ -d ../shared/corpus ] && find ../shared/corpus -name '*.toml' -exec cp {} "$dir" \; ;;
    fuzz_zipreader) find tests/data -name "*.zip" -exec cp {} "$dir" \; ;;
    fuzz_quote) cp tests/data/fuzz/fuzz_quote/* "$dir" ;;
    fuzz_*) find tests/data -name '*.toml' -exec cp {} "$dir" \; ;;
    esac
    echo "$dir"
}

status=0
for name in $targets; do
    target="$out/tests/fuzz/$name"
    [ -f "$target" ] && [ -x "$target" ] || continue
    corpus=$(seed_dir "$name")
    echo "-- $name for ${SECONDS_EACH}s"
    if ! "$target" -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$out/crashes/$name-" -print_final_stats=1 "$corpus" 2>"$out/$name.log"; then
        echo "$name found a crash; see $out/$name.log and $out/crashes/"
        tail -30 "$out/$name.log"
        status=1
    fi
    grep -E 'stat::number_of_executed_units|Done [0-9]+ runs' "$out/$name.log" | tail -2 || true
done
exit $status
