"""Corpus-level actor merging (newsparse.corpus) and the ``newsparse actors`` command."""

from __future__ import annotations

import csv
import io
import json

import attrs

from newsparse.cli import main
from newsparse.corpus import ActorIndex, actor_key, merge_actors
from newsparse.models import Actor, ActorKind, Article, Quote, Span
from newsparse.records import read_articles


def _article(article_id: str, text: str, people: dict[str, list[str]], quoted: list[str] = (), **attributes) -> Article:
    """An article whose actors are the given names, each with mentions found by string search (test input only)."""
    actors = []
    for name, forms in people.items():
        spans, position = [], 0
        for form in forms:
            start = text.index(form, position)
            spans.append(Span.of(text, start, start + len(form)))
            position = start + len(form)
        extra = attributes.get(name, {})
        actors.append(
            Actor(
                id=f"a-{name.lower().replace(' ', '-')}",
                name=name,
                kind=extra.get("kind", ActorKind.PERSON),
                mentions=spans,
                role=extra.get("role"),
                gender=extra.get("gender"),
            )
        )
    quotes = []
    for number, speaker in enumerate(quoted):
        quotes.append(
            Quote(id=f"q{number}", parts=(Span.of(text, 0, 5),), speaker=f"a-{speaker.lower().replace(' ', '-')}")
        )
    return Article(text=text, id=article_id, actors=actors, quotes=quotes)


def _corpus() -> list[Article]:
    one = _article(
        "one",
        "Helena Marsh, a historian, said yes. Marsh added more. Joe Biden agreed.",
        {"Helena Marsh": ["Helena Marsh", "Marsh"], "Joe Biden": ["Joe Biden"]},
        quoted=["Helena Marsh", "Helena Marsh"],
        **{"Helena Marsh": {"role": "historian", "gender": "female"}},
    )
    two = _article(
        "two",
        "Marsh said no. Jill Biden smiled.",
        {"Marsh": ["Marsh"], "Jill Biden": ["Jill Biden"]},
        quoted=["Marsh"],
    )
    three = _article(
        "three", "Biden spoke. Helena Marsh listened.", {"Biden": ["Biden"], "Helena Marsh": ["Helena Marsh"]}
    )
    return [one, two, three]


def test_same_person_in_several_articles_is_one_entry_with_counts():
    actors = {a.key: a for a in merge_actors(_corpus())}
    marsh = actors["person:helena marsh"]
    assert marsh.articles == ("one", "two", "three")  # "Marsh" alone in article two joins her
    assert marsh.mentions == 4
    assert marsh.quotes == 3
    assert marsh.role == "historian"
    assert marsh.gender == "female"
    assert "person:marsh" not in actors


def test_shared_surname_stays_apart_at_corpus_level():
    actors = {a.key: a for a in merge_actors(_corpus())}
    assert {"person:joe biden", "person:jill biden", "person:biden"} <= set(actors)
    assert actors["person:joe biden"].articles == ("one",)


def test_most_quoted_first_and_kind_in_key():
    actors = merge_actors(_corpus())
    assert actors[0].name == "Helena Marsh"
    org = Actor(id="a-x", name="the Red Cross", kind=ActorKind.ORGANIZATION)
    assert actor_key(org) == "organization:red cross"


def test_genders_that_disagree_across_articles_give_none():
    index = ActorIndex()
    index.add(_article("a", "Sam Reed spoke.", {"Sam Reed": ["Sam Reed"]}, **{"Sam Reed": {"gender": "male"}}))
    index.add(_article("b", "Sam Reed wrote.", {"Sam Reed": ["Sam Reed"]}, **{"Sam Reed": {"gender": "female"}}))
    assert index.actors()[0].gender is None


def _write_jsonl(path, articles, bad_line: bool = False) -> None:
    lines = [a.to_json() for a in articles]
    if bad_line:
        lines.insert(1, '{"schema_version": "1.0", "actors": [BROKEN')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_cli_json_from_parsed_jsonl(tmp_path):
    source = tmp_path / "parsed.jsonl"
    _write_jsonl(source, _corpus())
    out = tmp_path / "actors.json"
    assert main(["actors", str(source), "--format", "json", "-o", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    marsh = next(r for r in rows if r["key"] == "person:helena marsh")
    assert (marsh["n_articles"], marsh["n_mentions"], marsh["n_quotes"]) == (3, 4, 3)


def test_cli_csv_with_kind_filter_and_a_bad_line(tmp_path, capsys):
    source = tmp_path / "parsed.jsonl"
    _write_jsonl(source, _corpus(), bad_line=True)
    code = main(["actors", str(source), "--kind", "person", "--min-articles", "2"])
    assert code == 1  # one line was not an article; the others were still counted
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["name"] for r in rows] == ["Helena Marsh"]
    assert rows[0]["articles"] == "one; two; three"


def test_raw_inputs_are_parsed_and_merged(tmp_path, parser):
    (tmp_path / "a.txt").write_text("Ines Corbel, a judge in Lyon, said the law was unclear.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The ruling stands, Corbel said on Friday.", encoding="utf-8")
    articles = [a for a in read_articles([str(tmp_path)], parser=parser)]
    assert all(isinstance(a, Article) for a in articles)
    actors = {a.key: a for a in merge_actors(articles)}
    corbel = actors["person:ines corbel"]
    assert corbel.articles == ("a", "b")
    assert corbel.role == "judge in Lyon"


# -- identity: same name, different people (issue 17) ---------------------------------------------
def _article_with(article_id: str, actor: Actor) -> Article:
    text = f"{actor.name} spoke."
    mention = Span.of(text, 0, len(actor.name))
    return Article(text=text, id=article_id, actors=[attrs.evolve(actor, mentions=(mention,))])


def test_same_name_with_conflicting_offices_stays_apart_and_says_why() -> None:
    senator = Actor("a-1", "Maria Delgado", "person", title="Sen.")
    governor = Actor("a-1", "Maria Delgado", "person", title="Gov.")
    again = Actor("a-1", "Maria Delgado", "person", role="state senator")
    index = ActorIndex().extend(
        [_article_with("one", senator), _article_with("two", governor), _article_with("three", again)]
    )
    by_key = {actor.key: actor for actor in index.actors()}
    assert set(by_key) == {"person:maria delgado", "person:maria delgado#2"}
    assert by_key["person:maria delgado"].articles == ("one", "three")
    assert dict(by_key["person:maria delgado"].merged_by) == {"first seen": 1, "same name, office senator": 1}
    assert by_key["person:maria delgado#2"].articles == ("two",)
    assert by_key["person:maria delgado#2"].kept_apart == ("office senator vs governor",)


def test_same_name_without_conflict_joins_and_a_former_office_is_no_conflict() -> None:
    first = Actor("a-1", "Ann Lee", "person", title="Sen.")
    second = Actor("a-1", "Ann Lee", "person", role="former governor")
    third = Actor("a-1", "Ann Lee", "person", affiliation="Republican Party")
    fourth = Actor("a-1", "Ann Lee", "person", affiliation="Democratic Party")
    index = ActorIndex().extend([_article_with(str(n), a) for n, a in enumerate([first, second, third, fourth])])
    keys = sorted(actor.key for actor in index.actors())
    assert keys == ["person:ann lee", "person:ann lee#2"]  # the Democrat cannot be the Republican
    joined = next(a for a in index.actors() if a.key == "person:ann lee")
    assert joined.articles == ("0", "1", "2")
    assert joined.to_row()["merged_by"] == "same name (2); first seen (1)"  # commonest first


def _reed_and_the_unions(article_id: str) -> Article:
    """Reed is quoted plainly; "the unions" only in a doubtful reading ("the unions backing Reed")."""
    text = "Dana Reed said the levy would pass. The unions backing Reed were quiet."
    reed, unions = text.index("Dana Reed"), text.index("The unions")
    actors = [
        Actor("a-reed", "Dana Reed", ActorKind.PERSON, [Span.of(text, reed, reed + 9)]),
        Actor("a-unions", "The unions", ActorKind.GROUP, [Span.of(text, unions, unions + 10)]),
    ]
    quotes = [
        Quote("q1", (Span.of(text, reed + 15, reed + 34),), speaker="a-reed", confidence=0.95),
        Quote("q2", (Span.of(text, unions + 19, unions + 23),), speaker="a-unions", confidence=0.55),
    ]
    return Article(text=text, id=article_id, actors=actors, quotes=quotes)


def test_quotes_at_high_confidence_are_counted_apart() -> None:
    index = ActorIndex().extend([_reed_and_the_unions("one"), _reed_and_the_unions("two")])
    counted = {a.name: (a.quotes, a.confident_quotes) for a in index.actors()}
    assert counted == {"Dana Reed": (2, 2), "The unions": (2, 0)}
    row = next(a for a in index.actors() if a.name == "The unions").to_row()
    assert (row["n_quotes"], row["n_confident_quotes"]) == (2, 0)


def test_cli_keeps_only_actors_quoted_with_confidence(tmp_path, capsys) -> None:
    source = tmp_path / "parsed.jsonl"
    _write_jsonl(source, [_reed_and_the_unions("one")])
    assert main(["actors", str(source), "--min-confident-quotes", "1"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["name"], r["n_quotes"], r["n_confident_quotes"]) for r in rows] == [("Dana Reed", "1", "1")]
