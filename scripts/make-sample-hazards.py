#!/usr/bin/python3
"""Needs python3-gdal and python3-geographiclib (Debian packages).
Writes sample-data/hazards-illustrative.gpkg: a few SYNTHETIC hazard areas in MineAtlas's
hazard schema (lib/core/hazard/hazardstore.cpp), to show the IMAS symbology. The shapes, ids and
attributes are invented for illustration and are NOT real contamination data.
usage: /usr/bin/python3 scripts/make-sample-hazards.py sample-data/hazards-illustrative.gpkg"""
import math, os, random, sys, uuid
from geographiclib.geodesic import Geodesic
from osgeo import ogr, osr

out = sys.argv[1]
if os.path.exists(out):
    os.remove(out)
rng = random.Random(20261123)
srs = osr.SpatialReference(); srs.ImportFromEPSG(4326); srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
ds = ogr.GetDriverByName("GPKG").CreateDataSource(out)
lyr = ds.CreateLayer("hazard_areas", srs, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
fields = [("local_id", ogr.OFTString), ("guid", ogr.OFTString), ("classification", ogr.OFTString),
          ("status", ogr.OFTString), ("status_date", ogr.OFTDate), ("status_reason", ogr.OFTString),
          ("contamination", ogr.OFTString), ("evidence", ogr.OFTString), ("evidence_desc", ogr.OFTString),
          ("estimated_area_m2", ogr.OFTReal), ("remaining_area_m2", ogr.OFTReal),
          ("date_of_information", ogr.OFTDate), ("reported_by", ogr.OFTString), ("notes", ogr.OFTString),
          ("entered_coords", ogr.OFTString)]
for name, kind in fields:
    lyr.CreateField(ogr.FieldDefn(name, kind))
lyr.SetMetadataItem("MINEATLAS_HAZARD_SCHEMA", "1")
lyr.SetMetadataItem("ATTRIBUTION", "Hazard areas: SYNTHETIC, illustrative only (MineAtlas sample data), not real contamination")
combos = [(c, s) for c in ("CHA", "SHA") for s in ("open", "worked on", "closed")]
for i in range(18):
    cls, status = combos[i % len(combos)]
    lon = 32.9 + 0.55 * (i % 6) + rng.uniform(-0.05, 0.05)
    lat = 46.75 + 0.18 * (i // 6) + rng.uniform(-0.03, 0.03)
    r = 0.012 + 0.01 * rng.random()
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for k in range(9):
        a = 2 * math.pi * k / 9
        rr = r * (0.7 + 0.3 * rng.random())
        ring.AddPoint_2D(lon + rr * math.cos(a) / math.cos(math.radians(lat)), lat + rr * math.sin(a))
    ring.CloseRings()
    poly = ogr.Geometry(ogr.wkbPolygon); poly.AddGeometry(ring)
    multi = ogr.Geometry(ogr.wkbMultiPolygon); multi.AddGeometry(poly)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetGeometry(multi)
    f.SetField("local_id", "DEMO-%03d" % (i + 1))
    f.SetField("guid", str(uuid.UUID(int=rng.getrandbits(128))))
    f.SetField("classification", cls)
    f.SetField("status", status)
    f.SetField("status_date", 2026, 1 + i % 10, 1 + i, 0, 0, 0, 0)
    f.SetField("contamination", ["AP", "AP;AV", "UXO;CMR", "AV", "AP;UXO", "IED"][i % 6])
    f.SetField("evidence", "direct" if cls == "CHA" else "indirect")
    f.SetField("evidence_desc", "illustrative")
    # The estimate is the ellipsoidal area of the shape (WGS 84), as MineAtlas computes it.
    poly_area = Geodesic.WGS84.Polygon()
    for k in range(ring.GetPointCount() - 1):
        poly_area.AddPoint(ring.GetY(k), ring.GetX(k))
    area = abs(poly_area.Compute(False, True)[2])
    f.SetField("estimated_area_m2", round(area))
    f.SetField("remaining_area_m2", 0 if status == "closed" else round(area * (0.6 if status == "worked on" else 1)))
    f.SetField("date_of_information", 2026, 9, 1, 0, 0, 0, 0)
    f.SetField("reported_by", "ILLUSTRATIVE (synthetic)")
    f.SetField("notes", "Synthetic example for the symbology; NOT real contamination.")
    lyr.CreateFeature(f)
ds = None
print("wrote", out)
