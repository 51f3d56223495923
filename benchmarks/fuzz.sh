#!/usr/bin/env bash
# The whole-build fuzz test (tests/Dossier.Tests/Diagnostics/BuildFuzzTests.cs) run long: mutated copies of the
# mini dossier's content and seeds built over the output/ of its good build, each checked for no exception, an
# untouched output/ after a failed build, and no broken link and a rebuild equal to a fresh build after a good one.
# Prints how the cases ended (failed / built), the count, the seconds and cases/s; a failure prints the smallest
# case CsCheck shrank it to and the seed that replays it. docs/performance.md records the last long run.
#
#   bash benchmarks/fuzz.sh                     # 100,000 cases (hours on 2 cores)
#   bash benchmarks/fuzz.sh 5000                # 5,000 cases
#   SECONDS_LIMIT=1800 bash benchmarks/fuzz.sh  # as many cases as fit in half an hour
#   CsCheck_Seed=<seed> bash benchmarks/fuzz.sh 1   # replays a failure
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CASES="${1:-100000}"
if [ -n "${SECONDS_LIMIT:-}" ]; then export CsCheck_Time="$SECONDS_LIMIT"; else export CsCheck_Iter="$CASES"; fi
dotnet test "$ROOT/tests/Dossier.Tests" -c Release --filter "FullyQualifiedName~Dossier.Tests.Diagnostics.BuildFuzzTests" \
  --logger "console;verbosity=detailed" 2>&1 | grep -v '^\[xUnit' 
