"""Events from other tools' files, written as our events file.

``timelinejs`` and ``vis_timeline`` turn a tool's JSON into rows of the CSV columns
(``read.rows``), ``html_text`` makes their HTML plain text, and ``events_file`` writes the
rows as YAML that the reader has checked. May import: ``errors``, ``files``, ``lazy``,
``model``, ``read``, ``edit``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_attributes
from .formats import IMPORT_FORMAT_NAMES

if TYPE_CHECKING:
    from .importer import IMPORT_FORMATS, import_events, import_file

__all__ = ["IMPORT_FORMATS", "IMPORT_FORMAT_NAMES", "import_events", "import_file"]

# The readers load the YAML writer and the edit module: only once an import runs.
__getattr__ = lazy_attributes(
    __name__, {name: ".importer" for name in ("IMPORT_FORMATS", "import_events", "import_file")}
)
