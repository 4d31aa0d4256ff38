#!/usr/bin/env bash
# Renders resources/icon.svg to resources/icon.png (1024×1024, transparent corners) with headless Chromium,
# which draws the SVG's gradient and transforms exactly (ImageMagick's built-in SVG reader does not).
# electron-builder makes the .icns, .ico and Linux icon sizes from that PNG.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chromium="${BULLETIN_CHROMIUM:-/usr/bin/chromium}"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=1024,1024 --screenshot="$root/resources/icon.png" "file://$root/resources/icon.svg" 2>/dev/null
