#!/usr/bin/python3
"""A heavy border layer for benchmarks: the 1:10m countries densified (midpoints displaced a little,
so the new vertices are not collinear), ~850,000 small synthetic lakes cut out as holes and ~70,000
small synthetic islands added as parts -- ~8 M vertices in ~900 k rings across the 259 features,
the shape of an OSM-derived or 10 m-resolution land dataset. Synthetic: not real lakes or islands.
usage: make_ring_borders.py COUNTRIES.gpkg OUT.gpkg [LAKES] [ISLANDS] [SEED]"""
import struct, sys
import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
src_path, out = sys.argv[1], sys.argv[2]
lakes_wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 850000
islands_wanted = int(sys.argv[4]) if len(sys.argv) > 4 else 70000
rng = np.random.default_rng(int(sys.argv[5]) if len(sys.argv) > 5 else 13)
CELL = 0.05  # degrees: lakes and islands are placed one per grid cell, so none overlap

src = ogr.Open(src_path)
lyr = src.GetLayer(0)
defn = lyr.GetLayerDefn()
fields = [defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())]

# Parts as (feature index, exterior xy, [hole xy]) arrays.
features, parts = [], []
for fi, f in enumerate(lyr):
    features.append([f.GetField(i) for i in range(len(fields))])
    g = f.GetGeometryRef()
    polys = [g] if g.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D) else [g.GetGeometryRef(i) for i in range(g.GetGeometryCount())]
    for p in polys:
        rings = [np.array(p.GetGeometryRef(k).GetPoints())[:, :2] for k in range(p.GetGeometryCount())]
        parts.append((fi, rings[0], rings[1:]))

# A grid of part ids (1-based; 0 = sea), to put lakes strictly inside a part and islands at sea.
w, h = int(360 / CELL), int(180 / CELL)
mem = gdal.GetDriverByName("MEM").Create("", w, h, 1, gdal.GDT_UInt32)
mem.SetGeoTransform([-180, CELL, 0, 90, 0, -CELL])
srs = osr.SpatialReference(); srs.ImportFromEPSG(4326)
srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
mem.SetSpatialRef(srs)
vds = ogr.GetDriverByName("Memory").CreateDataSource("")
vl = vds.CreateLayer("parts", srs, ogr.wkbPolygon)
vl.CreateField(ogr.FieldDefn("pid", ogr.OFTInteger))
for pid, (fi, ext, holes) in enumerate(parts):
    poly = ogr.Geometry(ogr.wkbPolygon)
    for r in [ext] + holes:
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in r:
            ring.AddPoint_2D(float(x), float(y))
        poly.AddGeometry(ring)
    feat = ogr.Feature(vl.GetLayerDefn()); feat.SetField("pid", pid + 1); feat.SetGeometry(poly); vl.CreateFeature(feat)
gdal.RasterizeLayer(mem, [1], vl, options=["ATTRIBUTE=pid", "ALL_TOUCHED=TRUE"])
grid = mem.GetRasterBand(1).ReadAsArray().astype(np.int64)
pad = np.pad(grid, 1, constant_values=0)
same = np.ones_like(grid, dtype=bool)
sea_around = np.ones_like(grid, dtype=bool)
for dy in (-1, 0, 1):
    for dx in (-1, 0, 1):
        nb = pad[1 + dy:1 + dy + h, 1 + dx:1 + dx + w]
        same &= nb == grid
        sea_around &= nb == 0
# Lakes: cells whose whole 3x3 neighbourhood lies in the same part (all-touched rasterising makes
# that a cell well inside). Islands: sea cells with sea all around but land two cells away.
inner = np.flatnonzero(same & (grid > 0))
lake_cells = rng.choice(inner, size=min(lakes_wanted, inner.size), replace=False)
pad2 = np.pad(grid, 2, constant_values=0)
near = np.zeros_like(grid)
for dy in (-2, 2):
    for dx in (-2, -1, 0, 1, 2):
        nb = pad2[2 + dy:2 + dy + h, 2 + dx:2 + dx + w]
        near = np.where(near == 0, nb, near)
for dx in (-2, 2):
    for dy in (-1, 0, 1):
        nb = pad2[2 + dy:2 + dy + h, 2 + dx:2 + dx + w]
        near = np.where(near == 0, nb, near)
coastal = np.flatnonzero(sea_around & (near > 0))
island_cells = rng.choice(coastal, size=min(islands_wanted, coastal.size), replace=False)


def blob(cell, clockwise):
    """A small closed ring of 6-9 vertices inside its grid cell."""
    cy, cx = divmod(int(cell), w)
    x0 = -180 + (cx + 0.25 + 0.5 * rng.random()) * CELL
    y0 = 90 - (cy + 0.25 + 0.5 * rng.random()) * CELL
    n = int(rng.integers(5, 9))
    r = CELL * (0.04 + 0.2 * rng.random())
    a = np.sort(rng.random(n)) * 2 * np.pi
    if clockwise:
        a = a[::-1]
    rr = r * (0.6 + 0.4 * rng.random(n))
    xy = np.column_stack([x0 + rr * np.cos(a), y0 + rr * np.sin(a)])
    return np.vstack([xy, xy[:1]])


def densify(ring):
    """Midpoints displaced sideways by up to 15 % of the edge (of at most 0.1 degree of it: long
    edges such as the cut along 180 degrees stay straight): twice the vertices, none collinear."""
    a, b = ring[:-1], ring[1:]
    d = b - a
    d = d * np.minimum(1.0, 0.1 / np.maximum(np.hypot(d[:, 0], d[:, 1]), 1e-12))[:, None]
    off = (rng.random(len(a)) - 0.5) * 0.3
    mid = (a + b) / 2 + np.column_stack([-d[:, 1], d[:, 0]]) * off[:, None]
    outp = np.empty((2 * len(a) + 1, 2))
    outp[0:-1:2], outp[1:-1:2], outp[-1] = a, mid, ring[-1]
    return outp


holes_of = {}
for c in lake_cells:
    holes_of.setdefault(int(grid.flat[int(c)]) - 1, []).append(blob(c, True))
islands_of = {}
for c in island_cells:
    islands_of.setdefault(int(near.flat[int(c)]) - 1, []).append(blob(c, False))

polys_of = [[] for _ in features]  # feature -> list of list-of-rings
for pid, (fi, ext, holes) in enumerate(parts):
    polys_of[fi].append([densify(ext)] + [densify(hh) for hh in holes] + holes_of.get(pid, []))
for pid, rings in islands_of.items():
    polys_of[parts[pid][0]].extend([[r] for r in rings])


def wkb_multipolygon(polys):
    out = [struct.pack("<BII", 1, 6, len(polys))]
    for rings in polys:
        out.append(struct.pack("<BII", 1, 3, len(rings)))
        for r in rings:
            out.append(struct.pack("<I", len(r)))
            out.append(np.ascontiguousarray(r, dtype="<f8").tobytes())
    return b"".join(out)


drv = ogr.GetDriverByName("GPKG")
ds = drv.CreateDataSource(out)
ol = ds.CreateLayer("borders", srs, ogr.wkbMultiPolygon)
for fd in fields:
    ol.CreateField(fd)
ds.StartTransaction()
vertices = rings_total = parts_total = 0
for fi, attrs in enumerate(features):
    f = ogr.Feature(ol.GetLayerDefn())
    for i, v in enumerate(attrs):
        f.SetField(i, v)
    f.SetGeometry(ogr.CreateGeometryFromWkb(wkb_multipolygon(polys_of[fi])))
    ol.CreateFeature(f)
    parts_total += len(polys_of[fi])
    rings_total += sum(len(p) for p in polys_of[fi])
    vertices += sum(len(r) for p in polys_of[fi] for r in p)
ds.CommitTransaction()
print("features %d parts %d rings %d vertices %d" % (len(features), parts_total, rings_total, vertices))
