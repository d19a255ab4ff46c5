#!/usr/bin/env bash
# Refresh the vendored H5P player (npm package h5p-standalone, MIT) in site/static/h5p-standalone/.
# The package's preinstall script refuses npm, so it is fetched with `npm pack --ignore-scripts` and
# only its built dist/ folder and licence are kept. Usage: tools/vendor_h5p_standalone.sh [VERSION]
set -euo pipefail
VERSION="${1:-3.8.2}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/site/static/h5p-standalone"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack "h5p-standalone@${VERSION}" --ignore-scripts --silent >/dev/null && tar xzf h5p-standalone-*.tgz)
rm -rf "$OUT"
mkdir -p "$OUT"
cp -r "$WORK/package/dist/." "$OUT/"
rm -f "$OUT/h5p.d.ts"
cp "$WORK/package/LICENSE" "$OUT/LICENSE"
echo "h5p-standalone ${VERSION}" > "$OUT/VERSION"
echo "h5p-standalone ${VERSION} vendored in ${OUT#"$ROOT"/}"
