"""A timeline's declarations (title, countries, actors, sources) as plain data.

Shaped as the events file writes them, so that ``Timeline.to_frame`` can carry them in the
frame's ``attrs`` and ``from_frame`` can check and rebuild them like any file's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

__all__ = ["FRAME_ATTRS", "declarations"]

FRAME_ATTRS = "timeline"
"""The key of ``DataFrame.attrs`` under which a frame carries its timeline's declarations."""


class Declaring(Protocol):
    """What declares them: a ``Timeline`` (not imported, as it imports this module)."""

    @property
    def title(self) -> str | None: ...
    @property
    def countries(self) -> Mapping[str, Any]: ...
    @property
    def actors(self) -> Mapping[str, Any]: ...
    @property
    def sources(self) -> Mapping[str, Any]: ...


def declarations(timeline: Declaring) -> dict[str, object]:
    """Title, countries, actors and sources, as the events file declares them."""
    return {
        "title": timeline.title,
        "countries": {code: {"name": country.name} for code, country in timeline.countries.items()},
        "actors": {
            actor_id: {"name": actor.name, "country": actor.country, "role": actor.role}
            for actor_id, actor in timeline.actors.items()
        },
        "sources": {
            source_id: _present(
                file=source.file,
                outlet=source.outlet,
                date=source.date.text,
                headline=source.headline,
                url=source.url,
                note=source.note,
            )
            for source_id, source in timeline.sources.items()
        },
    }


def _present(**fields: str | None) -> dict[str, str]:
    return {key: value for key, value in fields.items() if value is not None}
