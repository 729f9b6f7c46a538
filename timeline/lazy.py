"""Package attributes imported on first use, so that ``timeline --help`` starts quickly.

A package lists where each public name lives; the first access imports that module and
keeps the name, and a name it does not list is an AttributeError as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module


def lazy_attributes(package: str, homes: dict[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package`` that imports ``homes[name]`` on first use.
    (``lazy_names`` gives its ``__dir__``, so completion in a notebook lists them.)"""

    def attribute(name: str) -> object:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(homes[name], package), name)
        setattr(import_module(package), name, value)
        return value

    return attribute


def lazy_names(package: str, homes: dict[str, str]) -> Callable[[], list[str]]:
    """A module ``__dir__`` for ``package``: its loaded names and those imported on use."""

    def names() -> list[str]:
        return sorted(set(vars(import_module(package))) | set(homes))

    return names
