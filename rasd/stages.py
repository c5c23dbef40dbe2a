"""The one place where pipeline stages are declared: name, code, what each requires and adds."""
from .pipeline import StageSpec

STAGES: list[StageSpec] = [
    StageSpec("normalize", "rasd.text.normalize:normalize_stage", ("text",), ("normalized",),
              "orthographic normalisation view with an offset map back to the text"),
    StageSpec("sentences", "rasd.text.sentences:sentences_stage", ("text",), ("sentences",),
              "sentence segmentation aware of Arabic punctuation, quotes, numbers, line breaks"),
    StageSpec("tokens", "rasd.text.tokens:tokens_stage", ("sentences",), ("tokens",),
              "surface tokens with clitic sub-units (proclitics, article, pronoun suffixes)"),
    StageSpec("boilerplate", "rasd.text.boilerplate:boilerplate_stage", ("sentences",), ("boilerplate",),
              "lines that are not article body: related headlines, share buttons, credits, tags"),
    StageSpec("mtflags", "rasd.text.mtflags:mtflags_stage", ("tokens", "boilerplate"), ("flags",),
              "machine-translation debris: Latin words in Arabic prose, known calques of names"),
]

# Entities (issue 3), quotes (issue 4) and events (issue 5). Declared here so that the whole
# pipeline can be read in one place; each joins DEFAULT_STAGES when its code lands.
STAGES += [
    StageSpec("ner", "rasd.entities.ner:ner_stage", ("tokens",), ("ner_mentions",),
              "statistical named-entity recognition (CRF trained by rasd train ner)"),
    StageSpec("gazetteer", "rasd.entities.gazetteer:gazetteer_stage", ("tokens", "normalized"), ("gazetteer_mentions",),
              "names and titles from gazetteers (countries, Petrarch actors, curated leaders)"),
    StageSpec("entities", "rasd.entities.resolve:resolve_stage", ("gazetteer_mentions", "boilerplate"),
              ("entities",), "merge NER (when run) and gazetteer mentions into entities, resolve variants "
              "and titles, attach actor codes"),
    StageSpec("quotes", "rasd.quotes.stage:quotes_stage", ("sentences", "tokens", "entities", "boilerplate"), ("quotes",),
              "direct and indirect quotes with cue and speaker"),
    StageSpec("dates", "rasd.events.dates:dates_stage", ("sentences", "boilerplate"), ("dates",),
              "date expressions resolved against the publication date"),
    StageSpec("events", "rasd.events.stage:events_stage", ("entities", "quotes", "dates"), ("events",),
              "PLOVER events with source, target, mode, context, date, place and counts"),
]
