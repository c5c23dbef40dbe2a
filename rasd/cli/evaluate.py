"""`rasd evaluate GOLD_DIR`: score Rasd (or a predictions file) against gold annotations."""
from __future__ import annotations

import json

import click


@click.command("evaluate")
@click.argument("gold_dir", type=click.Path(file_okay=False))
@click.option("--predictions", type=click.Path(dir_okay=False, exists=True),
              help="Score this JSON Lines file of documents instead of running Rasd.")
@click.option("--save", type=click.Path(dir_okay=False, writable=True), help="Also write Rasd's documents as JSON Lines.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON line last.")
def command(gold_dir, predictions, save, verbose, as_json):
    """Score against GOLD_DIR (NAME.txt + NAME.gold.json, the evaluation-kit format)."""
    from ..eval.documents import evaluate, format_report, load_gold, predict, read_predictions

    if predictions:
        preds = read_predictions(predictions)
    else:
        preds = predict(load_gold(gold_dir))
        if save:
            with open(save, "w", encoding="utf-8") as f:
                for d in preds.values():
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
    result = evaluate(gold_dir, preds)
    click.echo(format_report(result, verbose))
    if as_json:
        click.echo(json.dumps(result["summary"], ensure_ascii=False))
