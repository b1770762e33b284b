"""Tests for near-duplicate groups and incremental story clustering."""

from __future__ import annotations

import pytest

from corroborate.cluster import (
    ONE_OUTLET_FACTOR,
    SAME_DAY_BONUS,
    UNDATED_FACTOR,
    StoryClusterer,
    build_profile,
    cluster_articles,
    story_id_for,
)
from corroborate.evaluate import BENCH_DIR
from corroborate.records import Article, PubDate

QUAKE = (
    "A strong earthquake struck the mountain province of Varkesh on Monday, "
    "collapsing houses in the town of Orlaven. Rescue teams from the Red Crescent "
    "searched the rubble of Orlaven overnight, and the governor of Varkesh said "
    "the quake damaged roads to the mountain villages."
)
QUAKE_OTHER_OUTLET = (
    "Rescuers dug through collapsed houses in Orlaven after the earthquake in "
    "Varkesh province. The Red Crescent said its teams reached the mountain "
    "villages, while the Varkesh governor asked for help to repair the roads."
)
ELECTION = (
    "Voters in Belmora elect a new parliament on Sunday. The Liberal Union of "
    "Belmora leads the polls ahead of the Farmers Party, and turnout at the "
    "parliamentary election is expected to be high, the electoral commission said."
)

# A regional desk's day: two events of one town that share a few words.
SNOW = (
    "Up to twenty centimetres of snow are expected across the coast of Norvale "
    "as a cold front moves in, forecasters said. Schools in Kesterby closed early "
    "and the highway over the pass was shut after drifts buried cars, while crews "
    "salted the roads through the night."
)
OVERDOSES = (
    "Nine people died of drug overdoses in Kesterby in one day, health officials "
    "said, as a stronger opioid spread through the city's shelters. Paramedics "
    "answered more than a hundred calls at night, and the mayor asked the "
    "province for more naloxone kits."
)


def _article(
    article_id: str,
    text: str,
    day: str | None = "2024-03-04",
    outlet: str | None = None,
) -> Article:
    published = PubDate(day, "day", "metadata", 1.0) if day else PubDate()
    return Article(
        id=article_id,
        document_id=article_id,
        text=text,
        published=published,
        outlet=outlet,
    )


@pytest.mark.parametrize("first,second", [(QUAKE, QUAKE_OTHER_OUTLET)])
def test_cluster_same_event_joins_story(first, second):
    clusterer = StoryClusterer()
    created = clusterer.add(_article("a#1", first))
    joined = clusterer.add(_article("b#1", second))
    assert created.action == "created"
    assert joined.action == "joined"
    assert joined.story_id == created.story_id == story_id_for("a#1")
    assert joined.score > 0


@pytest.mark.parametrize("other", [ELECTION])
def test_cluster_other_event_starts_story(other):
    stories, changes = cluster_articles(
        [_article("a#1", QUAKE), _article("c#1", other)]
    )
    assert [c.action for c in changes] == ["created", "created"]
    assert len(stories) == 2


@pytest.mark.parametrize("gap_day", ["2024-05-20"])
def test_cluster_publication_gap_lowers_score(gap_day):
    near = StoryClusterer()
    near.add(_article("a#1", QUAKE))
    far = StoryClusterer()
    far.add(_article("a#1", QUAKE))
    close = near.add(_article("b#1", QUAKE_OTHER_OUTLET))
    distant = far.add(_article("b#1", QUAKE_OTHER_OUTLET, gap_day))
    assert distant.score < close.score or distant.action == "created"


@pytest.mark.parametrize(("first_day", "second_day"), [(None, "2024-03-04"),
                                                       ("2024-03-04", None)])  # fmt: skip
def test_cluster_an_undated_article_against_a_dated_story_scores_lower(
    first_day, second_day
):
    both = StoryClusterer()
    both.add(_article("a#1", QUAKE))
    one = StoryClusterer()
    one.add(_article("a#1", QUAKE, first_day))
    dated = both.add(_article("b#1", QUAKE_OTHER_OUTLET, "2024-03-05"))  # no same day
    undated = one.add(_article("b#1", QUAKE_OTHER_OUTLET, second_day))
    assert undated.score == pytest.approx(dated.score * UNDATED_FACTOR)


@pytest.mark.parametrize("outlet", ["Varkesh Daily", "VARKESH DAILY "])
def test_cluster_shared_day_counts_between_outlets(outlet):
    """A day shared with another outlet raises the score by ``SAME_DAY_BONUS``;
    with the article's own outlet (however capitalised) it adds nothing, and
    a story of that outlet alone counts at ``ONE_OUTLET_FACTOR``."""
    scores = []
    for second in ("Orlaven Radio", outlet):
        clusterer = StoryClusterer()
        clusterer.add(_article("a#1", QUAKE, outlet="Varkesh Daily"))
        scores.append(
            clusterer.add(_article("b#1", QUAKE_OTHER_OUTLET, outlet=second)).score
        )
    own = scores[1] / ONE_OUTLET_FACTOR
    assert scores[0] == pytest.approx(own + SAME_DAY_BONUS, abs=1e-4)


@pytest.mark.parametrize("outlet", ["Kesterby Herald"])
def test_cluster_one_outlets_day_of_other_news_stays_apart(outlet):
    """One outlet's articles of a day that share a few words are two stories."""
    _, changes = cluster_articles(
        [
            _article("a#1", SNOW, outlet=outlet),
            _article("b#1", OVERDOSES, outlet=outlet),
        ]
    )
    assert [c.action for c in changes] == ["created", "created"]


STAMPEDE = (
    "Four people died in a stampede at a nightclub in the town of Brenna on "
    "Saturday night when word spread of free entry, a police spokesman said on "
    "Sunday. About 200 people had gathered outside the club, the regional police said."
)
BATTLE = (
    "At least 17 people were killed in a battle between police and gunmen in the "
    "Marlow region, the regional police said on Sunday. A police spokesman said 14 "
    "gunmen and three officers died in the fighting."
)
STAMPEDE_UPDATED = STAMPEDE.replace("Four people", "Five people") + (
    " A fifth victim died in hospital on Monday."
)


@pytest.mark.parametrize(("second", "action"), [(BATTLE, "created"),
                                                (STAMPEDE_UPDATED, "joined")])  # fmt: skip
def test_cluster_one_outlets_reports_join_only_when_much_alike(second, action):
    """One outlet's reports of two incidents that share its desk's words ("the
    regional police said on Sunday") are two stories; its update of one
    report joins it."""
    _, changes = cluster_articles(
        [
            _article("a#1", STAMPEDE, outlet="Kesterby Herald"),
            _article("b#1", second, outlet="Kesterby Herald"),
        ]
    )
    assert changes[1].action == action


def _same_day_gain(first: str, second: str, others: int) -> float:
    """What publishing ``second`` on ``first``'s day (beside ``others`` other
    articles of that day) adds to its score against ``first``'s story, over
    publishing it the day after."""
    news = [ELECTION, SNOW, OVERDOSES][:others]
    scores = []
    for day in ("2024-03-04", "2024-03-05"):
        _, changes = cluster_articles(
            [_article("a#1", first, outlet="Kesterby Herald")]
            + [_article(f"w{i}#1", t, outlet="Wire") for i, t in enumerate(news)]
            + [_article("b#1", second, day=day, outlet="Coast Radio")],
            join_score=1e-9,  # every score reported
        )
        assert changes[-1].story_id == changes[0].story_id
        scores.append(changes[-1].score)
    return scores[0] - scores[1]


@pytest.mark.parametrize(
    ("first", "second", "others", "gain"),
    [
        (QUAKE, QUAKE_OTHER_OUTLET, 0, SAME_DAY_BONUS),
        # a day of other news: the bonus shared among its articles
        (QUAKE, QUAKE_OTHER_OUTLET, 3, SAME_DAY_BONUS / 4),
        # a town's snow and its overdoses share next to nothing: no bonus
        (SNOW, OVERDOSES, 0, 0.0),
    ],
)  # fmt: skip
def test_cluster_a_shared_day_counts_less_on_a_crowded_day(first, second, others, gain):
    """Two outlets' articles of one day are likelier one event's coverage on a
    quiet day than on a day of other news, and only when they share some of
    what they say (a cosine of ``SAME_DAY_FLOOR``)."""
    assert _same_day_gain(first, second, others) == pytest.approx(gain, abs=1e-3)


@pytest.mark.parametrize(
    ("first", "second"),
    [("The cease-fire held in Orlaven.", "The ceasefire held in Orlaven.")],
)
def test_cluster_words_with_or_without_hyphen_are_one_feature(first, second):
    profiles = [
        build_profile(_article(i, t)) for i, t in (("a#1", first), ("b#1", second))
    ]
    assert profiles[0].features == profiles[1].features


@pytest.mark.parametrize("suffix", [" Updated at noon.", ""])
def test_cluster_near_duplicate_grouped(suffix):
    clusterer = StoryClusterer()
    clusterer.add(_article("a#1", QUAKE))
    change = clusterer.add(_article("wire#1", QUAKE + suffix))
    (story,) = clusterer.get_stories()
    assert change.duplicate_of == "a#1"
    assert ["a#1", "wire#1"] in story.duplicates


@pytest.mark.bench
@pytest.mark.slow
@pytest.mark.parametrize("limit", [20])
def test_cluster_pac_subset_bcubed(limit):
    if not (BENCH_DIR / "stories" / "pac").is_dir():
        pytest.skip("../shared/bench/stories/pac is absent")
    from corroborate.evaluate.stories import evaluate_stories

    figures = evaluate_stories(limit=limit, shuffles=0)
    assert figures["articles"] == 2 * limit
    assert figures["f1"] >= 0.8


@pytest.mark.parametrize("bridge", [QUAKE + " " + QUAKE_OTHER_OUTLET])
def test_cluster_merge_moves_members(bridge):
    clusterer = StoryClusterer(join_score=0.99)  # nothing joins: two stories
    first, second = _article("a#1", QUAKE), _article("b#1", QUAKE_OTHER_OUTLET)
    clusterer.add(first)
    clusterer.add(second)
    assert first.story_id != second.story_id
    clusterer.join_score = 0.2
    change = clusterer.add(_article("c#1", bridge))
    assert change.action == "merged"
    assert change.merged == (second.story_id,) or first.story_id == second.story_id
    assert first.story_id == second.story_id == change.story_id
    assert len(clusterer.get_stories()) == 1


def test_cluster_member_norms_read_the_idf_of_the_corpus_as_it_is():
    """The IDFs a member's norm reads after each arrival are those of the
    corpus of that moment, feature by feature."""
    clusterer = StoryClusterer()
    for i, text in enumerate([QUAKE, ELECTION, SNOW, OVERDOSES]):
        clusterer.add(_article(f"a{i}", text))
        members = [m for s in clusterer.stories.values() for m in s.members]
        for member in members:
            idfs = dict(clusterer._idfs_of(member.logtf))
            clusterer._idfs.clear()
            assert idfs == {k: clusterer._idf(k) for k in idfs}
