"""Audience: who the material was written for, from the vocabulary's audience terms.

An audience term counts 3 when it stands in the title zone ("A handout for local
groups", "FACILITATOR'S GUIDE", "Training for Trainers") or where the document
addresses its reader ("To: Regional trainers", "Dear Student Group Leader",
"Audience: ..."), and 0.5 elsewhere (four mentions in the body); it needs 2 points.  Letterhead lines say who
wrote the item, not who it is for, and do not count.  A term that one of the document's first lines says it
is for counts as addressed ("A teaching guide for high-school teachers", "Hoja informativa para nuevos socios",
"Presented to Lincoln High School juniors"); further down, "for local groups" is mostly running text ("a module
on social media for local groups").  A trainer guide is for trainers whether or not it says so (the labelling
guidelines: its form shows its reader).

Bound: as subjects (it shares `subjects.collect`): linear in the layout's text
times the number of audience terms.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial

from metp.pipeline.tagging.layout import Layout, Line
from metp.pipeline.tagging.subjects import TermEvidence, collect
from metp.pipeline.tagging.vocabulary import Vocabulary

THRESHOLD = 2.0
_ADDRESSING = re.compile(r"^\s*(?:to|attn|dear|my dear|audience|for|intended for|participants|para|pour|aux|"
                         r"destinataires?|destinatarios?|chers?|chere|chères?|estimad[oa]s?|(?:à|a)(?=\s*:))\b\s*:?",
                         re.I)


# Just before a term on its line: the item says whom it is for ("for", "para", "pour", "presented to",
# with up to three words between: "for high-school teachers", "para nuevos socios").
_FOR = re.compile(r"(?:^|\s)(?:for|para|pour|aux|a l usage des|presented to)(?: [a-z0-9]+){0,3} $")
_HEAD_LINES = 8  # where an item says whom it is for: under its heading, not in its running text


def _role(line: Line, title_lines: set[int], heading_lines: set[int], word_index: int,
          addressed: frozenset[int] = frozenset()) -> tuple[float, str]:
    if id(line) in title_lines or id(line) in heading_lines:
        return 3.0, "title-zone"
    if _ADDRESSING.match(line.text) or id(line) in addressed:
        return 3.0, "addressee"
    return 0.5, "text"


def _addressed(layout: Layout, matchers: list) -> frozenset[int]:
    """The document's first lines on which an audience term follows "for ..." (over the folded text)."""
    head = [i for i, line in enumerate(layout.lines) if line.text.strip()][:_HEAD_LINES]
    if not head:
        return frozenset()
    end = layout.offsets[head[-1] + 1] if head[-1] + 1 < len(layout.offsets) else len(layout.folded)
    out = set()
    for _, pattern in matchers:
        for m in pattern.finditer(layout.folded, 0, end):
            i = max(0, bisect_right(layout.offsets, m.start()) - 1)
            if _FOR.search(layout.folded, layout.offsets[i], m.start()):
                out.add(id(layout.lines[i]))
    return frozenset(out)


def find_audience(layout: Layout, vocabulary: Vocabulary, title_lines: set[int], heading_lines: set[int],
                  skip: set[int], doc_type: str | None = None) -> list[TermEvidence]:
    matchers = [(t, p) for t, p in vocabulary.term_matchers if t.facet == "audience"]
    role = partial(_role, addressed=_addressed(layout, matchers))
    found = [e for e in collect(layout, matchers, title_lines, heading_lines, skip, role=role)
             if e.points >= THRESHOLD]
    trainers = vocabulary.term("trainers")
    if doc_type == "trainer guide" and trainers is not None and trainers.match and \
            all(e.term.preferred != trainers.preferred for e in found):
        found.append(TermEvidence(trainers, THRESHOLD, 0, "trainer-guide"))
    return sorted(found, key=lambda e: (-e.points, e.term.preferred))
