"""Make instances of the model's frozen dataclasses from checked values, without __init__.

A frozen dataclass's __init__ sets each field through ``object.__setattr__``, which made up a
third of building 100,000 events; a reader that has checked every value fills the new
instance's ``__dict__`` at once instead. The object is the same as __init__ makes: equal,
hashed, printed, replaced and pickled alike.
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["assembled"]

T = TypeVar("T")


def assembled(cls: type[T], values: dict[str, Any]) -> T:
    """An instance of cls, a frozen dataclass without ``__post_init__`` or ``__slots__``,
    holding values: every field, in the order the class declares them."""
    instance: T = object.__new__(cls)  # type: ignore[call-overload]
    instance.__dict__.update(values)
    return instance
