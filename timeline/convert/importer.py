"""``import_file``: another tool's JSON file as our events file, written atomically."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import DataError, OptionError, Problem
from ..files import write_atomically
from .events_file import events_yaml
from .source import read_json
from .timelinejs import is_timelinejs, timelinejs_rows
from .vis_timeline import is_vis_timeline, vis_rows

__all__ = ["IMPORT_FORMATS", "import_events", "import_file"]

IMPORT_FORMATS = {
    "timelinejs": (is_timelinejs, timelinejs_rows),
    "vis-timeline": (is_vis_timeline, vis_rows),
}
"""The formats ``import_events`` reads: how each is recognised and turned into rows."""


YAML_SUFFIXES = (".yaml", ".yml")  # what an import writes: our events file, never CSV


def import_events(path: str | os.PathLike[str], form: str | None = None) -> str:
    """The text of an events file holding the events of the file at path.

    ``form`` is a key of IMPORT_FORMATS; None: recognised from the data. Raises DataError
    naming the file (and the line, where there is one) when it cannot be read or imported.
    """
    source = read_json(path)
    if form is None:
        form = next((name for name, (test, _) in IMPORT_FORMATS.items() if test(source.data)), None)
        if form is None:
            formats = " or ".join(IMPORT_FORMATS)
            message = f"not {formats} data: found no events with a start date"
            raise DataError([Problem(source.file, None, None, message)])
    elif not IMPORT_FORMATS[form][0](source.data):
        raise DataError([Problem(source.file, None, None, f"not {form} data")])
    rows, title, lanes = IMPORT_FORMATS[form][1](source)
    if not rows:
        raise DataError([Problem(source.file, None, None, "the file has no events")])
    return events_yaml(rows, source.file, title, lanes)


def import_file(source: str | os.PathLike[str], target: str | os.PathLike[str],
                form: str | None = None, force: bool = False) -> Path:  # fmt: skip
    """Import the file at source into a new events file at target; return target.

    The target is a ``.yaml`` or ``.yml`` file; an existing one is replaced only with
    ``force`` (OptionError otherwise); the file is written whole or not at all.
    """
    target = Path(target)
    if target.suffix.lower() not in YAML_SUFFIXES:
        raise OptionError(f"an imported events file is YAML: end {str(target)!r} in .yaml",
                          "output")  # fmt: skip
    if target.exists() and not force:
        raise OptionError(f"{target} exists; give --force to replace it", "output")
    text = import_events(source, form)
    write_atomically(target, text.encode("utf-8"))
    return target
