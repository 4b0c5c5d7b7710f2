"""Quote clusters across a corpus (newsparse.corpus.quotes), on articles and quotes written for these tests."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from newsparse.corpus.quote_match import candidate_pairs, relation, shingle_table
from newsparse.corpus.quote_text import marked, quoted_fragments, word_differences, word_spans, words
from newsparse.corpus.quotes import CSV_COLUMNS, QuoteIndex, cluster_records, outlet_of, quote_records
from newsparse.models import Article
from support.quote_articles import make_article

LONG = (
    "We will rebuild every bridge in this state before the next winter comes, "
    "and we will pay for it without raising a single tax on working families."
)


def clusters_of(*articles: Article):
    index = QuoteIndex()
    for article in articles:
        index.add(article)
    return index.clusters()


def cluster_with(clusters, article_id: str, quote_id: str = "q0"):
    return next(
        c
        for c in clusters
        if any(m.record.article.id == article_id and m.record.quote_id == quote_id for m in c.members)
    )


DAY = dt.datetime(2024, 3, 1, 9, 0)


# -- text: words, fragments, differences ------------------------------------------------------
def test_words_ignore_case_marks_and_punctuation():
    assert words("\u201cWe Won\u2019t  back down \u2014 ever!\u201d") == words('"we won\'t back down - ever"')
    assert words("We won't") == ["we", "won't"]


def test_word_spans_point_at_the_original_text():
    text = "\u201cIt\u2019s   TIME,\u201d she said"
    spans = word_spans(text)
    assert [w for w, _, _ in spans] == ["it's", "time", "she", "said"]
    assert [text[s:e] for _, s, e in spans] == ["It\u2019s", "TIME", "she", "said"]


def test_quoted_fragments_of_a_paraphrase():
    text = 'she called the plan "a betrayal of working families" and "a disgrace"'
    assert [text[s:e] for s, e in quoted_fragments(text)] == ["a betrayal of working families", "a disgrace"]


def test_quoted_fragments_with_a_mark_trimmed_at_either_end():
    opening_kept = 'his call for "a total and complete shutdown of all entries'
    closing_kept = 'a total and complete ban" on all entries'
    assert [opening_kept[s:e] for s, e in quoted_fragments(opening_kept)] == [
        "a total and complete shutdown of all entries"
    ]
    assert [closing_kept[s:e] for s, e in quoted_fragments(closing_kept)] == ["a total and complete ban"]


def test_word_differences_are_marked():
    canonical = "the economy is doing very well this year"
    member = "The economy is doing very badly this year"
    diffs = word_differences(word_spans(canonical), canonical, word_spans(member), member)
    assert [(d.op, d.canonical, d.member) for d in diffs] == [("replace", "well", "badly")]
    assert member[diffs[0].start : diffs[0].end] == "badly"
    assert marked(member, diffs) == "The economy is doing very [-well-]{+badly+} this year"


# -- matching -------------------------------------------------------------------------------------
def test_relation_near_fragment_and_none():
    a = " ".join(words(LONG))
    assert relation(a, " ".join(words(LONG.replace("every ", "")))) == "near"
    assert relation(a, "we will rebuild every bridge in this state") == "fragment"
    assert relation(a, "we will rebuild every road in this city") is None
    assert (
        relation("how tough it is to live here and that this is not a great country", "how tough it is to run") is None
    )


def test_candidates_connect_a_quote_printed_in_many_versions():
    """A quote with 100 distinct printings: shingles shared by more than a small group still give candidates."""
    rng = random.Random(3)
    base = words(LONG)
    texts = []
    for _ in range(100):
        printed = list(base)
        del printed[rng.randrange(2, len(printed) - 2)]
        printed[rng.randrange(0, len(printed))] += "x" if rng.random() < 0.5 else ""
        texts.append(("direct", printed))
    pairs = candidate_pairs(*shingle_table(texts))
    joined = {0}
    for _ in range(100):  # connected components of the candidate graph, by relaxation
        for a, b in pairs.tolist():
            if a in joined or b in joined:
                joined |= {a, b}
    assert joined == set(range(100))


def test_direct_and_indirect_shingles_never_meet():
    text = words(LONG)
    assert len(candidate_pairs(*shingle_table([("direct", text), ("indirect", text)]))) == 0


# -- clusters ---------------------------------------------------------------------------------------
def test_exact_repeats_across_outlets_with_first_seen():
    clusters = clusters_of(
        make_article(
            "late",
            ("Maria Lopez", LONG, "direct"),
            url="https://www.example-times.com/a",
            published=DAY + dt.timedelta(days=2),
        ),
        make_article("early", ("Maria Lopez", LONG, "direct"), url="https://herald.example.org/b", published=DAY),
        make_article("other", ("Maria Lopez", "Nothing else to add about the weather today, thank you all.", "direct")),
    )
    cluster = cluster_with(clusters, "late")
    assert cluster.n_articles == 2 and cluster.n_members == 2
    assert set(cluster.outlets) == {"example-times.com", "herald.example.org"}
    assert cluster.first_seen.id == "early"
    assert cluster.first_seen.url == "https://herald.example.org/b"
    assert cluster.speaker == "person:maria lopez" and cluster.speaker_name == "Maria Lopez"
    assert clusters[0] is cluster  # the most widely reported first
    assert all(m.relation == "exact" and not m.variant for m in cluster.members)


def test_outlet_from_an_input_field_before_the_url():
    article = make_article(
        "x", (None, LONG, "direct"), url="https://www.example.com/x", extra={"outlet": "Daily Example"}
    )
    assert outlet_of(article) == "Daily Example"
    assert outlet_of(make_article("y", (None, LONG, "direct"), url="https://www.example.com/y")) == "example.com"
    assert outlet_of(make_article("z", (None, LONG, "direct"))) is None


def test_formatting_differences_are_not_variants():
    straight = LONG.replace("\u2019", "'")
    shouted = LONG.upper().replace(",", "")
    clusters = clusters_of(
        make_article("a", ("Maria Lopez", LONG, "direct")),
        make_article("b", ("Maria Lopez", shouted, "direct")),
        make_article("c", ("Maria Lopez", straight, "direct")),
    )
    cluster = cluster_with(clusters, "a")
    assert cluster.n_members == 3
    assert {m.record.article.id: m.relation for m in cluster.members}["b"] == "formatting"
    assert not cluster.variants


def test_a_dropped_word_and_a_changed_word_are_variants_with_the_words_marked():
    dropped = LONG.replace(" single", "")
    changed = LONG.replace("working families", "working farmers")
    clusters = clusters_of(
        make_article("a", ("Maria Lopez", LONG, "direct")),
        make_article("b", ("Maria Lopez", LONG, "direct")),
        make_article("c", ("Maria Lopez", dropped, "direct")),
        make_article("d", ("Maria Lopez", changed, "direct")),
    )
    cluster = cluster_with(clusters, "a")
    assert cluster.n_members == 4 and cluster.canonical == LONG
    by_article = {m.record.article.id: m for m in cluster.members}
    assert [(d.op, d.canonical) for d in by_article["c"].differences] == [("delete", "single")]
    assert [(d.op, d.canonical, d.member) for d in by_article["d"].differences] == [("replace", "families", "farmers")]
    assert "[-families-]{+farmers+}" in by_article["d"].to_dict()["marked"]
    assert {m.record.article.id for m in cluster.variants} == {"c", "d"}


def test_a_fragment_joins_the_full_quote():
    part = "we will pay for it without raising a single tax"
    clusters = clusters_of(
        make_article("full", ("Maria Lopez", LONG, "direct")),
        make_article("part", ("Maria Lopez", part, "direct")),
    )
    cluster = cluster_with(clusters, "part")
    assert cluster.n_members == 2 and cluster.canonical == LONG
    member = next(m for m in cluster.members if m.record.article.id == "part")
    assert member.relation == "fragment" and not member.variant


def test_a_paraphrase_stays_apart_but_its_quoted_words_join():
    paraphrase = "she would rebuild every bridge in the state and pay for it without new taxes"
    mixed = "she would \u201cpay for it without raising a single tax on working families\u201d"
    clusters = clusters_of(
        make_article("direct", ("Maria Lopez", LONG, "direct")),
        make_article("indirect", ("Maria Lopez", paraphrase, "indirect")),
        make_article("mixed", ("Maria Lopez", mixed, "mixed")),
    )
    direct = cluster_with(clusters, "direct")
    assert {m.record.article.id for m in direct.members} == {"direct", "mixed"}
    member = next(m for m in direct.members if m.record.article.id == "mixed")
    assert member.record.kind == "mixed" and member.relation == "fragment"
    assert member.record.text == "pay for it without raising a single tax on working families"
    article = make_article("mixed", ("Maria Lopez", mixed, "mixed"))
    ((start, end),) = member.record.spans
    assert article.text[start:end] == member.record.text
    assert cluster_with(clusters, "indirect").kind == "indirect"


def test_short_quotes_join_only_with_the_same_speaker():
    clusters = clusters_of(
        make_article("a", ("Maria Lopez", "We will see about that.", "direct")),
        make_article("b", ("Tom Baker", "We will see about that.", "direct")),
        make_article("c", ("Maria Lopez", "we will see about that", "direct")),
        make_article("d", (None, "We will see about that.", "direct")),
    )
    assert {m.record.article.id for m in cluster_with(clusters, "a").members} == {"a", "c"}
    assert cluster_with(clusters, "b").n_members == 1
    assert cluster_with(clusters, "d").n_members == 1
    assert cluster_with(clusters, "a").id != cluster_with(clusters, "b").id


def test_speaker_by_majority_with_the_disagreement_kept():
    clusters = clusters_of(
        make_article("a", ("Maria Lopez", LONG, "direct")),
        make_article("b", ("Maria Lopez", LONG, "direct")),
        make_article("c", ("Lopez", LONG, "direct")),  # a lone surname: the same corpus actor
        make_article("d", ("Tom Baker", LONG, "direct")),
        make_article("e", (None, LONG, "direct")),
    )
    cluster = cluster_with(clusters, "a")
    assert cluster.speaker == "person:maria lopez"
    assert [(key, count) for key, _, count in cluster.speakers] == [("person:maria lopez", 3), ("person:tom baker", 1)]
    assert cluster.speaker_agreement == pytest.approx(0.75)
    assert cluster.unattributed == 1


def test_first_seen_unknown_without_dates():
    clusters = clusters_of(make_article("a", (None, LONG, "direct")), make_article("b", (None, LONG, "direct")))
    cluster = clusters[0]
    assert cluster.n_articles == 2 and cluster.first_seen is None and cluster.undated == 2
    assert cluster.to_dict()["first_seen"] is None and cluster.to_row()["first_seen"] == ""
    dated = clusters_of(
        make_article("a", (None, LONG, "direct")), make_article("b", (None, LONG, "direct"), published=DAY)
    )
    assert dated[0].first_seen.id == "b" and dated[0].undated == 1


def test_ids_and_clusters_do_not_depend_on_input_order():
    articles = [
        make_article("a", ("Maria Lopez", LONG, "direct"), published=DAY),
        make_article("b", ("Maria Lopez", LONG.replace(" single", ""), "direct")),
        make_article("c", ("Tom Baker", "we will pay for it without raising a single tax", "direct")),
        make_article("d", ("Tom Baker", "Our roads are the worst they have been in forty years.", "direct")),
    ]
    forward = clusters_of(*articles)
    backward = clusters_of(*reversed(articles))
    assert [c.to_dict() for c in forward] == [c.to_dict() for c in backward]
    assert all(c.id.startswith("qc") and len(c.id) == 18 for c in forward)


def test_an_empty_corpus_has_no_clusters():
    assert clusters_of() == []
    assert cluster_records([]) == []


def test_quote_records_are_compact_and_point_at_the_text():
    article = make_article("a", ("Maria Lopez", LONG, "direct"), ("Tom Baker", "roads are bad", "indirect"))
    first, second = quote_records(article)
    assert (first.channel, second.channel) == ("direct", "indirect")
    assert article.text[first.spans[0][0] : first.spans[0][1]] == LONG
    assert first.speaker == "person:maria lopez" and first.speaker_name == "Maria Lopez"


# -- tables ---------------------------------------------------------------------------------------
def test_tables_have_quote_clusters_and_a_cluster_id_on_every_quote():
    pd = pytest.importorskip("pandas")
    from newsparse.corpus.tables import to_dataframes

    tables = to_dataframes(
        [
            make_article(
                "a", ("Maria Lopez", LONG, "direct"), ("Tom Baker", "Our roads are a disgrace to this state.", "direct")
            ),
            make_article("b", ("Maria Lopez", LONG.replace(" single", ""), "direct"), url="https://www.example.com/b"),
        ]
    )
    quotes = tables.quotes.set_index(["article_id", "quote_id"])
    assert quotes["cluster_id"].notna().all()
    assert quotes.loc[("a", "q0"), "cluster_id"] == quotes.loc[("b", "q0"), "cluster_id"]
    assert quotes.loc[("a", "q1"), "cluster_id"] != quotes.loc[("a", "q0"), "cluster_id"]
    clusters = tables.quote_clusters.set_index("cluster_id")
    assert set(clusters.index) == set(quotes["cluster_id"])
    shared = clusters.loc[quotes.loc[("a", "q0"), "cluster_id"]]
    assert (shared["n_articles"], shared["n_variants"], shared["outlets"]) == (2, 1, "example.com")
    assert pd.isna(shared["first_seen"])  # no publication dates: first seen unknown
    assert "[-single-]" in shared["variants"]
    assert str(tables.quote_clusters["n_members"].dtype) == "Int64"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_table_files_get_cluster_ids_when_the_writer_closes(tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    from newsparse.corpus.tables import write_tables

    articles = [make_article(name, ("Maria Lopez", LONG, "direct")) for name in ("a", "b", "c")]
    paths = write_tables(articles, tmp_path, fmt)
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    quotes, clusters = read(paths["quotes"]), read(paths["quote_clusters"])
    assert len(quotes) == 3 and quotes["cluster_id"].nunique() == 1
    assert list(clusters["cluster_id"]) == [quotes["cluster_id"][0]] and list(clusters["n_articles"]) == [3]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths.values())  # no partial file left


# -- report -----------------------------------------------------------------------------------------
def test_report_lists_quotes_across_articles_and_links_quotes_to_them():
    import re

    from newsparse.corpus.report import render_report

    hostile = LONG.replace("working families", "<script>alert(1)</script> families")
    page = render_report(
        [
            make_article("a", ("Maria Lopez", hostile, "direct"), published=DAY, url="https://herald.example.org/a"),
            make_article(
                "b", ("Maria Lopez", hostile.replace(" single", ""), "direct"), ("Tom Baker", "Only once.", "direct")
            ),
        ]
    )
    assert "Quotes across articles" in page and "<script>alert(1)" not in page
    (cluster_id,) = set(re.findall(r'<li class="cluster" id="(qc[0-9a-f]{16})"', page))
    assert page.count(f'href="#{cluster_id}"') == 2  # from the card of each highlighted member quote
    for anchor in re.findall(r'<a class="member" href="#([^"]+)"', page):
        assert f'id="{anchor}"' in page  # every member link lands on a highlighted quote
    assert "<del>single</del>" in page  # the variant's missing word
    assert "first seen 2024-03-01 in herald.example.org" in page


def test_report_without_repeats_has_no_section():
    from newsparse.corpus.report import render_report

    page = render_report([make_article("a", ("Maria Lopez", LONG, "direct"))])
    assert "Quotes across articles" not in page and 'class="to-cluster"' not in page


# -- command line ---------------------------------------------------------------------------------
def _parsed(path, articles, bad_line: bool = False):
    lines = [a.to_json() for a in articles]
    if bad_line:
        lines.insert(1, '{"schema_version": "1.0", "quotes": [BROKEN')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _cli_corpus():
    return [
        make_article("a", ("Maria Lopez", LONG, "direct"), published=DAY, url="https://herald.example.org/a"),
        make_article(
            "b", ("Maria Lopez", LONG.upper(), "direct"), ("Tom Baker", "Only once, and never again here.", "direct")
        ),
        make_article("c", ("Tom Baker", "Roads first, then bridges, then the rest of it.", "direct")),
    ]


def test_cli_json_jsonl_and_csv(tmp_path, capsys):
    import csv
    import io
    import json

    from newsparse.cli import main

    source = _parsed(tmp_path / "parsed.jsonl", _cli_corpus())
    out = tmp_path / "clusters.json"
    assert main(["quotes", source, "--format", "json", "-o", str(out)]) == 0
    (cluster,) = json.loads(out.read_text(encoding="utf-8"))  # only the quote seen in two articles
    assert (cluster["n_articles"], cluster["first_seen"]["id"], cluster["speaker_name"]) == (2, "a", "Maria Lopez")
    assert {m["relation"] for m in cluster["members"]} == {"exact", "formatting"}
    assert main(["quotes", source, "--format", "jsonl", "--min-articles", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["id"] == cluster["id"]
    assert main(["quotes", source, "--min-articles", "1", "--kind", "indirect"]) == 0
    assert list(csv.DictReader(io.StringIO(capsys.readouterr().out))) == []


def test_cli_empty_corpus_gives_an_empty_table(tmp_path, capsys):
    from newsparse.cli import main

    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main(["quotes", str(empty)]) == 0
    assert capsys.readouterr().out.splitlines() == [",".join(CSV_COLUMNS)]
    assert main(["quotes", str(empty), "--format", "json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_cli_a_line_that_is_not_parsed_output_fails_as_for_actors(tmp_path, caplog, capsys):
    from newsparse.cli import main

    source = _parsed(tmp_path / "parsed.jsonl", _cli_corpus(), bad_line=True)
    assert main(["quotes", source, "--format", "json"]) == 1  # the other articles are still clustered
    assert '"n_articles": 2' in capsys.readouterr().out
    quotes_errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    caplog.clear()
    assert main(["actors", source]) == 1
    actors_errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert quotes_errors == actors_errors and f"{source}:2" in quotes_errors[0]


def test_a_quoted_passage_in_the_second_part_of_an_interrupted_paraphrase_points_at_the_text():
    from newsparse.models import Quote, Span

    text = 'The mayor said the city, she added on Monday, would "rebuild every bridge before the winter comes" soon.'
    first, second = text.index("the city"), text.index("would")
    parts = (Span.of(text, first, first + len("the city")), Span.of(text, second, text.index(" soon")))
    article = Article(text=text, id="x", quotes=(Quote(id="q0", parts=parts, kind="mixed"),))
    (record,) = quote_records(article)
    assert record.channel == "direct" and record.text == "rebuild every bridge before the winter comes"
    assert [text[s:e] for s, e in record.spans] == [record.text]
