"""The controlled vocabulary: subject and audience terms, document-type cues, place aliases.

The shipped `vocabulary.toml` (package data) is read with the standard library's
`tomllib`; archivists' extension files in the same format are merged on top of it
(see the comment at the head of vocabulary.toml for the merge rules).  A
`Vocabulary` is a frozen value: it pickles, so it can travel to worker processes,
and its compiled matchers are built once per instance, on first use.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from metp.errors import UsageError
from metp.ocrtext import OCR_PAIRS, strip_accents
from metp.pipeline.tagging.text import fold, phrase_pattern

_PUNCTUATED = re.compile(r"[:.()]")
FACETS = ("theme", "skill", "audience")
DOC_TYPES = ("agenda", "handout", "trainer guide", "manual", "worksheet", "evaluation form",
             "sign-in sheet", "letter", "memo", "flyer", "newsletter", "report", "slides")


@dataclass(frozen=True)
class Term:
    preferred: str
    facet: str                       # "theme" | "skill" | "audience"
    synonyms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()   # regular expressions over folded text
    broader: tuple[str, ...] = ()
    match: bool = True               # False: a broader node only, never tagged itself
    abbreviations: tuple[str, ...] = ()  # "UA", "POC": count only beside a full form of the term


@dataclass(frozen=True)
class TypeCues:
    type: str
    title: tuple[str, ...] = ()  # phrases naming the type in a title or heading
    body: tuple[str, ...] = ()   # weaker phrases anywhere in the text


@dataclass(frozen=True)
class Vocabulary:
    terms: tuple[Term, ...]
    types: tuple[TypeCues, ...]
    place_aliases: tuple[tuple[str, str], ...] = ()   # other names -> country display name
    place_demonyms: tuple[tuple[str, str], ...] = ()  # adjectives -> country display name
    place_regions: tuple[tuple[str, str], ...] = ()   # a country's states or provinces -> its display name
    place_ignore: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()    # ISO 639-1 codes the language identifier may answer
    boilerplate: tuple[str, ...] = ()  # regexes over a lower-case line: never a title
    sources: tuple[str, ...] = ()      # files it was read from, for provenance

    # ------------------------------------------------------------------ look-ups
    def term(self, preferred: str) -> Term | None:
        return self._by_label.get(preferred.casefold())

    def broader(self, preferred: str) -> tuple[str, ...]:
        """All broader terms of `preferred`, nearest first (for browsing and facets)."""
        out: list[str] = []
        todo = list(self.term(preferred).broader) if self.term(preferred) else []
        while todo:
            label = todo.pop(0)
            if label not in out:
                out.append(label)
                parent = self.term(label)
                todo.extend(parent.broader if parent else ())
        return tuple(out)

    def facet(self, facet: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.facet == facet and t.match)

    def cues(self, doc_type: str) -> TypeCues:
        for cues in self.types:
            if cues.type == doc_type:
                return cues
        return TypeCues(doc_type)

    # ------------------------------------------------------------------ compiled matchers
    @cached_property
    def _by_label(self) -> dict[str, Term]:
        return {t.preferred.casefold(): t for t in self.terms}

    @cached_property
    def term_matchers(self) -> tuple[tuple[Term, re.Pattern[str]], ...]:
        """One regex per taggable term over folded text, longest phrases first."""
        out = []
        for term in self.terms:
            if not term.match:
                continue
            phrases = sorted({term.preferred, *term.synonyms}, key=lambda p: -len(fold(p)))
            alternatives = [p for p in (_modifiable(ph) for ph in phrases) if p]
            alternatives += [f"(?:{_ocr_folded(p)})" for p in term.patterns]
            if alternatives:
                source = r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])"
                out.append((term, re.compile(source)))
        return tuple(out)

    @cached_property
    def abbreviation_matchers(self) -> tuple[tuple[Term, re.Pattern[str]], ...]:
        """One regex per term with abbreviations (whole words over folded text)."""
        out = []
        for term in self.terms:
            if term.match and term.abbreviations:
                alternatives = sorted({re.escape(fold(a)) for a in term.abbreviations if fold(a)}, key=len,
                                      reverse=True)
                out.append((term, re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")))
        return tuple(out)

    @cached_property
    def type_matchers(self) -> dict[str, tuple[re.Pattern[str] | None, ...]]:
        """Per type: (title cues over folded text, body cues over folded text, body cues with
        punctuation such as "materials:" over lower-case text that keeps punctuation); None when empty."""
        def folded(phrases: Iterable[str]) -> re.Pattern[str] | None:
            alts = sorted({phrase_pattern(p, plural=False) for p in phrases if fold(p)}, key=len, reverse=True)
            return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alts) + r")(?![a-z0-9])") if alts else None

        def literal(phrases: Iterable[str]) -> re.Pattern[str] | None:
            alts = sorted({re.escape(strip_accents(p).lower()) for p in phrases}, key=len, reverse=True)
            return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alts) + r")") if alts else None

        out = {}
        for c in self.types:
            plain = [p for p in c.body if not _PUNCTUATED.search(p)]
            marked = [p for p in c.body if _PUNCTUATED.search(p)]
            out[c.type] = (folded(c.title), folded(plain), literal(marked))
        return out

    @cached_property
    def boilerplate_matchers(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in self.boilerplate)


# A modifier set between a determiner and a phrase's last word ("planning a corporate campaign", "call
# your two senators", "your own representative") leaves it the same topic; a function word there does
# not.  Only after a determiner: between two content words it joins another noun ("online petition
# tool", "new campus groups"), and a phrase that opens with an article is left alone ("the British press").
_ARTICLES = frozenset({"the", "a", "an", "la", "le", "el", "les", "los", "las", "l", "un", "une", "una"})
_DETERMINERS = frozenset({"a", "an", "the", "your", "our", "their", "his", "her", "my", "its", "this", "every", "each",
                          "tu", "tus", "su", "sus", "nuestro", "nuestra", "un", "una", "el", "la", "votre", "vos",
                          "notre", "nos", "leur", "leurs", "son", "sa", "ses", "une", "le"})
_JOINS = frozenset({"of", "de", "des", "du", "del", "d", "and", "y", "et"})
_MODIFIER = (r"(?: (?!(?:and|or|nor|not|but|than|then|for|with|from|who|which|that|this|these|those|was|were|are|"
             r"has|have|had|les|los|las|des|del|que|qui|por|para|pour|sur|sans|con|sin|une|una)\b)[a-z]{3,} | ?)")


def _modifiable(phrase: str) -> str:
    """`phrase_pattern(phrase)`, and for a phrase of two or three words whose last word (of four letters
    or more) follows a determiner (no article first, no "of" or "and" in it), one modifier word
    between the two too."""
    words = fold(phrase).split()
    if not 2 <= len(words) <= 3 or len(words[-1]) < 4 or words[0] in _ARTICLES or _JOINS & set(words) or \
            words[-2] not in _DETERMINERS:
        return phrase_pattern(phrase)
    return phrase_pattern(phrase, before_last=_MODIFIER)


def _ocr_folded(pattern: str) -> str:
    """A pattern's letters folded as the text is ("government" is matched as "govemment"), so
    that patterns are written plainly: the glyph pairs are letters, never regex syntax."""
    for pair, single in OCR_PAIRS:
        pattern = pattern.replace(pair, single)
    return pattern


# ---------------------------------------------------------------------- loading
def load_vocabulary(extra: Sequence[Path | str] = ()) -> Vocabulary:
    """The shipped vocabulary, with archivists' extension files (same TOML format) merged on top."""
    shipped = resources.files("metp.pipeline.tagging").joinpath("vocabulary.toml")
    data = [("metp:vocabulary.toml", _parse(shipped.read_text(encoding="utf-8"), "metp:vocabulary.toml"))]
    for path in extra:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read vocabulary file {path}: {exc.strerror or exc}") from exc
        data.append((str(path), _parse(text, str(path))))
    return _merge(data)


def _parse(text: str, name: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"vocabulary file {name} is not valid TOML ({exc}); fix it and try again") from exc


@dataclass
class _TermDraft:
    preferred: str
    facet: str
    synonyms: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)
    match: bool = True


def _merge(files: list[tuple[str, dict]]) -> Vocabulary:
    terms: dict[str, _TermDraft] = {}
    types: dict[str, tuple[list[str], list[str]]] = {t: ([], []) for t in DOC_TYPES}
    aliases: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    regions: dict[str, str] = {}
    languages: list[str] = []
    ignore: list[str] = []
    boilerplate: list[str] = []
    for name, data in files:
        for i, raw in enumerate(data.get("term", [])):
            _merge_term(terms, raw, f"{name}: term #{i + 1}")
        for i, raw in enumerate(data.get("type", [])):
            where = f"{name}: type #{i + 1}"
            doc_type = _string(raw, "type", where)
            title, body = types.setdefault(doc_type, ([], []))
            title += [c for c in _strings(raw, "title", where) if c not in title]
            body += [c for c in _strings(raw, "body", where) if c not in body]
        places = data.get("places", {})
        for table, target in (("aliases", aliases), ("demonyms", demonyms), ("regions", regions)):
            for alias, country in places.get(table, {}).items():
                if not isinstance(country, str):
                    raise UsageError(f"{name}: places.{table}.{alias} must be a country name (a string)")
                target[alias] = country
        languages += [c for c in _strings(data.get("language", {}), "candidates", f"{name}: language")
                      if c not in languages]
        ignore += [p for p in _strings(places, "ignore", f"{name}: places") if p not in ignore]
        for pattern in _strings(data.get("boilerplate", {}), "lines", f"{name}: boilerplate"):
            _check_regex(pattern, f"{name}: boilerplate")
            if pattern not in boilerplate:
                boilerplate.append(pattern)
    for draft in terms.values():
        for label in draft.broader:
            if label.casefold() not in terms:
                raise UsageError(f"vocabulary: broader term {label!r} of {draft.preferred!r} is not a term; "
                                 "add it as a [[term]] (with match = false if it should never be tagged)")
    return Vocabulary(
        terms=tuple(Term(d.preferred, d.facet, tuple(d.synonyms), tuple(d.patterns), tuple(d.broader), d.match,
                         tuple(d.abbreviations)) for d in terms.values()),
        types=tuple(TypeCues(t, tuple(title), tuple(body)) for t, (title, body) in types.items()),
        place_aliases=tuple(aliases.items()),
        place_demonyms=tuple(demonyms.items()),
        place_regions=tuple(regions.items()),
        place_ignore=tuple(ignore),
        languages=tuple(languages),
        boilerplate=tuple(boilerplate),
        sources=tuple(name for name, _ in files),
    )


def _merge_term(terms: dict[str, _TermDraft], raw: dict, where: str) -> None:
    preferred = _string(raw, "preferred", where)
    key = preferred.casefold()
    draft = terms.get(key)
    if draft is None:
        facet = raw.get("facet", "theme")
        if facet not in FACETS:
            raise UsageError(f"{where} ({preferred}): facet must be one of {', '.join(FACETS)}, not {facet!r}")
        draft = terms[key] = _TermDraft(preferred, facet)
    for attr in ("synonyms", "patterns", "broader", "abbreviations"):
        values = getattr(draft, attr)
        for value in _strings(raw, attr, where):
            if attr == "patterns":
                _check_regex(value, where)
            if value not in values:
                values.append(value)
    if "match" in raw:
        draft.match = bool(raw["match"])


def _string(raw: dict, key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{where}: `{key}` must be a non-empty string")
    return value.strip()


def _strings(raw: dict, key: str, where: str) -> list[str]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where}: `{key}` must be a list of strings")
    return [v.strip() for v in value if v.strip()]


def _check_regex(pattern: str, where: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise UsageError(f"{where}: bad regular expression {pattern!r} ({exc})") from exc
