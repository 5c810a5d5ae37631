#!/usr/bin/env bash
# Runs every check and test: lint, typecheck, the data check, the production build, then the unit, component and
# end-to-end tests (Vitest projects). Ends with one line "N passed, M failed" over all of them.
set -u
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/tmp/apt-chromium.log 2>&1 \
      || { echo "apt-get install chromium failed; see /tmp/apt-chromium.log"; exit 1; }
  else
    echo "The browser tests need Debian's chromium: run  sudo apt-get install -y chromium  and try again."
    exit 1
  fi
fi
[ -d node_modules ] || npm ci --no-audit --no-fund

mkdir -p test-results
checks_passed=0
checks_failed=0
run_check() {
  local name=$1; shift
  echo "── $name: $*"
  if "$@"; then checks_passed=$((checks_passed + 1)); else checks_failed=$((checks_failed + 1)); echo "✗ $name failed"; fi
}
run_check lint npm run --silent lint
run_check typecheck npm run --silent typecheck
run_check check:geo npm run --silent check:geo
run_check build npx vite build --logLevel warn

rm -f test-results/vitest.json
if [ -f dist/index.html ]; then
  npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
else
  echo "No build: running unit and component tests only."
  npx vitest run --project unit --project component --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
fi
vitest_rc=$?

node scripts/summarise-results.mjs test-results/vitest.json "$checks_passed" "$checks_failed" "$vitest_rc"
