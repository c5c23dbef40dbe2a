"""The shared data folder is found from one setting (rasd.shared): RASD_SHARED, else ../shared
beside the checkout; tests that read it are marked and skip with the reason when it is absent."""
import subprocess
import sys
from pathlib import Path

import pytest

from rasd import shared
from rasd.errors import InputError

REPO = Path(__file__).resolve().parents[1]


def test_without_the_setting_the_folder_is_shared_beside_the_checkout(monkeypatch):
    monkeypatch.delenv(shared.ENV, raising=False)
    assert shared.shared_dir() == REPO.parent / "shared"
    monkeypatch.setenv(shared.ENV, "  ")  # an empty setting is no setting
    assert shared.shared_dir() == REPO.parent / "shared"


def test_the_setting_moves_every_path_and_is_read_on_each_call(monkeypatch, tmp_path):
    monkeypatch.setenv(shared.ENV, str(tmp_path))
    assert shared.shared_dir() == tmp_path
    assert shared.shared_path("data", "anercorp") == tmp_path / "data" / "anercorp"
    (tmp_path / "eval").mkdir()
    assert shared.require_shared("eval") == tmp_path / "eval"


def test_a_missing_path_is_an_input_error_naming_it_and_the_setting(monkeypatch, tmp_path):
    monkeypatch.setenv(shared.ENV, str(tmp_path))
    with pytest.raises(InputError) as err:
        shared.require_shared("data", "anercorp", what="ANERcorp")
    msg = str(err.value)
    assert msg.startswith(f"ANERcorp not found: {tmp_path / 'data' / 'anercorp'}")
    assert f"RASD_SHARED={tmp_path}" in msg and "set RASD_SHARED" in msg


def test_a_missing_path_of_the_users_own_names_only_that_path(monkeypatch, tmp_path):
    monkeypatch.setenv(shared.ENV, str(tmp_path / "shared"))
    with pytest.raises(InputError) as err:
        shared.need(tmp_path / "mine" / "train.txt", "ANERcorp train split")
    assert str(err.value) == f"ANERcorp train split not found: {tmp_path / 'mine' / 'train.txt'}"


def test_news_readers_refuse_an_empty_or_missing_corpus_folder(tmp_path):
    from rasd.train.saudinewsnet import iter_articles

    with pytest.raises(InputError, match="no SaudiNewsNet .zip files in"):
        next(iter_articles(tmp_path))
    with pytest.raises(InputError, match="SaudiNewsNet folder not found"):
        next(iter_articles(tmp_path / "nothing"))


def test_a_trainer_without_its_data_says_so_and_writes_nothing(tmp_path):
    from rasd.train import wordfreq

    before = wordfreq.OUT.read_bytes()
    r = subprocess.run([sys.executable, "-m", "rasd.train.wordfreq"], capture_output=True, text=True,
                       env={**_env(), shared.ENV: str(tmp_path)}, timeout=120)
    assert r.returncode == InputError.exit_code and "Traceback" not in r.stderr
    assert f"error: SaudiNewsNet folder not found: {tmp_path / 'data' / 'saudinewsnet'}" in r.stderr
    assert wordfreq.OUT.read_bytes() == before  # not rewritten as an empty table


def test_trainers_and_evaluators_take_their_default_data_from_the_setting(tmp_path):
    # module constants are computed at import: a fresh interpreter with the setting shows them
    code = ("from rasd.eval import ner, events; from rasd.train import ner as tn, saudinewsnet, gazetteers, "
            "plover_lexicon; print(ner.TEST); print(events.DEFAULT_DATA[0]); print(tn.NEWS); "
            "print(saudinewsnet.DEFAULT_DIR); print(gazetteers.DEFAULT_DATA); print(plover_lexicon.DEFAULT_PLOVER)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**_env(), shared.ENV: str(tmp_path)}).stdout.split()
    assert out == [str(tmp_path / p) for p in ("data/anercorp/ANERCorp_CamelLab_test.txt", "data/events",
                                               "data/saudinewsnet", "data/saudinewsnet", "data", "data/plover")]


def test_the_ner_evaluation_without_its_data_says_where_it_looked(tmp_path):
    r = subprocess.run([sys.executable, "-m", "rasd.eval.ner"], capture_output=True, text=True,
                       env={**_env(), shared.ENV: str(tmp_path)}, timeout=120)
    assert r.returncode == InputError.exit_code
    assert "Traceback" not in r.stderr
    assert f"ANERcorp test split not found: {tmp_path}" in r.stderr and "RASD_SHARED" in r.stderr


@pytest.mark.shared("eval", "dev")
def test_the_marker_runs_a_test_when_the_shared_path_is_there():
    assert shared.shared_path("eval", "dev").is_dir()


def _env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if k != shared.ENV}
