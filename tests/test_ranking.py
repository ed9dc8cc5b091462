"""The numpy scorer (index/matching.py) must rank exactly as whoosh would: same pages, same BM25F scores,
across segments and deletions.  Whoosh's own collector is the reference, on a real index."""

from __future__ import annotations

import random

import numpy as np
import pytest

from metp.index import scoring, writer
from metp.index.columns import Columns, Segment
from metp.index.matching import score_pages
from metp.index.records import PageRecord
from metp.index.query_language import parse_query

pytestmark = pytest.mark.usefixtures("whoosh_reads")  # every test with the fast reads and without

WORDS = ("torture prevention workshop campaign letter amnesty prisoner writing agenda trainer guide "
         "evaluation members rights human freedom prison visit report urgent action").split()


def _records(doc_ids: range, rng: random.Random) -> list[PageRecord]:
    return [PageRecord(doc_id=f"{d:016x}", page=p, title=" ".join(rng.sample(WORDS, 3)).capitalize(),
                       content=" ".join(rng.choices(WORDS, k=rng.randint(5, 120))), source=f"d{d}.txt",
                       method="text", confidence=100.0,
                       fields={"type": (rng.choice(("letter", "agenda")),), "date": (f"{rng.randint(1970, 1999)}",),
                               "subject": ("torture",)})
            for d in doc_ids for p in range(1, rng.randint(1, 3) + 1)]


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    """Three segments, one with deleted pages."""
    rng = random.Random(7)
    ix = writer.open_index(tmp_path_factory.mktemp("ranking") / "index")
    for batch in (range(0, 40), range(40, 80), range(80, 120)):
        records = _records(batch, rng)
        writer.replace_documents(ix, records, [])
    writer.replace_documents(ix, _records(range(10, 15), rng), [f"{d:016x}" for d in range(10, 15)])
    return ix


@pytest.mark.parametrize("text", ["torture", "torture prevention", "torture OR amnesty", "letter writing -prison",
                                  "title:workshop", "(urgent action) OR (human rights)", '"urgent action"',
                                  "prison NOT visit", "amnest*", "freedom^3 report", "NOT torture", '"human rights"',
                                  '"letter writing"~3', '"prison visit report"', '"torture of prisoner"',
                                  "type:letter prison", "year:[1980 TO 1990] rights", "human~"])
def test_numpy_scores_equal_whoosh_scores(ix, text):
    with ix.searcher(weighting=scoring.weighting()) as searcher:
        reader = searcher.reader()
        assert len(reader.leaf_readers()) >= 2 and reader.has_deletions()
        columns = Columns.join([Segment.read(leaf) for leaf, _ in reader.leaf_readers()])
        query = parse_query(ix.schema, text)
        ours = score_pages(query, searcher, columns.lengths, columns.live)
        theirs = sorted((docnum, score) for score, docnum in searcher.search(query, limit=None).top_n)
        assert len(theirs) > 0
        assert ours.ids.tolist() == [d for d, _ in theirs]
        np.testing.assert_allclose(ours.scores, [s for _, s in theirs], rtol=1e-5)

