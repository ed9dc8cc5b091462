#!/usr/bin/env bash
# Re-creates metp/web/static/vendor/ from the npm registry, at the exact versions below.
#
#   scripts/vendor_web_assets.sh            # (re)write the vendored files and VENDORED.md
#   scripts/vendor_web_assets.sh --check    # fail if the committed files differ from npm's
#
# Only `npm pack` is used: it downloads the package tarball and runs none of its scripts.
# Each tarball's sha512 is checked against the integrity pinned here, so a re-run either
# writes byte-identical files or stops. The web UI loads these files from its own static
# route; nothing is fetched at run time.
#
# To move to a new version: change the version and set its integrity to the value that
# `npm view PACKAGE@VERSION dist.integrity` prints, run this script, read the diff.
set -euo pipefail

HTMX_VERSION=2.0.11
HTMX_INTEGRITY=sha512-Thx/WtpeOQqSrqBCw/A1cwGJGg4UrVa3+sW0GmrM3p4gJgO89ecH4qtbnyzDDWFvBTqjnIMCgELTNt636dtamA==
OSD_VERSION=6.1.1
OSD_INTEGRITY=sha512-g4iKe2q8B642SaBT3+x4ZF3/8b1TxPPydyjmtrOLgDrlYWMKd9ZXM+1Cb/xa9DVySkvs/7l6HR1nHKfD5F3Tsw==
AXE_VERSION=4.14.1
AXE_INTEGRITY=sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/metp/web/static/vendor"
CHECK=0
[ "${1:-}" = "--check" ] && CHECK=1

command -v npm >/dev/null || { echo "npm is needed (Debian: apt-get install npm)" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/metp-vendor.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# fetch NAME VERSION INTEGRITY -> unpacks into $WORK/NAME/package
fetch() {
    local name=$1 version=$2 integrity=$3 json got tgz
    json="$(cd "$WORK" && npm pack --json --silent "$name@$version")"
    got="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])[0]["integrity"])' "$json")"
    tgz="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])[0]["filename"])' "$json")"
    if [ "$got" != "$integrity" ]; then
        echo "$name@$version: tarball integrity $got, expected $integrity" >&2
        exit 1
    fi
    mkdir -p "$WORK/$name"
    tar -xzf "$WORK/$tgz" -C "$WORK/$name"
    echo "$tgz"
}

HTMX_TGZ="$(fetch htmx.org "$HTMX_VERSION" "$HTMX_INTEGRITY")"
OSD_TGZ="$(fetch openseadragon "$OSD_VERSION" "$OSD_INTEGRITY")"
AXE_TGZ="$(fetch axe-core "$AXE_VERSION" "$AXE_INTEGRITY")"

OUT="$WORK/vendor"
mkdir -p "$OUT/openseadragon/images"
H="$WORK/htmx.org/package"
O="$WORK/openseadragon/package/build/openseadragon"
A="$WORK/axe-core/package"

cp "$H/dist/htmx.min.js" "$OUT/htmx.min.js"
cp "$H/LICENSE" "$OUT/htmx.LICENSE"

cp "$O/openseadragon.min.js" "$OUT/openseadragon.min.js"
cp "$O/openseadragon.min.js.map" "$OUT/openseadragon.min.js.map"   # named by the file's sourceMappingURL
cp "$O"/images/*.png "$OUT/openseadragon/images/"
cp "$WORK/openseadragon/package/LICENSE.txt" "$OUT/openseadragon.LICENSE"

cp "$A/axe.min.js" "$OUT/axe.min.js"
cp "$A/LICENSE" "$OUT/axe-core.LICENSE"
cp "$A/LICENSE-3RD-PARTY.txt" "$OUT/axe-core.LICENSE-3RD-PARTY.txt"   # code bundled in axe.min.js

# The versions the files say they are, so a wrong file cannot pass for a pinned one.
grep -q "version:\"$HTMX_VERSION\"" "$OUT/htmx.min.js" || { echo "htmx.min.js is not $HTMX_VERSION" >&2; exit 1; }
grep -q "^//! openseadragon $OSD_VERSION\$" "$OUT/openseadragon.min.js" || { echo "openseadragon.min.js is not $OSD_VERSION" >&2; exit 1; }
head -1 "$OUT/axe.min.js" | grep -q "axe v$AXE_VERSION\$" || { echo "axe.min.js is not $AXE_VERSION" >&2; exit 1; }

# OpenSeadragon's Viewer adds one <style> element of its own (a focus rule for touch screens).
# A CSP without style-src 'unsafe-inline' refuses it unless style-src lists its hash.
OSD_STYLE_HASH="$(python3 - "$OUT/openseadragon.min.js" <<'PY'
import base64, hashlib, re, sys
m = re.search(r'data-openseadragon-mobile-css[^;]*;[^;]*?textContent="([^"]*)"', open(sys.argv[1], encoding="utf-8").read())
print("'sha256-%s'" % base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode() if m else "")
PY
)"
[ -n "$OSD_STYLE_HASH" ] || { echo "openseadragon.min.js adds no mobile-css <style> any more: update the CSP note below" >&2; exit 1; }

license() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["license"])' "$1/package.json"; }
HTMX_LICENSE="$(license "$H")"
OSD_LICENSE="$(license "$WORK/openseadragon/package")"
AXE_LICENSE="$(license "$A")"

{
cat <<EOF
# Vendored web assets

Written by \`scripts/vendor_web_assets.sh\`; do not edit by hand. The web UI serves these
files from its own static route (the machine running metp may be offline), so no page
loads anything from another host.

| package | version | source (npm tarball) | licence | files |
|---|---|---|---|---|
| htmx.org | $HTMX_VERSION | \`$HTMX_TGZ\` | $HTMX_LICENSE (\`htmx.LICENSE\`) | \`htmx.min.js\` (from \`dist/\`) |
| openseadragon | $OSD_VERSION | \`$OSD_TGZ\` | $OSD_LICENSE (\`openseadragon.LICENSE\`) | \`openseadragon.min.js\`, \`openseadragon.min.js.map\`, \`openseadragon/images/*.png\` (from \`build/openseadragon/\`) |
| axe-core | $AXE_VERSION | \`$AXE_TGZ\` | $AXE_LICENSE (\`axe-core.LICENSE\`; bundled third-party code: \`axe-core.LICENSE-3RD-PARTY.txt\`) | \`axe.min.js\` |

Tarball integrity (npm's sha512, checked by the script):

- \`$HTMX_TGZ\`: \`$HTMX_INTEGRITY\`
- \`$OSD_TGZ\`: \`$OSD_INTEGRITY\`
- \`$AXE_TGZ\`: \`$AXE_INTEGRITY\`

Notes for the web app:

- OpenSeadragon looks for its button images under \`prefixUrl\`; with the static files
  mounted at \`/static\`, create viewers with \`prefixUrl: "/static/vendor/openseadragon/images/"\`
  (the trailing slash matters).
- A strict CSP (\`default-src 'self'; script-src 'self'\`, no \`'unsafe-inline'\`) refuses the
  \`<style>\` elements both libraries add at run time, each a console error
  (\`tests/test_browser_harness.py\` shows both):
  - htmx adds one for its request indicators unless told not to: pages set
    \`<meta name="htmx-config" content='{"includeIndicatorStyles": false}'>\` and ship the
    \`.htmx-indicator\` rules in their own stylesheet.
  - OpenSeadragon's Viewer adds one (\`style[data-openseadragon-mobile-css]\`, a focus rule for
    touch screens) and has no option to skip it: allow exactly that one by its hash,
    \`style-src 'self' $OSD_STYLE_HASH\` (the hash changes if the rule does; this script
    recomputes it).
- Inline scripts are refused too: page scripts are files under \`/static\`, and read their
  settings from \`data-\` attributes.
- \`axe.min.js\` is for tests (\`tests/browser.py\` injects it); pages never load it.

## sha256

| file | bytes | sha256 |
|---|---:|---|
EOF
(cd "$OUT" && find . -type f | LC_ALL=C sort | sed 's|^\./||' | while read -r f; do
    printf '| `%s` | %s | `%s` |\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
done)
} > "$WORK/VENDORED.md"
mv "$WORK/VENDORED.md" "$OUT/VENDORED.md"

if [ "$CHECK" = 1 ]; then
    if diff -r "$OUT" "$DEST" >/dev/null; then
        echo "metp/web/static/vendor matches npm's $HTMX_TGZ $OSD_TGZ $AXE_TGZ"
    else
        diff -rq "$OUT" "$DEST" >&2 || true
        echo "metp/web/static/vendor differs from what this script makes" >&2
        exit 1
    fi
else
    rm -rf "$DEST"
    mkdir -p "$(dirname "$DEST")"
    cp -r "$OUT" "$DEST"
    echo "wrote $DEST ($(find "$DEST" -type f | wc -l) files)"
fi
