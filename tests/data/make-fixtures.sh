#!/usr/bin/env bash
# Regenerates every fixture in tests/data from the inline data below.
# Requires gdal-bin >= 3.6 (ogr2ogr, gdal_translate, gdal_create,
# gdal_rasterize, gdaladdo). Run from anywhere:  tests/data/make-fixtures.sh
set -euo pipefail

cd "$(dirname "$0")"
OUT=$PWD
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Reproducible output: fixed timestamps in GPKG (gpkg_contents.last_change)
# and in the .dbf header; no .aux.xml side files.
export OGR_CURRENT_DATE=2024-01-01T00:00:00.000Z
export GDAL_PAM_ENABLED=NO
export CPL_LOG=/dev/null
DBFDATE=(-lco DBF_DATE_LAST_UPDATE=2024-01-01 -lco ENCODING=UTF-8)

# ----------------------------------------------------------------- cleanup
rm -f multi.gpkg areas.* areas_nocrs.* areas_utm36n.gpkg sites_wkt.csv \
      sites_lonlat.csv raster.tif raster_3857.mbtiles empty.geojson \
      empty.gpkg truncated.geojson truncated.gpkg junk.gpkg junk.shp \
      missing_shx.* missing_dbf.* ./*-journal ./*.aux.xml

# ------------------------------------------------------------- source data
cat > "$TMP/areas.geojson" <<'JSON'
{
"type": "FeatureCollection",
"name": "areas",
"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },
"features": [
{ "type": "Feature", "properties": { "id": 1, "name": "Alpha", "kind": "SHA", "value": 12.5 },
  "geometry": { "type": "Polygon", "coordinates": [
    [ [30, 50], [31, 50], [31, 51], [30, 51], [30, 50] ],
    [ [30.4, 50.4], [30.6, 50.4], [30.6, 50.6], [30.4, 50.6], [30.4, 50.4] ] ] } },
{ "type": "Feature", "properties": { "id": 2, "name": "Bravo", "kind": "CHA", "value": 7.0 },
  "geometry": { "type": "MultiPolygon", "coordinates": [
    [ [ [32, 50], [32.5, 50], [32.5, 50.5], [32, 50.5], [32, 50] ] ],
    [ [ [33, 50], [33.5, 50], [33.5, 50.5], [33, 50.5], [33, 50] ] ] ] } }
]
}
JSON

cat > "$TMP/sites.csv" <<'CSV'
id,name,lon,lat
1,P1,30.5,50.5
2,P2,-73.9857,40.7484
3,P3,179.5,-16.5
CSV

cat > "$TMP/roads.geojson" <<'JSON'
{
"type": "FeatureCollection",
"name": "roads",
"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },
"features": [
{ "type": "Feature", "properties": { "id": 1, "name": "R1" },
  "geometry": { "type": "LineString", "coordinates": [ [30, 50], [30.5, 50.25], [31, 50] ] } }
]
}
JSON

SITES_OO=(-oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo AUTODETECT_TYPE=YES)

# -------------------------------------------------------------- multi.gpkg
ogr2ogr -f GPKG multi.gpkg "$TMP/areas.geojson" -nln areas -a_srs EPSG:4326 -lco FID=fid
ogr2ogr -f GPKG -update multi.gpkg "$TMP/sites.csv" "${SITES_OO[@]}" \
        -nln sites -a_srs EPSG:4326 -nlt POINT -lco FID=fid -sql "SELECT id, name FROM sites"
ogr2ogr -f GPKG -update multi.gpkg "$TMP/roads.geojson" -nln roads -a_srs EPSG:4326 -lco FID=fid

# ------------------------------------------------------ areas.* (4326)
ogr2ogr -f "ESRI Shapefile" areas.shp "$TMP/areas.geojson" -nln areas \
        -a_srs EPSG:4326 -nlt POLYGON "${DBFDATE[@]}"
ogr2ogr -f GeoJSON    areas.geojson "$TMP/areas.geojson" -nln areas -a_srs EPSG:4326
ogr2ogr -f KML        areas.kml     "$TMP/areas.geojson" -nln areas
ogr2ogr -f FlatGeobuf areas.fgb     "$TMP/areas.geojson" -nln areas -a_srs EPSG:4326 \
        -lco SPATIAL_INDEX=NO   # keep feature order (Alpha first)
ogr2ogr -f GML        areas.gml     "$TMP/areas.geojson" -nln areas -a_srs EPSG:4326 \
        -dsco FORMAT=GML3 -dsco SRSNAME_FORMAT=SHORT

# areas.topojson: GDAL has no TopoJSON writer -> hand-written, no transform
# (absolute coordinates). Arcs: 0 = Alpha outer, 1 = Alpha hole,
# 2/3 = Bravo squares.
cat > areas.topojson <<'JSON'
{
  "type": "Topology",
  "objects": {
    "areas": {
      "type": "GeometryCollection",
      "geometries": [
        { "type": "Polygon", "arcs": [[0], [1]],
          "properties": { "id": 1, "name": "Alpha", "kind": "SHA", "value": 12.5 } },
        { "type": "MultiPolygon", "arcs": [[[2]], [[3]]],
          "properties": { "id": 2, "name": "Bravo", "kind": "CHA", "value": 7.0 } }
      ]
    }
  },
  "arcs": [
    [[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]],
    [[30.4, 50.4], [30.6, 50.4], [30.6, 50.6], [30.4, 50.6], [30.4, 50.4]],
    [[32, 50], [32.5, 50], [32.5, 50.5], [32, 50.5], [32, 50]],
    [[33, 50], [33.5, 50], [33.5, 50.5], [33, 50.5], [33, 50]]
  ]
}
JSON

# ------------------------------------------------------------------- CSVs
ogr2ogr -f CSV -lco STRING_QUOTING=IF_NEEDED sites_wkt.csv "$TMP/sites.csv" "${SITES_OO[@]}" \
        -sql "SELECT id, name, OGR_GEOM_WKT AS wkt FROM sites"
ogr2ogr -f CSV -lco STRING_QUOTING=IF_NEEDED sites_lonlat.csv "$TMP/sites.csv" "${SITES_OO[@]}" \
        -sql "SELECT id, name, lon, lat FROM sites"

# ------------------------------------------------------ areas_utm36n.gpkg
ogr2ogr -f GPKG areas_utm36n.gpkg "$TMP/areas.geojson" -nln areas \
        -s_srs EPSG:4326 -t_srs EPSG:32636 -lco FID=fid

# --------------------------------------------------- areas_nocrs.shp (no .prj)
ogr2ogr -f "ESRI Shapefile" areas_nocrs.shp "$TMP/areas.geojson" -nln areas_nocrs \
        -nlt POLYGON "${DBFDATE[@]}"
rm -f areas_nocrs.prj

# ---------------------------------------------------------------- raster.tif
# 512x256 Byte, EPSG:4326, lon 20..40 / lat 45..55 (pixel = 0.0390625 deg).
# value 100 for lon < 30 (columns 0..255), 200 for lon >= 30 (columns 256..511).
cat > "$TMP/right.geojson" <<'JSON'
{ "type": "FeatureCollection", "features": [ { "type": "Feature", "properties": {},
  "geometry": { "type": "Polygon", "coordinates": [[[30,45],[40,45],[40,55],[30,55],[30,45]]] } } ] }
JSON
gdal_create -q -of GTiff -outsize 512 256 -bands 1 -ot Byte -burn 100 \
        -a_srs EPSG:4326 -a_ullr 20 55 40 45 -co COMPRESS=DEFLATE raster.tif
gdal_rasterize -q -b 1 -burn 200 "$TMP/right.geojson" raster.tif
gdaladdo -q -r nearest raster.tif 2 4 8

# ---------------------------------------------------- raster_3857.mbtiles
# small RGB source (256x128) over the same area: red left half, blue right half
gdal_create -q -of GTiff -outsize 256 128 -bands 3 -ot Byte -burn 255 -burn 0 -burn 0 \
        -a_srs EPSG:4326 -a_ullr 20 55 40 45 "$TMP/rgb.tif"
gdal_rasterize -q -b 1 -b 2 -b 3 -burn 0 -burn 0 -burn 255 "$TMP/right.geojson" "$TMP/rgb.tif"
gdal_translate -q -of MBTILES "$TMP/rgb.tif" raster_3857.mbtiles \
        -co NAME=raster_3857 -co TILE_FORMAT=PNG
# GDAL builds MBTiles overviews only down to the first zoom that fits in one
# tile, so this adds exactly zoom 3 (1 tile) below the base zoom 4 (2 tiles).
gdaladdo -q -r nearest raster_3857.mbtiles 2

# ------------------------------------------------------------- bad files
: > empty.geojson
: > empty.gpkg
# first 60 % of areas.geojson
head -c $(( $(stat -c %s areas.geojson) * 60 / 100 )) areas.geojson > truncated.geojson
# first half of multi.gpkg
head -c $(( $(stat -c %s multi.gpkg) / 2 )) multi.gpkg > truncated.gpkg
# text junk with geodata extensions
for f in junk.gpkg junk.shp; do
  for i in 1 2 3 4 5 6 7 8; do
    echo "this is not a geopackage nor a shapefile, just junk text line $i"
  done > "$f"
done
# shapefile without .shx
ogr2ogr -f "ESRI Shapefile" missing_shx.shp "$TMP/areas.geojson" -nln missing_shx \
        -a_srs EPSG:4326 -nlt POLYGON "${DBFDATE[@]}"
rm -f missing_shx.shx missing_shx.prj missing_shx.cpg
# shapefile without .dbf
ogr2ogr -f "ESRI Shapefile" missing_dbf.shp "$TMP/areas.geojson" -nln missing_dbf \
        -a_srs EPSG:4326 -nlt POLYGON "${DBFDATE[@]}"
rm -f missing_dbf.dbf missing_dbf.prj missing_dbf.cpg

echo "fixtures written to $OUT"
