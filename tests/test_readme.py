"""Every example of README.md, run and compared with the output the README prints.

A fenced block (```text, ```console, ``` or ```sh) whose lines start with `$ ` is a shell
session: each `$ command` (continued over the next lines while a quote is open or a line ends
with a backslash) is followed by the output it must print. `kgraph …` runs through click's
CliRunner with a fixed terminal width, in the folder the README implies (a built copy of the
curated root); a line `...` in the expected output stands for lines left out. A ```python block
with `>>>` lines is a doctest. Only what truly varies is normalized: durations, file sizes, the
temporary folder and the port of a test server.

A block that changes its root (build, export, map, ingest…) runs in a copy of its own. A block
marked `<!-- example: NAME -->` on the line before it first sets up the situation it shows (see
SETUPS). Commands the test cannot run are listed in UNCHECKED with the reason; any other command
it does not know fails the test, so a new example is checked or deliberately listed.
"""

from __future__ import annotations

import difflib
import doctest
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import DATA, PROJECT, Cli
from serving import Served

from graph.cli import main

README = PROJECT / "README.md"
WIDTH = "110"
SHELL_FENCES = {"", "text", "console", "sh"}
MARKER = re.compile(r"<!-- example: ([\w-]+) -->")

# Subcommands that leave their root as it was: their blocks share one built root.
READ_ONLY = {
    "neighbors", "show", "query", "queries", "sources", "search", "relations", "validate",
    "path", "common", "rank", "communities", "timeline", "stats", "evaluate", "serve",
}

GLOBAL_OPTIONS = {"--root", "--endpoint", "--user", "--password", "--auth"}

# The README's endpoint of `kgraph serve`; the examples run against a served copy on a free port.
SERVED_URL = "http://127.0.0.1:7878/"
VIRTUOSO = "needs a Virtuoso with the graphs of no other test: the push tests cover it"

UNCHECKED = {
    "export KGRAPH_PASSWORD=…": VIRTUOSO,
    "kgraph push --endpoint http://127.0.0.1:44929/sparql \\": VIRTUOSO,
    "kgraph push …the same…": VIRTUOSO,
    "kgraph push --endpoint http://127.0.0.1:55147/sparql \\": VIRTUOSO,
    "export KGRAPH_ENDPOINT=http://127.0.0.1:55147/sparql": VIRTUOSO,
    "kgraph rank --top 3": VIRTUOSO + " (it answers like the local store, test_remote_cli.py)",
    "kgraph map --center Milei -o /tmp/remote-map.html": VIRTUOSO,
}


@dataclass
class Command:
    line: int
    text: str
    expected: list[str] = field(default_factory=list)


@dataclass
class Block:
    line: int
    kind: str  # "shell" or "doctest"
    lines: list[str]
    setup: str | None

    @property
    def commands(self) -> list[Command]:
        return parse_session(self.line, self.lines)

    def read_only(self) -> bool:
        for command in self.commands:
            words = shlex.split(command.text.split(" | ")[0].replace("\\\n", " "))
            if words[0] == "kgraph" and subcommand(words[1:]) not in READ_ONLY:
                return False
        return self.setup is None

    def needs_server(self) -> bool:
        text = "\n".join(self.lines)
        return SERVED_URL in text or (self.kind == "doctest" and "RemoteEngine(" in text)


def subcommand(arguments: list[str]) -> str | None:
    """The command name after kgraph's own options (`kgraph --root DIR build` -> build)."""
    words = iter(arguments)
    for word in words:
        if word in GLOBAL_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def readme_blocks(text: str) -> list[Block]:
    blocks, lines, index = [], text.splitlines(), 0
    while index < len(lines):
        line = lines[index]
        if not line.startswith("```"):
            index += 1
            continue
        fence = line[3:].strip()
        end = lines.index("```", index + 1)
        body = lines[index + 1:end]
        marker = MARKER.fullmatch(lines[index - 1].strip()) if index else None
        setup = marker.group(1) if marker else None
        if fence in SHELL_FENCES and any(b.startswith("$ ") for b in body):
            blocks.append(Block(index + 2, "shell", body, setup))
        elif fence == "python" and any(b.startswith(">>> ") for b in body):
            blocks.append(Block(index + 2, "doctest", body, setup))
        index = end + 1
    return blocks


def _complete(command: str) -> bool:
    if command.endswith("\\"):
        return False
    try:
        shlex.split(command)
    except ValueError:  # a quote still open
        return False
    return True


def parse_session(first_line: int, lines: list[str]) -> list[Command]:
    commands: list[Command] = []
    index = 0
    while index < len(lines):
        if not lines[index].startswith("$ "):
            if commands:
                commands[-1].expected.append(lines[index])
            index += 1
            continue
        command = Command(first_line + index, lines[index][2:])
        while not _complete(command.text) and index + 1 < len(lines):
            index += 1
            command.text += "\n" + lines[index]
        commands.append(command)
        index += 1
    for command in commands:
        while command.expected and not command.expected[-1].strip():
            command.expected.pop()
    return commands


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- comparing


def normalize(text: str, folder: Path) -> list[str]:
    """The output with what varies between runs replaced by placeholders."""
    text = text.replace(f"{folder.resolve()}/", "…/").replace(f"{folder}/", "…/")
    text = re.sub(r"\b\d+\.\d+ s\b", "<seconds> s", text)
    text = re.sub(r"\(\d+ KB\)", "(<size> KB)", text)
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def matches(expected: list[str], actual: list[str]) -> bool:
    """Equal, except that an expected line `...` matches any number of actual lines."""
    parts: list[list[str]] = [[]]
    for line in expected:
        if line.strip() == "...":
            parts.append([])
        else:
            parts[-1].append(line)
    if len(parts) == 1:
        return expected == actual
    first, *middle, last = parts
    if actual[:len(first)] != first:
        return False
    position = len(first)
    for part in middle:
        found = next((i for i in range(position, len(actual) - len(part) + 1)
                      if actual[i:i + len(part)] == part), None)
        if found is None:
            return False
        position = found + len(part)
    return len(actual) - position >= len(last) and actual[len(actual) - len(last):] == last


def assert_same(command: Command, actual: list[str], folder: Path) -> None:
    expected = normalize("\n".join(command.expected), folder)
    if matches(expected, actual):
        return
    diff = "\n".join(difflib.unified_diff(
        expected, actual, f"README.md:{command.line}", command.text.split("\n")[0], lineterm="",
    ))
    pytest.fail(f"README.md:{command.line}: `{command.text}` prints otherwise:\n{diff}",
                pytrace=False)


# ---------------------------------------------------------------- running


class Session:
    """Runs one block's commands in `folder` as a user would type them there."""

    def __init__(self, folder: Path, monkeypatch, served=None):
        self.folder = folder
        self.served = served
        self.monkeypatch = monkeypatch
        self.runner = CliRunner()
        monkeypatch.chdir(folder)
        monkeypatch.setenv("COLUMNS", WIDTH)

    def run(self, command: Command) -> None:
        text = command.text.replace(SERVED_URL, self.served.url) if self.served else command.text
        pipeline = [part.strip() for part in text.split(" | ")]
        words = shlex.split(pipeline[0].replace("\\\n", " "))
        if words[0] == "export" and len(words) == 2:
            name, value = words[1].split("=", 1)
            self.monkeypatch.setenv(name, value)
            output = ""
        elif words[1:] == ["serve"] and self.served:
            output = self.served.announcement  # the server itself runs in its own process
        elif words[0] == "kgraph":
            result = self.runner.invoke(main, words[1:], catch_exceptions=False)
            output = result.output
        elif words[0] == "curl" and self.served:
            output = curl(words)
        else:
            pytest.fail(f"README.md:{command.line}: no way to check `{command.text}`; "
                        "make it checkable or list it in UNCHECKED with the reason")
        for stage in pipeline[1:]:
            output = self.pipe(command, stage, output)
        if self.served:
            output = output.replace(self.served.url, SERVED_URL)
        assert_same(command, normalize(output, self.folder), self.folder)

    def pipe(self, command: Command, stage: str, text: str) -> str:
        words = shlex.split(stage)
        if words[0] != "cut":
            pytest.fail(f"README.md:{command.line}: unknown filter `{stage}`")
        return subprocess.run(words, input=text, capture_output=True, text=True,
                              check=True).stdout


def curl(words: list[str]) -> str:
    """What curl prints; of `curl -i`, the status line and the body, as the README shows."""
    done = subprocess.run(words, capture_output=True, text=True, timeout=60, check=False)
    if "-i" not in words:
        return done.stdout
    head, _, body = done.stdout.partition("\n\n")  # text mode turned CRLF into LF
    return head.split("\n")[0] + "\n" + body


def run_shell(block: Block, folder: Path, monkeypatch, served) -> None:
    session = Session(folder, monkeypatch, served)
    for command in block.commands:
        if command.text.split("\n")[0] in UNCHECKED:
            continue
        session.run(command)


def run_doctest(block: Block, folder: Path, monkeypatch, served) -> None:
    monkeypatch.chdir(folder)
    text = "\n".join(block.lines)
    if served:  # the remote examples ask the served copy (any SPARQL endpoint answers alike)
        text = re.sub(r"http://127\.0\.0\.1:\d+/", served.url, text)
    test = doctest.DocTestParser().get_doctest(text, {}, "README.md", "README.md", block.line - 1)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.REPORT_UDIFF)
    runner.run(test, out=report.append)
    if runner.failures:
        pytest.fail("".join(report), pytrace=False)


# ---------------------------------------------------------------- situations


def copy_root(source: Path, target: Path) -> Path:
    """A copy of a built root, store included (its stamp stays valid: mtimes are kept)."""
    shutil.copytree(source, target, symlinks=True)
    return target


def bad_quote(root: Path) -> None:
    """A claim whose quote is not in the article it cites."""
    claims = root / "ontology" / "claims.ttl"
    with claims.open("a", encoding="utf-8") as out:
        out.write(
            "\nkgc:bad-quote a kg:Claim ;\n"
            "    kg:subject kgr:jose-antonio-kast ; kg:relation kg:met ;"
            " kg:object kgr:donald-trump ;\n"
            "    kg:evidence [ kg:source src:000_634ebe68f598c1d0 ;"
            " kg:quote \"Kast cenó con Trump\" ] .\n"
        )


def ingest_world(root: Path) -> Path:
    """`kgraph init world && cd world && kgraph build`, the tests' invented article as nota.txt."""
    world = root.parent / "world"
    Cli(None)("init", str(world))
    Cli(world)("build")
    shutil.copy(DATA / "example.txt", world / "nota.txt")
    return world


def curation_world(root: Path) -> Path:
    """The ingest example reviewed as the README shows it, tests/data/ingest/claims.csv beside
    it, and what a careless review can leave: a second entity for Marta Quiroga, with a claim."""
    world = ingest_world(root)
    Cli(world)("ingest", str(world / "nota.txt"), "--date", "2026-05-12", "--outlet",
               "Diario Andino", "--extractor", "rules")
    Cli(world)("review", "004_c6574afe9caeba20", "--accept", "1,2,4,5", "--reject", "3")
    with (world / "ontology" / "entities-ingested.ttl").open("a", encoding="utf-8") as out:
        out.write('\nkgr:quiroga a kg:Person ;\n    rdfs:label "M. Quiroga" .\n')
    with (world / "ontology" / "claims-ingested.ttl").open("a", encoding="utf-8") as out:
        out.write(
            "\nkgc:quiroga-met-raul-benitez a kg:Claim ;\n"
            "    kg:subject kgr:quiroga ; kg:relation kg:met ; kg:object kgr:raul-benitez ;\n"
            '    kg:date "2026-05-12"^^xsd:date ;\n'
            "    kg:evidence [ kg:source src:004_c6574afe9caeba20 ;\n"
            '                  kg:quote "se reunió este martes con Marta Quiroga" ] .\n')
    shutil.copy(DATA / "claims.csv", world / "claims.csv")
    Cli(world)("build")
    return world


SETUPS = {"bad-quote": bad_quote, "ingest": ingest_world, "curation": curation_world}


@pytest.fixture(scope="session")
def shared_root(curated_root, tmp_path_factory) -> Path:
    """One built root for every block that only reads."""
    return copy_root(curated_root, tmp_path_factory.mktemp("readme") / "root")


@pytest.fixture(scope="session")
def served(shared_root):
    """`kgraph serve` on the shared root, started once and stopped by its PID."""
    server = Served(shared_root)
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("block", BLOCKS, ids=[f"README.md:{b.line}" for b in BLOCKS])
def test_readme_example(block, shared_root, curated_root, tmp_path, monkeypatch, request):
    if block.read_only():
        folder = shared_root
    else:
        folder = copy_root(curated_root, tmp_path / "root")
        if block.setup:
            folder = SETUPS[block.setup](folder) or folder
    served = request.getfixturevalue("served") if block.needs_server() else None
    if block.kind == "doctest":
        run_doctest(block, folder, monkeypatch, served)
    else:
        run_shell(block, folder, monkeypatch, served)


def test_every_marker_and_unchecked_example_exists():
    """Stale entries would hide a check: each setup is used and each unchecked example exists."""
    used = {b.setup for b in BLOCKS}
    assert used - {None} == set(SETUPS)
    commands = {c.text for b in BLOCKS if b.kind == "shell" for c in b.commands}
    assert set(UNCHECKED) <= {c.split("\n")[0] for c in commands}
