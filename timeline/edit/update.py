"""One safe change to an events file: lock, read, change, validate the whole result, write.

The file is read only once the lock is held, so concurrent commands each see the others'
changes and none is lost. Nothing is written unless the changed text is a valid timeline,
and then atomically (``files.write_atomically``). ``check_text`` is the validation on its
own, for any caller that has text in hand.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from ..errors import DataError, Problem
from ..files import locked, writable, write_atomically
from ..model.timeline import Timeline
from ..read.builder import build
from ..read.csv_file import is_csv
from ..read.document import Document, parse_document, read_document
from ..read.format import check_structure
from .readback import Intended, check_readback

_BOM = "\ufeff"

__all__ = ["Change", "check_text", "unified_diff", "update"]


@dataclass(frozen=True)
class Change:
    """What a change did (or, for a dry run, would do) to a file."""

    file: str
    before: str
    after: str
    timeline: Timeline
    """The timeline after the change (for a dry run, as it would be)."""
    written: bool
    """False for a dry run, and for a change that leaves the text as it was."""
    event_id: str | None = None
    """The id of the event added, changed or removed (after the change); None for fmt."""

    def diff(self) -> str:
        return unified_diff(self.before, self.after, self.file)


def update(
    path: str | os.PathLike[str],
    change: Callable[[Document], str],
    dry_run: bool = False,
    intended: Intended | None = None,
) -> Change:
    """Apply change (Document -> new text) to the file at path, holding its lock throughout.

    The file must be valid in its structure before change sees it, so that change works on
    the shapes the format promises; what change returns must read back as ``intended`` says
    (the old data, plain, to the new). A dry run takes no lock: it writes nothing, and a
    reader sees the old file or the new, never a mixture.

    Raises DataError, leaving the file as it was, when the file or the result is not valid;
    change may raise its own errors, which leave the file as it was too.
    """
    name = os.fspath(path)
    if is_csv(path):
        message = "only YAML events files are edited here; change a CSV file in a spreadsheet"
        raise DataError([Problem(name, None, None, message)])
    if not dry_run:
        writable(path)  # at once, not after the work: a read-only file is not changed
    with contextlib.nullcontext() if dry_run else locked(path):
        document = read_document(path)
        editable = _editable(document)
        after = _with_line_ends(change(editable), document.text)
        timeline = check_text(after, name, document)
        if intended is not None:
            check_readback(document, after, intended)
        written = not dry_run and after != document.text
        if written:
            write_atomically(path, (_BOM if document.bom else "").encode() + after.encode())
    return Change(name, document.text, after, timeline, written)


def check_text(text: str, file: str, before: Document | None = None) -> Timeline:
    """The Timeline of text, or DataError saying why it is not valid.

    With before (the file as it is now), problems the file already had are told apart from
    problems the change would bring: the first must be fixed in the file, the second are
    reported at their place in the changed text, which is not on disk.
    """
    try:
        return build(parse_document(text, file))
    except DataError as error:
        if before is not None:
            _fix_first(before.text, file)
        label = f"{file} (after the change)"
        lead = Problem(file, None, None, "not changed: the change would make the file invalid")
        moved = [Problem(label, p.line, p.column, p.message) for p in error.problems]
        raise DataError([lead, *moved]) from None


def _fix_first(text: str, file: str) -> None:
    """Raise DataError listing every problem of the file's text, if it has any."""
    try:
        build(parse_document(text, file))
    except DataError as existing:
        lead = Problem(file, None, None, "the file has problems; fix them first")
        raise DataError([lead, *existing.problems]) from None


def _editable(document: Document) -> Document:
    """The document as the text edits need it: sound in structure, lines ending in LF or
    CR LF (a file whose lines end in CR alone is edited as LF and written back as CR)."""
    check_structure(document)
    if document.problems:
        _fix_first(document.text, document.file)
    if "\r" not in document.text.replace("\r\n", ""):
        return document
    if "\n" in document.text:
        message = ("the file mixes line ends (CR alone, and LF); save it with one kind "
                   "to edit it")  # fmt: skip
        raise DataError([Problem(document.file, None, None, message)])
    return parse_document(document.text.replace("\r", "\n"), document.file)


def _with_line_ends(text: str, original: str) -> str:
    """text with the CR line ends of the original back, where it had them alone."""
    if "\n" in original or "\r" not in original:
        return text
    return text.replace("\n", "\r")


def unified_diff(before: str, after: str, file: str, context: int = 3) -> str:
    """The change as a unified diff, as ``git diff`` prints it ('' when there is none).

    Only the lines between the unchanged head and tail of the file are compared, so an edit
    in a long file is quick, and lines that recur often (``kind: meeting``) still count as
    matches, which difflib's own unified_diff gives up on in a long file.
    """
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    same = 0  # only the lines between the common head and tail are compared
    while same < min(len(old), len(new)) and old[same] == new[same]:
        same += 1
    tail = 0
    while tail < min(len(old), len(new)) - same and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    skip = max(same - context, 0)
    old, new = (
        old[skip : len(old) - max(tail - context, 0)],
        new[skip : len(new) - max(tail - context, 0)],
    )
    matcher = SequenceMatcher(None, old, new, autojunk=len(old) + len(new) > _EXACT_LINES)
    out: list[str] = []
    for group in matcher.get_grouped_opcodes(context):
        group = [(tag, a + skip, b + skip, c + skip, d + skip) for tag, a, b, c, d in group]
        if not out:
            old_name, new_name = (
                (file, file) if Path(file).is_absolute() else (f"a/{file}", f"b/{file}")
            )
            out += [f"--- {old_name}\n", f"+++ {new_name}\n"]
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n")
        for tag, old_start, old_end, new_start, new_end in group:
            old_lines = old[old_start - skip : old_end - skip]
            if tag == "equal":
                out += [" " + line for line in old_lines]
                continue
            out += ["-" + line for line in old_lines]
            out += ["+" + line for line in new[new_start - skip : new_end - skip]]
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in out)  # fmt: skip


_EXACT_LINES = 4000
"""Above this many changed lines, difflib may treat very common lines as junk, for speed."""


def _range(start: int, end: int) -> str:
    length = end - start
    first = start + 1 if length else start
    return f"{first}" if length == 1 else f"{first},{length}"
