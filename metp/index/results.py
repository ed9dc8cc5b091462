"""What both engines' searchers hand back, made the same way: the highlighter of a query's matched words,
the hits as shown (with the words as printed), and the expansion told in the words people typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from metp.index.records import Hit, Snippet
from metp.index.snippets import snippet, stem_matches

if TYPE_CHECKING:
    from metp.index.fuzzy import Expansion


@dataclass(frozen=True)
class Highlighter:
    """Tells which printed words a query matched: a word is analysed as the index analyses page text."""

    terms: frozenset[str]
    analyzer: object

    def matches(self, word: str) -> bool:
        return bool(self.terms) and any(t.text in self.terms for t in self.analyzer(word))

    def marked(self, text: str) -> Snippet:
        """The whole of `text` with every matched word's span (the page viewer's text)."""
        return Snippet(text, tuple((m.start, m.end) for m in stem_matches(text, set(self.terms), self.analyzer)))

    def snippet(self, text: str) -> Snippet:
        """The best passages of `text` around the matched words, as search shows them."""
        return snippet(text, stem_matches(text, set(self.terms), self.analyzer))


@dataclass(frozen=True)
class ShownHit:
    hit: Hit
    printed: dict[str, str]  # matched stem -> the word as first printed on the page (lower case)


@dataclass(frozen=True)
class Grouped:
    query: str
    total: int
    hits: tuple[ShownHit, ...]
    facets: dict[str, dict[str, int]]
    estimated: bool = False  # total and facets counted approximately (see tantivy_searcher)


def readable(expansion: Expansion, text: str, printed: dict[str, str], analyzer) -> tuple[dict, str | None]:
    """The index holds stems ("conscienc"); show users the words as typed and as printed on the pages."""
    if not expansion.variants:
        return {}, None
    typed = {t.text: t.original for t in analyzer(text, keeporiginal=True)}
    expanded = {typed.get(word, word): [printed.get(v, v) for v in variants]
                for word, variants in expansion.variants.items()}
    suggestion = None
    if expansion.replacements:
        suggestion = text
        for word, better in expansion.replacements.items():
            suggestion = suggestion.replace(typed.get(word, word), printed.get(better, better))
    return expanded, suggestion


def printed_forms(stems: set[str], contents: list[str], analyzer) -> dict[str, str]:
    """For each stem, the word as first printed in `contents` (lower case)."""
    printed: dict[str, str] = {}
    for content in contents:
        for match in stem_matches(content, stems, analyzer):
            printed.setdefault(match.stem, content[match.start:match.end].lower())
    return printed


def lead(content: str, chars: int = 200) -> str:
    """When only the title matched there is nothing to highlight: show the page's opening words."""
    return content[:chars]
