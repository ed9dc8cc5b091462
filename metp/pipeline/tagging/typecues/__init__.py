"""The structural cues of each document type, read from the page layout (doctype.py weighs them).

Each cue follows the labelling guidelines' definition of a type (docs/labelling-guidelines.md)
and the form real documents of that type take, not the words of particular documents: a
letter opens with a salutation before any prose and ends with a closing and a signature; a
memo has To/From/Subject lines; minutes list who was present and what was decided; an
agenda is a column of times or sessions; a sign-in sheet is a table headed Name with other
columns; a form has blanks, boxes, scales and questions with space for answers; a newsletter
has an issue designation and several news items; a manual has contents and chapters; a
trainer guide has objectives, materials, timings and instructions to the trainer.  Each cue
is written for English, Spanish and French.

Modules: correspondence (letter, memo), forms (evaluation form, worksheet, sign-in sheet),
meetings (agenda, minutes, event flyer), publications (newsletter, manual, handout,
report, slides, trainer guide).  A rule is `rule(facts, add)`: it calls `add(type, points,
name)` for what it finds.

Bound: `Facts` is built in one pass over the layout's lines, and every rule is a constant
number of passes over them with expressions that do not backtrack over a line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from metp.ocrtext import strip_accents
from metp.pipeline.tagging.layout import Layout, Line, is_prose

Add = Callable[[str, float, str], None]


@dataclass(frozen=True)
class Facts:
    """The lines the type rules read (running heads too: a slide's number recurs on every page),
    with what every rule needs, computed once."""

    lines: tuple[Line, ...]
    light: tuple[str, ...]       # each line lower case, accents removed, punctuation kept
    prose: tuple[bool, ...]      # each line is running text (layout.is_prose)
    first_end: int               # lines[:first_end] are page 1's
    last_start: int              # lines[last_start:] are the last page's
    pages: int                   # pages the lines come from
    words: int                   # words on them

    @classmethod
    def of(cls, layout: Layout) -> "Facts":
        lines = layout.lines
        light = tuple(strip_accents(ln.text).lower() for ln in lines)
        first_page = lines[0].page_no if lines else 0
        last_page = lines[-1].page_no if lines else 0
        first_end = next((i for i, ln in enumerate(lines) if ln.page_no != first_page), len(lines))
        last_start = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].page_no != last_page), -1) + 1
        pages = max(layout.pages_read, len({ln.page_no for ln in lines}))
        return cls(lines, light, tuple(is_prose(ln) for ln in lines), first_end, last_start, pages,
                   sum(ln.n_words for ln in lines))

    @property
    def first(self) -> range:
        """Indices of page 1's lines."""
        return range(self.first_end)

    @property
    def last(self) -> range:
        """Indices of the last page's lines."""
        return range(self.last_start, len(self.lines))

    def gap_after(self, i: int) -> float:
        """Blank space below line i (the next line's gap; a page's last line: plenty)."""
        if i + 1 >= len(self.lines) or self.lines[i + 1].page_no != self.lines[i].page_no:
            return 9.0
        return self.lines[i + 1].gap_before


def rules() -> tuple[Callable[[Facts, Add], None], ...]:
    from metp.pipeline.tagging.typecues import correspondence, forms, meetings, publications
    return (correspondence.rule, forms.rule, meetings.rule, publications.rule)
