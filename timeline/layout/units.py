"""Lengths as report writers give them: ``6.5in``, ``16.5cm``, ``165mm``, ``252pt``,
``1600px``; a bare number is inches, the unit the layout's options are in."""

from __future__ import annotations

import math
import re

PER_INCH = {"in": 1.0, "cm": 2.54, "mm": 25.4, "pt": 72.0}
"""How many of each unit make an inch; ``px`` depends on the resolution."""

_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*([a-zA-Z]*)\s*")


def inches(length: float | str, dpi: float) -> float:
    """``length`` in inches; pixels count at ``dpi``. Raises ValueError saying what is wrong.

    >>> inches("6.5in", 200), inches("16.51cm", 200), inches("165.1 mm", 200)
    (6.5, 6.5, 6.5)
    >>> inches("1600px", 200), inches("252pt", 200), inches(3.5, 200), inches("3.5", 200)
    (8.0, 3.5, 3.5, 3.5)
    >>> inches("6.5 inches", 200)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: '6.5 inches' is not a length: give a number and one of in, cm, mm, pt, px ...
    """
    if isinstance(length, (int, float)):
        number = float(length)
    else:
        found = _LENGTH.fullmatch(length)
        unit = found[2].lower() if found else ""
        if found is None or not (unit in PER_INCH or unit in ("", "px")):
            raise ValueError(f"{length!r} is not a length: give a number and one of in, cm, mm, "
                             "pt, px (e.g. 6.5in, 16.5cm, 1600px)")  # fmt: skip
        number = float(found[1]) / (dpi if unit == "px" else PER_INCH.get(unit, 1.0))
    if not math.isfinite(number):
        raise ValueError(f"{length!r} is not a length: not a finite number")
    return round(number, 9)
