"""Selecting events (by time, actor, country, kind, status, tag) and listing them as text.

May import: ``errors``, ``model``.
"""

from .filter import Filter, select

__all__ = ["Filter", "select"]
