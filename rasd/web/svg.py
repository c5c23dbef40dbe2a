"""Charts drawn as SVG on the server: events over time by type, the actor network, the map.

Every label goes through ``markupsafe.escape``; the SVG is inlined in the page, so it needs no
script and no external asset. Each chart has a ``viewBox`` and is drawn at the width of its box
(CSS ``width: 100%``), so it fits a 390 px phone as well as a desktop. Which PLOVER type counts as
cooperation or conflict comes from ``rasd.ontology`` (PLOVER's quad categories).
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from markupsafe import Markup

from ..ontology import PLOVER_TYPES
from .views import SIDE_COLOR, color_of, country_name, entity_link, link, side_of, type_ar

HERE = Path(__file__).resolve().parent
# The share of events the time axis must cover: a handful of far-off dates (a war recalled, a
# mistyped year) would otherwise squeeze every other event into one bar; they are counted in the
# caption instead of drawn.
AXIS_COVER = 0.98
# Fewest pixels between two date labels (a YYYY-MM-DD label is about 65 px at 11 px).
TICK_GAP = 80
# The width of one character of a date label (font-size 11, digits and hyphens), in px.
TICK_CHAR_W = 6.6


def _empty(width: int, msg: str, cls: str) -> Markup:
    return Markup('<svg class="chart {c}" role="img" viewBox="0 0 {w} 40" xmlns="http://www.w3.org/2000/svg">'
                  '<text x="{x}" y="24" text-anchor="middle">{m}</text></svg>').format(c=cls, w=width, x=width // 2, m=msg)


def _parse(value) -> tuple[date, str] | None:
    """(first day, precision) of YYYY, YYYY-MM or YYYY-MM-DD."""
    s = str(value or "")
    try:
        if len(s) >= 10:
            return date.fromisoformat(s[:10]), "day"
        if len(s) == 7:
            return date(int(s[:4]), int(s[5:7]), 1), "month"
        if len(s) == 4:
            return date(int(s), 1, 1), "year"
    except ValueError:
        return None
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


UNIT_AR = {"day": "اليوم", "month": "الشهر", "year": "السنة"}
RANK = {"day": 0, "month": 1, "year": 2}


def pick_axis(rows: list[tuple[date, str, int]], max_bars: int = 120) -> tuple[date, date, str, int]:
    """(first, last, unit, events left out) for dated rows (date, precision, events): the span of
    the most precise dates (days if any, else months, else years), all of them if they fit
    ``max_bars`` days, else the part holding AXIS_COVER of them; drawn per day while that span is
    at most ``max_bars`` days, else per month, else per year."""
    best = min(RANK[p] for _, p, _ in rows)
    precise = sorted((d, n) for d, p, n in rows if RANK[p] == best)
    first, last = precise[0][0], precise[-1][0]
    if (last - first).days + 1 > max_bars:
        total = sum(n for _, n in precise)
        cut = (1 - AXIS_COVER) / 2 * total
        acc = 0
        for d, n in precise:
            if acc + n > cut:
                first = d
                break
            acc += n
        acc = 0
        for d, n in reversed(precise):
            if acc + n > cut:
                last = d
                break
            acc += n
    start = {"day": first, "month": first.replace(day=1), "year": first.replace(month=1, day=1)}
    if (last - first).days + 1 <= max_bars:
        unit = "day"
    elif (last.year - first.year) * 12 + last.month - first.month + 1 <= max_bars:
        unit = "month"
    else:
        unit = "year"
    left_out = sum(n for d, p, n in rows if d < start[unit] or d > last)
    return first, last, unit, left_out


def timeline(rows: Iterable[tuple[str | None, str | None, int]], width: int = 900, height: int = 220,
             link_base: str = "/events", params: dict | None = None) -> Markup:
    """Stacked bars of events over time by PLOVER type (``rows`` = (date, type, events) where
    date is YYYY, YYYY-MM or YYYY-MM-DD). The axis is picked from the data (pick_axis): per day,
    month or year, and the heading and the caption say which. An event dated less precisely
    than the unit (a month on a day axis) is counted in the caption, not drawn on a wrong day.
    Each bar links to the events of its span."""
    dated: list[tuple[date, str, str, int]] = []
    undated = 0
    for d, typ, n in rows:
        p = _parse(d)
        if p is None:
            undated += n
        else:
            dated.append((p[0], p[1], str(typ or "?"), n))
    if not dated:
        return _empty(width, f"لا أحداث مؤرخة ({undated} بلا تاريخ)" if undated else "لا أحداث", "timeline")
    first, last, unit, _ = pick_axis([(d, prec, n) for d, prec, _, n in dated])
    per: dict[date, Counter] = defaultdict(Counter)
    vague = left_out = 0
    for d, prec, typ, n in dated:
        period_end = _next(d, prec) - timedelta(days=1)
        if period_end < _bucket(first, unit) or d > last:
            left_out += n
        elif RANK[prec] > RANK[unit]:
            vague += n  # a month on a day axis: in range, but on no one day
        else:
            per[_bucket(d, unit)][typ] += n
    slots = []
    cur = _bucket(first, unit)
    while cur <= last:
        slots.append(cur)
        cur = _next(cur, unit)
    pad_l, pad_r, pad_t, pad_b = 36, 10, 10, 44
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b
    peak = max((sum(c.values()) for c in per.values()), default=1) or 1
    bar_w = min(plot_w / len(slots), 40)  # one bar alone must not look like a wall
    x0 = pad_l + (plot_w - bar_w * len(slots)) / 2
    parts = [str(Markup('<svg class="chart timeline" role="img" aria-label="أحداث في {ua}" viewBox="0 0 {w} {h}" '
                        'xmlns="http://www.w3.org/2000/svg" direction="ltr" data-unit="{u}" data-first="{f}" '
                        'data-last="{l}">').format(w=width, h=height, u=unit, ua=UNIT_AR[unit],
                                                    f=_fmt(first, unit), l=_fmt(last, unit)))]
    # Time runs left to right, as on every calendar axis, even in a right-to-left page.
    parts.append(f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - pad_r}" y2="{pad_t + plot_h}" stroke="#767676"/>')
    parts.append(f'<text x="{pad_l - 4}" y="{pad_t + 10}" text-anchor="end" font-size="11">{peak}</text>')
    parts.append(f'<text x="{pad_l - 4}" y="{pad_t + plot_h}" text-anchor="end" font-size="11">0</text>')
    for k, slot in enumerate(slots):
        counts = per.get(slot)
        if not counts:
            continue
        x = x0 + k * bar_w
        y = pad_t + plot_h
        span = _fmt(slot, unit)
        href = link(link_base, params, since=span, until=span, page=None)  # on the same date basis
        parts.append(str(Markup('<a href="{}" class="bar-link">').format(href)))
        for typ in sorted(counts, key=lambda t: (PLOVER_TYPES.index(t) if t in PLOVER_TYPES else 99, t)):
            h = plot_h * counts[typ] / peak
            y -= h
            parts.append(str(Markup(
                '<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}">'
                '<title>{} · {} ({}): {}</title></rect>').format(
                    x + 0.5, y, max(bar_w - 1, 1), h, color_of(typ), span, type_ar(typ), typ, counts[typ])))
        parts.append("</a>")
    # Date labels at least TICK_GAP px apart, the first and the last always shown.
    step = max(1, math.ceil(TICK_GAP / bar_w))
    ticks = list(range(0, len(slots), step))
    if ticks[-1] != len(slots) - 1:
        if (len(slots) - 1 - ticks[-1]) * bar_w < TICK_GAP and len(ticks) > 1:
            ticks.pop()
        ticks.append(len(slots) - 1)
    placed: list[tuple[float, float, str]] = []  # (left, right, text element)
    for k in ticks:
        x = x0 + (k + 0.5) * bar_w
        anchor = "start" if x < pad_l + 35 else "end" if x > width - pad_r - 35 else "middle"
        x = max(x, pad_l) if anchor == "start" else min(x, width - pad_r) if anchor == "end" else x
        label = _fmt(slots[k], unit)
        w = TICK_CHAR_W * len(label)
        left = x if anchor == "start" else x - w if anchor == "end" else x - w / 2
        # a label pushed to start at the left edge (or to end at the right) reaches further than a
        # centred one: it takes the place of the neighbour it would touch (the last label stays)
        if k == ticks[-1]:
            while placed and placed[-1][1] > left:
                placed.pop()
        elif placed and placed[-1][1] > left:
            continue
        placed.append((left, left + w, f'<text class="tick" x="{x:.1f}" y="{pad_t + plot_h + 16}" '
                                       f'text-anchor="{anchor}" font-size="11">{label}</text>'))
    parts += [p for _l, _r, p in placed]
    caption = f"أحداث في {UNIT_AR[unit]}"
    notes = []
    if vague:
        notes.append(f"{vague} تاريخها أقل دقة من {UNIT_AR[unit]}")
    if left_out:
        notes.append(f"{left_out} خارج المحور")
    if undated:
        notes.append(f"{undated} بلا تاريخ")
    if notes:
        caption += " · " + " · ".join(notes)
    parts.append(str(Markup('<text x="{}" y="{}" text-anchor="end" font-size="11" class="caption">{}</text>')
                     .format(width - pad_r, height - 6, caption)))
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(name: str, n: int = 22) -> str:
    return name if len(name) <= n else name[: n - 1] + "…"


def network(edges: Iterable[tuple], width: int = 480, max_nodes: int = 24, row: int = 24) -> Markup:
    """Who did what to whom, as an arc diagram: one actor per row (so labels never overlap),
    each row a link to the actor's page, one arc per (source, target, side) bending left, its
    width the number of events and its colour cooperation (blue) or conflict (red).
    ``edges`` = (source name, target name, PLOVER type, count[, source label, target label]).
    Only the ``max_nodes`` most active actors are drawn (a hairball of hundreds says nothing)."""
    agg: Counter = Counter()
    types: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    labels: dict[str, str | None] = {}
    for e in edges:
        s, t, typ, c = e[:4]
        if not s or not t or s == t:
            continue
        if len(e) >= 6:
            labels.setdefault(s, e[4])
            labels.setdefault(t, e[5])
        side = side_of(typ)
        agg[(s, t, side)] += int(c or 1)
        types[(s, t, side)][typ] += int(c or 1)
    degree: Counter = Counter()
    for (s, t, _), c in agg.items():
        degree[s] += c
        degree[t] += c
    nodes = [name for name, _ in degree.most_common(max_nodes)]
    if not nodes:
        return _empty(width, "لا أحداث بين فاعلين معروفين", "network")
    keep = set(nodes)
    index = {name: i for i, name in enumerate(nodes)}
    label_w = 170
    nx = width - label_w - 8  # the column of nodes; arcs bend to its left
    arc_w = nx - 10
    pad_t = 14
    height = pad_t * 2 + row * (len(nodes) - 1) + 10
    y_of = lambda i: pad_t + 5 + i * row  # noqa: E731
    peak = max(agg.values())
    parts = [str(Markup('<svg class="chart network" role="img" aria-label="شبكة الفاعلين" viewBox="0 0 {w} {h}" '
                        'xmlns="http://www.w3.org/2000/svg" direction="ltr">').format(w=width, h=height)),
             '<defs>' + "".join(
                 f'<marker id="arrow-{side}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                 f'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{col}"/></marker>'
                 for side, col in SIDE_COLOR.items()) + '</defs>']
    for (s, t, side), c in sorted(agg.items(), key=lambda kv: kv[1]):
        if s not in keep or t not in keep:
            continue
        y1, y2 = y_of(index[s]), y_of(index[t])
        ry = abs(y2 - y1) / 2
        rx = min(ry, arc_w)
        sweep = 1 if y2 > y1 else 0  # always bend to the left of the node column
        w = 1 + 4 * c / peak
        detail = "، ".join(f"{type_ar(k)} {v}" for k, v in types[(s, t, side)].most_common())
        parts.append(str(Markup(
            '<path class="edge edge-{side}" d="M{x:.1f},{:.1f} A{:.1f},{:.1f} 0 0 {} {x:.1f},{:.1f}" fill="none" '
            'stroke="{col}" stroke-width="{:.1f}" stroke-opacity="0.75" marker-end="url(#arrow-{side})">'
            '<title>{} ← {}: {}</title></path>').format(
                y1 + (3 if y2 > y1 else -3), rx, ry, sweep, y2 + (-4 if y2 > y1 else 4), w, s, t, detail,
                x=nx - 5, side=side, col=SIDE_COLOR[side])))
    top = degree[nodes[0]]
    for name in nodes:
        y = y_of(index[name])
        rad = 3 + 4 * math.sqrt(degree[name] / top)
        parts.append(str(Markup(
            '<a class="node" href="{href}"><circle cx="{:.1f}" cy="{:.1f}" r="{:.1f}" fill="#fff" stroke="#333"/>'
            '<text x="{:.1f}" y="{:.1f}" text-anchor="end" dominant-baseline="middle" font-size="13">{}</text>'
            '<title>{}: {} حدثاً</title></a>').format(
                nx, y, rad, width - 4, y, _short(name), name, degree[name],
                href=entity_link(name, labels.get(name)))))
    parts.append("</svg>")
    return Markup("".join(parts))


@lru_cache(maxsize=1)
def world() -> dict:
    """Country outlines (Natural Earth 1:110m, see data/SOURCES.md), by ISO alpha-3 code."""
    return json.loads((HERE / "data" / "world.json").read_text(encoding="utf-8"))


def event_map(places: Iterable[dict], width: int = 900, params: dict | None = None) -> Markup:
    """Events per country on country outlines drawn offline (no tiles, no network): a circle per
    country with events, its area the number of events, linking to that country's events. The
    view is cropped to the countries that have events (with a margin)."""
    w = world()
    per: Counter = Counter()
    for p in places:
        if p.get("country"):
            per[p["country"]] += int(p.get("events") or 0)
    shown = [c for c in per if c in w]
    if not shown:
        return _empty(width, "لا أحداث في أماكن معروفة على الخريطة", "map")
    xs = [w[c]["center"][0] for c in shown]
    ys = [-w[c]["center"][1] for c in shown]
    margin = 12
    x0, x1 = max(-180, min(xs) - margin), min(180, max(xs) + margin)
    y0, y1 = max(-90, min(ys) - margin), min(90, max(ys) + margin)
    if x1 - x0 < 50:  # at least a region's width, so a single country is seen in its place
        mid = (x0 + x1) / 2
        x0, x1 = mid - 25, mid + 25
    if y1 - y0 < 30:
        mid = (y0 + y1) / 2
        y0, y1 = mid - 15, mid + 15
    vw, vh = x1 - x0, y1 - y0
    peak = max(per.values())
    scale = vw / width  # degrees per pixel at the drawn width
    parts = [str(Markup('<svg class="chart map" role="img" aria-label="خريطة الأحداث" viewBox="{:.1f} {:.1f} {:.1f} {:.1f}" '
                        'xmlns="http://www.w3.org/2000/svg" direction="ltr">').format(x0, y0, vw, vh)),
             f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{vw:.1f}" height="{vh:.1f}" fill="#eef3f7"/>']
    for code, c in w.items():
        has = code in per
        parts.append(str(Markup('<path class="land{}" d="{}" fill="{}" stroke="#9a9a9a" stroke-width="{:.2f}">'
                                '<title>{}</title></path>').format(
            " has-events" if has else "", c["path"], "#f3e2c7" if has else "#e4e1da", scale * 0.8,
            country_name(code) + (f": {per[code]}" if has else ""))))
    for code in sorted(shown, key=lambda k: -per[k]):
        cx, cy = w[code]["center"]
        r = scale * (4 + 18 * math.sqrt(per[code] / peak))
        parts.append(str(Markup(
            '<a class="place" href="{}"><circle cx="{:.2f}" cy="{:.2f}" r="{:.2f}" fill="#b2182b" fill-opacity="0.55" '
            'stroke="#67001f" stroke-width="{:.2f}"/><title>{}: {} حدثاً</title></a>').format(
                link("/events", params, country=code, page=None), cx, -cy, r, scale, country_name(code), per[code])))
    parts.append("</svg>")
    return Markup("".join(parts))


def day_bars(rows: Iterable[tuple[str | None, int]], label: str = "", width: int = 700, height: int = 160) -> Markup:
    """A plain bar chart of counts per date (``rows`` = (date, count)), in date order, left to
    right; summed by month when there are more days than bars can show."""
    data = sorted((str(d), int(n or 0)) for d, n in rows if d)
    if not data:
        return _empty(width, "لا تواريخ", "bars")
    if len(data) > 120:
        months: Counter = Counter()
        for d, n in data:
            months[d[:7]] += n
        data = sorted(months.items())
    pad_l, pad_r, pad_t, pad_b = 36, 10, 10, 34
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b
    peak = max(n for _, n in data) or 1
    bw = min(plot_w / len(data), 40)
    parts = [str(Markup('<svg class="chart bars" role="img" aria-label="{}" viewBox="0 0 {w} {h}" '
                        'xmlns="http://www.w3.org/2000/svg" direction="ltr">').format(label, w=width, h=height)),
             f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - pad_r}" y2="{pad_t + plot_h}" stroke="#767676"/>',
             f'<text x="{pad_l - 4}" y="{pad_t + 10}" text-anchor="end" font-size="11">{peak}</text>']
    for i, (d, n) in enumerate(data):
        h = plot_h * n / peak
        parts.append(str(Markup('<rect class="bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="#2166ac">'
                                '<title>{}: {}</title></rect>').format(
            pad_l + i * bw + 0.5, pad_t + plot_h - h, max(bw - 1, 1), h, d, n)))
    step = max(1, math.ceil(TICK_GAP / bw))
    for i in range(0, len(data), step):
        parts.append(str(Markup('<text x="{:.1f}" y="{}" text-anchor="middle" font-size="11">{}</text>').format(
            max(pad_l + (i + 0.5) * bw, pad_l + 30), pad_t + plot_h + 16, data[i][0])))
    parts.append("</svg>")
    return Markup("".join(parts))


__all__ = ["timeline", "network", "event_map", "day_bars", "pick_axis", "world"]
