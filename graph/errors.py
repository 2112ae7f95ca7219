"""The exception root of kgraph and its few documented subclasses.

Every error a user can cause is a `KGraphError`; the command line prints it as one line,
`Error: <message>`, and exits with its `exit_code` (1 for bad input, 3 for validation).
"""

from __future__ import annotations

from dataclasses import dataclass


class KGraphError(Exception):
    """Root of every error kgraph raises on purpose.

    `parameter` names the argument at fault when there is one. Messages write the arguments
    they mention by their Python names in backquotes (`depth`), which the command line shows
    as its flags (--depth).
    """

    exit_code = 1
    parameter: str | None = None

    def __init__(self, *args, parameter: str | None = None):
        super().__init__(*args)
        if parameter is not None:
            self.parameter = parameter


class InputError(KGraphError):
    """A bad argument: unknown relation, malformed date, unknown format."""


class InvalidIriError(InputError):
    """Text given as an IRI that is not one: a space, one of <>"{}|^`\\, a control character,
    or no scheme."""


class NameResolutionError(KGraphError):
    """A name that does not resolve to exactly one entity."""

    def __init__(self, message: str, candidates: list[str] | None = None):
        super().__init__(message)
        self.candidates = candidates or []


class UnknownNameError(NameResolutionError):
    """No entity has this name; `candidates` holds the closest names."""


class AmbiguousNameError(NameResolutionError):
    """Several entities have this name; `candidates` lists them."""


class SourceSyntaxError(KGraphError):
    """A Turtle file or a SPARQL query that does not parse; the message names the position."""


class StoreError(KGraphError):
    """The store cannot be opened, built or written."""


@dataclass(frozen=True)
class Problem:
    """One validation problem, located as precisely as the inputs allow."""

    message: str
    file: str | None = None
    line: int | None = None
    entity: str | None = None
    claim: str | None = None

    def __str__(self) -> str:
        where = self.file or "<graph>"
        if self.line:
            where += f":{self.line}"
        subject = []
        if self.claim:
            subject.append(f"claim {self.claim}")
        if self.entity and self.entity != self.claim:
            subject.append(f"entity {self.entity}")
        about = f" [{', '.join(subject)}]" if subject else ""
        return f"{where}{about}: {self.message}"


class ValidationError(KGraphError):
    """The inputs break the ontology's invariants; `problems` lists every one."""

    exit_code = 3

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        noun = "problem" if len(problems) == 1 else "problems"
        first = f"; first: {problems[0]}" if problems else ""
        super().__init__(
            f"validation failed with {len(problems)} {noun}{first} (see `kgraph validate`)"
        )
