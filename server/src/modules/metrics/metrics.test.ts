/**
 * What an operator's Prometheus scrapes from /metrics after some traffic: request latency by operation type
 * and by who answered, errors by code, the public cache's hits, misses and hit ratio, the database pool and
 * the scheduler's lag; and that BEACON_METRICS_TOKEN keeps /metrics from anyone without it.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { startScheduler } from '../recognitions/scheduler.js';

const TOKEN = 'metrics-token-for-tests';

/** The value of one sample of the Prometheus text format, e.g. `name{a="b"}`; undefined if absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  let app: TestApp;
  let url: string;
  let campaign: Campaign;

  beforeAll(async () => {
    app = await createTestApp({ BEACON_METRICS_TOKEN: TOKEN });
    url = await app.listen();
    campaign = await buildCampaign(app.orm.em.fork());
  });
  afterAll(() => app?.close());

  const post = (body: object) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const scrape = async () => {
    const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  it('counts requests by operation type and source, errors by code, and the cache hit ratio', async () => {
    const hub = {
      query: 'query($c: String!) { hub(campaign: $c) { region } }',
      variables: { c: campaign.slug },
    };
    await post(hub); // computed by Apollo: a miss
    await post(hub); // answered from memory: a hit
    await post(hub);
    await post({ query: '{ nosuchfield }' });
    await post({ query: 'mutation { signOut }' });

    const text = await scrape();
    const count = (labels: Record<string, string>) =>
      sample(text, 'beacon_graphql_request_duration_seconds_count', labels) ?? 0;
    expect(count({ operation_type: 'query', source: 'apollo' })).toBeGreaterThanOrEqual(1);
    expect(count({ operation_type: 'query', source: 'cache' })).toBe(2);
    expect(count({ operation_type: 'mutation', source: 'apollo' })).toBe(1);
    // A document that fails validation never resolves an operation.
    expect(count({ operation_type: 'unknown', source: 'apollo' })).toBe(1);
    expect(sample(text, 'beacon_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'beacon_public_cache_requests_total', { result: 'hit' })).toBe(2);
    expect(sample(text, 'beacon_public_cache_requests_total', { result: 'miss' })).toBeGreaterThanOrEqual(1);
    const ratio = sample(text, 'beacon_public_cache_hit_ratio') ?? -1;
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(1);
  });

  it('shows the database pool, the scheduler lag and the process', async () => {
    // Before its first tick, the lag counts from start: a scheduler that never ticks is visible.
    const before = sample(await scrape(), 'beacon_scheduler_lag_seconds') ?? -1;
    expect(before).toBeGreaterThan(0);
    const scheduler = startScheduler(
      app.orm,
      pino({ level: 'silent' }),
      60_000,
      app.beacon.metrics.scheduler,
    );
    try {
      await scheduler.tick();
    } finally {
      await scheduler.stop();
    }
    const text = await scrape();
    expect(sample(text, 'beacon_db_pool_connections', { state: 'free' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'beacon_db_pool_connections', { state: 'used' })).toBeGreaterThanOrEqual(0);
    const lag = sample(text, 'beacon_scheduler_lag_seconds');
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'beacon_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('refuses a scrape without the token', async () => {
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toMatch(/beacon_/);
  });
});
