"""Write the independent tagging evaluation set: NNN.txt documents plus labels.json.

    python scripts/tagging_set/make_set.py OUT_DIR [--split all|dev|test|holdout|holdout2|...|holdout12] [--stats]

Writes, deterministically, one UTF-8 text file per document (`001.txt` ...; pages separated
by form feeds; the name carries no date or type) and `labels.json` (a list of label records,
sorted by id; see docs/labelling-guidelines.md for what each field means) into OUT_DIR,
which is created if needed. Existing files of the same names are overwritten; nothing else
in OUT_DIR is touched. `--split dev` writes only the dev half (use this while developing);
the test half is for reporting only. `all` is the 79 documents of dev and test. `--split
holdoutN` writes one of the held-out sets (documents_holdoutN.py; ids are N followed by two digits,
"1001"-"1060" for holdout10; holdout: 101-146), each written apart by a helper who never read the
tagger and never part of `all`.
Which of them are for reporting only and which became development sets after their first run
is said once, in scripts/tagging_set/README.md (and enforced by scripts/eval_tagging.py's
REPORT_ONLY). `--stats` prints the counts tables of the README instead of writing anything
(with `--split holdoutN`: that set's label counts).

The labels are checked before anything is written (date syntax and calendar, type and
vocabulary terms, country codes, devised-title brackets, unique ids).

`normalise_title()` is the title comparison of the guidelines: a tagger's title is correct
when its normalised form equals the normalised title or one of the title_variants.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import date as _date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import documents_dev  # noqa: E402
import documents_holdout  # noqa: E402
import documents_holdout2  # noqa: E402
import documents_holdout3  # noqa: E402
import documents_holdout4  # noqa: E402
import documents_holdout5  # noqa: E402
import documents_holdout6  # noqa: E402
import documents_holdout7  # noqa: E402
import documents_holdout8  # noqa: E402
import documents_holdout9  # noqa: E402
import documents_holdout10  # noqa: E402
import documents_holdout11  # noqa: E402
import documents_holdout12  # noqa: E402
import documents_test  # noqa: E402

TYPES = ["agenda", "handout", "trainer guide", "manual", "worksheet", "evaluation form",
         "sign-in sheet", "letter", "memo", "flyer", "newsletter", "report", "slides"]

# The preferred terms of metp's controlled vocabulary as listed to the labeller by the project
# (the vocabulary file itself was not opened).
SUBJECTS = [
    "LGBT rights", "activism skills", "armed conflict", "armed conflict and security",
    "arms control", "business and human rights", "campaign planning", "campaigning",
    "children's rights", "civil and political rights", "coalition building", "death penalty",
    "disappearances", "economic, social and cultural rights", "equality and non-discrimination",
    "extrajudicial executions", "facilitation", "fair trials", "freedom of expression",
    "freedom of religion", "fundraising", "group development", "group organizing",
    "human rights defenders", "human rights education", "indigenous peoples", "letter writing",
    "lobbying", "media work", "online activism", "petitions", "police and human rights",
    "prisoners of conscience", "public speaking", "racial discrimination", "recruitment",
    "refugees", "torture", "urgent actions", "vigils and demonstrations", "women's rights",
]
AUDIENCE = ["educators", "local groups", "new members", "student groups", "trainers", "youth"]
LANGUAGES = ["en", "es", "fr"]

FIELDS = ["id", "split", "date", "date_form", "type", "subjects", "title", "title_devised",
          "title_variants", "audience", "language", "places", "notes"]


def normalise_title(title):
    """NFKD, accents removed, casefolded, every run of non-alphanumerics -> one space."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def title_matches(predicted, label):
    """True when a predicted title equals the label's title or a variant, after normalising."""
    wanted = {normalise_title(label["title"])} | {normalise_title(v) for v in label["title_variants"]}
    return normalise_title(predicted or "") in wanted


def documents():
    """The 79 documents of the dev and test halves."""
    return sorted(documents_dev.DOCUMENTS + documents_test.DOCUMENTS, key=lambda d: d["id"])


# each set's file: dev and test are the two halves of the first set; the held-out sets are written and
# reported apart (their status: scripts/tagging_set/README.md)
FILES = {"dev": documents_dev, "test": documents_test, "holdout": documents_holdout,
         "holdout2": documents_holdout2, "holdout3": documents_holdout3, "holdout4": documents_holdout4,
         "holdout5": documents_holdout5, "holdout6": documents_holdout6, "holdout7": documents_holdout7,
         "holdout8": documents_holdout8, "holdout9": documents_holdout9,
         "holdout10": documents_holdout10, "holdout11": documents_holdout11,
         "holdout12": documents_holdout12}
HELD_OUT = tuple(name for name in FILES if name not in ("dev", "test"))


def held_out_documents(split):
    return sorted(FILES[split].DOCUMENTS, key=lambda d: d["id"])


def check(docs):
    problems = []
    seen = set()
    for d in docs:
        where = d.get("id", "?")
        if set(d) != set(FIELDS) | {"text"}:
            problems.append(f"{where}: fields {sorted(set(d) ^ (set(FIELDS) | {'text'}))}")
        if not re.fullmatch(r"\d{3,4}", d["id"]) or d["id"] in seen:
            problems.append(f"{where}: bad or duplicate id")
        seen.add(d["id"])
        if d["split"] not in FILES:
            problems.append(f"{where}: split {d['split']!r}")
        if d["date"] is not None:
            m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d["date"])
            if not m:
                problems.append(f"{where}: date {d['date']!r}")
            else:
                y, mo, da = (int(g) if g else None for g in m.groups())
                try:
                    _date(y, mo or 1, da or 1)
                except ValueError:
                    problems.append(f"{where}: no such date {d['date']!r}")
                if not 1970 <= y <= 2010:
                    problems.append(f"{where}: date outside 1970-2010")
            if d["date_form"] == "none":
                problems.append(f"{where}: date_form 'none' with a date")
        elif d["date_form"] != "none":
            problems.append(f"{where}: null date needs date_form 'none'")
        if d["type"] is not None and d["type"] not in TYPES:
            problems.append(f"{where}: type {d['type']!r}")
        for field, allowed in (("subjects", SUBJECTS), ("audience", AUDIENCE)):
            for term in d[field]:
                if term not in allowed:
                    problems.append(f"{where}: {field} term {term!r}")
            if d[field] != sorted(set(d[field])):
                problems.append(f"{where}: {field} not sorted/unique")
        if d["language"] not in LANGUAGES:
            problems.append(f"{where}: language {d['language']!r}")
        for code in d["places"]:
            if not re.fullmatch(r"[A-Z]{2}", code):
                problems.append(f"{where}: place {code!r}")
        if d["places"] != sorted(set(d["places"])):
            problems.append(f"{where}: places not sorted/unique")
        bracketed = d["title"].startswith("[") and d["title"].endswith("]")
        if bracketed != d["title_devised"]:
            problems.append(f"{where}: title_devised does not match the brackets")
        if not isinstance(d["title_variants"], list):
            problems.append(f"{where}: title_variants must be a list")
        if not d["text"].strip() or "\r" in d["text"]:
            problems.append(f"{where}: empty text or carriage return")
    for split, module in FILES.items():
        problems += [f"{d['id']}: in {module.__name__}.py but split {d['split']}"
                     for d in module.DOCUMENTS if d["split"] != split]
    return problems


def decade(d):
    return f"{d['date'][:3]}0s" if d["date"] else "undated"


def stats(docs):
    """Label counts of the dev and test halves, side by side."""
    def table(title, key, order=None):
        counts = {s: Counter(key(d) for d in docs if d["split"] == s) for s in ("dev", "test")}
        keys = order or sorted(set(counts["dev"]) | set(counts["test"]), key=str)
        lines = [f"| {title} | dev | test | all |", "|---|---:|---:|---:|"]
        for k in keys:
            lines.append(f"| {k if k is not None else '(null)'} | {counts['dev'][k]} | "
                         f"{counts['test'][k]} | {counts['dev'][k] + counts['test'][k]} |")
        lines.append(f"| **total** | {sum(counts['dev'].values())} | {sum(counts['test'].values())} "
                     f"| {len(docs)} |")
        return "\n".join(lines)

    print_tables(docs, table)


def stats_holdout(docs, name="holdout"):
    """Label counts of a held-out set (one column; nothing about any tagger's output)."""
    def table(title, key, order=None):
        counts = Counter(key(d) for d in docs)
        keys = order or sorted(counts, key=str)
        lines = [f"| {title} | {name} |", "|---|---:|"]
        lines += [f"| {k if k is not None else '(null)'} | {counts[k]} |" for k in keys]
        lines.append(f"| **total** | {len(docs)} |")
        return "\n".join(lines)

    print_tables(docs, table)


def print_tables(docs, table):
    """The same label tables whatever the columns: `table(title, key, order)` renders one."""
    print(table("type", lambda d: d["type"], TYPES + [None]))
    print()
    print(table("decade", decade, ["1970s", "1980s", "1990s", "2000s", "2010s", "undated"]))
    print()
    print(table("language", lambda d: d["language"], LANGUAGES))
    print()
    print(table("date precision", lambda d: {None: "null", 4: "year", 7: "year-month",
                                             10: "day"}[len(d["date"]) if d["date"] else None],
                ["day", "year-month", "year", "null"]))
    print()
    print(table("date form", lambda d: d["date_form"]))
    print()
    print(table("title", lambda d: "devised" if d["title_devised"] else "transcribed",
                ["transcribed", "devised"]))
    print()
    terms = Counter(t for d in docs for t in d["subjects"])
    print("| subject | documents |\n|---|---:|")
    for t in SUBJECTS:
        print(f"| {t} | {terms[t]} |")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?")
    parser.add_argument("--split", choices=["all", *FILES], default="all",
                        help="all = dev + test (79); dev, test = its halves; holdoutN = a held-out set "
                             "(which are for reporting only: scripts/tagging_set/README.md)")
    parser.add_argument("--stats", action="store_true", help="print the counts tables and exit")
    args = parser.parse_args(argv)

    docs = documents()
    held = {split: held_out_documents(split) for split in HELD_OUT}
    problems = check(docs + [d for split in HELD_OUT for d in held[split]])
    if problems:
        for p in problems:
            print("make_set: " + p, file=sys.stderr)
        return 1
    if args.stats:
        if args.split in held:
            stats_holdout(held[args.split], args.split)
        else:
            stats(docs)
        return 0
    if not args.out_dir:
        parser.error("OUT_DIR is required (unless --stats)")
    if args.split in held:
        docs = held[args.split]
    elif args.split != "all":
        docs = [d for d in docs if d["split"] == args.split]
    os.makedirs(args.out_dir, exist_ok=True)
    for d in docs:
        with open(os.path.join(args.out_dir, f"{d['id']}.txt"), "w", encoding="utf-8",
                  newline="\n") as fh:
            fh.write(d["text"])
    labels = [{f: d[f] for f in FIELDS} for d in docs]
    with open(os.path.join(args.out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {len(docs)} documents and labels.json to {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
