"""Rasd's scorer on small hand-checked cases (the rules of the evaluation kit)."""
import json

import pytest

from rasd.errors import InputError
from rasd.eval.documents import evaluate, same_name, word_coverage

TEXT = "وقال بوتين إن أوكرانيا هاجمت روسيا.\nشاركها."
GOLD = {
    "published": "2025-05-11",
    "actors": {"putin": ["بوتين"], "ukraine": ["أوكرانيا"], "russia": ["روسيا"]},
    "entities": [["بوتين", "PER"], ["أوكرانيا", "LOC"], ["روسيا", "LOC"]],
    "quotes": [{"speaker": "putin", "kind": "indirect", "text": "أوكرانيا هاجمت روسيا"}],
    "events": [{"types": ["ACCUSE"], "source": "putin", "target": "ukraine", "trigger": "هاجمت"}],
    "boilerplate": ["شاركها."],
    "dates": [],
    "mt_artifacts": [],
}


@pytest.fixture
def gold_dir(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def span(text, s, **kw):
    i = TEXT.index(s)
    return {"start": i, "end": i + len(s), "text": s, **kw}


def test_names_match_across_hamza_and_fused_prepositions():
    assert same_name("وأوكرانيا", "اوكرانيا")
    assert same_name("للأمم المتحدة", "الأمم المتحدة")
    assert not same_name("روسيا", "أوكرانيا")


def test_word_coverage_counts_gold_words_found_in_the_prediction():
    assert word_coverage("أوكرانيا هاجمت روسيا", "إن أوكرانيا هاجمت") == pytest.approx(2 / 3)


def test_a_perfect_prediction_scores_one_everywhere(gold_dir):
    pred = {"id": "a", "text": TEXT,
            "entities": [{"id": "e1", "label": "PER", "name": "بوتين", "mentions": [span(TEXT, "بوتين")]},
                         {"id": "e2", "label": "LOC", "name": "أوكرانيا", "mentions": [span(TEXT, "أوكرانيا")]},
                         {"id": "e3", "label": "LOC", "name": "روسيا", "mentions": [span(TEXT, "روسيا")]}],
            "quotes": [span(TEXT, "أوكرانيا هاجمت روسيا", kind="indirect", speaker="e1", speaker_text="بوتين")],
            "events": [{"type": "ACCUSE", "source": "e1", "target": "e2", "trigger": span(TEXT, "هاجمت")}],
            "boilerplate": [span(TEXT, "شاركها.", kind="share-button")]}
    s = evaluate(gold_dir, {"a": pred})["summary"]
    for m in ("entities", "quotes", "attributed", "events", "boilerplate"):
        assert s[m]["f1"] == 1.0, m
    assert s["spans_misplaced"] == 0


def test_wrong_labels_wrong_speakers_and_false_boilerplate_are_penalised(gold_dir):
    pred = {"id": "a", "text": TEXT,
            "entities": [{"id": "e1", "label": "ORG", "name": "بوتين", "mentions": [span(TEXT, "بوتين")]}],
            "quotes": [span(TEXT, "أوكرانيا هاجمت روسيا", kind="indirect", speaker=None, speaker_text="مصادر")],
            "events": [{"type": "ASSAULT", "source_text": "أوكرانيا", "target_text": "روسيا", "trigger": span(TEXT, "هاجمت")}],
            "boilerplate": [span(TEXT, "وقال بوتين", kind="related-headline")]}
    s = evaluate(gold_dir, {"a": pred})["summary"]
    assert s["entities"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 3}
    assert s["quotes"]["f1"] == 1.0 and s["attributed"]["tp"] == 0
    assert s["events"]["fp"] == 1 and s["events"]["fn"] == 1
    assert s["boilerplate"]["fp"] == 1 and s["boilerplate"]["fn"] == 1


def test_a_span_whose_text_does_not_match_its_offsets_is_counted(gold_dir):
    pred = {"id": "a", "text": TEXT, "dates": [{"start": 0, "end": 4, "text": "غلط", "value": "2025"}]}
    assert evaluate(gold_dir, {"a": pred})["summary"]["spans_misplaced"] == 1


def test_missing_gold_folder_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no \\*.gold.json"):
        evaluate(tmp_path, {})
