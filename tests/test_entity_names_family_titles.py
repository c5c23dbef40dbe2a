"""A family name with آل is the person's name, not nothing; a title of another state after a
listed person is not that person's. Real SaudiNewsNet sentences (2015-08-02, 2015-07-21)."""
import rasd


def _entities(text):
    return [(e["name"], [m["text"] for m in e["mentions"]]) for e in rasd.analyze(text).to_dict()["entities"]]


def test_a_family_name_with_al_alone_names_the_person():
    text = "الخليج: آل فريج مرتاح معنا"
    names = [n for n, ms in _entities(text) if "آل فريج" in ms]
    assert names == ["آل فريج"]


def test_a_full_name_ending_in_a_house_without_a_chain_keeps_the_family_name():
    for text, name in [
        ("وأكد طلال آل الشيخ، رئيس لجنة الإعلام الرياضي أن اختيار السليم يأتي تتويجًا لاجتهاده", "طلال آل الشيخ"),
        ("وأشاد منظم البطولة عبدالباري آل عبدالله بتعاون الشركاء مجلس التنمية السياحية", "عبدالباري آل عبدالله"),
    ]:
        assert name in [n for n, _ in _entities(text)], text


def test_no_person_entity_has_an_empty_name():
    text = ("ولفت آل فويز النظر إلى أنه قام بتدريب عدد من الشباب على كيفية صناعة غزل الشباك التي "
            "تستخدم في صيد الأسماك")
    ents = _entities(text)
    assert ents and all(n.strip() for n, _ in ents)


def test_a_house_after_a_chain_is_still_dropped_from_the_name():
    text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام بجدة"
    names = [n for n, ms in _entities(text) if any("سلمان" in m for m in ms)]
    assert names and "سعود" not in names[0]


def test_a_title_of_another_state_after_a_listed_person_is_the_object_not_his_title():
    text = "واستقبل رئيس إقليم كردستان مسعود بارزاني وزير الخارجية القطري أمس."
    ents = dict((n, ms) for n, ms in _entities(text))
    assert "وزير الخارجية القطري" not in ents.get("مسعود بارزاني", [])
    assert any("وزير الخارجية القطري" in ms for ms in ents.values())


def test_a_title_of_the_same_state_in_apposition_stays_the_persons():
    text = "وقال فلاديمير بوتين الرئيس الروسي إن بلاده مستعدة للحوار."
    ents = dict(_entities(text))
    assert "الرئيس الروسي" in ents.get("فلاديمير بوتين", [])
