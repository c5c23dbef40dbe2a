"""Role nouns that stand for the one person an article names with them (round 14).

News names a person once with his role in apposition — «الباحث السوداني الدكتور عبدالله بلال
ادم», «مبعوث الرئيس الصيني لوه شو شنج», «المدرب البرتغالي جوزيه مورينيو» — and then writes the role
alone: «وأوضح الباحث أن …», «وقال المبعوث الصيني …». That bare definite role noun is a nominal
mention of the person (the same resolution the quotes stage makes for a minister's title, here
for the role nouns of class ``apposition_roles`` of ``gazetteers/wordclasses.tsv``: researcher,
expert, envoy, coach, player, lawyer, ambassador …).

- The apposition: a role noun (maybe with a definite genitive, a nationality adjective and ranks
  of ``name_ranks`` between: الدكتور, اللواء) right before a person's name; the leftmost role noun
  of that run is the head (in «مبعوث الرئيس الصيني» the envoy, not the president).
- The link: every other definite occurrence of that role noun (with و، ف، ب، ل fused) that is in
  no mention and starts no apposition of its own joins the person, with a nationality adjective
  right after it (المبعوث الصيني) when the apposition had the same one. Only when one person in
  the article holds the role: two coaches or two players named «اللاعب X» leave every bare
  «اللاعب» unlinked. A later role noun with a definite genitive or another adjective after it
  (السفير الجزائري after «السفير خميس الجهيناوي») is another holder, no link.

Runs at the end of the entities stage (after ``officials.py``): it adds mentions only, so names,
codes and the numbering of entities are unchanged.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Mapping, Sequence

from ..document import Document, Entity
from ..resources import Resources
from ..text.normalize import normalize, normalize_with_map
from ..text.tokens import word_counts
from .gazetteer import AREA, nkey
from .nominal import NominalActors

# How many words before a name an apposition may hold, ranks not counted: «مبعوث الرئيس
# الصيني» has three, «الخبير الاقتصادي» two; a fourth leaves room for one more genitive
APPOSITION_WORDS = 4
# A word news writes fewer times than this (SaudiNewsNet counts, lexicon/word_freq.tsv) within two
# words after a bare role is a name the tagger left unread («قال السفير خميس الجهيناوي»: الجهيناوي
# 0; the words after the role in «وأشار الباحث إلى ثلاثة», «وأضاف الكاتب أن» count thousands): the
# role is in apposition to that unread name, another person
RARE_NAME = 10
# A definite noun has the article and at least three letters (الى، التي، الذي are particles)
DEFINITE_MIN = 5
# Ranks and honorifics between a role and the name (name_ranks: الدكتور، اللواء، د.) are skipped
# up to this many words («الفريق أول الركن» has three)
RANK_WORDS = 3


@dataclass(frozen=True)
class RoleLinks:
    roles: frozenset[str]  # role nouns, normalised, without the article (باحث, مبعوث)
    ranks: frozenset[str]  # ranks and honorifics (normalised; د. written with its dot)
    connectors: frozenset[str]  # باسم، في، فرع inside an office's title (office_connectors)
    counts: Mapping[str, int]  # news word counts (rasd.text.tokens.word_counts)
    nominal: NominalActors

    @classmethod
    def from_resources(cls, resources: Resources, nominal: NominalActors) -> "RoleLinks":
        roles = resources.word_class(AREA, "apposition_roles")
        return cls(roles, frozenset(resources.word_class(AREA, "name_ranks")),
                   resources.word_class(AREA, "office_connectors"), word_counts(resources), nominal)

    def apply(self, doc: Document, entities: Sequence[Entity]) -> None:
        tokens = doc.tokens
        if not tokens or not any(e.label == "PER" for e in entities):
            return
        view = doc.view("normalized")  # the normalize stage's view, with its map to the text
        if view is None:
            view = normalize_with_map(doc.text)
        norm = view.text
        found = []  # (offset, with the article) of every role noun in the view
        for r in self.roles:  # str.find runs in C: cheaper than a pattern of alternatives
            at = norm.find(r)
            while at != -1:
                found.append((at - 2, norm[at - 2:at] in ("ال", "لل")))
                at = norm.find(r, at + 1)
        if len(found) < 2:
            return  # a link needs the role twice: once with the name, once alone
        positions = [view.to_original(at) for at, definite in found if definite and at >= 0]
        if not positions:
            return
        starts = [t.start for t in tokens]
        taken: dict[int, Entity] = {}
        for e in entities:
            for m in e.mentions:
                a = bisect.bisect_left(starts, m.start)
                while a < len(tokens) and tokens[a].start < m.end:
                    taken.setdefault(a, e)
                    a += 1
        holders: dict[str, dict[str, str]] = {}  # role -> entity id -> nationality (ISO3 or "")
        words: dict[str, set[str]] = {}  # role -> the apposition's words after it (الاقتصادي)
        heads: set[int] = set()  # tokens that head an apposition
        by_id = {e.id: e for e in entities}
        for e in entities:
            if e.label != "PER":
                continue
            for m in e.mentions:
                if m.get("kind") != "name":
                    continue
                found = self._apposition(tokens, bisect.bisect_left(starts, m.start), taken) \
                    or self._role_after(tokens, bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end), taken)
                if found is not None:
                    k, role, iso, after = found
                    heads.add(k)
                    words.setdefault(role, set()).update(after)
                    holders.setdefault(role, {})
                    if iso or e.id not in holders[role]:
                        holders[role][e.id] = iso
        if not holders:
            return
        added: dict[str, list] = {}
        candidates_at = sorted({bisect.bisect_right(starts, pos) - 1 for pos in positions})
        for k in candidates_at:
            t = tokens[k]
            if k < 0 or k in taken or k in heads or t.attrs.get("kind") != "ar":
                continue
            role = self._role(t.text)
            if role is None or role not in holders or doc.in_boilerplate(t.start, t.end):
                continue
            candidates = holders[role]
            if self._name_follows(tokens, k, taken) or self._unread_name_follows(tokens, k, taken):
                continue  # «ومعالي المستشار في الديوان الملكي الأستاذ فهد العيسى»: its own apposition
            last = k
            nxt = tokens[k + 1].text if k + 1 < len(tokens) and tokens[k + 1].attrs.get("kind") == "ar" else ""
            after = self.nominal.country_of_adjective(nxt) if nxt else ""
            if after:
                # المدرب الهولندي: the one holder of that nationality (two coaches named, one
                # Dutch); السفير الجزائري after a Tunisian ambassador is another man
                candidates = {e: i for e, i in candidates.items() if i == after}
                last = k + 1
            while last + 1 < len(tokens) and last + 1 not in taken and last - k < APPOSITION_WORDS - 1 \
                    and normalize(tokens[last + 1].text) in words[role]:
                last += 1  # الخبير الاقتصادي after «الخبير الاقتصادي فضل البوعينين»: the same words
            if last == k and nxt:
                if self._rank(nxt):
                    continue  # الباحث الدكتور …: an apposition of its own (its name unread)
                if _definite(nxt):
                    continue  # الباحث الرئيسي، مبعوث الأمم: a complement makes another role
            if len(candidates) != 1:
                continue  # two coaches named: a bare «المدرب» is either
            (eid, _iso), = candidates.items()
            start = self._start(doc, t)
            added.setdefault(eid, []).append(doc.span(start, tokens[last].end, "", kind="nominal"))
        for eid, more in added.items():
            e = by_id[eid]
            e.mentions[:] = sorted(e.mentions + more, key=lambda m: (m.start, m.end))

    def _unread_name_follows(self, tokens, k: int, taken) -> bool:
        """Is one of the two words after the role at k a word news almost never writes (a name)?"""
        for j in range(k + 1, min(len(tokens), k + 3)):
            t = tokens[j]
            if j in taken or t.attrs.get("kind") != "ar":
                return False
            if self.counts.get(nkey(t.text), 0) < RARE_NAME:
                return True
        return False

    def _name_follows(self, tokens, k: int, taken) -> bool:
        """Does a person's name follow the role at k, past definite words, bodies, ranks and the
        connectors of an office (``office_connectors`` في، باسم: المستشار في الديوان الملكي الأستاذ …), within
        ``APPOSITION_WORDS`` + ``RANK_WORDS`` words? Then the role names that person there."""
        for j in range(k + 1, min(len(tokens), k + 1 + APPOSITION_WORDS + RANK_WORDS)):
            hit = taken.get(j)
            if hit is not None:
                if hit.label == "PER":
                    return True
                continue  # the body of the office (باسم الحركة، باسم وزارة الداخلية)
            t = tokens[j]
            if t.attrs.get("kind") != "ar" and t.text != ".":
                return False
            w = normalize(t.text)
            if not (_definite(w) or self._rank(w) or w in self.connectors or t.text == "."
                    or self.nominal.country_of_adjective(t.text)):
                # a name the tagger left unread after the title («المتحدث باسم الحركة فوزي
                # برهوم», 2015-08-01: برهوم is that rare): the title is his, no link
                # (its given name may be common: فوزي; the family name is read too)
                return j > k + 1 and any(self.counts.get(nkey(u.text), 0) < RARE_NAME
                                         for u in tokens[j:j + 2] if u.attrs.get("kind") == "ar")
        return False

    def _role(self, word: str) -> str | None:
        """The role noun of a definite word (الباحث، وقال … والمبعوث، للمدرب), else None."""
        for r in self.nominal.readings[word]:
            if r.definite and not r.pronoun and r.stem in self.roles:
                return r.stem
        return None

    def _rank(self, word: str) -> bool:
        w = normalize(word)
        return w in self.ranks or w + "." in self.ranks

    def _apposition(self, tokens, k0: int, taken) -> tuple[int, str, str, set[str]] | None:
        """(head token, role, nationality, the words between the head and the ranks) of a role
        noun right before the name at token k0."""
        j = k0 - 1
        ranks = 0
        while j >= 0 and ranks < RANK_WORDS and (self._rank(tokens[j].text)
                                                  or (tokens[j].text == "." and j > 0 and self._rank(tokens[j - 1].text))):
            j -= 2 if tokens[j].text == "." else 1
            ranks += 1
        head, iso = None, ""
        for k in range(j, max(-1, j - APPOSITION_WORDS), -1):
            t = tokens[k]
            if t.attrs.get("kind") != "ar" or k in taken:
                break
            stem = next((r.stem for r in self.nominal.readings[t.text] if not r.pronoun and r.stem in self.roles), None)
            adj = self.nominal.country_of_adjective(t.text)
            if stem is not None:
                head = (k, stem)
            elif adj:
                iso = iso or adj
            elif not _definite(t.text):
                break  # a verb or another word: the apposition starts after it
        if head is None:
            return None
        return head[0], head[1], iso, {normalize(tokens[k].text) for k in range(head[0] + 1, j + 1)}

    def _role_after(self, tokens, k0: int, k: int, taken) -> tuple[int, str, str, set[str]] | None:
        """A role noun right after the name at tokens k0..k-1, a comma between or not («البرتغالي
        جوزيه مورينيو مدرب تشيلسي»): (token, role, the nationality written right before the name,
        {}) — the role's genitive names the body, not words repeated later."""
        if k < len(tokens) and tokens[k].attrs.get("kind") == "punct" and tokens[k].text in "،,":
            k += 1
        if k >= len(tokens) or k in taken or tokens[k].attrs.get("kind") != "ar":
            return None
        stem = next((r.stem for r in self.nominal.readings[tokens[k].text] if not r.pronoun and r.stem in self.roles), None)
        if stem is None:
            return None
        iso = self.nominal.country_of_adjective(tokens[k0 - 1].text) if k0 > 0 and k0 - 1 not in taken else ""
        return k, stem, iso, set()

    def _start(self, doc: Document, t) -> int:
        """The mention's start: after a fused conjunction or preposition (وأوضح … والباحث)."""
        start = t.start
        for p in t.attrs.get("parts", ()):
            if p.label in ("conj", "prep"):
                start = p.end
        return start


def _definite(word: str) -> bool:
    w = normalize(word)
    return w.startswith("ال") and len(w) >= DEFINITE_MIN

