/**
 * The grants list's organisation and campaign filters search the server as they are typed, so any of a
 * programme's 400 organisations can be filtered to (they offered the first 100 loaded for the totals), and
 * an organisation in the URL (the organisation page's "See all in the grants list") is named in its filter
 * though no search met it. The totals chart the largest holders of all 400, summed by the server, with the
 * grand total, one currency at a time. Through the dashboard's Graphcache in front of a stand-in server: the
 * filter tests check the grants the list shows after each change.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { keysetPage, standInServer } from '../../test/stand-in-server';
import { GrantsPage } from './grants.page';

const money = (amountMinor: number, currency = 'USD') => ({
  __typename: 'Money',
  amountMinor,
  currency,
  formatted: new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amountMinor / 100),
});
const organisations = Array.from({ length: 400 }, (_, i) => ({
  __typename: 'Organisation',
  id: `O${i + 1}`,
  name: `Organisation ${String(i + 1).padStart(3, '0')}`,
}));
const campaign = { __typename: 'Campaign', id: 'C1', name: 'Awareness Month', slug: 'am' };
const euroCampaign = { __typename: 'Campaign', id: 'C2', name: 'Semaine de la santé mentale', slug: 'ssm' };
const grants = organisations.map((o, i) => ({
  __typename: 'AdCreditGrant',
  id: `G${i + 1}`,
  status: 'PLEDGED',
  illustrative: false,
  note: '',
  amount: money(1000),
  organisation: { __typename: 'Organisation', id: o.id, name: o.name },
  campaign,
}));

/**
 * The server's totals in `currency` (USD when not asked): in dollars, the 400 organisations' $10 each and
 * Organisation 377's $5,000 more, all for one campaign; in euros, two organisations far from the dollar top
 * ten, for another campaign.
 */
function grantTotals(variables: Record<string, unknown>, currencies: string[]) {
  const currency = (variables.currency as string | null) ?? 'USD';
  const first = variables.first as number;
  const holder = (o: { id: string }) => ({ ...o, archivedAt: null });
  const organisation = (i: number) => organisations[i - 1] as (typeof organisations)[number];
  const usd = [organisation(377), ...organisations.filter((o) => o.id !== 'O377')].map((o) => ({
    o,
    amount: o.id === 'O377' ? 501_000 : 1_000,
  }));
  const eur = [
    { o: organisation(250), amount: 90_000_000 },
    { o: organisation(300), amount: 12_000_000 },
  ];
  const rows = currency === 'EUR' ? eur : usd;
  const heldBy = currency === 'EUR' ? euroCampaign : campaign;
  const totals = (holderCount: number, grand: number, top: object[]) => ({
    __typename: 'GrantTotals',
    currency,
    currencies,
    holderCount,
    grandTotal: money(grand, currency),
    top,
  });
  return {
    byCampaign: totals(
      1,
      rows.reduce((sum, r) => sum + r.amount, 0),
      [
        {
          __typename: 'GrantHolderTotal',
          holder: holder(heldBy),
          total: money(
            rows.reduce((sum, r) => sum + r.amount, 0),
            currency,
          ),
        },
      ],
    ),
    byOrganisation: totals(
      rows.length,
      rows.reduce((sum, r) => sum + r.amount, 0),
      rows.slice(0, first).map((r) => ({
        __typename: 'GrantHolderTotal',
        holder: holder(r.o),
        total: money(r.amount, currency),
      })),
    ),
  };
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

function renderGrants(route: string, currencies = ['USD']) {
  const server = standInServer((name, variables) => {
    if (name === 'Grants') {
      const filter = (variables.filter ?? {}) as { organisationId?: string | null };
      const rows = grants.filter(
        (g) => !filter.organisationId || g.organisation.id === filter.organisationId,
      );
      return { adCreditGrants: keysetPage('AdCreditGrantConnection', rows, variables) };
    }
    if (name === 'GrantTotals') return grantTotals(variables, currencies);
    if (name === 'GrantOrganisationChoices') {
      const search = String(variables.search ?? '').toLowerCase();
      return {
        organisations: {
          __typename: 'OrganisationConnection',
          nodes: organisations.filter((o) => o.name.toLowerCase().includes(search)).slice(0, 20),
        },
      };
    }
    if (name === 'GrantCampaignChoices')
      return { campaigns: { __typename: 'CampaignConnection', nodes: [campaign] } };
    if (name === 'GrantFilterOrganisation')
      return { node: organisations.find((o) => o.id === variables.id) ?? null };
    return undefined;
  });
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <CurrentUserProvider user={{ id: 'S1', email: 'v@beacon.test', displayName: 'V', role: 'VIEWER' }}>
        <Routes>
          <Route path="/grants" element={<GrantsPage />} />
        </Routes>
        <Address />
      </CurrentUserProvider>
    </Provider>,
    { route },
  );
  return { ...rendered, ...server };
}

/** A chart's figure by its caption (jsdom does not name a figure from its figcaption; Chromium does). */
const figure = async (caption: string) =>
  (await screen.findByText(caption, { selector: 'figcaption' })).closest('figure') as HTMLElement;

/** The organisation of each grant the list shows, top to bottom. */
const shownOrganisations = () =>
  within(screen.getByRole('table', { name: 'Grants' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('the grants list filters', () => {
  it('finds an organisation far past the first hundred by asking the server, and filters the list to it', async () => {
    const { user } = renderGrants('/grants');
    expect(await screen.findAllByText(/\b400 grants\b/)).not.toHaveLength(0);
    const filter = screen.getByRole('combobox', { name: 'Organisation' });
    await user.type(filter, 'Organisation 350');
    await user.click(await screen.findByRole('option', { name: 'Organisation 350' }));
    await waitFor(() => expect(shownOrganisations()).toEqual(['Organisation 350']));
    expect(filter).toHaveValue('Organisation 350');
  });

  it('names an organisation from the URL that no search has met, and clears back to every grant', async () => {
    const { user } = renderGrants('/grants?organisation=O377');
    await screen.findByText('1 grant');
    expect(shownOrganisations()).toEqual(['Organisation 377']);
    const filter = screen.getByRole('combobox', { name: 'Organisation' });
    await waitFor(() => expect(filter).toHaveValue('Organisation 377'));
    await user.clear(filter);
    await user.tab();
    // Every grant again (they share their campaign with the one shown before, which once kept it on screen).
    await waitFor(() => expect(screen.getByText('Showing 1–20 of 400 grants')).toBeInTheDocument());
    expect(shownOrganisations()[0]).toBe('Organisation 001');
    expect(filter).toHaveValue('');
  });
});

describe('the grant totals', () => {
  it('charts the largest organisations of all 400, first one far down the alphabet, with the grand total', async () => {
    const { user, sent } = renderGrants('/grants');
    const organisationsFigure = await figure('Top 10 organisations by ad credits (USD)');
    expect(
      await screen.findByText('$9,000.00 granted to 400 organisations; the 10 largest are shown.'),
    ).toBeInTheDocument();
    expect(screen.getByText('$9,000.00 granted to 1 campaign.')).toBeInTheDocument();
    await user.click(within(organisationsFigure).getByText('The figures as a table'));
    const rows = within(organisationsFigure).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent('Organisation 377$5,010.00');
    expect(rows[1]).toHaveTextContent('Organisation 001$10.00');
    expect(sent.filter((op) => op.name === 'GrantTotals').map((op) => op.variables)).toEqual([
      { currency: null, first: 10 },
    ]);
    // No choice to make when every grant is in one currency.
    expect(screen.queryByRole('combobox', { name: /Show totals in/ })).not.toBeInTheDocument();
  });

  it('offers the currencies there are, and shows the totals of the one chosen', async () => {
    const { user, sent } = renderGrants('/grants', ['EUR', 'USD']);
    const currency = await screen.findByRole('combobox', { name: /Show totals in/ });
    expect(currency).toHaveValue('USD');
    await user.selectOptions(currency, 'EUR');
    await figure('Top 10 organisations by ad credits (EUR)');
    await figure('Top 10 campaigns by ad credits (EUR)');
    expect(screen.getByText('€1,020,000.00 granted to 2 organisations, all shown.')).toBeInTheDocument();
    expect(screen.getByText('€1,020,000.00 granted to 1 campaign.')).toBeInTheDocument();
    expect(sent.filter((op) => op.name === 'GrantTotals').at(-1)?.variables).toEqual({
      currency: 'EUR',
      first: 10,
    });
    expect(currency).toHaveValue('EUR');
    // The choice is in the address, apart from the list's own params.
    expect(
      new URLSearchParams(screen.getByRole('status', { name: 'address' }).textContent ?? '').get(
        'totals-currency',
      ),
    ).toBe('EUR');
  });

  it('opens on the currency the address names', async () => {
    const { sent } = renderGrants('/grants?totals-currency=EUR', ['EUR', 'USD']);
    await figure('Top 10 organisations by ad credits (EUR)');
    expect(await screen.findByRole('combobox', { name: /Show totals in/ })).toHaveValue('EUR');
    expect(sent.filter((op) => op.name === 'GrantTotals').map((op) => op.variables)).toEqual([
      { currency: 'EUR', first: 10 },
    ]);
  });

  it('falls back to the server’s currency when the address names something else', async () => {
    const { sent } = renderGrants('/grants?totals-currency=euros', ['EUR', 'USD']);
    await figure('Top 10 organisations by ad credits (USD)');
    expect(sent.filter((op) => op.name === 'GrantTotals').map((op) => op.variables)).toEqual([
      { currency: null, first: 10 },
    ]);
  });
});
