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


def legend_of(
    marks: tuple[Mark, ...], x0: float, x1: float, top: float, sizes: Sizes, measure: Measure
) -> tuple[tuple[LegendEntry, ...], float]:
    """The legend's entries under ``top`` between ``x0`` and ``x1``, in as many aligned
    columns as fit, filled row by row; and its bottom (``top`` when there is nothing to
    explain). An entry wider than the room wraps its text."""
    entries = _entries(marks)
    if not entries:
        return (), top
    columns, texts = min(
        (_columns(entries, count, x1 - x0, sizes, measure) for count in range(1, len(entries) + 1)),
        key=lambda choice: (
            _broken(entries, choice[1]),
            _height(choice[1], choice[0], sizes),
            -choice[0],
        ),
    )
    widest = max(measure(line, sizes.small)[0] for lines in texts for line in lines)
    column = min((x1 - x0 + ENTRY_GAP) / columns, SAMPLE_WIDTH + SAMPLE_GAP + widest + ENTRY_GAP)
    legend = []
    y = top + LEGEND_GAP
    line_height = sizes.small * LINE
    for start in range(0, len(entries), columns):
        row_lines = max(len(lines) for lines in texts[start : start + columns])
        row_height = max(sizes.row, row_lines * line_height + 3)
        middle = y + sizes.row / 2
        for index in range(start, min(start + columns, len(entries))):
            look, shape, _, with_span = entries[index]
            x = x0 + (index - start) * column
            legend.append(LegendEntry(_sample(look, shape, with_span, x, middle), tuple(
                TextBlock(line, x + SAMPLE_WIDTH + SAMPLE_GAP,
                          middle - line_height / 2 + number * line_height, sizes.small,
                          role="legend")
                for number, line in enumerate(texts[index])
            )))  # fmt: skip
        y += row_height
    return tuple(legend), y


def _columns(
    entries: list[tuple[Look, str, str, bool]], count: int, width: float, sizes: Sizes,
    measure: Measure,
) -> tuple[int, list[list[str]]]:  # fmt: skip
    """The entries' texts wrapped to ``count`` columns across ``width``."""
    room = (width + ENTRY_GAP) / count - ENTRY_GAP - SAMPLE_WIDTH - SAMPLE_GAP
    return count, [wrap(text, sizes.small, max(room, 1.0), measure) for _, _, text, _ in entries]


def _height(texts: list[list[str]], columns: int, sizes: Sizes) -> float:
    """The height of the legend's rows."""
    height = 0.0
    for start in range(0, len(texts), columns):
        lines = max(len(lines) for lines in texts[start : start + columns])
        height += max(sizes.row, lines * sizes.small * LINE + 3)
    return height


def _broken(entries: list[tuple[Look, str, str, bool]], texts: list[list[str]]) -> int:
    """How many entries had a word broken to fit: worse than any height."""
    return sum(
        " ".join(lines).split() != text.split()
        for (_, _, text, _), lines in zip(entries, texts, strict=True)
    )


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
