"""Adjectives of nationality → the country they name (``Chinese`` → ``China``).

Used only to name the affiliation of ``Chinese President Xi Jinping``; a
demonym missing from this table is kept as printed, which is still what
the text says. Plural nouns (``the Chinese``) are groups, not countries.
"""

from __future__ import annotations

DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States",
    "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia",
    "austrian": "Austria", "azerbaijani": "Azerbaijan", "bangladeshi": "Bangladesh", "belarusian": "Belarus",
    "belgian": "Belgium", "bolivian": "Bolivia", "bosnian": "Bosnia", "brazilian": "Brazil", "british": "United Kingdom",
    "bulgarian": "Bulgaria", "burmese": "Myanmar", "cambodian": "Cambodia", "canadian": "Canada", "chilean": "Chile",
    "chinese": "China", "colombian": "Colombia", "croatian": "Croatia", "cuban": "Cuba", "czech": "Czech Republic",
    "danish": "Denmark", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt", "emirati": "United Arab Emirates",
    "english": "England", "estonian": "Estonia", "ethiopian": "Ethiopia", "european": "Europe", "filipino": "Philippines",
    "finnish": "Finland", "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana",
    "greek": "Greece", "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India", "indonesian": "Indonesia",
    "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy",
    "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "Korea",
    "kuwaiti": "Kuwait", "latvian": "Latvia", "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania",
    "malaysian": "Malaysia", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia", "moroccan": "Morocco",
    "nepalese": "Nepal", "nigerian": "Nigeria", "norwegian": "Norway", "pakistani": "Pakistan", "palestinian": "Palestine",
    "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar", "romanian": "Romania",
    "russian": "Russia", "saudi": "Saudi Arabia", "scottish": "Scotland", "serbian": "Serbia", "singaporean": "Singapore",
    "slovak": "Slovakia", "slovenian": "Slovenia", "somali": "Somalia", "spanish": "Spain", "sri lankan": "Sri Lanka",
    "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria", "taiwanese": "Taiwan",
    "thai": "Thailand", "tunisian": "Tunisia", "turkish": "Turkey", "ukrainian": "Ukraine", "uruguayan": "Uruguay",
    "uzbek": "Uzbekistan", "venezuelan": "Venezuela", "vietnamese": "Vietnam", "welsh": "Wales", "yemeni": "Yemen",
    "zimbabwean": "Zimbabwe",
}

# Ways of writing one country that should give one affiliation actor.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "united states": "United States", "america": "United States", "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "prc": "China", "eu": "European Union", "uae": "United Arab Emirates",
}


def country_of(word: str) -> str | None:
    """The country a nationality adjective names, or ``None`` if unknown."""
    return DEMONYMS.get(word.casefold())


def canonical_place(name: str) -> str:
    """``U.S.``/``US``/``the United States`` → ``United States``; other names unchanged."""
    return COUNTRY_ALIASES.get(name.casefold().strip(), name)
