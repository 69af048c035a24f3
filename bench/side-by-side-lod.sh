#!/usr/bin/env bash
# Issue 13's scenes, in the form of ../shared/bench/side-by-side.sh (same renderer calls, same
# extents, 1920x1080, EPSG:3857): the heavy border layer (bench/make_ring_borders.py: ~8 M vertices
# in ~900 k rings) at the world and national extents, and 2 M synthetic hazards over the 1:10m
# countries at the national extent. Prints median full-redraw times and the ratios, one run.
# usage: side-by-side-lod.sh RENDER_BIN COUNTRIES.gpkg DATA_DIR [RUNS]
#   DATA_DIR holds (or gets) borders-rings.gpkg and hazards-2m.gpkg.  NO_QGIS=1 leaves QGIS out.
set -uo pipefail
bin=$1; countries=$2; data=$3; runs=${4:-3}
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED_BENCH:-$here/../../shared/bench}
work=${BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mineatlas-bench}
mkdir -p "$work" "$data"
py=/usr/bin/python3
[ -f "$data/borders-rings.gpkg" ] || $py "$here/make_ring_borders.py" "$countries" "$data/borders-rings.gpkg"
[ -f "$data/hazards-2m.gpkg" ] || $py "$shared/make_hazards.py" "$data/hazards-2m.gpkg" 2000000 17
world="-20037508,-12000000,20037508,16000000"
ukraine="3339584,5621521,4675418,6800125"
median() { sed -n 's/.*render_ms min [0-9.]* median \([0-9.]*\).*/\1/p' | head -1; }
printf '%-14s %10s %10s %10s %12s %12s\n' scenario ours_ms mapnik_ms qgis_ms mapnik/ours qgis/ours
for sc in "world-rings:$world:$data/borders-rings.gpkg" \
          "ukraine-rings:$ukraine:$data/borders-rings.gpkg" \
          "ukraine-2m:$ukraine:$data/hazards-2m.gpkg $countries"; do
  name=${sc%%:*}; rest=${sc#*:}; ext=${rest%%:*}; layers=${rest#*:}
  read -r x0 y0 x1 y1 <<<"${ext//,/ }"
  ours=$("$bin" --size 1920x1080 --crs EPSG:3857 --extent "$ext" --bench "$runs" --out "$work/ours-$name.png" $layers 2>&1 | median)
  mapnik=$($py "$shared/mapnik_render.py" "$work/mapnik-$name.png" 1920 1080 $x0 $y0 $x1 $y1 "$runs" $layers 2>&1 | median)
  qgis=""
  [ -n "${NO_QGIS:-}" ] || qgis=$(QT_QPA_PLATFORM=offscreen $py "$shared/qgis_render.py" "$work/qgis-$name.png" 1920 1080 $x0 $y0 $x1 $y1 "$runs" $layers 2>&1 | grep parallel | median)
  printf '%-14s %10s %10s %10s %12s %12s\n' "$name" "${ours:-?}" "${mapnik:-?}" "${qgis:-?}" \
    "$(awk -v a="$mapnik" -v b="$ours" 'BEGIN{if(a>0&&b>0)printf "%.2f",a/b; else print "?"}')" \
    "$(awk -v a="$qgis" -v b="$ours" 'BEGIN{if(a>0&&b>0)printf "%.2f",a/b; else print "?"}')"
done
echo "images: $work/{ours,mapnik,qgis}-*.png — look at them side by side"
