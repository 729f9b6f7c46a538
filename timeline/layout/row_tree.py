"""The rows of one lane, for stacking marks and labels that would overlap side by side.

Each row remembers how far right it is taken. The layout walks events from left to right and
asks for the lowest row free at a given x. A min-tree over the rows answers that, and which
row frees up first, in O(log rows), so stacking n events costs O(n log n), never all pairs.
"""

from __future__ import annotations

import math


class Rows:
    """Up to ``limit`` rows, each taken up to some x; all start empty."""

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        size = 1
        while size < self.limit:
            size *= 2
        self._size = size
        # tree[size + r] is row r's right end; inner nodes hold their children's minimum.
        # Rows past the limit are marked taken for ever.
        self._tree = [-math.inf] * (2 * size)
        for row in range(self.limit, size):
            self._tree[size + row] = math.inf
        for node in range(size - 1, 0, -1):
            self._tree[node] = min(self._tree[2 * node], self._tree[2 * node + 1])
        self.used = 0  # rows with anything in them

    def lowest_free(self, x: float) -> int | None:
        """The lowest row taken no further right than ``x``, or None if every row is.

        >>> rows = Rows(3); rows.take(0, 10); rows.lowest_free(5), rows.lowest_free(10)
        (1, 0)
        """
        tree = self._tree
        if tree[1] > x:
            return None
        node = 1
        while node < self._size:
            node = 2 * node if tree[2 * node] <= x else 2 * node + 1
        return node - self._size

    def take(self, row: int, x: float) -> None:
        """Mark ``row`` taken up to ``x`` (never less far than it already is)."""
        node = self._size + row
        tree = self._tree
        if tree[node] >= x:
            return
        tree[node] = x
        node //= 2
        while node:
            tree[node] = min(tree[2 * node], tree[2 * node + 1])
            node //= 2
        self.used = max(self.used, row + 1)
