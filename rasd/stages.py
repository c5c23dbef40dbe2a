"""The one table of pipeline stages: name, component class, what each reads and what it may add.

``requires`` and ``adds`` name layers (span lists) and views (derived data such as the normalised
text) of the Document. The pipeline refuses an order in which a stage's requirements are not
added by an earlier stage, and a stage that adds a layer or view it did not declare. The order
stages run in is configuration (``rasd.config.DEFAULT_STAGES``), not this table's order.
"""
from __future__ import annotations

from .components import StageSpec

STAGES: tuple[StageSpec, ...] = (
    # the text core
    StageSpec("normalize", "rasd.text.normalize:NormalizeStage", ("text",), ("normalized",),
              "orthographic normalisation view with an offset map back to the text"),
    StageSpec("sentences", "rasd.text.sentences:SentencesStage", ("text",), ("sentences",),
              "sentence segmentation aware of Arabic punctuation, quotes, numbers, line breaks"),
    StageSpec("tokens", "rasd.text.tokens:TokensStage", ("sentences",), ("tokens", "token_keys"),
              "surface tokens with clitic sub-units (proclitics, article, pronoun suffixes); "
              "token_keys: their normalised forms, computed when first asked"),
    StageSpec("boilerplate", "rasd.text.boilerplate:BoilerplateStage", ("sentences",), ("boilerplate",),
              "lines that are not article body: related headlines, share buttons, credits, tags"),
    StageSpec("mtflags", "rasd.text.mtflags:MtFlagsStage", ("tokens", "boilerplate"), ("flags",),
              "machine-translation debris: Latin words in Arabic prose, known calques of names"),
    StageSpec("topic", "rasd.text.topic:TopicStage", ("normalized",), ("topic",),
              "the article's topic (politics, sport, economy, other) and its probability, from a "
              "naive Bayes model of its words (rasd train topic)"),
    # entities
    StageSpec("ner", "rasd.entities.ner:NerStage", ("tokens",), ("ner_mentions",),
              "statistical named-entity recognition (CRF trained by rasd train ner)"),
    StageSpec("gazetteer", "rasd.entities.gazetteer:GazetteerStage", ("tokens", "normalized"),
              ("gazetteer_mentions",),
              "names and titles from gazetteers (countries, Petrarch actors, curated leaders)"),
    StageSpec("entities", "rasd.entities.resolve:EntitiesStage", ("gazetteer_mentions", "boilerplate"),
              ("entities",), "merge NER (when run) and gazetteer mentions into entities, resolve variants "
              "and titles, attach actor codes"),
    # quotes, dates, events
    StageSpec("quotes", "rasd.quotes.stage:QuotesStage", ("sentences", "tokens", "entities", "boilerplate"),
              ("quotes", "quote_terms"), "direct and indirect quotes with cue and speaker; quoted terms apart; "
              "a person a speaker's title names and the entity stage missed joins entities"),
    StageSpec("dates", "rasd.events.dates:DatesStage", ("sentences", "boilerplate"), ("dates",),
              "date expressions resolved against the publication date"),
    StageSpec("events", "rasd.events.stage:EventsStage", ("entities", "quotes", "dates"), ("events", "quantities"),
              "PLOVER events with source, target, mode, context, date, place and counts; "
              "quantities: the numbers (killed, injured, size) the counts were read from"),
    # after quotes and events: what takes no part
    StageSpec("bystanders", "rasd.entities.bystanders:BystandersStage", ("entities", "quotes", "events"), (),
              "prunes nominal entities of a generic kind (counted people, class nouns: 120 شخص، "
              "المواطنين، المسؤولين) that no quote's speaker and no event's actor refers to"),
)
