import json
from pathlib import Path

import pytest

from rasd.shared import ENV, shared_path

FIXTURES = Path(__file__).parent / "fixtures"
DEV = FIXTURES / "dev"


def dev_text(name: str) -> str:
    return (DEV / f"{name}.txt").read_text(encoding="utf-8")


def dev_gold(name: str) -> dict:
    return json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))


DEV_NAMES = sorted(p.name[: -len(".gold.json")] for p in DEV.glob("*.gold.json"))


def pytest_configure(config):
    config.addinivalue_line(
        "markers", f"shared(*parts): the test reads the shared data folder (${ENV}, else ../shared beside the "
        "checkout), or the path of the given parts inside it; skipped with the reason when that is absent")


def pytest_collection_modifyitems(config, items):
    for item in items:
        for mark in item.iter_markers("shared"):
            path = shared_path(*mark.args)
            if not path.exists():
                item.add_marker(pytest.mark.skip(
                    reason=f"../shared not found ({path} is missing); set {ENV} to the shared data folder"))
                break


@pytest.fixture(scope="session")
def istanbul() -> str:
    return dev_text("istanbul-talks")


@pytest.fixture
def shipped_file_in_tmp(tmp_path, monkeypatch):
    """``redirect(module, attribute, loader)``: the module's path ``attribute`` now points to a file
    of the same name in tmp_path (returned, not yet written), and the lru-cached ``loader`` that
    reads it is cleared before and after the test — for tests of missing or broken model files."""
    loaders = []

    def redirect(module, attribute, loader):
        path = tmp_path / getattr(module, attribute).name
        monkeypatch.setattr(module, attribute, path)
        loader.cache_clear()
        loaders.append(loader)
        return path

    yield redirect
    for loader in loaders:
        loader.cache_clear()
