"""PLOVER events: triggers, source/target from clause structure, modes, reported acts, places.

Argument tests build documents with explicit entity layers so that they test the event rules, not
the entity stage; the founding example runs the whole pipeline on the Istanbul article.
"""

import pytest

from rasd.document import Document, Entity
from rasd.events.triggers import detect
from rasd.ontology import PLOVER_TYPES
from rasd.text.tokens import tokenize

from conftest import dev_text
from events_support import LEX, events_stage, text_doc



def make_doc(text, entities=(), quotes=None, dates=None, published="2025-05-11"):
    """A document with the text core run and the given entities: (id, label, [surfaces])."""
    doc = text_doc(text, published)
    ents = []
    for eid, label, surfaces in entities:
        mentions = []
        for s in surfaces:
            kind = "nominal" if s.startswith("*") else "name"
            s = s.lstrip("*")
            i = text.find(s)
            while i >= 0:
                mentions.append(doc.span(i, i + len(s), kind=kind))
                i = text.find(s, i + len(s))
        mentions.sort(key=lambda m: m.start)
        ents.append(Entity(eid, label, surfaces[0].lstrip("*"), mentions, {"code": eid.upper()}))
    doc.set_layer("entities", ents)
    if quotes is not None:
        doc.set_layer("quotes", quotes)
    if dates is not None:
        doc.set_layer("dates", dates)
    return doc


def events(doc, **settings):
    """The events of ``doc`` by the events component with these settings (``EventsConfig``)."""
    events_stage(**settings)(doc)
    assert doc.check_spans() == []
    return doc.layer("events")


def find(evs, typ, source=None, target=None):
    return [e for e in evs if e.label == typ and (source is None or e.get("source") == source
                                                  or e.get("source_text") == source)
            and (target is None or e.get("target") == target or e.get("target_text") == target)]


RU = ("ru", "LOC", ["روسيا", "موسكو"])
UA = ("ua", "LOC", ["أوكرانيا", "كييف"])
PUTIN = ("putin", "PER", ["بوتين", "*الرئيس الروسي"])


# ---------------------------------------------------------------- lexicon and triggers

def test_curated_lexicon_covers_all_sixteen_plover_types():
    assert set(PLOVER_TYPES) <= LEX.triggers.types()


def test_verb_inflections_reduce_to_the_lexicon_lemma():
    verb_keys = LEX.keys.verb
    assert "هاجم" in verb_keys["هاجمت"]
    assert "هاجم" in verb_keys["سيهاجمون"]
    assert "اتهم" in verb_keys["يتهم"]
    assert "انسحب" in verb_keys["وينسحب"]
    assert verb_keys["سيطرة"] == frozenset()  # a noun in ta marbuta is no verb form


def test_nominal_triggers_with_clitics_and_plurals():
    text = "وتواصلت الاحتجاجات والاشتباكات بعد الغارات الجوية"
    found = {(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)}
    assert ("PROTEST", "الاحتجاجات") in found
    assert ("ASSAULT", "الاشتباكات") in found
    assert ("ASSAULT", "الغارات") in found


def test_passive_marker_min_qibal_is_not_accept():
    text = "فان 5800 شخص خطفوا من قبل التنظيم"
    assert [t.type for t in detect(tokenize(text), LEX)] == ["ASSAULT"]


def test_ceasefire_needs_a_declaring_verb():
    declared = "وأعلنت روسيا وقف إطلاق النار في عيد الفصح"
    assert [t.type for t in detect(tokenize(declared), LEX)] == ["RETREAT"]
    mentioned = "قد يؤدي إلى وقف إطلاق النار"
    assert [t for t in detect(tokenize(mentioned), LEX) if t.type == "RETREAT"] == []


def test_generated_petrarch_lexicon_maps_cameo_codes_to_plover(tmp_path):
    from rasd.train.plover_lexicon import parse_cameo2plover, parse_synsets, parse_verbs

    conv = tmp_path / "c2p.txt"
    conv.write_text("18: ASSAULT\n181: ASSAULT, abduct,  # Abduct\n141: PROTEST, demo, # Demonstrate\n", encoding="utf-8")
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("&CAR\n+سيارة_\n\n####### VERB PATTERNS #######\n--- خطف [181] ---\nخطف    # kidnap\n"
                     "--- نظم [---] ---\nنظم     # organise\n- * مظاهرة [141] # نظم\n- * &CAR [181] # نظم\n", encoding="utf-8")
    rows = parse_verbs(verbs, parse_synsets(verbs), parse_cameo2plover(conv))
    assert ("خطف", "", "ASSAULT", "abduct", "181", "", "", "خطف") in rows
    assert any(r[0] == "نظم" and r[2] == "PROTEST" and r[6] == "مظاهره" for r in rows)
    assert any(r[0] == "نظم" and r[6] == "&CAR" for r in rows)
    assert not any(r[0] == "نظم" and r[6] == "" for r in rows)  # no code of its own


# ---------------------------------------------------------------- source and target

def test_verb_subject_object_order():
    doc = make_doc("واتهمت روسيا أوكرانيا بقصف محطة للطاقة.", [RU, UA])
    evs = events(doc)
    assert find(evs, "ACCUSE", "ru", "ua")


def test_subject_first_clause():
    doc = make_doc("لكن أوكرانيا اتهمت روسيا بانتهاك الهدنة المؤقتة.", [RU, UA])
    assert find(events(doc), "ACCUSE", "ua", "ru")


def test_passive_with_min_qibal_gives_the_source():
    doc = make_doc("وبحسب الحصيلة، فان 5800 شخص خطفوا من قبل التنظيم الذي حول النساء لسبايا.")
    evs = find(events(doc, detector="off"), "ASSAULT")
    assert evs and evs[0].get("source_text") == "التنظيم" and evs[0].get("source") is None
    assert evs[0].get("target_text") == "شخص"


def test_light_verb_and_nominal_attack_on_target_are_one_event():
    doc = make_doc("شنت روسيا هجومًا على طائرة بدون طيار على كييف يوم الأحد.", [RU, UA])
    evs = find(events(doc), "ASSAULT")
    assert len(evs) == 1 and evs[0].text == "شنت" and evs[0].get("source") == "ru"


def test_impose_sanctions_on():
    doc = make_doc("وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا.", [("eu", "ORG", ["الاتحاد الأوروبي"]), RU])
    assert find(events(doc), "SANCTION", "eu", "ru")


def test_nominal_genitive_source():
    doc = make_doc("وقتل مدنيون في غارات للمقاتلات التركية على قرية زركال.",
                   [("tr", "ORG", ["*للمقاتلات التركية"]), ("zarkal", "LOC", ["زركال"])])
    assert find(events(doc), "ASSAULT", "tr")


def test_unnamed_actors_are_kept_as_text():
    doc = make_doc("وهاجم مسلحون مركزا للشرطة في المدينة.")
    # the roles alone: the detector scores this sentence within a hundredth of its threshold
    evs = find(events(doc, detector="off"), "ASSAULT")
    assert evs and evs[0].get("source") is None and evs[0].get("source_text") == "مسلحون"


def test_coordinated_targets_give_one_event_each():
    text = "شكر بوتين الصين والبرازيل على جهودهم للتوسط."
    doc = make_doc(text, [PUTIN, ("cn", "LOC", ["الصين"]), ("br", "LOC", ["البرازيل"])])
    evs = find(events(doc), "SUPPORT", "putin")
    assert {e.get("target") for e in evs} == {"cn", "br"}


def test_actor_codes_are_carried():
    doc = make_doc("كما حثت موسكو الولايات المتحدة على إدراك سيطرة روسيا.", [RU, ("us", "LOC", ["الولايات المتحدة"])])
    ev = find(events(doc), "REQUEST", "ru", "us")[0]
    assert ev.get("source_code") == "RU" and ev.get("target_code") == "US"


# ---------------------------------------------------------------- modes and context

def test_negated_events_are_dropped_unless_asked_for():
    text = "ولم تهاجم روسيا أوكرانيا أمس."
    assert find(events(make_doc(text, [RU, UA])), "ASSAULT") == []
    evs = find(events(make_doc(text, [RU, UA]), keep_negated=True), "ASSAULT")
    assert evs and evs[0].get("context") == "negated"


def test_future_verb_is_marked_future():
    doc = make_doc("وقال إنه سيتحدث بوتين إلى الرئيس التركي أردوغان.", [PUTIN, ("erdogan", "PER", ["*الرئيس التركي", "أردوغان"])])
    evs = find(events(doc), "CONSULT", "putin")
    assert evs and evs[0].get("context") == "future"


def test_conditional_is_marked():
    doc = make_doc("وإذا هاجمت روسيا كييف فإن الرد سيكون قاسيا.", [RU, UA])
    evs = find(events(doc), "ASSAULT", "ru")
    assert evs and evs[0].get("context") == "conditional"


def test_ceasefire_mode_under_retreat():
    doc = make_doc("أعلنت روسيا وقف إطلاق النار في عيد الفصح.", [RU])
    evs = find(events(doc), "RETREAT", "ru")
    assert evs and evs[0].get("mode") == "ceasefire"


def test_phone_call_mode_under_consult():
    doc = make_doc("واتصل بوتين هاتفيا بالرئيس التركي.", [PUTIN, ("erdogan", "PER", ["*الرئيس التركي"])])
    evs = find(events(doc), "CONSULT", "putin")
    assert evs and evs[0].get("mode") == "phone"


def test_future_support_is_coded_agree():
    doc = make_doc("والولايات المتحدة ستقدم دعماً للمعارضة.", [("us", "LOC", ["الولايات المتحدة"])])
    evs = events(doc)
    assert find(evs, "AGREE", "us") and not find(evs, "AID")


# ---------------------------------------------------------------- reported acts

def test_reported_attack_is_an_accusation_by_the_speaker_and_a_claimed_attack():
    text = "وقال بوتين إن أوكرانيا هاجمت روسيا بطائرات مسيرة."
    doc = make_doc(text, [PUTIN, RU, UA])
    evs = events(doc)
    assert find(evs, "ACCUSE", "putin", "ua")
    attack = find(evs, "ASSAULT", "ua", "ru")
    assert attack and attack[0].get("context") == "claimed"


def test_reported_attack_through_the_quotes_layer():
    text = "وقال بوتين إن أوكرانيا هاجمت روسيا بطائرات مسيرة."
    doc = make_doc(text, [PUTIN, RU, UA])
    i = text.index("أوكرانيا")
    doc.set_layer("quotes", [doc.span(i, len(text) - 1, "indirect", speaker="putin", speaker_text="بوتين")])
    evs = events(doc)
    assert find(evs, "ACCUSE", "putin", "ua") and find(evs, "ASSAULT", "ua", "ru")


def test_first_person_verb_in_a_quote_is_the_speaker():
    text = "وقال بوتين «نقترح أن يستأنف كييف المفاوضات المباشرة»."
    doc = make_doc(text, [PUTIN, UA])
    q0, q1 = text.index("«"), text.index("»") + 1
    doc.set_layer("quotes", [doc.span(q0, q1, "direct", speaker="putin", speaker_text="بوتين")])
    assert find(events(doc), "AGREE", "putin")


# ---------------------------------------------------------------- place, date, counts

def test_place_with_a_direction_word():
    doc = make_doc("وقصفت المقاتلات التركية مواقع في شمال العراق.", [("iq", "LOC", ["العراق"])])
    # the place rule, not the sentence detector (whose retrained ASSAULT threshold this short
    # sentence with a described doer falls just under)
    ev = find(events(doc, detector="off"), "ASSAULT")[0]
    assert ev.get("location") == "iq" and ev.get("location_text") == "شمال العراق"


def test_place_after_fi():
    doc = make_doc("واجتمع لافروف مع مشعل في موسكو.", [("lavrov", "PER", ["لافروف"]), ("meshaal", "PER", ["مشعل"]), RU])
    ev = find(events(doc), "CONSULT", "lavrov", "meshaal")[0]
    assert ev.get("location") == "ru"


def test_date_from_the_sentence_else_publication_date():
    text = "شنت روسيا هجوما على كييف يوم الأحد.\nواتهمت أوكرانيا روسيا بالهجوم."
    doc = make_doc(text, [RU, UA])
    i = text.index("يوم الأحد")
    doc.set_layer("dates", [doc.span(i, i + len("يوم الأحد"), "date", value="2025-05-11")])
    evs = events(doc)
    a = find(evs, "ASSAULT", "ru")[0]
    assert a.get("date") == "2025-05-11" and a.get("date_source") == "text"
    acc = find(evs, "ACCUSE", "ua")[0]
    assert acc.get("date") == "2025-05-11" and acc.get("date_source") == "published"


def test_missing_layers_are_treated_as_empty():
    doc = Document("هاجم مسلحون مركزا للشرطة.", meta={"published": "2015-08-03"})
    events_stage(detector="off")(doc)
    assert [e.label for e in doc.layer("events")] == ["ASSAULT"]


# ---------------------------------------------------------------- the founding example

@pytest.fixture(scope="module")
def istanbul_doc():
    from rasd.errors import PipelineError
    from rasd.pipeline import Pipeline

    try:
        pipe = Pipeline(stages=["normalize", "sentences", "tokens", "boilerplate", "gazetteer", "entities",
                                "quotes", "dates", "events"])
        pipe.warm()
    except PipelineError as exc:
        pytest.skip(f"pipeline not complete: {exc}")
    doc = Document(dev_text("istanbul-talks"), id="istanbul-talks", meta={"published": "2025-05-11"})
    return pipe(doc)


def _names(doc, ev, role):
    ent = doc.entity(ev.get(role))
    names = {ev.get(f"{role}_text") or ""}
    if ent:
        names |= {m.text for m in ent.mentions} | {ent.name}
    return names


def test_founding_example_putin_accuses_ukraine_of_the_reported_attack(istanbul_doc):
    evs = istanbul_doc.layer("events")
    acc = [e for e in evs if e.label == "ACCUSE" and e.text == "هاجم"]
    assert acc and "بوتين" in _names(istanbul_doc, acc[0], "source") and "أوكرانيا" in _names(istanbul_doc, acc[0], "target")
    att = [e for e in evs if e.label == "ASSAULT" and e.text == "هاجم"]
    assert att and att[0].get("context") == "claimed" and "روسيا" in _names(istanbul_doc, att[0], "target")


def test_founding_example_russian_drone_attack_and_requests(istanbul_doc):
    evs = istanbul_doc.layer("events")
    att = [e for e in evs if e.label == "ASSAULT" and e.text == "شنت"]
    assert att and "روسيا" in _names(istanbul_doc, att[0], "source") and "كييف" in _names(istanbul_doc, att[0], "target")
    req = [e for e in evs if e.label == "REQUEST" and e.text == "حثت"]
    assert req and "الولايات المتحدة" in _names(istanbul_doc, req[0], "target")
    thanks = [e for e in evs if e.label == "SUPPORT" and e.text == "شكر"]
    assert {"الصين", "البرازيل"} <= {n for e in thanks for n in _names(istanbul_doc, e, "target")}


def test_evaluation_split_is_stable_and_holds_out_about_thirty_percent():
    from rasd.eval.events import split_of

    ids = [f"AAW_ARB_2008{i:04d}-1" for i in range(2000)]
    share = sum(split_of(i) == "test" for i in ids) / len(ids)
    assert 0.25 < share < 0.35
    assert split_of("AAW_ARB_20071026.0026-2") == split_of("AAW_ARB_20071026.0026-2")


def test_detector_ranks_reported_events_above_general_mentions():
    det, features = events_stage().detector, events_stage().features

    def p(typ, text):
        return det.prob(typ, features(tokenize(text), version=det.version(typ), typ=typ))

    attack = ("على الرغم من عرض بوتين لمحادثات السلام ، شنت روسيا هجومًا على طائرة بدون طيار على كييف "
              "وأجزاء أخرى من أوكرانيا يوم الأحد ، مما أدى إلى إصابة شخص واحد")
    rhetoric = "فهل يجوز تبرير القتل والاغتيال السياسي وإعادة فتح الباب أمام هذا النوع من الاجرام في لبنان؟»"
    assert p("ASSAULT", attack) > p("ASSAULT", rhetoric)
    # build-split sentences (openeventdata PROTEST, dev split): a reported rally, protests in general
    rally = ("كما خرج مساء أول من امس مئات من المتظاهرين تدعمهم الأحزاب المعارضة احتجاجا على تعامل الحكومة "
             "مع هذه الحرائق.")
    general = "شوارعها موطئ أقدام مظاهرات «إسلاميين» من كل اتجاه، تطالب بإطلاق سراح امرأتين"
    assert p("PROTEST", rally) > p("PROTEST", general)
    assert p("PROTEST", rally) > p("ASSAULT", rally)


def test_veto_mode_drops_triggers_the_detector_rejects():
    doc = make_doc("فهل يجوز تبرير القتل والاغتيال السياسي وإعادة فتح الباب أمام هذا النوع من الاجرام في لبنان؟")
    assert find(events(doc, require_source=False, detector="off"), "ASSAULT")
    doc = make_doc("فهل يجوز تبرير القتل والاغتيال السياسي وإعادة فتح الباب أمام هذا النوع من الاجرام في لبنان؟")
    assert not find(events(doc, require_source=False, detector="veto"), "ASSAULT")


# ---------------------------------------------------------------- bare noun phrases as arguments
# Sentences from the build (70%) split of the openeventdata ASSAULT/PROTEST span records; run with
# no entity layer, so that the noun phrase rules alone find the arguments.

def _roles(text, typ):
    evs = find(events(make_doc(text), require_source=False, detector="off"), typ)
    return [(e.get("source_text") or "", e.get("target_text") or "") for e in evs]


def test_verb_subject_object_with_a_bare_noun_subject():
    roles = _roles("ومنذ عمليات الخطف الاخيرة في السابع من ديسمبر فجرت الجبهة ثلاث سيارات ملغومة في المدينة الرئيسية بالدلتا.",
                   "ASSAULT")
    assert any(s == "الجبهة" and "سيارات" in t for s, t in roles)


def test_number_after_the_verb_is_its_object_not_its_subject():
    roles = _roles("وفي آخر هجوم سقطت صواريخ في 31 اكتوبر على منطقتي شمال وجنوب وزيرستان فقتلت 32 متمردا حسب مسؤولين باكستانيين.",
                   "ASSAULT")
    assert any("متمردا" in t for _s, t in roles)
    assert not any("متمردا" in s for s, _t in roles)


def test_bare_noun_subject_before_the_verb_in_an_an_clause():
    roles = _roles("واضاف ان «الانتحاريين فجرا نفسيهما قرب القوة المداهمة لاحد المنازل.", "ASSAULT")
    assert any(s == "الانتحاريين" for s, _t in roles)


def test_genitive_of_an_assassination_is_its_target():
    roles = _roles("ـ 13 يونيو (حزيران) 2007: اغتيال النائب وليد عيدو، عضو كتلة «المستقبل» النيابية بانفجار سيارة مفخخة في بيروت.",
                   "ASSAULT")
    assert any(t.startswith("النائب") for _s, t in roles)


def test_subjected_to_an_attack_makes_its_subject_the_target():
    roles = _roles("أصيب سفير بولندا أمس عندما تعرضت قافلته الدبلوماسية لهجوم بعدة قنابل في وسط بغداد.", "ASSAULT")
    assert any(t.startswith("قافلته") for _s, t in roles)


def test_casualties_before_the_attack_are_its_target():
    roles = _roles("واعلنت مصادر امنية مقتل جندي أفغاني امس واصابة اربعة اخرين في هجوم انتحاري.", "ASSAULT")
    assert any(t.startswith("جندي") for _s, t in roles)


def test_what_a_protest_is_against():
    roles = _roles("وحمل المتظاهرون لافتات ورددوا الهتافات المناهضة لايران.", "PROTEST")
    assert any(s == "المتظاهرون" and t == "ايران" for s, t in roles)


def test_a_bare_noun_phrase_is_no_actor_for_a_coded_event():
    # the words stay as the event's source text, but no actor (entity) is made of them; an event
    # needs a named doer only when sources are required
    text = "ومنذ عمليات الخطف الاخيرة في السابع من ديسمبر فجرت الجبهة ثلاث سيارات ملغومة في المدينة الرئيسية بالدلتا."
    evs = find(events(make_doc(text), detector="off"), "ASSAULT", source="الجبهة")
    assert evs and all(e.get("source") is None for e in evs)
    assert not find(events(make_doc(text), detector="off", require_source=True), "ASSAULT", source="الجبهة")


# ---------------------------------------------------------------- cost on long sentences

def test_argument_search_is_cut_around_the_trigger():
    from rasd.events.arguments import CLAUSE_REACH, clause_bounds

    toks = tokenize(" ".join(["كلمة"] * 500))
    lo, hi = clause_bounds(toks, 250, 250)
    assert (lo, hi) == (250 - CLAUSE_REACH, 250 + CLAUSE_REACH)
    assert clause_bounds(toks, 3, 3)[0] == 0


def test_indexed_mentions_give_the_same_actors_as_a_scan():
    from rasd.events.arguments import actors_near, mention_index, sentence_actors

    doc = make_doc("شنت روسيا هجوما على أوكرانيا وقال بوتين إن موسكو سترد.", [RU, UA, PUTIN])
    toks = doc.tokens
    a = sentence_actors(doc, toks, LEX)
    b = sentence_actors(doc, toks, LEX, mention_index(doc))
    assert [(x.first, x.last, x.entity) for x in a] == [(x.first, x.last, x.entity) for x in b]
    assert {x.entity for x in a} == {"ru", "ua", "putin"}
    assert actors_near(a, 0, 0, reach=2) == [x for x in a if x.first <= 2]


def test_run_on_sentence_events_match_those_of_its_parts():
    # a 2,000-word sentence with no punctuation: the events found are those of its repeated part
    part = "وقال مسؤول إن مسلحين هاجموا مركزا للشرطة في مدينة الموصل وقتلوا خمسة أشخاص "
    one = [(e.label, e.get("source_text"), e.get("target_text"))
           for e in events(make_doc(part.strip() + "."), require_source=False, detector="off",
                           dedupe=False)]
    long_doc = make_doc((part * (2000 // len(part.split()))).strip())
    many = {(e.label, e.get("source_text"), e.get("target_text"))
            for e in events(long_doc, require_source=False, detector="off", dedupe=False)}
    assert set(one) <= many


def test_light_verb_with_a_pronoun_after_a_nominal_attack_names_its_doer():
    roles = _roles("كما تزامن مع غارة جوية شنتها طائرة اميركية بدون طيار على الارجح فجر امس واسفرت عن سقوط 12 قتيلا.",
                   "ASSAULT")
    assert any(s.startswith("طائرة") for s, _t in roles)


def test_casualty_counts_are_attached_to_an_attack():
    doc = make_doc("وقال مسؤول إن مسلحين هاجموا مركزا للشرطة في الموصل وقتلوا خمسة أشخاص.")
    evs = find(events(doc, detector="off"), "ASSAULT", source="مسلحين")
    assert evs and evs[0].get("killed") == 5


def test_casualties_after_the_attack_are_its_target():
    roles = _roles("وأدى هجوم انتحاري بسيارة مفخخة في ابريل (نيسان) الماضي الى مقتل 71 شخصا وإصابة 178 بينهم نساء وأطفال.",
                   "ASSAULT")
    assert any(t.startswith("شخصا") for _s, t in roles)


def test_protesters_are_the_source_over_the_police_nearby():
    roles = _roles("وعلى مرأى من القوى الأمنية، تجمع نحو مائة متظاهر مساء في وسط سيدني، داعين الى وقف الحرب في العراق.",
                   "PROTEST")
    assert roles and all("متظاهر" in s for s, _t in roles)


def test_argument_measure_reads_every_annotator_tuple():
    from rasd.eval.events import gold_tuples

    rec = {"spans": [{"source_actor": [], "verb": ["قتل"], "target_actor": ["شخصا"]},
                     {"source_actor": ["جنود", "«", "المارينز"], "verb": ["بقتل"], "target_actor": ["المدنيين"]},
                     {"source_actor": [], "verb": ["وقتل"], "target_actor": []}],
           "source_gold": "", "target_gold": ""}
    tuples = gold_tuples(rec)
    assert len(tuples) == 2  # the tuple with neither role is no gold
    assert tuples[0] == (set(), {"شخصا"})  # a victim-only tuple: only the target is asked for
    assert {"جنود", "مارينز"} <= tuples[1][0]  # words, clitic-free; the guillemet is no word


def test_an_attack_on_an_agreement_is_criticism_not_assault():
    import rasd
    text = "وبدأ متشددون في البرلمان الإيراني والمؤسسة الأمنية الهجوم على الاتفاق بعد أيام من توقيعه."
    assert not [e for e in rasd.analyze(text, published="2015-08-01").layer("events") if e.label == "ASSAULT"]
    text = "وشنت القوات التركية هجوما على قرية في شمال العراق."
    assert [e.label for e in rasd.analyze(text, published="2015-08-01").layer("events")] == ["ASSAULT"]


# --- speed shortcuts (issue 8): the letter filters and the shared normalised tokens must give the
# answers of the full computation they spare

def _dev_tokens():
    from conftest import DEV_NAMES

    for name in DEV_NAMES:
        yield from tokenize(dev_text(name))


def test_letter_filter_passes_every_dev_word_that_has_a_lexicon_entry_and_rejects_common_words():
    from rasd.text.normalize import normalize

    has_entry, may_have_entry = LEX.triggers.has_entry, LEX.triggers.may_have_entry
    with_entry = 0
    for t in list(_dev_tokens()) + tokenize("يتهم سيهاجمون هجمته والهجمات ليهاجموها تنسحب"):
        if has_entry[LEX.keys.token(t.text, t.attrs.get("kind") == "ar")]:
            with_entry += 1
            assert may_have_entry[normalize(t.text)], t.text
    assert with_entry > 50  # the dev articles are full of triggers: the check is not vacuous
    for word in ("السعودية", "الحكومة", "المدينة", "اليوم"):
        assert not may_have_entry[normalize(word)], word  # the filter does spare work


def test_context_word_search_finds_every_dev_token_that_a_lexicon_word_group_matches():
    groups = set(LEX.triggers.groups())
    keys = {LEX.keys.token(t.text, t.attrs.get("kind") == "ar") for t in _dev_tokens()}
    hits = 0
    for alts in groups:
        search = LEX.triggers.group_search(alts)
        for nk, vk, raw in keys:
            if alts & nk or alts & vk or raw in alts:
                hits += 1
                assert search(raw), (sorted(alts), raw)
    assert hits > 20


def test_detect_gives_the_same_triggers_with_the_documents_normalised_tokens():
    from conftest import DEV_NAMES
    from rasd.events.modes import context_of, mode_of
    from rasd.text.tokens import token_keys

    compared = 0
    for name in DEV_NAMES:
        doc = make_doc(dev_text(name))
        keys = token_keys(doc)
        starts = [t.start for t in doc.tokens]
        for s in doc.sentences:
            a = next((k for k, x in enumerate(starts) if x >= s.start), len(starts))
            b = next((k for k, x in enumerate(starts) if x >= s.end), len(starts))
            toks = doc.tokens[a:b]
            found = detect(toks, LEX, norm=keys[a:b])
            assert found == detect(toks, LEX)
            for trig in found:
                compared += 1
                assert context_of(trig, toks, LEX, keys[a:b]) == context_of(trig, toks, LEX)
                assert mode_of(trig, toks, LEX, keys[a:b]) == mode_of(trig, toks, LEX)
    assert compared > 50


def test_imperfect_verb_and_pronoun_noun_reach_their_entries_through_the_letter_filter():
    found = detect(tokenize("يتهم الجيش المتمردين بقصف المدينة، وقالت الحكومة إن هجمته كانت متوقعة"), LEX)
    assert [(t.type, t.form) for t in found] == [("ACCUSE", "اتهم"), ("ASSAULT", "قصف"), ("ASSAULT", "هجم")]


def test_a_token_running_past_its_sentence_end_is_left_out_and_the_sentence_still_gets_its_events():
    from rasd.events.stage import _sentences, _tokens_by_sentence

    text = "هاجم الجيش المدينة أمس. واتهمت الحكومة المعارضة بالتحريض."
    doc = make_doc(text, entities=[("army", "ORG", ["الجيش"]), ("gov", "ORG", ["الحكومة"]),
                                   ("opp", "ORG", ["المعارضة"])])
    cut = text.index("أمس") + 2  # a hand-made sentence layer ending inside the word أمس
    doc.set_layer("sentences", [doc.span(0, cut, "sentence"), doc.span(cut, len(text), "sentence")])
    tokens, norms = _tokens_by_sentence(doc, _sentences(doc))
    assert "أمس" not in [t.text for t in tokens[0]] and norms[0] is None
    assert norms[1] is not None and len(norms[1]) == len(tokens[1])
    events_stage()(doc)
    assert ("ASSAULT", "army") in {(e.label, e.get("source")) for e in doc.layer("events")}


# ---------------------------------------------------------------- protesters as the doers of other acts

def _trigger_types(text):
    return [(t.type, text[t.start:t.end]) for t in detect(tokenize(text), LEX)]


def test_protesters_attacking_is_a_protest_by_the_protesters():
    # openeventdata PROTEST span record (build split): the annotators' source is المتظاهرون
    text = "وهاجم المتظاهرون محافظ العاصمة سعد الوادي المناصير."
    assert _trigger_types(text) == [("PROTEST", "هاجم")]
    evs = find(events(make_doc(text), detector="off"), "PROTEST")
    assert evs and evs[0].get("source_text") == "المتظاهرون"


def test_police_attacking_protesters_stays_an_assault():
    # the protesters are the object (oblique -ين), not the subject: no protest by them
    assert _trigger_types("وهاجمت الشرطة المتظاهرين في وسط المدينة.") == [("ASSAULT", "هاجمت")]
    assert _trigger_types("وهاجمت الشرطة مئات المتظاهرين في وسط المدينة.") == [("ASSAULT", "هاجمت")]


def test_counted_protesters_right_after_the_verb_are_its_subject():
    text = "وألقى عشرات المتظاهرين الحجارة على جرافات اسرائيلية تشارك في بناء جزء من الجدار."
    assert _trigger_types(text)[0] == ("PROTEST", "ألقى")


def test_clashes_with_protesters_are_a_riot():
    text = "شهدت ضواحي أثينا مواجهات جديدة بين الشرطة والمتظاهرين من الطلاب."
    evs = find(events(make_doc(text), require_source=False, detector="off"), "PROTEST")
    assert evs and evs[0].text == "مواجهات" and evs[0].get("mode") == "riot"


def _lexicon_of(curated: str):
    """The events lexicon with ``curated`` as its curated.tsv."""
    from rasd.events.lexicon import load_lexicon
    from rasd.resources import Resources

    return load_lexicon(Resources.default().with_data({"events/curated.tsv": curated}))


def test_next_word_condition_of_the_curated_lexicon():
    lex = _lexicon_of("رفع\tPROTEST\tdemo\tv\t\t+المتظاهرون\n")
    assert [t.type for t in detect(tokenize("ورفع المتظاهرون لافتات."), lex)] == ["PROTEST"]
    assert detect(tokenize("ورفع أمس المتظاهرون لافتات."), lex) == []
    # +a|b in the "before" column: the word just before
    lex = _lexicon_of("احتلال\tCOERCE\tseize\tn\n" "احتلال\t-\t\tn\t+قوات\n")
    assert detect(tokenize("قتلت قوات الاحتلال شابا."), lex) == []
    assert [t.type for t in detect(tokenize("طالب بإنهاء الاحتلال."), lex)] == ["COERCE"]


# ---------------------------------------------------------------- other assault forms

def test_drone_is_not_a_negation():
    # "بدون" in طائرة بدون طيار names the aircraft; it does not negate the strike
    text = "وقامت طائرة بدون طيار بإطلاق صاروخ على سيارة تقل ثلاثة من نشطاء سرايا القدس."
    # the negation rule, not the sentence detector (this sentence scores just under its threshold)
    evs = find(events(make_doc(text), require_source=False, detector="off"), "ASSAULT")
    assert evs and evs[0].get("context") is None


def test_defective_verb_without_its_last_letter():
    assert _trigger_types("واعتدت قوة من الشرطة على المصلين.")[0] == ("ASSAULT", "اعتدت")


def test_usurping_power_is_no_assault():
    assert [t for t, _ in _trigger_types("واتهمت المعارضة الجيش باغتصاب السلطة.") if t == "ASSAULT"] == []
    assert ("ASSAULT", "باغتصابها") in _trigger_types("وصفت الطفلة كيف قام عشرة جنود باغتصابها في حقل.")


def test_a_trigger_word_inside_a_name_is_no_event():
    # طالبان was read as the dual of طالب ("they two demanded"); as the Taliban's name it is no
    # REQUEST, and the attack after it is no longer taken for that request's object
    text = "فيما تبنت حركة طالبان أمس مسؤوليتها عن الهجوم على القوات الأجنبية."
    evs = events(make_doc(text, [("taliban", "ORG", ["طالبان"])]))
    assert find(evs, "REQUEST") == []
    assert find(evs, "ASSAULT", source="taliban")
    # since round 17 the word is no trigger even without the entity (ان is a suffix of the
    # imperfect only, and طالبان has no imperfect prefix: tests/test_events_diplomacy_force.py)
    assert ("REQUEST", "طالبان") not in _trigger_types(text)
    # a name whose word is still a trigger alone (العفو "amnesty", CONCEDE): the name is what
    # stops it (alyaum 2015-08-02)
    text = "وقبل اعدام الهاشمي، افادت منظمة العفو الدولية العام الماضي ان 12 شخصا اعدموا في الامارات منذ العام 1997."
    assert ("CONCEDE", "العفو") in _trigger_types(text)
    assert find(events(make_doc(text, [("amnesty", "ORG", ["منظمة العفو الدولية"])]), detector="off"), "CONCEDE") == []
    assert find(events(make_doc(text, []), detector="off"), "CONCEDE")


def test_killing_takes_the_doer_of_the_attack_it_happened_in():
    from rasd.eval.events import analyse

    # the whole pipeline, as the argument measure runs it; one event, not a second one whose
    # target is its own source (التنظيم inside مقاتلو التنظيم)
    text = "قتل 12 شرطيا خلال هجوم شنه مقاتلو التنظيم على مركز أمني."
    killed = [e for e in analyse(text, detector=False).layer("events") if e.text == "قتل"]
    assert [(e.get("source_text"), e.get("target_text")) for e in killed] == [("مقاتلو التنظيم", "12 شرطيا")]


def test_ala_aydi_names_the_doer_not_the_target():
    text = "وتعرض قيادي في حركة حماس الثلاثاء للخطف على ايدي مسلحين في رام الله."
    evs = find(events(make_doc(text, [("hamas", "ORG", ["حماس"])]), detector="off"), "ASSAULT")
    assert evs and evs[0].get("source_text") == "مسلحين" and evs[0].get("target_text") != "ايدي"
    assert find(events(make_doc(text, [("hamas", "ORG", ["حماس"])]), detector="off"), "SUPPORT") == []  # أيدي is not أيّد


def test_victims_before_the_attack_that_killed_them_are_the_target():
    from rasd.eval.events import analyse

    for text, doer, victims in (("قتل ثلاثة مدنيين أمس في غارة شنتها طائرات التحالف على قرية في شمال البلاد.",
                                 "طائرات التحالف", "مدنيين"),
                                ("وقتل جنديان في هجوم نفذه مسلحون على حاجز للجيش.", "مسلحون", "جنديان")):
        killed = [e for e in analyse(text, detector=False).layer("events") if e.text == "قتل"]
        assert killed and killed[0].get("source_text") == doer and victims in killed[0].get("target_text")


# ---------------------------------------------------------------- words that are no act (sentences written for the test)

@pytest.mark.parametrize("text, typ", [
    ("وأكد الوزير استمرار الحكومة في دعم المواطنين المتضررين.", "AID"),       # verbal noun after في
    ("وقال إن المشروع علامة بارزة في مسيرة التنمية التي شهدتها البلاد.", "PROTEST"),  # a journey, no march
    ("وانتشرت قوات مكافحة الشغب حول الملعب قبل المباراة.", "PROTEST"),         # riot police
    ("وحقق الفريق فوزه الثالث على التوالي في البطولة.", "ACCUSE"),            # achieved, not investigated
    ("وقال إن النمو الذي تحققت أرقامه في العام الماضي فاق التوقعات.", "ACCUSE"),  # form V past, not حقق
    ("وارتفع الطلب على القروض العقارية بأكثر من عشرة في المئة.", "REQUEST"),  # market demand
    ("وخطف الفريق فوزا ثمينا من مضيفه في الدقائق الأخيرة.", "ASSAULT"),        # snatched a win
    ("وتسعى المنظمة إلى حشد التمويل لمشاريع الطاقة في الدول الفقيرة.", "MOBILIZE"),  # raising funds
    ("وتناول اللقاء الأوضاع في المنطقة، ودعم جهود الاستقرار فيها.", "AID"),      # bare دعم: the noun
    ("واعتقلت قوات الجيش فجر الأحد ثلاثة ناشطين.", "ASSAULT"),                   # at dawn
    ("وأصيب شاب برصاص قوات الاحتلال قرب الحاجز.", "COERCE"),                    # the occupying forces
    ("وتقع البلدة في المناطق التي يسيطر عليها التنظيم.", "COERCE"),              # control, a state
    ("وسجل اللاعب هدفين، ويلتقي الفريق بعد غد مع منافسه في نصف النهائي.", "CONSULT"),  # a match
])
def test_everyday_uses_of_trigger_words_are_no_event(text, typ):
    assert [t for t, _ in _trigger_types(text) if t == typ] == []


@pytest.mark.parametrize("text, typ, word", [
    ("ودعمت الحكومة المزارعين بقروض ميسرة.", "AID", "ودعمت"),
    ("ويدعم الاتحاد الأوروبي الحكومة بمساعدات مالية.", "AID", "ويدعم"),
    ("وشارك آلاف الطلاب في مسيرة حاشدة تطالب بالإصلاح.", "PROTEST", "مسيرة"),
    ("وحققت الشرطة في الحادث مع ثلاثة موظفين.", "ACCUSE", "وحققت"),
    ("واتهمت الحكومة المعارضة بالتحريض.", "ACCUSE", "واتهمت"),
    ("وخطف مسلحون ثلاثة صحافيين قرب الحدود.", "ASSAULT", "وخطف"),
    ("وحشدت روسيا عشرات الآلاف من الجنود قرب الحدود.", "MOBILIZE", "وحشدت"),
    ("وفتحت النيابة تحقيقا في الحادث.", "ACCUSE", "تحقيقا"),
    ("وفجر مسلحون عبوة ناسفة قرب دورية للشرطة.", "ASSAULT", "وفجر"),
    ("وسيطر المسلحون على المدينة أمس.", "COERCE", "سيطر"),
    ("ويلتقي وزير الخارجية نظيره الروسي في موسكو غدا.", "CONSULT", "ويلتقي"),
])
def test_the_same_words_as_acts_are_still_triggers(text, typ, word):
    assert any(t == typ and w.endswith(word.lstrip("و")) for t, w in _trigger_types(text)), _trigger_types(text)


# ---------------------------------------------------------------- reports of killings (sentences written for the test)

def _events_of(text):
    from rasd.eval.events import analyse

    return [(e.label, e.text, e.get("source_text"), e.get("target_text")) for e in analyse(text, detector=False).layer("events")]


def test_a_killed_subject_with_nothing_after_the_verb_is_the_victim_not_the_killer():
    evs = _events_of("وقال متحدث باسم وزارة الدفاع في بيان إن القيادي محسن الفضلي قتل في غارة الشهر الماضي.")
    killed = [e for e in evs if e[1] == "قتل"]
    assert killed and killed[0][2] != "محسن الفضلي" and "الفضلي" in (killed[0][3] or "")
    # the spokesman reported a death: he is neither its doer nor accusing the dead man
    assert not [e for e in evs if e[0] == "ACCUSE"]
    # with an object after it the verb stays active
    evs = _events_of("وقال المتحدث إن الجيش قتل خمسة مسلحين في المعارك.")
    assert ("ASSAULT", "قتل", "الجيش", "خمسة مسلحين") in evs


def test_an_armed_attack_names_no_armed_men():
    evs = _events_of("وشن الحوثيون هجوما مسلحا على مواقع المقاومة جنوب المدينة.")
    assert all(e[2] != "مسلحا" and e[3] != "مسلحا" for e in evs), evs


def test_news_media_and_unnamed_sources_report_attacks_without_accusing():
    doc = make_doc("وذكرت وكالة رويترز أن مسلحين هاجموا مركزا للشرطة في المدينة.",
                   [("reuters", "ORG", ["وكالة رويترز"])],
                   quotes=None)
    doc.entities[0].attrs["code"] = "GBRMED"
    assert find(events(doc), "ACCUSE") == []
    doc = make_doc("وقال بوتين إن أوكرانيا هاجمت روسيا أمس.", [PUTIN, RU, UA])
    assert find(events(doc), "ACCUSE", source="putin", target="ua")


def test_the_subject_between_a_verb_and_its_last_word_is_the_doer():
    # أطلق مسلحون النار: the entry is أطلق … النار; the armed men between its words fired
    evs = _events_of("وأطلق مسلحون مجهولون النار على دورية للشرطة في بغداد.")
    fired = [e for e in evs if e[0] == "ASSAULT"]
    assert fired and fired[0][1] == "أطلق" and fired[0][2] == "مسلحون مجهولون", evs
    evs = _events_of("اطلقت هذه المجموعة النار على الجنود.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == ["هذه المجموعة"], evs
    # with nothing between, the trigger is both words
    assert [e[1] for e in _events_of("وأطلق النار على المحتجين.") if e[0] == "ASSAULT"] == ["أطلق النار"]


# ---------------------------------------------------------------- the component, its data and its records

def test_an_event_record_writes_the_attributes_of_the_contract_in_order():
    from rasd.events.types import ActorRef, Event
    from rasd.ontology import EVENT_COUNTS, EVENT_FIELDS

    doc = Document("هاجم مسلحون القرية.")
    ev = Event("ASSAULT", 0, 4, ActorRef(None, "مسلحون", None), ActorRef("e1", "القرية", "IRQ"), "targeted", None,
               "2015-08-03", "published", None, None, 0, (("injured", 4), ("killed", 2)), None, 0.8)
    span = ev.to_span(doc)
    assert span.text == "هاجم" and span.label == "ASSAULT"
    attrs = list(span.attrs)
    # EVENT_FIELDS' order, the counts before "sentence" in the order the sentence gives them (as
    # the output has always had them)
    fields = [f for f in EVENT_FIELDS if f not in ("type", "trigger", "reported_type", "parties") and f not in EVENT_COUNTS]
    assert [a for a in attrs if a not in EVENT_COUNTS] == fields
    assert attrs[attrs.index("sentence") - 2:attrs.index("sentence")] == ["injured", "killed"]
    assert span.get("target_code") == "IRQ" and span.get("source") is None and span.get("confidence") == 0.8
    accusation = Event("ACCUSE", 0, 4, ActorRef("e2", "بوتين", "RUSGOV"), ActorRef(None, "مسلحون", None), "allege",
                       None, None, "published", None, None, 0, reported_type="ASSAULT").to_span(doc)
    assert list(accusation.attrs)[-2:] == ["sentence", "reported_type"] and "confidence" not in accusation.attrs


def test_two_events_stages_with_different_settings_live_in_one_process():
    text = "ولم تهاجم روسيا أوكرانيا أمس."
    assert find(events(make_doc(text, [RU, UA])), "ASSAULT") == []
    assert find(events(make_doc(text, [RU, UA]), keep_negated=True), "ASSAULT")
    assert find(events(make_doc(text, [RU, UA])), "ASSAULT") == []


def test_the_generated_petrarch_lexicon_is_a_setting_and_the_models_refuse_it():
    from rasd.errors import ModelError
    from rasd.events.lexicon import load_lexicon
    from rasd.events.stage import EventsConfig, EventsStage
    from rasd.resources import Resources

    res = Resources.default()
    with_petrarch = load_lexicon(res, petrarch=True)
    assert len(with_petrarch.triggers.verbs) > len(LEX.triggers.verbs)
    assert load_lexicon(res) is LEX  # one lexicon per data and settings
    # the shipped models were trained without it: their features would not be the ones they know
    with pytest.raises(ModelError, match="petrarch_patterns=False"):
        EventsStage(EventsConfig(petrarch_patterns=True), res)
    stage = EventsStage(EventsConfig(petrarch_patterns=True, detector="off"), res)
    with pytest.raises(ModelError, match="event argument model"):
        stage(make_doc("وهاجم مسلحون مركزا للشرطة في المدينة."))


def _with_word_classes(edit):
    from rasd.resources import Resources

    res = Resources.default()
    return res.with_data({"events/wordclasses.tsv": edit(res.text("events", "wordclasses.tsv"))})


def test_a_missing_word_class_is_a_model_error_naming_it():
    from rasd.errors import ModelError
    from rasd.events.lexicon import load_lexicon

    res = _with_word_classes(lambda t: "\n".join(l for l in t.splitlines() if not l.startswith("light_verbs\t")))
    with pytest.raises(ModelError, match="'light_verbs' is not in events/wordclasses.tsv"):
        load_lexicon(res)


def test_the_verbs_of_saying_come_from_the_quotes_list():
    from rasd.errors import ModelError
    from rasd.events.lexicon import load_lexicon

    # a form of the events' own class must be a reporting verb of quotes/reporting_verbs.tsv
    res = _with_word_classes(lambda t: t + "reported_speech_verbs\tغرد\t\n")
    with pytest.raises(ModelError, match="quotes/reporting_verbs.tsv.*غرد"):
        load_lexicon(res)
    assert LEX.words.reported_speech_verbs and LEX.words.ranker_speech_verbs


def test_word_classes_are_edited_in_the_file_not_the_code():
    # a verb of denial added to the file makes the event negated (sentence written for the test)
    from rasd.events.lexicon import load_lexicon
    from rasd.events.modes import context_of

    text = "وتبرأت روسيا من الهجوم على كييف."
    toks = tokenize(text)
    trig = next(t for t in detect(toks, LEX) if t.type == "ASSAULT")
    assert context_of(trig, toks, LEX) is None
    lex = load_lexicon(_with_word_classes(lambda t: t + "denial_verbs\tتبرات\t\n"))
    assert context_of(trig, toks, lex) == "negated"


def test_a_missing_or_broken_lexicon_file_is_a_model_error_naming_it(tmp_path):
    from rasd.errors import ModelError
    from rasd.events.lexicon import load_lexicon
    from rasd.resources import Resources

    from events_support import resources_without

    # the unnamed actors were silently empty when their file was missing
    with pytest.raises(ModelError, match="events/unnamed_actors.tsv is missing"):
        load_lexicon(resources_without(tmp_path, "events/unnamed_actors.tsv"))
    res = Resources.default().with_data({"events/curated.tsv": "هاجم\tATTACK\t\tv\n"})
    with pytest.raises(ModelError, match="events/curated.tsv: unknown PLOVER type 'ATTACK'"):
        load_lexicon(res)


def test_a_failing_word_cluster_lookup_is_no_silent_change_of_the_detector():
    from rasd.errors import ModelError
    from rasd.events.detector import DetectorFeatures

    def broken(word):
        raise ModelError("word clusters file rasd/resources/ner/clusters.tsv.gz is corrupt")

    features = DetectorFeatures(LEX, broken)
    assert features(tokenize("هاجم مسلحون القرية."), version=3, typ="ASSAULT")  # no clusters in set 3
    with pytest.raises(ModelError, match="clusters.tsv.gz"):
        features(tokenize("هاجم مسلحون القرية."), version=4, typ="ASSAULT")
