"""The trainers (rasd/train/): they write what ships where the stages read it, put a model and its
checksum in place together, and read the news the same way in each NER trainer."""
import json

from rasd.entities.model_meta import meta_path, read_model
from rasd.entities.ner import NerTagger
from rasd.resources import Resources
from rasd.train import shipped
from rasd.train import clusters, event_detector, gazetteers, plover_lexicon, wordfreq
from rasd.train import ner as train_ner
from rasd.train.saudinewsnet import article_sentences

# Two ANERcorp-like sentences (tokens, BIO labels), enough for a CRF to learn a name and a place.
SENTENCES = [
    (["قال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["وصل", "بوتين", "إلى", "موسكو", "أمس"], ["O", "B-PER", "O", "B-LOC", "O"]),
]


def test_trainers_write_the_files_the_stages_read():
    res = Resources.default()
    assert train_ner.MODEL == res.path("ner", "ner.crfsuite")
    assert train_ner.GAZ == res.path("ner", "gazetteer.tsv")
    assert train_ner.SILVER == res.path("ner", "silver.tsv")
    assert clusters.OUT == res.path("ner", "clusters.tsv.gz")
    assert wordfreq.OUT == res.path("lexicon", "word_freq.tsv")
    assert gazetteers.OUT / "countries.tsv" == res.path("gazetteers", "countries.tsv")
    assert event_detector.OUT / "detector.json" == res.path("events", "detector.json")
    assert plover_lexicon.DEFAULT_OUT / "petrarch_verbs.tsv" == res.path("events", "petrarch_verbs.tsv")
    assert shipped("events") == res.path("events", "detector.json").parent


def test_a_trained_crf_and_its_checksum_are_put_in_place_together(tmp_path):
    path = tmp_path / "models" / "tiny.crfsuite"
    train_ner.train_model([(SENTENCES, {})], path, 0.01, 0.01, max_iter=20, log=lambda *_: None)
    assert sorted(p.name for p in path.parent.iterdir()) == ["tiny.crfsuite", "tiny.crfsuite.json"]  # no .part left
    info = json.loads(meta_path(path).read_text(encoding="utf-8"))
    assert info["sentences"] == 2 and info["max_iterations"] == 20 and len(info["sha256"]) == 64
    read_model(path, "NER model", "rasd train ner")  # complete, and the file its checksum names
    assert NerTagger.from_files(path).tag(["قال", "بوتين", "في", "موسكو"])[1] == "B-PER"


def test_the_ner_trainers_read_an_article_as_its_title_then_its_sentences():
    rec = {"title": "بوتين في موسكو", "content": "قال الرئيس الروسي إن المحادثات ستستمر. ووصل الوفد أمس."}
    assert article_sentences(rec) == [["بوتين", "في", "موسكو"], ["قال", "الرئيس", "الروسي", "إن", "المحادثات", "ستستمر", "."],
                                      ["ووصل", "الوفد", "أمس", "."]]
    assert article_sentences({"content": None}) == []
