"""``eval segment``: article boundaries on PAC articles run together and perturbed.

PAC (``stories/pac``) gives clean articles: a title and a list of sentences.
We build plain-text files the way scrapers leave them -- 1 to 4 articles per
file, headline blocks repeated, photo captions (repeated or not), stray tags,
paragraphs split by one or two newlines, articles split by zero to three
blank lines -- and score the segmenter's article starts against the truth.
The generator is seeded, so the set is the same on every run.
"""

from __future__ import annotations

import ast
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..segment import split_blocks
from . import BENCH_DIR, prf, task

_PLACEHOLDER_TITLE = re.compile(r"^\w+_\d+_\d+$")
SEED = 20261125
FILES = 300
TAGS = ("TT", "AP", "AFP", "Advertisement", "ADVERTISEMENT", "Share", "READ MORE")
CREDITS = (
    " (AFP)",
    " (Reuters)",
    " REUTERS/Staff",
    " Photo: AP",
    " (Getty Images)",
    " | Xinhua",
    " (Photo by staff photographer/Getty Images)",
    "",
)


@dataclass
class _Line:
    text: str
    article: int  # index of the gold article in the file
    role: str  # headline | caption | tag | body | blank


def load_pac(folder: Path) -> list[dict[str, Any]]:
    """PAC articles as ``{"title", "sentences", "story"}``, in file-name order."""
    articles = []
    for path in sorted(folder.glob("STORY_*_DOCUMENT_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        news = data["news"]
        if isinstance(news, str):
            news = ast.literal_eval(news)
        sentences = [s["text"].strip() for s in news if s.get("text", "").strip()]
        story = path.name.split("_DOCUMENT_")[0]
        if _PLACEHOLDER_TITLE.match(data.get("title", "")):
            continue  # a few PAC records carry ids ("gun_6_2") as titles
        articles.append(
            {
                "title": data.get("title", "").strip(),
                "sentences": sentences,
                "story": story,
                "date": data.get("date"),
                "source": data.get("source"),
                "name": path.stem,
            }
        )
    return articles


def build_file(rng: random.Random, articles: list[dict[str, Any]]) -> list[_Line]:
    """Lay out articles as one scraped plain-text file."""
    lines: list[_Line] = []
    for k, article in enumerate(articles):
        if k:
            lines.extend(
                _Line("", k, "blank") for _ in range(rng.choice((0, 1, 1, 2, 3)))
            )
        lines.extend(_header(rng, article, k))
        lines.extend(_body(rng, article, k))
    return lines


def _header(rng: random.Random, article: dict[str, Any], k: int) -> list[_Line]:
    title = article["title"]
    caption = None
    if rng.random() < 0.5 and len(article["sentences"]) > 3:
        source = rng.choice(article["sentences"][1:])
        caption = source.rstrip(".") + rng.choice(CREDITS)
    block = [_Line(title, k, "headline")]
    if caption:
        block.append(_Line(caption, k, "caption"))
    if rng.random() < 0.4:  # the scraped gallery layout: the block twice
        twice = [_Line(x.text, k, x.role) for x in block if x.role == "caption"] * 2
        block = [block[0], *twice]
        if rng.random() < 0.6:
            block.append(_Line(rng.choice(TAGS), k, "tag"))
        block += [_Line(title, k, "headline"), *twice]
    elif rng.random() < 0.2:
        block.append(_Line(rng.choice(TAGS), k, "tag"))
    if rng.random() < 0.5:
        block.append(_Line("", k, "blank"))
    return block


def _body(rng: random.Random, article: dict[str, Any], k: int) -> list[_Line]:
    sentences = list(article["sentences"])
    gap = rng.choice((0, 1))
    lines: list[_Line] = []
    while sentences:
        size = rng.randint(1, 4)
        paragraph, sentences = sentences[:size], sentences[size:]
        if lines and gap:
            lines.append(_Line("", k, "blank"))
        lines.append(_Line(" ".join(paragraph), k, "body"))
    return lines


def score_file(lines: list[_Line]) -> dict[str, int]:
    """Counts for one file: boundaries, headlines, captions, repeats, lost text."""
    text = "\n".join(x.text for x in lines)
    blocks = split_blocks(text)
    starts = _predicted_starts(blocks, lines)
    gold = {x.article for x in lines if x.article > 0}
    counts = {
        "tp": len(gold & starts),
        "fp": len(starts - gold),
        "fn": len(gold - starts),
    }
    titles = {x.article: x.text for x in lines if x.role == "headline"}
    counts["headlines"] = len(titles)
    counts["headlines_right"] = sum(1 for b in blocks if b.headline in titles.values())
    captions = {x.text for x in lines if x.role == "caption"}
    body_text = {line for b in blocks for line in b.body}
    counts["captions"] = len(captions)
    counts["captions_in_body"] = len(captions & body_text)
    gold_body = [x.text for x in lines if x.role == "body"]
    kept = [line for b in blocks for line in b.body if line]
    counts["body_lines"] = len(gold_body)
    counts["body_lines_lost"] = len(set(gold_body) - set(kept))
    counts["tags"] = sum(1 for x in lines if x.role == "tag")
    counts["tags_in_body"] = sum(
        1 for x in lines if x.role == "tag" and x.text in body_text
    )
    return counts


def _predicted_starts(blocks: list[Any], lines: list[_Line]) -> set[int]:
    """Gold article index of each predicted article after the first, when the
    prediction starts exactly at that article's first line; -1 otherwise."""
    starts: set[int] = set()
    cursor = 0
    for n, block in enumerate(blocks):
        first = block.headline or (block.captions or block.body or [""])[0]
        for i in range(cursor, len(lines)):
            if lines[i].text.strip() and lines[i].text.strip().endswith(first.strip()):
                cursor = i + 1
                article = lines[i].article
                is_start = lines[i].role == "headline" and (
                    i == 0
                    or lines[i - 1].article != article
                    or all(x.article != article or x.role == "blank" for x in lines[:i])
                )
                if n:
                    starts.add(article if is_start else -(n + 1))
                break
    return starts


@task("segment", "stories/pac")
def evaluate_segment(
    *, data: Path | None = None, limit: int | None = None, **_: Any
) -> dict[str, Any]:
    """Boundary P/R/F1 and zone figures on perturbed PAC files."""
    folder = data or BENCH_DIR / "stories" / "pac"
    articles = load_pac(folder)
    rng = random.Random(SEED)
    totals: dict[str, int] = {}
    files = limit or FILES
    for _file in range(files):
        chosen = rng.sample(articles, rng.randint(1, 4))
        for key, count in score_file(build_file(rng, chosen)).items():
            totals[key] = totals.get(key, 0) + count
    boundaries = prf(totals["tp"], totals["fp"], totals["fn"])
    return {
        "task": "segment",
        "data": str(folder),
        "files": files,
        "boundaries": boundaries,
        "headline_accuracy": round(
            totals["headlines_right"] / max(totals["headlines"], 1), 4
        ),
        "captions_kept_out_of_body": round(
            1 - totals["captions_in_body"] / max(totals["captions"], 1), 4
        ),
        "tags_kept_out_of_body": round(
            1 - totals["tags_in_body"] / max(totals["tags"], 1), 4
        ),
        "body_lines_lost": totals["body_lines_lost"],
        "body_lines": totals["body_lines"],
    }
