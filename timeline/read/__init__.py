"""Reading and checking an events file: YAML text -> ``Document`` -> checked ``Timeline``.

``document`` reads the YAML into plain data that remembers where each value stands;
``format`` is the file format as a table and checks a Document's shape against it;
``builder`` checks what spans the file (dates, ids, references) and makes the model;
``json_schema`` turns the format table into a JSON Schema for editors.
May import: ``errors``, ``model``.
"""

from .builder import build, load

__all__ = ["build", "load"]
