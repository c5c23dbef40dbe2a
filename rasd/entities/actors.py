"""Actor coding: the CAMEO/PLOVER actor code and country of an entity, where Rasd's lists know it.

Sources, in order: the gazetteer entry that found the entity (curated people and organisations,
countries, capitals that stand for their country), then UniversalPetrarch's Arabic actor
dictionary by lemma key, then agent phrases with a nationality adjective (الجيش اليمني -> YEM +
MIL). Dated roles are honoured against the article's publication date: a role applies from its
start date (inclusive) to its end date (exclusive); when several apply, the one that began last
wins (Petrarch lists a long GOV role and a later ELI role for the same man). Without a date, only
an undated code is used. An entity no list knows gets no code: Rasd never guesses one.
"""
from __future__ import annotations

from typing import Iterable

from ..text.memo import WordMemo
from ..text.lemma import lemma_key
from .gazetteer import Entry, Gazetteer, nkey

# entity name -> its lemma key (names recur from article to article)
_lemma_key = WordMemo(lemma_key).__getitem__


def iso_day(date) -> str:
    """The ``YYYY-MM-DD`` start of a publication date, or "" when it has none (dated roles are
    then not used)."""
    if not date:
        return ""
    s = str(date)[:10]
    return s if len(s) == 10 and s[4] == "-" else ""


def role_at(roles: Iterable[tuple[str, str, str]], date: str) -> str | None:
    """The code of the role that covers ``date`` (ISO), the latest-started when several do."""
    best = None
    for code, lo, hi in roles:
        if (not lo or lo <= date) and (not hi or date < hi):
            if best is None or (lo or "") > best[1]:
                best = (code, lo or "")
    return best[0] if best else None


def code_entry(entry: Entry, date: str | None) -> str | None:
    date = iso_day(date)
    if entry.roles:
        if date:
            c = role_at(entry.roles, date)
            if c:
                return c
            # known person, outside every dated role: only the country is certain
            return entry.country or None
        return entry.code or None
    return entry.code or None


def code_petrarch(roles, date: str | None, countries: Iterable[str] = ()) -> str | None:
    """The code of a Petrarch phrase at ``date``. Where several roles cover the date from the
    same start and disagree on the country (وزارة الداخلية: AFGGOV and GOV, written for one
    country's news), the phrase names no one country: only their shared sector is kept (GOV),
    or nothing."""
    date = iso_day(date)
    if date:
        covering = [(c, lo or "") for c, lo, hi in roles if (not lo or lo <= date) and (not hi or date < hi)]
        if not covering:
            return None
        start = max(lo for _c, lo in covering)
        tied = {c for c, lo in covering if lo == start}
    else:
        tied = {c for c, lo, hi in roles if not lo and not hi}
    if len(tied) == 1:
        return tied.pop()
    if not tied or not countries:
        return None if not date else role_at(roles, date)
    countries = set(countries)
    sectors = sorted({c[3:] if c[:3] in countries else c for c in tied})
    shared = ""  # the role codes (three letters each) they all begin with: GOV of GOV and GOVMED
    while all(x[len(shared):len(shared) + 3] == sectors[0][len(shared):len(shared) + 3] for x in sectors) \
            and len(shared) < len(sectors[0]):
        shared += sectors[0][len(shared):len(shared) + 3]
    return shared or None


def code_agent(name: str, gaz: Gazetteer) -> str | None:
    """'الجيش اليمني' -> YEMMIL: an agent phrase followed by a nationality adjective."""
    words = _lemma_key(name).split()
    for k in (2, 1):  # the adjective may be two words (كوري شمالي)
        if len(words) <= k:
            continue
        adj = " ".join(words[-k:])
        iso = gaz.demonyms.get(adj)
        if iso:
            agent = gaz.agents.get(" ".join(words[:-k]))
            if agent:
                return iso + agent
    return None


def country_of(code: str | None, gaz: Gazetteer) -> str:
    if code and len(code) >= 3 and code[:3] in gaz.countries:
        return code[:3]
    return ""


def code_entity(keys: Iterable[str], names: Iterable[str], label: str, date, gaz: Gazetteer,
                acts: bool = False) -> dict:
    """attrs {"code", "country"} for an entity found through ``keys`` (gazetteer entries) and
    named ``names``; empty where nothing is known. ``acts``: the entity acts or speaks in the
    article (a capital then stands for its government: موسكو -> RUSGOV)."""
    keys = [k for k in keys if k]
    for k in keys:
        e = gaz.entries.get(k)
        if e is None or (e.kind != "name" and not (e.code and not e.office)):
            continue  # titles are coded below, through their office
        if e.key.startswith("place:") and not e.code:
            # a city or region: its country is known, it is not an actor code of its own ...
            if acts and e.metonym:  # ... unless a capital acts or speaks (قالت موسكو)
                return {"code": e.metonym, "country": e.country}
            return {"country": e.country} if e.country else {}
        code = code_entry(e, date)
        out = {}
        if code:
            out["code"] = code
        country = e.country or country_of(code, gaz)
        if country:
            out["country"] = country
        return out
    for k in keys:  # titles: the office's area
        e = gaz.entries.get(k)
        if e is not None and e.kind == "nominal" and e.office:
            area = e.office.split(".")[0]
            if area in gaz.area_codes:  # an office area that is no country (UN; office_areas.tsv)
                code, country = gaz.area_codes[area]
            else:
                code, country = (area + "GOV", area) if area in gaz.countries else ("", "")
            return {k2: v for k2, v in (("code", code), ("country", country)) if v}
    for n in names:
        lk = _lemma_key(n)
        if lk in gaz.petrarch:
            if label == "PER" and nkey(gaz.petrarch[lk][0]) != nkey(n):
                continue  # عبدالله اليوسف is not عبدالله يوسف: a person's name is matched as written
            code = code_petrarch(gaz.petrarch[lk][1], date, gaz.countries)
            if code:
                c = country_of(code, gaz)
                if label == "LOC":
                    # a place is in a country; it is no actor (مسقط: in Oman, not Oman's code)
                    return {"country": c} if c else {}
                out = {"code": code}
                if c:
                    out["country"] = c
                return out
    if label == "ORG":
        for n in names:
            code = code_agent(n, gaz)
            if code:
                return {"code": code, "country": code[:3]}
    return {}


__all__ = ["code_entity", "code_entry", "code_petrarch", "code_agent", "role_at", "iso_day"]
