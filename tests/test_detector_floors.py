"""The sentence detector's floors: the share of a type's threshold under which the default
pipeline drops a trigger even with a doer named. The trainer chooses a floor per type by
cross-validation of the default pipeline's own decision, and stores it in detector.json beside
the threshold. Sentences are from the 70% build split of the openeventdata ASSAULT file."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from rasd.document import Document
from rasd.events.detector import FLOOR, Detector, load_detector
from rasd.events.stage import EventsConfig, EventsStage
from rasd.pipeline import Pipeline
from rasd.resources import Resources
from rasd.train.event_detector import FLOOR_GRID, _stand_in_stages, choose_floor, default_decision

from events_support import events_stage

SETTINGS = events_stage().trigger_settings()
# AAW_ARB_20070909.0055-6 ("yes"): a named armed wing shells a crossing
NAMED = "ورداً على عملية الاختطاف، قصفت كتائب عز الدين القسام معبر كرم ابو سالم بقذاف الهاون."
# AAW_ARB_20081111.0051-18 ("yes"): gunmen, no name, storm an airstrip
UNNAMED = ("كما اقتحم مسلحون الاسبوع الماضي مهبطا للطائرات في وسط الصومال وخطفوا أربعة أوروبيين يعملون في مجال "
           "المساعدات وطيارين كينيين اثنين، وقال سكان محليون ان الرهائن نقلوا الى مقديشو.")


def _read(text):
    """The sentence through the default pipeline with the detector off (every layer the events
    stage reads)."""
    return Pipeline(config={"events": {"detector": "off"}})(Document(text, meta={"published": "2008-01-01"}))


def _constant(p, floor):
    """A detector scoring every sentence ``p`` for ASSAULT, threshold 0.5, with this floor."""
    return Detector({"ASSAULT": {"": math.log(p / (1 - p))}}, {"ASSAULT": 0.5}, 1, {"ASSAULT": floor})


def _assaults(doc, det, **config):
    return [e for e in EventsStage(EventsConfig(**config), Resources.default(), detector=det).events(doc)
            if e.type == "ASSAULT"]


def test_default_decision_needs_a_named_doer_between_the_floor_and_the_threshold():
    probs = np.array([0.9, 0.9, 0.4, 0.4, 0.2])
    high = np.array([True, False, True, True, True])  # the stage finds an event at a confirming score
    mid = np.array([True, False, False, True, True])  # ... and one with a named doer
    assert default_decision(probs, high, mid, th=0.5, floor=0.5).tolist() == [True, False, False, True, False]
    # floor 1: the threshold decides alone; floor 0: a named doer always stands
    assert default_decision(probs, high, mid, th=0.5, floor=1.0).tolist() == [True, False, False, False, False]
    assert default_decision(probs, high, mid, th=0.5, floor=0.0).tolist() == [True, False, False, True, True]


def test_the_floor_search_follows_what_named_doer_sentences_under_the_threshold_are():
    # four sentences the detector confirms (two reports, two mentions), then four it scores at
    # 0.2 of a 0.5 threshold whose events have named doers
    probs = np.array([[0.9, 0.9, 0.1, 0.1, 0.2, 0.2, 0.2, 0.2]])
    high = np.ones(8, dtype=bool)
    mid = np.array([False, False, False, False, True, True, True, True])
    mentions = np.array([1, 1, 0, 0, 0, 0, 0, 0.0])
    reports = np.array([1, 1, 0, 0, 1, 1, 1, 1.0])
    floor, f1, p, r = choose_floor(probs, high, mid, mentions, th=0.5)
    assert floor > 0.4 and f1 == 1.0  # mentions: the floor rises over 0.2 / 0.5
    floor, f1, p, r = choose_floor(probs, high, mid, reports, th=0.5)
    assert floor == FLOOR_GRID[0] and r == 1.0  # reports: the lowest floor that keeps them


def test_stand_in_detectors_tell_events_kept_for_any_doer_from_those_kept_for_a_named_one():
    high, mid = _stand_in_stages()
    named, unnamed = _read(NAMED), _read(UNNAMED)
    assert "ASSAULT" in {e.type for e in high.events(named)} and "ASSAULT" in {e.type for e in mid.events(named)}
    # مسلحون describes a doer: kept only where the detector confirms the sentence
    assert "ASSAULT" in {e.type for e in high.events(unnamed)}
    assert "ASSAULT" not in {e.type for e in mid.events(unnamed)}


def test_the_models_floor_decides_a_named_doers_event_under_the_threshold_unless_a_setting_overrides_it():
    doc = _read(NAMED)
    assert _assaults(doc, _constant(0.4, 0.7))  # 0.4 >= 0.7 x 0.5: the named doer carries it
    assert not _assaults(doc, _constant(0.4, 0.9))  # 0.4 < 0.9 x 0.5: dropped
    assert _assaults(doc, _constant(0.4, 0.9), reject_below=0.0)  # the setting overrides the file
    assert not _assaults(doc, _constant(0.4, 0.0), reject_below=0.9)
    # under the threshold an unnamed doer never carries it, whatever the floor
    assert not _assaults(_read(UNNAMED), _constant(0.4, 0.0))


def _load(d):
    return load_detector(Resources.default().with_data({"events/detector.json": json.dumps(d)}), SETTINGS)


def test_a_detector_file_without_floors_uses_the_documented_floor_and_a_bad_floor_is_refused():
    from rasd.errors import ModelError

    d = {"weights": {"ASSAULT": {"": 0.1}}, "thresholds": {"ASSAULT": 0.5}, "settings": SETTINGS}
    assert _load(d).floor("ASSAULT") == FLOOR
    assert _load(d | {"floors": {"ASSAULT": 0.8}}).floor("ASSAULT") == 0.8
    for bad in ({"ASSAULT": 1.5}, {"ASSAULT": "high"}, [0.5]):
        with pytest.raises(ModelError, match='"floors"'):
            _load(d | {"floors": bad})


def test_the_shipped_detector_records_a_cross_validated_floor_for_each_type_it_scores():
    d = Resources.default().json("events", "detector.json")
    for typ in d["weights"]:
        assert d["floors"][typ] in FLOOR_GRID
        assert d["report"][typ]["floor"] == d["floors"][typ]
        assert 0 < d["report"][typ]["cv_default_f1"] <= 1
