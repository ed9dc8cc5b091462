"""Per-page derivatives: the text and the word boxes (JSON), ALTO and hOCR, written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from metp.archive.files import atomic_write, fsync_folder
from metp.errors import cannot_write
from metp.deferred import Deferred

if TYPE_CHECKING:
    from metp.pipeline.model import Page, Word

model = Deferred("metp.pipeline.model")  # its dataclasses are not needed to open an archive
WORD_COLUMNS = ("text", "conf", "left", "top", "width", "height", "line", "block", "par")


class Derivatives:
    def __init__(self, root: Path):
        self.root = root

    def dir_for(self, doc_id: str) -> Path:
        return self.root / doc_id

    def text_path(self, doc_id: str, page_no: int) -> Path:
        return self.dir_for(doc_id) / f"page-{page_no:04d}.txt"

    def words_path(self, doc_id: str, page_no: int) -> Path:
        return self.dir_for(doc_id) / f"page-{page_no:04d}.words.json"

    def pdf_path(self, doc_id: str, page_no: int) -> Path:
        return self.dir_for(doc_id) / f"page-{page_no:04d}.pdf"

    def alto_path(self, doc_id: str, page_no: int) -> Path:
        return self.dir_for(doc_id) / f"page-{page_no:04d}.alto.xml"

    def hocr_path(self, doc_id: str, page_no: int) -> Path:
        return self.dir_for(doc_id) / f"page-{page_no:04d}.hocr"

    def write_layout(self, doc_id: str, pages, provenance) -> None:
        """ALTO for every page with a layout, hOCR for every OCRed page (see alto.py, hocr.py); `pages` are
        `alto.LayoutPage`s, `provenance(page)` says where its words came from.  The caller syncs the folder."""
        from metp.archive.alto import page_alto  # lxml is only needed here
        from metp.archive.hocr import page_hocr

        folder = self.dir_for(doc_id)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise cannot_write(folder, exc) from exc
        for page in pages:
            if not page.has_layout:
                continue
            source = provenance(page)
            atomic_write(self.alto_path(doc_id, page.page_no), page_alto(page, source), sync_folder=False)
            hocr = page_hocr(page, source)
            path = self.hocr_path(doc_id, page.page_no)
            if hocr is not None:
                atomic_write(path, hocr, sync_folder=False)
            else:
                path.unlink(missing_ok=True)  # a page read again from its text layer has no hOCR any more
        fsync_folder(folder)

    def write_pdf(self, doc_id: str, page_no: int, pdf: bytes) -> Path:
        path = self.pdf_path(doc_id, page_no)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise cannot_write(path.parent, exc) from exc
        atomic_write(path, pdf)
        return path

    def write(self, doc_id: str, pages: list[Page]) -> None:
        """Every file fsynced, the folder once at the end: durable before the catalog says the document exists."""
        folder = self.dir_for(doc_id)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise cannot_write(folder, exc) from exc
        for page in pages:
            atomic_write(self.text_path(doc_id, page.page_no), page.text, sync_folder=False)
            words = {
                "page": page.page_no, "method": page.method.value, "width": page.width,
                "height": page.height, "dpi": page.dpi,
                "columns": list(WORD_COLUMNS),
                "words": [[getattr(w, c) for c in WORD_COLUMNS] for w in page.words],
            }
            atomic_write(self.words_path(doc_id, page.page_no), json.dumps(words, ensure_ascii=False),
                         sync_folder=False)
            if page.pdf:
                atomic_write(self.pdf_path(doc_id, page.page_no), page.pdf, sync_folder=False)
        fsync_folder(folder)

    def read_words(self, doc_id: str, page_no: int) -> tuple[Word, ...]:
        path = self.words_path(doc_id, page_no)
        if not path.exists():
            return ()
        data = json.loads(path.read_text(encoding="utf-8"))
        # files written before metp kept tesseract's block and paragraph numbers have 7 columns: those default to 0
        columns = data.get("columns") or WORD_COLUMNS[:7]
        word = model.Word
        return tuple(word(**dict(zip(columns, row))) for row in data["words"])

    def missing(self, doc_id: str, page_count: int) -> list[Path]:
        expected = [p for n in range(1, page_count + 1) for p in (self.text_path(doc_id, n), self.words_path(doc_id, n))]
        return [p for p in expected if not p.exists()]
