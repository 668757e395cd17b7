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

REDIS_TEST_URL="${BEACON_TEST_REDIS_URL:-redis://127.0.0.1:6379}"
redis_up() { node -e "
  const s = require('net').connect({ host: new URL(process.argv[1]).hostname, port: +new URL(process.argv[1]).port || 6379 });
  s.on('connect', () => { s.write('PING\\r\\n'); });
  s.on('data', (d) => process.exit(String(d).startsWith('+PONG') ? 0 : 1));
  s.on('error', () => process.exit(1));
  setTimeout(() => process.exit(1), 2000);" "$REDIS_TEST_URL"; }
if ! redis_up; then
  if command -v redis-server >/dev/null 2>&1; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null || true
  fi
  for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
  redis_up || { echo "Redis is not reachable at $REDIS_TEST_URL: the rate-limit tests against Redis cannot run" >&2; exit 1; }
fi
echo "Redis answers at $REDIS_TEST_URL"

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
