"""Colours: how a mark's ``Look`` and a text's role are coloured.

Kinds get colours from the Okabe–Ito palette (distinguishable with common colour-vision
deficiencies); their glyphs and sizes are the layout's (``layout.marks``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.geometry import Look

KIND_COLOUR = {
    "summit": "#D55E00",
    "meeting": "#0072B2",
    "call": "#56B4E9",
    "talks": "#009E73",
    "press-conference": "#CC79A7",
    "statement": "#E69F00",
    "trip": "#117733",
    "visit": "#44AA99",
    "legal": "#882255",
    "transition": "#332288",
    "period": "#888888",
    "other": "#555555",
}


@dataclass(frozen=True)
class Theme:
    text: str = "#222222"
    muted: str = "#666666"
    shade: str = "#F1F3F5"
    background: str = "#FFFFFF"
    rule: str = "#C9CED4"
    connector: str = "#7A8591"
    cancelled: str = "#999999"

    def colour(self, look: Look) -> str:
        return self.cancelled if look.status == "cancelled" else KIND_COLOUR[look.kind]

    def face(self, look: Look) -> str:
        """Held events are filled; planned, expected and cancelled ones are hollow."""
        return self.colour(look) if look.status == "held" else self.background

    def text_colour(self, role: str) -> str:
        """Notes, break texts and captions are muted; titles, names and labels are not."""
        return self.muted if role in ("note", "break", "caption") else self.text


THEME = Theme()
