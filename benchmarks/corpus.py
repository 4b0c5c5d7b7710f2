"""A generated news-like corpus for throughput measurements.

Articles are composed from templates filled with random names, places,
organisations, numbers, dates and quotes, so no two articles are alike
(no cache can help) while each reads like wire copy: a dateline, a lede,
direct and indirect quotes with attributions, dates relative to the
publication date, figures. Seeded, so runs are repeatable.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

FIRST = (
    "Amina Joseph Grace Dawit Maria Chen Olga Rahul Fatima Lucas Ingrid Kwame Sofia Tomas Aiko Pedro "
    "Leila Samuel Nadia Oscar Hannah Ibrahim Elena Marcus Priya Jonas Camille Diego Yusuf Mei Anders Rosa"
).split()
LAST = (
    "Odhiambo Lokure Mwangi Bekele Alvarez Wang Petrova Sharma Haddad Moreau Lindqvist Mensah Rossi Novak "
    "Tanaka Costa Farah Okafor Kowalski Brennan Schmidt Nakamura Silva Dubois Gupta Hansen Keller Ortiz "
    "Yilmaz Zhou Berg Torres"
).split()
TITLES = (
    "Foreign Minister",
    "Finance Minister",
    "spokeswoman",
    "spokesman",
    "chief executive",
    "senior analyst",
    "professor of economics",
    "mayor",
    "union leader",
    "director",
    "senator",
    "economist",
    "researcher",
)
ORGS = (
    "the World Bank",
    "the United Nations",
    "the Central Bank",
    "Greenfield Energy",
    "the Ministry of Health",
    "Harbor Logistics",
    "the National Farmers Union",
    "the European Commission",
    "Atlas Mining",
    "the University of Lyon",
    "Riverside Hospital",
    "the Transport Authority",
    "Northwind Airlines",
    "the Red Cross",
    "the Supreme Court",
    "Meridian Capital",
    "the Port Authority",
    "the Teachers' Federation",
)
PLACES = (
    "Nairobi",
    "Lagos",
    "Berlin",
    "Lima",
    "Jakarta",
    "Toronto",
    "Warsaw",
    "Manila",
    "Accra",
    "Oslo",
    "Santiago",
    "Hanoi",
    "Cairo",
    "Madrid",
    "Chicago",
    "Mumbai",
    "Seoul",
    "Lisbon",
    "Dakar",
    "Quito",
)
TOPICS = (
    ("water rights", "the river", "farmers downstream"),
    ("fuel prices", "the subsidy", "commuters"),
    ("a new rail line", "the project", "residents"),
    ("hospital funding", "the budget", "patients"),
    ("a mining licence", "the concession", "local communities"),
    ("teacher salaries", "the agreement", "schools"),
    ("interest rates", "the decision", "borrowers"),
    ("the port expansion", "the contract", "dock workers"),
    ("a drought relief plan", "the plan", "herders"),
    ("airline safety rules", "the regulation", "passengers"),
)
SAY = ("said", "told reporters", "said in a statement", "added", "told the newspaper", "warned", "insisted")
REL_DATES = (
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "last week",
    "yesterday",
    "earlier this month",
    "next month",
    "by the end of the year",
)
QUOTES = (
    "We have a duty to the {n} people who depend on {obj}, and today we took a first step",
    "Nobody should expect miracles, but this is better than nothing",
    "We have heard these promises before",
    "The numbers simply do not add up, and {group} will pay the price",
    "This is a fair deal for {group} and for the country",
    "We will not accept {obj} in its current form",
    "It is too early to say whether {obj} will work",
    "I am confident that we can finish before {month}",
    "Our members are angry, and they have every right to be",
    "The evidence shows costs rising by {pct} percent since {year}",
    "We welcome any dialogue that puts {group} first",
    "Frankly, nobody asked us what we thought",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _fill(rng: random.Random, template: str, obj: str, group: str) -> str:
    return template.format(
        n=f"{rng.randint(2, 900):,}{rng.choice(('', ',000', ' million'))}",
        obj=obj,
        group=group,
        month=rng.choice(MONTHS),
        pct=rng.randint(3, 60),
        year=rng.randint(2009, 2023),
    )


def _paragraph(rng: random.Random, obj: str, group: str, org: str, place: str) -> str:
    kind = rng.randrange(6)
    person, title = _person(rng), rng.choice(TITLES)
    quote = _fill(rng, rng.choice(QUOTES), obj, group)
    if kind == 0:
        return f"\u201c{quote},\u201d {person}, {title} at {org}, {rng.choice(SAY)} in {place}."
    if kind == 1:
        article = "an" if title[0] in "aeiou" else "a"
        when = rng.choice(REL_DATES)
        return f"{person}, {article} {title} in {place}, said {when} that {group} would be hit hardest."
    if kind == 2:
        return f"\u201c{quote},\u201d said {person}, who has followed the talks since {rng.randint(2010, 2023)}."
    if kind == 3:
        return (
            f"According to {org}, spending on {obj} rose to {rng.randint(2, 95)}.{rng.randint(0, 9)} billion "
            f"dollars in {rng.choice(MONTHS)} {rng.randint(2015, 2024)}, up {rng.randint(2, 40)} percent."
        )
    if kind == 4:
        return (
            f"Officials from {org} will meet again in {rng.choice(MONTHS)}, {person} said, "
            f"adding that \u201c{quote.lower()}\u201d."
        )
    return (
        f"Critics in {place} argue that {obj} favours large companies. {person}, the {title}, "
        f"disagreed: \u201c{quote}.\u201d"
    )


def article(rng: random.Random, number: int) -> dict[str, str]:
    """One article as a JSONL-style record: id, title, published, text."""
    topic, obj, group = rng.choice(TOPICS)
    org, place = rng.choice(ORGS), rng.choice(PLACES)
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    lede = (
        f"{place} ({rng.choice(('AFP', 'Reuters', 'AP'))}) \u2013 {org[0].upper() + org[1:]} and local officials "
        f"agreed {rng.choice(REL_DATES)} to reopen talks over {topic}, after {rng.randint(2, 18)} months of stalled "
        f"negotiations that had alarmed {group}."
    )
    paragraphs = [lede] + [
        _paragraph(rng, obj, group, rng.choice(ORGS), rng.choice(PLACES)) for _ in range(rng.randint(9, 20))
    ]
    return {
        "id": f"gen-{number:06d}",
        "title": f"Talks on {topic} resume in {place}",
        "published": published.isoformat(),
        "text": "\n\n".join(paragraphs),
    }


def generate(n: int, seed: int = 13) -> Iterator[dict[str, str]]:
    """``n`` varied articles, reproducibly."""
    rng = random.Random(seed)
    for number in range(n):
        yield article(rng, number)
