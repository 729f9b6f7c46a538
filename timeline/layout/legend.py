"""The legend stage: a sample of each kind drawn, then the encodings of status and date
certainty in use, in rows under the axis."""

from __future__ import annotations

from ..model.timeline import KINDS
from .frame import LINE, Sizes
from .geometry import Box, LegendEntry, Look, Mark, TextBlock
from .marks import ROOM_HALF_HEIGHT, mark_of
from .measure import Measure
from .wrapping import wrap

LEGEND_GAP = 10.0  # between the axis and the legend
SAMPLE_WIDTH = 22.0  # the room of a sample mark
SAMPLE_GAP = 4.0  # between a sample and its text
ENTRY_GAP = 14.0  # between entries on a row
BAR_INSET = 2.0  # a sample bar's ends, in from its room's
SPAN_INSET = 1.0  # a sample whisker's ends, likewise
FLOW_COST = 1.3  # entries flowing like words must save this share of height over columns


Placed = list[tuple[int, float, list[str]]]
"""Each entry's row, its x from the legend's left, and its text's lines."""


def legend_of(
    marks: tuple[Mark, ...], x0: float, x1: float, top: float, sizes: Sizes, measure: Measure
) -> tuple[tuple[LegendEntry, ...], float]:
    """The legend's entries under ``top`` between ``x0`` and ``x1``, and its bottom (``top``
    when there is nothing to explain).

    The entries go in as many aligned columns as fit, filled row by row, or one after
    another like words in a line when that takes fewer rows (narrow figures); an entry wider
    than the room wraps its text. Words are broken only when nothing else fits.
    """
    entries = _entries(marks)
    if not entries:
        return (), top
    texts = [text for _, _, text, _ in entries]
    width = x1 - x0
    # Fewest broken words, then least height (aligned columns unless flowing saves a
    # good part of it), then as many columns as there are.
    choices = [(_in_columns(texts, count, width, sizes, measure), -count)
               for count in range(1, len(entries) + 1)]  # fmt: skip
    choices.append((_flowing(texts, width, sizes, measure), 0))
    placed, _ = min(choices, key=lambda choice: (
        _broken(texts, choice[0]),
        round(_heights(choice[0], sizes)[-1] * (FLOW_COST if choice[1] == 0 else 1.0), 1),
        choice[1],
    ))  # fmt: skip
    tops = _heights(placed, sizes)
    legend = []
    line_height = sizes.small * LINE
    for (look, shape, _, with_span), (row, x, lines) in zip(entries, placed, strict=True):
        middle = top + LEGEND_GAP + tops[row] + sizes.row / 2
        legend.append(LegendEntry(_sample(look, shape, with_span, x0 + x, middle), tuple(
            TextBlock(line, x0 + x + SAMPLE_WIDTH + SAMPLE_GAP,
                      middle - line_height / 2 + number * line_height, sizes.small,
                      role="legend")
            for number, line in enumerate(lines)
        )))  # fmt: skip
    return tuple(legend), top + LEGEND_GAP + tops[-1]


def _in_columns(texts: list[str], count: int, width: float, sizes: Sizes, measure: Measure,
                ) -> Placed:  # fmt: skip
    """The entries in ``count`` aligned columns across ``width``, as narrow as their texts."""
    room = (width + ENTRY_GAP) / count - ENTRY_GAP - SAMPLE_WIDTH - SAMPLE_GAP
    wrapped = [wrap(text, sizes.small, max(room, 1.0), measure) for text in texts]
    widest = max(measure(line, sizes.small)[0] for lines in wrapped for line in lines)
    column = min((width + ENTRY_GAP) / count, SAMPLE_WIDTH + SAMPLE_GAP + widest + ENTRY_GAP)
    return [(index // count, (index % count) * column, lines)
            for index, lines in enumerate(wrapped)]  # fmt: skip


def _flowing(texts: list[str], width: float, sizes: Sizes, measure: Measure) -> Placed:
    """The entries one after another, each as wide as its text, a new row when the next one
    does not fit."""
    placed: Placed = []
    row, x = 0, 0.0
    for text in texts:
        lines = wrap(text, sizes.small, max(width - SAMPLE_WIDTH - SAMPLE_GAP, 1.0), measure)
        entry = SAMPLE_WIDTH + SAMPLE_GAP + max(measure(line, sizes.small)[0] for line in lines)
        if x > 0 and x + entry > width:
            row, x = row + 1, 0.0
        placed.append((row, x, lines))
        x += entry + ENTRY_GAP
    return placed


def _heights(placed: Placed, sizes: Sizes) -> list[float]:
    """The top of each row from the legend's top, and last the legend's height."""
    lines = [0] * (placed[-1][0] + 1)
    for row, _, text in placed:
        lines[row] = max(lines[row], len(text))
    tops = [0.0]
    for count in lines:
        tops.append(tops[-1] + max(sizes.row, count * sizes.small * LINE + 3))
    return tops


def _broken(texts: list[str], placed: Placed) -> int:
    """How many entries had a word broken to fit: worse than any height."""
    return sum(" ".join(lines).split() != text.split()
               for text, (_, _, lines) in zip(texts, placed, strict=True))  # fmt: skip


def _sample(look: Look, shape: str, with_span: bool, x: float, y: float) -> Mark:
    """A sample mark in a room ``SAMPLE_WIDTH`` wide from ``x``, centred on ``y``."""
    room = Box(x, y - ROOM_HALF_HEIGHT, x + SAMPLE_WIDTH, y + ROOM_HALF_HEIGHT)
    if shape == "bar":
        return mark_of(look, "bar", x + BAR_INSET, x + SAMPLE_WIDTH - BAR_INSET, y, room)
    cx = x + SAMPLE_WIDTH / 2
    span = (x + SPAN_INSET, x + SAMPLE_WIDTH - SPAN_INSET) if with_span else None
    return mark_of(look, "point", cx, cx, y, room, span=span)


def _entries(marks: tuple[Mark, ...]) -> list[tuple[Look, str, str, bool]]:
    """(look, shape, text, with a whisker) of each entry the marks call for, in order."""
    shapes: dict[str, set[str]] = {}
    for mark in marks:
        shapes.setdefault(mark.look.kind, set()).add(mark.shape)
    # A kind drawn as bars is shown as a bar with its glyph (which its points also are).
    entries = [
        (Look(kind, "held", False), "bar" if "bar" in shapes[kind] else "point",
         kind.replace("-", " "), False)
        for kind in sorted(shapes, key=KINDS.index)
    ]  # fmt: skip
    statuses = {mark.look.status for mark in marks}
    plain = Look("", "held", False)  # no kind in particular
    if statuses & {"planned", "expected"}:
        entries.append((Look("", "planned", False), "point", "planned or expected (hollow)",
                        False))  # fmt: skip
    if "cancelled" in statuses:
        entries.append((Look("", "cancelled", False), "point", "cancelled", False))
    if any(mark.look.loose for mark in marks):
        entries.append((Look("", "held", True), "point",
                        "date approximate or uncertain (halo)", False))  # fmt: skip
    if any(mark.whisker for mark in marks):
        entries.append((plain, "point", "date somewhere in this span", True))
    if any(mark.shape == "bar" for mark in marks):
        entries.append((plain, "bar", "lasting from start to end", False))
    return entries
