/**
 * The two pages a developer meets in a browser: the /graphql landing page, which opens Apollo Sandbox from
 * Apollo's CDN, and Beacon's bundled explorer (GraphiQL) at /graphql/explorer, whose every file is served
 * by Beacon itself. When the CDN cannot be reached (offline, a firewall, a blocked third party) the landing
 * page sends the browser to the bundled explorer, so it never stops at "cannot be loaded".
 *
 * Neither page has inline script: their settings travel as JSON data blocks and the code is in files under
 * server/public/explorer, so a Content-Security-Policy without 'unsafe-inline' still allows them.
 */
import { exampleOperations } from '../../example-operations.js';

/** Where the bundled explorer and its files live, under the GraphQL path. */
export const EXPLORER_PATH = '/graphql/explorer';
export const EXPLORER_ASSETS = `${EXPLORER_PATH}/assets`;

/** Apollo's embeddable Sandbox, the one third-party script of the landing page. */
export const SANDBOX_SCRIPT =
  'https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js';

export interface ExplorerOptions {
  readonly adminEmail: string;
  /** Let Apollo Sandbox send Apollo its usage telemetry (BEACON_SANDBOX_TELEMETRY). */
  readonly sandboxTelemetry: boolean;
}

/** JSON for a data block in HTML: `<` escaped so no value can close the element. */
function dataBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>`;
}

export function landingPageHtml(options: ExplorerOptions): string {
  const settings = {
    endpoint: '/graphql',
    explorer: EXPLORER_PATH,
    document: exampleOperations(options.adminEmail),
    runTelemetry: options.sandboxTelemetry,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Beacon GraphQL API</title>
<link rel="stylesheet" href="${EXPLORER_ASSETS}/beacon-explorer.css">
</head>
<body class="landing">
<header class="bar">Beacon's GraphQL API in Apollo Sandbox (loaded from Apollo's CDN).
<a href="${EXPLORER_PATH}">Open Beacon's own explorer</a>, which works offline.</header>
<main id="sandbox" class="frame"><p class="waiting">Loading Apollo Sandbox…</p></main>
${dataBlock('beacon-landing', settings)}
<script src="${SANDBOX_SCRIPT}"></script>
<script src="${EXPLORER_ASSETS}/landing.js"></script>
</body>
</html>
`;
}

export function explorerHtml(options: ExplorerOptions): string {
  const settings = { endpoint: '/graphql', document: exampleOperations(options.adminEmail) };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Beacon GraphQL explorer</title>
<link rel="stylesheet" href="${EXPLORER_ASSETS}/graphiql.min.css">
<link rel="stylesheet" href="${EXPLORER_ASSETS}/beacon-explorer.css">
</head>
<body class="explorer">
<main id="graphiql" class="frame"><p class="waiting">Loading the explorer…</p></main>
${dataBlock('beacon-explorer', settings)}
<script src="${EXPLORER_ASSETS}/react.production.min.js"></script>
<script src="${EXPLORER_ASSETS}/react-dom.production.min.js"></script>
<script src="${EXPLORER_ASSETS}/graphiql.min.js"></script>
<script src="${EXPLORER_ASSETS}/explorer.js"></script>
</body>
</html>
`;
}
