#!/usr/bin/env bash
# Installs Beacon and starts it on the embedded SQLite database (./server/data) with the demo programme.
# Set DATABASE_URL=postgres://... to use PostgreSQL instead; see the README for every variable.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_pnpm
install_dependencies
build_all
step "starting Beacon on http://localhost:${PORT:-4000} (GraphQL and Apollo Sandbox at /graphql)"
# node itself, not behind pnpm: the package manager's processes would hold about 190 MB for nothing and
# stand between the server and the signals that stop it.
cd server
exec node --enable-source-maps dist/main.js
