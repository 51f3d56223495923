#!/usr/bin/env bash
# Lighthouse (mobile preset) on the home, an actor, a quote and the timeline page of the built site, served over
# local HTTP as GitHub Pages would serve it. Prints one line of scores per page. Needs npm and /usr/bin/chromium.
#   bash benchmarks/lighthouse.sh [site folder, default output/]
set -euo pipefail
cd "$(dirname "$0")/.."
site=$(realpath "${1:-output}")
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund lighthouse@12 >/dev/null 2>&1)
port=8788
(cd "$site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
sleep 1

pages=(index.html actors/hassan-rouhani.html quotes/abdul-mahdi-requests-delegates-for-withdrawal.html timeline.html)
echo "| page | performance | accessibility | best practices | SEO |"
echo "|---|---|---|---|---|"
for page in "${pages[@]}"; do
  report="$work/report.json"
  CHROME_PATH=/usr/bin/chromium "$work/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet \
    --form-factor=mobile --chrome-flags="--headless=new --no-sandbox --disable-gpu" --output=json --output-path="$report" >/dev/null 2>&1
  python3 - "$page" "$report" <<'PY'
import json, sys
categories = json.load(open(sys.argv[2]))["categories"]
scores = [round(categories[c]["score"] * 100) for c in ("performance", "accessibility", "best-practices", "seo")]
print(f"| `{sys.argv[1]}` | " + " | ".join(map(str, scores)) + " |")
PY
done
