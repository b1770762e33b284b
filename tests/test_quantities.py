"""quantities.rules.v1: numbers with what they count and how they are hedged."""

from __future__ import annotations

import pytest

from corroborate.extractors.quantities import make_quantity_extractor
from corroborate.nlp import load_nlp
from corroborate.records import Article, Quantity


def _quantities(text: str) -> list[tuple[str, object]]:
    article = Article(id="q#1", document_id="q", text=text)
    make_quantity_extractor()(article, load_nlp()(text))
    return [(article.span_text(q), q) for q in article.quantities]


def _one(text: str, span: str) -> Quantity:
    """The quantity found at ``span`` in ``text`` (failing with all found if none)."""
    found = dict(_quantities(text))
    assert span in found, found
    return found[span]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "hedge"),
    [
        ("Customs officers seized 150 computer devices at the port.", "150 computer devices",
         150.0, "computer device", None),
        ("Of nearly 17,000 residents surveyed, most agreed.", "nearly 17,000 residents",
         17000.0, "resident", "nearly"),
        ("At least six people were hurt in the crash.", "At least six people", 6.0,
         "people", "at least"),
        ("Officials counted about 2.5 million ballots.", "about 2.5 million ballots",
         2.5e6, "ballot", "about"),
        # half of a hyphened modifier is no compound of the unit
        ("The plant will hire more than 50 full-time workers.",
         "more than 50 full-time workers", 50.0, "worker", "more than"),
        ("The plant will hire 12 high - school students .", "12 high - school students",
         12.0, "student", None),
        ("Firms with more than 50 full - time employees must offer it.",
         "more than 50 full - time employees", 50.0, "employee", "more than"),
        # a verb's particle is no hedge; the same word before a number is
        ("The clerks turned over 300 documents to the panel.", "300 documents",
         300.0, "document", None),
        ("The company paid over 300 claims last year.", "over 300 claims",
         300.0, "claim", "over"),
        # half a dozen, however written
        ("Republicans are trying to hold a half-dozen Senate seats.",
         "half-dozen Senate seats", 6.0, "seat", None),
        ("The party holds a half dozen seats.", "half dozen seats", 6.0, "seat", None),
        # a weekday naming a kind of what is counted is no hour
        ("Eight Sunday schools closed in the county.", "Eight Sunday schools", 8.0,
         "school", None),
    ],
)  # fmt: skip
def test_quantities_numbers_units_hedges(text, span, value, unit, hedge):
    quantity = _one(text, span)
    assert (quantity.value, quantity.unit, quantity.hedge) == (value, unit, hedge)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        # tens or hundreds of a vague plural: ten or a hundred times its range
        ("Tens of thousands of civilians were trapped in the east.",
         "Tens of thousands of civilians", 2e4, 99990.0),
        ("Hundreds of thousands of people fled the town.",
         "Hundreds of thousands of people", 2e5, 999900.0),
    ],
)  # fmt: skip
def test_quantities_vague_plurals_and_their_multiples(text, span, low, high):
    quantity = _one(text, span)
    assert (quantity.value, quantity.low, quantity.high) == (None, low, high)
    assert quantity.hedge == span.rsplit(" of ", 1)[0].lower()


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The governor signed two of Oregon \u2019s so - called shield laws last year .",
         "two of Oregon \u2019s so - called shield laws", "shield law"),
        ("Lawyers challenged parts of three of Texas \u2019s so - called bounty laws .",
         "three of Texas \u2019s so - called bounty laws", "bounty law"),
    ],
)  # fmt: skip
def test_a_curly_apostrophe_parses_as_a_straight_one(text, span, unit):
    """Written with a straight apostrophe, the parser reads "two of Oregon 's
    ... laws" as two of the laws; with a curly one it read two of Oregon."""
    assert _one(text, span).unit == unit


def test_a_curly_apostrophe_changes_no_text():
    text = "The city \u2019s 40 officers wo n\u2019t come , ‘ he said \u2019 ."
    doc = load_nlp()(text)
    assert doc.text == text
    assert [t.text for t in doc][2:4] == ["\u2019s", "40"]
    assert _one(text, "40 officers").unit == "officer"


@pytest.mark.parametrize(
    ("text", "span", "low", "unit"),
    [
        ("The clashes left dozens of injuries.", "dozens of injuries", 24.0, "injury"),
        ("Thousands of workers marched downtown.", "Thousands of workers", 2000.0, "worker"),
    ],
)  # fmt: skip
def test_quantities_vague_plurals(text, span, low, unit):
    quantity = _one(text, span)
    assert (quantity.value, quantity.low, quantity.unit) == (None, low, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Visitors reached Camp Delta 3 by bus.",
        "The law was passed in 1998.",
        "The Velox - 19 outbreak closed the schools.",  # a name with a dash
        # "one" as a pronoun: no count
        "Her approach was a sharp contrast to the conventional one of the mayor.",
        "The old bridge was closed and a new one opened.",
        # the numbers of a list's items
        "The memo made its case: 1) taxes rise, and 2) growth slows.",
        # an hour
        "Police received the call just after eight Sunday morning.",
        "The council meets at seven tonight.",
        "The mayor tweeted at three o\u2019clock, then slept.",  # a curly apostrophe
        # a rank
        "Her ranking bounced from #462 as a junior to #1 as a senior.",
        "The team, ranked #3 in the poll, won.",
        # an item's number opening its sentence
        "10 . The governor could even reach across party lines.",
        "The rule is set.\n\n9. Makes in order a motion offered by the chair.",
        # a number that names one thing, a year naming or dating a thing
        "Activists have long said that Title 42 is cruel.",
        "Lawmakers fought over section 230 of the law.",
        "On day 2 of the hearings, she was asked about it.",
        "Take question 13, which asks about the courts.",
        "The ministers of the Group of Seven met in Rome.",
        "She joined the 4-H club at school.",  # a capital letter after a dash
        "The lab bought a 3-D printer.",
        "Members of the 1776 Commission called for patriotic education.",
        "The law was adjusted from a 1776 context to an era of computers.",
        "Democrats gained seats in the 2018 midterms.",
    ],
)
def test_quantities_skip_names_and_years(text):
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        # a table's row over the next line, a team's name: no counted thing
        ("Extras 20\nTotal for six wickets 278", "20", None),
        ("Boston 12 NEW YORK 3", "12", None),
        ("In a letter, 47 Senate Republicans wrote to Tehran.", "47 Senate Republicans",
         "Republican"),
    ],
)  # fmt: skip
def test_quantities_count_things_on_their_own_line(text, number, unit):
    assert _one(text, number).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "A deck fire was reported in the 1600 block of Northeast Club House Drive.",
        "Officers found the car in the 900 block of Elm Street on Sunday.",
    ],
)
def test_quantities_a_street_block_is_an_address(text):
    assert _quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry kept its zero tolerance policy for illegal crossings.",
        "The bank offered loans at zero interest to farmers.",
    ],
)
def test_quantities_zero_before_a_mass_noun_is_a_kind(text):
    assert _quantities(text) == []


def test_quantities_zero_of_a_plural_is_a_count():
    assert _one("The island reported zero cases on Monday.", "zero cases").value == 0


@pytest.mark.parametrize(
    ("text", "span", "denied"),
    [
        ("In fact, there is no plan to add 87,000 agents.", "87,000 agents", True),
        ("The agency did not hire 3,000 auditors last year.", "3,000 auditors", True),
        ("The navy never sent 6,000 sailors to the strait.", "6,000 sailors", True),
        ("The bill, which does not fund 900 clerks, passed.", "900 clerks", True),
        # the count is the subject: the clause tells what those counted did not do
        ("Five of the six negotiators do not face re-election.",
         "Five of the six negotiators", False),
        ("Officials said 20 people were not injured.", "20 people", False),
        # another clause, a supposition, a bound, a noun the sum names
        ("The ministry would not comment on the 87,000 agents.", "87,000 agents", False),
        ("If you do not have 218 votes, you have nothing.", "218 votes", False),
        ("No fewer than 50 people were killed.", "No fewer than 50 people", False),
        ("They did not pay $10 million in taxes.", "$10 million", False),  # a sum
        ("They would not back a separate $1.2 trillion bill.", "$1.2 trillion", False),
    ],
)  # fmt: skip
def test_quantities_a_count_its_clause_says_is_not_so(text, span, denied):
    assert _one(text, span).denied is denied


def test_quantities_blocks_counted_are_a_count():
    found = _one("Police closed two blocks of Main Street.", "two blocks")
    assert found.unit == "block"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Police found two other girls, aged eight, in the house.",
         ["two other girls"]),
        ("Most residents over the age of 5 are vaccinated.", []),
        ("Some 40 voters over the age of 65 stayed home.", ["Some 40 voters"]),
        ("Children between the ages of 12 and 15 can get the shot.", []),
        # an age set off by commas after a name, or told in years "old"
        ("Felipe Gomez Alonzo, 8, died in custody.", []),
        ("Smith, 45, of Ohio, was charged with 3 counts.", ["3 counts"]),
        ("A 10-year-old girl and 18 - year - olds came.", []),
        ("He was 12 years old and had 3 sisters.", ["3 sisters"]),
        ("The senator, 45 others and 3 aides left.", ["45 others", "3 aides"]),
    ],
)  # fmt: skip
def test_quantities_an_age_is_no_count(text, counts):
    assert [span for span, _ in _quantities(text)] == counts


def test_a_number_joined_to_an_age_with_a_noun_after_it_is_a_count():
    found = [
        q for _, q in _quantities("Girls over the age of 12 and 300 teachers came.")
    ]
    assert [q.value for q in found] == [300.0]


@pytest.mark.parametrize(
    ("text", "elliptic", "unit"),
    [
        ("Out of 300 soldiers deployed, about 120 came home.", "about 120", "soldier"),
        ("Out of 300 soldiers deployed, under 120 came home.", "under 120", "soldier"),
    ],
)
def test_quantities_elliptic_unit_from_earlier_count(text, elliptic, unit):
    found = dict(_quantities(text))
    assert found[elliptic].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Three states ban the treatments for minors under 18.",
        "Several states restricted the treatments for people under 18.",
    ],
)
def test_quantities_a_bound_on_a_noun_borrows_no_unit(text):
    # "under 18" bounds the minors' age; it counts no states
    assert dict(_quantities(text))["under 18"].unit is None


@pytest.mark.parametrize(
    ("text", "span", "value", "currency", "unit"),
    [
        ("The repairs cost $5,687.75 in the end.", "$5,687.75", 5687.75, "USD", None),
        ("The dam will need $3.5 billion in loans.", "$3.5 billion", 3.5e9, "USD", "loan"),
        ("Investors backed a $3.6bn takeover.", "$3.6bn", 3.6e9, "USD", "takeover"),
        ("That means the $3.5T deal is ready.", "$3.5T", 3.5e12, "USD", "deal"),
        ("The firm raised $1.2B from investors.", "$1.2B", 1.2e9, "USD", None),
        ("The city paid €20 million for new buses.", "€20 million", 2e7, "EUR", "bus"),
        ("Donors pledged 2 million euros last week.", "2 million euros", 2e6, "EUR", None),
        ("She was fined £300 for speeding.", "£300", 300.0, "GBP", "speeding"),
        ("The fund raised C$40m from pensions.", "C$40m", 4e7, "CAD", None),
        ("He offered half a million dollars to the club.", "half a million dollars",
         5e5, "USD", None),
        ("Ticket sales reached 300 Canadian dollars.", "300 Canadian dollars", 300.0,
         "CAD", None),
        ("The province will bear $1.3bn Canadian dollars of the cost.", "$1.3bn",
         1.3e9, "CAD", None),  # whose dollars, written after the sign's sum
        ("Prices rose by 12,000 rubles a month.", "12,000 rubles", 12000.0, "RUB", None),
        ("Its shares fell 50 cents on Friday.", "50 cents", 0.5, "USD", None),
        ("A stamp now costs 85 euro cents.", "85 euro cents", 0.85, "EUR", None),
        ("The levy adds 3 pence to a litre.", "3 pence", 0.03, "GBP", None),
    ],
)  # fmt: skip
def test_quantities_money_currency_and_multipliers(text, span, value, currency, unit):
    money = _one(text, span)
    assert (money.kind, money.value, money.currency, money.unit) == (
        "money",
        value,
        currency,
        unit,
    )


def test_quantities_money_hedge_and_role():
    found = dict(_quantities("The agency was fined nearly $2 million on Friday."))
    money = found["nearly $2 million"]
    assert (money.hedge, money.role, money.value) == ("nearly", "fined", 2e6)


@pytest.mark.parametrize(
    "text",
    [
        "The parcel weighed 300 pounds at the border.",
        "Agents found 300 pounds of cocaine in the truck.",
    ],
)
def test_quantities_pounds_of_weight_are_no_money(text):
    assert all(q.kind != "money" for _, q in _quantities(text))


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Turnout reached 45% on Sunday.", "45%", 45.0, None),
        ("About 45 percent of voters stayed home.", "About 45 percent", 45.0, "voter"),
        ("Inflation stood at 3.2 per cent in May.", "3.2 per cent", 3.2, None),
        ("Support fell 4 percentage points in a month.", "4 percentage points", 4.0,
         "percentage point"),
    ],
)  # fmt: skip
def test_quantities_percentages(text, span, value, unit):
    share = _one(text, span)
    assert (share.kind, share.value, share.unit, share.currency) == (
        "percent",
        value,
        unit,
        None,
    )


@pytest.mark.parametrize(
    ("text", "span", "bounds", "unit"),
    [
        # so many in so many: a share, over the range its rounding allows
        ("Four in 10 Iowa Republicans named the economy.",
         "Four in 10 Iowa Republicans", (35.0, 45.0), "Republican"),
        ("Nine out of 10 doctors agree.", "Nine out of 10 doctors", (85.0, 95.0),
         "doctor"),
        ("About three in 10 said they were very liberal.", "About three in 10",
         (25.0, 35.0), None),
        ("More than 6 in 10 voters stayed home.", "More than 6 in 10 voters",
         (60.0, None), "voter"),
    ],
)  # fmt: skip
def test_quantities_a_share_told_as_so_many_in_so_many(text, span, bounds, unit):
    share = _one(text, span)
    assert (share.kind, (share.low, share.high), share.unit) == (
        "percent",
        bounds,
        unit,
    )


@pytest.mark.parametrize("text", ["He won four in 10 days.", "It rose 3 in 2016."])
def test_quantities_so_many_in_a_time_or_a_year_is_no_share(text):
    assert all(q.kind == "count" for _, q in _quantities(text))


def test_quantities_percent_change_gives_both_numbers():
    found = dict(_quantities("Its share dropped from 45 to 30 percent."))
    assert (found["45"].kind, found["45"].value) == ("percent", 45.0)
    assert found["30 percent"].value == 30.0


@pytest.mark.parametrize(
    ("text", "span", "value", "against"),
    [
        ("The House voted 134-63 to approve the bill.", "134-63", 134.0, 63.0),
        ("The House voted 134–63 to approve the bill.", "134–63", 134.0, 63.0),
        ("The board backed the plan in a 4-1 vote.", "4-1", 4.0, 1.0),
        ("The panel voted 8 to 1 in favour of the merger.", "8 to 1", 8.0, 1.0),
        ("It was confirmed by a vote of 52 to 48 on Tuesday.", "52 to 48", 52.0, 48.0),
        ("The measure passed 60-40 after a long debate.", "60-40", 60.0, 40.0),
        ("The court upheld the ban in a 4-1 decision.", "4-1", 4.0, 1.0),
        ("The motion carried by 310 votes to 212.", "310 votes to 212", 310.0, 212.0),
        ("There were 17 in favour and 5 against.", "17 in favour and 5 against", 17.0,
         5.0),
        ("In the end the vote was 71 to 28.", "71 to 28", 71.0, 28.0),
        ("The final tally was 212-190, aides said.", "212-190", 212.0, 190.0),
        ("The court split 5-4 on the case.", "5-4", 5.0, 4.0),
        ("The House passed it 220-210 between midnight and dawn.", "220-210", 220.0,
         210.0),
    ],
)  # fmt: skip
def test_quantities_vote_tallies(text, span, value, against):
    tally = _one(text, span)
    assert (tally.kind, tally.value, tally.against, tally.role, tally.unit) == (
        "vote",
        value,
        against,
        "voted",
        "vote",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal won 3-1 at home on Sunday.",
        "The visitors lost 1-3 in the rain.",
        "Figures for 1990-1995 were revised.",
        "Volunteers aged 18-25 were invited.",
        "The score was 3-1 at halftime.",
        # how a body is made up, whatever passes in it
        "The bill will pass the House but die in the Senate, which is split 50-50 "
        "between Democrats and Republicans.",
        "The Senate, split 50 - 50 between the parties, adjourned.",
        "Polls show a 52-48 split between men and women.",
    ],
)
def test_quantities_scores_years_and_bands_are_no_tally(text):
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("No fewer than 50 people were killed.", "No fewer than 50 people", 50.0, None),
        ("The plan gives no less than 40 clinics a grant.", "no less than 40 clinics",
         40.0, None),
        ("Each may bring no more than 12 guests.", "no more than 12 guests", None, 12.0),
    ],
)  # fmt: skip
def test_quantities_a_turned_bound_bounds_the_other_way(text, span, low, high):
    quantity = _one(text, span)
    assert (quantity.low, quantity.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("Between 30 and 40 people were hurt.", "Between 30 and 40 people", 30.0, 40.0,
         "people"),
        ("Police detained 30 to 40 protesters.", "30 to 40 protesters", 30.0, 40.0,
         "protester"),
        ("Rebels held 30-40 hostages overnight.", "30-40 hostages", 30.0, 40.0,
         "hostage"),
        ("Two to three million people fled the city.", "Two to three million people",
         2e6, 3e6, "people"),
        ("The shelling, killing 30-40, went on.", "30-40", 30.0, 40.0, None),
        ("Prices of $30-40 million were quoted.", "$30-40 million", 3e7, 4e7, None),
        ("The repairs will cost between $2 and $2.5 billion.",
         "between $2 and $2.5 billion", 2e9, 2.5e9, None),
        ("Tickets sell for $40 to $60 each.", "$40 to $60", 40.0, 60.0, None),
        # the unit written after each bound
        ("Expect winds of 14 mph to 23 mph on Sunday.", "14 mph to 23 mph", 14.0,
         23.0, "mph"),
    ],
)  # fmt: skip
def test_quantities_ranges_have_bounds_and_no_value(text, span, low, high, unit):
    quantity = _one(text, span)
    assert (quantity.value, quantity.low, quantity.high) == (None, low, high)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "sums"),
    [
        ("Fees rose from $40 to $60 a month.", {"$40": 40.0, "$60": 60.0}),
        ("They paid $40 and $60 for two seats.", {"$40": 40.0, "$60": 60.0}),
    ],
)
def test_quantities_two_sums_that_are_no_range(text, sums):
    found = dict(_quantities(text))
    assert {span: q.value for span, q in found.items() if q.kind == "money"} == sums


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("It raises the tax on income above $400,000 to 5 percent.",
         {"$400,000": ("money", 400000.0), "5 percent": ("percent", 5.0)}),
        ("They paid $400 to 300 people.",
         {"$400": ("money", 400.0), "300 people": ("count", 300.0)}),
    ],
)  # fmt: skip
def test_quantities_a_sum_before_to_and_a_lower_number_is_no_range(text, kinds):
    """ "$A to B" is a range of sums only when B is a sum no lower than A."""
    found = dict(_quantities(text))
    assert {span: (q.kind, q.value) for span, q in found.items()} == kinds


@pytest.mark.parametrize(
    ("text", "was", "now"),
    [
        ("The jobless rate went up in February to 9.1 percent from 8.6 percent.",
         "8.6 percent", "9.1 percent"),
        ("The rate fell from 5.2 percent to 4.9 percent in March.", "5.2 percent",
         "4.9 percent"),
        ("The rate was 4.9 percent, down from 5.2 percent a year earlier.",
         "5.2 percent", "4.9 percent"),
        ("Enrollment jumped to 1,200 students from 900 students.", "900 students",
         "1,200 students"),
        ("It would cut their tax rate from 37.9% to 23.8% next year.", "37.9%",
         "23.8%"),
    ],
)  # fmt: skip
def test_quantities_the_value_a_figure_moved_from_is_what_it_was(text, was, now):
    found = dict(_quantities(text))
    assert (found[was].role, found[now].role) == ("before", None)


@pytest.mark.parametrize(
    "text", ["Fees rose from $40 to $60 a month.", "He flew home from 30 cities."]
)
def test_quantities_from_without_a_move_tells_no_earlier_value(text):
    assert all(q.role != "before" for _, q in _quantities(text))


def test_quantities_change_from_to_is_no_range():
    found = dict(_quantities("The toll rose from 30 to 40 victims."))
    assert found["30"].value == 30.0
    assert (found["40 victims"].value, found["40 victims"].low) == (40.0, None)


@pytest.mark.parametrize(
    ("text", "span", "role"),
    [
        ("At least 49 people were killed in the blast.", "At least 49 people", "killed"),
        ("The blast tore through the market, killing 50 people.", "50 people", "killed"),
        ("The attack left 50 dead and many homeless.", "50", "killed"),
        ("Officials said 17 people died overnight.", "17 people", "killed"),
        ("He spoke as 50 people were slaughtered.", "50 people", "killed"),
        ("Police said 53 were wounded in the raid.", "53", "wounded"),
        ("Three were killed and 53 others injured.", "53 others", "wounded"),
        ("Medics treated dozens of injuries.", "dozens of injuries", "wounded"),
        ("Police arrested 12 protesters at dawn.", "12 protesters", "arrested"),
        ("The arrest of 20 people followed.", "20 people", "arrested"),
        ("About 3,000 residents were evacuated.", "About 3,000 residents", "evacuated"),
        ("Five climbers are still missing.", "Five climbers", "missing"),
        ("Reports said 50 people were feared dead.", "50 people", "killed"),
        ("Customs officers seized 150 computer devices.", "150 computer devices",
         "seized"),
        ("The company employs 500 workers.", "500 workers", "employ"),
        ("There were 40 guests at the dinner.", "40 guests", None),
        ("The death toll rose to 50 on Monday.", "50", "killed"),
        ("A death toll of 50 was confirmed.", "50", "killed"),
        ("The flood left 14 farmers and two teachers dead.", "14 farmers", "killed"),
        ("The raid killed 12 people, including four children.", "four children",
         "killed"),
        ("Police detained 40 people, including 12 minors.", "12 minors", "detained"),
        ("There were 300 people at the fair, including 20 children.", "20 children",
         None),
        ("Nine soldiers who suffered injuries were flown home.", "Nine soldiers",
         "wounded"),
        ("Four officials face charges of fraud.", "Four officials", "charged"),
        # lives a verb of loss takes are of those killed; saved ones are not
        ("A bomb at the airport took the lives of 13 service members.",
         "13 service members", "killed"),
        ("The storm claimed 50 lives.", "50 lives", "killed"),
        ("Firefighters saved the lives of 12 children.", "12 children", None),
        ("The sanctions included the expulsion of 35 Russian diplomats.",
         "35 Russian diplomats", "expelled"),
        ("The ministry expelled 35 Russian intelligence agents.",
         "35 Russian intelligence agents", "expelled"),
        ("The session included votes on nearly 30 amendments.",
         "nearly 30 amendments", "voted"),
        ("About 4,000 clinics received federal funding.", "About 4,000 clinics",
         "receive"),
        # the difference between two counts, or a change of one: neither count
        ("Ann Lee trails the mayor by more than 300 delegates.",
         "more than 300 delegates", "margin"),
        ("The mayor holds a lead of 300 pledged delegates.",
         "300 pledged delegates", "margin"),
        ("Enrollment rose by 300 students this year.", "300 students", "change"),
        # a bar to reach: neither how many were won nor cast
        ("The deal needed 60 votes to succeed.", "60 votes", "needed"),
        ("He is short of the 1,237 delegates needed to clinch.", "1,237 delegates",
         "needed"),
        ("It cleared the 60-vote threshold on Friday.", "60-vote", "needed"),
        ("Twenty senators are needed for a quorum.", "Twenty senators", "needed"),
        ("At least 218 votes are required to pass it.", "At least 218 votes", "needed"),
        ("She needs 67 delegates to reach the nomination.", "67 delegates", "need"),
        ("The bill won 61 votes on Friday.", "61 votes", "voted"),
    ],
)  # fmt: skip
def test_quantities_role_of_what_is_counted(text, span, role):
    quantity = _one(text, span)
    assert (quantity.role, quantity.kind) == (role, "count")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The bill would raise the driving age of new riders to 19.", "age"),
        ("The plan would lift the minimum age to buy such boats to 19.", "age"),
        ("He drove from Lyon to 21 towns in the valley.", "town"),
        # the number of what it sets counts that, or nothing when it does not say
        ("The state will boost the number of refugees to 85,000.", "refugee"),
        ("The county cut the number of polling places to 60.", "polling place"),
        ("The county cut the number to 60.", None),
    ],
)
def test_quantities_a_value_a_verb_sets_counts_what_it_sets(text, unit):
    ((_, quantity),) = _quantities(text)
    assert quantity.unit == unit


def test_quantities_killed_and_wounded_are_told_apart():
    found = dict(_quantities("The bombing killed 50 people and wounded 53 others."))
    assert (found["50 people"].role, found["53 others"].role) == ("killed", "wounded")


@pytest.mark.parametrize(
    ("text", "span", "value", "hedge"),
    [
        ("A dozen soldiers guarded the gate.", "A dozen soldiers", 12.0, None),
        ("Nearly 50 families left the valley.", "Nearly 50 families", 50.0, "nearly"),
        ("Half a million residents lost power.", "Half a million residents", 5e5, None),
        ("Two hundred and fifty pilgrims arrived.", "Two hundred and fifty pilgrims",
         250.0, None),
        ("Twenty-five boats docked.", "Twenty-five boats", 25.0, None),
        ("Some two dozen trucks crossed.", "Some two dozen trucks", 24.0, "some"),
    ],
)  # fmt: skip
def test_quantities_word_numbers(text, span, value, hedge):
    quantity = _one(text, span)
    assert (quantity.value, quantity.hedge) == (value, hedge)


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        ("Royalties rose from 16 and two-thirds percent to 20 percent.",
         "16 and two-thirds percent", 50 / 3, "percent"),
        ("Rates will reach 18 and three-quarters percent next year.",
         "18 and three-quarters percent", 18.75, "percent"),
        ("Some two and a half million people fled the fighting.",
         "Some two and a half million people", 2.5e6, "count"),
        ("The fair drew three and a half thousand visitors.",
         "three and a half thousand visitors", 3500.0, "count"),
        ("The club paid $4 and a half million for the striker.",
         "$4 and a half million", 4.5e6, "money"),
    ],
)  # fmt: skip
def test_a_whole_number_and_its_fraction_are_one_number(text, span, value, kind):
    found = _quantities(text)
    assert [(s, q.kind) for s, q in found] == [(span, kind)] + [
        (s, q.kind) for s, q in found[1:]
    ]
    assert found[0][1].value == pytest.approx(value)
    assert not any("third" in (q.unit or "") for _, q in found)  # no count of thirds


def test_a_fraction_alone_is_no_mixed_number():
    found = dict(_quantities("Two-thirds of voters and 40 senators backed it."))
    assert found["40 senators"].value == 40.0


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Two-thirds of all voters said no.", "Two-thirds", 66.7, "voter"),
        ("Labour won a third of the seats.", "a third", 33.3, "seat"),
        ("More than three - quarters of GOP voters want him back.",
         "More than three - quarters", 75.0, "voter"),
        ("Nearly half of the lawmakers stayed home.", "Nearly half", 50.0, "lawmaker"),
        ("The vote fell short of the two-thirds majority needed.", "two-thirds",
         66.7, None),
        ("One-fifth of the budget goes to defense.", "One-fifth", 20.0, "budget"),
    ],
)  # fmt: skip
def test_quantities_a_fraction_of_a_group_is_a_share_of_it(text, span, value, unit):
    share = _one(text, span)
    assert (share.kind, share.value, share.unit) == ("percent", value, unit)


def test_quantities_a_fraction_a_majority_needs_is_a_share_needed():
    text = "They lacked the two-thirds majority vote required to remove him."
    share = _one(text, "two-thirds")
    assert (share.kind, share.value, share.role) == ("percent", 66.7, "needed")


@pytest.mark.parametrize(
    "text",
    [
        "He won a third term in 2016.",
        "Sales rose in the first half of the year.",
        "The fair drew three and a half thousand visitors.",
        "She is one third-party candidate.",
    ],
)
def test_quantities_a_fraction_of_no_group_is_no_share(text):
    assert all(q.kind != "percent" for _, q in _quantities(text))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The top 1 percent had five times the wealth of the rest.", []),
        ("Audits are four times as likely to find nothing.", []),
        ("Arrests were 40 times higher than in 2019.", []),
        ("The House has voted 35 times to repeal the law.", ["35 times"]),
    ],
)  # fmt: skip
def test_quantities_a_multiplier_counts_no_times(text, counts):
    found = _quantities(text)
    assert [span for span, q in found if q.kind == "count"] == counts


def test_quantities_percent_qualifying_a_noun_is_a_share_of_it():
    found = dict(_quantities("Stations sell fuel with 15% ethanol in summer."))
    assert found["15%"].unit == "ethanol"


def test_quantities_pattern_starts_where_it_is_written():
    """A scraped Markdown escape glues a backslash to the "$" token."""
    found = dict(_quantities("The plan costs \\$3.5bn, about $5 a head."))
    assert ("$3.5bn" in found, "about $5" in found) == (True, True)


def test_a_scale_word_after_a_hyphen_is_one_amount():
    money = _one(
        "The $8-billion project was cancelled after the talks failed.", "$8-billion"
    )
    assert (money.kind, money.value, money.low, money.high) == (
        "money",
        8e9,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The state party will select 23 of its 29 delegates on Saturday.",
         "23 of its 29 delegates", 23.0),
        ("Investigators read about 30,000 of her 62,000 emails.",
         "about 30,000 of her 62,000 emails", 30000.0),
    ],
)  # fmt: skip
def test_the_whole_of_a_partitive_count_is_no_count_of_its_own(text, span, value):
    """ "23 of its 29 delegates" counts 23; the 29 is the whole they are taken
    from, another slot, and no count beside it."""
    found = _quantities(text)
    assert [(words, q.value) for words, q in found] == [(span, value)], found


def test_the_numbers_of_a_list_stay_counts_of_their_own():
    """Each number of a list counts what the list counts, told as the list
    is: "not admitting 250,000 refugees" too, not a bare 250,000."""
    found = _quantities(
        "The agency is not admitting 100,000, 200,000 or 250,000 refugees."
    )
    assert [q.value for _, q in found] == [100000.0, 200000.0, 250000.0], found
    assert {(q.unit, q.role, q.denied) for _, q in found} == {
        ("refugee", "admit", True)
    }, found


def test_a_count_after_another_borrows_only_its_noun():
    """ "Of the 17,000 people evacuated, 12,000 returned": the 12,000 are
    people (a guess, so less sure), and returned, not evacuated."""
    (_, first), (_, second) = _quantities(
        "Of the 17,000 people evacuated, 12,000 returned home."
    )
    assert (second.unit, second.role) == (first.unit, "return")
    assert second.confidence < first.confidence


def test_a_shows_name_counts_nothing():
    """ "60 Minutes" with a capital inside a sentence is CBS's programme."""
    assert _quantities("The actress told 60 Minutes in 2018 that she was afraid.") == []


@pytest.mark.parametrize(
    "text,counted",
    [
        (".banner {\n   width:100%;\n   padding-top:20px;\n   }", False),
        ("Turnout rose to 64%; the council called it a record.", True),
    ],
)
def test_a_style_sheet_left_in_a_page_counts_nothing(text, counted):
    assert bool(_quantities(text)) is counted


def test_a_verb_written_as_a_curly_clitic_gives_no_role():
    """ "it’s $5.94 a gallon": the clitic is the verb "be", no act done to
    the money (its label had read "amount, ’: $5.94")."""
    ((_, amount),) = _quantities("In California, it\u2019s $5.94 a gallon.")
    assert amount.role is None


@pytest.mark.parametrize(
    "text",
    [
        "One way to win a debate is to silence the other side.",
        "The ruling would not alter gun policy one bit.",
        "At one point, the senator left the room.",
        "For one, many Democrats doubt the plan.",
        "The mayor is one of the most vocal critics of the plan.",
        "It was a ruling, and one that the court may regret.",
        "One official said the talks had stalled.",
    ],
)
def test_quantities_one_as_an_article_or_a_pronoun_counts_nothing(text):
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Most adults have received at least one dose.", "at least one dose", "dose"),
        ("The state has only one inmate on death row.", "one inmate", "inmate"),
        ("The blast killed one border agent on Friday.", "one border agent",
         "border agent"),
        ("The group said one of its members had been killed in the raid.",
         "one of its members", "member"),
        ("Just 1 senator voted for the bill.", "1 senator", "senator"),
    ],
)  # fmt: skip
def test_quantities_one_hedged_only_or_harmed_is_a_count(text, span, unit):
    assert (_one(text, span).value, _one(text, span).unit) == (1.0, unit)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a count joined to its unit by a hyphen measures the noun after it
        ("They purged it from the 2,700-page bill.", "2,700-page", "page of bill"),
        ("The three - term senator is no moderate.", "three - term", "term of senator"),
        ("The 400-member house voted on Tuesday.", "400-member", "member of house"),
        ("He gave a 15 - minute speech on the lawn.", "15 - minute",
         "minute of speech"),
        ("The 1684-page bill was released Thursday.", "1684-page", "page of bill"),
        ("The owner wants to build a 120-room hotel.", "120-room", "room of hotel"),
        # a count of the unit itself, and the bar a count of votes sets
        ("The emails amounted to 55,000 pages.", "55,000 pages", "page"),
        ("It cleared the 60-vote threshold on Friday.", "60-vote", "vote"),
    ],
)  # fmt: skip
def test_quantities_a_measure_says_what_it_measures(text, span, unit):
    assert _one(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Nearly 1500 soldiers crossed the river.", "Nearly 1500 soldiers"),
        ("The union has about 1800 members.", "about 1800 members"),
        ("Police counted 2,018 ballots.", "2,018 ballots"),
    ],
)
def test_quantities_a_count_written_like_a_year_is_a_count_when_told_so(text, span):
    assert _one(text, span).kind == "count"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a number joined by a hyphen to a unit that names a kind, grade or rank
        ("Almost 650 18-hole golf courses have closed.",
         ["Almost 650 18-hole golf courses"]),
        ("Police found a 12-gauge shotgun in the car.", []),
        ("The four-star general retired in May.", []),
        ("The vase was made of 24-karat gold.", []),
        # the same unit told apart counts it
        ("The course has 18 holes and a pond.", ["18 holes"]),
        ("The museum gave away 300 gold stars.", ["300 gold stars"]),
    ],
)  # fmt: skip
def test_a_count_joined_to_a_unit_of_a_kind_counts_no_unit(text, counts):
    assert [span for span, _ in _quantities(text)] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a number above one before a noun in the singular names it or its value
        ("Obama spoke after the Group of 20 conference in Rome.", []),
        ("No one will reach the magic 1,237 number before June.", []),
        ("He flew to Ohio on his 757 jet.", []),
        ("The farm offers more than hitting a ball with a 9-iron.", []),
        # a noun whose plural is the same, a collective, a bar to reach
        ("The navy sent 12 aircraft and two television series aired.",
         ["12 aircraft", "two television series"]),
        ("China outnumbers the 17 million Kazakh population.",
         ["17 million Kazakh population"]),
        ("Cases in the state passed the 600 mark.", ["600 mark"]),
        # a plural after the number or with the noun, a hyphened measure
        ("Twenty-seven state attorneys general sued the agency.",
         ["Twenty-seven state attorneys general"]),
        ("The plan builds 2 million new rental and family homes.",
         ["2 million new rental and family homes"]),
        ("The (1,210-mile) pipeline was never built.", ["1,210-mile"]),
        # a noun after another or before more of its phrase: a measure of it
        ("The board of the 3 million member union voted.",
         ["3 million member union"]),
        ("He leads in a 12 person Republican primary.", ["12 person"]),
        # no determiner: the singular is a misread noun
        ("Senate Republicans, of 54 total, spoke.", ["54 total"]),
    ],
)  # fmt: skip
def test_a_number_naming_one_thing_counts_nothing(text, counts):
    assert [span for span, _ in _quantities(text)] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("New Hampshire does not answer the $64,000 question.", []),
        ("That is the million-dollar question for the party.", []),
        ("The party went the whole nine yards in Iowa.", []),
        ("Trade is a two-way street, the minister said.", []),
        ("He still backs a two-state solution.", []),
        # the same numbers told as figures
        ("Two states paid $64,000 for the study.", ["Two states", "$64,000"]),
    ],
)  # fmt: skip
def test_a_set_phrase_holding_a_number_counts_nothing(text, counts):
    assert [span for span, _ in _quantities(text)] == counts


@pytest.mark.parametrize(
    ("text", "first", "second", "against"),
    [
        ("Her 64%-27% advantage over Sanders was large.", "64%", "27%", 27.0),
        ("She holds a 52-48 percent edge among men.", "52", "48 percent", 48.0),
        ("Ruiz leads Hale 46 percent to 44 percent.", "46 percent", "44 percent", 44.0),
    ],
)  # fmt: skip
def test_a_pair_of_shares_qualifying_a_noun_is_one_result(text, first, second, against):
    """Neither share of "a 64%-27% advantage" is a share of the advantage."""
    found = dict(_quantities(text))
    assert (found[first].against, found[first].unit) == (against, None)
    assert found[second].unit is None


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("He won 48% to 41% of voters.", "48%", "41%"),
        ('It said that "40 percent to 67 percent" of voters would stay home.',
         "40 percent", "67 percent"),
        # a range told with "to" before a noun is no result
        ("At the start, Cruz won just 1% to 3% support.", "1%", "3%"),
    ],
)  # fmt: skip
def test_a_share_of_a_whole_after_a_pair_keeps_its_whole(text, first, second):
    found = dict(_quantities(text))
    assert found[first].against is None
    assert found[second].unit in ("voter", "support")


@pytest.mark.parametrize(
    ("text", "span", "role"),
    [
        ("A total of 50 people were killed.", "50 people", "killed"),
        ("The firm paid a total of $5,000 to campaigns.", "$5,000", "pay"),
        # "a number of" is some of them: what they did is no role of the count
        ("A number of the 14 candidates have quit the race.", "14 candidates", None),
    ],
)  # fmt: skip
def test_a_total_of_counted_things_takes_the_role_of_the_total(text, span, role):
    assert _one(text, span).role == role
