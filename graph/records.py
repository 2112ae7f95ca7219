"""Values with named fields for the classes a cold read builds (claims, entities, dates, query
results, printouts).

They behave as dataclasses do: compared and shown by their fields, and a frozen one is hashable
and refuses changes. They are not dataclasses because the dataclasses module imports inspect,
which takes a cold `kgraph neighbors` longer than the query of a median actor. Each class
lists its fields in `__slots__`, in the order of its `__init__`."""

from __future__ import annotations


class Record:
    __slots__ = ()

    def fields(self) -> tuple:
        """The values of the fields, in their order."""
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.fields() == other.fields()

    __hash__ = None  # changeable, so unhashable, as an unfrozen dataclass

    def __reduce__(self):
        # pickled by its fields, rebuilt by __init__ (a frozen one refuses pickle's setattr)
        return type(self), self.fields()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"


class Frozen(Record):
    """A record whose fields are set once, by `__init__` through `set_fields`."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self.fields())

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} cannot be changed")

    def __delattr__(self, name):
        raise AttributeError(f"{type(self).__name__} cannot be changed")

    def set_fields(self, *values) -> None:
        for name, value in zip(self.__slots__, values, strict=True):
            object.__setattr__(self, name, value)
