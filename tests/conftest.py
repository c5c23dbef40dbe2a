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


_EVENT_PIPES: dict = {}


def event_texts(text: str, published: str) -> list[tuple[str, str, str, str]]:
    """A sentence's events through the default events settings (``rasd.eval.events.DEFAULT``) as
    (type, trigger, source text, target text), the texts as written ("" when none)."""
    from rasd.eval.events import DEFAULT, analyse

    doc = analyse(text, DEFAULT, published=published)
    return [(e.label, e.text, e.attrs.get("source_text") or "", e.attrs.get("target_text") or "")
            for e in doc.layer("events")]


def event_tuples(text: str, published: str, keep_states: bool = False) -> list[tuple[str, str, str, str]]:
    """A sentence's events through the default pipeline as (type, trigger, source words, target
    words), an actor given as its text and its entity's name: what the event role tests compare.
    ``keep_states``: through a pipeline that keeps standing states of relative clauses (the events
    setting ``keep_states``), for the tests of the roles read in such clauses."""
    from rasd.document import Document
    from rasd.pipeline import Pipeline

    if keep_states not in _EVENT_PIPES:
        _EVENT_PIPES[keep_states] = Pipeline(config={"events": {"keep_states": True}}) if keep_states else Pipeline()
    doc = _EVENT_PIPES[keep_states](Document(text, meta={"published": published}))

    def names(e, role):
        ent = doc.entity(e.get(role))
        return " | ".join(x for x in (e.get(f"{role}_text"), ent and ent.name) if x)

    return [(e.label, e.text, names(e, "source"), names(e, "target")) for e in doc.layer("events")]


def event_rows(pipeline, text: str, day: str) -> list[tuple]:
    """A text's events through ``pipeline`` as (type, trigger text, source text, target text), the
    texts as the event records them (None when absent): what the round tests of roles compare."""
    from rasd.document import Document

    doc = pipeline(Document(text, meta={"published": day}))
    return [(e.label, doc.text[e.start:e.end], e.get("source_text"), e.get("target_text"))
            for e in doc.layer("events")]


def quote_and_speaker(pipe, text: str, words: str):
    """The first quote of ``text`` (through ``pipe``) whose text holds ``words``, and its speaker
    entity (None when unlinked): what the quotes round tests compare."""
    from rasd.document import Document

    doc = Document(text)
    pipe(doc)
    q = next(q for q in doc.layer("quotes") if words in q.text)
    ent = doc.entity(q.get("speaker")) if q.get("speaker") else None
    return q, ent


def has_event(events, typ, trigger, source, target) -> bool:
    """Whether one of ``event_tuples`` has the type and contains the trigger, source and target words."""
    return any(t == typ and trigger in trig and source in s and target in g for t, trig, s, g in events)
