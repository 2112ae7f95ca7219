"""The `kgraph` command: one click group (group.py); the commands, by area, live in the modules
beside this one. Each parses its arguments, calls one library function and prints what comes
back through the one printer (output.py). A command's module is imported only when that command
runs (or when help lists them all): a cold `kgraph neighbors` should not pay for the build, the
maps or the ingest. A plain `kgraph neighbors NAME` does not even pay for click: the quick
reader (quick.py) answers it, and hands everything else to the group."""

from __future__ import annotations

import sys

# Command name -> the module beside this one that defines it (registering it on `main`).
COMMANDS = {
    **dict.fromkeys(["path", "common", "rank", "communities", "timeline", "stats"], "analysis"),
    **dict.fromkeys(["build", "validate", "synth", "init"], "build"),
    **dict.fromkeys(["import", "duplicates", "merge"], "curation"),
    **dict.fromkeys(["ingest", "review", "evaluate"], "ingest"),
    **dict.fromkeys(["export", "map"], "publish"),
    **dict.fromkeys(["neighbors", "show", "search", "sources", "relations"], "read"),
    **dict.fromkeys(["query", "queries", "serve", "push"], "sparql"),
}


def run(args: list[str] | None = None) -> None:
    """The `kgraph` program: the quick reader's answer if it has one, else the click group's."""
    from graph.cli.quick import answer

    if answer(sys.argv[1:] if args is None else args):
        sys.exit(0)
    from graph.cli.group import main

    main(args)


def __getattr__(name: str):
    # The group imports click: only what needs it loads it.
    if name in ("main", "pass_context", "Context", "KGraphGroup"):
        from graph.cli import group

        return getattr(group, name)
    raise AttributeError(name)
