#!/usr/bin/env bash
# `npm test`: installs what the tests need on a Debian/Ubuntu machine (system packages, then the
# npm modules from the lock file), builds, type-checks, lints, runs the unit and end-to-end tests,
# and prints one line `tests: N passed, M failed`. Exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 DEBIAN_FRONTEND=noninteractive

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q LiberationSerif || need+=(fonts-liberation2)
if ((${#need[@]})); then
  echo "Installing system packages: ${need[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Missing system packages (${need[*]}) and no root: install them, then run again." >&2
      exit 1
    fi
  fi
  $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || {
    echo "apt-get install failed" >&2
    exit 1
  }
fi

npm ci --no-audit --no-fund || exit 1

rm -rf .ci-out && mkdir -p .ci-out
steps_failed=0
step() {
  local name=$1
  shift
  echo "── $name"
  if ! "$@"; then
    echo "✗ $name failed" >&2
    steps_failed=$((steps_failed + 1))
  fi
}

step build npx electron-vite build
step typecheck npm run -s typecheck
step lint npx eslint .
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile=.ci-out/unit.json
step "end-to-end tests" npx vitest run --config vitest.e2e.config.mts --reporter=default --reporter=json --outputFile=.ci-out/e2e.json

node -e '
const fs = require("fs")
let passed = 0, failed = 0
for (const file of [".ci-out/unit.json", ".ci-out/e2e.json"]) {
  if (!fs.existsSync(file)) { failed++; console.error("no results: " + file); continue }
  const report = JSON.parse(fs.readFileSync(file, "utf8"))
  passed += report.numPassedTests
  failed += report.numFailedTests
  if (report.numTotalTests === 0) { failed++; console.error("no tests ran: " + file) }
}
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
'
summary=$?
if [ "$steps_failed" -ne 0 ] || [ "$summary" -ne 0 ]; then exit 1; fi
