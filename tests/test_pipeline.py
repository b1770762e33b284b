"""The extractor loop: order checks, and one failing extractor costs only itself."""

from __future__ import annotations

import pytest

from corroborate.errors import PipelineError
from corroborate.pipeline import DEFAULT_EXTRACTORS, Pipeline, check_order
from corroborate.records import Article, Mention


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
