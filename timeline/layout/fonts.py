"""The fonts text is drawn and measured in: DejaVu Sans, then fonts for other scripts.

matplotlib draws each character in the first font of ``font.family`` that has it; the
measure sums advances the same way, so widths stay right for names in Japanese, Korean,
Hebrew or Devanagari. Only installed fonts are in the chain; a character none of them has
is drawn as a box, and ``font_package`` names what to install.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

FONT_FAMILIES = (
    "DejaVu Sans",  # Latin, Greek, Cyrillic, Arabic, Hebrew; shipped with matplotlib
    "Noto Sans CJK JP",  # Chinese, Japanese, Korean (Debian: fonts-noto-cjk)
    "Noto Sans Devanagari",  # (Debian: fonts-noto-core, as the rest)
    "Noto Sans Bengali",
    "Noto Sans Tamil",
    "Noto Sans Thai",
    "Noto Sans Armenian",
    "Noto Sans Georgian",
    "Noto Sans Ethiopic",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
)
"""The fonts wanted, in the order a character is looked for in them."""

# Unicode blocks whose fonts come in their own package; everything else: fonts-noto-core.
_CJK_BLOCKS = (
    (0x1100, 0x11FF), (0x2E80, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF),
)  # fmt: skip


def font_package(character: str) -> str:
    """The Debian/Ubuntu package with a Noto font that draws ``character``.

    >>> font_package("岸"), font_package("윤"), font_package("न")
    ('fonts-noto-cjk', 'fonts-noto-cjk', 'fonts-noto-core')
    """
    code = ord(character)
    if any(low <= code <= high for low, high in _CJK_BLOCKS):
        return "fonts-noto-cjk"
    return "fonts-noto-core"


def font_chain(wanted: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The installed families of ``wanted`` (default ``FONT_FAMILIES``), in order; the first
    (DejaVu Sans, which matplotlib ships) always."""
    return _installed(FONT_FAMILIES if wanted is None else wanted)


@lru_cache(maxsize=8)
def _installed(wanted: tuple[str, ...]) -> tuple[str, ...]:
    from matplotlib import font_manager

    known = {entry.name for entry in font_manager.fontManager.ttflist}
    return wanted[:1] + tuple(family for family in wanted[1:] if family in known)


@lru_cache(maxsize=1)
def find_new_fonts() -> bool:
    """Whether fonts of the chain were installed since matplotlib listed the system's fonts
    (say, on reading our warning about a character no font has); they are then added, and
    the chain grows. Searching the system costs about 0.25 s, so it is done once, and only
    when a character has no font. Only Noto files are read (the fonts wanted beyond DejaVu),
    and for this process only: matplotlib's own cache file is left as it is."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    listed = {entry.fname for entry in manager.ttflist}
    added = False
    for path in font_manager.findSystemFonts():
        if path not in listed and "noto" in Path(path).name.lower():
            try:
                manager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue  # a file FreeType cannot read is no font of ours
            added = True
    if added:
        _installed.cache_clear()
    return added
