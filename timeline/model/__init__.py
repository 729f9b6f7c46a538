"""The model: immutable events, actors, countries and sources, and EDTF dates.

``dates`` turns EDTF text into intervals with a precision; ``timeline`` holds the objects.
May import: ``errors``.
"""

from .dates import When, describe, parse_edtf, parse_user_date
from .timeline import Actor, Citation, Country, Event, Source, Timeline

__all__ = [
    "Actor",
    "Citation",
    "Country",
    "Event",
    "Source",
    "Timeline",
    "When",
    "describe",
    "parse_edtf",
    "parse_user_date",
]
