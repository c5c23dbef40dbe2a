"""Date expressions in Arabic news, resolved to ISO 8601 values against the publication date.

    finder = DateFinder.shared(resources)     # the lexicon of rasd/resources/dates, loaded once
    finder.find(text, published) -> [(start, end, value, attrs), ...]
    find_dates(text, published)               # the same with the shipped data
    DatesStage                                # adds layer "dates" (Span label "date", attrs value/kind/...)

What is found and how it resolves (``published`` = P, a ``datetime.date`` or "YYYY-MM-DD"):

- weekdays: يوم الأحد، الخميس المقبل، الثلاثاء الماضي، صباح الأحد، أمس الأحد، اليوم (الاثنين).
  P's own weekday is P; otherwise the most recent such day before P, or the coming one when the
  clause speaks of the future (سوف، س+verb، المقبل، من المقرر، a proposal ...) or says المقبل.
- relative days and periods: أمس، أول من أمس، اليوم، غدا، بعد غد؛ الأسبوع/الشهر/العام الماضي،
  هذا الأسبوع، العام المقبل، نهاية الأسبوع (Saturday–Sunday)، الصيف الماضي؛ counted ones:
  قبل ثلاثة أيام، منذ أسبوعين، بعد يومين (number words or digits). A count "from" another event
  (بعد ثلاثة أيام من الحريق) is not resolved: its anchor is not the publication date.
- absolute dates: 15 مايو 2025، 15/5/2025، 2025-05-15، الثالث من أغسطس (آب) العام الماضي;
  Gregorian, Maghrebi (جانفي، ماي، جويلية، أوت) and Syriac (كانون الثاني … كانون الأول) month
  names, paired forms (يونيو / حزيران، أغسطس (آب)) as one date.
- months without a year: the most recent such month not after P (يونيو in May 2025 is June
  2024), or the coming one in future context; ``مايو الماضي``/``مايو المقبل`` likewise.
- ranges: من 8 إلى 10 مايو، بين 3 و5 يونيو، 8-10 مايو، منذ عام 2004 وحتى 2014 (ISO intervals).
- years: عام 2022، في 2015، مطلع عام 2014، صيف 2014 (qualifiers keep the year's value and are
  noted in ``part``).
- Hijri: 1436 هـ، رمضان 1436، 15 شعبان 1436 هـ — converted by the Umm al-Qura calendar, the
  official calendar of Saudi Arabia that Saudi news dates by (the ``hijridate`` package's tables,
  1343–1500 AH); outside its years by the arithmetic (tabular) Islamic calendar, which may be a
  day or two off, marked ``tabular: True``.

Times of day (الساعة العاشرة، 10:30) are not dates. Without a publication date only values that
need none are kept. Arabic-Indic digits work: matching runs on the normalised view and offsets
are mapped back to the original text. The words are data in ``rasd/resources/dates/`` (the JSON
lexicons and ``wordclasses.tsv``), read by ``DateLexicon.load``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from datetime import date, timedelta
from itertools import compress
from typing import Optional

from hijridate import Gregorian, Hijri

from ..components import Stage
from ..errors import ModelError
from ..resources import Resources
from ..text.memo import WordMemo
from ..text.normalize import normalize_with_map
from ..text.scan import (PhraseLexicon, WordsByIndex, clitic_readings, lexicon_sections, phrase_key, scan_tokens,
                         token_word)
from ..text.tokens import word_counts

_LATIN = re.compile(r"[A-Za-z]")
_SENT_END = {".", "!", "?", ";"}
# How far (tokens) around a date the future-tense cues are looked for: about one clause.
FUTURE_WINDOW_BEFORE = 8
FUTURE_WINDOW_AFTER = 4
# Plain four-digit numbers count as years only in this range (older ones are rare in news and
# 2100+ are quantities); a year word (عام 1948) lifts the limit.
BARE_YEAR_MIN, BARE_YEAR_MAX = 1900, 2100
# A plain four-digit number this many years after publication is a count, not a year (plans
# reach 2030-2050 but then say عام/بحلول).
BARE_YEAR_AHEAD = 10
# A day-month in a future clause up to this many days before the publication date is of that
# year: news is stamped a day or more after it is written (SaudiNewsNet's dates are crawl dates).
FUTURE_GRACE_DAYS = 7
# Hijri years written without هـ are believed only in this range (news-era Hijri years).
HIJRI_YEAR_MIN, HIJRI_YEAR_MAX = 1300, 1600
# Numeric dates (16/9/1436) with a year up to this are Hijri: no news date has such a Gregorian year.
NUMERIC_HIJRI_MAX = 1500
# The letters that begin an imperfect verb (a character map, as the س test below reads them).
IMPERFECT_PREFIXES = "يتن"
# A س-prefixed word reads as future (سيعقد) when the word without س is this frequent at least.
MIN_VERB_COUNT = 20


class _Bare(dict):
    """Token index -> the word without a leading و/ف (when the rest is still a word), filled on
    first use; "" outside the text."""

    __slots__ = ("words",)

    def __missing__(self, i: int) -> str:
        w = self.words[i]
        b = self[i] = w[1:] if len(w) > 3 and w[0] in "وف" else w
        return b


@dataclass(frozen=True)
class DateLexicon:
    """The words of date expressions (``rasd/resources/dates``: months, weekdays, relative words,
    numbers, and the word classes of ``wordclasses.tsv``), normalised and compiled once, with the
    news word counts the future-tense test reads."""

    months: PhraseLexicon
    hmonths: PhraseLexicon
    ambiguous: frozenset
    month_word: frozenset
    weekdays: PhraseLexicon
    dual_readings: frozenset
    day_word: frozenset
    weekend: PhraseLexicon
    weekend_days: list
    week_first_day: int  # the weekday (Python's numbering) a week of the current week's phrases opens on
    local_week_days: frozenset  # publication weekdays on which a week phrase reads the local week
    day_words: PhraseLexicon
    feast_days: PhraseLexicon     # أول/ثاني/ثالث/رابع (أيام العيد): the nth day of a feast
    feast_days_word: frozenset    # أيام
    feasts: PhraseLexicon         # عيد الفطر / عيد الأضحى / العيد -> the Hijri (month, day) of their first day
    feast_adjectives: frozenset   # المبارك، السعيد: the adjectives a feast's name may carry
    feast_edges: dict             # قبل/قبيل -> before, بعد/عقب -> after: a feast as a time anchor
    holiday_words: frozenset      # إجازة/عطلة (العيد): the feast's holiday
    week_of_month: PhraseLexicon  # الأسبوع الأول ... الأخير (من أغسطس): a week of a named month
    bound_day_words: PhraseLexicon  # غد: tomorrow only after a day part, يوم or من, or before a weekday
    day_parts: PhraseLexicon
    period: PhraseLexicon
    modifiers: dict
    this: frozenset
    units: PhraseLexicon
    recent: dict                  # definite plural or dual unit -> (unit, "two" or "many"): الأيام الثلاثة الماضية
    recent_last: frozenset        # "last" after such a count (الأيام العشرة الأخيرة), beside the "previous" modifiers
    ago: frozenset
    later: frozenset
    anchored_after: frozenset
    now_after_anchor: frozenset   # الآن/اليوم after من: "from now" is from publication (قبل ستة أشهر من الآن)
    vague: frozenset
    beyond: dict                  # قبل الماضي / بعد المقبل: the period one further away
    approximate: frozenset        # قبل نحو عامين: a hedge that still resolves a count of months or years
    seasons: PhraseLexicon
    parts: PhraseLexicon
    quarters: PhraseLexicon
    halves: PhraseLexicon         # النصف الأول/الثاني (of a year), read like the quarters
    part_last: frozenset          # الأخير: الربع الأخير is read only with a year
    fiscal: frozenset             # المالي: a fiscal year's quarter is no calendar quarter
    year_words: frozenset
    greg_suffix: frozenset
    hijri_suffix: frozenset
    range_to: frozenset
    range_from: frozenset
    future: frozenset
    general_heads: frozenset
    name_heads: frozenset
    titles: frozenset
    prayer_nouns: frozenset       # صلاة/خطبة before a bare الجمعة: the Friday prayer's name, not a date
    not_year_after: frozenset
    num_units: dict
    num_teen_first: dict
    num_teen_second: frozenset
    num_tens: dict
    num_hundreds: dict
    num_scales: dict
    ordinals: dict
    ord_teen_second: frozenset
    ord_tens: dict
    # word classes (wordclasses.tsv)
    not_today_before: frozenset   # words before اليوم that make it 'the day' or the newspaper
    not_definite: frozenset       # words in ال that are not definite nouns
    month_context_before: frozenset  # words before an ambiguous month name that make it a month
    not_year_before: frozenset    # words before a four-digit number that make it no year
    became_before: frozenset      # words before غدا that make it the verb 'became' (قد غدا)
    became_after: frozenset       # words after غدا that make it the verb 'became' (غدا من الصعب)
    scheduled_verbs: frozenset    # verbs of scheduled acts: their imperfect speaks of the future (يفتتح، يعقد)
    may_particles: frozenset      # قد before an imperfect: "may", the future (قد يتصل يوم السبت)
    until_before_today: frozenset  # حتى/إلى before a bare اليوم: "to this day", not a date
    deadline_before: frozenset    # حتى، بحلول before a bare day-month: a limit, ahead of P is this year's
    decade_words: frozenset       # الستينات ...: a sentence setting اليوم against them means "nowadays"
    other_year_after: frozenset   # الدراسي، المالي after العام: a year of another calendar, no calendar year
    nowadays_heads: frozenset     # شباب، جيل، عالم before a bare اليوم/الأمس/الغد: "today's ...", nowadays
    former_heads: frozenset       # أعداء، حلفاء، نجوم before الأمس/اليوم/الغد: people of an era, not a day
    era_words: frozenset          # اليوم، الأمس، الغد: the day words an era head may stand before
    same_words: frozenset         # نفسه، ذاته after العام/الشهر/اليوم: the period named before, not P's
    same_period_before: frozenset  # في، من before الشهر نفسه: a period, not العام 'general'
    state_words: frozenset        # عليه، عليها: «ما هو عليه اليوم» "what it is nowadays"
    state_what: frozenset         # ما، مما، بما: the relative before «(هو) عليه اليوم»
    state_pronouns: frozenset     # هو، هي، نحن: the subject between ما and عليه
    every_words: frozenset        # كل: a date before «(من) كل عام» is a yearly recurrence, no one date
    year_round_words: frozenset   # طوال، طيلة: «طوال العام» alone is "all year round", no one year
    stative_before_today: frozenset  # أصبح، نراه، يعيش، المعروف before a bare اليوم: a state, "nowadays"
    word_counts: dict             # news word counts (resources/lexicon/word_freq.tsv)
    start_words: frozenset        # every word a date expression can begin with (digits aside)

    @classmethod
    def load(cls, resources: Resources) -> "DateLexicon":
        files = {name: lexicon_sections(resources, "dates", f"{name}.json", keys)
                 for name, keys in _SECTIONS.items()}
        try:
            fields = _lexicon_fields(**files)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ModelError(f"data files dates/{'.json, '.join(_SECTIONS)}.json: one holds a section of the "
                             f"wrong shape ({type(exc).__name__}: {exc}); reinstall Rasd") from None
        for name in ("not_today_before", "not_definite", "month_context_before", "not_year_before",
                     "became_before", "became_after", "scheduled_verbs", "may_particles", "until_before_today", "deadline_before",
                     "decade_words", "other_year_after", "nowadays_heads", "former_heads", "era_words", "same_words",
                     "same_period_before", "state_words", "state_what", "state_pronouns",
                     "stative_before_today", "every_words", "year_round_words"):
            fields[name] = resources.word_class("dates", name)
        fields["word_counts"] = word_counts(resources)
        fields["start_words"] = _start_words(fields)
        return cls(**fields)

    def may_start(self, w: str) -> bool:
        """Can a date expression begin with the word ``w`` (digits, or a start word after clitics)?"""
        start_words = self.start_words
        return w.isdigit() or any(w[k:] in start_words for k in clitic_readings(w))


# The sections DateLexicon reads from each JSON lexicon of rasd/resources/dates.
_SECTIONS = {
    "months": ("gregorian", "hijri", "ambiguous", "month_word"),
    "weekdays": ("weekdays", "dual_readings", "day_word", "weekend", "weekend_days", "week_first_day", "local_week_days", "titles", "prayer_nouns"),
    "relative": ("day_words", "bound_day_words", "feast_days", "feast_days_word", "feasts", "feast_adjectives", "feast_edges", "holiday_words", "day_parts", "period_nouns", "modifiers", "this", "counted_units", "recent_units", "recent_after", "ago", "later",
                 "anchored_after", "now_after_anchor", "vague_before_count", "approximate_ago", "beyond_modifier", "seasons", "part_qualifiers", "year_words",
                 "year_suffix_gregorian", "year_suffix_hijri", "range_to", "range_from", "future_cues",
                 "general_adjective_heads", "not_year_after", "name_heads", "quarters", "halves", "week_of_month", "part_last_words", "fiscal_words"),
    "numbers": ("units", "teen_first", "teen_second", "tens", "hundreds", "scales", "ordinals",
                "ordinal_teen_second", "ordinal_tens"),
}


def _lexicon_fields(months: dict, weekdays: dict, relative: dict, numbers: dict) -> dict:
    """DateLexicon's fields from the four JSON lexicons (phrases normalised, lexicons compiled)."""
    wd, rel, num = weekdays, relative, numbers

    def lex(mapping: dict, conv=lambda v: v) -> PhraseLexicon:
        lx = PhraseLexicon()
        for k, forms in mapping.items():
            for f in forms:
                lx.add(f, conv(k))
        return lx

    def nset(xs) -> frozenset:
        return frozenset(phrase_key(x) for x in xs)

    def ndict(d: dict) -> dict:
        return {phrase_key(k): v for k, v in d.items()}

    day_words = PhraseLexicon()
    for k, v in rel["day_words"].items():
        day_words.add(k, v)
    bound_day_words = PhraseLexicon()
    for k, v in rel["bound_day_words"].items():
        bound_day_words.add(k, v)
    modifiers = {}
    for kind, forms in rel["modifiers"].items():
        for f in forms:
            modifiers[phrase_key(f)] = kind
    units = PhraseLexicon()
    for unit, forms in rel["counted_units"].items():
        for number, fs in forms.items():
            for f in fs:
                units.add(f, (unit, number))
    recent = {phrase_key(f): (unit, "two" if phrase_key(f).endswith("ين") else "many")
              for unit, forms in rel["recent_units"].items() for f in forms}
    seasons = PhraseLexicon()
    for name, spec in rel["seasons"].items():
        for f in spec["words"]:
            seasons.add(f, (name, tuple(spec["months"])))
    return dict(
        months=lex(months["gregorian"], int), hmonths=lex(months["hijri"], int),
        ambiguous=nset(months["ambiguous"]), month_word=nset(months["month_word"]),
        weekdays=lex(wd["weekdays"], int), dual_readings=nset(wd["dual_readings"]),
        day_word=nset(wd["day_word"]), weekend=lex({"w": wd["weekend"]}), weekend_days=wd["weekend_days"],
        week_first_day=wd["week_first_day"],
        local_week_days=frozenset(wd["local_week_days"]),
        day_words=day_words, bound_day_words=bound_day_words, feast_days=lex(rel["feast_days"], int),
        feast_days_word=nset(rel["feast_days_word"]), feast_adjectives=nset(rel["feast_adjectives"]),
        feast_edges={phrase_key(f): edge for edge, forms in rel["feast_edges"].items() for f in forms},
        holiday_words=nset(rel["holiday_words"]), week_of_month=lex(rel["week_of_month"]),
        feasts=lex({name: spec["words"] for name, spec in rel["feasts"].items()},
                   lambda name: tuple(tuple(md) for md in rel["feasts"][name]["hijri"])), day_parts=lex({"p": rel["day_parts"]}), period=lex(rel["period_nouns"]),
        modifiers=modifiers, this=nset(rel["this"]), units=units, recent=recent, recent_last=nset(rel["recent_after"]), ago=nset(rel["ago"]), later=nset(rel["later"]),
        anchored_after=nset(rel["anchored_after"]), now_after_anchor=nset(rel["now_after_anchor"]), vague=nset(rel["vague_before_count"]), approximate=nset(rel["approximate_ago"]), beyond=dict(rel["beyond_modifier"]),
        seasons=seasons, parts=lex(rel["part_qualifiers"]), year_words=nset(rel["year_words"]),
        quarters=lex(rel["quarters"], int), halves=lex(rel["halves"], int),
        part_last=nset(rel["part_last_words"]), fiscal=nset(rel["fiscal_words"]),
        greg_suffix=nset(rel["year_suffix_gregorian"]), hijri_suffix=nset(rel["year_suffix_hijri"]),
        range_to=nset(rel["range_to"]), range_from=nset(rel["range_from"]), future=nset(rel["future_cues"]),
        general_heads=nset(rel["general_adjective_heads"]), name_heads=nset(rel["name_heads"]),
        titles=nset(wd["titles"]), prayer_nouns=nset(wd["prayer_nouns"]), not_year_after=nset(rel["not_year_after"]),
        num_units=ndict(num["units"]), num_teen_first=ndict(num["teen_first"]),
        num_teen_second=nset(num["teen_second"]), num_tens=ndict(num["tens"]),
        num_hundreds=ndict(num["hundreds"]), num_scales=ndict(num["scales"]),
        ordinals=ndict(num["ordinals"]), ord_teen_second=nset(num["ordinal_teen_second"]),
        ord_tens=ndict(num["ordinal_tens"]),
    )


def _start_words(R: dict) -> frozenset:
    """Every word a date expression can begin with (digits aside): a quick filter for parse()."""
    words: set[str] = set()
    for name in ("months", "hmonths", "weekdays", "weekend", "day_words", "bound_day_words", "feast_days", "feasts", "day_parts", "period", "seasons", "parts",
                 "quarters", "halves", "week_of_month"):
        words |= R[name].first
    for name in ("range_from", "ago", "later", "this", "year_words", "month_word", "day_word", "recent", "feast_edges"):
        words |= set(R[name])
    words |= set(R["ordinals"]) | set(R["ord_tens"]) | {"يومي", "ما"}  # p_day_month's lead words
    return frozenset(words)


# -- calendar arithmetic -------------------------------------------------------------------------

# Day before 1 Muharram 1 AH in the civil (Friday) epoch: 16 July 622 Julian = 19 July 622 Gregorian.
_ISLAMIC_EPOCH_ORDINAL = date(622, 7, 19).toordinal() - 1
# The years the Umm al-Qura tables of ``hijridate`` cover (1343-1500 AH, 1924-2077 CE).
UMM_AL_QURA_YEARS = (1343, 1500)
UMM_AL_QURA_DAYS = (date(1924, 8, 1), date(2077, 11, 16))


def umm_al_qura(year: int) -> bool:
    """Does the Umm al-Qura calendar cover Hijri ``year``? Else the tabular one is used."""
    return UMM_AL_QURA_YEARS[0] <= year <= UMM_AL_QURA_YEARS[1]


def hijri_leap(year: int) -> bool:
    """Leap year of the tabular Islamic calendar (11 in every 30 years: 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29)."""
    return (14 + 11 * year) % 30 < 11


def tabular_month_length(year: int, month: int) -> int:
    if month == 12:
        return 30 if hijri_leap(year) else 29
    return 30 if month % 2 == 1 else 29


def hijri_month_length(year: int, month: int) -> int:
    """Days of a Hijri month: Umm al-Qura where it covers the year, else tabular."""
    if umm_al_qura(year) and 1 <= month <= 12:
        return Hijri(year, month, 1).month_length()
    return tabular_month_length(year, month)


def tabular_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of a tabular (arithmetic, civil epoch) Islamic date."""
    if not (1 <= month <= 12 and 1 <= day <= tabular_month_length(year, month)):
        raise ValueError(f"no Hijri date {year}-{month}-{day}")
    days = (day + (29 * (month - 1) + month // 2) + (year - 1) * 354 + (3 + 11 * year) // 30)
    return date.fromordinal(_ISLAMIC_EPOCH_ORDINAL + days)


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of a Hijri date: by the Umm al-Qura calendar where it covers the year (the
    calendar Saudi news dates by), else by the tabular one. A day the month does not have is a
    ValueError."""
    if not umm_al_qura(year):
        return tabular_to_gregorian(year, month, day)
    if not (1 <= month <= 12 and 1 <= day <= hijri_month_length(year, month)):
        raise ValueError(f"no Hijri date {year}-{month}-{day}")
    return date(*Hijri(year, month, day).to_gregorian().datetuple())


def gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """Hijri (year, month, day) of a Gregorian date: Umm al-Qura within its range, else tabular."""
    if UMM_AL_QURA_DAYS[0] <= d <= UMM_AL_QURA_DAYS[1]:
        return Gregorian(d.year, d.month, d.day).to_hijri().datetuple()
    days = d.toordinal() - _ISLAMIC_EPOCH_ORDINAL
    y = max(1, int(days / 354.367) + 1)
    while tabular_to_gregorian(y, 1, 1) > d:
        y -= 1
    while tabular_to_gregorian(y + 1, 1, 1) <= d:
        y += 1
    m = 1
    while m < 12 and tabular_to_gregorian(y, m + 1, 1) <= d:
        m += 1
    return y, m, (d - tabular_to_gregorian(y, m, 1)).days + 1


def _hijri_month_year(pub: date, m: int, direction: str) -> int:
    """Hijri year of Hijri month ``m`` by the same rule as Gregorian month names."""
    hy, hm, _ = gregorian_to_hijri(pub)
    if direction == "current":
        return hy
    if direction == "previous":
        return hy if m < hm else hy - 1
    if direction == "next":
        return hy if m > hm else hy + 1
    if direction == "future":
        return hy if m >= hm else hy + 1
    return hy if m <= hm else hy - 1


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _interval(a: date, b: date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def _weekday_date(pub: date, wd: int, direction: str) -> date:
    """The weekday ``wd`` relative to ``pub``: 'previous' (strictly before), 'next' (strictly
    after), 'past' (pub itself if it is that day, else previous), 'future' (pub or next)."""
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    if direction == "previous":
        return pub - timedelta(days=back or 7)
    if direction == "next":
        return pub + timedelta(days=fwd or 7)
    if back == 0:
        return pub
    return pub + timedelta(days=fwd) if direction == "future" else pub - timedelta(days=back)


def _month_year(pub: date, m: int, direction: str) -> int:
    """Year of month ``m``: most recent not after pub ('past'), strictly before ('previous'),
    coming one from pub's month on ('future'), strictly after ('next')."""
    y = pub.year
    if direction == "current":
        return y
    if direction == "previous":
        return y if m < pub.month else y - 1
    if direction == "next":
        return y if m > pub.month else y + 1
    if direction == "future":
        return y if m >= pub.month else y + 1
    return y if m <= pub.month else y - 1


# A weekday is named with a day and month (يوم الأربعاء 28/9) for dates near the article: the
# last or the coming few weeks. Within 45 days of it at most one or two of the readings (Gregorian
# or Hijri, D/M or M/D) are candidates, so the weekday is a real check; over whole years some
# reading would fit by chance.
WEEKDAY_DATE_DAYS = 45
# A bare العيد (no name) is the feast of the season only near one: the Fitr-to-Adha gap is about
# 70 days, so within 45 days of a feast's first day the nearer one is meant; further away the
# article's العيد is generic (عادات العيد) and is left unresolved.
FEAST_NEAR_DAYS = 45
FRIDAY = 4  # Python's weekday number of Friday, the day of the Friday prayer (صلاة الجمعة)

# Quarterly results are published within about 45 days of the quarter's end (Tadawul asks 30,
# most markets 40-45): for so long a future clause (سيعلن نتائج الربع الثاني, in July) still
# speaks of the quarter just ended.
RESULTS_LAG_MONTHS = 2


def _part_year(pub: date, first_month: int, last_month: int, direction: str) -> int:
    """Year of a quarter or half without a year: in a past clause the latest one that has begun
    by the publication month (the month rule of its first month: الربع الثالث in July is this
    year's, الربع الرابع last year's); in a future clause the first one that ends no earlier than
    RESULTS_LAG_MONTHS before it (سيناقش نتائج الربع الثاني in July: this year's)."""
    if direction != "future":
        return _month_year(pub, first_month, "past")
    now = pub.year * 12 + pub.month
    y = pub.year - 1
    while y * 12 + last_month < now - RESULTS_LAG_MONTHS:
        y += 1
    return y


def _day_month_year(pub: date, m: int, d: int, direction: str) -> int:
    """Year of day ``d`` of month ``m`` by the month rule; 29 February goes to the nearest leap
    year in that direction."""
    y = pub.year
    if direction == "current":
        return y
    if direction == "future":
        same = _safe_date(y, m, d)
        if same is not None and timedelta(0) < pub - same <= timedelta(days=FUTURE_GRACE_DAYS):
            return y  # سيعقد يوم 20 يوليو, stamped 21 July: written before the stamp, not next year
    back = direction in ("previous", "past")
    for _ in range(9):  # a leap year is at most 8 years away (1896 -> 1904)
        cand = _safe_date(y, m, d)
        if cand is not None:
            if back and (cand < pub or (direction == "past" and cand == pub)):
                return y
            if not back and (cand > pub or (direction == "future" and cand == pub)):
                return y
        y += -1 if back else 1
    return y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# -- the matcher ---------------------------------------------------------------------------------

@dataclass
class _Hit:
    i: int          # first token
    j: int          # one past the last token
    skip: int       # clitic characters skipped at the start of token i
    value: str
    kind: str
    attrs: dict
    # (month, year, tense) of a Gregorian month or day-month: tense is "past" or "future" when only
    # the clause's tense chose the year (no year, no modifier), else None; see _same_month_same_year
    anchor: tuple | None = None
    # a count "later" from publication (بعد 13 عاما) not said to count from now: see _anchored_later
    later: bool = False


class _Matcher:
    """The date expressions of one normalised text: ``parse()`` tries, at each word, the parsers
    ``parsers_for[word]`` names (see ``_parsers_for_word``), each reading the lexicon ``R``."""

    def __init__(self, ntext: str, published: date | None, lexicon: DateLexicon, parsers_for: WordMemo):
        self.R = lexicon
        self.parsers_for = parsers_for
        self.pub = published
        self.toks = scan_tokens(ntext)
        self.text = ntext
        # token helpers: t(i) is token i's word ("" outside the text), bare(i) the word without
        # a leading conjunction و/ف (when the rest is still a word); both are dict look-ups
        words = WordsByIndex(enumerate(map(token_word, self.toks)))
        bares = _Bare()
        bares.words = words
        self.t = words.__getitem__
        self.bare = bares.__getitem__

    def adjacent(self, i: int) -> bool:
        """Token i touches token i-1 (no space between)."""
        return 0 < i < len(self.toks) and self.toks[i].s == self.toks[i - 1].e

    def is_(self, i: int, words: set) -> bool:
        return i < len(self.toks) and (self.t(i) in words or self.bare(i) in words)

    def definite(self, w: str) -> bool:
        """Is ``w`` a definite noun (ال, and not one of the words in ال that are none: الذي، إلى)?"""
        return w.startswith("ال") and len(w) > 3 and w not in self.R.not_definite

    def boundary(self, i: int) -> bool:
        """Token i starts a new sentence (line break or sentence punctuation before it)."""
        return i <= 0 or self.toks[i].nl or self.t(i - 1) in _SENT_END

    def decimal_point(self, i: int) -> bool:
        """Token i is a point inside a number (31.7), not a sentence's end."""
        return (self.t(i) == "." and self.t(i - 1).isdigit() and self.t(i + 1).isdigit()
                and self.adjacent(i) and self.adjacent(i + 1))

    # -- number words ------------------------------------------------------------------------
    def number(self, i: int, allow_digits: bool = True) -> tuple[int, int] | None:
        """(value, end) of a cardinal at i: digits, or words up to a few thousands."""
        R = self.R
        w = self.bare(i)
        if not w:
            return None
        if w.isdigit():
            return (int(w), i + 1) if allow_digits else None
        if w in R.num_teen_first and self.t(i + 1) in R.num_teen_second:
            return R.num_teen_first[w] + 10, i + 2
        if w in R.num_units:
            v, j = R.num_units[w], i + 1
            # خمسة وعشرون
            if self.t(j)[:1] == "و" and self.t(j)[1:] in R.num_tens:
                return v + R.num_tens[self.t(j)[1:]], j + 1
            return v, j
        if w in R.num_tens:
            return R.num_tens[w], i + 1
        if w in R.num_hundreds:
            return R.num_hundreds[w], i + 1
        return None

    def ordinal_day(self, i: int) -> tuple[int, int] | None:
        """(day, end) of a day-of-month ordinal: الثالث، الحادي عشر، الحادي والعشرين، العشرين."""
        R = self.R
        w = self.bare(i)
        if w in R.ord_tens:
            return R.ord_tens[w], i + 1
        if w in R.ordinals:
            v = R.ordinals[w]
            nxt = self.t(i + 1)
            if nxt in R.ord_teen_second and v < 10:
                return v + 10, i + 2
            if nxt[:1] == "و" and nxt[1:] in R.ord_tens and v < 10:
                return v + R.ord_tens[nxt[1:]], i + 2
            return v, i + 1
        return None

    def day_number(self, i: int) -> tuple[int, int] | None:
        w = self.bare(i)
        if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31:
            # not a time (10:30) or a decimal (3.5)
            if self.t(i + 1) in (":", ".", ",") and self.adjacent(i + 1) and self.t(i + 2).isdigit():
                return None
            if i > 0 and self.t(i - 1) in (":", ".", ",") and self.adjacent(i) and self.t(i - 2).isdigit():
                return None
            return int(w), i + 1
        return self.ordinal_day(i)

    # -- components --------------------------------------------------------------------------
    def month(self, i: int, need_context: bool = True):
        """(calendar, month, end, skip) of a month name at i, with a paired alternative name
        (يونيو / حزيران، أغسطس (آب)) absorbed; None if not a month here."""
        R = self.R
        for cal, lx in (("gregorian", R.months), ("hijri", R.hmonths)):
            m = lx.match(self.toks, i)
            if not m:
                continue
            mon, j, skip = m
            word = self.t(i)[skip:]
            # paired alternative: "/" or "-" or "(" name ")"
            k = j
            if cal == "gregorian" and k < len(self.toks) and not self.toks[k].nl:
                alt = R.months.match(self.toks, k, prefixes=False)
                if alt and alt[0] == mon:  # يونيو حزيران: the pair without a separator
                    j = k = alt[1]
            if k < len(self.toks) and self.t(k) in ("/", "-", "(") and not self.toks[k].nl:
                alt = R.months.match(self.toks, k + 1, prefixes=False)
                if alt and alt[0] == mon and cal == "gregorian":
                    k2 = alt[1]
                    if self.t(k) == "(" and self.t(k2) == ")":
                        k2 += 1
                    elif self.t(k) == "(":
                        k2 = None
                    if k2:
                        j = k2
            # ambiguous names need a date context (a day number before, a year after, شهر/في before)
            if need_context and (word in R.ambiguous or cal == "hijri"):
                prev = self.t(i - 1)
                ok = j > m[1] or self._looks_year(j) or (prev in R.month_word) or self.t(j) in R.modifiers or (
                    skip == 0 and prev in R.month_context_before and cal == "gregorian")
                if not ok and cal == "gregorian":
                    # a day number before it (not a name such as قوى 14 آذار)
                    ok = bool(self.day_number(i - 1)) and self.t(i - 2) not in R.name_heads or (
                        prev == "من" and bool(self.day_number(i - 2)))
                if not ok:
                    continue
            return cal, mon, j, skip
        return None

    def _looks_year(self, i: int) -> bool:
        w = self.t(i)
        if w in self.R.year_words and self.t(i + 1).isdigit() and len(self.t(i + 1)) == 4:
            return True
        return w.isdigit() and len(w) == 4

    def year(self, i: int, need_word: bool = False, after_month: bool = False, after_word: bool = False):
        """(year, calendar, end, had_word) of [عام|العام|سنة] YYYY [م|هـ] at i (``after_word``: the
        caller has read the year word before i, للعام in الربع الثاني للعام 2012)."""
        R = self.R
        j = i
        had_word = after_word
        if self.is_(j, R.year_words):
            j += 1
            had_word = True
        w = self.t(j)
        if not (w.isdigit() and len(w) == 4) or (need_word and not had_word):
            return None
        y = int(w)
        j += 1
        cal = "gregorian"
        if self.t(j) in R.hijri_suffix and not self.toks[j].nl:
            cal = "hijri"
            j += 1
        elif self.t(j) in R.greg_suffix and not self.toks[j].nl:
            j += 1
        elif had_word and self._unmarked_hijri(y):
            cal = "hijri"  # أطلق عام 1435 in a 2015 article: the Hijri year, written without هـ
        if cal == "gregorian" and not had_word and not after_month and not (BARE_YEAR_MIN <= y <= BARE_YEAR_MAX):
            return None
        if cal == "gregorian" and not had_word and not after_month and self.pub and y > self.pub.year + BARE_YEAR_AHEAD:
            return None  # بلغت 2089 موافقة: a plain number far beyond the article's time is a count
        if y < 1:
            return None
        return y, cal, j, had_word

    def _l_year_word(self, k: int) -> bool:
        """Is token k a year word after the preposition ل (للعام = ل + العام، لعام، للسنة)? After a
        quarter or half it joins it to its year (الربع الثاني للعام 2012: Q2 of 2012)."""
        w = self.t(k)
        return len(w) > 3 and w[0] == "ل" and (w[1:] in self.R.year_words or "ا" + w[1:] in self.R.year_words)

    def _unmarked_hijri(self, y: int) -> bool:
        """Is [عام] y, written without هـ or م, a Hijri year? In an article of the Hijri era's
        15th century (published from 1900 CE on, i.e. 1318 AH) a year from 1300 AH up to the
        publication's Hijri year + BARE_YEAR_AHEAD is one: Saudi bodies date by the Hijri
        calendar (بحلول عام 1440، أطلق عام 1435), while a Gregorian year in those numbers is
        history six centuries back. Later numbers (ولد في عام 1473) stay Gregorian. Checked on
        SaudiNewsNet 2015-07-21/26, 08-01/06: of 80 such years without a suffix, the 14xx CE ones
        were 1455-1543 (above the bound) but one (بني عام 1431, a Mumbai mosque)."""
        if not self.pub or self.pub.year < 1900 or not (HIJRI_YEAR_MIN <= y <= NUMERIC_HIJRI_MAX):
            return False
        return y <= gregorian_to_hijri(self.pub)[0] + BARE_YEAR_AHEAD

    def rel_year(self, i: int):
        """(offset, end) of العام الماضي / من العام الجاري / هذا العام at i (offset in years)."""
        R = self.R
        j = i
        if self.t(j) == "من":
            j += 1
        if self.t(j) in R.this and R.period.match(self.toks, j + 1, prefixes=False) and \
                R.period.match(self.toks, j + 1, prefixes=False)[0] == "year":
            return 0, j + 2
        p = R.period.match(self.toks, j)
        if p and p[0] == "year":
            mod = R.modifiers.get(self.t(p[1]))
            if mod:
                return {"previous": -1, "next": 1, "current": 0}[mod], p[1] + 1
        return None

    def future(self, i: int, j: int) -> bool:
        """Does the clause around tokens [i, j) speak of the future?"""
        counts = self.R.word_counts
        lo = i
        while lo > 0 and i - lo < FUTURE_WINDOW_BEFORE and not self.boundary(lo):
            lo -= 1
        hi = j
        while hi < len(self.toks) and hi - j < FUTURE_WINDOW_AFTER and not self.boundary(hi):
            hi += 1
        for k in list(range(lo, i)) + list(range(j, hi)):
            w = self.t(k)
            b = self.bare(k)
            if w in self.R.future or b in self.R.future:
                return True
            if len(b) > 3 and b[0] in "يت" and b[1:] in self.R.scheduled_verbs:
                return True  # يفتتح المعرض يوم الأحد: a scheduled act in the imperfect
            if b in self.R.may_particles and k + 1 < len(self.toks) and self.bare(k + 1)[:1] in IMPERFECT_PREFIXES:
                return True  # قد يتصل يوم السبت
            for x in {w, b}:
                if len(x) >= 4 and x[0] == "س" and x[1] in "يتنا":
                    if counts.get(x[1:], 0) >= MIN_VERB_COUNT and counts.get(x[1:], 0) > counts.get(x, 0):
                        return True
        return False

    # -- parsers -----------------------------------------------------------------------------
    def parse(self) -> list[_Hit]:
        hits = []
        toks = self.toks
        parsers_for = self.parsers_for
        # the tokens a date expression may begin with, found without a Python step per token
        starts = compress(range(len(toks)), map(parsers_for.__getitem__, map(token_word, toks)))
        i = 0  # the first token after the last date found
        for k in starts:
            if k < i:
                continue  # inside the date just found
            best = None
            for p in parsers_for[toks[k].t]:
                try:
                    h = p(self, k)
                except (ValueError, OverflowError):
                    h = None  # a value outside the calendar (year 10000, Hijri 9999) is no date
                if h and h.j > k and (best is None or h.j > best.j):
                    best = h
            if best:
                hits.append(best)
                i = best.j
        return hits

    def _qualifier(self, i: int):
        """(part, end, skip) of مطلع/أواخر/منتصف/نهاية/خلال at i."""
        m = self.R.parts.match(self.toks, i)
        return m

    def p_numeric(self, i: int):
        """2025-05-15, 15/5/2025, 15-05-2025, 15.5.2025 (+ هـ for Hijri); a range of days before
        a full date: [من] 2 - 4/ 6/ 1436هـ، من 8 إلى 29/ 11/ 1433هـ (the days of that month)."""
        h = self._numeric_range(i)
        if h:
            return h
        return self._numeric(i)

    def _numeric_range(self, i: int):
        """[من|بين] D (إلى|حتى|-|و) D/M/Y: the interval from day D of the full date's month to the
        full date (the first day written alone shares the second's month and year)."""
        R = self.R
        start = i
        lead = self.is_(i, R.range_from)
        if lead:
            i += 1
        w = self.t(i)
        if not (w.isdigit() and len(w) <= 2 and not self.toks[i + 1 if i + 1 < len(self.toks) else i].nl):
            return None
        k = i + 1
        if not (self.is_(k, R.range_to) or self.t(k) == "و") or self.t(k) == "/":
            return None
        if not lead and not self.t(k).isalpha():
            return None  # قرار رقم 3 - 4/6/1436: a dash without من/بين before the first day joins no range
        h = self._numeric(k + 1)
        if not h:
            return None
        last = date.fromisoformat(h.value)
        if h.kind == "hijri":
            hy, hm, hd = (int(x) for x in h.attrs["hijri"].split("-"))
            if not 1 <= int(w) < hd:
                return None
            first = hijri_to_gregorian(hy, hm, int(w))
            attrs = dict(h.attrs, hijri=f"{hy:04d}-{hm:02d}-{int(w):02d}/{h.attrs['hijri']}")
        else:
            if not 1 <= int(w) < last.day:
                return None
            first = last.replace(day=int(w))
            attrs = dict(h.attrs)
        return _Hit(start, h.j, self._skip(start), _interval(first, last), "range" if h.kind != "hijri" else "hijri",
                    attrs)

    def _numeric(self, i: int):
        t = self.t
        if not (t(i).isdigit() and t(i + 1) in ("/", "-", ".") and t(i + 3) == t(i + 1)
                and t(i + 2).isdigit() and t(i + 4).isdigit()):
            return None
        if any(self.toks[k].nl for k in range(i + 1, i + 5)):
            return None
        # 11 / 7 / 1436 may be spaced; 3.5.2 (a version) may not be a date unless tight
        spaced = not all(self.adjacent(k) for k in range(i + 1, i + 5))
        if spaced and t(i + 1) == ".":
            return None
        a, b, c = t(i), t(i + 2), t(i + 4)
        if len(a) == 4 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        elif len(c) == 4 and len(a) <= 2:
            y, m, d = int(c), int(b), int(a)
        else:
            return None
        j = i + 5
        if t(j) in self.R.hijri_suffix or HIJRI_YEAR_MIN <= y <= NUMERIC_HIJRI_MAX:
            try:
                g = hijri_to_gregorian(y, m, d)
            except ValueError:
                return None
            if t(j) in self.R.hijri_suffix:
                j += 1
            return _Hit(i, j, 0, g.isoformat(), "hijri", {"hijri": f"{y:04d}-{m:02d}-{d:02d}", "tabular": not umm_al_qura(y)})
        dd = _safe_date(y, m, d)
        if not dd:
            return None
        if t(j) in self.R.greg_suffix:
            j += 1
        return _Hit(i, j, 0, dd.isoformat(), "absolute", {})

    def _year_after(self, j: int, month_cal: str):
        """Year expression after a month: (year, calendar, end) or (offset, 'relative', end)."""
        k = j
        if self.t(k) in (",", "من") and (self._looks_year(k + 1) or self.rel_year(k + 1)):
            k += 1
        # Hijri years without هـ after a Hijri month (رمضان 1436), before year() reads them as Gregorian
        if month_cal == "hijri":
            w = self.t(k)
            if w.isdigit() and len(w) == 4 and HIJRI_YEAR_MIN <= int(w) <= HIJRI_YEAR_MAX:
                k += 1
                if self.t(k) in self.R.hijri_suffix:
                    k += 1
                return int(w), "hijri", k
        y = self.year(k, after_month=True)
        if y:
            return y[0], y[1], y[2]
        if month_cal == "hijri":
            return None
        r = self.rel_year(k)
        if r:
            return r[0], "relative", r[1]
        return None

    def _direction(self, j: int, i: int, day_month: tuple | None = None) -> tuple[str, int]:
        """Direction from a modifier at j (الماضي/المقبل), else from the clause's tense. ``day_month``
        (first token, month, day) of a Gregorian day and month: after a word of "until, by" one ahead
        of the publication date is a limit to come (أمامهم حتى 17 سبتمبر, بحلول 20 أغسطس), this
        year's, not last year's; one already past keeps the month rule."""
        mod = self.R.modifiers.get(self.t(j))
        if mod == "previous":
            return "previous", j + 1
        if mod == "next":
            return "next", j + 1
        if mod == "current":
            return "current", j + 1
        if self.future(i, j):
            return "future", j
        if day_month and self.t(day_month[0] - 1) in self.R.deadline_before:
            ahead = _safe_date(self.pub.year, day_month[1], day_month[2])
            if ahead and ahead > self.pub:
                return "future", j
        return "past", j

    def _beyond(self, j: int) -> int:
        """1 when قبل الماضي / بعد المقبل stands at j (the period one further away), else 0."""
        want = self.R.beyond.get(self.t(j))
        return 1 if want and self.R.modifiers.get(self.t(j + 1)) == want else 0

    def p_day_month(self, i: int):
        """[من|بين|يومي] D [من] M [year] ; D (إلى|-|و) D M [year] ; D M إلى D M [year]."""
        R = self.R
        start = i
        lead = False
        if self.is_(i, R.range_from) or self.t(i) in ("يومي", "ما"):
            if self.t(i) == "ما" and self.t(i + 1) == "بين":
                i += 1
            i += 1
            lead = True
        d1 = self.day_number(i)
        if not d1:
            return None
        day1, j = d1
        prev = self.t(i - 1)
        prev_b = _strip_clitics(prev)
        # قوى 14 آذار، ثورة 30 يونيو: names, not dates, unless a year makes the date whole (ثورة 25
        # يناير 2011 names the day it happened)
        named = not lead and (prev in R.name_heads or prev_b in R.name_heads)
        if not lead and not self.t(i).isdigit() and self.definite(prev) and not R.weekdays.match(self.toks, i - 1):
            return None  # الأسبوع الأول من أغسطس: the ordinal belongs to the noun before it
        # range: D (to) D M
        day2 = None
        k = j
        if self.is_(k, R.range_to) or self.t(k) in ("و",) or (self.t(k).startswith("و") and self.t(k)[1:].isdigit()):
            k2 = k + 1
            d2 = self.day_number(k2)
            if d2 and d2[0] > day1:
                day2, k = d2
        if day2 is None:
            k = j
        if self.t(k) == "من" and day2 is None:
            k += 1
        if self.t(k) in R.month_word and self.month(k + 1, need_context=False):
            k += 1  # الثامن والعشرين من شهر شعبان
        mo = self.month(k, need_context=False)
        if not mo:
            if day2 is None and self.t(k - 1) == "من" and not lead:
                # الثالث من الشهر الجاري / الماضي
                p = R.period.match(self.toks, k)
                if p and p[0] == "month" and self.pub:
                    mod = R.modifiers.get(self.t(p[1]))
                    if mod:
                        y, m = _month_shift(self.pub.year, self.pub.month, {"previous": -1, "next": 1, "current": 0}[mod])
                        dd = _safe_date(y, m, day1)
                        if dd and d1[1] - i >= 1:
                            return _Hit(start if lead else i, p[1] + 1, 0, dd.isoformat(), "relative",
                                        {"resolved_from": "published"})
            return None
        cal, mon, j2, _ = mo
        if not lead:
            start = i
        # cross-month range: D M (to) D M
        end_month = mon
        if day2 is None and (self.is_(j2, R.range_to)):
            d2 = self.day_number(j2 + 1)
            if d2:
                k3 = d2[1] + 1 if self.t(d2[1]) == "من" else d2[1]  # وحتى السادس من ذي القعدة
                mo2 = self.month(k3, need_context=False)
                if mo2 and mo2[0] == cal:
                    day2, end_month, j2 = d2[0], mo2[1], mo2[2]
        ya = self._year_after(j2, cal)
        if named and not ya:
            return None
        attrs: dict = {}
        if cal == "hijri":
            if ya and ya[1] == "hijri":
                hy, end = ya[0], ya[2]
            elif not ya and self.pub:
                # 16 إلى 30 شوال الجاري: the year from the publication date's Hijri year
                direction, end = self._direction(j2, start)
                hy = _hijri_month_year(self.pub, mon, direction)
                attrs["resolved_from"] = "published"
            else:
                return None
            # the 30th of a month the tabular calendar gives 29 days: its last day (sighting-based
            # calendars give such months 30 days in some years)
            day1 = min(day1, hijri_month_length(hy, mon)) if day1 == 30 else day1
            if day2 == 30:
                day2 = hijri_month_length(hy, end_month)
            try:
                g1 = hijri_to_gregorian(hy, mon, day1)
                g2 = hijri_to_gregorian(hy + (end_month < mon), end_month, day2) if day2 else None
            except ValueError:
                return None
            attrs.update({"hijri": f"{hy:04d}-{mon:02d}-{day1:02d}", "tabular": not umm_al_qura(hy)})
            value = _interval(g1, g2) if g2 else g1.isoformat()
            return _Hit(start, end, self._skip(start), value, "hijri", attrs)
        by_tense = None
        if ya and ya[1] == "gregorian":
            y, end = ya[0], ya[2]
            resolved = False
        elif ya and ya[1] == "relative":
            if not self.pub:
                return None
            y, end = self.pub.year + ya[0], ya[2]
            resolved = True
        else:
            if not self.pub:
                return None
            direction, end = self._direction(j2, start, (i, mon, day1))
            y = _day_month_year(self.pub, mon, day1, direction)
            resolved = True
            by_tense = direction if end == j2 else None
        d_a = _safe_date(y, mon, day1)
        if not d_a:
            return None
        if day2:
            y2 = y + (1 if end_month < mon else 0)
            d_b = _safe_date(y2, end_month, day2)
            if not d_b:
                return None
            value, kind = _interval(d_a, d_b), "range"
        else:
            value, kind = d_a.isoformat(), "absolute"
            if lead and self.t(start) != "يومي":
                start = i  # منذ 29 مايو: the lead word is not part of a single date
        if resolved:
            attrs["resolved_from"] = "published"
        return _Hit(start, end, self._skip(start), value, kind, attrs, None if day2 else (mon, y, by_tense))

    def _skip(self, i: int) -> int:
        """Clitic characters to leave out at the start of token i (وفي -> في is kept as a word)."""
        w = self.t(i)
        if len(w) > 3 and w[0] in "وف" and (w[1:] in self.R.range_from or w[1:] in self.R.day_word
                                            or w[1:] in self.R.year_words):
            return 1
        return 0

    def p_month(self, i: int):
        """[شهر] M [/ alt] [year | الماضي | المقبل]."""
        R = self.R
        start = i
        k = i
        q = self._qualifier(i)
        part = None
        if q:
            part, k = q[0], q[1]
        if self.t(k) in R.month_word or self.bare(k) in R.month_word:
            k += 1
        mo = self.month(k)
        if not mo:
            return None
        if self.day_number(k - 1) and _strip_clitics(self.t(k - 2)) in R.name_heads:
            return None  # قوى 14 آذار، بمدينة 6 أكتوبر: a name
        if self.t(k - 1) in ("(", "/") and self.month(k - 2, need_context=False):
            return None  # ثورة 25 يناير (كانون الثاني): the alternative name of a month left out
        cal, mon, j, skip = mo
        if k == i:
            start_skip = skip
        else:
            start_skip = self._lead_skip(i)
        ya = self._year_after(j, cal)
        attrs: dict = {}
        if part:
            attrs["part"] = part
        if cal == "hijri":
            if ya and ya[1] == "hijri":
                y, end = ya[0], ya[2]
            elif not ya and self.pub and (k > i or self.t(j) in R.modifiers):
                # شهر رمضان، رمضان الماضي، شوال الجاري: resolved like a Gregorian month name
                direction, end = self._direction(j, start)
                y = _hijri_month_year(self.pub, mon, direction)
                attrs["resolved_from"] = "published"
            else:
                return None  # رمضان alone is the season of fasting as often as a date
            g1 = hijri_to_gregorian(y, mon, 1)
            g2 = hijri_to_gregorian(y, mon, hijri_month_length(y, mon))
            attrs.update({"hijri": f"{y:04d}-{mon:02d}", "tabular": not umm_al_qura(y)})
            return _Hit(start, end, start_skip, _interval(g1, g2), "hijri", attrs)
        if ya and ya[1] == "gregorian":
            return _Hit(start, ya[2], start_skip, _ym(ya[0], mon), "month", attrs, (mon, ya[0], False))
        if not self.pub:
            return None
        attrs["resolved_from"] = "published"
        if ya and ya[1] == "relative":
            y = self.pub.year + ya[0]
            return _Hit(start, ya[2], start_skip, _ym(y, mon), "month", attrs, (mon, y, False))
        direction, end = self._direction(j, start)
        y = _month_year(self.pub, mon, direction)
        return _Hit(start, end, start_skip, _ym(y, mon), "month", attrs, (mon, y, direction if end == j else None))

    def _lead_skip(self, i: int) -> int:
        w = self.t(i)
        return 1 if len(w) > 3 and w[0] in "وف" and self.R.parts.match(self.toks, i, prefixes=False) is None else 0

    def p_year(self, i: int):
        """[qualifier|season] [عام] YYYY [هـ] ; [منذ|من|بين] [عام] Y (إلى|حتى|و|-) [عام] Y."""
        R = self.R
        start = i
        k = i
        part = None
        quarter = R.quarters.match(self.toks, k)
        span = 3  # months in a quarter
        if not quarter:
            quarter = R.halves.match(self.toks, k)
            span = 6  # months in a half
        if quarter:
            h = self._part_of_year(i, quarter, span)
            if h:
                return h
            k = quarter[1] + (self.t(quarter[1]) == "من")  # الربع الأول من عام 2015
        q = self._qualifier(k)
        if q:
            part, k = q[0], q[1]
        s = R.seasons.match(self.toks, k)
        if s:
            part, k = s[0][0], s[1]
        lead = None
        if self.is_(k, R.range_from) and not part:
            lead = k
            k += 1
            if self.t(k - 1) == "ما" and self.t(k) == "بين":
                k += 1
        if quarter and self._l_year_word(k):
            k += 1  # الربع الثاني للعام 2012، النصف الأول لعام 2015: the year word with ل, then the year
            y1 = self.year(k, after_word=True)
            if y1:
                m1 = span * (quarter[0] - 1) + 1
                if y1[1] == "gregorian":
                    return _Hit(start, y1[2], quarter[2], f"{_ym(y1[0], m1)}/{_ym(y1[0], m1 + span - 1)}", "absolute",
                                {"part": f"{'q' if span == 3 else 'h'}{quarter[0]}"})
            return None
        pair = self._hijri_pair(k)
        if pair:
            a_y, b_y, end = pair
            a = hijri_to_gregorian(a_y, 1, 1)
            b = hijri_to_gregorian(b_y, 12, hijri_month_length(b_y, 12))
            return _Hit(k, end, 0, _interval(a, b), "hijri", {"hijri": f"{a_y}/{b_y}", "tabular": not (umm_al_qura(a_y) and umm_al_qura(b_y))})
        y1 = self.year(k)
        if not y1:
            return None
        if not y1[3] and not part and lead is None and not self._bare_year_ok(k, y1[2]):
            return None
        if y1[1] == "gregorian" and not y1[3] and not part and lead is not None and not self._bare_year_ok(k, y1[2]):
            return None
        j = y1[2]
        if quarter and y1[1] == "gregorian":
            m1 = span * (quarter[0] - 1) + 1
            return _Hit(start, j, quarter[2], f"{_ym(y1[0], m1)}/{_ym(y1[0], m1 + span - 1)}", "absolute",
                        {"part": f"{'q' if span == 3 else 'h'}{quarter[0]}"})
        # range
        if lead is not None or True:
            t2 = self.t(j)
            k2 = None
            if self.is_(j, R.range_to) or t2 == "و":
                k2 = j + 1
            elif t2.startswith("و") and t2[1:] in R.range_to:
                k2 = j + 1
            if k2 is not None:
                y2 = self.year(k2)
                if y2 and y2[1] == y1[1] and y2[0] > y1[0] and (lead is not None or t2 in ("-", "/") or self.is_(j, R.range_to)):
                    if y1[1] == "hijri":
                        a = hijri_to_gregorian(y1[0], 1, 1)
                        b = hijri_to_gregorian(y2[0], 12, hijri_month_length(y2[0], 12))
                        return _Hit(start, y2[2], self._skip(start), _interval(a, b), "hijri",
                                    {"hijri": f"{y1[0]}/{y2[0]}", "tabular": not (umm_al_qura(y1[0]) and umm_al_qura(y2[0]))})
                    return _Hit(start, y2[2], self._skip(start), f"{y1[0]:04d}/{y2[0]:04d}", "range", {})
        if lead is not None:
            # "منذ 2004" / "في 2015": the lead word is not part of the date
            start = k
        attrs = {"part": part} if part else {}
        if y1[1] == "hijri":
            a = hijri_to_gregorian(y1[0], 1, 1)
            b = hijri_to_gregorian(y1[0], 12, hijri_month_length(y1[0], 12))
            attrs.update({"hijri": str(y1[0]), "tabular": not umm_al_qura(y1[0])})
            return _Hit(start, j, self._skip(start) if start == i else 0, _interval(a, b), "hijri", attrs)
        return _Hit(start, j, self._skip(start) if start == i else 0, f"{y1[0]:04d}", "year", attrs)

    def _part_of_year(self, i: int, q, span: int):
        """A quarter or half without a number year (relative.json ``halves`` note): الربع الحالي،
        النصف الثاني من العام، الربع الأول من العام الماضي، الربع الثاني (the month rule's year of
        its first month). None when a year follows (p_year reads it) or another noun does
        (النصف الثاني من المباراة)."""
        if not self.pub:
            return None
        R = self.R
        n, j, skip = q
        part = {"part": f"{'q' if span == 3 else 'h'}{n}", "resolved_from": "published"}
        k = j + (self.t(j) == "من")
        if self._looks_year(k) or (self.is_(k, R.year_words) or self._l_year_word(k)) and self.t(k + 1).isdigit():
            return None  # الربع الأول من عام 2015، الربع الثاني للعام 2012: p_year
        ry = self.rel_year(k) if self.t(j) == "من" else None
        p = R.period.match(self.toks, k, prefixes=False) if self.t(j) == "من" and not ry else None
        if self.t(j) == "من" and R.period.match(self.toks, k, prefixes=False) and self.t(k + 1) in R.fiscal:
            return None  # الربع الأول من العام المالي: the fiscal year starts in another month
        direction = "future" if self.future(i, j) else "past"
        if ry:  # النصف الثاني من العام الجاري، الربع الأول من العام الماضي
            y, end = self.pub.year + ry[0], ry[1]
        elif p and p[0] == "year" and not R.modifiers.get(self.t(p[1])) and self.t(j - 1) not in R.part_last:
            # النصف الثاني من العام: the year by the quarter rule, as for a bare quarter
            y, end = _part_year(self.pub, span * (n - 1) + 1, span * n, direction), p[1]
        elif self.t(j) == "من":
            return None  # النصف الثاني من المباراة، الربع الأول من القرن: a part of something else
        elif span == 6 or self.t(j - 1) in R.part_last:
            return None  # سجل في النصف الأول، خلال الربع الأخير (the latest): read only with a year
        else:
            end = j
            y = _part_year(self.pub, span * (n - 1) + 1, span * n, direction)
        m1 = span * (n - 1) + 1
        return _Hit(i, end, skip, f"{_ym(y, m1)}/{_ym(y, m1 + span - 1)}", "relative", part)

    def _hijri_pair(self, k: int):
        """[العام] 1436/1437هـ or 1435-1436هـ (a Hijri budget or school year): (y1, y2, end)."""
        R = self.R
        k0 = k + 1 if self.is_(k, R.year_words) else k
        a, sep, b = self.t(k0), self.t(k0 + 1), self.t(k0 + 2)
        if not (a.isdigit() and b.isdigit() and len(a) == 4 and len(b) == 4 and sep in ("/", "-")):
            return None
        if int(b) != int(a) + 1 or not (HIJRI_YEAR_MIN <= int(a) <= HIJRI_YEAR_MAX):
            return None
        end = k0 + 3
        if self.t(end) in R.hijri_suffix:
            return int(a), int(b), end + 1
        if int(a) <= NUMERIC_HIJRI_MAX:
            return int(a), int(b), end
        return None

    def _bare_year_ok(self, k: int, j: int) -> bool:
        """A four-digit number without عام: a year unless it counts something or is a quantity."""
        R = self.R
        nxt = self.t(j)
        if nxt in R.not_year_after or self.bare(j) in R.not_year_after:
            return False
        if nxt in ("%", ",", ".", ":") and self.adjacent(j) and (
                nxt == "%" or self.t(j + 1).isdigit() and self.adjacent(j + 1)):
            return False  # 2015% / 2,015 / 20.15 (but "1967، 1968" is a list of years)
        prev = self.t(k - 1)
        if prev in (",", ".", ":", "+", "$") and self.adjacent(k):
            return False
        if prev in R.vague or self.t(k - 2) in R.vague and prev == "من":
            return False
        if prev in R.not_year_before:
            return False
        if _LATIN.search(prev) or _LATIN.search(nxt):
            return False  # May 2025, Mirage 2000: Latin context is not analysed
        if prev == "-" and self.t(k - 2).isdigit() and not (BARE_YEAR_MIN <= int(self.t(k - 2)) <= BARE_YEAR_MAX):
            return False  # 1200 - 1900 ريال
        if nxt == "من" and self.definite(self.t(j + 1)):
            return False  # 2000 من المعتقلين
        return True

    def p_weekday(self, i: int):
        """[part] [يوم|أمس|اليوم|غدا] [(] WEEKDAY [)] [الماضي|المقبل] [date]."""
        R = self.R
        start = i
        k = i
        dp = R.day_parts.match(self.toks, k)
        if dp:
            k = dp[1]
        offset = None
        had_day_word = False
        if self.is_(k, R.day_word) and (R.day_words.match(self.toks, k + 1, prefixes=False)
                                        or R.bound_day_words.match(self.toks, k + 1, prefixes=False)):
            k += 1  # يوم أمس الخميس، يوم غد الجمعة
        dw = R.day_words.match(self.toks, k) or R.bound_day_words.match(self.toks, k)  # غد: a weekday follows
        if dw:
            offset, k = dw[0], dw[1]
        if self.is_(k, R.day_word):
            k += 1
            had_day_word = True
        paren = False
        if self.t(k) == "(" and (dw or had_day_word):
            paren = True
            k += 1
        w = R.weekdays.match(self.toks, k)
        if not w:
            return None
        wd, j, wskip = w
        word = self.t(k)[wskip:]
        if paren:
            if self.t(j) != ")":
                return None
            j += 1
        if not (dp or dw or had_day_word) and _strip_clitics(self.t(k - 1)) in R.titles:
            return None  # الدكتور الخميس، الشيخ السبت: a family name
        if not (dp or dw or had_day_word) and wd == FRIDAY and _strip_clitics(self.t(k - 1)) in R.prayer_nouns \
                and self.t(j) not in R.modifiers and not self.day_number(j):
            return None  # موسوعة خطب الجمعة، خلال صلاة الجمعة: the prayer's name (weekdays.json, prayer_nouns)
        if not (dp or dw or had_day_word):
            # bare weekday: الاثنين also means 'the two' (بلدينا الاثنين، كتب الاثنان)
            if word in R.dual_readings:
                prev = self.t(k - 1)
                if word.endswith("ان") or re.search(r"(ين|ان|ينا|يهما|اهما)$", prev) or prev in ("كلا", "كلتا"):
                    return None
            start = k
        skip = self._skip(start) if start != k else wskip
        # absolute date after the weekday: الأحد 11 مايو 2025 / الأحد الموافق 11 مايو
        k2 = j
        if self.t(k2) in (",", "الموافق") or self.bare(k2) == "الموافق":
            k2 += 1
        for p in (self.p_numeric, self.p_day_month):
            h = p(k2)
            if h and h.kind in ("absolute", "hijri") and "/" not in h.value:
                return _Hit(start, h.j, skip, h.value, h.kind, dict(h.attrs, weekday=wd))
        if not self.pub:
            return None
        dm = self._weekday_day_month(k2, wd)
        if dm:  # يوم الأحد 16 /12: the date the weekday names
            return _Hit(start, dm[1], skip, dm[0].isoformat(), dm[2], {"resolved_from": "published", "weekday": wd})
        attrs = {"resolved_from": "published"}
        if offset is not None:
            d = self.pub + timedelta(days=offset)
            if d.weekday() != wd:
                # أمس الأحد in an article dated Saturday: the date given for the article (often
                # the crawl date) is off; the weekday named in the text is the better witness.
                d = _weekday_date(self.pub, wd, "past" if offset <= 0 else "future")
                attrs["weekday_conflict"] = True
            return _Hit(start, j, skip, d.isoformat(), "relative", attrs)
        further = self._beyond(j)
        if further:  # يوم الخميس قبل الماضي: the same weekday a week further away
            direction, end = R.beyond[self.t(j)], j + 2
            day = _weekday_date(self.pub, wd, direction) + timedelta(days=7 if direction == "next" else -7)
            return _Hit(start, end, skip, day.isoformat(), "weekday", attrs)
        direction, end = self._direction(j, start)
        if end == j and not (dp or dw) and self._in_first_line(k):
            direction = self._title_weekday_direction(wd, j) or direction
        if end == j and self.t(j)[:1] == "و" and R.weekdays.match(self.toks, j) and \
                R.modifiers.get(self.t(j + 1)) in ("previous", "next"):
            # يومي الثلاثاء والأربعاء المقبلين: the modifier after the pair covers both days
            direction = R.modifiers[self.t(j + 1)]
        day = _weekday_date(self.pub, wd, direction)
        nxt = R.weekdays.match(self.toks, end) if dp and end == j else None
        if dp and end == j and not nxt and self.t(end) == "/" and self.adjacent(end + 1):
            nxt = R.weekdays.match(self.toks, end + 1)  # ليل الجمعة/السبت
        if nxt and nxt[0] == (wd + 1) % 7:
            # ليل الجمعة السبت: the night from one day to the next, one interval
            return _Hit(start, nxt[1], skip, _interval(day, day + timedelta(days=1)), "weekday", attrs)
        return _Hit(start, end, skip, day.isoformat(), "weekday", attrs)

    @cached_property
    def _first_nl(self) -> int:
        """The first token after a line break (len(toks) when the text is one line); computed once."""
        return next((x for x in range(1, len(self.toks)) if self.toks[x].nl), len(self.toks))

    def _in_first_line(self, k: int) -> bool:
        """Is token k on the text's first line (a scraped article's title)?"""
        return k < self._first_nl < len(self.toks)

    def _title_weekday_direction(self, wd: int, j: int) -> str | None:
        """The direction of weekday ``wd`` named with a modifier after the first line ("«سابك» تعلن
        نتائجها المالية.. الأحد" over a body with "الأحد القادم", alriyadh 2015-07-22): a title
        states the body's day in short, and the body's modifier says which one it is."""
        R = self.R
        for x in range(max(j, self._first_nl), len(self.toks) - 1):
            w = R.weekdays.match(self.toks, x)
            if w and w[0] == wd:
                mod = R.modifiers.get(self.t(w[1]))
                if mod in ("previous", "next"):
                    return mod
        return None

    def _weekday_day_month(self, k: int, wd: int):
        """(date, end, kind) of D/M (or M/D) without a year right after a weekday (مساء يوم الأربعاء
        28/9، أيام الثلاثاء 10/12): of the Gregorian and Hijri readings within WEEKDAY_DATE_DAYS
        of the publication date, the one that falls on that weekday, the nearest; None when the
        numbers are no day and month or none falls on it (the weekday checks the reading)."""
        t = self.t
        if not (t(k).isdigit() and len(t(k)) <= 2 and t(k + 1) == "/" and t(k + 2).isdigit() and len(t(k + 2)) <= 2):
            return None
        if t(k + 3) == "/" or any(self.toks[x].nl for x in range(k + 1, min(k + 3, len(self.toks)))):
            return None  # a full date (p_numeric) or a line break
        a, b = int(t(k)), int(t(k + 2))
        hy = gregorian_to_hijri(self.pub)[0]
        cands = []
        for d, m in {(a, b), (b, a)}:
            cands += [(_safe_date(y, m, d), "absolute") for y in (self.pub.year - 1, self.pub.year, self.pub.year + 1)]
            if 1 <= m <= 12 and 1 <= d <= 30:  # Saudi outlets write the Hijri day and month the same way
                for y in (hy - 1, hy, hy + 1):
                    if d <= hijri_month_length(y, m):
                        cands.append((hijri_to_gregorian(y, m, d), "hijri"))
        fits = [(x, kind) for x, kind in cands if x is not None and x.weekday() == wd
                and abs((x - self.pub).days) <= WEEKDAY_DATE_DAYS]
        if not fits:
            return None
        x, kind = min(fits, key=lambda c: abs((c[0] - self.pub).days))
        return x, k + 3, kind

    def p_day_word(self, i: int):
        """[part] أمس / أول من أمس / اليوم / غدا / بعد غد (without a weekday)."""
        R = self.R
        start = i
        k = i
        dp = R.day_parts.match(self.toks, k)
        if dp:
            k = dp[1]
        if self.is_(k, R.day_word) and (R.day_words.match(self.toks, k + 1, prefixes=False)
                                        or R.bound_day_words.match(self.toks, k + 1, prefixes=False)):
            dp = dp or (None, k + 1, self._skip(k))  # يوم أمس: يوم joins the span
            k += 1
        dw = R.day_words.match(self.toks, k)
        if not dw and (dp or self.t(k - 1) in R.range_from and self.t(k - 1) != "منذ"):
            # ظهر غد، يوم غدٍ، اعتبارا من غد (not غد alone: "a future"; غد before a weekday is p_weekday's)
            dw = R.bound_day_words.match(self.toks, k)
        if not dw or not self.pub:
            return None
        offset, j, skip = dw
        word = self.t(k)[skip:]
        nxt = self.t(j)
        prev = self.t(k - 1)
        prev_b = prev[1:] if len(prev) > 3 and prev[0] in "وفبل" else prev
        if word in R.era_words and not dp and j == k + 1 and self._era_head(prev, prev_b):
            return None  # شباب اليوم، أعداء الأمس، جيل الغد: people or a world of an era, not a day
        same = word == "اليوم" and j == k + 1 and nxt in R.same_words
        if word in ("اليوم", "الليله"):
            # اليوم الأول / اليوم التالي / اليوم العالمي / ذلك اليوم: a day of something, not today;
            # في اليوم / على مدار اليوم: per day; "اليوم" in quotes or after صحيفة: the newspaper
            if self.definite(nxt) or prev_b in R.not_today_before or prev in R.not_today_before:
                return None
            if prev in _QUOTES and nxt in _QUOTES:
                return None
            if word == "اليوم" and not dp and self._nowadays(k, prev, prev_b):
                return None

        if nxt in ("التي", "الذي") and not (word in ("امس", "الامس") and j > k + 1):
            # هذه الليلة التي رأيتها: a night the sentence goes on to describe; after «أمس الأول» the
            # clause is the subject's ("مساء امس الأول الذي تنظمه لجنة", alriyadh 2015-08-08)
            return None
        if word in ("امس", "الامس") and j == k + 1 and self.definite(nxt):
            # في أمس الحاجة: 'most', not 'yesterday'; not أمس الأول + a definite noun, the reversed
            # «أول من أمس» whose subject follows ("وصلت أمس الأول الدفعة الثالثة", aljazirah 2015-07-22)
            return None
        if word == "غدا":
            # غدا is also the verb 'became' (غدا الوضع أصعب، غدا من الصعب)
            if self.definite(nxt) or nxt in R.became_after or prev in R.became_before:
                return None
        if dp:
            skip = self._skip(start)
        else:
            start = k
        d = self.pub + timedelta(days=offset)
        if same:  # اليوم نفسه/ذاته: the day named before it (_same_period), not the publication's
            return _Hit(start, j + 1, skip, d.isoformat(), "relative", {"resolved_from": "published", "same_period": "day"})
        return _Hit(start, j, skip, d.isoformat(), "relative", {"resolved_from": "published"})

    def _nowadays(self, k: int, prev: str, prev_b: str) -> bool:
        """Is the bare اليوم at token k "to this day, nowadays" rather than the publication day? After
        حتى/إلى (ما زالت حتى اليوم، منذ تلك الحقبة إلى اليوم; with a weekday after it p_weekday reads the
        day), after «ما (هو) عليه» (what it is nowadays), after a verb or participle of state (أصبح اليوم،
        ما نراه اليوم، المعروفة اليوم: ``stative_before_today``), or in a sentence that sets it against
        past decades (في الخمسينات ... وها هي اليوم). A noun of
        people or of the world in construct with it (شباب اليوم، عالم اليوم) is ``_era_head``'s."""
        R = self.R
        if prev in R.until_before_today or prev_b in R.until_before_today:
            return True
        if prev in R.stative_before_today or prev_b in R.stative_before_today:
            return True  # أصبح اليوم، ما نراه اليوم، المعروف اليوم: a state that holds now, not the day's act
        if prev in R.state_words and (self.bare(k - 2) in R.state_what
                                      or self.t(k - 2) in R.state_pronouns and self.bare(k - 3) in R.state_what):
            return True  # أضعف مما هو عليه اليوم، إلى ما أنا عليه اليوم: "what it is nowadays"
        lo = k
        while lo > 0 and not self.boundary(lo):
            lo -= 1
        hi = k + 1
        while hi < len(self.toks) and not self.boundary(hi):
            hi += 1
        decades = R.decade_words
        return any(self.t(x) in decades or _strip_clitics(self.t(x)) in decades for x in range(lo, hi))

    def _era_head(self, prev: str, prev_b: str) -> bool:
        """Is the word before a bare definite اليوم/الأمس/الغد a noun in construct with it that makes
        the phrase an era's people or world (شباب اليوم، عالم الأمس، أعداء الأمس، جيل الغد), not a
        day? Only listed nouns (wordclasses.tsv): a noun of an event in construct with الأمس is
        yesterday's (مباراة الأمس، تدريبات الأمس، تعاملات الأمس)."""
        R = self.R
        return (prev in R.nowadays_heads or prev_b in R.nowadays_heads
                or prev in R.former_heads or prev_b in R.former_heads)

    def p_feast(self, i: int):
        """ثاني أيام عيد الفطر، في ثالث أيام العيد: the nth day of the feast nearest the publication
        date (a bare العيد: the nearer of the two feasts, within FEAST_NEAR_DAYS)."""
        R = self.R
        if not self.pub:
            return None
        o = R.feast_days.match(self.toks, i)
        if not o or not self.is_(o[1], R.feast_days_word):
            return None
        n, k, skip = o
        f = R.feasts.match(self.toks, k + 1, prefixes=False)
        if not f:
            return None
        firsts, j, _ = f
        if self.t(j) in R.feast_adjectives:
            j += 1
        elif self.definite(self.t(j)) and not R.weekdays.match(self.toks, j, prefixes=False):
            return None  # أول أيام العيد الوطني: another feast
        hy = gregorian_to_hijri(self.pub)[0]
        days = [hijri_to_gregorian(y, m, d) for y in (hy - 1, hy, hy + 1) for m, d in firsts]
        first = min(days, key=lambda x: abs((x - self.pub).days))
        if len(firsts) > 1 and abs((first - self.pub).days) > FEAST_NEAR_DAYS:
            return None
        day = first + timedelta(days=n - 1)
        return _Hit(i, j, skip, day.isoformat(), "relative", {"resolved_from": "published", "feast": True})

    def p_feast_named(self, i: int):
        """عيد الفطر الماضي، إجازة عيد الأضحى المقبل، عيد الفطر المبارك الحالي: a feast named with a
        modifier is the last one whose first day is before the publication date, the first one after
        it, or (الحالي/الجاري) the nearest, within FEAST_NEAR_DAYS; the value is its first day. A named
        feast alone (a holiday of unstated length, or the feast in general) and a bare العيد (either
        feast: "العيد الماضي" is as often the feasts of old) stay unresolved (docs/dates.md)."""
        R = self.R
        if not self.pub:
            return None
        f = R.feasts.match(self.toks, i)
        if not f or len(f[0]) != 1:
            return None
        firsts, j, skip = f
        if self.t(j) in R.feast_adjectives:
            j += 1
        mod = R.modifiers.get(self.t(j))
        if not mod:
            return None
        day = self._feast_day(firsts, mod, near=True)
        if day is None:
            return None
        return _Hit(i, j + 1, skip, day.isoformat(), "relative", {"resolved_from": "published", "feast": True})

    def _feast_day(self, firsts, mod: str | None, near: bool):
        """The first day of one of the feasts ``firsts`` ((Hijri month, day) pairs) in the Hijri
        years around publication: the last one before it (``mod`` previous), the next one after it
        (next), else the nearest, which with ``near`` must lie within FEAST_NEAR_DAYS."""
        hy = gregorian_to_hijri(self.pub)[0]
        days = sorted(hijri_to_gregorian(y, m, d) for y in (hy - 1, hy, hy + 1) for m, d in firsts)
        if mod == "previous":
            return [x for x in days if x < self.pub][-1]
        if mod == "next":
            return [x for x in days if x > self.pub][0]
        day = min(days, key=lambda x: abs((x - self.pub).days))
        return None if near and abs((day - self.pub).days) > FEAST_NEAR_DAYS else day

    def p_feast_edge(self, i: int):
        """قبل إجازة عيد الفطر المبارك، بعد اجازة العيد، عقب عيد الأضحى المقبل: before / after a feast
        or its holiday (relative.json ``feast_edges``): the feast's first day with ``part`` before /
        after. A named feast: its nearest occurrence (with الماضي/المقبل the last / next one); a bare
        العيد only after a holiday word and within FEAST_NEAR_DAYS of either feast (a bare «قبل العيد»
        is habitual as often as dated)."""
        R = self.R
        if not self.pub:
            return None
        edge = R.feast_edges.get(self.bare(i))
        if not edge:
            return None
        k = i + 1
        holiday = self.t(k) in R.holiday_words
        k += holiday
        f = R.feasts.match(self.toks, k, prefixes=False)
        if not f:
            return None
        firsts, j, _ = f
        if len(firsts) > 1 and not holiday:
            return None
        if self.t(j) in R.feast_adjectives:
            j += 1
        mod = R.modifiers.get(self.t(j))
        if not mod and len(firsts) > 1 and self.definite(self.t(j)) and not R.weekdays.match(self.toks, j, prefixes=False):
            return None  # بعد إجازة العيد الوطني: another feast
        day = self._feast_day(firsts, mod, near=len(firsts) > 1)
        if day is None:
            return None
        end = j + 1 if mod else j
        return _Hit(i, end, len(self.t(i)) - len(self.bare(i)), day.isoformat(), "relative",
                    {"resolved_from": "published", "feast": True, "part": edge})

    def p_week_of_month(self, i: int):
        """[نهاية] الأسبوع الرابع من [شهر] أغسطس، الأسبوع الأخير من شهر رمضان: the nth week of a month
        the text names is its days 7n-6..7n, the last week its last seven days (``part`` week1..4,
        last_week); the month is read by the other parsers at the word after من."""
        R = self.R
        q = self._qualifier(i)
        k = q[1] if q else i
        w = R.week_of_month.match(self.toks, k, prefixes=not q)
        if not w:
            return None
        n, k, skip = w
        if q:
            skip = q[2]
        if self.t(k) != "من":
            return None
        k += 1
        month = None
        for p in self.parsers_for[self.toks[k].t] if k < len(self.toks) else ():
            if p is _Matcher.p_week_of_month:
                continue
            try:
                h = p(self, k)
            except (ValueError, OverflowError):
                h = None
            if h and h.i == k and h.skip == 0 and (month is None or h.j > month.j):
                month = h
        if month is None or month.attrs.get("part"):
            return None
        v = str(month.value)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            y, m = map(int, v.split("-"))
            first = date(y, m, 1)
            last = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        elif month.attrs.get("hijri") and re.fullmatch(r"\d{4}-\d{2}", str(month.attrs["hijri"])) and "/" in v:
            a, b = v.split("/")
            first, last = date.fromisoformat(a), date.fromisoformat(b)
        else:
            return None
        if n == "last":
            a, b = last - timedelta(days=6), last
        else:
            a = first + timedelta(days=7 * (int(n) - 1))
            b = a + timedelta(days=6)
        attrs = dict(month.attrs)
        attrs["part"] = "last_week" if n == "last" else f"week{n}"
        return _Hit(i, month.j, skip, _interval(a, b), month.kind, attrs)

    def p_period(self, i: int):
        """[qualifier] [هذا] الأسبوع/الشهر/العام [الماضي|المقبل|الجاري] ; نهاية الأسبوع."""
        R = self.R
        if not self.pub:
            return None
        pub = self.pub
        start = i
        k = i
        # weekend
        we = R.weekend.match(self.toks, k)
        if we:
            j = we[1]
            mod = R.modifiers.get(self.t(j))
            if self.t(j) in R.this:
                pass
            monday = pub - timedelta(days=pub.weekday())
            sat_this = monday + timedelta(days=R.weekend_days[0])
            sun_this = monday + timedelta(days=R.weekend_days[1])
            if mod == "previous":
                a = sat_this - timedelta(days=7)
                j += 1
            elif mod == "next":
                a = sat_this if pub < sat_this else sat_this + timedelta(days=7)
                j += 1
            elif mod == "current":
                # the end of the week that holds P, the week opening on week_first_day (Sunday): on a
                # Sunday it is ahead ("نهاية الأسبوع الجاري" in a Sunday article is the coming end)
                week_start = pub - timedelta(days=(pub.weekday() - R.week_first_day) % 7)
                a = week_start + timedelta(days=(R.weekend_days[0] - R.week_first_day) % 7)
                j += 1
            elif self.future(i, j):
                a = sat_this if pub <= sun_this else sat_this + timedelta(days=7)
            else:
                a = sat_this if pub >= sat_this else sat_this - timedelta(days=7)
            b = a + timedelta(days=R.weekend_days[1] - R.weekend_days[0])
            return _Hit(start, j, we[2], _interval(a, b), "relative", {"resolved_from": "published", "part": "weekend"})
        part = None
        q = self._qualifier(k)
        if q:
            part, k = q[0], q[1]
        this = False
        this_skip = 0
        if self.t(k) in R.this or self.bare(k) in R.this or _strip_clitics(self.t(k)) in R.this:
            this = True
            this_skip = len(self.t(k)) - len(_strip_clitics(self.t(k)))  # لهذا العام: the clitic ل
            k += 1
        p = R.period.match(self.toks, k, prefixes=not this)
        if not p:
            return None
        unit, j, pskip = p
        if unit == "year" and (self.t(j) in R.other_year_after or self.bare(j) in R.other_year_after):
            return None  # نهاية العام الدراسي، هذا العام المالي: the school or fiscal year, no calendar year
        # في الشهر نفسه، نهاية العام نفسه: the month or year named before (_same_period); only after a
        # qualifier, a clitic or a preposition (الأمين العام نفسه، الرأي العام ذاته: 'general')
        same = (unit in ("month", "year") and self.t(j) in R.same_words and not this
                and (part or pskip or self.t(k - 1) in R.same_period_before))
        further = 0 if this or part or same else self._beyond(j)
        if further:  # الأسبوع قبل الماضي، العام قبل الماضي
            j += 1
        mod = None if same else R.modifiers.get(self.t(j))
        if same:
            j += 1
            mod = "current"
        elif mod:
            j += 1
        elif this:
            mod = "current"
        elif part and unit in ("month", "year"):
            mod = "current"  # مطلع العام، نهاية الشهر: the current one
        else:
            return None
        if unit == "year" and not this and not part:
            # الأمين العام المقبل: العام is the adjective 'general' after these heads
            if self.t(k - 1) in R.general_heads or self.bare(k - 1) in R.general_heads:
                return None
        if mod == "current" and not (this or part) and unit == "week":
            pass
        shift = {"previous": -1, "next": 1, "current": 0}[mod] * (1 + further)
        if unit == "week":
            if pub.weekday() in R.local_week_days:
                # a paper of the Saudi weekend's end (Saturday) or of the week's first day (Sunday, written
                # the evening before) stands between two local weeks, opening on week_first_day: the one
                # closed (on that Saturday or the one before) and the one coming (opening that Sunday or
                # the next). الماضي: the last week closed before the day; المقبل: the first opening on or
                # after it; هذا/الجاري: the coming one when the clause speaks of what is to come, else
                # the last one closed on or before the day ("مطلع الأسبوع الحالي" in a Sunday paper, a
                # repayment of the Monday before, aawsat 2015-07-26)
                last_day = (R.week_first_day - 1) % 7
                if mod == "next" or (mod == "current" and self.future(i, j)):
                    first = pub + timedelta(days=(R.week_first_day - pub.weekday()) % 7 + 7 * max(shift - 1, 0))
                else:
                    ref = pub - timedelta(days=1) if mod == "previous" else pub
                    close = ref - timedelta(days=(ref.weekday() - last_day) % 7) + timedelta(days=7 * min(shift + 1, 0))
                    first = close - timedelta(days=6)
                value = _interval(first, first + timedelta(days=6))
            else:
                monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * shift)
                value = _interval(monday, monday + timedelta(days=6))
        elif unit == "month":
            y, m = _month_shift(pub.year, pub.month, shift)
            value = _ym(y, m)
        else:
            value = f"{pub.year + shift:04d}"
        attrs = {"resolved_from": "published"}
        if part:
            attrs["part"] = part
        if same:
            attrs["same_period"] = unit
        if start == k and not this:
            skip = pskip
        elif this and start == k - 1:
            skip = this_skip
        else:
            skip = self._lead_skip(start)
        return _Hit(start, j, skip, value, "relative", attrs)

    def p_counted(self, i: int):
        """قبل ثلاثة أيام، منذ أسبوعين، بعد يومين، قبل 5 سنوات, not "بعد ثلاثة أيام من ..."."""
        R = self.R
        if not self.pub:
            return None
        w = self.bare(i)
        if w in R.ago:
            sign = -1
        elif w in R.later:
            sign = 1
        else:
            return None
        k = i + 1
        approximate = False
        # only "ago" (قبل/منذ نحو عامين): بعد نحو عشر سنوات mostly counts from a past event in the
        # narrative, not from publication (2015-07-31 wire copy read: 2 of 2 such were wrong)
        if sign < 0 and (self.t(k) in R.approximate or self.t(k) == "ما" and self.t(k + 1) in R.approximate):
            approximate = True
            k += 1 if self.t(k) != "ما" else 2
        elif self.t(k) in R.vague:
            return None
        count = None
        nm = self.number(k)
        if nm:
            count, k = nm
        u = R.units.match(self.toks, k, prefixes=False)
        if not u:
            return None
        (unit, number), j, _ = u
        if count is None:
            if number == "one":
                count = 1
            elif number == "two":
                count = 2
            else:
                return None  # قبل أيام: how many is not said
        elif number == "two":
            return None
        if count > 1000:
            return None
        # منذ عام 2004 is a year, not "a year ago"; منذ يوم أمس is أمس; عاما بعد عام is 'yearly'
        if self.t(j).isdigit() or R.day_words.match(self.toks, j, prefixes=False):
            return None
        if count == 1 and R.units.match(self.toks, i - 1, prefixes=False):
            return None
        # a count from another event, not from publication; "from now" (من الآن) is from publication
        from_now = False
        if self.t(j) in R.anchored_after:
            if self.t(j + 1) not in R.now_after_anchor or R.weekdays.match(self.toks, j + 2, prefixes=False):
                return None
            j += 2
            from_now = True
        # بعد يومين (19 نوفمبر): the text gives the day itself, counted from its own narrative (a 1977
        # visit in aawsat's history column of the eighth fresh reading): the bracketed date stands, the
        # count is left out rather than read from publication
        if self.t(j) == "(" and (self.p_day_month(j + 1) or self.p_numeric(j + 1)):
            return None
        # قبل ... واحد: the number may follow the unit (قبل يوم واحد)
        if count == 1 and self.t(j) in R.num_units and R.num_units[self.t(j)] == 1:
            j += 1
        # about N days or weeks ago: the day itself is not known (relative.json, approximate_ago)
        if approximate and unit in ("day", "week"):
            return None
        pub = self.pub
        if unit == "day":
            value = (pub + timedelta(days=sign * count)).isoformat()
        elif unit == "week":
            value = (pub + timedelta(days=7 * sign * count)).isoformat()
        elif unit == "month":
            y, m = _month_shift(pub.year, pub.month, sign * count)
            value = _ym(y, m)
        else:
            value = f"{pub.year + sign * count:04d}"
        attrs = {"resolved_from": "published"}
        if approximate:
            attrs["approximate"] = True
        return _Hit(i, j, self._lead_skip_word(i), value, "relative", attrs, later=sign > 0 and not from_now)

    def p_recent(self, i: int):
        """الأيام الثلاثة الماضية، الأسبوعين الماضيين، الأيام الـ10 الأخيرة: the last N days or weeks
        before publication, from N units before the publication date to the day before it."""
        R = self.R
        if not self.pub or self.t(i) not in R.recent:
            return None
        unit, number = R.recent[self.t(i)]
        k = i + 1
        count = 2 if number == "two" else None
        if count is None:
            w = self.t(k)
            w = w[2:] if w.startswith("ال") and not w[2:].isdigit() and len(w) > 4 else w
            table = next((d for d in (R.num_units, R.num_tens, R.num_hundreds) if w in d), None)
            if table is not None:
                count, k = table[w], k + 1
            elif w.isdigit() or (self.t(k) == "ال" and self.t(k + 1).isdigit()):
                k += 1 if w.isdigit() else 2  # الأيام الـ10 الأخيرة
                count = int(self.t(k - 1))
            else:
                return None  # الأيام الماضية: how many is not said
        # more than a year of days is no recent span but a figure (الأيام الـ1000 الماضية)
        if not count or count > 366 or R.modifiers.get(self.t(k)) != "previous" and self.t(k) not in R.recent_last:
            return None
        days = count * (7 if unit == "week" else 1)
        value = _interval(self.pub - timedelta(days=days), self.pub - timedelta(days=1))
        return _Hit(i, k + 1, 0, value, "relative", {"resolved_from": "published"})

    def _lead_skip_word(self, i: int) -> int:
        w = self.t(i)
        return 1 if len(w) > 3 and w[0] in "وف" and w[1:] in (self.R.ago | self.R.later) else 0

    def p_season(self, i: int):
        """الصيف الماضي، الشتاء المقبل، هذا الصيف (season + year is handled as a year)."""
        R = self.R
        if not self.pub:
            return None
        k = i
        this = False
        if self.t(k) in R.this:
            this = True
            k += 1
        s = R.seasons.match(self.toks, k)
        if not s:
            return None
        (name, (m1, m2)), j, skip = s
        mod = R.modifiers.get(self.t(j))
        if mod:
            j += 1
        elif this:
            mod = "current"
        else:
            return None
        pub = self.pub
        # season index on a month line: the season starting in (year, m1)
        # most recent season that has ended before pub's month (previous), or the next to start
        def season_start(y):
            return y * 12 + (m1 - 1)
        length = (m2 - m1) % 12  # months after the first
        cur = pub.year * 12 + (pub.month - 1)
        if mod == "previous":
            y = pub.year
            while season_start(y) + length >= cur:
                y -= 1
        elif mod == "next":
            y = pub.year - 1
            while season_start(y) <= cur:
                y += 1
        else:
            y = pub.year
            if season_start(y) > cur and season_start(y - 1) + length >= cur:
                y -= 1  # winter of the previous December still running
        a_y, a_m = _month_shift(y, m1, 0)
        b_y, b_m = _month_shift(y, m1, length)
        return _Hit(i, j, skip if i == k else 0, f"{_ym(a_y, a_m)}/{_ym(b_y, b_m)}", "relative",
                    {"resolved_from": "published", "part": name})


def _parsers_for_word(w: str, R: DateLexicon) -> tuple:
    """The parsers worth trying at a token ``w``, in _Matcher.parse's order; () when no date
    expression begins with ``w``. The first four parsers look at the words around the start
    and always run. The other five each need the start word itself to begin one of their
    phrases (with clitics read as the phrase lists allow), so for any other word they would return
    None, and leaving them out changes no result (tests/test_dates.py checks this on the dev
    articles). A parser whose start condition changes must change here too."""
    if not R.may_start(w):
        return ()
    skips = clitic_readings(w)

    def begins(lx: PhraseLexicon) -> bool:  # what PhraseLexicon.match(toks, i) at this word needs first
        return any(w[k:] in lx.first for k in skips)

    bare = w[1:] if len(w) > 3 and w[0] in "وف" else w  # _Matcher.bare
    day_word = w in R.day_word or bare in R.day_word
    this = w in R.this or bare in R.this or _strip_clitics(w) in R.this
    M = _Matcher
    out = [M.p_numeric, M.p_day_month, M.p_month, M.p_year]
    if begins(R.day_parts) or day_word or begins(R.day_words) or begins(R.bound_day_words) or begins(R.weekdays):
        out.append(M.p_weekday)
    if begins(R.day_parts) or day_word or begins(R.day_words) or begins(R.bound_day_words):
        out.append(M.p_day_word)
    if begins(R.weekend) or begins(R.parts) or this or begins(R.period):
        out.append(M.p_period)
    if bare in R.ago or bare in R.later:
        out.append(M.p_counted)
    if w in R.recent:
        out.append(M.p_recent)
    if begins(R.feast_days):
        out.append(M.p_feast)
    if begins(R.feasts):
        out.append(M.p_feast_named)
    if bare in R.feast_edges:
        out.append(M.p_feast_edge)
    if begins(R.week_of_month) or begins(R.parts):
        out.append(M.p_week_of_month)
    if w in R.this or begins(R.seasons):
        out.append(M.p_season)
    return tuple(out)


_QUOTES = {'"', "'", "(", ")"}


def _strip_clitics(w: str) -> str:
    """بمدينة -> مدينه, وقوى -> قوي (normalised): the word without one و/ف and one ب/ل."""
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    if len(w) > 3 and w[0] in "بل":
        w = w[1:]
    return w


def _as_date(published: date | str | None) -> date | None:
    if published is None or published == "":
        return None
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


_ISO_PART = r"[0-9]{4}(?:-[01][0-9](?:-[0-3][0-9])?)?"
_ISO_VALUE = re.compile(rf"^(?!0000){_ISO_PART}(?:/(?!0000){_ISO_PART})?$")


class DateFinder:
    """Finds date expressions with one lexicon; remembers, per word, which parsers may start
    there (per instance: that depends on the lexicon)."""

    def __init__(self, lexicon: DateLexicon):
        self.lexicon = lexicon
        # word -> the parsers to try where it starts (asked for every token of every article)
        self.parsers_for = WordMemo(lambda w: _parsers_for_word(w, lexicon))

    @classmethod
    def shared(cls, resources: Resources) -> "DateFinder":
        """The finder of these data files (shared by the dates stage and the count scanner)."""
        return resources.cached(("dates", "DateFinder"), lambda: cls(DateLexicon.load(resources)))

    def matcher(self, ntext: str, published: date | None) -> _Matcher:
        """The matcher of one normalised text (``parse()`` gives its date expressions)."""
        return _Matcher(ntext, published, self.lexicon, self.parsers_for)

    def find(self, text: str, published: date | str | None = None, normalized=None) -> list[tuple[int, int, str, dict]]:
        """Date expressions of ``text`` as (start, end, ISO value, attrs), offsets into ``text``.

        ``published`` (a date or "YYYY-MM-DD") anchors relative expressions; without it only values
        that the text fixes by itself (years, full dates, month + year, Hijri with year) are returned.
        attrs: ``kind`` (weekday, relative, absolute, range, year, month, hijri), ``resolved_from``
        ("published" when the publication date was needed, else "text"), and where relevant
        ``part`` (early/mid/late/during or a season), ``hijri`` and ``tabular`` for Hijri dates.
        ``normalized``: the text's normalised view (``normalize_with_map``), when the caller has it.
        """
        if not isinstance(text, str) or not text:
            return []
        pub = _as_date(published)
        nt = normalized if normalized is not None and normalized.original is text else normalize_with_map(text)
        m = self.matcher(nt.text, pub)
        out = []
        for h in _habitual(m, _anchored_later(m, _same_period(m, _same_month_same_year(m.parse())))):
            ns = m.toks[h.i].s + h.skip
            ne = m.toks[h.j - 1].e
            s, e = nt.span_to_original(ns, ne)
            while e < len(text) and text[e] == "\u0640":  # keep the tatweel of هـ
                e += 1
            if not _ISO_VALUE.match(str(h.value)):
                continue  # e.g. a year past 9999 or before 1: not expressible in ISO 8601 basic form
            attrs = {"kind": h.kind, "resolved_from": h.attrs.get("resolved_from", "text")}
            attrs.update({k: v for k, v in h.attrs.items() if k != "resolved_from"})
            out.append((s, e, h.value, attrs))
        return out


def _same_month_same_year(hits: list[_Hit]) -> list[_Hit]:
    """A month (or day of a month) whose year only the clause's tense chose takes the year of the
    same month named earlier in the article with a year or a modifier: the article goes on about
    the month it has named (سبتمبر المقبل ... وفي سبتمبر: the same September). Hits are rewritten
    in place."""
    anchors: dict[int, int] = {}
    for h in hits:
        if not h.anchor:
            continue
        mon, y, tense = h.anchor
        if not tense:
            anchors[mon] = y
        elif mon in anchors and anchors[mon] != y:
            # the future cue does not outweigh the named month: of 4 such in SaudiNewsNet
            # 2015-07-21/26, 08-02, 3 meant the named one's year (مونيز ... في أبريل after أبريل)
            old, new = f"{y:04d}-{mon:02d}", f"{anchors[mon]:04d}-{mon:02d}"
            if h.value.startswith(old) and (len(h.value) == 7 or _safe_date(anchors[mon], mon, int(h.value[8:10]))):
                h.value = new + h.value[7:]
                h.attrs = dict(h.attrs, same_month_as_before=True)
    return hits


# a value of one day, month or year: (year, month or None, day or None)
_GRAIN_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_GRAIN = {"year": 1, "month": 2, "day": 3}
# the ``hijri`` attribute of a Hijri month or a day of one (1436-10, 1436-10-03): its year and month
_HIJRI_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:-\d{2})?$")
# how many sentence starts may lie between «العام نفسه» and the date it repeats: its own sentence or
# the two before ("استمرت حدته حتى عام 2012 ... . وخلال العام نفسه طبقت الحكومة", aawsat 2015-08-07; "فيلم
# جودزيلا الأصلي الذي أنتج عام 1954، ... . وبدت العاصفة ... . في العام نفسه أطلقت هوليوود", aleqtisadiya
# 2015-07-22): a date, a sentence about it, then the same period. Counted on the twelve non-reserved days
# (round dates6): the 5 outputs two sentences back were right (one doubtful); the first three back was
# wrong («يعود مساء اليوم ذاته», a generic evening, tied to a «غدا»), and further back the article has
# moved on as often as not («في العام ذاته (1953)» read 1952)
SAME_PERIOD_SENTENCES = 2
# how many sentence starts may lie between a count "later" (بعد 13 عاما) and the date of the text it
# counts from (_anchored_later): its own sentence or the one before
ANCHOR_SENTENCES = 1
# «بعد عامين فقط من الآن»: «الآن» up to three words after a count "later" (one word, من, الآن)
NOW_AFTER_COUNT = 3


def _sentence_ends_between(m: _Matcher, i: int, j: int) -> int:
    """How many sentence ends stand after token i up to token j (a stop inside a number, 4.2, is none)."""
    return sum(1 for x in range(i + 1, j + 1) if m.boundary(x) and not m.decimal_point(x - 1))


def _same_period(m: _Matcher, hits: list[_Hit]) -> list[_Hit]:
    """«نهاية العام نفسه»، «في الشهر ذاته»، «اليوم نفسه» (hits with ``same_period``) name the year,
    month or day of the nearest date before them in their sentence or the two before
    (SAME_PERIOD_SENTENCES) that has that grain and whose year the text or publication fixed (not a
    month whose year only the clause's tense chose), never the publication's: the value becomes
    that date's, cut to the unit (a day of 2011 gives the year 2011). Joined into one span with it:
    a day before «من الشهر نفسه» («في 29 من الشهر ذاته», «الأربعاء 14 من الشهر نفسه»), a date before
    «من العام نفسه» («في 23 سبتمبر من العام نفسه»: its year is that one), a year after «الشهر نفسه»
    («الشهر ذاته من عام 2014»، «الشهر نفسه من العام الماضي»). Without such a date before it the hit
    is dropped, as is one whose value is no longer of its unit (a week of the same month)."""
    if not any("same_period" in h.attrs for h in hits):
        return hits
    out: list[_Hit] = []
    n = 0
    while n < len(hits):
        h = hits[n]
        n += 1
        unit = h.attrs.get("same_period")
        if not unit:
            out.append(h)
            continue
        grain = _GRAIN[unit]
        own = _GRAIN_VALUE.match(str(h.value))
        if not own or own.lastindex != grain:
            continue  # الأسبوع الأخير من الشهر نفسه: a week of a month not known
        start, day = h.i, None
        if unit == "month" and m.t(h.i - 1) == "من":  # 29 من الشهر ذاته، الخامس من الشهر نفسه
            for c in (h.i - 3, h.i - 2):  # the longer first: السابع والعشرين، الحادي عشر
                d = m.day_number(c)
                if d and d[1] == h.i - 1:
                    start, day = c, d[0]
                    break
        # a date right before the phrase is part of it: the weekday of «الأربعاء 14 من الشهر نفسه», the
        # day and month of «23 سبتمبر من العام نفسه» (its year is the one named before)
        adj = out[-1] if out and not out[-1].attrs.get("same_period") else None
        av = _GRAIN_VALUE.match(str(adj.value)) if adj else None
        if not (adj and unit == "year" and av and av.lastindex > 1 and adj.j == start - (m.t(start - 1) == "من")
                or adj and unit == "month" and day is not None and adj.kind == "weekday" and adj.j == start):
            adj = None
        anchor = None
        for a in reversed(out[:-1] if adj else out):
            if _sentence_ends_between(m, a.i, h.i) > SAME_PERIOD_SENTENCES:
                break
            if a.kind == "hijri":
                # عام 1433هـ ... في العام ذاته: that Hijri year; شوال الجاري ... الثاني والعشرين من الشهر
                # نفسه: a day of that Hijri month (the Hijri month has no Gregorian month); nothing further
                # back is meant
                hij = str(a.attrs.get("hijri", ""))
                if unit == "year" and re.fullmatch(r"\d{4}", hij) and not adj:
                    anchor = (a, None)
                elif unit == "month" and _HIJRI_MONTH_VALUE.match(hij):
                    anchor = (a, _HIJRI_MONTH_VALUE.match(hij))
                break
            if unit != "day" and a.kind in ("weekday", "relative") and a.attrs.get("resolved_from") == "published" \
                    and len(str(a.value)) == 10:
                continue  # a day counted from publication (اليوم، يوم الأحد) names no month or year of the text
            if unit == "year" and a.anchor and a.anchor[2]:
                continue  # a month whose year only the tense chose names no year
            g = _GRAIN_VALUE.match(str(a.value))
            if g and g.lastindex >= grain:
                anchor = (a, g)
                break
        if anchor is None:
            continue  # no date of that grain just before: which one is meant is not known
        a, g = anchor
        if g is None:  # a Hijri year
            out.append(_Hit(h.i, h.j, h.skip, a.value, a.kind, dict(h.attrs, hijri=a.attrs["hijri"],
                                                                    resolved_from=a.attrs.get("resolved_from", "text"))))
            continue
        if g.re is _HIJRI_MONTH_VALUE:
            hit = _same_hijri_month(m, h, a, g, day, start, adj, hits[n] if n < len(hits) else None)
            if hit is not None:
                if adj is not None:
                    out.pop()
                out.append(hit)
            continue
        parts = list(g.groups()[:grain])
        frm = a.attrs.get("resolved_from", "text")
        j = h.j
        kind, attrs = h.kind, dict(h.attrs)
        if unit in ("month", "day") and n < len(hits):
            # اليوم ذاته من سنة 1962، الشهر ذاته من عام 2014، الشهر نفسه عام 2014، الشهر نفسه من العام الماضي: that year's month
            y = hits[n]
            if y.i == h.j + (m.t(h.j) == "من") and re.fullmatch(r"\d{4}", str(y.value)):
                parts[0] = str(y.value)
                frm = y.attrs.get("resolved_from", "text")
                j = y.j
                n += 1
        if day is not None:
            if _safe_date(int(parts[0]), int(parts[1]), day) is None:
                continue
            parts.append(f"{day:02d}")
            kind = "absolute"
        if adj is not None and unit == "year":
            # 23 سبتمبر من العام نفسه: that date in the year named before
            mm, dd = av.group(2), av.group(3)
            if dd and _safe_date(int(parts[0]), int(mm), int(dd)) is None:
                continue
            parts = [parts[0], mm] + ([dd] if dd else [])
            kind, attrs = adj.kind, dict(adj.attrs, same_period=unit)
        skip = h.skip if start == h.i else 0
        if adj is not None:
            out.pop()
            start, skip = adj.i, adj.skip
        attrs["resolved_from"] = frm
        out.append(_Hit(start, j, skip, "-".join(parts), kind, attrs))
    return out


def _same_hijri_month(m: _Matcher, h: _Hit, a: _Hit, g: re.Match, day: int | None, start: int,
                      adj: _Hit | None, nxt: _Hit | None) -> _Hit | None:
    """«الشهر نفسه/ذاته» after a Hijri month or a day of one (a: its hit, g: its ``hijri`` attribute):
    the whole Hijri month, or with a day before it («الثاني والعشرين من الشهر نفسه» after «شوال
    الجاري») that day of the Hijri month, by the calendar the anchor was read in. None (the hit is
    dropped) when a year follows it («الشهر نفسه من العام الماضي»: another Hijri year, not resolved
    here) or the month has no such day."""
    if nxt is not None and nxt.i == h.j + (m.t(h.j) == "من") and re.fullmatch(r"\d{4}", str(nxt.value)):
        return None
    hy, hm = int(g.group(1)), int(g.group(2))
    attrs = dict(h.attrs, resolved_from=a.attrs.get("resolved_from", "text"), tabular=not umm_al_qura(hy))
    if day is None:
        first = hijri_to_gregorian(hy, hm, 1)
        last = hijri_to_gregorian(hy, hm, hijri_month_length(hy, hm))
        return _Hit(start, h.j, h.skip, _interval(first, last), "hijri", dict(attrs, hijri=f"{hy:04d}-{hm:02d}"))
    if day > hijri_month_length(hy, hm):
        return None
    value = hijri_to_gregorian(hy, hm, day).isoformat()
    attrs["hijri"] = f"{hy:04d}-{hm:02d}-{day:02d}"
    if adj is not None:
        start, skip = adj.i, adj.skip
    else:
        skip = h.skip if start == h.i else 0
    return _Hit(start, h.j, skip, value, "hijri", attrs)


def _anchored_later(m: _Matcher, hits: list[_Hit]) -> list[_Hit]:
    """A count "later" (بعد 13 عاما، بعد عام واحد) whose nearest date before it, in its sentence or the
    one before (ANCHOR_SENTENCES), is one the text fixes (a year, a full date) counts from that
    date, not from publication ("بعد سقوط نظام طالبان في 2001. وبعد 13 عاما", aawsat 2015-08-03; "في
    عام 1971، فازت ... بعد خمسة أعوام", aawsat 2015-07-21): it is dropped, as a count from another
    event is (p_counted). Kept: «من الآن» (from now), and a clause that speaks of the future ("سترتفع
    إلى 10059 بعد 5 أعوام" after «بحلول عام 1440», five outlets 2015-07-25/26)."""
    if not any(h.later for h in hits):
        return hits
    out: list[_Hit] = []
    for h in hits:
        if h.later and out:
            a = out[-1]
            near = _sentence_ends_between(m, a.i, h.i) <= ANCHOR_SENTENCES
            # «بعد عامين فقط من الآن»: a word between the count and «من الآن» (p_counted reads only
            # «من الآن» right after the unit), so the next NOW_AFTER_COUNT words are looked at
            now = any(m.t(x) in m.R.now_after_anchor for x in range(h.j, h.j + NOW_AFTER_COUNT))
            if near and not now and a.attrs.get("resolved_from", "text") == "text" and not m.future(h.i, h.j):
                continue
        out.append(h)
    return out


# «من 15 يونيو إلى نهاية اليوم الـ15 من سبتمبر من كل عام»: the range's start stands at most this many
# tokens before its habitual end. The joins in the twelve non-reserved days are 1 to 4 words (حتى;
# إلى غاية; إلى نهاية اليوم الـ); 8 leaves room for a qualifier more, and the range word and the
# sentence are checked as well, so a date of another clause is not taken.
HABITUAL_RANGE_GAP = 8


def _habitual(m: _Matcher, hits: list[_Hit]) -> list[_Hit]:
    """A habitual period is no one date: a date whose year the publication date chose (no year in the
    text) followed by «(من) كل عام/سنة» recurs every year ("تنتهي بنهاية شهر يونيو من كل عام"), and a
    bare «طوال/طيلة العام» (no year, modifier or other word of the period after it) is "all year
    round" ("منطقة سياحة مستدامة طوال العام"). Both are dropped; see wordclasses.tsv."""
    R = m.R
    out: list[_Hit] = []
    for h in hits:
        if h.attrs.get("resolved_from") == "published":
            k = h.j + 1 if m.t(h.j) == "من" else h.j
            if m.t(k) in R.every_words and m.is_(k + 1, R.year_words):
                # شهر يونيو من كل عام; the start of «ما بين 15 يونيو إلى نهاية اليوم الـ15 من سبتمبر من
                # كل عام» (two hits: the words between keep them from one range) recurs with its end
                if out and out[-1].attrs.get("resolved_from") == "published" \
                        and h.i - out[-1].j <= HABITUAL_RANGE_GAP \
                        and any(m.is_(x, R.range_to) for x in range(out[-1].j, h.i)) \
                        and not any(m.boundary(x) for x in range(out[-1].j, h.i + 1)):
                    out.pop()
                continue
            if h.j == h.i + 2 and m.bare(h.i) in R.year_round_words and m.t(h.i + 1) in R.year_words:
                continue  # طوال العام، وطيلة السنة: all year round
        out.append(h)
    return out


def find_dates(text: str, published: date | str | None = None, normalized=None) -> list[tuple[int, int, str, dict]]:
    """``DateFinder.find`` with the shipped data."""
    return DateFinder.shared(Resources.default()).find(text, published, normalized)


@dataclass(frozen=True)
class DatesConfig:
    # Publication date (YYYY-MM-DD) relative dates resolve against when the document has none.
    published: Optional[str] = None


class DatesStage(Stage):
    """Adds the layer "dates": Span(label "date", value=ISO, kind=..., resolved_from=...), none
    inside boilerplate; relative dates resolve against the document's meta "published", else
    the setting ``published``."""

    Config = DatesConfig

    def __init__(self, config: DatesConfig, resources: Resources):
        super().__init__(config, resources)
        self.finder = DateFinder.shared(resources)

    def __call__(self, doc) -> None:
        published = doc.meta.get("published") or self.config.published
        spans = []
        for s, e, value, attrs in self.finder.find(doc.text, published, doc.view("normalized")):
            if doc.in_boilerplate(s, e):
                continue
            spans.append(doc.span(s, e, label="date", value=value, **attrs))
        doc.set_layer("dates", spans)
