"""Throughput and peak memory of ``corroborate ingest`` against bare spaCy.

Both runs read the same texts: ``corroborate ingest`` (segmentation, every
default extractor, the store and the corpus stages) and spaCy's own
``nlp.pipe(n_process=2)`` over the same article texts, which is the floor
we cannot beat. Peak memory is the largest sum of resident memory over the
process and its children, sampled every 0.1 s; CPU time is the sum over
every process of the tree of the user and system time last read for it
(on two cores, a run whose CPU is twice another's cannot be as fast,
however its work is spread). Results go to a Markdown file.

Texts: the PAC articles of ``../shared/bench/stories/pac`` when present
(real news, 304 articles, each run under several headline variants to reach
the count), else the bundled examples, varied the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SECONDS = 0.1
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def load_texts(count: int) -> list[dict[str, str]]:
    """``count`` distinct articles as JSONL records (id, title, text)."""
    sys.path.insert(0, str(ROOT))
    from corroborate.evaluate import BENCH_DIR
    from corroborate.evaluate.segment import load_pac

    pac = BENCH_DIR / "stories" / "pac"
    if pac.is_dir():
        base = [(a["title"], " ".join(a["sentences"])) for a in load_pac(pac)]
    else:
        base = [
            (p.stem, p.read_text(encoding="utf-8"))
            for p in sorted((ROOT / "examples").glob("*.txt"))
        ]
        # many copies of two texts: stories of copies, not a news workload
        print(
            f"bench: no PAC articles at {pac} (set CORROBORATE_BENCH); "
            f"timing {len(base)} bundled examples, each copied many times",
            file=sys.stderr,
        )
    records = []
    for i in range(count):
        title, text = base[i % len(base)]
        variant = i // len(base)
        records.append(
            {"id": f"bench-{i}", "title": f"{title} ({variant})", "text": text}
        )
    return records


def _tree_rss_kb(pid: int, cpu: dict[int, float] | None = None) -> int:
    """Resident memory of a process and all its descendants, in kB; with
    ``cpu``, each one's user and system seconds so far are put in it by pid."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(
                next(x.split()[1] for x in status.splitlines() if x.startswith("VmRSS"))
            )
            if cpu is not None:
                cpu[current] = _cpu_seconds(current)
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration):
            continue
    return total


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of one process so far (``/proc/PID/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def run_measured(
    cmd: list[str], timeout: float | None = None
) -> tuple[float, float, float]:
    """Run a command; return (seconds, peak tree RSS in MB, tree CPU seconds).

    Raises:
        subprocess.TimeoutExpired: it ran longer than ``timeout`` (it is killed).
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid, cpu))
            time.sleep(SAMPLE_SECONDS)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    finally:
        done.set()
    thread.join()
    seconds = time.perf_counter() - start
    if proc.returncode not in (0,):
        raise SystemExit(
            f"{cmd[0]} failed ({proc.returncode}):\n{err.decode()[-2000:]}"
        )
    return seconds, peak / 1024, sum(cpu.values())


BARE_SPACY = """
import json, sys
from corroborate.nlp import load_nlp
nlp = load_nlp(ner="spacy")  # en_core_web_sm whole, its own ner included
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, n_process=2, batch_size=64):
    pass
"""


def bench(count: int, folder: Path) -> dict[str, float]:
    """Measure both runs over ``count`` articles."""
    feed = folder / f"feed-{count}.jsonl"
    with feed.open("w", encoding="utf-8") as handle:
        for record in load_texts(count):
            handle.write(json.dumps(record) + "\n")
    db = folder / f"kb-{count}.db"
    exe = str(Path(sys.executable).with_name("corroborate"))
    ingest_s, ingest_mb, ingest_cpu = run_measured(
        [exe, "ingest", str(feed), "--db", str(db), "--quiet"]
    )
    spacy_s, spacy_mb, spacy_cpu = run_measured(
        [sys.executable, "-c", BARE_SPACY, str(feed)]
    )
    return {
        "articles": count,
        "ingest_per_s": count / ingest_s,
        "ingest_peak_mb": ingest_mb,
        "ingest_cpu_s": ingest_cpu,
        "spacy_per_s": count / spacy_s,
        "spacy_peak_mb": spacy_mb,
        "spacy_cpu_s": spacy_cpu,
        "ratio": spacy_s / ingest_s,
    }


INTRO = """# Benchmarks

Made by `make bench` (`bench/ingest_bench.py`); the table between the
`bench` marks is from the last run ({machine}, {cores} cores, Python
{python}); the dated sections below it are written by hand and kept.
`ingest` is the whole `corroborate ingest` (segmentation, default extractors,
store, corpus stages); `spaCy` is bare `nlp.pipe(n_process=2)` on the same texts.
CPU is the user and system time of every process of the tree.
Peak memory is the resident memory of the process tree.
"""
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
"""The marks around the table a run writes: the rest of the file is kept."""


def to_markdown(rows: list[dict[str, float]]) -> str:
    """The results table, between its marks."""
    lines = [
        START,
        "| articles | ingest art/s | spaCy art/s | ratio | ingest CPU s | spaCy CPU s "
        "| ingest peak MB | spaCy peak MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['articles']:.0f} | {r['ingest_per_s']:.1f} | {r['spacy_per_s']:.1f} | "
            f"{r['ratio']:.2f} | {r['ingest_cpu_s']:.0f} | {r['spacy_cpu_s']:.0f} | "
            f"{r['ingest_peak_mb']:.0f} | {r['spacy_peak_mb']:.0f} |"
        )
    return "\n".join([*lines, END]) + "\n"


def write_table(path: Path, table: str) -> None:
    """Put a run's table between its marks in ``path``, keeping every other
    line; a file without the marks gets the introduction and the table at
    the top, its text after them."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in old and END in old:
        head, rest = old.split(START, 1)
        text = head + table.rstrip("\n") + rest.split(END, 1)[1]
    else:
        intro = INTRO.format(
            machine=platform.machine(),
            cores=os.cpu_count(),
            python=platform.python_version(),
        )
        kept = old.split("Peak memory is the resident memory of the process tree.\n", 1)
        text = intro + "\n" + table + kept[-1]
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    sizes = sorted(
        {max(args.articles // 4, 1), max(args.articles // 2, 1), args.articles}
    )
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        for size in sizes:
            rows.append(bench(size, Path(folder)))
            print(json.dumps(rows[-1]), flush=True)
    write_table(args.out, to_markdown(rows))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
