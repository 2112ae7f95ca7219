"""An article's bytes to checked text, and text to sentences with their offsets."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from graph.build.parse import normalize_text
from graph.errors import InputError

# Characters a text file never holds; in Latin-1 the C1 range means the bytes were in another
# encoding (Windows-1252 quotes, UTF-16...), so decoding "succeeded" into garbage.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Article:
    text: str
    encoding: str  # "UTF-8" or "Latin-1"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """Hash of the whitespace-normalized text: the same article saved with other line breaks or
    encodings is recognized as the same document."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def decode_article(data: bytes, name: str) -> Article:
    """UTF-8 first, then Latin-1; anything else is refused with the reason."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name} is UTF-16 text; save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} is a binary file, not a text article")
    try:
        text, encoding = data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "Latin-1"
    bad = _CONTROL.findall(text)
    if bad:
        tried = "UTF-8" if encoding == "UTF-8" else "not UTF-8, and as Latin-1 it"
        raise InputError(
            f"{name}: wrong encoding or binary content ({tried} holds {len(bad)} control "
            f"character(s), e.g. U+{ord(bad[0]):04X}); tried UTF-8 then Latin-1: "
            "save it as UTF-8"
        )
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not any(ch.isalpha() for ch in text):
        raise InputError(f"{name} holds no words")
    return Article(text, encoding)


def read_article(path: str | Path) -> Article:
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError as error:
        raise InputError(f"{path} is a folder, not an article") from error
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    return decode_article(data, str(path))


@functools.lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """Lower case without accents, one character for one: offsets in the folded text are
    offsets in the original, so matches found on the folded text cut the original verbatim."""
    # the extractor folds the same words thousands of times per article: cached, and one
    # translate call in C rather than a Python loop over characters
    return text.translate(_FOLDED)


class _FoldTable(dict):
    """Code point -> folded character, each worked out the first time it is met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].lower()[:1]
        self[code] = folded = base if base else ch
        return folded


# Letters of Nordic, Polish, Croatian or Turkish names that carry their mark inside the letter,
# so that Unicode does not take it off: "Støjberg", "Błaszczak" and "Đurić" fold as the same
# names written without it, and stay one word
_FOLDED = _FoldTable({ord(ch): folded for ch, folded in {
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "ħ": "h", "Ħ": "h",
}.items()})


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


_OPENERS = {"“": "”", "«": "»", '"': '"'}
_ABBREVIATIONS = {"sr", "sra", "srta", "dr", "dra", "lic", "ing", "gral", "etc", "ee", "uu",
                  "pág", "núm", "art", "prof", "av", "no", "vs"}
_END = re.compile(r"[.!?…]+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences and headlines: a line break always ends one; a full stop ends one outside
    quotation marks when an upper-case letter, a quote or a digit follows (but for one
    within a number)."""
    sentences: list[Sentence] = []
    paragraph = 0
    offset = 0
    for line in text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            paragraph += 1
            continue
        start = 0
        closer: str | None = None
        i = 0
        while i < len(line):
            ch = line[i]
            if closer is not None:
                if ch == closer:
                    closer = None
            elif ch in _OPENERS:
                closer = _OPENERS[ch]
            else:
                match = _END.match(line, i)
                if match:
                    end = match.end()
                    while end < len(line) and line[end] in "”»\")":
                        end += 1
                    rest = line[end:].lstrip()
                    word = re.findall(r"(\w+)$", line[start:i])
                    abbreviation = bool(word) and word[0].lower() in _ABBREVIATIONS
                    # "4.000 personas", "a las 22.55": a point between digits ends nothing
                    number = i > 0 and line[i - 1].isdigit() and end < len(line) and \
                        line[end].isdigit()
                    if (not rest or rest[0].isupper() or rest[0] in "“«\"¿¡(-—" or
                            rest[0].isdigit()) and not abbreviation and not number:
                        _add(sentences, text, line_start + start, line_start + end, paragraph)
                        start = end
                    i = end
                    continue
            i += 1
        _add(sentences, text, line_start + start, line_start + len(line), paragraph)
        paragraph += 1
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph))
