"""Adding articles to large knowledge bases, and the web app's latency on them.

For each size (1k, 10k, 100k articles by default) a store is built from
clones (``bench/clones.py``) of the PAC articles of ``../shared/bench``,
annotated once into a seed store and never again; the corpus stages run once
per block of inserted articles, as a feed would run them. Then:

* add 50: ``corroborate ingest`` of 50 real PAC articles held back from the
  clones, into a copy of the built store: wall and CPU seconds, and the peak
  resident memory of its process tree;
* web: ``corroborate serve`` on the built store under a bounded local load
  (``--clients`` at once, one route at a time) over the overview, the story
  list, a story, an article, a search, the entity list and an entity, each
  page and its JSON twin: p50 and p95 per route.

On SQLite and, given ``--postgres URL`` (or ``$CORROBORATE_TEST_PG``), on
PostgreSQL: there each size is a database ``<name>_scale_<N>`` and every add
starts from a copy of it (``CREATE DATABASE ... TEMPLATE``), so the role
needs CREATEDB. Built stores are cached in ``--cache-dir`` by size and
backend, and a build that stopped (``--timeout`` per block) resumes there.
Figures go to the "Scale" section of ``--out`` and to ``--json``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clones import Cloner  # noqa: E402  (bench/ is the script's own folder)
from ingest_bench import run_measured  # noqa: E402

from corroborate import KnowledgeBase  # noqa: E402
from corroborate.names import prepare_name_tagger  # noqa: E402
from corroborate.store import Store  # noqa: E402

HELD_BACK = 50
"""PAC articles kept out of the clones: the articles each measured run adds."""
INSERT_DOCUMENTS = 250  # documents per add_documents transaction while building
SEARCH_WORDS = ("police", "election", "court", "immigration", "vaccine")
SAMPLED = 20  # stories, articles and entities the web load picks from
WEB_BUDGET_SECONDS = 30.0  # per route: fewer requests on a route slower than this
SECTION = "## Scale"


# -- the seed: PAC annotated once ------------------------------------------


def pac_records() -> list[dict[str, Any]]:
    """The PAC articles as JSONL records, in file order."""
    from corroborate.evaluate import BENCH_DIR
    from corroborate.evaluate.segment import load_pac

    folder = BENCH_DIR / "stories" / "pac"
    if not folder.is_dir():
        raise SystemExit(f"{folder}: the PAC articles are needed (../shared/bench)")
    return [
        {
            "id": a["name"],
            "title": a["title"],
            "text": " ".join(a["sentences"]),
            "outlet": a["source"],
            "published": a["date"],
        }
        for a in load_pac(folder)
    ]


def seed(cache: Path) -> tuple[Path, Path]:
    """The seed store (base articles annotated, no corpus stages) and the held-back
    articles' JSONL file, made once in ``cache``."""
    from corroborate.build import ingest_paths

    seed_db, held = cache / "seed.db", cache / "held-back.jsonl"
    if seed_db.is_file() and held.is_file():
        return seed_db, held
    records = pac_records()
    base = cache / "base.jsonl"
    for path, rows in ((base, records[:-HELD_BACK]), (held, records[-HELD_BACK:])):
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"annotating {len(records) - HELD_BACK} PAC articles once ...", flush=True)
    partial = cache / "seed.partial.db"
    _remove_sqlite(partial)
    with Store(str(partial)) as store:
        ingest_paths([base], store)
    partial.rename(seed_db)
    return seed_db, held


def seed_articles(seed_db: Path) -> list[Any]:
    with Store(str(seed_db)) as store:
        return list(store.articles())


# -- building a store of N clones -----------------------------------------------


def grow(url: str, seed_db: Path, start: int, stop: int) -> dict[str, float]:
    """Add clones ``start`` to ``stop - 1`` and run the corpus stages once.

    Documents already stored (a block begun before) are skipped by the store.
    """
    prepare_name_tagger()  # built while the clones are made and inserted
    cloner = Cloner(seed_articles(seed_db))
    began = time.perf_counter()
    cpu = time.process_time()
    with KnowledgeBase(url) as kb:
        batch = []
        for doc in cloner.documents_for(stop, start=start):
            batch.append(doc)
            if len(batch) == INSERT_DOCUMENTS:
                kb.store.add_documents(batch)
                batch = []
        if batch:
            kb.store.add_documents(batch)
        inserted, cpu_inserted = time.perf_counter(), time.process_time()
        kb.update_corpus()
        done, cpu_done = time.perf_counter(), time.process_time()
    return {  # CPU seconds: the wall time of a niced build says little
        "insert_s": inserted - began,
        "corpus_s": done - inserted,
        "insert_cpu_s": cpu_inserted - cpu,
        "corpus_cpu_s": cpu_done - cpu_inserted,
    }


class Backend:
    """Where stores live: SQLite files in the cache, or PostgreSQL databases."""

    def __init__(self, kind: str, cache: Path, postgres: str | None = None):
        self.kind, self.cache, self.postgres = kind, cache, postgres

    def url(self, name: str) -> str:
        if self.postgres is None:
            return str(self.cache / f"{name}.db")
        parts = urlsplit(self.postgres)
        base = parts.path.lstrip("/")
        return urlunsplit(parts._replace(path=f"/{base}_{name}"))

    def exists(self, name: str) -> bool:
        if self.postgres is None:
            return Path(self.url(name)).is_file()
        return bool(
            self._admin(f"SELECT 1 FROM pg_database WHERE datname = '{self._db(name)}'")
        )

    def copy(self, source: str, target: str) -> None:
        """Make ``target`` a copy of ``source`` (replacing it)."""
        self.drop(target)
        if self.postgres is None:
            shutil.copyfile(self.url(source), self.url(target))
        else:
            self._admin(
                f'CREATE DATABASE "{self._db(target)}" TEMPLATE "{self._db(source)}"'
            )

    def create(self, name: str) -> None:
        self.drop(name)
        if self.postgres is not None:
            self._admin(f'CREATE DATABASE "{self._db(name)}"')

    def rename(self, source: str, target: str) -> None:
        self.drop(target)
        if self.postgres is None:
            Path(self.url(source)).rename(self.url(target))
        else:
            self._admin(
                f'ALTER DATABASE "{self._db(source)}" RENAME TO "{self._db(target)}"'
            )

    def drop(self, name: str) -> None:
        if self.postgres is None:
            _remove_sqlite(Path(self.url(name)))
        else:
            self._admin(f'DROP DATABASE IF EXISTS "{self._db(name)}" WITH (FORCE)')

    def _db(self, name: str) -> str:
        return urlsplit(self.url(name)).path.lstrip("/")

    def _admin(self, sql: str) -> list[Any]:
        """One statement on the server's own database (databases are not a store's
        business: copies and drops of whole knowledge bases, for the benchmark)."""
        import psycopg

        assert self.postgres is not None
        with psycopg.connect(self.postgres, autocommit=True) as conn:
            cur = conn.execute(sql)
            return cur.fetchall() if cur.description else []


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build(
    backend: Backend, size: int, args: argparse.Namespace, seed_db: Path
) -> dict[str, Any]:
    """The store of ``size`` clones, from the cache or grown block by block from the
    largest smaller one; ``{"name", "complete", "steps", ...}``."""
    meta_path = backend.cache / f"{backend.kind}-{size}.json"
    meta: dict[str, Any] = (
        json.loads(meta_path.read_text()) if meta_path.is_file() else {}
    )
    name = f"scale_{size}"
    if meta.get("complete") and backend.exists(name):
        return meta
    partial = f"scale_{size}_partial"
    if not (meta.get("articles") and backend.exists(partial)):
        smaller = _largest_cached(backend, size)
        meta = {"size": size, "articles": 0, "steps": []}
        if smaller is not None:
            backend.copy(f"scale_{smaller['size']}", partial)
            meta.update(articles=smaller["size"], steps=list(smaller["steps"]))
        else:
            backend.create(partial)
    while meta["articles"] < size:
        start, stop = meta["articles"], min(size, meta["articles"] + args.block)
        step: dict[str, Any] = {"from": start, "to": stop}
        cmd = [sys.executable, __file__, "grow", backend.url(partial), str(seed_db),
               str(start), str(stop)]  # fmt: skip
        began = time.perf_counter()
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, check=True,
                                 timeout=args.timeout)  # fmt: skip
        except subprocess.TimeoutExpired:
            step["timed_out_s"] = round(time.perf_counter() - began, 1)
            meta["steps"].append(step)
            meta["timed_out"] = step
            print(f"  {backend.kind} {size}: block {start}-{stop} timed out "
                  f"after {args.timeout} s", flush=True)  # fmt: skip
            break
        except subprocess.CalledProcessError as exc:
            raise SystemExit(f"building {size} failed:\n{exc.stderr[-3000:]}") from exc
        step.update(json.loads(out.stdout.strip().splitlines()[-1]))
        meta["steps"].append(step)
        meta["articles"] = stop
        meta.pop("timed_out", None)
        meta_path.write_text(json.dumps(meta, indent=1))
        print(f"  {backend.kind} {size}: {stop} articles; insert "
              f"{step['insert_s']:.1f} s ({step['insert_cpu_s']:.1f} s CPU), corpus "
              f"stages {step['corpus_s']:.1f} s ({step['corpus_cpu_s']:.1f} s CPU)",
              flush=True)  # fmt: skip
    meta["complete"] = meta["articles"] >= size and "timed_out" not in meta
    if meta["complete"]:
        backend.rename(partial, name)
    meta_path.write_text(json.dumps(meta, indent=1))
    return meta


def _largest_cached(backend: Backend, size: int) -> dict[str, Any] | None:
    best = None
    for path in backend.cache.glob(f"{backend.kind}-*.json"):
        meta = json.loads(path.read_text())
        if (meta.get("complete") and meta["size"] < size
                and backend.exists(f"scale_{meta['size']}")
                and (best is None or meta["size"] > best["size"])):  # fmt: skip
            best = meta
    return best


# -- measuring --------------------------------------------------------------


def add_articles(
    backend: Backend, size: int, held: Path, timeout: float
) -> dict[str, Any]:
    """Time and peak memory of ``corroborate ingest`` of the held-back articles into
    a fresh copy of the store of ``size``."""
    backend.copy(f"scale_{size}", "scale_run")
    exe = str(Path(sys.executable).with_name("corroborate"))
    cmd = [exe, "ingest", str(held), "--db", backend.url("scale_run"), "--quiet"]
    before = _children_cpu()
    try:
        seconds, peak_mb = run_measured(cmd, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timed_out_s": timeout}
    finally:
        backend.drop("scale_run")
    cpu = _children_cpu() - before
    return {
        "seconds": round(seconds, 1),
        "cpu_s": round(cpu, 1),
        "peak_mb": round(peak_mb),
    }


def _children_cpu() -> float:
    """CPU seconds of every waited-for child process so far (the ingest and its
    annotation workers; not a PostgreSQL server's): steadier than wall time on a
    shared machine."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def serving(url: str) -> Iterator[int]:
    """``corroborate serve`` on a free port until the block ends; yields the port."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    exe = str(Path(sys.executable).with_name("corroborate"))
    proc = subprocess.Popen([exe, "serve", "--db", url, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "/api")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read() if proc.stderr else b""
                    raise SystemExit(f"serve did not start: {err!r}") from None
                time.sleep(0.3)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _get(conn: http.client.HTTPConnection, path: str) -> float:
    """GET one path; return the seconds until its whole body was read."""
    began = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    if response.status != 200:
        raise SystemExit(f"GET {path}: HTTP {response.status}")
    return time.perf_counter() - began


def web_routes(url: str) -> dict[str, list[str]]:
    """The paths each measured route is asked for: the overview, the story list, a
    sample of stories, articles and entities (from articles' mentions) of the
    store, a few searches and the entity list."""
    rng = random.Random(0)
    with KnowledgeBase(url) as kb:
        stories = [s.id for s in kb.store.stories()]
        articles = kb.store.article_ids()
        picked = rng.sample(articles, min(SAMPLED, len(articles)))
        entities = sorted({m.entity_id for a in kb.store.articles(ids=picked)
                           for m in a.mentions if m.entity_id})  # fmt: skip
    stories = rng.sample(stories, min(SAMPLED, len(stories)))
    entities = rng.sample(entities, min(SAMPLED, len(entities)))
    paths = {
        "overview": ["/"],
        "stories": ["/stories"],
        "story": [f"/stories/{quote(i, safe='')}" for i in stories],
        "article": [f"/articles/{quote(i, safe='')}" for i in picked],
        "search": [f"/search?q={w}" for w in SEARCH_WORDS],
        "entities": ["/entities"],
        "entity": [f"/entities/{quote(i, safe='')}" for i in entities],
    }
    routes = {}
    for name, pages in paths.items():
        routes[name] = pages
        routes[f"{name}.json"] = [
            p.replace("?", ".json?") if "?" in p else p + ".json" for p in pages
        ]
    return {name: pages for name, pages in routes.items() if pages}


def web_latency(url: str, requests: int, clients: int) -> dict[str, Any]:
    """p50 and p95 (ms) per route, one route at a time under ``clients`` concurrent
    clients (so a slow route does not queue the fast ones), each route asked
    ``requests`` times (fewer when one request takes seconds)."""
    routes = web_routes(url)
    results: dict[str, Any] = {}
    with serving(url) as port:
        for name, pages in routes.items():
            # a new connection: the server closes one left idle for 5 s
            first = _get(http.client.HTTPConnection("127.0.0.1", port, timeout=600),
                         pages[0])  # fmt: skip
            count = max(clients, min(requests, int(WEB_BUDGET_SECONDS / first)))
            values = sorted(_load(port, [pages[i % len(pages)] for i in range(count)],
                                  clients))  # fmt: skip
            results[name] = {
                "requests": len(values),
                "p50_ms": round(1000 * statistics.median(values), 1),
                "p95_ms": round(
                    1000 * values[max(0, round(0.95 * len(values)) - 1)], 1
                ),
            }
    return results


def _load(port: int, paths: list[str], clients: int) -> list[float]:
    """Ask for every path once, ``clients`` at a time; the seconds of each request."""
    jobs, timings = list(paths), []
    lock = threading.Lock()

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        while True:
            with lock:
                if not jobs:
                    return
                path = jobs.pop()
            seconds = _get(conn, path)
            with lock:
                timings.append(seconds)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings


# -- report ---------------------------------------------------------------


def to_markdown(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    """The "Scale" section: how it was made, the build and add-50 table, the
    ratios the targets are about, and p50 / p95 per web route."""
    base = rows[0]["base_articles"] if rows else "?"
    lines = [
        SECTION,
        "",
        "Made by `make bench-scale` (`bench/scale_bench.py`; each row on the date "
        f"in `{args.json.name}`) on {platform.machine()}, "
        f"{os.cpu_count()} cores shared with other work (timings move with their "
        f"load), Python {platform.python_version()}. The stores are clones of "
        f"{base} PAC articles annotated once (new ids, made-up names, content "
        "words swapped, dates moved: `bench/clones.py`), inserted through the store "
        f"with the corpus stages run after each block of {args.block}. *Add 50* is "
        "`corroborate ingest` of 50 real PAC articles held back from the clones "
        "into a copy of the store: wall time, CPU seconds and peak resident "
        "memory of its process tree. *Web* is `corroborate serve` with "
        f"{args.clients} concurrent local clients on one route at a time.",
        "",
        "| backend | articles | corpus stages after the last block, s | "
        "add 50, s | add 50, CPU s | add 50, peak MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        add = r.get("add", {})
        corpus = [s for s in r["build"]["steps"] if "corpus_s" in s]
        last = f"{corpus[-1]['corpus_s']:.0f}" if corpus else "-"
        if "timed_out" in r["build"]:
            step = r["build"]["timed_out"]
            last = f"timed out: {step['from']}-{step['to']} after {step['timed_out_s']:.0f} s"
        seconds = (f"timed out ({add['timed_out_s']:.0f} s)" if "timed_out_s" in add
                   else add.get("seconds", "-"))  # fmt: skip
        lines.append(f"| {r['backend']} | {r['size']} | {last} | {seconds} | "
                     f"{add.get('cpu_s', '-')} | {add.get('peak_mb', '-')} |")  # fmt: skip
    lines += ["", *_ratios(rows)]
    web = [r for r in rows if r.get("web")]
    if web:
        names = [f"{r['backend']} {r['size']}" for r in web]
        lines += ["", "Web, p50 / p95 in ms (requests):", "",
                  "| route | " + " | ".join(names) + " |",
                  "|---|" + "---:|" * len(names)]  # fmt: skip
        for route in web[0]["web"]:
            cells = [_latency(r["web"].get(route)) for r in web]
            lines.append(f"| {route} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _ratios(rows: list[dict[str, Any]]) -> list[str]:
    """Add 50 on the largest store measured against the smallest, per backend
    (the targets: at most 2x the time and 1.5x the memory, 100k against 1k)."""
    lines = []
    for backend in dict.fromkeys(r["backend"] for r in rows):
        done = [
            r for r in rows if r["backend"] == backend and "seconds" in r.get("add", {})
        ]
        if len(done) < 2:
            continue
        small, large = done[0], done[-1]
        lines.append(
            f"- {backend}: adding 50 to {large['size']} articles took "
            f"{large['add']['seconds'] / small['add']['seconds']:.2f}x the time "
            f"({_ratio(large, small, 'cpu_s')} the CPU) and "
            f"{large['add']['peak_mb'] / small['add']['peak_mb']:.2f}x the memory of "
            f"adding them to {small['size']} (targets, 100k against 1k: 2x, 1.5x)."
        )
    return lines


def _ratio(large: dict[str, Any], small: dict[str, Any], key: str) -> str:
    if key not in large["add"] or key not in small["add"]:
        return "?"
    return f"{large['add'][key] / small['add'][key]:.2f}x"


def _latency(figures: dict[str, Any] | None) -> str:
    if not figures:
        return "-"
    return f"{figures['p50_ms']:.0f} / {figures['p95_ms']:.0f} ({figures['requests']})"


def write_section(path: Path, section: str) -> None:
    """Put ``section`` in place of the file's "## Scale" section (or at its end)."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if f"\n{SECTION}\n" in old:
        head, _, rest = old.partition(f"\n{SECTION}\n")
        tail = rest[rest.index("\n## ") + 1 :] if "\n## " in rest else ""
        old = head + "\n" + (section + "\n" + tail if tail else section)
    else:
        old = old.rstrip("\n") + "\n\n" + section
    path.write_text(old, encoding="utf-8")


def main() -> None:
    if sys.argv[1:2] == ["grow"]:  # one build step, in its own process
        url, seed_path, start, stop = sys.argv[2:6]
        print(json.dumps(grow(url, Path(seed_path), int(start), int(stop))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        type=lambda s: [int(x) for x in s.split(",")])  # fmt: skip
    parser.add_argument("--postgres", default=os.environ.get("CORROBORATE_TEST_PG"),
                        help="a PostgreSQL URL whose role may CREATE DATABASE")  # fmt: skip
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--cache-dir", type=Path, default=ROOT / "bench" / ".cache")
    parser.add_argument("--block", type=int, default=1000,
                        help="articles inserted between two runs of the corpus stages")  # fmt: skip
    parser.add_argument("--timeout", type=float, default=1200,
                        help="seconds per build block and per add-50 run")  # fmt: skip
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--no-add", action="store_true",
                        help="web only; keep the add-50 figures of an earlier run")  # fmt: skip
    parser.add_argument("--requests", type=int, default=40, help="per web route")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument(
        "--json", type=Path, default=ROOT / "docs" / "benchmarks-scale.json"
    )
    args = parser.parse_args()
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    seed_db, held = seed(args.cache_dir)
    base = len(seed_articles(seed_db))
    backends = [] if args.no_sqlite else [Backend("sqlite", args.cache_dir)]
    if args.postgres:
        backends.append(Backend("postgres", args.cache_dir, args.postgres))
    rows = []
    for backend in backends:
        for size in sorted(args.sizes):
            print(f"{backend.kind} {size}: building", flush=True)
            meta = build(backend, size, args, seed_db)
            if not meta["complete"] or args.build_only:
                continue
            row: dict[str, Any] = {"backend": backend.kind, "size": size,
                                   "base_articles": base, "build": meta,
                                   "measured": time.strftime("%Y-%m-%d")}  # fmt: skip
            rows.append(row)
            if not args.no_add:
                row["add"] = add_articles(backend, size, held, args.timeout)
                print(f"{backend.kind} {size}: add 50 {row['add']}", flush=True)
                rows = save(rows, args)
                row = next(r for r in rows if r["backend"] == backend.kind
                           and r["size"] == size)  # fmt: skip
            row["web"] = web_latency(backend.url(f"scale_{size}"), args.requests,
                                     args.clients)  # fmt: skip
            print(f"{backend.kind} {size}: web {json.dumps(row['web'])}", flush=True)
            rows = save(rows, args)
    print(f"wrote {args.out} and {args.json}")


def save(rows: list[dict[str, Any]], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Write the figures measured so far, keeping those of other backends and
    sizes from earlier runs in ``--json``; return them all."""
    kept = json.loads(args.json.read_text()) if args.json.is_file() else []
    merged: dict[tuple[str, int], dict[str, Any]] = {}
    for row in [*kept, *rows]:  # a run with --no-add keeps the add figures before it
        key = (row["backend"], row["size"])
        merged[key] = {**merged.get(key, {}), **row}
    rows = sorted(merged.values(), key=lambda r: (r["backend"] != "sqlite", r["size"]))
    args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    write_section(args.out, to_markdown(rows, args))
    return rows


if __name__ == "__main__":
    main()
