"""One place for each field, one boundary around the engine, spans instead of markup.

Every filterable field of the registry goes the whole way: tagged by an archivist, indexed, counted as a
facet, used as a filter, exported.  whoosh's private-format reads equal its public answers.  Document text
is escaped by every renderer.
"""

from __future__ import annotations

import csv
import json
import random
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from conftest import cli_json, ingest_texts, run_cli, search_hits
from metp.fields import BY_NAME, FACETS, FIELDS, FILTERS, IndexAs
from metp.index import whoosh_format, writer
from metp.index.records import PageRecord

DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture(scope="module")
def tagged(tmp_path_factory, engine):
    """Two documents to tag, filter and export, on each search engine in turn."""
    root, ids = ingest_texts(tmp_path_factory.mktemp("fields"), {
        "one.txt": "Workshop notes\n\nThe zephyr quilting circle met to plan the campaign.\n",
        "two.txt": "Workshop notes\n\nThe zephyr quilting circle wrote letters all evening.\n",
    })
    return root, ids


VALUES = {"type": "oral history", "subject": "Quilting Circles", "audience": "night school", "place": "Atlantis",
          "language": "xx", "decade": None}


@pytest.mark.parametrize("field", FILTERS, ids=lambda f: f.key)
def test_every_filter_field_goes_from_tag_to_index_facet_filter_and_export(tagged, field, tmp_path):
    root, ids = tagged
    one = ids["one.txt"]
    if field.key == "decade":  # derived from the date
        assert run_cli(root, "tag", one, "dc.date=1986-05").exit_code == 0
        value, shown = "1980s", "1980s"
    else:
        value = shown = VALUES[field.key]
        assert run_cli(root, "tag", one, f"{field.name}={value}").exit_code == 0
    everything = cli_json(root, "search", "zephyr")
    assert everything["total"] == 2
    facet = {k.lower(): n for k, n in everything["facets"][field.key].items()}
    assert facet.get(shown.lower()) == 1, everything["facets"]
    filtered = cli_json(root, "search", "zephyr", field.option, value)
    assert [h["doc_id"] for h in filtered["hits"]] == [one]
    out = tmp_path / "records.csv"
    assert run_cli(root, "export", "--format", "csv", out).exit_code == 0
    header, *rows = list(csv.reader(out.open(encoding="utf-8")))
    row = next(r for r in rows if r[0] == "one.txt")
    assert value if field.key != "decade" else "1986-05" in row
    assert (field.name if field.key != "decade" else "dc.date") in header
    if field.dc_element:
        xml_out = tmp_path / "dc.xml"
        assert run_cli(root, "export", "--format", "dc-xml", xml_out).exit_code == 0
        texts = [e.text for e in ET.parse(xml_out).iter(f"{DC}{field.dc_element}")]
        assert field.dc_prefix + value in texts


def test_the_registry_is_what_the_schema_facets_and_options_are_made_of():
    schema = writer.build_schema()
    for f in FIELDS:
        if f.key != "source":  # the index's own `source` is the original's path: dc.source's first value
            assert (f.key in schema.names()) == (f.index is not IndexAs.none), f
    assert [f.key for f in FACETS] == ["type", "decade", "subject", "audience", "place", "language"]
    assert all(BY_NAME[f.name] for f in FIELDS if f.key != "decade")
    from metp.archive.cli import search

    options = {o for p in search.params for o in p.opts}
    assert {f.option for f in FILTERS} <= options


def test_query_aliases_come_from_the_registry(tagged):
    root, ids = tagged
    assert run_cli(root, "tag", ids["two.txt"], "dc.coverage=Ruritania").exit_code == 0
    for alias in ("place", "coverage", "country"):
        assert [h["doc_id"] for h in search_hits(root, f"{alias}:ruritania zephyr")] == [ids["two.txt"]]


# --- whoosh's private format, read both ways ---------------------------------------------------------
@pytest.fixture(scope="module")
def segments(tmp_path_factory):
    """Three segments, one with deleted pages, words and positions of every kind."""
    rng = random.Random(11)
    words = "torture prevention workshop letter amnesty prisoner writing agenda trainer guide rights".split()
    ix = writer.open_index(tmp_path_factory.mktemp("format") / "index")

    def records(docs):
        return [PageRecord(f"{d:016x}", p, " ".join(rng.sample(words, 2)), " ".join(rng.choices(words, k=rng.randint(1, 300))),
                           f"{d}.txt", "ocr", 90.0, {"type": (rng.choice(("letter", "agenda")),),
                                                     "date": (f"{rng.randint(1960, 2005)}-0{rng.randint(1, 9)}",),
                                                     "subject": tuple(rng.sample(words, 2))})
                for d in docs for p in range(1, rng.randint(1, 4))]
    for batch in (range(0, 30), range(30, 60), range(60, 90)):
        writer.replace_documents(ix, records(batch), [])
    writer.replace_documents(ix, records(range(5, 9)), [f"{d:016x}" for d in range(5, 9)])
    return ix


def both_ways(fn):
    """fn() with the fast reads, then with the public API only."""
    import os

    os.environ["METP_WHOOSH_FAST"] = "1"
    fast = fn()
    os.environ["METP_WHOOSH_FAST"] = "0"
    try:
        public = fn()
    finally:
        os.environ["METP_WHOOSH_FAST"] = "1"
    return fast, public


def test_fast_reads_are_used_for_this_whoosh_and_codec(segments):
    with segments.reader() as reader:
        assert whoosh_format.ENGINE_RECOGNISED
        assert all(whoosh_format.fast_for(leaf) for leaf, _ in reader.leaf_readers())


def test_bulk_column_reads_equal_whooshs_own_column_reader(segments):
    with segments.reader() as reader:
        leaves = reader.leaf_readers()
        assert len(leaves) >= 3 and reader.has_deletions()
        for leaf, _ in leaves:
            count = leaf.doc_count_all()
            for field in ("doc_id", "page", "type", "subject", "date", "year", "decade"):
                ours = whoosh_format.column_values(leaf, field, count)
                assert ours == list(leaf.column_reader(field)), field
            fast, public = both_ways(lambda: whoosh_format.field_lengths(leaf, "content", count))
            np.testing.assert_array_equal(fast, public)
            assert public.tolist() == [leaf.doc_field_length(n, "content", 0) for n in range(count)]


def test_term_tables_and_postings_read_fast_equal_the_public_api(segments):
    with segments.searcher() as searcher:
        for leaf, _ in searcher.reader().leaf_readers():
            fast, public = both_ways(lambda: whoosh_format.field_terms(leaf, "content"))
            assert fast == public and len(fast) > 5
            for term in ("torture", "writing", "agenda"):
                text = term if term in dict(fast) else None
                if text is None:
                    continue
                stem = searcher.schema["content"].to_bytes(text)
                fmt = searcher.schema["content"].format
                fast_post, public_post = both_ways(lambda: whoosh_format.postings(leaf, leaf.postings("content", stem), True))
                assert fast_post[0].tolist() == public_post[0].tolist()
                assert fast_post[1].tolist() == public_post[1].tolist()
                fast_pos, public_pos = both_ways(lambda: whoosh_format.positions(fast_post[2], fmt))
                assert fast_pos[0].tolist() == public_pos[0].tolist()
                assert fast_pos[1].tolist() == public_pos[1].tolist()


# --- repeated words ----------------------------------------------------------------------------------
def test_a_word_typed_three_times_weighs_three_times(tmp_path, engine):
    root, ids = ingest_texts(tmp_path, {
        "a.txt": "Notes\n\nprison prison prison visits are described here at some length today\n",
        "b.txt": "Notes\n\nletter letter letter writing is described here at some length today\n",
    })
    once = {h["doc_id"]: h["score"] for h in search_hits(root, "prison OR letter")}
    thrice = {h["doc_id"]: h["score"] for h in search_hits(root, "prison OR prison OR prison OR letter")}
    assert once[ids["a.txt"]] == pytest.approx(once[ids["b.txt"]], rel=1e-4)  # scores are shown to 4 decimals
    assert thrice[ids["a.txt"]] == pytest.approx(3 * once[ids["a.txt"]], rel=1e-4)
    assert thrice[ids["b.txt"]] == pytest.approx(once[ids["b.txt"]], rel=1e-4)


# --- spans, escaped by every renderer -----------------------------------------------------------------
HOSTILE_TITLE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> [link](javascript:x) **bold**'
HOSTILE_TEXT = "The \x1b[31mred\x1b[0m curtain \x1b]0;pwned\x07 hid the <b>quokka</b> & *its* keeper."


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root, ids = ingest_texts(tmp_path_factory.mktemp("hostile"), {"h.txt": f"Notes\n\n{HOSTILE_TEXT}\n"})
    doc = ids["h.txt"]
    assert run_cli(root, "tag", doc, f"dc.title={HOSTILE_TITLE}").exit_code == 0
    return root, doc


def test_json_snippets_are_html_with_the_text_escaped(hostile):
    root, doc = hostile
    [hit] = search_hits(root, "quokka")
    assert "<mark>quokka</mark>" in hit["snippet"]
    assert "<b>" not in hit["snippet"] and "&lt;b&gt;" in hit["snippet"]
    assert hit["title"] == HOSTILE_TITLE  # data, not markup: JSON carries the value as it is


def test_terminal_output_never_passes_control_characters_through(hostile):
    root, doc = hostile
    for args in (("search", "quokka"), ("show", doc), ("show", doc, "--page", "1")):
        out = run_cli(root, *args).stdout
        assert "\x1b" not in out and "\x07" not in out, args
    assert "[quokka]" in run_cli(root, "search", "quokka").stdout


def test_packs_escape_document_text_in_markdown_and_html(hostile, tmp_path):
    root, doc = hostile
    md = run_cli(root, "pack", "quokka", "--format", "md").stdout
    assert "<script>" not in md and "<b>" not in md and "](javascript" not in md and "\x1b" not in md
    assert "**quokka**" in md
    html_out = run_cli(root, "pack", "quokka", "--format", "html").stdout
    assert "<script>" not in html_out and "<img" not in html_out and "<b>quokka" not in html_out
    assert "<mark>quokka</mark>" in html_out and "&lt;script&gt;" in html_out


def test_dublin_core_xml_stays_well_formed_with_control_characters(hostile, tmp_path):
    root, doc = hostile
    assert run_cli(root, "tag", doc, "dc.description=bell\x07 and escape\x1b here").exit_code == 0
    out = tmp_path / "dc.xml"
    assert run_cli(root, "export", "--format", "dc-xml", out).exit_code == 0
    ET.parse(out)  # raises on characters XML cannot hold
    assert re.search(r"bell\s*and escape\s*here", out.read_text(encoding="utf-8"))


def test_search_json_is_the_views_to_json(hostile):
    from metp.archive.archive import Archive
    from metp.settings import Settings

    root, _ = hostile
    with Archive(Settings(archive_dir=root)) as archive:
        view = archive.search("quokka")
    assert json.loads(json.dumps(view.to_json())) == cli_json(root, "search", "quokka")
