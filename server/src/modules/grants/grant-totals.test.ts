/**
 * Ad-credit totals per organisation and per campaign (`adCreditGrantTotals`), as the grants page charts
 * them: summed in the database over every unarchived grant of one currency, so a holder far down the
 * alphabet (past the first 100 organisations a page of them would hold) is ranked by its real total;
 * archived grants left out; currencies never added together; equal totals in name order; bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaign, buildGrant, buildOrganisation } from '../../test/factories.js';
import { codesOf, createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

const TOTALS = /* GraphQL */ `
  query Totals($by: GrantHolderKind!, $currency: String, $first: Int) {
    adCreditGrantTotals(by: $by, currency: $currency, first: $first) {
      currency
      currencies
      grandTotal { amountMinor currency formatted }
      holderCount
      top {
        holder { __typename ... on Organisation { id name } ... on Campaign { id name } }
        total { amountMinor currency formatted }
      }
    }
  }
`;

interface Totals {
  currency: string;
  currencies: string[];
  grandTotal: { amountMinor: number; currency: string; formatted: string };
  holderCount: number;
  top: {
    holder: { __typename: string; id: string; name: string };
    total: { amountMinor: number; currency: string; formatted: string };
  }[];
}

/** How many organisations hold a USD grant: more than a first page of 100 by name. */
const MANY = 120;
const name = (i: number) => `Org ${String(i).padStart(3, '0')}`;

describe('ad-credit totals per organisation and per campaign', () => {
  let app: TestApp;
  let viewer: StaffUser;
  let orgs: Organisation[];
  let spring: Campaign;
  let autumn: Campaign;

  beforeAll(async () => {
    app = await createTestApp();
    viewer = await app.staff(StaffRole.VIEWER);
    const em = app.orm.em.fork();
    spring = await buildCampaign(em, { name: 'Spring drive' });
    autumn = await buildCampaign(em, { name: 'Autumn drive' });
    orgs = [];
    for (let i = 1; i <= MANY; i++) orgs.push(await buildOrganisation(em, { name: name(i) }));
    // $1,000 each, in the spring campaign...
    for (const organisation of orgs)
      await buildGrant(em, { organisation, campaign: spring, amountMinor: 1_000_00 });
    const last = orgs[MANY - 1] as Organisation;
    const second = orgs[1] as Organisation;
    // ...but the last by name has $499,000 more in two autumn grants: the largest holder of all.
    await buildGrant(em, { organisation: last, campaign: autumn, amountMinor: 400_000_00 });
    await buildGrant(em, { organisation: last, campaign: autumn, amountMinor: 99_000_00 });
    // Archived grants count nowhere: not Org 002's $10M, nor an organisation whose only grant is archived.
    await buildGrant(em, {
      organisation: second,
      campaign: autumn,
      amountMinor: 10_000_000_00,
      archivedAt: new Date(),
    });
    const archivedOnly = await buildOrganisation(em, { name: 'Archived grant only' });
    await buildGrant(em, { organisation: archivedOnly, campaign: spring, archivedAt: new Date() });
    // €900,000 to Org 001: a different currency, never added to its dollars.
    await buildGrant(em, {
      organisation: orgs[0] as Organisation,
      campaign: spring,
      amountMinor: 900_000_00,
      currency: 'EUR',
    });
  });
  afterAll(() => app?.close());

  const totals = async (variables: Record<string, unknown>) =>
    dataOf(await app.run<{ adCreditGrantTotals: Totals }>(TOTALS, variables, viewer)).adCreditGrantTotals;
  const names = (t: Totals) => t.top.map((h) => h.holder.name);

  it('ranks an organisation past the first 100 by name first when its total is the largest', async () => {
    app.resetQueryCount();
    const usd = await totals({ by: 'ORGANISATION', currency: 'USD', first: 3 });
    expect(usd.top[0]).toEqual({
      holder: { __typename: 'Organisation', id: orgs[MANY - 1]?.globalId, name: name(MANY) },
      total: { amountMinor: 500_000_00, currency: 'USD', formatted: '$500,000.00' },
    });
    // Every organisation with a USD grant is counted, and the grand total is every USD grant's.
    expect(usd.holderCount).toBe(MANY);
    expect(usd.grandTotal).toEqual({
      amountMinor: (MANY - 1) * 1_000_00 + 500_000_00,
      currency: 'USD',
      formatted: '$619,000.00',
    });
    // Summed by the database: what comes back is a row per currency and per holder returned, not a row per
    // grant; in four statements (the viewer's session, the currencies, the top three, their names).
    expect(app.rowsRead()).toBeLessThan(20);
    expect(app.queryCount()).toBeLessThanOrEqual(4);
  });

  it('leaves archived grants out of every total and count', async () => {
    const usd = await totals({ by: 'ORGANISATION', currency: 'USD', first: 50 });
    // Org 002 is among the $1,000s, in name order, not first with its archived $10M.
    expect(names(usd).slice(0, 3)).toEqual([name(MANY), name(1), name(2)]);
    expect(usd.top[2]?.total.amountMinor).toBe(1_000_00);
    expect(names(usd)).not.toContain('Archived grant only');
    expect(usd.holderCount).toBe(MANY);
  });

  it('totals each currency apart and lists the currencies there are', async () => {
    const eur = await totals({ by: 'ORGANISATION', currency: 'EUR' });
    expect(eur).toMatchObject({
      currency: 'EUR',
      currencies: ['EUR', 'USD'],
      holderCount: 1,
      grandTotal: { amountMinor: 900_000_00, currency: 'EUR', formatted: '€900,000.00' },
    });
    expect(eur.top.map((h) => [h.holder.name, h.total.formatted])).toEqual([[name(1), '€900,000.00']]);
    const usd = await totals({ by: 'ORGANISATION', currency: 'USD', first: 50 });
    expect(usd.top.find((h) => h.holder.name === name(1))?.total.formatted).toBe('$1,000.00');
    // A currency without grants answers nothing rather than an error, with the ones a client can choose.
    expect(await totals({ by: 'CAMPAIGN', currency: 'SEK' })).toEqual({
      currency: 'SEK',
      currencies: ['EUR', 'USD'],
      grandTotal: { amountMinor: 0, currency: 'SEK', formatted: expect.stringMatching(/^SEK\s0\.00$/) },
      holderCount: 0,
      top: [],
    });
  });

  it('totals per campaign across organisations, and picks the currency most grants are in when none is asked', async () => {
    const byCampaign = await totals({ by: 'CAMPAIGN' });
    expect(byCampaign.currency).toBe('USD');
    expect(byCampaign.top.map((h) => [h.holder.__typename, h.holder.name, h.total.formatted])).toEqual([
      ['Campaign', 'Autumn drive', '$499,000.00'],
      ['Campaign', 'Spring drive', '$120,000.00'],
    ]);
    expect(byCampaign.holderCount).toBe(2);
    expect(byCampaign.grandTotal.amountMinor).toBe(619_000_00);
    // Ten holders unless asked otherwise.
    expect((await totals({ by: 'ORGANISATION' })).top).toHaveLength(10);
  });

  it('orders equal totals by name, a campaign by its name with case and accents ignored', async () => {
    const em = app.orm.em.fork();
    const big = await buildOrganisation(em, { name: 'Zed Big' });
    for (const [organisation, amountMinor] of [
      [await buildOrganisation(em, { name: 'Tie Gamma' }), 500_00],
      [big, 9_000_00],
      [await buildOrganisation(em, { name: 'Tie Alpha' }), 500_00],
      [await buildOrganisation(em, { name: 'Tie Beta' }), 500_00],
    ] as const)
      await buildGrant(em, { organisation, campaign: spring, amountMinor, currency: 'GBP' });
    expect(names(await totals({ by: 'ORGANISATION', currency: 'GBP' }))).toEqual([
      'Zed Big',
      'Tie Alpha',
      'Tie Beta',
      'Tie Gamma',
    ]);
    // SQLite compares bytes ("Z" before "é"); the campaign's folded name sorts the same on both engines.
    for (const campaignName of ['Zeta week', 'émotions week', 'Alpha week'])
      await buildGrant(em, {
        organisation: big,
        campaign: await buildCampaign(em, { name: campaignName }),
        amountMinor: 100_00,
        currency: 'CHF',
      });
    expect(names(await totals({ by: 'CAMPAIGN', currency: 'CHF' }))).toEqual([
      'Alpha week',
      'émotions week',
      'Zeta week',
    ]);
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 51', { first: 51 }, 'first'],
    ['first: -1', { first: -1 }, 'first'],
    ['a lower-case currency', { currency: 'usd' }, 'currency'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_label, variables, path) => {
    const result = await app.run(TOTALS, { by: 'ORGANISATION', ...variables }, viewer);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors?.[0]?.extensions?.fields ?? []) as { path: string }[];
    expect(fields.map((f) => f.path)).toEqual([path]);
    expect(result.data ?? null).toBeNull();
  });

  it('answers up to 50 holders', async () => {
    expect((await totals({ by: 'ORGANISATION', currency: 'USD', first: 50 })).top).toHaveLength(50);
  });

  it('refuses a public client', async () => {
    const result = await app.run(TOTALS, { by: 'ORGANISATION' });
    expect(codesOf(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.data ?? null).toBeNull();
  });
});
