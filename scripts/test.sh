#!/usr/bin/env bash
# Run every test: install what is missing, build, type-check, lint, the size budgets, the example apps
# (examples/, in Chromium), then the browser tests in Chromium, Firefox ESR and WebKitGTK. The last
# line of output is always `N passed, N failed`, counting all three.
# BROWSERS=chromium,firefox,webkit (any subset) restricts the browser tests; EXAMPLES=0 skips the examples.
set -uo pipefail
cd "$(dirname "$0")/.."

fail() { # message
  echo "test.sh: $*" >&2
  echo
  echo "0 passed, 1 failed"
  exit 1
}

step() { # name, command...
  local name=$1; shift
  echo "==> $name"
  "$@" || fail "step failed: $name"
}

# 1. Node >= 20
command -v node >/dev/null 2>&1 || fail "node is not installed (need >= 20)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "node >= 20 is required, found $(node -v)"

# 2. npm packages
stamp=node_modules/.package-lock.json
if [ ! -d node_modules ] || [ ! -e "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  step "npm ci" npm ci --no-audit --no-fund
fi

# 3. Browsers from Debian (only those needed by BROWSERS, default all three; scripts/debian-browsers.mjs
# knows their paths and packages). The example apps are checked in Chromium whatever BROWSERS says
# (EXAMPLES=0 skips them), and the image tests compare with Chromium screenshots.
also=(chromium)
# shellcheck disable=SC2207
missing=($(node scripts/debian-browsers.mjs missing-packages "${BROWSERS:-}" "${also[@]}")) ||
  fail "bad BROWSERS value (see above)"
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    step "apt-get update" apt-get update
    step "apt-get install ${missing[*]}" \
      env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb
  else
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them as root: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}" >&2
    fail "missing Debian packages: ${missing[*]}"
  fi
fi

# 4. Build, type-check and lint (ESLint, Prettier, lit-analyzer: any finding fails the run)
step "npm run build" npm run build
step "tsc --noEmit" npx --no -- tsc --noEmit
# The build regenerates custom-elements.json; the committed one must already match it.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --quiet -- custom-elements.json; then
  git --no-pager diff --stat -- custom-elements.json
  fail "custom-elements.json is stale: the build regenerated it; commit the new file"
fi
step "npm run lint" npm run lint

# 5. The size budgets, on the build just made: one check per file or entry, counted below.
sz_passed=0
sz_failed=0
sizes=$(mktemp)
node scripts/check-sizes.mjs --counts-file "$sizes" || true
if ! read -r sz_passed sz_failed <"$sizes" || ! [[ $sz_passed =~ ^[0-9]+$ && $sz_failed =~ ^[0-9]+$ ]]; then
  sz_passed=0
  sz_failed=1 # the script died before it could count
fi
rm -f "$sizes"

# 6. The example apps in examples/ (React, Vue, Svelte, Angular, plain HTML): each installs the
# packed kit (npm ci with its own lockfile when its node_modules is missing), type-checks with its
# negative type tests, builds, and is checked in Chromium. EXAMPLES=0 skips them.
ex_passed=0
ex_failed=0
counts=$(mktemp)
log=$(mktemp)
trap 'rm -f "$log" "$counts"' EXIT
if [ "${EXAMPLES:-1}" != 0 ]; then
  node scripts/test-examples.mjs --counts-file "$counts"
  if ! read -r ex_passed ex_failed <"$counts" || ! [[ $ex_passed =~ ^[0-9]+$ && $ex_failed =~ ^[0-9]+$ ]]; then
    ex_passed=0
    ex_failed=1 # the script died before it could count
  fi
fi

# 7. Browser tests. The config's reporter prints wtr's `N passed, N failed` line; the last line
# adds the size budgets' and the examples' counts to it. If the runner dies before it can count, it counts as one failure.
# A run that hangs is stopped after WTR_MINUTES (default 45; a whole run takes about 10 here) and counts
# as a failure, so CI prints why rather than running out of its own time.
echo "==> web-test-runner"
wtr_minutes=${WTR_MINUTES:-45}
timeout --kill-after=60 "$((wtr_minutes * 60))" npx --no -- web-test-runner --config web-test-runner.config.mjs 2>&1 |
  tee "$log"
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
  echo "test.sh: web-test-runner did not finish within $wtr_minutes minutes; stopped" | tee -a "$log" >&2
fi
last=$(grep -v '^[[:space:]]*$' "$log" | tail -n 1 || true)
if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)?$ ]]; then
  passed=${BASH_REMATCH[1]}
  failed=${BASH_REMATCH[2]}
  skipped=${BASH_REMATCH[4]:-0}
else
  passed=0
  failed=$((rc != 0 ? 1 : 0))
  skipped=0
fi
echo
echo "==> total: web-test-runner $passed passed, $failed failed; size budgets $sz_passed passed, $sz_failed failed; examples $ex_passed passed, $ex_failed failed"
echo
echo "$((passed + sz_passed + ex_passed)) passed, $((failed + sz_failed + ex_failed)) failed$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
[ "$rc" -eq 0 ] && [ "$ex_failed" -eq 0 ] && [ "$sz_failed" -eq 0 ]
