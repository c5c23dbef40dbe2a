"""Build ``world.json`` (country outlines for the offline event map) from Natural Earth.

Source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), as shipped
inside the geopandas 0.14.4 wheel on PyPI (``geopandas/datasets/naturalearth_lowres``). The
wheel is fetched with pip by name and version, so the same bytes give the same file:

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne
    python -m rasd.web.data.make_world /tmp/ne/geopandas-0.14.4-py3-none-any.whl

The shapefile (.shp polygons, .dbf attributes) is read here with ``struct`` (no GIS library),
each ring is rounded to 0.1 degree (about 11 km: finer than a 1:110m outline can show) with
repeated points dropped, and written as SVG path data in an equirectangular projection
(x = longitude, y = -latitude), keyed by ISO 3166-1 alpha-3 code.
"""
from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).with_name("world.json")
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
# Natural Earth marks a few countries' ISO code -99 (their ISO_A3 has overseas parts); the name
# says which country it is.
FIX_ISO = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}
DECIMALS = 1


def read_dbf(data: bytes) -> list[dict]:
    n, header_len, rec_len = struct.unpack("<xxxxIHH", data[:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    out = []
    for i in range(n):
        rec = data[header_len + i * rec_len: header_len + (i + 1) * rec_len]
        off, row = 1, {}
        for name, size in fields:
            row[name] = rec[off:off + size].decode("utf-8", "replace").strip()
            off += size
        out.append(row)
    return out


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Rings of each record (polygon type 5)."""
    out, pos = [], 100
    while pos < len(data):
        _num, length = struct.unpack(">ii", data[pos:pos + 8])
        body = data[pos + 8: pos + 8 + length * 2]
        pos += 8 + length * 2
        stype = struct.unpack("<i", body[:4])[0]
        if stype == 0:
            out.append([])
            continue
        if stype != 5:
            raise ValueError(f"shape type {stype} is not a polygon")
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts])) + [n_points]
        pts = struct.unpack(f"<{2 * n_points}d", body[44 + 4 * n_parts: 44 + 4 * n_parts + 16 * n_points])
        xy = list(zip(pts[0::2], pts[1::2]))
        out.append([xy[parts[k]:parts[k + 1]] for k in range(n_parts)])
    return out


def _area(ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / 2


def _centroid(ring) -> tuple[float, float]:
    a = _area(ring) or 1e-9
    cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / (6 * a)
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / (6 * a)
    return round(cx, 2), round(cy, 2)


def path_of(rings) -> str:
    parts = []
    for ring in rings:
        pts = []
        for x, y in ring:
            p = (round(x, DECIMALS), round(-y, DECIMALS))
            if not pts or pts[-1] != p:
                pts.append(p)
        if len(pts) < 4:
            continue
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts[:-1]) + "Z")
    return "".join(parts)


def build(wheel: str | Path, out: Path = OUT) -> int:
    with zipfile.ZipFile(wheel) as z:
        shapes = read_shp(z.read(MEMBER + ".shp"))
        rows = read_dbf(z.read(MEMBER + ".dbf"))
    world = {}
    for row, rings in zip(rows, shapes):
        iso = FIX_ISO.get(row["name"], row["iso_a3"])
        if not rings or iso in ("-99", ""):
            continue
        main = max(rings, key=lambda r: abs(_area(r)))
        world[iso] = {"name": row["name"], "path": path_of(rings), "center": _centroid(main)}
    out.write_text(json.dumps(dict(sorted(world.items())), ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    return len(world)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(f"{build(sys.argv[1])} countries -> {OUT}")
