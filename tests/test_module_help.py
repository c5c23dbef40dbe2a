"""Every measuring and training module answers ``--help`` with its usage and exit status 0: a
help string with a bare % (argparse formats help with %) made `python -m rasd.eval.ner --help`
end in a traceback."""

import importlib

import pytest

MODULES = [
    "rasd.eval.events", "rasd.eval.ner",
    "rasd.train.clusters", "rasd.train.english_names", "rasd.train.event_arguments",
    "rasd.train.event_detector", "rasd.train.gazetteers", "rasd.train.ner", "rasd.train.ner_neural",
    "rasd.train.ner_selftrain", "rasd.train.plover_lexicon", "rasd.train.topic", "rasd.train.wordfreq",
]


@pytest.mark.parametrize("name", MODULES)
def test_help_prints_usage_and_exits_cleanly(name, capsys):
    module = importlib.import_module(name)
    with pytest.raises(SystemExit) as done:
        module.main(["--help"])
    assert done.value.code == 0
    assert "usage:" in capsys.readouterr().out
