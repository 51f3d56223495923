#!/usr/bin/env bash
# How good `dossier draft`'s proposals are: re-drafts this dossier from seeds/ alone (nothing known) and compares the
# proposals with the curated content/ — the share of curated quotations found, of those with the right speaker, of
# confident proposals (>= 0.5) that are curated, and of joins found when each article is left out in turn. Prints
# the misses after the figures. Nothing here is a test; docs/drafting.md records the last run.
#
#   bash benchmarks/draft_accuracy.sh            # this repository's dossier
#   bash benchmarks/draft_accuracy.sh path/to/dossier
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOSSIER="${1:-$ROOT}"
dotnet run --project "$ROOT/benchmarks/Dossier.DraftAccuracy" -c Release -- "$DOSSIER"
