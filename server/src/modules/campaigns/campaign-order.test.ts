/**
 * The campaigns list in every order it offers: by name A to Z whatever the case and accents, the same on
 * both engines; paged forwards or backwards, every campaign comes exactly once, in order, ties included;
 * the default is still newest first; a cursor that is no place in the order asked for is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Campaign } from './campaign.entity.js';

const PAGE = /* GraphQL */ `
  query Page($order: CampaignOrder, $first: Int, $after: String, $last: Int, $before: String, $filter: CampaignFilter) {
    campaigns(orderBy: $order, first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      nodes { id slug name startsOn }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;
/** What clients sent before the list had an order to choose: no `orderBy` at all. */
const DEFAULT_PAGE = /* GraphQL */ `
  query Page($first: Int, $filter: CampaignFilter) {
    campaigns(first: $first, filter: $filter) { nodes { slug } }
  }
`;
const RENAME = /* GraphQL */ `
  mutation Rename($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { name } } }
`;

type Row = { id: string; slug: string; name: string; startsOn: string };
type Page = {
  campaigns: {
    totalCount: number;
    nodes: Row[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

/** Every campaign here has this hashtag, so the list can be narrowed to them. */
const HASHTAG = '#SortDrill';
const ORDERS = ['NEWEST', 'NAME', 'STARTS_ON'] as const;

/** Names in mixed case and with accents, with two pairs that differ only in case or accent, and shared days. */
const CAMPAIGNS: readonly { slug: string; name: string; startsOn: string }[] = [
  { slug: 'zoe', name: 'Zoë Day', startsOn: '2024-05-01' },
  { slug: 'zebra', name: 'ZEBRA crossing', startsOn: '2023-05-01' },
  { slug: 'apple', name: 'apple week', startsOn: '2024-05-01' },
  { slug: 'avila', name: 'Ávila Talks', startsOn: '2022-10-10' },
  { slug: 'ben-upper', name: 'Ben', startsOn: '2023-05-01' },
  { slug: 'oland', name: 'Öland Walks', startsOn: '2024-05-01' },
  { slug: 'ben-lower', name: 'ben', startsOn: '2022-10-10' },
  { slug: 'emotions-accent', name: 'Émotions', startsOn: '2025-01-20' },
  { slug: 'oak', name: 'oak Tree Month', startsOn: '2023-05-01' },
  { slug: 'emotions-plain', name: 'emotions', startsOn: '2024-05-01' },
  { slug: 'cava', name: 'Çava', startsOn: '2021-03-03' },
];

/**
 * A to Z ignoring case and accents. SQLite's own order would put every capital first ("Ben" before
 * "apple") and "Ávila", "Çava", "Émotions", "Öland" after "ZEBRA"; PostgreSQL's depends on its collation.
 * Within each inner pair (same name but for case or accent) the order is by id, checked separately.
 */
const BY_NAME = [
  'apple',
  'avila',
  ['ben-upper', 'ben-lower'],
  'cava',
  ['emotions-accent', 'emotions-plain'],
  'oak',
  'oland',
  'zebra',
  'zoe',
];

describe('sorting and paging the campaigns list', () => {
  let app: TestApp;
  let viewer: StaffUser;
  let editor: StaffUser;
  /** Each campaign's database id (the tie-breaker), by slug. */
  const ids = new Map<string, string>();

  beforeAll(async () => {
    app = await createTestApp();
    viewer = await app.staff(StaffRole.VIEWER);
    editor = await app.staff(StaffRole.EDITOR);
    const em = app.orm.em.fork();
    for (const c of CAMPAIGNS) {
      const campaign = await buildCampaign(em, { ...c, hashtag: HASHTAG, endsOn: '2025-12-31' });
      ids.set(c.slug, campaign.id);
    }
  });
  afterAll(() => app?.close());

  const page = async (variables: Record<string, unknown>, user: StaffUser | null = viewer) =>
    dataOf(await app.run<Page>(PAGE, { filter: { search: HASHTAG }, ...variables }, user)).campaigns;
  const idOf = (slug: string) => ids.get(slug) as string;

  async function walkForwards(order: string, size: number): Promise<string[]> {
    const slugs: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const p = await page({ order, first: size, after });
      slugs.push(...p.nodes.map((n) => n.slug));
      if (!p.pageInfo.hasNextPage) return slugs;
      after = p.pageInfo.endCursor;
    }
    throw new Error('never reached the last page');
  }

  async function walkBackwards(order: string, size: number): Promise<string[]> {
    const slugs: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const p = await page({ order, last: size, before });
      slugs.unshift(...p.nodes.map((n) => n.slug));
      if (!p.pageInfo.hasPreviousPage) return slugs;
      before = p.pageInfo.startCursor;
    }
    throw new Error('never reached the first page');
  }

  /** The order each sort promises, worked out here from the campaigns as written (ties by id). */
  const byDay = (direction: 1 | -1) => (a: string, b: string) => {
    const [x, y] = [CAMPAIGNS.find((c) => c.slug === a), CAMPAIGNS.find((c) => c.slug === b)];
    const day = (x?.startsOn ?? '').localeCompare(y?.startsOn ?? '');
    return direction * (day !== 0 ? day : idOf(a) < idOf(b) ? -1 : 1);
  };
  const expected = (order: (typeof ORDERS)[number]): string[] => {
    const slugs = CAMPAIGNS.map((c) => c.slug);
    if (order === 'NEWEST') return slugs.sort(byDay(-1));
    if (order === 'STARTS_ON') return slugs.sort(byDay(1));
    return BY_NAME.flatMap((entry) =>
      typeof entry === 'string' ? [entry] : [...entry].sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1)),
    );
  };

  it('sorts by name A to Z, ignoring case and accents', async () => {
    const all = await page({ order: 'NAME', first: 100 });
    expect(all.totalCount).toBe(CAMPAIGNS.length);
    expect(all.nodes.map((n) => n.slug)).toEqual(expected('NAME'));
    expect(all.nodes.slice(0, 4).map((n) => n.name)).toEqual([
      'apple week',
      'Ávila Talks',
      ...(idOf('ben-upper') < idOf('ben-lower') ? ['Ben', 'ben'] : ['ben', 'Ben']),
    ]);
  });

  it('keeps the default newest first (latest first day first), as clients that send no order had it', async () => {
    const plain = dataOf(
      await app.run<{ campaigns: { nodes: { slug: string }[] } }>(
        DEFAULT_PAGE,
        { first: 100, filter: { search: HASHTAG } },
        viewer,
      ),
    ).campaigns.nodes.map((n) => n.slug);
    expect(plain).toEqual(expected('NEWEST'));
    expect(plain[0]).toBe('emotions-accent');
    expect(plain.at(-1)).toBe('cava');
    expect((await page({ first: 100 })).nodes.map((n) => n.slug)).toEqual(plain);
  });

  for (const order of ORDERS) {
    it(`gives every campaign exactly once in ${order} order, forwards and backwards, in pages of 1, 3 and 4`, async () => {
      const all = (await page({ order, first: 100 })).nodes.map((n) => n.slug);
      expect(all).toEqual(expected(order));
      for (const size of [1, 3, 4]) {
        expect(await walkForwards(order, size), `forwards in pages of ${size}`).toEqual(all);
        expect(await walkBackwards(order, size), `backwards in pages of ${size}`).toEqual(all);
      }
    });
  }

  it('lets public clients sort by name too, archived campaigns left out', async () => {
    const em = app.orm.em.fork();
    const archived = await buildCampaign(em, {
      slug: 'archived-aardvark',
      name: 'Aardvark Archive',
      hashtag: HASHTAG,
      archivedAt: new Date('2024-01-01T00:00:00Z'),
    });
    try {
      const anonymous = await page({ order: 'NAME', first: 3 }, null);
      expect(anonymous.nodes.map((n) => n.slug)).toEqual(expected('NAME').slice(0, 3));
      const staff = await page({
        order: 'NAME',
        first: 1,
        filter: { search: HASHTAG, includeArchived: true },
      });
      expect(staff.nodes.map((n) => n.slug)).toEqual(['archived-aardvark']);
    } finally {
      await em.nativeDelete(Campaign, { id: archived.id });
    }
  });

  it('goes on from where a page ended when a campaign is added before it meanwhile', async () => {
    const first = await page({ order: 'NAME', first: 4 });
    const em = app.orm.em.fork();
    const added = await buildCampaign(em, { slug: 'aaa-added', name: 'AAA added', hashtag: HASHTAG });
    try {
      const next = await page({ order: 'NAME', first: 4, after: first.pageInfo.endCursor });
      expect(next.nodes.map((n) => n.slug)).toEqual(expected('NAME').slice(4, 8));
      // And back from there: the same first page, and now the newcomer before it.
      const back = await page({ order: 'NAME', last: 4, before: next.pageInfo.startCursor });
      expect(back.nodes.map((n) => n.slug)).toEqual(expected('NAME').slice(0, 4));
      expect(back.pageInfo.hasPreviousPage).toBe(true);
      const front = await page({ order: 'NAME', last: 4, before: back.pageInfo.startCursor });
      expect(front.nodes.map((n) => n.slug)).toEqual(['aaa-added']);
      expect(front.pageInfo.hasPreviousPage).toBe(false);
    } finally {
      await em.nativeDelete(Campaign, { id: added.id });
    }
  });

  it('moves a renamed campaign to its new place in the name order', async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em, { slug: 'renamed', name: 'Yonder', hashtag: HASHTAG });
    try {
      const slugs = async () => (await page({ order: 'NAME', first: 100 })).nodes.map((n) => n.slug);
      expect((await slugs()).indexOf('renamed')).toBe(CAMPAIGNS.length - 2); // before "zebra" and "zoe"
      dataOf(
        await app.run(
          RENAME,
          { input: { id: campaign.globalId, expectedVersion: campaign.version, name: '  Ãbaco Week ' } },
          editor,
        ),
      );
      expect((await slugs())[0]).toBe('renamed');
    } finally {
      await em.nativeDelete(Campaign, { id: campaign.id });
    }
  });

  describe('cursors', () => {
    const fieldsOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
      (result.errors?.[0]?.extensions?.fields as { path: string }[] | undefined)?.map((f) => f.path);
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const run = (variables: Record<string, unknown>) =>
      app.run<Page>(PAGE, { filter: { search: HASHTAG }, ...variables }, viewer);

    it('refuses a name cursor in a date order, with BAD_USER_INPUT naming the argument, and changes nothing', async () => {
      const byName = await page({ order: 'NAME', first: 2 });
      for (const order of ['NEWEST', 'STARTS_ON', undefined]) {
        for (const [arg, cursor] of [
          ['after', byName.pageInfo.endCursor],
          ['before', byName.pageInfo.startCursor],
        ] as const) {
          const result = await run({ ...(order ? { order } : {}), first: 2, [arg]: cursor });
          expect(codesOf(result), `${order} ${arg}`).toEqual(['BAD_USER_INPUT']);
          expect(fieldsOf(result)).toEqual([arg]);
          expect(result.data ?? null).toBeNull();
        }
      }
      expect(await app.orm.em.fork().count(Campaign, { hashtag: HASHTAG })).toBe(CAMPAIGNS.length);
    });

    it('refuses forged cursors in the name order with BAD_USER_INPUT', async () => {
      const forged = [
        encode([1, idOf('apple')]),
        encode(['apple week']),
        encode(['apple week', 'not-a-uuid']),
        encode([null, idOf('apple')]),
        encode(['a\u0000', idOf('apple')]),
        encode({ not: 'a list' }),
        'not a cursor at all!',
      ];
      for (const cursor of forged) {
        for (const arg of ['after', 'before']) {
          const result = await run({ order: 'NAME', first: 2, [arg]: cursor });
          expect(codesOf(result), `${arg}: ${cursor}`).toEqual(['BAD_USER_INPUT']);
          expect(fieldsOf(result)).toEqual([arg]);
        }
      }
    });

    it('refuses an unknown order as a bad value for the argument', async () => {
      const result = await app.run(`{ campaigns(orderBy: HANDLE) { nodes { slug } } }`, {}, viewer);
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    });
  });
});
