"""Events from other tools' files, written as our events file.

``timelinejs`` and ``vis_timeline`` turn a tool's JSON into rows of the CSV columns
(``read.rows``), ``html_text`` makes their HTML plain text, and ``events_file`` writes the
rows as YAML that the reader has checked. May import: ``errors``, ``files``, ``model``,
``read``, ``edit``.
"""

from .importer import IMPORT_FORMATS, import_events, import_file

__all__ = ["IMPORT_FORMATS", "import_events", "import_file"]
