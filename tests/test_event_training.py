"""The event trainers (rasd.train.event_detector, rasd.train.event_arguments) and the split of the
data they train on (rasd.eval.events): bad data is refused before anything is written, a
broken pipeline stops them, and no held-out sentence reaches a trainer."""

import json
from pathlib import Path

import pytest

from rasd.eval import events as ee
from rasd.shared import shared_path
from rasd.train import event_arguments as ea
from rasd.train import event_detector as ed

SHARED = shared_path("data", "events")


def _id_in(split: str, stem: str = "AAW_ARB_20080101.0001-") -> str:
    """A record id of the given split."""
    return next(f"{stem}{n}" for n in range(1000) if ee.split_of(f"{stem}{n}") == split)


SENTENCE = "قتل مسلحون ثلاثة جنود في بغداد أمس."


def _sentences(folder: Path, rows: list[dict]) -> None:
    with open(folder / "assault_sentences.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"event_type": "ASSAULT", **r}, ensure_ascii=False) + "\n")


def _spans(folder: Path, rows: list[dict]) -> None:
    recs = [{"_id": r.get("_id", "x"), "source": r["source"], "text": r.get("text", SENTENCE), "event_type": "ASSAULT",
             "spans": [{"source_actor": ["مسلحون"], "verb": ["قتل"], "target_actor": ["جنود"]}],
             "source_gold": "مسلحون", "target_gold": "جنود", "verb_gold": "قتل"} for r in rows]
    (folder / "assault_spans.json").write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")


# --- bad --data -----------------------------------------------------------------------------

def test_detector_trainer_refuses_a_folder_without_sentences_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as exc:
        ed.main(["--data", str(tmp_path / "nonexistent"), "--out", str(out)])
    assert "nonexistent" in str(exc.value.code)
    assert not (out / "detector.json").exists()


def test_detector_trainer_refuses_sentences_with_no_build_split_record(tmp_path):
    # one labelled sentence, held out: nothing of the build split to train on
    _sentences(tmp_path, [{"id": _id_in("test"), "label": "yes", "text": SENTENCE},
                          {"id": _id_in("dev"), "label": "ambiguous", "text": SENTENCE}])
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as exc:
        ed.train(tmp_path, out)
    assert str(tmp_path) in str(exc.value.code)
    assert not (out / "detector.json").exists()


def test_argument_trainer_refuses_a_folder_without_span_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SystemExit) as exc:
        ea.main(["--data", str(tmp_path / "nonexistent"), "--out", str(out)])
    assert "nonexistent" in str(exc.value.code)
    assert not (out / "arguments.json").exists()


def test_argument_trainer_refuses_span_files_with_no_build_split_record(tmp_path):
    _spans(tmp_path, [{"source": _id_in("test")}])
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SystemExit) as exc:
        ea.train(tmp_path, out, log=lambda *_: None)
    assert str(tmp_path) in str(exc.value.code)
    assert not (out / "arguments.json").exists()


# --- a broken stage stops the trainers --------------------------------------------------------

@pytest.fixture
def broken_dates(monkeypatch):
    """The dates stage fails on every document."""
    from rasd.events.dates import DatesStage

    def boom(self, doc):
        raise RuntimeError("dates stage broken")

    monkeypatch.setattr(DatesStage, "__call__", boom)


def test_a_failing_stage_stops_the_measurement(broken_dates):
    with pytest.raises(RuntimeError, match="dates stage broken"):
        ee.analyse(SENTENCE, detector=False)


def test_trainers_stop_on_a_failing_stage(tmp_path, broken_dates):
    _spans(tmp_path, [{"source": _id_in("dev")}])
    with pytest.raises(RuntimeError, match="dates stage broken"):
        ea.collect(tmp_path, "dev")
    _sentences(tmp_path, [{"id": _id_in("dev"), "label": "yes", "text": SENTENCE}])
    with pytest.raises(RuntimeError, match="dates stage broken"):
        ed._records(tmp_path)


# --- the split of the span records ----------------------------------------------------------

def test_a_span_record_with_a_held_out_sentences_text_is_held_out(tmp_path):
    dev_id = _id_in("dev")
    _sentences(tmp_path, [{"id": _id_in("test"), "label": "yes", "text": SENTENCE}])
    _spans(tmp_path, [{"source": dev_id, "text": SENTENCE + " "}])
    assert ee.load_spans(tmp_path, "dev") == {}
    assert [r["source"] for r in ee.load_spans(tmp_path, "test")["ASSAULT"]] == [dev_id]


def test_a_span_record_whose_source_is_an_outlet_is_split_by_its_own_id(tmp_path):
    outlet = "Palestine News Network (PNN) (Arabic)"
    dev_key = next(f"5b67{n:020x}" for n in range(1000) if ee.split_of(f"5b67{n:020x}") == "dev")
    test_key = next(f"5b67{n:020x}" for n in range(1000) if ee.split_of(f"5b67{n:020x}") == "test")
    _spans(tmp_path, [{"source": outlet, "_id": dev_key}, {"source": outlet, "_id": test_key}])
    assert [r["_id"] for r in ee.load_spans(tmp_path, "dev")["ASSAULT"]] == [dev_key]
    assert [r["_id"] for r in ee.load_spans(tmp_path, "test")["ASSAULT"]] == [test_key]
    assert ee.span_record_id({"source": "AAW_ARB_20070101.0043-22", "_id": "x"}) == "AAW_ARB_20070101.0043-22"


@pytest.mark.shared("data", "events")
def test_no_build_split_span_record_is_a_held_out_sentence():
    held_out = ee.held_out_texts(SHARED)
    build = [r for rows in ee.load_spans(SHARED, "dev").values() for r in rows]
    assert build and held_out
    assert not [r["source"] for r in build if r["text"].strip() in held_out]
    # the records once split by their outlet name are split by their own id (PNN in PROTEST)
    test = [r for rows in ee.load_spans(SHARED, "test").values() for r in rows]
    assert not {r["_id"] for r in build} & {r["_id"] for r in test}
