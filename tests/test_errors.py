"""One exceptions module: every exception kgraph defines is a documented KGraphError in
graph/errors.py, and says how the command line and the endpoint report it."""

import importlib
import inspect
import pkgutil

import graph
from graph.errors import KGraphError


def defined_exceptions():
    for info in pkgutil.walk_packages(graph.__path__, "graph."):
        if info.name.endswith("__main__"):  # running it would start the command
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (inspect.isclass(value) and issubclass(value, BaseException)
                    and value.__module__ == module.__name__):
                yield value


def test_every_exception_is_a_documented_kgraph_error_in_the_errors_module():
    exceptions = list(defined_exceptions())
    assert len(exceptions) > 10
    for kind in exceptions:
        assert kind.__module__ == "graph.errors", kind
        assert issubclass(kind, KGraphError), kind
        assert kind.__doc__, kind
        assert kind.exit_code in (1, 3), kind
        assert 400 <= kind.status < 600, kind
