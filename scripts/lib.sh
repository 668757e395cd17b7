# Shared steps of start.sh and test.sh: everything a fresh machine needs, installed by the repo itself.
set -euo pipefail

PNPM_VERSION=10.34.9
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    step "installing pnpm $PNPM_VERSION"
    npm install --global "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

install_dependencies() {
  step "installing dependencies"
  pnpm install --frozen-lockfile
}

build_all() {
  step "building shared, server and dashboard"
  # A production build whatever NODE_ENV the caller left set: a development React is what staff would get otherwise.
  NODE_ENV=production pnpm run build
}
