import { PROGRAMMING_WINDOWS_MAX } from '@beacon/shared';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildGrant, buildOrganisation, buildRecognition } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { GrantStatus } from '../grants/ad-credit-grant.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { RecognitionStatus } from '../recognitions/recognition.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Campaign, ProgrammingWindow } from './campaign.entity.js';

const CAMPAIGN_FIELDS = /* GraphQL */ `
  id slug name hashtag startsOn endsOn spotlightCapacity version
  partners { nodes { id name } }
  programmingWindows { nodes { id title startsAt timeZone } }
`;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { ${CAMPAIGN_FIELDS} } } }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { ${CAMPAIGN_FIELDS} } } }
`;
const ARCHIVE = /* GraphQL */ `
  mutation Archive($input: ArchiveInput!) { archiveCampaign(input: $input) { campaign { id archivedAt } } }
`;
const ADD_WINDOW = /* GraphQL */ `
  mutation Add($input: AddProgrammingWindowInput!) {
    addProgrammingWindow(input: $input) { campaign { ${CAMPAIGN_FIELDS} } }
  }
`;
const REMOVE_WINDOW = /* GraphQL */ `
  mutation Remove($input: RemoveProgrammingWindowInput!) {
    removeProgrammingWindow(input: $input) { campaign { ${CAMPAIGN_FIELDS} } }
  }
`;
const BY_SLUG = /* GraphQL */ `
  query BySlug($slug: String!) { campaign(slug: $slug) { ${CAMPAIGN_FIELDS} } }
`;
const LIST = /* GraphQL */ `
  query List($filter: CampaignFilter, $first: Int) {
    campaigns(filter: $filter, first: $first) { totalCount nodes { id slug startsOn } }
  }
`;

interface CampaignView {
  id: string;
  slug: string;
  name: string;
  startsOn: string;
  endsOn: string;
  spotlightCapacity: number;
  version: number;
  partners: { nodes: { id: string; name: string }[] };
  programmingWindows: { nodes: { id: string; title: string; startsAt: string; timeZone: string }[] };
}

type ListResult = {
  campaigns: { totalCount: number; nodes: { id: string; slug: string; startsOn: string }[] };
};

const tag = () => Math.random().toString(36).slice(2, 8);

const validInput = (overrides: Record<string, unknown> = {}) => ({
  slug: `mham-${tag()}`,
  name: 'Mental Health Awareness Month',
  hashtag: '#MentalHealthAwareness',
  theme: 'Educational content from creators and organisations.',
  startsOn: '2023-05-01',
  endsOn: '2023-05-31',
  ...overrides,
});

/** Makes `partners` the partner organisations of `campaign`. */
async function withPartners(
  em: EntityManager,
  campaign: Campaign,
  partners: Organisation[],
): Promise<Campaign> {
  campaign.partners.set(partners);
  await em.flush();
  return campaign;
}

const fieldPaths = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { path: string }[]).map((f) => f.path);

describe('campaigns', () => {
  let app: TestApp;
  let editor: StaffUser;
  let viewer: StaffUser;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    viewer = await app.staff(StaffRole.VIEWER);
  });
  afterAll(() => app?.close());

  const count = () => app.orm.em.fork().count(Campaign);

  it('lets an editor add a campaign with partners (listed by name) and audits it', async () => {
    const em = app.orm.em.fork();
    const zed = await buildOrganisation(em, { name: `Zed ${tag()}` });
    const amy = await buildOrganisation(em, { name: `Amy ${tag()}` });
    const input = validInput({ partnerIds: [zed.globalId, amy.globalId, zed.globalId] });
    const created = dataOf(
      await app.run<{ createCampaign: { campaign: CampaignView } }>(CREATE, { input }, editor),
    ).createCampaign.campaign;
    expect(created).toMatchObject({
      slug: input.slug,
      startsOn: '2023-05-01',
      endsOn: '2023-05-31',
      spotlightCapacity: 10,
      version: 1,
    });
    expect(created.partners.nodes.map((p) => p.name)).toEqual([amy.name, zed.name]);
    const reread = dataOf(await app.run<{ campaign: CampaignView }>(BY_SLUG, { slug: input.slug }));
    expect(reread.campaign.partners.nodes.map((p) => p.id)).toEqual([amy.globalId, zed.globalId]);
    const events = await app.orm.em.fork().find(AuditEvent, { action: 'campaign.create' });
    expect(events.map((e) => (e.after as { slug: string }).slug)).toContain(input.slug);
  });

  it('refuses campaign changes without a session or from a viewer, changing nothing', async () => {
    const before = await count();
    expect(codesOf(await app.run(CREATE, { input: validInput() }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await app.run(CREATE, { input: validInput() }, viewer))).toEqual(['FORBIDDEN']);
    const campaign = await buildCampaign(app.orm.em.fork());
    const update = await app.run(
      UPDATE,
      { input: { id: campaign.globalId, expectedVersion: 1, name: 'Viewer edit' } },
      viewer,
    );
    expect(codesOf(update)).toEqual(['FORBIDDEN']);
    expect(await count()).toBe(before + 1);
    expect((await app.orm.em.fork().findOneOrFail(Campaign, { id: campaign.id })).name).toBe(campaign.name);
  });

  it.each([
    ['a slug with spaces and capitals', { slug: 'Bad Slug' }, 'input.slug'],
    ['a slug with a doubled hyphen', { slug: 'bad--slug' }, 'input.slug'],
    ['a hashtag without #', { hashtag: 'MentalHealthAwareness' }, 'input.hashtag'],
    ['a last day before the first', { startsOn: '2023-05-31', endsOn: '2023-05-01' }, 'input.endsOn'],
    ['a spotlight capacity of 0', { spotlightCapacity: 0 }, 'input.spotlightCapacity'],
    ['a spotlight capacity over 100', { spotlightCapacity: 101 }, 'input.spotlightCapacity'],
    ['a partner ID of another type', { partnerIds: ['not-an-id'] }, 'input.partnerIds.0'],
  ])(
    'rejects %s with BAD_USER_INPUT naming the field and stores nothing',
    async (_label, overrides, path) => {
      const before = await count();
      const result = await app.run(CREATE, { input: validInput(overrides) }, editor);
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPaths(result)).toContain(path);
      expect(await count()).toBe(before);
    },
  );

  it('refuses an archived organisation as a new partner and an unknown one as NOT_FOUND', async () => {
    const em = app.orm.em.fork();
    const archived = await buildOrganisation(em, { archivedAt: new Date() });
    const gone = await buildOrganisation(em);
    const goneId = gone.globalId;
    await em.removeAndFlush(gone);
    const before = await count();
    const archivedResult = await app.run(
      CREATE,
      { input: validInput({ partnerIds: [archived.globalId] }) },
      editor,
    );
    expect(codesOf(archivedResult)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(archivedResult)).toEqual(['input.partnerIds.0']);
    expect(codesOf(await app.run(CREATE, { input: validInput({ partnerIds: [goneId] }) }, editor))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await count()).toBe(before);
  });

  it('answers a slug already in use with CONFLICT and stores nothing', async () => {
    const existing = await buildCampaign(app.orm.em.fork());
    const before = await count();
    const result = await app.run(CREATE, { input: validInput({ slug: existing.slug }) }, editor);
    expect(codesOf(result)).toEqual(['CONFLICT']);
    expect(await count()).toBe(before);
    const other = await buildCampaign(app.orm.em.fork());
    const rename = await app.run(
      UPDATE,
      { input: { id: other.globalId, expectedVersion: 1, slug: existing.slug } },
      editor,
    );
    expect(codesOf(rename)).toEqual(['CONFLICT']);
  });

  it('replaces partners on update, refuses a stale version and keeps the newer change', async () => {
    const em = app.orm.em.fork();
    const first = await buildOrganisation(em, { name: `First ${tag()}` });
    const second = await buildOrganisation(em, { name: `Second ${tag()}` });
    const campaign = await buildCampaign(em);
    const updated = dataOf(
      await app.run<{ updateCampaign: { campaign: CampaignView } }>(
        UPDATE,
        { input: { id: campaign.globalId, expectedVersion: 1, partnerIds: [first.globalId] } },
        editor,
      ),
    ).updateCampaign.campaign;
    expect(updated.version).toBe(2);
    expect(updated.partners.nodes.map((p) => p.id)).toEqual([first.globalId]);
    const stale = await app.run(
      UPDATE,
      { input: { id: campaign.globalId, expectedVersion: 1, partnerIds: [second.globalId], name: 'Stale' } },
      editor,
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    const stored = dataOf(
      await app.run<{ campaign: CampaignView }>(BY_SLUG, { slug: campaign.slug }),
    ).campaign;
    expect(stored.name).toBe(campaign.name);
    expect(stored.partners.nodes.map((p) => p.id)).toEqual([first.globalId]);
    const events = await app.orm.em
      .fork()
      .find(AuditEvent, { action: 'campaign.update', targetId: campaign.id });
    expect(events).toHaveLength(1);
  });

  it('refuses an update that would end the campaign before it starts, changing nothing', async () => {
    const campaign = await buildCampaign(app.orm.em.fork(), { startsOn: '2022-10-01', endsOn: '2022-10-31' });
    const endsEarly = await app.run(
      UPDATE,
      { input: { id: campaign.globalId, expectedVersion: 1, endsOn: '2022-09-30', name: 'Renamed' } },
      editor,
    );
    expect(codesOf(endsEarly)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(endsEarly)).toEqual(['input.endsOn']);
    const startsLate = await app.run(
      UPDATE,
      { input: { id: campaign.globalId, expectedVersion: 1, startsOn: '2022-11-01' } },
      editor,
    );
    expect(fieldPaths(startsLate)).toEqual(['input.startsOn']);
    const stored = await app.orm.em.fork().findOneOrFail(Campaign, { id: campaign.id });
    expect(stored).toMatchObject({ name: campaign.name, endsOn: '2022-10-31', version: 1 });
  });

  it('adds programming windows in time order and moves the campaign version on each change', async () => {
    const campaign = await buildCampaign(app.orm.em.fork(), { startsOn: '2021-09-10', endsOn: '2021-09-16' });
    const window = (overrides: Record<string, unknown>) => ({
      campaignId: campaign.globalId,
      title: 'Live session',
      startsAt: '2021-09-12T10:00:00.000Z',
      endsAt: '2021-09-12T11:00:00.000Z',
      timeZone: 'Asia/Singapore',
      ...overrides,
    });
    type Added = { addProgrammingWindow: { campaign: CampaignView } };
    const first = dataOf(
      await app.run<Added>(
        ADD_WINDOW,
        {
          input: window({
            expectedVersion: 1,
            title: 'Later',
            startsAt: '2021-09-14T10:00:00.000Z',
            endsAt: '2021-09-14T11:00:00.000Z',
          }),
        },
        editor,
      ),
    ).addProgrammingWindow.campaign;
    expect(first.version).toBe(2);
    const second = dataOf(
      await app.run<Added>(ADD_WINDOW, { input: window({ expectedVersion: 2, title: 'Earlier' }) }, editor),
    ).addProgrammingWindow.campaign;
    expect(second.version).toBe(3);
    expect(second.programmingWindows.nodes.map((w) => w.title)).toEqual(['Earlier', 'Later']);

    const stale = await app.run(
      ADD_WINDOW,
      { input: window({ expectedVersion: 2, title: 'Stale' }) },
      editor,
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(await app.orm.em.fork().count(ProgrammingWindow, { campaign: campaign.id })).toBe(2);

    const later = second.programmingWindows.nodes[1];
    const staleRemove = await app.run(
      REMOVE_WINDOW,
      { input: { windowId: later?.id, campaignExpectedVersion: 2 } },
      editor,
    );
    expect(codesOf(staleRemove)).toEqual(['CONFLICT']);
    const removed = dataOf(
      await app.run<{ removeProgrammingWindow: { campaign: CampaignView } }>(
        REMOVE_WINDOW,
        { input: { windowId: later?.id, campaignExpectedVersion: 3 } },
        editor,
      ),
    ).removeProgrammingWindow.campaign;
    expect(removed.version).toBe(4);
    expect(removed.programmingWindows.nodes.map((w) => w.title)).toEqual(['Earlier']);
    const actions = (await app.orm.em.fork().find(AuditEvent, { targetId: campaign.id })).map(
      (e) => e.action,
    );
    expect(actions.sort()).toEqual([
      'campaign.add_programming_window',
      'campaign.add_programming_window',
      'campaign.remove_programming_window',
    ]);
  });

  it.each([
    ['a window that closes before it opens', { endsAt: '2021-09-12T09:00:00.000Z' }, 'input.endsAt'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'input.timeZone'],
    ['a blank title', { title: '  ' }, 'input.title'],
  ])('rejects %s with BAD_USER_INPUT and adds no window', async (_label, overrides, path) => {
    const campaign = await buildCampaign(app.orm.em.fork());
    const result = await app.run(
      ADD_WINDOW,
      {
        input: {
          campaignId: campaign.globalId,
          expectedVersion: 1,
          title: 'Live session',
          startsAt: '2021-09-12T10:00:00.000Z',
          endsAt: '2021-09-12T11:00:00.000Z',
          timeZone: 'Europe/London',
          ...overrides,
        },
      },
      editor,
    );
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(result)).toContain(path);
    expect(await app.orm.em.fork().count(ProgrammingWindow, { campaign: campaign.id })).toBe(0);
    expect((await app.orm.em.fork().findOneOrFail(Campaign, { id: campaign.id })).version).toBe(1);
  });

  it(`refuses a window past ${PROGRAMMING_WINDOWS_MAX} with CAPACITY_REACHED, changing nothing, and takes one again after a removal`, async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em);
    // One short of the most, written directly: adding them one by one through the API would be slow.
    for (let i = 0; i < PROGRAMMING_WINDOWS_MAX - 1; i++)
      em.persist(
        Object.assign(new ProgrammingWindow(), {
          campaign,
          title: `Window ${i + 1}`,
          startsAt: new Date(Date.UTC(2023, 4, 1, 10) + i * 3_600_000),
          endsAt: new Date(Date.UTC(2023, 4, 1, 10, 30) + i * 3_600_000),
          timeZone: 'UTC',
        }),
      );
    await em.flush();
    const add = (expectedVersion: number, title: string) =>
      app.run<{ addProgrammingWindow: { campaign: { version: number } } }>(
        ADD_WINDOW,
        {
          input: {
            campaignId: campaign.globalId,
            expectedVersion,
            title,
            startsAt: '2023-05-20T10:00:00.000Z',
            endsAt: '2023-05-20T11:00:00.000Z',
            timeZone: 'Europe/London',
          },
        },
        editor,
      );
    const count = () => app.orm.em.fork().count(ProgrammingWindow, { campaign: campaign.id });

    expect(dataOf(await add(1, 'The last one')).addProgrammingWindow.campaign.version).toBe(2);
    expect(await count()).toBe(PROGRAMMING_WINDOWS_MAX);

    const refused = await add(2, 'One too many');
    expect(codesOf(refused)).toEqual(['CAPACITY_REACHED']);
    expect(refused.errors?.[0]?.extensions?.limit).toBe(PROGRAMMING_WINDOWS_MAX);
    expect(refused.errors?.[0]?.message).toMatch(/remove one before adding another/);
    expect(await count()).toBe(PROGRAMMING_WINDOWS_MAX);
    const after = await app.orm.em.fork().findOneOrFail(Campaign, { id: campaign.id });
    expect(after.version).toBe(2);
    expect(
      await app.orm.em
        .fork()
        .count(AuditEvent, { targetId: campaign.id, action: 'campaign.add_programming_window' }),
    ).toBe(1);

    // Every window is listed in one page of the largest size.
    const listed = dataOf(
      await app.run<{ campaign: { programmingWindows: { totalCount: number; nodes: unknown[] } } }>(
        /* GraphQL */ `query Windows($slug: String!) {
          campaign(slug: $slug) { programmingWindows(first: 100) { totalCount nodes { id } } }
        }`,
        { slug: campaign.slug },
        editor,
      ),
    ).campaign.programmingWindows;
    expect(listed.nodes).toHaveLength(listed.totalCount);

    const first = await app.orm.em
      .fork()
      .findOneOrFail(ProgrammingWindow, { campaign: campaign.id, title: 'Window 1' });
    await app.run(REMOVE_WINDOW, { input: { windowId: first.globalId, campaignExpectedVersion: 2 } }, editor);
    expect(dataOf(await add(3, 'In its place')).addProgrammingWindow.campaign.version).toBe(4);
    expect(await count()).toBe(PROGRAMMING_WINDOWS_MAX);
  });

  it('gives the last place to one of two editors adding a window at once, never a window too many', async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em);
    for (let i = 0; i < PROGRAMMING_WINDOWS_MAX - 1; i++)
      em.persist(
        Object.assign(new ProgrammingWindow(), {
          campaign,
          title: `Window ${i + 1}`,
          startsAt: new Date(Date.UTC(2023, 4, 1, 10) + i * 3_600_000),
          endsAt: new Date(Date.UTC(2023, 4, 1, 10, 30) + i * 3_600_000),
          timeZone: 'UTC',
        }),
      );
    await em.flush();
    const add = (title: string) =>
      app.run(
        ADD_WINDOW,
        {
          input: {
            campaignId: campaign.globalId,
            expectedVersion: 1,
            title,
            startsAt: '2023-05-20T10:00:00.000Z',
            endsAt: '2023-05-20T11:00:00.000Z',
            timeZone: 'UTC',
          },
        },
        editor,
      );
    const answers = await Promise.all([add('First editor'), add('Second editor')]);
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    // The loser read the version (or the count) the winner changed.
    expect(answers.flatMap(codesOf)).toHaveLength(1);
    expect(['CONFLICT', 'CAPACITY_REACHED']).toContain(answers.flatMap(codesOf)[0]);
    expect(await app.orm.em.fork().count(ProgrammingWindow, { campaign: campaign.id })).toBe(
      PROGRAMMING_WINDOWS_MAX,
    );
  });

  it('hides archived campaigns and archived partners from public clients', async () => {
    const em = app.orm.em.fork();
    const label = tag();
    const live = await buildOrganisation(em, { name: `Live ${label}` });
    const retired = await buildOrganisation(em, { name: `Retired ${label}`, archivedAt: new Date() });
    const shown = await withPartners(em, await buildCampaign(em, { slug: `shown-${label}` }), [
      live,
      retired,
    ]);
    const hidden = await buildCampaign(em, { slug: `hidden-${label}` });
    dataOf(await app.run(ARCHIVE, { input: { id: hidden.globalId, expectedVersion: 1 } }, editor));

    const publicList = dataOf(await app.run<ListResult>(LIST, { filter: { search: label } }));
    expect(publicList.campaigns.nodes.map((n) => n.slug)).toEqual([shown.slug]);
    expect(dataOf(await app.run(BY_SLUG, { slug: hidden.slug }))).toEqual({ campaign: null });
    expect(codesOf(await app.run(LIST, { filter: { includeArchived: true } }))).toEqual(['FORBIDDEN']);
    const publicPartners = dataOf(await app.run<{ campaign: CampaignView }>(BY_SLUG, { slug: shown.slug }));
    expect(publicPartners.campaign.partners.nodes.map((p) => p.name)).toEqual([live.name]);

    const staffPartners = dataOf(
      await app.run<{ campaign: CampaignView }>(BY_SLUG, { slug: shown.slug }, viewer),
    );
    expect(staffPartners.campaign.partners.nodes.map((p) => p.name)).toEqual([live.name, retired.name]);
    expect(
      dataOf(await app.run<{ campaign: CampaignView }>(BY_SLUG, { slug: hidden.slug }, viewer)).campaign.slug,
    ).toBe(hidden.slug);
    const staffAll = dataOf(
      await app.run<ListResult>(LIST, { filter: { search: label, includeArchived: true } }, viewer),
    );
    expect(staffAll.campaigns.totalCount).toBe(2);
  });

  it('lists campaigns newest first, filtered by the day they run on and by text', async () => {
    const em = app.orm.em.fork();
    const label = tag();
    const y2021 = await buildCampaign(em, {
      slug: `a-${label}-2021`,
      startsOn: '2021-09-10',
      endsOn: '2021-09-16',
    });
    const y2022 = await buildCampaign(em, {
      slug: `b-${label}-2022`,
      startsOn: '2022-10-01',
      endsOn: '2022-10-31',
    });
    const y2023 = await buildCampaign(em, {
      slug: `c-${label}-2023`,
      startsOn: '2023-05-01',
      endsOn: '2023-05-31',
    });
    const all = dataOf(await app.run<ListResult>(LIST, { filter: { search: label } }));
    expect(all.campaigns.nodes.map((n) => n.slug)).toEqual([y2023.slug, y2022.slug, y2021.slug]);
    for (const [day, expected] of [
      ['2022-10-10', [y2022.slug]],
      ['2022-10-01', [y2022.slug]],
      ['2022-10-31', [y2022.slug]],
      ['2022-11-01', []],
    ] as const) {
      const found = dataOf(await app.run<ListResult>(LIST, { filter: { search: label, activeOn: day } }));
      expect(found.campaigns.nodes.map((n) => n.slug)).toEqual(expected);
    }
    const byHashtag = await buildCampaign(em, { slug: `d-${label}`, hashtag: `#Wellbeing${label}` });
    const hashtagSearch = dataOf(
      await app.run<ListResult>(LIST, { filter: { search: `#wellbeing${label}` } }),
    );
    expect(hashtagSearch.campaigns.nodes.map((n) => n.slug)).toEqual([byHashtag.slug]);
  });

  it('shows grants and the grant total per currency to staff only, in integer minor units', async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em, { slug: `mham-2023-${tag()}` });
    // An illustrative split of the over-$2 million Mental Health Media Education Fund across seven partners.
    const split = [350_000_00, 300_000_00, 300_000_00, 300_000_00, 300_000_00, 250_000_00, 250_000_00];
    for (const amountMinor of split) {
      await buildGrant(em, { campaign, amountMinor, illustrative: true, status: GrantStatus.ALLOCATED });
    }
    await buildGrant(em, { campaign, amountMinor: 1, currency: 'GBP' });
    await buildGrant(em, { campaign, amountMinor: 99_999_99, archivedAt: new Date() });
    const query = /* GraphQL */ `
      query Totals($slug: String!) {
        campaign(slug: $slug) {
          slug
          grantTotal { amountMinor currency formatted }
          grants(first: 3) { totalCount nodes { amount { amountMinor } illustrative } }
        }
      }
    `;
    const anonymous = await app.run<{ campaign: { grantTotal: null; grants: null } }>(query, {
      slug: campaign.slug,
    });
    expect(codesOf(anonymous)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(anonymous.data?.campaign).toEqual({ slug: campaign.slug, grantTotal: null, grants: null });

    type Staff = {
      campaign: {
        grantTotal: { amountMinor: number; currency: string; formatted: string }[];
        grants: { totalCount: number; nodes: unknown[] };
      };
    };
    const staff = dataOf(await app.run<Staff>(query, { slug: campaign.slug }, viewer)).campaign;
    expect(staff.grantTotal).toEqual([
      { amountMinor: 1, currency: 'GBP', formatted: '£0.01' },
      { amountMinor: 2_050_000_00, currency: 'USD', formatted: '$2,050,000.00' },
    ]);
    expect(staff.grants.totalCount).toBe(8);
    expect(staff.grants.nodes).toHaveLength(3);
  });

  it('loads partners, windows, grants and totals of many campaigns in a fixed number of queries', async () => {
    const label = tag();
    const em = app.orm.em.fork();
    const query = /* GraphQL */ `
      query Many($search: String!) {
        campaigns(first: 50, filter: { search: $search }) {
          nodes {
            slug
            partners { nodes { name } }
            programmingWindows { nodes { title campaign { slug } } }
            grants { nodes { amount { amountMinor } organisation { name } campaign { slug } } }
            grantTotal { amountMinor }
          }
        }
      }
    `;
    const addCampaigns = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const partner = await buildOrganisation(em);
        const campaign = await withPartners(em, await buildCampaign(em, { slug: `many-${label}-${tag()}` }), [
          partner,
        ]);
        em.persist(
          Object.assign(new ProgrammingWindow(), {
            campaign,
            title: 'Window',
            startsAt: new Date('2023-05-02T10:00:00Z'),
            endsAt: new Date('2023-05-02T11:00:00Z'),
            timeZone: 'UTC',
          }),
        );
        await em.flush();
        await buildGrant(em, { campaign, organisation: partner });
      }
    };
    const measure = async () => {
      app.resetQueryCount();
      const result = dataOf(
        await app.run<{ campaigns: { nodes: unknown[] } }>(query, { search: label }, viewer),
      );
      return { statements: app.queryCount(), campaigns: result.campaigns.nodes.length };
    };
    await addCampaigns(2);
    const few = await measure();
    await addCampaigns(8);
    const many = await measure();
    expect(few.campaigns).toBe(2);
    expect(many.campaigns).toBe(10);
    expect(many.statements).toBe(few.statements);
  });

  it('refuses to lower the spotlight capacity below what is already published', async () => {
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em, { spotlightCapacity: 3 });
    for (let i = 0; i < 2; i++) {
      await buildRecognition(em, { campaign, status: RecognitionStatus.PUBLISHED, rank: i + 1 });
    }
    const update = (spotlightCapacity: number, expectedVersion: number) =>
      app.run(
        'mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { spotlightCapacity version } } }',
        { input: { id: campaign.globalId, expectedVersion, spotlightCapacity } },
        editor,
      );
    const refused = await update(1, campaign.version);
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toMatch(/2 spotlights are published/);
    const lowered = dataOf(await update(2, campaign.version)) as {
      updateCampaign: { campaign: { spotlightCapacity: number } };
    };
    expect(lowered.updateCampaign.campaign.spotlightCapacity).toBe(2);
  });
});
