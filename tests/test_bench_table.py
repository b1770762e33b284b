"""bench/ingest_bench.py: a run writes its table and keeps the hand-written notes."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from ingest_bench import END, START, to_markdown, write_table  # noqa: E402

ROW = {"articles": 250, "ingest_per_s": 7.66, "spacy_per_s": 15.45, "ratio": 0.496,
       "ingest_cpu_s": 60.2, "spacy_cpu_s": 30.3, "ingest_peak_mb": 1953,
       "spacy_peak_mb": 1779}  # fmt: skip
NOTE = "**A dated session.** The ratio read 0.50 on the idle machine.\n"


def test_a_run_replaces_its_table_and_keeps_the_notes(tmp_path: Path) -> None:
    out = tmp_path / "benchmarks.md"
    write_table(out, to_markdown([ROW]))
    out.write_text(out.read_text(encoding="utf-8") + "\n" + NOTE, encoding="utf-8")
    write_table(out, to_markdown([{**ROW, "ratio": 0.61}]))
    text = out.read_text(encoding="utf-8")
    assert text.count(START) == text.count(END) == 1
    assert "| 0.61 |" in text and "| 0.50 |" not in text
    assert text.endswith(NOTE)


def test_a_file_without_marks_keeps_what_follows_its_introduction(
    tmp_path: Path,
) -> None:
    out = tmp_path / "benchmarks.md"
    out.write_text(
        "# Benchmarks\n\nPeak memory is the resident memory of the process tree.\n\n"
        + NOTE
        + "\n## An older section\n",
        encoding="utf-8",
    )
    write_table(out, to_markdown([ROW]))
    text = out.read_text(encoding="utf-8")
    assert text.index(END) < text.index(NOTE) < text.index("## An older section")


def test_a_command_s_cpu_counts_its_children() -> None:
    """The CPU of a run is its whole tree's: here a child's busy loop."""
    from ingest_bench import run_measured

    child = (
        "import time\nstart = time.process_time()\n"
        "while time.process_time() - start < 0.6:\n    pass\n"
    )
    parent = (
        f"import subprocess, sys; subprocess.run([sys.executable, '-c', {child!r}])"
    )
    seconds, peak_mb, cpu = run_measured([sys.executable, "-c", parent])
    assert cpu >= 0.5
    assert peak_mb > 0
