"""NER speed on SaudiNewsNet text (one process, one core): load time, tokens/second, peak memory.

    python bench/ner.py [--articles 500] [--data SAUDINEWSNET_DIR] [--kind crf|neural|ensemble]

Load time covers everything the tagger needs before its first sentence (model, clusters,
gazetteer, word counts). Tokens/second is measured twice: the whole ``ner`` stage (sentence
grouping, tagging with marginals, consistency pass, mention spans) on documents already
tokenised, as a pipeline runs it (the article's words not seen before are scored here), then the
``--kind`` tagger alone over the same sentences again (every word's scores cached: the decoding
cost alone).
Peak memory is the process's maximum resident set size.
"""
from __future__ import annotations

import argparse
import bisect
import os
import resource
import sys
import time

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--data", default=None)
    ap.add_argument("--kind", default="crf", choices=("crf", "neural", "ensemble"), help="which NER tagger")
    a = ap.parse_args(argv)

    from rasd import Pipeline
    from rasd.document import Document
    from rasd.train.saudinewsnet import DEFAULT_DIR, iter_articles

    c_load0 = time.process_time()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from rasd.entities.ner import NerTagger, extract_mentions
    from rasd.text.tokens import word_counts

    tagger = NerTagger.shipped(a.kind)
    word_counts()
    load = time.perf_counter() - t0
    c_load = time.process_time() - c_load0
    rss_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    prep = Pipeline(stages=["normalize", "sentences", "tokens"])

    def timed(fn):
        w, c = time.perf_counter(), time.process_time()
        r = fn()
        return r, time.perf_counter() - w, time.process_time() - c

    # Articles are streamed (one in memory at a time) so that peak memory is the tagger's.
    ndoc = nsent = ntok = nment = 0
    t_tag = c_tag = t_stage = c_stage = 0.0
    for rec in iter_articles(a.data or DEFAULT_DIR, limit=a.articles):
        text = ((rec.get("title") or "") + "\n" + (rec.get("content") or "")).strip()
        if not text:
            continue
        d = prep(Document(text))
        toks = d.tokens
        starts = [t.start for t in toks]
        sents = []
        for s in d.sentences:
            i, j = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
            sents.append([t.text for t in toks[i:j]])
        # the stage first, as in a pipeline: the article's words not seen before (about 50 of
        # its 311 tokens after a few hundred articles) have their label scores computed here;
        # the tagger then runs on words whose scores are all cached
        ms, w, c = timed(lambda: extract_mentions(d, tagger))
        t_stage += w
        c_stage += c
        _, w, c = timed(lambda: [tagger.tag(x) for x in sents])
        t_tag += w
        c_tag += c
        ndoc += 1
        nsent += len(sents)
        ntok += len(toks)
        nment += len(ms)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"tagger: {a.kind} ({', '.join(p.name for p in tagger.files)})")
    print(f"articles: {ndoc}, sentences: {nsent}, tokens: {ntok:,}, mentions: {nment:,}")
    print(f"model load (model + clusters + gazetteer + word counts): {load:.3f} s wall, {c_load:.3f} CPU-s")
    print("tokens/s by wall clock and per CPU-second of this process (the per-core figure when the")
    print("machine is shared); word caches start empty:")
    print(f"ner stage (labels, marginals,          {ntok / t_stage:,.0f} wall, {ntok / c_stage:,.0f} per CPU-s,"
          f" {1000 * c_stage / ndoc:.2f} CPU-ms/article")
    print("           consistency, mention spans; each article's new words scored here)")
    print(f"tagger alone, same sentences again     {ntok / t_tag:,.0f} wall, {ntok / c_tag:,.0f} per CPU-s")
    print("           (BIO labels; every word's scores already cached)")
    print(f"peak RSS: {peak / 1024:.0f} MB (interpreter+imports {rss0 / 1024:.0f} MB, after load {rss_load / 1024:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
