"""`kgraph ingest`: register an article as a source in seeds/ and write its candidate claims
to a review file."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError
from graph.ingest import turtle
from graph.ingest.files import check_turtle, commit, require_writable
from graph.ingest.knowledge import Knowledge
from graph.ingest.model import Candidate, CandidateEntity, Document, Extraction, Extractor
from graph.ingest.reading import Article, decode_article, read_article
from graph.ingest.temporal import Anchor
from graph.model.dates import parse_iso
from graph.model.terms import SOURCE
from graph.root import Root

REVIEW_FOLDER = "review"
_NAME = re.compile(r"^(\d{3,})_[0-9a-f]{8,}$")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


@dataclass
class IngestResult:
    source: str  # IRI
    name: str
    text_file: Path
    metadata_file: Path
    review_file: Path
    encoding: str
    extraction: Extraction

    @property
    def candidates(self) -> list[Candidate]:
        return self.extraction.candidates

    @property
    def entities(self) -> list[CandidateEntity]:
        return self.extraction.entities


def review_path(root: Root, name: str) -> Path:
    return root.output / REVIEW_FOLDER / f"{name}.json"


def known_texts(root: Root) -> dict[str, str]:
    """content hash -> text file name, for every article already in seeds/."""
    found = {}
    for path in sorted(root.seeds.glob("*.txt")):
        try:
            article = decode_article(path.read_bytes(), path.name)
        except (OSError, InputError):
            continue
        found.setdefault(article.content_hash, path.name)
    return found


def _next_name(root: Root, article: Article) -> str:
    numbers = [int(m.group(1)) for p in root.seeds.glob("*") if (m := _NAME.match(p.stem))]
    return f"{max(numbers, default=-1) + 1:03d}_{article.content_hash[:16]}"


def _first_line(text: str) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line if len(line) <= 160 else line[:157].rstrip() + "..."


def metadata_turtle(name: str, *, title: str, issued: str | None, outlet: str | None,
                    url: str | None, encoding: str, content: str) -> str:
    date_label = f" ({issued})" if issued else ""
    short = title if len(title) <= 60 else title[:57].rstrip() + "..."
    lines = [
        f"src:{name} a kg:Source ;",
        f"    rdfs:label {turtle.string(short + date_label)} ;",
        f"    dcterms:title {turtle.string(title, 'es')} ;",
        f"    dcterms:description {turtle.string(_description(outlet, encoding), 'es')} ;",
        '    dcterms:type "news article" ;',
        '    dcterms:language "es" ;',
    ]
    if issued:
        precision = parse_iso(issued).precision
        lines.append(f"    dcterms:issued {turtle.dated(issued, precision)} ;")
    if outlet:
        lines.append(f"    dcterms:publisher {turtle.string(outlet)} ;")
    if url:
        lines.append(f"    schema:url <{url}> ;")
    lines.append(f"    dcterms:identifier {turtle.string('sha256:' + content)} ;")
    lines.append(f"    kg:textFile {turtle.string(name + '.txt')} .")
    return turtle.HEADER_PREFIXES + "\n" + "\n".join(lines) + "\n"


def _description(outlet: str | None, encoding: str) -> str:
    where = f" de {outlet}" if outlet else ""
    note = " El archivo original estaba en Latin-1." if encoding == "Latin-1" else ""
    return f"Artículo de prensa en español{where}, registrado con kgraph ingest.{note}"


def check_options(date: str | None, url: str | None) -> None:
    if date is not None and parse_iso(date) is None:
        raise InputError(f"`date` expects YYYY-MM-DD (or YYYY-MM, YYYY), not {date!r}",
                         parameter="date")
    if url is not None and not _URL.match(url):
        raise InputError(f"`url` expects an http(s) URL without spaces, not {url!r}",
                         parameter="url")


def ingest_article(
    kg, path: str | Path, *, date: str | None = None, title: str | None = None,
    outlet: str | None = None, url: str | None = None, extractor: Extractor | None = None,
) -> IngestResult:
    """Read, check and register the article, extract candidate claims, write the review file.
    Every check runs before the first write; a failure leaves the root as it was."""
    from graph.ingest.extractors import default_extractor

    root: Root = kg.root
    check_options(date, url)
    article = read_article(path)
    seen = known_texts(root)
    if article.content_hash in seen:
        raise InputError(
            f"{path} is already ingested as src:{Path(seen[article.content_hash]).stem} "
            "(same content); nothing written")
    require_writable(root)
    name = _next_name(root, article)
    title = (title or _first_line(article.text)).strip()
    metadata = metadata_turtle(name, title=title, issued=date, outlet=outlet, url=url,
                               encoding=article.encoding, content=article.content_hash)
    check_turtle(metadata, f"src:{name}")
    extractor = extractor or default_extractor()
    knowledge = Knowledge.from_graph(kg)
    document = Document(article.text, Anchor.parse(date), SOURCE + name)
    extraction = extractor.extract(document, knowledge)
    text_file = root.seeds / f"{name}.txt"
    metadata_file = root.seeds / f"{name}.ttl"
    review_file = review_path(root, name)
    review = review_document(name, extractor.name, date, extraction)
    commit({
        text_file: article.text,
        metadata_file: metadata,
        review_file: json.dumps(review, ensure_ascii=False, indent=2) + "\n",
    })
    return IngestResult(SOURCE + name, name, text_file, metadata_file, review_file,
                        article.encoding, extraction)


def review_document(name: str, extractor: str, date: str | None, extraction: Extraction) -> dict:
    return {
        "source": SOURCE + name,
        "name": name,
        "extractor": extractor,
        "article_date": date,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "candidates": [c.as_dict() for c in extraction.candidates],
        "entities": [e.as_dict() for e in extraction.entities],
    }
