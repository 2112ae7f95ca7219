"""Every exception kgraph raises on purpose: the root `KGraphError` and its subclasses.

Each class carries how it is reported, as class attributes: `exit_code`, the command line's exit
status (it prints the error as one line, `Error: <message>`; 1 for a failure, 3 for a failed
validation), and `status`, the HTTP status the endpoint answers with (500 unless the class says
the client is at fault or should come back later). `HttpError` and `ReportedError` take their
status per instance: the first for refusals of the HTTP layer itself, the second for an error a
query worker sent back across its pipe.
"""

from __future__ import annotations

from graph.records import Frozen


class KGraphError(Exception):
    """Root of every error kgraph raises on purpose. Exit 1, HTTP 500.

    `parameter` names the argument at fault when there is one. Messages write the arguments
    they mention by their Python names in backquotes (`depth`), which the command line shows
    as its flags (--depth).
    """

    exit_code = 1
    status = 500
    parameter: str | None = None

    def __init__(self, *args, parameter: str | None = None):
        super().__init__(*args)
        if parameter is not None:
            self.parameter = parameter


class InputError(KGraphError):
    """A bad argument: unknown relation, malformed date, unknown format. HTTP 400."""

    status = 400


class InvalidIriError(InputError):
    """Text given as an IRI that is not one: a space, one of <>"{}|^`\\, a control character,
    or no scheme. HTTP 400."""


class QueryRefused(InputError):
    """A request that the endpoint's rules forbid (SERVICE, FROM, LOAD, an update). HTTP 403."""

    status = 403


class ModelMissing(InputError):
    """The Spanish NLP pipeline (spaCy and its model) is not installed; the message says how
    to install it."""


class NameResolutionError(KGraphError):
    """A name that does not resolve to exactly one entity. HTTP 400."""

    status = 400

    def __init__(self, message: str, candidates: list[str] | None = None):
        super().__init__(message)
        self.candidates = candidates or []


class UnknownNameError(NameResolutionError):
    """No entity has this name; `candidates` holds the closest names."""


class AmbiguousNameError(NameResolutionError):
    """Several entities have this name; `candidates` lists them."""


class SourceSyntaxError(KGraphError):
    """A Turtle file or a SPARQL query that does not parse; the message names the position.
    HTTP 400."""

    status = 400


# ---------------------------------------------------------------- the store and the build


class StoreError(KGraphError):
    """The store cannot be opened, built or written. Exit 1, HTTP 500."""


class Problem(Frozen):
    """One validation problem, located as precisely as the inputs allow."""

    __slots__ = ("message", "file", "line", "entity", "claim")

    def __init__(self, message: str, file: str | None = None, line: int | None = None,
                 entity: str | None = None, claim: str | None = None):
        self.set_fields(message, file, line, entity, claim)

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
    """The inputs break the ontology's invariants; `problems` lists every one. Exit 3."""

    exit_code = 3

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        noun = "problem" if len(problems) == 1 else "problems"
        first = f"; first: {problems[0]}" if problems else ""
        super().__init__(
            f"validation failed with {len(problems)} {noun}{first} (see `kgraph validate`)"
        )


# ---------------------------------------------------------------- running queries

# What a query stopped by a limit of the endpoint's can do about it.
_NARROW_IT = "narrow it (a LIMIT, more specific patterns) and try again"


class QueryTimeout(KGraphError):
    """A query stopped at the time limit. HTTP 503: the client may narrow it and retry."""

    status = 503

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"the query was stopped at the time limit of {seconds:g} s; {_NARROW_IT}")


class ResultTooLarge(KGraphError):
    """A result bigger than the endpoint's result-size limit. HTTP 422."""

    status = 422

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(
            f"the result is larger than the limit of {limit} bytes; add a LIMIT or select "
            "fewer variables"
        )


class MemoryLimit(KGraphError):
    """A query that needed more memory than a worker may have. HTTP 503."""

    status = 503

    def __init__(self, limit: int):
        super().__init__(
            f"the query used more than the memory limit of {limit // 2**20} MB; {_NARROW_IT}")


class ServerBusy(KGraphError):
    """Every worker stayed busy for as long as a request may wait. HTTP 503."""

    status = 503


class WorkerFailed(KGraphError):
    """A query worker that did not start, or died in the middle of a job. HTTP 500."""


class SandboxUnavailable(KGraphError):
    """The kernel refused the network confinement; queries are not run without it. HTTP 503."""

    status = 503


class ReportedError(KGraphError):
    """An error a query worker reported: its message and the status of the error it was."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------- the HTTP layer


class HttpError(KGraphError):
    """A request the endpoint refuses before any query runs (unknown route, wrong method, a
    malformed or oversized body, a foreign Host or Origin): its status and the headers that go
    with it (Allow, WWW-Authenticate)."""

    def __init__(self, status: int, message: str, headers=()):
        super().__init__(message)
        self.status = status
        self.headers = list(headers)


class ClientTooSlow(KGraphError, ConnectionAbortedError):
    """The client did not read the response in time. Its connection is dropped, not answered
    (wsgiref drops a ConnectionAbortedError quietly), so its status, 408, is nominal."""

    status = 408
