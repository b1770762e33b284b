"""Time and peak memory of ingesting one very long article.

Builds one JSON Lines record whose ``text`` is ``--chars`` characters of
the bundled examples' paragraphs (numbers varied so that no two repeat
exactly), runs ``corroborate ingest`` on it in a fresh process, and prints
the wall and CPU time, the peak resident memory of that process (it
annotates in process: one document is below the pool's threshold) and the
exit status.

    .venv/bin/python bench/long_text_bench.py --chars 990000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def long_text(chars: int) -> str:
    """``chars`` characters of news paragraphs, cut at a paragraph end."""
    paragraphs = [
        p.strip()
        for path in sorted((ROOT / "examples").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 8
    ]
    out: list[str] = []
    size, n = 0, 0
    while size < chars:
        paragraph = paragraphs[n % len(paragraphs)].replace("2", str(n % 10))
        out.append(paragraph)
        size += len(paragraph) + 2
        n += 1
    return "\n\n".join(out)[:chars]


def main() -> None:
    """Run the measurement and print one line of figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=990_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "long.jsonl"
        text = long_text(args.chars)
        feed.write_text(json.dumps({"id": "long", "text": text}) + "\n")
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "corroborate", "ingest", str(feed)]
            + ["--quiet", "--db", str(Path(tmp) / "kb.db")],
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"{len(text):,} characters: {seconds:.1f} s wall, "
        f"{usage.ru_utime + usage.ru_stime:.1f} s CPU, "
        f"peak {usage.ru_maxrss / 1024:,.0f} MB, exit {run.returncode}"
    )
    if run.returncode:
        print(run.stderr[-2000:], file=sys.stderr)


if __name__ == "__main__":
    main()
