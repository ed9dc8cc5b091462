"""Evaluate metadata tagging against a hand-labelled set of generated training documents.

The documents and their labels are in scripts/data/tagging_labels.yaml (written
by hand, before the rules; see the header of that file).  Each document is
rendered as 200-dpi page images (Pillow, a typewriter-like TrueType font from
/usr/share/fonts when present), OCRed through metp's own pipeline
(`metp.pipeline.pages.process_page`), and tagged with `tag_document`; the script
prints precision and recall per field.

OCR results are cached (keyed by the page image's SHA-256 and the tesseract
version) in a temporary folder, so a second run takes seconds.  `--text-only`
skips rendering and OCR and tags the ground-truth text as plain-text pages
(centred lines padded with spaces), for quick iteration on the rules.

Usage:
    python scripts/eval_tagging.py                 # OCR mode (about 1-2 min on 2 cores, cold cache)
    python scripts/eval_tagging.py --text-only
    python scripts/eval_tagging.py --verbose       # every miss, document by document
    python scripts/eval_tagging.py --json          # the figures as one JSON document
Options: --labels FILE, --cache DIR, --workers N, --no-cache, --keep-images DIR.
Needs PyYAML and Pillow (and tesseract for the OCR mode).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFont

from metp.pipeline.model import FileKind, Page, PageJob, PageMethod
from metp.pipeline.pages import process_page
from metp.pipeline.tagging import Tags, load_vocabulary, tag_document
from metp.settings import OcrSettings

HERE = Path(__file__).resolve().parent
DEFAULT_LABELS = HERE / "data" / "tagging_labels.yaml"
FONT_DIR = Path("/usr/share/fonts")
PAGE_W, PAGE_H, DPI = 1700, 2200, 200   # US letter at 200 dpi
MARGIN, BODY_PX = 150, 34               # 1.5 cm-ish margins, about 12 pt type
TEXT_COLS = 66                          # width used to centre lines in --text-only
TODAY = date(2026, 1, 1)                # fixed, so results do not drift with the calendar
FONTS = {
    "mono": (("LiberationMono-Regular.ttf", "DejaVuSansMono.ttf"), ("LiberationMono-Bold.ttf", "DejaVuSansMono-Bold.ttf")),
    "sans": (("DejaVuSans.ttf", "LiberationSans-Regular.ttf"), ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf")),
    "serif": (("DejaVuSerif.ttf", "LiberationSerif-Regular.ttf"), ("DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf")),
}
LETTERHEAD_FONT = ("DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf")
STYLE = re.compile(r"^@([HCLRB]) (.*)$")


# ---------------------------------------------------------------------- the labelled set
@dataclass(frozen=True)
class Doc:
    id: str
    source: str
    font: str
    pages: tuple[str, ...]   # marked-up page texts
    labels: dict


def load_docs(path: Path) -> list[Doc]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    docs = [Doc(d["id"], d["source"], d.get("font", "mono"), tuple(d["pages"]), d["labels"]) for d in data["documents"]]
    if len(docs) < 30:
        print(f"warning: only {len(docs)} labelled documents", file=sys.stderr)
    return docs


def parse_line(raw: str) -> tuple[str, str]:
    """(style, text): style is one of H C L R B or '' for a plain typed line."""
    m = STYLE.match(raw)
    return (m.group(1), m.group(2)) if m else ("", raw)


def ground_truth(page: str) -> str:
    """The page as a plain-text file would hold it: centred and right-aligned lines padded."""
    out = []
    for raw in page.rstrip("\n").split("\n"):
        style, text = parse_line(raw)
        if style in ("H", "C", "L"):
            out.append(" " * max(0, (TEXT_COLS - len(text)) // 2) + text)
        elif style == "R":
            out.append(" " * max(0, TEXT_COLS - len(text)) + text)
        else:
            out.append(text)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------- rendering
def find_font(names: tuple[str, ...]) -> Path | None:
    for name in names:
        hits = sorted(FONT_DIR.rglob(name)) if FONT_DIR.exists() else []
        if hits:
            return hits[0]
    return None


def load_font(names: tuple[str, ...], size: int) -> ImageFont.FreeTypeFont:
    path = find_font(names)
    return ImageFont.truetype(str(path), size) if path else ImageFont.load_default(size=size)


def render_page(page: str, font_family: str) -> Image.Image:
    regular, bold = FONTS.get(font_family, FONTS["mono"])
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    width = PAGE_W - 2 * MARGIN
    y = MARGIN
    for raw in page.rstrip("\n").split("\n"):
        style, text = parse_line(raw)
        if not text.strip():
            y += int(BODY_PX * 1.45)
            continue
        names, size = {"H": (bold, 1.6), "B": (bold, 1.45), "L": (LETTERHEAD_FONT, 0.8)}.get(style, (regular, 1.0))
        px = int(BODY_PX * size)
        font = load_font(names, px)
        while draw.textlength(text, font=font) > width and px > 16:  # shrink a line that would overflow
            px -= 2
            font = load_font(names, px)
        length = draw.textlength(text, font=font)
        if style in ("H", "C", "L"):
            x = MARGIN + (width - length) / 2
        elif style == "R":
            x = MARGIN + width - length
        else:
            x = MARGIN
        draw.text((x, y), text, fill=0, font=font)
        y += int(px * 1.45)
    return img


# ---------------------------------------------------------------------- OCR with a cache
def tesseract_version() -> str:
    import pytesseract
    return str(pytesseract.get_tesseract_version())


def _ocr_one(args: tuple[str, int]) -> Page:
    path, page_no = args
    outcome = process_page(PageJob(path, FileKind.png, 1, OcrSettings()))
    if outcome.page is None:
        raise RuntimeError(f"{path}: {outcome.error}")
    page = outcome.page
    return Page(page_no, page.method, page.text, page.words, page.confidence, page.width, page.height, page.dpi,
                page.flags)


def ocr_documents(docs: list[Doc], cache: Path | None, workers: int, keep: Path | None) -> dict[str, list[Page]]:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract in parallel processes (see DESIGN.md)
    version = tesseract_version()
    results: dict[tuple[str, int], Page] = {}
    todo: list[tuple[tuple[str, int], str, Path | None]] = []
    with tempfile.TemporaryDirectory(prefix="metp-eval-tagging-") as tmp:
        for doc in docs:
            for no, page in enumerate(doc.pages, start=1):
                png = Path(keep or tmp) / f"{doc.id}-p{no}.png"
                png.parent.mkdir(parents=True, exist_ok=True)
                render_page(page, doc.font).save(png, dpi=(DPI, DPI))
                digest = hashlib.sha256(png.read_bytes() + version.encode()).hexdigest()
                cached = cache / f"{digest}.pickle" if cache else None
                if cached and cached.exists():
                    results[(doc.id, no)] = pickle.loads(cached.read_bytes())
                else:
                    todo.append(((doc.id, no), str(png), cached))
        if todo:
            print(f"OCR of {len(todo)} page(s) with {workers} worker(s)...", file=sys.stderr)
            with ProcessPoolExecutor(max_workers=workers) as pool:
                pages = pool.map(_ocr_one, [(path, key[1]) for key, path, _ in todo])
                for (key, _, cached), page in zip(todo, pages):
                    results[key] = page
                    if cached:
                        cached.parent.mkdir(parents=True, exist_ok=True)
                        cached.write_bytes(pickle.dumps(page))
    return {doc.id: [results[(doc.id, no)] for no in range(1, len(doc.pages) + 1)] for doc in docs}


def text_documents(docs: list[Doc]) -> dict[str, list[Page]]:
    return {d.id: [Page(no, PageMethod.plain_text, ground_truth(p)) for no, p in enumerate(d.pages, start=1)]
            for d in docs}


# ---------------------------------------------------------------------- scoring
def tokens(text: str | None) -> list[str]:
    if not text:
        return []
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’]", "", text)
    return re.findall(r"[a-z0-9]+", text)


def token_f1(predicted: str | None, expected: str | None) -> float:
    p, e = tokens(predicted), tokens(expected)
    if not p or not e:
        return 1.0 if not p and not e else 0.0
    common = sum(min(p.count(t), e.count(t)) for t in set(p))
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(e)
    return 2 * precision * recall / (precision + recall)


class SetScore:
    """Micro-averaged precision/recall/F1 over sets of values (subjects, places, audience)."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: set[str], expected: set[str]) -> tuple[set[str], set[str]]:
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)
        return predicted - expected, expected - predicted

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(docs: list[Doc], tagged: dict[str, Tags]) -> tuple[dict, list[str]]:
    n = len(docs)
    misses: list[str] = []
    year_ok = year_pred = year_pred_ok = year_labelled = date_exact = 0
    type_ok = lang_ok = 0
    title_exact = title_near = 0
    title_f1_sum = 0.0
    subjects, places, audience = SetScore(), SetScore(), SetScore()
    ev_tp = ev_pred = ev_lab = 0
    for doc in docs:
        tags, lab = tagged[doc.id], doc.labels
        want_date = str(lab["date"]) if lab.get("date") is not None else None
        got_date = tags.first("dc.date")
        want_year, got_year = (want_date or "")[:4] or None, (got_date or "")[:4] or None
        year_ok += want_year == got_year
        year_pred += got_year is not None
        year_labelled += want_year is not None
        year_pred_ok += got_year is not None and got_year == want_year
        date_exact += want_date == got_date
        if want_date != got_date:
            misses.append(f"{doc.id} date: got {got_date} want {want_date}")
        got_type = tags.first("dc.type")
        type_ok += got_type == lab["type"]
        if got_type != lab["type"]:
            misses.append(f"{doc.id} type: got {got_type} want {lab['type']}")
        got_title = tags.first("dc.title")
        f1 = token_f1(got_title, lab["title"])
        title_f1_sum += f1
        title_exact += tokens(got_title) == tokens(lab["title"])
        title_near += f1 >= 0.8
        if f1 < 1.0:
            misses.append(f"{doc.id} title ({f1:.2f}): got {got_title!r} want {lab['title']!r}")
        got_lang = tags.first("dc.language")
        lang_ok += got_lang == lab["language"]
        if got_lang != lab["language"]:
            misses.append(f"{doc.id} language: got {got_lang} want {lab['language']}")
        for name, score, field, key in (("subjects", subjects, "dc.subject", "subjects"),
                                        ("places", places, "dc.coverage", "places"),
                                        ("audience", audience, "metp.audience", "audience")):
            extra, missing = score.add(set(tags.all(field)), set(lab.get(key) or []))
            if extra or missing:
                misses.append(f"{doc.id} {name}: extra {sorted(extra)} missing {sorted(missing)}")
        got_event, want_event = tags.first("metp.event"), lab.get("event")
        ev_pred += got_event is not None
        ev_lab += want_event is not None
        ok = got_event is not None and want_event is not None and token_f1(got_event, want_event) >= 0.8
        ev_tp += ok
        if (got_event or want_event) and not ok:
            misses.append(f"{doc.id} event: got {got_event!r} want {want_event!r}")
    table = {
        "documents": n,
        "year": {"correct": round(year_ok / n, 3), "precision": _ratio(year_pred_ok, year_pred),
                 "recall": _ratio(year_pred_ok, year_labelled), "full_value_exact": round(date_exact / n, 3)},
        "type": {"correct": round(type_ok / n, 3)},
        "subjects": {"precision": round(subjects.precision, 3), "recall": round(subjects.recall, 3),
                     "f1": round(subjects.f1, 3)},
        "title": {"exact": round(title_exact / n, 3), "exact_or_near": round(title_near / n, 3),
                  "mean_token_f1": round(title_f1_sum / n, 3)},
        "language": {"correct": round(lang_ok / n, 3)},
        "places": {"precision": round(places.precision, 3), "recall": round(places.recall, 3),
                   "f1": round(places.f1, 3)},
        "audience": {"precision": round(audience.precision, 3), "recall": round(audience.recall, 3),
                     "f1": round(audience.f1, 3)},
        "event": {"precision": _ratio(ev_tp, ev_pred), "recall": _ratio(ev_tp, ev_lab)},
    }
    return table, misses


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


TARGETS = {("year", "correct"): 0.9, ("type", "correct"): 0.85, ("subjects", "f1"): 0.8,
           ("title", "exact_or_near"): 0.8}


def print_table(table: dict, mode: str, timing: dict) -> None:
    print(f"\nmetp tagging evaluation: {table['documents']} documents, mode: {mode}")
    print(f"{'field':10} {'measure':18} {'value':>6}  target")
    for field, measures in table.items():
        if field == "documents":
            continue
        for measure, value in measures.items():
            target = TARGETS.get((field, measure))
            mark = "" if target is None else f">= {target}  {'ok' if value >= target else 'MISSED'}"
            print(f"{field:10} {measure:18} {value:6.3f}  {mark}")
    print(f"\ntagging time per document (OCR excluded; median of {timing['repeats']} runs each): "
          f"mean {timing['mean_ms']:.1f} ms, median {timing['median_ms']:.1f} ms, max {timing['max_ms']:.1f} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    ap.add_argument("--text-only", action="store_true", help="tag the ground-truth text, no rendering or OCR")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "metp-eval-tagging-cache")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--workers", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    ap.add_argument("--keep-images", type=Path, help="also write the rendered pages to this folder")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON document")
    args = ap.parse_args(argv)

    docs = load_docs(args.labels)
    if args.text_only:
        pages, mode = text_documents(docs), "text-only (ground truth, no OCR)"
    else:
        pages = ocr_documents(docs, None if args.no_cache else args.cache, args.workers, args.keep_images)
        mode = "OCR (rendered pages read by tesseract through metp.pipeline.pages)"
    vocabulary = load_vocabulary()
    tag_document(pages[docs[0].id], docs[0].source, vocabulary, today=TODAY)  # warm up: model and matchers
    repeats, times = 5, []
    tagged: dict[str, Tags] = {}
    for doc in docs:
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            tagged[doc.id] = tag_document(pages[doc.id], doc.source, vocabulary, today=TODAY)
            runs.append((time.perf_counter() - start) * 1000)
        times.append(statistics.median(runs))
    timing = {"mean_ms": statistics.mean(times), "median_ms": statistics.median(times), "max_ms": max(times),
              "repeats": repeats}
    table, misses = evaluate(docs, tagged)
    if args.json:
        print(json.dumps({"mode": mode, "table": table, "timing": timing, "misses": misses}, indent=2))
        return 0
    print_table(table, mode, timing)
    if args.verbose:
        print("\nmisses:")
        for line in misses:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
