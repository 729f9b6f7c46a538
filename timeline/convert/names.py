"""Ids, titles and lane names for imported events: other tools' ids are free text, ours
are slugs."""

from __future__ import annotations

import re

__all__ = ["EVENT_LANE", "OTHER_LANE", "Ids", "short_title"]

OTHER_LANE = "Other"
"""The lane of events without a group, in a file where some have one."""
EVENT_LANE = "Events"
"""The one lane of a file without groups."""

TITLE_WORDS = 12
"""How many words of an event's text make its title when it has no headline."""


class Ids:
    """Unique event ids made from other tools' ids or titles."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, *candidates: object) -> str:
        """The first candidate as an id ('SG_1_1' -> 'sg-1-1'), made unique with -2, -3...

        >>> ids = Ids()
        >>> ids.make("Ada Lovelace"), ids.make("", "Ada  lovelace!"), ids.make(None)
        ('ada-lovelace', 'ada-lovelace-2', 'event')
        """
        stem = next((slug for slug in map(_slug, candidates) if slug), "event")
        number, found = 1, stem
        while found in self.used:
            number += 1
            found = f"{stem}-{number}"
        self.used.add(found)
        return found


def _slug(value: object) -> str:
    if value is None or isinstance(value, bool):
        return ""
    words = re.findall(r"[a-z0-9]+", str(value).casefold())
    slug = ""
    for word in words:  # at most 60 characters, whole words
        if slug and len(slug) + len(word) >= 60:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug[:60]


def short_title(text: str) -> str:
    """The first line of text, cut to TITLE_WORDS words.

    >>> short_title("Long conflict leaves both empires exhausted and unable to cope with the newly")
    'Long conflict leaves both empires exhausted and unable to cope with the…'
    """
    words = text.split("\n", 1)[0].split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
