"""Time of the story stage (``cluster_corpus``) adding a few articles to a large store.

For each corpus size N a store of N articles already in stories is built once
(or reused, whatever corroborate version built it: opening it migrates it, and
a store from before the story index has the index built by the first run);
then, on a copy of it, ``--add`` new articles are ingested and clustered,
``--rounds`` times in a row, each round timed. The first round on a store
from before the story index includes building the index.

Articles: the PAC articles of ``../shared/bench/stories/pac`` (304), cloned
under new ids to reach N; clone c renames two words in three (``word`` ->
``wordq<c>``) and moves the date by 7c days, so that clones are neither
near-duplicates nor one story with the original.

    PYTHONPATH=. python bench/cluster_bench.py 300 1200 5000 --folder /tmp/cb
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import re
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corroborate.corpus import cluster_corpus  # noqa: E402
from corroborate.evaluate.stories import PAC_DIR, load_pac  # noqa: E402
from corroborate.records import Article, Document, PubDate  # noqa: E402
from corroborate.store import Store  # noqa: E402

_WORD = re.compile(r"[A-Za-z]{4,}")


def _variant(text: str, clone: int) -> str:
    """Clone ``clone`` of a text: two words in three renamed (the same way every time)."""
    if clone == 0:
        return text

    def rename(match: re.Match[str]) -> str:
        word = match.group()
        digest = hashlib.sha1(f"{clone}:{word.lower()}".encode()).digest()
        return word if digest[0] % 3 == 0 else f"{word}q{clone}"

    return _WORD.sub(rename, text)


def documents(count: int, start: int = 0) -> list[Document]:
    """Articles ``start`` .. ``start + count`` of the cloned PAC corpus, one per document."""
    base: list[Article] = [a for a, _, _ in load_pac(PAC_DIR)]
    docs = []
    for number in range(start, start + count):
        original, clone = base[number % len(base)], number // len(base)
        day = original.published.value
        if day and clone:
            day = (date.fromisoformat(day[:10]) + timedelta(days=7 * clone)).isoformat()
        doc_id = f"{number:016x}"
        article = dataclasses.replace(
            original,
            id=f"c{clone}-{original.id}",
            document_id=doc_id,
            text=_variant(original.text, clone),
            title=_variant(original.title or "", clone) or None,
            published=PubDate(day, "day", "metadata", 1.0) if day else PubDate(),
        )
        docs.append(
            Document(doc_id, article.text, article.id, "text/plain", articles=[article])
        )
    return docs


def build(path: Path, size: int) -> float:
    """A store of ``size`` clustered articles; return the seconds it took."""
    started = time.perf_counter()
    with Store(path) as store:
        docs = documents(size)
        for first in range(0, size, 500):
            store.add_documents(docs[first : first + 500])
        with store.corpus_lock():
            cluster_corpus(store)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="+", help="corpus sizes")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/cluster_bench"))
    parser.add_argument("--add", type=int, default=8, help="articles per round")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not PAC_DIR.is_dir():
        sys.exit(f"{PAC_DIR} is absent: no articles to clone")
    args.folder.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        path = args.folder / f"kb-{size}.db"
        if not path.exists():
            print(f"N={size}: built in {build(path, size):.1f} s", flush=True)
        run = args.folder / f"run-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{run}{suffix}").unlink(missing_ok=True)
        shutil.copy(path, run)
        with Store(run) as store:
            for round_ in range(args.rounds):
                store.add_documents(documents(args.add, size + round_ * args.add))
                started = time.perf_counter()
                with store.corpus_lock():
                    stories, _ = cluster_corpus(store)
                seconds = time.perf_counter() - started
                print(
                    f"N={size + round_ * args.add} +{args.add}: cluster_corpus"
                    f" {seconds:.2f} s, {len(stories)} stories changed",
                    flush=True,
                )


if __name__ == "__main__":
    main()
