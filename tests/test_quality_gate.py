"""Quality gate: Rasd's scores on the dev articles (with their gold) may not drop below the
pinned floors. Raise a floor when an improvement lands; never lower one to make a change pass.

The floors sit a little under the measured scores (see the issue notes) so that a harmless
change in tie-breaking does not fail the build, while any real regression does.
"""
import pytest

from rasd.eval.documents import evaluate

from conftest import DEV

FLOORS = {
    "entities": 0.95,      # measured 0.994
    "quotes": 0.95,        # measured 1.0
    "attributed": 0.90,    # measured 1.0
    "events": 0.58,        # measured 0.611
    "boilerplate": 0.95,   # measured 1.0
}
RECALL_FLOORS = {"dates_recall": 0.95, "mt_flags_recall": 0.95}  # both measured 1.0


@pytest.fixture(scope="module")
def summary():
    return evaluate(DEV)["summary"]


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_f1_on_the_dev_articles_stays_above_its_floor(summary, metric):
    assert summary[metric]["f1"] >= FLOORS[metric], summary[metric]


@pytest.mark.parametrize("metric", sorted(RECALL_FLOORS))
def test_recall_on_the_dev_articles_stays_above_its_floor(summary, metric):
    assert summary[metric] >= RECALL_FLOORS[metric]


def test_no_span_is_misplaced_in_any_dev_document(summary):
    assert summary["spans_checked"] > 500
    assert summary["spans_misplaced"] == 0
