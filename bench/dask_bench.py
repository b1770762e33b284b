"""Time and peak memory of ``corroborate ingest`` with the local and the Dask executor.

The same PAC articles (see ``ingest_bench.load_texts``) go into a new
knowledge base once per run: the local process pool, then ``--executor
dask`` on the local cluster it starts (one worker process per core, up to 2),
then the same with the corpus stages after every ``--block`` articles. Prints
a Markdown table; nothing is written to docs/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

from ingest_bench import load_texts, run_measured


def bench(count: int, block: int, folder: Path) -> list[tuple[str, float, float]]:
    """(run, seconds, peak MB) per executor setting over the same ``count`` articles."""
    feed = folder / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as handle:
        for record in load_texts(count):
            handle.write(json.dumps(record) + "\n")
    exe = str(Path(sys.executable).with_name("corroborate"))
    runs = {
        "local": [],
        "dask": ["--executor", "dask"],
        f"dask --block {block}": ["--executor", "dask", "--block", str(block)],
    }
    rows = []
    for name, options in runs.items():
        db = folder / f"{len(rows)}.db"
        seconds, peak_mb = run_measured(
            [exe, "ingest", str(feed), "--db", str(db), "--quiet", *options]
        )
        rows.append((name, seconds, peak_mb))
        print(json.dumps({"run": name, "s": seconds, "peak_mb": peak_mb}), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--block", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = bench(args.articles, args.block, Path(folder))
    print(
        f"\n{args.articles} articles; {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}\n"
    )
    print("| run | seconds | art/s | peak MB |\n|---|---:|---:|---:|")
    for name, seconds, peak_mb in rows:
        print(
            f"| {name} | {seconds:.0f} | {args.articles / seconds:.1f} | {peak_mb:.0f} |"
        )


if __name__ == "__main__":
    main()
