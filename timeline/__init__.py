"""timeline: swimlane timelines from a hand-curated YAML file of dated events.

The pipeline, one module per stage, data flowing one way:

    events.yaml --store--> Document --schema, build--> Timeline --query--> Timeline
        --layout--> Layout --render--> Figure --save--> PNG / SVG / PDF


- ``store`` reads the YAML into plain data that remembers each value's line and column;
- ``schema`` checks its shape against the file format, ``build`` checks what spans the file
  (dates, ids, references) and makes the immutable ``model`` objects;
- ``dates`` turns EDTF dates into intervals with a precision;
- ``query`` selects events; ``listing`` and ``cli`` present them;
- ``layout`` places everything as plain geometry (``lanes``, ``scale``, ``ticks``,
  ``packing``, ``rows``; text sizes from ``measure``); ``render`` draws a Layout with
  matplotlib (colours from ``theme``), ``save`` writes deterministic files; ``chart`` is the
  pipeline in one call per stage.

>>> import timeline
>>> t = timeline.load("events.yaml")   # doctest: +SKIP
>>> t.to_frame()                       # doctest: +SKIP
>>> timeline.render(t, lanes="actor")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .read.build import load
from .pipeline import draw, render, write
from .model.dates import When, describe, parse_edtf, parse_user_date
from .errors import DataError, Problem, QueryError, TimelineError
from .layout.engine import Options
from .model.timeline import Actor, Citation, Country, Event, Source, Timeline
from .query.filter import Filter, select

__all__ = [
    "Actor",
    "Citation",
    "Country",
    "DataError",
    "Event",
    "Filter",
    "Options",
    "Problem",
    "QueryError",
    "Source",
    "Timeline",
    "TimelineError",
    "When",
    "__version__",
    "describe",
    "draw",
    "load",
    "parse_edtf",
    "parse_user_date",
    "render",
    "select",
    "write",
]
