import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
DEV = FIXTURES / "dev"


def dev_text(name: str) -> str:
    return (DEV / f"{name}.txt").read_text(encoding="utf-8")


def dev_gold(name: str) -> dict:
    return json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))


DEV_NAMES = sorted(p.name[: -len(".gold.json")] for p in DEV.glob("*.gold.json"))


@pytest.fixture(scope="session")
def istanbul() -> str:
    return dev_text("istanbul-talks")
