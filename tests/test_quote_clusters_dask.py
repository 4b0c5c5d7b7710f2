"""newsparse.run.dask.cluster_quotes on a dask.distributed LocalCluster (2 worker processes): the same clusters."""

from __future__ import annotations

import datetime as dt
import random

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow  # a LocalCluster of two processes takes tens of seconds to start

import dask.bag as db  # noqa: E402

import newsparse.run.dask as nd  # noqa: E402
from newsparse.corpus.quotes import QuoteIndex  # noqa: E402
from support.quote_articles import make_article  # noqa: E402

SAID = [
    "We will rebuild every bridge in this state before the next winter comes, and we will pay for it.",
    "The harbour will stay open through the strike, whatever the union decides on Monday night.",
    "Nobody in this city should wait three hours for a bus to reach a hospital or a school.",
    "I have never taken a single dollar from the companies that build our roads and bridges.",
]
SPEAKERS = ["Maria Lopez", "Tom Baker", "Lopez", None]


def corpus(n: int, seed: int = 7) -> list:
    """Articles repeating, trimming and changing a few quotes, some without an id or a date."""
    rng = random.Random(seed)
    articles = []
    for number in range(n):
        quotes = []
        for _ in range(rng.randint(1, 3)):
            text = rng.choice(SAID)
            roll = rng.random()
            if roll < 0.2:
                text = " ".join(text.split()[2:10])  # a fragment
            elif roll < 0.3:
                text = text.replace("every", "each").replace("three", "two")  # a variant
            elif roll < 0.4:
                text = text.upper()
            kind = "indirect" if rng.random() < 0.15 else "direct"
            quotes.append((rng.choice(SPEAKERS), text.rstrip("."), kind))
        published = None if rng.random() < 0.2 else dt.datetime(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
        url = f"https://outlet{rng.randrange(5)}.example/{number}"
        article = make_article(f"art-{number}", *quotes, url=url, published=published)
        articles.append(article if number % 7 else article.to_dict() | {"id": None})
    return articles


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


def local_clusters(items: list) -> list:
    from newsparse.models import Article

    index = QuoteIndex()
    for item in items:
        index.add(item if isinstance(item, Article) else Article.from_dict(item))
    return index.clusters()


def test_dask_gives_the_same_clusters(client):
    items = corpus(60)
    local = local_clusters(items)
    bag = db.from_sequence(items, npartitions=4)
    remote = nd.cluster_quotes(bag)
    assert [c.to_dict() for c in remote] == [c.to_dict() for c in local]
    assert any(c.n_articles > 3 and c.variants for c in local)  # the corpus does repeat and vary quotes


def test_dask_skips_failure_records_and_handles_empty_partitions(client):
    items = corpus(12)
    with_failures = items[:5] + [{"id": "bad", "source": "x.txt", "error": "empty text"}] + items[5:]
    bag = db.from_sequence(with_failures, npartitions=5)
    assert [c.to_dict() for c in nd.cluster_quotes(bag)] == [c.to_dict() for c in local_clusters(items)]
    assert nd.cluster_quotes(db.from_sequence([], npartitions=1)) == []
