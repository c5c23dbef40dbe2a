"""The trained argument ranker (rasd.events.argument_model) and its trainer.

Sentence tests run the whole pipeline as ``python -m rasd.eval.events`` does (lexicon triggers,
no detector veto) on sentences of the 70% build split of the openeventdata span annotations, where
the rules alone chose a wrong target; the unit tests pin the decision between the rules' choice
and the model's.
"""

import numpy as np
import pytest

from rasd.events import argument_model as am
from rasd.events.argument_model import RULES, ArgumentModel, Ranker, decide, load_argument_model
from rasd.events.arguments import actors_near, clause_bounds, sentence_actors
from rasd.events.triggers import detect
from rasd.eval.events import analyse
from rasd.resources import Resources
from rasd.train import event_arguments as ea

from events_support import LEX, events_stage, resources_without, view

RANKER = events_stage().ranker
SETTINGS = events_stage().ranker_settings()


def model():
    return load_argument_model(Resources.default(), SETTINGS)


def _events(text, typ):
    doc = analyse(text, detector=False)
    return [(e.text, e.get("source_text") or "", e.get("target_text") or "") for e in doc.layer("events")
            if e.label == typ]


def test_shipped_model_covers_assault_and_protest_with_both_roles():
    m = model()
    assert set(m.types) == {"ASSAULT", "PROTEST"}
    assert len(m.source) > 50 and len(m.target) > 50
    # every margin the decision reads was chosen by the trainer's cross-validation
    assert set(m.margin) == set(ea.MARGIN_NAMES)


def test_protest_target_is_what_the_protest_is_against():
    # rules alone: the target was the word احتجاجا itself
    evs = _events("كما خرج مساء أول من امس مئات من المتظاهرين تدعمهم الأحزاب المعارضة احتجاجا على تعامل الحكومة "
                  "مع هذه الحرائق.", "PROTEST")
    assert any("المتظاهرين" in s and "الحكومة" in t for _w, s, t in evs), evs


def test_protest_target_named_after_a_demand():
    # rules alone: no target
    evs = _events("وكان متظاهرون فلسطينيون قد خرجوا الى الشوارع السبت، وسط رام الله في مظاهرات تطالب السلطة بوقف "
                  "المفاوضات مع الاسرائيليين.", "PROTEST")
    assert any("متظاهرون" in s and "السلطة" in t for _w, s, t in evs), evs


def test_victims_of_an_attack_are_its_target_not_the_count():
    # rules alone: the target was اثنين (the number), not the soldiers
    evs = _events("من ناحية ثانية، اعلن الجيش الاميركي مقتل اثنين من جنوده واصابة تسعة عراقيين بجروح في هجوم "
                  "انتحاري بواسطة سيارة مفخخة بعد ظهر أمس في الموصل.", "ASSAULT")
    assert any("جنوده" in t for _w, _s, t in evs), evs


def test_subject_of_taarrada_stays_the_target():
    # a construction that names the role outright is not re-ranked (تعرضت قافلته لهجوم)
    evs = _events("أصيب سفير بولندا أمس عندما تعرضت قافلته الدبلوماسية لهجوم بعدة قنابل في وسط بغداد.", "ASSAULT")
    assert any(t.startswith("قافلته") for _w, _s, t in evs), evs


def test_candidates_cover_actors_and_noun_phrases_around_the_trigger():
    text = "كما قال شاهد آخر لوكالة رويترز انه شاهد مسلحين من القبائل يطلقون النار على الطائرات الاميركية بعد الهجوم."
    doc = analyse(text, detector=False)
    tokens = [t for t in doc.tokens]
    trig = next(t for t in detect(tokens, LEX) if t.type == "ASSAULT" and t.pos == "v")
    actors = sentence_actors(doc, tokens, LEX)
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    cands = RANKER.candidates(view(tokens), trig, actors_near(actors, trig.first, trig.last), lo, hi)
    texts = [c.text for c in cands]
    assert any(t.startswith("مسلحين") for t in texts), texts
    assert any("الطائرات" in t for t in texts), texts
    # none overlaps the trigger, and they are in reading order, overlapping only where a counted
    # phrase runs on over its group (none here)
    assert all(c.last < trig.first or c.first > trig.last for c in cands)
    assert all(a.last < b.first for a, b in zip(cands, cands[1:]))


def _candidates(text, typ):
    doc = analyse(text, detector=False)
    tokens = list(doc.tokens)
    trig = next(t for t in detect(tokens, LEX) if t.type == typ)
    actors = sentence_actors(doc, tokens, LEX)
    lo, hi = clause_bounds(tokens, trig.first, trig.last)
    near = actors_near(actors, trig.first, trig.last)
    cands = RANKER.candidates(view(tokens), trig, near, lo, hi)
    return trig, tokens, cands


def test_a_counted_candidate_runs_on_over_the_group_counted():
    text = ("الى ذلك، تظاهر مئات من طلبة المدارس العراقية ومعلميهم، أمس، وسط حي العامرية ببغداد للمطالبة "
            "بإطلاق سراح الزيدي.")
    _trig, _tokens, cands = _candidates(text, "PROTEST")
    assert any(c.text.startswith("مئات من طلبة") for c in cands), [c.text for c in cands]
    # the annotators' source (طلبة المدارس) is now the protest's source; the rules alone said مئات
    evs = _events(text, "PROTEST")
    assert any("طلبة" in s for _w, s, _t in evs), evs


def test_counting_words_run_on_only_before_min():
    assert RANKER.is_partitive("مئات") and RANKER.is_partitive("ثلاثة") and not RANKER.is_partitive("طلبة")


def test_a_candidate_past_another_act_of_harm_is_marked():
    text = "وقال مصدر امني ان ثلاثة عراقيين قتلوا وأصيب 13 آخرون بانفجار سيارة مفخخة وسط السوق."
    trig, tokens, cands = _candidates(text, "ASSAULT")
    assert tokens[trig.first].text == "قتلوا"
    feats = RANKER.features(view(tokens), trig, cands, [], [], "")
    other = next(f for c, f in zip(cands, feats) if c.text.startswith("آخرون"))
    assert "act|a" in other
    first = next(f for c, f in zip(cands, feats) if "عراقيين" in c.text)
    assert "act|b" not in first


def test_place_noun_with_a_clitic_preposition_makes_the_name_a_place_not_a_target():
    from rasd.events.arguments import governor

    text = "من جهة ثانية، افادت مصادر متطابقة ان مجهولين خطفوا مصورا فرنسيا في بوساسو بشمال الصومال."
    doc = analyse(text, detector=False)
    tokens = list(doc.tokens)
    k = next(i for i, t in enumerate(tokens) if t.text == "الصومال")
    assert governor(view(tokens), k) == "في"
    # rules alone: the target was الصومال
    evs = _events(text, "ASSAULT")
    assert any(s == "مجهولين" and t.startswith("مصورا") for _w, s, t in evs), evs


def test_possessed_forces_in_a_reported_clause_name_the_speaker():
    # rules alone: the source was قواته, a word; the forces are a mention of the army (the owner)
    text = "وأعلن الجيش الامريكي في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في العاصمة."
    doc = analyse(text, detector=False)
    evs = [e for e in doc.layer("events") if e.label == "ASSAULT"]
    assert any(doc.entity(e.get("source")).name == "الجيش الامريكي" and e.get("target_text") == "مسلحا" for e in evs)
    # not without the clause of saying
    evs = _events("قتلت قواته مسلحا خلال عمليات في العاصمة.", "ASSAULT")
    assert not any("الجيش" in s for _w, s, _t in evs), evs


def test_decide_adds_a_bare_phrase_source_within_its_margin_apart_from_the_target():
    s = [1.0, 0.5, -1.0, 2.0]  # "no argument" scores highest for the source
    t = [4.0, 0.0, 0.0, -5.0]
    bare = [True, True, False]
    assert decide(KEYS, s, t, None, None, {"source_new": 1e9}, bare=bare) == (RULES, 0)
    assert decide(KEYS, s, t, None, None, {"source_new": 1e9, "source_new_np": 1e9}, bare=bare) == (RULES, 0)
    # within a margin of -2 the best bare phrase not the target's (1) is the source
    assert decide(KEYS, s, t, None, None, {"source_new": 1e9, "source_new_np": -2.0}, bare=bare) == (1, 0)
    # never where the rules found a source, nor an actor (not bare)
    assert decide(KEYS, s, t, (2, 3), None, {"source_new_np": -9.0}, bare=bare)[0] == RULES
    assert decide(KEYS, s, t, None, None, {"source_new": 1e9, "source_new_np": -9.0},
                  bare=[False, False, False]) == (RULES, 0)


def test_rules_stand_for_a_type_the_model_was_not_trained_on():
    from types import SimpleNamespace

    ranker = Ranker(LEX, ArgumentModel(frozenset({"PROTEST"}), {}, {}, {}))
    src, tgt = ["s"], ["t"]
    assert ranker.rerank(None, SimpleNamespace(type="ASSAULT"), [], 0, 0, src, tgt, "") == (src, tgt, False)


def _load(content):
    """The argument model read from a file of this content in place of the shipped one."""
    return load_argument_model(Resources.default().with_data({"events/arguments.json": content}), SETTINGS)


def test_a_truncated_model_file_is_a_model_error_naming_it_and_the_rebuild():
    from rasd.errors import ModelError

    shipped = Resources.default().text("events", "arguments.json")
    with pytest.raises(ModelError, match="not JSON") as exc:
        _load(shipped[: len(shipped) // 2])
    assert "events/arguments.json" in str(exc.value) and "python -m rasd.train.event_arguments" in str(exc.value)


def test_a_missing_model_file_is_a_model_error_not_the_rules_alone(tmp_path):
    from rasd.errors import ModelError
    from rasd.events.stage import EventsConfig, EventsStage

    res = resources_without(tmp_path, "events/arguments.json")
    with pytest.raises(ModelError, match="missing") as exc:
        load_argument_model(res, SETTINGS)
    assert "events/arguments.json" in str(exc.value)
    # and the stage says so rather than silently running the rules alone
    from events_support import text_doc

    stage = EventsStage(EventsConfig(detector="off", require_source=False), res)
    with pytest.raises(ModelError, match="arguments.json"):
        stage(text_doc("قتل مسلحون ثلاثة جنود في بغداد أمس."))


def test_a_model_file_trained_with_other_settings_is_refused():
    from rasd.errors import ModelError

    shipped = Resources.default().json("events", "arguments.json")
    other = {**shipped, "settings": {**shipped["settings"], "argument_partitive": False}}
    import json

    with pytest.raises(ModelError, match="argument_partitive=False") as exc:
        _load(json.dumps(other, ensure_ascii=False))
    assert "python -m rasd.train.event_arguments" in str(exc.value)
    # nor one that does not say what it was trained with
    del other["settings"]
    with pytest.raises(ModelError, match="does not record the settings"):
        _load(json.dumps(other, ensure_ascii=False))


@pytest.mark.parametrize("content", [
    "[]",
    '{"types": "ASSAULT", "margin": {}, "weights": {"source": {}, "target": {}}}',
    '{"types": ["ASSAULT"], "margin": [], "weights": {"source": {}, "target": {}}}',
    '{"types": ["ASSAULT"], "margin": {"source": "1"}, "weights": {"source": {}, "target": {}}}',
    '{"types": ["ASSAULT"], "margin": {}, "weights": {"source": {}}}',
    '{"types": ["ASSAULT"], "margin": {}, "weights": {"source": [], "target": {}}}',
])
def test_a_model_file_of_the_wrong_shape_is_a_model_error(content):
    from rasd.errors import ModelError

    with pytest.raises(ModelError, match="malformed") as exc:
        _load(content)
    assert "events/arguments.json" in str(exc.value)


def test_a_model_file_of_the_right_shape_loads():
    import json

    m = _load('{"types": ["ASSAULT"], "margin": {"source": 1.0, "source_new_np": null}, '
              '"weights": {"source": {"bias": 0.5}, "target": {}}, "settings": ' + json.dumps(SETTINGS) + '}')
    assert m.source == {"bias": 0.5} and m.types == {"ASSAULT"}


KEYS = [(0, 0), (2, 3), (5, 5)]


def test_decide_takes_the_model_choice_when_the_rules_found_none():
    si, ti = decide(KEYS, [0.0, 2.0, 0.5, 0.0], [3.0, 0.0, 1.0, 0.0], None, None, {})
    assert (si, ti) == (1, 0)


def test_decide_no_argument_beats_a_weak_candidate():
    # "no argument" (the last score) wins: the rules' choice (here none) stands
    si, ti = decide(KEYS, [0.1, 0.2, 0.0, 1.0], [0.1, 0.2, 0.0, 1.0], None, None, {})
    assert (si, ti) == (RULES, RULES)


def test_decide_keeps_the_rules_choice_unless_the_model_prefers_another_by_the_margin():
    scores = [1.0, 1.5, 0.0, -5.0]
    assert decide(KEYS, scores, scores, (0, 0), None, {"source": 1.0})[0] == RULES
    assert decide(KEYS, scores, scores, (0, 0), None, {"source": 0.2})[0] == 1


def test_decide_never_makes_the_rules_target_the_source_nor_adds_a_source_when_told_not_to():
    s = [5.0, 1.0, 0.0, -5.0]
    assert decide(KEYS, s, s, None, (0, 0), {})[0] == 1
    assert decide(KEYS, s, s, None, None, {"source_new": 1e9})[0] == RULES
    assert decide(KEYS, s, s, None, None, {}, keep=(True, True)) == (RULES, RULES)


def test_target_overlapping_the_chosen_source_is_not_taken():
    s = [0.0, 4.0, 0.0, -5.0]
    t = [0.0, 9.0, 1.0, -5.0]
    si, ti = decide(KEYS, s, t, None, None, {})
    assert si == 1 and ti == 2


def test_target_starting_before_the_source_and_running_into_it_is_not_taken():
    # a counted phrase (0..3) that runs on over the source (2..4) is no target beside it
    keys = [(0, 3), (2, 4), (7, 7)]
    s = [0.0, 4.0, 0.0, -5.0]
    t = [9.0, 0.0, 1.0, -5.0]
    assert decide(keys, s, t, None, None, {}) == (1, 2)
    # nor a rules' target overlapping the model's source (the stage drops it, as the trainer does)
    assert am.overlap((0, 3), (2, 4)) and am.overlap((2, 4), (0, 3)) and not am.overlap((0, 1), (2, 4))
    trig = {"keys": keys, "words": [frozenset({"a"}), frozenset({"b"}), frozenset({"c"})], "src": [], "tgt": [(0, 3)],
            "src_words": [], "tgt_words": [frozenset({"a"})], "keep": (False, True), "bare": [False] * 3}
    src_w, tgt_w = ea._decide(trig, s, t, (0.0,) * 5 + (None,))
    assert src_w == [frozenset({"b"})] and tgt_w == []


def test_decide_adds_no_source_to_a_passive():
    # a passive names its doer only by its agent, which the rules keep: however high the model
    # scores a candidate, a passive with no rules' source gets none (nor a bare phrase)
    s = [5.0, 1.0, 0.0, -5.0]
    assert decide(KEYS, s, s, None, (0, 0), {}, passive=True)[0] == RULES
    assert decide(KEYS, s, s, None, None, {"source_new_np": -9.0}, bare=[True] * 3, passive=True)[0] == RULES
    # the rules' own source of a passive may still be re-decided as before
    assert decide(KEYS, s, s, (1, 1), None, {"source": 0.0}, passive=True)[0] == 0


def test_decide_drops_a_target_naming_the_sources_party():
    # the same entity under other words (the model's target), or the same words (the rules'):
    # dropped, not replaced by the next best candidate
    parties = [("e1", "الميليشيات"), ("e2", "صالح"), ("e1", "الميليشيات الحوثيه")]
    s = [5.0, 0.0, 0.0, -5.0]
    t = [0.0, 1.0, 9.0, -5.0]
    assert decide(KEYS, s, t, None, None, {}, parties=parties) == (0, am.NONE)
    assert decide(KEYS, s, [0.0, 9.0, 1.0, -5.0], None, None, {}, parties=parties) == (0, 1)
    unnamed = [(None, "الميليشيات"), (None, "صالح"), (None, "مواقع")]
    assert decide(KEYS, s, [0.0, 0.0, 0.0, 9.0], None, (5, 5), {}, parties=unnamed,
                  rule_tgt_party=(None, "الميليشيات")) == (0, am.NONE)
    # the trainer reads the same decision: no target left
    trig = {"keys": KEYS, "words": [frozenset({"a"}), frozenset({"b"}), frozenset({"c"})], "src": [], "tgt": [(5, 5)],
            "src_words": [], "tgt_words": [frozenset({"a"})], "keep": (False, False), "bare": [False] * 3,
            "parties": unnamed, "src_party": None, "tgt_party": (None, "الميليشيات")}
    assert ea._decide(trig, s, [0.0, 0.0, 0.0, 9.0], (0.0,) * 5 + (None,)) == ([frozenset({"a"})], [])
    assert not am.same_party((None, ""), (None, "")) and not am.same_party(None, (None, "x"))


def test_a_source_the_model_chose_is_reported_as_the_models():
    # the rules found no source for فقتلت (joined by ف to the verb before it); the ranker chose
    # that verb's subject, the Israeli forces (a build-split span record)
    from rasd.events.roles import SentenceContext

    text = ("وفي بلدة «بيت حانون شمال غزة، اطلقت القوات الاسرائيلية المتمركزة شرق القطاع صاروخ ارض ـ ارض على "
            "المدرسة الزراعية شرق البلدة فقتلت المدرس هاني شعبان نعيم 40 عاما، وإصابة ثلاثة طلاب بجراح.")
    doc = analyse(text, detector=False)
    tokens = list(doc.tokens)
    kept = detect(tokens, LEX)
    trig = next(t for t in kept if t.type == "ASSAULT" and tokens[t.first].text == "فقتلت")
    sentence = SentenceContext(doc, view(tokens), [LEX.keys.token(t.text, True)[2] for t in tokens],
                               sentence_actors(doc, tokens, LEX), kept, [], None, RANKER, False, True)
    roles = sentence.clause_roles(trig)
    assert roles.how == "model" and "القوات الاسرائيلية" in roles.sources[0].text, roles


def test_conditional_logit_learns_the_marking_feature_and_is_seeded():
    # three candidates per group; feature 0 marks the right one, feature 1 is noise
    rng = np.random.default_rng(1)
    groups = []
    for _ in range(40):
        right = int(rng.integers(3))
        rows = [[0] if i == right else [1] for i in range(3)]
        groups.append((rows, [int(i == right) for i in range(3)]))
    w1 = ea._fit(groups, 2, 0.01, seed=0)
    w2 = ea._fit(groups, 2, 0.01, seed=0)
    assert w1[0] > 1.0 > w1[1]
    assert np.array_equal(w1, w2)


def test_training_labels_need_a_shared_word_and_mark_no_argument_when_nobody_gave_the_role():
    rec = {"tuples": [(frozenset({"مسلحون"}), frozenset())]}
    trig = {"words": [frozenset({"مسلحون", "مجهولون"}), frozenset({"الشرطه"})]}
    assert ea._labels(rec, trig, 0) == [1, 0, 0]
    assert ea._labels(rec, trig, 1) == [0, 0, 1]


@pytest.mark.parametrize("word", ["تعرضت", "وتعرضت"])
def test_suffer_verbs_are_known_to_the_rules(word):
    from rasd.events.morphology import bare_word

    assert bare_word(word) in LEX.words.suffer_verbs


def test_the_speaker_is_the_doer_of_a_verb_after_inna_with_a_pronoun():
    # rules alone: the source was عددا (the object)
    evs = _events("من ناحية أخرى قال حلف شمال الاطلسي في أفغانستان انه قتل عددا من زعماء طالبان في هجمات بما في "
                  "ذلك ضربات جوية دقيقة في اقليم هلمند.", "ASSAULT")
    assert any(w == "قتل" and s == "حلف شمال الاطلسي" and "طالبان" in t for w, s, t in evs), evs


def test_a_verb_after_inna_followed_by_a_preposition_is_read_as_passive():
    # إنه قتل في انفجار: he was killed; the police who say so are not the doer
    evs = _events("وقالت الشرطة انه قتل في انفجار سيارة مفخخة.", "ASSAULT")
    assert not any(s == "الشرطة" for _w, s, _t in evs), evs
