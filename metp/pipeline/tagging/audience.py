"""Audience: who the material was written for, from the vocabulary's audience terms.

An audience term counts 3 when it stands in the title zone ("A handout for local
groups", "FACILITATOR'S GUIDE", "Training for Trainers") or where the document
addresses its reader ("To: Regional trainers", "Dear Student Group Leader",
"Audience: ..."), and 0.5 elsewhere (four mentions in the body); it needs 2 points.  Letterhead lines say who
wrote the item, not who it is for, and do not count.  A trainer guide is for trainers whether or not it says
so (the labelling guidelines: its form shows its reader).

Bound: as subjects (it shares `subjects.collect`): linear in the layout's text
times the number of audience terms.
"""

from __future__ import annotations

import re

from metp.pipeline.tagging.layout import Layout, Line
from metp.pipeline.tagging.subjects import TermEvidence, collect
from metp.pipeline.tagging.vocabulary import Vocabulary

THRESHOLD = 2.0
_ADDRESSING = re.compile(r"^\s*(?:to|attn|dear|my dear|audience|for|intended for|participants|para|pour|aux|"
                         r"destinataires?|destinatarios?|chers?|chere|chères?|estimad[oa]s?|(?:à|a)(?=\s*:))\b\s*:?",
                         re.I)


def _role(line: Line, title_lines: set[int], heading_lines: set[int], word_index: int) -> tuple[float, str]:
    if id(line) in title_lines or id(line) in heading_lines:
        return 3.0, "title-zone"
    if _ADDRESSING.match(line.text):
        return 3.0, "addressee"
    return 0.5, "text"


def find_audience(layout: Layout, vocabulary: Vocabulary, title_lines: set[int], heading_lines: set[int],
                  skip: set[int], doc_type: str | None = None) -> list[TermEvidence]:
    matchers = [(t, p) for t, p in vocabulary.term_matchers if t.facet == "audience"]
    found = [e for e in collect(layout, matchers, title_lines, heading_lines, skip, role=_role)
             if e.points >= THRESHOLD]
    trainers = vocabulary.term("trainers")
    if doc_type == "trainer guide" and trainers is not None and trainers.match and \
            all(e.term.preferred != trainers.preferred for e in found):
        found.append(TermEvidence(trainers, THRESHOLD, 0, "trainer-guide"))
    return sorted(found, key=lambda e: (-e.points, e.term.preferred))
