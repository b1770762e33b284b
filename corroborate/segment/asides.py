"""Passages set inside an article's body that are not its reporting.

A scraped page keeps, among the article's paragraphs, lines the page put
there for other ends:

* a teaser of another story, in capitals, as a paragraph of its own or run
  into the text ("KNOXVILLE MAYOR CRITICIZED FOR ATTENDING 'ALL AGES'
  CHRISTMAS DRAG SHOW", "... in the U.S . HOUSE REPUBLICANS URGE BIDEN ADMIN
  TO 'TAKE EVERY POSSIBLE STEP' ... Murad Awawdeh , executive director");
* a call to sign up, subscribe or download ("Get CNN Health's weekly
  newsletter Sign up here to get The Results Are In ...");
* a photo's caption or credit ("UNITED STATES - MARCH 09: Rep. Richard Neal
  ... (Photo By Tom Williams/CQ-Roll Call, Inc via Getty Images)",
  "Susan Walsh/AP"), also one run into a paragraph's first words ("Jane
  Roe / Reuters President Smith signed ...").

Each becomes an ``aside`` zone. The text stays as it is (offsets are
evidence); :func:`reported_text` blanks the asides out for whatever reads
the article's facts, so that no mention, date, quantity, claim, event or
sentence comes from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..lexicon import TITLE_ABBREVIATIONS
from ..records import Zone

ASIDE = "aside"
"""The zone kind of a passage that is not the article's reporting."""
MIN_CAPITAL_WORDS = 3
"""Words of three letters or more a run of capitals needs to be a heading:
"WHO GETS HURT MOST?" is one, "NATO", "U.S. GDP" and "ASSOCIATED PRESS." are not."""
MAX_SHOUTED_SHARE = 0.5
"""Share of an article's paragraphs without a lower-case letter above
which it is written in capitals throughout (an old wire feed): then a line
in capitals is its reporting, and none is set apart."""
MAX_PROMO_WORDS = 60
"""Longest paragraph read as a promotion: a call to sign up in a longer
paragraph ("... asked workers to sign up for a pay cut ...") is reporting."""
MAX_CAPTION_WORDS = 60
"""Longest paragraph that ends in a photo credit and is read as a caption:
a one-paragraph article may end with its photo's credit too."""
CREDIT_LINE_CHARS = 80
"""Longest line that is a photo's credit."""
MAX_CREDIT_NAME_WORDS = 4
"""Most words a credit names its photographer or pool by ("POOL New")."""

_WORD = r"[^\sa-z]*[A-Z][^\sa-z]*(?!\S)"
_CAPITALS_RE = re.compile(
    rf"(?<!\S){_WORD}(?:[ \t]+(?:{_WORD}|[^\sA-Za-z\u2014\u2013-]+(?!\S)))*"
)
"""A run of words without a lower-case letter ("HOUSE REPUBLICANS URGE ...
'TAKE EVERY POSSIBLE STEP ' TO STOP"), punctuation between them; a dash
ends it ("WASHINGTON (AP) —")."""
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*[ \t]+$")
_INNER_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*[ \t]+(?=\S)")
"""A sentence's end inside a run of capitals, where a heading may start
("U.S . HOUSE REPUBLICANS URGE ...": the heading is "HOUSE ...")."""
_OPEN_QUOTES = "\"'\u201c\u2018"
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "''", "``")
_CLOSING_QUOTE_RE = re.compile(r"\S(?:''|[\"\u201d])$")
"""A quotation mark closing the last word ('FRATERNITÉ.\'\''), not one
standing apart to open the next sentence ('... ISSUES " The petitioners')."""
_TRAILING_OPENER_RE = re.compile(r"(?:[ \t]+[\"'\u201c\u2018]+)+$")
"""Quotation marks standing apart after a heading: they open the next
sentence ('... SIDESTEPS CONTROVERSIAL ISSUES " The petitioners ...')."""
_HEADLINE_QUOTE_RE = re.compile(
    r"^[\"'\u201c\u2018][^\"'\u201d\u2019]+[\"'\u201d\u2019]:\s"
)
"""A quotation that opens a headline and a colon after it ("'OLE JOE SOLD
US OUT': KEYSTONE XL WORKERS ..."): a teaser, not a shouted quotation."""
_LIST_NUMBER_RE = re.compile(r"(?:^|\s)\d{1,2}\.[ \t]+$")
"""An item's number before a heading ("1. FIREWORKS FLY IN FIRST ONE-ON-ONE
DEMOCRATIC DEBATE."): the article's own list of news, not a teaser."""
_SENTENCE_START_RE = re.compile(r"[ \t]*[A-Z][a-z]")
_PARAGRAPH_RE = re.compile(r"[^\n]+")

_PROMO_RE = re.compile(
    r"(?:^|(?<=[.!?:)\]]\s)|(?<=\())[ \t]*"
    r"(?:for more,?\s+|want [^?\n]{0,60}\?\s+|just\s+)?"
    r"(?:sign up|subscribe|click here|tap here|download|get|follow us|listen|read more)"
    r"\b[^.!?\n]{0,120}?\b(?:newsletters?|app|podcasts?|inbox|e-?mail|here)\b",
    re.IGNORECASE,
)
"""A sentence that asks the reader to sign up, subscribe, click or download
("Sign up here to get ...", "For more, sign up for the What's Working
newsletter.", "(Subscribe to POLITICO's Off Message podcast.)")."""
_LINK_RE = re.compile(
    r"^[ \t]*\(?[ \t]*(?:(?i:related|read more|see also)|(?i:also on)(?:[ \t]+[A-Z][\w.]*){1,3})"
    r"[ \t]*:[^\n]{0,160}$"
)
"""A line that points the reader to another story ("(RELATED: Target Blames
...)", "( Also on POLITICO : Obama to halt part of NSA program )", "READ MORE:
..."); not "Also on Thursday, the mayor said ..."."""
_EDITORS_NOTE_RE = re.compile(r"^[ \t]*\(?[ \t]*Editor['\u2019]?s[ \t]+[Nn]ote[ \t]*:")
"""A paragraph the editors add about the piece ("Editor's note: The following
is part 3 of 3 exclusive excerpts ...", "Editor’s note: Donald Trump
regularly incites political violence and is a serial liar ..."): a note on
the piece, not what it reports."""
_MONTHS = "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
_AGENCY_CAPTION_RE = re.compile(rf"^[A-Z][A-Z.,' ]+ - (?:{_MONTHS}) \d{{1,2}}:\s")
"""An agency photo's caption opening "PLACE - MONTH DD:" ("UNITED STATES -
MARCH 09: Rep. Richard Neal ...", "LAS VEGAS, NV - APRIL 25: ...")."""
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_POSES = (
    "speaks|gestures|arrives|listens|looks on|waves|attends|walks|stands|sits|poses"
    "|talks|delivers|addresses|holds|reacts|smiles|departs|greets|shakes|answers"
    "|signs|visits|testifies|campaigns|waits|gives|passes|cheer|gather|march|wait"
    "|kisses|hugs|embraces|ha(?:ve|s) a"
)
_DATED_CAPTION_RE = re.compile(
    rf"^[^\n]*\b(?:{_POSES})\b[^\n]*"
    rf"(?:\b(?:(?:{_WEEKDAYS}),? )?(?:{_MONTH_NAMES}) \d{{1,2}} ?, \d{{4}}"
    r" ?,? in (?:[A-Z][\w'\u2019.-]*(?: ?, ?| )?){1,6}"
    rf"|(?:\bon|,|\b(?!(?:{_WEEKDAYS})\b)[A-Z][\w.]*) (?:(?:{_WEEKDAYS}) ?, ?)?"
    rf"(?:{_MONTH_NAMES}) \d{{1,2}} ?, \d{{4}})\s*\.?\s*$"
)
"""A photo's caption in the agencies' style: who does something, in the
present, on a day written with its year, the day or a place after it ending
the line ("Greta Thunberg speaks at the Climate Action Summit ... on
September 23, 2019 in New York City.", "Mike Huckabee speaks during the ...
forum Monday June 22, 2015 in Des Moines, Iowa.", "Migrants march along a
bridge ... in Tijuana, Mexico, on Monday, March 21, 2022.", "Nancy Pelosi
arrives for a meeting ... in Washington, U.S. August 24, 2021."): reporting
writes the past ("spoke on Monday"), and a deadline's day follows no place
nor "on" ("The law holds the rate until June 1, 2023.")."""
CAPTION_LABEL_RE = re.compile(
    r"^(?:Image caption|Media caption|Caption:|Photo:|File photo:|Image:|Credit:)\s"
)
"""A line a page labels as a caption ("Image caption Nikki Haley: 'A proven
dealmaker,' said Mr Trump", "Photo: ...")."""
_AGENCIES = (
    r"(?:Getty(?: Images)?|Reuters|REUTERS|AP|AFP|EPA|Bloomberg|Pool|POOL"
    r"|Handout|Xinhua|Anadolu|TASS)"
)
_PHOTO_CREDIT_RE = re.compile(
    r"(?:\((?:[A-Z]+ )?Photo\b[^()\n]*\)"
    r"|\([A-Z][^()\n]*/[^()\n]*\)"
    rf"|(?:\bvia|/)\s*{_AGENCIES}\b[\s/]*(?:, file)?"
    r"|\b(?:AP|AFP) Photo\b[^()\n]*"
    r"|^Photo(?:graph)? by [^\n]+"
    r"|\bImage copyright [^\n]+)[\s.)]*$"
    rf"|(?P<tag>\((?:{_AGENCIES}|CBC|File)\))\s*$"
)
"""A photo credit closing a line (see :func:`photo_credit`). An agency's
name in brackets closes the line, no full stop after it: "... the European
Union (EU)." and "... Protection Agency (EPA)." close sentences."""
_LEADING_CREDIT_RE = re.compile(
    rf"(?:\|\s*)?(?:[A-Z][\w.'-]*[ \t]+){{0,{MAX_CREDIT_NAME_WORDS - 1}}}[A-Z][\w.'-]*"
    rf"[ \t]*/[ \t]*{_AGENCIES}(?:[ \t]*/[ \t]*{_AGENCIES})*(?=[ \t]+[A-Z])"
)
"""A photo credit the page runs into the first words of a paragraph:
photographer and agencies ("Jane Roe / Reuters President Smith signed ...",
"| Jim Doe/AFP / Getty Images Smith loses ..."), a capital after it."""
_CREDIT_ABOVE_RE = re.compile(r"^Image copyright\b|\.$")
"""A credit line that heads the caption below it rather than closing the one
above: labelled ("Image copyright AP" over "Image caption ..."), or ended with
a full stop ("POOL New/Reuters." over "An officer holds up the gun ...")."""
_HIGHLIGHTS_RE = re.compile(r"^Story highlights\b")
"""The line opening a story's own text under the gallery a page shows above
it ("Story highlights McConnell isn't a favorite of many conservatives ...
CNN — Conservatives ...")."""
_HIGHLIGHTS_END_RE = re.compile(r"\(?\b[A-Z]{2,}\)?[ \t]*[-\u2013\u2014]{1,2}[ \t]*")
"""The dateline that ends the highlights run into a story's first line and
opens its own text: an outlet's or agency's capitals and a dash ("... about
ISIS Washington CNN — Mike Huckabee called ...", "... ALBANY (AP) — ...")."""
_DATELINE_PLACE_RE = re.compile(r"(?:[A-Z][\w.'-]*,?(?: |$))*")
"""Capitalised words alone, as a dateline's place ("Washington", "NEW YORK"),
or nothing (a stray "(AP)")."""


def photo_credit(line: str) -> re.Match[str] | None:
    """The photo credit closing a line, or None: "(Photo By Tom Williams/CQ-Roll
    Call, Inc via Getty Images)", "(AP Photo/Evan Vucci)", "AP Photo/Evan
    Vucci", "(Muhammad Hamed/Reuters)", "Susan Walsh/AP", "Scott Olson via
    Getty Images.", "TIMOTHY A. CLARY / AFP /", "Photo by Jane Roe", an
    agency's name in brackets after a caption ("... on June 20 (AFP)"); not
    a dateline's "Washington (CNN)" or "NEW YORK (AP)", a hat tip "(h/t RCP
    Video.)" nor a web address ("http://ap-gfkpoll.com.")."""
    credit = _PHOTO_CREDIT_RE.search(line)
    if credit and credit.group("tag"):
        if _DATELINE_PLACE_RE.fullmatch(line[: credit.start()].strip()):
            return None
    return credit


def find_asides(text: str, start: int = 0, end: int | None = None) -> list[Zone]:
    """The asides in ``text[start:end]``, in order, as ``aside`` zones: in
    "She spoke.\n\nCLICK HERE TO GET THE FOX NEWS APP\n\nHe left.", the
    middle line. None in a text that is all asides."""
    end = len(text) if end is None else end
    spans = sorted(
        {*_headings(text, start, end), *_promotions(text, start, end),
         *_captions(text, start, end), *_credited_captions(text, start, end),
         *_gallery(text, start, end), *_highlights(text, start, end),
         *_leading_credits(text, start, end)}
    )  # fmt: skip
    merged: list[tuple[int, int]] = []
    for a, b in (_with_cut_title(text, start, span) for span in spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    if "".join(text[start:end].split()) == "".join(
        "".join(text[a:b].split()) for a, b in merged
    ):
        return []  # a text that is only an aside is what there is to read
    return [Zone(a, b, ASIDE) for a, b in merged]


def _with_cut_title(text: str, start: int, span: tuple[int, int]) -> tuple[int, int]:
    """An aside's span with the line before it when the scrape cut the aside
    at its title's full stop ("Mississippi Gov." over "Tate Reeves announces
    the boil-water notice has been lifted ..."): left in the body, the title
    would run into the next sentence read."""
    line = max(start, text.rfind("\n", start, span[0]) + 1)
    if text[line : span[0]].strip():
        return span  # a heading run into its line ("... in the U.S . HOUSE ...")
    while line > start and text[line - 1].isspace():
        line -= 1  # the end of the line before the aside
    before = max(start, text.rfind("\n", start, line) + 1)
    words = text[before:line].split()
    if (
        0 < len(words) <= MAX_CREDIT_NAME_WORDS
        and words[-1].endswith(".")
        and words[-1][:-1].lower() in TITLE_ABBREVIATIONS
    ):
        return before, span[1]
    return span


def carve_asides(text: str, zones: Sequence[Zone]) -> list[Zone]:
    """The zones with each body zone cut around the asides inside it.

    A body "Text.\\n\\nSign up for our newsletter.\\n\\nMore text." becomes
    body, aside, body; the other zones and the text are unchanged.
    """
    return carve(text, zones, find_asides)


def carve(
    text: str, zones: Sequence[Zone], find: Callable[[str, int, int], list[Zone]]
) -> list[Zone]:
    """The zones with each body zone cut around the zones ``find`` gives in
    ``text[start:end]`` of it, in order (asides, a title printed again)."""
    carved: list[Zone] = []
    for zone in zones:
        if zone.kind != "body":
            carved.append(zone)
            continue
        at = zone.start
        for found in find(text, zone.start, zone.end):
            carved.extend(_body(text, at, found.start))
            carved.append(found)
            at = found.end
        carved.extend(_body(text, at, zone.end))
    return carved


def reported_text(text: str, zones: Sequence[Zone]) -> str:
    """The text with each aside's characters turned to line breaks: every
    offset stays where it was, and the text around an aside reads as lines
    apart ("... in the U.S ." ends its sentence before "Murad Awawdeh ...")."""
    for zone in zones:
        if zone.kind == ASIDE:
            blank = "\n" * (zone.end - zone.start)
            text = text[: zone.start] + blank + text[zone.end :]
    return text


def _body(text: str, start: int, end: int) -> list[Zone]:
    """A body zone over ``text[start:end]`` without the blank lines around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Zone(start, end, "body")] if end > start else []


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Each line's ``(start, end)`` without its outer spaces."""
    for match in _PARAGRAPH_RE.finditer(text, start, end):
        a, b = match.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b


def _headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of capitals that stand as a heading: a paragraph of its own
    ("DISNEY STOCK TUMBLES AMID FLORIDA BILL CONTROVERSY"), or one opening
    a line or following a sentence's end and followed by a new sentence
    ("... asylum in the U.S . HOUSE REPUBLICANS URGE ... VENEZUELA Murad
    Awawdeh , executive director ..."). Not a shouted quotation ('"F-KING
    AMATEUR HOUR.', "... countries, SCHOOLS ARE OPEN WITH NO PROBLEMS."),
    a dateline ("WASHINGTON (AP) —"), a line of acronyms ("U.S. GDP") nor
    a heading of the article's own (:func:`_own_heading`)."""
    found = []
    paragraphs = list(_paragraphs(text, start, end))
    shouted = [
        p for p in paragraphs if not any(ch.islower() for ch in text[p[0] : p[1]])
    ]
    if len(shouted) > MAX_SHOUTED_SHARE * len(paragraphs):
        return []
    for a, b in paragraphs:
        for run in _CAPITALS_RE.finditer(text, a, b):
            starts = [run.start()] + [
                m.end() for m in _INNER_END_RE.finditer(text, run.start(), run.end())
            ]
            heading = next(
                (s for s in starts if _stands_as_heading(text, a, b, s, run.end())),
                None,
            )
            if heading is None:
                continue
            shown = _TRAILING_OPENER_RE.sub("", text[heading : run.end()])
            if not _own_heading(text, start, (a, b), heading, heading + len(shown)):
                found.append((heading, heading + len(shown)))
    return found


def _own_heading(text: str, start: int, line: tuple[int, int], a: int, b: int) -> bool:
    """Whether the heading ``text[a:b]`` on ``line`` heads the article's own
    news rather than teasing another story's, a paragraph of its own between
    paragraphs of reporting: it is numbered as an item of a list ("3.
    EXPERTS DOWNPLAY PLANNED NORTH KOREA LAUNCH."), opens its paragraph and
    runs into that paragraph's sentence ("VERIZON TO BUY YAHOO FOR $4.83
    BILLION The sale is expected ..."; not into a quotation, where a teaser
    ran into the paragraph after it: "... SIDESTEPS CONTROVERSIAL ISSUES \"
    The petitioners ..."), or opens the text ("THE DEMOCRATS' OIL FOLLY.")."""
    before, after = text[line[0] : a], text[b : line[1]].strip()
    return (
        bool(_LIST_NUMBER_RE.search(before))
        or (not before.strip() and after[:1].isalpha())
        or not text[start:a].strip()
    )


def _stands_as_heading(text: str, line: int, line_end: int, a: int, b: int) -> bool:
    """Whether the run of capitals ``text[a:b]`` on the line
    ``text[line:line_end]`` is a heading (see :func:`_headings`)."""
    run = text[a:b].rstrip()
    words = [w for w in run.split() if sum(ch.isalpha() for ch in w) >= 3]
    before, after = text[line:a], text[a + len(run) : line_end]
    return (
        len(words) >= MIN_CAPITAL_WORDS
        and (not before.strip() or bool(_SENTENCE_END_RE.search(before)))
        and (not after.strip() or bool(_SENTENCE_START_RE.match(after)))
        and not _quoted(run, before)
    )


def _quoted(run: str, before: str) -> bool:
    """Whether a run of capitals is a quotation: it opens with a quotation
    mark (not a headline's quote and colon), closes one ("LIBERTÉ, ÉGALITÉ,
    FRATERNITÉ.''"), or a quotation open before it on its line is still open."""
    if run.startswith(tuple(_OPEN_QUOTES)) and not _HEADLINE_QUOTE_RE.match(run):
        return True
    opened_before = sum(before.count(mark) for mark in _QUOTE_MARKS) % 2 == 1
    return opened_before or bool(_CLOSING_QUOTE_RE.search(run))


def _promotions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short paragraphs that ask the reader to sign up, subscribe, click or
    download ("Download the NBC News app for breaking news and politics"),
    or point to another story (:data:`_LINK_RE`), and editors' notes on the
    piece, however long (:data:`_EDITORS_NOTE_RE`); a call in capitals
    inside a paragraph is a heading's to judge (an
    embedded post's "... everything up! SIGN UP FOR OUR NEWSLETTER — Donald
    J. Trump (@realDonaldTrump)" is the post's)."""
    return [
        (a, b)
        for a, b in _paragraphs(text, start, end)
        if len(text[a:b].split()) <= MAX_PROMO_WORDS
        and (
            any(not m.group().isupper() for m in _PROMO_RE.finditer(text[a:b]))
            or _LINK_RE.match(text[a:b])
        )
        or _EDITORS_NOTE_RE.match(text[a:b])
    ]


def _credit_alone(before: str) -> bool:
    """True when what a line writes before its photo credit only names who
    took it ("POOL New/Reuters.", "Susan Lee/AP"): the line is left in
    place, naming nothing the article reports, for the claims extractor
    reads it as the mark of the caption below it (who the photo shows is
    not whom a later "he" stands for: ``claims.subjects``)."""
    words = before.split()
    return len(words) <= MAX_CREDIT_NAME_WORDS and all(w[:1].isupper() for w in words)


def _captions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs that are a photo's caption: an agency caption ("UNITED
    STATES - MARCH 09: ..."), a line labelled as one ("Image caption ..."),
    one in the agencies' style (:data:`_DATED_CAPTION_RE`), or a short
    paragraph ending in a photo credit
    ("Former President Donald Trump accuses ... Mandel Andel via Getty Images")."""
    return [
        (a, b)
        for a, b in _paragraphs(text, start, end)
        if _AGENCY_CAPTION_RE.match(text[a:b])
        or CAPTION_LABEL_RE.match(text[a:b])
        or _DATED_CAPTION_RE.match(text[a:b])
        or (
            len(text[a:b].split()) <= MAX_CAPTION_WORDS
            and (credit := photo_credit(text[a:b])) is not None
            and not _credit_alone(text[a : a + credit.start()])
        )
    ]


def _credited_captions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short paragraphs closed by a credit line of their own below them, with
    that line ("Georgia Gov. Brian Kemp signed the voter integrity law on
    March 25, 2021." over "Brynn Anderson/AP, file"); not a paragraph over a
    credit that heads the caption below it (:data:`_CREDIT_ABOVE_RE`)."""
    paragraphs = list(_paragraphs(text, start, end))
    return [
        (a, d)
        for (a, b), (c, d) in zip(paragraphs, paragraphs[1:], strict=False)
        if len(text[a:b].split()) <= MAX_CAPTION_WORDS
        and (credit := photo_credit(text[c:d])) is not None
        and _credit_alone(text[c : c + credit.start()])
        and not _CREDIT_ABOVE_RE.search(text[c:d])
    ]


def _leading_credits(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Photo credits run into the start of a paragraph
    (:data:`_LEADING_CREDIT_RE`): set apart, the paragraph's sentence starts
    at its own first word ("President Smith signed ..."); not a credit line
    alone ("Jim Doe/Getty Images.", see :func:`_credit_alone`)."""
    return [
        (a, credit.end())
        for a, b in _paragraphs(text, start, end)
        if (credit := _LEADING_CREDIT_RE.match(text, a, b)) is not None
        and len(text[credit.end() : b].split()) > MAX_CREDIT_NAME_WORDS
    ]


def _gallery(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The short paragraphs above the line that opens a story's own text
    (:data:`_HIGHLIGHTS_RE`): the captions of a gallery of other days
    ("Speaker John Boehner tells reporters that he is 'cleaning out the barn'
    ... October 26 in Washington, DC." over "Story highlights ...")."""
    above: list[tuple[int, int]] = []
    for a, b in _paragraphs(text, start, end):
        if _HIGHLIGHTS_RE.match(text[a:b]):
            return [(above[0][0], above[-1][1])] if above else []
        if len(text[a:b].split()) > MAX_CAPTION_WORDS:
            return []
        above.append((a, b))
    return []


def _highlights(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The highlights a page runs into the line that opens the story's own
    text, up to its dateline (:data:`_HIGHLIGHTS_RE`, :data:`_HIGHLIGHTS_END_RE`:
    "Story highlights Senate races tightening ahead of Tuesday's election Best
    GOP can hope for is a slim majority Washington CNN — " before
    "Republicans are spending the final weekend ..."): summaries in no
    sentences of their own, which would run into the lead."""
    for a, b in _paragraphs(text, start, end):
        if _HIGHLIGHTS_RE.match(text[a:b]):
            dateline = _HIGHLIGHTS_END_RE.search(text, a, b)
            if dateline is not None and dateline.end() < b:
                return [(a, dateline.end())]
    return []
