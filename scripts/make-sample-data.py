#!/usr/bin/env python3
"""Build MineAtlas's sample data: world countries as GeoPackage.

Usage:
    python3 scripts/make-sample-data.py OUTDIR [--work DIR] [--no-golan]

Writes OUTDIR/countries-10m.gpkg and OUTDIR/countries-110m.gpkg, each with one
layer `countries` (EPSG:4326, MultiPolygon, R-tree spatial index) and the text
fields iso_a3, iso_n3, iso_a2, name, name_iso, territory_status, note on every feature.
`name` is the common short English name (world-atlas's, with its abbreviations
written out, see SHORT_NAMES); `name_iso` is i18n-iso-countries' English name
of the feature's ISO code.

Sources (fetched from the npm registry with `npm pack`, checked against pinned
sha512 integrity values):
  * world-atlas@2.0.2 (ISC, Mike Bostock): Natural Earth (public domain)
    admin-0 countries as TopoJSON at 1:10m and 1:110m; feature `id` is the
    ISO 3166-1 numeric code as a string, `properties.name` a short name.
  * i18n-iso-countries@7.14.0 (MIT): ISO 3166-1 alpha-2/alpha-3/numeric
    codes (codes.json) and English names (langs/en.json).

All geodata is read and written with GDAL (TopoJSON and GPKG drivers).
Geometry is kept exactly as world-atlas gives it (as GDAL reads it): rings
crossing the antimeridian (Russia, Fiji, Antarctica) are NOT cut or fixed,
and nothing is simplified or re-projected. The only geometry changes are the
point-of-view changes described in sample-data/README.md:
  * Crimea (incl. Sevastopol) is moved out of Russia's multipolygon into its
    own feature (whole polygon parts, vertices untouched);
  * Mayotte is moved out of France's multipolygon, and world-atlas's
    "Indian Ocean Ter." is split into Christmas Island and Cocos (Keeling)
    Islands (whole parts, vertices untouched);
  * the Golan Heights are cut out of Israel's polygon along an approximate,
    hand-drawn pre-1967 line (new vertices only on that line); --no-golan
    skips this.

Needs: python3 with GDAL's bindings (Debian: python3-gdal), npm on PATH and
access to the npm registry. If the `python3` first on PATH has no `osgeo`
module (e.g. a pyenv interpreter), the script re-runs itself with
/usr/bin/python3.
"""

import argparse
import base64
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile

try:
    from osgeo import gdal, ogr, osr
except ImportError:  # pragma: no cover - depends on the machine
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") \
            and not os.environ.get("MAKE_SAMPLE_DATA_REEXEC"):
        os.environ["MAKE_SAMPLE_DATA_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("error: GDAL's Python bindings (osgeo) are missing: apt-get install python3-gdal")

ogr.UseExceptions()
gdal.UseExceptions()

PACKAGES = {
    "world-atlas": ("2.0.2",
                    "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="),
    "i18n-iso-countries": ("7.14.0",
                           "sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg=="),
}
RESOLUTIONS = ("10m", "110m")
FIELDS = ("iso_a3", "iso_n3", "iso_a2", "name", "name_iso", "territory_status", "note")

# Names that must be in both files exactly once (../shared/bench/mapnik_render.py
# and qgis_render.py style features by these `name` values).
BENCH_NAMES = ("Poland", "Finland", "Estonia", "Latvia", "Lithuania", "Ukraine",
               "United States of America", "Russia", "China", "Vietnam")

# world-atlas (Natural Earth NAME) abbreviations written out as the full short
# English name, keyed by world-atlas's properties.name. Every other feature
# that is a whole world-atlas feature keeps world-atlas's name as it is; the
# features in OVERRIDES and the ones the script splits off get their own names.
# The script stops if a name with "." or "St-" is left, and if an entry here
# is used in neither file.
SHORT_NAMES = {
    "Antigua and Barb.": "Antigua and Barbuda",
    "Bosnia and Herz.": "Bosnia and Herzegovina",
    "Br. Indian Ocean Ter.": "British Indian Ocean Territory",
    "British Virgin Is.": "British Virgin Islands",
    "Cayman Is.": "Cayman Islands",
    "Central African Rep.": "Central African Republic",
    "Cook Is.": "Cook Islands",
    "Dem. Rep. Congo": "Democratic Republic of the Congo",
    "Dominican Rep.": "Dominican Republic",
    "Eq. Guinea": "Equatorial Guinea",
    "Faeroe Is.": "Faroe Islands",
    "Falkland Is.": "Falkland Islands",
    "Fr. Polynesia": "French Polynesia",
    "Fr. S. Antarctic Lands": "French Southern and Antarctic Lands",
    "Heard I. and McDonald Is.": "Heard Island and McDonald Islands",
    "Marshall Is.": "Marshall Islands",
    "N. Mariana Is.": "Northern Mariana Islands",
    "Pitcairn Is.": "Pitcairn Islands",
    "S. Geo. and the Is.": "South Georgia and the South Sandwich Islands",
    "S. Sudan": "South Sudan",
    "Solomon Is.": "Solomon Islands",
    "St-Barthélemy": "Saint Barthélemy",
    "St-Martin": "Saint Martin",
    "St. Kitts and Nevis": "Saint Kitts and Nevis",
    "St. Pierre and Miquelon": "Saint Pierre and Miquelon",
    "St. Vin. and Gren.": "Saint Vincent and the Grenadines",
    "Turks and Caicos Is.": "Turks and Caicos Islands",
    "U.S. Minor Outlying Is.": "United States Minor Outlying Islands",
    "U.S. Virgin Is.": "United States Virgin Islands",
    "W. Sahara": "Western Sahara",
    "Wallis and Futuna Is.": "Wallis and Futuna Islands",
    # Not an abbreviation: renamed in 2019 (Prespa agreement; UN name since),
    # world-atlas 2.0.2 / Natural Earth 4.1.0 still has the old name.
    "Macedonia": "North Macedonia",
}

# The 193 UN member states (ISO 3166-1 alpha-3). A feature whose code is in
# this set and that has no override below gets an empty status.
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)

NSGT = "non-self-governing territory"
NSGT_NOTE = "On the UN list of Non-Self-Governing Territories; administered by "
DEP = "dependent territory"
AUTO = "autonomous territory"
NOT_MEMBER = "not a UN member"

# Status and note for every code in the data that is not a UN member state.
# The script stops if it meets a non-member code missing here.
TERRITORIES = {
    "ESH": (NSGT, "On the UN list of Non-Self-Governing Territories; mostly administered by Morocco, "
                  "claimed by the Sahrawi Arab Democratic Republic"),
    "AIA": (NSGT, NSGT_NOTE + "the United Kingdom"),
    "BMU": (NSGT, NSGT_NOTE + "the United Kingdom"),
    "VGB": (NSGT, NSGT_NOTE + "the United Kingdom"),
    "CYM": (NSGT, NSGT_NOTE + "the United Kingdom"),
    "MSR": (NSGT, NSGT_NOTE + "the United Kingdom"),
    "SHN": (NSGT, NSGT_NOTE + "the United Kingdom"),
    "TCA": (NSGT, NSGT_NOTE + "the United Kingdom"),
    "PCN": (NSGT, NSGT_NOTE + "the United Kingdom"),
    "FLK": (NSGT, NSGT_NOTE + "the United Kingdom; sovereignty disputed by Argentina (UN GA res. 2065)"),
    "GIB": (NSGT, NSGT_NOTE + "the United Kingdom; claimed by Spain"),
    "VIR": (NSGT, NSGT_NOTE + "the United States"),
    "ASM": (NSGT, NSGT_NOTE + "the United States"),
    "GUM": (NSGT, NSGT_NOTE + "the United States"),
    "PYF": (NSGT, NSGT_NOTE + "France"),
    "NCL": (NSGT, NSGT_NOTE + "France"),
    "TKL": (NSGT, NSGT_NOTE + "New Zealand"),
    "PRI": (DEP, "Unincorporated territory of the United States"),
    "MNP": (DEP, "Commonwealth in political union with the United States"),
    "UMI": (DEP, "Minor outlying islands of the United States"),
    "JEY": (DEP, "British Crown Dependency"),
    "GGY": (DEP, "British Crown Dependency"),
    "IMN": (DEP, "British Crown Dependency"),
    "SGS": (DEP, "British overseas territory; claimed by Argentina"),
    "IOT": ("disputed", "Chagos Archipelago, administered by the United Kingdom; the ICJ (2019) and "
                        "UN GA res. 73/295 regard it as part of Mauritius"),
    "HMD": (DEP, "External territory of Australia"),
    "NFK": (DEP, "External territory of Australia"),
    "CXR": (DEP, "External territory of Australia"),
    "CCK": (DEP, "External territory of Australia"),
    "ATF": (DEP, "French overseas territory (French Southern and Antarctic Lands)"),
    "SPM": (DEP, "French overseas collectivity"),
    "WLF": (DEP, "French overseas collectivity"),
    "MAF": (DEP, "French overseas collectivity"),
    "BLM": (DEP, "French overseas collectivity"),
    "MYT": ("disputed", "Overseas department of France; claimed by the Comoros (UN GA res. 31/4)"),
    "GRL": (AUTO, "Part of the Kingdom of Denmark"),
    "FRO": (AUTO, "Part of the Kingdom of Denmark"),
    "ALA": (AUTO, "Autonomous region of Finland"),
    "ABW": (AUTO, "Constituent country of the Kingdom of the Netherlands"),
    "CUW": (AUTO, "Constituent country of the Kingdom of the Netherlands"),
    "SXM": (AUTO, "Constituent country of the Kingdom of the Netherlands"),
    "HKG": ("special administrative region", "Special Administrative Region of China"),
    "MAC": ("special administrative region", "Special Administrative Region of China"),
    "COK": (NOT_MEMBER, "Self-governing in free association with New Zealand"),
    "NIU": (NOT_MEMBER, "Self-governing in free association with New Zealand"),
    "VAT": (NOT_MEMBER, "Holy See, UN non-member observer State"),
    "PSE": (NOT_MEMBER + "; territory under occupation",
            "State of Palestine, UN non-member observer State (GA res. 67/19); "
            "Occupied Palestinian Territory incl. East Jerusalem"),
    "TWN": (NOT_MEMBER + "; status disputed",
            "Governed by the Republic of China; UN GA res. 2758 recognises the PRC as China's sole representative"),
    "ATA": ("Antarctic Treaty area", "Territorial claims frozen by the Antarctic Treaty (1959)"),
}

# Notes on member states whose world-atlas geometry needs a word.
MEMBER_NOTES = {
    "RUS": "Without Crimea (separate feature, UN GA res. 68/262)",
    "UKR": "Crimea is a separate feature; includes other areas occupied by Russia",
    "ISR": "Without the Golan Heights (separate feature, UNSC res. 497)",
    "IND": "Includes the part of Jammu and Kashmir it administers (status disputed)",
    "PAK": "Includes the part of Jammu and Kashmir it administers (status disputed)",
    "GEO": "Includes Abkhazia and South Ossetia (Tskhinvali region)",
    "MDA": "Includes Transnistria",
    "FRA": "Without Mayotte (separate feature)",
}

# Features that world-atlas gives no id, a shared id or a non-ISO id, keyed by
# world-atlas's properties.name. Values: iso_a3, iso_n3, iso_a2, name, territory_status, note.
# ZZ/ZZZ: ISO 3166 user-assigned code, used here for "no UN-recognised sovereign".
OVERRIDES = {
    "Kosovo": ("XKX", "", "XK", "Kosovo", NOT_MEMBER + "; status disputed",
               "Declared independence from Serbia in 2008; UNSC res. 1244 (1999); "
               "XK/XKX are user-assigned codes, there is no ISO numeric code"),
    "N. Cyprus": ("CYP", "196", "CY", "Northern Cyprus", "area not under government control",
                  "Part of Cyprus; the self-declared 'TRNC' is recognised only by Turkey (UNSC res. 541)"),
    "Cyprus U.N. Buffer Zone": ("CYP", "196", "CY", "Cyprus UN Buffer Zone", "UN buffer zone",
                                "Part of Cyprus, controlled by UNFICYP"),
    "Somaliland": ("SOM", "706", "SO", "Somaliland", "area not under government control",
                   "Part of Somalia; self-declared Republic of Somaliland (1991), not recognised by the UN"),
    "Dhekelia": ("GBR", "826", "GB", "Dhekelia", DEP,
                 "UK Sovereign Base Area on Cyprus (Treaty of Establishment, 1960)"),
    "Akrotiri": ("GBR", "826", "GB", "Akrotiri", DEP,
                 "UK Sovereign Base Area on Cyprus (Treaty of Establishment, 1960)"),
    "USNB Guantanamo Bay": ("CUB", "192", "CU", "Guantánamo Bay Naval Base", "leased territory",
                            "Part of Cuba; US naval base under a 1903 lease that Cuba contests"),
    "Baikonur": ("KAZ", "398", "KZ", "Baikonur", "leased territory",
                 "Part of Kazakhstan, leased to Russia (Baikonur Cosmodrome)"),
    "Siachen Glacier": ("IND", "356", "IN", "Siachen Glacier", "disputed",
                        "Held by India since 1984, claimed by Pakistan; part of Jammu and Kashmir (UNSC res. 47)"),
    "Coral Sea Is.": ("AUS", "036", "AU", "Coral Sea Islands", DEP,
                      "External territory of Australia (no ISO code of its own)"),
    "Ashmore and Cartier Is.": ("AUS", "036", "AU", "Ashmore and Cartier Islands", DEP,
                                "External territory of Australia (no ISO code of its own)"),
    "Clipperton I.": ("FRA", "250", "FR", "Clipperton Island", DEP,
                      "French island in the Pacific (no ISO code of its own)"),
    "Bajo Nuevo Bank": ("COL", "170", "CO", "Bajo Nuevo Bank", "disputed",
                        "Colombian per the ICJ (Nicaragua v. Colombia, 2012); also claimed by the United States"),
    "Serranilla Bank": ("COL", "170", "CO", "Serranilla Bank", "disputed",
                        "Colombian per the ICJ (Nicaragua v. Colombia, 2012); also claimed by Honduras and the United States"),
    "Spratly Is.": ("ZZZ", "", "ZZ", "Spratly Islands", "disputed",
                    "Claimed by China, Taiwan, Vietnam, the Philippines, Malaysia and Brunei; no UN position"),
    "Scarborough Reef": ("ZZZ", "", "ZZ", "Scarborough Shoal", "disputed",
                         "Claimed by China, Taiwan and the Philippines; held by China since 2012; no UN position"),
}

CRIMEA = ("UKR", "804", "UA", "Crimea", "territory under occupation",
          "Territory of Ukraine (UN GA res. 68/262), occupied by Russia since 2014")
GOLAN = ("SYR", "760", "SY", "Golan Heights", "territory under occupation",
         "Territory of Syria occupied by Israel since 1967 (UNSC res. 497); western line approximate")

# Approximate western edge of the occupied Golan (pre-June-1967 line: east shore
# of Lake Tiberias, the upper Jordan, between Dan and Banias, Ghajar), closed
# by a box well inside Syria/Jordan/Lebanon. Only its intersection with
# Israel's polygon matters. Accuracy about 1-2 km: generalised, not delimitation.
GOLAN_CUT_WKT = ("POLYGON ((35.640 32.550, 35.640 32.705, 35.643 32.760, 35.648 32.820, 35.638 32.880, "
                 "35.628 32.910, 35.627 33.000, 35.635 33.060, 35.650 33.120, 35.655 33.180, 35.665 33.225, "
                 "35.668 33.245, 35.608 33.250, 35.608 33.700, 36.300 33.700, 36.300 32.550, 35.640 32.550))")


def sri(path):
    """Subresource-integrity string (as npm reports it) of a file."""
    with open(path, "rb") as fh:
        return "sha512-" + base64.b64encode(hashlib.sha512(fh.read()).digest()).decode()


def fetch_packages(workdir):
    """npm pack the pinned packages into workdir, verify, extract; return {name: dir}."""
    specs = [f"{name}@{ver}" for name, (ver, _) in PACKAGES.items()]
    out = subprocess.run(["npm", "pack", "--json", "--pack-destination", workdir] + specs,
                         check=True, capture_output=True, text=True, cwd=workdir).stdout
    dirs = {}
    for info in json.loads(out):
        name = info["name"]
        ver, integrity = PACKAGES[name]
        tgz = os.path.join(workdir, info["filename"])
        got = sri(tgz)
        if info["version"] != ver or got != integrity:
            sys.exit(f"error: {name}: expected {ver} {integrity}, got {info['version']} {got}")
        dest = os.path.join(workdir, f"{name}-{ver}")
        with tarfile.open(tgz) as tf:
            if hasattr(tarfile, "data_filter"):
                tf.extractall(dest, filter="data")
            else:
                tf.extractall(dest)
        dirs[name] = os.path.join(dest, "package")
        print(f"fetched {name}@{ver} ({integrity[:23]}...)")
    return dirs


def load_codes(i18n_dir):
    """Return ({n3: (a3, n3, a2, name)}, {a3: same}, {a2: name}); name is the English name."""
    with open(os.path.join(i18n_dir, "codes.json"), encoding="utf-8") as fh:
        codes = json.load(fh)
    with open(os.path.join(i18n_dir, "langs", "en.json"), encoding="utf-8") as fh:
        names = json.load(fh)["countries"]
    by_n3, iso_names = {}, {}
    for a2, a3, n3, _ in codes:
        name = names[a2]
        if isinstance(name, list):  # i18n-iso-countries' default ("official") name is the first
            name = name[0]
        by_n3[n3] = (a3, n3, a2, name)
        iso_names[a2] = name
    by_a3 = {v[0]: v for v in by_n3.values()}
    return by_n3, by_a3, iso_names


def parts_of(geom):
    """Polygon parts of a (Multi)Polygon as clones (empty list for empty)."""
    if geom is None or geom.IsEmpty():
        return []
    if geom.GetGeometryType() == ogr.wkbPolygon:
        return [geom.Clone()]
    return [geom.GetGeometryRef(i).Clone() for i in range(geom.GetGeometryCount())]


def multi(parts):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in parts:
        if p.GetGeometryType() == ogr.wkbMultiPolygon:
            for q in parts_of(p):
                mp.AddGeometry(q)
        else:
            mp.AddGeometry(p)
    return mp


def count_vertices(geom):
    n = 0
    for p in parts_of(geom):
        for r in range(p.GetGeometryCount()):
            n += p.GetGeometryRef(r).GetPointCount()
    return n


def split_parts(geom, lon, lat):
    """Split parts whose representative point lies in the lon/lat box AND whose
    envelope lies in the box widened by 0.5 degrees (guards against huge invalid
    parts, e.g. rings crossing the antimeridian, whose point-on-surface is arbitrary)."""
    keep, take = [], []
    for p in parts_of(geom):
        rp = p.PointOnSurface()
        x0, x1, y0, y1 = p.GetEnvelope()
        inside = (lon[0] <= rp.GetX() <= lon[1] and lat[0] <= rp.GetY() <= lat[1]
                  and x0 >= lon[0] - 0.5 and x1 <= lon[1] + 0.5 and y0 >= lat[0] - 0.5 and y1 <= lat[1] + 0.5)
        (take if inside else keep).append(p)
    return keep, take


def describe(parts):
    out = []
    for p in parts:
        rp = p.PointOnSurface()
        x0, x1, y0, y1 = p.GetEnvelope()
        out.append(f"part rp=({rp.GetX():.3f},{rp.GetY():.3f}) lon {x0:.3f}..{x1:.3f} lat {y0:.3f}..{y1:.3f} "
                   f"vertices {count_vertices(p)}")
    return out


def antimeridian_report(feats):
    """Per feature: consecutive-vertex longitude jumps > 180 degrees."""
    lines = []
    for f in feats:
        g = f["geom"]
        jumps, where = 0, []
        for pi, p in enumerate(parts_of(g)):
            for ri in range(p.GetGeometryCount()):
                pts = p.GetGeometryRef(ri).GetPoints()
                j = sum(1 for a, b in zip(pts, pts[1:]) if abs(b[0] - a[0]) > 180)
                if j:
                    jumps += j
                    where.append(f"part {pi} ring {ri} ({len(pts)} pts): {j}")
        if jumps or f["iso_a3"] in ("RUS", "FJI", "ATA"):
            if g.IsEmpty():
                continue
            x0, x1, y0, y1 = g.GetEnvelope()
            lines.append(f"  {f['name']}: {len(parts_of(g))} parts, {jumps} jumps [{'; '.join(where)}] "
                         f"lon {x0:.4f}..{x1:.4f} lat {y0:.4f}..{y1:.4f}")
    return lines


def build(res, wa_dir, by_n3, by_a3, iso_names, used_short, golan=True):
    """Read world-atlas countries-RES.json; return (features, unusual-id rows, source stats).
    Adds the SHORT_NAMES keys it uses to the set used_short."""
    src = os.path.join(wa_dir, f"countries-{res}.json")
    ds = gdal.OpenEx(src, gdal.OF_VECTOR, allowed_drivers=["TopoJSON"])
    lyr = ds.GetLayerByName("countries")
    raw = []
    for f in lyr:
        g = f.GetGeometryRef()
        raw.append((f.GetField("id"), f.GetField("name"), multi(parts_of(g))))
    ds = None
    id_uses, plain_uses = {}, {}
    for wid, wname, _ in raw:
        id_uses[wid] = id_uses.get(wid, 0) + 1
        if wname not in OVERRIDES:
            plain_uses[wid] = plain_uses.get(wid, 0) + 1
    src_stats = (len(raw), sum(count_vertices(g) for _, _, g in raw))
    print(f"[{res}] world-atlas: {src_stats[0]} features, {src_stats[1]} vertices")

    feats, unusual = [], []

    def add(vals, geom, wid, wname, why=None):
        a3, n3, a2, name, status, note = vals
        if "." in name or name.startswith("St-"):
            sys.exit(f"error: [{res}] name {name!r} looks abbreviated; add it to SHORT_NAMES")
        feats.append(dict(iso_a3=a3, iso_n3=n3, iso_a2=a2, name=name, name_iso=iso_names.get(a2, ""),
                          territory_status=status, note=note, geom=geom, wa_id=wid, wa_name=wname))
        if why:
            unusual.append(dict(wa_name=wname, wa_id=wid, why=why, iso_a3=a3, iso_n3=n3, iso_a2=a2,
                                name=name, territory_status=status))

    def status_of(a3):
        if a3 in TERRITORIES:
            return TERRITORIES[a3]
        if a3 in UN_MEMBERS:
            return "", MEMBER_NOTES.get(a3, "")
        sys.exit(f"error: {a3} is neither a UN member nor listed in TERRITORIES")

    def iso(a3):
        return by_a3[a3] + status_of(a3)

    def common(vals, wname):
        """vals with world-atlas's name (abbreviations written out) as the name."""
        if wname in SHORT_NAMES:
            used_short.add(wname)
        return vals[:3] + (SHORT_NAMES.get(wname, wname),) + vals[4:]

    for wid, wname, geom in raw:
        if geom.IsEmpty():
            print(f"[{res}] note: {wname!r} (id {wid}) has an empty geometry as GDAL reads world-atlas "
                  "(its only ring is degenerate after quantisation); kept with an empty MultiPolygon")
        if wid is None and wname == "Indian Ocean Ter.":
            # Christmas Island (105.6E) and the Cocos (Keeling) Islands (96.8E), both with ISO codes.
            keep, cx = split_parts(geom, (105.0, 106.5), (-11.0, -10.0))
            print(f"[{res}] 'Indian Ocean Ter.' split: {len(cx)} part(s) Christmas Island, "
                  f"{len(keep)} part(s) Cocos (Keeling) Islands")
            if not cx or not keep:
                sys.exit(f"error: [{res}] could not split 'Indian Ocean Ter.'")
            add(iso("CXR"), multi(cx), wid, wname, "no id; split (Christmas I.)")
            add(iso("CCK"), multi(keep), wid, wname, "no id; split (Cocos Is.)")
            continue
        if wname in OVERRIDES:
            why = "no id" if wid is None else (f"id {wid} shared" if id_uses[wid] > 1 else f"id {wid}")
            add(OVERRIDES[wname], geom, wid, wname, why)
            continue
        if wid is None or wid not in by_n3:
            sys.exit(f"error: [{res}] {wname!r} has id {wid!r} and no override")
        a3 = by_n3[wid][0]
        vals = common(iso(a3), wname)
        if a3 == "RUS":
            keep, crimea = split_parts(geom, (32.0, 37.0), (44.0, 46.3))
            if len(crimea) != 1:
                sys.exit(f"error: [{res}] expected 1 Crimean part in Russia, found {len(crimea)}")
            for label, wkt in (("Simferopol", "POINT (34.10 44.95)"), ("Sevastopol", "POINT (33.52 44.60)"),
                               ("Kerch", "POINT (36.47 45.35)")):
                if not crimea[0].Contains(ogr.CreateGeometryFromWkt(wkt)):
                    print(f"[{res}] note: the Crimean part does not contain {label} at this scale")
            print(f"[{res}] Crimea split out of Russia ({len(keep)} Russian parts left):")
            for line in describe(crimea):
                print("    " + line)
            add(vals, multi(keep), wid, wname)
            add(CRIMEA, multi(crimea), wid, wname, "split out of Russia (id 643)")
            continue
        if a3 == "FRA":
            keep, mayotte = split_parts(geom, (44.9, 45.4), (-13.1, -12.5))
            if mayotte:
                print(f"[{res}] Mayotte split out of France:")
                for line in describe(mayotte):
                    print("    " + line)
                add(vals, multi(keep), wid, wname)
                add(iso("MYT"), multi(mayotte), wid, wname, "split out of France (id 250)")
            else:
                add(vals[:5] + ("",), geom, wid, wname)
            continue
        if a3 == "ISR":
            if not golan:
                add(vals[:5] + ("",), geom, wid, wname)
                continue
            if not geom.IsValid():
                sys.exit(f"error: [{res}] Israel's polygon is not valid; cannot cut the Golan")
            cut = ogr.CreateGeometryFromWkt(GOLAN_CUT_WKT)
            gol, rest = geom.Intersection(cut), geom.Difference(cut)
            gol, rest = multi(parts_of(gol)), multi(parts_of(rest))
            print(f"[{res}] Golan Heights cut out of Israel: Golan {len(parts_of(gol))} part(s), "
                  f"{gol.GetArea():.4f} sq deg, {count_vertices(gol)} vertices; Israel left "
                  f"{len(parts_of(rest))} part(s), {rest.GetArea():.4f} sq deg, {count_vertices(rest)} vertices")
            add(vals, rest, wid, wname)
            add(GOLAN, gol, wid, wname, "cut out of Israel (id 376)")
            continue
        if plain_uses[wid] > 1:
            sys.exit(f"error: [{res}] id {wid} is used by several features; add an override for {wname!r}")
        add(vals, geom, wid, wname)
    return feats, unusual, src_stats


ATTRIBUTION = ("Borders: Natural Earth (public domain) via world-atlas 2.0.2 (ISC); "
               "UN point of view, see sample-data/README.md")


def write_gpkg(path, feats, res):
    if os.path.exists(path):
        os.remove(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("countries", srs, ogr.wkbMultiPolygon, options=[
        "GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES",
        f"IDENTIFIER=countries {res}",
        f"DESCRIPTION=Admin-0 countries 1:{res[:-1]}M, Natural Earth via world-atlas 2.0.2; "
        "UN point of view (see sample-data/README.md)"])
    for name in FIELDS:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    # Map credits: MineAtlas prints this under exported maps.
    lyr.SetMetadataItem("ATTRIBUTION", ATTRIBUTION)
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for f in feats:
        out = ogr.Feature(defn)
        for name in FIELDS:
            out.SetField(name, f[name])
        out.SetGeometry(f["geom"])
        lyr.CreateFeature(out)
    lyr.CommitTransaction()
    ds = None


def verify(path, feats):
    """Read the GeoPackage back and check it against what was written."""
    ds = ogr.Open(path)
    assert ds.GetLayerCount() == 1, "one layer expected"
    lyr = ds.GetLayerByName("countries")
    assert lyr.GetGeomType() == ogr.wkbMultiPolygon, ogr.GeometryTypeToName(lyr.GetGeomType())
    srs = lyr.GetSpatialRef()
    assert srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None) == "4326"
    assert [lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(len(FIELDS))] == list(FIELDS)
    assert lyr.GetFeatureCount() == len(feats), (lyr.GetFeatureCount(), len(feats))
    rtree = ds.ExecuteSQL("SELECT COUNT(*) FROM rtree_countries_geom")
    n_rtree = rtree.GetNextFeature().GetField(0)
    ds.ReleaseResultSet(rtree)
    n_nonempty = sum(1 for f in feats if not f["geom"].IsEmpty())
    assert n_rtree == n_nonempty, (n_rtree, n_nonempty)
    back = []
    for f, want in zip(lyr, feats):
        for name in FIELDS:
            assert (f.GetField(name) or "") == want[name], (name, f.GetField(name), want[name])
        assert f.GetField("iso_a3") and f.GetField("name") and f.GetField("iso_a2")
        assert f.GetField("name_iso") or f.GetField("iso_a2") == "ZZ", f.GetField("name")
        assert f.GetField("iso_n3") or f.GetField("iso_a3") in ("XKX", "ZZZ"), f.GetField("name")
        g = f.GetGeometryRef()
        assert g.GetGeometryType() == ogr.wkbMultiPolygon
        assert g.ExportToIsoWkb() == want["geom"].ExportToIsoWkb(), f"geometry differs: {want['name']}"
        back.append(dict(want, geom=g.Clone()))
    return back


def run(args, workdir):
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2000-01-01T00:00:00.000Z")  # reproducible gpkg_contents
    dirs = fetch_packages(workdir)
    by_n3, by_a3, iso_names = load_codes(dirs["i18n-iso-countries"])
    used_short = set()
    for res in RESOLUTIONS:
        feats, unusual, (n_src, v_src) = build(res, dirs["world-atlas"], by_n3, by_a3, iso_names, used_short,
                                               golan=not args.no_golan)
        path = os.path.join(args.outdir, f"countries-{res}.gpkg")
        write_gpkg(path, feats, res)
        back = verify(path, feats)
        n_v = sum(count_vertices(f["geom"]) for f in back)
        size = os.path.getsize(path)
        print(f"[{res}] wrote {path}: {len(back)} features (world-atlas {n_src}), {n_v} vertices "
              f"(world-atlas {v_src}), {size / 1e6:.2f} MB")
        if size > 15e6:
            print(f"[{res}] warning: {path} is larger than 15 MB")
        print(f"[{res}] features whose world-atlas id was missing or unusual, and what they got:")
        print("    %-24s %-6s %-30s %-4s %-4s %-3s %-27s %s" % (
            "world-atlas name", "id", "why", "a3", "n3", "a2", "name", "status"))
        for u in unusual:
            print("    %-24s %-6s %-30s %-4s %-4s %-3s %-27s %s" % (
                u["wa_name"], u["wa_id"] or "-", u["why"], u["iso_a3"], u["iso_n3"] or "-", u["iso_a2"],
                u["name"], u["territory_status"]))
        others = [f for f in back if f["territory_status"] and not any(f["name"] == u["name"] for u in unusual)]
        print(f"[{res}] other features with a non-empty status: " +
              ", ".join(f"{f['iso_a3']} ({f['territory_status']})" for f in others))
        print(f"[{res}] longitude jumps > 180 degrees between consecutive vertices, as read back:")
        for line in antimeridian_report(back):
            print("  " + line)
        names = [f["name"] for f in back]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            sys.exit(f"error: [{res}] names used by more than one feature: {dup}")
        print(f"[{res}] {sum(1 for f in back if f['wa_name'] in SHORT_NAMES and f['name'] == SHORT_NAMES[f['wa_name']])} "
              f"world-atlas names written out (SHORT_NAMES); name differs from name_iso on "
              f"{sum(1 for f in back if f['name'] != f['name_iso'])} features")
        print(f"[{res}] benchmark names (name = name_iso, iso_a3):")
        for bn in BENCH_NAMES:
            hits = [f for f in back if f["name"] == bn]
            if len(hits) != 1:
                sys.exit(f"error: [{res}] benchmark name {bn!r} is on {len(hits)} features, expected 1")
            print(f"    {bn!r} = {hits[0]['name_iso']!r}, {hits[0]['iso_a3']}")
    unused = sorted(set(SHORT_NAMES) - used_short)
    if unused:
        sys.exit(f"error: SHORT_NAMES entries matching no world-atlas feature: {unused}")


def main():
    ap = argparse.ArgumentParser(description="Build MineAtlas's sample countries GeoPackages.")
    ap.add_argument("outdir", help="where countries-10m.gpkg and countries-110m.gpkg go")
    ap.add_argument("--work", help="download and unpack the npm packages here (kept) instead of a temp dir")
    ap.add_argument("--no-golan", action="store_true", help="leave the Golan Heights inside Israel")
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    if args.work:
        os.makedirs(args.work, exist_ok=True)
        run(args, os.path.abspath(args.work))
    else:
        with tempfile.TemporaryDirectory(prefix="mineatlas-sample-") as tmp:
            run(args, tmp)


if __name__ == "__main__":
    main()
