"""Shortcuts of the corpus stages that must not change what they find: pairs
of passages and of acts never scored, remembered word stems, a name tagger
built ahead."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from itertools import combinations

from corroborate.facts import compatible, pairs
from corroborate.facts.statements import Statement, read_statements, weigh
from corroborate.facts.words import content_words
from corroborate.names import compare_names, prepare_name_tagger
from corroborate.records import Article, Claim, Span


def _article(doc: str, text: str) -> Article:
    return Article(id=f"{doc}#1", document_id=doc, text=text, outlet=doc.upper())


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def _claim(article: Article, source: str, cue: str, content: str) -> None:
    text = article.text
    article.claims.append(
        Claim(
            _span(text, cue),
            _span(text, content),
            "test.v1",
            source=_span(text, source),
            source_text=source,
        )
    )


def _mayor_says(first: str, second: str) -> list[Statement]:
    """The statements of two articles that each add "It is, alone, not
    enough," said by the mayor, to their own sentences."""
    quote = "It is, alone, not enough"
    articles = [_article(doc, f"{text} {quote}, the mayor said.")
                for doc, text in (("a", first), ("b", second))]  # fmt: skip
    for article in articles:
        _claim(article, "the mayor", "said", quote)
    return [s for article in articles for s in read_statements(article)]


def test_passages_that_may_not_match_score_nothing():
    statements = _mayor_says(
        "The harbour board approved the new ferry timetable on Monday. "
        "Fishermen in the old port complained about the noise of the cranes.",
        "A new ferry timetable was approved by the harbour board. "
        "Tourists crowded the museum of modern art all weekend.",
    )
    weights = weigh(statements)
    pruned = 0
    for x, y in combinations(statements, 2):
        if x.article.id == y.article.id:
            continue
        if not compatible.may_match(x, y):
            pruned += 1
            assert compatible.match(x, y, weights) == 0.0, (x.text, y.text)
    assert pruned  # the ferry and the museum share no word
    quoted = [
        s for s in statements if "alone" in s.text and s.kind in ("claim", "quote")
    ]
    assert len(quoted) >= 2
    assert compatible.may_match(quoted[0], quoted[-1])  # the same words, few of them


def test_worded_partners_are_the_later_passages_that_may_match():
    statements = _mayor_says(
        "The harbour board approved the new ferry timetable on Monday. "
        "Fishermen complained about the cranes in the old port.",
        "The new ferry timetable was approved by the harbour board. "
        "Cranes in the old port kept fishermen awake.",
    )
    worded = [i for i, s in enumerate(statements) if s.kind in compatible.WORDED]
    expected = {
        i: {
            j
            for j in worded
            if j > i and compatible.may_match(statements[i], statements[j])
        }
        for i in worded
    }
    partners = pairs.worded_partners(statements)
    assert partners == expected
    assert any(expected.values())  # the ferry, the port and the mayor's words


def _act(article: Article, stem: str, plover: str, mode: str | None) -> Statement:
    """An event statement of ``article`` told with the words of its text."""
    whole = Span(0, len(article.text))
    words = content_words(article.text)
    return Statement(article, "event", whole, whole, None, words=words,
                     predicate=stem, type=plover, mode=mode)  # fmt: skip


def test_act_partners_hold_every_pair_of_events_that_may_be_one_act():
    a = _article("a", "Governor Abbott signed the heartbeat bill and met Pence.")
    b = _article("b", "Governor Abbott signed the heartbeat bill; Pence held talks.")
    statements = [
        _act(a, "sign", "SUPPORT", None),
        _act(a, "meet", "CONSULT", "visit"),
        _act(b, "sign", "AGREE", None),  # the same verb, typed otherwise
        _act(b, "hold", "CONSULT", "visit"),  # another verb, one type and mode
        _act(b, "fire", "ASSAULT", None),
    ]
    partners = pairs.act_partners(statements)
    assert partners == {0: {2}, 1: {3}, 2: set(), 3: set(), 4: set()}
    weights = weigh(statements)
    for i, j in combinations(range(len(statements)), 2):
        if j not in partners[i]:
            assert compatible.match(statements[i], statements[j], weights) == 0.0
    assert compatible.match(statements[0], statements[2], weights) > 0
    assert compatible.match(statements[1], statements[3], weights) > 0


def test_content_words_are_the_stems_of_words_not_stop_words_or_numbers():
    assert content_words("The Senate's elections in May: two senators voted") == {
        "senate",
        "electi",
        "senato",
        "voted",
    }
    # remembered stems give the same answer the second time
    assert content_words("Elections, elections") == {"electi"}
    assert content_words("Elections, elections") == {"electi"}


def test_a_report_is_a_content_word_as_reports_are_and_now_is_none():
    """ "report" and "reports" are one stem (the noun of "the jobs report");
    "now" says nothing of what happened ("now heads to New Hampshire")."""
    assert content_words("The jobs report now") == content_words("jobs reports")
    assert content_words("jobs reports") == {"job", "report"}


def test_a_name_tagger_built_on_another_thread_scores_alike():
    prepare_name_tagger()
    prepare_name_tagger()  # once per process
    assert sum(t.name == "name-tagger" for t in threading.enumerate()) <= 1
    assert compare_names("Vladimir Putin", "Владимир Путин", schema="Person") >= 0.83
    assert compare_names("Joe Biden", "Hunter Biden", schema="Person") < 0.83


def test_overlap_is_the_same_to_the_last_bit_whatever_the_hash_seed():
    """A set's order follows the hash seed; a passage told twice must score the
    same in every run, or a tie between its copies goes another way (one fact's
    evidence, and so its id, changed between two runs over the same articles)."""
    script = (
        "from corroborate.facts.compatible import overlap\n"
        "words = frozenset(f'w{i}' for i in range(40)) | {'big'}\n"
        "weights = {w: 1e-16 * (i + 1) for i, w in enumerate(sorted(words))}\n"
        "weights['big'] = 1.0\n"
        "print(repr(overlap(words, words - {'w1'}, weights)))\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True,
            check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(1, 7)
    }  # fmt: skip
    assert len(runs) == 1, runs
