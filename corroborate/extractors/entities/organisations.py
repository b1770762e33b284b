"""Organisations, facilities, groups and court cases the NER read as persons
or places, or ran into a person's name: facilities by their nouns, news
agencies in credits, the article's own outlet, institutions, offices before
a person, a party's members, online platforms, a case's parties."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...names import given_name
from ...names.vocabulary import PERSON_TITLES
from .ner import NewsSpan

FACILITY_NOUNS = frozenset(
    {"camp", "base", "airport", "airbase", "port", "prison", "compound", "barracks"}
)
# Nouns that end an organisation or office name, never begin a person's name.
ORG_HEAD_NOUNS = frozenset(
    "council ministry organization organisation agency office department committee "
    "commission party army police service bureau authority court union "
    "institute university company group".split()
)


def facility_label(text: str, span: NewsSpan) -> NewsSpan:
    """A name headed by, or before, a facility noun ("Camp X", "X camp") is FAC."""
    start, end, label, confidence = span
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 12].split()
    first = text[start:end].split()[0].lower()
    cue = first in FACILITY_NOUNS or (
        after and after[0].lower().strip(".,") in FACILITY_NOUNS
    )
    if (
        cue
        and not text[start:end].isupper()
        and label in ("ORG", "PERSON", "GPE")
        and not (before and before[-1] == "of")
    ):
        return start, end, "FAC", confidence
    return span


WIRE_AGENCIES = frozenset(
    "AP AFP Reuters REUTERS UPI dpa DPA AAP PTI IANS Xinhua TASS EFE ANSA Kyodo "
    "Yonhap".split()
)
"""News agencies as datelines and photo credits name them."""
_CREDIT_BEFORE = re.compile(r"(?:\(|Photo:\s*|/)$")
_CREDIT_AFTER = re.compile(r"^(?:\)|\s+(?:Photo|file|File)\b)")


def wire_credit(text: str, span: NewsSpan) -> NewsSpan:
    """An agency credited in a dateline or under a photo is an organisation,
    whatever the NER read: "COLUMBUS, Ohio (AP) —", "Photo: AP", "AP Photo"
    (the news NER tags a dateline's "(AP)" as a place)."""
    start, end, label, confidence = span
    if label == "ORG" or text[start:end] not in WIRE_AGENCIES:
        return span
    before, after = text[max(0, start - 8) : start], text[end : end + 8]
    if _CREDIT_BEFORE.search(before) or _CREDIT_AFTER.match(after):
        return start, end, "ORG", confidence
    return span


def own_outlet(text: str, outlet: str | None, spans: list[NewsSpan]) -> list[NewsSpan]:
    """The article's own outlet named in its text is that organisation ("told
    USA TODAY's weekly video series" in a USA Today article: not the "USA" of
    the country), however the outlet's name is written in the record
    ("usa-today", "USA Today"); the spans inside it give way."""
    words = re.findall(r"[a-z0-9]+", (outlet or "").lower())
    if len(words) < 2:
        return spans  # one word ("breitbart", "nyt") names nothing to mistake
    # not inside an address ("dboyer@washingtontimes.com")
    pattern = r"(?<![@.\w])" + r"[\s-]*".join(words) + r"(?!\w|\.\w)"
    named = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    if not named:
        return spans
    kept = [sp for sp in spans if not any(s < sp[1] and sp[0] < e for s, e in named)]
    return sorted(kept + [(s, e, "ORG", OUTLET_CONFIDENCE) for s, e in named])


OUTLET_CONFIDENCE = 1.0
"""The outlet's own name, as its record writes it, is sure."""


INSTITUTION_HEADS = (ORG_HEAD_NOUNS - {"court", "service"}) | frozenset(
    """hospital school schools college clinic academy center centre foundation
    museum library corporation association society""".split()
)
"""Words that end an institution's name and no person's ("St. Margaret
Hospital", "Kennedy Elementary Schools"); not "court" nor "service", which
end some ("Margaret Court")."""


def institutions(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """Each span read by :func:`_institution`; a span inside a person's name
    it widened into an institution's ("Foundation" of "Clinton Foundation")
    is left out."""
    read = [_institution(text, span) for span in spans]
    widened = [
        (s, e) for (s, e, *_), old in zip(read, spans, strict=True) if e > old[1]
    ]
    return [
        span
        for span in read
        if not any(
            s <= span[0] and span[1] <= e and span[:2] != (s, e) for s, e in widened
        )
    ]


_HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
"""A capitalised word right after a name: the head of an institution named
after a person ("the Clinton Foundation", "Trump University") where the NER
read the person alone."""
NAMED_AFTER_HEADS = frozenset(
    """foundation institute university library center centre museum school
    college hospital academy organization corporation""".split()
)
"""Heads of institutions named after a person; not words a Title Case
headline sets after a name for other reasons ("Trump Party Split", "Biden
Group Talks")."""


def _institution(text: str, span: NewsSpan) -> NewsSpan:
    """A person whose name ends in an institution's word, or is followed by
    one, is the institution ("the Clinton Foundation"), unless, ending in it,
    it opens with a given name ("George Washington High School", "Sam
    Houston State University": read as an organisation, its words would be
    taken for places) or tells a person of a body ("Denise Dority of Resource
    Management & Consulting Company")."""
    start, end, label, confidence = span
    head = _HEAD_AFTER.match(text, end)
    if label == "PERSON" and head and head.group(1).lower() in NAMED_AFTER_HEADS:
        return start, head.end(), "ORG", confidence
    words = text[start:end].split()
    if (
        label == "PERSON"
        and len(words) > 1
        and words[-1].lower() in INSTITUTION_HEADS
        and "of" not in words
        and not given_name(words[0])
    ):
        return start, end, "ORG", confidence
    return span


def split_trailing_persons(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """Split "<Office> <Name>" mentions tagged ORG ("... Council Jane Roe";
    "Supreme Court Justice Ruth Bader Ginsburg": the court, then the justice,
    her title in neither) when the article names the same person (by
    surname) on its own."""
    surnames = {text[s:e].split()[-1] for s, e, label, _ in spans if label == "PERSON"}
    out: list[NewsSpan] = []
    for start, end, label, confidence in spans:
        words = list(re.finditer(r"\S+", text[start:end]))
        cut = (
            _person_cut(words, surnames) if label == "ORG" and len(words) > 2 else None
        )
        if cut is None:
            out.append((start, end, label, confidence))
            continue
        body = cut - 1 if _title(words[cut - 1]) else cut
        if _names_a_body(words[:body]):
            out.append((start, start + words[body - 1].end(), label, confidence))
        out.append((start + words[cut].start(), end, "PERSON", confidence))
    return [t for span in out if (t := _untitled(text, span, out)) is not None]


def _names_a_body(words: Sequence[re.Match[str]]) -> bool:
    """True for what is left of a body's name before an office: two words or
    more, or an acronym ("Supreme Court", "NATO"); not one word, a place's
    office ("Chicago Mayor": the places extractor reads the town)."""
    return len(words) > 1 or (len(words) == 1 and words[0].group().isupper())


def _untitled(text: str, span: NewsSpan, spans: list[NewsSpan]) -> NewsSpan | None:
    """A body's name without the title of the person named right after it
    ("Supreme Court Justice" before "Ruth Bader Ginsburg": the court; none
    of "Chicago Mayor" before "Rahm Emanuel": :func:`_names_a_body`)."""
    start, end, label, confidence = span
    words = list(re.finditer(r"\S+", text[start:end]))
    if label != "ORG" or len(words) < 2 or not _title(words[-1]):
        return span
    named_next = text[end : end + 1] == " " and any(
        s == end + 1 and lab == "PERSON" for s, _, lab, _ in spans
    )
    if not named_next:
        return span
    body = words[:-1]
    return (
        (start, start + body[-1].end(), label, confidence)
        if _names_a_body(body)
        else None
    )


def _person_cut(words: Sequence[re.Match[str]], surnames: set[str]) -> int | None:
    """Index of the first word of a trailing person name, or None."""
    if words[-1].group() not in surnames:
        return None
    cut = len(words) - 1
    while cut > 1 and cut > len(words) - 3:
        previous = words[cut - 1].group()
        if (
            previous.lower() in ORG_HEAD_NOUNS
            or _title(words[cut - 1])
            or not previous[:1].isupper()
        ):
            break
        cut -= 1
    lead = words[cut - 1].group().lower()
    if lead in ORG_HEAD_NOUNS or _title(words[cut - 1]):
        return cut
    return cut if lead.endswith(("'s", "’s")) else None


def _title(word: re.Match[str]) -> bool:
    """True for a person's title ("Justice", "Sen."): it heads no body."""
    return word.group().lower().rstrip(".") in PERSON_TITLES


PARTY_MEMBERS = re.compile(r"(?:Democrat|Republican|Independent)s?|GOP", re.IGNORECASE)
"""A party's members named by the party ("Democrats", "Republicans")."""


def party_members(text: str, span: NewsSpan) -> NewsSpan:
    """A party's members, which the news NER sometimes reads as a person
    ("Democrats pressure Sanders to ..."), are a group (NORP), as it reads
    them most of the time: no person, no speaker's name."""
    start, end, label, confidence = span
    if label == "PERSON" and PARTY_MEMBERS.fullmatch(text[start:end]):
        return start, end, "NORP", confidence
    return span


PLATFORMS = frozenset(
    """Twitter Facebook Instagram YouTube TikTok Reddit LinkedIn Snapchat
    WhatsApp Telegram Parler Gab Rumble Wikipedia Wikinews Google Uber Lyft
    Airbnb Netflix Spotify PayPal""".split()
) | {"Truth Social"}
"""Online platforms, younger than the news the NER learned from (CoNLL's
1996 Reuters): it reads "said on Twitter" as a person's name."""


def platform(text: str, span: NewsSpan) -> NewsSpan:
    """An online platform named alone is an organisation, whatever the NER
    read ("wrote on Twitter", "Twitter banned him")."""
    start, end, label, confidence = span
    if label != "ORG" and text[start:end] in PLATFORMS:
        return start, end, "ORG", confidence
    return span


_CASE_NAME = re.compile(r"\b([A-Z][\w\u2019'-]+)(?=\s+vs?\.\s+[A-Z])")
"""A court case named by its parties ("Roe v. Wade", "Dobbs v. Jackson"): with
the point, as a court writes it; "Leeds v Arsenal" is a match of two teams."""


def case_names(text: str, spans: list[NewsSpan]) -> list[NewsSpan]:
    """The parties of a case named by them ("Roe v. Wade", "Dobbs v.
    Jackson") are no persons, bodies or places, nor its first party named
    alone ("overturn Roe", "ruling in Dobbs") as a person or a place in an
    article that names the case: the case (LAW). An organisation named alone
    stays one ("Citizens United" is a group too)."""
    named = {m.start(1): m.group(1) for m in _CASE_NAME.finditer(text)}
    cases = set(named.values())

    def law(start: int, end: int, label: str) -> bool:
        in_name = start in named or bool(
            _SECOND_PARTY.search(text, max(0, start - 6), start)
        )
        alone = label in ("PERSON", "GPE") and text[start:end] in cases
        return in_name or alone

    return [(s, e, "LAW" if law(s, e, label) else label, c) for s, e, label, c in spans]


_SECOND_PARTY = re.compile(r"\svs?\.\s+$")
