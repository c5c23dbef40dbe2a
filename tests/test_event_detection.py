"""Sentence-level event detection: lexicon gate, detector features, the shipped detector and its
trainer (python -m rasd.train.event_detector). Sentences are from the 70% build split of the
openeventdata ASSAULT/PROTEST files or written for the test."""
from __future__ import annotations

import json

import pytest

from rasd.document import Document

from rasd.eval.events import split_of
from rasd.events.detector import Detector, load_detector
from rasd.events.triggers import detect
from rasd.resources import Resources
from rasd.text.tokens import tokenize

from events_support import LEX, events_stage, resources_without, text_doc

sentence_features = events_stage().features
SETTINGS = events_stage().trigger_settings()


def detector():
    return load_detector(Resources.default(), SETTINGS)


def _types(text):
    return [t.type for t in detect(tokenize(text), LEX)]


def _feats(text, typ, version=3):
    return set(sentence_features(tokenize(text), version=version, typ=typ))


def test_bombs_going_off_rockets_fired_and_crowds_in_the_streets_are_triggers():
    assert "ASSAULT" in _types("وأفادت وزارة الداخلية بأن قنبلة انفجرت أمام مكاتب الحزب في بلدة إلجويبار.")
    assert "ASSAULT" in _types("انفجرت قنبلة أمام مكاتب الحزب.")
    assert "ASSAULT" in _types("وقامت طائرة بدون طيار بإطلاق صاروخ على سيارة تقل ثلاثة من نشطاء السرايا.")
    assert "ASSAULT" in _types("وقال سكان في المدينة إن دبابات أميركية أطلقت نيرانها على المنطقة.")
    assert "PROTEST" in _types("ونزل المتظاهرون الى الشوارع في عدة مدن باكستانية.")
    assert "PROTEST" in _types("حيث تجمهر الناس في الشارع الرئيسي مطلقين الشعارات.")


def test_ceasefire_and_prisoner_release_are_not_attacks():
    assert "ASSAULT" not in _types("أعلن الطرفان وقف إطلاق النار في غزة.")
    assert "ASSAULT" not in _types("وطالب المتظاهرون بإطلاق سراح المعتقلين.")
    assert "ASSAULT" not in _types("انفجر الوضع السياسي في البلاد بعد الانتخابات.")


def test_trigger_context_features_tell_a_report_from_a_mention():
    report = _feats("هاجم مسلحون القرية أمس.", "ASSAULT")
    assert {"xf:past", "xc:none", "xr:قريه"} <= report  # clitics and article off
    assert "xc:negated" in _feats("لم يهاجم المسلحون القرية.", "ASSAULT")
    assert "xc:future" in _feats("سيهاجم المسلحون القرية.", "ASSAULT")
    assert "xf:noun-pl" in _feats("تتكرر الهجمات على القرى.", "ASSAULT")
    crowd = _feats("وتجمع نحو 500 متظاهر في محيط المحكمة العليا.", "PROTEST")
    assert "xr:نحو" in crowd and "xr:<num>" in crowd
    # context features belong to the type asked about, and only from version 3
    assert not any(f.startswith("x") for f in _feats("هاجم مسلحون القرية أمس.", "PROTEST"))
    assert not any(f.startswith("x") for f in _feats("هاجم مسلحون القرية أمس.", "ASSAULT", version=2))


def test_context_feature_sets_refuse_to_run_without_the_type():
    toks = tokenize("هاجم مسلحون القرية أمس.")
    for version in (3, 4):
        with pytest.raises(ValueError, match="feature sets 3 and 4 need typ"):
            sentence_features(toks, version=version)
    with pytest.raises(ValueError, match="unknown feature set"):
        sentence_features(toks, version=5, typ="ASSAULT")
    assert sentence_features(toks, version=2)  # versions 1 and 2 do not look at the type


def _load(content):
    """The detector read from a file of this content (text or bytes) in place of the shipped one."""
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="surrogateescape")
    return load_detector(Resources.default().with_data({"events/detector.json": content}), SETTINGS)


@pytest.mark.parametrize("content, problem", [
    (None, "is missing"),
    (b"\xff\xfe\x00", "cannot be read"),
    ('{"weights": {"ASSAULT": {"": 0.1', "not JSON"),  # truncated
    ('{"thresholds": {"ASSAULT": 0.5}}', 'no "weights"'),
    ('{"weights": {"ASSAULT": {"": 0.1}}}', '"thresholds" lacks'),
    ('{"weights": {"ASSAULT": {"": 0.1}}, "thresholds": {"ASSAULT": 0.5}, "features": {"ASSAULT": 9}}', '"features"'),
    ("[1, 2]", "not a JSON object"),
])
def test_a_missing_or_broken_detector_file_names_itself_and_the_rebuild_command(tmp_path, content, problem):
    from rasd.errors import ModelError

    with pytest.raises(ModelError, match=problem) as err:
        if content is None:
            load_detector(resources_without(tmp_path, "events/detector.json"), SETTINGS)
        elif isinstance(content, bytes):
            path = tmp_path / "detector.json"
            path.write_bytes(content)
            (tmp_path / "events").mkdir()
            path.rename(tmp_path / "events" / "detector.json")
            load_detector(Resources(tmp_path), SETTINGS)
        else:
            _load(content)
    assert "events/detector.json" in str(err.value) and "rasd train event-detector" in str(err.value)


def test_a_detector_trained_with_other_trigger_settings_is_refused():
    from rasd.errors import ModelError

    shipped = Resources.default().json("events", "detector.json")
    other = {**shipped, "settings": {**shipped["settings"], "petrarch_patterns": True}}
    with pytest.raises(ModelError, match="petrarch_patterns=True") as err:
        _load(json.dumps(other, ensure_ascii=False))
    assert "rasd train event-detector" in str(err.value)


def test_events_stage_reports_a_missing_detector_unless_the_detector_is_off(tmp_path):
    from rasd.errors import ModelError
    from rasd.events.stage import EventsConfig, EventsStage

    res = resources_without(tmp_path, "events/detector.json")
    doc = text_doc("هاجم مسلحون قرية في شمال البلاد أمس وقتلوا خمسة أشخاص.", "2008-01-01")
    # the trainer's mode: the file is not read
    EventsStage(EventsConfig(require_source=False, detector="off"), res)(doc)
    assert "ASSAULT" in [e.label for e in doc.layer("events")]
    with pytest.raises(ModelError, match="rasd train event-detector"):
        EventsStage(EventsConfig(require_source=False, detector="score"), res)


def test_a_well_formed_detector_file_loads():
    det = _load('{"weights": {"ASSAULT": {"": 0.1, "w:هاجم": 2.0}}, "thresholds": {"ASSAULT": 0.5}, '
                '"features": {"ASSAULT": 3}, "settings": ' + json.dumps(SETTINGS) + '}')
    assert det.version("ASSAULT") == 3
    assert det.decide("ASSAULT", sentence_features(tokenize("هاجم مسلحون القرية."), version=3, typ="ASSAULT"))


def test_shipped_detector_comes_from_the_documented_trainer():
    d = Resources.default().json("events", "detector.json")
    assert "rasd.train.event_detector" in d["about"]
    for typ in ("ASSAULT", "PROTEST"):
        assert d["features"][typ] in (1, 2, 3, 4)
        assert 0.2 <= d["thresholds"][typ] < 0.9
        assert d["report"][typ]["cv_f1"] > 0.4


def test_detector_prefers_a_specific_protest_to_talk_about_protests():
    det = detector()

    def p(typ, text):
        v = det.version(typ)
        return det.prob(typ, sentence_features(tokenize(text), version=v, typ=typ))

    rally = ("لندن ـ «الشرق الأوسط»: تجمع نحو 40 متظاهرا أمام مقر رئيس الوزراء البريطاني غوردن براون السبت "
             "للاحتجاج على ما وصفوه بانتهاكات الرئيس الباكستاني برويز مشرف، الذي يزور بريطانيا، لحقوق الانسان.")
    permit = "وأوضح المسؤولون أنه طالما حصل المتظاهرون على تصريح مسبق، سيتم السماح بالمظاهرات."
    assert p("PROTEST", rally) > p("PROTEST", permit)
    assert det.decide("PROTEST", sentence_features(tokenize(rally), version=det.version("PROTEST"), typ="PROTEST"))


def _write_sentences(folder, typ, rows):
    with open(folder / f"{typ.lower()}_sentences.jsonl", "w", encoding="utf-8") as f:
        for n, (label, text) in enumerate(rows):
            f.write(json.dumps({"id": f"{typ}-{n}", "event_type": typ, "label": label, "accept": 3 * (label == "yes"),
                                "reject": 3 * (label != "yes"), "text": text}, ensure_ascii=False) + "\n")


def test_trainer_is_deterministic_and_reads_only_the_build_split(tmp_path):
    from rasd.train import event_detector

    yes = ["هاجم مسلحون قرية في شمال البلاد أمس وقتلوا خمسة أشخاص.", "قصفت الطائرات مواقع المتمردين فجر اليوم.",
           "فجر انتحاري سيارة مفخخة أمام مركز للشرطة أمس."]
    no = ["ندد الوزير بالهجمات على المدنيين.", "لم يهاجم الجيش المدينة.", "تحدث التقرير عن القتل والاغتيال.",
          "قال الرئيس إن الحكومة ستدرس الاقتراح.", "وافق البرلمان على الميزانية الجديدة."]
    rows = [("yes", t) for t in yes * 4] + [("easy no", t) for t in no * 4]
    _write_sentences(tmp_path, "ASSAULT", rows)
    held_out = sum(split_of(f"ASSAULT-{n}") == "test" for n in range(len(rows)))
    outs = []
    for k in range(2):
        out = tmp_path / f"out{k}"
        path = event_detector.train(tmp_path, out, seed=0, repeats=1, versions=(3,), l2_grid=(0.1,))
        outs.append(path.read_bytes())
    assert outs[0] == outs[1]
    d = json.loads(outs[0])
    assert d["report"]["ASSAULT"]["sentences"] == len(rows) - held_out
    det = Detector(d["weights"], d["thresholds"], d["features"])
    f = lambda t: sentence_features(tokenize(t), version=3, typ="ASSAULT")
    assert det.prob("ASSAULT", f(yes[0])) > det.prob("ASSAULT", f(no[0]))


def test_score_mode_keeps_the_event_with_its_probability_and_veto_mode_drops_it():
    def run(mode, text, pipe=False):
        if pipe:
            from rasd.pipeline import Pipeline

            doc = Pipeline(config={"events": {"detector": mode}})(Document(text, meta={"published": "2008-01-01"}))
        else:
            doc = text_doc(text, "2008-01-01")
            events_stage(require_source=False, detector=mode)(doc)
        return [e for e in doc.layer("events") if e.label == "PROTEST"]

    det = detector()
    # a build-split "difficult no": protesters are mentioned, no protest is reported; a described
    # doer (المتظاهرون) does not vouch for the act: below the threshold the event goes, in score
    # mode as in veto mode; the detector off keeps it, with no probability
    permit_text = "وأوضح المسؤولون أنه طالما حصل المتظاهرون على تصريح مسبق، سيتم السماح بالمظاهرات."
    assert not run("score", permit_text)
    assert not run("veto", permit_text)
    off = run("off", permit_text)
    assert off and all(e.get("confidence") is None for e in off)
    # a named doer: score mode keeps the event with its probability, whatever it is
    named = "وتظاهر أنصار حزب الله أمام مقر الحكومة في بيروت احتجاجا على قرار تمديد ولاية البرلمان."
    scored = run("score", named, pipe=True)
    assert scored and all(e.get("confidence") is not None for e in scored)


def test_one_annotator_ceiling_counts_split_votes_as_that_readers_false_positives():
    from rasd.eval.events import annotator_f1

    rows = [{"gold": True, "accept": 3, "reject": 0},
            {"gold": False, "accept": 1, "reject": 2},   # "difficult no": one reader in three accepted it
            {"gold": False, "accept": 0, "reject": 3}]
    # expected true positives 1, false positives 1/3: F1 = 2 / (2 + 1/3)
    assert annotator_f1(rows) == round(2 / (2 + 1 / 3), 3)
    assert annotator_f1([{"gold": True, "accept": None, "reject": None}]) is None


def test_one_annotator_argument_share_scores_each_tuple_against_the_others():
    from rasd.eval.events import annotator_both

    agree = {"spans": [{"source_actor": ["مسلحون"], "target_actor": ["الجنود"]},
                       {"source_actor": ["مسلحون", "مجهولون"], "target_actor": ["الجنود"]}]}
    differ = {"spans": [{"source_actor": ["الشرطة"], "target_actor": []},
                        {"source_actor": ["المتظاهرون"], "target_actor": []}]}
    alone = {"spans": [{"source_actor": ["الجيش"], "target_actor": []}]}  # one tuple: not counted
    assert annotator_both([agree, differ, alone]) == 0.5
    assert annotator_both([alone]) is None
