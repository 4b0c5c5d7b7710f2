"""newsparse.run.dask on a real dask.distributed LocalCluster (2 worker processes).

The cluster starts once per module; each worker loads its own spaCy model,
so this module takes some seconds, most of them model loading.
"""

from __future__ import annotations

import json

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import newsparse.run.dask as nd  # noqa: E402
from newsparse import Article, ArticleInput  # noqa: E402
from newsparse.corpus.tables import COLUMNS as TABLE_COLUMNS  # noqa: E402
from newsparse.corpus.tables import rows_of  # noqa: E402

pytestmark = pytest.mark.slow  # a LocalCluster of worker processes

RECORDS = [
    {
        "id": "harbour-1",
        "title": "Harbour strike ends",
        "published": "2025-03-04",
        "text": "Dock workers in Valparaiso ended a two-week strike on Monday.\n\n"
        "\u201cWe got what we asked for,\u201d said Ines Carrasco, who leads the dockers' union.",
    },
    {
        "id": "budget-2",
        "text": "The city council approved the budget on Thursday. Councillor Tom Reyes said "
        "the vote showed that the parties could still work together.",
    },
    {"id": "empty-3", "text": "   "},
    {
        "id": "flood-4",
        "published": "2025-06-30",
        "text": "Floods closed three schools in Bremen last week, officials said. "
        "\u201cThe water came faster than anyone expected,\u201d the mayor, Karin Vogt, told reporters.",
    },
    {
        "id": "vaccine-5",
        "text": "Regional health authorities will extend the vaccination campaign until May, "
        "according to a statement released on Friday by the health ministry.",
    },
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as client:
        nd.register(client)
        yield client
    cluster.close()


@pytest.fixture(scope="module")
def expected(parser):
    """What the serial parse_many gives on the same input, as dicts."""
    from newsparse import ParseFailure
    from newsparse.io import record_to_input

    def as_input(record):
        try:
            return record_to_input(record, f"id {record['id']}")
        except Exception as error:  # the empty record: parse_many would get the reader's failure
            return ParseFailure(None, str(error), f"id {record['id']}")

    return list(parser.parse_many([as_input(r) for r in RECORDS], batch_size=2))


def test_register_loads_one_parser_per_worker_process(client):
    recipe = nd.recipe_for()

    def loaded(key=recipe.key):
        from newsparse.run.pool import _PARSERS

        return key in _PARSERS and _PARSERS[key]._backend is not None

    per_worker = client.run(loaded)
    assert len(per_worker) == 2
    assert all(per_worker.values())
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2  # two processes, not threads of one


def test_bag_gives_the_same_results_as_parse_many(client, expected):
    bag = db.from_sequence(RECORDS, npartitions=3)
    results = nd.parse_bag(bag).compute()
    assert len(results) == len(RECORDS)
    assert [r["id"] for r in results] == [r["id"] for r in RECORDS]
    for got, want in zip(results, expected, strict=True):
        if isinstance(want, Article):
            assert "error" not in got
            assert got == want.to_dict()
            assert Article.from_dict(got) == want
        else:
            assert got["error"] == want.error
    failed = [r for r in results if "error" in r]
    assert [r["id"] for r in failed] == ["empty-3"]
    assert "whitespace" in failed[0]["error"]


def test_bag_of_plain_texts_and_inputs(client, parser):
    texts = [RECORDS[0]["text"], ArticleInput.create(RECORDS[1]["text"], id="b")]
    results = nd.parse_bag(db.from_sequence(texts, npartitions=2)).compute()
    want = [a.to_dict() for a in parser.parse_many(texts)]
    assert results == want
    assert results[1]["id"] == "b"


def test_dataframe_columns_and_index(client, expected):
    frame = pd.DataFrame(RECORDS, index=pd.Index([10, 11, 12, 13, 14], name="row"))
    out = nd.parse_dataframe(dd.from_pandas(frame, npartitions=2)).compute()
    # one row layout for an article: the tables' articles row, plus the article as JSON
    assert list(out.columns) == [*TABLE_COLUMNS["articles"], "article"]
    assert list(out.index) == [10, 11, 12, 13, 14]
    assert list(out["article_id"]) == [r["id"] for r in RECORDS]
    bad = out.loc[12]
    assert "whitespace" in bad["parse_error"] and pd.isna(bad["article"])
    for (_, row), want in zip(out.iterrows(), expected, strict=True):
        if isinstance(want, Article):
            assert pd.isna(row["parse_error"])
            table_row = rows_of(want)["articles"][0]
            assert {key: row[key] for key in ("article_id", "n_quotes", "n_actors", "characters")} == {
                key: table_row[key] for key in ("article_id", "n_quotes", "n_actors", "characters")
            }
            assert json.loads(row["article"]) == want.to_dict()
            assert row["n_quotes"] == len(want.quotes) and row["n_actors"] == len(want.actors)
    assert out.loc[10, "published"].startswith("2025-03-04")


def test_dataframe_without_a_text_column_is_refused():
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(Exception, match="no 'text'"):
        nd.parse_dataframe(frame)
