/**
 * Beacon as the benchmark runs it: the built server (`server/dist/main.js`) started directly with
 * environment variables, and a small GraphQL client for setting up scenarios (sign-in, checks).
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import type { BenchDatabase } from './databases.js';
import { freePort, type Started, startNode } from './processes.js';

export const SERVER_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER_MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
export const SQL_PROBE = fileURLToPath(new URL('./sql-probe.mjs', import.meta.url));

export const ADMIN_EMAIL = 'bench-admin@bench.beacon.local';

export interface BeaconOptions {
  readonly name: string;
  readonly database: BenchDatabase;
  readonly adminPassword: string;
  /** BEACON_PUBLIC_CACHE: 'off' switches the public response cache off (once Beacon has one). */
  readonly publicCache?: 'on' | 'off';
  /** Start with the SQL probe loaded, listening on this port. */
  readonly probePort?: number;
  /** Start with `--cpu-prof`, writing the profile into this directory on exit. */
  readonly profileDir?: string;
}

export async function startBeacon(options: BeaconOptions): Promise<Started> {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run \`pnpm build\` first`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: String(port),
    BEACON_SEED_ON_EMPTY: 'false',
    BEACON_ADMIN_EMAIL: ADMIN_EMAIL,
    BEACON_ADMIN_PASSWORD: options.adminPassword,
    BEACON_COOKIE_SECURE: 'false',
    // The load generator is one address: the anonymous rate limit would answer 429s, not measure the server.
    BEACON_RATE_LIMIT_ANONYMOUS: '1000000',
    BEACON_RATE_LIMIT_STAFF: '1000000',
    ...(options.publicCache ? { BEACON_PUBLIC_CACHE: options.publicCache } : {}),
    ...options.database.serverEnv,
  };
  const args = [SERVER_MAIN];
  if (options.probePort !== undefined) {
    env.BENCH_PROBE_PORT = String(options.probePort);
    env.BENCH_PROBE_FROM = `${SERVER_DIR}package.json`;
    args.unshift('--import', SQL_PROBE);
  }
  if (options.profileDir !== undefined) args.unshift('--cpu-prof', `--cpu-prof-dir=${options.profileDir}`);
  return startNode({ name: options.name, args, env, port, readyPath: '/readyz', cwd: SERVER_DIR });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly bytes: number;
  readonly text: string;
  readonly body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  readonly headers: http.IncomingHttpHeaders;
}

/**
 * One GraphQL request over a fresh connection. Setup requests are few and may be minutes apart (a slow
 * database query between them); a kept-alive socket the server has since closed would fail them.
 */
export function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          try {
            resolve({
              status: response.statusCode ?? 0,
              bytes: Buffer.byteLength(text),
              text,
              body: JSON.parse(text) as GraphQLResponse<T>['body'],
              headers: response.headers,
            });
          } catch {
            reject(new Error(`not a GraphQL response (${response.statusCode}): ${text.slice(0, 300)}`));
          }
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** Signs in and returns the Cookie header value of the session. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await graphql(
    url,
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }',
    { input: { email, password } },
  );
  const cookie = response.headers['set-cookie']?.find((c) => c.startsWith('beacon_session='));
  if (response.body.errors || !cookie) {
    throw new Error(`sign-in as ${email} failed: ${response.text.slice(0, 500)}`);
  }
  return cookie.split(';')[0] as string;
}
