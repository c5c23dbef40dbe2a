"""Every fresh-reading sample's day is reserved from every trainer: a reading must measure text Rasd
was never built from (docs/fresh-reading.md)."""
import importlib.util
from pathlib import Path

from rasd.train import FRESH_READING_DAYS
from rasd.train import event_arguments, event_detector, topic

ROOT = Path(__file__).resolve().parents[1]


def test_each_fresh_sample_day_is_never_read_by_a_trainer():
    spec = importlib.util.spec_from_file_location("fresh_sample", ROOT / "bench" / "fresh_sample.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    days = {day for day, *_ in mod.SAMPLES.values()}
    assert days and days <= set(FRESH_READING_DAYS)
    assert set(topic.RESERVED_DAYS) == set(event_detector.FRESH_READING_DAYS) == set(FRESH_READING_DAYS)
    assert "FRESH_READING_DAYS" in Path(event_arguments.__file__).read_text(encoding="utf-8")
