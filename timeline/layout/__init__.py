"""The layout engine: a Timeline in, a ``geometry.Layout`` out; pure geometry, no drawing.

May import: ``errors``, ``model``. Never matplotlib's drawing: text sizes come from a
``measure`` function (matplotlib's font metrics, or an estimate in tests).
"""

from typing import TYPE_CHECKING

from ..lazy import lazy_attributes

if TYPE_CHECKING:
    from .engine import Options, layout

# The engine is imported on first use: the command line's options need only ``options``.
__getattr__ = lazy_attributes(__name__, {"Options": ".options", "layout": ".engine"})

__all__ = ["Options", "layout"]
