"""How the set was split into dev and test halves (seeded, so it can be re-derived and checked).

Run `python scripts/tagging_set/split.py` to recompute the split from the labels and compare it
with the split recorded in documents_dev.py / documents_test.py.

Method: stratified by type (null type is its own stratum). One draw shuffles each stratum with
the seeded generator and puts the first half of it in dev and the second half in test; a
stratum with an odd count sends its extra document to dev or test at random. Of DRAWS such
draws, taken one after the other from the same seeded generator, the split used is the first
one that (a) has equal halves (or differ by one when the total is odd) and (b) has the smallest
imbalance of languages and decades (sum over languages and over decades of |dev - test|).
Nothing but type, language and decade (taken from the label's date, "undated" when null) is
looked at, so the split does not depend on how well any tagger does on a document.
"""

import random
from collections import Counter

SEED = 1970
DRAWS = 2000


def decade(date):
    """'1987-10-17' -> '1980s'; None -> 'undated'."""
    if not date:
        return "undated"
    return f"{date[:3]}0s"


def _imbalance(split, records):
    score = 0
    for key in ("language", "decade"):
        dev, test = Counter(), Counter()
        for r in records:
            value = r["language"] if key == "language" else decade(r["date"])
            (dev if split[r["id"]] == "dev" else test)[value] += 1
        for value in set(dev) | set(test):
            score += abs(dev[value] - test[value])
    return score


def assign(records, seed=SEED, draws=DRAWS):
    """records: dicts with id, type, language, date. Returns {id: 'dev' | 'test'}."""
    records = sorted(records, key=lambda r: r["id"])
    strata = {}
    for r in records:
        strata.setdefault(r["type"] or "(null)", []).append(r["id"])
    rng = random.Random(seed)
    best, best_score = None, None
    total = len(records)
    for _ in range(draws):
        split = {}
        for name in sorted(strata):
            ids = list(strata[name])
            rng.shuffle(ids)
            half = len(ids) // 2
            for i in ids[:half]:
                split[i] = "dev"
            for i in ids[half:2 * half]:
                split[i] = "test"
            if len(ids) % 2:
                split[ids[-1]] = rng.choice(("dev", "test"))
        n_dev = sum(1 for v in split.values() if v == "dev")
        if abs(n_dev - (total - n_dev)) > total % 2:
            continue
        score = _imbalance(split, records)
        if best_score is None or score < best_score:
            best, best_score = split, score
    return best


if __name__ == "__main__":
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import documents_dev
    import documents_test

    docs = documents_dev.DOCUMENTS + documents_test.DOCUMENTS
    recomputed = assign(docs)
    recorded = {d["id"]: d["split"] for d in docs}
    bad = sorted(i for i in recorded if recorded[i] != recomputed[i])
    wrong_file = [d["id"] for d in documents_dev.DOCUMENTS if d["split"] != "dev"]
    wrong_file += [d["id"] for d in documents_test.DOCUMENTS if d["split"] != "test"]
    if bad or wrong_file:
        print("split differs from the seeded assignment:", bad, "misfiled:", wrong_file)
        sys.exit(1)
    print(f"split matches seed {SEED}: {sum(v == 'dev' for v in recorded.values())} dev, "
          f"{sum(v == 'test' for v in recorded.values())} test, imbalance "
          f"{_imbalance(recorded, docs)}")
