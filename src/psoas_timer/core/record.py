"""Frozen records: what ``@dataclass(frozen=True)`` gives, for a fraction of its cost.

On Python 3.11, ``dataclass`` builds each class with six ``exec`` calls, about
0.6 ms a class, and start-up defines some twenty value classes: the engine's
events, the catalogue's entries, timeline steps. A :class:`Record` subclass
is built with one ``exec`` (its ``__init__``); equality, hashing, ``repr`` and
immutability are shared. Type checkers treat records as frozen dataclasses
(``dataclass_transform``).

Records suit plain value classes: annotated fields, optional defaults (no
``field()``), inheritance that adds fields at the end. Use
:meth:`Record.replace` where ``dataclasses.replace`` would be used.
"""

from __future__ import annotations

import inspect
from typing import Any, ClassVar, Self, dataclass_transform

_MUTABLE_DEFAULTS = (list, dict, set)


@dataclass_transform(frozen_default=True)
class Record:
    """Base class of frozen value records (see the module's notes)."""

    __record_fields__: ClassVar[tuple[str, ...]] = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = list(cls.__record_fields__)
        for name, annotation in inspect.get_annotations(cls).items():
            text = annotation if isinstance(annotation, str) else repr(annotation)
            if text.startswith(("ClassVar", "typing.ClassVar")):
                continue
            if name not in fields:
                fields.append(name)
        defaults: dict[str, Any] = {}
        for name in fields:
            for klass in cls.__mro__:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    if isinstance(value, _MUTABLE_DEFAULTS):
                        raise ValueError(f"{cls.__name__}.{name}: mutable default {value!r}")
                    defaults[name] = value
                    break
        params = []
        for name in fields:
            if name in defaults:
                params.append(f"{name}=__default_{name}")
            elif params and "=" in params[-1]:
                raise TypeError(f"{cls.__name__}: non-default field {name!r} after a default")
            else:
                params.append(name)
        values = ", ".join(f"{name!r}: {name}" for name in fields)
        source = (
            f"def __init__(self, {', '.join(params)}):\n"
            f"    __set(self, '__dict__', {{{values}}})\n"
        )
        namespace: dict[str, Any] = {f"__default_{k}": v for k, v in defaults.items()}
        namespace["__set"] = object.__setattr__
        exec(source, namespace)
        init = namespace["__init__"]
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        init.__module__ = cls.__module__
        setattr(cls, "__init__", init)  # noqa: B010 - mypy would see a method assignment
        cls.__record_fields__ = tuple(fields)
        setattr(cls, "__match_args__", tuple(fields))  # noqa: B010

    def _values(self) -> tuple[Any, ...]:
        state = self.__dict__
        return tuple(state[name] for name in self.__record_fields__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        from dataclasses import FrozenInstanceError  # only when misused: not at start-up

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied (like ``dataclasses.replace``)."""
        return self.__class__(**{**self.__dict__, **changes})
