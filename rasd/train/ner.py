"""Train the NER tagger (rasd/resources/ner/ner.crfsuite) from the ANERcorp CAMeL Lab train split.

    python -m rasd.train.ner [--train PATH] [--dev-fraction 0.1] [--c1 C1] [--c2 C2] [--tune]
                             [--news SAUDINEWSNET_DIR] [--news-articles 5000]

Steps (about 7 minutes on one core):
1. Rebuild the gazetteer feature list (resources/ner/gazetteer.tsv) from the countries data and
   the UniversalPetrarch Arabic actor and agent dictionaries (never from ANERcorp, so no test
   token can leak into it).
2. Hold out the last ``--dev-fraction`` of the training sentences (the corpus is split
   sequentially, as its test split is); the rest is the fit part.
3. Self-training lexicon (resources/ner/silver.tsv): two CRFs trained on the two halves of the
   fit part tag SaudiNewsNet articles; words the taggers confidently label a name enter the
   lexicon. Two-fold, so no training sentence gets this feature from a model that saw it.
4. Train on the fit part and print dev scores (with ``--tune``, for each of a small grid of L1/L2
   weights, keeping the best), then train on all training sentences and write the model and its
   checksum file.

The word clusters (resources/ner/clusters.tsv.gz) come from ``python -m rasd.train.clusters``;
rebuild them first when the SaudiNewsNet data changes. Training is deterministic (L-BFGS from
zero weights over a fixed feature order, single-threaded), so a rebuild gives the same model.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from ..eval.ner import DEV_FRACTION, TRAIN, evaluate_conll, format_table, read_conll, split_dev
from ..entities.model_meta import meta_path as meta_of
from ..shared import need, shared_path
from ..text.normalize import normalize
from . import command_line, shipped

SHARED = shared_path("data")
MODEL = shipped("ner", "ner.crfsuite")
GAZ = shipped("ner", "gazetteer.tsv")
SILVER = shipped("ner", "silver.tsv")
NEWS = shared_path("data", "saudinewsnet")
# Self-training lexicon: news articles tagged (about 1.5 million tokens: most names in
# the news occur several times), the confidence a tag needs to count, and how often a word
# must occur and be tagged a name to enter the lexicon.
NEWS_ARTICLES = 5_000
SILVER_CONF = 0.9
SILVER_MIN_OCC = 3
SILVER_MIN_RATIO = 0.3
SILVER_ITER = 100

# Chosen on the dev part of train (see docs/ner.md); --tune re-runs the search.
C1, C2 = 0.05, 0.05
MAX_ITER = 200
# Features seen once in 110k training words are mostly noise and only grow the model file.
MIN_FREQ = 2
GRID = [(0.02, 0.02), (0.05, 0.05), (0.1, 0.05), (0.05, 0.2), (0.2, 0.01)]

_AR_WORD = re.compile(r"[\u0621-\u064A]+")


def _forms(word: str) -> set[str]:
    """Normalised word with and without the article (gazetteer entries are looked up by both)."""
    w = normalize(word)
    out = {w}
    if w.startswith("ال") and len(w) > 4:
        out.add(w[2:])
    else:
        out.add("ال" + w)
    return out


def build_gazetteer(shared: Path = SHARED, out: Path = GAZ) -> int:
    """Write word -> classes: country (names of countries), place (Petrarch one-word place
    entries), nisba (Petrarch one-word adjectives of a country), per_first/per_last (first and
    last words of Petrarch person entries), actor (other words of Petrarch names), agent (words of
    Petrarch agent phrases: titles, institutions, groups)."""
    classes: dict[str, set[str]] = {}

    def add(word: str, cls: str) -> None:
        if len(normalize(word)) < 2:
            return
        for f in _forms(word):
            classes.setdefault(f, set()).add(cls)

    countries = json.loads(need(shared / "countries" / "countries.json", "countries data").read_text(encoding="utf-8"))
    for c in countries:
        for key in ("name_ar", "official_ar"):
            ws = _AR_WORD.findall(c.get(key) or "")
            if len(ws) == 1:
                add(ws[0], "country")

    agent_words: set[str] = set()
    for fname in ("agents.all.ar.txt",):
        for line in need(shared / "petrarch-ar" / fname, "Petrarch agents").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "]" not in line:
                continue
            for w in _AR_WORD.findall(line.split("]", 1)[1].split("#")[0]):
                agent_words.add(normalize(w))
    for w in agent_words:
        add(w, "agent")

    lines = need(shared / "petrarch-ar" / "actor_dict_ar_v4.txt", "Petrarch actors").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if not line.strip() or line[0].isspace() or line.startswith(("#", "+", "=")):
            continue
        name, _, rest = line.partition("[")
        code = rest.split("]")[0].strip() if rest else ""
        words = [w for w in name.strip().strip("_").split("_") if _AR_WORD.fullmatch(w)]
        if not words:
            continue
        if len(words) == 1:
            if re.fullmatch(r"[A-Z]{3}", code):
                add(words[0], "nisba" if normalize(words[0]).endswith("ي") else "place")
            else:
                add(words[0], "actor")
            continue
        # person entries: no word is a common noun of the agents dictionary (titles such as
        # أمير are dropped from the front first)
        core = list(words)
        while core and normalize(core[0]) in agent_words:
            core.pop(0)
        if len(core) >= 2 and not any(normalize(w) in agent_words for w in core):
            add(core[0], "per_first")
            add(core[-1], "per_last")
        else:
            for w in words:
                if normalize(w) not in agent_words:
                    add(w, "actor")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# normalised word\tgazetteer classes; built by rasd.train.ner from countries.json (ODbL) "
                "and UniversalPetrarch Arabic dictionaries (MIT); see SOURCES.md\n")
        for w in sorted(classes):
            f.write(w + "\t" + ",".join(sorted(classes[w])) + "\n")
    return len(classes)


def train_model(groups, path: Path, c1: float, c2: float, max_iter: int = MAX_ITER, log=print) -> None:
    """Train on ``groups``: (sentences, silver lexicon to compute their features with, None for
    the shipped one) pairs."""
    import pycrfsuite

    from ..entities.ner_features import NerFeatures
    from ..resources import Resources

    res = Resources()  # the data files as they are now (run() has just rebuilt gazetteer.tsv and silver.tsv)
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    n = 0
    for sents, lex in groups:
        features = NerFeatures(res, silver=lex)
        for toks, tags in sents:
            trainer.append(features.sentence_features(toks), tags)
        n += len(sents)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter, "feature.minfreq": MIN_FREQ,
                        "feature.possible_transitions": True})
    t0 = time.time()
    path.parent.mkdir(parents=True, exist_ok=True)
    # train into a temporary file and move it (and its checksum) into place, so that a model
    # that is in use is never half-written
    tmp = path.with_name(path.name + ".part")
    trainer.train(str(tmp))
    from ..entities.model_meta import write_meta

    # the side file records the features the model is trained on (taggers check them)
    write_meta(tmp, NerFeatures(res).settings(), c1=c1, c2=c2, max_iterations=max_iter,
               feature_minfreq=MIN_FREQ, sentences=n)
    tmp.replace(path)
    meta_of(tmp).replace(meta_of(path))
    log(f"trained on {n} sentences (c1={c1}, c2={c2}) in {time.time() - t0:.0f}s -> {path} "
        f"({path.stat().st_size / 1e6:.1f} MB)")


def news_sentences(folder, articles: int) -> list[list[str]]:
    """Token strings of the sentences of the first ``articles`` SaudiNewsNet articles."""
    from .saudinewsnet import article_sentences, iter_articles

    return [toks for rec in iter_articles(folder, limit=articles) for toks in article_sentences(rec)
            if 3 <= len(toks) <= 200]


def silver_counts(models: list[Path], sentences, log=print) -> list[tuple[dict, dict]]:
    """For each model: (key -> occurrences, key -> {label: confident name tags}) over ``sentences``."""
    import pycrfsuite

    from ..entities import ner_features as nf
    from ..entities.bio import chunks as _chunks
    from ..resources import Resources

    features = nf.NerFeatures(Resources(), silver={})  # the lexicon models were trained without the lexicon
    taggers = []
    for m in models:
        tg = pycrfsuite.Tagger()
        tg.open(str(m))
        taggers.append(tg)
    res = [({}, {}) for _ in models]
    t0 = time.time()
    ntok = 0
    for toks in sentences:
        keys = [nf.name_key(t) if len(t) > 1 and "\u0621" <= t[0] <= "\u064a" else None for t in toks]
        x = features.sentence_features(toks)
        ntok += len(toks)
        for tg, (tot, hits) in zip(taggers, res):
            for k in keys:
                if k:
                    tot[k] = tot.get(k, 0) + 1
            tg.set(x)
            ys = tg.tag()
            for a, b, lab in _chunks(ys):
                if b - a > 6:
                    continue
                for i in range(a, b):
                    if keys[i] and tg.marginal(ys[i], i) >= SILVER_CONF:
                        h = hits.setdefault(keys[i], {})
                        h[lab] = h.get(lab, 0) + 1
    log(f"silver lexicon: tagged {ntok:,} news tokens with {len(models)} models in {time.time() - t0:.0f}s")
    return res


def silver_table(counts: list[tuple[dict, dict]]) -> dict[str, tuple[str, float, int]]:
    """Merge per-model counts into key -> (label, ratio of confident name tags, occurrences)."""
    tot: dict[str, int] = {}
    hits: dict[str, dict[str, int]] = {}
    for t, h in counts:
        for k, v in t.items():
            tot[k] = tot.get(k, 0) + v
        for k, labs in h.items():
            d = hits.setdefault(k, {})
            for lab, v in labs.items():
                d[lab] = d.get(lab, 0) + v
    out = {}
    for k, labs in hits.items():
        lab, v = max(labs.items(), key=lambda x: (x[1], x[0]))
        n = tot.get(k, 0)
        if n >= SILVER_MIN_OCC and v >= 2 and v / n >= SILVER_MIN_RATIO:
            out[k] = (lab, v / n, n)
    return out


def as_features(table) -> dict[str, tuple[str, ...]]:
    from ..entities.ner_features import silver_features

    return {k: silver_features(lab, r) for k, (lab, r, _) in table.items()}


def write_silver(table, out: Path = SILVER) -> None:
    with open(out, "w", encoding="utf-8") as f:
        f.write("# name key\tlabel\tstrength: words the NER tagger labels a name in SaudiNewsNet text "
                "(derived statistics, built by rasd.train.ner; see SOURCES.md)\n")
        for k in sorted(table):
            lab, r, _ = table[k]
            f.write(f"{k}\t{lab}\t{'hi' if r >= 0.7 else 'mid'}\n")


def score(path: Path, sents, block: int | None = None) -> dict:
    from ..entities.ner import NerTagger
    from ..eval.ner import BLOCK, tag_blocks

    tagger = NerTagger.from_files(path)
    pred = tag_blocks(tagger, [t for t, _ in sents], BLOCK if block is None else block)
    return evaluate_conll([g for _, g in sents], pred)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.train.ner", description=__doc__.splitlines()[0])
    ap.add_argument("--train", default=str(TRAIN), help="ANERcorp CAMeL Lab train split")
    ap.add_argument("--shared", default=str(SHARED), help="folder holding countries/ and petrarch-ar/")
    ap.add_argument("--out", default=str(MODEL), help="model file to write")
    ap.add_argument("--dev-fraction", type=float, default=DEV_FRACTION, help="last part of train held out for dev scores")
    ap.add_argument("--c1", type=float, default=C1)
    ap.add_argument("--c2", type=float, default=C2)
    ap.add_argument("--max-iter", type=int, default=MAX_ITER)
    ap.add_argument("--tune", action="store_true", help="grid-search c1/c2 on the dev part first")
    ap.add_argument("--no-final", action="store_true", help="only train and score the dev model")
    ap.add_argument("--news", default=str(NEWS), help="SaudiNewsNet folder (for the self-training lexicon)")
    ap.add_argument("--news-articles", type=int, default=NEWS_ARTICLES,
                    help="articles tagged for the self-training lexicon (0: no lexicon)")
    a = ap.parse_args(argv)
    return run(a.train, a.shared, a.out, a.dev_fraction, a.c1, a.c2, a.max_iter, a.tune, not a.no_final,
               news=a.news, news_articles=a.news_articles)


def run(train=str(TRAIN), shared=str(SHARED), out=str(MODEL), dev_fraction=DEV_FRACTION, c1=C1, c2=C2,
        max_iter=MAX_ITER, tune=False, final=True, log=print, news=str(NEWS), news_articles=NEWS_ARTICLES) -> int:
    need(train, "ANERcorp train split")  # before the gazetteer is rewritten
    n = build_gazetteer(Path(shared))
    log(f"gazetteer: {n} word forms -> {GAZ}")
    sents = read_conll(train)
    out = Path(out)
    fit, dev = split_dev(sents, dev_fraction)
    # Self-training lexicon, two-fold so that no sentence's feature comes from a model that saw
    # it: models A and B trained on the two halves of the fit part tag the news; the first half's
    # features use B's lexicon, the second half's A's; dev, test and users get the merged one.
    half = len(fit) // 2
    h1, h2 = fit[:half], fit[half:]
    groups = [(h1, None), (h2, None)]
    if news_articles > 0:
        tmp = [out.with_suffix(".a.crfsuite"), out.with_suffix(".b.crfsuite")]
        train_model([(h1, {})], tmp[0], c1, c2, SILVER_ITER, log)
        train_model([(h2, {})], tmp[1], c1, c2, SILVER_ITER, log)
        counts = silver_counts(tmp, news_sentences(news, news_articles), log)
        for p in tmp:
            p.unlink(missing_ok=True)
            meta_of(p).unlink(missing_ok=True)
        table = silver_table(counts)
        write_silver(table)
        log(f"silver lexicon: {len(table)} words -> {SILVER}")
        groups = [(h1, as_features(silver_table(counts[1:]))), (h2, as_features(silver_table(counts[:1])))]
    else:
        write_silver({})
    if dev:
        tmp = out.with_suffix(".dev.crfsuite")
        grid = GRID if tune else [(c1, c2)]
        best = None
        for g1, g2 in grid:
            train_model(groups, tmp, g1, g2, max_iter, log)
            s = score(tmp, dev)
            log(f"dev (last {len(dev)} train sentences), c1={g1} c2={g2}:\n{format_table(s)}")
            if best is None or s["overall"]["f1"] > best[0]:
                best = (s["overall"]["f1"], g1, g2)
        tmp.unlink(missing_ok=True)
        meta_of(tmp).unlink(missing_ok=True)
        c1, c2 = best[1], best[2]
        if tune:
            log(f"best on dev: c1={c1} c2={c2} F1={best[0]:.4f}")
    if final:
        train_model(groups + ([(dev, None)] if dev else []), out, c1, c2, max_iter, log)
    return 0


if __name__ == "__main__":
    command_line(main)
