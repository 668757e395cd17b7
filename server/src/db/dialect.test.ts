/**
 * The JSON statements public reads are built from (dialect.ts): one value holding every row, each with its
 * children nested as arrays. On SQLite the nesting relies on the engine keeping the JSON subtype of a
 * subquery's value; were an upgrade to drop it, the children would come back as text and every hub would
 * fail, so it is pinned here on both engines, for a parent with children and one without.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, ProgrammingWindow } from '../modules/campaigns/campaign.entity.js';
import { newEntity } from '../modules/common/catalogue.js';
import { buildCampaign } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { jsonArrayOf, jsonColumns, jsonRecordsSelect } from './dialect.js';

describe('JSON record statements', () => {
  let app: TestApp;
  let withWindows: Campaign;
  let withoutWindows: Campaign;

  beforeAll(async () => {
    app = await createTestApp();
    const em = app.orm.em.fork();
    withWindows = await buildCampaign(em);
    withoutWindows = await buildCampaign(em);
    for (const title of ['Morning live', 'Evening live']) {
      em.persist(
        newEntity(ProgrammingWindow, {
          campaign: withWindows,
          title,
          description: 'Creators and experts, live.',
          startsAt: new Date(Date.UTC(2023, 4, 10, 17)),
          endsAt: new Date(Date.UTC(2023, 4, 10, 19)),
          timeZone: 'Europe/London',
        }),
      );
    }
    await em.flush();
  });
  afterAll(() => app?.close());

  it('nests each row’s children as a JSON array, empty when it has none', async () => {
    const em = app.orm.em.fork();
    const select = jsonRecordsSelect(em, {
      c: jsonColumns(em, 'c', ['id', 'slug']),
      w: jsonArrayOf(
        em,
        jsonColumns(em, 'w', ['id', 'title']),
        'from programming_window as w where w.campaign_id = c.id',
      ),
    });
    const [row] = await em
      .getConnection()
      .execute(`select ${select} from campaign as c where c.id in (?, ?)`, [
        withWindows.id,
        withoutWindows.id,
      ]);
    const value = (row as { records: unknown }).records;
    const records = (typeof value === 'string' ? JSON.parse(value) : value) as {
      c: { id: string; slug: string };
      w: unknown;
    }[];
    const byId = new Map(records.map((r) => [r.c.id, r]));
    expect(byId.size).toBe(2);
    const titles = byId.get(withWindows.id)?.w as { title: string }[];
    expect(Array.isArray(titles), 'children nest as an array, not as text').toBe(true);
    expect(titles.map((w) => w.title).sort()).toEqual(['Evening live', 'Morning live']);
    expect(byId.get(withoutWindows.id)?.w).toEqual([]);
  });
});
