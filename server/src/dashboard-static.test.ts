/**
 * The built dashboard served over HTTP as browsers and caches expect, from a small fake build: immutable
 * hashed assets, a revalidated shell, precompressed siblings or on-the-fly compression, a 404 for a missing
 * file, no source maps in production, and the favicon.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE } from './dashboard-static.js';
import { createTestApp, type TestApp } from './test/test-app.js';

const SHELL = `<!doctype html><html><head><title>Beacon</title></head><body><div id="root"></div>${'<!-- padding -->'.repeat(120)}</body></html>`;
const SCRIPT = `console.log("beacon dashboard");\n`.repeat(100);
const STYLE = `.row { display: flex; gap: 1rem; }\n`.repeat(100);
const ICON = Buffer.from([0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0]);

/** A raw GET (no automatic decompression), so the test sees exactly what was sent. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    },
  );
}

function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'beacon-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), SHELL);
  writeFileSync(path.join(dir, 'favicon.ico'), ICON);
  const script = path.join(dir, 'assets', 'index-abc123.js');
  writeFileSync(script, SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
  writeFileSync(`${script}.map`, '{"version":3,"sources":["src/main.tsx"],"mappings":""}');
  writeFileSync(path.join(dir, 'assets', 'style-def456.css'), STYLE);
  return dir;
}

describe('serving the built dashboard', () => {
  let dist: string;
  let dev: TestApp;
  let prod: TestApp;
  let devUrl: string;
  let prodUrl: string;

  beforeAll(async () => {
    dist = fakeBuild();
    dev = await createTestApp({ BEACON_DASHBOARD_DIR: dist, NODE_ENV: 'development' });
    prod = await createTestApp({ BEACON_DASHBOARD_DIR: dist, NODE_ENV: 'production' });
    devUrl = await dev.listen();
    prodUrl = await prod.listen();
  });
  afterAll(async () => {
    await dev?.close();
    await prod?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves the app's index for its routes, revalidated on every load and compressed on the fly", async () => {
    for (const route of ['/', '/creators', '/creators/ava.calm', '/review/queue']) {
      const res = await get(`${prodUrl}${route}`, { 'accept-encoding': 'gzip' });
      expect(res.status, route).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(res.body).toString()).toBe(SHELL);
    }
  });

  it('answers a missing asset or any missing file with a 404, never the app', async () => {
    for (const missing of [
      '/assets/index-000000.js',
      '/assets/',
      '/assets/chunk.css',
      '/logo.png',
      '/robots.txt',
    ]) {
      const res = await get(`${prodUrl}${missing}`);
      expect(res.status, missing).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.body.toString()).not.toContain('<div id="root">');
    }
  });

  it('sends the precompressed brotli or gzip sibling, cached for a year as immutable', async () => {
    const br = await get(`${prodUrl}/assets/index-abc123.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(brotliCompressSync(SCRIPT))).toBe(true);
    expect(br.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(br.headers.vary).toMatch(/accept-encoding/i);

    const gz = await get(`${prodUrl}/assets/index-abc123.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get(`${prodUrl}/assets/index-abc123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('compresses an asset the build did not precompress, still immutable', async () => {
    const res = await get(`${prodUrl}/assets/style-def456.css`, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(STYLE);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('serves source maps in development only', async () => {
    expect((await get(`${devUrl}/assets/index-abc123.js.map`)).status).toBe(200);
    const hidden = await get(`${prodUrl}/assets/index-abc123.js.map`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.toString()).not.toContain('mappings');
  });

  it('serves the favicon the build has', async () => {
    const res = await get(`${prodUrl}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\//);
    expect(res.body.equals(ICON)).toBe(true);
  });

  it('leaves GraphQL and the probes to the server', async () => {
    expect((await get(`${prodUrl}/healthz`)).headers['content-type']).toMatch(/^application\/json/);
    const response = await fetch(`${prodUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(await response.json()).toEqual({ data: { me: null } });
  });
});
