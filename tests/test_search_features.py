"""Search for researchers and curriculum designers (issue 6): OCR-tolerant matching, did-you-mean,
sorting, CSV, query errors with positions, similar documents, curriculum packs, highlighted page images."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
from PIL import Image

from conftest import cli_json, run_cli, search_hits, write_page

pytestmark = pytest.mark.usefixtures("engine")  # every test on both search engines

CLEAN = "Training notes on torture prevention and the campaign against torture in {n}."


@pytest.fixture(scope="module")
def noisy(tmp_path_factory, engine):
    """Six clean pages on torture, and one page where OCR misread it as 'tortnre'."""
    folder = tmp_path_factory.mktemp("noisy")
    for n, year in enumerate((1979, 1983, 1986, 1991, 1995, 2001)):
        (folder / f"clean{n}.txt").write_text(f"Date: {year}\n" + CLEAN.format(n=year), encoding="utf-8")
    (folder / "misread.txt").write_text("The zebra workshop on tortnre survivors met in 1988.\n", encoding="utf-8")
    root = tmp_path_factory.mktemp("noisy-archive") / "archive"
    assert run_cli(root, "ingest", "--workers", "1", str(folder)).exit_code == 0
    ids = {h["source"].rsplit("/", 1)[1]: h["doc_id"] for h in search_hits(root, "torture OR zebra", "--limit", "20")}
    return root, ids


def test_a_misread_word_is_found_through_its_correct_spelling(noisy):
    root, ids = noisy
    fuzzy = cli_json(root, "search", "torture zebra")
    assert [h["doc_id"] for h in fuzzy["hits"]] == [ids["misread.txt"]]
    assert fuzzy["expanded"] == {"torture": ["tortnre"]}
    assert cli_json(root, "search", "torture zebra", "--exact")["total"] == 0


def test_misreadings_rank_below_exact_matches(noisy):
    root, ids = noisy
    hits = search_hits(root, "torture", "--limit", "20")
    assert len(hits) == 7 and hits[-1]["doc_id"] == ids["misread.txt"]


def test_an_absent_word_gets_a_did_you_mean(noisy):
    root, _ = noisy
    out = cli_json(root, "search", "tortore")
    assert out["did_you_mean"] == "torture"
    assert out["total"] >= 6
    human = run_cli(root, "search", "tortore")
    assert "did you mean: torture" in human.stdout and "--exact" in human.stdout


def test_sort_by_date_and_csv_output(noisy):
    root, _ = noisy
    dates = [h["date"] for h in search_hits(root, "torture", "--sort", "date", "--limit", "20")]
    assert dates == sorted(dates) and dates[0] == "1979"
    result = run_cli(root, "search", "torture", "--csv", "--limit", "3")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:3] == ["doc_id", "page", "score"] and len(rows) == 4


@pytest.mark.parametrize("query, where", [('"urgent action', "position 1"), ("a) b", "position 2"),
                                          ("(torture", "unclosed '('"), ("torture OR", "position 9")])
def test_a_malformed_query_says_where(noisy, query, where):
    root, _ = noisy
    result = run_cli(root, "search", query)
    assert result.exit_code == 2
    assert where in result.stderr and result.stderr.count("\n") == 1


def test_similar_documents_leave_the_document_itself_out(noisy):
    root, ids = noisy
    out = cli_json(root, "similar", ids["clean0.txt"])
    found = [h["doc_id"] for h in out["hits"]]
    assert ids["clean0.txt"] not in found
    assert set(found[:5]) <= {ids[f"clean{n}.txt"] for n in range(1, 6)}
    assert "torture" in out["key_terms"]  # as printed, not the stem "tortur"


def test_pack_has_excerpts_citations_and_a_reading_list(noisy, tmp_path):
    root, ids = noisy
    md = run_cli(root, "pack", "torture", "--limit", "3").stdout
    assert md.startswith("# Curriculum pack: torture")
    assert md.count("metp document") >= 6  # a citation under each excerpt, again in the reading list
    assert "**torture**" in md and "## Reading list" in md
    out = tmp_path / "pack.html"
    assert run_cli(root, "pack", "--doc", f"{ids['misread.txt']}:1", "--format", "html", "-o", str(out)).exit_code == 0
    page = out.read_text()
    assert "<h2>Reading list</h2>" in page and ids["misread.txt"] in page and "zebra" in page
    assert run_cli(root, "pack", "--doc", "x:y").exit_code == 2


def test_page_image_boxes_the_hit_words(tmp_path):
    root = tmp_path / "archive"
    page = write_page(tmp_path / "page.png", ["MEETING NOTES", "The pelican committee met the pelican keeper."])
    [entry] = cli_json(root, "ingest", "--workers", "1", str(page))["documents"]
    out = cli_json(root, "show", entry["doc_id"], "--page", "1", "--image", str(tmp_path / "hit.png"),
                   "--highlight", "pelican")
    assert out["boxed_words"] == 2
    image = Image.open(tmp_path / "hit.png").convert("RGB")
    assert image.size == Image.open(page).size  # upright page, no skew: the image OCR saw is the original
    pixels = np.asarray(image)
    red = int(((pixels[..., 0] > 180) & (pixels[..., 1] < 80) & (pixels[..., 2] < 80)).sum())
    assert red > 200  # the boxes were drawn


def test_words_glued_at_a_period_are_found_apart(tmp_path):
    """Typewriters and OCR drop the space after a period: "pieces.of" must still match "pieces"."""
    root, _ = _ingested(tmp_path, {"glued.txt": "Handouts listed the pieces.of clothing sent to prisoners.\n"})
    assert cli_json(root, "search", "pieces clothing", "--exact")["total"] == 1


def test_an_index_from_an_older_metp_is_refused_for_search_and_rebuilt_by_ingest(tmp_path, engine):
    root, folder = _ingested(tmp_path, {"a.txt": "Workshop agenda on prison visits.\n"})
    stamp, older = ("metp-engine", "tantivy 0\n") if engine == "tantivy" else ("metp-schema", "2\n")
    (root / "index" / stamp).write_text(older)
    refused = run_cli(root, "search", "prison")
    assert refused.exit_code == 6 and "metp reindex" in refused.stderr
    (folder / "b.txt").write_text("Trainer guide for prison visits.\n", encoding="utf-8")
    assert run_cli(root, "ingest", "--workers", "1", str(folder)).exit_code == 0
    assert cli_json(root, "search", "prison")["total"] == 2


def test_a_kept_searcher_follows_the_index_as_documents_arrive_and_change(tmp_path, engine):
    """Archive keeps one searcher open across searches; ingests and retags (which replace a document's
    pages) must show in the next search, with no stale or duplicated pages."""
    from metp.archive.archive import Archive
    from metp.archive.metadata import Edit
    from metp.index.page_index import Filters
    from metp.settings import Settings

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Date: 1984\nAgenda of the prison visits workshop.\n", encoding="utf-8")
    with Archive(Settings(archive_dir=tmp_path / "archive", workers=1, index_engine=engine), create=True) as archive:
        archive.ingest([str(folder)], progress=False)
        first = archive.search("prison")
        assert first.total == 1 and first.facets["decade"] == {"1980s": 1}
        (folder / "b.txt").write_text("Date: 1993\nTrainer guide for prison visits.\n", encoding="utf-8")
        archive.ingest([str(folder)], progress=False)
        second = archive.search("prison", sort="date")
        assert second.total == 2 and [h.date[:4] for h in second.hits] == ["1984", "1993"]
        assert second.facets["decade"] == {"1980s": 1, "1990s": 1}
        doc = first.hits[0].doc_id
        archive.tag(doc, [Edit("dc.subject", "set", "prison conditions")], source="test")
        tagged = archive.search("prison", filters=Filters.of(subject="Prison Conditions"))
        assert [h.doc_id for h in tagged.hits] == [doc] and tagged.total == 1
        assert archive.search("prison").total == 2  # the retagged document's pages were replaced, not added


def test_snippets_mark_every_form_of_the_matched_stems_in_the_best_passages():
    from metp.index.schema import build_schema
    from metp.index.snippets import snippet, stem_matches

    analyzer = build_schema()["content"].analyzer
    filler = " ".join(["filler"] * 60)
    text = f"Workshops on letters. {filler} Letter writing and more letter writing here. {filler} Writing."
    found = snippet(text, stem_matches(text, {"letter", "write"}, analyzer))
    out = "".join(f"[{piece}]" if matched else piece for piece, matched in found.parts())
    assert out.count(" … ") == 1  # two passages
    assert "[Letter] [writing] and more [letter] [writing]" in out  # the passage with both words is chosen
    assert "[Workshops]" not in out and "[letters]" in out
    assert all(found.text[a:b].lower().startswith(("letter", "writ")) for a, b in found.spans)
    assert snippet(text, stem_matches(text, {"absent"}, analyzer)).text == ""


def test_searching_an_archive_with_no_pages_yet_finds_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    cli_json(tmp_path / "archive", "ingest", str(tmp_path / "empty"))
    out = cli_json(tmp_path / "archive", "search", "anything")
    assert out["total"] == 0 and out["hits"] == [] and out["facets"]["type"] == {}


def test_similar_takes_a_misread_key_term_for_the_word_it_misreads(noisy):
    root, ids = noisy
    out = cli_json(root, "similar", ids["misread.txt"])
    assert "tortnre" not in out["key_terms"] and "torture" in out["key_terms"]
    assert {h["doc_id"] for h in out["hits"]} >= {ids[f"clean{n}.txt"] for n in range(6)}


def _ingested(tmp_path, files: dict[str, str]):
    """(archive, input folder) after ingesting these text files through the CLI."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    root = tmp_path / "archive"
    assert run_cli(root, "ingest", "--workers", "1", str(folder)).exit_code == 0
    return root, folder


def test_words_typed_together_rank_pages_that_have_them_together_first(tmp_path):
    """Both pages have each word once and are as long; only the order of words tells them apart."""
    root, _ = _ingested(tmp_path, {"a_far.txt": "Letter campaigns need patience and steady writing.\n",
                                   "b_near.txt": "Campaigns need patience and steady letter writing.\n"})
    hits = search_hits(root, "letter writing")
    assert [h["source"].rsplit("/", 1)[1] for h in hits] == ["b_near.txt", "a_far.txt"]
    assert hits[0]["score"] > hits[1]["score"]
    exact_order = search_hits(root, '"letter writing"')
    assert [h["source"].rsplit("/", 1)[1] for h in exact_order] == ["b_near.txt"]


def test_a_kept_searcher_sees_an_index_rebuilt_by_another_process(tmp_path, engine):
    """`metp reindex` swaps in a new index folder whose generation may equal the old one's."""
    from metp.index.page_index import PageIndex
    from metp.index.records import PageRecord

    def record(doc_id: str, text: str) -> PageRecord:
        return PageRecord(doc_id=doc_id, page=1, title="", content=text, source=f"{doc_id}.txt", method="text",
                          confidence=100.0)

    folder = tmp_path / "index"
    PageIndex.rebuild(folder, [record("a", "prison visits")], engine=engine)
    pages = PageIndex(folder, create=False)
    assert pages.engine == engine and pages.search("prison").total == 1
    PageIndex.rebuild(folder, [record("a", "prison visits"), record("b", "prison letters")])
    assert pages.search("prison").total == 2
    pages.close()
