"""Every fresh-reading sample's day is reserved from every trainer: a reading must measure text Rasd
was never built from (docs/fresh-reading.md)."""
import importlib.util
from pathlib import Path

from rasd.train import FRESH_READING_DAYS

ROOT = Path(__file__).resolve().parents[1]


def test_each_fresh_sample_day_is_never_read_by_a_trainer():
    spec = importlib.util.spec_from_file_location("fresh_sample", ROOT / "bench" / "fresh_sample.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    days = {day for day, *_ in mod.SAMPLES.values()}
    assert days and days <= set(FRESH_READING_DAYS)
    # the trainers, benchmarks and test corpora that read SaudiNewsNet by day take the list from
    # rasd.train; none keeps a copy of its own (a copy went stale when samples C and D were added)
    for path in ("rasd/train/topic.py", "rasd/train/event_detector.py", "rasd/train/event_arguments.py",
                 "bench/quotes_sample.py", "bench/quotes_speakers.py", "bench/english_names.py", "tests/snn_corpus.py"):
        source = (ROOT / path).read_text(encoding="utf-8")
        assert "FRESH_READING_DAYS" in source and "2015-08-04" not in source, path
