"""The actors plugin on text written for these tests: merging, roles, groups, gender, ids."""

from __future__ import annotations

import pytest

from newsparse.models import ActorKind
from newsparse_actors import extract_actors


@pytest.fixture(scope="module")
def actors_of(analyze):
    """``actors_of(text) -> {name: Actor}`` (and the list, for checks on all actors)."""

    def run(text: str):
        actors = extract_actors(analyze(text))
        return {actor.name: actor for actor in actors}, actors

    return run


def mention_texts(actor) -> list[str]:
    return [m.text for m in actor.mentions]


# -- one actor per person ------------------------------------------------------------------
def test_full_name_surname_honorific_possessive_plural_and_description_are_one_actor(actors_of):
    text = (
        "US Secretary of State Maria Okafor arrived in Lagos on Sunday. Okafor said the talks would be hard. "
        "Critics of Ms. Okafor's plan were loud, but Okafors' aides dismissed them. "
        "Later the secretary of state met local leaders."
    )
    by_name, actors = actors_of(text)
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    assert [p.name for p in people] == ["Maria Okafor"]
    okafor = by_name["Maria Okafor"]
    texts = mention_texts(okafor)
    assert texts[0] == "Maria Okafor"
    assert texts.count("Okafor") == 2  # "Okafor said", "Ms. Okafor's" (possessive left out of the span)
    assert "Okafors" in texts  # translated plural possessive
    assert "the secretary of state" in texts
    assert okafor.title == "Ms."
    assert okafor.gender == "female"
    assert okafor.id == "a-maria-okafor"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Therapist Owen Gallagher disagrees. "You are allowed to stop," he said.', "Owen Gallagher"),
        ("Historian Nadia Brennan said the archive had been closed for a decade.", "Nadia Brennan"),
        # a given name that is also a noun stays a name; so do words the tagger reads as a modal or adverb
        ("Guy Lane Fischer said the vote was close.", "Guy Lane Fischer"),
        ("Will Doyle, a farmer, said the rain came late.", "Will Doyle"),
        ("Fox News host Bill O’Reilly said the poll was wrong.", "Bill O’Reilly"),
        ("Superintendent Ray Delgado said the office would have numbers by then.", "Ray Delgado"),
        ("Chef Tomasz Wren, who ran the kitchen for a decade, says he built the menu around one oven.", "Tomasz Wren"),
    ],
)
def test_a_role_noun_capitalised_before_a_full_name_is_not_part_of_it(actors_of, text, name):
    _, actors = actors_of(text)
    assert [a.name for a in actors if a.kind is ActorKind.PERSON] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # after a lower-case person noun
            "A falling tree crushed the roof of the public library. Nobody was inside. "
            '"It came straight through the reading room," said librarian Tamsin Howe, standing outside.',
            "Tamsin Howe",
        ),
        (  # before ", who"
            "Asked what he would tell Mayor Linda Chow about living outside, Darnell Price, who has slept in "
            'Allan Gardens since August, didn\'t hesitate. "Come spend a night here," he said.',
            "Darnell Price",
        ),
        (  # set off after a person noun (tagged an organization)
            "The defense attorney, Marcus Bell, argued that the evidence was weak.",
            "Marcus Bell",
        ),
        (  # in apposition after a person noun (tagged a place)
            "The novelist Ines Carvalho says she writes every morning.",
            "Ines Carvalho",
        ),
        (  # a noun that is also a given name is a description when a comma sets the name off
            "One Republican presidential hopeful, Carly Fiorina, said the race was far from over.",
            "Carly Fiorina",
        ),
        (  # a person noun set off after the name (tagged an organization)
            "Then gunshots were fired into the crowd. Maryam Violet, an Iranian journalist visiting Nice, said "
            "people ran in every direction.",
            "Maryam Violet",
        ),
        (  # ... and a given name the tagger left out of the entity
            "The ward was busy. Lumen Ashby, a nurse at the hospital, told reporters every bed was taken.",
            "Lumen Ashby",
        ),
    ],
)
def test_a_name_said_to_be_someone_is_a_person_whatever_the_tagger_says(actors_of, text, name):
    by_name, _ = actors_of(text)
    assert by_name[name].kind is ActorKind.PERSON


def test_a_one_word_name_never_given_in_full_and_tagged_an_organization_is_one(actors_of):
    text = (
        "The menu at Marrow, which opened in May on Cole Street, promises honest food from the fire.\n\n"
        "Marrow is open Tuesday through Sunday. Mains cost $24 to $38."
    )
    by_name, actors = actors_of(text)
    assert by_name["Marrow"].kind is ActorKind.ORGANIZATION
    assert not [a for a in actors if a.kind is ActorKind.PERSON]


@pytest.mark.parametrize(
    ("text", "name", "surname"),
    [
        # the surname tagged a person: it was left out of the clustering and made a second person
        (
            "Council candidate Maria Lindgren-Batt finished second on Tuesday.\n\n"
            "Lindgren-Batt, a former nurse, told supporters the issue could no longer be ignored.",
            "Maria Lindgren-Batt",
            "Lindgren-Batt",
        ),
        # the surname tagged an organization: three tokens, so the one-word check missed it
        (
            "Independent candidate Tomas Abara-Lund finished third.\n\n"
            "Abara-Lund, a retired bus driver who ran on a promise to restore night service, told supporters "
            "the result was a start. He said he would run again.",
            "Tomas Abara-Lund",
            "Abara-Lund",
        ),
    ],
)
def test_a_hyphenated_surname_alone_is_the_person_named_in_full(actors_of, text, name, surname):
    by_name, actors = actors_of(text)
    assert surname not in by_name
    assert mention_texts(by_name[name]).count(surname) == 1
    assert [a.name for a in actors if a.kind is ActorKind.PERSON] == [name]


def test_a_short_name_printed_after_the_full_one_is_the_same_organization(actors_of):
    text = (
        "Kestrel has raised $40 million from investors led by Northgate Ventures, the company said Monday. "
        "Northgate partner Dev Malhotra will join the board. The UN Security Council met. The UN said nothing."
    )
    by_name, _ = actors_of(text)
    assert "Northgate" in by_name["Northgate Ventures"].aliases
    assert by_name["Dev Malhotra"].affiliation_id == by_name["Northgate Ventures"].id
    assert "Northgate" not in by_name
    assert "UN" in by_name  # an acronym is a full name: the UN is not its Security Council


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lena Reyes told the Daily Ledger she’s not going to resign.", "Daily Ledger"),
        ("Lena Reyes told the Harbor Gazette he was not going to resign.", "Harbor Gazette"),
    ],
)
def test_an_organization_name_ends_before_an_auxiliary_or_pronoun_run_into_it(actors_of, text, name):
    by_name, actors = actors_of(text)
    assert name in by_name
    assert [a.name for a in actors if a.kind is ActorKind.ORGANIZATION] == [name]


def test_a_possessive_without_its_noun_is_the_named_place_it_stands_for(actors_of):
    text = (
        "Members of Holy Trinity Church voted on Sunday to open the hall. Nora Quill, who has attended "
        "Holy Trinity's for six years, said the board had listened."
    )
    by_name, actors = actors_of(text)
    assert mention_texts(by_name["Holy Trinity Church"]) == ["Holy Trinity Church", "Holy Trinity"]
    assert [a.name for a in actors if a.kind is ActorKind.ORGANIZATION] == ["Holy Trinity Church"]


def test_a_companys_legal_form_does_not_make_another_organization(actors_of):
    text = (
        "Corvane Textiles cuts jobs\n\n"
        "Corvane Textiles Ltd said on Monday it would cut 200 jobs at its mill, and Bellcroft Co said it would not."
    )
    by_name, actors = actors_of(text)
    assert [a.name for a in actors if a.name.startswith("Corvane")] == ["Corvane Textiles"]
    assert "Corvane Textiles Ltd" in by_name["Corvane Textiles"].aliases
    assert "Bellcroft Co" in by_name  # a legal form alone is kept in the name printed


def test_a_whose_clause_after_a_name_is_no_role(actors_of):
    by_name, _ = actors_of("Senator Bernie Sanders, whose populist campaign drew crowds, spoke in Iowa on Monday.")
    assert by_name["Bernie Sanders"].role != "populist campaign"


def test_leading_a_rival_is_no_post(actors_of):
    text = (
        "Hillary Clinton, who leads Bernie Sanders 1,428 to 1,153 in pledged delegates, spoke on Monday. "
        "Tom Reyes, who heads the agency, said it was fine."
    )
    by_name, _ = actors_of(text)
    assert by_name["Hillary Clinton"].role is None
    assert by_name["Tom Reyes"].role == "heads the agency"


def test_a_title_case_headline_gives_no_premodifier_role(actors_of):
    by_name, _ = actors_of(
        "Tim Kaine Response To Donald Trump Is Swift\n\nDonald Trump, the Republican nominee, spoke."
    )
    assert by_name["Donald Trump"].role != "Response"
    assert by_name["Donald Trump"].role == "Republican nominee"


def test_a_role_cut_where_a_clause_begins_loses_its_dangling_word(actors_of):
    by_name, _ = actors_of("Tom Rastin, an executive at an Ohio-based firm that makes valves, said sales were up.")
    assert by_name["Tom Rastin"].role == "executive at an Ohio-based firm"


def test_the_title_of_a_work_is_no_person(actors_of):
    by_name, _ = actors_of("Adeyemi, whose play Salt Water won the national drama prize last year, said she was glad.")
    assert "Salt Water" not in by_name


def test_a_name_the_tagger_ran_into_the_dateline_loses_the_dateline(actors_of):
    text = "BERLIN - Berlin's transport company will add eleven night bus lines from May, it announced on Friday."
    _, actors = actors_of(text)
    assert not [a.name for a in actors if "BERLIN" in a.name or a.kind is ActorKind.ORGANIZATION]


def test_a_speakers_name_glued_to_the_closing_quote_is_the_name_alone(actors_of):
    text = (
        'Critics have called the fee plan a tax by stealth,"Okonjo said on Tuesday. '
        "Ngozi Okonjo, the finance minister, defended it in parliament."
    )
    names, actors = actors_of(text)
    assert not [a.name for a in actors if '"' in a.name or "stealth" in a.name]
    assert "Okonjo" in mention_texts(names["Ngozi Okonjo"])


@pytest.mark.parametrize(
    ("text", "person", "run_in"),
    [
        (
            "Harwell Blasts Council Over Bridge Delay\n\nDenise Harwell, the county treasurer, said on Monday "
            "that the repairs had been promised for years. Harwell added that the council had ignored her.",
            "Denise Harwell",
            "Blasts",
        ),
        (
            "Senior Okafor aides said on Friday that the budget would pass. Martin Okafor, the governor, "
            "did not comment. A senior official said the vote was close.",
            "Martin Okafor",
            "Senior",
        ),
    ],
)
def test_a_headline_or_opening_word_run_into_a_known_surname_is_no_second_person(actors_of, text, person, run_in):
    names, actors = actors_of(text)
    assert not [a.name for a in actors if run_in in a.name and a.kind is ActorKind.PERSON]
    assert person.split()[-1] in mention_texts(names[person])


def test_a_relative_named_once_at_a_sentence_start_stays_their_own_person(actors_of):
    text = "Bill Harwell said on Friday that he was proud. Denise Harwell, his wife, passed the bill in May."
    names, _ = actors_of(text)
    assert {"Bill Harwell", "Denise Harwell"} <= set(names)


def test_an_acronym_affiliation_points_at_the_organization_it_abbreviates(actors_of):
    text = (
        "Ceasefire holds in border region, UN says\n\n"
        "A ceasefire has largely held since Sunday, the United Nations said Wednesday.\n\n"
        '"We are cautiously encouraged," UN spokeswoman Adèle Mbarga told reporters in Geneva.'
    )
    by_name, actors = actors_of(text)
    un = by_name["United Nations"]
    assert "UN" in un.aliases
    assert by_name["Adèle Mbarga"].affiliation_id == un.id
    assert [a.name for a in actors if a.kind is ActorKind.ORGANIZATION] == ["United Nations"]


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        # sports: the tagger reads 'The Hammer" Hollis' as a title of a work
        (
            'Dane "The Hammer" Hollis scored twice on Saturday. "We never stopped believing," Hollis said.',
            "Dane Hollis",
            'Dane "The Hammer" Hollis',
        ),
        # crime: single marks, and a name the tagger left untagged
        (
            "Detectives said Anthony 'Big Tony' Ruggiero ran the ring from a diner. Ruggiero denied it.",
            "Anthony Ruggiero",
            "Anthony 'Big Tony' Ruggiero",
        ),
        # music: the tagger split the name in two people at the nickname
        (
            'Jazz singer Ella "Lady Ella" Moreau said the tour would end in Paris. Moreau is 71.',
            "Ella Moreau",
            'Ella "Lady Ella" Moreau',
        ),
        # a role noun opening the sentence is no given name
        (
            'Trumpeter Louis "Satchmo" Armstrong recorded the song in 1928.',
            "Louis Armstrong",
            'Louis "Satchmo" Armstrong',
        ),
    ],
)
def test_a_name_with_a_nickname_in_marks_is_one_person_named_without_it(actors_of, text, name, written):
    by_name, actors = actors_of(text)
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    assert [p.name for p in people] == [name]
    (person,) = people
    assert written in person.aliases
    assert mention_texts(person)[0] == written
    assert not [a for a in actors if "Hammer" in a.name or "Big Tony" in a.name or "Lady Ella" in a.name]


def test_a_team_the_article_calls_the_plural_name_is_an_organization(actors_of):
    """``Kingsport Rovers``, tagged a person, is ``the Rovers`` later: a team, one organization with both names."""
    text = (
        'Dane "The Hammer" Hollis scored twice for Kingsport Rovers on Saturday. "We never stopped believing," '
        "Hollis said. The win lifts the Rovers to third in the Northern League."
    )
    by_name, actors = actors_of(text)
    assert [a.name for a in actors if a.kind is ActorKind.PERSON] == ["Dane Hollis"]
    rovers = by_name["Kingsport Rovers"]
    assert rovers.kind is ActorKind.ORGANIZATION
    assert mention_texts(rovers) == ["Kingsport Rovers", "Rovers"]


def test_a_team_that_takes_a_plural_verb_is_an_organization(actors_of):
    """``Ashdown Wanderers`` tagged a person; ``Wanderers travel`` agrees in the plural: a team, no person."""
    text = (
        "MILLBROOK — Ashdown Wanderers beat the league leaders 2-0 on Sunday. "
        '"We defended well," captain Lena Ortiz said. Wanderers travel to Dunmore next week.'
    )
    by_name, actors = actors_of(text)
    assert not [a.name for a in actors if a.kind is ActorKind.PERSON and "Wanderers" in a.name]
    assert by_name["Lena Ortiz"].kind is ActorKind.PERSON


def test_a_dateline_the_tagger_called_a_person_is_no_one(actors_of):
    """``KINGSPORT —`` tagged a person: where the story was filed, not who is in it."""
    _, actors = actors_of("KINGSPORT — Dane Hollis scored three times as the home side won 4-1 on Saturday.")
    assert "KINGSPORT" not in [a.name for a in actors]


def test_two_names_sharing_a_plural_verb_stay_people(actors_of):
    """``Dana Sanders and Ruth Ames spar``: the verb is plural for the pair, not for either name."""
    by_name, _ = actors_of("The debate ran late. Dana Sanders and Ruth Ames spar over taxes every week.")
    assert by_name["Dana Sanders"].kind is ActorKind.PERSON


def test_a_surname_before_a_noun_after_the_keeps_the_person(actors_of):
    """``the Sanders campaign``: *the* goes with ``campaign``, ``Sanders`` stays the person's surname."""
    by_name, _ = actors_of("Bernie Sanders spoke in Ohio. The Sanders campaign said the crowd was large.")
    assert by_name["Bernie Sanders"].kind is ActorKind.PERSON


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        ("The debate was loud. Fox News’ Sean Hannity said the candidate had won.", "Sean Hannity", "Fox News"),
        ("The debate was loud. The New Republic's Jeet Heer wrote that the candidate had won.", "Jeet Heer", None),
    ],
)
def test_a_name_the_tagger_ran_into_its_owners_is_a_person(actors_of, text, person, owner):
    """``Fox News’ Sean Hannity`` tagged one organization: the possessor modifies the name, which heads the phrase."""
    by_name, actors = actors_of(text)
    assert by_name[person].kind is ActorKind.PERSON
    assert not [a.name for a in actors if person in a.name and a.name != person]
    if owner is not None:
        assert by_name[owner].kind is ActorKind.ORGANIZATION


def test_a_possessive_inside_an_organizations_name_keeps_it_whole(actors_of):
    """``Moody's Investors Service``: the words after the possessive are an organization's, not a person's name."""
    by_name, actors = actors_of("The markets fell. Moody's Investors Service said the outlook was negative.")
    assert by_name["Moody's Investors Service"].kind is ActorKind.ORGANIZATION
    assert not [a for a in actors if a.kind is ActorKind.PERSON]


def test_a_surname_with_an_apostrophe_tagged_an_organization_joins_the_person(actors_of):
    """``O'Donnell`` is ``donnell`` in the key of ``John O'Donnell``: the tagger's organization is his surname."""
    text = (
        "John O'Donnell, a former casino executive, wrote a book in 1991. O'Donnell said the owner was "
        "thin-skinned. In it, O'Donnell departed from the usual story."
    )
    by_name, actors = actors_of(text)
    assert [a.name for a in actors] == ["John O'Donnell"]
    assert mention_texts(by_name["John O'Donnell"]) == ["John O'Donnell", "O'Donnell", "O'Donnell"]


def test_a_name_whose_verb_has_her_object_is_a_person_whatever_the_tagger_says(actors_of):
    """``Carly Fiorina threw her support``: *her* of the verb's object is the subject's; an organization is *its*."""
    by_name, _ = actors_of("The race tightened. Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday.")
    assert by_name["Carly Fiorina"].kind is ActorKind.PERSON


def test_a_pronoun_of_a_reported_clause_makes_no_organization_a_person(actors_of):
    """``The Associated Press said she had won``: *she* is someone the agency reports on."""
    text = "The count went on. Northway Press Agency said she had won the nomination by Monday."
    by_name, _ = actors_of(text)
    assert all(a.kind is not ActorKind.PERSON for a in by_name.values() if "Northway" in a.name)


def test_words_in_marks_after_a_lower_case_word_are_no_nickname(actors_of):
    """``called the plan "Operation Harvest" Monday``: a name in marks, not inside a person's name."""
    _, actors = actors_of('The mayor called the plan "Operation Harvest" Monday and Ruth Ames agreed.')
    assert [a.name for a in actors if a.kind is ActorKind.PERSON] == ["Ruth Ames"]


def test_a_speaker_the_tagger_took_for_a_title_of_a_work_is_a_person(actors_of):
    text = (
        '"He said it was a loan and that he would pay it back by the end of the month," Joanne Pike told the jury.'
        "\n\nUnder cross-examination, Pike acknowledged that she had not reported the transfer."
    )
    by_name, _ = actors_of(text)
    pike = by_name["Joanne Pike"]
    assert pike.kind is ActorKind.PERSON
    assert mention_texts(pike) == ["Joanne Pike", "Pike"]


@pytest.mark.parametrize(
    "text",
    [
        "Mountain Rescues Cymru said two walkers were found. It said both were unhurt.",
        "Flood warnings stay in force\n\nGLENWYN, Wales — Rain kept falling on Sunday.\n\n"
        "Upland Waters Wales said in a statement that six warnings were in force.",
    ],
)
def test_an_untagged_name_with_a_plural_noun_in_it_is_no_person(actors_of, text):
    """``Upland Waters Wales said``: left untagged, it was read as a person's name; a person's is never plural."""
    _, actors = actors_of(text)
    assert not [a.name for a in actors if a.kind is ActorKind.PERSON]


def test_an_untagged_name_built_on_an_organization_noun_is_no_person(actors_of):
    _, actors = actors_of("Regional Rail said in a statement that it had offered a 4% raise over two years.")
    assert not [a.name for a in actors if a.kind is ActorKind.PERSON]


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Marco Rubio Responds To Question About Immigration", "Marco Rubio"),
        ("Dennis Prager Tells Conservatives To Vote", "Dennis Prager"),
        ("Maria Hinojosa Explained Why Latino Voters Matter", "Maria Hinojosa"),
        ("Telling Jeb Bush To Drop Out Is Easy", "Jeb Bush"),
    ],
)
def test_a_name_read_out_of_a_headline_stops_at_the_verb(actors_of, headline, name):
    _, actors = actors_of(f"{headline}\n\nThe radio host {name} spoke on Monday.")
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    assert [(a.name, mention_texts(a)) for a in people] == [(name, [name, name])]


def test_a_title_the_ner_swallowed_becomes_the_role_and_a_possessor_never_does(actors_of):
    by_name, _ = actors_of('Therapist Owen Gallagher disagrees. "You are allowed to stop," he said.')
    assert by_name["Owen Gallagher"].role == "Therapist"
    by_name, _ = actors_of("The network's Dana Whitcomb said the debate would go ahead.")
    assert by_name["Dana Whitcomb"].role is None


def test_joe_biden_and_jill_biden_stay_apart(actors_of):
    text = (
        "President Joe Biden and his wife Jill Biden visited a school in Ohio. "
        "Jill Biden said teachers deserve more pay. Joe Biden spoke about jobs."
    )
    by_name, actors = actors_of(text)
    assert {"Joe Biden", "Jill Biden"} <= set(by_name)
    assert len([a for a in actors if a.kind is ActorKind.PERSON]) == 2
    assert mention_texts(by_name["Jill Biden"]) == ["Jill Biden", "Jill Biden"]
    assert by_name["Joe Biden"].id != by_name["Jill Biden"].id


def test_a_name_without_its_middle_name_is_the_same_person(actors_of):
    text = (
        "Margaret Ellen Osei opened the clinic on Monday. "
        "Margaret Osei said the waiting list had doubled. Osei thanked the nurses."
    )
    by_name, actors = actors_of(text)
    assert [a.name for a in actors if a.kind is ActorKind.PERSON] == ["Margaret Ellen Osei"]
    assert mention_texts(by_name["Margaret Ellen Osei"]) == ["Margaret Ellen Osei", "Margaret Osei", "Osei"]


def test_two_longer_names_sharing_first_and_last_words_keep_the_short_one_apart(actors_of):
    text = "Anna Maria Lopez and Anna Sofia Lopez ran the bakery. Anna Lopez said the rent had doubled."
    by_name, _ = actors_of(text)
    assert {"Anna Maria Lopez", "Anna Sofia Lopez", "Anna Lopez"} <= set(by_name)


def test_surname_goes_to_the_nearest_full_name_before_it(actors_of):
    text = (
        "Mark Haldane runs the bakery. His cousin Ruth Haldane runs the farm next door. "
        "Haldane said the harvest was poor this year."
    )
    by_name, _ = actors_of(text)
    assert "Haldane" in mention_texts(by_name["Ruth Haldane"])
    assert "Haldane" not in mention_texts(by_name["Mark Haldane"])


def test_gendered_honorific_picks_between_two_people_of_one_surname(actors_of):
    text = (
        "Mrs. Dana Whitfield and Mr. Paul Whitfield own the mill. Paul Whitfield spoke first. "
        "Mrs. Whitfield said the mill would stay open."
    )
    by_name, _ = actors_of(text)
    assert "Whitfield" in mention_texts(by_name["Dana Whitfield"])
    assert mention_texts(by_name["Paul Whitfield"]) == ["Paul Whitfield", "Paul Whitfield"]


def test_family_name_first_mentions_join_the_full_name(actors_of):
    text = 'Zhou Minghao, an economist at Fudan University, spoke on Monday. "Growth will slow," said Mr. Zhou.'
    by_name, _ = actors_of(text)
    zhou = by_name["Zhou Minghao"]
    assert "Zhou" in mention_texts(zhou)
    assert zhou.title == "Mr."
    assert zhou.gender == "male"


# -- roles and affiliations ------------------------------------------------------------------
def test_appositive_role_and_affiliation_actor(actors_of):
    text = "Priya Raman, director of the Energy Program at the Brookings Institution, said the policy would fail."
    by_name, _ = actors_of(text)
    raman = by_name["Priya Raman"]
    assert raman.role == "director of the Energy Program"
    assert raman.affiliation == "Brookings Institution"
    org = next(a for a in by_name.values() if a.id == raman.affiliation_id)
    assert org.kind is ActorKind.ORGANIZATION
    assert org.name == "Brookings Institution"


def test_premodifier_role_with_nationality_as_affiliation(actors_of):
    text = "French President Emmanuel Macron told reporters that Europe must act."
    by_name, _ = actors_of(text)
    macron = by_name["Emmanuel Macron"]
    assert macron.role == "President"
    assert macron.affiliation == "France"
    assert by_name["France"].id == macron.affiliation_id


def test_a_party_adjective_is_the_party_never_a_place(actors_of):
    text = (
        "Republican presidential candidate Dana Whitcomb said the bill would pass. "
        "Democratic presidential candidate Lena Ortiz said it would not."
    )
    by_name, actors = actors_of(text)
    assert by_name["Dana Whitcomb"].affiliation == "Republican Party"
    assert by_name["Lena Ortiz"].affiliation == "Democratic Party"
    assert by_name["Republican Party"].kind is ActorKind.ORGANIZATION
    assert by_name["Dana Whitcomb"].affiliation_id == by_name["Republican Party"].id
    assert not [a.name for a in actors if a.kind is ActorKind.PLACE]


def test_a_party_the_article_names_is_the_affiliation_of_its_adjective(actors_of):
    by_name, actors = actors_of("Labour leader Joan Pryce said the Labour Party would oppose the bill.")
    assert by_name["Joan Pryce"].affiliation_id == by_name["Labour Party"].id
    assert [a.name for a in actors if a.kind is ActorKind.ORGANIZATION] == ["Labour Party"]


def test_a_religion_or_an_independent_is_an_affiliation_with_no_actor(actors_of):
    by_name, actors = actors_of("Muslim community leader Farid Haddad said the mosque would reopen on Friday.")
    assert by_name["Farid Haddad"].affiliation == "Muslim"
    assert by_name["Farid Haddad"].affiliation_id is None
    assert [a.name for a in actors] == ["Farid Haddad"]
    by_name, actors = actors_of("Sen. Angus Reed, I-Maine, said the vote would be close.")
    assert by_name["Angus Reed"].affiliation == "independent"
    assert by_name["Angus Reed"].affiliation_id is None
    assert [a.name for a in actors] == ["Angus Reed"]


def test_a_staffer_named_after_the_candidate_works_for_that_person(actors_of):
    text = "Bernie Sanders spoke in Iowa. Sanders spokesman Michael Briggs said the senator would stay in the race."
    by_name, actors = actors_of(text)
    assert by_name["Michael Briggs"].affiliation_id == by_name["Bernie Sanders"].id
    assert not [a.name for a in actors if a.kind is ActorKind.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "name", "described"),
    [
        ("Her publisher, Halcyon Books, describes the novel as a love letter.", "Halcyon Books", "Her publisher"),
        ("Halcyon Books, the publisher, said the novel sold well.", "Halcyon Books", "the publisher"),
        (
            "The conservative group, Club for Growth, said it would spend $5 million.",
            "Club for Growth",
            "The conservative group",
        ),
        (
            "The Federal Emergency Management Agency sent trucks. The agency said aid would arrive Monday.",
            "Federal Emergency Management Agency",
            "The agency",
        ),
    ],
)
def test_a_description_of_a_named_organization_is_its_mention(actors_of, text, name, described):
    by_name, actors = actors_of(text)
    assert described in mention_texts(by_name[name])
    assert [a.name for a in actors if a.kind is ActorKind.ORGANIZATION] == [name]


def test_a_description_names_no_other_organization_than_the_one_it_is_built_on(actors_of):
    text = (
        "The Government Development Bank missed a payment. The government said it would pay in May. "
        "The Sanders campaign disagreed with the Clinton campaign."
    )
    by_name, _ = actors_of(text)
    assert "The government" not in mention_texts(by_name["Government Development Bank"])
    assert all("Sanders" not in m for m in mention_texts(by_name["Clinton campaign"]))


def test_lowercase_premodifier_after_verb(actors_of):
    text = "The rally was loud, said labour organizer Rosa Delgado."
    by_name, _ = actors_of(text)
    assert by_name["Rosa Delgado"].role == "labour organizer"


def test_reverse_appositive_role_is_also_a_mention(actors_of):
    text = "The head of the agency, Tomas Reyes, told reporters the budget was gone."
    by_name, _ = actors_of(text)
    reyes = by_name["Tomas Reyes"]
    assert reyes.role == "head of the agency"
    assert "The head of the agency" in mention_texts(reyes)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("His attorney, Mr. Haddad, said the charges would be dropped.", "Haddad", "attorney"),
        ("The mayor's spokeswoman, Ms. Lena Vogt, said the office was closed.", "Lena Vogt", "spokeswoman"),
        ("The company's chief executive, Dr. Ines Weber, said sales had doubled.", "Ines Weber", "chief executive"),
    ],
)
def test_reverse_appositive_role_across_a_courtesy_honorific(actors_of, text, name, role):
    """``His attorney, Mr. Haddad,``: an honorific that names no office opens the name, the description is the role."""
    by_name, _ = actors_of(text)
    assert by_name[name].role == role


def test_an_office_title_outranks_a_relation_before_it(actors_of):
    """``Her rival, Sen. Ana Ruiz,``: the title gives the role; the description only says whose rival she is."""
    by_name, _ = actors_of("Her rival, Sen. Ana Ruiz, said the bill would fail.")
    assert by_name["Ana Ruiz"].role == "senator"


def test_relative_clause_role(actors_of):
    text = "Ana Ferreira, who is the chief economist at Banco Rio, said rates would rise."
    by_name, _ = actors_of(text)
    ferreira = by_name["Ana Ferreira"]
    assert ferreira.role == "chief economist"
    assert ferreira.affiliation == "Banco Rio"


def test_former_official_role_keeps_its_words(actors_of):
    text = "It was a mistake, said Harold Quint, a former senior Treasury official in the Clinton administration."
    by_name, _ = actors_of(text)
    assert by_name["Harold Quint"].role.startswith("former senior Treasury official")


def test_nothing_is_inferred_without_evidence(actors_of):
    by_name, _ = actors_of("Mary Collins said the plan works.")
    mary = by_name["Mary Collins"]
    assert mary.gender is None  # no guessing from a first name
    assert mary.title is None
    assert mary.role is None and mary.affiliation is None


def test_age_after_a_name_is_not_a_role(actors_of):
    by_name, _ = actors_of("Leon Marsh, 54, said the factory would close.")
    assert by_name["Leon Marsh"].role is None


# -- gender from pronouns --------------------------------------------------------------------
def test_pronoun_in_next_sentence_binds_the_only_person(actors_of):
    text = "Daniel Osei, a farmer in Kumasi, spoke at the meeting on Tuesday. He said prices had doubled since March."
    by_name, _ = actors_of(text)
    assert by_name["Daniel Osei"].gender == "male"
    assert by_name["Daniel Osei"].role == "farmer in Kumasi"


def test_pronoun_after_two_people_binds_nobody(actors_of):
    by_name, _ = actors_of("Tom Baker and Lisa Grant met on Monday. She said the deal was close.")
    assert by_name["Tom Baker"].gender is None
    assert by_name["Lisa Grant"].gender is None


# -- groups and unnamed sources --------------------------------------------------------------
def test_unnamed_sources_are_actors(actors_of):
    text = (
        "Analysts say the deal is fragile. Other pundits argued that it would collapse. "
        "A senior official who asked not to be named said talks would continue, according to Brazilian state media."
    )
    by_name, _ = actors_of(text)
    assert by_name["Analysts"].kind is ActorKind.GROUP
    assert by_name["Other pundits"].kind is ActorKind.GROUP
    assert by_name["A senior official who asked not to be named"].kind is ActorKind.PERSON
    media = by_name["Brazilian state media"]
    assert media.kind is ActorKind.GROUP
    assert media.affiliation == "Brazil"
    assert by_name["Brazil"].id == media.affiliation_id


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Talks stalled on Tuesday. A former aide said the president was furious.", "A former aide", "person"),
        (
            "Police closed Elm Street. A senior police officer said the driver had fled.",
            "A senior police officer",
            "person",
        ),
        ("Shares fell 4 percent. One analyst said the drop was overdone.", "One analyst", "person"),
        ("Shares fell 4 percent. Two analysts said the drop was overdone.", "Two analysts", "group"),
        ("The ministry was silent. Officials said the plan would be delayed.", "Officials", "group"),
    ],
)
def test_an_unnamed_source_is_a_person_or_a_group_by_number(actors_of, text, name, kind):
    """One unnamed speaker headed by a person noun is a person whatever its determiner (``the official said``
    already was one); more than one is a group. It had been ``unknown`` after ``a``/``one``."""
    by_name, _ = actors_of(text)
    assert by_name[name].kind is ActorKind(kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The talks will resume next week, said one official, who spoke on condition of anonymity to discuss "
            "internal deliberations.",
            "one official, who spoke on condition of anonymity",
        ),
        (
            "A senior aide, speaking on the condition of anonymity because the plans are not final, said the "
            "factory would close.",
            "A senior aide, speaking on the condition of anonymity",
        ),
        (
            "Two engineers who asked not to be named because they feared for their jobs said the bridge was unsafe.",
            "Two engineers who asked not to be named",
        ),
        (
            "A council aide who was not authorized to speak publicly about the budget said the library would close.",
            "A council aide who was not authorized to speak publicly",
        ),
    ],
)
def test_an_anonymous_source_keeps_that_it_is_unnamed_not_why(actors_of, text, name):
    """The anonymity formula stays in the name (sources are counted by it); the reason after it does not."""
    by_name, _ = actors_of(text)
    assert name in by_name


def test_group_named_after_its_country_takes_it_as_affiliation(actors_of):
    by_name, _ = actors_of("U.S. officials said the talks failed, and the United States will try again.")
    officials = by_name["U.S. officials"]
    assert officials.affiliation == "United States"
    # "U.S." inside the group's phrase is not a mention of the country; "the United States" is
    assert mention_texts(by_name["United States"]) == ["the United States"]


def test_plural_nouns_that_are_not_sources_are_not_actors(actors_of):
    _, actors = actors_of(
        "Prices rose sharply this year and farmers planted less wheat. The plans say nothing about water."
    )
    assert actors == []


def test_conjoined_unnamed_sources_are_one_group(actors_of):
    text = "The vote was delayed, according to several diplomats and congressional aides familiar with the talks."
    by_name, _ = actors_of(text)
    assert "several diplomats and congressional aides" in by_name


# -- organizations and places ------------------------------------------------------------------
def test_country_acting_is_an_actor_but_a_location_is_not(actors_of):
    by_name, _ = actors_of("Russia accused Ukraine of attacking a depot. The summit took place in Geneva.")
    assert by_name["Russia"].kind is ActorKind.PLACE
    assert by_name["Russia"].role == "government"  # the place acts through its government
    assert "Geneva" not in by_name


def test_acronym_joins_its_organization(actors_of):
    text = "The World Health Organization (WHO) issued a warning on Monday. WHO said cases were rising."
    by_name, _ = actors_of(text)
    who = by_name["World Health Organization"]
    assert "WHO" in who.aliases
    assert mention_texts(who) == ["The World Health Organization", "WHO", "WHO"]


def test_administration_named_after_a_person_is_an_organization(actors_of):
    by_name, _ = actors_of("The Biden administration said it would respond.")
    assert by_name["Biden administration"].kind is ActorKind.ORGANIZATION
    assert not any(a.kind is ActorKind.PERSON for a in by_name.values())


# -- ids and spans ---------------------------------------------------------------------------
def test_ids_unique_readable_and_spans_match_text(analyze):
    text = (
        "Anna Berg, a nurse, said pay was low. Anna Berg's colleague Anna Bergman disagreed. "
        "Nurses say the hospital is short of staff."
    )
    analysis = analyze(text)
    actors = extract_actors(analysis)
    ids = [a.id for a in actors]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("a-") and i == i.lower() for i in ids)
    for actor in actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_plugin_runs_in_the_parser(parse):
    article = parse("Clara Voss, mayor of Redfield, said the bridge would reopen. Voss thanked the workers.")
    voss = next(a for a in article.actors if a.name == "Clara Voss")
    assert voss.provenance is not None and voss.provenance.plugin == "actors"
    assert [m.text for m in voss.mentions] == ["Clara Voss", "Voss"]
    # the institution ending a role is tabulated apart from it
    assert (voss.role, voss.affiliation) == ("mayor", "Redfield")


def test_title_description_refers_back_to_the_nearest_person_with_that_title(actors_of):
    text = (
        "Gov. Tom Reyes and President Ana Lima met on Friday. The governor said little, and the president left early."
    )
    by_name, _ = actors_of(text)
    assert "The governor" in mention_texts(by_name["Tom Reyes"])
    assert "the president" in mention_texts(by_name["Ana Lima"])
    assert by_name["Tom Reyes"].title == "Gov."


def test_a_title_nobody_holds_is_not_attached_to_anyone(actors_of):
    by_name, _ = actors_of("Nora Field, a teacher, spoke first. The mayor said the school would close.")
    assert mention_texts(by_name["Nora Field"]) == ["Nora Field"]


def test_bylines_and_handles_are_not_people(actors_of):
    by_name, _ = actors_of("Prices fell, said Omar Haddad. Follow the author on Twitter @omarhaddad99.")
    assert not any("@" in name for name in by_name)


def test_place_in_a_title_is_an_affiliation_not_a_mention(actors_of):
    by_name, _ = actors_of("German Chancellor Olaf Brandt said the budget was final. Germany will borrow less.")
    brandt = by_name["Olaf Brandt"]
    assert (brandt.role, brandt.affiliation) == ("Chancellor", "Germany")
    germany = next(a for a in by_name.values() if a.id == brandt.affiliation_id)
    # "German" is part of his title; only "Germany will borrow" mentions the country
    assert mention_texts(germany) == ["Germany"]


def test_accented_and_plain_spellings_are_one_person(actors_of):
    by_name, actors = actors_of("José García Márquez spoke first. Garcia Marquez said the vote was fair.")
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    assert [p.name for p in people] == ["José García Márquez"]
    assert mention_texts(people[0]) == ["José García Márquez", "Garcia Marquez"]


def test_platform_tagged_as_a_person_is_an_organization(actors_of):
    # the small spaCy model tags "Twitter" here as PERSON
    by_name, actors = actors_of("Lucia Brandt, an engineer, wrote on Twitter that the bridge was unsafe.")
    assert by_name["Twitter"].kind is ActorKind.ORGANIZATION
    assert [a.name for a in actors if a.kind is ActorKind.PERSON] == ["Lucia Brandt"]


def test_a_given_name_and_double_barrelled_surname_tagged_an_organization_is_a_person(actors_of):
    """``Imogen Sallow-Crane`` tagged an organization, then called ``Sallow-Crane`` alone: a person's name."""
    text = (
        'ASPEN, Colo. — Imogen Sallow-Crane does not like the word "growth." The owner of Ridgeback Farms '
        'grows barley on 900 acres.\n\nSallow-Crane said the harvest was late. "We wait for the rain," she said.'
    )
    by_name, _ = actors_of(text)
    person = by_name["Imogen Sallow-Crane"]
    assert person.kind is ActorKind.PERSON
    assert "Sallow-Crane" in mention_texts(person) and "Sallow-Crane" not in by_name


def test_an_organization_with_a_hyphenated_last_word_stays_one(actors_of):
    """``Agence France-Presse``: the shape of a double-barrelled name, but never shortened to ``France-Presse``."""
    by_name, _ = actors_of(
        "Agence France-Presse reported the deal on Monday. Agence France-Presse said the talks had ended."
    )
    assert by_name["Agence France-Presse"].kind is ActorKind.ORGANIZATION


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Marta Quill Foundation gave $10,000 to the shelter, records show.", "Marta Quill Foundation"),
        ("Fenwick Asia said it would close two plants. The company employs 900 people.", "Fenwick Asia"),
    ],
)
def test_a_name_ending_in_a_word_only_organizations_end_in_is_one(actors_of, text, name):
    """``X Foundation``, ``Fenwick Asia``: tagged a person or not, the last word says an organization."""
    by_name, _ = actors_of(text)
    assert by_name[name].kind is ActorKind.ORGANIZATION


@pytest.mark.parametrize("name", ["Margaret Court", "Frank Church", "Rosa Parks"])
def test_a_surname_that_is_also_a_noun_stays_a_persons(actors_of, name):
    """``Margaret Court``: only body nouns no one bears as a surname make the name an organization's."""
    by_name, _ = actors_of(f"{name} spoke at the gala on Friday. She said the hall was full.")
    assert by_name[name].kind is ActorKind.PERSON


# -- eleventh session: names and kinds a researcher can count ------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chief Financial Officer Lena Brook said the quarter was weak.", "Lena Brook", "Chief Financial Officer"),
        ("Chief Economist Ilse Brandvold said rates would fall.", "Ilse Brandvold", "Chief Economist"),
        ("Managing Partner Jules Arden said the firm would grow.", "Jules Arden", "Managing Partner"),
        ("Looking ahead, Managing Partner Jules Arden said the firm would grow.", "Jules Arden", "Managing Partner"),
        ("Acting Director Pia Lund said the office would reopen.", "Pia Lund", "Acting Director"),
    ],
)
def test_a_capitalised_title_before_a_name_is_the_role_and_not_the_name(actors_of, text, name, role):
    """A title run the tagger reads as proper nouns (``Partner``) or verbs (``Managing``) is still the role."""
    by_name, actors = actors_of(text)
    assert [a.name for a in actors if a.kind is ActorKind.PERSON] == [name]
    assert by_name[name].role == role


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Chief Financial Officer Lena Brook", "Chief Financial Officer"),
        ("Senior Vice President Tara Quill", "Senior Vice President"),
        ("Chief Operating Officer Pia Lund", "Chief Operating Officer"),
        ("Executive Director Mo Sandvik", "Executive Director"),
        ("Deputy Director Omar Feld", "Deputy Director"),
        ("Chief Lena Baker", "Chief"),  # a person noun as the surname stays the name's
        ("Guy Lane Fischer", ""),
    ],
)
def test_a_title_the_tagger_swallowed_into_a_name_ends_where_the_name_begins(analyze, text, title):
    """Where NER runs the title into the person's entity, :func:`title_run_end` says where the name starts."""
    from newsparse_actors.roles import title_run_end

    tokens = analyze(f"{text} said the plan was sound.").tokens
    end = title_run_end(tokens, 0, len(text.split()) - 1)  # at least one word is left for the name
    assert " ".join(t.text for t in tokens[:end]) == title


def test_a_bare_person_noun_before_a_name_makes_it_a_persons(actors_of):
    """``told host Eli Barrow``: parsed as two objects and tagged an organization, still the host's name."""
    by_name, _ = actors_of(
        'On the podcast, she told host Eli Barrow that the two jobs were alike. "Name one," Barrow said.'
    )
    assert by_name["Eli Barrow"].kind is ActorKind.PERSON
    assert by_name["Eli Barrow"].role == "host"
    assert "Barrow" in mention_texts(by_name["Eli Barrow"]) and "Barrow" not in by_name


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Halvorsen Tools cut its forecast on Thursday. Halvorsen said it would keep paying its dividend.",
            "Halvorsen Tools",
            "Halvorsen",
        ),
        (
            "Riverbend Creamery is recalling soft cheese. Riverbend Creamery said customers can call its hotline.",
            "Riverbend Creamery",
            None,
        ),
        ("Pellham Foods said it expects a loss this year.", "Pellham Foods", None),
    ],
)
def test_a_name_ending_in_a_noun_of_trade_is_a_business(actors_of, text, name, short):
    """``Halvorsen Tools``, ``Riverbend Creamery``: a company, tagged a person or not at all; its first word
    alone after the full name is the company too."""
    by_name, actors = actors_of(text)
    assert by_name[name].kind is ActorKind.ORGANIZATION
    assert not [a for a in actors if a.kind is ActorKind.PERSON]
    if short:
        assert short in mention_texts(by_name[name])


def test_a_surname_alone_after_a_name_built_on_it_stays_the_persons(actors_of):
    """``the Obama administration ... Obama said``: only a business's two-word name gives its first word away."""
    by_name, _ = actors_of("The Obama administration issued the rule on Monday. Obama said it was overdue.")
    assert by_name["Obama"].kind is ActorKind.PERSON


def test_a_short_title_with_the_is_the_organization_named_in_full(actors_of):
    """``The Sun-Times said`` after ``The Chicago Sun-Times``: a newspaper's short title, not a person."""
    by_name, actors = actors_of(
        "The Chicago Sun-Times reported the deal on Monday. The Sun-Times said the mayor had agreed."
    )
    assert not [a for a in actors if a.kind is ActorKind.PERSON]
    assert "The Sun-Times" in mention_texts(by_name["Chicago Sun-Times"])


def test_an_organization_named_again_with_a_place_read_into_it_is_the_organization(actors_of):
    """``Livewire Europe said``, with only ``Europe`` tagged (a place): the promoter named before."""
    by_name, actors = actors_of(
        "Fans will be refunded in full, according to the tour's promoter, Livewire Europe.\n\n"
        '"I flew in for this," wrote one user.\n\n'
        "Livewire Europe said it understood the frustration."
    )
    assert mention_texts(by_name["Livewire Europe"]) == ["Livewire Europe", "Livewire Europe"]
    assert not [a for a in actors if a.kind is ActorKind.PLACE]


def test_the_company_after_a_business_named_by_its_trade_is_that_business(actors_of):
    """``Riverbend Creamery ... The company said``: a company's name built on its trade, not on *company*."""
    by_name, actors = actors_of(
        "Riverbend Creamery is recalling soft cheese sold in nine states. Shoppers should throw it away. "
        "The company said customers can call its hotline."
    )
    assert "The company" in mention_texts(by_name["Riverbend Creamery"])
    assert not [a for a in actors if a.name.lower() == "the company"]


def test_the_company_with_the_place_it_is_based_in_is_the_company_named_before(actors_of):
    """``the Oslo-based company``: where a business sits does not make it another one."""
    by_name, _ = actors_of(
        "Fjordline Motors cut its forecast on Monday. The Oslo-based company now expects a loss, it said."
    )
    assert "The Oslo-based company" in mention_texts(by_name["Fjordline Motors"])


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The Washington Post reported the deal on Monday. The Post said the mayor had agreed.",
            "Washington Post",
            "Post",
        ),
        (
            "The Orrin Valley Gazette reported the deal. The Gazette said the mayor had agreed.",
            "Valley Gazette",
            "Gazette",
        ),
    ],
)
def test_a_last_word_after_the_is_the_newspaper_named_in_full(actors_of, text, name, short):
    """``The Post said`` after ``The Washington Post``: *the* shortens a title, never a person's name."""
    _, actors = actors_of(text)
    [paper] = [a for a in actors if short in mention_texts(a)]
    assert paper.kind is ActorKind.ORGANIZATION and paper.name.endswith(name) and len(paper.mentions) == 2
    assert not [a for a in actors if a.kind is ActorKind.PERSON]


def test_the_house_is_not_the_white_house(actors_of):
    """``the House`` ends ``the White House`` but is another body: an organization noun is no short name."""
    by_name, _ = actors_of("The White House said on Monday the bill was dead. The House passed it anyway, 230 to 190.")
    assert "House" not in mention_texts(by_name["White House"])
