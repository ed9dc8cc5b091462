"""The library under the web UI: browsing without a query, restricted documents and the public archive,
the read-only catalog, cached page images, baskets made into packs, packs as PDF."""

from __future__ import annotations

import io
import os
import time

import pdfplumber
import pytest
from PIL import Image

from conftest import cli_json, run_cli
from metp.archive.access import PublicArchive
from metp.archive.archive import Archive
from metp.archive.basket import BasketItem, render_markdown
from metp.archive.catalog import Catalog
from metp.archive.metadata import Edit
from metp.archive.packpdf import render_pdf
from metp.archive.viewimage import SCALE_KEY
from metp.errors import ArchiveDamagedError, NotFoundError, UsageError
from metp.index.page_index import Filters
from metp.settings import Settings
from web_support import build_archive, private_copy


@pytest.fixture(scope="module")
def web_archive(tmp_path_factory):
    return build_archive(tmp_path_factory)


def settings(root) -> Settings:
    return Settings(archive_dir=root)


def test_browse_lists_documents_by_filters_alone(web_archive):
    with Archive(settings(web_archive.root)) as archive:
        everything = archive.browse(limit=100)
        assert everything.query == "" and everything.total == 7 and len(everything.hits) == 7
        assert all(h.page == 1 and h.snippet.text for h in everything.hits)  # first pages, opening words
        assert [h.date for h in everything.hits][:3] == ["1979", "1985-03", "1987"]
        assert archive.browse(Filters.of(type="agenda")).total == 1
        # undated documents are not "from 1990 on" (whoosh fills their year column with its largest int)
        assert archive.browse(Filters.of(year_from=1990)).total == sum(h.date[:4] >= "1990" for h in everything.hits)
        assert archive.search("quokka", filters=Filters.of(year_from=1990)).total == 0
        paged = [archive.browse(limit=2, offset=n).hits for n in (0, 2, 4, 6)]
        assert [h.doc_id for page in paged for h in page] == [h.doc_id for h in everything.hits]
        assert everything.facets["decade"] == archive.search("letter OR urgent OR quartz OR zephyr OR quokka OR "
                                                            "chapter", limit=1).facets["decade"]
        with pytest.raises(UsageError):
            archive.browse(sort="title")


def test_subjects_with_broader_and_narrower_terms(web_archive):
    with Archive(settings(web_archive.root)) as archive:
        terms = {t.term: t for t in archive.subjects().subjects}
    assert terms["letter writing"].documents == 2
    assert terms["letter writing"].broader[:2] == ("campaigning", "activism skills")
    assert "letter writing" in terms["campaigning"].narrower and terms["campaigning"].documents == 0
    with Archive(settings(web_archive.root)) as archive:
        assert terms["urgent actions"].documents == archive.browse(Filters.of(subject="urgent actions")).total >= 1


def test_restricting_is_an_archivist_edit_that_reaches_the_index(web_archive, tmp_path):
    arc = private_copy(web_archive, tmp_path / "archive")
    guide = arc.id("guide-1991.txt")
    assert run_cli(arc.root, "tag", guide, "metp.access=restricted").exit_code == 0
    record = cli_json(arc.root, "show", guide)["metadata"]["metp.access"][0]
    assert (record["value"], record["provenance"]) == ("restricted", "archivist")
    with Archive(settings(arc.root)) as archive:
        assert archive.access(guide) == "restricted" and archive.access(arc.id("agenda-1985.txt")) == "open"
        assert archive.search("death penalty").total == 1
        assert archive.search("death penalty", filters=Filters(hide_restricted=True)).total == 0
    with PublicArchive(settings(arc.root)) as public:
        assert public.search("death penalty").total == 0
        assert public.browse(limit=100).total == 5  # the memo and the guide are hidden
        assert guide not in {d.doc_id for d in public.batch_documents(public.overview().batches[0].batch_id).documents}
        for read in (lambda: public.document(guide), lambda: public.page(guide, 1),
                     lambda: public.hits_on_page(guide, 1, "death"), lambda: public.similar(guide),
                     lambda: public.view_image(guide, 1), lambda: public.basket_pack([BasketItem(guide, 1)])):
            with pytest.raises(NotFoundError):
                read()
    assert run_cli(arc.root, "tag", guide, "metp.access=").exit_code == 0  # lifted
    with PublicArchive(settings(arc.root)) as public:
        assert public.search("death penalty").total == 1


def test_the_public_archive_opens_the_catalog_read_only(web_archive, tmp_path):
    arc = private_copy(web_archive, tmp_path / "archive")
    def files():  # SQLite's -wal and -shm files are its readers' shared memory, not content
        return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in arc.root.iterdir()
                if p.is_file() and not p.name.endswith(("-wal", "-shm"))}

    before = files()
    with PublicArchive(settings(arc.root)) as public:
        public.search("letter")
        public.document(arc.id("agenda-1985.txt"))
        for write in (lambda: public.tag(arc.id("agenda-1985.txt"), [Edit("dc.title", "set", "x")], "t"),
                      lambda: public.correct(arc.id("agenda-1985.txt"), 1, "x", "t"), lambda: public.reindex(),
                      lambda: public.retag(), lambda: public.ingest([])):
            with pytest.raises(UsageError, match="read-only"):
                write()
    assert files() == before
    with pytest.raises(Exception):
        PublicArchive(settings(tmp_path / "nowhere"))
    db = Catalog(arc.root / "catalog.sqlite")
    db.db.execute("PRAGMA user_version=1")
    db.close()
    with pytest.raises(ArchiveDamagedError, match="without --public"):
        Catalog.open_read_only(arc.root / "catalog.sqlite")


def test_view_images_are_cached_and_renewed_when_the_page_is_read_again(web_archive, tmp_path):
    arc = private_copy(web_archive, tmp_path / "archive")
    scan, manual = arc.id("letter.png"), arc.id("manual.pdf")
    with Archive(settings(arc.root)) as archive:
        first = archive.view_image(scan, 1)
        assert first.path and first.scale == 1.0 and (first.width, first.height) == (1700, 2200)
        cached = os.stat(first.path).st_mtime_ns
        assert archive.view_image(scan, 1).path == first.path and os.stat(first.path).st_mtime_ns == cached
        words = arc.root / "derivatives" / scan / "page-0001.words.json"
        later = time.time() + 5
        os.utime(words, (later, later))  # the page was read again: its image is made anew
        assert os.stat(archive.view_image(scan, 1).path).st_mtime_ns != cached
        pdf_page = archive.view_image(manual, 2)
        assert pdf_page.scale == 2.0 and Image.open(pdf_page.path).info[SCALE_KEY] == "2.000000"
        thumb = Image.open(io.BytesIO(archive.thumbnail(scan, 1)))
        assert thumb.width == 240 and (arc.root / "derivatives" / scan / "page-0001.thumb.png").is_file()
        boxed = Image.open(io.BytesIO(archive.boxed_view_png(scan, 1, "quartz")))
        assert boxed.size == (1700, 2200)
        with pytest.raises(UsageError, match="plain text"):
            archive.view_image(arc.id("agenda-1985.txt"), 1)


def test_a_basket_keeps_its_order_and_notes(web_archive):
    agenda, manual = web_archive.id("agenda-1985.txt"), web_archive.id("manual.pdf")
    with Archive(settings(web_archive.root)) as archive:
        pack = archive.basket_pack([BasketItem(manual, 3, "deadline", "Close with this"),
                                    BasketItem(agenda, 1, "", "")], "Session")
        assert [(e.doc_id, e.page) for e in pack.excerpts] == [(manual, 3), (agenda, 1)]
        assert [t for t, hit in pack.excerpts[0].text.parts() if hit] == ["deadline"]
        assert pack.excerpts[1].text.text.startswith("Workshop agenda")  # no query: the page's opening
        md = render_markdown(pack)
        assert md.index(manual) < md.index(agenda) and "Note: Close with this" in md and "**deadline**" in md
        with pytest.raises(UsageError):
            archive.basket_pack([])
        with pytest.raises(NotFoundError):
            archive.basket_pack([BasketItem("ffffffffffffffff", 1)])


def test_pack_pdf_prints_any_script(web_archive):
    from metp.archive.pack import Pack
    from metp.archive.basket import NotedExcerpt
    from metp.index.records import Snippet

    text = "Zürich, Łódź, Αθήνα, Київ and 東京 \x00 met\x07"
    excerpt = NotedExcerpt("0123456789abcdef", 2, "Ünïcode title", "1988", "scan.tif", "x",
                           Snippet(text, ((0, 6),)), note="Note with “quotes” — and ✓")
    pdf = render_pdf(Pack("Pack: ŁÓDŹ", "2026-01-02", (excerpt,)))
    assert pdf.startswith(b"%PDF")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        out = "\n".join(p.extract_text() for p in doc.pages)
    for word in ("Zürich", "Łódź", "Αθήνα", "Київ", "Ünïcode title", "“quotes”", "Pack: ŁÓDŹ",
                 "metp document 0123456789abcdef, page 2"):
        assert word in out, word
