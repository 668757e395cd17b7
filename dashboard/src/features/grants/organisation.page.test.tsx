/**
 * An organisation with more grants than its page shows says so, and links to the grants list filtered to
 * it, which pages through every one: the rest are never hidden without a word.
 */
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { standInServer } from '../../test/stand-in-server';
import { OrganisationPage } from './organisation.page';

const grant = (i: number) => ({
  __typename: 'AdCreditGrant',
  id: `G${i}`,
  status: 'APPROVED',
  illustrative: false,
  amount: { __typename: 'Money', amountMinor: 1000, currency: 'GBP', formatted: '£10.00' },
  campaign: { __typename: 'Campaign', id: 'CA1', name: 'Mental Health Awareness Month' },
});

function renderOrganisation(grantCount: number) {
  const shown = Math.min(grantCount, 100);
  const server = standInServer((name) => {
    if (name === 'Organisation')
      return {
        node: {
          __typename: 'Organisation',
          id: 'O1',
          version: 1,
          name: 'Kind Minds Foundation',
          kind: 'CHARITY',
          website: 'https://kindminds.example',
          description: '',
          regionsServed: [],
          focusTopics: [],
          grantTotal: [],
          grants: {
            __typename: 'AdCreditGrantConnection',
            totalCount: grantCount,
            nodes: Array.from({ length: shown }, (_, i) => grant(i + 1)),
          },
        },
      };
    if (name === 'RecordHistory')
      return {
        recordHistory: {
          __typename: 'AuditEventConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: [],
        },
      };
    return undefined;
  });
  return renderWithApp(
    <Provider value={server.client}>
      <CurrentUserProvider user={{ id: 'S1', email: 'v@beacon.test', displayName: 'V', role: 'VIEWER' }}>
        <Routes>
          <Route path="/organisations/:id" element={<OrganisationPage />} />
        </Routes>
      </CurrentUserProvider>
    </Provider>,
    { route: '/organisations/O1' },
  );
}

describe("an organisation's grants", () => {
  it('says when it shows the newest 100 of more, and links to every one in the grants list', async () => {
    renderOrganisation(130);
    await screen.findByRole('heading', { name: 'Grants (130)' });
    expect(screen.getByText(/Showing the newest 100 of 130 grants\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all 130 in the grants list' })).toHaveAttribute(
      'href',
      '/grants?organisation=O1',
    );
  });

  it('says nothing more when it shows them all', async () => {
    renderOrganisation(3);
    await screen.findByRole('heading', { name: 'Grants (3)' });
    expect(screen.queryByText(/Showing the newest/)).not.toBeInTheDocument();
  });
});
