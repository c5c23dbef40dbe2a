"""The document model: spans index into an immutable text; the JSON contract round-trips."""
import json

import pytest
from hypothesis import given, settings, strategies as st

from rasd import Pipeline
from rasd.document import Document, Entity
from rasd.errors import PipelineError

from conftest import DEV_NAMES, dev_text

TEXT_CORE = ["normalize", "sentences", "tokens"]


def test_span_text_is_taken_from_the_document():
    doc = Document("قال بوتين إن المحادثات ستبدأ")
    s = doc.span(4, 9, "PER")
    assert s.text == "بوتين"
    with pytest.raises(ValueError):
        doc.span(5, 100)


def test_document_text_cannot_be_reassigned():
    doc = Document("نص")
    with pytest.raises(AttributeError):
        doc.text = "آخر"


@pytest.mark.parametrize("name", DEV_NAMES)
def test_every_span_of_a_dev_article_quotes_its_text(name):
    doc = Pipeline(TEXT_CORE)(Document(dev_text(name), name))
    assert doc.sentences and doc.tokens
    assert doc.check_spans() == []
    for tok in doc.tokens:
        for part in tok.get("parts", ()):
            assert doc.text[part.start:part.end] == part.text
            assert tok.start <= part.start <= part.end <= tok.end


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("بتثجحخدذرزسشصضطظعغفقكلمنهوي ءأإآةى،؛؟.!«»“”\"\n ٣1,ًٌـKyiv")), max_size=300))
def test_span_invariant_holds_on_arbitrary_text(text):
    doc = Pipeline(TEXT_CORE)(Document(text))
    assert doc.check_spans() == []
    # sentences do not overlap and appear in order
    ends = [(s.start, s.end) for s in doc.sentences]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))


def test_to_dict_and_from_dict_round_trip_every_layer():
    text = "وقال بوتين “نقترح المحادثات” يوم الأحد في إسطنبول."
    doc = Document(text, "x", {"published": "2025-05-11"})
    Pipeline(TEXT_CORE)(doc)
    men = doc.span(5, 10, "PER", kind="name")
    doc.set_layer("entities", [Entity("e1", "PER", "فلاديمير بوتين", [men], {"code": "RUSGOV"})])
    cue = doc.span(0, 4)
    doc.set_layer("quotes", [doc.span(12, 27, "direct", speaker="e1", speaker_text="بوتين", cue=cue)])
    doc.set_layer("events", [doc.span(12, 17, "CONSULT", source="e1", source_text="بوتين", target=None, date="2025-05-11")])
    doc.set_layer("dates", [doc.span(29, 38, "date", value="2025-05-11")])
    doc.set_layer("flags", [doc.span(5, 10, "latin-in-arabic", reason="test")])
    d = doc.to_dict(tokens=True)
    assert d["entities"][0]["mentions"][0] == {"start": 5, "end": 10, "text": "بوتين", "kind": "name"}
    assert d["quotes"][0]["cue"] == {"start": 0, "end": 4, "text": "وقال"}
    assert d["events"][0]["trigger"]["text"] == text[12:17]
    assert d["events"][0]["type"] == "CONSULT"
    again = Document.from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert again.to_dict(tokens=True) == d
    assert again.check_spans() == []


def test_tokens_are_only_in_the_json_on_request():
    doc = Pipeline(TEXT_CORE)(Document("قال بوتين"))
    assert "tokens" not in doc.to_dict()
    toks = doc.to_dict(tokens=True)["tokens"]
    assert [t["text"] for t in toks] == ["قال", "بوتين"]


def test_pipeline_refuses_an_order_whose_requirements_are_unmet():
    with pytest.raises(PipelineError, match="requires sentences"):
        Pipeline(["tokens", "sentences"])


def test_pipeline_refuses_unknown_stages():
    with pytest.raises(PipelineError, match="unknown stage"):
        Pipeline(["normalize", "nonsense"])


def test_a_stage_run_on_a_document_lacking_its_input_fails_clearly():
    p = Pipeline(["sentences", "tokens"])
    p.specs = p.specs[1:]  # simulate a misconfigured runner that skipped sentences
    p._stages = None
    with pytest.raises(PipelineError, match="lacks"):
        p(Document("نص"))
