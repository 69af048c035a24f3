#!/usr/bin/env bash
# Regenerates the small bad-input corpus in tests/data/bad (see README.md here). Needs GDAL's
# command-line tools (gdal-bin) and sqlite3. Large inputs (a polygon of 1 M vertices, 1 MB
# attribute strings, a symlink loop, a directory named like a file, a file deleted while it
# loads) are made by tst_badinputs at test time instead of being committed.
set -euo pipefail
cd "$(dirname "$0")"
src=../areas.geojson
rm -f -- *.geojson *.gpkg *.shp *.shx *.dbf *.prj *.cpg *.fgb *.kml *.gml *.tif *.mbtiles *.csv *.topojson *.json
export OGR_CURRENT_DATE=2026-01-01T00:00:00Z
point() { printf '{"type":"Feature","properties":{"n":%s},"geometry":{"type":"Point","coordinates":[%s]}}' "$1" "$2"; }
fc() { printf '{"type":"FeatureCollection","features":[%s]}\n' "$1"; }

: > empty.geojson
fc "" > zero-features.geojson
head -c 300 "$src" > truncated.geojson
printf '{"type": "FeatureCollection", "features": [ {"type": "Feature", ]\n' > invalid-json.geojson

python3 -c "import sys; sys.stdout.buffer.write(bytes((i * 97 + 13) % 256 for i in range(4096)))" > junk.gpkg
cp junk.gpkg junk.shp
cp junk.gpkg junk.fgb
printf 'this is not a map\n' > junk.geojson

ogr2ogr -q -f GPKG whole.gpkg "$src" -nln areas
head -c 8192 whole.gpkg > truncated.gpkg
ogr2ogr -q -f FlatGeobuf whole.fgb "$src" -nln areas
head -c $(( $(stat -c %s whole.fgb) - 40 )) whole.fgb > truncated.fgb
ogr2ogr -q -f "ESRI Shapefile" truncated.shp "$src" -nln truncated
head -c $(( $(stat -c %s truncated.shp) - 60 )) truncated.shp > t && mv t truncated.shp
ogr2ogr -q -f "ESRI Shapefile" missing-dbf.shp "$src" -nln missing-dbf && rm -f missing-dbf.dbf missing-dbf.cpg
ogr2ogr -q -f "ESRI Shapefile" missing-shx.shp "$src" -nln missing-shx && rm missing-shx.shx
ogr2ogr -q -f "ESRI Shapefile" broken-prj.shp "$src" -nln broken-prj
printf 'GEOGCS["WGS 84",DATUM["WGS_1984"' > broken-prj.prj

# Geometry blobs GDAL cannot decode in one of two features.
ogr2ogr -q -f GPKG broken-blob.gpkg "$src" -nln areas
ogrinfo -q broken-blob.gpkg -sql "UPDATE areas SET geom = X'4750000100000000DEADBEEF' WHERE id = 2" > /dev/null
rm -f whole.gpkg whole.fgb

fc "$(point 1 '30.5,50.4'),$(point 2 'NaN,10'),$(point 3 '30,Infinity')" > non-finite.geojson
fc "$(point 1 '1e308,-1e308'),$(point 2 '30,50')" > huge.geojson
fc "$(point 1 '50.45,130.52'),$(point 2 '49.84,124.03'),$(point 3 '46.48,130.72')" > swapped-axes.geojson
fc "$(point 1 ''),$(point 2 '30,50')" > point-without-coordinates.geojson
fc '{"type":"Feature","properties":{"n":1},"geometry":{"type":"Polygon","coordinates":[[[30,50],[31,50],[30,50]]]}},{"type":"Feature","properties":{"n":2},"geometry":{"type":"Polygon","coordinates":[[[30,50],[30,50],[30,50],[30,50]]]}}' > degenerate.geojson
fc '{"type":"Feature","properties":{"n":1},"geometry":{"type":"Polygon","coordinates":[[[30,50],[31,51],[31,50],[30,51],[30,50]]]}}' > self-intersecting.geojson
fc '{"type":"Feature","properties":{"n":1},"geometry":{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"Polygon","coordinates":[[[30,50],[31,50],[31,51],[30,51],[30,50]]]},{"type":"Point","coordinates":[32,52]}]}]}]}}' > nested-collections.geojson
printf 'id,name,lon,lat\n1,Caf\xe9,30.5,50.4\n2,Stra\xdfe,31.5,50.4\n' > non-utf8.csv
printf 'id,lon,lat\n1,30.5,50.4\n2,31.5,50.4\n3,32.5,50.4\n4,30.5,51.4\n' > points-xy.csv
# Two columns named like a longitude ("x", an easting here, and "lon"), or like a latitude: GDAL 3.6
# crashed reading them with the geometry columns dropped. The last is the input libFuzzer found it with.
printf 'id,x,lon,lat\n1,500000,30.5,50.4\n2,571000,31.5,50.4\n' > two-longitudes.csv
printf 'id,y,lat,lon\n1,5580000,50.4,30.5\n2,5581000,50.5,31.5\n' > two-latitudes.csv
base64 -d > fuzz-duplicate-lon.csv <<'B64'
aWQsbmFtZSxsb24sbGFBaWQsbG9uLGxhdAoxLDMwLjWWCjAsQ2Fm6SwzMC41LDUwLjQKMixTdHJh32UsMzEuNSw1OzAuLDUwLjQKMv//////////////////////////////////////////////NAr//////////y40CjMsMzIuMDU1LC40CjQsMzAuNSw1MS40Cg==
B64
cp "$src" "міни-ділянки.geojson"
# TopoJSON whose second object points to an arc that does not exist.
printf '{"type":"Topology","arcs":[[[30,50],[31,50],[31,51],[30,51],[30,50]]],"objects":{"areas":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0]],"properties":{"n":1}},{"type":"Polygon","arcs":[[7]],"properties":{"n":2}}]}}}\n' > dangling-arcs.topojson
# Entity expansion ("billion laughs") in KML and GML.
lol='<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
printf '<?xml version="1.0"?>%s<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&lol9;</name><Point><coordinates>30,50</coordinates></Point></Placemark></Document></kml>\n' "$lol" > entity-expansion.kml
printf '<?xml version="1.0"?>%s<ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml"><gml:featureMember><ogr:a><ogr:name>&lol9;</ogr:name><ogr:geometryProperty><gml:Point><gml:coordinates>30,50</gml:coordinates></gml:Point></ogr:geometryProperty></ogr:a></gml:featureMember></ogr:FeatureCollection>\n' "$lol" > entity-expansion.gml
# A GeoTIFF whose pixel data is overwritten with junk, and an MBTiles with a tile that is not an image.
gdal_translate -q ../raster.tif corrupt.tif -co COMPRESS=DEFLATE -co TILED=YES -co BLOCKXSIZE=16 -co BLOCKYSIZE=16
python3 - corrupt.tif <<'PY'
import struct, sys
p = sys.argv[1]
b = bytearray(open(p, 'rb').read())
# Find the tiles through the TIFF directory (tags 324 TileOffsets, 325 TileByteCounts) and fill
# the compressed bytes of the middle third of them with a fixed junk pattern: the header stays
# readable, those tiles cannot be inflated.
(ifd,) = struct.unpack_from('<I', b, 4)
(count,) = struct.unpack_from('<H', b, ifd)
tags = {}
for e in range(count):
    tag, typ, n, value = struct.unpack_from('<HHII', b, ifd + 2 + 12 * e)
    tags[tag] = (typ, n, value)
def array(tag):
    typ, n, value = tags[tag]
    size, fmt = {3: (2, '<H'), 4: (4, '<I'), 16: (8, '<Q')}[typ]
    if n * size <= 4:  # small arrays sit in the entry itself
        return [struct.unpack_from(fmt, struct.pack('<I', value), size * k)[0] for k in range(n)]
    return [struct.unpack_from(fmt, b, value + size * k)[0] for k in range(n)]
offsets, sizes = array(324), array(325)
third = len(offsets) // 3
for t in range(third, 2 * third):
    for i in range(offsets[t], offsets[t] + sizes[t]):
        b[i] = (i * 31 + 7) % 256
open(p, 'wb').write(bytes(b))
PY
gdal_create -q -of GTiff -outsize 256 256 -bands 3 -ot Byte -burn 200 -a_srs EPSG:3857 -a_ullr 3339584.7 6446275.8 3378720.4 6407140.1 t.tif
gdal_translate -q -of MBTILES t.tif corrupt-tile.mbtiles && rm t.tif
sqlite3 corrupt-tile.mbtiles "UPDATE tiles SET tile_data = X'89504E470D0A1A0A0000DEADBEEF' WHERE rowid = (SELECT min(rowid) FROM tiles);"
echo "bad-input corpus written: $(ls | wc -l) files"
