"""`rasd train`: rebuild shipped models and data files from the source corpora (see docs/ner.md)."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputError


def _need(path: str, what: str) -> None:
    if not Path(path).exists():
        raise InputError(f"{what} not found: {path}")


@click.group("train")
def command():
    """Rebuild the shipped models and data files from the source corpora."""


@command.command("ner")
@click.option("--train", "train_path", default=None, help="ANERcorp CAMeL Lab train split (default: shared data)")
@click.option("--shared", default=None, help="folder with countries/ and petrarch-ar/ (default: shared data)")
@click.option("--out", default=None, help="model file to write (default: the shipped rasd/resources/ner/ner.crfsuite)")
@click.option("--dev-fraction", default=0.1, show_default=True, help="last part of train held out for dev scores")
@click.option("--c1", type=float, default=None, help="L1 weight (default: the tuned value)")
@click.option("--c2", type=float, default=None, help="L2 weight (default: the tuned value)")
@click.option("--tune", is_flag=True, help="grid-search c1/c2 on the dev part first")
@click.option("--news", default=None, help="SaudiNewsNet folder for the self-training lexicon (default: shared data)")
@click.option("--news-articles", default=None, type=int,
              help="articles tagged for the self-training lexicon (default 5000; 0: no lexicon)")
@click.option("--evaluate", "do_eval", is_flag=True, help="then tag the ANERcorp test split and print its scores")
def ner(train_path, shared, out, dev_fraction, c1, c2, tune, news, news_articles, do_eval):
    """Train the NER tagger (CRF) and print dev scores; --evaluate adds test-split scores."""
    from ..train import ner as tn

    train_path = train_path or str(tn.TRAIN)
    shared = shared or str(tn.SHARED)
    _need(train_path, "ANERcorp train file")
    _need(shared, "shared data folder")
    news_articles = tn.NEWS_ARTICLES if news_articles is None else news_articles
    news = news or str(tn.NEWS)
    if news_articles > 0:
        _need(news, "SaudiNewsNet folder")
    tn.run(train_path, shared, out or str(tn.MODEL), dev_fraction, tn.C1 if c1 is None else c1,
           tn.C2 if c2 is None else c2, tn.MAX_ITER, tune, True, log=click.echo,
           news=news, news_articles=news_articles)
    if do_eval:
        _eval(None, out)


def _eval(test, model, kind="crf"):
    from ..eval import ner as evaluate_ner

    args = ["--kind", kind]
    if test:
        _need(test, "ANERcorp test file")
        args += ["--test", test]
    elif not evaluate_ner.TEST.exists():
        raise InputError(f"ANERcorp test file not found: {evaluate_ner.TEST} (pass --test)")
    if model:
        args += ["--model", model]
    evaluate_ner.main(args)


@command.command("ner-neural")
@click.option("--train", "train_path", default=None, help="ANERcorp CAMeL Lab train split (default: shared data)")
@click.option("--out", default=None, help="model file to write (default: the shipped rasd/resources/ner/ner_neural.npz)")
@click.option("--dev-fraction", default=0.1, show_default=True, help="last part of train held out for the epoch choice")
@click.option("--epochs", default=None, type=int, help="most epochs (default 30; the dev part picks the best)")
@click.option("--seed", default=None, type=int,
              help="random seed (default 7, the shipped network's; another seed trains another network of an ensemble)")
@click.option("--evaluate", "do_eval", is_flag=True, help="then tag the ANERcorp test split and print its scores")
def ner_neural(train_path, out, dev_fraction, epochs, seed, do_eval):
    """Train the neural NER tagger (BiLSTM-CRF; needs PyTorch: pip install -e .[train])."""
    import importlib.util

    # only look for PyTorch here: ner_neural must be imported before torch, so that its one-BLAS-
    # thread setting comes before NumPy loads
    if importlib.util.find_spec("torch") is None:
        raise InputError("training the neural NER tagger needs PyTorch: pip install -e .[train]")
    from ..train import clusters as tc
    from ..train import ner_neural as tnn

    train_path = train_path or str(tnn.TRAIN)
    _need(train_path, "ANERcorp train file")
    _need(str(tc.DEFAULT_DIR), "SaudiNewsNet folder")
    out = out or str(tnn.MODEL)
    if not out.endswith(".npz"):
        raise InputError(f"--out {out} must end in .npz (the neural tagger is chosen by that suffix)")
    tnn.run(train_path, out, dev_fraction, epochs or tnn.EPOCHS, True, log=click.echo,
            seed=tnn.SEED if seed is None else seed)
    if do_eval:
        _eval(None, out, "neural")


@command.command("ner-eval")
@click.option("--test", default=None, help="CoNLL file to score (default: ANERcorp CAMeL Lab test split)")
@click.option("--model", default=None, help="model file (default: the shipped one of --kind; .npz: neural)")
@click.option("--kind", default="crf", type=click.Choice(["crf", "neural", "ensemble"]), show_default=True,
              help="which shipped tagger to score")
def ner_eval(test, model, kind):
    """Tag the ANERcorp test split and print CoNLL exact-span P/R/F1 per label."""
    _eval(test, model, kind)


@command.command("clusters")
@click.option("--data", default=None, help="SaudiNewsNet folder of *.zip files (default: shared data)")
@click.option("--out", default=None, help="clusters file to write (default: the shipped one)")
def clusters(data, out):
    """Rebuild the word clusters used by the NER features from SaudiNewsNet (a few minutes)."""
    from ..train import clusters as tc

    data = data or str(tc.DEFAULT_DIR)
    _need(data, "SaudiNewsNet folder")
    tc.build(data, Path(out) if out else tc.OUT, log=click.echo)


_PASS_THROUGH = {"context_settings": {"ignore_unknown_options": True, "help_option_names": []}}


@command.command("wordfreq")
@click.argument("saudinewsnet", required=False)
def wordfreq(saudinewsnet):
    """Rebuild the word counts the clitic splitter uses (resources/lexicon/word_freq.tsv)."""
    from ..train import wordfreq as w

    folder = saudinewsnet or str(w.DEFAULT_DIR)
    _need(folder, "SaudiNewsNet folder")
    click.echo(f"{w.build(folder)} words -> {w.OUT}")
    click.echo("the NER features use these counts: retrain with `rasd train ner`")


@command.command("gazetteers")
@click.argument("shared_data", required=False)
def gazetteers(shared_data):
    """Rebuild the generated gazetteers (countries, Petrarch actors and agents)."""
    from ..train import gazetteers as g

    data = Path(shared_data) if shared_data else g.DEFAULT_DATA
    _need(str(data), "shared data folder")
    for name, n in g.build(data).items():
        click.echo(f"{name}: {n}")


@command.command("plover-lexicon", **_PASS_THROUGH)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def plover_lexicon(args):
    """Rebuild the PLOVER verb lexicon from Petrarch's CAMEO verbs (arguments as python -m rasd.train.plover_lexicon)."""
    from ..train import plover_lexicon as p

    raise SystemExit(p.main(list(args)))


@command.command("event-detector", **_PASS_THROUGH)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def event_detector(args):
    """Retrain the event sentence detector (arguments as python -m rasd.train.event_detector)."""
    from ..train import event_detector as e

    raise SystemExit(e.main(list(args)))


@command.command("topic", **_PASS_THROUGH)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def topic(args):
    """Retrain the article-topic classifier from SaudiNewsNet URL sections (arguments as python -m rasd.train.topic)."""
    from ..train import topic as t

    raise SystemExit(t.main(list(args)))
