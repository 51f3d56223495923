#!/usr/bin/env bash
# Times the whole `build` process of the published CLI: start-up (--help) and the repository's own dossier
# (plain, ReadyToRun, and Native AOT as the `dossier` tool ships it), and generated dossiers of 1,000, 5,000 and 20,000 articles (a first build, and a rebuild with nothing
# changed); times `serve` from one saved YAML file to the pages' reload (benchmarks/serve_reload.py) for the
# repository's dossier and 5,000 articles; measures the HTML pages' sizes at each size (the largest, the 99th
# percentile, how many weigh over 500 KB); writes the tables into docs/performance.md (between the results
# markers) and the plot docs/performance.svg.
#
#   bash benchmarks/run.sh                 # everything (about 15 minutes on 2 cores)
#   SIZES="1000 5000" RUNS=1 bash benchmarks/run.sh
#   STAGES=1 bash benchmarks/run.sh        # also run the BenchmarkDotNet stage benchmarks (load, validate, resolve, render)
#
# Each timing is the median of RUNS runs (by wall time), measured with /usr/bin/time -v. Every first build
# writes into a folder of its own that does not exist yet; nothing is deleted until the script ends, because
# deleting tens of thousands of files just before a build makes ext4 without a journal (as on this machine)
# scan the freed inodes on every file created for the next minute or so, which would measure the disk's
# bookkeeping rather than the build. Nothing here is a test: numbers depend on the machine and its load.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${SIZES:-1000 5000 20000}"
RUNS="${RUNS:-3}"
RUNS_LARGE="${RUNS_LARGE:-$RUNS}"   # runs for sizes of 20,000 articles and more
SEED="${SEED:-42}"
SERVE_SIZES="${SERVE_SIZES:-5000 20000}"  # the generated dossiers whose serve reload time is recorded too ("" for none)
SERVE_EDITS="${SERVE_EDITS:-20}"   # edits timed per dossier in serve: the median of them is the figure
STAGES="${STAGES:-0}"
DOC="$ROOT/docs/performance.md"
SVG="$ROOT/docs/performance.svg"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3 (apt-get install python3)" >&2; exit 2; }

echo "== publishing the CLI (plain, ReadyToRun, and Native AOT) and the generator"
dotnet publish src/Dossier.Cli -c Release -p:PublishAot=false -o "$WORK/plain" >"$WORK/publish.log" 2>&1
dotnet publish src/Dossier.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true \
  -o "$WORK/r2r" >>"$WORK/publish.log" 2>&1
dotnet publish src/Dossier.Cli -c Release -r linux-x64 -o "$WORK/aot" >>"$WORK/publish.log" 2>&1
dotnet build tools/Dossier.Synth -c Release -o "$WORK/synth" >>"$WORK/publish.log" 2>&1

# measure NAME DIR -- COMMAND...: runs COMMAND in DIR RUNS times, with $SITE a new folder each time (or
# KEEP_SITE=1: the folder of the run before); appends the median run to $WORK/results:
# name wall_s cpu_s rss_mb pages exit
SITES=0
measure() {
  local name="$1" dir="$2" runs="${RUNS_NOW:-$RUNS}"; shift 3
  : >"$WORK/runs"
  for _ in $(seq "$runs"); do
    [ "${KEEP_SITE:-0}" = 1 ] || { SITES=$((SITES + 1)); SITE="$WORK/site-$SITES"; }
    local status=0 out=()
    [[ " $* " == *" build "* ]] && out=(--out "$SITE")
    (cd "$dir" && /usr/bin/time -v -o "$WORK/time" "$@" "${out[@]}" >"$WORK/out" 2>&1) || status=$?
    awk -v status="$status" -v pages="$(grep -o 'Built [0-9]* pages' "$WORK/out" | grep -o '[0-9]*' || echo 0)" '
      /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }
      /User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident set size/ { rss = $NF / 1024 }
      END { printf "%.2f %.2f %.0f %s %s\n", wall, user + sys, rss, (pages == "" ? 0 : pages), status }' "$WORK/time" >>"$WORK/runs"
  done
  echo "$name $(sort -n "$WORK/runs" | awk -v m="$(( (runs + 1) / 2 ))" 'NR == m')" | tee -a "$WORK/results"
}

: >"$WORK/results"
echo "== start-up and the repository's dossier"
for variant in plain r2r aot; do
  measure "help-$variant" "$ROOT" -- "$WORK/$variant/Dossier.Cli" --help
  measure "seed-$variant" "$ROOT" -- "$WORK/$variant/Dossier.Cli" build
done

: >"$WORK/checks"
: >"$WORK/stages"
: >"$WORK/pagesizes"
: >"$WORK/offline"
for n in $SIZES; do
  echo "== $n articles"
  dotnet "$WORK/synth/Dossier.Synth.dll" --articles "$n" --seed "$SEED" --out "$WORK/synth-$n" >/dev/null
  files="$(find "$WORK/synth-$n" -type f | wc -l)"
  site="--templates $ROOT/templates"
  check="$(cd "$WORK/synth-$n" && "$WORK/r2r/Dossier.Cli" check --strict --templates "$ROOT/templates" 2>&1 | tail -1 || true)"
  echo "$n $files $check" >>"$WORK/checks"
  RUNS_NOW="$RUNS"; [ "$n" -ge 20000 ] && RUNS_NOW="$RUNS_LARGE"
  if [ "$n" -le 1000 ]; then RUNS_NOW="$RUNS_NOW" measure "synth$n-plain" "$WORK/synth-$n" -- "$WORK/plain/Dossier.Cli" build $site; fi
  RUNS_NOW="$RUNS_NOW" measure "synth$n-r2r" "$WORK/synth-$n" -- "$WORK/r2r/Dossier.Cli" build $site
  KEEP_SITE=1 RUNS_NOW=1 measure "rebuild$n-r2r" "$WORK/synth-$n" -- "$WORK/r2r/Dossier.Cli" build $site
  # Stage by stage: one more first build, with the CLI's own clock.
  SITES=$((SITES + 1))
  (cd "$WORK/synth-$n" && "$WORK/r2r/Dossier.Cli" build $site --timings --out "$WORK/site-$SITES" | tail -2 | paste -sd ' ' | sed "s/^/$n articles: /") >>"$WORK/stages"
  # ---- page sizes (issue 13, light pages at any size) -------------------------------------------------------
  # Of that build's HTML pages: the largest, the 99th percentile (nearest rank), and those over 500 KB (500,000
  # bytes, the most a page may weigh), the five heaviest of them named. Appends to $WORK/pagesizes:
  # articles pages largest_bytes largest_page p99_bytes over_count over_pages
  find "$WORK/site-$SITES" -name '*.html' -printf '%s %P\n' | sort -k1,1n -k2,2 | awk -v n="$n" '
    { size[NR] = $1; page[NR] = $2; if ($1 > 500000) over++ }
    END { rank = int(NR * 99 / 100); if (rank < NR * 99 / 100) rank++
          for (i = NR; i > NR - 5 && i > NR - over; i--) heavy = heavy (i < NR ? "," : "") page[i]
          printf "%s %d %d %s %d %d %s\n", n, NR, size[NR], page[NR], size[rank], over, (over ? heavy : "-") }' | tee -a "$WORK/pagesizes"
  # The offline copies (issue 16): the site's bytes without its archive, the archive's and the EPUB's. Appends to
  # $WORK/offline: articles site_bytes zip_bytes epub_bytes
  echo "$n $(find "$WORK/site-$SITES" -type f ! -name dossier.zip -printf '%s\n' | awk '{ s += $1 } END { print s }') $(stat -c %s "$WORK/site-$SITES/dossier.zip") $(stat -c %s "$WORK/site-$SITES/dossier.epub")" | tee -a "$WORK/offline"
  # ---- end of page sizes ---------------------------------------------------------------------------------------
done

echo "== serve: from one saved YAML file to the reload"
: >"$WORK/serve"
echo "repository dossier: $(python3 benchmarks/serve_reload.py --cli "$WORK/aot/Dossier.Cli" --dossier "$ROOT" --templates "$ROOT/templates" --edits "$SERVE_EDITS")" | tee -a "$WORK/serve"
for n in $SERVE_SIZES; do
  [ -d "$WORK/synth-$n" ] || continue
  echo "$n articles: $(python3 benchmarks/serve_reload.py --cli "$WORK/aot/Dossier.Cli" --dossier "$WORK/synth-$n" --templates "$ROOT/templates" --edits "$SERVE_EDITS")" | tee -a "$WORK/serve"
done

if [ "$STAGES" = 1 ]; then
  echo "== stage benchmarks (BenchmarkDotNet, 1,000 articles)"
  dotnet run -c Release --project benchmarks/Dossier.Benchmarks -- --filter '*' --artifacts "$WORK/bdn" --exporters github >"$WORK/bdn.log" 2>&1
  cp "$(find "$WORK/bdn" -name '*-report-github.md' | head -1)" "$WORK/stages.md"
fi

echo "== writing $DOC and $SVG"
machine="$(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/ { print $2 }') GiB memory, .NET SDK $(dotnet --version), $(uname -sr)"
{
  echo "Measured $(date -u +%Y-%m-%d) by \`bash benchmarks/run.sh\` (RUNS=$RUNS, RUNS_LARGE=$RUNS_LARGE; median by wall time) on $machine."
  echo "Load average when the script finished: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times)."
  echo
  echo "| what | CLI publish | articles | pages | wall s | CPU s (user+sys) | peak RSS MiB | pages/s | exit |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  while read -r name wall cpu rss pages status; do
    case "$name" in
      help-*) what="start-up (\`--help\`)"; articles="" ;;
      seed-*) what="repository dossier (\`build\` in the repo)"; articles="$(find content/articles -name '*.yml' | wc -l)" ;;
      synth*) what="generated dossier"; articles="${name#synth}"; articles="${articles%-*}" ;;
      rebuild*) what="rebuild, nothing changed"; articles="${name#rebuild}"; articles="${articles%-*}" ;;
    esac
    case "${name##*-}" in r2r) variant="ReadyToRun" ;; aot) variant="Native AOT (the tool)" ;; *) variant="plain" ;; esac
    rate="$(awk -v p="$pages" -v w="$wall" 'BEGIN { if (p > 0 && w > 0) printf "%.0f", p / w }')"
    echo "| $what | $variant | $articles | ${pages/#0/} | $wall | $cpu | $rss | $rate | $status |"
  done <"$WORK/results"
  echo
  echo "Generated dossiers (\`tools/Dossier.Synth --seed $SEED\`): files written, and \`check --strict\` on them:"
  echo
  while read -r n files check; do echo "- $n articles: $files files; $check"; done <"$WORK/checks"
  echo
  echo "Stage by stage (ReadyToRun, \`build --timings\`: wall ms, CPU ms on all cores, memory allocated; then the runtime's JIT and GC totals), one first build of each size:"
  echo
  sed 's/^/- /' "$WORK/stages"
  echo
  # ---- page sizes (issue 13, light pages at any size) -------------------------------------------------------
  echo "Page sizes, over the HTML pages of the stage-by-stage first build of each size (KB = 1,000 bytes; a page may weigh at most 500 KB):"
  echo
  echo "| articles | HTML pages | largest page | its size KB | 99th percentile KB | pages over 500 KB |"
  echo "|---:|---:|---|---:|---:|---|"
  while read -r n pages largest page p99 over heavy; do
    [ "$over" = 0 ] && heavy="" || heavy=" (${heavy//,/, }$([ "$over" -gt 5 ] && echo ", ..."))"
    echo "| $n | $pages | \`$page\` | $(awk -v b="$largest" 'BEGIN { printf "%.0f", b / 1000 }') | $(awk -v b="$p99" 'BEGIN { printf "%.0f", b / 1000 }') | $over$heavy |"
  done <"$WORK/pagesizes"
  echo
  echo "Offline copies, of the same builds (MB = 1,000,000 bytes): the site without its archive, \`dossier.zip\` and \`dossier.epub\`:"
  echo
  echo "| articles | site MB | dossier.zip MB | of the site | dossier.epub KB |"
  echo "|---:|---:|---:|---:|---:|"
  while read -r n site zip epub; do
    echo "| $n | $(awk -v b="$site" 'BEGIN { printf "%.1f", b / 1e6 }') | $(awk -v b="$zip" 'BEGIN { printf "%.1f", b / 1e6 }') | $(awk -v a="$zip" -v b="$site" 'BEGIN { printf "%.0f%%", 100 * a / b }') | $(awk -v b="$epub" 'BEGIN { printf "%.0f", b / 1000 }') |"
  done <"$WORK/offline"
  echo
  # ---- end of page sizes ---------------------------------------------------------------------------------------
  echo "\`serve\` (the Native AOT binary the tool installs), median time from saving one actor's YAML file to the reload event (\`benchmarks/serve_reload.py\`):"
  echo
  sed 's/^/- /' "$WORK/serve"
  if [ -f "$WORK/stages.md" ]; then
    echo
    echo "Stage benchmarks (\`dotnet run -c Release --project benchmarks/Dossier.Benchmarks -- --filter '*'\`):"
    echo
    sed -n '/^|/,$p' "$WORK/stages.md"
  fi
} >"$WORK/section.md"

# ==== search: the index's shards and the time to first results ==== (one block; appends to the results section)
# One more build of each generated dossier; for each, the search index's shards (how many, the largest) and how
# long search.html takes to answer in headless Chromium over file:// (benchmarks/search_latency.py). Skipped
# without /usr/bin/chromium.
if [ -x /usr/bin/chromium ]; then
  echo "== search: index shards and time to first results"
  : >"$WORK/search"
  for n in $SIZES; do
    (cd "$WORK/synth-$n" && "$WORK/r2r/Dossier.Cli" build --templates "$ROOT/templates" --out "$WORK/search-$n" >/dev/null)
    python3 benchmarks/search_latency.py --site "$WORK/search-$n" 2>&1 | sed "s/^/$n articles: /" | tee -a "$WORK/search" || true
  done
  {
    echo
    echo "Search (\`benchmarks/search_latency.py\`, headless Chromium over file://): the index's shards, and from the last key typed (or from opening \`search.html?q=\`) to the first results (names, from the first shard) and to the complete ones (every shard loaded and searched):"
    echo
    sed 's/^/- /' "$WORK/search"
  } >>"$WORK/section.md"
fi
# ==== end of search ====

awk -v section="$WORK/section.md" '
  /<!-- results:begin -->/ { print; while ((getline line < section) > 0) print line; skip = 1; next }
  /<!-- results:end -->/ { skip = 0 }
  !skip' "$DOC" >"$WORK/doc.md"
cp "$WORK/doc.md" "$DOC"

# The plot: wall time against articles for the generated dossiers (ReadyToRun), CPU time dashed, targets as crosses.
grep -E '^synth[0-9]+-r2r ' "$WORK/results" | sed -E 's/^synth([0-9]+)-r2r /\1 /' | sort -n | awk '
  BEGIN { w = 640; h = 400; left = 64; right = 24; top = 40; bottom = 56 }
  { n[NR] = $1; wall[NR] = $2; cpu[NR] = $3; count = NR; if ($1 > xmax) xmax = $1; if ($2 > ymax) ymax = $2; if ($3 > ymax) ymax = $3 }
  function x(v) { return left + (w - left - right) * v / xmax }
  function y(v) { return h - bottom - (h - top - bottom) * v / ymax }
  function nice(v,  p, i, m) { p = 10 ^ int(log(v) / log(10)); split("1 1.2 1.5 2 2.5 3 4 5 6 8 10", m, " "); for (i = 1; m[i] * p < v; i++); return m[i] * p }
  END {
    if (count == 0) exit
    if (40 > ymax && xmax >= 20000) ymax = 40
    ymax = nice(ymax * 1.05); xmax = nice(xmax)
    printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", w, h, w, h
    printf "<title>Build time against dossier size</title>\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
    printf "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">dossier build: seconds against articles (2 cores)</text>\n", left
    for (i = 0; i <= 5; i++) {
      yv = ymax * i / 5; xv = xmax * i / 5
      printf "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", left, w - right, y(yv), y(yv)
      printf "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%g</text>\n", left - 6, y(yv) + 4, yv
      printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%g</text>\n", x(xv), h - bottom + 18, xv
    }
    printf "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", left, w - right, h - bottom, h - bottom
    printf "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"black\"/>\n", left, left, top, h - bottom
    printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">articles</text>\n", (left + w - right) / 2, h - 14
    printf "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">seconds</text>\n", (top + h - bottom) / 2
    wallpts = "" ; cpupts = ""
    for (i = 1; i <= count; i++) { wallpts = wallpts sprintf("%.1f,%.1f ", x(n[i]), y(wall[i])); cpupts = cpupts sprintf("%.1f,%.1f ", x(n[i]), y(cpu[i])) }
    printf "<polyline points=\"%s\" fill=\"none\" stroke=\"#888\" stroke-dasharray=\"5 4\" stroke-width=\"2\"/>\n", cpupts
    printf "<polyline points=\"%s\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"/>\n", wallpts
    split("5000 8 20000 40", t, " ")
    for (i = 1; i <= count; i++) {
      printf "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f5fa8\"/>\n", x(n[i]), y(wall[i])
      # Above the point, or below it where the target of the same size would be written over it.
      below = 0
      for (j = 1; j <= 3; j += 2) if (t[j] == n[i] && y(wall[i]) - y(t[j + 1]) > 0 && y(wall[i]) - y(t[j + 1]) < 24) below = 1
      printf "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.1f s</text>\n", x(n[i]) - 8, y(wall[i]) + (below ? 20 : -8), wall[i]
    }
    for (i = 1; i <= 3; i += 2) if (t[i] <= xmax && t[i + 1] <= ymax) {
      printf "<path d=\"M%.1f %.1f l8 8 m0 -8 l-8 8\" transform=\"translate(-4 -4)\" stroke=\"#c0392b\" stroke-width=\"2\"/>\n", x(t[i]), y(t[i + 1])
      printf "<text x=\"%.1f\" y=\"%.1f\" fill=\"#c0392b\" text-anchor=\"%s\">target %g s</text>\n", x(t[i]) + (t[i] < xmax ? 8 : -8), y(t[i + 1]) + 4, (t[i] < xmax ? "start" : "end"), t[i + 1]
    }
    printf "<g transform=\"translate(%d %d)\"><line x2=\"24\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"/><text x=\"30\" y=\"4\">wall time</text>", left + 16, top + 12
    printf "<line y1=\"18\" y2=\"18\" x2=\"24\" stroke=\"#888\" stroke-dasharray=\"5 4\" stroke-width=\"2\"/><text x=\"30\" y=\"22\">CPU time (user + sys)</text></g>\n"
    printf "</svg>\n"
  }' >"$SVG"

echo "== done"
cat "$WORK/results"
