"""The notes stage: the key to numbered labels beside the plot, and the notes under the
figure (how many events carry no label; the outlets of the sources)."""

from __future__ import annotations

from ..model.timeline import Timeline
from .frame import LINE, MARGIN, Frame, Sizes
from .geometry import TextBlock
from .lanes import LanePlan
from .measure import Measure
from .rows import KEY_ENTRY_GAP, key_text
from .wrapping import wrap

NOTES_GAP = 6.0  # above the notes


def key_of(
    numbered: tuple[tuple[int, str], ...], timeline: Timeline, x0: float, x1: float, y: float,
    sizes: Sizes, measure: Measure,
) -> tuple[list[TextBlock], float]:  # fmt: skip
    """The key beside the plot: each number with its event's title and date; and its bottom."""
    blocks = [TextBlock("Key", x0, y, sizes.label, bold=True, role="key")]
    y += sizes.label * LINE
    indent = measure(f"{len(numbered)}  ", sizes.label, bold=True)[0]
    for number, event_id in numbered:
        event = timeline.event(event_id)
        blocks.append(TextBlock(str(number), x0, y, sizes.label, bold=True, role="key"))
        lines = wrap(key_text(event), sizes.label, x1 - x0 - indent, measure)
        for line in lines:
            blocks.append(TextBlock(line, x0 + indent, y, sizes.label, role="key"))
            y += sizes.label * LINE
        y += KEY_ENTRY_GAP
    return blocks, y


def notes_of(
    timeline: Timeline, unlabelled: int, lanes: LanePlan, frame: Frame, y: float,
    measure: Measure,
) -> tuple[list[TextBlock], float]:  # fmt: skip
    """The notes under everything else from ``y``, wrapped to the width; and their bottom."""
    y += NOTES_GAP
    notes = []
    if lanes.everyone:
        names = " and ".join(lanes.everyone)
        notes.append(f"Every event involves {names}, so that lane is left out.")
    if lanes.merged:
        notes.append(f"The {lanes.merged} lanes with the fewest events are merged into the "
                     "last lane, to fit the height.")  # fmt: skip
    if unlabelled:
        notes.append(
            f"{unlabelled:,} of {len(timeline.events):,} events carry no label: too many to "
            "label at this size (narrow the selection, or widen the figure)."
        )
    outlets = _outlets(timeline)
    if outlets:
        notes.append("Sources: " + "; ".join(outlets) + ".")
    blocks = []
    size = frame.sizes.small
    for note in notes:
        for line in wrap(note, size, frame.width - 2 * MARGIN, measure):
            blocks.append(TextBlock(line, MARGIN, y, size, role="note"))
            y += size * LINE
    return blocks, y


def _outlets(timeline: Timeline) -> list[str]:
    """The outlets of the sources the events cite, in the order the file declares them."""
    used = {citation.source for event in timeline.events for citation in event.citations}
    return list(
        dict.fromkeys(source.outlet for key, source in timeline.sources.items() if key in used)
    )
