"""Subjects: controlled-vocabulary themes and skills, counted with the weight of where they stand.

Every synonym or pattern of a term found in the folded text is one mention,
weighted by its line: 3 in the title, 2 in a heading or a short list item (an
agenda item, a numbered point, a bulleted line: a topic line), 1 in running
prose.  A term needs 2 points, so one passing mention in a paragraph is not
enough, while a single agenda item or heading is.  Mentions on letterhead and
boilerplate lines do not count.  The value is the vocabulary's preferred term.

Bound: one pass of each term's expression over the folded text, then O(1) per
match (a line's first content words are found once per line), so linear in the
layout's text times the number of terms.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from metp.pipeline.tagging.layout import Layout, Line
from metp.pipeline.tagging.vocabulary import Term, Vocabulary

THRESHOLD = 2.0
_TOPIC_LINE = re.compile(r"^\s*(?:[-*•·]\s|\d{1,2}[.)]\s|[a-z][.)]\s|\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)\b|"
                         r"step\s+\d|workshop\s+\w\b|session\s+\w\b|module\s+\d)", re.I)


@dataclass(frozen=True)
class TermEvidence:
    term: Term
    points: float
    mentions: int
    best_rule: str  # "title", "heading", "topic-line", "text"


def line_role(line: Line, title_lines: set[int], heading_lines: set[int], word_index: int) -> tuple[float, str]:
    """The weight of a mention on `line`, whose `word_index`-th content word it starts at
    (counted up to 3: only whether a term opens its line matters)."""
    if id(line) in title_lines:
        return 3.0, "title"
    if id(line) in heading_lines or _is_heading(line):
        return 2.0, "heading"
    if (_TOPIC_LINE.match(line.text) or line.listed) and (_content_words(line.text) <= 8 or word_index <= 2):
        return 2.0, "topic-line"  # a short agenda item or bullet, or one that opens with the term
    return 1.0, "text"


def _content_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1 and w.lower() not in ("am", "pm"))


def _is_heading(line: Line) -> bool:
    letters = sum(ch.isalpha() for ch in line.text)
    return line.n_words <= 10 and letters >= 4 and (line.upper >= 0.8 or line.rel_size >= 1.25)


def collect(layout: Layout, terms: Iterable[tuple[Term, re.Pattern[str]]], title_lines: set[int],
            heading_lines: set[int], skip: set[int], role=line_role) -> list[TermEvidence]:
    """Every term's evidence: one mention per line (its best weight), and a match inside a longer
    match of another term is dropped ("online petitions" is online activism, not petitions)."""
    matches: list[tuple[int, int, Term]] = []
    for term, pattern in terms:
        matches.extend((m.start(), m.end(), term) for m in pattern.finditer(layout.folded))
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, Term]] = []
    cover: tuple[int, int, Term] | None = None  # the kept match reaching furthest right so far
    for start, end, term in matches:
        if cover is not None and end <= cover[1] and (cover[1] - cover[0]) > (end - start) and cover[2] is not term:
            continue  # inside a longer match of another term
        kept.append((start, end, term))
        if cover is None or end > cover[1]:
            cover = (start, end, term)
    per_line: dict[tuple[str, int], tuple[float, str]] = {}
    mentions: dict[str, int] = defaultdict(int)
    by_label: dict[str, Term] = {}
    openings: dict[int, list[int]] = {}
    for start, _, term in kept:
        line = layout.line_at(start)
        if id(line) in skip:
            continue
        weight, rule = role(line, title_lines, heading_lines, _words_before(layout, start, openings))
        key = (term.preferred, id(line))
        by_label[term.preferred] = term
        mentions[term.preferred] += 1
        if weight > per_line.get(key, (0.0, ""))[0]:
            per_line[key] = (weight, rule)
    points: dict[str, float] = defaultdict(float)
    best: dict[str, tuple[float, str]] = {}
    for (label, _), (weight, rule) in per_line.items():
        points[label] += weight
        if weight > best.get(label, (0.0, ""))[0]:
            best[label] = (weight, rule)
    return [TermEvidence(by_label[k], points[k], mentions[k], best[k][1]) for k in points]


_WORD = re.compile(r"\S+")


def _words_before(layout: Layout, pos: int, openings: dict[int, list[int]]) -> int:
    """How many content words (not numbers, single letters, am/pm) of its line come before
    folded position `pos`, counted up to 3.  `openings` caches, per line, where its first three
    content words end: counting the words before every match made a long line quadratic."""
    i = max(0, bisect_right(layout.offsets, pos) - 1)
    ends = openings.get(i)
    if ends is None:
        stop = layout.offsets[i + 1] if i + 1 < len(layout.offsets) else len(layout.folded)
        ends = openings[i] = []
        for m in _WORD.finditer(layout.folded, layout.offsets[i], stop):
            w = m.group()
            if not w.isdigit() and len(w) > 1 and w not in ("am", "pm"):
                ends.append(m.end())
                if len(ends) == 3:
                    break
    return sum(1 for end in ends if end <= pos)


def find_subjects(layout: Layout, vocabulary: Vocabulary, title_lines: set[int], heading_lines: set[int],
                  skip: set[int]) -> list[TermEvidence]:
    matchers = [(t, p) for t, p in vocabulary.term_matchers if t.facet in ("theme", "skill")]
    found = collect(layout, matchers, title_lines, heading_lines, skip)
    kept = [e for e in found if e.points >= THRESHOLD]
    return sorted(kept, key=lambda e: (-e.points, e.term.preferred))


def confidence(evidence: TermEvidence) -> float:
    return round(min(0.95, 0.45 + 0.1 * evidence.points), 2)
