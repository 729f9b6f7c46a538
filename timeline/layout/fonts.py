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
    if not known.issuperset(wanted):
        _add_fonts_installed_since_the_cache()
        known = {entry.name for entry in font_manager.fontManager.ttflist}
    return wanted[:1] + tuple(family for family in wanted[1:] if family in known)


@lru_cache(maxsize=1)
def _add_fonts_installed_since_the_cache() -> None:
    """matplotlib lists the system's fonts once and keeps the list; a font package installed
    after that (say, on reading our warning) is found only once its files are added. Only
    Noto files are read (the fonts wanted beyond DejaVu), so a system with thousands of fonts
    costs no more than one with a few. They are added for this process only: matplotlib's
    own cache file is left as it is (it is rebuilt when matplotlib decides)."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    listed = {entry.fname for entry in manager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in listed and "noto" in Path(path).name.lower():
            try:
                manager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue  # a file FreeType cannot read is no font of ours
