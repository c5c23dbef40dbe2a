"""Measuring Rasd: scores against gold annotations. Not imported at run time.

    rasd evaluate GOLD_DIR        = rasd.eval.documents (the dev articles, the JSON contract)
    python -m rasd.eval.ner       = rasd.eval.ner       (NER on ANERcorp, CoNLL exact spans)
    python -m rasd.eval.events    = rasd.eval.events    (PLOVER events on the held-out event sentences)
"""
