"""The extractor loop: order checks, and one failing extractor costs only itself."""

from __future__ import annotations

import pytest

from corroborate.errors import PipelineError
from corroborate.pipeline import DEFAULT_EXTRACTORS, Pipeline, check_order
from corroborate.records import Article, Document, Mention
from corroborate.segment import segment_document


def _boom(article: Article, sdoc: object) -> None:
    raise ValueError("odd sentence")


def _mark(article: Article, sdoc: object) -> None:
    article.mentions.append(Mention(0, 1, "ORG", "test.mark.v1"))


def _pipeline(*, strict: bool) -> Pipeline:
    pipeline = Pipeline(names=(), strict=strict)
    pipeline.stages = [("test.boom.v1", _boom), ("test.mark.v1", _mark)]
    return pipeline


def test_pipeline_failure_is_recorded_and_later_extractors_run():
    article = Article(id="a#1", document_id="a", text="Text.")
    _pipeline(strict=False).run(article, object())
    assert article.errors == ["test.boom.v1: ValueError('odd sentence')"]
    assert [m.extractor for m in article.mentions] == ["test.mark.v1"]


def test_pipeline_strict_raises_naming_extractor_and_article():
    article = Article(id="a#1", document_id="a", text="Text.")
    with pytest.raises(PipelineError, match=r"'test.boom.v1' failed on article 'a#1'"):
        _pipeline(strict=True).run(article, object())


def test_pipeline_default_order_is_consistent():
    assert check_order(DEFAULT_EXTRACTORS) == []


def test_pipeline_order_problem_is_named():
    (problem,) = check_order(("events.plover.v1",))
    assert problem.startswith("events.plover.v1 requires mentions")


class _Batched:
    """A batch extractor writing what it is asked to do, in order, to ``log``."""

    def __init__(self, log: list[tuple[str, list[str]]], *, fail: bool = False):
        self.log, self.fail = log, fail

    def prepare(self, batch: list[tuple[Article, object]]) -> None:
        if self.fail:
            raise ValueError("odd batch")
        self.log.append(("prepare", [a.id for a, _ in batch]))

    def __call__(self, article: Article, sdoc: object) -> None:
        self.log.append(("extract", [article.id]))


def _batched_pipeline(log: list, *, fail: bool = False, strict: bool = False):
    pipeline = Pipeline(names=(), strict=strict, piece_chars=20)
    pipeline.stages = [("test.batched.v1", _Batched(log, fail=fail))]
    return pipeline


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a#{i}", document_id="a", text=t) for i, t in enumerate(texts)]


def test_pipeline_prepares_each_batch_before_extracting_it():
    log: list[tuple[str, list[str]]] = []
    texts = ("One.", "Two.", "A text longer than twenty.", "Four.", "Five.")
    list(_batched_pipeline(log).pipe(_articles(*texts), batch_size=2))
    # a text annotated in pieces is left out of the batch step
    assert log == [
        ("prepare", ["a#0", "a#1"]),
        ("extract", ["a#0"]),
        ("extract", ["a#1"]),
        ("prepare", ["a#3"]),
        ("extract", ["a#2"]),
        ("extract", ["a#2"]),
        ("extract", ["a#3"]),
        ("prepare", ["a#4"]),
        ("extract", ["a#4"]),
    ]


def test_pipeline_failed_batch_step_leaves_the_extractor_to_each_article(caplog):
    log: list[tuple[str, list[str]]] = []
    articles = list(_batched_pipeline(log, fail=True).pipe(_articles("One.", "Two.")))
    assert log == [("extract", ["a#0"]), ("extract", ["a#1"])]
    assert not any(a.errors for a in articles)
    assert "'test.batched.v1' failed on a batch of 2 articles" in caplog.text


def test_pipeline_strict_raises_on_a_failed_batch_step():
    pipeline = _batched_pipeline([], fail=True, strict=True)
    with pytest.raises(PipelineError, match=r"'test.batched.v1' failed on a batch"):
        list(pipeline.pipe(_articles("One.")))


def test_pipeline_reads_no_annotation_from_an_aside():
    text = (
        "Mayor Jane Roe said on Monday that 12 people were hurt in Springfield.\n\n"
        "UNITED STATES - MARCH 09: Sen. John Doe, D-Ore., speaks at a news conference "
        "on March 9, 2021. (Photo By Ann Lee/CQ-Roll Call, Inc via Getty Images)\n\n"
        "GOVERNOR SIGNS BILL TO CUT GAS TAX BY 20 CENTS IN OHIO\n\n"
        "Get our weekly newsletter Sign up here to get Health Matters every Friday .\n\n"
        "Police arrested two men who attacked the town hall, officials said."
    )
    doc = Document("d", text, "x.jsonl#1", "application/jsonl", title="T")
    (article,) = segment_document(doc)
    list(Pipeline().pipe([article]))
    assert article.text == text  # the text and its offsets as written
    asides = [z for z in article.zones if z.kind == "aside"]
    assert len(asides) == 3
    spans = [*article.mentions, *article.dates, *article.quantities, *article.places]
    spans += [c.content for c in article.claims] + [e.trigger for e in article.events]
    assert spans and all(x is not None for x in spans)
    assert not [
        article.span_text(x)
        for x in spans
        if x is not None and any(z.start <= x.start < z.end for z in asides)
    ]
    named = {article.span_text(m) for m in article.mentions}
    assert "Springfield" in named and "Ohio" not in named and "John Doe" not in named
