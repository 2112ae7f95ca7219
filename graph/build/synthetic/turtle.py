"""Turtle text for the generator: prefixes, string escapes and files written in chunks."""

from __future__ import annotations

from pathlib import Path

from graph.model.terms import turtle_prefixes

TURTLE_PREFIXES = turtle_prefixes("kg", "kgr", "kgc", "src", "rdfs", "skos", "dcterms", "xsd")


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class ChunkWriter:
    """Turtle chunks `ontology/<stem>-0001.ttl`, ... of at most `per_file` records each."""

    def __init__(self, folder: Path, stem: str, per_file: int, header: str):
        self.folder, self.stem, self.per_file, self.header = folder, stem, per_file, header
        self.count = 0
        self.handle = None

    def write(self, text: str) -> None:
        if self.count % self.per_file == 0:
            self.close()
            number = self.count // self.per_file + 1
            path = self.folder / f"{self.stem}-{number:04d}.ttl"
            self.handle = path.open("w", encoding="utf-8")
            self.handle.write(self.header)
        self.handle.write("\n" + text)
        self.count += 1

    def close(self) -> None:
        if self.handle:
            self.handle.close()
            self.handle = None
