#!/usr/bin/env bash
# Regenerate docs/digest-synthetic.png: the HTML digest of the SYNTHETIC test records in tests/fixtures
# (not real studies), with a banner saying so drawn into the image itself. Needs headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ldn-lit --db "$tmp/synthetic.db" -q import tests/fixtures/*
ldn-lit --db "$tmp/synthetic.db" -q digest --from 2024-12-01 --to 2025-01-31 --format html -o "$tmp/digest.html"
banner='<div style="background:#b00020;color:#fff;font:bold 18px sans-serif;padding:10px;text-align:center">SYNTHETIC TEST RECORDS (tests/fixtures), NOT REAL STUDIES: an illustration of the layout only</div>'
python - "$tmp/digest.html" "$banner" <<'PY'
import sys
path, banner = sys.argv[1], sys.argv[2]
html = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(html.replace("<body>", "<body>" + banner, 1))
PY
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=820,1050 \
  --screenshot="$PWD/docs/digest-synthetic.png" "file://$tmp/digest.html" 2>/dev/null
