"""Self-training sentences for the neural NER tagger (rasd.train.ner_neural ``--self-train``):
SaudiNewsNet sentences that a CRF + network ensemble tags with confidence, kept in memory for
training only (SaudiNewsNet is non-commercial: its text is never written; only the network
trained with it is shipped).

    python -m rasd.train.ner_selftrain --crf FIT.crfsuite --net FIT.npz [--articles N]

prints how many sentences, tokens and mentions the selection keeps (a dry run of the step).

The taggers must not have seen the dev part of train (the trainer scores epochs there): the
trainer uses a CRF and a network trained on the fit part only.
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from . import command_line  # noqa: E402
from .ner import NEWS, NEWS_ARTICLES  # noqa: E402

# Articles read: after the first NEWS_ARTICLES (rasd.train.ner's self-training lexicon reads
# those), so the two self-training steps see different news.
SKIP_ARTICLES = NEWS_ARTICLES
# A sentence is kept only when every token's label (O included) has at least this marginal
# under the ensemble: a missed name costs as much as a wrong one, and at 0.9 the CRF's silver
# lexicon already found its tags reliable (rasd.train.ner.SILVER_CONF).
CONF = 0.9
# Sentence lengths kept: shorter ones are mostly headlines and datelines, longer ones rarely
# reach the confidence everywhere and cost the most training time.
MIN_TOKENS, MAX_TOKENS = 6, 60


def sentences(crf: str | Path, net: str | Path, articles: int, folder=NEWS, weight: float | None = None,
              log=print) -> list[tuple[list[str], list[str]]]:
    """(tokens, BIO labels) of the confidently tagged sentences with at least one mention among
    the sentences of ``articles`` SaudiNewsNet articles (after the first SKIP_ARTICLES)."""
    from ..entities.ner import ENSEMBLE_WEIGHT, NerTagger
    from .saudinewsnet import article_sentences, iter_articles

    tagger = NerTagger.from_files(crf, ensemble_with=net, weight=ENSEMBLE_WEIGHT if weight is None else weight)
    dec = tagger.decoder
    t0 = time.time()
    out: list[tuple[list[str], list[str]]] = []
    seen = ntok = 0
    for i, rec in enumerate(iter_articles(folder, limit=SKIP_ARTICLES + articles)):
        if i < SKIP_ARTICLES:
            continue
        sents = [toks for toks in article_sentences(rec) if MIN_TOKENS <= len(toks) <= MAX_TOKENS]
        seen += len(sents)
        if not sents:
            continue
        for toks, (ys, ms) in zip(sents, dec.decode(sents, True)):
            labels = [dec.labels[y] for y in ys]
            if min(ms) >= CONF and any(y != "O" for y in labels):
                out.append((toks, labels))
                ntok += len(toks)
    log(f"self-training: kept {len(out):,} of {seen:,} news sentences ({ntok:,} tokens) from {articles:,} "
        f"articles in {time.time() - t0:.0f}s")
    return out


def main(argv=None) -> int:
    from ..entities.bio import chunks

    ap = argparse.ArgumentParser(prog="python -m rasd.train.ner_selftrain", description=__doc__.splitlines()[0])
    ap.add_argument("--crf", required=True, help="CRF model trained on the fit part")
    ap.add_argument("--net", required=True, help="network trained on the fit part")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--data", default=str(NEWS), help="SaudiNewsNet folder")
    a = ap.parse_args(argv)
    got = sentences(a.crf, a.net, a.articles, a.data)
    lab: dict[str, int] = {}
    for _, ys in got:
        for _, _, t in chunks(ys):
            lab[t] = lab.get(t, 0) + 1
    print("mentions:", dict(sorted(lab.items())))
    return 0


if __name__ == "__main__":
    command_line(main)
