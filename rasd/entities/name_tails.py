"""Words after a name that the tagger's span took in (issue #14, round 13; docs/entities.md
"Round 13"): a religious formula after the Prophet's name (محمد صلى الله [عليه وسلم]), God after
a definite noun (ودعت القيادة الله أن ...: "the leadership prayed God that").

- «X الله» is a construct (عبد الله, حزب الله, نصر الله) only when X is indefinite: a definite
  noun is never the first term of a construct, so «الـX الله» is two phrases and God is no part of
  the name before him; a family name made of a theophoric given name keeps him (الجار الله,
  العطا الله: ner_filters.tsv divine-compound, «وأكد الجار الله أن», 2015-07-21 alwatan).
- a formula verb or noun before الله (صلى, رحمه: ner_filters.tsv divine-formula) at a span's end
  is the formula said after the name, not the name's end.
"""
from __future__ import annotations

from .gazetteer import nkey


def cut_tail(words: list[tuple[int, int]], text: str, data) -> list[tuple[int, int]]:
    """The words of a tagger's span (offsets in ``text``) without a formula or God taken in at
    its end (see above); ``data``: a ``resolve.ResolutionData``."""
    if len(words) < 2:
        return words
    keys = [nkey(text[a:b]) for a, b in words]
    god = data.words("divine-name")
    if keys[-1] in god:
        if len(keys) >= 3 and (keys[-2] in data.words("divine-formula")):
            return words[:-2]  # محمد صلى الله: the blessing said after the Prophet's name
        if keys[-2].startswith("ال") and keys[-2] not in god \
                and keys[-2][2:] not in data.words("divine-compound"):
            return words[:-1]  # ودعت القيادة الله: a definite noun heads no construct
    return words
