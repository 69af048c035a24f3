#!/usr/bin/python3
"""Needs python3-gdal and python3-geographiclib (Debian packages).
Writes two SYNTHETIC, ILLUSTRATIVE layers for showing time in MineAtlas (issue 11):
  sample-data/front-line-illustrative.gpkg: hazard areas (schema version 2) recorded along an
    invented front line from 2022 to 2026, their status history (SHA -> CHA after survey, closed
    when released) and the land released from them (cancelled / reduced / cleared, each dated);
  sample-data/incidents-illustrative.gpkg: incident points with a date and a number of victims.
Every shape, date, id and number is made up. This is NOT contamination or casualty data.
usage: /usr/bin/python3 scripts/make-sample-timeline.py sample-data"""
import datetime, math, os, random, sys, uuid
from geographiclib.geodesic import Geodesic
from osgeo import ogr, osr

out_dir = sys.argv[1]
rng = random.Random(20261201)
srs = osr.SpatialReference(); srs.ImportFromEPSG(4326); srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
NOTE = "SYNTHETIC, illustrative only (MineAtlas sample data): not real contamination"
START, END = datetime.date(2022, 3, 1), datetime.date(2026, 10, 31)

# An invented line across south-eastern Ukraine, west to east (lon, lat).
LINE = [(32.6, 46.62), (33.4, 46.95), (34.3, 47.25), (35.2, 47.45), (36.0, 47.62), (36.8, 47.78), (37.5, 48.1),
        (37.9, 48.55), (38.2, 49.0)]

def along(t):
    """The point at fraction t of the line, and the unit normal there (degrees)."""
    seg = min(int(t * (len(LINE) - 1)), len(LINE) - 2)
    u = t * (len(LINE) - 1) - seg
    (x0, y0), (x1, y1) = LINE[seg], LINE[seg + 1]
    dx, dy = x1 - x0, y1 - y0
    n = math.hypot(dx, dy)
    return x0 + u * dx, y0 + u * dy, -dy / n, dx / n

def day(d):
    return (d.year, d.month, d.day, 0, 0, 0, 0)

def add_days(d, n):
    return min(d + datetime.timedelta(days=int(n)), END)

def ring_area(points):
    p = Geodesic.WGS84.Polygon()
    for lon, lat in points[:-1]:
        p.AddPoint(lat, lon)
    return abs(p.Compute(False, True)[2])

def multipolygon(points):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for lon, lat in points:
        ring.AddPoint_2D(lon, lat)
    poly = ogr.Geometry(ogr.wkbPolygon); poly.AddGeometry(ring)
    multi = ogr.Geometry(ogr.wkbMultiPolygon); multi.AddGeometry(poly)
    return multi

def blob(lon, lat, radius_deg, k=11):
    pts = []
    for i in range(k):
        a = 2 * math.pi * i / k
        r = radius_deg * (0.65 + 0.35 * rng.random())
        pts.append((lon + r * math.cos(a) / math.cos(math.radians(lat)), lat + r * math.sin(a)))
    pts.append(pts[0])
    return pts

def shrink(points, factor, towards):
    cx, cy = towards
    return [(cx + (x - cx) * factor, cy + (y - cy) * factor) for x, y in points]

path = os.path.join(out_dir, "front-line-illustrative.gpkg")
if os.path.exists(path):
    os.remove(path)
ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
areas = ds.CreateLayer("hazard_areas", srs, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
for name, kind in [("local_id", ogr.OFTString), ("guid", ogr.OFTString), ("classification", ogr.OFTString),
                   ("status", ogr.OFTString), ("status_date", ogr.OFTDate), ("status_reason", ogr.OFTString),
                   ("contamination", ogr.OFTString), ("evidence", ogr.OFTString), ("evidence_desc", ogr.OFTString),
                   ("estimated_area_m2", ogr.OFTReal), ("remaining_area_m2", ogr.OFTReal),
                   ("date_of_information", ogr.OFTDate), ("reported_by", ogr.OFTString), ("notes", ogr.OFTString),
                   ("entered_coords", ogr.OFTString), ("recorded_date", ogr.OFTDate)]:
    areas.CreateField(ogr.FieldDefn(name, kind))
areas.SetMetadataItem("MINEATLAS_HAZARD_SCHEMA", "2")
areas.SetMetadataItem("ATTRIBUTION", "Front line, hazards and releases: " + NOTE)
history = ds.CreateLayer("status_history", None, ogr.wkbNone)
for name, kind in [("hazard_guid", ogr.OFTString), ("change_date", ogr.OFTDate), ("classification", ogr.OFTString),
                   ("status", ogr.OFTString), ("reason", ogr.OFTString)]:
    history.CreateField(ogr.FieldDefn(name, kind))
release = ds.CreateLayer("land_release", srs, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
for name, kind in [("guid", ogr.OFTString), ("hazard_guid", ogr.OFTString), ("kind", ogr.OFTString),
                   ("method", ogr.OFTString), ("release_date", ogr.OFTDate), ("area_m2", ogr.OFTReal),
                   ("organisation", ogr.OFTString), ("notes", ogr.OFTString)]:
    release.CreateField(ogr.FieldDefn(name, kind))

def event(guid, when, cls, status, reason):
    f = ogr.Feature(history.GetLayerDefn())
    f.SetField("hazard_guid", guid); f.SetField("change_date", *day(when))
    f.SetField("classification", cls); f.SetField("status", status); f.SetField("reason", reason)
    history.CreateFeature(f)

def released(guid, hazard_guid, kind, method, when, points):
    f = ogr.Feature(release.GetLayerDefn())
    f.SetGeometry(multipolygon(points))
    f.SetField("guid", guid); f.SetField("hazard_guid", hazard_guid); f.SetField("kind", kind)
    f.SetField("method", method); f.SetField("release_date", *day(when))
    f.SetField("area_m2", round(ring_area(points), 1))
    f.SetField("organisation", "ILLUSTRATIVE (synthetic)"); f.SetField("notes", NOTE)
    release.CreateFeature(f)
    return ring_area(points)

ds.StartTransaction()
span = (END - START).days
counts = {"areas": 0, "cha": 0, "cancelled": 0, "reduced": 0, "cleared": 0}
for i in range(320):
    # The front moves east over time: early records in the west, later ones further along.
    when = START + datetime.timedelta(days=int(span * min(1, max(0, rng.betavariate(1.3, 1.6)))))
    t = min(0.999, max(0.0, (when - START).days / span * 0.75 + rng.uniform(-0.08, 0.3)))
    x, y, nx, ny = along(t)
    offset = rng.gauss(0, 0.09)
    lon, lat = x + nx * offset, y + ny * offset
    pts = blob(lon, lat, 0.004 + 0.007 * rng.random())
    area = ring_area(pts)
    guid = str(uuid.UUID(int=rng.getrandbits(128)))
    cls, status, remaining = "SHA", "open", area
    event(guid, when, "SHA", "open", "recorded (illustrative)")
    survey = add_days(when, rng.uniform(60, 500))
    fate = rng.random()
    if survey < END and fate < 0.22:
        # Non-technical survey finds no evidence: the whole area is cancelled.
        released(str(uuid.UUID(int=rng.getrandbits(128))), guid, "cancelled", "non-technical survey", survey, pts)
        event(guid, survey, "SHA", "closed", "cancelled by non-technical survey (illustrative)")
        status, remaining = "closed", 0
        counts["cancelled"] += 1
    elif survey < END and fate < 0.75:
        event(guid, survey, "CHA", "worked on", "confirmed by technical survey (illustrative)")
        cls, status = "CHA", "worked on"
        counts["cha"] += 1
        # Technical survey reduces the outer part; clearance later clears the rest.
        inner = shrink(pts, 0.6, (lon, lat))
        reduced = add_days(survey, rng.uniform(20, 200))
        if reduced < END:
            # The reduced part is the ring between the outline and the inner core: drawn as the
            # outline with the core as a hole.
            outer = ogr.Geometry(ogr.wkbLinearRing)
            for p in pts:
                outer.AddPoint_2D(*p)
            hole = ogr.Geometry(ogr.wkbLinearRing)
            for p in inner:
                hole.AddPoint_2D(*p)
            poly = ogr.Geometry(ogr.wkbPolygon); poly.AddGeometry(outer); poly.AddGeometry(hole)
            multi = ogr.Geometry(ogr.wkbMultiPolygon); multi.AddGeometry(poly)
            f = ogr.Feature(release.GetLayerDefn())
            f.SetGeometry(multi)
            part = ring_area(pts) - ring_area(inner)
            f.SetField("guid", str(uuid.UUID(int=rng.getrandbits(128)))); f.SetField("hazard_guid", guid)
            f.SetField("kind", "reduced"); f.SetField("method", "technical survey"); f.SetField("release_date", *day(reduced))
            f.SetField("area_m2", round(part, 1)); f.SetField("organisation", "ILLUSTRATIVE (synthetic)"); f.SetField("notes", NOTE)
            release.CreateFeature(f)
            remaining -= part
            counts["reduced"] += 1
            cleared = add_days(reduced, rng.uniform(60, 400))
            if cleared < END and rng.random() < 0.6:
                remaining -= released(str(uuid.UUID(int=rng.getrandbits(128))), guid, "cleared", "manual clearance", cleared, inner)
                event(guid, cleared, "CHA", "closed", "cleared (illustrative)")
                status, remaining = "closed", 0
                counts["cleared"] += 1
    f = ogr.Feature(areas.GetLayerDefn())
    f.SetGeometry(multipolygon(pts))
    f.SetField("local_id", "TL-%03d" % (i + 1)); f.SetField("guid", guid)
    f.SetField("classification", cls); f.SetField("status", status)
    f.SetField("status_date", *day(when)); f.SetField("status_reason", "illustrative")
    f.SetField("contamination", rng.choice(["AP", "AP;AV", "AV", "UXO;CMR", "AP;UXO"]))
    f.SetField("evidence", "direct" if cls == "CHA" else "indirect"); f.SetField("evidence_desc", "illustrative")
    f.SetField("estimated_area_m2", round(area)); f.SetField("remaining_area_m2", round(max(0, remaining)))
    f.SetField("date_of_information", *day(when)); f.SetField("recorded_date", *day(when))
    f.SetField("reported_by", "ILLUSTRATIVE (synthetic)"); f.SetField("notes", NOTE)
    areas.CreateFeature(f)
    counts["areas"] += 1
ds.CommitTransaction()
ds = None

path = os.path.join(out_dir, "incidents-illustrative.gpkg")
if os.path.exists(path):
    os.remove(path)
ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
pts = ds.CreateLayer("incidents", srs, ogr.wkbPoint, ["GEOMETRY_NAME=geom", "FID=fid"])
for name, kind in [("incident_date", ogr.OFTDate), ("victims", ogr.OFTInteger), ("device", ogr.OFTString),
                   ("notes", ogr.OFTString)]:
    pts.CreateField(ogr.FieldDefn(name, kind))
pts.SetMetadataItem("ATTRIBUTION", "Incidents: " + NOTE.replace("contamination", "casualty data"))
ds.StartTransaction()
for i in range(1500):
    when = START + datetime.timedelta(days=int(span * min(1, max(0, rng.betavariate(1.4, 1.4)))))
    t = min(0.999, max(0.0, (when - START).days / span * 0.75 + rng.uniform(-0.1, 0.3)))
    x, y, nx, ny = along(t)
    offset = rng.gauss(0, 0.12)
    f = ogr.Feature(pts.GetLayerDefn())
    g = ogr.Geometry(ogr.wkbPoint); g.AddPoint_2D(x + nx * offset + rng.gauss(0, 0.02), y + ny * offset + rng.gauss(0, 0.02))
    f.SetGeometry(g)
    f.SetField("incident_date", *day(when)); f.SetField("victims", 1 + int(rng.expovariate(1.2)))
    f.SetField("device", rng.choice(["AP mine", "AV mine", "UXO", "submunition", "unknown"])); f.SetField("notes", NOTE)
    pts.CreateFeature(f)
ds.CommitTransaction()
print(counts)
