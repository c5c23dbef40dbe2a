"""Build the generated gazetteer files under rasd/resources/gazetteers/ from shared source data.

    python -m rasd.train.gazetteers [SHARED_DATA_DIR]     (default: data/ of the shared folder, rasd.shared)

Writes, deterministically (sorted rows, no timestamps), so a rebuild gives identical bytes:

- ``countries.tsv`` from ``countries/countries.json`` (ODbL): ISO3, CAMEO code, Arabic names
  (common and official), English names and the English capital name (for Latin leftovers such as
  KYIV in translated text).
- ``petrarch_actors.tsv`` from UniversalPetrarch's ``petrarch-ar/actor_dict_ar_v4.txt`` (MIT): one
  row per distinct phrase, as a lemma key (see ``lemma_key``), the phrase with spaces, and every
  role it has (``CODE@FROM/TO``, ISO dates; an empty side means open).
- ``petrarch_agents.tsv`` from ``agents.all.ar.txt`` and ``agents.all.ar_v3.txt`` (MIT): agent
  phrases (the army, a separatist leader) with their agent code (MIL, REB, ...).

Hand-written lists (curated.tsv, places.tsv, demonyms.tsv, titles.tsv) are not touched.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..text.lemma import lemma_key
from ..shared import need, shared_path
from ..text.normalize import normalize
from . import command_line, shipped, source_folder

OUT = shipped("gazetteers")
DEFAULT_DATA = shared_path("data")

# CAMEO codes countries by ISO3; the one record whose code differs is Kosovo, which countries.json
# writes UNK and the Petrarch dictionaries write KSV.
CAMEO_OVERRIDES = {"UNK": "KSV"}


def month_names() -> set[str]:
    """One-word Gregorian month names (resources/dates/months.json), normalised. The actor
    dictionary has one such phrase (نيسان, coded EDU): in news it is April or the carmaker Nissan,
    never an educational body, so a month name is not taken from the dictionary as an actor."""
    months = json.loads((shipped("dates") / "months.json").read_text(encoding="utf-8"))
    return {normalize(n) for spellings in months["gregorian"].values() for n in spellings if " " not in n}

def _iso_date(s: str) -> str:
    s = s.strip()
    if not re.fullmatch(r"\d{8}", s):
        return ""
    y = int(s[:4])
    # Petrarch writes 18000101 (and a few dates past 2100) for "no bound".
    if y <= 1800 or y >= 2100:
        return ""
    return f"{s[:4]}-{s[4:6]}-{s[6:]}"


def parse_role(spec: str) -> tuple[str, str, str] | None:
    """'IRQGOV 20101221-20140908' / 'IGO > 19931101' / 'SAU <2001' -> (code, from, to)."""
    spec = spec.strip()
    m = re.match(r"^([A-Z~?]+)\s*(.*)$", spec)
    if not m:
        return None
    code = m.group(1).strip("~?")
    rest = m.group(2).replace(" ", "")
    lo = hi = ""
    if rest.startswith(">"):
        lo = _iso_date(rest[1:])
    elif rest.startswith("<"):
        hi = _iso_date(rest[1:])
    elif "-" in rest:
        a, b = rest.split("-", 1)
        lo, hi = _iso_date(a), _iso_date(b)
        if lo and hi and hi < lo:  # Petrarch's "18000101" end, and the odd inverted range: open end
            hi = ""
    if not code:
        return None
    return code, lo, hi


def convert_actors(path: Path) -> dict[str, tuple[str, list[tuple[str, str, str]]]]:
    entries: dict[str, tuple[str, list]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1] in ("\t", " ") and line.strip().startswith("["):
            if current is not None:
                for spec in re.findall(r"\[([^\]]*)\]", line):
                    r = parse_role(spec)
                    if r:
                        current[1].append(r)
            continue
        m = re.match(r"^\s*(.*?)\s*((?:\[[^\]]*\]\s*)*)$", line)
        phrase = m.group(1).strip().strip("_") if m else line.strip()
        if not phrase or "[" in phrase or len(phrase.split()) > 1 and "_" not in phrase:
            current = None  # free text lines in the dictionary are not phrases
            continue
        key = lemma_key(phrase)
        if not key:
            current = None
            continue
        surface = normalize(phrase.replace("_", " ")).strip()
        current = entries.setdefault(key, (surface, []))
        for spec in re.findall(r"\[([^\]]*)\]", m.group(2) if m else ""):
            r = parse_role(spec)
            if r:
                current[1].append(r)
    return entries


def convert_agents(paths: list[Path]) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in paths:
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            m = re.search(r"\[~?([A-Z]+)\]\s*(?:#[^\u0600-\u06FF]*)?(.*)$", line)
            if not m:
                continue
            code = m.group(1)
            after = m.group(2).strip()
            before = line[: m.start()].strip()
            # agents.all.ar.txt: ENGLISH_KEY [~CODE] arabic ; _v3: arabic_phrase [~CODE]
            phrase = after if re.search("[\u0600-\u06FF]", after) else before
            if not re.search("[\u0600-\u06FF]", phrase):
                continue
            key = lemma_key(phrase.split("#")[0])
            if key and key not in out:
                out[key] = code
    return out


def build(data: Path = DEFAULT_DATA, out: Path = OUT) -> dict[str, int]:
    for source in ("countries/countries.json", "petrarch-ar/actor_dict_ar_v4.txt", "petrarch-ar/agents.all.ar.txt",
                   "petrarch-ar/agents.all.ar_v3.txt"):  # all checked before anything is written
        need(data / source, "gazetteer source")
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    # countries
    rows = []
    for c in json.loads((data / "countries" / "countries.json").read_text(encoding="utf-8")):
        iso3 = c["cca3"]
        cameo = CAMEO_OVERRIDES.get(iso3, iso3)
        ar = []
        for n in (c.get("name_ar"), c.get("official_ar")):
            if n and n not in ar:
                ar.append(n)
        lat = [n for n in (c.get("name_en"), c.get("official_en")) if n]
        caps = [x for x in c.get("capital") or [] if x]
        rows.append((iso3, cameo, "|".join(ar), "|".join(dict.fromkeys(lat)), "|".join(caps)))
    rows.sort()
    with open(out / "countries.tsv", "w", encoding="utf-8") as f:
        f.write("# Built by rasd.train.gazetteers from countries/countries.json (ODbL 1.0, see SOURCES.md)\n")
        f.write("# iso3\tcameo\tarabic names\tenglish names\tenglish capital\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    counts["countries"] = len(rows)
    # Petrarch actors
    actors = convert_actors(data / "petrarch-ar" / "actor_dict_ar_v4.txt")
    months = month_names()
    actors = {k: v for k, v in actors.items() if v[0] not in months}
    with open(out / "petrarch_actors.tsv", "w", encoding="utf-8") as f:
        f.write("# Built by rasd.train.gazetteers from UniversalPetrarch actor_dict_ar_v4.txt (MIT, see SOURCES.md)\n")
        f.write("# lemma key\tphrase (normalised)\troles CODE@FROM/TO;... (ISO dates, empty side = open)\n")
        for key in sorted(actors):
            surface, roles = actors[key]
            rs = ";".join(f"{c}@{lo}/{hi}" for c, lo, hi in sorted(set(roles)))
            f.write(f"{key}\t{surface}\t{rs}\n")
    counts["petrarch_actors"] = len(actors)
    agents = convert_agents([data / "petrarch-ar" / "agents.all.ar.txt", data / "petrarch-ar" / "agents.all.ar_v3.txt"])
    with open(out / "petrarch_agents.tsv", "w", encoding="utf-8") as f:
        f.write("# Built by rasd.train.gazetteers from UniversalPetrarch agents.all.ar*.txt (MIT, see SOURCES.md)\n")
        f.write("# lemma key\tagent code\n")
        for key in sorted(agents):
            f.write(f"{key}\t{agents[key]}\n")
    counts["petrarch_agents"] = len(agents)
    return counts


def main(argv=None) -> int:
    folder = source_folder("python -m rasd.train.gazetteers", __doc__, "the shared data folder (default: the shared one)", argv)
    print(build(folder or DEFAULT_DATA))
    return 0


if __name__ == "__main__":
    command_line(main)
