#!/usr/bin/env bash
# The main job: build the kit and serve the demo page (README: "Build and see the demo").
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "Node.js 20 or newer is needed (found: $(node -v 2>/dev/null || echo none))." >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi

npm run build
port="${PORT:-8000}"
echo
echo "Demo: http://localhost:${port}/demo/"
exec npx --no -- web-dev-server --root-dir . --port "$port"
