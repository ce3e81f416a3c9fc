"""A quicker `__init__` for the core's frozen dataclasses (commands, events, effects).

A frozen dataclass's own `__init__` sets each field with
`__dataclass_builtins_object__.__setattr__(self, "name", value)` (its own
`__setattr__` refuses): a global and an attribute looked up on `object` for every
field of every instance. Every command makes a handful of these (the command, its
actor, its events, its effects), so `quick_init` gives a class an `__init__` with the
very same parameters (names, order, defaults, keyword-only where the class says so)
that calls `object.__setattr__` found once (`_SET`): the same stores in the same
order, so the instance is laid out exactly as before (its values inline, its keys
shared with the class's other instances). Nothing else changes: the class is still
a frozen dataclass (assignment raises FrozenInstanceError), and `__eq__`,
`__hash__`, `__repr__`, `dataclasses.replace`, `fields` and pickling are its own.

Measured (docs/performance.md, "Fifth pass"), under callgrind: a 4-field instance
made, read and freed in 7,080 instructions against 8,050. Handing the instance a
whole dict at once (`object.__setattr__(self, "__dict__", {...})`, as `state._with`
does for copies) was quicker alone, but on a command's whole way it cost 0.8% more
instructions: each instance then owns a dict and its keys, which cost more to
allocate, read and free than the calls saved.

The code is made with `exec`, as `dataclasses` makes its own `__init__` (the only way
to have named parameters without a slower `*args, **kwargs` binding). A class with a
`__post_init__`, an `InitVar`, a field left out of `__init__`, a `default_factory`,
or an `__init__` of its own keeps the dataclass's: none of the classes given here has
one, and the tests check the two give the same instances.
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
    stores = "".join(f"    _SET(self, {f.name!r}, {f.name})\n" for f in fields) or "    pass\n"
    source = f"def __init__({parameters}):\n{stores}"
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
