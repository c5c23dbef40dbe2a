"""Stages as components: validated settings per stage, declared layers, one loader of data files."""
import pytest

from rasd import Pipeline
from rasd.components import Stage
from rasd.document import Document
from rasd.errors import ModelError, PipelineError
from rasd.resources import Resources
from rasd.stages import STAGES

from conftest import dev_text

TEXT_CORE = ["normalize", "sentences", "tokens"]


# --- settings ----------------------------------------------------------------------------------

def test_settings_are_given_per_stage_nested_or_dotted():
    p = Pipeline(config={"ner": {"model": "neural"}, "events.require_source": False, "published": "2025-05-11"})
    assert p.stage_configs["ner"].model == "neural"
    assert p.stage_configs["events"].require_source is False
    # the pipeline's publication date reaches every stage that has such a setting
    assert p.stage_configs["events"].published == p.stage_configs["dates"].published == "2025-05-11"


def test_a_stage_section_overrides_the_shared_setting():
    p = Pipeline(config={"published": "2025-05-11", "dates": {"published": "2024-01-01"}})
    assert p.stage_configs["dates"].published == "2024-01-01"
    assert p.stage_configs["events"].published == "2025-05-11"


@pytest.mark.parametrize("config,message", [
    ({"ner_model": "crf"}, r"unknown setting 'ner_model' \(did you mean 'ner.model'\?\)"),
    ({"ner": {"modle": "crf"}}, r"ner: unknown setting 'modle' \(did you mean 'model'\?\)"),
    ({"ner": {"model": "bert"}}, r"ner.model: 'bert' is not one of 'crf', 'neural', 'ensemble'"),
    ({"events": {"require_source": "no"}}, r"events.require_source: 'no' is not bool"),
    ({"nerr.model": "crf"}, r"no stage 'nerr' \(did you mean 'ner'\?\)"),
    ({"published": 20250511}, r"config.published: 20250511 is not str or None"),
    ({"events": True}, r"a stage's settings are a mapping"),
])
def test_unknown_or_ill_typed_settings_are_refused_with_their_name(config, message):
    with pytest.raises(PipelineError, match=message):
        Pipeline(config=config)


def test_a_section_of_a_stage_outside_the_pipeline_is_still_checked():
    Pipeline(TEXT_CORE, config={"ner": {"model": "neural"}})  # fine: valid, and unused here
    with pytest.raises(PipelineError, match="ner: unknown setting"):
        Pipeline(TEXT_CORE, config={"ner": {"kind": "neural"}})


def test_two_pipelines_with_different_settings_live_in_one_process():
    text = dev_text("kurds-barracks")
    strict = Pipeline(config={"events": {"require_source": True}})
    loose = Pipeline(config={"events": {"require_source": False, "unnamed_doer": "keep", "dedupe": False}})
    n_strict = len(strict(Document(text, meta={"published": "2015-08-03"})).layer("events"))
    n_loose = len(loose(Document(text, meta={"published": "2015-08-03"})).layer("events"))
    assert n_loose > n_strict
    # and the first is unchanged by the second
    assert len(strict(Document(text, meta={"published": "2015-08-03"})).layer("events")) == n_strict


# --- declared layers ---------------------------------------------------------------------------

def test_every_layer_and_view_of_a_full_analysis_is_declared_by_a_stage():
    doc = Pipeline()(Document(dev_text("istanbul-talks"), meta={"published": "2025-05-11"}))
    declared = {name for spec in STAGES for name in spec.adds}
    assert {n for n in doc.names() if not n.startswith("_")} <= declared


def test_a_stage_that_adds_an_undeclared_layer_is_refused(monkeypatch):
    from rasd.text.sentences import SentencesStage

    def sneaky(self, doc):
        doc.set_layer("sentences", [])
        doc.set_layer("paragraphs", [])

    monkeypatch.setattr(SentencesStage, "__call__", sneaky)
    with pytest.raises(PipelineError, match="stage 'sentences' added paragraphs, which it does not declare"):
        Pipeline(["sentences"])(Document("نص"))


def test_stages_are_built_once_and_reused():
    p = Pipeline(TEXT_CORE)
    first = p.stage("tokens")
    p(Document("قال بوتين"))
    assert p.stage("tokens") is first and isinstance(first, Stage)
    with pytest.raises(PipelineError, match="not in this pipeline"):
        p.stage("events")


# --- the data loader ---------------------------------------------------------------------------

def test_a_missing_data_file_is_a_model_error_naming_it(tmp_path):
    res = Resources(tmp_path)
    with pytest.raises(ModelError, match=r"events/nothing.tsv is missing"):
        res.table("events", "nothing.tsv")


def test_tables_skip_comments_and_blank_lines_and_check_their_width():
    res = Resources().with_data({"x/t.tsv": "# a comment\n\na\tb\n  c\td  \n"})
    assert res.table("x", "t.tsv", min_columns=2) == [["a", "b"], ["c", "d"]]
    bad = Resources().with_data({"x/t.tsv": "a\tb\nc\n"})
    with pytest.raises(ModelError, match=r"x/t.tsv line 2: 1 column\(s\), 2 expected"):
        bad.table("x", "t.tsv", min_columns=2)


def test_word_classes_are_normalised_once_and_keep_their_written_forms():
    res = Resources().with_data({"x/wordclasses.tsv":
                                 "# class\tword\tnote\nspeech\tأكّد\tshadda removed\nspeech\tقالت إنّ\t\nquotes\t«\t\n"})
    assert res.word_class("x", "speech") == frozenset({"اكد", "قالت ان"})
    assert res.word_list("x", "speech") == ("أكّد", "قالت إنّ")
    assert res.word_class("x", "speech") is res.word_class("x", "speech")  # built once
    with pytest.raises(ModelError, match=r"word class 'verbs' is not in x/wordclasses.tsv \(it has: quotes, speech\)"):
        res.word_class("x", "verbs")


def test_injected_data_is_seen_by_that_instance_only():
    shipped = Resources.default()
    injected = shipped.with_data({"text/boilerplate.json": "{}"})
    assert injected.json("text", "boilerplate.json") == {}
    assert shipped.json("text", "boilerplate.json") != {}


def test_a_corrupt_json_file_is_a_model_error():
    res = Resources().with_data({"x/m.json": "{not json"})
    with pytest.raises(ModelError, match="x/m.json is corrupt"):
        res.json("x", "m.json")
