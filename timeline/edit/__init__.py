"""Changing an events file safely: text edits that leave every other byte alone, checked
whole and written atomically under a lock.

``api`` is the Python API (add, edit and remove events, format the file) that the command
line calls; ``entries`` checks typed values against the file; ``text`` makes the change on
the file's text, in its own layout (``yaml_text``, ``outline``); ``fmt`` normalises the
layout; ``update`` locks, validates and writes.
May import: ``errors``, ``files``, ``model``, ``read``.
"""

from ..errors import EditError
from .api import add_event, edit_event, format_file, remove_event
from .entries import NewActor
from .update import Change

__all__ = [
    "Change",
    "EditError",
    "NewActor",
    "add_event",
    "edit_event",
    "format_file",
    "remove_event",
]
