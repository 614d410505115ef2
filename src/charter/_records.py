"""Positional builders of frozen, slotted attrs records, for values checked already.

A frozen attrs class's ``__init__`` sets each field through ``object.__setattr__``; a
record built millions of times (a deadline's steps, the deadline itself) costs more in
that than in the arithmetic that found its values. :func:`builder` gives a function that
fills the slots directly: the same record, ``==`` to the one ``__init__`` makes, for
classes whose fields have no converter, validator or default factory to run and no
``__attrs_post_init__``. It refuses any other class, so that it can never skip a check.

>>> from attrs import frozen
>>> @frozen(kw_only=True)
... class Point:
...     x: int
...     y: int
>>> make = builder(Point)
>>> make(1, 2) == Point(x=1, y=2)
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from attrs import fields

__all__ = ["builder"]

T = TypeVar("T")


def builder(cls: type[T], *, checked_by_caller: bool = False) -> Callable[..., T]:
    """A function of the fields of *cls*, in order, that returns the record they make.

    *cls* is a frozen, slotted attrs class with nothing for ``__init__`` to check or
    convert; anything else raises ``TypeError``, unless *checked_by_caller*: then the
    module that builds the records does every check of the class itself, its converters'
    and ``__attrs_post_init__``'s (a reader that checked its values as it read them).
    """
    names = [attribute.name for attribute in fields(cls)]  # type: ignore[arg-type]
    plain = all(
        attribute.converter is None and attribute.validator is None and attribute.init
        for attribute in fields(cls)  # type: ignore[arg-type]
    ) and not hasattr(cls, "__attrs_post_init__")
    if "__slots__" not in vars(cls) or not (plain or checked_by_caller):
        raise TypeError(f"{cls.__name__} checks or converts its fields: build it with __init__")
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    namespace.update({f"set_{name}": vars(cls)[name].__set__ for name in names})
    body = "".join(f"    set_{name}(record, {name})\n" for name in names)
    source = f"def build({', '.join(names)}):\n    record = new(cls)\n{body}    return record\n"
    exec(source, namespace)  # noqa: S102 - the names are the class's own fields
    build: Callable[..., T] = namespace["build"]
    build.__doc__ = f"A {cls.__name__} of its fields in order, built without __init__."
    return build
