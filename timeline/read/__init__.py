"""Reading and checking an events file: YAML text -> ``Document`` -> checked ``Timeline``.

``document`` reads the YAML into plain data that remembers where each value stands;
``format`` is the file format as a table and checks a Document's shape against it;
``builder`` checks what spans the file (dates, ids, references) and makes the model;
``direct`` builds the model straight from a large file's lines when it is sure of them;
``loading`` loads a file by the direct path or, for any other, the full one;
``csv_file`` and ``frame`` read events given as rows (through ``rows``) into a Document;
``json_schema`` turns the format table into a JSON Schema for editors.
May import: ``errors``, ``model``.
"""

from .builder import build
from .frame import from_frame
from .loading import load

__all__ = ["build", "from_frame", "load"]
