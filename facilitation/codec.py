"""The one JSON codec of the core: events in the log and state snapshots both go
through it.

`to_json(value)` turns plain values, string enums, tuples, lists, dicts and
dataclasses into JSON values (tuples become lists, dataclasses objects, enums their
value). `decoder(hint)` builds, once per type, a function that turns the JSON form
back into a value of that type hint (lists to tuples, objects to dataclasses, values
to string enums).

Two readings, because the two stores differ in what they promise:
- checked (snapshots): the data must fit today's classes exactly, or ValueError, so
  the caller can replay the log instead; a snapshot is only a shortcut.
- as written (the event log, `checked=False`): the log is the truth and is never
  refused for its scalars' types, as before the codec was shared; lists still
  become tuples where the event's class says so, and anything else is kept as the
  log wrote it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from enum import StrEnum

Decoder = Callable[[object], object]


# Every event is encoded as it is stored, so the common values take the shortest way:
# the plain types by their exact type, a dataclass's field names kept per class
# (`dataclasses.fields` builds its tuple on each call). Anything else (a subclass of a
# plain type, say) goes the general way below, as before.
_PLAIN = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def to_json(value: object) -> object:
    """`value` as JSON values: TypeError for anything the codec cannot read back."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is not None:  # (a plain field without a call: an event is mostly those)
        return {
            name: field if type(field := getattr(value, name)) in _PLAIN else to_json(field)
            for name in names
        }
    if kind is tuple:  # (before the enum test, which goes through the enum's metaclass)
        return [to_json(item) for item in value]  # type: ignore[attr-defined]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
        return {name: to_json(getattr(value, name)) for name in names}
    raise TypeError(f"cannot encode a {type(value).__name__} as JSON")


# A plain dict, not functools.cache: mypy checks a class passed to a cached function
# against Hashable with its instances' `__hash__` and refuses it, though a class
# hashes by identity.
_DECODERS: dict[tuple[object, bool], Decoder] = {}


def decoder(hint: object, *, checked: bool = True) -> Decoder:
    """A function turning the JSON form of `hint` back into its value (built once)."""
    key = (hint, checked)
    found = _DECODERS.get(key)
    if found is None:
        found = _DECODERS[key] = _build(hint, checked)
    return found


def _build(hint: object, checked: bool) -> Decoder:
    origin = typing.get_origin(hint)
    if origin is tuple:
        return _tuple_decoder(typing.get_args(hint), checked)
    if origin is dict:
        item = decoder(typing.get_args(hint)[1], checked=checked)
        return lambda data: {str(k): item(v) for k, v in _dict(data).items()}
    if origin is typing.Union or isinstance(hint, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        inner_decoder = decoder(inner, checked=checked)
        return lambda data: None if data is None else inner_decoder(data)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return hint
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint, checked)
    if hint in (str, int, float, bool):
        if not checked:
            return _as_written
        plain = (int, float) if hint is float else hint
        return lambda data: _plain(data, plain)
    raise TypeError(f"no JSON decoder for {hint!r}")


def _tuple_decoder(args: tuple[object, ...], checked: bool) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        item = decoder(args[0], checked=checked)
        if not checked:
            # As written: a list becomes a tuple; anything else (None) is kept.
            return lambda data: tuple(item(v) for v in data) if isinstance(data, list) else data
        return lambda data: tuple(item(v) for v in _list(data))
    items = [decoder(a, checked=checked) for a in args]
    return lambda data: tuple(f(v) for f, v in zip(items, _list(data), strict=True))


def _dataclass_decoder(cls: type, checked: bool) -> Decoder:
    hints = typing.get_type_hints(cls)
    names = frozenset(f.name for f in dataclasses.fields(cls))
    fields = {name: decoder(hints[name], checked=checked) for name in names}
    if not checked:
        # Only the fields that need converting; the class itself refuses a missing or
        # unknown field (TypeError), as it always did. Defaults fill fields the event
        # did not have when it was logged.
        converted = {n: f for n, f in fields.items() if f is not _as_written}

        def as_written(data: object) -> object:
            values = dict(_dict(data))  # the caller's payload stays as it was
            for name in converted.keys() & values.keys():
                values[name] = converted[name](values[name])
            return cls(**values)

        return as_written

    def dataclass_value(data: object) -> object:
        values = _dict(data)
        if values.keys() != names:
            raise ValueError(f"{cls.__name__}: fields differ")
        return cls(**{name: fields[name](value) for name, value in values.items()})

    return dataclass_value


def _as_written(data: object) -> object:
    return data


def _list(data: object) -> list[object]:
    if not isinstance(data, list):
        raise ValueError("expected a list")
    return data


def _dict(data: object) -> dict[str, object]:
    if not isinstance(data, dict):
        raise ValueError("expected an object")
    return data


def _plain(data: object, kind: type | tuple[type, ...]) -> object:
    if not isinstance(data, kind):
        raise ValueError(f"expected {kind}, got {type(data).__name__}")
    return data
