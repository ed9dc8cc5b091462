"""hOCR for OCRed pages: the same reading as the page's words, boxes and confidences, in hOCR 1.2.

Tesseract is not run a second time for it: metp reads each page once (TSV: words, boxes, confidences,
block/paragraph/line numbers) and writes hOCR from that data, as it writes ALTO.  So the hOCR's words
are exactly the words search, `metp show` and the ALTO file have, on the same image: the preprocessed
page tesseract read (its `image` property names that image, see alto.py).

    ocr_page > ocr_carea (tesseract block) > ocr_par > ocr_line > ocrx_word (bbox, x_wconf)
"""

from __future__ import annotations

from html import escape

from metp import __version__
from metp.archive.alto import LayoutPage, Provenance, bbox, image_name, structure
from metp.archive.escaping import xml_safe
from metp.pipeline.model import PageMethod


def _title(**props) -> str:
    parts = []
    for key, value in props.items():
        if value is None:
            continue
        if key == "image":
            parts.append(f'image "{value}"')
        elif key == "bbox":
            parts.append("bbox " + " ".join(str(v) for v in value))
        else:
            parts.append(f"{key} {value}")
    return escape("; ".join(parts), quote=True)


def _box(words) -> tuple[int, int, int, int]:
    return bbox(words)


def page_hocr(page: LayoutPage, source: Provenance) -> str | None:
    """The page as an hOCR (XHTML) document; None for pages that were not OCRed."""
    if page.method != PageMethod.ocr.value:
        return None
    n = page.page_no
    width, height = page.width or 0, page.height or 0
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">',
        "<head>",
        f"<title>{escape(page.doc_id)} page {n}</title>",
        '<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
        f'<meta name="ocr-system" content="tesseract {escape(_tesseract(source))} (words and boxes), '
        f'written as hOCR by metp {__version__}"/>',
        '<meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf"/>',
        '<meta name="ocr-number-of-pages" content="1"/>',
        *([f'<meta name="ocr-langs" content="{escape(source.lang)}"/>'] if source.lang else []),
        "</head>",
        "<body>",
        f'<div class="ocr_page" id="page_{n}" title="'
        + _title(image=source.image_name or image_name(n), bbox=(0, 0, width, height), ppageno=n - 1,
                 scan_res=f"{page.dpi} {page.dpi}" if page.dpi else None) + '">',
    ]
    n_line = n_word = 0
    for b, block in enumerate(structure(page.words), 1):
        out.append(f'<div class="ocr_carea" id="block_{b}" title="{_title(bbox=_box(w for p in block for l in p for w in l))}">')
        for p, paragraph in enumerate(block, 1):
            out.append(f'<p class="ocr_par" id="par_{b}_{p}" title="{_title(bbox=_box(w for l in paragraph for w in l))}">')
            for line in paragraph:
                n_line += 1
                out.append(f'<span class="ocr_line" id="line_{n_line}" title="{_title(bbox=_box(line))}">')
                words = []
                for word in line:
                    n_word += 1
                    conf = None if word.conf is None else round(word.conf)
                    words.append(f'<span class="ocrx_word" id="word_{n_word}" title="'
                                 f'{_title(bbox=_box([word]), x_wconf=conf)}">{escape(xml_safe(word.text))}</span>')
                out.append(" ".join(words))
                out.append("</span>")
            out.append("</p>")
        out.append("</div>")
    out += ["</div>", "</body>", "</html>", ""]
    return "\n".join(out)


def _tesseract(source: Provenance) -> str:
    for agent in source.software:
        if agent.get("name") == "tesseract":
            return agent.get("version") or "unknown"
    from metp.archive import agents

    return agents.tesseract_version()
