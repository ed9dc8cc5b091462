"""The tantivy engine's ranking against its own reference: metp's query tree, translated
(index/tantivy_query.py), must find the same pages with the same scores as tantivy's own query parser
given the same query in tantivy's language, on a real index of several segments with replaced pages."""

from __future__ import annotations

import random

import numpy as np
import pytest

from metp.index import tantivy_store
from metp.index.schema import build_schema
from metp.index.query_language import parse_query
from metp.index.tantivy_query import Translator
from test_ranking import _records
# --- tantivy: metp's translation of its own query tree against tantivy's own query parser -------------

@pytest.fixture(scope="module")
def tantivy_ix(tmp_path_factory):
    """The same kind of pages in a tantivy index: three commits (three segments), one replacing pages."""
    rng = random.Random(7)
    folder = tmp_path_factory.mktemp("ranking-tantivy") / "index"
    index = tantivy_store.open_index(folder)
    for batch in (range(0, 40), range(40, 80), range(80, 120)):
        tantivy_store.replace_documents(index, folder, _records(batch, rng), [])
    tantivy_store.replace_documents(index, folder, _records(range(10, 15), rng), [f"{d:016x}" for d in range(10, 15)])
    index.reload()
    return index


# metp's query -> the same query in tantivy's own language over the analysed terms (title weighs as much as
# the text: whoosh's schema boost 2 times the parser's 0.5)
TANTIVY_EQUIVALENTS = {
    "torture": "content:tortur title:tortur",
    "torture prevention": "+(content:tortur title:tortur) +(content:prevent title:prevent)",
    "torture OR amnesty": "content:tortur title:tortur content:amnesti title:amnesti",
    "letter writing NOT prison": "+(content:letter title:letter) +(content:write title:write) "
                              "-(content:prison title:prison)",
    '"urgent action"': 'content:"urgent action" title:"urgent action"',
    "title:workshop prison": "+title:workshop^2 +(content:prison title:prison)",
    "freedom^3 report": "+(content:freedom title:freedom)^3 +(content:report title:report)",
}


@pytest.mark.parametrize("text", TANTIVY_EQUIVALENTS)
def test_tantivy_translation_scores_as_tantivys_own_parser(tantivy_ix, text):

    searcher = tantivy_ix.searcher()
    assert searcher.num_segments >= 2
    parsed = parse_query(build_schema(), text)
    ours = searcher.search(Translator(tantivy_ix.schema, build_schema()).query(parsed), limit=10_000).hits
    theirs = searcher.search(tantivy_ix.parse_query(TANTIVY_EQUIVALENTS[text]), limit=10_000).hits
    assert len(theirs) > 0
    assert sorted((a.segment_ord, a.doc) for _, a in ours) == sorted((a.segment_ord, a.doc) for _, a in theirs)
    np.testing.assert_allclose(sorted(s for s, _ in ours), sorted(s for s, _ in theirs), rtol=1e-5)


def test_a_value_field_match_scores_one_as_on_whoosh(tantivy_ix):
    """whoosh scores only analysed text: `type:letter` finds the same pages as tantivy's parser, each at 1."""
    searcher = tantivy_ix.searcher()
    ours = searcher.search(Translator(tantivy_ix.schema, build_schema()).query(parse_query(build_schema(), "type:letter")),
                           limit=10_000).hits
    theirs = searcher.search(tantivy_ix.parse_query("type:letter"), limit=10_000).hits
    assert len(ours) > 10 and {s for s, _ in ours} == {1.0}
    assert sorted((a.segment_ord, a.doc) for _, a in ours) == sorted((a.segment_ord, a.doc) for _, a in theirs)
