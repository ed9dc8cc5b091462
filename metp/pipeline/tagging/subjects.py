"""Subjects: controlled-vocabulary themes and skills, counted with the weight of where they stand.

Every synonym or pattern of a term found in the folded text is one mention, weighted by
where it stands (a cataloguer's "substantially covers": the subject of a heading, an
agenda item, a list item, a question, a paragraph):

- 3 in the title;
- 2 in a heading (a short line in capitals or large type, a short sentence-case line of its
  own over a paragraph, "Lobbying Congress", or a run-in heading: the
  "SIGNATURES." of "2.  SIGNATURES.  Every group is asked...", or in sentence case, "Writing
  the letters. Write every month ..."), a short list item or one that opens with the term,
  or the first sentence of an agenda item or a bullet (a topic line: "Session 1: Who are
  human rights defenders? ..."; a timed item's sentence runs onto the next line; a short
  bulleted, numbered or timed item counts whole, up to a "such as" where examples begin), a
  question (a form's, a Q&A's; a numbered question with the line under it), or the first
  sentence of a paragraph that opens the body or follows a heading, also one run in at its
  start ("THE PETITION: I'm mailing ..."; a paragraph's lead states what it is about: a
  newsletter item, a section of a manual or a report, the first paragraph of a letter);
  times are read as programmes print them, "9:30", "14.30", "10 am", "9 h 30", "14h";
- 1 in running prose, in parentheses ("Postage (letters, Urgent Actions)", also an aside
  that runs over a line break), or in a line
  that enumerates several terms as examples ("letters, lobbying, a public event, media work"),
  though the head before a line's colon names its topic ("Election of officers: chair,
  secretary, treasurer, prisoner-case co-ordinator").

A term needs 2 points, so one passing mention in a paragraph is not enough, while a
single agenda item, heading, question or lead is; a top-level broader term ("equality and
non-discrimination", "civil and political rights", "activism skills") needs 3, and gives
way to a narrower term found with it (the most specific term) unless the title or a heading
names it (a fact sheet headed "Understanding Discrimination" covers the broad topic as
such).  Abbreviations ("UAs") count only where the term is also written out.  Mentions on
letterhead and boilerplate lines do not count.  The value is the vocabulary's preferred term.

Bound: one pass of each term's expression over the folded text, then O(1) per match (a
line's first content words, parentheses and run-in heading are found once per line, the
paragraph leads in one pass over the lines), so linear in the layout's text times the
number of terms.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from metp.pipeline.tagging.layout import Layout, Line
from metp.pipeline.tagging.text import fold
from metp.pipeline.tagging.vocabulary import Term, Vocabulary

THRESHOLD = 2.0
BROAD_THRESHOLD = 3.0  # a broader theme: a heading or title, or more than one mention
# A clock time as programmes print it: "9:30", "14.30", "10 am", and in French "9 h 30", "14h".
_CLOCK = r"\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)\b|\d{1,2}\s?h(?:\s?\d{2})?(?=\s)"
_BRACKETED_MARK = r"\((?:[a-h]|\d{1,2})\)\s"  # "(b) to lobby ...", "(2) ..."
_TOPIC_LINE = re.compile(r"^\s*(?:[-*•·—–]\s|\d{1,2}[.)]\s|[a-z][.)]\s|" + _BRACKETED_MARK + "|" + _CLOCK + "|"
                         r"step\s+\d|workshop\s+\w\b|session\s+\w\b|module\s+\d)", re.I)
_QUESTION = re.compile(r"\?\s*(?:\(.*\))?\s*[._]*\s*$|^\s*(?:\d{1,2}[.)]\s*)?¿|^\s*(?:q|p)\s*[.:]\s", re.I)
_RUN_IN = re.compile(r"^\s*(?:\d{1,2}[.)]\s+|[a-h][.)]\s+|(?:part|parte|partie)\s+[ivx\d]+[.:]?\s+)?"
                     r"([A-ZÀ-Þ][A-ZÀ-Þ0-9'’&/, -]{2,60}?)\s*[.:]\s+\S")
# A run-in heading in sentence case: a phrase of two to four words set before the sentence it
# heads ("Writing the letters. Write every month to ...", "2. Congress. A lobby day ...",
# "Facilitator's tip: set ground rules ...").
_RUN_IN_MIXED = re.compile(r"^\s*(?:\d{1,2}[.)]\s+|[a-h][.)]\s+)?([A-ZÀ-Þ][\w'’-]+(?: [\w'’-]+){0,3})"
                           r"(?:\.\s+[A-ZÀ-Þ¿]|:\s+\w)")
_ABBREVIATION = re.compile(r"\b(?:mr|mrs|ms|dr|st|no|vol|rev|fr|sr|jr|p|pp)$", re.I)
# The first sentence of a topic line: where an agenda item or a session states its topic
# ("Session 1: Who are human rights defenders? The UN ...", "15.30 Taller: ... preso de conciencia.").
_SESSION = r"(?:session|workshop|module|sesi[oó]n|s[eé]ance|atelier|taller|m[oó]dulo)\s+\w+\b"
_AGENDA_ITEM = re.compile(r"^\s*(?:[-*•·—–]\s|" + _CLOCK + "|" + _SESSION + ")", re.I)
_TIMED_ITEM = re.compile(r"^\s*(?:" + _CLOCK + "|" + _SESSION + ")", re.I)
_NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}|[a-h])[.)]\s")
_NUMBERED_QUESTION = re.compile(_NUMBERED_ITEM.pattern + r".*\?")
_CLAUSE_END = re.compile(r"[.?!;](?:\s|$)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·—–]\s|\d{1,2}[.)]\s|[a-h][.)]\s|" + _BRACKETED_MARK + ")")
_EXAMPLE = re.compile(r"\b(?:such as|for example|for instance|e\.g\.|like|por ejemplo|como por ejemplo|tales como|"
                      r"par exemple|tels? que|telles? que|comme)\s", re.I)
_LAST_ITEM = re.compile(r"^\s*\w+(?: \w+)? (?:and|or|y|o|et|ou) ")
_ITEM = re.compile(r"^\s*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# Where a lead's main clause ends: the sentence, or a second clause joined to it ("..., and in a
# few it can carry the death penalty"), which says something further, not what the paragraph is about.
_LEAD_END = re.compile(r"[.!?](?:\s|$)|;\s|,\s+(?:and|but|or|y|pero|o|et|mais|ou)\s")
_OPEN_END = ".,;:!?-–—(/&"  # a line ending so runs on or is a sentence: not a heading
_THOUSANDS = re.compile(r"\d,\d{3}")  # "2,100 political prisoners": a number, not an enumeration
# A paragraph that opens with an ordinal is an item of a list written as prose ("So I am asking each of
# you to do two things. / First, bring in one new member. ... / Second, ..."): its first sentence states it.
_ORDINAL = re.compile(r"^\s*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|finally|lastly|"
                      r"primero|segundo|tercero|en primer lugar|en segundo lugar|en tercer lugar|por ultimo|"
                      r"por último|premi[eè]rement|deuxi[eè]mement|troisi[eè]mement|enfin)\s*[,:]\s", re.I)
_ASIDE_DASH = re.compile(r" (?:--|—|–) ")
_HEAD_COLON = re.compile(r"(?<!\d):|:(?!\d)")  # a colon that ends a line's head, not one inside a clock time


@dataclass(frozen=True)
class TermEvidence:
    term: Term
    points: float
    mentions: int
    best_rule: str  # "title", "heading", "topic-line", "question", "lead", "text"


def line_role(line: Line, title_lines: set[int], heading_lines: set[int], word_index: int,
              offset: int = 0, info: "_LineInfo | None" = None, examples: bool = True) -> tuple[float, str]:
    """The weight of a mention on `line`, whose `word_index`-th content word it starts at
    (counted up to 3: only whether a term opens its line matters), `offset` characters into
    the line's folded text; `info`: the line's parentheses, run-in heading and lead (subjects);
    `examples` False: the line's enumeration names this term in more than one item, so it is what
    the enumeration is about ("Yard sales, benefit suppers, a pledge drive"), not one example among others."""
    if id(line) in title_lines:
        return 3.0, "title"
    if info is not None and any(start <= offset < end for start, end in info.parentheses):
        return 1.0, "text"  # an aside or an example
    if id(line) in heading_lines or _is_heading(line):
        return 2.0, "heading"
    if info is not None and offset < info.run_in:
        return 2.0, "heading"
    if (_TOPIC_LINE.match(line.text) or line.listed) and (
            _content_words(line.text) <= 8 or word_index <= 2
            or (info is not None and offset < info.first_clause)):
        return 2.0, "topic-line"  # a short agenda item or bullet, one that opens with the term or states it first
    if info is not None and (info.question or offset < info.lead) and not (examples and _example(info, offset)):
        return 2.0, "question" if info.question else "lead"
    return 1.0, "text"


def _example(info: "_LineInfo", offset: int) -> bool:
    """The mention is one short item of an enumeration ("a lawyer, a doctor, a former refugee,
    a teacher"): an example, not the subject."""
    commas = info.commas
    if not commas:
        return False
    before = max((c for c in commas if c <= offset), default=None)
    after = min((c for c in commas if c > offset), default=None)
    end = after if after is not None else len(info.folded)
    stop = info.stops and next((k for k in info.stops if offset < k < end), None)
    segment = info.folded[before or 0:stop or end]  # an item ends at its comma, or where its sentence does
    if len(commas) < 2 and not (before is not None and _LAST_ITEM.match(segment)):
        return False  # one comma: an enumeration only when the item after it is the last ("x, y and z")
    return len(segment.split()) <= 4


@dataclass(frozen=True)
class _LineInfo:
    parentheses: tuple[tuple[int, int], ...]  # folded offsets of the text inside ( )
    run_in: int                               # folded offset where a run-in heading ends (0: none)
    question: bool
    lead: int                                 # folded offset where the line's part of a lead ends (0: none)
    commas: tuple[int, ...] = ()              # folded offsets of the line's commas
    folded: str = ""
    first_clause: int = 0                     # folded offset where a topic line's first sentence ends
    head: int = 0                             # folded offset where a line's head before a colon ends (0: none)
    stops: tuple[int, ...] = ()               # folded offsets of the line's sentence ends (with commas only)



def _line_info(line: Line, lead: int | None) -> _LineInfo:
    """`lead`: the line's part of a paragraph's first sentence, in characters of `line.text`
    (None: not a lead line)."""
    text = line.text
    parentheses = []
    if "(" in text or ")" in text or "[" in text or "]" in text:
        depth, start = 0, 0
        for i, ch in enumerate(text):
            if ch in "([":  # an aside, or a template's placeholder: "[event: read the stories / hold a vigil]"
                if depth == 0:
                    start = i
                depth += 1
            elif ch in ")]" and depth:
                depth -= 1
                if depth == 0:
                    parentheses.append((len(fold(text[:start])), len(fold(text[:i])) + 1))
            elif ch in ")]" and not parentheses and "(" not in text[:i] and "[" not in text[:i]:
                parentheses.append((0, len(fold(text[:i])) + 1))  # the end of an aside opened on the line above
        if depth:  # an aside that runs on to the next line: "... threatened (urgent appeals, international"
            parentheses.append((len(fold(text[:start])), len(fold(text)) + 1))
    if " -- " in text or " — " in text or " – " in text:
        # an aside between dashes in running text ("life imprisonment -- and in some cases the death
        # penalty -- for homosexuality"), as one in parentheses; not a line set in parts ("A -- B -- C")
        dashes = [m.start() for m in _ASIDE_DASH.finditer(text)]
        if len(dashes) >= 2 and line.upper < 0.5 and _content_words(text[:dashes[0]]) >= 2 and \
                text[:dashes[0]].strip()[-1:].islower():
            parentheses.append((len(fold(text[:dashes[0]])), len(fold(text[:dashes[1]])) + 1))
    run_in = 0
    m = _RUN_IN.match(text)
    if m and sum(ch.isalpha() for ch in m.group(1)) >= 4 and any(ch.islower() for ch in text[m.end(1):]):
        run_in = len(fold(text[:m.end(1)])) + 1
    else:
        m = _RUN_IN_MIXED.match(text)
        if m and len(m.group(1).split()) >= 2 and not _ABBREVIATION.search(m.group(1)):
            run_in = len(fold(text[:m.end(1)])) + 1
    first_clause = 0
    topic = _AGENDA_ITEM.match(text)
    if topic:
        end = _CLAUSE_END.search(text, topic.end())
        first_clause = len(fold(text[:end.end() if end else len(text)])) + 1
    question = (bool(_QUESTION.search(text)) or bool(_NUMBERED_QUESTION.match(text))) and _content_words(text) <= 16
    commas = tuple(len(fold(text[:k])) for k, ch in enumerate(text)
                   if ch in ",;" and not (k and _THOUSANDS.match(text, k - 1))) if "," in text else ()
    colon = _HEAD_COLON.search(text)  # not a clock's ("10:00 Starting a group on campus: officers, dues")
    colon = colon.start() if colon else -1
    head = len(fold(text[:colon])) + 1 if 0 < colon and "," not in text[:colon] and ";" not in text[:colon] else 0
    stops = tuple(len(fold(text[:m.start()])) for m in _SENTENCE_END.finditer(text)) if commas else ()
    return _LineInfo(tuple(parentheses), run_in, question, len(fold(text[:lead])) + 1 if lead else 0, commas,
                     fold(text) if commas else "", first_clause, head, stops)


def _content_words(text: str) -> int:
    return sum(1 for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1 and w.lower() not in ("am", "pm"))


def _is_heading(line: Line) -> bool:
    letters = sum(ch.isalpha() for ch in line.text)
    return line.n_words <= 10 and letters >= 4 and (line.upper >= 0.8 or line.rel_size >= 1.25)


def collect(layout: Layout, terms: Iterable[tuple[Term, re.Pattern[str]]], title_lines: set[int],
            heading_lines: set[int], skip: set[int], role=line_role, leads: dict[int, int] | None = None,
            under: dict[int, int] | None = None, aside: set[int] | None = None) -> list[TermEvidence]:
    """Every term's evidence: one mention per line (its best weight), and a match inside a longer
    match of another term is dropped ("online petitions" is online activism, not petitions).
    `leads`: the lines that open a paragraph's first sentence; given (subjects), the lines'
    parentheses, run-in headings, questions and enumerations are read too."""
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
    infos: dict[int, _LineInfo] = {}
    terms_on: dict[int, set[str]] = defaultdict(set)
    named_at: dict[int, set[int]] = defaultdict(set)  # where on a line its terms start (one phrase of two terms: one)
    line_of: dict[int, Line] = {}
    heads: set[tuple[str, int]] = set()  # a term in the head before a line's colon: its topic
    items: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # per line, term: its items
    located = [(max(0, bisect_right(layout.offsets, start) - 1), start, term) for start, _, term in kept]

    def info_of(i: int) -> _LineInfo:
        if i not in infos:
            infos[i] = _line_info(layout.lines[i], leads.get(id(layout.lines[i])))
        return infos[i]

    if leads is not None:
        for i, start, term in located:
            if "," in layout.lines[i].text:
                items[i][term.preferred].add(bisect_right(info_of(i).commas, start - layout.offsets[i]))
    for i, start, term in located:
        line = layout.lines[i]
        if id(line) in skip:
            continue
        if leads is None:
            weight, rule = role(line, title_lines, heading_lines, _words_before(layout, start, openings))
        else:
            info = info_of(i)
            weight, rule = role(line, title_lines, heading_lines, _words_before(layout, start, openings),
                                start - layout.offsets[i], info, len(items[i][term.preferred]) < 2)
            if start - layout.offsets[i] < info.head:
                heads.add((term.preferred, id(line)))
        key = (term.preferred, id(line))
        terms_on[id(line)].add(term.preferred)
        named_at[id(line)].add(start)
        line_of[id(line)] = line
        by_label[term.preferred] = term
        mentions[term.preferred] += 1
        if weight > per_line.get(key, (0.0, ""))[0]:
            per_line[key] = (weight, rule)
    if leads is not None:
        for (label, line_id), (weight, rule) in list(per_line.items()):
            if weight > 1.0 and rule != "title" and len(terms_on[line_id]) >= 2 and len(named_at[line_id]) >= 2 and \
                    (label, line_id) not in heads and \
                    line_of[line_id].text.count(",") + line_of[line_id].text.count(";") >= 1:
                # "letters, lobbying, a public event, media work"; but the head of "Election of officers:
                # chair, secretary, treasurer, prisoner-case co-ordinator" is the line's topic
                per_line[(label, line_id)] = (1.0, "text")
    for (label, line_id), (weight, rule) in list(per_line.items()):
        if weight <= 1.0 or rule == "title":
            continue
        if aside and line_id in aside:
            per_line[(label, line_id)] = (1.0, "text")  # an entry of a newsletter's calendar: another event
            continue
        head = under.get(line_id) if under else None
        if head is not None and terms_on.get(head) and label not in terms_on[head] and \
                not _ACTION.match(line_of[line_id].text):
            # "Civil and political rights / - Freedom of speech ... / - A fair trial": a bullet that
            # illustrates its heading's topic is in passing (the guidelines); a way to act is not
            per_line[(label, line_id)] = (1.0, "text")
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
                  skip: set[int], doc_type: str | None = None) -> list[TermEvidence]:
    matchers = [(t, p) for t, p in vocabulary.term_matchers if t.facet in ("theme", "skill")]
    heading_lines = heading_lines | subheadings(layout, skip)
    leads = paragraph_leads(layout, title_lines | heading_lines, skip)
    leads.update(item_continuations(layout, skip))
    leads.update(list_items(layout, skip))
    leads.update(question_openings(layout, skip))
    under = list_heads(layout, skip)
    heading_lines = heading_lines | {h for h in under.values() if h not in skip}
    aside = calendar_lines(layout, skip)
    found = collect(layout, matchers, title_lines, heading_lines, skip, leads=leads, under=under, aside=aside)
    named = {e.term.preferred for e in found}
    abbreviated = [(t, p) for t, p in vocabulary.abbreviation_matchers
                   if t.preferred in named and p.search(layout.folded)]
    if abbreviated:  # "UAs" counts in a document that says "urgent action" somewhere too
        found = collect(layout, matchers + abbreviated, title_lines, heading_lines, skip, leads=leads, under=under,
                        aside=aside)
    if doc_type == "sign-in sheet":
        # its subjects come from its heading (the event's name) and its questions (the guidelines),
        # not from what attendees wrote in its columns ("table / vigil / films", "Correo electrónico")
        found = [e for e in found if e.best_rule in ("title", "heading", "question")]
    # A top-level term with narrower ones ("equality and non-discrimination", "activism skills")
    # needs more evidence, and gives way to the narrower terms found with it (the most specific)
    # unless a title or heading names it: then the document covers the broad topic as such.
    narrower = {e.term.preferred: _narrower(vocabulary, e.term.preferred) if not e.term.broader else set()
                for e in found}
    kept = [e for e in found if e.points >= (BROAD_THRESHOLD if narrower[e.term.preferred] else THRESHOLD)]
    tagged = {e.term.preferred for e in kept}
    kept = [e for e in kept if not narrower[e.term.preferred] & tagged or e.best_rule in ("title", "heading")]
    return sorted(kept, key=lambda e: (-e.points, e.term.preferred))


def subheadings(layout: Layout, skip: set[int]) -> set[int]:
    """Headings set in sentence case on a line of their own ("Lobbying Congress", "Asylum
    seekers", "After the decision"): a short line that starts with a capital, ends without
    punctuation, follows the end of a sentence and stands over a paragraph.  What a section of a
    report, a handout or a guide is about, though neither capitals nor type size mark it."""
    out: set[int] = set()
    lines = layout.lines
    for i, line in enumerate(lines):
        text = line.text.strip()
        if id(line) in skip or i + 1 >= len(lines) or not text[:1].isupper() or text[-1] in _OPEN_END:
            continue
        if not 1 <= _content_words(text) <= 7 or line.n_words > 8 or _TOPIC_LINE.match(text) or \
                "@" in text or "__" in text or text[-1].isdigit() or text.count(",") > 1:
            continue  # a dateline, an address, a form's blank
        prev, nxt = lines[i - 1] if i else None, lines[i + 1]
        if prev is not None and prev.page_no == line.page_no and line.gap_before < 0.8 and \
                not prev.text.rstrip().endswith((".", "!", "?", ":", '"', "”")):
            continue  # the tail of a sentence, not a heading
        if nxt.page_no == line.page_no and _paragraph_line(nxt) and nxt.text[:1].isupper():
            out.add(id(line))
    return out


def paragraph_leads(layout: Layout, zone: set[int], skip: set[int]) -> dict[int, int]:
    """The first sentence of each paragraph that opens the body or follows a heading (also one
    run in at its start or one opened by an ordinal, "Second, ..."), a question or a salutation (at
    most three lines each; its main clause, up to a second clause joined with ", and" or ";"): for
    each of its lines, how many of the line's characters belong to it."""
    leads: dict[int, int] = {}
    lines = layout.lines
    opened = False  # the body's first paragraph has been seen
    i = 0
    while i < len(lines):
        line = lines[i]
        prev = lines[i - 1] if i else None
        if id(line) in zone or id(line) in skip or not _paragraph_line(line):
            i += 1
            continue
        after_heading = prev is not None and (
            _is_heading(prev) or id(prev) in zone or bool(_QUESTION.search(prev.text)) or
            (prev.text.rstrip().endswith((":", ",")) and _content_words(prev.text) <= 6))  # "Dear Ms. Park,"
        starts = prev is None or prev.page_no != line.page_no or line.gap_before >= 0.8 or after_heading
        if not starts:
            i += 1
            continue
        # a paragraph that opens with its own heading in capitals ("THE PETITION: I'm mailing you
        # ...", "2. SIGNATURES. Every group ..."): its first sentence follows a heading too
        run_in = _RUN_IN.match(line.text)
        ordinal = _ORDINAL.match(line.text)  # "First, bring in one new member. ..." / "Second, ...": an item
        if (after_heading or run_in or ordinal or not opened) and _paragraph_words(lines, i) >= 15:
            j = i
            while j < len(lines) and j < i + 3 and lines[j].page_no == line.page_no:
                if j > i and (lines[j].gap_before >= 0.8 or
                              _LEAD_END.match(f"{lines[j - 1].text[-1:]} {lines[j].text}")):
                    break  # a new paragraph, or a clause joined at the line break (",\nand ...")
                end = _LEAD_END.search(lines[j].text, run_in.end(1) + 1 if run_in and j == i else 0)
                leads[id(lines[j])] = end.end() if end else len(lines[j].text)
                if end:
                    break
                j += 1
        opened = True
        i += 1
    return leads


def item_continuations(layout: Layout, skip: set[int]) -> dict[int, int]:
    """An agenda item's first sentence carried onto the line under it ("15.30 Taller práctico:
    escribir ... en favor de un" / "preso de conciencia. Cada ..."): for that line, how many of its
    characters belong to the sentence.  Like a paragraph's lead, it states the item's topic; a
    list of details after a comma does not.  A numbered question carries onto the line under it
    whole (the request that completes it); a line of blanks ends it."""
    out: dict[int, int] = {}
    lines = layout.lines
    for i, line in enumerate(lines):
        if id(line) in skip or i + 1 >= len(lines):
            continue
        nxt = lines[i + 1]
        if nxt.page_no != line.page_no or nxt.gap_before >= 0.8 or _TOPIC_LINE.match(nxt.text) or "__" in nxt.text:
            continue
        if _NUMBERED_QUESTION.match(line.text):
            # a form's question and the request under it ("3. Who else cares about this issue? List
            # local organizations, / congregations, unions or campus groups that might work with you,")
            out[id(nxt)] = len(nxt.text)
            continue
        if not _TIMED_ITEM.match(line.text) or _CLAUSE_END.search(line.text, 3):
            continue
        end = _CLAUSE_END.search(nxt.text)
        part = nxt.text[:end.end() if end else len(nxt.text)]
        if "," not in part:  # ", safety, getting the press there": the item's details, not its topic
            out[id(nxt)] = len(part)
    return out


def list_items(layout: Layout, skip: set[int], reach: int = 3) -> dict[int, int]:
    """The lines of each short bulleted, numbered or timed item (at most `reach` lines), whole: an
    item of a list of steps, tips or ways to act, or an agenda's session, is itself the content
    ("1. Appeals. Each group ... / writes every month to the officials responsible."), however
    its sentence runs; a session, its first sentence (a later one tells something else: "Last year
    the group also looked at ...").  A longer item is a section, read as paragraphs are."""
    out: dict[int, int] = {}
    lines = layout.lines
    for i, line in enumerate(lines):
        timed = _TIMED_ITEM.match(line.text)
        if id(line) in skip or not (timed or _LIST_ITEM.match(line.text)):
            continue
        if _is_heading(line) and i + 1 < len(lines) and _paragraph_line(lines[i + 1]):
            continue  # "3. GROUP NEWS" over its paragraph: a numbered section, read as paragraphs are
        j = i + 1
        while j < len(lines) and j - i <= reach and lines[j].page_no == line.page_no and \
                lines[j].gap_before < 0.8 and not _TOPIC_LINE.match(lines[j].text) and \
                not _ITEM.match(lines[j].text) and "__" not in lines[j].text and not _is_heading(lines[j]):
            j += 1
        # the item ends where its sentence ends, or where the next item or a blank line begins (an
        # agenda's "5.  Report from the refugee support team: the two families / settled in Easton")
        # (a timed item's details on the line under it are in passing: item_continuations reads its first
        # sentence)
        ended = j >= len(lines) or j - i == 1 or _ends_item(lines[j - 1]) or (
            not timed and lines[j].page_no == line.page_no and (
                lines[j].gap_before >= 0.8 or bool(_ITEM.match(lines[j].text)) or bool(_LIST_ITEM.match(lines[j].text))))
        if j - i <= reach and ended:
            for k in range(i, j):
                text = lines[k].text
                ends = [m.start() for m in (
                    _EXAMPLE.search(text),  # "one clear request, such as ... torture": what follows illustrates it
                    _SENTENCE_END.search(text, timed.end() if k == i else 0) if timed else None) if m]
                out[id(lines[k])] = min(ends, default=len(text))
                if ends:
                    break
    return out


# A list item that is a way to act ("Write a short letter to the governor", "Sign and circulate the
# petition", "Firma la petición", "Écrivez au ministre"): itself the content, whatever its heading.
_ACTION = re.compile(
    r"^\s*(?:[-*•·—–]\s*|\d{1,2}[.)]\s*|[a-h][.)]\s*)?(?:write|writing|sign|signing|send|sending|call|calling|"
    r"phone|meet|meeting with|join|joining|ask|asking|visit|visiting|organi[sz]e|organi[sz]ing|hold|holding|"
    r"collect|collecting|host|hosting|invite|contact|lobby|lobbying|attend|donate|give|raise|raising|tell|bring|"
    r"take|use|start|starting|keep|offer|find|read|learn|talk|urge|support|circulate|forward|e-?mail|set up|"
    r"make|plan|planning|recruit|table|help|get|adopt|escribe|escribir|firma|firmar|envia|enviar|llama|unete|"
    r"pide|visita|organiza|recoge|participa|ecrivez|ecrire|signez|envoyez|appelez|rejoignez|demandez|"
    r"organisez|participez)\b", re.I)
# A newsletter's calendar or diary: its entries announce other events ("Feb. 21  Regional day --
# 'The Death Penalty Returns?'"), in passing.
_CALENDAR_HEAD = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?(?:calendar|diary|diary dates|dates for (?:your|the) diary|"
                            r"for your diary|coming up|coming events|upcoming events|dates to remember|"
                            r"calendario|proximas citas|agenda del (?:mes|trimestre)|a noter|a retenir|"
                            r"dates a retenir|a vos agendas)\s*:?\s*$", re.I)


def list_heads(layout: Layout, skip: set[int]) -> dict[int, int]:
    """For each line of a bulleted or numbered list (its items and the lines they run onto), the
    line that heads the list: the short line just above its first item ("Slide 3 / Civil and
    political rights / - Freedom of speech ..."), when there is one."""
    out: dict[int, int] = {}
    lines = layout.lines
    head: int | None = None
    for i, line in enumerate(lines):
        if _LIST_ITEM.match(line.text):
            if head is None and i and not _LIST_ITEM.match(lines[i - 1].text):
                above = lines[i - 1]
                text = above.text.rstrip()
                if above.page_no == line.page_no and above.n_words <= 10 and not text.endswith((".", ",", ";")) \
                        and _content_words(text) >= 1:
                    head = id(above)
            if head is not None:
                out[id(line)] = head
        elif head is not None and line.gap_before < 0.8 and not line.text[:1].isspace() and \
                i and id(lines[i - 1]) in out and not _is_heading(line) and _content_words(line.text) >= 1 and \
                line.indented:
            out[id(line)] = head  # an item running onto the next line
        else:
            head = None
    return out


def question_openings(layout: Layout, skip: set[int]) -> dict[int, int]:
    """A numbered question whose question mark comes on the line under it ("2. L'exposé sur les
    prisonniers d'opinion adoptés par le groupe / (qui sont-ils ?) était-il clair ?"): its first
    line states what it asks about, as a one-line question does."""
    out: dict[int, int] = {}
    lines = layout.lines
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if id(line) in skip or not _NUMBERED_ITEM.match(line.text) or "?" in line.text or "¿" in line.text:
            continue
        if nxt.page_no == line.page_no and nxt.gap_before < 0.8 and not _TOPIC_LINE.match(nxt.text) and \
                nxt.text.rstrip().endswith("?") and _content_words(line.text) + _content_words(nxt.text) <= 30:
            out[id(line)] = len(line.text)
    return out


def calendar_lines(layout: Layout, skip: set[int]) -> set[int]:
    """The lines of a section headed "Calendar", "Diary", "Coming up", "Calendario", "À noter", up to
    the next heading."""
    out: set[int] = set()
    inside = False
    for line in layout.lines:
        if _CALENDAR_HEAD.match(fold(line.text)) and line.n_words <= 5:
            inside = True
            continue
        if inside and (_is_heading(line) and not _TOPIC_LINE.match(line.text)):
            inside = False
        if inside:
            out.add(id(line))
    return out


def _ends_item(line: Line) -> bool:
    return line.text.rstrip().endswith((".", "!", "?", ";", ")", ":"))


def _paragraph_words(lines: tuple[Line, ...], i: int, reach: int = 4) -> int:
    """Words of the paragraph that starts at line i (its first `reach` lines: enough to tell a
    paragraph from a one-line remark)."""
    words = lines[i].n_words
    for line in lines[i + 1:i + reach]:
        if line.page_no != lines[i].page_no or line.gap_before >= 0.8 or not _paragraph_line(line) and \
                line.n_words < 3:
            break
        words += line.n_words
    return words


def _paragraph_line(line: Line) -> bool:
    """Running text: six words or more, not a list item, a heading or a line in capitals."""
    return _content_words(line.text) >= 6 and line.upper < 0.5 and not _TOPIC_LINE.match(line.text) \
        and not _ITEM.match(line.text) and not line.centred



def _narrower(vocabulary: Vocabulary, preferred: str) -> set[str]:
    """Every term below `preferred` (its narrower terms, theirs, ...)."""
    return {t.preferred for t in vocabulary.terms if preferred in vocabulary.broader(t.preferred)}


def confidence(evidence: TermEvidence) -> float:
    return round(min(0.95, 0.45 + 0.1 * evidence.points), 2)
