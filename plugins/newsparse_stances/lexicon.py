"""The sentiment lexicon: VADER's word list, adapted to how news quotes use words.

VADER (``vaderSentiment`` on PyPI, Hutto & Gilbert 2014) rates ~7,500 words
from -4 to +4 by crowd judgement, tuned on social media. News differs in
two ways that matter for stance:

* many high-valence words name the *topic*, not the speaker's evaluation
  ("the war in Ukraine", "the debt crisis", "national security", "the
  United States", "interest rates"): those are neutralized or damped here;
* the evaluative vocabulary of officials and analysts ("constructive",
  "baseless", "counterproductive", "destabilizing", "raised concerns") is
  partly missing from VADER: those are added with valences on VADER's scale.

Everything is loaded once per process (``functools.cache``); a lookup is a
dict access, so scoring stays cheap per quote.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import vaderSentiment.vaderSentiment as _vader

#: VADER's own intensifier/dampener table (word -> +0.293 / -0.293), reused
#: as the base of our booster list.
VADER_BOOSTERS: dict[str, float] = dict(_vader.BOOSTER_DICT)

#: Words whose valence in news is about the topic, not the speaker's view:
#: they get 0. Chosen by what a news reader takes as subject matter
#: ("the war", "tax cuts", "health care"), not from any particular article.
TOPICAL: frozenset[str] = frozenset(
    """
    war wars crisis crises conflict conflicts attack attacks attacked protest protests protester protesters
    terror terrorism terrorist terrorists victim victims killed kill killing killings dead death deaths die died
    shooting shootings bomb bombs bombing fire fires prison prisoner prisoners arrest arrested arrests charged charge
    charges accused accuse suspect suspects emergency cancer disease police military army soldier soldiers
    united party parties free freedom security safety defense defence justice care intelligence interest interests
    share shares credit fund funds rescue rescued rich cut cuts tax taxes ban banned block blocked sanction
    sanctions tension tensions critic critics criticism opposition competition compete competitive
    agreed agreement agreements deal deals true truth certain certainty sure yes no please ok okay alright cool
    debt deficit unemployment recession strike strikes poverty gun guns weapon weapons
    energy peace fraud injured injury injuries wounded murder assault crime crimes theft robbery
    fall falls fell fallen drop drops dropped rise rises rose plunge plunged soar soared surge surged
    battle battles fight fights fighting fought
    dispute disputes supporter supporters champion champions adopt adopted hand hands number
    promise promises promised pledge pledges pledged vow vows vowed
    huge massive strongly
    """.split()
)

#: Words that only carry sentiment under some parts of speech ("like" the
#: preposition, "well" the interjection, "kind of", "pretty much").
POS_ONLY: dict[str, frozenset[str]] = {
    "like": frozenset({"VERB"}),
    "well": frozenset({"ADJ", "ADV"}),
    "kind": frozenset({"ADJ"}),
    "pretty": frozenset({"ADJ"}),
    "mean": frozenset({"ADJ"}),
    "patient": frozenset({"ADJ"}),
    "fine": frozenset({"ADJ", "ADV"}),
    "present": frozenset(),
    "thanks": frozenset({"NOUN", "INTJ"}),
    # "we hope", "as we had hoped": a wish, not an assessment (the noun "hope" keeps its valence)
    "hope": frozenset({"NOUN"}),
    "hoped": frozenset({"NOUN"}),
    "hoping": frozenset({"NOUN"}),
    "hopes": frozenset({"NOUN"}),
}

#: Evaluative news vocabulary missing from (or underrated by) VADER, on its -4..4 scale.
NEWS_ADDITIONS: dict[str, float] = {
    # positive assessments of talks, policies, outcomes
    "constructive": 1.8,
    "productive": 1.9,
    "fruitful": 2.0,
    "breakthrough": 2.0,
    "bolster": 1.2,
    "resilient": 1.3,
    "candid": 1.0,
    "welcome": 2.0,
    "welcomed": 1.8,
    "applaud": 2.0,
    "applauded": 2.0,
    "commendable": 2.0,
    "praiseworthy": 2.0,
    "landmark": 1.2,
    "achievement": 2.0,
    "achievements": 2.0,
    "accomplishment": 2.0,
    "recover": 1.3,
    "recovery": 1.2,
    "recovered": 1.3,
    "vindicate": 1.5,
    "vindicated": 1.5,
    "reassuring": 1.8,
    "encouraging": 2.0,
    # VADER lists these only as boosters; said of something ("the result is incredible") they evaluate
    "incredible": 2.0,
    "exceptional": 2.2,
    "tremendous": 1.8,
    # negative assessments
    "setback": -1.8,
    "provocative": -1.5,
    "provocation": -1.6,
    "provocations": -1.6,
    "baseless": -2.0,
    "unfounded": -1.8,
    "misguided": -1.8,
    "destabilize": -1.6,
    "destabilizing": -1.8,
    "concern": -1.0,
    "concerns": -1.2,
    "concerned": -1.3,
    "concerning": -1.3,
    "jeopardize": -1.8,
    "erode": -1.2,
    "escalate": -1.0,
    "escalation": -1.2,
    "counterproductive": -1.6,
    "deplorable": -2.3,
    "unlawful": -1.8,
    "hypocrisy": -2.0,
    "sham": -2.0,
    "harmful": -1.8,
    "false": -1.5,
    "falsely": -1.5,
    "misleading": -1.8,
    "misinformation": -1.5,
    "disinformation": -1.6,
    "afraid": -1.5,
    "unacceptable": -2.2,
    "unworkable": -1.5,
    "unsustainable": -1.4,
    "unhelpful": -1.3,
    "untenable": -1.5,
    "insufficient": -1.2,
    "disproportionate": -1.2,
    "overreach": -1.4,
    "premature": -0.8,
    "reckless": -2.0,
    "irresponsible": -2.0,
    "alarming": -1.8,
    "worrying": -1.6,
    "troubling": -1.8,
    "dismal": -2.0,
    "bleak": -1.6,
    "fragile": -1.0,
    "flawed": -1.8,
    "undermine": -1.5,
    "undermined": -1.5,
    "undermining": -1.5,
    "regrettable": -1.8,
    "failure": -2.0,
    "failed": -1.8,
    "fail": -1.8,
    "betrayal": -2.4,
    "betray": -2.2,
    # common verdicts of commentators VADER lacks ("a paperwork nightmare", "the rollout was a shambles")
    "nightmare": -2.4,
    "shambles": -2.2,
    "debacle": -2.2,
    "absurd": -1.8,
    "backwards": -1.2,  # "a step backwards"
    "lifeline": 1.5,
}

#: News intensifiers beyond VADER's table (multiplicative weight is added per booster).
NEWS_BOOSTERS: dict[str, float] = {
    "seriously": 0.293,
    "gravely": 0.293,
    "strongly": 0.293,
    "fundamentally": 0.293,
    "truly": 0.293,
    "deeply": 0.293,
    "huge": 0.293,
    "massive": 0.293,
    "enormous": 0.293,
    "profoundly": 0.293,
    "increasingly": 0.2,
    "still": 0.0,
}


@cache
def vader_lexicon() -> dict[str, float]:
    """VADER's word -> valence table, read from the installed package's data file."""
    table: dict[str, float] = {}
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            try:
                table[fields[0]] = float(fields[1])
            except ValueError:
                continue
    return table


@cache
def news_lexicon() -> dict[str, float]:
    """VADER adapted to news: topical words removed, news evaluatives added."""
    table = {word: value for word, value in vader_lexicon().items() if word not in TOPICAL}
    table.update(NEWS_ADDITIONS)
    return table


@cache
def boosters() -> dict[str, float]:
    """Intensifiers (> 0) and dampeners (< 0): VADER's table plus news additions."""
    table = dict(VADER_BOOSTERS)
    table.update(NEWS_BOOSTERS)
    return {word: value for word, value in table.items() if value}


def lexicon(name: str = "news") -> dict[str, float]:
    """The lexicon called ``name``: ``news`` (default) or ``vader`` (unadapted, for comparison)."""
    if name == "news":
        return news_lexicon()
    if name == "vader":
        return vader_lexicon()
    raise ValueError(f"unknown lexicon {name!r}: expected 'news' or 'vader'")
