"""A month name is not an actor: the UniversalPetrarch actor dictionary's one such phrase (نيسان,
coded EDU) is April or the carmaker Nissan in news, so the gazetteer build leaves it out."""
from rasd import analyze
from rasd.train.gazetteers import month_names
from rasd.train import shipped


def test_shipped_actor_gazetteer_holds_no_month_name():
    months = month_names()
    assert {"نيسان", "يناير", "حزيران"} <= months
    rows = (shipped("gazetteers") / "petrarch_actors.tsv").read_text(encoding="utf-8").splitlines()
    phrases = {r.split("\t")[1] for r in rows if r and not r.startswith("#")}
    assert not phrases & months


def test_carmaker_named_like_a_month_gets_no_education_code():
    # SaudiNewsNet 2015-08-02 (aawsat) and 2015-08-01 (alriyadh)
    for text in ("أفادت شركة نيسان للسيارات عن مدخول صاف بقيمة 23 مليار دولار.",
                 'وفي هذا السياق، قال كارلوس غصن، رئيس نيسان ورئيس مجلس إدارتها: "نطمح لأن نكون صانع '
                 'السيارات الأكثر مسؤولية في العالم".'):
        ents = analyze(text, published="2015-08-02").to_dict()["entities"]
        nissan = [e for e in ents if e["name"] == "نيسان"]
        assert nissan and all("EDU" not in (e.get("code") or "") for e in nissan)
