"""A short description: the first sentences of the body text (extractive, low confidence).

Bound: one pass over the lines up to the first prose; the text it gathers stays
under MAX_CHARS plus one line, and its sentence ends are found in one scan.
"""

from __future__ import annotations

import re

from metp.pipeline.tagging.layout import Line

MAX_CHARS = 280
_LIST_OR_FIELD = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.):]|\w+\s*:)", re.I)
_END = re.compile(r"[.!?](?=\s|$)")


def first_sentences(lines: list[Line], skip: set[int]) -> str | None:
    """From the first line that reads as prose, up to two sentences or MAX_CHARS."""
    buf: list[str] = []
    for line in lines:
        if id(line) in skip:
            if buf:
                break
            continue
        prose = line.n_words >= 5 and line.upper < 0.6 and not _LIST_OR_FIELD.match(line.text) \
            and "____" not in line.text
        if not prose:
            if buf:
                break
            continue
        buf.append(line.text[:-1] if line.text.endswith("-") else line.text + " ")
        text = "".join(buf)
        if len(_sentences(text, 2, consume_space=True)) >= 2 or len(text) >= MAX_CHARS:
            break
    if not buf:
        return None
    text = " ".join("".join(buf).split())
    sentences = _sentences(text, 2)
    out = " ".join(sentences) if sentences else text
    if len(out) > MAX_CHARS:
        out = out[:MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return out if len(out.split()) >= 6 else None


def _sentences(text: str, limit: int, consume_space: bool = False) -> list[str]:
    """The first `limit` sentences as `re.findall(r".+?[.!?](?=\\s|$)", text)` finds them (with
    `consume_space`: `(?:\\s|$)`, which takes the space after the end), without its
    quadratic backtracking on text that has no sentence end."""
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        end = m.start()
        if end < start + 1:
            continue  # a sentence has at least one character before its end
        out.append(text[start:end + 1].strip())
        if len(out) == limit:
            break
        start = min(end + 2, len(text)) if consume_space else end + 1
    return out
