"""What a noun can be as a source: person, group, organization, place, document, or nothing.

A quote's speaker must be something that can speak or be cited. Named
entities say so through their label; an unnamed noun phrase says so
through its head noun: ``the spokesman``, ``analysts``, ``the ministry``,
``the city``, ``a new poll`` can be sources, ``an option``, ``the timing``,
``a double-barreled attack`` cannot. This module is the one place both the
actors and the quotes plugins ask, so they agree on what a source is.

It also knows which nouns carry a gender (``spokeswoman``, ``wife``,
``congressman``): evidence a reader takes as plainly as an honorific.

The word lists are general English (no corpus-specific entries) and
public, so a plugin or a user can extend them::

    from newsparse import nouns
    nouns.extend("person", ["bailiff"])
"""

from __future__ import annotations

import re
from typing import Literal

NounClass = Literal["person", "group", "organization", "place", "document"]

_PERSON = """
official spokesman spokeswoman spokesperson aide adviser advisor analyst expert economist strategist
lawmaker legislator senator congressman congresswoman representative governor mayor president
vice-president chairman chairwoman chair chairperson leader minister secretary ambassador envoy diplomat
director executive manager chief founder owner partner investor trader banker lawyer attorney judge
justice prosecutor defender detective investigator officer policeman policewoman sheriff deputy
commissioner councilman councilwoman councillor councilor alderman assemblyman assemblywoman
candidate nominee frontrunner front-runner challenger incumbent rival opponent critic supporter backer
ally colleague friend neighbor neighbour resident citizen voter delegate donor fundraiser
activist organizer organiser protester protestor demonstrator campaigner volunteer member staffer
operative consultant lobbyist insider source observer commentator pundit columnist journalist reporter
correspondent editor writer author historian scholar professor teacher lecturer researcher scientist
student pupil graduate doctor physician surgeon nurse paramedic patient victim survivor witness
defendant plaintiff suspect inmate prisoner detainee convict soldier veteran general admiral colonel
captain lieutenant sergeant commander marine sailor pilot firefighter worker employee employer laborer
labourer farmer rancher fisherman miner driver owner landlord tenant homeowner shopper consumer customer
client user fan follower viewer reader listener parent mother father wife husband son daughter sister
brother child kid teen teenager youth adult grandmother grandfather grandparent aunt uncle cousin niece
nephew widow widower family relative man woman boy girl gentleman lady person individual guy
boyfriend girlfriend fiance fiancee spouse partner heir heiress king queen prince princess duke duchess
pope bishop priest pastor rabbi imam cleric minister monk nun preacher evangelist
businessman businesswoman entrepreneur executive ceo cfo coo chairman negotiator mediator arbiter
regulator auditor inspector examiner administrator bureaucrat clerk secretary-general premier chancellor
monarch dictator ruler lord mp mep mla mpp msp mha mna senator-elect president-elect governor-elect speaker whip
democrat republican conservative liberal progressive moderate independent libertarian socialist
evangelical catholic protestant muslim christian jew immigrant refugee migrant citizen native
spokespeople people folks crowd audience host anchor presenter commentator broadcaster blogger
pollster forecaster statistician demographer analyst surveyor interviewer interviewee respondent
actor actress singer musician artist celebrity star comedian athlete player coach manager referee
umpire official owner designer architect engineer developer programmer scientist inventor
tycoon magnate mogul billionaire millionaire moderator producer narrator mourner attendee novice
surrogate naysayer birther xenophobe couple someone somebody anyone anybody everyone everybody nobody
insurgent rebel militant fighter gunman attacker hacker whistleblower checker fact-checker contender
heavyweight hopeful maker jock bully backer watcher
advocate proponent superdelegate millennial neurosurgeon associate confidant agent elder objector participant
speechwriter caller commenter counsel occupier constituent peacekeeper enthusiast dean contractor photographer
goer caucusgoer head
superintendent principal headteacher headmaster headmistress schoolteacher educator tutor instructor trainer
trustee provost rector registrar chaplain vicar deacon archbishop curator chef cook baker butcher grocer
brewer restaurateur sommelier waiter waitress bartender cashier shopkeeper proprietor vendor
carpenter plumber electrician mechanic janitor custodian lifeguard ranger warden trooper constable
marshal dispatcher magistrate coroner comptroller treasurer supervisor coordinator foreman intern
apprentice retiree pensioner caregiver nanny midwife medic dentist pharmacist veterinarian
poet novelist playwright composer conductor dancer choreographer painter sculptor reviewer influencer
podcaster goalkeeper midfielder striker quarterback pitcher catcher jockey golfer boxer wrestler
""".split()

# Collectives of people: a group whatever their number ("the electorate said").
_GROUP = """
electorate population public community crowd audience movement faction camp base majority minority
generation diaspora establishment left right
staff personnel troops crew elite elites wing forces side sides chorus trio band
""".split()

# Partitive heads: "half of voters", "three in four", "hundreds of protesters", "23 percent":
# the class is the complement's; with none, people counted ("nearly half said").
PARTITIVES = frozenset(
    """half third quarter quarters fifth percent majority minority number share most many some few
    several all both none each one two three four five six seven eight nine ten dozen dozens hundred
    hundreds thousand thousands million millions plurality portion fraction rest remainder proportion
    percentage""".split()
)

_ORGANIZATION = """
agency administration army navy air-force military bank board cabinet campaign company committee management
commission council court department embassy firm government group institute institution kremlin
legislature ministry newspaper office organization organisation paper parliament party police regime
senate house network union university college school tribunal coalition alliance bureau authority
authorities team club airline carrier hospital museum federation league association foundation charity
corporation manufacturer retailer insurer broadcaster outlet station channel publisher press media
prosecutors congress assembly caucus delegation secretariat council panel jury commission regulator
watchdog think-tank tank fund lobby industry sector business businesses chamber firm startup start-up
conglomerate subsidiary bureau directorate service agency pentagon establishment leadership
opposition majority minority state-media daily tabloid magazine journal wire website site
utility railway railroad rail transit operator provider supplier automaker carmaker lender brokerage
airways distributor wholesaler studio
bakery creamery dairy brewery winery distillery gazette tribune herald chronicle courier inquirer
""".split()

_PLACE = """
country nation state city town village county province region district capital republic kingdom
municipality borough township territory
""".split()

_DOCUMENT = """
report poll survey study email e-mail tweet post book video statement letter memo memorandum release
press-release document documents filing lawsuit suit complaint indictment affidavit testimony transcript
ruling decision verdict opinion order brief motion petition resolution bill law measure amendment
ordinance regulation rule guideline guidance proposal platform manifesto plan budget analysis review
audit assessment estimate forecast projection model index census data figures statistics numbers
record records article editorial column op-ed essay story headline broadcast documentary film movie
show program programme episode interview speech ad advertisement commercial flyer mailer leaflet
pamphlet brochure website blog message text note notice warning alert bulletin newsletter cable
dispatch communique announcement declaration proclamation agreement treaty accord deal contract
charter constitution policy paper white-paper research findings evidence exit-poll tally
photo photograph image picture footage recording tape clip podcast result results average count
disclosure disclosures update updates probe investigation inquiry call calls publication remark remarks
comment comments words vow pledge voice polling
page account summary spot sign placard banner poster billboard series version returns tracker copy
collection reporting playbook memoir textbook readout chart map graph list file excerpt fact-check
legislation precedent material materials exchange leak cartoon screenshot
""".split()

# Gendered nouns: evidence of gender as plain as an honorific. "chairman" and
# "spokesman" are left out of the male list: news English still uses them for women.
# "committeeman"/"committeewoman" are in: a party's two seats per state are named by gender.
_FEMALE = """
woman women mother wife daughter sister grandmother granddaughter aunt niece girl girlfriend widow bride
queen princess duchess empress actress waitress hostess heiress stewardess spokeswoman congresswoman
chairwoman councilwoman assemblywoman businesswoman sportswoman policewoman stepmother stepdaughter mom
mum mommy lady nun abbess countess baroness fiancee sorority-sister matriarch grandma headmistress
committeewoman saleswoman anchorwoman servicewoman
""".split()

_MALE = """
man men father husband son brother grandfather grandson uncle nephew boy boyfriend widower groom king
prince duke emperor waiter host-man congressman councilman assemblyman businessman sportsman policeman
stepfather stepson dad daddy gentleman monk abbot count baron fiance patriarch grandpa headmaster
committeeman salesman anchorman serviceman
""".split()

_CLASSES: dict[str, set[str]] = {
    "person": set(_PERSON),
    "group": set(_GROUP),
    "organization": set(_ORGANIZATION),
    "place": set(_PLACE),
    "document": set(_DOCUMENT),
}
_KNOWN = frozenset().union(*_CLASSES.values())
_GENDER: dict[str, str] = {**dict.fromkeys(_MALE, "male"), **dict.fromkeys(_FEMALE, "female")}

# Agent nouns: "-ist" (activist), "-ologist" (epidemiologist), "-ian" (historian), "-eer" (auctioneer),
# and compounds of man/woman/person/people (spokesperson, chairwoman, congressmen).
_AGENT = re.compile(
    r"(?:[a-z]{3,}ists?|[a-z]{3,}ians?|[a-z]{3,}eers?|[a-z]{3,}(?:wo)?m[ae]n|[a-z]{3,}persons?|[a-z]+people"
    r"|[a-z]{3,}makers?)"
)
_NOT_AGENT = frozenset(
    """exist exists twist twists wrist wrists assist assists insist insists persist persists resist resists consist
    consists desist career careers median medians abdomen abdomens specimen specimens ottoman ottomans talisman
    regimen regimens""".split()
)
_PLURAL_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "folks": "folk"}


def singular(word: str) -> str:
    """A rough singular of a lower-case noun, for lookup only (``officials`` -> ``official``)."""
    if word in _PLURAL_IRREGULAR:
        return _PLURAL_IRREGULAR[word]
    if word.endswith("men") and len(word) > 5:
        return word[:-3] + "man"  # congressmen, spokeswomen
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


#: ``noun_class`` answers by (word, lemma): the extractors ask about the same nouns over and over.
#: Emptied by :func:`extend`, and when it grows past ``_CLASS_CACHE_LIMIT``.
_CLASS_CACHE: dict[tuple[str, str | None], NounClass | None] = {}
_CLASS_CACHE_LIMIT = 50_000


def noun_class(word: str, lemma: str | None = None) -> NounClass | None:
    """The class of a head noun as a possible source, or ``None`` when it cannot speak.

    ``word`` is the noun as printed; ``lemma`` the tagger's lemma when known.
    Person nouns come back as ``person`` whether singular or plural: the
    caller knows the number (``analysts`` is a group of persons).
    """
    key = (word, lemma)
    try:
        return _CLASS_CACHE[key]
    except KeyError:
        pass
    if len(_CLASS_CACHE) >= _CLASS_CACHE_LIMIT:
        _CLASS_CACHE.clear()
    found = _CLASS_CACHE[key] = _noun_class(word, lemma)
    return found


def _noun_class(word: str, lemma: str | None) -> NounClass | None:
    lower = word.lower().strip(".,'’")
    if lower.endswith(("-year-old", "-year-olds")):
        return "person"  # "the 46-year-old said"
    if "-" in lower and lower not in _KNOWN:
        lower = lower.rsplit("-", 1)[-1]  # "fact-checkers" -> "checkers"
    for key in dict.fromkeys((lower, (lemma or "").lower(), singular(lower))):
        if not key:
            continue
        for cls, words in _CLASSES.items():
            if key in words:
                return cls  # type: ignore[return-value]
    if lower not in _NOT_AGENT and _AGENT.fullmatch(lower):
        return "person"
    return None


def noun_gender(word: str) -> str | None:
    """``female`` for ``spokeswoman``, ``wife``; ``male`` for ``congressman``, ``son``; else ``None``."""
    lower = word.lower().strip(".,'’")
    return _GENDER.get(lower) or _GENDER.get(singular(lower))


def extend(cls: NounClass, words: list[str] | tuple[str, ...]) -> None:
    """Add nouns to a class (for plugins and users whose sources use other words)."""
    if cls not in _CLASSES:
        raise ValueError(f"unknown noun class {cls!r}; expected one of {sorted(_CLASSES)}")
    _CLASSES[cls].update(w.lower() for w in words)
    global _KNOWN
    _KNOWN = frozenset().union(*_CLASSES.values())
    _CLASS_CACHE.clear()
