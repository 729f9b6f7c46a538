"""The SVG document of a layout, written as text from its elements, without matplotlib's
artists or backend: the layout already knows every element, and writing one costs a few
microseconds where matplotlib's SVG backend costs tens.

It draws what ``figure.draw_on`` draws, in the same colours, layers and order, one path per
element of each collection (so anti-aliased edges overlap as they do there), and text as
``<text>`` in the same fonts, standing where matplotlib puts it (``baseline``). Each event
with a mark is one ``<g id="event-ID">`` holding its marks and label, the form ``web.svg``
gives a tooltip, data and a link. User text is escaped; numbers have one fixed format, so
the same layout gives the same bytes.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..layout.fonts import font_chain
from ..layout.geometry import Box, Layout, Line, Mark, TextBlock
from .baseline import baseline
from .looks import (
    DENSITY_LIGHTEST,
    MARKERS,
    TEXT_LAYER,
    Z_BREAKS,
    Z_CONNECTORS,
    Z_LANES,
    Z_MARKS,
    Z_TEXT,
    bar_face,
)
from .theme import THEMES, Theme

__all__ = ["svg_document"]

_HEAD = """\
<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
  "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="{width}pt" height="{height}pt" \
viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" version="1.1">
 <metadata>
  <rdf:RDF xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#" \
xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
   <cc:Work>
    <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/>
    <dc:format>image/svg+xml</dc:format>
    <dc:creator>
     <cc:Agent>
      <dc:title>timeline</dc:title>
     </cc:Agent>
    </dc:creator>
   </cc:Work>
  </rdf:RDF>
 </metadata>
 <defs>
  <style type="text/css">*{{stroke-linejoin: round; stroke-linecap: butt}}</style>
 </defs>
 <rect x="0" y="0" width="{width}" height="{height}"{background}/>
"""
_ANCHOR = {"left": "start", "center": "middle", "right": "end"}
# Characters XML 1.0 does not allow in a document: a title with one still draws.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Part = list[str]
"""Lines of SVG, each ending in a newline."""


def svg_document(layout: Layout, theme: Theme | None = None) -> bytes:
    """The SVG of ``layout`` drawn in ``theme`` (default: the one the layout names)."""
    theme = theme or THEMES[layout.theme]
    width, height = _number(layout.width), _number(layout.height)
    lines = [_HEAD.format(width=width, height=height, background=_fill(theme.background))]
    # matplotlib draws by layer, and within a layer in the order the artists were added.
    for _, _, part in sorted(_parts(layout, theme), key=lambda part: part[:2]):
        lines.extend(part)
    lines.append("</svg>\n")
    return "".join(lines).encode()


def _parts(layout: Layout, theme: Theme) -> Iterator[tuple[int, int, Part]]:
    """Every part of the figure with its layer, numbered in ``figure.draw_on``'s order."""
    parts: list[tuple[int, Part]] = []

    def texts(blocks: Iterable[TextBlock]) -> None:
        parts.extend((TEXT_LAYER.get(block.role, Z_TEXT), [_text(block, theme, " ")])
                     for block in blocks)  # fmt: skip

    lanes, axis = layout.lanes, layout.axis
    shades = [lane.shade for lane in lanes if lane.shade]
    parts.append((Z_LANES, _boxes("lanes", shades, _fill(theme.shade))))
    rules = [lane.rule for lane in lanes if lane.rule]
    parts.append((Z_LANES, _lines("rules", rules, _line(theme.rule, theme.rule_width))))
    texts(line for lane in lanes for line in lane.name)
    parts.append((Z_BREAKS, _density(layout, theme)))
    parts.append((Z_LANES, _lines("axis", axis.line, _line(theme.muted, theme.axis_width))))
    ticks = [((tick.x, tick.y0), (tick.x, tick.y1)) for tick in axis.ticks]
    parts.append((Z_LANES, _lines("ticks", ticks, _line(theme.muted, theme.tick_width))))
    texts(tick.text for tick in axis.ticks)
    # A break: a gap of the background through the lanes with dashed edges (dashes as long
    # as matplotlib's, which scale with the line's width), and the time it hides.
    gaps = [gap.box for gap in axis.breaks]
    parts.append((Z_BREAKS, _boxes("breaks", gaps, _fill(theme.background))))
    edges = [((x, box.y0), (x, box.y1)) for box in gaps for x in (box.x0, box.x1)]
    dashed = _line(theme.rule, theme.break_width, dash=2 * theme.break_width)
    parts.append((Z_BREAKS, _lines("break-edges", edges, dashed)))
    texts([gap.text for gap in axis.breaks] + list(axis.caption))
    connectors = [((c.x, c.y0), (c.x, c.y1)) for c in layout.connectors]
    connector = _line(theme.connector, theme.connector_width)
    parts.append((Z_CONNECTORS, _lines("connectors", connectors, connector)))
    parts.extend((Z_MARKS, group) for group in _event_groups(layout, theme))
    samples = list(_marks([entry.sample for entry in layout.legend], theme))
    parts.append((Z_MARKS, [' <g id="legend">\n', *samples, " </g>\n"] if samples else []))
    texts([line for entry in layout.legend for line in entry.lines] + list(layout.texts))
    for order, (layer, part) in enumerate(parts):
        if part:
            yield layer, order, part


def _event_groups(layout: Layout, theme: Theme) -> Iterator[Part]:
    """One group an event, in the order of its first mark: its marks, then its label over
    the patch that hides what passes behind it."""
    marks: dict[str, list[Mark]] = defaultdict(list)
    for mark in layout.marks:
        marks[mark.event].append(mark)
    labels = {label.event: label for label in layout.labels}
    for event in [*marks, *(event for event in labels if event not in marks)]:
        part = [
            f' <g id="{html.escape("event-" + event)}">\n',
            *_marks(marks.get(event, ()), theme),
        ]
        label = labels.get(event)
        if label is not None:
            patch = _fill(theme.shade if label.shaded else theme.background)
            part.append(f'  <path d="{_box_path(label.box)}"{patch}/>\n')
            part.append(_text(label.text, theme, "  "))
        part.append(" </g>\n")
        yield part


def _marks(marks: Iterable[Mark], theme: Theme) -> Iterator[str]:
    """The marks' halos, then whiskers, then bars, then glyphs by shape name, as the
    renderer's collections are drawn."""
    marks = list(marks)
    for mark in marks:
        if mark.halo:
            halo = _glyph_path("circle", mark.x, mark.y, mark.halo)
            yield f'  <path d="{halo}"{_fill(theme.colour(mark.look), theme.halo_alpha)}/>\n'
    for mark in marks:
        whisker = _line(theme.colour(mark.look), theme.whisker_width)
        for line in mark.whisker:
            yield f'  <path d="{_line_path(line)}"{whisker}/>\n'
    for mark in marks:
        if mark.bar:
            edge = _stroke(theme.colour(mark.look), theme.bar_edge_width)
            yield f'  <path d="{_box_path(mark.bar)}"{_fill(bar_face(mark, theme))}{edge}/>\n'
    for mark in sorted(marks, key=lambda mark: mark.glyph):
        glyph = _glyph_path(mark.glyph, mark.x, mark.y, mark.size)
        face = _fill(theme.face(mark.look))
        edge = _stroke(theme.edge(mark.look, mark.bar is not None), theme.edge_width)
        yield f'  <path d="{glyph}"{face}{edge}/>\n'


def _density(layout: Layout, theme: Theme) -> Part:
    """The density strips in the note colour, more opaque the fuller the bin."""
    ink = theme.text_colour("note")
    paths = [f'  <path d="{_box_path(bin.box)}"'
             f"{_fill(ink, DENSITY_LIGHTEST + (1 - DENSITY_LIGHTEST) * bin.level)}/>\n"
             for bin in layout.density]  # fmt: skip
    return [' <g id="density">\n', *paths, " </g>\n"] if paths else []


def _boxes(name: str, boxes: list[Box], look: str) -> Part:
    """Boxes of one look, a path each."""
    return _group(name, [_box_path(box) for box in boxes], look)


def _lines(name: str, lines: Iterable[Line], look: str) -> Part:
    """Lines of one look, a path each."""
    return _group(name, [_line_path(line) for line in lines], look)


def _group(name: str, paths: list[str], look: str) -> Part:
    """A group of paths that inherit its ``look``."""
    if not paths:
        return []
    return [f' <g id="{name}"{look}>\n', *(f'  <path d="{d}"/>\n' for d in paths), " </g>\n"]


def _text(block: TextBlock, theme: Theme, indent: str) -> str:
    """A line of text, in the font chain, anchored and on the baseline as matplotlib's."""
    if not block.text:
        return ""  # matplotlib draws no empty text
    style = [f"font-size: {_number(block.size)}px", f"font-family: {_families()}",
             f"text-anchor: {_ANCHOR[block.align]}"]  # fmt: skip
    if block.bold:
        style.insert(0, "font-weight: 700")
    if block.italic:
        style.insert(0, "font-style: italic")
    words = html.escape(_NOT_XML.sub("\ufffd", block.text), quote=False)
    place = f'x="{_number(block.x)}" y="{_number(baseline(block))}"'
    colour = _fill(theme.text_colour(block.role))
    return f'{indent}<text {place} style="{"; ".join(style)}"{colour}>{words}</text>\n'


@lru_cache(maxsize=1)
def _families() -> str:
    """The font chain as a CSS font-family list."""
    return ", ".join(f"'{family}'" for family in font_chain())


@lru_cache(maxsize=256)
def _paint(what: str, colour: str | tuple[float, float, float, float], opacity: float) -> str:
    """The ``fill`` or ``stroke`` attributes of ``colour`` with its alpha times ``opacity``."""
    from matplotlib.colors import to_hex, to_rgba

    rgba = to_rgba(colour)
    alpha = rgba[3] * opacity
    if alpha == 0:
        return f' {what}="none"'
    shown = "" if alpha == 1 else f' {what}-opacity="{_number(alpha)}"'
    return f' {what}="{to_hex(rgba, keep_alpha=False)}"{shown}'


def _fill(colour: str | tuple[float, float, float, float], opacity: float = 1.0) -> str:
    return _paint("fill", colour, opacity)


def _stroke(colour: str, width: float) -> str:
    return f'{_paint("stroke", colour, 1.0)} stroke-width="{_number(width)}"'


def _line(colour: str, width: float, dash: float | None = None) -> str:
    """The attributes of a line: no fill, a stroke, dashes of ``dash`` points if given."""
    dashes = "" if dash is None else f' stroke-dasharray="{_number(dash)}"'
    return f' fill="none"{_stroke(colour, width)}{dashes}'


def _box_path(box: Box) -> str:
    x0, y0, x1, y1 = _number(box.x0), _number(box.y0), _number(box.x1), _number(box.y1)
    return f"M {x0} {y0} L {x1} {y0} L {x1} {y1} L {x0} {y1} z"


def _line_path(line: Line) -> str:
    (x0, y0), (x1, y1) = line
    return f"M {_number(x0)} {_number(y0)} L {_number(x1)} {_number(y1)}"


def _glyph_path(glyph: str, x: float, y: float, size: float) -> str:
    """The outline of ``glyph`` ``size`` points across (as matplotlib's scatter sizes its
    markers), centred on (x, y)."""
    commands = []
    for letter, points in _outline(glyph):
        coordinates = (f"{_number(x + dx * size)} {_number(y + dy * size)}" for dx, dy in points)
        commands.append(" ".join((letter, *coordinates)))
    return " ".join(commands)


Outline = tuple[tuple[str, tuple[tuple[float, float], ...]], ...]
"""Path commands: a letter and its points."""


@lru_cache(maxsize=32)
def _outline(glyph: str) -> Outline:
    """matplotlib's marker for ``glyph``, one unit across, as path commands, y downwards."""
    from matplotlib.markers import MarkerStyle
    from matplotlib.path import Path

    marker = MarkerStyle(MARKERS[glyph])
    path = marker.get_path().transformed(marker.get_transform())
    letters = {Path.MOVETO: "M", Path.LINETO: "L", Path.CURVE3: "Q", Path.CURVE4: "C",
               Path.CLOSEPOLY: "z"}  # fmt: skip
    commands: list[tuple[str, tuple[tuple[float, float], ...]]] = []
    for vertices, code in path.iter_segments(simplify=False, curves=True):
        pairs = zip(vertices[::2], vertices[1::2], strict=True)
        points = () if code == Path.CLOSEPOLY else tuple((float(dx), -float(dy))
                                                         for dx, dy in pairs)  # fmt: skip
        commands.append((letters[code], points))
    return tuple(commands)


def _number(value: float) -> str:
    """A coordinate with at most six decimals, trailing zeros dropped (as matplotlib's SVG).

    >>> _number(720.0), _number(12.3456789), _number(-0.0000001)
    ('720', '12.345679', '0')
    """
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
