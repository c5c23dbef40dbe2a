"""The events of a text do not depend on Python's string hashing: among equally specific lexicon
entries of a word the earlier row wins (rasd.events.lexicon.TriggerLexicon), not the order of a set,
which changed from run to run (issue 15, branch evprec5: «كما توجه ساركوزي … بانتقادات» read as
ACCUSE in one run and REQUEST in the next)."""

import json
import os
import subprocess
import sys

# aawsat 2015-07-25
SARKOZY = ("كما توجه ساركوزي خلال خطبته في اجتماع نظمه حزب «النداء» الحاكم بانتقادات للزعماء الأوروبيين "
           "والغربيين بسبب «تقصيرهم» في دعم تونس اقتصاديا وتنمويا.")

SCRIPT = """
import json, sys
from rasd.document import Document
from rasd.pipeline import Pipeline
doc = Pipeline()(Document(sys.argv[1], meta={"published": "2015-07-25"}))
print(json.dumps([(e.label, e.text) for e in doc.layer("events")]))
"""


def _events(seed: str):
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", SCRIPT, SARKOZY], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def test_the_same_text_gives_the_same_events_under_any_string_hashing():
    runs = [_events(seed) for seed in ("1", "3", "5")]  # 1 and 3 gave different types before the fix
    assert runs[0] == runs[1] == runs[2]
    assert ["ACCUSE", "توجه"] in runs[0]  # توجه … بانتقادات: criticism directed at someone


# Stated support that is material (تقديم الدعم العسكري، تقديم الدعم والتدريب للقدرات العسكرية) is
# the AID rows' reading, not the "support stated" SUPPORT row, which now comes after them in
# curated.tsv: under hash seeds that put the SUPPORT row first it became SUPPORT with the
# speaker as its doer (alsharq 2015-07-27, a Peshmerga minister quoting the United States;
# 2015-08-02, Kerry on aid to Egypt).
MATERIAL_SUPPORT = [
    "وقال الوزير: «الولايات المتحدة أكدت أنها ستواصل تقديم الدعم العسكري للبيشمركة».",
    "من جانبه، أكد وزير الخارجية الأمريكي جون كيري أن بلاده ستواصل تقديم الدعم والتدريب للقدرات "
    "العسكرية المصرية.",
]


def test_stated_material_support_is_never_read_as_political_support():
    from rasd.events.lexicon import load_lexicon
    from rasd.events.triggers import detect
    from rasd.resources import Resources
    from rasd.text.tokens import tokenize

    lex = load_lexicon(Resources())
    for sentence in MATERIAL_SUPPORT:
        found = [(t.type, sentence[t.start:t.end]) for t in detect(tokenize(sentence), lex)]
        assert ("AID", "الدعم") in found and not any(typ == "SUPPORT" for typ, _ in found), (sentence, found)
