"""`kgraph ingest`: register an article as a source in seeds/ and write its candidate claims
to a review file."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError, KGraphError
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
    Every check runs before the first write; a failure leaves the root as it was.
    `extractor` defaults to the parse-based one (see extractors.get_extractor)."""
    from graph.ingest.extractors import get_extractor

    check_options(date, url)
    extractor = extractor or get_extractor()
    return _Registrar(kg, extractor).register(
        Path(path), date=date, title=title, outlet=outlet, url=url)


class _Registrar:
    """Registers articles one after the other with one extractor and one view of the graph."""

    def __init__(self, kg, extractor: Extractor):
        self.kg, self.root, self.extractor = kg, kg.root, extractor
        self.seen = known_texts(self.root)
        self._knowledge: Knowledge | None = None

    @property
    def knowledge(self) -> Knowledge:
        # Read once the first article passed its checks: a refused one never builds the store.
        if self._knowledge is None:
            self._knowledge = Knowledge.from_graph(self.kg)
        return self._knowledge

    def register(self, path: Path, *, date: str | None, title: str | None,
                 outlet: str | None, url: str | None) -> IngestResult:
        root = self.root
        article = read_article(path)
        if article.content_hash in self.seen:
            raise InputError(
                f"{path} is already ingested as src:{Path(self.seen[article.content_hash]).stem} "
                "(same content); nothing written")
        require_writable(root)
        name = _next_name(root, article)
        title = (title or _first_line(article.text)).strip()
        metadata = metadata_turtle(name, title=title, issued=date, outlet=outlet, url=url,
                                   encoding=article.encoding, content=article.content_hash)
        check_turtle(metadata, f"src:{name}")
        document = Document(article.text, Anchor.parse(date), SOURCE + name)
        self.knowledge.candidates.clear()  # an article's proposals are its own
        extraction = self.extractor.extract(document, self.knowledge)
        text_file = root.seeds / f"{name}.txt"
        metadata_file = root.seeds / f"{name}.ttl"
        review_file = review_path(root, name)
        review = review_document(name, self.extractor.name, date, extraction)
        commit({
            text_file: article.text,
            metadata_file: metadata,
            review_file: json.dumps(review, ensure_ascii=False, indent=2) + "\n",
        })
        self.seen[article.content_hash] = text_file.name
        return IngestResult(SOURCE + name, name, text_file, metadata_file, review_file,
                            article.encoding, extraction)


SIDECAR_KEYS = ("date", "title", "outlet", "url")


@dataclass
class ArticleOutcome:
    """One article of a batch: registered (`result`) or refused (`error`, nothing written)."""

    path: Path
    result: IngestResult | None = None
    error: KGraphError | None = None


@dataclass
class BatchResult:
    outcomes: list[ArticleOutcome]

    @property
    def results(self) -> list[IngestResult]:
        return [o.result for o in self.outcomes if o.result is not None]

    @property
    def failures(self) -> list[ArticleOutcome]:
        return [o for o in self.outcomes if o.error is not None]


def article_paths(paths) -> list[Path]:
    """The articles named: files as given, a folder's *.txt sorted by name."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            texts = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not texts:
                raise InputError(f"{path} holds no .txt article")
            found += texts
        else:
            found.append(path)
    if not found:
        raise InputError("no article given")
    return found


def read_sidecar(text_path: Path) -> dict:
    """NAME.json next to NAME.txt: {"date", "title", "outlet", "url"}, each optional."""
    sidecar = text_path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"{sidecar} is not readable JSON: {error}") from error
    if not isinstance(data, dict):
        raise InputError(f"{sidecar} must hold a JSON object with {', '.join(SIDECAR_KEYS)}")
    unknown = sorted(set(data) - set(SIDECAR_KEYS))
    if unknown:
        raise InputError(f"{sidecar}: unknown key {unknown[0]!r}; known: "
                         f"{', '.join(SIDECAR_KEYS)}")
    metadata = {}
    for key, value in data.items():
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{sidecar}: {key!r} must be a non-empty string")
        metadata[key] = value.strip()
    if "date" in metadata and parse_iso(metadata["date"]) is None:
        raise InputError(f"{sidecar}: date expects YYYY-MM-DD (or YYYY-MM, YYYY), not "
                         f"{metadata['date']!r}")
    if "url" in metadata and not _URL.match(metadata["url"]):
        raise InputError(f"{sidecar}: url expects an http(s) URL without spaces, not "
                         f"{metadata['url']!r}")
    return metadata


def ingest_articles(
    kg, paths, *, date: str | None = None, title: str | None = None,
    outlet: str | None = None, url: str | None = None, extractor: Extractor | None = None,
    progress=None,
) -> BatchResult:
    """Register every article of `paths` (files, or folders whose *.txt are taken in name
    order) with one extractor, its model loaded once. Each article's metadata comes from a
    sidecar NAME.json beside it when there is one; the arguments given here override it
    (`date` and `outlet` apply to every article, `title` and `url` only to a single one). An
    article that fails is reported in its outcome, nothing of it written, and the others still
    go in. `progress(outcome)` is called as each article is done."""
    from graph.ingest.extractors import get_extractor

    check_options(date, url)
    texts = article_paths(paths)
    for name, value in (("title", title), ("url", url)):
        if value is not None and len(texts) > 1:
            raise InputError(f"`{name}` describes one article, not {len(texts)}: give each "
                             "its own in a NAME.json beside it", parameter=name)
    registrar = _Registrar(kg, extractor or get_extractor())
    outcomes = []
    given = {"date": date, "title": title, "outlet": outlet, "url": url}
    for path in texts:
        try:
            metadata = {**read_sidecar(path),
                        **{k: v for k, v in given.items() if v is not None}}
            outcomes.append(ArticleOutcome(path, registrar.register(
                path, date=metadata.get("date"), title=metadata.get("title"),
                outlet=metadata.get("outlet"), url=metadata.get("url"))))
        except KGraphError as error:
            outcomes.append(ArticleOutcome(path, error=error))
        if progress is not None:
            progress(outcomes[-1])
    return BatchResult(outcomes)


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
