#!/usr/bin/env python3
"""OCR accuracy: metp's pipeline versus raw `tesseract IMAGE stdout`, on the same images, in the same run.

Datasets:
  1. ../shared/corpus/ocr_gt/uw3_lines/test  real scanned text lines (UW-III): CER and WER
  2. ../shared/corpus/ocr_gt/sroie_receipts  real scanned receipts: bag-of-words recall of the transcriptions
  3. degraded typewritten pages made by scripts/synthetic.py (skew, blur, speckles, fading, 200/300 dpi),
     upright, and the first few also turned 90, 180 and 270 degrees: CER and WER per orientation

Targets (issue 4): degraded pages, metp CER <= 0.3x raw; each rotation within 1.5x of metp's upright CER;
clean real scans (UW-III) metp CER <= 1.02x raw.

    python scripts/eval_ocr.py [--pages 12] [--rotated 3] [--workers 2] [--no-preprocess]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic  # noqa: E402  (a sibling script module)

from metp.pipeline.identify import sniff  # noqa: E402
from metp.pipeline.model import PageJob  # noqa: E402
from metp.pipeline.pages import process_page  # noqa: E402
from metp.settings import OcrSettings  # noqa: E402

GT = synthetic.CORPUS / "ocr_gt"


@dataclass(frozen=True)
class Item:
    group: str
    name: str
    path: str
    truth: str


@dataclass(frozen=True)
class Reading:
    item: Item
    raw: str
    raw_s: float
    metp: str
    metp_s: float
    steps: tuple[str, ...]


def _init() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


def read_both(job: tuple[Item, bool]) -> Reading:
    item, preprocess = job
    start = time.perf_counter()
    raw = subprocess.run(["tesseract", item.path, "stdout"], capture_output=True, text=True).stdout
    raw_s = time.perf_counter() - start
    with open(item.path, "rb") as fh:
        kind = sniff(fh.read(8192))
    start = time.perf_counter()
    outcome = process_page(PageJob(item.path, kind, 1, OcrSettings(preprocess=preprocess)))
    metp_s = time.perf_counter() - start
    page = outcome.page
    text = page.text if page else ""
    steps = page.preprocessing.steps if page and page.preprocessing else ()
    return Reading(item, raw, raw_s, text, metp_s, steps)


def uw3_items() -> list[Item]:
    folder = GT / "uw3_lines" / "test"
    return [Item("uw3 lines (real)", p.name, str(p), p.with_name(p.name.replace(".bin.png", ".gt.txt")).read_text())
            for p in sorted(folder.glob("*.png"))]


def sroie_items() -> list[Item]:
    items = []
    for img in sorted((GT / "sroie_receipts" / "img").glob("*.jpg")):
        rows = csv.reader((GT / "sroie_receipts" / "box" / f"{img.stem}.csv").read_text(errors="replace").splitlines())
        truth = "\n".join(",".join(r[8:]) for r in rows if len(r) > 8)
        items.append(Item("sroie receipts (real)", img.name, str(img), truth))
    return items


def synthetic_items(folder: Path, pages: int, rotated: int) -> list[Item]:
    items = []
    for name, text, degradation, image in synthetic.degraded_set(pages, rotated=rotated):
        path = folder / f"{name}.png"
        image.save(path, dpi=(degradation.dpi, degradation.dpi))
        group = f"degraded, turned {degradation.rotation}" if degradation.rotation else "degraded, upright"
        items.append(Item(group, name, str(path), text))
    return items


def _norm(text: str) -> str:
    return " ".join(text.split())


def cer(hyp: str, ref: str) -> tuple[int, int]:
    ref = _norm(ref)
    return Levenshtein.distance(_norm(hyp), ref), len(ref)


def wer(hyp: str, ref: str) -> tuple[int, int]:
    return Levenshtein.distance(hyp.split(), ref.split()), len(ref.split())


def bag_recall(hyp: str, ref: str) -> tuple[int, int]:
    tokens = lambda t: Counter(re.findall(r"[a-z0-9]+", t.lower()))  # noqa: E731
    want, got = tokens(ref), tokens(hyp)
    return sum(min(n, got[w]) for w, n in want.items()), sum(want.values())


def rate(pairs: list[tuple[int, int]]) -> float:
    return sum(a for a, _ in pairs) / max(1, sum(b for _, b in pairs))


def summarise(readings: list[Reading]) -> list[dict]:
    groups: dict[str, list[Reading]] = {}
    for r in readings:
        groups.setdefault(r.item.group, []).append(r)
    rows = []
    for group, rs in groups.items():
        metric = bag_recall if group.startswith("sroie") else cer
        row = {"group": group, "pages": len(rs),
               "metric": "BoW recall" if metric is bag_recall else "CER",
               "raw": rate([metric(r.raw, r.item.truth) for r in rs]),
               "metp": rate([metric(r.metp, r.item.truth) for r in rs]),
               "raw_s": sum(r.raw_s for r in rs) / len(rs), "metp_s": sum(r.metp_s for r in rs) / len(rs)}
        if metric is cer:
            row["raw_wer"] = rate([wer(r.raw, r.item.truth) for r in rs])
            row["metp_wer"] = rate([wer(r.metp, r.item.truth) for r in rs])
        rows.append(row)
    return rows


def print_table(rows: list[dict]) -> None:
    print(f"{'dataset':28}{'pages':>6}{'metric':>12}{'raw':>9}{'metp':>9}{'ratio':>8}"
          f"{'raw WER':>9}{'metp WER':>10}{'raw s/pg':>10}{'metp s/pg':>10}")
    for r in rows:
        ratio = r["metp"] / r["raw"] if r["raw"] else float("nan")
        wers = (f"{r['raw_wer']:>9.2%}{r['metp_wer']:>10.2%}" if "raw_wer" in r else f"{'':>9}{'':>10}")
        print(f"{r['group']:28}{r['pages']:>6}{r['metric']:>12}{r['raw']:>9.2%}{r['metp']:>9.2%}{ratio:>8.2f}"
              f"{wers}{r['raw_s']:>10.2f}{r['metp_s']:>10.2f}")


def check_targets(rows: list[dict]) -> None:
    by = {r["group"]: r for r in rows}
    upright = by.get("degraded, upright")
    lines = []
    if upright:
        lines.append(("degraded upright: metp CER <= 0.3x raw", upright["metp"] <= 0.3 * upright["raw"]))
        for turn in (90, 180, 270):
            r = by.get(f"degraded, turned {turn}")
            if r:
                lines.append((f"turned {turn}: metp CER <= 1.5x metp upright",
                              r["metp"] <= 1.5 * max(upright["metp"], 0.002)))
    if "uw3 lines (real)" in by:
        r = by["uw3 lines (real)"]
        lines.append(("real lines: metp CER <= 1.02x raw", r["metp"] <= 1.02 * r["raw"]))
    for text, ok in lines:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12, help="degraded upright pages")
    parser.add_argument("--rotated", type=int, default=3, help="of those, how many also turned 90/180/270")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-preprocess", action="store_true", help="metp without its preprocessing (ablation)")
    parser.add_argument("--only", choices=("uw3", "sroie", "synthetic"), action="append")
    args = parser.parse_args()
    only = set(args.only or ("uw3", "sroie", "synthetic"))
    with tempfile.TemporaryDirectory(prefix="metp-eval-ocr-") as tmp:
        items = ((uw3_items() if "uw3" in only else []) + (sroie_items() if "sroie" in only else [])
                 + (synthetic_items(Path(tmp), args.pages, args.rotated) if "synthetic" in only else []))
        start = time.perf_counter()
        with ProcessPoolExecutor(args.workers, initializer=_init) as pool:
            readings = list(pool.map(read_both, [(item, not args.no_preprocess) for item in items]))
        elapsed = time.perf_counter() - start
    rows = summarise(readings)
    print(f"{len(items)} images, {args.workers} workers, {elapsed:.0f} s; "
          f"preprocessing {'off' if args.no_preprocess else 'on'}")
    print_table(rows)
    check_targets(rows)


if __name__ == "__main__":
    main()
