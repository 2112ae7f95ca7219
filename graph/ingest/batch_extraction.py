"""Extraction of many documents at once, spread over the machine's processors.

Each document is read on its own copy of the graph's knowledge (Knowledge.for_document), so
reading them side by side gives what reading them one after the other gives, in the same
order. The workers are forked from the process that loaded the extractor and the knowledge:
the model is loaded once and shared, not loaded again per worker."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing

from graph.errors import KGraphError
from graph.ingest.knowledge import Knowledge
from graph.ingest.model import Document, Extraction, Extractor

# A worker's extractor, knowledge and documents, handed over at the fork (not pickled): a task
# is a document's number. Set in the workers only.
_given: tuple[Extractor, Knowledge, Sequence[Document]] | None = None


def available_processors() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_documents(extractor: Extractor, documents: Sequence[Document],
                      knowledge: Knowledge, jobs: int | None = None,
                      ) -> Iterator[Extraction | KGraphError]:
    """Each document's extraction, in the documents' order, or the KGraphError that refused
    it (the others still go on). `jobs`: how many processes read at once (default: the
    processors this process may use); one, or a machine that cannot fork, reads here."""
    jobs = min(jobs or available_processors(), len(documents))
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for document in documents:
            yield _extract_with(extractor, knowledge, document)
        return
    # A worker that dies breaks the pool with an error here (BrokenProcessPool), where
    # multiprocessing.Pool would wait for it forever. Results come in the documents' order.
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                             initializer=_start_worker,
                             initargs=(extractor, knowledge, documents)) as pool:
        yield from pool.map(_extract_given, range(len(documents)))


def extract_each(extractor: Extractor, documents: Sequence[Document], knowledge: Knowledge,
                 jobs: int | None = None) -> Iterator[Extraction]:
    """As extract_documents, for a reader that stops at the first refusal: it is raised, and
    the workers are stopped then, not when the refusal's traceback is let go."""
    with closing(extract_documents(extractor, documents, knowledge, jobs)) as extractions:
        for extraction in extractions:
            if isinstance(extraction, KGraphError):
                raise extraction
            yield extraction


def _extract_with(extractor: Extractor, knowledge: Knowledge,
                  document: Document) -> Extraction | KGraphError:
    knowledge.candidates.clear()  # a document's proposals are its own
    try:
        return extractor.extract(document, knowledge)
    except KGraphError as error:
        return error


def _start_worker(extractor: Extractor, knowledge: Knowledge,
                  documents: Sequence[Document]) -> None:
    global _given
    _given = (extractor, knowledge, documents)
    # Ctrl-C reaches the whole process group: the parent stops the pool, the workers keep quiet
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_given(number: int) -> Extraction | KGraphError:
    extractor, knowledge, documents = _given
    return _extract_with(extractor, knowledge, documents[number])
