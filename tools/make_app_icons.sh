#!/usr/bin/env bash
# Rebuild the PNG icons of the install manifest from the site's own SVG icon (site/static/img/favicon.svg);
# the output is committed. Older Android only offers to install a site whose manifest lists PNG icons of
# 192 and 512 pixels. The maskable icon (and Apple's, which iOS crops itself) fills the whole square with
# the orange background and keeps the drawing inside the safe zone (the central circle of 80 %).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). Usage: tools/make_app_icons.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
IMG="$ROOT/site/static/img"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Full bleed: a square background without rounded corners and 3 units of margin around the 32-unit drawing,
# so that its farthest corner (13.5 units from the centre) stays inside the safe circle (0.4 × 38 = 15.2).
sed -e 's|viewBox="0 0 32 32"|viewBox="-3 -3 38 38"|' \
    -e 's|<rect width="32" height="32" rx="8" fill="#f2a516"/>|<rect x="-3" y="-3" width="38" height="38" fill="#f2a516"/>|' \
    "$IMG/favicon.svg" > "$WORK/maskable.svg"
grep -q 'viewBox="-3 -3 38 38"' "$WORK/maskable.svg" && grep -q 'width="38"' "$WORK/maskable.svg" \
  || { echo "favicon.svg changed shape: update the sed lines of $0" >&2; exit 1; }
for size in 192 512; do
  rsvg-convert --width "$size" --height "$size" "$IMG/favicon.svg" -o "$IMG/icon-$size.png"
done
rsvg-convert --width 512 --height 512 "$WORK/maskable.svg" -o "$IMG/icon-maskable-512.png"
rsvg-convert --width 180 --height 180 --background-color "#f2a516" "$WORK/maskable.svg" -o "$IMG/apple-touch-icon.png"
echo "icons written in ${IMG#"$ROOT"/}: icon-192.png icon-512.png icon-maskable-512.png apple-touch-icon.png"
