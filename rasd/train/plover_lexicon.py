"""Convert UniversalPetrarch's Arabic verb dictionary into Rasd's PLOVER trigger lexicon.

    python -m rasd.train.plover_lexicon [--petrarch DIR] [--plover DIR] [--out DIR]

Reads ``CAMEO.ar.0.5.txt`` (verb blocks and their patterns, CAMEO codes) and ``synsets.ar.txt``
(named word sets such as &CEASEFIRE) from the UniversalPetrarch folder, maps every CAMEO code to
its PLOVER event type (and mode, where the table gives one) through ``CAMEO2PLOVER-2021.txt``,
and writes ``rasd/resources/events/petrarch_verbs.tsv``. The output is deterministic (sorted,
deduplicated), so rerunning the script on the same sources reproduces the file byte for byte.

The dictionary's format (UniversalPetrarch, Arabic version 0.5):

- ``--- LEMMA [CODE] ---`` opens a verb block; CODE is the block's default or ``---`` for none;
- then one line per synonymous verb: ``WORD[+PREP...]  [CODE]  # gloss`` (CODE optional; a
  ``+`` joins a verb to the particle it governs: تحدث+عن);
- then patterns ``- WORDS * WORDS [CODE] # lemmas``: ``*`` stands for the verb, ``$`` for the
  source and ``+`` for the target, ``&NAME`` for a synonym set, ``( )`` and ``{ }`` group words,
  ``-`` marks a skipped stretch. The words around ``*`` must be present for the code to apply.

Each output row is one (verb, code) pair with the context words it needs:
``lemma  particle  type  mode  cameo  before  after  block``. ``before``/``after`` hold
space-separated words; ``&NAME`` stands for any head word of that synonym set (``synsets.tsv``).
Verbs with no code of their own and no pattern are not written (they carry no event).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..shared import shared_path
from ..text.normalize import normalize
from . import shipped

DEFAULT_PETRARCH = shared_path("data", "petrarch-ar")
DEFAULT_PLOVER = shared_path("data", "plover")
DEFAULT_OUT = shipped("events")

_CODE = re.compile(r"\[(\d{2,4}|---)\]")
# One-letter particles and pattern operators that are not content words of a pattern.
_SKIP = {"$", "+", "-", "*", "ب", "ل", "ك", "و", "ف"}


def parse_cameo2plover(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, mode) from the conversion table (``030: AGREE, mode, ctx``)."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        if not fields or not fields[0]:
            continue
        table[m.group(1)] = (fields[0].upper(), fields[1] if len(fields) > 1 else "")
    return table


def plover_of(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The PLOVER (type, mode) of a CAMEO code, falling back to its parent codes (1234 -> 123 -> 12).
    CAMEO 01/02 (public statements, appeals) have no PLOVER event; 02x appeals are REQUEST."""
    if code.startswith("02"):
        return ("REQUEST", "")
    c = code
    while c:
        if c in table:
            return table[c]
        if len(c) <= 2:
            break
        c = c[:-1]
    return None


def parse_synsets(*paths: Path) -> dict[str, list[str]]:
    """&NAME -> member phrases (underscores turned to spaces), from every file given."""
    sets: dict[str, list[str]] = {}
    current = None
    for path in paths:
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line.startswith("####### VERB"):
                break
            if line.startswith("&"):
                current = line.split()[0]
                sets.setdefault(current, [])
            elif current and line[:1] in "+_" and len(line) > 1:
                phrase = " ".join(w for w in line.strip("+_").replace("+", "_").split("_") if w)
                if phrase and phrase not in sets[current]:
                    sets[current].append(phrase)
            elif not line:
                continue
    return sets


def _norm_word(w: str) -> str:
    return normalize(w).strip(".,;:!?\"'")


def _groups(words: str, synsets: dict[str, list[str]]) -> list[str]:
    """Pattern words -> groups (alternatives joined by |); particles and operators dropped."""
    out = []
    for w in re.split(r"[\s(){}]+", words):
        if not w or w in _SKIP:
            continue
        if w.startswith("&"):
            if synsets.get(w):
                out.append(w)  # resolved at load time from synsets.tsv
            continue
        w = _norm_word(w.replace("_", " ").split()[0]) if w.strip("_") else ""
        # prepositions written as separate words in patterns are kept: they discriminate
        if w and w not in _SKIP:
            out.append(w)
    return out


def parse_verbs(path: Path, synsets: dict[str, list[str]], table) -> list[tuple]:
    """Rows (lemma, particle, type, mode, cameo, before, after, block) of the verb patterns."""
    rows: set[tuple] = set()
    lines = path.read_text(encoding="utf-8").splitlines()
    try:
        start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    except StopIteration:
        raise SystemExit(f"{path}: no VERB PATTERNS section")
    block = ""
    block_code = None
    verbs: list[tuple[str, str]] = []

    def emit(lemma, particle, code, before, after):
        p = plover_of(code, table)
        if p is None:
            return
        rows.add((lemma, particle, p[0], p[1], code, " ".join(before), " ".join(after), block))

    for raw in lines[start + 1:]:
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("---"):
            m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
            if m:
                block = _norm_word(m.group(1).split("+")[0])
                block_code = m.group(2) if m.group(2).isdigit() else None
                verbs = []
            continue
        if line.startswith("-"):
            body = line[1:].split("#", 1)[0]
            cm = _CODE.search(body)
            if not cm or not cm.group(1).isdigit() or "*" not in body:
                continue
            code = cm.group(1)
            pat = body[: cm.start()]
            before_s, _, after_s = pat.partition("*")
            before, after = _groups(before_s, synsets), _groups(after_s, synsets)
            for lemma, particle in verbs:
                emit(lemma, particle, code, before, after)
            continue
        if line.startswith(("#", "&", "+")):
            continue
        # a verb line: WORD[+PREP...]  [CODE]?  # gloss
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        cm = _CODE.search(body)
        word = body[: cm.start()].strip() if cm else body
        word = word.split()[0] if word.split() else ""
        if not word:
            continue
        pieces = [_norm_word(p) for p in word.split("+") if p]
        lemma, particle = pieces[0], " ".join(pieces[1:])
        if len(lemma) < 2:
            continue
        verbs.append((lemma, particle))
        code = cm.group(1) if cm and cm.group(1).isdigit() else block_code
        if code:
            emit(lemma, particle, code, [], [])
    # one row per (verb, code, context): the block a pattern was listed under is kept once
    seen: dict[tuple, tuple] = {}
    for r in sorted(rows):
        seen.setdefault(r[:7], r)
    return sorted(seen.values())


HEADER = (
    "# Rasd PLOVER verb lexicon generated from UniversalPetrarch's Arabic verb dictionary\n"
    "# (CAMEO.ar.0.5.txt, synsets.ar.txt; MIT, Open Event Data Alliance) through the PLOVER\n"
    "# CAMEO2PLOVER-2021 table (CC BY-SA 4.0). Regenerate: python -m rasd.train.plover_lexicon\n"
    "# Do not edit by hand: corrections go to curated.tsv (which can also block rows here).\n"
    "# columns: lemma particle type mode cameo before after block (normalised Arabic)\n"
)


def write(rows: list[tuple], out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / "petrarch_verbs.tsv"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for r in rows:
            f.write("\t".join(r) + "\n")
    return path


def write_synsets(synsets: dict[str, list[str]], out: Path) -> Path:
    """&NAME -> the head words (first word, normalised) of its member phrases."""
    path = out / "synsets.tsv"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Synonym sets of UniversalPetrarch's Arabic dictionary (head word of each member).\n"
                "# Generated by python -m rasd.train.plover_lexicon; columns: name heads(|-joined)\n")
        for name in sorted(synsets):
            heads = sorted({_norm_word(m.split()[0]) for m in synsets[name] if m.split()} - {""})
            if heads:
                f.write(f"{name}\t{'|'.join(heads)}\n")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--petrarch", type=Path, default=DEFAULT_PETRARCH)
    ap.add_argument("--plover", type=Path, default=DEFAULT_PLOVER)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args(argv)
    verbs = a.petrarch / "CAMEO.ar.0.5.txt"
    conv = a.plover / "CAMEO2PLOVER-2021.txt"
    for p in (verbs, conv):
        if not p.exists():
            print(f"missing source file: {p}", file=sys.stderr)
            return 2
    table = parse_cameo2plover(conv)
    syn_files = [verbs] + ([a.petrarch / "synsets.ar.txt"] if (a.petrarch / "synsets.ar.txt").exists() else [])
    synsets = parse_synsets(*syn_files)
    rows = parse_verbs(verbs, synsets, table)
    path = write(rows, a.out)
    write_synsets(synsets, a.out)
    from collections import Counter

    by_type = Counter(r[2] for r in rows)
    print(f"wrote {len(rows)} rows ({len({r[0] for r in rows})} verbs, {len(synsets)} synsets) to {path}")
    print("  " + "  ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    print("(the sentence detector, detector.json, is trained by python -m rasd.train.event_detector)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
