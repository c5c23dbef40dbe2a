"""The topic stage (rasd.text.topic) and its trainer (rasd.train.topic), on real SaudiNewsNet
text of ordinary days (2015-07-25, 2015-08-02; never the fresh-reading days)."""

import json
import zipfile

import pytest

from rasd.document import Document
from rasd.errors import ModelError
from rasd.pipeline import Pipeline
from rasd.resources import Resources
from rasd.text.topic import TopicConfig, TopicStage, article_words
from rasd.train import topic as trainer

TOPIC = Pipeline(stages=["normalize", "topic"])

SPORT = ("الفتح ينتظر استكمال قائمة الأجانب بضم جوسيمار\n"
         "واحتل الفتح المركز السادس في الدوري الموسم الماضي وسيبدأ مشواره في الموسم الجديد باللعب في ضيافة "
         "الخليج في 20 أغسطس آب الجاري.")
ECONOMY = ("وتراجع الدولار مع صعود اليورو بعد أن وافقت اليونان على مجموعة ثانية من الإصلاحات المطلوبة لتفادي "
           "الإفلاس وعزز ذلك النفط أوائل الجلسة.\nوارتفعت أسعار الأسهم في البورصة وتراجع مؤشر السوق بنسبة "
           "طفيفة مع تراجع أسعار النفط.")
POLITICS = ("وفي تركيا بعد أن قصفت مقاتلات تركية مواقع لتنظيم داعش داخل سوريا، قال رئيس الوزراء التركي إن "
            "الشرطة اعتقلت قرابة 300 شخص في حملات ضد من يشتبه في أنهم ينتمون لداعش ومتشددين أكراد.")


@pytest.mark.parametrize("text, label", [(SPORT, "sport"), (ECONOMY, "economy"), (POLITICS, "politics")])
def test_an_article_is_placed_in_its_topic_with_a_probability(text, label):
    topic = TOPIC(Document(text)).view("topic")
    assert topic["label"] == label
    assert 0.5 < topic["score"] <= 1.0


def test_the_topic_is_written_into_the_output_only_when_the_stage_ran():
    assert Pipeline()(Document(SPORT)).to_dict()["topic"]["label"] == "sport"
    assert "topic" not in Pipeline(stages=["normalize", "sentences"])(Document(SPORT)).to_dict()


def test_words_are_counted_once_without_conjunction_and_article():
    assert article_words("والهلال الهلال هلال") == {"هلال"}
    assert "وزير" in article_words("وزير")  # a short root-initial و stays


def test_a_corrupt_model_file_is_a_model_error_naming_it():
    res = Resources.default().with_data({"topic/model.json": json.dumps({"classes": ["a", "b"], "prior": [0.0]})})
    with pytest.raises(ModelError, match="topic/model.json"):
        TopicStage(TopicConfig(), res)


@pytest.mark.parametrize("url, label", [
    ("http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229720&CategoryID=1", "politics"),
    ("http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=229700&CategoryID=6", "sport"),
    ("http://www.3alyoum.com/finance/a/x", "economy"),
    ("http://www.3alyoum.com/news/pol/a/x", "politics"),
    ("http://www.al-jazirah.com/2015/20150721/sp3.htm", "sport"),
    ("http://www.al-jazirah.com/2015/20150721/ec12.htm", "economy"),
    # mixed sections and outlets without sections are not labelled
    ("http://www.3alyoum.com/news/local/a/x", None),
    ("http://www.al-jazirah.com/2015/20150721/ln4.htm", None),
    ("http://sabq.org/PHGKif", None),
])
def test_the_trainer_labels_articles_by_the_section_their_url_names(url, label):
    assert trainer.label_of(url) == label


def test_the_trainer_never_reads_the_fresh_reading_days(tmp_path):
    art = {"url": "http://www.3alyoum.com/sports/a/x", "title": "الهلال", "content": "مباراة"}
    for day in ("2015-08-04", "2015-07-25"):
        with zipfile.ZipFile(tmp_path / f"{day}.zip", "w") as zf:
            zf.writestr(f"{day}/sabq.json", json.dumps([dict(art, url=art["url"] + day)]))
    rows = trainer.labelled_articles(tmp_path)
    assert [r[0] for r in rows] == [art["url"] + "2015-07-25"]


def test_the_shipped_model_reports_its_held_out_accuracy_per_class():
    report = Resources.default().json("topic", "model.json")["report"]
    assert report["held_out_rule"] == f"sha1(url) % 10 < {trainer.HELD_OUT_TENTHS}"
    assert set(report["reserved_days_skipped"]) == set(trainer.FRESH_READING_DAYS)
    assert report["held_out"]["accuracy"] >= 0.85
    assert all(report["held_out"]["recall"][c] >= 0.75 for c in ("politics", "sport", "economy", "other"))


def test_a_text_with_no_arabic_word_gets_no_topic():
    assert TOPIC(Document("")).view("topic") is None
    assert TOPIC(Document("Breaking news from Reuters")).view("topic") is None


def test_the_topic_survives_a_round_trip_through_the_json():
    d = Pipeline()(Document(SPORT)).to_dict()
    assert Document.from_dict(d).to_dict() == d


def test_the_trainer_writes_the_file_the_stage_reads_and_the_cli_offers_it():
    from click.testing import CliRunner

    from rasd.cli.train import command

    assert trainer.OUT == Resources.default().path("topic", "model.json")
    assert "topic" in CliRunner().invoke(command, ["--help"]).output


@pytest.mark.shared("data", "saudinewsnet")
def test_retraining_reproduces_the_shipped_model(tmp_path):
    out = tmp_path / "model.json"
    trainer.build(trainer.DEFAULT_DIR, out, log=lambda *_: None)
    assert json.loads(out.read_text(encoding="utf-8")) == Resources.default().json("topic", "model.json")
