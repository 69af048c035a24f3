#!/usr/bin/env bash
# Issue 13's table: how render time, first open and peak memory grow with the data, for us, Mapnik
# and QGIS in one run. Scenes: 20 k, 200 k and 2 M synthetic hazards (make_hazards.py) over the
# 1:10m countries at the national extent; the ~8 M-vertex, ~900 k-ring border layer
# (make_ring_borders.py) at the world and national extents. 1920x1080, EPSG:3857, the calls of
# ../shared/bench/side-by-side.sh. "open" is each tool's own load figure (ours: GDAL read, PROJ,
# store and index; no store cache), "peak" the process's maximum resident set. "ours_1st" is our
# first render of the view, which also builds what later redraws keep (level of detail, the image
# of small features at this scale); Mapnik and QGIS keep nothing between redraws.
# usage: cost-vs-size.sh RENDER_BIN COUNTRIES.gpkg DATA_DIR [RUNS]
#   NO_QGIS=1 leaves QGIS out; QGIS_RUNS (default 1) sets its redraws on the heavy scenes.
set -uo pipefail
bin=$1; countries=$2; data=$3; runs=${4:-3}
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED_BENCH:-$here/../../shared/bench}
work=${BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mineatlas-bench}
mkdir -p "$work" "$data"
py=/usr/bin/python3
[ -f "$data/hazards-20k.gpkg" ] || $py "$shared/make_hazards.py" "$data/hazards-20k.gpkg" 20000 7
[ -f "$data/hazards-200k.gpkg" ] || $py "$shared/make_hazards.py" "$data/hazards-200k.gpkg" 200000 11
[ -f "$data/hazards-2m.gpkg" ] || $py "$shared/make_hazards.py" "$data/hazards-2m.gpkg" 2000000 17
[ -f "$data/borders-rings.gpkg" ] || $py "$here/make_ring_borders.py" "$countries" "$data/borders-rings.gpkg"
world="-20037508,-12000000,20037508,16000000"
ukraine="3339584,5621521,4675418,6800125"
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p" | head -1; }
median() { sed -n 's/.*render_ms min [0-9.]* median \([0-9.]*\).*/\1/p' | head -1; }
peak() { tail -1 "$1" | awk '{printf "%.0f", $1 / 1024}'; }
printf '%-16s | %9s %9s %9s %9s | %9s %9s %9s | %8s %8s %8s\n' scene ours_ms ours_1st mapnik_ms qgis_ms \
  ours_open mapnik_op qgis_open ours_MiB mapnik_M qgis_MiB
for sc in "hazards-20k:$ukraine:$data/hazards-20k.gpkg $countries" \
          "hazards-200k:$ukraine:$data/hazards-200k.gpkg $countries" \
          "hazards-2m:$ukraine:$data/hazards-2m.gpkg $countries" \
          "rings-world:$world:$data/borders-rings.gpkg" \
          "rings-national:$ukraine:$data/borders-rings.gpkg"; do
  name=${sc%%:*}; rest=${sc#*:}; ext=${rest%%:*}; layers=${rest#*:}
  read -r x0 y0 x1 y1 <<<"${ext//,/ }"
  /usr/bin/time -o "$work/t-ours" -f "%M" "$bin" --no-cache --size 1920x1080 --crs EPSG:3857 --extent "$ext" --bench "$runs" \
    --out "$work/size-ours-$name.png" $layers >"$work/o-ours" 2>&1
  /usr/bin/time -o "$work/t-mapnik" -f "%M" $py "$shared/mapnik_render.py" "$work/size-mapnik-$name.png" 1920 1080 \
    $x0 $y0 $x1 $y1 "$runs" $layers >"$work/o-mapnik" 2>&1
  q_ms=""; q_open=""; q_mem=""
  if [ -z "${NO_QGIS:-}" ]; then
    qruns=$runs; case $name in hazards-2m|rings-*) qruns=${QGIS_RUNS:-1};; esac
    QT_QPA_PLATFORM=offscreen /usr/bin/time -o "$work/t-qgis" -f "%M" $py "$shared/qgis_render.py" \
      "$work/size-qgis-$name.png" 1920 1080 $x0 $y0 $x1 $y1 "$qruns" $layers >"$work/o-qgis" 2>&1
    q_ms=$(grep parallel "$work/o-qgis" | median); q_open=$(field load_ms <"$work/o-qgis"); q_mem=$(peak "$work/t-qgis")
  fi
  printf '%-16s | %9s %9s %9s %9s | %9s %9s %9s | %8s %8s %8s\n' "$name" \
    "$(median <"$work/o-ours")" "$(field first_render_ms <"$work/o-ours")" "$(median <"$work/o-mapnik")" "${q_ms:-?}" \
    "$(field load_ms <"$work/o-ours")" "$(field load_ms <"$work/o-mapnik")" "${q_open:-?}" \
    "$(peak "$work/t-ours")" "$(peak "$work/t-mapnik")" "${q_mem:-?}"
done
echo "images: $work/size-{ours,mapnik,qgis}-*.png"
