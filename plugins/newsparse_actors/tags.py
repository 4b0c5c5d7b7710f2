"""Party-state tags: a printed convention of news copy that says who without a sentence.

``Sen. Thomas Whitfield, R-Texas,``, ``Rep. Ann Lee (D-Calif.)``, ``I-Vt.``:
the party is the affiliation and the state completes the role (``senator
from Texas``). Datelines, the other such convention, are read by the core
(:func:`newsparse.dateline_spans`) because the quotes plugin needs them too.
"""

from __future__ import annotations

import re

import attrs

PARTIES = {"R": "Republican Party", "D": "Democratic Party"}  # I- (independent) names no party
# A party's adjective as NER reads it (NORP) in "Republican senator", "Democrat Joe Manchin".
PARTY_ADJECTIVES = {"republican": "Republican Party", "democratic": "Democratic Party", "democrat": "Democratic Party"}

# AP-style abbreviations and postal codes -> state names.
_STATES = {
    "Ala.": "Alabama", "Alaska": "Alaska", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia",
    "Hawaii": "Hawaii", "Idaho": "Idaho", "Ill.": "Illinois", "Ind.": "Indiana", "Iowa": "Iowa", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Maine": "Maine", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Ohio": "Ohio",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Texas": "Texas", "Tex.": "Texas", "Utah": "Utah",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}  # fmt: skip
_POSTAL = dict(
    zip(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
        "OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(),
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
        "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi "
        "Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota "
        "Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont "
        "Virginia Washington West_Virginia Wisconsin Wyoming".replace("_", "~").split(),
        strict=True,
    )
)
_POSTAL = {code: name.replace("~", " ") for code, name in _POSTAL.items()}
_TAG = re.compile(r"\s*(?:,|\()\s*(?P<party>[RDI])\s?[-–]\s?(?P<place>[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)\s*[,)]?")


@attrs.frozen
class PartyTag:
    """``R-Texas`` read after a name: party name, state name, and the characters it covers."""

    party: str
    state: str | None
    start: int
    end: int


def party_tag(text: str, offset: int) -> PartyTag | None:
    """The party-state tag printed right after a name ending at ``offset``, if any."""
    match = _TAG.match(text, offset)
    if match is None:
        return None
    place = match.group("place").rstrip(",")
    state = _STATES.get(place) or _POSTAL.get(place) or (place if place in _STATES.values() else None)
    if state is None:
        return None
    start = match.start("party")
    end = match.end("place") - (len(match.group("place")) - len(place))
    return PartyTag(PARTIES.get(match.group("party"), "independent"), state, start, end)
