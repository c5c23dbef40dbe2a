"""A bounded per-word memo whose hit costs one dictionary look-up.

``functools.lru_cache`` keeps its entries in recency order, so every hit also relinks a list node:
on the hot path of a pipeline that looks up every token of an article in several memos, with
tables of tens of thousands of words that do not stay in the processor's caches, those extra
memory touches cost more than the look-up itself. ``WordMemo`` is a dict: ``memo[word]`` is a
C-level look-up on a hit, and only a miss runs Python code (``__missing__``) to compute and store
the value. It is bounded by emptying itself when full (news vocabulary is Zipfian: the frequent
words come back within a few articles), so a worker's memory stays flat over any corpus.
"""
from __future__ import annotations

from typing import Any, Callable

from ..config import WORD_CACHE_SIZE


class WordMemo(dict):
    """``memo[key]`` = ``func(key)``, computed once per key until the memo fills up and starts again."""

    __slots__ = ("func", "maxsize")

    def __init__(self, func: Callable[[Any], Any], maxsize: int = WORD_CACHE_SIZE):
        super().__init__()
        self.func = func
        self.maxsize = maxsize

    def __missing__(self, key: Any) -> Any:
        if len(self) >= self.maxsize:
            self.clear()
        value = self[key] = self.func(key)
        return value
