"""The layout engine: a Timeline in, a ``geometry.Layout`` out; pure geometry, no drawing.

May import: ``errors``, ``model``. Never matplotlib's drawing: text sizes come from a
``measure`` function (matplotlib's font metrics, or an estimate in tests).
"""

from .engine import Options, layout

__all__ = ["Options", "layout"]
