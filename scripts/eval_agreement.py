"""How far two careful labellers agree, and where the tagger stands between them.

    python scripts/eval_agreement.py holdout7 holdout8 holdout9 holdout10 holdout11 holdout12

For each named set of `scripts/tagging_set/`, a second labeller's labels
(`scripts/tagging_set/second_labels/<set>.json`, made to the same guidelines from the documents' text
alone, without seeing the first labels, the tagger or its output) are compared with the set's own labels
(the writer's, `documents_<set>.py`), and the tagger (through `metp ingest` and `show --json`, as
`eval_tagging.py` runs it, sharing its cache) is scored against each.  Why: a subject F1 target means
little without the agreement of two labellers of the same documents; a tagger cannot be expected
to agree with one labeller more than a second labeller does.

Printed, aggregate figures only (the sets may be report-only): the year, type, subject precision/recall/F1
and title (exact or near, the guidelines' measure) of the second labeller against the first, of the tagger
against the first, and of the tagger against the second (the second labeller gave no title variants, so
that title figure is the harshest); the tagger's recall on the subjects both labellers gave and on those
only one gave; and its subject precision against either labeller.  Micro subject F1 is symmetric: B
against A is A against B.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "tagging_set"))

import eval_tagging as ev  # noqa: E402
from make_set import SUBJECTS, TYPES  # noqa: E402

SECOND = HERE / "tagging_set" / "second_labels"


def load_second(name: str, first_ids: set[str]) -> dict[str, dict]:
    """The second labeller's records by id, checked against the first set and the guidelines' values."""
    path = SECOND / f"{name}.json"
    records = {r["id"]: r for r in json.loads(path.read_text(encoding="utf-8"))}
    problems = [f"ids differ from the set: {sorted(set(records) ^ first_ids)}"] if set(records) != first_ids else []
    for r in records.values():
        if r["date"] is not None and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", r["date"]):
            problems.append(f"{r['id']}: date {r['date']!r}")
        if r["type"] is not None and r["type"] not in TYPES:
            problems.append(f"{r['id']}: type {r['type']!r}")
        problems += [f"{r['id']}: subject {s!r}" for s in r["subjects"] if s not in SUBJECTS]
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))
    return {i: dict(r, title_variants=[]) for i, r in records.items()}


def tagger(name: str, cache: Path, workers: int) -> tuple[dict[str, dict], dict[str, dict]]:
    """The set's own labels and the tagger's fields, by document id."""
    folder = Path(tempfile.mkdtemp(prefix=f"metp-agree-{name}-"))
    docs = ev.write_new(folder, name)
    records, _ = ev.tag_set(name, folder, docs, cache, workers)
    tagged = {d.id: {"date": ev.first(records[d.id], "dc.date"), "type": ev.first(records[d.id], "dc.type"),
                     "subjects": ev.values(records[d.id], "dc.subject"), "title": ev.first(records[d.id], "dc.title")}
              for d in docs}
    return {d.id: d.labels for d in docs}, tagged


def compare(reference: dict[str, dict], other: dict[str, dict]) -> dict[str, float]:
    ids = sorted(reference)
    year = sum(str(reference[i]["date"] or "")[:4] == str(other[i]["date"] or "")[:4] for i in ids)
    kind = sum(reference[i]["type"] == other[i]["type"] for i in ids)
    title = sum(ev.title_verdict(other[i]["title"], reference[i]) != "miss" for i in ids)
    subjects = ev.SetScore()
    for i in ids:
        subjects.add(set(other[i]["subjects"]), set(reference[i]["subjects"]))
    n = len(ids)
    return {"year": year / n, "type": kind / n, "subject P": subjects.precision, "subject R": subjects.recall,
            "subject F1": subjects.f1, "title": title / n}


def between(first: dict, second: dict, tagged: dict) -> dict[str, tuple[int, int]]:
    """(count, of): the tagger's recall on the subjects both labellers gave and on those only one gave, and
    its precision against either labeller (a subject one of two careful people would give is defensible)."""
    out = {"both": [0, 0], "one": [0, 0], "either": [0, 0]}
    for i in first:
        a, b, t = set(first[i]["subjects"]), set(second[i]["subjects"]), set(tagged[i]["subjects"])
        for key, found, of in (("both", t & a & b, a & b), ("one", t & (a ^ b), a ^ b), ("either", t & (a | b), t)):
            out[key][0] += len(found)
            out[key][1] += len(of)
    return {k: (n, of) for k, (n, of) in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="sets with a second labelling in scripts/tagging_set/second_labels/")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "metp-eval-tagging-archives")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    measures = ("year", "type", "subject P", "subject R", "subject F1", "title")
    print(f"{'set':10s} {'comparison':20s} " + " ".join(f"{m:>10s}" for m in measures))
    for name in args.sets:
        first, tagged = tagger(name, args.cache, args.workers)
        second = load_second(name, set(first))
        for label, reference, other in (("second vs first", first, second), ("tagger vs first", first, tagged),
                                        ("tagger vs second", second, tagged)):
            row = compare(reference, other)
            print(f"{name:10s} {label:20s} " + " ".join(f"{row[m]:10.3f}" for m in measures))
        counts = between(first, second, tagged)
        (fb, b), (fo, o), (fe, e) = counts["both"], counts["one"], counts["either"]
        print(f"{name:10s} tagger's subject recall {fb}/{b} = {fb / max(b, 1):.3f} on subjects both labellers gave, "
              f"{fo}/{o} = {fo / max(o, 1):.3f} on those only one gave; precision against either {fe}/{e} = "
              f"{fe / max(e, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
