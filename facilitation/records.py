"""A quicker `__init__` for the core's frozen dataclasses (commands, events, effects).

A frozen dataclass's own `__init__` sets each field with `object.__setattr__` (its
`__setattr__` refuses), one call per field: a 4-field event took about 0.5 µs, a
plain dataclass a third of that. Every command makes a handful of these (the
command, its actor, its events, its effects), so `quick_init` gives a class an
`__init__` with the very same parameters (names, order, defaults, keyword-only
where the class says so) that builds the instance's dict in one expression and
hands it over with a single `object.__setattr__(self, "__dict__", ...)`, as
`state._with` already does for copies. Nothing else changes: the class is still a
frozen dataclass (assignment raises FrozenInstanceError), and `__eq__`, `__hash__`,
`__repr__`, `dataclasses.replace`, `fields` and pickling read the same fields.

The code is made with `exec`, as `dataclasses` makes its own `__init__` (the only way
to have named parameters without a slower `*args, **kwargs` binding). A class with a
`__post_init__`, an `InitVar`, a field left out of `__init__` or a `default_factory`
keeps the dataclass's `__init__`: none of the classes given here has one, and the
tests check the two give the same instances.

Memory: the dict made this way is not shared with the class's other instances (about
80 bytes more for a 4-field object), so this is for the short-lived values on a
command's way, not for the records a workshop's state keeps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

# The names the generated code sees (its globals); defaults are added per class.
_SET = object.__setattr__


def quick_init(cls: type) -> None:
    """Give the frozen dataclass `cls` the one-dict `__init__` (see the module)."""
    if not _can_take(cls):
        return
    fields = dataclasses.fields(cls)
    positional: list[str] = []
    keyword_only: list[str] = []
    namespace: dict[str, object] = {"_SET": _SET}
    for f in fields:
        parameter = f.name
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            parameter += f"=_default_{f.name}"
        (keyword_only if f.kw_only else positional).append(parameter)
    parameters = ", ".join(["self", *positional, *(["*", *keyword_only] if keyword_only else [])])
    items = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    source = f"def __init__({parameters}):\n    _SET(self, '__dict__', {{{items}}})\n"
    exec(source, namespace)  # noqa: S102 - our own text, from the class's field names
    init = namespace["__init__"]
    assert callable(init)
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    # The annotations the dataclass gives its own (inspect.signature shows them).
    init.__annotations__ = {**{f.name: f.type for f in fields}, "return": None}
    init.__module__ = cls.__module__
    type.__setattr__(cls, "__init__", init)


def quick_init_all(classes: Iterable[type]) -> None:
    """`quick_init` for each class and, through `__subclasses__`, all their subclasses."""
    for cls in classes:
        quick_init(cls)
        quick_init_all(cls.__subclasses__())


def _can_take(cls: type) -> bool:
    """A frozen dataclass whose instances have a `__dict__` and whose `__init__` does
    nothing but set every field from a parameter or a plain default."""
    if not dataclasses.is_dataclass(cls) or "__slots__" in cls.__dict__:
        return False
    own = cls.__dict__.get("__init__")
    if own is None or own.__code__.co_filename != "<string>":
        # None: not decorated itself (it inherits its parent's); a real file: written by
        # hand in the class, which the dataclass kept.
        return False
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    if not params.frozen or not params.init or hasattr(cls, "__post_init__"):
        return False
    declared = cls.__dataclass_fields__
    fields = dataclasses.fields(cls)  # these leave out InitVar and ClassVar pseudo-fields
    if len(fields) != len(declared):
        return False
    return all(f.init and f.default_factory is dataclasses.MISSING for f in fields)
