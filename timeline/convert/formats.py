"""The names of the formats ``timeline import`` reads, apart from their readers, so that the
command's options are known without loading the readers."""

from __future__ import annotations

__all__ = ["IMPORT_FORMAT_NAMES"]

IMPORT_FORMAT_NAMES = ("timelinejs", "vis-timeline")
"""The keys of ``importer.IMPORT_FORMATS``, in its order."""
