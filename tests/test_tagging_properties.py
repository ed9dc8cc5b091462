"""Property-based tests (Hypothesis) of metadata tagging: whatever the pages hold.

For arbitrary text (control characters, NUL, mixed scripts, any surrogate-free
character, date-like fragments, very long lines) and arbitrary word boxes (any ints,
negative and zero sizes, None or NaN confidences), `tag_document`:

- never raises, and no stage fails either (`warnings` stays empty with a generous budget);
- always gives one non-empty title first, and values of the known fields, without
  control characters, with confidences in 0..1;
- finishes within a bound, and gives the same tags twice.

Runs are derandomized (the same examples on every run, so CI is repeatable) and
modest: about 10 s in all on a 2-core machine.
"""

from __future__ import annotations

import re
import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metp.pipeline.model import Page, PageMethod, Word
from metp.pipeline.tagging import FIELDS, Tags, load_vocabulary, tag_document

TODAY = date(2026, 1, 1)
VOCABULARY = load_vocabulary()
BOUND_S = 10.0  # per document, wall clock; the slowest example here takes about 0.5 s

SETTINGS = settings(derandomize=True, deadline=None, database=None, max_examples=40,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example])

# ------------------------------------------------------------------------------ strategies
MONTHS = ["January", "March", "Sept.", "dec", "Juin", "juillet", "marzo", "Diciembre", "août", "Ju1y", "MAY"]
WEEKDAYS = ["Friday, ", "lundi ", "Sat. ", ""]

days = st.integers(-1, 40).map(str) | st.sampled_from(["1st", "22nd", "3rd", "14th", "1er", "0", "00"])
years = (st.integers(1890, 2100).map(str) | st.integers(0, 99).map(lambda y: f"{y:02d}")
         | st.integers(0, 99).map(lambda y: f"'{y:02d}") | st.sampled_from(["l987", "19O7", "2O26", "0000"]))
months = st.sampled_from(MONTHS) | st.integers(-1, 14).map(str)

date_fragments = st.one_of(
    st.builds(lambda w, m, d, y: f"{w}{m} {d}, {y}", st.sampled_from(WEEKDAYS), months, days, years),
    st.builds(lambda d, m, y: f"{d} {m} {y}", days, months, years),
    st.builds(lambda d, m, y, sep: f"{m}{sep}{d}{sep}{y}", days, months, years, st.sampled_from("/.-")),
    st.builds(lambda y, m, d: f"{y}-{m}-{d}", years, months, days),
    st.builds(lambda s, y: f"{s} {y}", st.sampled_from(["Spring", "fall of", "invierno de", "été"]), years),
    st.builds(lambda label, rest: f"{label}{rest}", st.sampled_from(["Date: ", "DATE:", "Revised ", "©", "Fecha: "]),
              st.text(max_size=20)),
    st.builds(lambda m, d: f"{m} {d}", months, days),
)

vocabulary_words = st.sampled_from(" ".join(t.preferred for t in VOCABULARY.terms).split()
                                   + ["AGENDA", "Dear", "Sincerely,", "To:", "From:", "Chile", "Chilean",
                                      "United States", "poor", "excellent", "Vol. 3, No. 2", "9:00", "____"])

# Any character but surrogates (the default), and some chosen to be awkward.
awkward = st.sampled_from(["\x00", "\x1b", "\x07", "\x0c", "\x1c", "\x85", "\u2028", "\r", "\t", "\u0301",
                           "ﬁ", "\ufdfa", "İ", "ß", "日本語", "ж", "क्ष", "١٩٨٧", "\ufeff", "\u200b", "🙂", "  "])
pieces = st.one_of(st.text(max_size=30), awkward, date_fragments, vocabulary_words,
                   st.sampled_from(["\n", "\n\n", " ", ". ", "-\n"]))
texts = st.lists(pieces, max_size=60).map("".join)
long_lines = st.builds(lambda piece, n: (piece + " ") * n, st.one_of(date_fragments, vocabulary_words, awkward),
                       st.integers(200, 3_000))
page_texts = st.one_of(texts, texts, long_lines, st.builds(lambda a, b: a + "\n" + b, long_lines, texts))
short_page_texts = st.one_of(texts, texts, texts, texts, long_lines)

any_int = st.integers()
small_int = st.integers(-50, 3000)
words = st.builds(Word, text=st.one_of(st.text(max_size=12), vocabulary_words, date_fragments, awkward),
                  conf=st.none() | st.floats(allow_nan=True, allow_infinity=True) | st.integers(-5, 105),
                  left=st.one_of(small_int, any_int), top=st.one_of(small_int, any_int),
                  width=st.one_of(st.integers(-5, 400), any_int), height=st.one_of(st.integers(-5, 120), any_int),
                  line=st.one_of(st.integers(0, 40), any_int))


@st.composite
def pages(draw) -> list[Page]:
    out = []
    for n in range(draw(st.integers(0, 4))):
        method = draw(st.sampled_from(PageMethod))
        boxes = tuple(draw(st.lists(words, max_size=40)))
        # Boxes are used when they are the page's words: most pages are made so; some are not.
        text = draw(st.one_of(st.just(" ".join(w.text for w in boxes)), short_page_texts)) if boxes \
            else draw(short_page_texts)
        out.append(Page(draw(st.one_of(st.just(n + 1), any_int)), method, text, boxes,
                        draw(st.none() | st.floats(allow_nan=True)), draw(st.none() | any_int),
                        draw(st.none() | any_int), draw(st.none() | st.integers(-1, 1200))))
    return out


source_names = st.one_of(st.text(max_size=80), st.builds(lambda a, d, b: f"box-{a}/{d}/{b}.tif",
                                                         st.integers(0, 99), date_fragments, st.text(max_size=20)))


# ------------------------------------------------------------------------------ properties
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def check(tags: Tags) -> None:
    assert isinstance(tags, Tags)
    assert tags.warnings == (), tags.warnings
    assert tags.values and tags.values[0].field == "dc.title"
    assert [v.field for v in tags.values].count("dc.title") == 1
    assert tags.first("dc.title").strip()
    for v in tags.values:
        assert v.field in FIELDS and isinstance(v.value, str) and v.value and v.rule
        assert 0.0 <= v.confidence <= 1.0
        assert not CONTROL.search(v.value), v


def timed(page_list: list[Page], source: str, **kw) -> tuple[Tags, float]:
    start = time.monotonic()
    tags = tag_document(page_list, source, VOCABULARY, today=TODAY, **kw)
    return tags, time.monotonic() - start


@SETTINGS
@given(text=page_texts, source=source_names)
def test_any_text_is_tagged_without_failing(text: str, source: str):
    tags, elapsed = timed([Page(1, PageMethod.plain_text, text)], source)
    check(tags)
    assert elapsed < BOUND_S


@settings(SETTINGS, max_examples=80)
@given(page_list=pages(), source=source_names)
def test_any_pages_and_word_boxes_are_tagged_without_failing(page_list: list[Page], source: str):
    tags, elapsed = timed(page_list, source)
    check(tags)
    assert elapsed < BOUND_S


@settings(SETTINGS, max_examples=15)
@given(page_list=pages(), source=source_names)
def test_tagging_is_deterministic(page_list: list[Page], source: str):
    assert timed(page_list, source)[0] == timed(page_list, source)[0]


@settings(SETTINGS, max_examples=25)
@given(page_list=pages(), source=source_names)
def test_without_time_there_is_still_a_title(page_list: list[Page], source: str):
    tags, elapsed = timed(page_list, source, budget_s=0)
    assert [v.field for v in tags.values] == ["dc.title"] and tags.first("dc.title").strip()
    assert not CONTROL.search(tags.first("dc.title"))
    assert len(tags.warnings) == 1 and tags.warnings[0].startswith("tagging: stopped at the 0 s budget before type")
    assert elapsed < 1.0
