"""Charts drawn as SVG on the server: events per day by type, and the actor network.

Every label goes through ``markupsafe.escape``; the SVG is inlined in the page, so it needs no
script and no external asset. Colours are presentation only; which PLOVER type counts as
cooperation or conflict is data (``plover_quad.tsv``, from the PLOVER README's quad categories).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from markupsafe import Markup

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# Cooperation in greens/blues, conflict in oranges/reds, so the timeline reads like the network.
TYPE_COLOR = {
    "AGREE": "#1b7837", "CONSULT": "#4393c3", "SUPPORT": "#5aae61", "CONCEDE": "#a6dba0",
    "COOPERATE": "#2166ac", "AID": "#92c5de", "RETREAT": "#80cdc1",
    "REQUEST": "#fdb863", "ACCUSE": "#e08214", "REJECT": "#b35806", "THREATEN": "#d6604d",
    "PROTEST": "#f4a582", "SANCTION": "#c51b7d", "MOBILIZE": "#8c510a", "COERCE": "#b2182b", "ASSAULT": "#67001f",
}
SIDE_COLOR = {"cooperation": "#2166ac", "conflict": "#b2182b", "other": "#888888"}


@lru_cache(maxsize=1)
def quad_table() -> dict[str, tuple[str, str]]:
    """PLOVER type -> (quad category, cooperation|conflict)."""
    out = {}
    for line in (Path(__file__).with_name("plover_quad.tsv")).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typ, quad, side = line.split("\t")
        out[typ] = (quad, side)
    return out


def side_of(event_type: str | None) -> str:
    return quad_table().get(str(event_type or "").upper(), ("", "other"))[1]


def color_of(event_type: str | None) -> str:
    return TYPE_COLOR.get(str(event_type or "").upper(), "#888888")


def _day(value) -> date | None:
    s = str(value or "")[:10]
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def _bucket(day: date, unit: str) -> date:
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _next(d: date, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=1)
    if unit == "month":
        return date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date(d.year + 1, 1, 1)


def _fmt(d: date, unit: str) -> str:
    return d.isoformat() if unit == "day" else d.isoformat()[:7] if unit == "month" else str(d.year)


def timeline(rows: Iterable[tuple[str | None, str | None, int]], width: int = 900, height: int = 220,
             max_bars: int = 180) -> Markup:
    """Stacked bars of events per day (``rows`` = (date, type, events)), stacked by PLOVER type.

    One bar per day while the dates span at most ``max_bars`` days (half a year: bars stay
    wider than 4 px); a longer span is drawn per month, and per year beyond ``max_bars`` months,
    so a corpus of many years still shows every event. Events without a full date are counted
    in the caption, not drawn."""
    days: dict[date, Counter] = defaultdict(Counter)
    undated = 0
    for d, typ, n in rows:
        day = _day(d)
        if day is None:
            undated += n
            continue
        days[day][str(typ or "?")] += n
    if not days:
        return Markup('<svg class="chart timeline" role="img" width="{w}" height="40" viewBox="0 0 {w} 40" '
                      'xmlns="http://www.w3.org/2000/svg"><text x="{x}" y="24" text-anchor="middle">'
                      'لا أحداث مؤرخة ({u} بلا تاريخ)</text></svg>').format(w=width, x=width // 2, u=undated)
    first, last = min(days), max(days)
    unit = "day"
    if (last - first).days + 1 > max_bars:
        unit = "month" if (last.year - first.year) * 12 + last.month - first.month + 1 <= max_bars else "year"
    per: dict[date, Counter] = defaultdict(Counter)
    for day, c in days.items():
        per[_bucket(day, unit)].update(c)
    slots = []
    cur = _bucket(first, unit)
    while cur <= last:
        slots.append(cur)
        cur = _next(cur, unit)
    pad_l, pad_r, pad_t, pad_b = 36, 10, 10, 40
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b
    peak = max(sum(c.values()) for c in per.values())
    # Bars at most 40 px wide: one day alone must not look like a wall.
    bar_w = min(plot_w / len(slots), 40)
    x0 = pad_l + (plot_w - bar_w * len(slots)) / 2
    parts = [str(Markup('<svg class="chart timeline" role="img" aria-label="events per {u}" width="{w}" height="{h}" '
                        'viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg" direction="ltr" data-unit="{u}">')
                 .format(w=width, h=height, u=unit))]
    # Time runs left to right, as on every calendar axis, even in a right-to-left page.
    parts.append(f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - pad_r}" y2="{pad_t + plot_h}" stroke="#999"/>')
    parts.append(f'<text x="{pad_l - 4}" y="{pad_t + 10}" text-anchor="end" font-size="11">{peak}</text>')
    parts.append(f'<text x="{pad_l - 4}" y="{pad_t + plot_h}" text-anchor="end" font-size="11">0</text>')
    for k, slot in enumerate(slots):
        counts = per.get(slot)
        if not counts:
            continue
        x = x0 + k * bar_w
        y = pad_t + plot_h
        for typ in sorted(counts, key=lambda t: (PLOVER_TYPES.index(t) if t in PLOVER_TYPES else 99, t)):
            h = plot_h * counts[typ] / peak
            y -= h
            parts.append(str(Markup(
                '<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}">'
                '<title>{} {}: {}</title></rect>').format(
                    x + 0.5, y, max(bar_w - 1, 1), h, color_of(typ), _fmt(slot, unit), typ, counts[typ])))
    # Date ticks: about eight across the axis, always the first and the last slot.
    step = max(1, math.ceil(len(slots) / 8))
    ticks = sorted(set(range(0, len(slots), step)) | {len(slots) - 1})
    for k in ticks:
        if k != len(slots) - 1 and len(slots) - 1 - k < step / 2:
            continue
        x = x0 + (k + 0.5) * bar_w
        # A label near either edge is anchored inwards so it is never cut off.
        anchor = "start" if x < pad_l + 35 else "end" if x > width - pad_r - 35 else "middle"
        x = max(x, pad_l) if anchor == "start" else min(x, width - pad_r) if anchor == "end" else x
        parts.append(f'<text x="{x:.1f}" y="{pad_t + plot_h + 16}" text-anchor="{anchor}" font-size="11">'
                     f'{_fmt(slots[k], unit)}</text>')
    caption = {"day": "أحداث في اليوم", "month": "أحداث في الشهر", "year": "أحداث في السنة"}[unit]
    if undated:
        caption += f" · {undated} بلا تاريخ"
    parts.append(f'<text x="{width - pad_r}" y="{height - 6}" text-anchor="end" font-size="11">{caption}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def network(edges: Iterable[tuple[str, str, str, int]], width: int = 900, height: int = 560,
            max_nodes: int = 40) -> Markup:
    """Who did what to whom: nodes on a circle, one line per (source, target, side) with its
    count as width; ``edges`` = (source name, target name, PLOVER type, count). Only the
    ``max_nodes`` most active actors are drawn (a hairball of hundreds says nothing)."""
    agg: Counter = Counter()
    types: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for s, t, typ, c in edges:
        if not s or not t or s == t:
            continue
        side = side_of(typ)
        agg[(s, t, side)] += int(c or 1)
        types[(s, t, side)][typ] += int(c or 1)
    degree: Counter = Counter()
    for (s, t, _), c in agg.items():
        degree[s] += c
        degree[t] += c
    nodes = [name for name, _ in degree.most_common(max_nodes)]
    if not nodes:
        return Markup('<svg class="chart network" role="img" width="{w}" height="40" viewBox="0 0 {w} 40" '
                      'xmlns="http://www.w3.org/2000/svg"><text x="{x}" y="24" text-anchor="middle">'
                      'لا أحداث بين فاعلين</text></svg>').format(w=width, x=width // 2)
    keep = set(nodes)
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 70
    pos = {}
    for i, name in enumerate(nodes):
        a = 2 * math.pi * i / len(nodes) - math.pi / 2
        pos[name] = (cx + r * math.cos(a), cy + r * math.sin(a), a)
    peak = max(agg.values())
    parts = [str(Markup('<svg class="chart network" role="img" aria-label="actor network" width="{w}" height="{h}" '
                        'viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg" direction="ltr">').format(w=width, h=height)),
             '<defs>'
             + "".join(f'<marker id="arrow-{side}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" '
                       f'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{col}"/></marker>'
                       for side, col in SIDE_COLOR.items())
             + '</defs>']
    for (s, t, side), c in sorted(agg.items(), key=lambda kv: kv[1]):
        if s not in keep or t not in keep:
            continue
        x1, y1, _ = pos[s]
        x2, y2, _ = pos[t]
        # Curve each edge a little so A->B and B->A do not overlap.
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        dx, dy = x2 - x1, y2 - y1
        ln = math.hypot(dx, dy) or 1
        off = 0.12 * ln + (6 if side == "conflict" else 0)
        qx, qy = mx - dy / ln * off, my + dx / ln * off
        # Stop the line at the node's edge.
        ex, ey = x2 - dx / ln * 8, y2 - dy / ln * 8
        w = 1 + 5 * c / peak
        detail = ", ".join(f"{k} {v}" for k, v in types[(s, t, side)].most_common())
        parts.append(str(Markup(
            '<path class="edge edge-{side}" d="M{:.1f},{:.1f} Q{:.1f},{:.1f} {:.1f},{:.1f}" fill="none" '
            'stroke="{col}" stroke-width="{:.1f}" stroke-opacity="0.7" marker-end="url(#arrow-{side})">'
            '<title>{} → {}: {}</title></path>').format(
                x1, y1, qx, qy, ex, ey, w, s, t, detail, side=side, col=SIDE_COLOR[side])))
    for name in nodes:
        x, y, a = pos[name]
        rad = 4 + 8 * math.sqrt(degree[name] / degree[nodes[0]])
        lx, ly = x + (rad + 6) * math.cos(a), y + (rad + 6) * math.sin(a)
        anchor = "start" if math.cos(a) > 0.2 else ("end" if math.cos(a) < -0.2 else "middle")
        parts.append(str(Markup(
            '<g class="node"><circle cx="{:.1f}" cy="{:.1f}" r="{:.1f}" fill="#fff" stroke="#333"/>'
            '<text x="{:.1f}" y="{:.1f}" text-anchor="{}" dominant-baseline="middle" font-size="12">{}</text>'
            '<title>{}: {}</title></g>').format(x, y, rad, lx, ly, anchor, name, name, degree[name])))
    parts.append("</svg>")
    return Markup("".join(parts))


def day_bars(rows: Iterable[tuple[str | None, int]], label: str = "", width: int = 700, height: int = 160) -> Markup:
    """A plain bar chart of counts per date (``rows`` = (date, count)), dates as given
    (days, or months when the dates are months), in date order, left to right."""
    data = sorted((str(d), int(n or 0)) for d, n in rows if d)
    if not data:
        return Markup('<svg class="chart bars" role="img" width="{w}" height="30" viewBox="0 0 {w} 30" '
                      'xmlns="http://www.w3.org/2000/svg"><text x="{x}" y="20" text-anchor="middle">'
                      'لا تواريخ</text></svg>').format(w=width, x=width // 2)
    if len(data) > 120:  # too many days to draw one bar each: sum by month
        months: Counter = Counter()
        for d, n in data:
            months[d[:7]] += n
        data = sorted(months.items())
    pad_l, pad_r, pad_t, pad_b = 36, 10, 10, 34
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b
    peak = max(n for _, n in data) or 1
    bw = min(plot_w / len(data), 40)
    parts = [str(Markup('<svg class="chart bars" role="img" aria-label="{}" width="{w}" height="{h}" '
                        'viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg" direction="ltr">')
                 .format(label, w=width, h=height)),
             f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - pad_r}" y2="{pad_t + plot_h}" stroke="#999"/>',
             f'<text x="{pad_l - 4}" y="{pad_t + 10}" text-anchor="end" font-size="11">{peak}</text>']
    for i, (d, n) in enumerate(data):
        h = plot_h * n / peak
        parts.append(str(Markup('<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="#4393c3">'
                                '<title>{}: {}</title></rect>').format(
            pad_l + i * bw + 0.5, pad_t + plot_h - h, max(bw - 1, 1), h, d, n)))
    step = max(1, math.ceil(len(data) / 6))
    for i in range(0, len(data), step):
        parts.append(str(Markup('<text x="{:.1f}" y="{}" text-anchor="middle" font-size="11">{}</text>').format(
            pad_l + (i + 0.5) * bw, pad_t + plot_h + 16, data[i][0])))
    parts.append("</svg>")
    return Markup("".join(parts))
