"""Multi-process analysis: order, identity with one worker, and model errors that stop the run."""
from __future__ import annotations

import pytest

from conftest import DEV
from rasd import parallel
from rasd.errors import ModelError
from rasd.pipeline import Pipeline
from rasd.ingest.readers import Article

STAGES = ["normalize", "sentences", "tokens", "boilerplate", "dates"]


def _articles():
    # every dev article, several times over, so that batches interleave between the two workers
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))]
    return [Article(t, f"{name}-{k}", {"published": "2025-05-11"}) for k in range(6) for name, t in texts]


def test_two_workers_give_the_same_documents_in_input_order_as_one():
    arts = _articles()
    one = list(parallel.analyze_stream(arts, 1, STAGES))
    two = list(parallel.analyze_stream(arts, 2, STAGES))
    assert [d["id"] for d in two] == [a.id for a in arts]
    assert one == two


@pytest.mark.parametrize("workers", [1, 2])
def test_a_model_that_cannot_load_stops_the_run_with_its_message(monkeypatch, workers):
    # Before, a worker whose initialiser raised was replaced by the Pool forever: the run hung.
    def broken_warm(self):
        raise ModelError("event argument model /x/arguments.json is corrupt; rebuild it with ...")

    monkeypatch.setattr(Pipeline, "warm", broken_warm)
    with pytest.raises(ModelError, match="arguments.json"):
        list(parallel.analyze_stream(_articles()[:3], workers, STAGES))
