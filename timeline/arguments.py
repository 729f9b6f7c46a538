"""How the figure functions read their arguments: ``Options`` and ``Filter`` given in either
order, keywords that override their fields, and a "did you mean" for a keyword they lack.

One rule serves every keyword of both: a keyword left at its default (None, or no names)
keeps the value the Options or Filter given has.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, TypeVar, cast

from .errors import did_you_mean
from .layout.options import Options
from .query import Filter

__all__ = ["keywords_checked", "merged", "settings_given"]

F = TypeVar("F", bound=Callable[..., Any])
D = TypeVar("D", Options, Filter)

_NAMED = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
_POSITIONAL = dict.fromkeys(
    ("options", "filter", "criteria"), "give an Options or a Filter as a positional argument"
)
"""Names a caller may try for the settings, which are given by position."""


def keywords_checked(instead: Mapping[str, str] | None = None) -> Callable[[F], F]:
    """Make a function refuse a keyword it does not take with a TypeError that names the
    keyword meant (``kind`` -> ``kinds``), or says what to do ``instead`` of using it.

    >>> @keywords_checked({"width": "the Axes sets the width"})
    ... def draw(timeline, *, kinds=()): ...
    >>> draw(None, kind="call")
    Traceback (most recent call last):
    ...
    TypeError: draw() got an unexpected keyword argument 'kind'; did you mean 'kinds'?
    >>> draw(None, width=3)
    Traceback (most recent call last):
    ...
    TypeError: draw() takes no keyword argument 'width': the Axes sets the width
    """
    reasons = {**_POSITIONAL, **(instead or {})}

    def decorate(function: F) -> F:
        parameters = inspect.signature(function).parameters.values()
        accepted = [parameter.name for parameter in parameters if parameter.kind in _NAMED]

        @functools.wraps(function)
        def checked(*args: Any, **keywords: Any) -> Any:
            for name in keywords:
                if name in reasons:
                    raise TypeError(
                        f"{function.__name__}() takes no keyword argument {name!r}: {reasons[name]}"
                    )
                if name not in accepted:
                    raise TypeError(
                        f"{function.__name__}() got an unexpected keyword argument {name!r}"
                        f"{did_you_mean(name, accepted)}"
                    )
            return function(*args, **keywords)

        return cast(F, checked)

    return decorate


def settings_given(given: tuple[object, ...]) -> tuple[Options | None, Filter | None]:
    """The ``Options`` and the ``Filter`` among a call's positional arguments, in either
    order, at most one of each.

    >>> settings_given((Filter(countries="JP"), Options(lanes="actor")))  # doctest: +ELLIPSIS
    (Options(lanes='actor', ...), Filter(..., countries=('JP',), ...))
    """
    found: dict[type, Any] = {}
    for value in given:
        kind = type(value) if isinstance(value, (Options, Filter)) else None
        if kind is None:
            raise TypeError(
                f"expected timeline.Options or timeline.Filter, not {type(value).__name__}: "
                "give other settings as keywords"
            )
        if kind in found:
            raise TypeError(f"two {kind.__name__} given: give one, and keywords for the rest")
        found[kind] = value
    return found.get(Options), found.get(Filter)


def merged(base: D, **given: Any) -> D:
    """``base`` with the fields that were given: a field left as None or () keeps its value.

    >>> merged(Filter(countries="JP", since="2021"), countries=(), since="2022").countries
    ('JP',)
    """
    return replace(base, **{name: value for name, value in given.items() if _given(value)})


def _given(value: object) -> bool:
    """Whether a keyword was given: not None, and not an empty list of names."""
    if isinstance(value, (tuple, list, set, frozenset)):
        return bool(value)
    return value is not None
