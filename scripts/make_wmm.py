#!/usr/bin/env python3
"""Writes World Magnetic Model coefficients in GeographicLib's MagneticModel format.

Usage: scripts/make_wmm.py WMM.json OUTDIR NAME
  e.g. for m in 2015v2 2020 2025: scripts/make_wmm.py geomagnetism/data/wmm-$m.json resources/magnetic wmm$m
  WMM.json  a model from the npm package `geomagnetism` (data/wmm-2025.json: Gauss coefficients
            g, h in nT at the epoch and their secular variation in nT/year, indexed n(n+1)/2 + m)
  NAME      the model's file name stem, e.g. wmm2025 -> OUTDIR/wmm2025.wmm and wmm2025.wmm.cof

GeographicLib reads a text metadata file (NAME.wmm) and a little-endian binary file (NAME.wmm.cof):
an 8-character ID, then for each of NumModels + 1 coefficient sets the maximum degree N and order M
as 32-bit ints, the cosine coefficients C (m = 0..M, and within each m, n = m..N) and the sine
coefficients S (the same order without m = 0) as doubles. Set 0 is the field at the epoch, set 1
its rate of change per year (a linear model). Schmidt semi-normalised, as the WMM is published.
"""
import json
import struct
import sys
from pathlib import Path


def main():
    src, outdir, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    model = json.loads(src.read_text())
    n_max = int(model["n_max"])
    assert int(model["n_max_sec_var"]) == n_max
    count = (n_max + 1) * (n_max + 2) // 2
    for key in ("main_field_coeff_g", "main_field_coeff_h", "secular_var_coeff_g", "secular_var_coeff_h"):
        assert len(model[key]) == count, key

    def index(n, m):
        return n * (n + 1) // 2 + m

    def coefficient_set(g, h):
        cos = [g[index(n, m)] for m in range(n_max + 1) for n in range(m, n_max + 1)]
        sin = [h[index(n, m)] for m in range(1, n_max + 1) for n in range(m, n_max + 1)]
        assert cos[0] == 0, "a degree 0 term is not allowed"
        return struct.pack("<2i", n_max, n_max) + struct.pack(f"<{len(cos)}d", *cos) + \
            struct.pack(f"<{len(sin)}d", *sin)

    epoch = float(model["epoch"])
    # GeographicLib wants exactly 8 characters: WMM2025A, WMM2015V (the 2015 model's version 2).
    model_id = (f"WMM{int(epoch)}" + ("V" if name.endswith("v2") else "A"))
    assert len(model_id) == 8
    blob = model_id.encode("ascii") + \
        coefficient_set(model["main_field_coeff_g"], model["main_field_coeff_h"]) + \
        coefficient_set(model["secular_var_coeff_g"], model["secular_var_coeff_h"])
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / f"{name}.wmm.cof").write_bytes(blob)
    start, end = model["start_date"][:10], model["end_date"][:10]
    (outdir / f"{name}.wmm").write_text(f"""WMMF-1
Name            {name}
Description     {model["name"]}, World Magnetic Model (NOAA NCEI and BGS for NGA and DGC), public domain
URL             https://www.ncei.noaa.gov/products/world-magnetic-model
Publisher       National Oceanic and Atmospheric Administration
ReleaseDate     {start[:10]}
ConversionDate  written by scripts/make_wmm.py from the npm package geomagnetism ({src.name})
DataVersion     1
Radius          6371200
NumModels       1
Epoch           {epoch:g}
DeltaEpoch      5
MinTime         {epoch:g}
MaxTime         {epoch + 5:g}
MinHeight       -1000
MaxHeight       850000
# The model is for the five years from its epoch; the package says it applies {start} to {end}.
Normalization   Schmidt
ByteOrder       Little
ID              {model_id}
""")


if __name__ == "__main__":
    main()
