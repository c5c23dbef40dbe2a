"""NER tagger: real sentences (ANERcorp, dev articles), mention spans without proclitics, bad input."""
from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from rasd import Pipeline
from rasd.document import Document
from rasd.entities import crf_decode, ner, neural
from rasd.entities import ner_features as nf
from rasd.entities.bio import chunks
from rasd.entities.model_meta import meta_path, write_meta
from rasd.entities.ner import NerTagger, extract_mentions
from rasd.errors import PipelineError, InputError, ModelError
from rasd.eval.ner import evaluate_conll
from rasd.resources import Resources
from rasd.text.tokens import word_counts

DEV = Path(__file__).parent / "fixtures" / "dev"
TEXT = Pipeline(stages=["normalize", "sentences", "tokens"])
RES = Resources.default()
CRF_MODEL = RES.path("ner", ner.FILE)
NET_MODEL = RES.path("ner", neural.FILE)
_TAGGERS: dict[str, NerTagger] = {}


def shipped(kind: str = "crf") -> NerTagger:
    """The shipped tagger of ``kind``, built once for this module's tests."""
    if kind not in _TAGGERS:
        _TAGGERS[kind] = NerTagger.shipped(kind, RES)
    return _TAGGERS[kind]


def features() -> nf.NerFeatures:
    return shipped().features


def with_side_file(path: Path) -> Path:
    """Write the side file of a network file made here (its checksum and settings)."""
    write_meta(path, neural.Network(path, path.read_bytes()).settings(features()))
    return path


def data_copy(tmp_path: Path, without: tuple[str, ...] = ()) -> Resources:
    """A data folder of links to the shipped files (less the ner/ files ``without``), where a
    test may add or damage a file."""
    root = tmp_path / "resources"
    for area in RES.root.iterdir():
        if not area.is_dir():
            continue
        (root / area.name).mkdir(parents=True)
        for f in area.iterdir():
            if not (area.name == "ner" and f.name in without):
                (root / area.name / f.name).symlink_to(f)
    return Resources(root)


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(stages=["normalize", "sentences", "tokens", "ner"])


def mentions(pipe, text):
    doc = pipe(Document(text))
    assert not doc.check_spans()
    return [(m.text, m.label) for m in doc.layer("ner_mentions")]


def _dev_line(name: str, needle: str) -> str:
    for line in (DEV / name).read_text(encoding="utf-8").splitlines():
        if needle in line:
            return line
    raise AssertionError(f"{needle!r} not in {name}")


def test_conjunction_is_not_part_of_the_mention(pipe):
    line = _dev_line("istanbul-talks.txt", "لروسيا وأوكرانيا")
    got = mentions(pipe, line)
    assert ("أوكرانيا", "LOC") in got
    assert ("روسيا", "LOC") in got
    assert not any(t.startswith(("و", "ل")) and t[1:] in ("أوكرانيا", "روسيا") for t, _ in got)


def test_names_in_the_istanbul_talks_lead(pipe):
    line = _dev_line("istanbul-talks.txt", "اقترح الرئيس الروسي فلاديمير بوتين")
    got = mentions(pipe, line)
    assert ("فلاديمير بوتين", "PER") in got
    assert ("موسكو", "LOC") in got


def test_istanbul_is_a_place(pipe):
    line = _dev_line("istanbul-talks.txt", "في مدينة إسطنبول التركية")
    got = mentions(pipe, line)
    assert ("إسطنبول", "LOC") in got
    assert ("أوكرانيا", "LOC") in got


def test_anercorp_sentence_with_person_org_and_place():
    # ANERcorp (train split), first sentences: "Frankfurt (dpa) - the German car industry
    # association announced ...", then Javier Solana and the Security Council.
    tagger = shipped()
    toks = "أعلن اتحاد صناعة السيارات في ألمانيا امس الاول أن شركات صناعة السيارات في ألمانيا تواجه عاما صعبا".split()
    tags = tagger.tag(toks)
    assert {(1, 4, "ORG"), (5, 6, "LOC"), (13, 14, "LOC")} <= chunks(tags)
    toks = "دعا خافيير سولانا مجلس الأمن إلى التحرك بشأن لبنان".split()
    got = chunks(tagger.tag(toks))
    assert (1, 3, "PER") in got
    assert (3, 5, "ORG") in got
    assert (8, 9, "LOC") in got


def test_un_after_preposition_keeps_a_name_without_the_preposition(pipe):
    line = _dev_line("istanbul-talks.txt", "التابع للأمم المتحدة")
    doc = pipe(Document(line))
    un = [m for m in doc.layer("ner_mentions") if "المتحدة" in m.text and "مم" in m.text]
    assert un and all(not m.text.startswith("لل") for m in un)


def test_text_without_arabic_yields_no_mentions(pipe):
    for text in ("THE UNITED NATIONS SECURITY COUNCIL MET IN NEW YORK ON MONDAY.",
                 "Putin met Erdogan in Istanbul", "12345 67.8 % ... !!!", "", "   \n\n  "):
        assert mentions(pipe, text) == []


def test_minister_capital_and_king_in_a_news_sentence(pipe):
    got = mentions(pipe, "وصل وزير الخارجية الأمريكي جون كيري إلى الرياض للقاء الملك سلمان بن عبد العزيز")
    assert ("جون كيري", "PER") in got and ("الرياض", "LOC") in got
    assert ("سلمان بن عبد العزيز", "PER") in got


def test_very_long_token_and_long_sentence(pipe):
    long_tok = "ب" * 5000
    assert isinstance(mentions(pipe, f"قال {long_tok} في القاهرة"), list)
    words = ("وقال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا مستعدة للحوار مع أوكرانيا " * 770).split()[:10_000]
    text = " ".join(words)
    got = mentions(pipe, text)
    assert ("فلاديمير بوتين", "PER") in got
    assert len(got) > 1000


def test_tagger_windows_cover_every_token():
    tagger = shipped()
    toks = ["موسكو"] * 1234
    assert len(tagger.tag(toks)) == 1234
    assert tagger.tag([]) == []


def test_boilerplate_tokens_are_not_tagged():
    doc = Document("زار بوتين موسكو\nاقرأ أيضا: بوتين في موسكو")
    TEXT(doc)
    cut = doc.text.index("\n") + 1
    doc.set_layer("boilerplate", [doc.span(cut, len(doc.text), "related")])
    ms = extract_mentions(doc, shipped())
    assert ms and all(m.end <= cut for m in ms)


def test_conll_scoring_counts_exact_spans_only():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    s = evaluate_conll(gold, pred)
    assert s["LOC"]["f1"] == 1.0
    assert s["PER"]["f1"] == 0.0
    assert s["overall"]["correct"] == 1 and s["overall"]["gold"] == 2 and s["overall"]["pred"] == 2
    # an I- tag without a B- opens a mention (conlleval semantics)
    assert chunks(["O", "I-ORG", "I-ORG"]) == {(1, 3, "ORG")}
    # a label change inside a run, B- after B-, and a mention that runs to the end each close one
    assert chunks(["B-PER", "I-LOC", "B-LOC", "B-LOC", "I-LOC"]) == {(0, 1, "PER"), (1, 2, "LOC"), (2, 3, "LOC"),
                                                                  (3, 5, "LOC")}
    assert chunks([]) == set() and chunks(["O", "O"]) == set()


def test_consistency_pass_labels_repeats_and_surnames():
    # ANERcorp (train split): "فايزة أبوالنجا" is tagged where a title follows her name and
    # missed alone later in the article
    sents = [["بحثت", "فايزة", "أبوالنجا", "وزيرة", "التعاون"], ["وقالت", "أبوالنجا", "إن", "فايزة", "أبوالنجا", "هنا"]]
    scored = [[("O", 1.0), ("B-PER", 0.97), ("I-PER", 0.95), ("O", 1.0), ("O", 1.0)],
              [("O", 1.0)] * 6]
    out = ner.propagate(sents, scored, word_counts())
    assert [y for y, _ in out[1]] == ["O", "B-PER", "O", "B-PER", "I-PER", "O"]
    # a low-confidence tag does not spread
    weak = [[("O", 1.0), ("B-PER", 0.5), ("I-PER", 0.5), ("O", 1.0), ("O", 1.0)], [("O", 1.0)] * 6]
    assert [y for y, _ in ner.propagate(sents, weak, word_counts())[1]] == ["O"] * 6


def _dev_sentences():
    """The token texts of every dev article's sentences."""
    sents = []
    for path in sorted(DEV.glob("*.txt")):
        doc = TEXT(Document(path.read_text(encoding="utf-8")))
        toks = doc.tokens
        for s in doc.sentences:
            run = [t.text for t in toks if s.start <= t.start < s.end]
            if run:
                sents.append(run)
    return sents


def _assert_same_tags(got, ref, tol):
    """Two (tag, marginal) sequences: the same tags, marginals within ``tol``."""
    assert [y for y, _ in got] == [y for y, _ in ref]
    assert max(abs(p - q) for (_, p), (_, q) in zip(got, ref)) < tol


def test_numpy_decoder_matches_crfsuite_on_dev_articles():
    tagger = shipped()
    sents = _dev_sentences()
    sents += [["وأوكرانيا"], ["زار", "بوتين"]]  # one- and two-token sentences
    assert len(sents) > 50
    got = tagger.tag_scored_many(sents)
    for run, mine in zip(sents, got):
        _assert_same_tags(mine, tagger.tag_scored_crfsuite(run), 1e-9)
    assert any(y != "O" for sc in got for y, _ in sc)


def _feature_sum(W, ids):
    """Weights of ``ids`` added one after the other from 0.0 (the reference summation order)."""
    total = np.zeros(W.shape[1])
    for i in ids:
        total = total + W[i]
    return total


def test_cached_word_scores_are_the_running_sum_of_the_feature_weights():
    # the decoder sums each new word's feature weights in one batched gather: the rows must be
    # bit for bit the plain sum in feature order (that keeps tags and marginals identical)
    dec = shipped().decoder
    words = "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا مستعدة للحوار مع أوكرانيا ، Reuters 2023".split()
    words = [w + "ـ" for w in words]  # tatweel: forms no earlier test has put in the cache
    dec._vectors(words)
    for w in words:
        own, ctx = features().word_features(w)
        row = dec._table[dec._rows[w][0]]
        assert np.array_equal(row[0], _feature_sum(dec.W, [dec.attrs[f] for f in own if f in dec.attrs]))
        for k, off in enumerate(nf.WINDOW, start=1):
            ids = [dec.attrs[f"{off:+d}{f}"] for f in ctx if f"{off:+d}{f}" in dec.attrs]
            assert np.array_equal(row[k], _feature_sum(dec.W, ids))


def test_word_bigram_pairs_rebuild_the_model_bigram_features():
    dec = shipped().decoder
    for prefix, pairs in dec.bigrams.items():
        assert pairs
        for (a, b), i in pairs.items():
            assert dec.attrs[prefix + a + "|" + b] == i
    n = sum(1 for a in dec.attrs if a.startswith(("b-1=", "b+1=")))
    assert len({i for pairs in dec.bigrams.values() for i in pairs.values()}) == n


def test_decoder_refilling_a_small_word_cache_tags_the_same():
    tagger = shipped()
    sents = _dev_sentences()[:40]
    dec = tagger.decoder
    # far fewer words than those of 40 sentences
    small = crf_decode.CrfDecoder(dec.weights, tagger.features.compute_word_features, cache_words=64)
    for s in sents:  # one by one: the cache fills and starts again
        assert np.array_equal(small.scores([s])[0], dec.scores([s])[0])
        assert small.decode([s]) == dec.decode([s])
    # all at once: more distinct words than the cache holds
    assert np.array_equal(small.scores(sents)[0], dec.scores(sents)[0])
    assert len(small._rows) <= len(small._table)


def test_decode_scores_equals_brute_force_over_all_label_sequences():
    # Viterbi path and marginals of a batch of different lengths against enumeration of every path
    rng = np.random.default_rng(7)
    L = 4
    T = rng.normal(size=(L, L))
    lens = [3, 1, 5, 2]
    S = np.zeros((len(lens), max(lens), L))
    for b, n in enumerate(lens):
        S[b, :n] = rng.normal(scale=3, size=(n, L))
    got = crf_decode.decode_scores(S, lens, T)
    for b, n in enumerate(lens):
        paths = list(itertools.product(range(L), repeat=n))
        score = np.array([S[b, np.arange(n), p].sum() + sum(T[p[t - 1], p[t]] for t in range(1, n)) for p in paths])
        prob = np.exp(score - score.max())
        prob /= prob.sum()
        best = paths[int(score.argmax())]
        y, marg = got[b]
        assert tuple(y) == best
        for t in range(n):
            want = sum(q for p, q in zip(paths, prob) if p[t] == y[t])
            assert abs(marg[t] - want) < 1e-12
    assert [y for y, m in crf_decode.decode_scores(S, lens, T, marginals=False)] == [y for y, _ in got]


# --- the neural tagger (rasd.entities.neural; setting ner.model "neural") ---------------------

@pytest.fixture(scope="module")
def neural_tagger():
    return shipped("neural")


def test_neural_tagger_finds_the_person_and_places_of_an_anercorp_sentence(neural_tagger):
    # ANERcorp (train split): "Javier Solana called on the Security Council to act on Lebanon"
    toks = "دعا خافيير سولانا مجلس الأمن إلى التحرك بشأن لبنان".split()
    got = chunks(neural_tagger.tag(toks))
    assert (1, 3, "PER") in got
    assert (8, 9, "LOC") in got
    toks = "أعلن اتحاد صناعة السيارات في ألمانيا امس الاول أن شركات صناعة السيارات في ألمانيا تواجه عاما صعبا".split()
    got = chunks(neural_tagger.tag(toks))
    assert {(5, 6, "LOC"), (13, 14, "LOC")} <= got


def test_neural_batch_of_a_document_equals_sentence_by_sentence(neural_tagger):
    sents = _dev_sentences() + [["وأوكرانيا"], ["زار", "بوتين"]]
    assert len(sents) > 50
    together = neural_tagger.tag_scored_many(sents)
    for run, mine in zip(sents, together):
        _assert_same_tags(mine, neural_tagger.tag_scored(run), 1e-6)
    assert sum(y.startswith("B-") for sc in together for y, _ in sc) > 50


def test_pipelines_with_different_taggers_live_in_one_process():
    # kurds-barracks, "the Turkish air force's shelling around the village of Zarkal": the CRF
    # tags زركال an organisation here, the network a place (the two taggers differ on it)
    line = _dev_line("kurds-barracks.txt", "محيط قرية زركال")
    stages = ["normalize", "sentences", "tokens", "ner"]
    crf_pipe = Pipeline(stages=stages, config={"ner": {"model": "crf"}})
    net_pipe = Pipeline(stages=stages, config={"ner": {"model": "neural"}})
    crf = mentions(crf_pipe, line)
    net = mentions(net_pipe, line)
    assert crf_pipe.stage("ner").tagger.kind == "crf" and net_pipe.stage("ner").tagger.kind == "neural"
    assert ("زركال", "ORG") in crf and ("زركال", "LOC") not in crf
    assert ("زركال", "LOC") in net and ("زركال", "ORG") not in net
    assert mentions(crf_pipe, line) == crf  # the first pipeline keeps its tagger
    doc = TEXT(Document(line))
    assert net == [(m.text, m.label) for m in extract_mentions(doc, net_pipe.stage("ner").tagger)]
    # two pipelines of one kind: the model's weights are read once, each tagger has its own caches
    other = Pipeline(stages=stages).stage("ner").tagger
    assert other is not crf_pipe.stage("ner").tagger
    assert other.decoder.weights is crf_pipe.stage("ner").tagger.decoder.weights
    assert other.decoder._table is not crf_pipe.stage("ner").tagger.decoder._table


def test_unknown_ner_model_kind_is_refused_when_the_pipeline_is_built():
    stages = ["normalize", "sentences", "tokens", "ner"]
    with pytest.raises(PipelineError, match=r"ner.model: 'bert' is not one of 'crf', 'neural', 'ensemble'"):
        Pipeline(stages=stages, config={"ner": {"model": "bert"}})


def test_ensemble_of_a_neural_model_with_a_neural_model_is_a_model_error():
    with pytest.raises(ModelError, match=r"ner_neural\.npz is a neural model.*CRF model"):
        NerTagger.from_files(NET_MODEL, ensemble_with=NET_MODEL)
    with pytest.raises(ModelError, match=r"ner\.crfsuite is not a neural model"):
        NerTagger.from_files(CRF_MODEL, ensemble_with=CRF_MODEL)


@pytest.mark.parametrize("argv, message", [
    (["--kind", "ensemble", "--model", "x.npz"], r"--model x\.npz is a neural model file.*--kind ensemble needs the CRF"),
    (["--kind", "neural", "--model", "ner.crfsuite"], r"--model ner\.crfsuite is a crf model file.*needs a neural model"),
    (["--kind", "crf", "--model", "x.npz"], r"--model x\.npz is a neural model file.*needs a crf model"),
    (["--kind", "crf", "--ensemble-with", "x.npz"], r"pass --kind ensemble \(not --kind crf\)"),
    (["--kind", "ensemble", "--ensemble-with", "ner.crfsuite"], r"--ensemble-with ner\.crfsuite is not a neural model"),
])
def test_evaluate_ner_refuses_a_model_file_of_another_kind(argv, message):
    # refused before any file is read: the choice is not switched silently to another tagger
    from rasd.eval import ner as evaluate_ner

    with pytest.raises(InputError, match=message):
        evaluate_ner.main(["--test", "/nonexistent.txt"] + argv)


def test_evaluate_ner_command_reports_a_bad_choice_without_a_traceback():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "rasd.eval.ner", "--kind", "ensemble", "--model", "x.npz"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == InputError.exit_code
    assert "error: --model x.npz is a neural model file" in r.stderr and "Traceback" not in r.stderr


def test_ensemble_weight_moves_the_labels_from_one_model_to_the_other():
    crf = shipped().decoder
    net = shipped("neural").decoder
    sents = _dev_sentences()

    def labels(dec):
        return [[dec.labels[y] for y in ys] for ys, _ in dec.decode(sents)]

    only_crf, only_net = labels(crf), labels(net)
    assert labels(neural.EnsembleDecoder(crf, net, 1.0)) == only_crf
    assert labels(neural.EnsembleDecoder(crf, net, 0.0)) == only_net
    mixed = labels(neural.EnsembleDecoder(crf, net, 0.5))
    # the mix is its own tagger: on some dev sentences it agrees with neither model alone
    assert sum(m != c and m != n for m, c, n in zip(mixed, only_crf, only_net)) >= 2


def test_ensemble_tags_with_both_models():
    tagger = shipped("ensemble")
    assert tagger.kind == "ensemble"
    assert isinstance(tagger.decoder, neural.EnsembleDecoder)
    got = mentions(Pipeline(stages=["normalize", "sentences", "tokens", "ner"], config={"ner": {"model": "ensemble"}}),
                   "وصل وزير الخارجية الأمريكي جون كيري إلى الرياض للقاء الملك سلمان بن عبد العزيز")
    assert ("جون كيري", "PER") in got and ("الرياض", "LOC") in got


@pytest.mark.parametrize("kind, model, rebuild, unreadable", [
    ("crf", CRF_MODEL, r"rasd train ner \(", r"is corrupt \(not a complete CRFsuite model\)"),
    ("neural", NET_MODEL, r"rasd train ner-neural", r"cannot be read"),
])
def test_missing_or_corrupt_model_names_the_file_and_the_rebuild_command(kind, model, rebuild, unreadable, tmp_path):
    suffix = model.suffix
    with pytest.raises(ModelError, match=rf"gone{suffix} is missing; rebuild it with {rebuild}"):
        NerTagger.from_files(tmp_path / f"gone{suffix}")
    bad = tmp_path / model.name
    data = model.read_bytes()
    # without its side file a model cannot be checked: refused
    bad.write_bytes(data)
    with pytest.raises(ModelError, match=rf"checksum file .*{re.escape(bad.name)}\.json is missing.*{rebuild}"):
        NerTagger.from_files(bad)
    settings = json.loads(meta_path(model).read_text(encoding="utf-8"))["settings"]
    for junk in (data[: len(data) // 2], b"not a model at all"):  # a side file naming these bytes
        bad.write_bytes(junk)
        write_meta(bad, settings)
        with pytest.raises(ModelError, match=rf"{re.escape(bad.name)} {unreadable}.*{rebuild}"):
            NerTagger.from_files(bad)
    # same length, one flipped byte: caught by the checksum (one check shared by both kinds)
    shutil.copy(meta_path(model), meta_path(bad))
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(flipped))
    with pytest.raises(ModelError, match=rf"corrupt \(checksum mismatch\); rebuild it with {rebuild}"):
        NerTagger.from_files(bad)
    bad.write_bytes(data)
    meta_path(bad).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match=rf"checksum file .*{re.escape(bad.name)}\.json is corrupt"):
        NerTagger.from_files(bad)
    # the stage of that kind reads the shipped file: a missing one fails the same way
    res = data_copy(tmp_path, without=(model.name,))
    pipe = Pipeline(stages=["normalize", "sentences", "tokens", "ner"], config={"ner": {"model": kind}}, resources=res)
    with pytest.raises(ModelError, match=rf"{re.escape(model.name)} is missing; rebuild it with {rebuild}"):
        pipe(Document("قال بوتين"))


@pytest.mark.parametrize("model", [CRF_MODEL, NET_MODEL])
def test_model_trained_on_other_features_is_refused(model, tmp_path):
    # the side file records what the features were made of; a model trained on other ones would
    # tag worse without a word, so it is refused with the setting that differs
    record = json.loads(meta_path(model).read_text(encoding="utf-8"))
    bad = tmp_path / model.name
    shutil.copy(model, bad)
    for key, value, shown in (("ner/gazetteer.tsv", "0" * 64, "sha256 000000000000…"), ("features", 0, "0")):
        changed = dict(record, settings={**record["settings"], key: value})
        meta_path(bad).write_text(json.dumps(changed), encoding="utf-8")
        with pytest.raises(ModelError, match=rf"trained on other features .*{re.escape(key)}: trained with {shown}, "
                                             rf"now .*rebuild it with"):
            NerTagger.from_files(bad)
    meta_path(bad).write_text(json.dumps({k: v for k, v in record.items() if k != "settings"}), encoding="utf-8")
    with pytest.raises(ModelError, match=r"does not record the feature settings it was trained with"):
        NerTagger.from_files(bad)


def test_data_files_changed_since_training_are_refused():
    # a self-training lexicon or a gazetteer rebuilt without retraining the CRF changes its
    # features: the shipped model no longer fits them
    for file in ("ner/silver.tsv", "ner/gazetteer.tsv"):
        res = Resources.default().with_data({file: "# rebuilt\nكلمة\tPER\tmid\n"})
        with pytest.raises(ModelError, match=rf"ner\.crfsuite was trained on other features .*{re.escape(file)}: "
                                             rf"trained with sha256 \w{{12}}…, now sha256"):
            NerTagger.shipped("crf", res)
    # the network does not read the self-training lexicon: it loads with another one
    res = Resources.default().with_data({"ner/silver.tsv": "# rebuilt\nكلمة\tPER\tmid\n"})
    assert NerTagger.shipped("neural", res).kind == "neural"


def test_trainers_record_the_settings_the_taggers_check(tmp_path):
    from rasd.eval.ner import TRAIN, read_conll
    from rasd.train import ner as tner
    from rasd.train import ner_neural as tnn

    # the network trainer's writer: the side file holds the settings loading compares
    tnn.write_model(NET_MODEL.read_bytes(), tmp_path / "net.npz", seed=7)
    record = json.loads(meta_path(tmp_path / "net.npz").read_text(encoding="utf-8"))
    assert record["settings"] == json.loads(meta_path(NET_MODEL).read_text(encoding="utf-8"))["settings"]
    assert NerTagger.from_files(tmp_path / "net.npz").kind == "neural"
    if not Path(TRAIN).is_file():
        pytest.skip("no ANERcorp train split in the shared data folder")
    # the CRF trainer, on 30 sentences and a few iterations (seconds)
    tner.train_model([(read_conll(TRAIN)[:30], None)], tmp_path / "crf.crfsuite", 0.05, 0.05, max_iter=5,
                     log=lambda *_: None)
    record = json.loads(meta_path(tmp_path / "crf.crfsuite").read_text(encoding="utf-8"))
    assert record["settings"] == features().settings() and record["sentences"] == 30
    assert NerTagger.from_files(tmp_path / "crf.crfsuite").tag(["زار", "بوتين", "موسكو"])


def test_feature_data_files_missing_or_malformed_are_errors_not_empty_features(tmp_path):
    # before, a missing gazetteer.tsv or silver.tsv silently gave a tagger without those features
    for name in ("gazetteer.tsv", "silver.tsv", "clusters.tsv.gz"):
        with pytest.raises(ModelError, match=rf"ner/{re.escape(name)} is missing"):
            nf.NerFeatures(data_copy(tmp_path / name, without=(name,)))
    with pytest.raises(ModelError, match=r"ner/silver\.tsv line 2: 2 column\(s\), 3 expected"):
        nf.NerFeatures(RES.with_data({"ner/silver.tsv": "# key\tlabel\tstrength\nبوتين\tPER\n"}))
    with pytest.raises(ModelError, match=r"clusters\.tsv\.gz is empty"):
        nf.NerFeatures(RES.with_data({"ner/clusters.tsv.gz": "# nothing\n"}))


@pytest.mark.shared("data", "anercorp")
@pytest.mark.parametrize("use_cues", [True, False])
def test_numpy_lstm_equals_the_pytorch_network_it_was_exported_from(use_cues, tmp_path):
    torch = pytest.importorskip("torch")
    from rasd.eval.ner import read_conll
    from rasd.train import ner_neural as tnn

    # a small network with random weights (rounded to float16 as the export does), on the
    # shipped word vectors and the first ANERcorp train sentences
    dec = neural.NeuralDecoder.from_file(NET_MODEL, features())
    words = sorted(dec.net.vec_id, key=dec.net.vec_id.get)[:2000]
    vec = dec.net.vec[1:2001].astype("float16")
    sents = read_conll(tnn.TRAIN)[:60]
    vocab = tnn.Vocab(sents, words, use_cues)
    assert bool(vocab.cues) == use_cues  # --no-cues: word vectors and characters only
    torch.manual_seed(1)
    net = tnn.build_model(vocab, vec)
    with torch.no_grad():
        for p in net.parameters():
            if p.requires_grad:
                p.normal_(0, 0.3)
        net.char.weight[0] = 0
        net.cue.weight[0] = 0
        # the export sums PyTorch's two LSTM biases and rounds the sum to float16: with one of
        # them zero that sum is exact, and the comparison shows the NumPy network's own error
        net.lstm.bias_hh_l0.zero_()
        net.lstm.bias_hh_l0_reverse.zero_()
        for p in net.parameters():
            p.copy_(p.half().float())
    net.eval()
    path = tmp_path / "tiny.npz"
    tnn.write_model(tnn.export(net, vocab, vec), path)
    batch = sents[:9]
    b, _, _ = tnn.batch_tensors(vocab, batch, None)
    with torch.no_grad():
        want = net.emissions(b).double().numpy()
    got, lens = neural.NeuralDecoder.from_file(path, features()).scores([t for t, _ in batch])
    start, end = net.start.detach().double().numpy(), net.end.detach().double().numpy()
    for i, n in enumerate(lens):
        w = want[i, :n].copy()
        w[0] += start
        w[n - 1] += end
        assert abs(got[i, :n] - w).max() < 1e-4


def test_neural_tagger_on_long_and_non_arabic_input():
    pipe = Pipeline(stages=["normalize", "sentences", "tokens", "ner"], config={"ner": {"model": "neural"}})
    assert mentions(pipe, "Putin met Erdogan in Istanbul") == []
    assert mentions(pipe, "") == []
    assert isinstance(mentions(pipe, "قال " + "ب" * 5000 + " في القاهرة"), list)
    words = ("وقال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا مستعدة للحوار مع أوكرانيا " * 770).split()[:10_000]
    got = mentions(pipe, " ".join(words))
    assert ("فلاديمير بوتين", "PER") in got
    assert len(got) > 1000


# --- several networks (seeds) averaged: rasd.entities.neural.NetworkAverage -------------------

def test_averaging_a_network_with_itself_changes_nothing():
    one = neural.NeuralDecoder.from_file(NET_MODEL, features())
    two = neural.NetworkAverage([one, one])
    sents = _dev_sentences()[:30]
    S1, lens = one.scores(sents)
    S2, _ = two.scores(sents)
    assert abs(S1 - S2).max() < 1e-9 and abs(one.T - two.T).max() < 1e-12
    for (y1, m1), (y2, m2) in zip(one.decode(sents), two.decode(sents)):
        assert list(y1) == list(y2) and max(abs(a - b) for a, b in zip(m1, m2)) < 1e-9


def _network_arrays(path):
    with np.load(path) as z:
        return {k: z[k] for k in neural.ARRAYS}


def test_average_of_two_networks_is_the_mean_of_their_scores_in_one_label_order(tmp_path):
    # a second network: the shipped one with other output weights (its "O" score raised, so it
    # tags fewer names) and its labels stored in reverse order
    arr = _network_arrays(NET_MODEL)
    labels = [str(x) for x in arr["labels"]]
    rev = np.arange(len(labels))[::-1]
    other = dict(arr)
    out_b = arr["out_b"].astype(np.float32)
    out_b[labels.index("O")] += 3.0
    other["labels"] = arr["labels"][rev]
    other["out_w"], other["out_b"] = arr["out_w"][rev], out_b[rev].astype(np.float16)
    other["trans"] = arr["trans"][np.ix_(rev, rev)]
    other["start"], other["end"] = arr["start"][rev], arr["end"][rev]
    np.savez_compressed(tmp_path / "other.npz", **other)
    one = neural.NeuralDecoder.from_file(NET_MODEL, features())
    two = neural.NeuralDecoder.from_file(with_side_file(tmp_path / "other.npz"), features())
    avg = neural.NetworkAverage([one, two])
    assert avg.labels == labels and two.labels == labels[::-1]
    sents = _dev_sentences()
    S1, lens = one.scores(sents)
    S2, _ = two.scores(sents)
    S, _ = avg.scores(sents)
    assert abs(S - (S1 + S2[:, :, rev]) / 2).max() < 1e-9
    assert abs(avg.T - (one.T + two.T[np.ix_(rev, rev)]) / 2).max() < 1e-12

    def names(dec):
        return [chunks([dec.labels[y] for y in ys]) for ys, _ in dec.decode(sents)]

    a, b, m = names(one), names(two), names(avg)
    assert sum(map(len, b)) < sum(map(len, m)) < sum(map(len, a))  # the mix lies between the two
    assert sum(x != y for x, y in zip(m, a)) >= 3


def test_several_model_files_average_neural_models_only():
    with pytest.raises(ModelError, match=r"ner\.crfsuite is not a neural model"):
        NerTagger.from_files([NET_MODEL, CRF_MODEL])
    with pytest.raises(ModelError, match=r"ner\.crfsuite is not a neural model"):
        NerTagger.from_files(CRF_MODEL, ensemble_with=[NET_MODEL, CRF_MODEL])


def test_missing_or_corrupt_second_network_names_the_file_and_its_seed(tmp_path):
    # a second shipped network (file -> seed, as in neural.NETWORKS) that is missing or damaged
    # stops the neural and ensemble taggers with the file's name and the command that rebuilds it
    networks = {neural.FILE: 7, "ner_neural_2.npz": 8}
    res = data_copy(tmp_path)
    second = res.root / "ner" / "ner_neural_2.npz"
    rebuild = r"python -m rasd\.train\.ner_neural --seed 8 --out rasd/resources/ner/ner_neural_2\.npz"
    for kind in ("neural", "ensemble"):
        with pytest.raises(ModelError, match=rf"ner_neural_2\.npz is missing; rebuild it with {rebuild}"):
            NerTagger.shipped(kind, res, networks)
    data = NET_MODEL.read_bytes()
    shutil.copy(meta_path(NET_MODEL), meta_path(second))
    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 0xFF
    second.write_bytes(bytes(flipped))
    with pytest.raises(ModelError, match=rf"ner_neural_2\.npz is corrupt \(checksum mismatch\); rebuild it with {rebuild}"):
        NerTagger.shipped("ensemble", res, networks)
    # intact (a copy of the first network): both kinds load and tag
    second.write_bytes(data)
    for kind in ("neural", "ensemble"):
        tagger = NerTagger.shipped(kind, res, networks)
        assert tagger.files[-2:] == (res.root / "ner" / neural.FILE, second)
        assert isinstance(tagger.decoder if kind == "neural" else tagger.decoder.net, neural.NetworkAverage)
        assert (1, 3, "PER") in chunks(tagger.tag("دعا خافيير سولانا مجلس الأمن إلى التحرك بشأن لبنان".split()))


def test_evaluate_ner_refuses_several_models_outside_the_neural_kind():
    from rasd.eval import ner as evaluate_ner

    with pytest.raises(InputError, match=r"--model given 2 times: only --kind neural"):
        evaluate_ner.main(["--test", "/nonexistent.txt", "--kind", "crf", "--model", "a.crfsuite", "--model", "b.crfsuite"])
    with pytest.raises(InputError, match=r"--ensemble-with b\.crfsuite is not a neural model"):
        evaluate_ner.main(["--test", "/nonexistent.txt", "--kind", "ensemble", "--ensemble-with", "a.npz",
                           "--ensemble-with", "b.crfsuite"])


@pytest.mark.shared("data", "anercorp")
def test_evaluate_ner_dev_part_scores_the_last_tenth_of_train(capsys):
    from rasd.eval import ner as evaluate_ner

    train = evaluate_ner.read_conll(evaluate_ner.TRAIN)
    evaluate_ner.main(["--dev-part", "--kind", "crf", "--block", "0"])
    out = capsys.readouterr().out
    dev = len(train) - int(len(train) * 0.9)
    assert f"(dev part): {dev} sentences" in out
    overall = [ln for ln in out.splitlines() if ln.startswith("overall")][0].split()
    assert int(overall[-2]) == sum(len(evaluate_ner.chunks(g)) for _, g in train[-dev:])  # its gold mentions


def test_word_vector_cache_gives_the_most_frequent_words_first_dimensions(tmp_path):
    from rasd.train import ner_neural as tnn

    cache = tmp_path / "vec.npz"
    words = ["في", "من", "على", "إلى", "الرياض"]
    table = np.arange(20, dtype=np.float16).reshape(5, 4)
    np.savez(cache, words=np.array("\n".join(words)), vec=table)
    got_words, got = tnn._vectors(str(cache), n_words=3, dim=2)
    assert got_words == words[:3]
    assert got.tolist() == table[:3, :2].tolist()
    with pytest.raises(SystemExit, match="fewer than"):
        tnn._vectors(str(cache), n_words=6, dim=2)
    with pytest.raises(SystemExit, match="fewer than"):
        tnn._vectors(str(cache), n_words=3, dim=5)


@pytest.mark.shared("data", "anercorp")
def test_self_training_sentence_weight_scales_its_loss():
    torch = pytest.importorskip("torch")
    from rasd.eval.ner import read_conll
    from rasd.train import ner_neural as tnn

    dec = neural.NeuralDecoder.from_file(NET_MODEL, features())
    words = sorted(dec.net.vec_id, key=dec.net.vec_id.get)[:500]
    vec = dec.net.vec[1:501].astype("float16")
    sents = read_conll(tnn.TRAIN)[:2]
    vocab = tnn.Vocab(sents, words)
    torch.manual_seed(1)
    net = tnn.build_model(vocab, vec).eval()
    b, tags, mask = tnn.batch_tensors(vocab, sents, None)
    b0, tags0, mask0 = tnn.batch_tensors(vocab, sents[:1], None)
    with torch.no_grad():
        both = float(net.nll(b, tags, mask))
        first = float(net.nll(b0, tags0, mask0))
        assert float(net.nll(b, tags, mask, torch.tensor([1.0, 1.0]))) == pytest.approx(both, rel=1e-6)
        assert float(net.nll(b, tags, mask, torch.tensor([1.0, 0.0]))) == pytest.approx(first, rel=1e-5)
        half = float(net.nll(b, tags, mask, torch.tensor([1.0, 0.5])))
    assert half == pytest.approx(first + 0.5 * (both - first), rel=1e-5)


@pytest.mark.shared("data", "saudinewsnet")
def test_self_training_keeps_confident_news_sentences_with_a_mention(monkeypatch):
    from rasd.train import ner_selftrain

    monkeypatch.setattr(ner_selftrain, "SKIP_ARTICLES", 0)
    got = ner_selftrain.sentences(CRF_MODEL, NET_MODEL, 20, log=lambda *_: None)
    assert got
    tagger = NerTagger.from_files(CRF_MODEL, ensemble_with=NET_MODEL)
    for toks, labels in got:
        assert ner_selftrain.MIN_TOKENS <= len(toks) <= ner_selftrain.MAX_TOKENS
        assert chunks(labels)
        scored = tagger.decoder.decode([toks], True)[0]
        assert [tagger.decoder.labels[y] for y in scored[0]] == labels
        assert min(scored[1]) >= ner_selftrain.CONF
    # a stricter threshold keeps fewer sentences; an impossible one none
    monkeypatch.setattr(ner_selftrain, "CONF", 0.99)
    assert len(ner_selftrain.sentences(CRF_MODEL, NET_MODEL, 20, log=lambda *_: None)) < len(got)
    monkeypatch.setattr(ner_selftrain, "CONF", 1.01)
    assert not ner_selftrain.sentences(CRF_MODEL, NET_MODEL, 20, log=lambda *_: None)


def test_self_training_without_a_dev_part_needs_the_fit_part_taggers(tmp_path):
    pytest.importorskip("torch")
    from rasd.train import ner_neural as tnn

    # fails at once (before the minute of word vectors): without a dev part the trainer has no
    # fit part to build the news taggers from, so both must be given
    with pytest.raises(SystemExit, match="needs --self-train-crf and --self-train-net"):
        tnn.run(out=str(tmp_path / "m.npz"), dev_fraction=0, self_train=10, self_train_crf="fit.crfsuite")
    assert not (tmp_path / "m.npz").exists()


def test_pipeline_tags_map_entity_mentions_back_to_the_tokens_they_touch():
    # ANERcorp (train split): "Javier Solana called on the Security Council to act on Lebanon";
    # the fused ب of بلبنان stays inside the token, as ANERcorp tags it.
    from rasd import Pipeline
    from rasd.eval.ner import pipeline_tags

    sents = ["دعا خافيير سولانا مجلس الأمن إلى التحرك بشأن لبنان .".split(),
             "وقال سولانا إن الاتحاد الأوروبي يدعم بلبنان".split()]
    tags = pipeline_tags(Pipeline(), sents, block=2)
    assert [len(t) for t in tags] == [len(s) for s in sents]
    got = [chunks(t) for t in tags]
    assert (1, 3, "PER") in got[0] and (3, 5, "ORG") in got[0] and (8, 9, "LOC") in got[0]
    assert (1, 2, "PER") in got[1]  # the surname alone, in the next sentence of the same block
    assert (3, 5, "ORG") in got[1]


@pytest.mark.shared("data", "anercorp")
def test_evaluate_ner_through_pipeline_prints_the_tagger_and_the_product(capsys):
    from rasd.eval import ner as evaluate_ner

    evaluate_ner.main(["--dev-part", "--through-pipeline", "--block", "50"])
    out = capsys.readouterr().out
    assert "the tagger alone (crf):" in out and "through the default pipeline (ner.model crf)" in out
    assert sum(ln.startswith("overall") for ln in out.splitlines()) == 2
