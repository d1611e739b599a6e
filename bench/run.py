"""The newsreader benchmark: generate bilingual libraries, measure import, search, the TUI; print a table.

    python bench/run.py                      # 10,000 and 100,000 articles
    python bench/run.py --sizes 10000        # one size
    python bench/run.py --quick              # 2,000 articles, to check the harness
    python bench/run.py --quick --profile-import   # plus a cProfile of the import

Writes ``bench/out/results.md`` (the table) and ``bench/out/results.json``. See ``bench/README.md`` for what
each number means and the targets.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import generate
from bare_app import READY
from tmux import Tmux, contains, normalise, process_memory

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
ENV = {"NEWSREADER_NO_SAMPLES": "1"}
RUNS = 5
#: Articles imported into each full library at the end (a refresh of a large library).
TOP_UP = 10_000
TITLE_PREFIX = 45  # the list shows ~53 characters of a title at 160 columns
LIST_COLUMNS = 64  # the list pane is 40% of the 160 columns: scroll targets are looked for there
#: The list's header ("All articles · 100,000 articles"): where the list pane starts on screen.
#: The list pane's header: "All articles · 2,000 stories · 4,000 unread" (stories), "· 12 articles" (no story).
LIST_HEADER = re.compile(r"All articles · [\d,]+ (?:articles|stories)")
MIB = 1024 * 1024
SUMMARY = re.compile(r"(\d+)\s+new,\s+(\d+)\s+updated,\s+(\d+)\s+unchanged")  # Rich wraps at 80 columns

# Targets (see README.md): checked at the largest size measured.
T_PAINT_RATIO = 2.5
T_SEARCH_MS = 50
T_RESULTS_MS = 300
T_TUI_RSS_MIB = 250
T_IMPORT_RATE = 1000
T_RATE_DROP = 0.25
T_REIMPORT_SHARE = 0.10
T_COLD_MS = 60
#: Queries that find nothing (two misspelt words, then a word no language has): what did-you-mean costs.
ZERO_HIT_QUERIES = ("ransomwre", "polcie", "xqzvbntk")
COLD_RUNS = 5


def newsreader() -> list[str]:
    script = Path(sys.executable).parent / "newsreader"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# -- data -----------------------------------------------------------------------------------------------------


def generator_hash() -> str:
    h = hashlib.sha1()
    for name in ("generate.py", "vocab.py"):
        h.update((BENCH / name).read_bytes())
    return h.hexdigest()[:12]


def ensure_feeds(size: int, work: Path, seed: int, edition: str = "") -> dict:
    """Generate the feeds for ``size`` articles, or reuse them when generated with the same code and seed."""
    folder = work / (f"feeds-{size}" if not edition else f"feeds-{edition}-{size}")
    manifest_path = folder / "manifest.json"
    stories = size // 2
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text("utf-8"))
        if manifest.get("generator") == generator_hash() and (
            manifest["stories"],
            manifest["seed"],
            manifest.get("edition", ""),
        ) == (stories, seed, edition):
            manifest["reused"] = True
            return manifest
    log(f"generating {size:,} articles into {folder}")
    manifest = generate.generate(stories, folder, seed=seed, edition=edition)
    manifest["generator"] = generator_hash()
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", "utf-8")
    manifest["reused"] = False
    return manifest


# -- subprocess measures --------------------------------------------------------------------------------------


def timed_run(argv: list[str], log_path: Path) -> dict:
    """Run ``argv``; wall time, exit code and the child's own peak RSS (``wait4``), stdout to ``log_path``."""
    with open(log_path, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **ENV})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
    text = log_path.read_text("utf-8", errors="replace")
    totals = [0, 0, 0]
    for m in SUMMARY.finditer(text):
        for k in range(3):
            totals[k] += int(m.group(k + 1))
    return {
        "wall_s": wall,
        "rc": proc.returncode,
        "peak_rss_mib": usage.ru_maxrss * 1024 / MIB,  # ru_maxrss is in KiB on Linux
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "added": totals[0],
        "updated": totals[1],
        "unchanged": totals[2],
        "errors": [line for line in text.splitlines() if "error" in line.lower()][:5],
    }


def disk_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / MIB
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / MIB


def measure_import(size: int, manifest: dict, work: Path) -> dict:
    feeds = work / f"feeds-{size}" / "feeds"
    lib = work / f"lib-{size}"
    shutil.rmtree(lib, ignore_errors=True)
    empty = work / "empty"
    empty.mkdir(exist_ok=True)
    out: dict = {}
    log(f"{size:,}: importing {manifest['files']} files")
    out["import"] = timed_run(
        [*newsreader(), "--data-dir", str(lib), "import", str(feeds)], work / f"import-{size}.log"
    )
    out["import"]["rate"] = manifest["articles"] / out["import"]["wall_s"]
    log(
        f"{size:,}: import {out['import']['wall_s']:.1f} s ({out['import']['rate']:.0f} articles/s); re-importing"
    )
    out["reimport"] = timed_run(
        [*newsreader(), "--data-dir", str(lib), "import", str(feeds)], work / f"reimport-{size}.log"
    )
    # Start-up baseline: the same command on an empty folder (interpreter, imports, opening the library).
    out["startup"] = timed_run(
        [*newsreader(), "--data-dir", str(lib), "import", str(empty)], work / f"startup-{size}.log"
    )
    out["index_mib"] = disk_mib(lib / "index")
    out["sqlite_mib"] = sum(disk_mib(p) for p in lib.glob("library.sqlite3*"))
    return out


def measure_top_up(size: int, lib: Path, work: Path, seed: int) -> dict:
    """Import ``TOP_UP`` new articles (another seed and edition) into the full library: what a refresh of a
    large library costs, with its index and pairing tables already big."""
    count = min(TOP_UP, size)  # --quick: no more than the library itself
    manifest = ensure_feeds(count, work, seed + 1, edition="more")
    log(f"{size:,}: importing {count:,} more articles into the library")
    out = timed_run(
        [*newsreader(), "--data-dir", str(lib), "import", str(work / f"feeds-more-{count}" / "feeds")],
        work / f"top-up-{size}.log",
    )
    out["rate"] = manifest["articles"] / out["wall_s"]
    return out


def probe(lib: Path, queries: list[str]) -> dict:
    argv = [sys.executable, str(BENCH / "probe.py"), str(lib), json.dumps(queries)]
    done = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, **ENV})
    if done.returncode != 0:
        raise RuntimeError(f"probe failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


def cold(lib: Path, query: str, runs: int = COLD_RUNS) -> dict:
    """``bench/cold.py`` in a fresh process per run: the first search of the process, then the same again."""
    found: dict = {"query": query, "cold_ms": [], "cold_wall_ms": [], "warm_ms": []}
    for _ in range(runs):
        argv = [sys.executable, str(BENCH / "cold.py"), str(lib), query]
        done = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, **ENV})
        if done.returncode != 0:
            raise RuntimeError(f"cold search failed: {done.stderr.strip()[-2000:]}")
        out = json.loads(done.stdout)
        found["cold_ms"].append(out["cold"]["took_ms"])
        found["cold_wall_ms"].append(out["cold"]["wall_ms"])
        found["warm_ms"].append(out["warm"]["took_ms"])
        found["total"] = out["cold"]["total"]
        found["suggestion"] = out["cold"]["suggestion"]
    return found


# -- TUI measures ---------------------------------------------------------------------------------------------


def prefix(title: str, n: int = TITLE_PREFIX) -> str:
    return normalise(title)[:n].strip()


def results_pattern(query: str) -> re.Pattern[str]:
    """The list header once results are in, e.g. ``Search “police” · 500 of 33,412 results``."""
    return re.compile(re.escape(query) + r".*?\b\d[\d,]*\s+(?:of\s+[\d,]+\s+)?results?\b")


def matches(pattern: re.Pattern[str]):
    return lambda lines: any(pattern.search(normalise(line)) for line in lines)


def unique_target(titles: list[str], want: int) -> int | None:
    """The first row at or after ``want`` whose title prefix no row within 40 of it shares."""
    for index in range(want, min(want + 20, len(titles))):
        mine = prefix(titles[index])
        around = titles[max(0, index - 40) : index] + titles[index + 1 : index + 41]
        if all(prefix(t) != mine for t in around):
            return index
    return None


def compile_bytecode() -> None:
    """Write the bytecode of the reader's modules, as installing the package does and as its first run does
    unless PYTHONDONTWRITEBYTECODE is set: without it every timed start would compile each module it imports
    (about 100 ms of CPU), which no installed reader does. Textual's own bytecode is written by its install."""
    import reader

    compileall.compile_dir(Path(reader.__file__).parent, quiet=1)


def first_paint(tmux: Tmux, lib: Path, first_title: str, runs: int) -> dict:
    """Start each app in a fresh tmux session until its known text shows; bare and newsreader alternate."""
    compile_bytecode()
    bare_argv = [sys.executable, str(BENCH / "bare_app.py")]
    nr_argv = [*newsreader(), "--data-dir", str(lib)]
    bare, nr, rss = [], [], []
    for run in range(runs + 1):  # run 0 warms the page cache and is not counted
        for name, argv, needle in (("bare", bare_argv, READY), ("nr", nr_argv, prefix(first_title))):
            t0 = tmux.start(name, argv, env=ENV)
            elapsed = tmux.wait_for(name, contains(needle), t0, timeout=120)
            if name == "nr" and elapsed is not None:
                mem = process_memory(tmux.pane_pid(name), "newsreader")
                if mem and run:
                    rss.append(mem["VmHWM"] / 1024)
            tmux.kill(name)
            time.sleep(0.3)
            if run and elapsed is not None:
                (bare if name == "bare" else nr).append(elapsed * 1000)
    out = {"bare_ms": bare, "newsreader_ms": nr, "rss_at_paint_mib": rss}
    if bare and nr:
        out["ratio"] = statistics.median(nr) / statistics.median(bare)
    return out


def tui_session(
    tmux: Tmux, lib: Path, titles: list[str], last_title: str, queries: list[str], runs: int
) -> dict:
    """One newsreader session: Enter-to-results for each query, then list scrolling, then peak RSS."""
    name = "session"
    out: dict = {"search": {}, "scroll": {}, "notes": []}
    compile_bytecode()
    t0 = tmux.start(name, [*newsreader(), "--data-dir", str(lib)], env=ENV)
    if tmux.wait_for(name, contains(prefix(titles[0])), t0, timeout=120) is None:
        out["notes"].append("the TUI never showed its first article")
        tmux.kill(name)
        return out
    tmux.wait_stable(name)
    for query in queries:
        pattern = results_pattern(query)
        times = []
        for _ in range(runs):
            tmux.keys(name, "/")
            time.sleep(0.3)
            tmux.keys(name, query, literal=True)
            time.sleep(0.4)  # the typed query is drawn; Enter is what is timed
            start = time.perf_counter()
            tmux.keys(name, "Enter")
            elapsed = tmux.wait_for(name, matches(pattern), start, timeout=30)
            tmux.wait_stable(name, quiet=0.3)
            tmux.keys(name, "Escape")
            tmux.wait_for(
                name, lambda lines, p=pattern: not matches(p)(lines), time.perf_counter(), timeout=10
            )
            tmux.wait_stable(name, quiet=0.3)
            if elapsed is None:
                out["notes"].append(f"search {query!r}: no results header within 30 s")
                break
            times.append(elapsed * 1000)
        out["search"][query] = times
    out["scroll"] = scroll(tmux, name, titles, last_title, runs, out["notes"])
    mem = process_memory(tmux.pane_pid(name), "newsreader")
    out["rss_end_mib"] = mem["VmHWM"] / 1024 if mem else None
    out["rss_now_mib"] = mem["VmRSS"] / 1024 if mem else None
    tmux.kill(name)
    return out


def list_columns(lines: list[str]) -> slice:
    """The list pane's columns: LIST_COLUMNS from its header's padding, which is right of the sidebar when
    that is shown (from 100 columns), else at column 0."""
    for line in lines:
        found = LIST_HEADER.search(line)
        if found:
            start = max(0, found.start() - 1)
            return slice(start, start + LIST_COLUMNS)
    return slice(0, LIST_COLUMNS)


def scroll(tmux: Tmux, name: str, titles: list[str], last_title: str, runs: int, notes: list[str]) -> dict:
    """Keys until the expected row's title is on screen: j x N (~50), PageDown x 20, G (last article)."""
    top = prefix(titles[0])
    columns = list_columns(tmux.capture(name))

    def in_list(needle: str):
        return contains(needle, columns=columns)

    def home() -> None:
        tmux.keys(name, "g")
        tmux.wait_for(name, in_list(top), time.perf_counter(), timeout=10)
        tmux.wait_stable(name, quiet=0.3)

    def timed(keys: list[str], needle: str) -> list[float]:
        times = []
        for _ in range(runs):
            home()
            if in_list(needle)(tmux.capture(name)):
                notes.append(f"scroll target {needle!r} already on screen before the keys; not timed")
                return times
            start = time.perf_counter()
            tmux.keys(name, *keys)
            elapsed = tmux.wait_for(name, in_list(needle), start, timeout=30)
            if elapsed is None:
                notes.append(f"scroll target {needle!r} never showed")
                return times
            times.append(elapsed * 1000)
        return times

    out: dict = {}
    j_target = unique_target(titles, 50)
    if j_target is not None:
        out["j"] = {"presses": j_target, "ms": timed(["j"] * j_target, prefix(titles[j_target]))}
    # PageDown: how far 20 presses go depends on the list's height; find the row they end on once.
    home()
    tmux.keys(name, *["PageDown"] * 20)
    screen = normalise(" \n ".join(line[columns] for line in tmux.wait_stable(name, quiet=1.0)))
    visible = [i for i, t in enumerate(titles) if prefix(t) in screen]
    if visible and max(visible) > 40 and unique_target(titles, max(visible)) == max(visible):
        target = max(visible)
        out["pagedown"] = {"row": target, "ms": timed(["PageDown"] * 20, prefix(titles[target]))}
    else:
        notes.append("PageDown x 20: could not tell which row it ends on; not timed")
    out["end"] = {"ms": timed(["G"], prefix(last_title))}
    return out


# -- the report -----------------------------------------------------------------------------------------------


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for dist in ("newsreader", "textual", "whoosh-reloaded", "rich"):
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = "?"
    mem_kib = 0
    try:
        mem_kib = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "versions": versions,
        "loadavg_start": os.getloadavg(),
        "date": datetime.now().isoformat(timespec="seconds"),
    }


def med(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def fmt(value: float | None, spec: str = ".0f", unit: str = "") -> str:
    return "n/a" if value is None else f"{value:{spec}}{unit}"


def spread(values: list[float]) -> str:
    """``median (min–max, n)`` in ms."""
    if not values:
        return "n/a"
    return f"{statistics.median(values):.0f} ms ({min(values):.0f}–{max(values):.0f}, n={len(values)})"


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("✓" if ok else "✗")


def report(info: dict, results: dict[int, dict], command: str) -> str:
    sizes = sorted(results)
    big = results[sizes[-1]]
    head = "| Measure | " + " | ".join(f"{s:,} articles" for s in sizes) + " | Target | At largest size |"
    rows = [head, "|" + "---|" * (len(sizes) + 3)]

    def row(label: str, cells: list[str], target: str = "", ok: bool | None = None) -> None:
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {target} | {verdict(ok)} |")

    def each(fn) -> list[str]:
        out = []
        for s in sizes:
            try:
                out.append(fn(results[s]))
            except (KeyError, TypeError, IndexError):
                out.append("n/a")
        return out

    def get(r: dict, *path, default=None):
        for key in path:
            if isinstance(r, list) and isinstance(key, int) and 0 <= key < len(r):
                r = r[key]
            elif isinstance(r, dict) and key in r:
                r = r[key]
            else:
                return default
        return r

    rate_ok = big["import"]["rate"] >= T_IMPORT_RATE
    row("Import, end to end (s)", each(lambda r: f"{r['import']['wall_s']:.1f}"))
    row(
        "Import rate (articles/s)",
        each(lambda r: f"{r['import']['rate']:,.0f}"),
        f"≥ {T_IMPORT_RATE:,}",
        rate_ok,
    )
    if len(sizes) > 1:
        small_rate, big_rate = results[sizes[0]]["import"]["rate"], big["import"]["rate"]
        drop = 1 - big_rate / small_rate
        row(
            f"Import rate, {sizes[-1]:,} vs {sizes[0]:,}",
            ["" for _ in sizes[:-1]] + [f"{-drop:+.0%}"],
            f"within {T_RATE_DROP:.0%}",
            drop <= T_RATE_DROP,
        )
    row(
        "Import of new articles into the full library (articles/s)",
        each(
            lambda r: (
                f"{r['top_up']['rate']:,.0f} ({r['top_up']['added']:,} added; "
                f"{r['top_up']['rate'] / r['import']['rate']:.0%} of the first import's rate)"
                if "top_up" in r
                else ""
            )
        ),
    )
    row("Import peak RSS (MiB)", each(lambda r: f"{r['import']['peak_rss_mib']:.0f}"))
    row("Import CPU time (s)", each(lambda r: f"{r['import']['cpu_s']:.1f}"))
    row(
        "Re-import of the same files (s)",
        each(
            lambda r: (
                f"{r['reimport']['wall_s']:.1f} ({r['reimport']['wall_s'] / r['import']['wall_s']:.0%} of import; "
                f"{r['reimport']['unchanged']:,} unchanged, {r['reimport']['added'] + r['reimport']['updated']:,} changed)"
            )
        ),
        f"near nothing (≤ {T_REIMPORT_SHARE:.0%} of import)",
        big["reimport"]["wall_s"] <= T_REIMPORT_SHARE * big["import"]["wall_s"],
    )
    row("CLI start-up: import of an empty folder (s)", each(lambda r: f"{r['startup']['wall_s']:.2f}"))
    row("Index on disk (MiB)", each(lambda r: f"{r['index_mib']:.0f}"))
    row("SQLite on disk (MiB)", each(lambda r: f"{r['sqlite_mib']:.0f}"))
    row("Feeds on disk (MiB)", each(lambda r: f"{r['manifest']['feed_bytes'] / MIB:.0f}"))
    row("Library open via the API (ms)", each(lambda r: f"{r['probe']['open_ms']:.0f}"))

    def fp(r, key):
        return spread(r["paint"][key])

    row("First paint, bare Textual app", each(lambda r: fp(r, "bare_ms")))
    row("First paint, newsreader", each(lambda r: fp(r, "newsreader_ms")))
    ratio = get(big, "paint", "ratio")
    row(
        "First paint ratio (newsreader / bare)",
        each(lambda r: f"{r['paint']['ratio']:.2f}x"),
        f"≤ {T_PAINT_RATIO}x",
        None if ratio is None else ratio <= T_PAINT_RATIO,
    )

    labels = [q["label"] for q in big["manifest"]["queries"]]
    for k, label in enumerate(labels):

        def cell(r, k=k):
            q = r["probe"]["queries"][k]
            if "error" in q:
                return f"error: {q['error'][:60]}"
            expected = r["manifest"]["queries"][k]["expected"]
            return (
                f"{q['took_ms_50']:.1f} ms · {q['took_ms_500']:.1f} ms @500 "
                f"(`{q['query']}`: {q['total']:,} hits, {expected:,} expected)"
            )

        q = big["probe"]["queries"][k]
        ok = None if "error" in q else max(q["took_ms_50"], q["took_ms_500"]) <= T_SEARCH_MS
        row(f"Search engine: {label}", each(cell), f"≤ {T_SEARCH_MS} ms", ok)

    for k, label in enumerate(labels):

        def cell(r, k=k):
            c = r["cold"][k]
            return (
                f"{spread(c['cold_ms'])} (call {med(c['cold_wall_ms']):.0f} ms; warm {med(c['warm_ms']):.1f})"
            )

        cold_ms = get(big, "cold", k, "cold_ms", default=[])
        row(
            f"Search engine, first search of a process: {label}",
            each(cell),
            f"≤ {T_COLD_MS} ms",
            None if not cold_ms else med(cold_ms) <= T_COLD_MS,
        )
    for k, query in enumerate(ZERO_HIT_QUERIES):

        def cell(r, k=k):
            c = r["zero_hit"][k]
            return (
                f"{med(c['warm_ms']):.1f} warm · {spread(c['cold_ms'])} cold "
                f"(`{c['query']}` → {c['suggestion'] or 'no suggestion'})"
            )

        warm = get(big, "zero_hit", k, "warm_ms", default=[])
        cold_ms = get(big, "zero_hit", k, "cold_ms", default=[])
        row(
            f"Search engine, zero hits: `{query}`",
            each(cell),
            f"≤ {T_COLD_MS} ms",
            None if not cold_ms else max(med(warm), med(cold_ms)) <= T_COLD_MS,
        )

    for query_kind in ("rare proper name", "common word"):
        k = labels.index(query_kind)

        def cell(r, k=k):
            query = r["manifest"]["queries"][k]["query"]
            return spread(r["tui"]["search"].get(query, []))

        query = big["manifest"]["queries"][k]["query"]
        times = get(big, "tui", "search", query, default=[])
        row(
            f"Enter → results on screen: {query_kind}",
            each(cell),
            f"≤ {T_RESULTS_MS} ms",
            None if not times else med(times) <= T_RESULTS_MS,
        )

    row(
        "Scroll: j × N → row N on screen",
        each(lambda r: f"{spread(r['tui']['scroll']['j']['ms'])}, N={r['tui']['scroll']['j']['presses']}"),
    )
    row(
        "Scroll: PageDown × 20 → its row on screen",
        each(
            lambda r: (
                f"{spread(r['tui']['scroll']['pagedown']['ms'])}, row {r['tui']['scroll']['pagedown']['row']}"
            )
        ),
    )
    row("Scroll: G → last article on screen", each(lambda r: spread(r["tui"]["scroll"]["end"]["ms"])))
    for where in ("top", "middle", "end"):
        row(
            f"List page fetch, rows(limit=100) at the {where} (ms)",
            each(
                lambda r, w=where: "{first_ms:.1f} first, {median_ms:.1f} warm".format(
                    **next(p for p in r["probe"]["pages"] if p["where"] == w)
                )
            ),
        )
    row("TUI peak RSS at first paint (MiB)", each(lambda r: f"{med(r['paint']['rss_at_paint_mib']):.0f}"))
    rss_end = get(big, "tui", "rss_end_mib")
    row(
        "TUI peak RSS after searches and scrolling (MiB)",
        each(lambda r: f"{r['tui']['rss_end_mib']:.0f}"),
        f"≤ {T_TUI_RSS_MIB} MiB",
        None if rss_end is None else rss_end <= T_TUI_RSS_MIB,
    )

    v = info["versions"]
    lines = [
        "## Benchmark",
        "",
        f"`{command}` on {info['date']}: {info['cpus']} CPUs ({info['cpu_model'] or 'unknown model'}), "
        f"{info['memory_gib']} GiB RAM, Python {info['python']}, {info['platform']}, SQLite {info['sqlite']}, "
        f"Textual {v['textual']}, Whoosh-Reloaded {v['whoosh-reloaded']}, newsreader {v['newsreader']}. "
        f"Load average at start {info['loadavg_start'][0]:.2f}, at end {info['loadavg_end'][0]:.2f}.",
        "",
        *rows,
        "",
        "Times are medians (min–max, n runs). Search engine: median `took_ms` of 7 warm runs at limit 50 "
        "(the API default), then at limit 500 with snippets for the first 50 (what the TUI asks for). "
        "The last column checks the targets "
        f"at the largest size measured ({sizes[-1]:,} articles); the targets themselves are for 100,000.",
    ]
    notes = [n for s in sizes for n in results[s].get("tui", {}).get("notes", [])]
    if notes:
        lines += ["", "Notes: " + "; ".join(notes)]
    return "\n".join(lines) + "\n"


# -- main -----------------------------------------------------------------------------------------------------


def profile_import(size: int, work: Path, seed: int, top: int = 15) -> str:
    """cProfile of one import (in a child process), top functions by cumulative time. Work the import
    hands to worker processes of its own is not in the profile."""
    import pstats
    from io import StringIO

    ensure_feeds(size, work, seed)
    lib = work / f"lib-profile-{size}"
    shutil.rmtree(lib, ignore_errors=True)
    prof = work / f"import-{size}.prof"
    argv = [
        sys.executable,
        "-m",
        "cProfile",
        "-o",
        str(prof),
        "-m",
        "reader",
        "--data-dir",
        str(lib),
        "import",
        str(work / f"feeds-{size}" / "feeds"),
    ]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env={**os.environ, **ENV})
    text = StringIO()
    pstats.Stats(str(prof), stream=text).sort_stats("cumulative").print_stats(top)
    return text.getvalue()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="newsreader benchmark")
    p.add_argument("--sizes", default="10000,100000", help="library sizes in articles, comma-separated")
    p.add_argument("--quick", action="store_true", help="2,000 articles only (checks the harness)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--runs", type=int, default=RUNS, help="runs per TUI measure (median)")
    p.add_argument("--work", type=Path, default=OUT / "work", help="where feeds and libraries go")
    p.add_argument("--profile-import", action="store_true", help="also print a cProfile of the import")
    args = p.parse_args(argv)
    sizes = [2000] if args.quick else [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.work.mkdir(parents=True, exist_ok=True)
    command = "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    info = machine()
    results: dict[int, dict] = {}
    tmux = Tmux()
    try:
        for size in sizes:
            manifest = ensure_feeds(size, args.work, args.seed)
            r: dict = {"manifest": manifest}
            r.update(measure_import(size, manifest, args.work))
            if r["import"]["rc"] != 0:
                log(f"{size:,}: import exited with {r['import']['rc']}: {r['import']['errors']}")
            lib = args.work / f"lib-{size}"
            log(f"{size:,}: search engine and list pages (API)")
            queries = [q["query"] for q in manifest["queries"]]
            r["probe"] = probe(lib, queries)
            log(f"{size:,}: first search of a fresh process, {COLD_RUNS} processes per query")
            r["cold"] = [cold(lib, q) for q in queries]
            r["zero_hit"] = [cold(lib, q) for q in ZERO_HIT_QUERIES]
            titles = r["probe"]["titles"]
            log(f"{size:,}: first paint, {args.runs} runs each (+1 warm-up)")
            r["paint"] = first_paint(tmux, lib, titles[0], args.runs)
            log(f"{size:,}: TUI session (search, scrolling, memory)")
            tui_queries = [
                q["query"] for q in manifest["queries"] if q["label"] in ("rare proper name", "common word")
            ]
            r["tui"] = tui_session(tmux, lib, titles, r["probe"]["last_title"], tui_queries, args.runs)
            r["probe"].pop("titles")
            r["top_up"] = measure_top_up(size, lib, args.work, args.seed)  # last: it changes the library
            results[size] = r
            log(f"{size:,}: done")
    finally:
        tmux.close()
    info["loadavg_end"] = os.getloadavg()
    table = report(info, results, command.strip())
    OUT.mkdir(exist_ok=True)
    (OUT / "results.md").write_text(table, "utf-8")
    (OUT / "results.json").write_text(
        json.dumps({"machine": info, "results": results}, indent=2, default=str), "utf-8"
    )
    print(table)
    if args.profile_import:
        print(f"### cProfile of the import of {sizes[0]:,} articles (top 15 by cumulative time)\n")
        print("```\n" + profile_import(sizes[0], args.work, args.seed) + "```")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
