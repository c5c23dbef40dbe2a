"""Titles and ranks are no names (issue #14, round 13; docs/entities.md "Round 13").

Arabic news names a man with his titles before the name: a rank (اللواء, العريف أول), an
academic or professional title (الدكتور, المهندس) or an honorific (الشيخ, الأمير, سمو). The
ANNOTATION contract and ANERcorp leave them out of the name, and alone such a word refers to
whoever the sentence speaks of, never to one named man: in a heritage essay signed «عبدالمحسن بن
عبدالعزيز بن عبدالرحمن آل الشيخ», every bare «الشيخ» ("the sheikh") is another scholar. Three
mechanisms follow, on the titles lexicon Rasd already has (wordclasses.tsv ``name_ranks`` and
``institution_honorifics``):

- a name that ends with a family's house «آل X» is repeated short as «آل X» (وأضاف آل الشيخ),
  and as bare X only when X is no title (وأضاف قراش after عبدالله آل قراش; never الشيخ after
  «… آل الشيخ») (``short_forms``);
- a title is never a person's name alone, nor a rank with its ordinal (العريف أول), so neither is
  a surname to repeat nor a mention (``title_only``);
- a person's span loses its leading titles (``strip_titles``: العريف أول خالد محمد الشحي ->
  خالد محمد الشحي).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..resources import Resources
from .gazetteer import nkey

AREA = "gazetteers"


@dataclass(frozen=True)
class TitleWords:
    single: frozenset  # normalised one-word titles, ranks and honorifics (الشيخ, الدكتور, د.)
    multi: frozenset  # normalised ranks of two words (العريف أول, وكيل الرقيب)
    house: frozenset  # the word before a family's house (آل: wordclasses.tsv name_house)
    # the links to a father's name (بن, ابن, بنت: name_chain; ولد of Mauritanian names:
    # name_links_title): a title right after one is the father's, no surname
    links: frozenset = frozenset()


def load_title_words(resources: Resources) -> TitleWords:
    words = resources.word_class(AREA, "name_ranks") | resources.word_class(AREA, "institution_honorifics")
    keys = {nkey(w) for w in words}
    return TitleWords(single=frozenset(k for k in keys if " " not in k),
                      multi=frozenset(k for k in keys if " " in k),
                      house=frozenset(nkey(w) for w in resources.word_class(AREA, "name_house")),
                      links=frozenset(nkey(w) for w in resources.word_class(AREA, "name_chain")
                                      | resources.word_class(AREA, "name_links_title")))


def _lead(words: list[str], tw: TitleWords) -> int:
    """How many of ``words`` (normalised) at the start are one title: 2, 1 or 0."""
    if len(words) >= 2 and f"{words[0]} {words[1]}" in tw.multi:
        return 2
    return 1 if words and words[0] in tw.single else 0


def title_only(words: list[str], tw: TitleWords) -> bool:
    """Whether normalised ``words`` are titles and ranks only (الشيخ, العريف أول, الشيخ الدكتور)."""
    i = 0
    while i < len(words):
        n = _lead(words[i:], tw)
        if not n:
            return False
        i += n
    return bool(words)


def strip_titles(words: list[str], tw: TitleWords) -> int:
    """How many leading words of normalised ``words`` are titles, a name left after them."""
    i = 0
    while i < len(words) - 1:
        n = _lead(words[i:], tw)
        if not n or i + n >= len(words):
            break
        i += n
    return i


def short_forms(words: list[str], tw: TitleWords) -> list[str]:
    """The short forms a person named by normalised ``words`` (two or more) is repeated by: the
    family's house «آل X» when the name ends with one (وأضاف آل الشيخ), and X too unless it is a
    title (وأضاف قراش after عبدالله آل قراش, dev-own; never الشيخ after «… آل الشيخ»); else the
    last word, unless it is a title right after a link to the father (``links``: بن, ولد), where
    the span stopped at the father's title (عبدالرحمن بن الشيخ محمد; ولد الشيخ of إسماعيل ولد
    الشيخ أحمد, the UN envoy, 2015-07-27 aljazirah: «الشاب الشيخ», "the old man", was linked to
    him). A title word that ends a name otherwise is the family's name (عدنان بن أحمد السيد ...
    المهندس السيد in dev-own; حسان الشيخ, 2015-08-07)."""
    last = words[-1]
    if len(words) >= 2 and words[-2] in tw.house:
        return [f"{words[-2]} {last}"] + ([] if last in tw.single else [last])
    if last in tw.single and len(words) >= 2 and words[-2] in tw.links:
        return []
    return [last]


def titled_span(label: str, words: list[tuple[int, int]], text: str, tw: TitleWords):
    """A tagger's span (label, its words' offsets in ``text``) with its titles read: None when
    a person's span is titles only; else (label, words, whether titles were taken off): a
    person's leading titles off (العريف أول خالد محمد الشحي -> خالد محمد الشحي)."""
    if label != "PER":
        return label, words, False
    keys = [nkey(text[a:b]) for a, b in words]
    if title_only(keys, tw):
        return None
    k = strip_titles(keys, tw)
    return label, words[k:], k > 0


def merge_house_names(groups: dict, text: str, tw: TitleWords) -> None:
    """A PER entity named only «آل X» joins the one person of the article whose full name ends
    with «آل X» (وقال الشيخ عبدالعزيز آل الشيخ ... وأضاف آل الشيخ, 2015-08-07 aleqtisadiya). When
    two or more people of the article end with it (princes of آل سعود), «آل X» may be any of
    them or the family itself, and stays apart."""
    owners: dict[str, set] = {}
    for gid, g in groups.items():
        if g.label != "PER":
            continue
        for m in g.mentions:
            ws = nkey(text[m.start:m.end]).split()
            if len(ws) >= 3 and ws[-2] in tw.house:
                owners.setdefault(f"{ws[-2]} {ws[-1]}", set()).add(gid)
    if not owners:
        return
    for gid, g in list(groups.items()):
        if g.label != "PER" or not g.mentions:
            continue
        forms = {nkey(text[m.start:m.end]) for m in g.mentions}
        if len(forms) != 1:
            continue
        owner = owners.get(next(iter(forms)), set())
        if len(owner) == 1 and gid not in owner:
            target = groups[next(iter(owner))]
            target.mentions.extend(g.mentions)
            for m in g.mentions:
                m.group = target.gid
            g.mentions = []


def shared_house(form: str, claimants: list, tw: TitleWords) -> bool:
    """Whether ``form`` (normalised) is a house name «آل X» that two or more entities of the
    article end with: alone it may be any of them or the family (آل سعود after two princes)."""
    words = form.split()
    return len(words) == 2 and words[0] in tw.house and len({id(g) for g in claimants}) > 1
