#!/usr/bin/env bash
# Run every test: install what is missing, build, type-check, then the browser tests in
# Chromium, Firefox ESR and WebKitGTK. The last line of output is always `N passed, N failed`.
# BROWSERS=chromium,firefox,webkit (any subset) restricts the browsers.
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

# 3. Browsers from Debian (only those needed by BROWSERS, default all three)
browsers=${BROWSERS:-chromium,firefox,webkit}
missing=()
need() { # package, file
  [ -e "$2" ] || missing+=("$1")
}
case ",$browsers," in *,chromium,*) need chromium /usr/bin/chromium ;; esac
case ",$browsers," in *,firefox,*) need firefox-esr /usr/bin/firefox-esr ;; esac
case ",$browsers," in *,webkit,*)
  need webkit2gtk-driver /usr/bin/WebKitWebDriver
  need webkit2gtk-driver /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
  need xvfb /usr/bin/Xvfb ;;
esac
if [ ${#missing[@]} -gt 0 ]; then
  # shellcheck disable=SC2207
  missing=($(printf '%s\n' "${missing[@]}" | sort -u))
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

# 4. Build and type-check
step "npm run build" npm run build
step "tsc --noEmit" npx --no -- tsc --noEmit
# The build regenerates custom-elements.json; the committed one must already match it.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --quiet -- custom-elements.json; then
  git --no-pager diff --stat -- custom-elements.json
  fail "custom-elements.json is stale: the build regenerated it; commit the new file"
fi

# 5. Browser tests. The config's reporter prints the final `N passed, N failed` line;
# if the runner dies before it can (bad config, no test files), print one here.
echo "==> web-test-runner"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
npx --no -- web-test-runner --config web-test-runner.config.mjs 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
last=$(grep -v '^[[:space:]]*$' "$log" | tail -n 1 || true)
if ! [[ $last =~ ^[0-9]+\ passed,\ [0-9]+\ failed(,\ [0-9]+\ skipped)?$ ]]; then
  if [ "$rc" -ne 0 ]; then
    echo
    echo "0 passed, 1 failed"
  fi
fi
exit "$rc"
