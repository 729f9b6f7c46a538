"""Themes: the colours and line widths a figure is drawn in, as data.

A ``Theme`` turns a mark's ``Look`` and a text's role into colours; the glyph of each kind
is the layout's (``layout.marks``), the same in every theme, so a figure also reads in grey
print and for readers who do not tell colours apart. ``default`` colours kinds from the
Okabe–Ito and Tol palettes (distinguishable with common colour-vision deficiencies);
``print`` draws every mark in black ink, told apart by glyph and fill alone; ``dark`` is for
dark pages and slides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..layout.geometry import Look

# Each kind's colour on a light page and on a dark one; "" is the legend's samples of what
# is not a kind (status, dates).
_PALETTE = {
    "summit": ("#D55E00", "#EE7733"), "meeting": ("#0072B2", "#56B4E9"),
    "call": ("#56B4E9", "#99DDFF"), "talks": ("#009E73", "#44BB99"),
    "press-conference": ("#CC79A7", "#FFAABB"), "statement": ("#E69F00", "#F0E442"),
    "trip": ("#117733", "#BBCC33"), "visit": ("#44AA99", "#77AADD"),
    "legal": ("#882255", "#CC79A7"), "transition": ("#332288", "#AA99DD"),
    "period": ("#888888", "#AAAAAA"), "other": ("#555555", "#BBBBBB"), "": ("#555555", "#BBBBBB"),
}  # fmt: skip
KIND_COLOUR = MappingProxyType({kind: light for kind, (light, _) in _PALETTE.items()})
_DARK_KIND_COLOUR = MappingProxyType({kind: dark for kind, (_, dark) in _PALETTE.items()})


@dataclass(frozen=True)
class Theme:
    """Colours (of kinds, text, lanes, rules) and line widths in points."""

    kinds: Mapping[str, str] = field(default_factory=lambda: KIND_COLOUR)
    text: str = "#222222"
    muted: str = "#666666"
    shade: str = "#F1F3F5"
    background: str = "#FFFFFF"
    rule: str = "#C9CED4"
    connector: str = "#7A8591"
    cancelled: str = "#999999"
    connector_width: float = 0.9
    rule_width: float = 0.8
    axis_width: float = 0.8
    tick_width: float = 0.6
    break_width: float = 0.7
    edge_width: float = 1.0  # of glyphs
    bar_edge_width: float = 0.8
    whisker_width: float = 1.0
    halo_alpha: float = 0.25

    def colour(self, look: Look) -> str:
        return self.cancelled if look.status == "cancelled" else self.kinds[look.kind]

    def face(self, look: Look) -> str:
        """Held events are filled; planned, expected and cancelled ones are hollow."""
        return self.colour(look) if look.status == "held" else self.background

    def edge(self, look: Look, on_bar: bool) -> str:
        """A glyph's outline: in its colour, or in the background's on a filled bar, so the
        glyph stands out from the bar it marks."""
        return self.background if on_bar and look.status == "held" else self.colour(look)

    def text_colour(self, role: str) -> str:
        """Notes, break texts and captions are muted; titles, names and labels are not."""
        return self.muted if role in ("note", "break", "caption") else self.text


THEMES = MappingProxyType({
    "default": Theme(),
    "print": Theme(
        kinds=MappingProxyType(dict.fromkeys(KIND_COLOUR, "#000000")), text="#000000",
        muted="#444444", shade="#EEEEEE", rule="#AAAAAA", connector="#555555",
        cancelled="#888888", connector_width=1.0, rule_width=0.9, axis_width=1.0,
        tick_width=0.8, edge_width=1.2, bar_edge_width=1.0, halo_alpha=0.2,
    ),
    "dark": Theme(
        kinds=_DARK_KIND_COLOUR, text="#E8EAED", muted="#A3ABB5", shade="#232A33",
        background="#14181D", rule="#3C4550", connector="#8E99A6", cancelled="#6E7781",
        halo_alpha=0.35,
    ),
})  # fmt: skip
"""The themes by name; ``layout.options.THEME_NAMES`` lists the same names."""

THEME = THEMES["default"]
