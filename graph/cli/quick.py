"""The quick reader: `kgraph [--root DIR] [-q] neighbors NAME [--format F]` answered without
click, whose import (inspect, enum, uuid, its own modules) was a fifth of a cold command.

It reads only the flags declared in flags.py, which click's options are made from too, and
answers only when the store is fresh and the answer is rows: anything else (another command or
option, help, a usage or library error, a stale store to rebuild, an endpoint) goes to the click
group, which then runs the whole command itself. Nothing has been printed by then, and what the
user sees is what click says.
"""

from __future__ import annotations

import os
import sys

from graph.cli.flags import DEFAULT_FORMAT, ENDPOINT_ENVVAR, FORMAT, QUIET, ROOT, is_format


def plain_neighbors(args: list[str]) -> tuple[str | None, str, str] | None:
    """(--root, NAME, --format) of a plain `neighbors` command line; None for any other."""
    root, rest = None, list(args)
    while rest and rest[0].startswith("-"):
        flag = rest.pop(0)
        if flag == ROOT and rest:
            root = rest.pop(0)
        elif flag not in QUIET:  # nothing to report: a fresh store is not rebuilt
            return None
    if len(rest) < 2 or rest.pop(0) != "neighbors":
        return None
    name, fmt = None, DEFAULT_FORMAT
    while rest:
        word = rest.pop(0)
        if word == FORMAT and rest:
            fmt = rest.pop(0)
        elif word.startswith("-") or name is not None:
            return None
        else:
            name = word
    if name is None or not is_format(fmt) or (root is not None and not _usable_root(root)):
        return None
    return root, name, fmt


def _usable_root(path: str) -> bool:
    """What click's check of --root lets through (an empty value or a file is its error)."""
    return bool(path) and not os.path.isfile(path)


def answer(args: list[str]) -> bool:
    """Print the answer to `args` if it is a plain read of a fresh local store; whether it was
    answered (False: nothing was printed)."""
    if os.environ.get(ENDPOINT_ENVVAR):
        return False
    command = plain_neighbors(args)
    if command is None:
        return False
    root, name, fmt = command
    from graph.api import KnowledgeGraph
    from graph.errors import KGraphError

    try:
        graph = KnowledgeGraph(root, rebuild=False)
        graph.warm()  # the model and the printer are imported while the store opens
        from graph.cli.claim_views import print_neighbors

        print_neighbors(graph, name, fmt)
    except KGraphError:
        return False
    except BrokenPipeError:  # as click: the reader went away (`| head`), exit 1 quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:  # as the group says it
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)
    return True
