"""The words of each segment's language fields, saved beside the index for did-you-mean.

Did-you-mean looks for the indexed words a few edits from a query's unknown word. Walking Whoosh's term
dictionaries for that (a seek in each segment's file per step of a Levenshtein automaton, for four fields and
every segment) took 150 to 200 ms at 100,000 articles. Here each segment's terms of the four language fields
are kept in a small file, grouped by first character and length: the words that can be within two edits of a
word (same first character, length within two) are a few contiguous groups of each file.

A segment never changes (only its deletions do, which Whoosh's document frequencies ignore too), so its file,
named by its segment id, is written once: when the index commits (:func:`save_missing`), or the first time
did-you-mean needs a segment that has none (an index from before these files, a library that could not write
them). Files of segments gone from the index (merged) are dropped when another is written. Nothing here needs
numpy: the index's writer calls it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reader.store.whoosh_backend.sidecar import save_beside

#: Where the files go, under the index's folder.
VOCAB_DIR = "newsreader-vocab"
#: The fields whose words did-you-mean suggests (the title and body fields of both languages).
FIELDS = ("title_en", "body_en", "title_fr", "body_fr")
#: The first line of a file; another format is rebuilt.
_MAGIC = b"newsreader-vocabulary 1\n"
#: Lengths are grouped up to this one; longer words share its group.
_MAX_LENGTH = 255


def _group(first: str, length: int) -> int:
    """The group key of the words opening with ``first`` and of ``length`` characters: groups sort by first
    character, then length."""
    return (ord(first) << 8) | min(length, _MAX_LENGTH)


@dataclass(slots=True)
class _FieldWords:
    """One field's words of one segment, sorted by (first character, length, word)."""

    keys: array[int]  # each group's key, ascending
    term_starts: array[int]  # index of each group's first word (one more: the count of words)
    byte_starts: array[int]  # offset of each group's first word in ``text`` (one more: its length)
    doc_freqs: array[int]  # each word's document frequency in the segment
    text: bytes  # the words in order, UTF-8, each followed by a newline

    def window(self, first: str, shortest: int, longest: int) -> Iterable[tuple[str, int]]:
        """(word, document frequency) of the words opening with ``first`` of ``shortest`` to ``longest``
        characters."""
        lo = bisect_left(self.keys, _group(first, max(shortest, 0)))
        hi = bisect_left(self.keys, _group(first, longest) + 1)
        if lo >= hi:
            return ()
        words = self.text[self.byte_starts[lo] : self.byte_starts[hi]].decode("utf-8").split("\n")
        return zip(words, self.doc_freqs[self.term_starts[lo] : self.term_starts[hi]], strict=False)


class SegmentWords:
    """The words of one segment's language fields (see the module docstring)."""

    def __init__(self, fields: dict[str, _FieldWords]) -> None:
        self.fields = fields

    def window(self, fieldname: str, first: str, shortest: int, longest: int) -> Iterable[tuple[str, int]]:
        found = self.fields.get(fieldname)
        return found.window(first, shortest, longest) if found is not None else ()

    # -- building and files -----------------------------------------------------------------------------

    @classmethod
    def from_terms(cls, terms: dict[str, list[tuple[str, int]]]) -> SegmentWords:
        """From each field's (word, document frequency)."""
        fields = {}
        for fieldname, words in terms.items():
            words = sorted((w for w in words if w[0]), key=lambda w: (ord(w[0][0]), len(w[0]), w[0]))
            keys, term_starts, byte_starts, doc_freqs = array("I"), array("I"), array("I"), array("I")
            parts: list[bytes] = []
            offset = 0
            for i, (word, df) in enumerate(words):
                key = _group(word[0], len(word))
                if not keys or keys[-1] != key:
                    keys.append(key)
                    term_starts.append(i)
                    byte_starts.append(offset)
                encoded = word.encode("utf-8") + b"\n"
                parts.append(encoded)
                offset += len(encoded)
                doc_freqs.append(min(df, 2**32 - 1))
            term_starts.append(len(words))
            byte_starts.append(offset)
            fields[fieldname] = _FieldWords(keys, term_starts, byte_starts, doc_freqs, b"".join(parts))
        return cls(fields)

    @classmethod
    def from_reader(cls, reader: Any) -> SegmentWords:
        """Read from a segment's term dictionary."""
        terms: dict[str, list[tuple[str, int]]] = {}
        for fieldname in FIELDS:
            if fieldname not in reader.schema:
                continue
            terms[fieldname] = [
                (btext.decode("utf-8"), terminfo.doc_frequency())
                for btext, terminfo in reader.iter_field(fieldname)
            ]
        return cls.from_terms(terms)

    def to_bytes(self) -> bytes:
        sizes: dict[str, list[int]] = {}
        body: list[bytes] = []
        for fieldname, f in self.fields.items():
            sizes[fieldname] = [len(f.keys), len(f.doc_freqs), len(f.text)]
            body += [
                f.keys.tobytes(),
                f.term_starts.tobytes(),
                f.byte_starts.tobytes(),
                f.doc_freqs.tobytes(),
            ]
            body.append(f.text)
        header = json.dumps({"byteorder": sys.byteorder, "itemsize": array("I").itemsize, "fields": sizes})
        return _MAGIC + header.encode("ascii") + b"\n" + b"".join(body)

    @classmethod
    def from_bytes(cls, data: bytes) -> SegmentWords | None:
        """None for anything but a whole file of this format."""
        if not data.startswith(_MAGIC):
            return None
        try:
            line_end = data.index(b"\n", len(_MAGIC))
            header = json.loads(data[len(_MAGIC) : line_end])
            if header.get("byteorder") != sys.byteorder or header.get("itemsize") != array("I").itemsize:
                return None
            pos = line_end + 1
            fields = {}
            for fieldname, (nkeys, nterms, nbytes) in header["fields"].items():
                arrays = []
                for count in (nkeys, nkeys + 1, nkeys + 1, nterms):
                    a = array("I")
                    a.frombytes(data[pos : pos + count * a.itemsize])
                    if len(a) != count:
                        return None
                    arrays.append(a)
                    pos += count * a.itemsize
                text = data[pos : pos + nbytes]
                if len(text) != nbytes:
                    return None
                pos += nbytes
                keys, term_starts, byte_starts, doc_freqs = arrays
                fields[fieldname] = _FieldWords(keys, term_starts, byte_starts, doc_freqs, text)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        return cls(fields) if pos == len(data) else None


def _segment_id(reader: Any) -> str:
    return str(reader.segment().segment_id())


def _folder(reader: Any) -> str | None:
    folder = getattr(getattr(reader, "_storage", None), "folder", None)
    return folder if isinstance(folder, str) else None


def _path(folder: str, segment_id: str) -> str:
    return os.path.join(folder, VOCAB_DIR, segment_id + ".words")


def _load(folder: str, segment_id: str) -> SegmentWords | None:
    try:
        with open(_path(folder, segment_id), "rb") as f:
            return SegmentWords.from_bytes(f.read())
    except OSError:
        return None


def _save(folder: str, segment_id: str, words: SegmentWords) -> None:
    """Saved beside the index; a library that cannot be written builds the words again in each process."""
    save_beside(folder, _path(folder, segment_id), lambda f: f.write(words.to_bytes()))


#: The words of the segments the current searchers read, by segment id.
_LOADED: dict[str, SegmentWords] = {}
_LOCK = threading.Lock()


def segment_words(reader: Any) -> SegmentWords:
    """A segment's words: from memory, from its file, or read from its term dictionary (and saved)."""
    segment_id = _segment_id(reader)
    with _LOCK:
        found = _LOADED.get(segment_id)
    if found is not None:
        return found
    folder = _folder(reader)
    found = _load(folder, segment_id) if folder is not None else None
    if found is None:
        found = SegmentWords.from_reader(reader)
        if folder is not None:
            _save(folder, segment_id, found)
    with _LOCK:
        _LOADED[segment_id] = found
    return found


def searcher_words(leaves: Iterable[Any]) -> list[SegmentWords]:
    """The words of each of a searcher's segment readers; the memory of segments no longer read is freed."""
    readers = list(leaves)
    words = [segment_words(reader) for reader in readers]
    current = {_segment_id(reader) for reader in readers}
    with _LOCK:
        for gone in [s for s in _LOADED if s not in current]:
            del _LOADED[gone]
    return words


def save_missing(leaves: Iterable[Any]) -> None:
    """Write the file of each segment that has none (after a commit: the new segment)."""
    for reader in leaves:
        folder = _folder(reader)
        if getattr(reader, "segment", lambda: None)() is None or folder is None:
            continue  # an empty index
        if not os.path.exists(_path(folder, _segment_id(reader))):
            _save(folder, _segment_id(reader), SegmentWords.from_reader(reader))
