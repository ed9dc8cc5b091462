"""A short description: the first sentences of the body text (extractive, low confidence)."""

from __future__ import annotations

import re

from metp.pipeline.tagging.layout import Line

MAX_CHARS = 280
_LIST_OR_FIELD = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.):]|\w+\s*:)", re.I)


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
        sentences = re.findall(r".+?[.!?](?:\s|$)", text)
        if len(sentences) >= 2 or len(text) >= MAX_CHARS:
            break
    if not buf:
        return None
    text = " ".join("".join(buf).split())
    sentences = [x.strip() for x in re.findall(r".+?[.!?](?=\s|$)", text)]
    out = " ".join(sentences[:2]) if sentences else text
    if len(out) > MAX_CHARS:
        out = out[:MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return out if len(out.split()) >= 6 else None
