import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildGrant, buildOrganisation } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { AdCreditGrant, GrantStatus } from './ad-credit-grant.entity.js';

const GRANT_FIELDS = /* GraphQL */ `
  id status illustrative note version archivedAt
  amount { amountMinor currency formatted }
  organisation { id name }
  campaign { id slug }
`;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateAdCreditGrantInput!) {
    createAdCreditGrant(input: $input) { grant { ${GRANT_FIELDS} } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateAdCreditGrantInput!) {
    updateAdCreditGrant(input: $input) { grant { ${GRANT_FIELDS} } }
  }
`;
const ARCHIVE = /* GraphQL */ `
  mutation Archive($input: ArchiveInput!) { archiveAdCreditGrant(input: $input) { grant { id archivedAt } } }
`;
const LIST = /* GraphQL */ `
  query List($filter: GrantFilter, $first: Int, $after: String) {
    adCreditGrants(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { ${GRANT_FIELDS} }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface GrantView {
  id: string;
  status: GrantStatus;
  illustrative: boolean;
  note: string;
  version: number;
  amount: { amountMinor: number; currency: string; formatted: string };
  organisation: { id: string; name: string };
  campaign: { id: string; slug: string };
}

type ListResult = {
  adCreditGrants: {
    totalCount: number;
    nodes: GrantView[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const fieldPaths = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { path: string }[]).map((f) => f.path);

describe('ad-credit grants', () => {
  let app: TestApp;
  let editor: StaffUser;
  let viewer: StaffUser;
  let organisation: Organisation;
  let campaign: Campaign;

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    organisation = await buildOrganisation(em, { name: 'Crisis Text Line (test)' });
    campaign = await buildCampaign(em, { slug: 'mental-health-awareness-month-2023-test' });
  });
  afterAll(() => app?.close());

  const validInput = (overrides: Record<string, unknown> = {}) => ({
    organisationId: organisation.globalId,
    campaignId: campaign.globalId,
    amountMinor: 300_000_00,
    illustrative: true,
    note: 'Illustrative split: no per-organisation figures were published.',
    ...overrides,
  });
  const count = () => app.orm.em.fork().count(AdCreditGrant);

  it('lets an editor grant credits in integer minor units, defaulting to pledged USD, and audits it', async () => {
    const grant = dataOf(
      await app.run<{ createAdCreditGrant: { grant: GrantView } }>(CREATE, { input: validInput() }, editor),
    ).createAdCreditGrant.grant;
    expect(grant).toMatchObject({
      status: 'PLEDGED',
      illustrative: true,
      version: 1,
      amount: { amountMinor: 300_000_00, currency: 'USD', formatted: '$300,000.00' },
      organisation: { id: organisation.globalId, name: organisation.name },
      campaign: { id: campaign.globalId, slug: campaign.slug },
    });
    const events = await app.orm.em.fork().find(AuditEvent, { action: 'adCreditGrant.create' });
    expect(events.map((e) => (e.after as { amountMinor: number }).amountMinor)).toContain(300_000_00);
  });

  it('keeps grants from public clients and viewers from changing them', async () => {
    const grant = await buildGrant(app.orm.em.fork(), { organisation, campaign });
    const before = await count();
    expect(codesOf(await app.run(LIST, {}))).toEqual(['UNAUTHENTICATED']);
    expect(dataOf(await app.run(`query($id: ID!) { node(id: $id) { id } }`, { id: grant.globalId }))).toEqual(
      {
        node: null,
      },
    );
    expect(codesOf(await app.run(CREATE, { input: validInput() }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await app.run(CREATE, { input: validInput() }, viewer))).toEqual(['FORBIDDEN']);
    const update = await app.run(
      UPDATE,
      { input: { id: grant.globalId, expectedVersion: 1, status: 'DISBURSED' } },
      viewer,
    );
    expect(codesOf(update)).toEqual(['FORBIDDEN']);
    expect(await count()).toBe(before);
    const stored = await app.orm.em.fork().findOneOrFail(AdCreditGrant, { id: grant.id });
    expect(stored.status).toBe(GrantStatus.PLEDGED);
    const asViewer = dataOf(
      await app.run<ListResult>(LIST, { filter: { organisationId: organisation.globalId } }, viewer),
    );
    expect(asViewer.adCreditGrants.nodes.map((n) => n.id)).toContain(grant.globalId);
  });

  it.each([
    ['a negative amount', { amountMinor: -100 }, 'input.amountMinor'],
    ['a zero amount', { amountMinor: 0 }, 'input.amountMinor'],
    ['a lower-case currency', { currency: 'usd' }, 'input.currency'],
    ['a currency that is not three letters', { currency: 'DOLLARS' }, 'input.currency'],
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

  it('refuses a fractional amount before it reaches the server code, storing nothing', async () => {
    const before = await count();
    // Refused by the SafeInt scalar during variable coercion: graphql reports it as BAD_USER_INPUT
    // (without `fields`, as the resolver never ran).
    const asVariable = await app.run(CREATE, { input: validInput({ amountMinor: 1.5 }) }, editor);
    expect(codesOf(asVariable)).toEqual(['BAD_USER_INPUT']);
    expect(asVariable.errors?.[0]?.message).toMatch(/non-integer/);
    const inline = await app.run(
      `mutation { createAdCreditGrant(input: { organisationId: "${organisation.globalId}", campaignId: "${campaign.globalId}", amountMinor: 1.5 }) { grant { id } } }`,
      {},
      editor,
    );
    expect(codesOf(inline)).toEqual(['BAD_USER_INPUT']);
    expect(inline.data ?? null).toBeNull();
    expect(await count()).toBe(before);
  });

  it('refuses a grant to an archived organisation and to an unknown campaign', async () => {
    const archived = await buildOrganisation(app.orm.em.fork(), { archivedAt: new Date() });
    const before = await count();
    const toArchived = await app.run(
      CREATE,
      { input: validInput({ organisationId: archived.globalId }) },
      editor,
    );
    expect(codesOf(toArchived)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(toArchived)).toEqual(['input.organisationId']);
    const wrongType = await app.run(
      CREATE,
      { input: validInput({ campaignId: organisation.globalId }) },
      editor,
    );
    expect(fieldPaths(wrongType)).toEqual(['input.campaignId']);
    expect(await count()).toBe(before);
  });

  it('updates amount and status under the expected version and refuses a stale one', async () => {
    const grant = await buildGrant(app.orm.em.fork(), { organisation, campaign, amountMinor: 100_00 });
    const updated = dataOf(
      await app.run<{ updateAdCreditGrant: { grant: GrantView } }>(
        UPDATE,
        { input: { id: grant.globalId, expectedVersion: 1, amountMinor: 250_000_00, status: 'ALLOCATED' } },
        editor,
      ),
    ).updateAdCreditGrant.grant;
    expect(updated).toMatchObject({ version: 2, status: 'ALLOCATED', amount: { amountMinor: 250_000_00 } });
    const stale = await app.run(
      UPDATE,
      { input: { id: grant.globalId, expectedVersion: 1, amountMinor: 1 } },
      editor,
    );
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    const negative = await app.run(
      UPDATE,
      { input: { id: grant.globalId, expectedVersion: 2, amountMinor: -1 } },
      editor,
    );
    expect(fieldPaths(negative)).toEqual(['input.amountMinor']);
    const stored = await app.orm.em.fork().findOneOrFail(AdCreditGrant, { id: grant.id });
    expect(stored).toMatchObject({ amountMinor: 250_000_00, status: GrantStatus.ALLOCATED, version: 2 });
    const events = await app.orm.em
      .fork()
      .find(AuditEvent, { action: 'adCreditGrant.update', targetId: grant.id });
    expect(
      events.map((e) => [
        (e.before as { amountMinor: number }).amountMinor,
        (e.after as { amountMinor: number }).amountMinor,
      ]),
    ).toEqual([[100_00, 250_000_00]]);
  });

  it('lists grants newest first, filtered by campaign, organisation and status, leaving archived ones out', async () => {
    const em = app.orm.em.fork();
    const ownCampaign = await buildCampaign(em);
    const other = await buildOrganisation(em);
    const first = await buildGrant(em, { organisation, campaign: ownCampaign, status: GrantStatus.PLEDGED });
    const second = await buildGrant(em, {
      organisation: other,
      campaign: ownCampaign,
      status: GrantStatus.DISBURSED,
    });
    const third = await buildGrant(em, {
      organisation,
      campaign: ownCampaign,
      status: GrantStatus.DISBURSED,
    });
    const archived = await buildGrant(em, { organisation, campaign: ownCampaign });
    dataOf(await app.run(ARCHIVE, { input: { id: archived.globalId, expectedVersion: 1 } }, editor));

    const ids = async (filter: Record<string, unknown>) =>
      dataOf(await app.run<ListResult>(LIST, { filter }, viewer)).adCreditGrants.nodes.map((n) => n.id);
    const byCampaign = { campaignId: ownCampaign.globalId };
    expect(await ids(byCampaign)).toEqual([third.globalId, second.globalId, first.globalId]);
    expect(await ids({ ...byCampaign, organisationId: organisation.globalId })).toEqual([
      third.globalId,
      first.globalId,
    ]);
    expect(await ids({ ...byCampaign, status: 'DISBURSED' })).toEqual([third.globalId, second.globalId]);
    expect(await ids({ ...byCampaign, includeArchived: true })).toEqual([
      archived.globalId,
      third.globalId,
      second.globalId,
      first.globalId,
    ]);
    const page = dataOf(
      await app.run<ListResult>(LIST, { filter: byCampaign, first: 2 }, viewer),
    ).adCreditGrants;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf(
      await app.run<ListResult>(
        LIST,
        { filter: byCampaign, first: 2, after: page.pageInfo.endCursor },
        viewer,
      ),
    ).adCreditGrants;
    expect(rest.nodes.map((n) => n.id)).toEqual([first.globalId]);
    const events = await app.orm.em
      .fork()
      .find(AuditEvent, { action: 'adCreditGrant.archive', targetId: archived.id });
    expect(events).toHaveLength(1);
  });

  it('rejects a filter ID of the wrong type with BAD_USER_INPUT', async () => {
    const result = await app.run(LIST, { filter: { campaignId: organisation.globalId } }, viewer);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(result)).toEqual(['filter.campaignId']);
  });

  it("totals an organisation's unarchived grants across campaigns, per currency, for staff only", async () => {
    const em = app.orm.em.fork();
    const org = await buildOrganisation(em);
    await buildGrant(em, { organisation: org, amountMinor: 100_000_00 });
    await buildGrant(em, { organisation: org, amountMinor: 50_000_00 });
    await buildGrant(em, { organisation: org, amountMinor: 20_000_00, currency: 'EUR' });
    await buildGrant(em, { organisation: org, amountMinor: 999_00, archivedAt: new Date() });
    const query = `query { organisations(first: 100) { nodes { id grantTotal { amountMinor currency formatted } } } }`;
    const nodes = dataOf(
      await app.run<{ organisations: { nodes: { id: string; grantTotal: unknown[] }[] } }>(query, {}, viewer),
    ).organisations.nodes;
    expect(nodes.find((n) => n.id === org.globalId)?.grantTotal).toEqual([
      { amountMinor: 20_000_00, currency: 'EUR', formatted: '€20,000.00' },
      { amountMinor: 150_000_00, currency: 'USD', formatted: '$150,000.00' },
    ]);
    expect(codesOf(await app.run(query))).toContain('UNAUTHENTICATED');
  });
});
