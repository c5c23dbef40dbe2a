"""Quality gate: Rasd's scores on annotated articles may not drop below the pinned floors. Raise a
floor when an improvement lands; never lower one to make a change pass.

Three sets, each scored as users run Rasd (the default pipeline):
- ``tests/fixtures/dev``: the first 9 dev articles (the founding example among them);
- ``tests/fixtures/dev-own``: 42 SaudiNewsNet articles annotated by the team (their READMEs say
  how they were chosen), mostly unlike the rules' first examples, so they catch what the first
  set hides;
- ``../shared/eval/dev``: the 25 shared dev articles (skipped where the shared folder is absent).

The floors sit a little under the measured scores (measured 2026-12-06 and, for the raised or re-measured ones, 2026-12-07, in the comments) so that a
harmless change in tie-breaking does not fail the build, while any real regression does.
"""
import pytest

from rasd.eval.documents import evaluate
from rasd.shared import shared_path

from conftest import FIXTURES

SETS = {
    "dev": {
        "folder": lambda: FIXTURES / "dev",
        "f1": {"entities": 0.97,       # measured 0.994
               "quotes": 0.97,         # 1.0
               "attributed": 0.95,     # 1.0
               "events": 0.63,         # 0.667
               "boilerplate": 0.97},   # 1.0
        "recall": {"dates_recall": 0.95, "mt_flags_recall": 0.95},   # both 1.0
    },
    "dev-own": {
        # re-pinned 2026-12-08 when the set grew from 32 to 42 articles (README-4 and README-5: five
        # articles each of 2015-07-21 and 2015-07-31, annotated before Rasd read them); the 32 read
        # 0.903 / 0.966 / 0.899 / 0.195 / 1.0 and dates 0.945 (score.py), so the floors fall with
        # the harder articles, not with any change of Rasd
        "folder": lambda: FIXTURES / "dev-own",
        "f1": {"entities": 0.88,       # measured 0.893
               "quotes": 0.95,         # 0.970
               "attributed": 0.85,     # 0.872
               "events": 0.18,         # 0.199
               "boilerplate": 0.97},   # 1.0
        "recall": {"dates_recall": 0.88, "mt_flags_recall": 0.95},   # 0.902, 1.0
    },
    "shared-dev": {
        "folder": lambda: shared_path("eval", "dev"),
        "f1": {"entities": 0.93,       # measured 0.946
               "quotes": 0.97,         # 0.988
               "attributed": 0.90,     # 0.932
               "events": 0.49,         # 0.514 (score.py, which places events by sentence: 0.492)
               "boilerplate": 0.94},   # 0.963
        "recall": {"dates_recall": 0.90, "mt_flags_recall": 0.95},   # 0.917 (0.905 before session 24's date rules), 1.0
    },
}
CASES = [(name, kind, metric) for name, spec in SETS.items()
         for kind in ("f1", "recall") for metric in sorted(spec[kind])]
_summaries: dict[str, dict] = {}


def _summary(name):
    if name not in _summaries:
        folder = SETS[name]["folder"]()
        if not folder.is_dir():
            pytest.skip(f"{folder} is missing (the shared data folder: set RASD_SHARED)")
        _summaries[name] = evaluate(folder)["summary"]
    return _summaries[name]


@pytest.mark.parametrize("name,kind,metric", CASES, ids=[f"{n}-{m}" for n, _k, m in CASES])
def test_score_on_annotated_articles_stays_above_its_floor(name, kind, metric):
    summary = _summary(name)
    value = summary[metric]["f1"] if kind == "f1" else summary[metric]
    assert value >= SETS[name][kind][metric], (name, metric, summary[metric])


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_span_is_misplaced_in_any_annotated_document(name):
    summary = _summary(name)
    assert summary["spans_checked"] > 500
    assert summary["spans_misplaced"] == 0
    assert not summary["documents_missing"]
