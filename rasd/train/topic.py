"""Train the article-topic classifier (rasd/resources/topic/model.json) from SaudiNewsNet.

    python -m rasd.train.topic [--data SAUDINEWSNET_DIR] [--out FILE]
    rasd train topic

Labels are weak: the section some outlets write into their URLs (``URL_SECTIONS``: 3alyoum's
/news/pol/, /sports/, /finance/ …, al-Watan's Politics/Sports/Economy/Culture, al-Jazirah's page
codes sp/ec/cu, the sports daily arreyadi). Sections that mix kinds (local news, opinion pages,
the front pages) are left unlabelled, and so are the fresh-reading days (``rasd.train.FRESH_READING_DAYS``),
which no trainer may read. Four classes: ``politics`` (politics, security, world news),
``sport``, ``economy``, ``other`` (culture, technology, society).

The model is a multinomial naive Bayes over the distinct normalised words of the title and body
(a word counted once per article: news repeats names), words stripped of a conjunction and the
article, vocabulary cut to the ``VOCAB`` most informative words seen in at least ``MIN_DF``
articles. Log-likelihood sums are divided by a temperature fitted on a validation part of the
training articles, so that the posterior is a usable confidence (naive Bayes alone is certain
of everything). A documented part of the labelled articles is held out (``held_out``: a hash of
the URL) and the accuracy per class on it is written into the model file's report.

Derived statistics only (word log-probabilities), no text: see the README's licence section.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

from ..shared import need
from ..text.topic import CLASSES, article_words
from . import FRESH_READING_DAYS, command_line, shipped
from .saudinewsnet import DEFAULT_DIR

OUT = shipped("topic", "model.json")
# (outlet host, regular expression on the URL path or query) -> class. Sections that mix kinds
# (3alyoum /news/local, al-Watan Local and Nation, al-Jazirah's local page "ln") are unlabelled.
URL_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("3alyoum.com", r"^/news/(pol|golobal)/", "politics"),
    ("3alyoum.com", r"^/sports/", "sport"),
    ("3alyoum.com", r"^/finance/", "economy"),
    ("3alyoum.com", r"^/(culture|technology)/", "other"),
    ("alwatan.com.sa", r"^/Politics/", "politics"),
    ("alwatan.com.sa", r"^/Sports/", "sport"),
    ("alwatan.com.sa", r"^/Economy/", "economy"),
    ("alwatan.com.sa", r"^/Culture/", "other"),
    ("al-jazirah.com", r"/sp\d+\.htm$", "sport"),
    ("al-jazirah.com", r"/ec\d+\.htm$", "economy"),
    ("al-jazirah.com", r"/cu\d+\.htm$", "other"),
    ("arreyadi.com.sa", r"^/", "sport"),
)
# Held out for measuring: sha1(url) % 10 < HELD_OUT_TENTHS; validation (temperature) likewise
# among the others, on a second hash digit.
HELD_OUT_TENTHS = 2
# A word seen in fewer than five training articles has counts too small to estimate its class
# likelihoods (mostly names and misspellings). VOCAB keeps the shipped file small (about 270 KB);
# it was not tuned on the held-out part.
MIN_DF = 5
VOCAB = 6000
# Laplace smoothing of the word counts.
ALPHA = 0.5
TEMPERATURES = (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40)


def label_of(url: str) -> str | None:
    """The class an article's URL section gives, or None (no section, or a mixed one)."""
    u = urlparse(url or "")
    host = u.netloc.lower()
    where = u.path + ("?" + u.query if u.query else "")
    for outlet, pattern, cls in URL_SECTIONS:
        if host.endswith(outlet) and re.search(pattern, where):
            return cls
    return None


def _digest(url: str) -> int:
    return int(hashlib.sha1(url.encode("utf-8")).hexdigest()[:8], 16)


def held_out(url: str) -> bool:
    """Is the labelled article with this URL in the held-out part (measured, never trained on)?"""
    return _digest(url) % 10 < HELD_OUT_TENTHS


def _validation(url: str) -> bool:
    return (_digest(url) // 10) % 10 < 2


def labelled_articles(folder: str | Path) -> list[tuple[str, str, frozenset[str]]]:
    """(url, class, distinct words) of each labelled article of the non-reserved days."""
    zips = sorted(need(folder, "SaudiNewsNet folder").glob("*.zip"))
    out = []
    seen = set()
    for zpath in zips:
        if any(day in zpath.name for day in FRESH_READING_DAYS):
            continue
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    url = rec.get("url") or ""
                    cls = label_of(url)
                    if cls is None or url in seen:
                        continue
                    seen.add(url)
                    text = (rec.get("title") or "") + "\n" + (rec.get("content") or "")
                    out.append((url, cls, frozenset(article_words(text))))
    return out


def fit(rows, vocab_size: int = VOCAB) -> dict:
    """Priors and word log-probabilities per class from (url, class, words) rows."""
    docs = Counter(cls for _u, cls, _w in rows)
    df: dict[str, Counter] = {}
    for _u, cls, words in rows:
        for w in words:
            df.setdefault(w, Counter())[cls] += 1
    n = len(rows)
    # information of a word's presence about the class (mutual information), on words seen enough
    scored = []
    for w, by in df.items():
        total = sum(by.values())
        if total < MIN_DF:
            continue
        mi = 0.0
        for c in CLASSES:
            for present in (True, False):
                joint = (by[c] if present else docs[c] - by[c]) / n
                if joint <= 0:
                    continue
                pw = total / n if present else 1 - total / n
                mi += joint * math.log(joint / (pw * docs[c] / n))
        scored.append((mi, w))
    vocab = sorted(w for _mi, w in sorted(scored, reverse=True)[:vocab_size])
    tokens = {c: sum(df[w][c] for w in vocab) for c in CLASSES}
    logp = {w: [round(math.log((df[w][c] + ALPHA) / (tokens[c] + ALPHA * len(vocab))), 3) for c in CLASSES]
            for w in vocab}
    unseen = [round(math.log(ALPHA / (tokens[c] + ALPHA * len(vocab))), 3) for c in CLASSES]
    prior = [round(math.log(docs[c] / n), 3) for c in CLASSES]
    return {"classes": list(CLASSES), "prior": prior, "unseen": unseen, "words": logp}


def _scores(model: dict, words) -> list[float]:
    s = list(model["prior"])
    table = model["words"]
    for w in words:
        row = table.get(w)
        if row is not None:
            s = [a + b for a, b in zip(s, row)]
    return s


def _posterior(scores: list[float], temperature: float) -> list[float]:
    top = max(scores)
    e = [math.exp((x - top) / temperature) for x in scores]
    z = sum(e)
    return [x / z for x in e]


def fit_temperature(model: dict, rows) -> float:
    """The temperature with the least log loss on ``rows``."""
    scored = [(_scores(model, w), CLASSES.index(c)) for _u, c, w in rows]

    def loss(t):
        return -sum(math.log(max(_posterior(s, t)[k], 1e-12)) for s, k in scored) / max(1, len(scored))

    return min(TEMPERATURES, key=loss)


def report(model: dict, rows, temperature: float) -> dict:
    """Accuracy, per-class recall and precision, and the accuracy of confident calls on ``rows``."""
    gold = Counter()
    hit = Counter()
    said = Counter()
    confident = [0, 0]
    for _u, c, words in rows:
        post = _posterior(_scores(model, words), temperature)
        k = max(range(len(CLASSES)), key=post.__getitem__)
        guess = CLASSES[k]
        gold[c] += 1
        said[guess] += 1
        hit[c] += guess == c
        if post[k] >= 0.8:
            confident[0] += 1
            confident[1] += guess == c
    return {
        "articles": len(rows),
        "accuracy": round(sum(hit.values()) / max(1, len(rows)), 3),
        "recall": {c: round(hit[c] / gold[c], 3) if gold[c] else None for c in CLASSES},
        "precision": {c: round(hit[c] / said[c], 3) if said[c] else None for c in CLASSES},
        "articles_per_class": {c: gold[c] for c in CLASSES},
        "confident_0.8": {"share": round(confident[0] / max(1, len(rows)), 3),
                          "accuracy": round(confident[1] / max(1, confident[0]), 3)},
    }


def build(folder=DEFAULT_DIR, out: Path = OUT, log=print) -> dict:
    rows = labelled_articles(folder)
    train = [r for r in rows if not held_out(r[0])]
    test = [r for r in rows if held_out(r[0])]
    fit_rows = [r for r in train if not _validation(r[0])]
    val = [r for r in train if _validation(r[0])]
    temperature = fit_temperature(fit(fit_rows), val)
    model = fit(train)
    rep = report(model, test, temperature)
    model = {"about": "article topic, multinomial naive Bayes over distinct normalised words; built by "
                      "rasd.train.topic from SaudiNewsNet URL sections (derived statistics, no text)",
             "temperature": temperature,
             "report": {"held_out": rep, "train_articles": len(train),
                        "held_out_rule": f"sha1(url) % 10 < {HELD_OUT_TENTHS}",
                        "reserved_days_skipped": list(FRESH_READING_DAYS)},
             **model}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    log(json.dumps(rep, ensure_ascii=False, indent=1))
    log(f"temperature {temperature}; {len(model['words'])} words -> {out}")
    return rep


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="rasd train topic", description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DIR), help="SaudiNewsNet folder of *.zip files")
    ap.add_argument("--out", default=str(OUT), help="model file to write (default: the shipped one)")
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    build(args.data, Path(args.out))
    return 0


if __name__ == "__main__":
    command_line(main)
