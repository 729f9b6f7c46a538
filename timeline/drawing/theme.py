"""Colours and marker shapes: how a mark's ``Look`` and a text's role are drawn.

Kinds get colours from the Okabe–Ito palette (distinguishable with common colour-vision
deficiencies) and a marker shape each, so the figure also reads in grey print.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.geometry import Look

KIND_LOOK: dict[str, tuple[str, str]] = {
    "summit": ("#D55E00", "*"),
    "meeting": ("#0072B2", "o"),
    "call": ("#56B4E9", "D"),
    "talks": ("#009E73", "s"),
    "press-conference": ("#CC79A7", "^"),
    "statement": ("#E69F00", "v"),
    "trip": ("#117733", "o"),
    "visit": ("#44AA99", "p"),
    "legal": ("#882255", "X"),
    "transition": ("#332288", "h"),
    "period": ("#888888", "s"),
    "other": ("#555555", "o"),
}
# Stars and crosses look small beside a circle of the same nominal size.
MARKER_SCALE = {"*": 1.45, "X": 1.1, "p": 1.1, "h": 1.1, "D": 0.85, "s": 0.9}


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
        return self.cancelled if look.status == "cancelled" else KIND_LOOK[look.kind][0]

    def marker(self, look: Look) -> str:
        return KIND_LOOK[look.kind][1]

    def face(self, look: Look) -> str:
        """Held events are filled; planned, expected and cancelled ones are hollow."""
        return self.colour(look) if look.status == "held" else self.background

    def text_colour(self, role: str) -> str:
        """Notes, break texts and captions are muted; titles, names and labels are not."""
        return self.muted if role in ("note", "break", "caption") else self.text


THEME = Theme()
