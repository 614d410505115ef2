"""Memos of pure functions that objects keep: bounded, and pickled empty.

A charter, a working calendar or opening hours remember what they worked out (a year's
holidays, a day's opening times) so that the next question is cheap. What they remember
is never part of their value: it is left out of ``==``, ``hash`` and ``repr``, and a
pickle or a copy holds none of it, so that a warm charter pickles as small as a cold one
and a process that receives it starts with empty memos of its own.

>>> import pickle
>>> memo = Memo(2)
>>> for n in range(3):
...     memo.put(n, n * n)
0
1
4
>>> sorted(memo), len(pickle.dumps(memo)) < 100, pickle.loads(pickle.dumps(memo)).limit
([1, 2], True, 2)
"""

from __future__ import annotations

import contextlib
from typing import TypeVar

__all__ = ["Memo"]

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A dict of at most *limit* entries that drops its oldest first and pickles empty.

    Threads may share one: a lost entry is only work done again.
    """

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def put(self, key: K, value: V) -> V:
        """Remember *value* for *key*, forgetting the oldest entry when full; return *value*."""
        if len(self) >= self.limit:
            # Another thread may have emptied or changed it since: then nothing is lost.
            with contextlib.suppress(KeyError, RuntimeError, StopIteration):
                del self[next(iter(self))]
        self[key] = value
        return value

    def __reduce__(self) -> tuple[type[Memo[K, V]], tuple[int]]:
        return (type(self), (self.limit,))

    def __copy__(self) -> Memo[K, V]:
        return type(self)(self.limit)

    def __deepcopy__(self, memo: dict[int, object]) -> Memo[K, V]:
        return type(self)(self.limit)
