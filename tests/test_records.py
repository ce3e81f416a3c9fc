"""The quicker `__init__` of commands, events and effects (facilitation/records.py)
makes the same values as the dataclass's own `__init__` would, and keeps them frozen.

Each class is compared with a twin made by `dataclasses.make_dataclass` from the same
fields (the dataclass's own, untouched `__init__`): same signature, same instance
dict, equal and of equal hash when the class hashes; assignment still raises."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from facilitation import commands, effects, events, parser, state
from facilitation.records import quick_init


def _every(base: type) -> list[type]:
    found, todo = [], [base]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


CLASSES = [
    *_every(events.Event),
    *_every(effects.Effect),
    *_every(commands.Command),
    commands.Actor,
    *state.RECORDS,
    parser._Envelope,
]


def _twin(cls: type) -> type:
    """`cls` as the dataclass would build it, with its own `__init__`."""

    def spec(f: dataclasses.Field) -> tuple[str, object, dataclasses.Field]:
        extra = {} if f.default is dataclasses.MISSING else {"default": f.default}
        return f.name, f.type, dataclasses.field(kw_only=f.kw_only, **extra)

    return dataclasses.make_dataclass(
        cls.__name__, [spec(f) for f in dataclasses.fields(cls)], frozen=True
    )


def _arguments(cls: type) -> dict[str, object]:
    """A distinct value for every field (its name, so a swapped pair would show)."""
    return {f.name: f"value of {f.name}" for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_same_signature_and_values_as_the_dataclass_init(cls: type) -> None:
    twin = _twin(cls)
    assert inspect.signature(cls) == inspect.signature(twin)
    given = _arguments(cls)
    quick, plain = cls(**given), twin(**given)
    assert vars(quick) == vars(plain) == given
    # Every positional parameter in its place too (the commands take keywords only).
    positional = [
        p.name
        for p in inspect.signature(cls).parameters.values()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    rest = {k: v for k, v in given.items() if k not in positional}
    assert vars(cls(*[given[n] for n in positional], **rest)) == given


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_defaults_are_the_fields_defaults(cls: type) -> None:
    required = {
        f.name: f"value of {f.name}"
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING
    }
    assert vars(cls(**required)) == vars(_twin(cls)(**required))


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_still_frozen_equal_hashed_and_pickled(cls: type) -> None:
    value = cls(**_arguments(cls))
    same = cls(**_arguments(cls))
    assert value == same
    assert hash(value) == hash(same) or cls.__hash__ is None
    assert pickle.loads(pickle.dumps(value)) == value
    name = dataclasses.fields(cls)[0].name if dataclasses.fields(cls) else "anything"
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, name, "changed")
    if dataclasses.fields(cls):
        changed = dataclasses.replace(value, **{name: "changed"})
        assert getattr(changed, name) == "changed" and getattr(value, name) != "changed"


def test_missing_and_unknown_arguments_are_refused_as_before() -> None:
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'at'"):
        events.HandRaised("p1")
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        events.HandRaised(person_id="p1", at=1.0, colour="red")
    with pytest.raises(TypeError, match="positional argument"):
        commands.RaiseHand(commands.SYSTEM, "room", "source")  # keyword-only


def test_every_class_here_has_the_quick_init() -> None:
    """None fell back to the dataclass's own (a field kind quick_init leaves alone)."""
    slow = [c.__name__ for c in CLASSES if "_SET" not in c.__init__.__globals__]
    assert slow == []


def test_classes_it_cannot_take_keep_their_own_init() -> None:
    @dataclasses.dataclass(frozen=True)
    class Counted:
        a: int
        seen: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError("negative")

    @dataclasses.dataclass(frozen=True)
    class Handwritten:
        a: int

        def __init__(self, text: str) -> None:
            object.__setattr__(self, "a", int(text))

    @dataclasses.dataclass
    class NotFrozen:
        a: int

    for cls in (Counted, Checked, Handwritten, NotFrozen):
        own = cls.__init__
        quick_init(cls)
        assert cls.__init__ is own
    assert Counted(1).seen == [] and Counted(1).seen is not Counted(1).seen
    with pytest.raises(ValueError, match="negative"):
        Checked(-1)
    assert Handwritten("7").a == 7
