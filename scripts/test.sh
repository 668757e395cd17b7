#!/usr/bin/env bash
# Installs Beacon and runs every check and every test lane: shared, server on SQLite, server on
# PostgreSQL, the dashboard's component tests (jsdom) and the dashboard in Chromium. A lane that cannot
# run fails; nothing is skipped.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_pnpm
install_dependencies

step "checking the test services"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; })
  else
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' (the browser lane needs Debian's Chromium)" >&2
    exit 1
  fi
fi
chromium --version
PG_URL="${BEACON_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if ! pg_isready -d "$PG_URL" >/dev/null 2>&1; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
  fi
  for _ in $(seq 1 20); do pg_isready -d "$PG_URL" >/dev/null 2>&1 && break; sleep 1; done
  pg_isready -d "$PG_URL" || { echo "PostgreSQL is not reachable at $PG_URL: the PostgreSQL lane cannot run" >&2; exit 1; }
fi

build_all

step "static checks: lint, types, schema contract, migrations, dashboard codegen"
pnpm run check

step "tests"
mkdir -p .test-results
set +e
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json
status=$?
set -e
node scripts/test-summary.mjs .test-results/vitest.json || status=1
exit $status
