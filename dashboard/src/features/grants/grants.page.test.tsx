/**
 * The grants list's organisation and campaign filters search the server as they are typed, so any of a
 * programme's 400 organisations can be filtered to (they offered the first 100 loaded for the totals), and
 * an organisation in the URL (the organisation page's "See all in the grants list") is named in its filter
 * though no search met it. The totals, drawn from the first 100, say so. Through the dashboard's Graphcache
 * in front of a stand-in server. What a filter change asks the server is checked in what was sent: this
 * stand-in answers at once, and a list then shows its earlier page after a filter changes (the status
 * filter, unchanged here, does the same); the browser test (e2e/grants) sees the filtered list itself.
 */
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { keysetPage, type Sent, standInServer } from '../../test/stand-in-server';
import { GrantsPage } from './grants.page';

const money = (amountMinor: number) => ({
  __typename: 'Money',
  amountMinor,
  currency: 'USD',
  formatted: `$${(amountMinor / 100).toFixed(2)}`,
});
const organisations = Array.from({ length: 400 }, (_, i) => ({
  __typename: 'Organisation',
  id: `O${i + 1}`,
  name: `Organisation ${String(i + 1).padStart(3, '0')}`,
}));
const campaign = { __typename: 'Campaign', id: 'C1', name: 'Awareness Month', slug: 'am' };
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

function renderGrants(route: string) {
  const server = standInServer((name, variables) => {
    if (name === 'Grants') {
      const filter = (variables.filter ?? {}) as { organisationId?: string | null };
      const rows = grants.filter(
        (g) => !filter.organisationId || g.organisation.id === filter.organisationId,
      );
      return { adCreditGrants: keysetPage('AdCreditGrantConnection', rows, variables) };
    }
    if (name === 'GrantTotals')
      return {
        campaigns: {
          __typename: 'CampaignConnection',
          totalCount: 1,
          nodes: [{ ...campaign, grantTotal: [money(400_000)] }],
        },
        organisations: {
          __typename: 'OrganisationConnection',
          totalCount: 400,
          nodes: organisations.slice(0, 100).map((o) => ({ ...o, grantTotal: [money(1000)] })),
        },
      };
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
      </CurrentUserProvider>
    </Provider>,
    { route },
  );
  return { ...rendered, ...server };
}

const lastFilter = (sent: Sent[]) => sent.filter((op) => op.name === 'Grants').at(-1)?.variables.filter;

describe('the grants list filters', () => {
  it('finds an organisation far past the first hundred by asking the server, and filters the list to it', async () => {
    const { user, sent } = renderGrants('/grants');
    expect(await screen.findAllByText(/\b400 grants\b/)).not.toHaveLength(0);
    const filter = screen.getByRole('combobox', { name: 'Organisation' });
    await user.type(filter, 'Organisation 350');
    await user.click(await screen.findByRole('option', { name: 'Organisation 350' }));
    await waitFor(() => expect(lastFilter(sent)).toMatchObject({ organisationId: 'O350' }));
    expect(filter).toHaveValue('Organisation 350');
  });

  it('names an organisation from the URL that no search has met, and clears back to every grant', async () => {
    const { user, sent } = renderGrants('/grants?organisation=O377');
    await screen.findByText('1 grant');
    const filter = screen.getByRole('combobox', { name: 'Organisation' });
    await waitFor(() => expect(filter).toHaveValue('Organisation 377'));
    await user.clear(filter);
    await user.tab();
    await waitFor(() => expect(lastFilter(sent)).toMatchObject({ organisationId: null }));
    expect(filter).toHaveValue('');
  });

  it('says the totals are of the first 100 of 400 organisations', async () => {
    renderGrants('/grants');
    expect(
      await screen.findByText(
        'Totals of the first 100 of 400 organisations, by name. Filter the list below to see any other’s grants.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/of 1 campaigns/)).not.toBeInTheDocument();
  });
});
