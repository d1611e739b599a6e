"""Score figures, one-sided flags, conflicts and pairs against the real development set's answer key.

The development set (``../shared/devset/real/``) holds articles rewritten from real EN/FR reports with the
publishers' numeric phrasing; ``answers.yaml`` lists per article the key figures as ``[value, kind, unit,
"span"]`` and per pair what matches, conflicts or stands alone. The library is read exactly as a script
would read ``show --json`` and ``pairs --json``.

Run ``python -m tests.realset [FOLDER] [--top] [-v]`` for the scores (``-v``: and every miss) of the development
set or of another set in its format (``--top``: its top-level articles only); ``tests/test_realset.py`` holds
the bars.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reader.store import Library

SHARED = Path(__file__).parents[2] / "shared"
REAL = SHARED / "devset" / "real"
KINDS = ("money", "count", "percent", "age", "duration", "temperature")

Key = tuple[float, str, str]


def answer_key(entry: list) -> Key:
    value, kind, unit = entry[0], entry[1], entry[2]
    return (round(float(value), 4), kind, unit if kind in ("money", "duration", "temperature") else "")


def figure_key(f: dict[str, Any]) -> Key:
    kind = f["kind"]
    unit = f["currency"] if kind == "money" else f["unit"] if kind in ("duration", "temperature") else ""
    return (round(float(f["value"]), 4), kind, unit or "")


def _front_url(path: Path) -> str:
    # the front matter ends at a line of its own: a URL may hold "---" ("...Senegal---Presidentielle")
    head = path.read_text(encoding="utf-8").split("\n---", 1)[0].split("---", 1)[1]
    return yaml.safe_load(head)["url"]


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    flags_true: int = 0
    flags_false: int = 0
    flags_missed: int = 0
    conflicts_found: int = 0
    conflicts_missed: int = 0
    conflicts_false: int = 0
    pairs_found: int = 0
    pairs_missed: int = 0
    pairs_false: int = 0
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / (a + b) if a + b else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.fp)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.fn)

    @property
    def flag_precision(self) -> float:
        return self._ratio(self.flags_true, self.flags_false)

    @property
    def flag_recall(self) -> float:
        return self._ratio(self.flags_true, self.flags_missed)

    def summary(self) -> str:
        return (
            f"figures P {self.precision:.3f} R {self.recall:.3f} ({self.tp} tp, {self.fp} fp, {self.fn} fn); "
            f"one-sided flags P {self.flag_precision:.3f} R {self.flag_recall:.3f} "
            f"({self.flags_true} true, {self.flags_false} false, {self.flags_missed} missed); "
            f"conflicts {self.conflicts_found} found, {self.conflicts_missed} missed, "
            f"{self.conflicts_false} false; pairs {self.pairs_found} found, {self.pairs_missed} missed, "
            f"{self.pairs_false} false"
        )


class _Article:
    """One stored article and its answer entry: which answer figure a stored figure stands for."""

    def __init__(self, name: str, record: dict[str, Any], spec: dict[str, Any]) -> None:
        self.name, self.record, self.spec = name, record, spec
        self.expected = {answer_key(e) for e in spec["figures"]}
        # a range ("de 5 à 15 ans") gives two figures with one span
        self.by_span: dict[str, set[Key]] = {}
        for e in spec["figures"]:
            self.by_span.setdefault(e[3], set()).add(answer_key(e))
        text = record["text"]
        self.neutral: list[tuple[int, int]] = []  # optional and out-of-scope spans
        for span in (spec.get("optional") or []) + (spec.get("out_of_scope") or []):
            start = text.find(span)
            while start >= 0:
                self.neutral.append((start, start + len(span)))
                start = text.find(span, start + 1)

    def figures(self) -> list[dict[str, Any]]:
        return [f for f in self.record["figures"] if f["kind"] in KINDS]

    def is_neutral(self, f: dict[str, Any]) -> bool:
        """A figure of the title or TL;DR that is no key figure, or one inside an optional span."""
        if f.get("field", "body") != "body":
            return figure_key(f) not in self.expected
        return any(s <= f["start"] and f["end"] <= e for s, e in self.neutral)

    def stands_for(self, figure: dict[str, Any], span: str) -> bool:
        """Whether a found figure is the answer's figure of ``span``: its key, or for an optional span (an
        amount the key gives no value for, "des centaines de millions d'euros") a figure inside it."""
        if span in self.by_span:
            return figure_key(figure) in self.by_span[span]
        text = self.record["text"] if figure.get("field", "body") == "body" else ""
        start = text.find(span)
        while start >= 0:
            if start <= figure["start"] and figure["end"] <= start + len(span):
                return True
            start = text.find(span, start + 1)
        return False

    def spans_keys(self, spans: list[str]) -> set[Key]:
        return {k for s in spans if s in self.by_span for k in self.by_span[s]}


def score(lib: Library, answers: dict[str, Any], folder: Path = REAL) -> Scores:
    """Compare what the library holds of a set in the development set's format with its answer key."""
    result = Scores()
    ids = {r.url: r.id for r in lib.rows()}
    articles: dict[str, _Article] = {}
    for name, spec in answers["files"].items():
        url = _front_url(folder / name)
        if url not in ids:  # a file of the set left out of this import (another set's extra reports)
            continue
        record = lib.article_json(ids[url])
        assert record is not None
        articles[name] = art = _Article(name, record, spec)
        found = {figure_key(f) for f in art.figures() if not art.is_neutral(f)}
        result.tp += len(found & art.expected)
        result.fp += len(found - art.expected)
        result.fn += len(art.expected - found)
        result.misses += [f"{name}: missed {k}" for k in sorted(art.expected - found)]
        result.misses += [f"{name}: extra {k}" for k in sorted(found - art.expected)]
    pairs = {frozenset((p["en"], p["fr"])): p for p in lib.pairs()}
    expected_pairs = set()
    for spec in answers["pairs"]:
        en, fr = articles[spec["en"]], articles[spec["fr"]]
        key = frozenset((en.record["id"], fr.record["id"]))
        expected_pairs.add(key)
        pair = pairs.get(key)
        if pair is None:
            result.pairs_missed += 1
            result.misses.append(f"{spec['en']}: not paired with {spec['fr']}")
            continue
        result.pairs_found += 1
        _score_pair(result, spec, en, fr, pair)
    for key in set(pairs) - expected_pairs:
        result.pairs_false += 1
        result.misses.append(f"false pair {sorted(key)}")
    return result


def _score_pair(result: Scores, spec: dict, en: _Article, fr: _Article, pair: dict[str, Any]) -> None:
    for side, art, only in (("en", en, pair["only_en"]), ("fr", fr, pair["only_fr"])):
        expected = art.spans_keys(spec[f"only_{side}"])
        flagged = {figure_key(f) for f in only if f["kind"] in KINDS and not art.is_neutral(f)}
        result.flags_true += len(flagged & expected)
        result.flags_false += len(flagged - expected)
        result.flags_missed += len(expected - flagged)
        result.misses += [f"{art.name}: false flag {k}" for k in sorted(flagged - expected)]
        result.misses += [f"{art.name}: flag missed {k}" for k in sorted(expected - flagged)]
    wanted = [(c[0], c[1]) for c in spec.get("conflicts") or []]
    found = list(pair.get("conflicts", []))
    matched = {
        i
        for i, (a, b) in enumerate(found)
        if any(en.stands_for(a, span_en) and fr.stands_for(b, span_fr) for span_en, span_fr in wanted)
    }
    hit = {
        w
        for w, (span_en, span_fr) in enumerate(wanted)
        if any(en.stands_for(a, span_en) and fr.stands_for(b, span_fr) for a, b in found)
    }
    result.conflicts_found += len(hit)
    result.conflicts_missed += len(wanted) - len(hit)
    result.conflicts_false += len(found) - len(matched)
    result.misses += [f"{en.name}: conflict missed {wanted[w]}" for w in range(len(wanted)) if w not in hit]
    result.misses += [
        f"{en.name}: false conflict {(figure_key(a), figure_key(b))}"
        for i, (a, b) in enumerate(found)
        if i not in matched
    ]


def score_devset(data_dir: Path, folder: Path = REAL, *, subfolders: bool = True) -> Scores:
    """Import a set (by default the development set) into a new library and score it. Without
    ``subfolders`` only the set's top-level articles are imported, not its further reports in folders."""
    answers = yaml.safe_load((folder / "answers.yaml").read_text(encoding="utf-8"))
    lib = Library(data_dir)
    try:
        paths = [folder] if subfolders else sorted(folder.glob("*.md"))
        for r in lib.import_paths(paths):
            assert r.error is None, (r.path, r.error)
        return score(lib, answers, folder)
    finally:
        lib.close()


if __name__ == "__main__":
    named = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    with tempfile.TemporaryDirectory() as tmp:
        scores = score_devset(
            Path(tmp) / "lib", named[0] if named else REAL, subfolders="--top" not in sys.argv
        )
    if "-v" in sys.argv:
        print("\n".join(scores.misses))
    print(scores.summary())
