#!/usr/bin/env bash
# Seeds for fuzz_open_render: each small fixture of tests/data and tests/data/bad, prefixed with the
# byte that makes the target give it its own extension (the order of kSuffixes in fuzz_open_render.cpp).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1
mkdir -p "$out"
suffixes=(geojson gpkg fgb kml gml csv topojson tif mbtiles shp)
for f in "$root"/tests/data/* "$root"/tests/data/bad/*; do
  [ -f "$f" ] || continue
  [ "$(stat -c %s "$f")" -le 262143 ] || continue
  ext=${f##*.}
  for i in "${!suffixes[@]}"; do
    if [ "${suffixes[$i]}" = "$ext" ]; then
      { printf "\\x$(printf %02x "$i")"; cat "$f"; } > "$out/$(basename "$f").seed"
    fi
  done
done
