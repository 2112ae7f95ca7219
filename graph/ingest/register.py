"""`kgraph ingest`: register an article as a source in seeds/ and write its candidate claims
to a review file."""

from __future__ import annotations

import json
import re
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError, KGraphError
from graph.ingest import turtle
from graph.ingest.batch_extraction import extract_documents, extract_each
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
    """Registers articles with one extractor and one view of the graph: each is checked and
    given its name first (`prepare`), read by the extractor, then written (`finish`)."""

    def __init__(self, kg, extractor: Extractor):
        self.kg, self.root, self.extractor = kg, kg.root, extractor
        self.seen = known_texts(self.root)
        self._knowledge: Knowledge | None = None
        self._number: int | None = None

    @property
    def knowledge(self) -> Knowledge:
        # Read once the first article passed its checks: a refused one never builds the store.
        if self._knowledge is None:
            self._knowledge = Knowledge.from_graph(self.kg)
        return self._knowledge

    def prepare(self, path: Path, *, date: str | None, title: str | None,
                outlet: str | None, url: str | None) -> _Prepared:
        """Every check of the article, before anything is written; its name is reserved and
        its content counted as seen, so that a copy later in the same batch is refused."""
        root = self.root
        article = read_article(path)
        if article.content_hash in self.seen:
            raise InputError(
                f"{path} is already ingested as src:{Path(self.seen[article.content_hash]).stem} "
                "(same content); nothing written")
        require_writable(root)
        name = self._next_name(article)
        title = (title or _first_line(article.text)).strip()
        metadata = metadata_turtle(name, title=title, issued=date, outlet=outlet, url=url,
                                   encoding=article.encoding, content=article.content_hash)
        check_turtle(metadata, f"src:{name}")
        self.seen[article.content_hash] = f"{name}.txt"
        return _Prepared(path, name, article, date, metadata,
                         Document(article.text, Anchor.parse(date), SOURCE + name))

    def finish(self, prepared: _Prepared, extraction: Extraction) -> IngestResult:
        root, name = self.root, prepared.name
        text_file = root.seeds / f"{name}.txt"
        metadata_file = root.seeds / f"{name}.ttl"
        review_file = review_path(root, name)
        review = review_document(name, self.extractor.name, prepared.date, extraction)
        commit({
            text_file: prepared.article.text,
            metadata_file: prepared.metadata,
            review_file: json.dumps(review, ensure_ascii=False, indent=2) + "\n",
        })
        return IngestResult(SOURCE + name, name, text_file, metadata_file, review_file,
                            prepared.article.encoding, extraction)

    def register(self, path: Path, **metadata) -> IngestResult:
        prepared = self.prepare(path, **metadata)
        [extraction] = extract_each(self.extractor, [prepared.document], self.knowledge, jobs=1)
        return self.finish(prepared, extraction)

    def _next_name(self, article: Article) -> str:
        if self._number is None:
            numbers = [int(m.group(1)) for p in self.root.seeds.glob("*")
                       if (m := _NAME.match(p.stem))]
            self._number = max(numbers, default=-1) + 1
        self._number += 1
        return f"{self._number - 1:03d}_{article.content_hash[:16]}"


@dataclass
class _Prepared:
    """An article that passed its checks, with its reserved name, waiting to be read."""

    path: Path
    name: str
    article: Article
    date: str | None
    metadata: str
    document: Document


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
    progress=None, jobs: int | None = None,
) -> BatchResult:
    """Register every article of `paths` (files, or folders whose *.txt are taken in name
    order) with one extractor, its model loaded once. Each article's metadata comes from a
    sidecar NAME.json beside it when there is one; the arguments given here override it
    (`date` and `outlet` apply to every article, `title` and `url` only to a single one). An
    article that fails is reported in its outcome, nothing of it written, and the others still
    go in. The articles are read by `jobs` processes at once (default: one per processor; see
    batch_extraction) and written one after the other, in order. `progress(outcome)` is called
    as each article is done."""
    from graph.ingest.extractors import get_extractor

    check_options(date, url)
    texts = article_paths(paths)
    for name, value in (("title", title), ("url", url)):
        if value is not None and len(texts) > 1:
            raise InputError(f"`{name}` describes one article, not {len(texts)}: give each "
                             "its own in a NAME.json beside it", parameter=name)
    registrar = _Registrar(kg, extractor or get_extractor())
    given = {"date": date, "title": title, "outlet": outlet, "url": url}
    checked: list[_Prepared | ArticleOutcome] = []
    for path in texts:
        try:
            metadata = {**read_sidecar(path),
                        **{k: v for k, v in given.items() if v is not None}}
            checked.append(registrar.prepare(
                path, date=metadata.get("date"), title=metadata.get("title"),
                outlet=metadata.get("outlet"), url=metadata.get("url")))
        except KGraphError as error:
            checked.append(ArticleOutcome(path, error=error))
    prepared = [c for c in checked if isinstance(c, _Prepared)]
    # no article passed its checks: the store is not read for nothing
    extractions = extract_documents(registrar.extractor, [p.document for p in prepared],
                                    registrar.knowledge if prepared else Knowledge(), jobs)
    outcomes = []
    with closing(extractions):  # the workers stop here, also when a write fails
        for item in checked:
            if isinstance(item, _Prepared):
                try:
                    extraction = next(extractions)
                    if isinstance(extraction, KGraphError):
                        raise extraction
                    item = ArticleOutcome(item.path, registrar.finish(item, extraction))
                except KGraphError as error:
                    item = ArticleOutcome(item.path, error=error)
            outcomes.append(item)
            if progress is not None:
                progress(item)
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
