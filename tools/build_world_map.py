#!/usr/bin/env python3
"""Build kg/data/world_110m.json: country outlines for `kg map`, from Natural Earth.

Usage:
    python tools/build_world_map.py ne_110m_admin_0_countries.geojson [-o kg/data/world_110m.json]

The input is Natural Earth's 1:110m "Admin 0 - Countries" as GeoJSON (public domain,
https://www.naturalearthdata.com/about/terms-of-use/); kg/data/README.md says which copy was
read. Standard library only, no network.

What is kept, per country: its ISO 3166 alpha-3 code (ISO_A3; where Natural Earth gives
-99 there, ISO_A3_EH, then ADM0_A3: France and Norway have -99 in ISO_A3; Kosovo's KOS
becomes XKX, the code of kg's gazetteer), its English
name (NAME), a label point (the area-weighted centroid of its largest polygon: where
`kg map` puts an event whose place is the country itself), and its polygons' outer and
inner rings with coordinates rounded to 0.1 degree (about 11 km, finer than the 1:110m
data's own accuracy) and repeated points dropped. Properties other than these are not
kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Natural Earth's own codes where kg's gazetteer (kg/data/countries.tsv) uses another one
KG_CODES = {"KOS": "XKX"}  # Kosovo: the user-assigned code the EU, the IMF and GeoNames use


def _code(props: dict) -> str:
    for key in ("ISO_A3", "ISO_A3_EH", "ADM0_A3"):
        value = str(props.get(key) or "")
        if len(value) == 3 and value != "-99":
            return KG_CODES.get(value, value)
    raise ValueError(f"no alpha-3 code for {props.get('NAME')!r}")


def _ring(points: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        p = [round(x, 1), round(y, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def _area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Signed area and centroid of a closed ring (shoelace formula)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not a:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return a / 2, cx / (3 * a), cy / (3 * a)


def country(feature: dict) -> dict:
    props, geometry = feature["properties"], feature["geometry"]
    polygons = (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
                else [geometry["coordinates"]])
    rings = [[_ring(r) for r in polygon] for polygon in polygons]
    rings = [[r for r in polygon if len(r) >= 4] for polygon in rings]
    rings = [polygon for polygon in rings if polygon]
    largest = max(rings, key=lambda polygon: abs(_area_centroid(polygon[0])[0]))
    _, x, y = _area_centroid(largest[0])
    return {"iso3": _code(props), "name": props["NAME"], "label": [round(x, 1), round(y, 1)],
            "polygons": rings}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("-o", "--output", type=Path,
                        default=Path(__file__).resolve().parent.parent / "kg/data/world_110m.json")
    args = parser.parse_args(argv)
    data = json.loads(args.source.read_text(encoding="utf-8"))
    countries = sorted((country(f) for f in data["features"]), key=lambda c: c["iso3"])
    out = {"source": "Natural Earth 1:110m Admin 0 - Countries (public domain), "
                     "naturalearthdata.com; built by tools/build_world_map.py",
           "countries": countries}
    args.output.write_text(json.dumps(out, separators=(",", ":"), ensure_ascii=False) + "\n",
                           encoding="utf-8")
    print(f"{len(countries)} countries, {args.output.stat().st_size:,} bytes -> {args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
