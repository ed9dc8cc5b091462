"""A search's whole state as URL parameters, so that any search can be bookmarked and shared.

    /search?q=&type=&subject=&audience=&decade=&lang=&place=&from=&to=&sort=&offset=&limit=&exact=

The filter parameters are the `metp search` options of the field registry (metp/fields.py) without
their dashes, so a field added there becomes a facet link and a URL parameter here by itself.
Parameters are checked and bounded: `limit` is capped at MAX_LIMIT, the query at MAX_QUERY characters.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from metp.errors import UsageError
from metp.fields import FILTERS
from metp.index.page_index import SORTS, Filters

PARAM = {f.key: f.option.lstrip("-") for f in FILTERS}  # facet key -> URL parameter ("language" -> "lang")
KEY = {param: key for key, param in PARAM.items()}
LABEL = {f.key: f.label for f in FILTERS}
DEFAULT_LIMIT = 10
MAX_LIMIT = 100
MAX_OFFSET = 10_000
MAX_QUERY = 1000
MAX_VALUE = 200
_TRUE = ("1", "true", "on", "yes")


def _int(params, name: str, default: int | None, low: int, high: int | None = None) -> int | None:
    raw = params.get(name, "")
    if raw in ("", None):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise UsageError(f"{name} must be a whole number, not {raw[:40]!r}") from None
    if value < low:
        raise UsageError(f"{name} must be at least {low}")
    return min(value, high) if high is not None else value


@dataclass(frozen=True)
class SearchState:
    q: str = ""
    filters: tuple[tuple[str, str], ...] = ()  # (facet key, value), in the registry's order
    year_from: int | None = None
    year_to: int | None = None
    sort: str = ""        # "" = relevance with a query, date without
    offset: int = 0
    limit: int = DEFAULT_LIMIT
    exact: bool = False

    @classmethod
    def from_params(cls, params) -> "SearchState":
        q = params.get("q", "") or ""
        if len(q) > MAX_QUERY:
            raise UsageError(f"the query is {len(q)} characters long; the archive takes at most {MAX_QUERY}")
        sort = params.get("sort", "") or ""
        if sort and sort not in SORTS:
            raise UsageError(f"sort takes one of {', '.join(SORTS)}")
        filters = []
        for key, param in PARAM.items():
            value = (params.get(param, "") or "").strip()
            if len(value) > MAX_VALUE:
                raise UsageError(f"{param} is too long")
            if value:
                filters.append((key, value))
        return cls(q=q.strip(), filters=tuple(filters),
                   year_from=_int(params, "from", None, 0, 9999), year_to=_int(params, "to", None, 0, 9999),
                   sort=sort, offset=_int(params, "offset", 0, 0, MAX_OFFSET),
                   limit=_int(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                   exact=(params.get("exact", "") or "").lower() in _TRUE)

    # what the library is asked ---------------------------------------------------------------------
    @property
    def effective_sort(self) -> str:
        return self.sort or ("relevance" if self.q else "date")

    def to_filters(self) -> Filters:
        return Filters.of(self.year_from, self.year_to, **dict(self.filters))

    @property
    def is_browse(self) -> bool:
        return not self.q

    # links -----------------------------------------------------------------------------------------
    def params(self) -> list[tuple[str, str]]:
        out = [("q", self.q)] if self.q else []
        out += [(PARAM[key], value) for key, value in self.filters]
        if self.year_from is not None:
            out.append(("from", str(self.year_from)))
        if self.year_to is not None:
            out.append(("to", str(self.year_to)))
        if self.sort:
            out.append(("sort", self.sort))
        if self.exact:
            out.append(("exact", "1"))
        if self.limit != DEFAULT_LIMIT:
            out.append(("limit", str(self.limit)))
        if self.offset:
            out.append(("offset", str(self.offset)))
        return out

    def url(self, path: str = "/search") -> str:
        params = self.params()
        return f"{path}?{urlencode(params)}" if params else path

    def value(self, key: str) -> str:
        return dict(self.filters).get(key, "")

    def with_filter(self, key: str, value: str) -> "SearchState":
        kept = dict(self.filters)
        kept[key] = value
        return replace(self, filters=tuple((k, kept[k]) for k in PARAM if k in kept), offset=0)

    def without(self, key: str) -> "SearchState":
        if key == "from":
            return replace(self, year_from=None, offset=0)
        if key == "to":
            return replace(self, year_to=None, offset=0)
        if key == "q":
            return replace(self, q="", offset=0, sort="")
        return replace(self, filters=tuple(f for f in self.filters if f[0] != key), offset=0)

    def at(self, offset: int) -> "SearchState":
        return replace(self, offset=max(0, offset))

    def with_exact(self, exact: bool) -> "SearchState":
        return replace(self, exact=exact, offset=0)

    def with_query(self, q: str) -> "SearchState":
        return replace(self, q=q, offset=0)

    def active(self) -> list[tuple[str, str, str]]:
        """(key, label, value) of every filter in force, for "remove" links."""
        out = [(key, LABEL[key], value) for key, value in self.filters]
        if self.year_from is not None:
            out.append(("from", "From", str(self.year_from)))
        if self.year_to is not None:
            out.append(("to", "To", str(self.year_to)))
        return out
