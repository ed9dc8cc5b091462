"""The basket as a string: kept in a cookie (it survives a reload) and put in links (it can be shared).

A basket is a list of items (document, page, the query it was found with, a note), written as compact
JSON, compressed with zlib and encoded as URL-safe base64.  Decoding treats the string as hostile: its
size, the decompressed size, the number of items and every field are checked, and anything malformed
is refused as a whole (UsageError), never half-read.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib

from metp.archive.basket import MAX_ITEMS, MAX_NOTE, MAX_QUERY, BasketItem
from metp.errors import UsageError

COOKIE = "metp_basket"
MAX_ENCODED = 12_000     # characters in a link
MAX_COOKIE = 3_800       # a cookie holds about 4 KB
_MAX_JSON = 400_000
_DOC_ID = re.compile(r"^[0-9a-f]{4,64}$")


def encode(items: list[BasketItem]) -> str:
    if not items:
        return ""
    data = json.dumps([[i.doc_id, i.page, i.query, i.note] for i in items], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(zlib.compress(data, 9)).decode("ascii").rstrip("=")


def decode(text: str | None) -> list[BasketItem]:
    if not text:
        return []
    if len(text) > MAX_ENCODED:
        raise UsageError("this basket link is too long")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        inflater = zlib.decompressobj()
        data = inflater.decompress(raw, _MAX_JSON)
        if inflater.unconsumed_tail:
            raise UsageError("this basket is too large")
        rows = json.loads(data.decode("utf-8"))
    except (binascii.Error, zlib.error, ValueError, UnicodeDecodeError) as exc:
        raise UsageError("this basket link is damaged; ask for a new one") from exc
    if not isinstance(rows, list) or len(rows) > MAX_ITEMS:
        raise UsageError(f"a basket holds a list of at most {MAX_ITEMS} items")
    items = []
    for row in rows:
        if not (isinstance(row, list) and len(row) == 4 and isinstance(row[0], str) and _DOC_ID.match(row[0])
                and isinstance(row[1], int) and not isinstance(row[1], bool) and 1 <= row[1] <= 100_000
                and isinstance(row[2], str) and len(row[2]) <= MAX_QUERY
                and isinstance(row[3], str) and len(row[3]) <= MAX_NOTE):
            raise UsageError("this basket link is damaged; ask for a new one")
        items.append(BasketItem(row[0], row[1], row[2], row[3]))
    return items


def from_cookie(request) -> list[BasketItem]:
    try:
        return decode(request.cookies.get(COOKIE))
    except UsageError:
        return []
