"""Search: the JSON contract, the query language, paging, and rebuilding the index."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import cli_json, doc_ids_for, run_cli, search_hits

# One word from each of the nine corpus documents (common words such as "the" are stop words).
EVERY_DOC = "quartz OR meadow OR copper OR walnut OR cobalt OR emerald OR crimson OR orchid OR juniper"

pytestmark = pytest.mark.usefixtures("engine")  # every test on both search engines

HIT_KEYS = {"doc_id", "page", "score", "title", "date", "doc_type", "source", "snippet", "other_pages"}


def test_search_json_contract(engine_archive, corpus):
    out = cli_json(engine_archive.root, "search", '"quartz lantern harbour"')
    assert set(out) == {"query", "total", "hits", "facets", "expanded", "did_you_mean", "estimated"}
    assert out["estimated"] is False
    assert out["query"] == '"quartz lantern harbour"'
    assert out["total"] == 1
    assert isinstance(out["facets"], dict)
    [hit] = out["hits"]
    assert set(hit) == HIT_KEYS
    assert hit["doc_id"] == engine_archive.doc_ids["letter.png"]
    assert hit["page"] == 1
    assert isinstance(hit["score"], float) and hit["score"] > 0
    assert hit["title"] == "URGENT ACTION APPEAL"
    assert hit["source"] == str(corpus["letter.png"])
    assert hit["other_pages"] == []
    assert "<mark>quartz</mark> <mark>lantern</mark> <mark>harbour</mark>" in hit["snippet"]
    assert "\n" not in hit["snippet"]


def test_snippet_marks_only_matched_terms(engine_archive):
    [hit] = search_hits(engine_archive.root, "pelican")
    assert "<mark>pelican</mark>" in hit["snippet"]
    assert "<mark>cobalt</mark>" not in hit["snippet"] and "cobalt" in hit["snippet"]


def test_terminal_output_marks_terms_in_brackets_when_not_a_tty(engine_archive):
    result = run_cli(engine_archive.root, "search", "juniper")
    assert result.exit_code == 0, result.stderr
    assert engine_archive.doc_ids["notes.txt"] in result.stdout
    assert "[juniper]" in result.stdout
    assert "<mark>" not in result.stdout and "\x1b[" not in result.stdout


@pytest.mark.parametrize("query, expected", [
    ("copper falcon", {"scanned.pdf"}),                       # words are ANDed
    ("copper pelican", set()),
    ("copper OR pelican", {"scanned.pdf", "stack.tif"}),
    ('"falcon copper"', set()),                               # a phrase keeps its word order
    ("committee NOT juniper", {"text_named.png"}),
    ("title:manual", {"born_digital.pdf"}),
    ("quarts~", {"letter.png"}),                               # fuzzy: one edit
    ("qaurtz~2", {"letter.png"}),                              # fuzzy: two edits
    ("pelic*", {"stack.tif"}),                                 # prefix
    ("pelicans", {"stack.tif"}),                               # stemmed
])
def test_query_language(engine_archive, query, expected):
    assert doc_ids_for(engine_archive.root, query) == {engine_archive.doc_ids[name] for name in expected}


def test_limit_and_offset_page_through_documents(engine_archive):
    everything = cli_json(engine_archive.root, "search", EVERY_DOC, "--limit", "50")
    ranked = [h["doc_id"] for h in everything["hits"]]
    assert everything["total"] == len(ranked) == len(engine_archive.doc_ids)
    assert len(set(ranked)) == len(ranked), "a document appears once, with its best page"
    first = cli_json(engine_archive.root, "search", EVERY_DOC, "--limit", "2")
    second = cli_json(engine_archive.root, "search", EVERY_DOC, "--limit", "2", "--offset", "2")
    assert first["total"] == second["total"] == everything["total"]
    assert [h["doc_id"] for h in first["hits"] + second["hits"]] == ranked[:4]


def test_no_match_is_an_empty_result_not_an_error(engine_archive):
    out = cli_json(engine_archive.root, "search", "xylophonist")
    assert (out["total"], out["hits"]) == (0, [])
    text = run_cli(engine_archive.root, "search", "xylophonist")
    assert text.exit_code == 0 and "No documents match" in text.stdout


# --- reindex ---------------------------------------------------------------------------------


def test_reindex_rebuilds_a_deleted_index(engine_archive_copy):
    pages = cli_json(engine_archive_copy, "stats")["pages"]
    shutil.rmtree(engine_archive_copy / "index")

    result = run_cli(engine_archive_copy, "reindex")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"reindexed {pages} pages"

    for phrase in ['"quartz lantern harbour"', '"maple compass"', '"walnut glacier"', '"orchid typewriter"']:
        assert len(doc_ids_for(engine_archive_copy, phrase)) == 1, phrase
    stats = cli_json(engine_archive_copy, "stats")
    assert stats["index_pages"] == stats["pages"] == pages
    assert stats["unindexed_documents"] == 0


def test_reindex_of_an_intact_index_changes_nothing(engine_archive_copy):
    before = cli_json(engine_archive_copy, "search", EVERY_DOC, "--limit", "50")
    assert before["total"] == 9
    assert run_cli(engine_archive_copy, "reindex").exit_code == 0
    assert run_cli(engine_archive_copy, "reindex").exit_code == 0
    after = cli_json(engine_archive_copy, "search", EVERY_DOC, "--limit", "50")
    assert after["total"] == before["total"]
    assert sorted(h["doc_id"] for h in after["hits"]) == sorted(h["doc_id"] for h in before["hits"])
    stats = cli_json(engine_archive_copy, "stats")
    assert stats["index_pages"] == stats["pages"]


def test_damaged_index_exits_6_and_reindex_repairs_it(engine_archive_copy):
    index = engine_archive_copy / "index"
    for table in [*index.glob("*.toc"), *index.glob("meta.json")]:  # whoosh's and tantivy's table of contents
        table.write_bytes(b"garbage")
    broken = run_cli(engine_archive_copy, "search", "juniper")
    assert broken.exit_code == 6, broken.stderr
    assert broken.stderr.startswith("metp: error: ") and "metp reindex" in broken.stderr

    assert run_cli(engine_archive_copy, "reindex").exit_code == 0
    assert len(doc_ids_for(engine_archive_copy, "juniper")) == 1


def test_search_never_silently_misses_pages_when_the_index_is_gone(engine_archive_copy):
    shutil.rmtree(engine_archive_copy / "index")
    result = run_cli(engine_archive_copy, "search", "--json", "juniper")
    if result.exit_code == 0:
        assert json.loads(result.stdout)["total"] == 1
    else:
        assert result.exit_code == 6 and "metp reindex" in result.stderr
