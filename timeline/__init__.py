"""timeline: swimlane timelines from a hand-curated YAML file of dated events.

The pipeline, one folder per stage, data flowing one way:

    events.yaml --read--> Timeline --query--> Timeline --layout--> Layout
        --drawing--> Figure --save--> PNG / SVG / PDF

- ``read`` reads the file (YAML or CSV, or a DataFrame), checks it against the format and
  builds the ``model``; ``convert`` imports other tools' files as an events file;
- ``model`` holds the immutable events, actors, countries, sources and EDTF dates;
- ``query`` selects events and lists them as text;
- ``layout`` places everything as plain geometry; ``drawing`` draws that with matplotlib
  and saves deterministic files; ``pipeline`` is the figure path in one call per stage;
- ``edit`` changes the file safely (``add_event``, ``edit_event``, ``remove_event``,
  ``format_file``); ``cli`` is the ``timeline`` command over all of it.

>>> import timeline
>>> t = timeline.load("events.yaml")   # doctest: +SKIP
>>> t.to_frame()                       # doctest: +SKIP
>>> timeline.render(t, lanes="actor")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

from .lazy import lazy_attributes, lazy_names

if TYPE_CHECKING:
    from .convert import import_file
    from .edit import Change, NewActor, add_event, edit_event, format_file, remove_event
    from .errors import DataError, EditError, OptionError, Problem, QueryError, TimelineError
    from .layout import Options
    from .model import (
        Actor,
        Citation,
        Country,
        Event,
        Source,
        Timeline,
        When,
        describe,
        parse_edtf,
        parse_user_date,
    )
    from .pipeline import draw, render, write
    from .query import Filter, select
    from .read import from_frame, load
    from .web import describe_chart, report_html, write_report

__all__ = [
    "Actor",
    "Change",
    "Citation",
    "Country",
    "DataError",
    "EditError",
    "Event",
    "Filter",
    "NewActor",
    "OptionError",
    "Options",
    "Problem",
    "QueryError",
    "Source",
    "Timeline",
    "TimelineError",
    "When",
    "__version__",
    "add_event",
    "describe",
    "describe_chart",
    "draw",
    "edit_event",
    "format_file",
    "from_frame",
    "import_file",
    "load",
    "parse_edtf",
    "parse_user_date",
    "remove_event",
    "render",
    "report_html",
    "select",
    "write",
    "write_report",
]

_HOME = {
    **dict.fromkeys(("Change", "NewActor", "add_event", "edit_event", "format_file",
                     "remove_event"), ".edit"),
    **dict.fromkeys(("DataError", "EditError", "OptionError", "Problem", "QueryError",
                     "TimelineError"), ".errors"),
    "Options": ".layout",
    **dict.fromkeys(("Actor", "Citation", "Country", "Event", "Source", "Timeline", "When",
                     "describe", "parse_edtf", "parse_user_date"), ".model"),
    **dict.fromkeys(("draw", "render", "write"), ".pipeline"),
    **dict.fromkeys(("Filter", "select"), ".query"),
    **dict.fromkeys(("from_frame", "load"), ".read"),
    "import_file": ".convert",
    **dict.fromkeys(("describe_chart", "report_html", "write_report"), ".web"),
}  # fmt: skip
"""Where each public name lives. They are imported on first use, so that the command line
(``timeline --help``) starts without loading the YAML reader or the layout."""


__getattr__ = lazy_attributes(__name__, _HOME)
__dir__ = lazy_names(__name__, _HOME)
