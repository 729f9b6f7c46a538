"""What a typed name means: a country by code or name, an actor by id or name, in any case.

Editing (against the file's tables) and selecting (against a Timeline) both resolve what
people type this way; each says in its own words what it could not find.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..errors import did_you_mean

__all__ = ["Names", "id_named", "name_hint", "names_given"]

Names = str | Iterable[str]
"""One name, or several."""


def names_given(values: Names) -> tuple[str, ...]:
    """Names given one or several: a string alone is one name, not a list of letters.

    >>> names_given("JP"), names_given(["JP", "KR"])
    (('JP',), ('JP', 'KR'))
    """
    return (values,) if isinstance(values, str) else tuple(values)


def id_named(typed: str, names: Mapping[str, str]) -> str | None:
    """The id in names (id -> name) that typed gives as its id or its name, in any case.

    An id wins over another entry's name that reads the same; None when nothing matches.

    >>> countries = {"US": "United States", "JP": "Japan"}
    >>> id_named("japan", countries), id_named("us", countries), id_named("Korea", countries)
    ('JP', 'US', None)
    """
    wanted = typed.casefold()
    for key in names:
        if key.casefold() == wanted:
            return key
    for key, name in names.items():
        if name.casefold() == wanted:
            return key
    return None


def name_hint(typed: str, names: Mapping[str, str]) -> str:
    """The "; did you mean ...?" hint for a name that ``id_named`` found nothing for: the
    closest id or name, as the user is likely to have meant it ('' when none is close).

    >>> name_hint("Japn", {"JP": "Japan"}), name_hint("blinkn", {"blinken": "Antony Blinken"})
    ("; did you mean 'Japan'?", "; did you mean 'blinken'?")
    """
    return did_you_mean(typed, [*names, *names.values()])
